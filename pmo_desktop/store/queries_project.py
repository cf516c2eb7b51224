"""Named reads of one project's page (``project_detail``: milestones, RAID, change
requests, money, RAG history, change history) and of project lists for pickers."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .sqlitedb import Database

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.domain.schedule import milestone_status

from .baselines import version_history
from .queries import ProjectStatus, periods, portfolio_status, status_is_stale
from .queries_common import Source, database, parse_date, safe_rag
from .queries_raid import RaidRow, raid_register
from .schema import ENTITIES


def change_requests(source: Source,
                    project_code: str | None = None) -> list[dict[str, Any]]:
    """Change requests with their project code and name, newest raised first."""
    db = database(source)
    where, params = "", []
    if project_code is not None:
        where, params = "WHERE p.code = ?", [project_code]
    return list(db.query(f"""
        SELECT c.*, p.code AS project_code, p.name AS project_name FROM change_request c
        JOIN project p ON p.id = c.project_id {where}
        ORDER BY c.date_raised DESC, c.ref""", params))


def programme_names(source: Source) -> list[str]:
    db = database(source)
    return [r["name"] for r in db.query("SELECT name FROM programme ORDER BY name")]


def project_index(source: Source) -> list[tuple[str, str]]:
    """``(code, name)`` of every project, by code (for pickers)."""
    db = database(source)
    return [(r["code"], r["name"] or "") for r in
            db.query("SELECT code, name FROM project ORDER BY code")]


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
    baselines: list[dict[str, Any]] = field(default_factory=list)  # versions, oldest first


def project_detail(source: Source, code: str, as_of: date,
                   thresholds: ragmod.RagThresholds | None = None,
                   bands: RiskBands | None = None,
                   history_limit: int = 2000) -> ProjectDetail | None:
    """Everything the project page shows; ``None`` when there is no such project."""
    db = database(source)
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
        baselines=version_history(db, int(project["id"])),
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


def project_financials(source: Source, project_id: int) -> list[dict[str, Any]]:
    """Monthly money with running totals of plan and of actual-then-forecast."""
    db = database(source)
    return list(db.query("""
        SELECT period, planned, actual, forecast, earned,
          SUM(COALESCE(planned, 0)) OVER (ORDER BY period) AS planned_cum,
          SUM(COALESCE(actual, forecast, 0)) OVER (ORDER BY period) AS outturn_cum
        FROM financial WHERE project_id = ? ORDER BY period""", [project_id]))


def project_milestones(source: Source, project_id: int,
                       as_of: date) -> list[dict[str, Any]]:
    """Milestones with their slip (days) and status as of ``as_of``."""
    db = database(source)
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


def rag_history(source: Source, code: str) -> list[dict[str, Any]]:
    """The project's frozen RAGs per closed period, oldest first (gaps as ``None``)."""
    db = database(source)
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


def project_history(source: Source, code: str,
                    limit: int = 2000) -> list[HistoryRow]:
    """Change-log entries of the project and its records, newest first.

    Child records are found by their logged key (``CODE/…``), so deleted ones stay.
    The sheet and row of an imported change are the record's provenance when its
    last import is the entry's batch (the change log itself keeps the batch only).
    """
    db = database(source)
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


def _provenance(db: Database, rows: list[dict[str, Any]]
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


__all__ = ["HistoryRow", "ProjectDetail", "change_requests", "programme_names",
           "project_detail", "project_financials", "project_history", "project_index",
           "project_milestones", "rag_history"]
