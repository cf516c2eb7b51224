"""The plan items a project's schedule measures count (``domain.plan_measures``): its
plan's tasks and its register's milestones, read from the store (``plan_inputs``) or
from rows rewound to a period (``task_item`` / ``milestone_item``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from .sqlitedb import Database

from pmo_desktop.domain.plan_measures import Bei, PlanItem, project_bei
from pmo_desktop.domain.schedule import iso_date

_day = lru_cache(maxsize=8192)(iso_date)  # 10,000 projects' dates repeat a lot

PlanInputs = tuple[dict[int, list[PlanItem]], dict[int, list[PlanItem]]]
"""Per project id: its plan's tasks and its register's milestones."""

TASK_COLUMNS = ("name", "ref", "start_baseline", "finish_baseline", "finish_forecast",
                "finish_actual", "pct_complete", "status", "critical", "is_summary",
                "is_milestone")
MILESTONE_COLUMNS = ("name", "ref", "baseline_date", "forecast_date", "actual_date",
                     "pct_complete", "status", "critical")


def _task(values: tuple[Any, ...]) -> PlanItem:
    name, ref, b_start, b_finish, f_finish, a_finish, pct, status, crit, summ, mile = values
    return PlanItem(str(name or ""), ref, _day(b_start), _day(b_finish), _day(f_finish),
                    _day(a_finish), pct, status, bool(crit), bool(summ), bool(mile))


def _milestone(values: tuple[Any, ...]) -> PlanItem:
    name, ref, base, forecast, actual, pct, status, crit = values
    return PlanItem(str(name or ""), ref, None, _day(base), _day(forecast), _day(actual), pct,
                    status, bool(crit), False, True)


def task_item(row: Mapping[str, Any]) -> PlanItem:
    """A stored task row (a dict) as a plan item."""
    return _task(tuple(row.get(c) for c in TASK_COLUMNS))


def milestone_item(row: Mapping[str, Any]) -> PlanItem:
    """A stored milestone row (a dict) as a plan item."""
    return _milestone(tuple(row.get(c) for c in MILESTONE_COLUMNS))


def plan_inputs(db: Database, scope: str = "",
                params: Iterable[Any] = ()) -> PlanInputs:
    """The tasks and milestones of every project, or of those ``scope`` (an SQL
    condition on ``project_id``) selects. Summary tasks are kept: ``plan_evidence``
    tells a plan of summaries only from none."""
    where, marks = (f" WHERE {scope}" if scope else ""), list(params)
    tasks: dict[int, list[PlanItem]] = defaultdict(list)
    for row in db.conn.execute(
            f"SELECT project_id, {', '.join(TASK_COLUMNS)} FROM task{where}", marks):
        tasks[int(row[0])].append(_task(row[1:]))
    milestones: dict[int, list[PlanItem]] = defaultdict(list)
    for row in db.conn.execute(
            f"SELECT project_id, {', '.join(MILESTONE_COLUMNS)} FROM milestone{where}", marks):
        milestones[int(row[0])].append(_milestone(row[1:]))
    return tasks, milestones


def beis_of(tasks: Iterable[Any], milestones: Iterable[Any], as_of: date) -> dict[str, Bei]:
    """Each project's BEI (by ``project_code``) from pack rows (``PlanTaskRow``,
    ``MilestoneRow``): the rule ``portfolio_status`` applies to the stored rows."""
    plan: dict[str, list[PlanItem]] = defaultdict(list)
    register: dict[str, list[PlanItem]] = defaultdict(list)
    for t in tasks:
        plan[t.project_code].append(task_item(vars(t)))
    for m in milestones:
        register[m.project_code].append(milestone_item(vars(m)))
    return {code: project_bei(plan.get(code, ()), register.get(code, ()), as_of)
            for code in set(plan) | set(register)}


__all__ = ["MILESTONE_COLUMNS", "PlanInputs", "beis_of", "TASK_COLUMNS", "milestone_item", "plan_inputs",
           "task_item"]
