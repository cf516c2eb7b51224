"""Prioritising the portfolio (issue 17; DOMAIN §8): what ``prioritise`` prints and the
Strategy view and the pack show, from plain rows.

``build_strategy`` turns the rows the store reads (``store.queries_strategy.
load_strategy``: criteria, scores, objectives, contributions, candidates' costs, role
demand and capacity) into a plain ``StrategyData``; everything after that is arithmetic
over it, so the ranked list re-sorts as a weight moves without touching the file.

A candidate is a project that is not finished (state neither completed nor cancelled,
stage not closed) and, when asked, a proposal still in the pipeline (not started nor
rejected). Its score is the weighted scoring model's, 0–100 (§8.1); a portfolio with
no criteria yet scores by strategic alignment instead. Its cost is its forecast (EAC),
else its budget (BAC); a proposal's its estimated cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import scoring, selection, strategy

__all__ = ["Item", "ObjectiveLine", "PriorityError", "StrategyData", "build_strategy",
           "capacity_use", "objective_lines", "prioritise"]

_FINISHED_STATES = {"completed", "cancelled"}
_PIPELINE_OPEN = {"idea", "submitted", "assessed", "approved", "deferred"}
FRONTIER_STEPS = 20


@dataclass(frozen=True)
class Item:
    """A project or proposal that may be prioritised."""

    code: str
    name: str
    kind: str  # project | proposal
    cost: float
    status: str | None  # a project's state, a proposal's pipeline status
    programme: str | None = None
    rag: str | None = None
    demand: Mapping[selection.Slot, float] = field(default_factory=dict)


@dataclass
class StrategyData:
    criteria: list[scoring.Criterion]  # weights as stored (they should sum to 1)
    rubrics: dict[str, list[str]]
    scores: dict[str, dict[str, float]]  # item → criterion → 1–5
    objectives: list[dict[str, Any]]
    contributions: dict[str, dict[str, float]]  # item → objective code → 0–4
    projects: list[Item]
    proposals: list[Item]
    capacity: dict[selection.Slot, float]
    all_projects: list[dict[str, Any]] = field(default_factory=list)

    # -- scoring ---------------------------------------------------------------------
    def weights(self) -> dict[str, float]:
        return {c.name: c.weight for c in self.criteria}

    def model(self, weights: Mapping[str, float] | None = None) -> list[scoring.Criterion]:
        """The criteria with ``weights`` (by name; default the stored ones), scaled to sum
        to 100 % so that a model whose weights are being moved still ranks."""
        raw = {c.name: (weights or {}).get(c.name, c.weight) for c in self.criteria}
        scaled = scoring.normalise_weights(raw)
        return [scoring.Criterion(c.name, scaled[c.name], c.reverse) for c in self.criteria]

    def alignment(self, code: str) -> float:
        weights = {o["code"]: o.get("weight") for o in self.objectives}
        return strategy.alignment_score(self.contributions.get(code, {}), weights)

    def candidates(self, include_proposals: bool = False) -> list[Item]:
        return self.projects + (self.proposals if include_proposals else [])

    def ranked(self, items: Sequence[Item],
               weights: Mapping[str, float] | None = None) -> list[scoring.Ranked]:
        """``items`` best first by the scoring model (or, with no criteria, by alignment)."""
        costs: dict[str, float | None] = {i.code: i.cost for i in items}
        if not self.criteria:
            rows = sorted(items, key=lambda i: (-round(self.alignment(i.code), 9), i.cost,
                                                i.code))
            return [scoring.Ranked(i.code, self.alignment(i.code), n + 1, None)
                    for n, i in enumerate(rows)]
        return scoring.rank({i.code: self.scores.get(i.code, {}) for i in items},
                            self.model(weights), costs)


def _item(row: Mapping[str, Any], kind: str, demand: Mapping[selection.Slot, float]) -> Item:
    if kind == "project":
        cost = row.get("eac") if row.get("eac") is not None else row.get("bac")
        status = row.get("state")
    else:
        cost = row.get("estimated_cost")
        status = row.get("status")
    return Item(str(row["code"]), str(row.get("name") or ""), kind, float(cost or 0.0),
                status, row.get("programme"), row.get("rag_overall"), demand)


def _proposal_demand(row: Mapping[str, Any]) -> dict[selection.Slot, float]:
    effort = selection.parse_effort(row.get("effort_by_role"))
    start, end = row.get("start_date"), row.get("end_date")
    if not effort or not start or not end or end < start:
        return {}
    return selection.spread_effort(
        effort, selection.months_between(str(start)[:7], str(end)[:7]))


def build_strategy(criteria: Sequence[Mapping[str, Any]], scores: Iterable[Mapping[str, Any]],
                   contributions: Iterable[Mapping[str, Any]],
                   objectives: list[dict[str, Any]], projects: list[dict[str, Any]],
                   proposals: Iterable[Mapping[str, Any]],
                   demand: Mapping[str, Mapping[selection.Slot, float]],
                   capacity: dict[selection.Slot, float]) -> StrategyData:
    """The model, objectives and candidates from the store's rows (``queries_strategy``)."""
    by_item: dict[str, dict[str, float]] = {}
    for r in scores:
        by_item.setdefault(r["item"], {})[r["criterion"]] = float(r["value"])
    serving: dict[str, dict[str, float]] = {}
    for r in contributions:
        serving.setdefault(r["item"], {})[r["objective"]] = \
            strategy.contribution_value(r["level"], r["value"])
    live = [_item(p, "project", demand.get(p["code"], {})) for p in projects
            if p.get("state") not in _FINISHED_STATES and p.get("stage") != "closed"]
    pipeline = [_item(p, "proposal", _proposal_demand(p)) for p in proposals
                if p.get("status") in _PIPELINE_OPEN or p.get("status") is None]
    return StrategyData(
        criteria=[scoring.Criterion(c["name"], float(c["weight"] or 0.0),
                                    c.get("direction") == "reverse") for c in criteria],
        rubrics={c["name"]: [c.get(f"rubric_{n}") or "" for n in range(1, 6)]
                 for c in criteria},
        scores=by_item, objectives=objectives, contributions=serving, projects=live,
        proposals=pipeline, capacity=capacity, all_projects=projects)


class PriorityError(ValueError):
    """Options that name no candidate, or contradict each other."""


def _unknown(codes: Iterable[str], known: set[str], option: str) -> None:
    missing = [c for c in codes if c not in known]
    if missing:
        raise PriorityError(f"{option}: there is no candidate {', '.join(missing)} (a project "
                         "not finished, or with --include-proposals a proposal in the "
                         "pipeline).")


def prioritise(data: StrategyData, budget: float | None = None, *,
               include_proposals: bool = False, force: Sequence[str] = (),
               exclude: Sequence[str] = (), with_capacity: bool = False,
               weights: Mapping[str, float] | None = None,
               frontier_steps: int = FRONTIER_STEPS) -> dict[str, Any]:
    """The ranked candidates, the optimal selection for ``budget`` (default: the cost of
    every candidate, the unconstrained baseline of §8.3) with ``force`` in and
    ``exclude`` out (and, ``with_capacity``, each role's hours per month), and the
    efficient frontier: ``{"candidates": [{"code", "name", "score", "cost", "forced"}],
    "selected", "total_cost", "total_score", "budget", "frontier": [{"budget",
    "total_score"}]}``; ``forced`` is "in", "out" or None. With capacity, also
    ``"capacity"`` (``capacity_use``)."""
    items = data.candidates(include_proposals)
    known = {i.code for i in items}
    _unknown(force, known, "--force")
    _unknown(exclude, known, "--exclude")
    both = sorted(set(force) & set(exclude))
    if both:
        raise PriorityError(f"{', '.join(both)} cannot be both forced in and excluded.")
    by_code = {i.code: i for i in items}
    ranked = data.ranked(items, weights)
    score = {r.code: r.score for r in ranked}
    total = sum(i.cost for i in items)
    if budget is None:
        budget = total
    if budget < 0:
        raise PriorityError("--budget cannot be negative.")
    cands = [selection.Candidate(r.code, score[r.code], by_code[r.code].cost,
                                 by_code[r.code].demand if with_capacity else {},
                                 forced_in=r.code in force, forced_out=r.code in exclude)
             for r in ranked]
    capacity = data.capacity if with_capacity else None
    chosen = selection.select(cands, budget, capacity)
    points = selection.frontier(
        cands, selection.frontier_budgets(cands, frontier_steps, [budget]), capacity)
    return {
        "candidates": [{"code": c.code, "name": by_code[c.code].name,
                        "score": round(c.value, 2), "cost": round(c.cost, 2),
                        "forced": "in" if c.forced_in else "out" if c.forced_out else None}
                       for c in cands],
        "selected": list(chosen.selected),
        "total_cost": round(float(chosen.total_cost), 2),
        "total_score": round(float(chosen.total_value), 2),
        "budget": round(float(budget), 2),
        "frontier": [{"budget": round(float(b), 2), "total_score": round(float(v), 2)}
                     for b, v in points],
        **({"note": chosen.note} if chosen.note else {}),
        **({"capacity": capacity_use(cands, chosen.selected, data.capacity)}
           if with_capacity else {}),
    }


def capacity_use(cands: Sequence[selection.Candidate], selected: Sequence[str],
                 capacity: Mapping[selection.Slot, float]) -> dict[str, Any]:
    """What the selection asks of each role's capacity: ``{"roles": [the roles with
    capacity], "slots": [{"role", "month", "capacity", "demand"}]}``, the role-months
    the selection needs hours in (hours, by role then month). A role nobody holds (no
    capacity recorded) is not a limit, and is not listed."""
    chosen = set(selected)
    demand: dict[selection.Slot, float] = {}
    for c in cands:
        if c.code in chosen:
            for slot, hours in c.demand.items():
                if slot in capacity:
                    demand[slot] = demand.get(slot, 0.0) + hours
    return {"roles": sorted({role for role, _month in capacity}),
            "slots": [{"role": role, "month": month, "capacity": round(capacity[(role, month)], 1),
                       "demand": round(hours, 1)}
                      for (role, month), hours in sorted(demand.items()) if hours > 0]}


@dataclass(frozen=True)
class ObjectiveLine:
    """One objective with what serves it: the Strategy view's and the pack's row."""

    code: str
    name: str
    owner: str | None
    weight: float | None
    projects: tuple[str, ...]  # codes of the unfinished projects that serve it
    proposals: tuple[str, ...]  # codes of the proposals in the pipeline that would
    budget: float  # the serving projects' budgets (BAC)
    rag: dict[str, int]  # their reported overall RAG: red/amber/green/not_set → count

    @property
    def unserved(self) -> bool:
        return not self.projects and not self.proposals


def objective_lines(data: StrategyData) -> list[ObjectiveLine]:
    """Each objective with the projects (not finished) and proposals (in the pipeline)
    that contribute above none, their budget and RAG; in objective order."""
    live = {i.code: i for i in data.projects}
    budgets = {p["code"]: float(p.get("bac") or 0.0) for p in data.all_projects}
    proposals = {i.code for i in data.proposals}
    out = []
    for o in data.objectives:
        serving = sorted(code for code, own in data.contributions.items()
                         if own.get(o["code"], 0) > 0)
        projects = tuple(c for c in serving if c in live)
        rag = {"red": 0, "amber": 0, "green": 0, "not_set": 0}
        for code in projects:
            colour = live[code].rag
            rag[colour if colour is not None and colour in rag else "not_set"] += 1
        out.append(ObjectiveLine(
            o["code"], o["name"], o.get("owner"), o.get("weight"), projects,
            tuple(c for c in serving if c in proposals),
            sum(budgets.get(c, 0.0) for c in projects), rag))
    return out
