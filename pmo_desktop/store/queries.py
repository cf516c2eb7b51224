"""Read queries shared by the CLI, the views, the snapshots and the board pack.

``portfolio_status`` is the one place that turns stored rows into each project's
status as of a date: financial figures to date, milestones, risks and utilisation,
and the calculated RAG from ``domain.rag``. Everything is fetched in a handful of
grouped queries, so it stays fast at 10,000 projects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES
from pmo_desktop.domain.evm import EvmResult, compute

RAG_FIELDS = ("overall", "schedule", "cost", "scope", "risk", "resource", "benefits")


@dataclass
class ProjectStatus:
    """One project's status as of a date (plain data for views and reports)."""

    id: int
    code: str
    name: str
    programme: str | None
    manager: str | None
    sponsor: str | None
    stage: str | None
    state: str | None
    priority: str | None
    pct_complete: float | None
    bac: float | None
    ac: float | None
    pv: float | None
    ev: float | None
    eac: float | None
    start_baseline: str | None
    finish_baseline: str | None
    finish_forecast: str | None
    status_date: str | None
    summary: str | None
    next_steps: str | None
    rag_justification: str | None
    reported: dict[str, str | None] = field(default_factory=dict)
    calculated: dict[str, str | None] = field(default_factory=dict)
    next_milestone: str | None = None
    next_milestone_date: str | None = None
    next_milestone_slip: int | None = None
    critical_overdue: int = 0
    overdue_milestones: int = 0
    open_risks: int = 0
    open_high_risks: int = 0
    max_risk_score: int | None = None
    peak_utilisation: float | None = None

    @property
    def rag(self) -> str | None:
        """The overall RAG shown: reported when the PM gave one, else calculated."""
        return self.reported.get("overall") or self.calculated.get("overall")

    @property
    def evm(self) -> EvmResult:
        return compute(self.bac, self.pv, self.ev, self.ac, eac=self.eac)

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items()}
        out["rag"] = self.rag
        return out


def month_of(day: date | str) -> str:
    return str(day)[:7]


def _parse(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _group(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[int, dict[str, Any]]:
    return {int(r["project_id"]): r for r in db.query(sql, params)}


def portfolio_status(db: sqlite_utils.Database, as_of: date,
                     thresholds: ragmod.RagThresholds | None = None,
                     where: str = "", params: list[Any] | None = None) -> list[ProjectStatus]:
    """Every project's status as of ``as_of`` (optionally filtered by ``where`` on p.*)."""
    th = thresholds or ragmod.RagThresholds()
    iso, month = as_of.isoformat(), month_of(as_of)
    fin = _group(db, """
        SELECT project_id,
          SUM(CASE WHEN period <= ? THEN planned END) AS pv,
          SUM(CASE WHEN period <= ? THEN actual END) AS ac,
          SUM(CASE WHEN period <= ? THEN COALESCE(actual, 0)
                   ELSE COALESCE(forecast, planned, 0) END) AS eac_phased,
          SUM(CASE WHEN period <= ? THEN earned END) AS ev
        FROM financial GROUP BY project_id""", [month] * 4)
    ms = _group(db, """
        SELECT project_id,
          SUM(CASE WHEN actual_date IS NULL AND baseline_date < ? AND critical = 1
                   AND COALESCE(status,'') != 'cancelled' THEN 1 ELSE 0 END) AS crit_overdue,
          SUM(CASE WHEN actual_date IS NULL AND baseline_date < ?
                   AND COALESCE(status,'') != 'cancelled' THEN 1 ELSE 0 END) AS overdue
        FROM milestone GROUP BY project_id""", [iso, iso])
    nxt = _group(db, """
        SELECT project_id, name, forecast_date, baseline_date FROM (
          SELECT project_id, name, COALESCE(forecast_date, baseline_date) AS forecast_date,
                 baseline_date, ROW_NUMBER() OVER (PARTITION BY project_id
                   ORDER BY COALESCE(forecast_date, baseline_date), id) AS n
          FROM milestone WHERE actual_date IS NULL
            AND COALESCE(status,'') != 'cancelled') WHERE n = 1""", [])
    closed = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
    risks = _group(db, f"""
        SELECT project_id, COUNT(*) AS n,
          SUM(CASE WHEN probability * impact >= ? THEN 1 ELSE 0 END) AS high,
          MAX(probability * impact) AS max_score
        FROM raid_item WHERE type = 'risk' AND COALESCE(status, 'open') NOT IN ({closed})
          AND COALESCE(threat_or_opportunity, 'threat') = 'threat'
        GROUP BY project_id""", [th.risk_amber_score])
    util = _project_peak_utilisation(db, as_of)
    sql = """SELECT p.*, g.name AS programme FROM project p
             LEFT JOIN programme g ON g.id = p.programme_id"""
    if where:
        sql += f" WHERE {where}"
    out: list[ProjectStatus] = []
    for p in db.query(sql + " ORDER BY p.code", params or []):
        pid = int(p["id"])
        f, m, n, r = fin.get(pid, {}), ms.get(pid, {}), nxt.get(pid, {}), risks.get(pid, {})
        bac = p["bac"]
        ev = f.get("ev")
        if ev is None and bac is not None and p["pct_complete"] is not None:
            ev = bac * p["pct_complete"]
        eac = p["eac"] if p["eac"] is not None else f.get("eac_phased")
        slip = None
        if n:
            b, fc = _parse(n.get("baseline_date")), _parse(n.get("forecast_date"))
            slip = (fc - b).days if b and fc else None
        status = ProjectStatus(
            id=pid, code=p["code"], name=p["name"], programme=p["programme"],
            manager=p["manager"], sponsor=p["sponsor"], stage=p["stage"], state=p["state"],
            priority=p["priority"], pct_complete=p["pct_complete"], bac=bac,
            ac=f.get("ac"), pv=f.get("pv"), ev=ev, eac=eac,
            start_baseline=p["start_baseline"], finish_baseline=p["finish_baseline"],
            finish_forecast=p["finish_forecast"], status_date=p["status_date"],
            summary=p["summary"], next_steps=p["next_steps"],
            rag_justification=p["rag_justification"],
            reported={d: p[f"rag_{d}"] for d in RAG_FIELDS},
            next_milestone=n.get("name"), next_milestone_date=n.get("forecast_date"),
            next_milestone_slip=slip,
            critical_overdue=int(m.get("crit_overdue") or 0),
            overdue_milestones=int(m.get("overdue") or 0),
            open_risks=int(r.get("n") or 0), open_high_risks=int(r.get("high") or 0),
            max_risk_score=r.get("max_score"), peak_utilisation=util.get(pid),
        )
        status.calculated = calculated_rag(status, th)
        out.append(status)
    return out


def calculated_rag(s: ProjectStatus, th: ragmod.RagThresholds) -> dict[str, str | None]:
    facts = ragmod.ProjectFacts(
        bac=s.bac, eac=s.eac, pv=s.pv, ev=s.ev, ac=s.ac,
        baseline_start=_parse(s.start_baseline), baseline_finish=_parse(s.finish_baseline),
        forecast_finish=_parse(s.finish_forecast), critical_overdue=s.critical_overdue,
        noncritical_overdue=s.overdue_milestones - s.critical_overdue,
        max_open_risk_score=s.max_risk_score, peak_utilisation_pct=s.peak_utilisation,
    )
    return {k: v.key for k, v in ragmod.calculate(facts, th).items()}


def _project_peak_utilisation(db: sqlite_utils.Database, as_of: date) -> dict[int, float]:
    """Per project: the highest utilisation % of anyone it uses, next three months."""
    first = month_of(as_of)
    last = month_of(as_of + timedelta(days=92))
    rows = db.query("""
        WITH window AS (
          SELECT resource_id, project_id, period, hours FROM allocation
          WHERE period >= ? AND period <= ? AND COALESCE(booking,'committed') = 'committed'),
        util AS (
          SELECT w.resource_id, w.period, 100.0 * SUM(w.hours) / c.hours AS pct
          FROM window w JOIN capacity c ON c.resource_id = w.resource_id AND c.period = w.period
          WHERE c.hours > 0 GROUP BY w.resource_id, w.period)
        SELECT w.project_id, MAX(u.pct) AS peak FROM window w
        JOIN util u ON u.resource_id = w.resource_id AND u.period = w.period
        GROUP BY w.project_id""", [first, last])
    return {int(r["project_id"]): float(r["peak"]) for r in rows}


def resource_utilisation(db: sqlite_utils.Database, first: str, last: str,
                         committed_only: bool = True) -> list[dict[str, Any]]:
    """Rows of (resource, role, team, period, capacity, allocated, pct) in a month range."""
    booking = "AND COALESCE(a.booking,'committed') = 'committed'" if committed_only else ""
    return list(db.query(f"""
        SELECT r.id AS resource_id, r.name, ro.name AS role, r.team, c.period,
               c.hours AS capacity, COALESCE(SUM(a.hours), 0) AS allocated,
               CASE WHEN c.hours > 0 THEN 100.0 * COALESCE(SUM(a.hours), 0) / c.hours END AS pct
        FROM capacity c JOIN resource r ON r.id = c.resource_id
        LEFT JOIN role ro ON ro.id = r.role_id
        LEFT JOIN allocation a ON a.resource_id = c.resource_id AND a.period = c.period {booking}
        WHERE c.period >= ? AND c.period <= ?
        GROUP BY r.id, c.period ORDER BY r.name, c.period""", [first, last]))


def last_period(db: sqlite_utils.Database, before: str | None = None) -> dict[str, Any] | None:
    sql = "SELECT * FROM reporting_period"
    params: list[Any] = []
    if before:
        sql += " WHERE as_of < ?"
        params.append(before)
    rows = list(db.query(sql + " ORDER BY as_of DESC LIMIT 1", params))
    return rows[0] if rows else None


def periods(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("""SELECT p.*, (SELECT COUNT(*) FROM status_snapshot s
        WHERE s.period_id = p.id) AS projects FROM reporting_period p ORDER BY as_of"""))


def snapshots(db: sqlite_utils.Database, period_id: int) -> dict[str, dict[str, Any]]:
    return {r["project_code"]: r for r in db.query(
        "SELECT * FROM status_snapshot WHERE period_id = ?", [period_id])}


def as_of_date(settings: dict[str, Any], today: date | None = None) -> date:
    """The portfolio's as-of date: the setting when given, else today."""
    value = _parse(settings.get("as_of"))
    return value or today or date.today()
