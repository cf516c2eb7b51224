"""What-if moves, capacity with leave, units and cell bands (DOMAIN.md §4, issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain.capacity import (
    UtilBand, capacity_hours, cell_band, cell_text, to_hours, utilisation_ratio, working_days,
)
from pmo_desktop.domain.whatif import (
    Booking, Move, apply_moves, compare, demand_by_person, net_factor, net_shift,
    over_allocated, parse_scale, parse_shift, shift_date, shift_period,
)


def test_capacity_with_leave_and_part_time():
    days = working_days("2027-03")  # 23 weekdays
    assert capacity_hours("2027-03") == days * 7.5
    assert capacity_hours("2027-03", 7.5, 0.6) == pytest.approx(days * 7.5 * 0.6)
    assert capacity_hours("2027-03", 7.5, 1.0, leave_hours=37.5, holiday_hours=7.5) == \
        pytest.approx(days * 7.5 - 45)
    assert capacity_hours("2027-03", 7.5, 0.5, leave_hours=500) == 0.0


def test_units_hours_days_fte_percent():
    std = working_days("2027-03") * 8
    assert to_hours(10, "h", "2027-03") == 10
    assert to_hours(10, "d", "2027-03", hours_per_day=8) == 80
    assert to_hours(0.5, "fte", "2027-03", hours_per_day=8) == pytest.approx(std / 2)
    assert to_hours(50, "%", "2027-03", capacity=120) == 60
    assert to_hours(50, "%", "2027-03", hours_per_day=8) == pytest.approx(std / 2)
    with pytest.raises(ValueError):
        to_hours(1, "weeks", "2027-03")


@pytest.mark.parametrize("demand, capacity, band", [
    (0, 0, UtilBand.NONE), (10, 0, UtilBand.NONE), (0, 100, UtilBand.FREE),
    (49.99, 100, UtilBand.LOW), (50, 100, UtilBand.UNDER), (80, 100, UtilBand.TARGET),
    (100, 100, UtilBand.TARGET), (100.01, 100, UtilBand.OVER), (110, 100, UtilBand.OVER),
    (110.01, 100, UtilBand.HOTSPOT),
])
def test_cell_band_edges_and_free_differs_from_not_available(demand, capacity, band):
    assert cell_band(demand, capacity) is band


def test_cell_text_and_ratio():
    assert cell_text(0, 0) == "n/a" and cell_text(0, 100) == "0%"
    assert cell_text(85, 100) == "85%" and cell_text(12, 0) == "12h"
    assert utilisation_ratio(5, 0) is None and utilisation_ratio(75, 150) == 0.5


def test_shift_period_and_date():
    assert shift_period("2027-11", 3) == "2028-02"
    assert shift_period("2027-01", -1) == "2026-12"
    assert shift_date(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert shift_date(date(2027, 5, 15), -6) == date(2026, 11, 15)


def test_parse_moves():
    assert parse_shift("ALPHA:+3") == Move("shift", "ALPHA", months=3)
    assert parse_shift("P-01:-2") == Move("shift", "P-01", months=-2)
    assert parse_scale("ALPHA:0.5") == Move("scale", "ALPHA", factor=0.5)
    for bad in ("ALPHA", "ALPHA:x", ":3"):
        with pytest.raises(ValueError):
            parse_shift(bad)
    with pytest.raises(ValueError):
        parse_scale("ALPHA:-1")


def _rows():
    return [Booking("Ann", "A", "2027-01", 100), Booking("Ann", "B", "2027-01", 60),
            Booking("Ann", "A", "2027-02", 100), Booking(None, "A", "2027-01", 40, role="Dev"),
            Booking("Bob", "B", "2027-02", 20, booking="proposed")]


def test_stacked_moves_shift_and_scale_only_their_project():
    moved = apply_moves(_rows(), [Move("shift", "A", months=1), Move("scale", "A", factor=0.5),
                                  Move("shift", "A", months=1)])
    a = sorted((b.period, b.hours) for b in moved if b.project == "A" and b.person)
    assert a == [("2027-03", 50.0), ("2027-04", 50.0)]
    assert [b for b in moved if b.project == "B"] == [b for b in _rows() if b.project == "B"]
    moves = [Move("shift", "A", months=2), Move("scale", "A", factor=0.5),
             Move("scale", "A", factor=3)]
    assert net_shift(moves, "A") == 2 and net_factor(moves, "A") == 1.5
    assert net_shift(moves, "B") == 0 and net_factor(moves, "B") == 1.0


def test_demand_and_which_cells_got_worse_or_better():
    cap = {("Ann", "2027-01"): 150.0, ("Ann", "2027-02"): 150.0, ("Ann", "2027-03"): 150.0,
           ("Bob", "2027-02"): 150.0}
    before = demand_by_person(_rows())
    assert before == {("Ann", "2027-01"): 160, ("Ann", "2027-02"): 100, ("Bob", "2027-02"): 20}
    assert demand_by_person(_rows(), committed_only=True) == {
        ("Ann", "2027-01"): 160, ("Ann", "2027-02"): 100}
    after = demand_by_person(apply_moves(_rows(), [Move("shift", "B", months=1)]))
    # Ann Jan 160 → 100 (was 10 h over: better); Feb 100 → 160 (now over: worse);
    # Bob Feb → Mar: under capacity both times, no mark; Bob Mar has no capacity: worse.
    assert compare(before, after, cap) == {("Ann", "2027-01"): "better",
                                           ("Ann", "2027-02"): "worse",
                                           ("Bob", "2027-03"): "worse"}
    assert over_allocated(after, cap) == [("Ann", "2027-02", pytest.approx(160 / 150)),
                                          ("Bob", "2027-03", None)]
