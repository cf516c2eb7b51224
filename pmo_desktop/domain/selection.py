"""Constrained selection (DOMAIN §8.3): the set of candidates that maximises total score
under a budget, and optionally under each role's capacity per month, with force-in and
force-out; and the efficient frontier (the best total score for each budget).

Solved exactly as a 0/1 integer programme by SciPy's ``milp`` (HiGHS branch and cut)
with a zero optimality gap: never a greedy heuristic. Under a budget alone that takes
about a quarter of a second at 500 candidates; role capacity adds a constraint per role
and month, which can make proving optimality slow, so a solve stops after
``time_limit`` seconds and then says how far from the best possible its answer can be
(``optimal`` False, ``gap``). The frontier under a budget alone is exact for every
budget at once: the Pareto set of (cost, score) over all subsets (Nemhauser–Ullmann),
about a second at 500 candidates. This is the one module of
``domain`` that imports a library (``tests/domain/test_purity.py`` allows SciPy and
NumPy here only). SciPy is imported on the first selection, not with the module: it
costs a third of a second that a command which selects nothing should not pay.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scipy.optimize import LinearConstraint

# Demand and capacity are keyed by (role, month "YYYY-MM").
Slot = tuple[str, str]


@dataclass(frozen=True)
class Candidate:
    code: str
    value: float  # its score (0–100)
    cost: float
    demand: Mapping[Slot, float] = field(default_factory=dict)  # hours by role and month
    forced_in: bool = False
    forced_out: bool = False


@dataclass(frozen=True)
class Selection:
    selected: tuple[str, ...]  # codes, in the candidates' order
    total_value: float
    total_cost: float
    budget: float
    feasible: bool = True  # False: the forced-in candidates alone break a constraint
    note: str = ""
    optimal: bool = True  # False: stopped at the time limit (``gap`` says how close)
    gap: float = 0.0  # the most a better selection could add, as a share of the bound


def _constraints(cands: Sequence[Candidate], budget: float,
                 capacity: Mapping[Slot, float] | None) -> list[LinearConstraint]:
    import numpy as np
    from scipy.optimize import LinearConstraint

    cost = np.array([[c.cost for c in cands]], dtype=float)
    out = [LinearConstraint(cost, -np.inf, budget + 1e-9 * max(1.0, abs(budget)))]
    if capacity:
        slots = sorted({s for c in cands for s in c.demand if s in capacity})
        if slots:
            rows = np.array([[c.demand.get(s, 0.0) for c in cands] for s in slots])
            limits = np.array([capacity[s] for s in slots], dtype=float)
            out.append(LinearConstraint(rows, -np.inf, limits + 1e-9))
    return out


def select(candidates: Sequence[Candidate], budget: float,
           capacity: Mapping[Slot, float] | None = None, *,
           respect_forcing: bool = True, time_limit: float = 10.0,
           gap: float = 0.0) -> Selection:
    """The optimal selection: maximise Σ value subject to Σ cost ≤ ``budget`` (and each
    role-month's demand ≤ its capacity, for the slots ``capacity`` names), forced-in
    candidates in, forced-out ones out. When the forced-in ones alone do not fit, they
    are the selection and ``feasible`` is False."""
    import numpy as np
    from scipy.optimize import Bounds, milp

    cands = list(candidates)
    if not cands:
        return Selection((), 0.0, 0.0, budget)
    lower = np.array([1.0 if (c.forced_in and respect_forcing) else 0.0 for c in cands])
    upper = np.array([0.0 if (c.forced_out and respect_forcing and not c.forced_in) else 1.0
                      for c in cands])
    with _stdout_to_stderr():
        # milp minimises: maximise value ⇒ minimise −value.
        res = milp(c=-np.array([c.value for c in cands], dtype=float),
                   constraints=_constraints(cands, budget, capacity),
                   integrality=np.ones(len(cands)), bounds=Bounds(lower, upper),
                   options={"mip_rel_gap": gap, "presolve": True,
                            "time_limit": time_limit})
    if res.x is None:
        forced = [c for c, lo in zip(cands, lower) if lo]
        return Selection(tuple(c.code for c in forced), sum(c.value for c in forced),
                         sum(c.cost for c in forced), budget, False,
                         "The forced-in candidates alone do not fit the budget"
                         + (" and capacity" if capacity else "") + ".")
    chosen = [c for c, x in zip(cands, res.x) if x > 0.5]
    gap = float(getattr(res, "mip_gap", 0.0) or 0.0)
    proven = res.status == 0 and gap == 0.0
    note = "" if proven else (f"Stopped after {time_limit:g} s: no selection can score "
                              f"more than {gap:.2%} above this one.")
    return Selection(tuple(c.code for c in chosen), sum(c.value for c in chosen),
                     sum(c.cost for c in chosen), budget, note=note, optimal=proven,
                     gap=0.0 if proven else gap)


_STDOUT_LOCK = threading.Lock()


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """HiGHS (as SciPy 1.17 bundles it) may print a debugging line on the process's
    standard output; while it solves, that goes to standard error, so that a command's
    JSON on standard output stays JSON."""
    with _STDOUT_LOCK:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError):  # no real stdout (a windowed app)
            yield
            return
        try:
            os.dup2(2, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def frontier_budgets(candidates: Sequence[Candidate], steps: int = 20,
                     extra: Sequence[float] = ()) -> list[float]:
    """Budgets at which to draw the frontier: ``steps`` even steps from 0 to the cost of
    everything, and ``extra`` ones (the budget chosen), ascending."""
    total = sum(max(0.0, c.cost) for c in candidates)
    points = {round(total * i / steps, 2) for i in range(steps + 1)} if total > 0 else {0.0}
    points |= {float(b) for b in extra if b >= 0}
    return sorted(points)


PARETO_LIMIT = 600  # candidates: about 1 s at 500, growing faster than n²
POINT_LIMIT = 0.25  # seconds a frontier point's solve may take beyond that
POINT_GAP = 1e-3  # and how far below the best such a point may be
MOST_POINTS = 8  # budgets solved one by one at most (the others are left out)


def frontier(candidates: Sequence[Candidate], budgets: Sequence[float],
             capacity: Mapping[Slot, float] | None = None) -> list[tuple[float, float]]:
    """The efficient frontier: for each budget, the best total value any selection
    reaches (forcing ignored: forcing moves a selection below it, §8.3). Under a budget
    alone and up to ``PARETO_LIMIT`` candidates, read off the exact Pareto set
    (``pareto``) at every budget asked; otherwise one solve a budget for at most
    ``MOST_POINTS`` of them."""
    if capacity or len(candidates) > PARETO_LIMIT:
        # One solve a budget, to within ``POINT_GAP`` of the best and stopped after
        # ``POINT_LIMIT`` seconds (the Pareto set of thousands of candidates is too large
        # to enumerate): a point may sit that little below the true frontier. The
        # selection itself (``select``) is still solved exactly.
        step = -(-len(budgets) // MOST_POINTS)  # at most MOST_POINTS solves
        chosen = sorted(set(list(budgets)[::step]) | {budgets[-1]}) if budgets else []
        return [(b, select(candidates, b, capacity, respect_forcing=False,
                           time_limit=POINT_LIMIT, gap=POINT_GAP).total_value)
                for b in chosen]
    import numpy as np

    costs, values = pareto([(c.cost, c.value) for c in candidates])
    at = np.searchsorted(costs, np.asarray(budgets, dtype=float) + 1e-9, side="right") - 1
    return [(b, float(values[i]) if i >= 0 else 0.0) for b, i in zip(budgets, at)]


def pareto(items: Sequence[tuple[float, float]]) -> tuple[Any, Any]:
    """Every (cost, value) pair no other subset of ``items`` beats (as cheap or cheaper
    and worth strictly more): two NumPy arrays, cost ascending, value strictly rising.
    The best value within budget ``b`` is that of the last pair costing ≤ ``b``. Exact:
    each item doubles the set (taken or not) and the dominated pairs are dropped."""
    import numpy as np

    cost = np.zeros(1)
    value = np.zeros(1)
    # Dearest first keeps the intermediate sets smallest (measured: 0.9 s against 1.1 s
    # at 500 candidates); an item worth nothing, or costing nothing, is settled apart.
    free = sum(v for c, v in items if c <= 0 and v > 0)
    for c, v in sorted(((c, v) for c, v in items if c > 0 and v > 0), reverse=True):
        both_c = np.concatenate([cost, cost + c])
        both_v = np.concatenate([value, value + v])
        order = np.lexsort((-both_v, both_c))
        both_c, both_v = both_c[order], both_v[order]
        best_before = np.maximum.accumulate(both_v)
        keep = np.empty(len(both_v), dtype=bool)
        keep[0] = True
        keep[1:] = both_v[1:] > best_before[:-1]
        cost, value = both_c[keep], both_v[keep]
    return cost, value + free


def spread_effort(effort: Mapping[str, float], months: Sequence[str]) -> dict[Slot, float]:
    """Hours by role spread evenly over ``months``: a proposal's demand by role and month."""
    if not months:
        return {}
    return {(role, m): hours / len(months) for role, hours in effort.items() for m in months}


def parse_effort(text: str | None) -> dict[str, float]:
    """``"Developer=400; Business analyst=120h"`` → hours by role (``:`` works as ``=``;
    unreadable parts are left out)."""
    out: dict[str, float] = {}
    for part in (text or "").replace("\n", ";").replace(",", ";").split(";"):
        name, sep, hours = part.replace(":", "=").partition("=")
        if not sep:
            continue
        try:
            value = float(hours.strip().rstrip("hH").strip())
        except ValueError:
            continue
        if name.strip():
            out[name.strip()] = out.get(name.strip(), 0.0) + value
    return out


def months_between(first: str, last: str) -> list[str]:
    """Every month ``YYYY-MM`` from ``first`` to ``last`` inclusive (empty when reversed)."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
