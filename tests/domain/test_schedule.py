"""Slip and milestone status (DOMAIN.md §2.3, §2.7)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain.enums import MILESTONE_STATUSES
from pmo_desktop.domain.schedule import (
    completion_status, is_overdue, milestone_status, slip_days, slip_pct,
)

D = date


def test_slip_days_are_calendar_days():
    assert slip_days(D(2025, 3, 1), D(2025, 3, 15)) == 14
    assert slip_days(D(2025, 3, 15), D(2025, 3, 1)) == -14
    assert slip_days(D(2025, 2, 28), D(2025, 3, 1)) == 1
    assert slip_days(None, D(2025, 3, 1)) is None and slip_days(D(2025, 3, 1), None) is None


def test_slip_pct():
    # 100-day baseline, 5 days late → 5 %, 10 days → 10 %.
    start, finish = D(2025, 1, 1), D(2025, 4, 11)
    assert (finish - start).days == 100
    assert slip_pct(start, finish, finish + timedelta(days=5)) == 5.0
    assert slip_pct(start, finish, finish + timedelta(days=10)) == 10.0
    assert slip_pct(start, finish, finish - timedelta(days=20)) == -20.0


@pytest.mark.parametrize("start, finish, forecast", [
    (None, D(2025, 2, 1), D(2025, 2, 2)), (D(2025, 1, 1), None, D(2025, 2, 2)),
    (D(2025, 1, 1), D(2025, 2, 1), None), (D(2025, 2, 1), D(2025, 2, 1), D(2025, 2, 3)),
    (D(2025, 3, 1), D(2025, 2, 1), D(2025, 2, 3)),
])
def test_slip_pct_undefined(start, finish, forecast):
    assert slip_pct(start, finish, forecast) is None


def test_is_overdue_is_strictly_past_baseline_and_not_complete():
    as_of = D(2025, 5, 15)
    assert is_overdue(D(2025, 5, 14), None, as_of)
    assert not is_overdue(D(2025, 5, 15), None, as_of)  # due today is not yet overdue
    assert not is_overdue(D(2025, 5, 1), D(2025, 5, 20), as_of)
    assert not is_overdue(None, None, as_of)


AS_OF = D(2025, 5, 15)


@pytest.mark.parametrize("baseline, forecast, actual, cancelled, expected", [
    (D(2025, 5, 1), None, None, True, "cancelled"),
    (D(2025, 5, 10), None, D(2025, 5, 10), False, "complete_on_time"),
    (D(2025, 5, 10), None, D(2025, 5, 9), False, "complete_on_time"),
    (D(2025, 5, 10), None, D(2025, 5, 11), False, "complete_late"),
    (None, None, D(2025, 5, 11), False, "complete_on_time"),
    (D(2025, 5, 14), None, None, False, "missed"),
    (D(2025, 5, 14), D(2025, 5, 20), None, False, "missed"),
    (D(2025, 6, 30), D(2025, 7, 10), None, False, "forecast_late"),
    (D(2025, 5, 20), D(2025, 5, 25), None, False, "forecast_late"),
    (D(2025, 5, 15), None, None, False, "due_this_period"),
    (D(2025, 5, 31), None, None, False, "due_this_period"),
    (D(2025, 6, 20), D(2025, 5, 28), None, False, "due_this_period"),  # forecast early
    (D(2025, 6, 1), None, None, False, "not_due"),
    (None, None, None, False, "not_due"),
])
def test_milestone_status(baseline, forecast, actual, cancelled, expected):
    assert milestone_status(baseline, forecast, actual, AS_OF, cancelled=cancelled) == expected


def test_milestone_status_with_explicit_period():
    june = D(2025, 6, 1)
    assert milestone_status(june, None, None, AS_OF) == "not_due"
    assert milestone_status(june, None, None, AS_OF, D(2025, 5, 1),
                            period_end=D(2025, 6, 14)) == "due_this_period"
    # At a period-end status date everything due in the period is complete or missed.
    end = D(2025, 5, 31)
    assert milestone_status(D(2025, 5, 20), None, None, end, D(2025, 5, 1)) == "missed"


dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))


@given(st.one_of(st.none(), dates), st.one_of(st.none(), dates), st.one_of(st.none(), dates),
       dates, st.booleans())
def test_milestone_status_is_always_canonical(baseline, forecast, actual, as_of, cancelled):
    status = milestone_status(baseline, forecast, actual, as_of, cancelled=cancelled)
    assert status in MILESTONE_STATUSES
    assert (status == "missed") == (not cancelled and is_overdue(baseline, actual, as_of))


def test_completion_status_is_late_only_after_the_baseline():
    base = date(2026, 11, 10)
    assert completion_status(base, date(2026, 11, 10)) == "complete_on_time"
    assert completion_status(base, date(2026, 11, 11)) == "complete_late"
    assert completion_status(None, date(2026, 11, 11)) == "complete_on_time"
    assert completion_status(base, None) == "complete_on_time"
    # the status of a completed milestone is the same rule
    for actual in (date(2026, 11, 9), date(2026, 11, 12)):
        assert milestone_status(base, None, actual, date(2026, 12, 1)) == \
            completion_status(base, actual)
