"""Saved selection scenarios (DOMAIN §8.3): a name for a budget, whether proposals
compete, the candidates forced in and out and the criteria weights; kept in the
portfolio's settings (``selection_scenarios``, one write each, in the change log) and
compared side by side: what each selects, its total score and cost, and its score as a
share of the unconstrained maximum (everything funded, the baseline scenario of §8.3).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pmo_desktop.domain.priorities import StrategyData
from pmo_desktop.store import Store

from .fields import FieldError
from .result import Result
from .settings import change_settings
from .strategy import load_strategy, prioritise

__all__ = ["SCENARIOS_KEY", "ScenarioResult", "compare_scenarios", "delete_scenario",
           "save_scenario", "scenarios"]

SCENARIOS_KEY = "selection_scenarios"


@dataclass(frozen=True)
class ScenarioResult:
    name: str
    budget: float
    selected: tuple[str, ...]
    total_score: float
    total_cost: float
    share_of_maximum: float  # total score / the score of funding every candidate
    note: str = ""


def scenarios(store: Store) -> dict[str, dict[str, Any]]:
    """The saved scenarios by name."""
    return dict(store.setting(SCENARIOS_KEY) or {})


def save_scenario(store: Store, name: str, *, budget: float,
                  include_proposals: bool = True, force: Sequence[str] = (),
                  exclude: Sequence[str] = (), weights: Mapping[str, float] | None = None,
                  source: str = "ui") -> Result:
    """Save (or replace) the scenario ``name``; one logged write."""
    name = name.strip()
    if not name:
        raise FieldError("a scenario needs a name.")
    if budget < 0:
        raise FieldError("a scenario's budget cannot be negative.")
    saved = scenarios(store)
    saved[name] = {"budget": float(budget), "include_proposals": bool(include_proposals),
                   "force": list(force), "exclude": list(exclude),
                   "weights": dict(weights or {})}
    return change_settings(store, {SCENARIOS_KEY: saved}, source=source)


def delete_scenario(store: Store, name: str, *, source: str = "ui") -> Result:
    saved = scenarios(store)
    if name not in saved:
        raise FieldError(f"there is no scenario '{name}'.")
    del saved[name]
    return change_settings(store, {SCENARIOS_KEY: saved}, source=source)


def compare_scenarios(store: Store | StrategyData,
                      saved: Mapping[str, Mapping[str, Any]]) -> list[ScenarioResult]:
    """Each scenario solved against the same data, in the order given."""
    data = store if isinstance(store, StrategyData) else load_strategy(store)
    out = []
    for name, s in saved.items():
        weights = s.get("weights") or None
        everything = prioritise(data, None, include_proposals=s.get("include_proposals", True),
                                weights=weights, frontier_steps=1)["total_score"]
        known = {i.code for i in data.candidates(s.get("include_proposals", True))}
        res = prioritise(data, float(s.get("budget", 0.0)),
                         include_proposals=s.get("include_proposals", True),
                         force=[c for c in s.get("force", []) if c in known],
                         exclude=[c for c in s.get("exclude", []) if c in known],
                         weights=weights, frontier_steps=1)
        out.append(ScenarioResult(name, res["budget"], tuple(res["selected"]),
                                  res["total_score"], res["total_cost"],
                                  res["total_score"] / everything if everything else 0.0,
                                  res.get("note", "")))
    return out
