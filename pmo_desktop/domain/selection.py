"""Constrained selection (DOMAIN §8.3): the set of candidates that maximises total score
under a budget, and optionally under each role's capacity per month, with force-in and
force-out; and the efficient frontier (the best total score for each budget).

Solved exactly as a 0/1 integer programme by SciPy's ``milp`` (HiGHS branch and cut)
with a zero optimality gap: never a greedy heuristic. This is the one module of
``domain`` that imports a library (``tests/domain/test_purity.py`` allows SciPy and
NumPy here only). SciPy is imported on the first selection, not with the module: it
costs a third of a second that a command which selects nothing should not pay.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

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
           respect_forcing: bool = True) -> Selection:
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
    # milp minimises: maximise value ⇒ minimise −value.
    res = milp(c=-np.array([c.value for c in cands], dtype=float),
               constraints=_constraints(cands, budget, capacity),
               integrality=np.ones(len(cands)), bounds=Bounds(lower, upper),
               options={"mip_rel_gap": 0.0, "presolve": True})
    if res.x is None:
        forced = [c for c, lo in zip(cands, lower) if lo]
        return Selection(tuple(c.code for c in forced), sum(c.value for c in forced),
                         sum(c.cost for c in forced), budget, False,
                         "The forced-in candidates alone do not fit the budget"
                         + (" and capacity" if capacity else "") + ".")
    chosen = [c for c, x in zip(cands, res.x) if x > 0.5]
    return Selection(tuple(c.code for c in chosen), sum(c.value for c in chosen),
                     sum(c.cost for c in chosen), budget)


def frontier_budgets(candidates: Sequence[Candidate], steps: int = 20,
                     extra: Sequence[float] = ()) -> list[float]:
    """Budgets at which to draw the frontier: ``steps`` even steps from 0 to the cost of
    everything, and ``extra`` ones (the budget chosen), ascending."""
    total = sum(max(0.0, c.cost) for c in candidates)
    points = {round(total * i / steps, 2) for i in range(steps + 1)} if total > 0 else {0.0}
    points |= {float(b) for b in extra if b >= 0}
    return sorted(points)


def frontier(candidates: Sequence[Candidate], budgets: Sequence[float],
             capacity: Mapping[Slot, float] | None = None) -> list[tuple[float, float]]:
    """The efficient frontier: for each budget, the best total value any selection
    reaches (forcing ignored: forcing moves a selection below it, §8.3)."""
    return [(b, select(candidates, b, capacity, respect_forcing=False).total_value)
            for b in budgets]


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
