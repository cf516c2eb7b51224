"""The arithmetic behind ``operations.whatif.compute``, fast enough for every what-if
change of a 500-person, 36-month window (``bench/resource_bench.py``).

``Base`` is built once from a window's inputs (on the background read): each person's
capacity and demand by month, committed and all, each person's bookings and each
project's as (person, month offset, hours, committed, role), role capacity and
demand, project hours, and the over-allocated cells of each person. A scenario then
only recomputes what its moved projects touch — the people, roles and projects they
book — from those bookings with the moves' net shift and factor applied (shifts and
scales commute), and reuses everything else as it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pmo_desktop.domain.capacity import is_placeholder
from pmo_desktop.domain.whatif import Move, compare, is_over, net_factor, net_shift
from pmo_desktop.store.queries_common import month_range
from pmo_desktop.store.queries_whatif import UtilisationInputs

Entry = tuple[int, str, int, float, bool, str]  # person, project, offset, hours, committed, role
Net = dict[str, tuple[int, float]]  # project → (months shifted, factor)
Over = list[tuple[str, str, float | None]]


def _index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1


def net_moves(moves: Sequence[Move]) -> Net:
    """Each moved project's net shift and factor (projects the moves leave as they are
    are left out)."""
    out: Net = {}
    for code in dict.fromkeys(m.project for m in moves):
        shift, factor = net_shift(moves, code), net_factor(moves, code)
        if shift or abs(factor - 1.0) > 1e-12:
            out[code] = (shift, factor)
    return out


@dataclass
class Side:
    """The grid as it stands, for one choice of bookings (committed only, or all)."""

    demand: list[tuple[float, ...]]
    roles: dict[str, list[float]]
    projects: dict[str, list[float]]
    over: list[Over]


class Base:
    """A window's inputs arranged for scenarios (see the module's docstring)."""

    def __init__(self, inputs: UtilisationInputs) -> None:
        first = _index(inputs.first)
        self.width = _index(inputs.last) - first + 1
        self.months = month_range(inputs.first, self.width)
        self.people = inputs.people
        index = {p.name: i for i, p in enumerate(self.people)}
        self.capacity = [tuple(inputs.capacity.get((p.name, m), 0.0) for m in self.months)
                         for p in self.people]
        self.by_person: list[list[Entry]] = [[] for _ in self.people]
        self.by_project: dict[str, list[Entry]] = {}
        offsets: dict[str, int] = {}
        for b in inputs.bookings:
            pi = index.get(b.person or "")
            if pi is None:
                continue
            off = offsets.get(b.period)
            if off is None:
                off = offsets[b.period] = _index(b.period) - first
            entry = (pi, b.project, off, b.hours, b.booking == "committed",
                     b.role or self.people[pi].role)
            self.by_person[pi].append(entry)
            self.by_project.setdefault(b.project, []).append(entry)
        self.role_capacity: dict[str, list[float]] = {}
        for p, cap in zip(self.people, self.capacity):
            if not is_placeholder(p.name):
                row = self.role_capacity.setdefault(p.role, [0.0] * self.width)
                for k, c in enumerate(cap):
                    row[k] += c
        self.role_members: dict[str, list[int]] = {}
        for pi, entries in enumerate(self.by_person):
            for role in {e[5] for e in entries}:
                self.role_members.setdefault(role, []).append(pi)
        self.sides = {flag: self._side(flag) for flag in (True, False)}
        self.touched: set[int] = set()  # the people the last scenario changed
        self.rows: dict[tuple[int, bool], object] = {}  # heat rows of people as they stand

    def _side(self, committed_only: bool) -> Side:
        demand = [self.person_demand(pi, committed_only, {}) for pi in range(len(self.people))]
        roles = {r: self.role_demand(r, committed_only, {}) for r in self.role_members}
        projects = {c: self.project_hours(c, committed_only, {}) for c in self.by_project}
        over = [self.person_over(pi, demand[pi]) for pi in range(len(self.people))]
        return Side(demand, roles, projects, over)

    def _add(self, row: list[float], entries: list[Entry], committed_only: bool,
             net: Net) -> list[float]:
        width = self.width
        for _pi, code, off, hours, committed, _role in entries:
            if committed_only and not committed:
                continue
            move = net.get(code)
            if move is not None:
                off += move[0]
                hours *= move[1]
            if 0 <= off < width:
                row[off] += hours
        return row

    def person_demand(self, pi: int, committed_only: bool, net: Net) -> tuple[float, ...]:
        return tuple(self._add([0.0] * self.width, self.by_person[pi], committed_only, net))

    def role_demand(self, role: str, committed_only: bool, net: Net) -> list[float]:
        entries = [e for pi in self.role_members.get(role, ()) for e in self.by_person[pi]
                   if e[5] == role]
        return self._add([0.0] * self.width, entries, committed_only, net)

    def project_hours(self, code: str, committed_only: bool, net: Net) -> list[float]:
        return self._add([0.0] * self.width, self.by_project.get(code, []), committed_only,
                         net)

    def person_over(self, pi: int, demand: tuple[float, ...]) -> Over:
        name = self.people[pi].name
        if is_placeholder(name):
            return []
        out: Over = []
        for k, (hours, cap) in enumerate(zip(demand, self.capacity[pi])):
            if hours:
                over, ratio = is_over(hours, cap)
                if over:
                    out.append((name, self.months[k], ratio))
        return out

    def projects_in(self, pi: int, month: str, committed_only: bool, net: Net
                    ) -> dict[str, float]:
        """The hours of each project in one person's month under a scenario."""
        k = self.months.index(month)
        out: dict[str, float] = {}
        for _pi, code, off, hours, committed, _role in self.by_person[pi]:
            if committed_only and not committed:
                continue
            move = net.get(code)
            if move is not None:
                off, hours = off + move[0], hours * move[1]
            if off == k:
                out[code] = out.get(code, 0.0) + hours
        return out

    def scenario(self, committed_only: bool, net: Net
                 ) -> tuple[list[tuple[float, ...]], dict[str, list[float]],
                            dict[str, list[float]], list[Over], dict[tuple[str, str], str]]:
        """Demand per person, role demand, project hours, over-allocated cells per
        person and the cells the scenario made worse or better."""
        side = self.sides[committed_only]
        if not net:
            self.touched = set()
            return side.demand, side.roles, side.projects, side.over, {}
        touched = sorted({e[0] for code in net for e in self.by_project.get(code, ())})
        roles_touched = {e[5] for code in net for e in self.by_project.get(code, ())}
        demand = list(side.demand)
        over = list(side.over)
        before: dict[tuple[str, str], float] = {}
        after: dict[tuple[str, str], float] = {}
        capacity: dict[tuple[str, str], float] = {}
        for pi in touched:
            demand[pi] = self.person_demand(pi, committed_only, net)
            over[pi] = self.person_over(pi, demand[pi])
            name = self.people[pi].name
            for k, (was, now) in enumerate(zip(side.demand[pi], demand[pi])):
                if was != now:  # only a cell whose hours moved can be worse or better
                    m = self.months[k]
                    before[(name, m)], after[(name, m)] = was, now
                    capacity[(name, m)] = self.capacity[pi][k]
        # A role's demand moves by what the moved projects' bookings move (a role has
        # too many bookings to add up again on every change).
        roles = dict(side.roles)
        for role in roles_touched:
            roles[role] = list(roles[role])
        width = self.width
        for code, (shift, factor) in net.items():
            for _pi, _c, off, hours, committed, role in self.by_project.get(code, ()):
                if committed_only and not committed:
                    continue
                row = roles[role]
                if 0 <= off < width:
                    row[off] -= hours
                if 0 <= off + shift < width:
                    row[off + shift] += hours * factor
        projects = dict(side.projects)
        for code in net:
            projects[code] = self.project_hours(code, committed_only, net)
        self.touched = set(touched)
        return demand, roles, projects, over, compare(before, after, capacity)
