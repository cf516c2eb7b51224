"""Exact constrained selection and the efficient frontier (DOMAIN §8.3), against the
worked example and enumeration."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from pmo_desktop.domain import selection as SEL

# §8.3's table: the risk column is already reverse-scored there (5 = low risk).
TABLE = {"A": (5, 3, 4, 2, 4, 400, 3.0), "B": (4, 5, 2, 3, 4, 300, 2.0),
         "C": (2, 2, 5, 5, 5, 150, 1.0), "D": (3, 4, 3, 1, 2, 250, 2.5),
         "E": (5, 5, 3, 4, 2, 500, 4.0)}
WEIGHTED = {"A": 3.65, "B": 3.75, "C": 3.35, "D": 2.75, "E": 4.20}


def _cands(values: dict[str, float], fte: bool = True, **flags) -> list[SEL.Candidate]:
    return [SEL.Candidate(code, values[code], TABLE[code][5],
                          {("FTE", "all"): TABLE[code][6]} if fte else {},
                          forced_in=code in flags.get("force", ()),
                          forced_out=code in flags.get("exclude", ()))
            for code in TABLE]

def test_the_worked_example_selects_a_b_c_and_beats_both_greedy_answers():
    sel = SEL.select(_cands(WEIGHTED), 900, {("FTE", "all"): 7.0})
    assert set(sel.selected) == {"A", "B", "C"}
    assert sel.total_value == pytest.approx(10.75) and sel.total_cost == 850
    assert sel.total_value > 9.85 and sel.total_value > 7.95

def _brute(cands, budget, capacity=None):
    best = 0.0
    n = len(cands)
    for k in range(n + 1):
        for combo in combinations(cands, k):
            if any(c.forced_out for c in combo) or any(
                    c.forced_in and c not in combo for c in cands):
                continue
            if sum(c.cost for c in combo) > budget + 1e-9:
                continue
            if capacity and any(sum(c.demand.get(s, 0) for c in combo) > cap + 1e-9
                                for s, cap in capacity.items()):
                continue
            best = max(best, sum(c.value for c in combo))
    return best

def test_selection_is_optimal_against_enumeration_on_random_sets():
    rng = random.Random(17)
    for _trial in range(40):
        n = rng.randint(1, 11)
        cands = [SEL.Candidate(f"P{i}", round(rng.uniform(0, 100), 2),
                               float(rng.randint(10, 400)),
                               {("Dev", "2027-01"): float(rng.randint(0, 80))},
                               forced_out=rng.random() < 0.1)
                 for i in range(n)]
        budget = float(rng.randint(0, 1500))
        capacity = {("Dev", "2027-01"): 150.0} if rng.random() < 0.5 else None
        sel = SEL.select(cands, budget, capacity)
        assert sel.total_value == pytest.approx(_brute(cands, budget, capacity))
        assert sel.total_cost <= budget + 1e-6

def test_forced_in_and_out():
    sel = SEL.select(_cands(WEIGHTED, fte=False, force=("E",)), 900)
    assert "E" in sel.selected and sel.total_cost <= 900
    assert sel.total_value == pytest.approx(_brute(_cands(WEIGHTED, False, force=("E",)), 900))
    assert sel.total_value < 10.75  # forcing moves it below the frontier
    out = SEL.select(_cands(WEIGHTED, fte=False, exclude=("A",)), 900)
    assert "A" not in out.selected
    bad = SEL.select(_cands(WEIGHTED, fte=False, force=("E", "A", "B")), 900)
    assert not bad.feasible and set(bad.selected) == {"E", "A", "B"}

def test_frontier_is_the_best_for_each_budget_and_never_falls():
    cands = _cands(WEIGHTED, fte=False)
    budgets = SEL.frontier_budgets(cands, steps=8, extra=[900])
    assert budgets[0] == 0 and budgets[-1] == 1600 and 900 in budgets
    points = SEL.frontier(cands, budgets)
    assert [v for _b, v in points] == sorted(v for _b, v in points)
    for b, v in points:
        assert v == pytest.approx(_brute(cands, b))
    assert dict(points)[900] == pytest.approx(10.75)

def test_effort_is_read_and_spread_over_months():
    effort = SEL.parse_effort("Developer=400; Business analyst: 120h, junk")
    assert effort == {"Developer": 400.0, "Business analyst": 120.0}
    demand = SEL.spread_effort(effort, ["2027-01", "2027-02"])
    assert demand[("Developer", "2027-02")] == 200.0

def test_months_between():
    assert SEL.months_between("2026-11", "2027-02") == ["2026-11", "2026-12", "2027-01",
                                                        "2027-02"]
    assert SEL.months_between("2027-02", "2026-11") == []


def test_the_pareto_frontier_is_exact_at_every_budget():
    rng = random.Random(5)
    for _trial in range(15):
        cands = [SEL.Candidate(f"P{i}", round(rng.uniform(0, 50), 2),
                               float(rng.randint(0, 300))) for i in range(rng.randint(1, 10))]
        costs, values = SEL.pareto([(c.cost, c.value) for c in cands])
        assert list(costs) == sorted(costs) and all(b > a for a, b in zip(values, values[1:]))
        for budget in (0, 50, 149.5, 300, 700, 3000):
            (_b, best), = SEL.frontier(cands, [budget])
            assert best == pytest.approx(_brute(cands, budget))
            assert best == pytest.approx(SEL.select(cands, budget).total_value)


def test_a_solve_stopped_by_its_time_limit_says_how_close_it_is():
    rng = random.Random(3)
    slots = [("Dev", f"2027-{m:02d}") for m in range(1, 13)]
    cands = [SEL.Candidate(f"P{i}", rng.uniform(0, 100), rng.uniform(1e5, 2e6),
                           {s: rng.uniform(0, 100) for s in rng.sample(slots, 6)})
             for i in range(300)]
    capacity = {s: 1500.0 for s in slots}
    sel = SEL.select(cands, 1.5e8, capacity, time_limit=0.05)
    assert sel.feasible and sel.total_cost <= 1.5e8
    if not sel.optimal:  # the usual case at 50 ms
        assert 0 < sel.gap and "no selection can score more than" in sel.note
    else:
        assert sel.gap == 0 and sel.note == ""


def test_a_large_or_capacity_frontier_solves_a_few_budgets(monkeypatch):
    monkeypatch.setattr(SEL, "PARETO_LIMIT", 3)
    cands = _cands(WEIGHTED, fte=False)
    budgets = SEL.frontier_budgets(cands, steps=16)
    points = SEL.frontier(cands, budgets)
    assert 2 <= len(points) <= SEL.MOST_POINTS + 1 and points[-1][0] == budgets[-1]
    for b, v in points:
        assert v == pytest.approx(_brute(cands, b), rel=SEL.POINT_GAP)
