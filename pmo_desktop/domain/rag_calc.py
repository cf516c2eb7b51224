"""The calculated RAG of a project (DOMAIN.md §2.3, §2.4), and why each colour is what
it is ("CPI 0.87 < 0.90").

Each dimension is the worst of the measures that have evidence:

* **cost**: VAC % (the forecast against the budget: ``rag.rate_cost``), CPI and
  TCPI(BAC) (the efficiency the remaining work would need to land on budget);
* **schedule**: the finish slip, overdue milestones, the plan's evidence
  (``rate_plan``) and SPI, or SPI(t) once at least ``LATE_FRACTION`` of the budget was
  planned to date (SPI drifts back to 1 at the end even when late, SPI(t) does not);
* **risk**, **resource**: as ``rag.rate_risk`` and ``rag.rate_resource``;
* **overall**: the worst of those (``rag.overall``).

Thresholds compare unrounded values (``rag``); the why texts show them rounded for
display (indices to 2 dp, percentages to 1 dp, §5.6). A measure's text is only built
when asked for (``Measure.why``): the portfolio rates 10,000 projects at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .money import format_index, format_pct
from .plan_measures import PlanEvidence
from .rag import (
    Rag, RagThresholds, _high_is_bad, _low_is_bad, cost_var_pct, overall, rate_cost,
    rate_milestones, rate_resource, rate_risk, rate_schedule, rate_tcpi,
)
from .schedule import slip_days as _slip_days
from .schedule import slip_pct as _slip_pct

LATE_FRACTION = 2 / 3
"""Share of the budget planned to date from which schedule uses SPI(t) instead of SPI."""

NO_EVIDENCE = "no data to rate"


@dataclass(frozen=True)
class ProjectFacts:
    """What the calculated RAG of one project is derived from (money in one currency).

    ``spi_t`` is the project's SPI(t) when its monthly plan is known (``evm_phased``).
    """

    bac: float | None
    eac: float | None
    pv: float | None
    ev: float | None
    ac: float | None
    baseline_start: date | None
    baseline_finish: date | None
    forecast_finish: date | None
    critical_overdue: int = 0
    noncritical_overdue: int = 0
    max_open_risk_score: int | None = None
    peak_utilisation_pct: float | None = None
    plan: PlanEvidence | None = None  # None: the project has no plan
    spi_t: float | None = None


@dataclass(frozen=True)
class Measure:
    """One rated measure: its colour and what to say about it.

    ``value`` compared with ``amber``/``red`` in the direction ``high_is_bad``, shown
    through ``show``; a ``note`` replaces that sentence when the rule is not a
    comparison (a missed critical milestone, an exhausted budget).
    """

    name: str
    rag: Rag
    value: float = 0.0
    amber: float = 0.0
    red: float = 0.0
    high_is_bad: bool = False
    show: Callable[[float | None], str] = format_index
    note: str = ""
    of: Rated | None = None  # overall: the dimension ``name`` rated this, and why

    @property
    def why(self) -> str:
        if self.of is not None:
            return f"{self.name}: {self.of.why}"
        if self.note:
            return self.note
        v = self.show(self.value)
        if self.high_is_bad:
            if self.rag is Rag.GREEN:
                return f"{self.name} {v} ≤ {self.show(self.amber)}"
            return f"{self.name} {v} > {self.show(self.red if self.rag is Rag.RED else self.amber)}"
        if self.rag is Rag.GREEN:
            return f"{self.name} {v} ≥ {self.show(self.amber)}"
        return f"{self.name} {v} < {self.show(self.red if self.rag is Rag.RED else self.amber)}"


@dataclass(frozen=True)
class Rated:
    """A calculated dimension: its colour and the measures it is the worst of."""

    rag: Rag
    measures: tuple[Measure, ...] = ()

    @property
    def why(self) -> str:
        """The measures that gave the colour, e.g. ``"CPI 0.87 < 0.90"``; for Green,
        every measure (they all pass)."""
        if self.rag is Rag.NOT_SET:
            return NO_EVIDENCE
        return "; ".join(m.why for m in self.measures if m.rag is self.rag)


def _rated(measures: list[Measure]) -> Rated:
    shown = tuple(m for m in measures if m.rag is not Rag.NOT_SET)
    return Rated(overall(m.rag for m in shown), shown)


def _pct(value: float | None) -> str:
    return format_pct(value)


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:g} days"


# --- cost -------------------------------------------------------------------------------------


def _tcpi(facts: ProjectFacts) -> float | None:
    if facts.bac is None or facts.ev is None or facts.ac is None or facts.bac == facts.ac:
        return None
    return (facts.bac - facts.ev) / (facts.bac - facts.ac)


def cost_measures(facts: ProjectFacts, th: RagThresholds) -> list[Measure]:
    """VAC % against the cost thresholds, CPI and TCPI(BAC) (where defined)."""
    out = []
    overrun = cost_var_pct(facts.bac, facts.eac)
    if overrun is not None:
        out.append(Measure("VAC", rate_cost(facts.bac, facts.eac, th), -overrun,
                           -th.cost_amber_pct, -th.cost_red_pct, show=_pct))
    if facts.ev is not None and facts.ac is not None and facts.ac > 0:
        cpi = facts.ev / facts.ac
        out.append(Measure("CPI", _low_is_bad(cpi, th.cpi_amber, th.cpi_red), cpi,
                           th.cpi_amber, th.cpi_red))
    tcpi = _tcpi(facts)
    if tcpi is not None:
        note = "budget exhausted: AC is over BAC (TCPI < 0)" if tcpi < 0 else ""
        out.append(Measure("TCPI", rate_tcpi(tcpi, th), tcpi, th.tcpi_amber, th.tcpi_red,
                           high_is_bad=True, note=note))
    return out


# --- schedule ---------------------------------------------------------------------------------


def rate_plan(plan: PlanEvidence, baseline_start: date | None, baseline_finish: date | None,
              th: RagThresholds) -> Rag:
    """The schedule evidence of a plan (``plan_measures``): worst-of two measures.

    * Critical slip: the critical path drives the finish, so the latest critical item's
      slip is rated as a finish slip of the project (``rate_schedule``: as a % of the
      project's baseline duration, else of the plan's baselined span, with the same
      absolute tolerance in days).
    * BEI: Green ≥ ``bei_amber`` (0.95), Amber ≥ ``bei_red`` (0.85), else Red; n/a
      (nothing due yet) rates nothing.
    """
    return overall(m.rag for m in _plan_measures(plan, baseline_start, baseline_finish, th))


def _plan_measures(plan: PlanEvidence, baseline_start: date | None,
                   baseline_finish: date | None, th: RagThresholds) -> list[Measure]:
    start = baseline_start or plan.baseline_start
    finish = baseline_finish or plan.baseline_finish
    days = plan.critical_slip_days
    out = []
    if days is not None:
        pct = None
        if finish is not None:
            pct = _slip_pct(start, finish, finish + timedelta(days=days))
        rag = rate_schedule(pct, False, th, days)
        out.append(Measure("plan's critical slip", rag, note=(
            f"plan's critical work {_days(days)} late ({_pct(pct)} of the baseline)")))
    bei = plan.bei.value
    if bei is not None:
        out.append(Measure("BEI", _low_is_bad(bei, th.bei_amber, th.bei_red), bei,
                           th.bei_amber, th.bei_red))
    return out


def uses_spi_t(pv: float | None, bac: float | None) -> bool:
    """Whether the schedule reads SPI(t) rather than SPI: once at least
    ``LATE_FRACTION`` of the budget was planned to date (a store works out SPI(t),
    which needs the months, only for these projects)."""
    return pv is not None and bac is not None and bac > 0 and pv / bac >= LATE_FRACTION


def _spi_measure(facts: ProjectFacts, th: RagThresholds) -> Measure | None:
    if uses_spi_t(facts.pv, facts.bac) and facts.spi_t is not None:
        return Measure("SPI(t)", _low_is_bad(facts.spi_t, th.spi_amber, th.spi_red),
                       facts.spi_t, th.spi_amber, th.spi_red)
    if facts.ev is None or facts.pv is None or facts.pv <= 0:
        return None
    spi = facts.ev / facts.pv
    return Measure("SPI", _low_is_bad(spi, th.spi_amber, th.spi_red), spi, th.spi_amber,
                   th.spi_red)


def _slip_note(slip: Rag, pct: float | None, days: int | None, th: RagThresholds) -> str:
    if pct is not None and (slip is Rag.RED or pct > th.schedule_amber_pct
                            or slip is Rag.GREEN):
        limit = {Rag.GREEN: th.schedule_amber_pct, Rag.AMBER: th.schedule_amber_pct,
                 Rag.RED: th.schedule_red_pct}[slip]
        return f"finish slip {_pct(pct)} {'≤' if slip is Rag.GREEN else '>'} {_pct(limit)}"
    sign = "≤" if slip is Rag.GREEN else ">"
    return f"finish slip {_days(days)} {sign} {_days(th.schedule_abs_days)}"


def schedule_measures(facts: ProjectFacts, th: RagThresholds) -> list[Measure]:
    """Finish slip, overdue milestones, the plan, and SPI or SPI(t) near the end.

    Overdue milestones count only beside other evidence or when there are some (no
    dates and nothing overdue is no evidence either way).
    """
    out = []
    pct = _slip_pct(facts.baseline_start, facts.baseline_finish, facts.forecast_finish)
    days = _slip_days(facts.baseline_finish, facts.forecast_finish)
    slip = rate_schedule(pct, False, th, days)
    if slip is not Rag.NOT_SET:
        out.append(Measure("slip", slip, note=_slip_note(slip, pct, days, th)))
    if facts.plan is not None:
        out += _plan_measures(facts.plan, facts.baseline_start, facts.baseline_finish, th)
    spi = _spi_measure(facts, th)
    if spi is not None:
        out.append(spi)
    crit, other = facts.critical_overdue, facts.noncritical_overdue
    if out or crit + other:
        rag = rate_milestones(crit, other)
        note = (f"{crit} critical milestone(s) overdue" if crit else
                f"{other} milestone(s) overdue" if other else "no milestone overdue")
        out.append(Measure("milestones", rag, note=note))
    return out


# --- the project ------------------------------------------------------------------------------


def assess(facts: ProjectFacts, th: RagThresholds) -> dict[str, Rated]:
    """Each calculated dimension with its measures: ``schedule``, ``cost``, ``risk``,
    ``resource`` and ``overall`` (honouring ``th.two_ambers_red``). Scope and benefits
    cannot be calculated and are omitted."""
    risk = rate_risk(facts.max_open_risk_score, th)
    resource = rate_resource(facts.peak_utilisation_pct, th)
    out = {
        "schedule": _rated(schedule_measures(facts, th)),
        "cost": _rated(cost_measures(facts, th)),
        "risk": Rated(risk, (Measure("risk", risk, note=(
            f"highest open risk score {facts.max_open_risk_score}")),)),
        "resource": Rated(resource, (Measure(
            "peak utilisation", resource, facts.peak_utilisation_pct or 0.0,
            th.resource_amber_pct, th.resource_red_pct, high_is_bad=True, show=_pct),)),
    }
    worst = overall((r.rag for r in out.values()), two_ambers_red=th.two_ambers_red)
    # The escalation variant makes two Ambers Red: then they are the reason.
    reason = worst if any(r.rag is worst for r in out.values()) else Rag.AMBER
    out["overall"] = Rated(worst, tuple(
        Measure(dim, worst, of=r) for dim, r in out.items() if r.rag is reason))
    return out


def calculate(facts: ProjectFacts, th: RagThresholds) -> dict[str, Rag]:
    """The calculated RAG per dimension plus ``overall`` (§2.3, §2.4): ``assess``'s
    colours."""
    return {dim: rated.rag for dim, rated in assess(facts, th).items()}


def why(facts: ProjectFacts, th: RagThresholds) -> dict[str, str]:
    """Why each calculated colour: ``{"cost": "CPI 0.87 < 0.90", …}``."""
    return {dim: rated.why for dim, rated in assess(facts, th).items()}


def outside_tolerance(bac: float | None, eac: float | None, cost_tolerance_pct: float | None,
                      slip: int | None, time_tolerance_days: int | None,
                      th: RagThresholds) -> list[str]:
    """Which tolerances a project's forecast is outside (PRINCE2: forecast to exceed is
    an exception): ``"cost"`` when the overrun % is over its cost tolerance (the
    portfolio's Amber line when it has none), ``"time"`` when the finish slips more days
    than its time tolerance (``schedule_abs_days`` when none). Empty: within."""
    out = []
    overrun = cost_var_pct(bac, eac)
    limit = th.cost_amber_pct if cost_tolerance_pct is None else cost_tolerance_pct
    if overrun is not None and round(overrun, 9) > limit:
        out.append("cost")
    days = th.schedule_abs_days if time_tolerance_days is None else time_tolerance_days
    if slip is not None and slip > days:
        out.append("time")
    return out


__all__ = ["LATE_FRACTION", "Measure", "ProjectFacts", "Rated", "assess", "calculate",
           "cost_measures", "outside_tolerance", "rate_plan", "schedule_measures",
           "uses_spi_t", "why"]
