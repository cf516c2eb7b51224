"""The plan rules: working-day arithmetic and a project's dates and % complete rolled up
from its tasks (domain.plan)."""

from __future__ import annotations

from datetime import date

from pmo_desktop.domain.plan import (
    PlanTask, add_working_days, finish_from, roll_up, start_from, working_days,
)


def test_working_days_skip_weekends():
    friday = date(2026, 1, 9)
    assert add_working_days(friday, 1) == date(2026, 1, 12)  # Monday
    assert add_working_days(date(2026, 1, 12), -1) == friday
    assert add_working_days(date(2026, 1, 10), 0) == date(2026, 1, 12)  # a Saturday start
    assert working_days(date(2026, 1, 5), date(2026, 1, 16)) == 10  # two weeks
    assert working_days(date(2026, 1, 16), date(2026, 1, 5)) == 0


def test_a_duration_counts_its_first_and_last_day():
    monday = date(2026, 1, 5)
    assert finish_from(monday, 5) == date(2026, 1, 9)  # Mon–Fri
    assert finish_from(monday, 6) == date(2026, 1, 12)  # over the weekend
    assert finish_from(monday, 1) == monday and finish_from(monday, 0) == monday
    assert start_from(date(2026, 1, 9), 5) == monday


def test_roll_up_takes_earliest_start_latest_finish_and_duration_weighted_percent():
    tasks = [
        PlanTask(date(2026, 1, 5), date(2026, 6, 30), None, 0.5, is_summary=True),  # repeats
        PlanTask(date(2026, 1, 5), date(2026, 1, 16), 10, 1.0),
        PlanTask(date(2026, 1, 19), date(2026, 1, 23), 5, 0.4),
        PlanTask(date(2026, 2, 2), date(2026, 3, 13), 30, 0.0),
        PlanTask(date(2026, 3, 13), date(2026, 3, 13), 0, 0.0),  # a milestone weighs nothing
    ]
    up = roll_up(tasks)
    assert (up.start, up.finish) == (date(2026, 1, 5), date(2026, 3, 13))
    assert up.pct_complete == round((10 * 1.0 + 5 * 0.4) / 45, 4)


def test_roll_up_weighs_tasks_by_their_dates_when_they_give_no_duration():
    up = roll_up([PlanTask(date(2026, 1, 5), date(2026, 1, 9), None, 1.0),  # 5 days
                  PlanTask(date(2026, 1, 12), date(2026, 1, 30), None, 0.0)])  # 15 days
    assert up.pct_complete == 0.25


def test_roll_up_of_milestones_only_or_of_nothing():
    only = roll_up([PlanTask(date(2026, 1, 5), None, 0, 1.0),
                    PlanTask(None, date(2026, 2, 5), 0, 0.0)])
    assert (only.start, only.finish, only.pct_complete) == (
        date(2026, 1, 5), date(2026, 2, 5), 0.5)
    empty = roll_up([])
    assert (empty.start, empty.finish, empty.pct_complete) == (None, None, None)
