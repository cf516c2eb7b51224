"""The dashboard's figures in one named read (``dashboard``) and its parts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .sqlitedb import Database

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.portfolio_rules import is_over_allocated, lookahead_bounds
from pmo_desktop.domain.risk import Band, RiskBands

from .pack_data import forecast_or_budget
from .queries import (
    ProjectStatus, last_period, portfolio_status, resource_utilisation, status_is_false_green,
    status_is_stale,
)
from .queries_common import (
    LIVE_MILESTONE_SQL, OPEN_RAID_SQL, RAG_KEYS, Source, database, rag_key, risk_band, safe_rag,
)
from .queries_periods import PeriodMix, rag_mix, snapshot_rags

MILESTONE_WINDOW_DAYS = 30


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


def dashboard(source: Source, as_of: date,
              thresholds: ragmod.RagThresholds | None = None,
              bands: RiskBands | None = None, mix_periods: int = 6) -> DashboardFigures:
    """The dashboard's figures as of ``as_of``."""
    db = database(source)
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


def _trends(db: Database, statuses: list[ProjectStatus],
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


def _milestones(db: Database, as_of: date, out: DashboardFigures) -> None:
    iso = as_of.isoformat()
    until = (as_of + timedelta(days=MILESTONE_WINDOW_DAYS)).isoformat()
    due = db.query(f"""
        SELECT p.code FROM milestone m JOIN project p ON p.id = m.project_id
        WHERE {LIVE_MILESTONE_SQL}
          AND COALESCE(m.forecast_date, m.baseline_date) BETWEEN ? AND ?""", [iso, until])
    overdue = db.query(f"""
        SELECT p.code FROM milestone m JOIN project p ON p.id = m.project_id
        WHERE {LIVE_MILESTONE_SQL} AND m.baseline_date < ?""", [iso])
    due_codes = [r["code"] for r in due]
    overdue_codes = [r["code"] for r in overdue]
    out.milestones_due, out.milestones_overdue = len(due_codes), len(overdue_codes)
    out.due_codes = sorted(set(due_codes))
    out.overdue_codes = sorted(set(overdue_codes))


def _risk_counts(db: Database, bands: RiskBands) -> tuple[int, int]:
    critical = high = 0
    for row in db.query(f"""
            SELECT r.probability, r.impact FROM raid_item r
            WHERE r.type = 'risk' AND {OPEN_RAID_SQL}
              AND COALESCE(r.threat_or_opportunity, 'threat') = 'threat'"""):
        band = risk_band(row["probability"], row["impact"], bands)
        critical += band is Band.CRITICAL
        high += band is Band.HIGH
    return critical, high


def over_allocated_people(source: Source, first: str, last: str) -> list[str]:
    """Names of people over-allocated (``domain.portfolio_rules``) in any month."""
    db = database(source)
    names = {r["name"] for r in resource_utilisation(db, first, last)
             if is_over_allocated(r["pct"])}
    return sorted(names)


__all__ = ["DashboardFigures", "MILESTONE_WINDOW_DAYS", "PeriodMix", "ProgrammeBudget",
           "dashboard", "over_allocated_people"]
