"""The plain rows a steering pack and the data-quality checks read (no SQL here).

``ProjectRow`` is one project's status (live from ``queries.portfolio_status`` or frozen
in a period's ``status_snapshot``); the register rows (milestones, RAID items, change
requests, a person's load in a month) are what ``pack_rewind`` rebuilds at a date and
``check_data`` reads as they stand now. ``PortfolioState`` holds the registers at one
moment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pmo_desktop.domain.portfolio_rules import is_open_raid, is_over_allocated
from pmo_desktop.domain.rag_calc import Rated
from pmo_desktop.domain.schedule import iso_date as parse_day
from pmo_desktop.domain.schedule import milestone_status

from .queries import RAG_FIELDS, ProjectStatus

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
    spi_t: float | None = None
    # Live rows: each calculated dimension with its measures (a closed period keeps
    # the colours only).
    rated: dict[str, Rated] = field(default_factory=dict, repr=False, compare=False)

    @property
    def why(self) -> dict[str, str]:
        """Why each calculated colour is what it is (empty for a frozen row)."""
        return {dim: rated.why for dim, rated in self.rated.items()}

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
    pct_complete: float | None = None

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
class PlanTaskRow:
    """One task of a project's plan, as it stood at the pack's date."""

    project_code: str
    ref: str
    name: str
    outline_level: int
    is_summary: bool
    is_milestone: bool
    critical: bool
    start_baseline: str | None
    finish_baseline: str | None
    start_forecast: str | None
    finish_forecast: str | None
    start_actual: str | None
    finish_actual: str | None
    pct_complete: float | None
    status: str | None
    sort_order: int | None


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
    tasks: list[PlanTaskRow] = field(default_factory=list)  # plans, in plan order
    raid: list[RaidRow] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    utilisation: list[UtilRow] = field(default_factory=list)
    rebaselines: dict[str, int] = field(default_factory=dict)
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)  # by project code



__all__ = ["ChangeRow", "MilestoneRow", "PeriodInfo", "PlanTaskRow", "PortfolioState", "ProjectRow", "RaidRow",
           "UtilRow", "parse_day"]
