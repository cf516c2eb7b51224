"""Prioritising from plain rows: candidates chosen by state and pipeline stage, scores by
the model (or alignment without one), objective lines, refusals."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.priorities import (
    PriorityError, build_strategy, objective_lines, prioritise,
)

CRITERIA = [{"name": "value", "weight": 0.6, "direction": None},
            {"name": "risk", "weight": 0.4, "direction": "reverse"}]
PROJECTS = [{"code": "A", "name": "Alpha", "state": "active", "bac": 100.0, "eac": 120.0,
             "rag_overall": "red"},
            {"code": "B", "name": "Beta", "state": "active", "bac": 80.0, "eac": None},
            {"code": "Z", "name": "Done", "state": "completed", "bac": 50.0}]
PROPOSALS = [{"code": "P", "name": "Pitch", "status": "assessed", "estimated_cost": 30.0,
              "effort_by_role": "Dev=120", "start_date": "2027-01-01",
              "end_date": "2027-03-31"},
             {"code": "R", "name": "Rejected", "status": "rejected", "estimated_cost": 1.0}]
SCORES = [{"item": "A", "criterion": "value", "value": 5}, {"item": "A", "criterion": "risk",
                                                            "value": 5},
          {"item": "B", "criterion": "value", "value": 4}, {"item": "B", "criterion": "risk",
                                                            "value": 1},
          {"item": "P", "criterion": "value", "value": 3}, {"item": "P", "criterion": "risk",
                                                            "value": 3}]
OBJECTIVES = [{"code": "O1", "name": "Grow", "owner": "CEO", "weight": 0.7},
              {"code": "O2", "name": "Green", "owner": "CSO", "weight": 0.3}]
CONTRIBS = [{"item": "A", "objective": "O1", "level": "strong", "value": None},
            {"item": "P", "objective": "O1", "level": "low", "value": None}]


def _data(criteria=CRITERIA):
    return build_strategy(criteria, SCORES, CONTRIBS, OBJECTIVES, PROJECTS, PROPOSALS,
                          {"A": {("Dev", "2027-01"): 100.0}}, {("Dev", "2027-01"): 120.0})


def test_candidates_costs_and_demand():
    data = _data()
    assert [i.code for i in data.projects] == ["A", "B"]  # a completed one is not
    assert [i.code for i in data.proposals] == ["P"]  # a rejected one is not
    assert data.projects[0].cost == 120.0 and data.projects[1].cost == 80.0  # EAC, else BAC
    assert data.proposals[0].demand[("Dev", "2027-02")] == pytest.approx(40.0)


def test_scores_reverse_risk_and_alignment_without_a_model():
    data = _data()
    ranked = data.ranked(data.candidates(True))
    # B: 0.6·4 + 0.4·(6−1) = 4.4 → 85; A: 0.6·5 + 0.4·1 = 3.4 → 60; P: 3 → 50
    assert [(r.code, round(r.score, 1)) for r in ranked] == [("B", 85.0), ("A", 60.0),
                                                            ("P", 50.0)]
    bare = _data(criteria=[])
    assert [r.code for r in bare.ranked(bare.candidates(True))][0] == "A"  # by alignment


def test_prioritise_with_capacity_and_refusals():
    data = _data()
    free = prioritise(data, 200, include_proposals=True)
    assert sorted(free["selected"]) == ["A", "B"] and free["total_score"] == 145.0
    capped = prioritise(data, 1000, include_proposals=True, with_capacity=True)
    assert not ({"A", "P"} <= set(capped["selected"]))  # 100 + 40 Dev hours > 120
    with pytest.raises(PriorityError, match="no candidate Z"):
        prioritise(data, 100, force=["Z"])
    with pytest.raises(PriorityError, match="negative"):
        prioritise(data, -1)


def test_objective_lines():
    lines = objective_lines(_data())
    assert lines[0].projects == ("A",) and lines[0].proposals == ("P",)
    assert lines[0].budget == 100.0 and lines[0].rag["red"] == 1
    assert lines[1].unserved
