"""The pipeline's moves, realised benefit (§7.2) and the power/interest grid (§7.4)."""

from __future__ import annotations

import pytest

from pmo_desktop.domain import governance as G


def test_pipeline_moves_and_realised_benefit():
    G.check_move("idea", "submitted")
    G.check_move("approved", "started")
    with pytest.raises(G.PipelineError, match="can move to"):
        G.check_move("idea", "started")
    with pytest.raises(G.PipelineError, match="final"):
        G.check_move("rejected", "assessed")
    # direction-aware: a cost per call meant to fall from 12 to 8 is half there at 10
    assert G.realised_pct(12, 8, 10) == pytest.approx(0.5)
    assert G.realised_pct(100, 200, 250) == pytest.approx(1.5)
    assert G.realised_pct(5, 5, 7) is None and G.realised_pct(None, 5, 7) is None
    assert G.latest_actual({"2026-01-31": 3, "2026-03-31": 5}) == ("2026-03-31", 5)

def test_power_interest_grid():
    assert G.grid_quadrant(5, 5) == "manage closely"
    assert G.grid_quadrant(4, 1) == "keep satisfied"
    assert G.grid_quadrant(2, 4) == "keep informed"
    assert G.grid_quadrant(1, 2) == "monitor"
    assert G.grid_quadrant(None, 2) is None
