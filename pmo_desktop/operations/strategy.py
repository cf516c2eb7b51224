"""Prioritising the portfolio (issue 17; DOMAIN §8) for the command line and the app:
``load_strategy`` reads the model and the candidates once (``store.queries_strategy``);
``prioritise`` ranks them, selects what a budget buys and draws the frontier
(``domain.priorities``), its refusals as ``FieldError`` (exit 2 on the command line).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pmo_desktop.domain.priorities import (
    FRONTIER_STEPS, Item, ObjectiveLine, PriorityError, StrategyData, objective_lines,
)
from pmo_desktop.domain.priorities import prioritise as _prioritise
from pmo_desktop.store import Store
from pmo_desktop.store.queries_strategy import load_strategy

from .fields import FieldError

__all__ = ["Item", "ObjectiveLine", "StrategyData", "load_strategy", "objective_lines",
           "prioritise"]


def prioritise(store: Store | StrategyData, budget: float | None = None, *,
               include_proposals: bool = False, force: Sequence[str] = (),
               exclude: Sequence[str] = (), with_capacity: bool = False,
               weights: Mapping[str, float] | None = None,
               frontier_steps: int = FRONTIER_STEPS,
               window: Sequence[str] | None = None) -> dict[str, Any]:
    """``domain.priorities.prioritise`` over the portfolio (or data already read):
    ``{"candidates": [{"code", "name", "score", "cost", "forced"}], "selected",
    "total_cost", "total_score", "budget", "frontier": [{"budget", "total_score"}]}``.

    ``with_capacity``: the selection also keeps each role's booked and proposed hours
    within the hours its people have, month by month (the resource plan's capacity),
    over the months of ``window`` (``YYYY-MM`` strings; default every month the plan
    holds); the answer gains ``"capacity": {"from", "to", "roles", "slots": [{"role",
    "month", "capacity", "demand"}]}``."""
    data = store if isinstance(store, StrategyData) else load_strategy(store)
    months = sorted(window) if window else []
    if with_capacity and months:
        data = replace(data, capacity={slot: hours for slot, hours in data.capacity.items()
                                       if slot[1] in set(months)})
    try:
        out = _prioritise(data, budget, include_proposals=include_proposals, force=force,
                          exclude=exclude, with_capacity=with_capacity, weights=weights,
                          frontier_steps=frontier_steps)
    except PriorityError as exc:
        raise FieldError(str(exc)) from None
    if with_capacity:
        seen = sorted({month for _role, month in data.capacity})
        out["capacity"] = {"from": months[0] if months else (seen[0] if seen else None),
                           "to": months[-1] if months else (seen[-1] if seen else None),
                           **out["capacity"]}
    return out
