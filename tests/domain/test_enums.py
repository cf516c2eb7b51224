"""The canonical enumerations: stored forms, their relations, and their labels."""

from __future__ import annotations

import re

from pmo_desktop.domain import enums
from pmo_desktop.domain.enums import (
    CR_DECIDED_STATUSES, CR_STATUSES, RAID_CLOSED_STATUSES, RAID_STATUSES, RAID_TYPES,
    label,
)

STORED = re.compile(r"[a-z]+(?:_[a-z]+)*")


def _value_lists() -> dict[str, tuple[str, ...]]:
    return {name: value for name, value in vars(enums).items()
            if name.isupper() and isinstance(value, tuple)}


def test_every_value_is_stored_lower_case_once():
    lists = _value_lists()
    assert {"RAG_VALUES", "PROJECT_STATES", "RAID_TYPES", "CR_STATUSES"} <= set(lists)
    for name, values in lists.items():
        assert values, name
        assert len(set(values)) == len(values), f"{name} repeats a value: {values}"
        bad = [v for v in values if not STORED.fullmatch(v)]
        assert bad == [], f"{name} holds values not in stored form: {bad}"


def test_every_raid_type_has_its_statuses_and_a_way_to_close():
    assert set(RAID_STATUSES) == set(RAID_TYPES)
    for kind, statuses in RAID_STATUSES.items():
        open_ = [s for s in statuses if s not in RAID_CLOSED_STATUSES]
        done = [s for s in statuses if s in RAID_CLOSED_STATUSES]
        assert open_ and done, f"{kind}: open {open_}, closed {done}"
    every_status = {s for statuses in RAID_STATUSES.values() for s in statuses}
    assert RAID_CLOSED_STATUSES <= every_status, RAID_CLOSED_STATUSES - every_status


def test_decided_change_requests_are_change_request_statuses():
    assert CR_DECIDED_STATUSES <= set(CR_STATUSES)
    assert "approved" in CR_DECIDED_STATUSES
    assert "submitted" not in CR_DECIDED_STATUSES


def test_label_is_what_people_read():
    assert label("on_hold") == "On hold"
    assert label("red") == "Red"
    assert label("corporate_or_programme") == "Corporate or programme"
    assert label("due_this_period") == "Due this period"
    assert label(None) == ""
    assert label("") == ""
    # Every stored value has a label that reads back to it.
    for values in _value_lists().values():
        for v in values:
            assert label(v).lower().replace(" ", "_") == v
