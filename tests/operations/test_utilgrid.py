"""operations.utilgrid: a scenario recomputes only what it touches, and its grid equals
the moves applied booking by booking (domain.whatif's reference)."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.whatif import Move, apply_moves, demand_by_person
from pmo_desktop.operations.utilgrid import net_moves
from pmo_desktop.operations.whatif import compute, load
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo


def test_net_moves_add_shifts_and_multiply_factors():
    moves = [Move("shift", "A", months=2), Move("scale", "A", factor=0.5),
             Move("shift", "A", months=-2), Move("shift", "B", months=1),
             Move("scale", "C", factor=1.0)]
    assert net_moves(moves) == {"A": (0, 0.5), "B": (1, 1.0)}


def test_the_fast_grid_equals_the_moves_applied_booking_by_booking(tmp_path):
    """operations.utilgrid recomputes only what a scenario touches; the grid equals
    domain.whatif's reference (every booking moved, then added up) on the demo."""
    with open_store(tmp_path / "demo.pmo") as demo:
        build_demo(demo, projects=12)
        inputs = load(demo, "2026-01", 24)
        codes = sorted(inputs.project_names)[:4]
        moves = [Move("shift", codes[0], months=3), Move("scale", codes[1], factor=0.5),
                 Move("shift", codes[0], months=-1), Move("shift", codes[2], months=-2),
                 Move("scale", codes[3], factor=2.0)]
        for committed_only in (False, True):
            for scenario in (moves[:1], moves[:3], moves):
                grid = compute(inputs, scenario, committed_only=committed_only)
                want = demand_by_person(apply_moves(inputs.bookings, scenario),
                                        committed_only=committed_only)
                got = {(p.name, grid.months[k]): h for p in grid.people
                       for k, h in enumerate(p.demand) if h}
                assert got.keys() == {k for k, h in want.items()
                                      if k[1] in grid.months and h} and \
                    all(got[k] == pytest.approx(want[k]) for k in got)
                assert set(grid._touched) == {
                    i for i, p in enumerate(grid.people)
                    if any(b.person == p.name for b in inputs.bookings
                           if b.project in {m.project for m in scenario})}
        # ten times the work of a booked project overloads its people: cells get worse
        grid = compute(inputs, [Move("scale", codes[0], factor=10.0)])
        assert grid.marks and set(grid.marks.values()) == {"worse"}
