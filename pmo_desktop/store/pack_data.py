"""The read-only snapshot a steering pack is built from, and the record of each pack.

``load_pack_data`` reads everything the pack needs in one transaction on a read-only
connection and returns plain dataclasses; the report code never queries while drawing.

Two ways to get the portfolio at a date:

* a **live** pack (no period): each project's status is computed now
  (``portfolio_status``) and compared with the last closed period;
* a **period** pack: project statuses are the frozen ``status_snapshot`` rows of that
  period, compared with the period before.

Everything that is not snapshotted (risks and other RAID items, milestones, change
requests, baselines, allocations and capacity, project attributes) is *reconstructed
from the change log*: the current rows are rewound by reversing, newest first, every
change logged after the period was closed (the period's own ``reporting_period``
entry in the log is the cut). So a pack of a past period is not changed by later edits.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Iterable

import sqlite_utils

from pmo_desktop.domain.portfolio_rules import is_open_raid, is_over_allocated, lookahead_months
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands, with_risk_bands
from pmo_desktop.domain.schedule import iso_date as parse_day
from pmo_desktop.domain.schedule import milestone_status

from .db import StoreError
from .queries import RAG_FIELDS, ProjectStatus, portfolio_status

if TYPE_CHECKING:
    from .checks import Finding
    from .store import Store


def forecast_or_budget(eac: float | None, bac: float | None) -> float | None:
    """The forecast a total counts for a project: its EAC, else its BAC.

    A project with no forecast is taken to land on budget until the PM says
    otherwise. The dashboard, the financials and the steering pack all total
    forecasts with this one rule, so their figures agree.
    """
    return eac if eac is not None else bac


# Entities rewound through the change log (entity name -> table, RAID type).
_REWOUND: dict[str, tuple[str, str | None]] = {
    "programme": ("programme", None), "project": ("project", None),
    "milestone": ("milestone", None), "change_request": ("change_request", None),
    "baseline": ("baseline", None), "role": ("role", None), "resource": ("resource", None),
    "capacity": ("capacity", None), "allocation": ("allocation", None),
    **{t: ("raid_item", t) for t in ("risk", "issue", "assumption", "dependency",
                                      "decision", "action")},
}
# The entities whose state at the previous period is compared with (movement).
_COMPARED = ("programme", "project", "milestone", "change_request", "risk", "issue",
             "decision", "action", "assumption", "dependency")
HISTORY_PERIODS = 6  # one-pagers show the overall RAG of the last six closed periods
# Resource hotspots and over-allocation cover ``domain.portfolio_rules.lookahead_months``.




# -- plain rows -------------------------------------------------------------------------
@dataclass(frozen=True)
class PeriodInfo:
    """A closed reporting period: its id, as-of date, label and change-log cut."""

    id: int
    as_of: date
    label: str
    cut: int


@dataclass
class ProjectRow:
    """One project's status at the pack's as-of date (live or frozen)."""

    code: str
    name: str
    programme: str | None = None
    manager: str | None = None
    sponsor: str | None = None
    stage: str | None = None
    state: str | None = None
    priority: str | None = None
    tier: int | None = None
    status_date: str | None = None
    pct_complete: float | None = None
    bac: float | None = None
    pv: float | None = None
    ev: float | None = None
    ac: float | None = None
    eac: float | None = None
    start_baseline: str | None = None
    finish_baseline: str | None = None
    finish_forecast: str | None = None
    reported: dict[str, str | None] = field(default_factory=dict)
    calculated: dict[str, str | None] = field(default_factory=dict)
    rag_justification: str | None = None
    summary: str | None = None
    next_steps: str | None = None
    open_risks: int = 0
    max_risk_score: int | None = None
    critical_overdue: int = 0
    overdue_milestones: int = 0
    peak_utilisation: float | None = None
    next_milestone: str | None = None
    next_milestone_date: str | None = None
    next_milestone_slip: int | None = None
    tolerance_cost_pct: float | None = None
    tolerance_time_days: int | None = None
    rebaselines: int = 0

    @property
    def rag(self) -> str | None:
        """The overall RAG shown: reported when the PM gave one, else calculated."""
        return self.reported.get("overall") or self.calculated.get("overall")

    @classmethod
    def from_status(cls, s: ProjectStatus) -> ProjectRow:
        keep = {k: v for k, v in s.__dict__.items() if k in _ROW_FIELDS}
        return cls(**keep)

    @classmethod
    def from_snapshot(cls, r: dict[str, Any]) -> ProjectRow:
        extra = json.loads(r["data"]) if r.get("data") else {}
        return cls(
            code=r["project_code"], name=r["project_name"] or r["project_code"],
            programme=r["programme"], manager=r["manager"], sponsor=r["sponsor"],
            stage=r["stage"], state=r["state"], priority=extra.get("priority"),
            status_date=r["status_date"], pct_complete=r["pct_complete"], bac=r["bac"],
            pv=r["pv"], ev=r["ev"], ac=r["ac"], eac=r["eac"],
            start_baseline=r["start_baseline"], finish_baseline=r["finish_baseline"],
            finish_forecast=r["finish_forecast"],
            reported={d: r[f"rag_{d}"] for d in RAG_FIELDS},
            calculated={d: r.get(f"calc_{d}") for d in RAG_FIELDS if f"calc_{d}" in r},
            rag_justification=r["rag_justification"], summary=r["summary"],
            next_steps=r["next_steps"], open_risks=int(r["open_risks"] or 0),
            max_risk_score=r["max_risk_score"],
            critical_overdue=int(extra.get("critical_overdue") or 0),
            overdue_milestones=int(extra.get("overdue_milestones") or 0),
            peak_utilisation=extra.get("peak_utilisation"),
            next_milestone=extra.get("next_milestone"),
            next_milestone_date=extra.get("next_milestone_date"),
            next_milestone_slip=extra.get("next_milestone_slip"),
        )


_ROW_FIELDS = {f for f in ProjectRow.__dataclass_fields__}


@dataclass(frozen=True)
class MilestoneRow:
    project_code: str
    name: str
    ref: str | None
    critical: bool
    baseline_date: str | None
    forecast_date: str | None
    actual_date: str | None
    status: str | None
    owner: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.project_code, self.name)

    def state(self, as_of: date, period_start: date | None = None) -> str:
        """The milestone status of ``domain.schedule`` as of a date."""
        return milestone_status(
            parse_day(self.baseline_date), parse_day(self.forecast_date),
            parse_day(self.actual_date), as_of, period_start,
            cancelled=(self.status or "") == "cancelled", period_end=as_of)

    @property
    def slip(self) -> int | None:
        base = parse_day(self.baseline_date)
        other = parse_day(self.actual_date) or parse_day(self.forecast_date)
        return (other - base).days if base and other else None


@dataclass(frozen=True)
class RaidRow:
    project_code: str
    type: str
    ref: str
    title: str
    description: str | None = None
    owner: str | None = None
    status: str | None = None
    category: str | None = None
    date_raised: str | None = None
    due_date: str | None = None
    review_date: str | None = None
    closed_date: str | None = None
    priority: str | None = None
    severity: str | None = None
    escalation: str | None = None
    next_action: str | None = None
    threat_or_opportunity: str | None = None
    probability: int | None = None
    impact: int | None = None
    residual_probability: int | None = None
    residual_impact: int | None = None
    proximity: str | None = None
    response: str | None = None
    response_actions: str | None = None
    trend: str | None = None
    options: str | None = None
    rationale: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.project_code, self.type, self.ref)

    @property
    def item(self) -> str:
        return f"{self.project_code}/{self.ref}"

    @property
    def is_open(self) -> bool:
        return is_open_raid(self.status)

    @property
    def score(self) -> int | None:
        p, i = self.probability, self.impact
        if p is None or i is None or not (1 <= p <= 5 and 1 <= i <= 5):
            return None
        return p * i

    @property
    def is_threat(self) -> bool:
        return (self.threat_or_opportunity or "threat") == "threat"


@dataclass(frozen=True)
class ChangeRow:
    project_code: str
    ref: str
    title: str
    description: str | None = None
    cr_type: str | None = None
    requester: str | None = None
    date_raised: str | None = None
    impact_cost: float | None = None
    impact_schedule_days: int | None = None
    priority: str | None = None
    authority_level: str | None = None
    status: str | None = None
    decision: str | None = None
    decision_date: str | None = None
    approver: str | None = None
    recommendation: str | None = None
    options: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.project_code, self.ref)


@dataclass(frozen=True)
class UtilRow:
    """One person's load in one month (committed bookings)."""

    resource: str
    role: str | None
    team: str | None
    period: str
    capacity: float
    allocated: float
    projects: tuple[str, ...] = ()

    @property
    def pct(self) -> float | None:
        return None if self.capacity <= 0 else 100.0 * self.allocated / self.capacity

    @property
    def over_allocated(self) -> bool:
        """Over-allocated in this month (``domain.portfolio_rules.is_over_allocated``)."""
        return is_over_allocated(self.pct)


@dataclass
class PortfolioState:
    """Registers as they stood at one moment (now, or rewound to a period's close)."""

    milestones: list[MilestoneRow] = field(default_factory=list)
    raid: list[RaidRow] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    utilisation: list[UtilRow] = field(default_factory=list)
    rebaselines: dict[str, int] = field(default_factory=dict)
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)  # by project code


@dataclass
class PackData:
    """Everything a pack shows, fetched in one go (reports never query the store)."""

    portfolio: str
    organisation: str
    currency: str
    as_of: date
    period: PeriodInfo | None
    previous: PeriodInfo | None
    thresholds: RagThresholds
    risk_bands: RiskBands
    data_hash: str
    programmes: list[str]
    scope_programmes: list[str]
    scope_projects: list[str]
    projects: list[ProjectRow]
    previous_projects: dict[str, ProjectRow]
    state: PortfolioState
    previous_state: PortfolioState | None
    findings: list[Finding]
    all_projects: int = 0
    # Overall RAG (reported, else calculated) per closed period up to the pack, oldest first.
    history_periods: list[PeriodInfo] = field(default_factory=list)
    history: dict[str, dict[int, str | None]] = field(default_factory=dict)

    @property
    def live(self) -> bool:
        return self.period is None

    @property
    def period_start(self) -> date:
        """The first day of the period the pack covers (day after the previous as-of)."""
        if self.previous is not None:
            return self.previous.as_of + timedelta(days=1)
        return self.as_of.replace(day=1)

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.projects}


# -- loading ------------------------------------------------------------------------------
def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class _Rewinder:
    """Current rows of the rewound entities, stepped back through the change log."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.rows: dict[str, dict[int, dict[str, Any]]] = {}
        raid: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        for row in db.query("SELECT * FROM raid_item"):
            raid[row["type"]][int(row["id"])] = row
        for name, (table, raid_type) in _REWOUND.items():
            if raid_type:
                self.rows[name] = raid.get(raid_type, {})
            else:
                self.rows[name] = {int(r["id"]): r for r in db.query(f"SELECT * FROM {table}")}
        names = ",".join(f"'{n}'" for n in _REWOUND)
        self._db = db
        self._names = names

    def rewind_to(self, cut: int, after: int | None = None) -> None:
        """Reverse every logged change with ``cut < id`` (``≤ after`` when given)."""
        sql = (f"SELECT entity, entity_id, op, field, old FROM change_log WHERE id > ?"
               f" AND entity IN ({self._names})")
        params: list[Any] = [cut]
        if after is not None:
            sql += " AND id <= ?"
            params.append(after)
        for e in self._db.query(sql + " ORDER BY id DESC", params):
            rows = self.rows[e["entity"]]
            eid = int(e["entity_id"])
            if e["op"] == "create":
                rows.pop(eid, None)
            elif e["op"] == "delete":
                rows[eid] = {"id": eid, **(_decode(e["old"]) or {})}
            elif e["op"] == "update" and eid in rows and e["field"]:
                rows[eid] = {**rows[eid], e["field"]: _decode(e["old"])}

    def copy(self, names: Iterable[str]) -> dict[str, dict[int, dict[str, Any]]]:
        return {n: copy.copy(self.rows[n]) for n in names}


def _state(rows: dict[str, dict[int, dict[str, Any]]], as_of: date,
           with_util: bool) -> PortfolioState:
    code_of = {pid: str(p.get("code")) for pid, p in rows["project"].items()}
    prog_of = {gid: g.get("name") for gid, g in rows["programme"].items()}

    def code(r: dict[str, Any]) -> str:
        return code_of.get(int(r.get("project_id") or 0), f"#{r.get('project_id')}")

    out = PortfolioState()
    out.attributes = {
        str(p.get("code")): {**p, "programme": prog_of.get(int(p.get("programme_id") or 0))}
        for p in rows["project"].values()}
    for r in sorted(rows["milestone"].values(), key=lambda r: int(r["id"])):
        out.milestones.append(MilestoneRow(
            project_code=code(r), name=str(r.get("name")), ref=r.get("ref"),
            critical=bool(r.get("critical")), baseline_date=r.get("baseline_date"),
            forecast_date=r.get("forecast_date"), actual_date=r.get("actual_date"),
            status=r.get("status"), owner=r.get("owner")))
    raid_fields = set(RaidRow.__dataclass_fields__) - {"project_code", "type"}
    for kind in ("risk", "issue", "assumption", "dependency", "decision", "action"):
        for r in sorted(rows[kind].values(), key=lambda r: int(r["id"])):
            values: dict[str, Any] = {k: r.get(k) for k in raid_fields}
            values["title"] = values.get("title") or ""
            values["ref"] = str(values.get("ref") or "")
            out.raid.append(RaidRow(project_code=code(r), type=kind, **values))
    cr_fields = set(ChangeRow.__dataclass_fields__) - {"project_code"}
    for r in sorted(rows["change_request"].values(), key=lambda r: int(r["id"])):
        cr_values: dict[str, Any] = {k: r.get(k) for k in cr_fields}
        cr_values["title"] = cr_values.get("title") or ""
        cr_values["ref"] = str(cr_values.get("ref") or "")
        out.changes.append(ChangeRow(project_code=code(r), **cr_values))
    for r in rows["baseline"].values():
        if (r.get("version") or 0) > 0:
            c = code(r)
            out.rebaselines[c] = out.rebaselines.get(c, 0) + 1
    if with_util:
        out.utilisation = _utilisation(rows, as_of, code_of)
    return out


def _utilisation(rows: dict[str, dict[int, dict[str, Any]]], as_of: date,
                 code_of: dict[int, str]) -> list[UtilRow]:
    months = set(lookahead_months(as_of))
    roles = {rid: r.get("name") for rid, r in rows["role"].items()}
    load: dict[tuple[int, str], float] = defaultdict(float)
    on: dict[tuple[int, str], set[str]] = defaultdict(set)
    for a in rows["allocation"].values():
        period = a.get("period")
        if period not in months or (a.get("booking") or "committed") != "committed":
            continue
        key = (int(a["resource_id"]), str(period))
        load[key] += float(a.get("hours") or 0.0)
        on[key].add(code_of.get(int(a.get("project_id") or 0), "?"))
    out: list[UtilRow] = []
    for c in rows["capacity"].values():
        period = c.get("period")
        if period not in months:
            continue
        rid = int(c["resource_id"])
        person = rows["resource"].get(rid)
        if person is None:
            continue
        out.append(UtilRow(
            resource=str(person.get("name")), role=roles.get(int(person.get("role_id") or 0)),
            team=person.get("team"), period=str(period),
            capacity=float(c.get("hours") or 0.0), allocated=load.get((rid, str(period)), 0.0),
            projects=tuple(sorted(on.get((rid, str(period)), ())))))
    out.sort(key=lambda u: (u.resource, u.period))
    return out


def _periods(db: sqlite_utils.Database) -> list[PeriodInfo]:
    cuts = {int(r["entity_id"]): int(r["id"]) for r in db.query(
        "SELECT id, entity_id FROM change_log WHERE entity = 'reporting_period'"
        " AND op = 'create' ORDER BY entity_id, id")}  # a reopened period's id is reused: last wins
    out = []
    for r in db.query("SELECT id, as_of, label FROM reporting_period ORDER BY as_of"):
        pid = int(r["id"])
        as_of = parse_day(r["as_of"])
        if as_of is None:
            continue
        out.append(PeriodInfo(pid, as_of, r["label"] or r["as_of"], cuts.get(pid, 0)))
    return out


def _settings(db: sqlite_utils.Database) -> dict[str, Any]:
    from .db import DEFAULT_SETTINGS

    values = dict(DEFAULT_SETTINGS)
    for row in db.query("SELECT key, value FROM setting"):
        values[row["key"]] = json.loads(row["value"])
    return values


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _scope(projects: list[ProjectRow], programmes: list[str], known_programmes: list[str],
           codes: list[str]) -> list[ProjectRow]:
    lower = {p.lower(): p for p in known_programmes}
    unknown = [p for p in programmes if p.lower() not in lower]
    if unknown:
        raise StoreError(f"There is no programme named '{unknown[0]}'; the programmes are: "
                         f"{', '.join(known_programmes) or 'none'}.")
    wanted = {lower[p.lower()].lower() for p in programmes}
    all_codes = {p.code.lower() for p in projects}
    missing = [c for c in codes if c.lower() not in all_codes]
    if missing:
        raise StoreError(f"There is no project '{missing[0]}' in this pack's period.")
    picked = {c.lower() for c in codes}
    out = []
    for p in projects:
        in_prog = (p.programme or "").lower() in wanted
        in_list = p.code.lower() in picked
        if (not programmes and not codes) or in_prog or in_list:
            out.append(p)
    return out


def load_pack_data(store: Store, period: date | None = None, programmes: list[str] | None = None,
                   projects: list[str] | None = None, as_of: date | None = None) -> PackData:
    """Read the snapshot of one pack (raises ``StoreError`` for an unknown period/scope)."""
    db = store.reader()
    try:
        db.conn.execute("BEGIN")  # one consistent read of the whole file
        return _load(db, period, list(programmes or []), list(projects or []), as_of)
    finally:
        try:
            db.conn.execute("ROLLBACK")
        finally:
            db.conn.close()


def _load(db: sqlite_utils.Database, period: date | None, programmes: list[str],
          codes: list[str], as_of: date | None) -> PackData:
    from .checks import evaluate
    from .queries import as_of_date

    settings = _settings(db)
    bands = RiskBands.from_dict(settings.get("risk_bands") or {})
    thresholds = with_risk_bands(  # one rule for risk bands and the risk RAG
        RagThresholds.from_dict(settings.get("rag_thresholds") or {}), bands)
    all_periods = _periods(db)
    rewinder = _Rewinder(db)
    chosen: PeriodInfo | None = None
    if period is not None:
        chosen = next((p for p in all_periods if p.as_of == period), None)
        if chosen is None:
            closed = ", ".join(p.as_of.isoformat() for p in all_periods[-6:]) or "none yet"
            raise StoreError(f"No reporting period was closed on {period.isoformat()} "
                             f"(closed periods: {closed}).")
        day = chosen.as_of
        previous = next((p for p in reversed(all_periods) if p.as_of < day), None)
        rows = [ProjectRow.from_snapshot(r) for r in db.query(
            "SELECT * FROM status_snapshot WHERE period_id = ? ORDER BY project_code",
            [chosen.id])]
        rewinder.rewind_to(chosen.cut)
        data_hash = _hash(f"period:{chosen.id}:{chosen.cut}")
    else:
        day = as_of or as_of_date(settings)
        previous = next((p for p in reversed(all_periods) if p.as_of < day), None)
        if previous is None and all_periods and all_periods[-1].as_of == day:
            previous = all_periods[-2] if len(all_periods) > 1 else None
        rows = [ProjectRow.from_status(s) for s in portfolio_status(db, day, thresholds)]
        last = db.execute("SELECT MAX(id), COUNT(*) FROM change_log").fetchone()
        data_hash = _hash(f"{last[0]}:{last[1]}")
    state = _state(rewinder.copy(_REWOUND), day, with_util=True)
    known = sorted({str(g.get("name")) for g in rewinder.rows["programme"].values()} |
                   {p.programme for p in rows if p.programme})
    prev_rows: dict[str, ProjectRow] = {}
    prev_state = None
    if previous is not None:
        prev_rows = {r["project_code"]: ProjectRow.from_snapshot(r) for r in db.query(
            "SELECT * FROM status_snapshot WHERE period_id = ?", [previous.id])}
        rewinder.rewind_to(previous.cut, after=chosen.cut if chosen else None)
        prev_state = _state(rewinder.copy(_COMPARED + ("baseline",)) | {
            n: {} for n in ("role", "resource", "capacity", "allocation")}, previous.as_of,
            with_util=False)
    for p in rows:
        attrs = state.attributes.get(p.code, {})
        p.tier = attrs.get("tier")
        p.tolerance_cost_pct = attrs.get("tolerance_cost_pct")
        p.tolerance_time_days = attrs.get("tolerance_time_days")
        p.rebaselines = state.rebaselines.get(p.code, 0)
    scoped = _scope(rows, programmes, known, codes)
    in_scope = {p.code for p in scoped}
    _restrict(state, in_scope)
    if prev_state is not None:
        _restrict(prev_state, in_scope | (set(prev_rows) - {p.code for p in rows}))
    findings = evaluate(scoped, state, day, thresholds)
    shown = [p for p in all_periods if p.as_of <= day][-HISTORY_PERIODS:]
    history: dict[str, dict[int, str | None]] = defaultdict(dict)
    if shown:
        ids = ",".join(str(p.id) for p in shown)
        for r in db.query(f"SELECT period_id, project_code, rag_overall, calc_overall"
                          f" FROM status_snapshot WHERE period_id IN ({ids})"):
            if r["project_code"] in in_scope:
                history[r["project_code"]][int(r["period_id"])] = (
                    r["rag_overall"] or r["calc_overall"])
    return PackData(
        portfolio=str(settings.get("name") or "Portfolio"),
        organisation=str(settings.get("organisation") or ""),
        currency=str(settings.get("currency") or "GBP"), as_of=day, period=chosen,
        previous=previous, thresholds=thresholds, risk_bands=bands, data_hash=data_hash,
        programmes=known, scope_programmes=programmes, scope_projects=codes,
        projects=scoped, previous_projects=prev_rows, state=state, previous_state=prev_state,
        findings=findings, all_projects=len(rows), history_periods=shown, history=dict(history))


def _restrict(state: PortfolioState, codes: set[str]) -> None:
    """Keep the registers of the projects in scope (people: those working on them)."""
    state.milestones = [m for m in state.milestones if m.project_code in codes]
    state.raid = [r for r in state.raid if r.project_code in codes]
    state.changes = [c for c in state.changes if c.project_code in codes]
    people = {u.resource for u in state.utilisation if set(u.projects) & codes}
    state.utilisation = [u for u in state.utilisation if u.resource in people]


# -- what the report dialog offers -------------------------------------------------------------
@dataclass(frozen=True)
class PackChoices:
    """Closed periods (newest first) and the projects grouped by programme."""

    periods: list[tuple[date, str]]
    programmes: dict[str, list[tuple[str, str]]]  # programme ("" = none) -> (code, name)


def pack_choices(store: Store) -> PackChoices:
    rows = store.query("""SELECT p.code, p.name, COALESCE(g.name, '') AS programme
                          FROM project p LEFT JOIN programme g ON g.id = p.programme_id
                          ORDER BY programme, p.code""")
    grouped: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        grouped.setdefault(r["programme"], []).append((r["code"], r["name"]))
    periods = [(d, str(label or d.isoformat())) for d, label in (
        (parse_day(r["as_of"]), r["label"]) for r in store.query(
            "SELECT as_of, label FROM reporting_period ORDER BY as_of DESC")) if d is not None]
    return PackChoices(periods, grouped)


# -- the record of packs produced ------------------------------------------------------------
def record_pack(store: Store, *, period_as_of: date | None, options: dict[str, Any],
                data_hash: str, path: str, pages: int,
                generated_at: datetime | None = None) -> int:
    """Append one row to the ``pack`` table; returns its id (call on the writer's thread)."""
    at = (generated_at or datetime.now()).isoformat(timespec="seconds")
    with store.db.atomic():
        cur = store.db.execute(
            "INSERT INTO pack(generated_at, period_as_of, options, data_hash, path, pages)"
            " VALUES (?,?,?,?,?,?)",
            [at, period_as_of.isoformat() if period_as_of else None,
             json.dumps(options, sort_keys=True, default=str), data_hash, path, pages])
    return int(cur.lastrowid or 0)


def packs(store: Store) -> list[dict[str, Any]]:
    """The packs produced, newest first."""
    rows = store.query("SELECT * FROM pack ORDER BY id DESC")
    for row in rows:
        row["options"] = json.loads(row["options"])
    return rows


__all__ = [
    "ChangeRow", "MilestoneRow", "PackChoices", "PackData", "pack_choices", "PeriodInfo", "PortfolioState", "ProjectRow",
    "RaidRow", "UtilRow", "load_pack_data", "lookahead_months", "packs", "record_pack",
]
