"""What goes with a record when it is deleted: the cascade, declared once.

A project takes its milestones, financials, allocations, RAID items, change requests,
baselines and lessons with it; a resource its allocations and capacity. ``Tx.delete``
deletes (and logs) these children before the record; ``capture`` reads the same rows
first, so that an undo puts back exactly what the delete took (with the same ids).

Records that only link to it stay and lose the link (``UNLINKS``: a programme's
projects, a role's people and allocations). ``Tx.delete`` clears those links itself,
logged, rather than leaving it to the foreign key's silent ``SET NULL``; ``capture``
notes them, so an undo links them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .schema import ENTITIES

if TYPE_CHECKING:
    import sqlite3

    from .sqlitedb import Database

# Children deleted (and logged) before a project is deleted.
PROJECT_CHILDREN = (
    "milestone", "financial", "allocation", "risk", "issue", "assumption", "dependency",
    "decision", "action", "change_request", "baseline", "lesson", "task", "gate",
)

#: entity → (its children's entities, in the order they are deleted; their parent column)
CASCADE: dict[str, tuple[tuple[str, ...], str]] = {
    "project": (PROJECT_CHILDREN, "project_id"),
    "resource": (("allocation", "capacity"), "resource_id"),
    "objective": (("contribution",), "objective_id"),
    "criterion": (("score",), "criterion_id"),
    "benefit": (("benefit_actual",), "benefit_id"),
}

#: entity → the (entity, column) links to it that its delete clears; those records stay.
UNLINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "programme": (("project", "programme_id"),),
    "role": (("resource", "role_id"), ("allocation", "role_id")),
}

# Columns that are not a record's values (the id is kept apart; RAID's type is the entity).
_NOT_VALUES = ("id", "type")


@dataclass(frozen=True)
class Record:
    """One stored record: its entity, id and every other column (provenance included)."""

    entity: str
    id: int
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Deleted:
    """A record and every child deleted with it, as they were just before the delete."""

    record: Record
    children: tuple[Record, ...] = ()
    #: (entity, id, column) of each record that linked to this one and was unlinked
    unlinked: tuple[tuple[str, int, str], ...] = ()

    @property
    def records(self) -> tuple[Record, ...]:
        """The record, then its children: the order in which they are put back."""
        return (self.record, *self.children)


def _rows(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, row)) for row in cursor)


def _select(db: Database, name: str, columns: str, column: str,
            value: Any) -> sqlite3.Cursor:
    """``SELECT columns`` of the records of entity ``name`` whose ``column`` is ``value``."""
    ent = ENTITIES[name]
    sql = f"SELECT {columns} FROM {ent.table} WHERE {column} = ?"
    params: list[Any] = [value]
    if ent.raid_type:
        sql += " AND type = ?"
        params.append(ent.raid_type)
    return db.conn.execute(sql + " ORDER BY id", params)


def _children(db: Database, name: str, entity_id: int,
              columns: str) -> Iterator[tuple[str, sqlite3.Cursor]]:
    """For each kind of child of ``name``: ``SELECT columns`` of those of ``entity_id``."""
    kinds, column = CASCADE.get(name, ((), ""))
    for child in kinds:
        yield child, _select(db, child, columns, column, entity_id)


def child_ids(db: Database, name: str, entity_id: int) -> list[tuple[str, int]]:
    """(entity, id) of every record deleted with this one, in the order they go."""
    return [(child, int(row[0])) for child, cursor in _children(db, name, entity_id, "id")
            for row in cursor.fetchall()]


def child_counts(db: Database, name: str, entity_id: int) -> dict[str, int]:
    """How many records of each kind go with this one (kinds with none left out)."""
    counts = {child: int(cursor.fetchone()[0])
              for child, cursor in _children(db, name, entity_id, "COUNT(*)")}
    return {child: n for child, n in counts.items() if n}


def linked_ids(db: Database, name: str,
               entity_id: int) -> list[tuple[str, int, str]]:
    """(entity, id, column) of every record whose link to this one its delete clears."""
    return [(linked, int(row[0]), column) for linked, column in UNLINKS.get(name, ())
            for row in _select(db, linked, "id", column, entity_id).fetchall()]


def linked_counts(db: Database, name: str, entity_id: int) -> dict[str, int]:
    """How many records of each kind stay but lose their link when this one goes."""
    counts: dict[str, int] = {}
    for linked, _id, _column in linked_ids(db, name, entity_id):
        counts[linked] = counts.get(linked, 0) + 1
    return counts


def row_by_id(db: Database, name: str, entity_id: int) -> dict[str, Any] | None:
    """Every column of one record of entity ``name`` (``None`` when there is none)."""
    return next(_rows(_select(db, name, "*", "id", entity_id)), None)


def capture(db: Database, name: str, entity_id: int) -> Deleted | None:
    """The record and its children as stored now (``None`` when it does not exist)."""
    row = row_by_id(db, name, entity_id)
    if row is None:
        return None
    children = tuple(_record(child, r) for child, cursor in _children(db, name, entity_id, "*")
                     for r in _rows(cursor))
    return Deleted(_record(name, row), children, tuple(linked_ids(db, name, entity_id)))


def _record(name: str, row: dict[str, Any]) -> Record:
    return Record(name, int(row["id"]), {k: v for k, v in row.items() if k not in _NOT_VALUES})


__all__ = ["CASCADE", "Deleted", "PROJECT_CHILDREN", "Record", "UNLINKS", "capture",
           "child_counts", "child_ids", "linked_counts", "linked_ids", "row_by_id"]
