"""Selection benchmark (issue 17): the exact 0/1 selection (SciPy milp, HiGHS, zero
gap) among N candidates under one budget, with and without role capacity per month; the
efficient frontier (exact Pareto set, read at 21 budgets); and re-ranking by the scoring model as a weight moves.

Candidates are random but shaped like a portfolio: scores 0–100, costs log-normal around
£1m, each needing two or three of ten roles for six to eighteen months. The budget is
40 % of the total cost; capacity lets about half the demand through. Each step runs
``--repeat`` times (default 3) and the median is shown; the last line printed is one
JSON object with every figure.

    python bench/selection_bench.py [--candidates 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pmo_desktop.domain import scoring, selection  # noqa: E402

ROLES = [f"Role {i}" for i in range(10)]
MONTHS = selection.months_between("2027-01", "2028-12")


def candidates(n: int, seed: int = 17) -> tuple[list[selection.Candidate],
                                               dict[str, dict[str, float]],
                                               dict[selection.Slot, float]]:
    rng = random.Random(seed)
    cands, scores = [], {}
    demand_total: dict[selection.Slot, float] = {}
    for i in range(n):
        code = f"P{i:04d}"
        own = {f"c{k}": float(rng.randint(1, 5)) for k in range(5)}
        scores[code] = own
        first = rng.randrange(len(MONTHS) - 6)
        months = MONTHS[first:first + rng.randint(6, 18)]
        demand: dict[selection.Slot, float] = {}
        for role in rng.sample(ROLES, rng.randint(2, 3)):
            for m in months:
                demand[(role, m)] = float(rng.randint(20, 160))
                demand_total[(role, m)] = demand_total.get((role, m), 0.0) + demand[(role, m)]
        cands.append(selection.Candidate(code, rng.uniform(0, 100),
                                         round(rng.lognormvariate(13.8, 0.7), -3), demand))
    capacity = {slot: hours * 0.5 for slot, hours in demand_total.items()}
    return cands, scores, capacity


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cands, scores, capacity = candidates(args.candidates)
    budget = 0.4 * sum(c.cost for c in cands)
    selection.select(cands[:3], 1.0)  # SciPy imported before timing
    figures: dict[str, Any] = {"candidates": args.candidates}
    t, sel = timed(lambda: selection.select(cands, budget), args.repeat)
    figures.update(select_budget_s=round(t, 4), selected=len(sel.selected),
                   total_score=round(sel.total_value, 2))
    t, sel_cap = timed(lambda: selection.select(cands, budget, capacity), args.repeat)
    figures.update(select_budget_capacity_s=round(t, 4), selected_with_capacity=len(
        sel_cap.selected), capacity_constraints=len(capacity),
        capacity_proven_optimal=sel_cap.optimal, capacity_gap=round(sel_cap.gap, 5))
    budgets = selection.frontier_budgets(cands, 20, [budget])
    t, points = timed(lambda: selection.frontier(cands, budgets), args.repeat)
    figures.update(frontier_s=round(t, 4), frontier_points=len(points))
    criteria = [scoring.Criterion(f"c{k}", 0.2, k == 2) for k in range(5)]
    t, _ = timed(lambda: scoring.rank(scores, criteria), max(args.repeat, 5))
    figures["rerank_s"] = round(t, 5)
    rows = [("select, budget only", figures["select_budget_s"]),
            (f"select, budget + {len(capacity)} role-months", figures["select_budget_capacity_s"]),
            (f"frontier, {len(points)} budgets", figures["frontier_s"]),
            ("re-rank as a weight moves", figures["rerank_s"])]
    print(f"{args.candidates} candidates; budget £{budget:,.0f} (40 % of the total)")
    print(f"{'step':<42}{'median s':>10}")
    for name, seconds in rows:
        print(f"{name:<42}{seconds:>10.4f}")
    print(f"selected {figures['selected']} (score {figures['total_score']}); with capacity "
          f"{figures['selected_with_capacity']}"
          + ("" if sel_cap.optimal else f" (time limit reached; within {sel_cap.gap:.2%} of "
                                        "the best possible)"))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
