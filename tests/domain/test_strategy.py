"""Strategic alignment: contributions to weighted objectives."""

from __future__ import annotations

import pytest

from pmo_desktop.domain import strategy as ST


def test_alignment_score_and_unserved_objectives():
    weights = {"O1": 0.5, "O2": 0.3, "O3": 0.2}
    assert ST.alignment_score({"O1": 4, "O2": 4, "O3": 4}, weights) == pytest.approx(100)
    assert ST.alignment_score({"O1": ST.contribution_value("strong")}, weights) \
        == pytest.approx(0.5 * 3 / 4 * 100)
    assert ST.contribution_value("moderate") == 2 and ST.contribution_value(None, 3.5) == 3.5
    assert ST.contribution_value("9") == 4
    assert ST.unserved(["O1", "O2", "O3"], [("O1", 3), ("O2", 0)]) == ["O2", "O3"]
