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
from weakref import WeakKeyDictionary

from pmo_desktop.domain.capacity import is_placeholder, utilisation_ratio
from pmo_desktop.domain.whatif import Move, net_factor, net_shift, shift_date, shift_period
from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import Source, month_range
from pmo_desktop.store.queries_resources import HeatCell, HeatRow
from pmo_desktop.store.queries_whatif import (
    UtilisationInputs, project_allocations, project_dates, utilisation_inputs,
)

from .batch import Edit, apply_many
from .result import Result
from .utilgrid import Base, Net, net_moves

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
    _base: Base | None = None
    _net: Net = field(default_factory=dict)
    _committed_only: bool = False
    _touched: set[int] = field(default_factory=set)  # the people the scenario changed

    def projects_in(self, name: str, month: str) -> dict[str, float]:
        """The hours of each project behind ``name``'s ``month`` (a click on a cell)."""
        base = self._base
        if base is None or month not in self.months:
            return {}
        pi = next((i for i, p in enumerate(base.people) if p.name == name), None)
        if pi is None:
            return {}
        return base.projects_in(pi, month, self._committed_only, self._net)


def load(source: Source, first: str, months: int, moves: Sequence[Move] = ()) -> UtilisationInputs:
    """The window's inputs, with room for the scenario's largest shift."""
    span = month_range(first, months)
    reach = max([24] + [abs(net_shift(moves, m.project)) for m in moves])
    return utilisation_inputs(source, span[0], span[-1], margin=reach)


def base_of(inputs: UtilisationInputs) -> Base:
    """``inputs`` arranged for scenarios, built once (the first ``compute`` of a read:
    on the background thread in the app)."""
    base = _BASES.get(inputs)
    if base is None:
        base = _BASES[inputs] = Base(inputs)
    return base


_BASES: WeakKeyDictionary[UtilisationInputs, Base] = WeakKeyDictionary()


def compute(inputs: UtilisationInputs, moves: Sequence[Move] = (), *,
            committed_only: bool = False) -> Utilisation:
    """The grid of ``inputs`` with ``moves`` applied (none: as it stands). ``marks``
    says which cells the moves made worse or better; ``projects_in`` what a click on a
    cell shows."""
    base = base_of(inputs)
    net = net_moves(moves)
    demand, roles, projects, over, marks = base.scenario(committed_only, net)
    people = [PersonRow(p.name, p.role, p.team, cap, dem)
              for p, cap, dem in zip(base.people, base.capacity, demand)]
    role_cap = dict(base.role_capacity)
    role_dem = dict(roles)
    for role in role_dem:
        role_cap.setdefault(role, [0.0] * base.width)
    for role in role_cap:
        role_dem.setdefault(role, [0.0] * base.width)
    return Utilisation(list(base.months), people,
                       {c: row for c, row in projects.items() if any(row)}, role_cap,
                       role_dem, [cell for person in over for cell in person], marks,
                       _base=base, _net=net, _committed_only=committed_only,
                       _touched=set(base.touched))


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
    people, then its people by name; stand-ins of unnamed demand go with their role.
    A person the scenario did not change keeps the row made the first time."""
    base = u._base
    touched = u._touched
    cache: dict[tuple[int, bool], Any] = base.rows if base is not None else {}
    groups: dict[str, list[tuple[int, PersonRow]]] = {}
    for pi, p in enumerate(u.people):
        group = p.team if group_by == "team" and not p.placeholder else p.role
        groups.setdefault(group or "No team", []).append((pi, p))
    rows: list[HeatRow] = []
    for name in sorted(groups):
        members = sorted(groups[name], key=lambda m: m[1].name)
        caps = [sum(col) for col in zip(*(p.capacity for _, p in members))]
        dems = [sum(col) for col in zip(*(p.demand for _, p in members))]
        rows.append(HeatRow(group_by, name, name if group_by == "role" else "", None,
                            tuple(map(HeatCell, caps, dems))))
        for pi, p in members:
            cached = (pi, u._committed_only)
            row = None if pi in touched else cache.get(cached)
            if row is None:
                marks = [u.marks.get((p.name, m)) for m in u.months]
                row = HeatRow("person", p.name, p.role, p.team,
                              tuple(map(HeatCell, p.capacity, p.demand, marks)))
                if pi not in touched:
                    cache[cached] = row
            rows.append(row)
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

