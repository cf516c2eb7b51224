"""Utilisation bands, hotspots and capacity hours (DOMAIN.md §4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain.capacity import (
    Hotspot, UtilBand, fte, hotspots, monthly_capacity_hours, parse_period, util_band,
    utilisation_pct, working_days,
)


def test_utilisation_pct():
    assert utilisation_pct(150, 150) == 100.0
    assert utilisation_pct(165, 150) == pytest.approx(110.0)
    assert utilisation_pct(0, 150) == 0.0
    assert utilisation_pct(10, 0) is None and utilisation_pct(10, -1) is None


@pytest.mark.parametrize("pct, band", [
    (None, UtilBand.NONE), (0.0, UtilBand.NONE), (0.1, UtilBand.LOW), (49.99, UtilBand.LOW),
    (50.0, UtilBand.UNDER), (79.99, UtilBand.UNDER), (80.0, UtilBand.TARGET),
    (100.0, UtilBand.TARGET), (100.01, UtilBand.OVER), (110.0, UtilBand.OVER),
    (110.01, UtilBand.HOTSPOT), (250.0, UtilBand.HOTSPOT),
])
def test_util_band_boundaries(pct, band):
    assert util_band(pct) is band


def test_util_band_on_computed_boundary():
    assert util_band(utilisation_pct(165, 150)) is UtilBand.OVER  # 110.00000000000001


def test_util_band_colours_and_labels():
    assert UtilBand.HOTSPOT.colour == "#D4351C" and UtilBand.OVER.colour == "#FFBF00"
    assert len({b.colour for b in UtilBand}) == len(UtilBand)
    assert all(b.label for b in UtilBand)


def test_hotspots_ranked_by_excess_hours():
    demand = {("Ann", "2025-05"): 200.0, ("Ann", "2025-06"): 160.0, ("Bob", "2025-05"): 120.0,
              ("Cat", "2025-05"): 165.0, ("Dan", "2025-05"): 50.0, ("Eve", "2025-05"): 30.0}
    capacity = {("Ann", "2025-05"): 150.0, ("Ann", "2025-06"): 150.0, ("Bob", "2025-05"): 80.0,
                ("Cat", "2025-05"): 150.0, ("Dan", "2025-05"): 0.0}
    found = hotspots(demand, capacity)
    assert [(h.who, h.period) for h in found] == [("Ann", "2025-05"), ("Bob", "2025-05")]
    assert found[0] == Hotspot("Ann", "2025-05", 200.0, 150.0, pytest.approx(133.333, abs=1e-3),
                               50.0)
    assert found[1].excess == 40.0 and found[1].utilisation_pct == 150.0
    # Cat at exactly 110 % is not above the person threshold; at role threshold 1.0 she is.
    roles = hotspots(demand, capacity, threshold=1.0)
    assert ("Cat", "2025-05") in [(h.who, h.period) for h in roles]
    assert ("Ann", "2025-06") in [(h.who, h.period) for h in roles]


def test_hotspot_ties_sort_by_who_then_period():
    demand = {("B", "2025-02"): 20.0, ("A", "2025-03"): 20.0, ("A", "2025-01"): 20.0}
    capacity = dict.fromkeys(demand, 10.0)
    assert [(h.who, h.period) for h in hotspots(demand, capacity)] == [
        ("A", "2025-01"), ("A", "2025-03"), ("B", "2025-02")]


@given(st.dictionaries(st.tuples(st.sampled_from("ABC"), st.sampled_from(["2025-01", "2025-02"])),
                       st.floats(min_value=0, max_value=500)),
       st.floats(min_value=1, max_value=300))
def test_hotspots_are_sorted_and_over_threshold(demand, cap):
    capacity = dict.fromkeys(demand, cap)
    found = hotspots(demand, capacity)
    assert all(h.demand / h.capacity > 1.1 for h in found)
    assert [h.excess for h in found] == sorted((h.excess for h in found), reverse=True)


def test_fte():
    assert fte(75, 150) == 0.5
    assert fte(10, 0) is None


@pytest.mark.parametrize("period, days", [
    ("2025-01", 23), ("2025-02", 20), ("2024-02", 21), ("2025-06", 21), ("2025-11", 20),
])
def test_working_days(period, days):
    assert working_days(period) == days


def test_monthly_capacity_hours():
    assert monthly_capacity_hours("2025-01") == 23 * 7.5
    assert monthly_capacity_hours("2025-02", 8, 0.6) == pytest.approx(20 * 8 * 0.6)


@pytest.mark.parametrize("bad", ["2025-13", "2025-1", "25-01", "2025/01", ""])
def test_period_must_be_yyyy_mm(bad):
    with pytest.raises(ValueError):
        parse_period(bad)
    with pytest.raises(ValueError):
        monthly_capacity_hours(bad)


def test_a_week_s_hours_are_a_working_day_s_over_the_five_day_week():
    from pmo_desktop.domain.capacity import WORKING_DAYS_PER_WEEK, hours_a_day

    assert WORKING_DAYS_PER_WEEK == 5
    assert (hours_a_day(40), hours_a_day(20), hours_a_day(37.5)) == (8.0, 4.0, 7.5)
