"""RAID rules: closing/reopening per type, flags, severity of a materialised risk, movement."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import raid
from pmo_desktop.domain.enums import RAID_STATUSES, RAID_TYPES
from pmo_desktop.domain.portfolio_rules import is_open_raid
from pmo_desktop.domain.raid import Flag, Movement

AS_OF = date(2026, 11, 21)


@pytest.mark.parametrize("kind", RAID_TYPES)
def test_close_and_reopen_use_a_status_of_the_type_that_is_closed_then_open(kind):
    closed = raid.close_values(kind, AS_OF)
    assert closed["status"] in RAID_STATUSES[kind] and not is_open_raid(closed["status"])
    assert closed["closed_date"] == "2026-11-21"
    opened = raid.reopen_values(kind)
    assert opened["status"] in RAID_STATUSES[kind] and is_open_raid(opened["status"])
    assert opened["closed_date"] is None
    assert raid.can_reopen(closed["status"]) and not raid.can_close(closed["status"])
    assert raid.can_close(opened["status"]) and not raid.can_reopen(opened["status"])


def test_the_closing_status_of_each_type():
    assert raid.CLOSING_STATUS == {"risk": "closed", "issue": "closed", "assumption": "closed",
                                   "dependency": "delivered", "decision": "approved",
                                   "action": "done"}


def test_only_an_open_risk_can_materialise():
    assert raid.can_materialise("risk", "open") and raid.can_materialise("risk", None)
    assert not raid.can_materialise("risk", "closed")
    assert not raid.can_materialise("risk", "materialised")
    assert not raid.can_materialise("issue", "open")


@pytest.mark.parametrize(("impact", "residual", "severity"), [
    (1, None, "low"), (2, None, "low"), (3, None, "medium"), (4, None, "high"),
    (5, None, "critical"), (5, 2, "low"), (None, 4, "high"), (None, None, None)])
def test_severity_follows_the_residual_impact_else_the_inherent(impact, residual, severity):
    assert raid.severity_from_impact(impact, residual) == severity


def test_flags_of_an_open_item():
    assert raid.raid_flags("open", "Mia", "2026-11-20", "2026-11-01", AS_OF) == (
        Flag.REVIEW_OVERDUE, Flag.OVERDUE)
    assert raid.raid_flags(None, "  ", None, None, AS_OF) == (Flag.NO_OWNER,)
    # the as-of day itself is not overdue; later dates are not either
    assert raid.raid_flags("open", "Mia", "2026-11-21", "2026-12-01", AS_OF) == ()


def test_a_closed_item_raises_no_flag():
    assert raid.raid_flags("closed", None, "2020-01-01", "2020-01-01", AS_OF) == ()
    assert raid.raid_flags("done", None, "2020-01-01", "2020-01-01", AS_OF) == ()
    assert Flag.NO_OWNER.label == "No owner"
    assert (Flag.REVIEW_OVERDUE.label, Flag.REVIEW_OVERDUE.short) == ("Review overdue", "Review")


@pytest.mark.parametrize(("before", "after", "how"), [
    (None, (2, 3), Movement.IN), ((2, 3), None, Movement.OUT),
    ((2, 3), (4, 3), Movement.UP), ((4, 4), (2, 2), Movement.DOWN),
    ((2, 3), (3, 2), Movement.ACROSS), ((2, 3), (2, 3), None), (None, None, None)])
def test_movement_on_the_heat_map(before, after, how):
    assert raid.movement(before, after) is how


def test_a_move_reads_as_a_sentence():
    moved = raid.Moved("DCX", "R-4", "Vendor late", (2, 3), (4, 3), Movement.UP)
    assert moved.sentence() == "DCX R-4 Vendor late: up P2×I3 → P4×I3"
    assert "new at P1×I1" in raid.Moved("D", "R", "T", None, (1, 1), Movement.IN).sentence()
