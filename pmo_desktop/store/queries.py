"""Read queries shared by the CLI, the views, the snapshots and the board pack.

``portfolio_status`` is the one place that turns stored rows into each project's
status as of a date: financial figures to date, milestones, risks and utilisation,
and the calculated RAG from ``domain.rag``. Everything is fetched in a handful of
grouped queries, so it stays fast at 10,000 projects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from .sqlitedb import Database

from pmo_desktop.domain import evm_grid as evg
from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain import rag_calc
from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES
from pmo_desktop.domain.evm import EvmResult, compute
from pmo_desktop.domain.plan_measures import Bei, PlanEvidence, plan_evidence, project_bei
from pmo_desktop.domain.portfolio_rules import is_stale, lookahead_bounds

from .plan_reads import plan_inputs

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
    bei_completed: int = 0  # BEI over the plan and milestones (domain.plan_measures)
    bei_baselined: int = 0
    has_plan: bool = False  # a plan with tasks: its evidence is in the schedule RAG
    spi_t: float | None = None  # SPI(t), worked out when the schedule reads it
    # Each calculated dimension with its measures (``rag_calc.Rated``): ``why``.
    rated: dict[str, rag_calc.Rated] = field(default_factory=dict, repr=False,
                                            compare=False)

    @property
    def bei(self) -> Bei:
        """The Baseline Execution Index as of the status's date."""
        return Bei(self.bei_completed, self.bei_baselined)

    @property
    def rag(self) -> str | None:
        """The overall RAG shown: reported when the PM gave one, else calculated."""
        return self.reported.get("overall") or self.calculated.get("overall")

    @property
    def why(self) -> dict[str, str]:
        """Why each calculated colour is what it is (``"SPI(t) 0.85 < 0.90"``)."""
        return {dim: rated.why for dim, rated in self.rated.items()}

    @property
    def evm(self) -> EvmResult:
        return compute(self.bac, self.pv, self.ev, self.ac, eac=self.eac)

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "rated"}
        out["rag"] = self.rag
        out["why"] = self.why
        return out


class StatusLike(Protocol):
    """What the counting rules read of a project status (``ProjectStatus``, a pack row)."""

    status_date: str | None
    state: str | None
    stage: str | None
    reported: dict[str, str | None]
    calculated: dict[str, str | None]


def status_is_stale(s: StatusLike, as_of: date, stale_days: int) -> bool:
    """``domain.portfolio_rules.is_stale`` of a project's stored status."""
    return is_stale(_parse(s.status_date), as_of, stale_days, s.state, s.stage)


def status_is_false_green(s: StatusLike) -> bool:
    """``domain.rag.false_green`` of a project's reported and calculated overall RAG."""
    return ragmod.false_green(ragmod.rag_or_not_set(s.reported.get("overall")),
                              ragmod.rag_or_not_set(s.calculated.get("overall")))


def month_of(day: date | str) -> str:
    return str(day)[:7]


@lru_cache(maxsize=8192)
def _parse(text: str | None) -> date | None:
    # Cached: 10,000 statuses parse ~50,000 dates, most of them repeats.
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


# The project columns of a status, in the order ``_project_status`` reads them.
_PROJECT_SQL = """SELECT p.id, p.code, p.name, g.name, p.manager, p.sponsor, p.stage, p.state,
      p.priority, p.pct_complete, p.bac, p.eac, p.start_baseline, p.finish_baseline,
      p.finish_forecast, p.status_date, p.summary, p.next_steps, p.rag_justification, """ + \
    ", ".join(f"p.rag_{d}" for d in RAG_FIELDS) + """
    FROM project p LEFT JOIN programme g ON g.id = p.programme_id"""
_FIRST_RAG = 19  # index of rag_overall in a _PROJECT_SQL row


def _rows(db: Database, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    # Plain tuples straight from the connection: building 10,000s of dicts (what
    # ``db.query`` yields) costs more than the SQL itself.
    return db.conn.execute(sql, params).fetchall()


def _project_rows(db: Database, where: str,
                  params: list[Any]) -> list[tuple[Any, ...]]:
    sql = _PROJECT_SQL + (f" WHERE {where}" if where else "")
    return _rows(db, sql + " ORDER BY p.code", params)


def _project_status(p: tuple[Any, ...]) -> ProjectStatus:
    """A status with the project's own fields only (figures left empty)."""
    return ProjectStatus(
        id=int(p[0]), code=p[1], name=p[2], programme=p[3], manager=p[4], sponsor=p[5],
        stage=p[6], state=p[7], priority=p[8], pct_complete=p[9], bac=p[10],
        ac=None, pv=None, ev=None, eac=p[11], start_baseline=p[12], finish_baseline=p[13],
        finish_forecast=p[14], status_date=p[15], summary=p[16], next_steps=p[17],
        rag_justification=p[18], reported=dict(zip(RAG_FIELDS, p[_FIRST_RAG:])))


def portfolio_projects(db: Database, where: str = "",
                       params: list[Any] | None = None) -> list[ProjectStatus]:
    """Every project's own fields, in code order, without the figures.

    One indexed query over ``project`` (about 60 ms at 10,000 projects): codes,
    names, programme, people, stage, dates, budget, % complete, stored EAC and the
    *reported* RAG. Financials to date, milestones, risks, utilisation and the
    calculated RAG are left empty; ``portfolio_status`` fills them. A view shows
    these rows first and reads the figures off the GUI thread.
    """
    return [_project_status(p) for p in _project_rows(db, where, params or [])]


class _Scope:
    """Restricts the aggregates to the projects ``where`` selects (all when empty)."""

    def __init__(self, where: str, params: list[Any]) -> None:
        self.sql = (f"""project_id IN (SELECT p.id FROM project p
            LEFT JOIN programme g ON g.id = p.programme_id WHERE {where})""" if where else "")
        self.params = params if where else []

    def and_(self, column: str = "project_id") -> str:
        return f" AND {self.sql.replace('project_id', column, 1)}" if self.sql else ""


def portfolio_status(db: Database, as_of: date,
                     thresholds: ragmod.RagThresholds | None = None,
                     where: str = "", params: list[Any] | None = None,
                     grid: evg.MoneyGrid | None = None) -> list[ProjectStatus]:
    """Every project's status as of ``as_of`` (optionally filtered by ``where`` on p.*).

    ``where`` may use ``p.`` (project) and ``g.`` (programme) columns; the aggregates
    are then computed for the selected projects only. The schedule reads SPI(t) near
    the end (``rag_calc.uses_spi_t``): those projects' lines are read by month
    (``queries_money.money_grid``) unless ``grid`` holds them already.
    """
    th = thresholds or ragmod.RagThresholds()
    params = list(params or [])
    iso, month = as_of.isoformat(), month_of(as_of)
    scope = _Scope(where, params)
    projects = _project_rows(db, where, params)
    if not projects:
        return []
    fin = {r[0]: r for r in _rows(db, f"""
        SELECT project_id,
          SUM(CASE WHEN period <= ? THEN planned END),
          SUM(CASE WHEN period <= ? THEN actual END),
          SUM(CASE WHEN period <= ? THEN COALESCE(actual, 0)
                   ELSE COALESCE(forecast, planned, 0) END),
          SUM(CASE WHEN period <= ? THEN earned END)
        FROM financial WHERE 1 {scope.and_()} GROUP BY project_id""",
        [month] * 4 + scope.params)}
    ms = {r[0]: r for r in _rows(db, f"""
        SELECT project_id,
          SUM(CASE WHEN critical = 1 THEN 1 ELSE 0 END), COUNT(*)
        FROM milestone WHERE actual_date IS NULL AND baseline_date < ?
          AND COALESCE(status,'') != 'cancelled' {scope.and_()}
        GROUP BY project_id""", [iso] + scope.params)}
    nxt = {r[0]: r for r in _rows(db, f"""
        SELECT project_id, name, forecast_date, baseline_date FROM (
          SELECT project_id, name, COALESCE(forecast_date, baseline_date) AS forecast_date,
                 baseline_date, ROW_NUMBER() OVER (PARTITION BY project_id
                   ORDER BY COALESCE(forecast_date, baseline_date), id) AS n
          FROM milestone WHERE actual_date IS NULL
            AND COALESCE(status,'') != 'cancelled' {scope.and_()}) WHERE n = 1""",
        scope.params)}
    closed = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
    risks = {r[0]: r for r in _rows(db, f"""
        SELECT project_id, COUNT(*),
          SUM(CASE WHEN probability * impact >= ? THEN 1 ELSE 0 END),
          MAX(probability * impact)
        FROM raid_item WHERE type = 'risk' AND COALESCE(status, 'open') NOT IN ({closed})
          AND COALESCE(threat_or_opportunity, 'threat') = 'threat' {scope.and_()}
        GROUP BY project_id""", [th.risk_amber_score] + scope.params)}
    util = _project_peak_utilisation(db, as_of, scope)
    tasks, milestones = plan_inputs(db, scope.sql, scope.params)
    out: list[ProjectStatus] = []
    no_fin = (None, None, None, None, None)
    for p in projects:
        status = _project_status(p)
        pid = status.id
        _pid, pv, ac, eac_phased, ev = fin.get(pid, no_fin)
        bac, pct = status.bac, status.pct_complete
        if ev is None and bac is not None and pct is not None:
            ev = bac * pct
        status.pv, status.ac, status.ev = pv, ac, ev
        if status.eac is None:
            status.eac = eac_phased
        out.append(status)
    _spi_t(db, as_of, out, grid)
    for status in out:
        pid = status.id
        n = nxt.get(pid)
        if n is not None:
            status.next_milestone, status.next_milestone_date = n[1], n[2]
            b, fc = _parse(n[3]), _parse(n[2])
            status.next_milestone_slip = (fc - b).days if b and fc else None
        m = ms.get(pid)
        if m is not None:
            status.critical_overdue, status.overdue_milestones = int(m[1] or 0), int(m[2] or 0)
        r = risks.get(pid)
        if r is not None:
            status.open_risks, status.open_high_risks = int(r[1] or 0), int(r[2] or 0)
            status.max_risk_score = r[3]
        status.peak_utilisation = util.get(pid)
        plan = plan_evidence(tasks.get(pid, ()), milestones.get(pid, ()), as_of)
        bei = plan.bei if plan is not None else project_bei((), milestones.get(pid, ()), as_of)
        status.bei_completed, status.bei_baselined = bei.completed, bei.baselined
        status.has_plan = plan is not None
        status.rated = rated_rag(status, th, plan)
        status.calculated = {dim: rated.rag.key for dim, rated in status.rated.items()}
    return out


def _spi_t(db: Database, as_of: date, statuses: list[ProjectStatus],
           grid: evg.MoneyGrid | None) -> None:
    """Fill in SPI(t) where the schedule reads it (``evm_grid.phase_project`` over the
    project's months: the figure of ``pmo-desktop project`` and the Financials view)."""
    late = {s.id: s for s in statuses
            if s.ev is not None and rag_calc.uses_spi_t(s.pv, s.bac)}
    if not late:
        return
    if grid is None or not set(late) <= set(grid.spans) | set(grid.irregular):
        from .queries_money import money_grid  # it reads queries_common, which reads us

        grid = money_grid(db, as_of, ids=late)
    for pid, s in late.items():
        s.spi_t = evg.phase_project(grid, pid, bac=s.bac, pct_complete=s.pct_complete).spi_t


def rated_rag(s: ProjectStatus, th: ragmod.RagThresholds,
              plan: PlanEvidence | None = None) -> dict[str, rag_calc.Rated]:
    """Each calculated dimension of a status with why (``rag_calc.assess``; ``plan``:
    its plan's evidence, if it has one): the one rule of the projects list, the pack,
    the snapshots, ``pmo-desktop project`` and the Financials view."""
    facts = ragmod.ProjectFacts(
        bac=s.bac, eac=s.eac, pv=s.pv, ev=s.ev, ac=s.ac,
        baseline_start=_parse(s.start_baseline), baseline_finish=_parse(s.finish_baseline),
        forecast_finish=_parse(s.finish_forecast), critical_overdue=s.critical_overdue,
        noncritical_overdue=s.overdue_milestones - s.critical_overdue,
        max_open_risk_score=s.max_risk_score, peak_utilisation_pct=s.peak_utilisation,
        plan=plan, spi_t=s.spi_t,
    )
    return rag_calc.assess(facts, th)


def _project_peak_utilisation(db: Database, as_of: date,
                              scope: _Scope | None = None) -> dict[int, float]:
    """Per project: the highest utilisation % of anyone it uses, in the look-ahead.

    Each person's utilisation is summed over all their committed allocations in the
    window (every project's), then each project takes the peak of the people it uses.
    The window is ``domain.portfolio_rules.lookahead_bounds``.
    """
    first, last = lookahead_bounds(as_of)
    scope = scope or _Scope("", [])
    people, people_params = "", []
    if scope.sql:  # only the people the selected projects use
        people = f"""AND a.resource_id IN (SELECT resource_id FROM allocation
            WHERE period >= ? AND period <= ? {scope.and_()})"""
        people_params = [first, last, *scope.params]
    committed = "COALESCE(a.booking,'committed') = 'committed'"
    rows = _rows(db, f"""
        WITH util AS (
          SELECT a.period, a.resource_id, 100.0 * SUM(a.hours) / c.hours AS pct
          FROM allocation a
          JOIN capacity c ON c.resource_id = a.resource_id AND c.period = a.period
          WHERE a.period >= ? AND a.period <= ? AND {committed} AND c.hours > 0 {people}
          GROUP BY a.period, a.resource_id)
        SELECT a.project_id, MAX(u.pct) FROM allocation a
        JOIN util u ON u.period = a.period AND u.resource_id = a.resource_id
        WHERE a.period >= ? AND a.period <= ? AND {committed} {scope.and_('a.project_id')}
        GROUP BY a.project_id""",
        [first, last, *people_params, first, last, *scope.params])
    return {int(pid): float(peak) for pid, peak in rows}


def resource_utilisation(db: Database, first: str, last: str,
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


def last_period(db: Database, before: str | None = None) -> dict[str, Any] | None:
    sql = "SELECT * FROM reporting_period"
    params: list[Any] = []
    if before:
        sql += " WHERE as_of < ?"
        params.append(before)
    rows = list(db.query(sql + " ORDER BY as_of DESC LIMIT 1", params))
    return rows[0] if rows else None


def periods(db: Database) -> list[dict[str, Any]]:
    return list(db.query("""SELECT p.*, (SELECT COUNT(*) FROM status_snapshot s
        WHERE s.period_id = p.id) AS projects FROM reporting_period p ORDER BY as_of"""))


def snapshots(db: Database, period_id: int) -> dict[str, dict[str, Any]]:
    return {r["project_code"]: r for r in db.query(
        "SELECT * FROM status_snapshot WHERE period_id = ?", [period_id])}


def as_of_date(settings: dict[str, Any], today: date | None = None) -> date:
    """The portfolio's as-of date: the setting when given, else today."""
    value = _parse(settings.get("as_of"))
    return value or today or date.today()
