"""Named read of one person's plan: capacity and allocations by project × month.

What the Resources view's month grid edits: every capacity and allocation record of
one resource (all months, not only those on screen, so a run moved off the screen is
still known), each with its id, grouped by project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .queries_common import Source, database


@dataclass(frozen=True)
class PlanCell:
    """One stored capacity or allocation record."""

    id: int
    hours: float | None
    booking: str | None = None
    role_id: int | None = None


@dataclass(frozen=True)
class PlanRow:
    """The capacity row (``entity == "capacity"``) or one project's allocations."""

    entity: str
    project_id: int | None
    code: str
    name: str
    cells: dict[str, PlanCell] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.entity, self.project_id)

    def booking(self) -> str | None:
        """The row's booking when all its cells share one, else ``None``."""
        kinds = {c.booking or "committed" for c in self.cells.values()}
        return kinds.pop() if len(kinds) == 1 else None


@dataclass(frozen=True)
class PersonPlan:
    resource_id: int
    name: str
    role: str | None
    team: str | None
    fte: float | None
    hours_per_day: float | None
    capacity: PlanRow
    allocations: tuple[PlanRow, ...]

    @property
    def rows(self) -> tuple[PlanRow, ...]:
        return (self.capacity, *self.allocations)

    def row(self, key: tuple[str, int | None]) -> PlanRow | None:
        return next((r for r in self.rows if r.key == key), None)

    def allocated(self, period: str, committed_only: bool = False) -> float:
        """Hours booked in ``period`` across projects."""
        return sum(c.hours or 0.0 for r in self.allocations
                   for p, c in r.cells.items() if p == period
                   and (not committed_only or (c.booking or "committed") == "committed"))


def person_plan(source: Source, resource_id: int) -> PersonPlan | None:
    """Resource ``resource_id``'s capacity and allocations (``None`` when it is gone);
    projects in code order."""
    db = database(source)
    people = list(db.query(
        "SELECT r.id, r.name, r.team, r.fte, r.hours_per_day, ro.name AS role FROM resource r"
        " LEFT JOIN role ro ON ro.id = r.role_id WHERE r.id = ?", [resource_id]))
    if not people:
        return None
    person: dict[str, Any] = people[0]
    capacity = PlanRow("capacity", None, "", "Capacity")
    for r in db.query("SELECT id, period, hours FROM capacity WHERE resource_id = ?",
                      [resource_id]):
        capacity.cells[r["period"]] = PlanCell(int(r["id"]), r["hours"])
    rows: dict[int, PlanRow] = {}
    for r in db.query(
            "SELECT a.id, a.period, a.hours, a.booking, a.role_id, a.project_id, p.code,"
            " p.name FROM allocation a JOIN project p ON p.id = a.project_id"
            " WHERE a.resource_id = ? ORDER BY p.code, a.period", [resource_id]):
        row = rows.setdefault(int(r["project_id"]), PlanRow(
            "allocation", int(r["project_id"]), r["code"], r["name"] or ""))
        row.cells[r["period"]] = PlanCell(int(r["id"]), r["hours"], r["booking"], r["role_id"])
    return PersonPlan(int(person["id"]), person["name"], person["role"], person["team"],
                      person["fte"], person["hours_per_day"], capacity, tuple(rows.values()))


__all__ = ["PersonPlan", "PlanCell", "PlanRow", "person_plan"]
