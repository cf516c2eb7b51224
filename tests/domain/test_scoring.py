"""The weighted scoring model (DOMAIN §8.1) and pairwise driver weights (§8.2),
against §8.3's worked example."""

from __future__ import annotations

import pytest

from pmo_desktop.domain import scoring as S

CRITERIA = [S.Criterion("strategic", 0.30), S.Criterion("financial", 0.25),
            S.Criterion("risk", 0.15), S.Criterion("urgency", 0.20),
            S.Criterion("feasibility", 0.10)]
# §8.3's table: the risk column is already reverse-scored there (5 = low risk).
TABLE = {"A": (5, 3, 4, 2, 4, 400, 3.0), "B": (4, 5, 2, 3, 4, 300, 2.0),
         "C": (2, 2, 5, 5, 5, 150, 1.0), "D": (3, 4, 3, 1, 2, 250, 2.5),
         "E": (5, 5, 3, 4, 2, 500, 4.0)}
WEIGHTED = {"A": 3.65, "B": 3.75, "C": 3.35, "D": 2.75, "E": 4.20}
NORM = {"A": 66.25, "B": 68.75, "C": 58.75, "D": 43.75, "E": 80.00}


def _scores(reverse_typed: bool = False) -> dict[str, dict[str, float]]:
    out = {}
    for code, row in TABLE.items():
        own = dict(zip([c.name for c in CRITERIA], row[:5]))
        if reverse_typed:  # risk typed as people rate risk: 5 = high risk
            own["risk"] = 6 - own["risk"]
        out[code] = own
    return out

def test_weighted_scores_match_the_worked_example():
    for code, own in _scores().items():
        weighted = S.weighted_score(own, CRITERIA)
        assert weighted == pytest.approx(WEIGHTED[code])
        assert S.normalised(weighted) == pytest.approx(NORM[code])

def test_a_reverse_scored_criterion_turns_a_typed_high_risk_into_a_low_score():
    reverse = [S.Criterion(c.name, c.weight, c.name == "risk") for c in CRITERIA]
    for code, own in _scores(reverse_typed=True).items():
        assert S.weighted_score(own, reverse) == pytest.approx(WEIGHTED[code])
    # without reversing, a riskier project would score higher: the bug this catches
    assert S.weighted_score(_scores(True)["B"], CRITERIA) != pytest.approx(WEIGHTED["B"])

def test_weights_must_sum_to_100_percent():
    with pytest.raises(S.ScoringError, match="95.0%"):
        S.check_weights([S.Criterion("a", 0.5), S.Criterion("b", 0.45)])
    S.check_weights([S.Criterion("a", 0.5), S.Criterion("b", 0.499)])
    assert S.normalise_weights({"a": 2, "b": 6}) == {"a": 0.25, "b": 0.75}

def test_ranks_and_ties_break_by_heaviest_criterion_then_cost_then_code():
    ranked = S.rank(_scores(), CRITERIA)
    assert [r.code for r in ranked] == ["E", "B", "A", "C", "D"]
    crit = [S.Criterion("s", 0.5), S.Criterion("f", 0.5)]
    tied = {"X": {"s": 3, "f": 5}, "Y": {"s": 5, "f": 3}, "Z": {"s": 5, "f": 3},
            "W": {"s": 5, "f": 3}}
    order = [r.code for r in S.rank(tied, crit, {"X": 1, "Y": 300, "Z": 100, "W": 100})]
    assert order == ["W", "Z", "Y", "X"]  # same score: s=5 first, then cheaper, then code
    assert S.rank(tied, crit)[0].score == pytest.approx(75.0)

def test_rank_changes_when_a_weight_moves():
    before = S.rank(_scores(), CRITERIA)
    moved = [S.Criterion("strategic", 0.10), S.Criterion("financial", 0.25),
             S.Criterion("risk", 0.15), S.Criterion("urgency", 0.40),
             S.Criterion("feasibility", 0.10)]
    after = S.rank(_scores(), moved)
    changes = S.rank_changes(before, after)
    assert changes and all(v != 0 for v in changes.values())
    assert changes["C"] > 0  # urgency heavier: C (urgency 5) climbs
    assert sum(changes.values()) == 0

def test_an_unscored_candidate_scores_zero_and_a_score_off_the_scale_is_refused():
    assert S.weighted_score({}, CRITERIA) is None and S.normalised(None) == 0.0
    with pytest.raises(S.ScoringError):
        S.weighted_score({"strategic": 6}, CRITERIA)

def test_pairwise_weights_and_consistency():
    consistent = S.pairwise_weights(["a", "b", "c"], {("a", "b"): 2, ("a", "c"): 4,
                                                      ("b", "c"): 2})
    assert consistent.weights["a"] == pytest.approx(4 / 7, abs=1e-9)
    assert consistent.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert consistent.consistency == pytest.approx(1.0)
    # Saaty's textbook 3×3 matrix: weights ≈ 0.637/0.258/0.105, CR ≈ 0.033
    saaty = S.pairwise_weights(["x", "y", "z"], {("x", "y"): 3, ("x", "z"): 5,
                                                 ("y", "z"): 3})
    assert [round(saaty.weights[k], 3) for k in "xyz"] == [0.637, 0.258, 0.105]
    assert saaty.consistency_ratio == pytest.approx(0.033, abs=0.002)
    wild = S.pairwise_weights(["x", "y", "z"], {("x", "y"): "extremely_more",
                                                ("y", "z"): "extremely_more",
                                                ("z", "x"): "extremely_more"})
    assert wild.consistency_ratio > 0.10 and wild.consistency < 0.8
