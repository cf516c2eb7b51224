"""The counting rules of ``domain.portfolio_rules``: each boundary, once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pmo_desktop.domain.enums import PROJECT_STAGES, PROJECT_STATES, RAID_STATUSES
from pmo_desktop.domain.portfolio_rules import (
    INACTIVE_STATES, LOOKAHEAD_MONTHS, is_inactive, is_open_raid, is_over_allocated, is_stale,
    lookahead_bounds, lookahead_months, status_age,
)

AS_OF = date(2026, 11, 21)


def test_inactive_states_are_stored_states():
    assert INACTIVE_STATES <= set(PROJECT_STATES) and "closed" in PROJECT_STAGES
    assert [s for s in PROJECT_STATES if is_inactive(s)] == ["completed", "cancelled"]
    assert is_inactive("active", "closed") and not is_inactive("on_hold", "closing")
    assert not is_inactive(None) and not is_inactive("", None)


@pytest.mark.parametrize("age, stale", [(0, False), (35, False), (36, True), (400, True)])
def test_stale_boundary_is_inclusive(age, stale):
    assert is_stale(AS_OF - timedelta(days=age), AS_OF, 35, "active") is stale
    assert status_age(AS_OF - timedelta(days=age), AS_OF) == age


def test_no_status_is_stale_unless_the_project_is_over():
    assert is_stale(None, AS_OF, 35) and status_age(None, AS_OF) is None
    old = date(2025, 1, 31)
    assert not is_stale(old, AS_OF, 35, "completed")
    assert not is_stale(None, AS_OF, 35, "cancelled")
    assert not is_stale(old, AS_OF, 35, "active", "closed")
    assert is_stale(old, AS_OF, 35, "on_hold", "delivery")


@pytest.mark.parametrize("as_of, months", [
    (date(2026, 11, 21), ["2026-11", "2026-12", "2027-01", "2027-02"]),
    (date(2026, 1, 1), ["2026-01", "2026-02", "2026-03", "2026-04"]),
    (date(2026, 10, 31), ["2026-10", "2026-11", "2026-12", "2027-01"]),
])
def test_lookahead_is_the_as_of_month_and_the_next_three(as_of, months):
    assert LOOKAHEAD_MONTHS == 3
    assert lookahead_months(as_of) == months
    assert lookahead_bounds(as_of) == (months[0], months[-1])
    # Whatever the day, the next three months after it are inside the window.
    last = as_of + timedelta(days=3 * 31 - 3)
    assert f"{last:%Y-%m}" <= months[-1]


@pytest.mark.parametrize("pct, over", [
    (None, False), (0.0, False), (100.0, False), (100.0 + 1e-12, False), (100.01, True),
    (110.0, True), (250.0, True),
])
def test_over_allocated_is_strictly_above_100(pct, over):
    assert is_over_allocated(pct) is over


def test_open_raid_items():
    assert is_open_raid(None) and is_open_raid("") and is_open_raid("open")
    assert [s for s in RAID_STATUSES["risk"] if is_open_raid(s)] == [
        "draft", "open", "monitoring", "materialised"]
    assert [s for s in RAID_STATUSES["dependency"] if not is_open_raid(s)] == [
        "delivered", "cancelled"]
