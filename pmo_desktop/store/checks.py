"""Data-quality checks: the pre-flight a PMO runs before a pack goes out (issue 5).

Each check names one item and carries a severity. They run on the same plain rows the
pack is built from (``pack_rows``), read by their own queries (``check_data``) for the
panel and the CLI, from the pack's snapshot for the pack, so all three agree:

==========================  =========  ====================================================
check                       severity   fires when
==========================  =========  ====================================================
``false_green``             high       reported Green while the calculated overall RAG is
                                       Red: ``domain.rag.false_green``
``stale_status``            medium     status older than ``thresholds.stale_days`` (or none):
                                       ``domain.portfolio_rules.is_stale``
``missing_bac``             high       an active project without a budget (BAC)
``missing_baseline``        medium     an active project without baseline start/finish
``missing_manager``         medium     an active project without a project manager
``milestone_forecast_past``  medium     forecast before today and not done (critical: high)
``raid_no_owner``           medium     an open RAID item without an owner (risk/issue: high)
``raid_overdue``            low        an open risk past its review date, or an open
                                       issue/action/decision past its due date
``over_allocated``          high/med   a person over 100 % in the look-ahead (this and the
                                       next three months; high above the red resource
                                       threshold): ``domain.portfolio_rules``
==========================  =========  ====================================================

Checks after ``false_green`` skip inactive projects (``portfolio_rules.is_inactive``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.enums import label
from pmo_desktop.domain.portfolio_rules import is_inactive, status_age
from pmo_desktop.domain.rag import Rag, RagThresholds, rag_or_not_set

from .check_data import check_inputs
from .freeing import free_gradually
from .pack_rows import PortfolioState, ProjectRow, parse_day
from .queries import status_is_false_green, status_is_stale

if TYPE_CHECKING:
    from .store import Store

SEVERITIES = ("high", "medium", "low")
CHECKS = (
    "false_green", "stale_status", "missing_bac", "missing_baseline", "missing_manager",
    "milestone_forecast_past", "raid_no_owner", "raid_overdue", "over_allocated",
)
CHECK_TITLES = {
    "false_green": "False green", "stale_status": "Stale status",
    "missing_bac": "No budget (BAC)", "missing_baseline": "No baseline dates",
    "missing_manager": "No project manager",
    "milestone_forecast_past": "Milestone forecast in the past",
    "raid_no_owner": "RAID item without an owner", "raid_overdue": "RAID item overdue",
    "over_allocated": "Person over-allocated",
}
_DUE_FIELD = {"issue": "due_date", "action": "due_date", "decision": "due_date"}


@dataclass(frozen=True)
class Finding:
    """One data-quality problem, naming the item to fix."""

    severity: str  # 'high' | 'medium' | 'low'
    check: str  # short id, one of CHECKS
    entity: str  # 'project', 'milestone', 'risk', …, 'resource'
    item: str  # 'DCX-101', 'DCX-101/R-003', 'DCX-101/Go-live' or a person
    message: str
    project: str | None = None  # the project code to open, when there is one

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def sort_key(self) -> tuple[int, int, str, str]:
        return (SEVERITIES.index(self.severity), CHECKS.index(self.check), self.item,
                self.message)


def _project_checks(p: ProjectRow, as_of: date, th: RagThresholds) -> list[Finding]:
    out: list[Finding] = []

    def add(severity: str, check: str, message: str) -> None:
        out.append(Finding(severity, check, "project", p.code, message, p.code))

    if status_is_false_green(p):
        red = [d for d, v in p.calculated.items()
               if d != "overall" and rag_or_not_set(v) is Rag.RED]
        why = ["calculated " + (", ".join(red) + " is" if red else "overall is") + " Red"]
        if p.critical_overdue:
            why.insert(0, f"{p.critical_overdue} critical milestone"
                          f"{'s' if p.critical_overdue > 1 else ''} overdue")
        add("high", "false_green", f"Reported Green but {' and '.join(why)}.")
    if is_inactive(p.state, p.stage):
        return out
    if status_is_stale(p, as_of, th.stale_days):
        status_day = parse_day(p.status_date)
        add("medium", "stale_status", "No status update has been recorded."
            if status_day is None else
            f"Status last updated {status_day.isoformat()} "
            f"({status_age(status_day, as_of)} days ago; limit {th.stale_days}).")
    if p.bac is None or p.bac <= 0:
        add("high", "missing_bac", "No approved budget (BAC).")
    missing = [n for n, v in (("start", p.start_baseline), ("finish", p.finish_baseline))
               if not v]
    if missing:
        add("medium", "missing_baseline", f"No baseline {' or '.join(missing)} date.")
    if not (p.manager or "").strip():
        add("medium", "missing_manager", "No project manager named.")
    return out


def _milestone_checks(state: PortfolioState, codes: set[str], as_of: date) -> list[Finding]:
    out = []
    for m in state.milestones:
        if m.project_code not in codes or m.actual_date or (m.status or "") == "cancelled":
            continue
        forecast = parse_day(m.forecast_date) or parse_day(m.baseline_date)
        if forecast is not None and forecast < as_of:
            days = (as_of - forecast).days
            out.append(Finding(
                "high" if m.critical else "medium", "milestone_forecast_past", "milestone",
                f"{m.project_code}/{m.name}",
                f"{'Critical milestone' if m.critical else 'Milestone'} '{m.name}' forecast "
                f"{forecast.isoformat()} ({days} days ago) and not marked done.",
                m.project_code))
    return out


def _raid_checks(state: PortfolioState, codes: set[str], as_of: date) -> list[Finding]:
    out = []
    for r in state.raid:
        if r.project_code not in codes or not r.is_open:
            continue
        kind = label(r.type)
        if not (r.owner or "").strip():
            out.append(Finding(
                "high" if r.type in ("risk", "issue") else "medium", "raid_no_owner", r.type,
                r.item, f"{kind} '{r.title}' has no owner.", r.project_code))
        field_name = "review_date" if r.type == "risk" else _DUE_FIELD.get(r.type)
        due = parse_day(getattr(r, field_name)) if field_name else None
        if due is not None and due < as_of:
            what = "due for review" if r.type == "risk" else "due"
            out.append(Finding(
                "low", "raid_overdue", r.type, r.item,
                f"{kind} '{r.title}' was {what} on {due.isoformat()} "
                f"({(as_of - due).days} days ago).", r.project_code))
    return out


def _allocation_checks(state: PortfolioState, th: RagThresholds) -> list[Finding]:
    worst: dict[str, tuple[float, str, tuple[str, ...]]] = {}
    over_months: dict[str, int] = defaultdict(int)
    for u in state.utilisation:
        pct = u.pct
        if pct is None or not u.over_allocated:
            continue
        over_months[u.resource] += 1
        if u.resource not in worst or pct > worst[u.resource][0]:
            worst[u.resource] = (pct, u.period, u.projects)
    out = []
    for person, (pct, period, projects) in worst.items():
        n = over_months[person]
        out.append(Finding(
            "high" if pct > th.resource_red_pct else "medium", "over_allocated", "resource",
            person, f"Allocated {pct:.0f}% in {period}"
            f"{f' (over 100% in {n} months)' if n > 1 else ''}; on "
            f"{', '.join(projects) or 'no project'}.", projects[0] if projects else None))
    return out


def evaluate(projects: list[ProjectRow], state: PortfolioState, as_of: date,
             thresholds: RagThresholds) -> list[Finding]:
    """All findings for these projects and registers, most severe first."""
    codes = {p.code for p in projects}
    found: list[Finding] = []
    for p in projects:
        found += _project_checks(p, as_of, thresholds)
    found += _milestone_checks(state, codes, as_of)
    found += _raid_checks(state, codes, as_of)
    found += _allocation_checks(state, thresholds)
    return sorted(found, key=lambda f: f.sort_key)


def run_checks(store: Store, as_of: date) -> list[Finding]:
    """The findings on the portfolio as it stands, as of ``as_of`` (read by the checks'
    own queries, ``check_data.check_inputs``, not the whole pack snapshot)."""
    inputs = check_inputs(store, as_of)
    try:
        return evaluate(inputs.projects, inputs.state, as_of, inputs.thresholds)
    finally:  # (150,000 rows at 10,000 projects: freed in slices, the window can paint)
        free_gradually(inputs.projects, *vars(inputs.state).values())


def summarise(findings: list[Finding]) -> dict[str, int]:
    """Counts by severity (every severity present, in order)."""
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f.severity] += 1
    return counts


__all__ = ["CHECKS", "CHECK_TITLES", "Finding", "SEVERITIES", "evaluate", "run_checks",
           "summarise"]
