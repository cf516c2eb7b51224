"""A plan's cells: predecessors in every common form read as links and written in one
canonical form, matched to the plan's own refs; durations in working days."""

from __future__ import annotations

import pytest

from pmo_desktop.importing.planlinks import Refs, canonical, resolve
from pmo_desktop.importing.predecessors import LinkProblem, parse_duration, parse_links


@pytest.mark.parametrize("text, expected", [
    ("2FS+3d", "2FS+3d"),
    ("5SS-1d", "5SS-1d"),
    ("3;4", "3; 4"),
    ("3", "3"),
    (7, "7"),
    (7.0, "7"),
    ("4 FF + 2 days", "4FF+2d"),
    ("7SF+1w", "7SF+5d"),
    ("12FS+0d", "12"),
    ("3EA+2t", "3FS+2d"),  # German: Ende-Anfang, Tage
    ("2fs+4h", "2FS+0.5d"),
    ("A-3, B-4SS", "A-3; B-4SS"),
])
def test_predecessors_read_in_their_common_forms(text, expected):
    assert canonical(parse_links(text)) == expected


def test_empty_predecessors_are_none_and_nonsense_is_refused_with_a_reason():
    assert parse_links(None) is None and parse_links("  ") is None
    with pytest.raises(LinkProblem, match="is not a predecessor"):
        parse_links("after design")
    with pytest.raises(LinkProblem, match="unit"):
        parse_links("3FS+2parsecs")


def test_serial_numbers_and_ranges_match_the_plans_refs():
    refs = Refs(["1", "1.01", "1.02", "1.1", "2"])  # "1.0" was typed, "1.10" became 1.1
    links, missing = resolve(parse_links("1.0, 1.01"), refs)
    assert canonical(links) == "1; 1.01" and missing == []
    links, missing = resolve(parse_links("1.00-1.10"), refs)
    assert canonical(links) == "1; 1.01; 1.02; 1.1"
    links, missing = resolve(parse_links("2SS+1d; 9"), refs)
    assert canonical(links) == "2SS+1d" and missing == ["9"]


@pytest.mark.parametrize("value, days", [
    (5, 5.0), ("5d", 5.0), ("5 d", 5.0), ("3 wks", 15.0), ("10 days", 10.0),
    ("2.5 days", 2.5), ("2,5 Tage", 2.5), ("16h", 2.0), ("2 Wochen", 10.0),
    ("3 dias úteis", 3.0), ("5 jours", 5.0), ("1 mo", 20.0), ("0", 0.0), ("5 d?", 5.0),
])
def test_durations_in_working_days(value, days):
    assert parse_duration(value) == days


def test_a_duration_that_is_not_one_is_refused():
    assert parse_duration(None) is None and parse_duration("") is None
    for bad in ("soon", "3 parsecs", -2):
        with pytest.raises(LinkProblem):
            parse_duration(bad)
