"""Read queries behind the dashboard, the project page, the registers and heat maps.

Every function takes a ``sqlite_utils.Database`` and returns plain dataclasses or
dicts; the views format and draw them and never query. Rules (RAG, trend, risk band,
utilisation band, EVM) come from ``domain/``. Figures are plain aggregates of the
store, so a test can recompute any of them with one SQL statement.

Conventions shared by the views:

* a project's overall RAG is the reported one, else the calculated one
  (``ProjectStatus.rag``); a missing rating is the key ``"not_set"``;
* trends compare with the last closed reporting period;
* "open" RAID items are those whose status is not in ``RAID_CLOSED_STATUSES``;
  the risk figures count open *threats* (opportunities are never netted in);
* "stale", "inactive", "false green", the look-ahead window and "over-allocated" are
  the rules of ``domain.portfolio_rules`` and ``domain.rag``, applied through
  ``queries.status_is_stale`` / ``status_is_false_green``, as ``check`` and the pack do.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.capacity import UtilBand, util_band
from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES, RAID_TYPES
from pmo_desktop.domain.evm import EvmResult, compute, rollup
from pmo_desktop.domain.portfolio_rules import is_open_raid, is_over_allocated, lookahead_bounds
from pmo_desktop.domain.risk import Band, RiskBands
from pmo_desktop.domain.schedule import iso_date as parse_date
from pmo_desktop.domain.schedule import milestone_status

from .pack_data import forecast_or_budget
from .queries import (
    ProjectStatus,
    last_period,
    periods,
    portfolio_status,
    resource_utilisation,
    snapshots,
    status_is_false_green,
    status_is_stale,
)
from .schema import ENTITIES

NOT_SET = "not_set"
RAG_KEYS = ("red", "amber", "green", NOT_SET)
"""Overall-RAG keys, worst first, as the dashboard counts them."""
MILESTONE_WINDOW_DAYS = 30
_CLOSED = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
_OPEN_RAID = f"COALESCE(r.status, 'open') NOT IN ({_CLOSED})"
_LIVE_MILESTONE = "m.actual_date IS NULL AND COALESCE(m.status, '') != 'cancelled'"


# --- small helpers ----------------------------------------------------------------------


safe_rag = ragmod.rag_or_not_set


def rag_key(value: str | None) -> str:
    """``'red'``/``'amber'``/``'green'`` or ``'not_set'``."""
    return safe_rag(value).key or NOT_SET


def add_months(month: str, count: int) -> str:
    """``'2026-11'`` plus ``count`` months."""
    year, mon = int(month[:4]), int(month[5:7])
    y, m = divmod(mon - 1 + count, 12)
    return f"{year + y:04d}-{m + 1:02d}"


def month_range(first: str, count: int) -> list[str]:
    return [add_months(first, k) for k in range(count)]


def risk_band(probability: Any, impact: Any, bands: RiskBands) -> Band | None:
    """The band of ``P × I``; ``None`` when unscored or off the 1–5 scales."""
    try:
        p, i = int(probability), int(impact)
    except (TypeError, ValueError):
        return None
    if not (1 <= p <= 5 and 1 <= i <= 5):
        return None
    return bands.band(p * i)


# --- dashboard --------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodMix:
    """How many projects had each overall RAG when a period was closed."""

    period_id: int
    as_of: str
    label: str
    counts: dict[str, int]


@dataclass(frozen=True)
class ProgrammeBudget:
    """Budget (BAC) against forecast (EAC) summed over a programme's projects."""

    name: str
    projects: int
    bac: float
    eac: float

    @property
    def vac(self) -> float:
        """Variance at completion, BAC − EAC (negative is an overrun), as Financials."""
        return self.bac - self.eac


@dataclass
class DashboardFigures:
    """Every number on the dashboard, with the project codes behind the clickable ones."""

    as_of: date
    projects: int = 0
    by_rag: dict[str, int] = field(default_factory=dict)
    bac_by_rag: dict[str, float] = field(default_factory=dict)
    compared_with: str | None = None
    improved: list[str] = field(default_factory=list)
    deteriorated: list[str] = field(default_factory=list)
    total_bac: float = 0.0
    total_eac: float = 0.0
    milestones_due: int = 0
    milestones_overdue: int = 0
    due_codes: list[str] = field(default_factory=list)
    overdue_codes: list[str] = field(default_factory=list)
    risks_critical: int = 0
    risks_high: int = 0
    over_allocated: list[str] = field(default_factory=list)
    lookahead: tuple[str, str] = ("", "")
    stale: list[str] = field(default_factory=list)
    stale_days: int = 0
    false_green: list[str] = field(default_factory=list)
    rag_mix: list[PeriodMix] = field(default_factory=list)
    programmes: list[ProgrammeBudget] = field(default_factory=list)

    @property
    def variance(self) -> float:
        """Forecast minus budget: positive is an overrun."""
        return self.total_eac - self.total_bac

    @property
    def variance_pct(self) -> float | None:
        return self.variance * 100.0 / self.total_bac if self.total_bac else None


def dashboard(db: sqlite_utils.Database, as_of: date,
              thresholds: ragmod.RagThresholds | None = None,
              bands: RiskBands | None = None, mix_periods: int = 6) -> DashboardFigures:
    """The dashboard's figures as of ``as_of``."""
    th = thresholds or ragmod.RagThresholds()
    statuses = portfolio_status(db, as_of, th)
    out = DashboardFigures(as_of=as_of, projects=len(statuses), stale_days=th.stale_days)
    out.by_rag = {k: 0 for k in RAG_KEYS}
    out.bac_by_rag = {k: 0.0 for k in RAG_KEYS}
    programmes: dict[str, list[ProjectStatus]] = defaultdict(list)
    for s in statuses:
        key = rag_key(s.rag)
        out.by_rag[key] += 1
        out.bac_by_rag[key] += s.bac or 0.0
        out.total_bac += s.bac or 0.0
        out.total_eac += forecast_or_budget(s.eac, s.bac) or 0.0
        programmes[s.programme or ""].append(s)
        if status_is_stale(s, as_of, th.stale_days):
            out.stale.append(s.code)
        if status_is_false_green(s):
            out.false_green.append(s.code)
    _trends(db, statuses, out)
    _milestones(db, as_of, out)
    out.risks_critical, out.risks_high = _risk_counts(db, bands or RiskBands())
    out.lookahead = lookahead_bounds(as_of)
    out.over_allocated = over_allocated_people(db, *out.lookahead)
    out.rag_mix = rag_mix(db, mix_periods)
    out.programmes = [
        ProgrammeBudget(name, len(rows), sum(r.bac or 0.0 for r in rows),
                        sum(forecast_or_budget(r.eac, r.bac) or 0.0 for r in rows))
        for name, rows in sorted(programmes.items(), key=lambda kv: (kv[0] == "", kv[0]))
    ]
    return out


def _trends(db: sqlite_utils.Database, statuses: list[ProjectStatus],
            out: DashboardFigures) -> None:
    period = last_period(db)
    if period is None:
        return
    out.compared_with = period["label"] or period["as_of"]
    before = snapshot_rags(db, int(period["id"]))
    for s in statuses:
        move = ragmod.trend(before.get(s.code), safe_rag(s.rag))
        if move is ragmod.Trend.IMPROVED:
            out.improved.append(s.code)
        elif move is ragmod.Trend.DETERIORATED:
            out.deteriorated.append(s.code)


def shown_rag(status: ProjectStatus, dim: str) -> str | None:
    """The RAG shown for one dimension: reported when the PM gave one, else calculated
    (``ProjectStatus.rag`` for the overall one)."""
    if dim == "overall":
        return status.rag
    return status.reported.get(dim) or status.calculated.get(dim)


def snapshot_rag(snapshot: dict[str, Any] | None, dim: str) -> str | None:
    """The same rule for a project's row frozen in a period."""
    row = snapshot or {}
    return row.get(f"rag_{dim}") or row.get(f"calc_{dim}")


def snapshot_rags(db: sqlite_utils.Database, period_id: int) -> dict[str, ragmod.Rag]:
    """Each project's overall RAG (reported, else calculated) frozen in a period."""
    return {code: safe_rag(snapshot_rag(row, "overall"))
            for code, row in snapshots(db, period_id).items()}


def _milestones(db: sqlite_utils.Database, as_of: date, out: DashboardFigures) -> None:
    iso = as_of.isoformat()
    until = (as_of + timedelta(days=MILESTONE_WINDOW_DAYS)).isoformat()
    due = db.query(f"""
        SELECT p.code FROM milestone m JOIN project p ON p.id = m.project_id
        WHERE {_LIVE_MILESTONE}
          AND COALESCE(m.forecast_date, m.baseline_date) BETWEEN ? AND ?""", [iso, until])
    overdue = db.query(f"""
        SELECT p.code FROM milestone m JOIN project p ON p.id = m.project_id
        WHERE {_LIVE_MILESTONE} AND m.baseline_date < ?""", [iso])
    due_codes = [r["code"] for r in due]
    overdue_codes = [r["code"] for r in overdue]
    out.milestones_due, out.milestones_overdue = len(due_codes), len(overdue_codes)
    out.due_codes = sorted(set(due_codes))
    out.overdue_codes = sorted(set(overdue_codes))


def _risk_counts(db: sqlite_utils.Database, bands: RiskBands) -> tuple[int, int]:
    critical = high = 0
    for row in db.query(f"""
            SELECT r.probability, r.impact FROM raid_item r
            WHERE r.type = 'risk' AND {_OPEN_RAID}
              AND COALESCE(r.threat_or_opportunity, 'threat') = 'threat'"""):
        band = risk_band(row["probability"], row["impact"], bands)
        critical += band is Band.CRITICAL
        high += band is Band.HIGH
    return critical, high


def over_allocated_people(db: sqlite_utils.Database, first: str, last: str) -> list[str]:
    """Names of people over-allocated (``domain.portfolio_rules``) in any month."""
    names = {r["name"] for r in resource_utilisation(db, first, last)
             if is_over_allocated(r["pct"])}
    return sorted(names)


def rag_mix(db: sqlite_utils.Database, count: int = 6) -> list[PeriodMix]:
    """Overall-RAG counts of the last ``count`` closed periods, oldest first."""
    rows = list(db.query("""
        SELECT * FROM (SELECT * FROM reporting_period ORDER BY as_of DESC LIMIT ?)
        ORDER BY as_of""", [count]))
    counts: dict[int, dict[str, int]] = {int(r["id"]): {k: 0 for k in RAG_KEYS} for r in rows}
    for r in db.query("""
            SELECT period_id, COALESCE(rag_overall, calc_overall) AS rag, COUNT(*) AS n
            FROM status_snapshot GROUP BY period_id, COALESCE(rag_overall, calc_overall)"""):
        if int(r["period_id"]) in counts:
            counts[int(r["period_id"])][rag_key(r["rag"])] += int(r["n"])
    return [PeriodMix(int(r["id"]), r["as_of"], r["label"] or r["as_of"], counts[int(r["id"])])
            for r in rows]


# --- reporting periods ------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodSummary:
    """A closed period with its RAG counts."""

    id: int
    as_of: str
    label: str
    closed_at: str
    notes: str | None
    projects: int
    counts: dict[str, int]


def period_summaries(db: sqlite_utils.Database) -> list[PeriodSummary]:
    """Every closed period, newest first, with its overall-RAG counts."""
    mix = {m.period_id: m.counts for m in rag_mix(db, count=-1)}
    return [PeriodSummary(int(p["id"]), p["as_of"], p["label"] or p["as_of"], p["closed_at"],
                          p["notes"], int(p["projects"] or 0),
                          mix.get(int(p["id"]), {k: 0 for k in RAG_KEYS}))
            for p in reversed(periods(db))]


def period_rows(db: sqlite_utils.Database, period_id: int) -> list[dict[str, Any]]:
    """The frozen status rows of one period, by project code."""
    return list(db.query("""SELECT * FROM status_snapshot WHERE period_id = ?
        ORDER BY project_code""", [period_id]))


# --- RAID register ----------------------------------------------------------------------


@dataclass(frozen=True)
class RaidRow:
    """One RAID item with its project, score and band."""

    id: int
    type: str
    ref: str
    project_code: str
    project_name: str
    title: str
    owner: str | None
    status: str | None
    category: str | None
    probability: int | None
    impact: int | None
    score: int | None
    band: Band | None
    severity: str | None
    due_date: str | None
    threat_or_opportunity: str | None
    response: str | None
    trend: str | None
    is_open: bool
    next_action: str | None


def raid_register(db: sqlite_utils.Database, bands: RiskBands | None = None,
                  project_code: str | None = None) -> list[RaidRow]:
    """Every RAID item (optionally one project's), by project then type then ref."""
    bands = bands or RiskBands()
    where, params = "", []
    if project_code is not None:
        where, params = "WHERE p.code = ?", [project_code]
    out: list[RaidRow] = []
    for r in db.query(f"""
            SELECT r.*, p.code AS project_code, p.name AS project_name FROM raid_item r
            JOIN project p ON p.id = r.project_id {where}
            ORDER BY p.code, r.type, r.ref""", params):
        band = risk_band(r["probability"], r["impact"], bands) if r["type"] == "risk" else None
        score = r["probability"] * r["impact"] if band is not None else None
        out.append(RaidRow(
            id=r["id"], type=r["type"], ref=r["ref"] or "", project_code=r["project_code"],
            project_name=r["project_name"], title=r["title"] or "", owner=r["owner"],
            status=r["status"], category=r["category"],
            probability=r["probability"] if band is not None else None,
            impact=r["impact"] if band is not None else None, score=score, band=band,
            severity=r["severity"], due_date=r["due_date"] or r["need_by_date"]
            or r["validate_by"], threat_or_opportunity=r["threat_or_opportunity"],
            response=r["response"], trend=r["trend"],
            is_open=is_open_raid(r["status"]),
            next_action=r["next_action"] or r["response_actions"],
        ))
    return out


def open_raid_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Open RAID items per type (every type present), by the rule ``RaidRow.is_open`` uses."""
    counts = {t: 0 for t in RAID_TYPES}
    for kind, n in db.execute(f"""SELECT r.type, COUNT(*) FROM raid_item r
            WHERE {_OPEN_RAID} GROUP BY r.type""").fetchall():
        if kind in counts:
            counts[kind] = int(n)
    return counts


def risk_heatmap(rows: list[RaidRow], residual: bool = False) -> list[list[int]]:
    """Counts of open scored threats per cell: ``grid[probability-1][impact-1]``."""
    grid = [[0] * 5 for _ in range(5)]
    for r in rows:
        if r.type == "risk" and r.is_open and r.probability and r.impact \
                and (r.threat_or_opportunity or "threat") == "threat":
            grid[r.probability - 1][r.impact - 1] += 1
    return grid


# --- resources --------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatCell:
    capacity: float
    allocated: float

    @property
    def pct(self) -> float | None:
        return self.allocated * 100.0 / self.capacity if self.capacity > 0 else None

    @property
    def band(self) -> UtilBand:
        return util_band(self.pct)


@dataclass(frozen=True)
class HeatRow:
    """A role (sum of its people) or one person, with one cell per month."""

    kind: str  # "role" or "person"
    name: str
    role: str
    team: str | None
    cells: tuple[HeatCell, ...]

    @property
    def peak_pct(self) -> float | None:
        values = [c.pct for c in self.cells if c.pct is not None]
        return max(values) if values else None


@dataclass(frozen=True)
class ResourceHeatmap:
    months: list[str]
    rows: list[HeatRow]


def resource_heatmap(db: sqlite_utils.Database, first: str, months: int) -> ResourceHeatmap:
    """Committed utilisation per role and per person × month (roles first in each group)."""
    span = month_range(first, months)
    index = {m: k for k, m in enumerate(span)}
    people: dict[int, dict[str, Any]] = {}
    for r in resource_utilisation(db, span[0], span[-1]):
        person = people.setdefault(int(r["resource_id"]), {
            "name": r["name"], "role": r["role"] or "No role", "team": r["team"],
            "cells": [HeatCell(0.0, 0.0) for _ in span]})
        person["cells"][index[r["period"]]] = HeatCell(float(r["capacity"] or 0.0),
                                                       float(r["allocated"] or 0.0))
    by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in people.values():
        by_role[person["role"]].append(person)
    rows: list[HeatRow] = []
    for role in sorted(by_role):
        members = sorted(by_role[role], key=lambda p: p["name"])
        totals = tuple(HeatCell(sum(p["cells"][k].capacity for p in members),
                                sum(p["cells"][k].allocated for p in members))
                       for k in range(len(span)))
        rows.append(HeatRow("role", role, role, None, totals))
        rows += [HeatRow("person", p["name"], role, p["team"], tuple(p["cells"]))
                 for p in members]
    return ResourceHeatmap(span, rows)


# --- financials -------------------------------------------------------------------------


@dataclass(frozen=True)
class FinancialRow:
    """One project's money: ``eac`` is its forecast (its BAC when it has none, see
    ``forecast_or_budget``); ``evm`` the indices, with VAC from that forecast."""

    code: str
    name: str
    programme: str | None
    rag: str
    eac: float | None
    evm: EvmResult


@dataclass(frozen=True)
class Financials:
    rows: list[FinancialRow]
    total: EvmResult
    total_eac: float | None


def financials(db: sqlite_utils.Database, as_of: date,
               thresholds: ragmod.RagThresholds | None = None,
               programme: str | None = None) -> Financials:
    """BAC, AC, EAC, VAC, CPI, SPI per project (of one programme when given).

    Totals are sums of the rows; the total indices are computed from those sums,
    never averaged (DOMAIN.md §5.4).
    """
    where, params = ("g.name = ?", [programme]) if programme else ("", [])
    rows = []
    for s in portfolio_status(db, as_of, thresholds, where=where, params=params):
        eac = forecast_or_budget(s.eac, s.bac)
        rows.append(FinancialRow(s.code, s.name, s.programme, rag_key(s.rag), eac,
                                 compute(s.bac, s.pv, s.ev, s.ac, eac=eac)))
    total = rollup((r.evm.bac, r.evm.pv, r.evm.ev, r.evm.ac) for r in rows)
    eacs = [r.eac for r in rows if r.eac is not None]
    total_eac = sum(eacs) if eacs else None
    if total_eac is not None:  # VAC and friends from the summed bottom-up EAC
        total = compute(total.bac, total.pv, total.ev, total.ac, eac=total_eac)
    return Financials(rows, total, total_eac)


# --- change requests --------------------------------------------------------------------


def change_requests(db: sqlite_utils.Database,
                    project_code: str | None = None) -> list[dict[str, Any]]:
    """Change requests with their project code and name, newest raised first."""
    where, params = "", []
    if project_code is not None:
        where, params = "WHERE p.code = ?", [project_code]
    return list(db.query(f"""
        SELECT c.*, p.code AS project_code, p.name AS project_name FROM change_request c
        JOIN project p ON p.id = c.project_id {where}
        ORDER BY c.date_raised DESC, c.ref""", params))


# --- projects ---------------------------------------------------------------------------


def programme_names(db: sqlite_utils.Database) -> list[str]:
    return [r["name"] for r in db.query("SELECT name FROM programme ORDER BY name")]


def project_index(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """``(code, name)`` of every project, by code (for pickers)."""
    return [(r["code"], r["name"] or "") for r in
            db.query("SELECT code, name FROM project ORDER BY code")]


# --- project detail ---------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    """One change-log entry as the History tab shows it."""

    at: str
    source: str
    entity: str
    key: str
    op: str
    field: str | None
    old: Any
    new: Any
    batch_id: int | None
    file_name: str | None
    sheet: str | None
    row: int | None


@dataclass
class ProjectDetail:
    project: dict[str, Any]
    status: ProjectStatus
    milestones: list[dict[str, Any]]
    raid: list[RaidRow]
    change_requests: list[dict[str, Any]]
    financials: list[dict[str, Any]]
    rag_history: list[dict[str, Any]]
    history: list[HistoryRow]
    trends: dict[str, ragmod.Trend] = field(default_factory=dict)
    stale: bool = False


def project_detail(db: sqlite_utils.Database, code: str, as_of: date,
                   thresholds: ragmod.RagThresholds | None = None,
                   bands: RiskBands | None = None,
                   history_limit: int = 2000) -> ProjectDetail | None:
    """Everything the project page shows; ``None`` when there is no such project."""
    found = list(db.query("""SELECT p.*, g.name AS programme FROM project p
        LEFT JOIN programme g ON g.id = p.programme_id WHERE p.code = ?""", [code]))
    if not found:
        return None
    project = found[0]
    th = thresholds or ragmod.RagThresholds()
    status = portfolio_status(db, as_of, th, where="p.code = ?", params=[code])[0]
    history = rag_history(db, code)
    return ProjectDetail(
        project=project, status=status,
        milestones=project_milestones(db, int(project["id"]), as_of),
        raid=raid_register(db, bands, code),
        change_requests=change_requests(db, code),
        financials=project_financials(db, int(project["id"])),
        rag_history=history,
        history=project_history(db, code, history_limit),
        trends=_dimension_trends(status, history[-1]["snapshot"] if history else None),
        stale=status_is_stale(status, as_of, th.stale_days),
    )


def _dimension_trends(status: ProjectStatus, before: dict[str, Any] | None
                      ) -> dict[str, ragmod.Trend]:
    """Each RAG dimension now against the last closed period's snapshot."""
    out = {}
    for dim, value in status.reported.items():
        now = safe_rag(value or status.calculated.get(dim))
        prev = None
        if before is not None:
            prev = safe_rag(before.get(f"rag_{dim}") or before.get(f"calc_{dim}"))
        out[dim] = ragmod.trend(prev, now)
    return out


def project_financials(db: sqlite_utils.Database, project_id: int) -> list[dict[str, Any]]:
    """Monthly money with running totals of plan and of actual-then-forecast."""
    return list(db.query("""
        SELECT period, planned, actual, forecast, earned,
          SUM(COALESCE(planned, 0)) OVER (ORDER BY period) AS planned_cum,
          SUM(COALESCE(actual, forecast, 0)) OVER (ORDER BY period) AS outturn_cum
        FROM financial WHERE project_id = ? ORDER BY period""", [project_id]))


def project_milestones(db: sqlite_utils.Database, project_id: int,
                       as_of: date) -> list[dict[str, Any]]:
    """Milestones with their slip (days) and status as of ``as_of``."""
    out = []
    for m in db.query("""SELECT * FROM milestone WHERE project_id = ?
            ORDER BY COALESCE(baseline_date, forecast_date), id""", [project_id]):
        base, fc, act = (parse_date(m[c]) for c in
                         ("baseline_date", "forecast_date", "actual_date"))
        moved = act or fc
        m["slip_days"] = (moved - base).days if base and moved else None
        m["state"] = milestone_status(base, fc, act, as_of,
                                      cancelled=(m["status"] or "") == "cancelled")
        out.append(m)
    return out


def rag_history(db: sqlite_utils.Database, code: str) -> list[dict[str, Any]]:
    """The project's frozen RAGs per closed period, oldest first (gaps as ``None``)."""
    frozen = {r["period_id"]: r for r in db.query(
        "SELECT * FROM status_snapshot WHERE project_code = ?", [code])}
    out = []
    for period in periods(db):
        snap = frozen.get(period["id"])
        out.append({"period_id": period["id"], "as_of": period["as_of"],
                    "label": period["label"] or period["as_of"],
                    "rag_overall": (snap["rag_overall"] or snap["calc_overall"]) if snap
                    else None, "snapshot": snap})
    return out


def project_history(db: sqlite_utils.Database, code: str,
                    limit: int = 2000) -> list[HistoryRow]:
    """Change-log entries of the project and its records, newest first.

    Child records are found by their logged key (``CODE/…``), so deleted ones stay.
    The sheet and row of an imported change are the record's provenance when its
    last import is the entry's batch (the change log itself keeps the batch only).
    """
    rows = list(db.query("""
        SELECT c.*, b.file_name FROM change_log c
        LEFT JOIN import_batch b ON b.id = c.batch_id
        WHERE (c.entity = 'project' AND c.key = ?)
           OR (c.entity NOT IN ('project', 'setting', 'reporting_period')
               AND substr(c.key, 1, ?) = ?)
        ORDER BY c.id DESC LIMIT ?""", [code, len(code) + 1, code + "/", limit]))
    provenance = _provenance(db, rows)
    out = []
    for r in rows:
        sheet, line = provenance.get((r["entity"], r["entity_id"], r["batch_id"]), (None, None))
        out.append(HistoryRow(
            at=r["at"], source=r["source"], entity=r["entity"], key=r["key"], op=r["op"],
            field=r["field"], old=_decode(r["old"]), new=_decode(r["new"]),
            batch_id=r["batch_id"], file_name=r["file_name"], sheet=sheet, row=line))
    return out


def _provenance(db: sqlite_utils.Database, rows: list[dict[str, Any]]
                ) -> dict[tuple[str, int, int], tuple[str | None, int | None]]:
    wanted: dict[str, set[int]] = defaultdict(set)
    for r in rows:
        if r["batch_id"] is not None and r["entity"] in ENTITIES and r["entity_id"]:
            wanted[r["entity"]].add(int(r["entity_id"]))
    out: dict[tuple[str, int, int], tuple[str | None, int | None]] = {}
    for name, ids in wanted.items():
        table = ENTITIES[name].table
        marks = ",".join("?" * len(ids))
        for p in db.query(f"""SELECT id, source_sheet, source_row, source_batch FROM {table}
                WHERE id IN ({marks})""", sorted(ids)):
            if p["source_batch"] is not None:
                out[(name, int(p["id"]), int(p["source_batch"]))] = (
                    p["source_sheet"], p["source_row"])
    return out


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text
