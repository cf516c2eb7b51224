"""Prioritising a real demo portfolio: what ``load_strategy`` reads, ranking as weights
move, selection with role capacity, and the contract's JSON shape."""

from __future__ import annotations

import time

import pytest

from pmo_desktop.operations.fields import FieldError
from pmo_desktop.operations.strategy import load_strategy, prioritise

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def test_the_demo_has_a_model_objectives_and_candidates(store):
    data = load_strategy(store)
    assert [c.name for c in data.criteria][0] == "Strategic alignment"
    assert sum(c.weight for c in data.criteria) == pytest.approx(1.0)
    assert any(c.reverse for c in data.criteria)  # delivery risk
    assert len(data.projects) >= 6 and len(data.proposals) >= 8
    assert {p.status for p in data.proposals} <= {"idea", "submitted", "assessed",
                                                  "approved", "deferred"}
    served = {o for item in data.contributions.values() for o, v in item.items() if v > 0}
    assert "OBJ-6" not in {o for p in data.projects
                           for o in data.contributions.get(p.code, {})}
    assert "OBJ-1" in served
    assert all(0 <= data.alignment(p.code) <= 100 for p in data.projects)


def test_ranks_move_with_the_weights(store):
    data = load_strategy(store)
    items = data.candidates(include_proposals=True)
    before = data.ranked(items)
    heavy = {c.name: 0.0 for c in data.criteria}
    heavy["Urgency and regulation"] = 1.0
    after = data.ranked(items, heavy)
    assert [r.code for r in before] != [r.code for r in after]
    top = after[0].code
    assert data.scores[top]["Urgency and regulation"] == max(
        data.scores.get(i.code, {}).get("Urgency and regulation", 0) for i in items)
    started = time.perf_counter()
    for step in range(20):
        heavy["Financial return"] = step / 20
        data.ranked(items, heavy)
    assert (time.perf_counter() - started) / 20 < 0.1


def test_prioritise_shape_force_exclude_and_capacity(store):
    out = prioritise(store, 5_000_000, include_proposals=True, force=["PRO-007"],
                     exclude=["PRO-003"])
    assert set(out) == {"candidates", "selected", "total_cost", "total_score", "budget",
                        "frontier"}
    assert "PRO-007" in out["selected"] and "PRO-003" not in out["selected"]
    assert out["total_cost"] <= 5_000_000
    scores = [c["score"] for c in out["candidates"]]
    assert scores == sorted(scores, reverse=True)
    free = prioritise(store, 5_000_000, include_proposals=True)
    assert free["total_score"] >= out["total_score"]
    points = [p["total_score"] for p in free["frontier"]]
    assert points == sorted(points)
    capped = prioritise(store, 5_000_000, include_proposals=True, with_capacity=True)
    assert capped["total_score"] <= free["total_score"]
    with pytest.raises(FieldError, match="both"):
        prioritise(store, 1, include_proposals=True, force=["PRO-001"],
                   exclude=["PRO-001"])


def test_with_capacity_a_demand_beyond_a_role_is_left_out(store):
    data = load_strategy(store)
    months = sorted({m for _r, m in data.capacity})
    hungry = next(p for p in data.proposals if p.code == "PRO-007")
    need = max(hungry.demand.values()) if hungry.demand else 0
    assert need > 0 and months
    out = prioritise(data, 10**9, include_proposals=True, with_capacity=True,
                     frontier_steps=2)
    for (role, month), cap in data.capacity.items():
        used = sum(i.demand.get((role, month), 0.0) for i in data.candidates(True)
                   if i.code in out["selected"])
        assert used <= cap + 1e-6


def test_objective_lines_show_what_serves_each_and_what_nothing_serves(store):
    from pmo_desktop.operations.strategy import objective_lines

    lines = {line.code: line for line in objective_lines(load_strategy(store))}
    assert list(lines) == ["OBJ-1", "OBJ-2", "OBJ-3", "OBJ-4", "OBJ-5", "OBJ-6"]
    assert lines["OBJ-3"].projects and lines["OBJ-3"].budget > 0
    assert sum(lines["OBJ-3"].rag.values()) == len(lines["OBJ-3"].projects)
    assert not lines["OBJ-6"].projects and lines["OBJ-6"].proposals  # only proposals
    assert not lines["OBJ-6"].unserved
