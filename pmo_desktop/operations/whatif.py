"""Utilisation and what-if scenarios (DOMAIN.md §4, issue 16).

``load`` reads a window once (``UtilisationInputs``); ``compute`` turns it and a list
of ``Move``s into a ``Utilisation`` grid (person × month capacity, demand and ratio,
project hours, role capacity against demand, over-allocated cells, and the cells a
scenario made worse or better) without writing anything: it is cheap enough to run on
every what-if change. ``commit_scenario`` writes a scenario: one transaction, one batch
in the change log (``history`` lists it, ``undo_batch`` takes it back) and the edits
that undo it for the app's undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pmo_desktop.domain.capacity import is_placeholder, utilisation_ratio
from pmo_desktop.domain.whatif import (
    Booking, Move, apply_moves, compare, net_factor, net_shift, over_allocated, shift_date,
    shift_period,
)
from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import Source, month_range
from pmo_desktop.store.queries_resources import HeatCell, HeatRow
from pmo_desktop.store.queries_whatif import (
    UtilisationInputs, project_allocations, project_dates, utilisation_inputs,
)

from .batch import Edit, apply_many
from .result import Result

__all__ = ["PersonRow", "Utilisation", "commit_scenario", "compute", "heat_rows", "load",
           "scenario_label", "utilisation_json"]

_DATE_FIELDS = ("start_forecast", "finish_forecast")


@dataclass(frozen=True)
class PersonRow:
    """One person's months: capacity and demand in hours (index = month)."""

    name: str
    role: str
    team: str | None
    capacity: tuple[float, ...]
    demand: tuple[float, ...]

    def ratio(self, k: int) -> float | None:
        return utilisation_ratio(self.demand[k], self.capacity[k])

    @property
    def placeholder(self) -> bool:
        return is_placeholder(self.name)


@dataclass
class Utilisation:
    """A utilisation grid, as it stands or under a scenario."""

    months: list[str]
    people: list[PersonRow]
    projects: dict[str, list[float]]
    role_capacity: dict[str, list[float]]
    role_demand: dict[str, list[float]]
    over_allocated: list[tuple[str, str, float | None]]
    marks: dict[tuple[str, str], str] = field(default_factory=dict)
    contributions: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)


def load(source: Source, first: str, months: int, moves: Sequence[Move] = ()) -> UtilisationInputs:
    """The window's inputs, with room for the scenario's largest shift."""
    span = month_range(first, months)
    reach = max([24] + [abs(net_shift(moves, m.project)) for m in moves])
    return utilisation_inputs(source, span[0], span[-1], margin=reach)


def _sum(bookings: Sequence[Booking], index: dict[str, int], width: int,
         key_of: Any) -> dict[Any, list[float]]:
    out: dict[Any, list[float]] = {}
    for b in bookings:
        k = index.get(b.period)
        if k is None:
            continue
        key = key_of(b)
        if key is None:
            continue
        row = out.get(key)
        if row is None:
            row = out[key] = [0.0] * width
        row[k] += b.hours
    return out


def compute(inputs: UtilisationInputs, moves: Sequence[Move] = (), *,
            committed_only: bool = False, details: bool = False) -> Utilisation:
    """The grid of ``inputs`` with ``moves`` applied (none: as it stands). ``marks``
    says which cells the moves made worse or better; ``details`` also keeps, per
    (person, month), the hours of each project (what a click on a cell shows)."""
    months = month_range(inputs.first, _count(inputs.first, inputs.last))
    index = {m: k for k, m in enumerate(months)}
    width = len(months)
    base = [b for b in inputs.bookings if not committed_only or b.booking == "committed"]
    after = apply_moves(base, moves) if moves else base
    demand = _sum(after, index, width, lambda b: b.person)
    roles = {p.name: p.role for p in inputs.people}
    people = []
    role_cap: dict[str, list[float]] = {}
    for p in inputs.people:
        cap = tuple(inputs.capacity.get((p.name, m), 0.0) for m in months)
        dem = demand.get(p.name)
        people.append(PersonRow(p.name, p.role, p.team, cap,
                                tuple(dem) if dem else (0.0,) * width))
        if not is_placeholder(p.name):
            totals = role_cap.setdefault(p.role, [0.0] * width)
            for k in range(width):
                totals[k] += cap[k]
    role_dem = _sum(after, index, width, lambda b: b.role or roles.get(b.person or ""))
    for role in role_dem:
        role_cap.setdefault(role, [0.0] * width)
    for role in role_cap:
        role_dem.setdefault(role, [0.0] * width)
    result = Utilisation(months, people, _sum(after, index, width, lambda b: b.project),
                         role_cap, role_dem, _over(people, months))
    if moves:
        result.marks = compare(_cells(_sum(base, index, width, lambda b: b.person), months),
                               _cells(demand, months), inputs.capacity)
    if details:
        for b in after:
            if b.period in index and b.person is not None:
                cell = result.contributions.setdefault((b.person, b.period), {})
                cell[b.project] = cell.get(b.project, 0.0) + b.hours
    return result


def _count(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1


def _cells(rows: dict[str, list[float]], months: list[str]) -> dict[tuple[str, str], float]:
    return {(name, months[k]): h for name, row in rows.items() for k, h in enumerate(row) if h}


def _over(people: list[PersonRow], months: list[str]) -> list[tuple[str, str, float | None]]:
    named = [p for p in people if not p.placeholder]
    demand = {(p.name, months[k]): h for p in named for k, h in enumerate(p.demand) if h}
    capacity = {(p.name, months[k]): c for p in named for k, c in enumerate(p.capacity)}
    return over_allocated(demand, capacity)


def _round(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def utilisation_json(u: Utilisation) -> dict[str, Any]:
    """The command line's contract: months, people, projects, over_allocated."""
    return {
        "months": list(u.months),
        "people": [{
            "name": p.name, "role": p.role, "team": p.team,
            "capacity": {m: _round(p.capacity[k], 2) for k, m in enumerate(u.months)},
            "demand": {m: _round(p.demand[k], 2) for k, m in enumerate(u.months)},
            "utilisation": {m: _round(p.ratio(k)) for k, m in enumerate(u.months)},
        } for p in u.people],
        "projects": {code: {m: _round(row[k], 2) for k, m in enumerate(u.months)}
                     for code, row in sorted(u.projects.items())},
        "over_allocated": [{"name": n, "month": m, "utilisation": _round(r)}
                           for n, m, r in u.over_allocated],
    }


def heat_rows(u: Utilisation, group_by: str = "role") -> list[HeatRow]:
    """The heat map's rows: each group (``"role"`` or ``"team"``) as the sum of its
    people, then its people by name; stand-ins of unnamed demand go with their role."""
    groups: dict[str, list[PersonRow]] = {}
    for p in u.people:
        key = p.team if group_by == "team" and not p.placeholder else p.role
        groups.setdefault(key or "No team", []).append(p)
    width = len(u.months)
    rows: list[HeatRow] = []
    for name in sorted(groups):
        members = sorted(groups[name], key=lambda p: p.name)
        total = tuple(HeatCell(sum(p.capacity[k] for p in members),
                               sum(p.demand[k] for p in members)) for k in range(width))
        rows.append(HeatRow(group_by, name, name if group_by == "role" else "", None, total))
        rows += [HeatRow("person", p.name, p.role, p.team, tuple(
            HeatCell(p.capacity[k], p.demand[k], u.marks.get((p.name, u.months[k])))
            for k in range(width))) for p in members]
    return rows


def scenario_label(moves: Sequence[Move]) -> str:
    return "what-if: " + "; ".join(m.label for m in moves)


def _shift_edits(store: Store, code: str, by: int, factor: float) -> list[Edit]:
    rows = project_allocations(store, code)
    # Moving later, the latest month moves first (and earliest first when moving
    # earlier) so that no row lands on a month another row still holds.
    rows.sort(key=lambda r: str(r["period"]), reverse=by > 0)
    edits = []
    for r in rows:
        values: dict[str, Any] = {}
        if by:
            values["period"] = shift_period(str(r["period"]), by)
        if factor != 1.0 and r["hours"] is not None:
            values["hours"] = round(float(r["hours"]) * factor, 6)
        if values:
            edits.append(Edit("update", "allocation", int(r["id"]), values,
                              expected={"period": r["period"], "hours": r["hours"]}))
    project = project_dates(store, code)
    if by and project is not None:
        values = {}
        for forecast in _DATE_FIELDS:
            day = project[forecast] or project[forecast.replace("forecast", "baseline")]
            if day:
                values[forecast] = shift_date(date.fromisoformat(str(day)[:10]), by).isoformat()
        if values:
            edits.append(Edit("update", "project", int(project["id"]), values))
    return edits


def commit_scenario(store: Store, moves: Sequence[Move], *, source: str = "ui") -> Result:
    """Write a scenario: each moved project's allocations shifted and scaled by the
    moves' net effect, its forecast start and finish shifted (from the baseline when
    there is no forecast yet). One transaction and one batch; ``value`` is the edits
    that undo it. An unknown project code raises ``ValueError`` and writes nothing."""
    codes = list(dict.fromkeys(m.project for m in moves))
    missing = [c for c in codes if project_dates(store, c) is None]
    if missing:
        raise ValueError(f"No project has the code {', '.join(missing)}.")
    edits = [e for c in codes
             for e in _shift_edits(store, c, net_shift(moves, c), net_factor(moves, c))]
    return apply_many(store, edits, source=source, batch=scenario_label(moves))

