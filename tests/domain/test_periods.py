"""Which reporting periods may be closed, and which reopened."""

from __future__ import annotations

from datetime import date

from pmo_desktop.domain.periods import close_date_problem, reopen_problem

MARCH, APRIL, MAY = date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)


def test_a_period_up_to_the_limit_after_the_last_closed_one_can_close():
    assert close_date_problem(APRIL, limit=MAY, limit_is_setting=False, closed=[MARCH]) is None
    assert close_date_problem(MAY, limit=MAY, limit_is_setting=True, closed=[MARCH]) is None
    assert close_date_problem(MARCH, limit=MAY, limit_is_setting=False, closed=[]) is None


def test_a_closed_period_cannot_close_again():
    problem = close_date_problem(MARCH, limit=MAY, limit_is_setting=False,
                                 closed=[MARCH, APRIL])
    assert problem == "The period ending 2026-03-31 is already closed."


def test_a_period_after_the_limit_cannot_close_and_the_reason_names_the_limit():
    as_of = close_date_problem(MAY, limit=APRIL, limit_is_setting=True, closed=[])
    assert as_of is not None
    assert "after the portfolio's as-of date (2026-04-30)" in as_of
    today = close_date_problem(MAY, limit=APRIL, limit_is_setting=False, closed=[])
    assert today is not None
    assert "in the future (today is 2026-04-30)" in today
    assert "up to today" in today


def test_periods_close_in_date_order():
    problem = close_date_problem(MARCH, limit=MAY, limit_is_setting=False, closed={APRIL})
    assert problem is not None
    assert problem.startswith("Periods close in order: the last closed period ends 2026-04-30")


def test_only_the_latest_closed_period_reopens():
    assert reopen_problem(APRIL, [MARCH, APRIL]) is None
    older = reopen_problem(MARCH, [MARCH, APRIL])
    assert older is not None
    assert "Only the latest closed period can be reopened: it ends 2026-04-30" in older
    assert reopen_problem(MAY, [MARCH, APRIL]) == "No closed period ends 2026-05-31."
    assert reopen_problem(MAY, []) == "No closed period ends 2026-05-31."
