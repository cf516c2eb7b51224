"""Risk scoring, bands and heatmap (DOMAIN.md §3.2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain.risk import (
    IMPACT_LABELS, PROBABILITY_LABELS, SCHEME_A, SCHEME_B, VALID_SCORES, Band, RiskBands,
    heatmap, probability_from_percent, score,
)

levels = st.integers(min_value=1, max_value=5)


def test_the_fourteen_possible_scores():
    assert VALID_SCORES == (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25)
    for impossible in (7, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24):
        assert impossible not in VALID_SCORES


def test_score():
    assert score(3, 4) == 12
    assert score(5, 5) == 25
    assert score(None, 3) is None and score(2, None) is None


@pytest.mark.parametrize("p, i", [(0, 3), (6, 1), (3, -1), (3, 10)])
def test_score_rejects_levels_outside_the_scale(p, i):
    with pytest.raises(ValueError):
        score(p, i)


@given(levels, levels)
def test_score_is_always_a_valid_score(p, i):
    assert score(p, i) in VALID_SCORES


@pytest.mark.parametrize("value, expected", [
    (1, Band.LOW), (3, Band.LOW), (4, Band.MEDIUM), (6, Band.MEDIUM), (8, Band.HIGH),
    (12, Band.HIGH), (15, Band.CRITICAL), (25, Band.CRITICAL),
])
def test_scheme_a_default(value, expected):
    assert RiskBands().band(value) is expected
    assert SCHEME_A == RiskBands()


@pytest.mark.parametrize("value, expected", [
    (1, Band.LOW), (4, Band.LOW), (5, Band.MEDIUM), (10, Band.MEDIUM), (12, Band.HIGH),
    (25, Band.HIGH),
])
def test_scheme_b(value, expected):
    assert SCHEME_B.band(value) is expected
    assert SCHEME_B.bands == (Band.LOW, Band.MEDIUM, Band.HIGH)


def test_band_covers_every_valid_score_and_rejects_others():
    assert [SCHEME_A.band(s).value for s in VALID_SCORES] == (
        ["low"] * 3 + ["medium"] * 3 + ["high"] * 4 + ["critical"] * 4)
    for bad in (0, 26, -1):
        with pytest.raises(ValueError):
            SCHEME_A.band(bad)


def test_band_labels_and_colours():
    assert [b.label for b in Band] == ["Low", "Medium", "High", "Critical"]
    assert Band.LOW.colour == "#00703C" and Band.CRITICAL.colour == "#D4351C"
    assert len({b.colour for b in Band}) == 4


def test_bands_round_trip_and_defaults():
    assert RiskBands.from_dict(RiskBands().to_dict()) == RiskBands()
    assert RiskBands.from_dict(SCHEME_B.to_dict()) == SCHEME_B
    assert RiskBands.from_dict({"medium_max": 5, "other": 1}) == RiskBands(medium_max=5)
    assert RiskBands.from_dict({}) == RiskBands()


def test_bands_must_rise():
    with pytest.raises(ValueError):
        RiskBands(low_max=6, medium_max=4)


def test_labels():
    assert PROBABILITY_LABELS[1] == "Rare" and PROBABILITY_LABELS[5] == "Almost certain"
    assert IMPACT_LABELS[1] == "Very low" and IMPACT_LABELS[5] == "Very high"
    assert sorted(PROBABILITY_LABELS) == sorted(IMPACT_LABELS) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("pct, level", [
    (0, 1), (10, 1), (10.5, 2), (11, 2), (30, 2), (31, 3), (50, 3), (51, 4), (70, 4),
    (70.1, 5), (100, 5),
])
def test_probability_from_percent(pct, level):
    assert probability_from_percent(pct) == level


@pytest.mark.parametrize("pct", [-1, 100.5, float("nan")])
def test_probability_from_percent_rejects_out_of_range(pct):
    with pytest.raises(ValueError):
        probability_from_percent(pct)


def test_heatmap_counts_by_probability_then_impact():
    grid = heatmap([(5, 5), (5, 5), (1, 3), (2, 1)])
    assert grid[4][4] == 2 and grid[0][2] == 1 and grid[1][0] == 1
    assert sum(map(sum, grid)) == 4
    assert heatmap([]) == [[0] * 5 for _ in range(5)]
    with pytest.raises(ValueError):
        heatmap([(0, 1)])


@given(st.lists(st.tuples(levels, levels)))
def test_heatmap_total_is_the_number_of_risks(cells):
    grid = heatmap(cells)
    assert len(grid) == 5 and all(len(row) == 5 for row in grid)
    assert sum(map(sum, grid)) == len(cells)


def test_band_ranges_use_possible_scores_only():
    from pmo_desktop.domain.risk import SCHEME_A, Band

    assert SCHEME_A.ranges() == ((Band.LOW, 1, 3), (Band.MEDIUM, 4, 6), (Band.HIGH, 8, 12),
                                 (Band.CRITICAL, 15, 25))


def test_the_risk_rag_of_scheme_a_is_domain_2_3():
    from pmo_desktop.domain.rag import Rag, RagThresholds, rate_risk
    from pmo_desktop.domain.risk import SCHEME_A, SCHEME_B, VALID_SCORES, with_risk_bands

    assert SCHEME_A.rag_scores() == (8, 15)  # ≤ 6 Green, 8–12 Amber, ≥ 15 Red
    assert with_risk_bands(RagThresholds(), SCHEME_A) == RagThresholds()
    th = with_risk_bands(RagThresholds(), SCHEME_B)  # three bands: High is the top, Red
    assert [rate_risk(v, th) for v in (4, 5, 10, 12)] == [Rag.GREEN, Rag.AMBER, Rag.AMBER,
                                                          Rag.RED]
    assert all(rate_risk(v, th) is SCHEME_B.rag(v) for v in VALID_SCORES)
