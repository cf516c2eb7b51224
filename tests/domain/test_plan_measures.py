"""BEI counting and the plan's schedule evidence (DOMAIN §2.7, §2.3), with worked examples."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pmo_desktop.domain.plan_measures import (
    Bei, PlanItem, count_bei, critical_slip_days, plan_evidence, plan_items, project_bei,
)
from pmo_desktop.domain.rag import ProjectFacts, Rag, RagThresholds, calculate, rate_plan

TH = RagThresholds()
STATUS = date(2026, 6, 30)


def d(day: int) -> date:
    """A day of June 2026 (negative: before it)."""
    return date(2026, 6, 1) + timedelta(days=day - 1)


def task(name: str, base: date | None, actual: date | None = None, **kw) -> PlanItem:
    return PlanItem(name=name, baseline_finish=base, actual_finish=actual, **kw)


# --- BEI ------------------------------------------------------------------------------------


def test_bei_six_of_six_is_on_plan_and_eight_of_six_is_ahead():
    due = [task(f"T{i}", d(i), actual=d(i)) for i in range(1, 7)]
    assert count_bei(due, STATUS) == Bei(6, 6)
    assert count_bei(due, STATUS).value == 1.0
    ahead = due + [task("T7", d(40), actual=d(20)), task("T8", d(45), actual=d(29))]
    bei = count_bei(ahead, STATUS)
    assert (bei.completed, bei.baselined) == (8, 6)
    assert bei.text == "1.33 (8 of 6)"


def test_bei_five_of_six_and_what_counts_as_done():
    items = [
        task("done", d(2), actual=d(3)),
        task("done late", d(10), actual=d(25)),
        task("done after the status date", d(11), actual=STATUS + timedelta(days=1)),
        task("marked complete without a date", d(12), status="complete"),
        task("100 %", d(13), pct_complete=1.0),
        task("open", d(14), pct_complete=0.5),
        task("not due", d(40)),
        task("no baseline", None, actual=d(5)),  # not baselined: in neither count
    ]
    bei = count_bei(items, STATUS)
    assert (bei.completed, bei.baselined) == (4, 6)
    assert bei.text == "0.67 (4 of 6)"


def test_bei_is_na_when_nothing_was_due():
    bei = count_bei([task("later", d(40)), task("undated", None)], STATUS)
    assert bei.value is None and bei.text == "n/a"


def test_summary_and_cancelled_tasks_are_not_counted():
    tasks = [task("Phase 1", d(20), summary=True), task("a", d(5), actual=d(5)),
             task("b", d(6), status="cancelled"), task("c", d(7))]
    assert project_bei(tasks, [], STATUS) == Bei(1, 2)


def test_a_register_milestone_also_in_the_plan_counts_once_with_the_register_dates():
    register = [PlanItem("Go live", ref="M-1", baseline_finish=d(10), actual_finish=d(12)),
                PlanItem("Design sign-off", baseline_finish=d(5)),
                PlanItem("Dropped", baseline_finish=d(3), status="cancelled")]
    tasks = [
        task("go  LIVE", d(8), milestone=True),  # same name, other spacing and case
        task("Sign-off", d(5), milestone=True, ref="M-1"),  # same ref as a register one
        task("dropped", d(3), milestone=True),  # cancelled in the register
        task("Build", d(9), actual=d(9)),
        task("Go live", d(11), actual=d(11)),  # same name but an ordinary task: its own item
    ]
    items = plan_items(tasks, register)
    assert [i.name for i in items] == ["Go live", "Design sign-off", "Build", "Go live"]
    assert items[0].baseline_finish == d(10)  # the register's date, not the plan's
    assert project_bei(tasks, register, STATUS) == Bei(3, 4)


# --- critical slip --------------------------------------------------------------------------


def test_critical_slip_is_the_latest_critical_item_and_open_items_finish_no_earlier_than_today():
    items = [
        PlanItem("a", critical=True, baseline_finish=d(10), actual_finish=d(14)),  # 4 late
        PlanItem("b", critical=True, baseline_finish=d(40), forecast_finish=d(49)),  # 9 late
        PlanItem("c", critical=False, baseline_finish=d(20), forecast_finish=d(80)),  # not critical
        PlanItem("d", critical=True, baseline_finish=d(25), forecast_finish=d(25)),  # stale
    ]
    assert critical_slip_days(items, STATUS) == 9
    # "d" was due on day 25 and is still open on the status date (day 30): 5 days late
    assert critical_slip_days(items[3:], STATUS) == 5
    assert critical_slip_days(items[2:3], STATUS) is None
    early = [PlanItem("e", critical=True, baseline_finish=d(40), forecast_finish=d(37))]
    assert critical_slip_days(early, STATUS) == -3


# --- the schedule RAG with a plan -----------------------------------------------------------


def facts(plan=None, **kw) -> ProjectFacts:
    base = dict(bac=None, eac=None, pv=None, ev=None, ac=None,
                baseline_start=date(2026, 1, 1), baseline_finish=date(2026, 12, 31),
                forecast_finish=date(2026, 12, 31))
    base.update(kw)
    return ProjectFacts(**base, plan=plan)


def plan_with(slip: int | None, bei: Bei) -> object:
    tasks = [PlanItem(f"t{i}", baseline_finish=d(1), actual_finish=d(1))
             for i in range(bei.completed)]
    tasks += [PlanItem(f"u{i}", baseline_finish=d(1)) for i in range(bei.baselined - bei.completed)]
    if slip is not None:
        tasks.append(PlanItem("crit", critical=True, baseline_finish=date(2026, 9, 1),
                              forecast_finish=date(2026, 9, 1) + timedelta(days=slip)))
    return plan_evidence(tasks, [], STATUS)


@pytest.mark.parametrize(("slip", "bei", "expected"), [
    # a 364-day baseline: 5 % is 18 days, 10 % is 36 days; 5 days absolute tolerance
    (None, Bei(0, 0), Rag.GREEN),       # nothing to say: the project's own figures stand
    (3, Bei(20, 20), Rag.GREEN),        # within 5 days, BEI 1.00
    (8, Bei(20, 20), Rag.AMBER),        # 2.2 % but over the 5-day tolerance
    (30, Bei(20, 20), Rag.AMBER),       # 8.2 %
    (40, Bei(20, 20), Rag.RED),         # 11 % late on the critical path
    (0, Bei(19, 20), Rag.GREEN),        # BEI 0.95 is the pass line
    (0, Bei(18, 20), Rag.AMBER),        # BEI 0.90
    (0, Bei(17, 20), Rag.AMBER),          # BEI 0.85: amber, not red
    (0, Bei(16, 20), Rag.RED),          # BEI 0.80
])
def test_plan_evidence_rolls_up_to_the_schedule_rag(slip, bei, expected):
    plan = plan_with(slip, bei)
    got = calculate(facts(plan), TH)["schedule"]
    assert got is expected
    without = calculate(facts(None), TH)["schedule"]
    assert without is Rag.GREEN  # the same project without a plan is on time


def test_projects_without_a_plan_keep_todays_rag_exactly():
    cases = [facts(), facts(forecast_finish=date(2027, 3, 1)),
             facts(baseline_start=None, baseline_finish=None, forecast_finish=None),
             facts(critical_overdue=1), facts(noncritical_overdue=2)]
    expected = [Rag.GREEN, Rag.RED, Rag.NOT_SET, Rag.RED, Rag.AMBER]
    assert [calculate(f, TH)["schedule"] for f in cases] == expected
    # a plan of summaries only is no plan
    assert plan_evidence([PlanItem("Phase", summary=True, baseline_finish=d(1))], [],
                         STATUS) is None


def test_the_plan_can_only_make_the_schedule_worse_and_uses_the_plan_span_without_dates():
    late = facts(forecast_finish=date(2027, 3, 1))  # red on its own
    assert calculate(facts(plan_with(0, Bei(20, 20)), forecast_finish=date(2027, 3, 1)),
                     TH)["schedule"] is calculate(late, TH)["schedule"] is Rag.RED
    # no project dates: the slip is a share of the plan's baselined span (100 days)
    tasks = [PlanItem("start", baseline_start=d(1), baseline_finish=d(2), actual_finish=d(2)),
             PlanItem("end", critical=True, baseline_start=d(2), baseline_finish=d(101),
                      forecast_finish=d(109))]
    plan = plan_evidence(tasks, [], STATUS)
    assert plan is not None and plan.critical_slip_days == 8
    assert (plan.baseline_start, plan.baseline_finish) == (d(1), d(101))
    assert rate_plan(plan, None, None, TH) is Rag.AMBER  # 8 % of 100 days
    bare = facts(plan, baseline_start=None, baseline_finish=None, forecast_finish=None)
    assert calculate(bare, TH)["schedule"] is Rag.AMBER


def test_bei_thresholds_are_configurable():
    plan = plan_with(None, Bei(9, 10))
    assert rate_plan(plan, None, None, TH) is Rag.AMBER
    assert rate_plan(plan, None, None, RagThresholds(bei_amber=0.9, bei_red=0.8)) is Rag.GREEN
