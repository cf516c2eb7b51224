"""Mutations: one transaction, every field change in the change log, a summary back.

``Tx`` is the only writer of entity tables. It is obtained from ``Store.write()``;
the block is one transaction, so an exception anywhere leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .baselines import released
from .cascade import Deleted, capture, child_ids, linked_ids, row_by_id
from .db import StoreError
from .schema import ENTITIES, PROVENANCE, Entity

if TYPE_CHECKING:
    from .sqlitedb import Database

Provenance = tuple[str | None, str | None, int | None]


@dataclass
class Changes:
    """What one operation touched: (entity, id, key) triples."""

    created: list[tuple[str, int, str]] = field(default_factory=list)
    updated: list[tuple[str, int, str]] = field(default_factory=list)
    deleted: list[tuple[str, int, str]] = field(default_factory=list)
    batch_id: int | None = None

    @property
    def entities(self) -> set[str]:
        return {e for e, _, _ in self.created + self.updated + self.deleted}

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)

    def summary(self) -> dict[str, int]:
        return {"created": len(self.created), "updated": len(self.updated),
                "deleted": len(self.deleted)}


# The change log's columns, written by ``Tx.log`` (one entry) and ``Tx._log_created``
# (the entries of a bulk insert, by one INSERT … SELECT): the only writes of the log.
_LOG_COLUMNS = ("at", "source", "batch_id", "entity", "entity_id", "key", "op", "field", "old",
                "new", "user", "sheet", "row")
_LOG_INSERT = f"INSERT INTO change_log({', '.join(_LOG_COLUMNS)}) "
_LOG_SQL = _LOG_INSERT + f"VALUES ({','.join('?' * len(_LOG_COLUMNS))})"


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise StoreError(f"Unknown kind of record '{name}'.") from None


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def _encode(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(value)


# Parent id column → (table, column) whose value names it in a logged key.
_REF_KEYS = {"project_id": ("project", "code"), "resource_id": ("resource", "name"),
             "role_id": ("role", "name"), "programme_id": ("programme", "name"),
             "objective_id": ("objective", "code"), "criterion_id": ("criterion", "name"),
             "benefit_id": ("benefit", "ref")}


class Tx:
    """A write transaction over the store (use through ``Store.write``)."""

    def __init__(self, db: Database, source: str, batch_id: int | None,
                 user: str | None = None) -> None:
        self.db = db
        self.source = source
        self.batch_id = batch_id
        self.user = user
        self.changes = Changes(batch_id=batch_id)
        self._at = _now()
        self._key_cache: dict[tuple[str, int], str] = {}

    # -- helpers -------------------------------------------------------------
    def _ref_key(self, column: str, value: Any) -> str:
        if value is None:
            return ""
        table, col = _REF_KEYS.get(column, ("", ""))
        if not table:
            return str(value)
        cache_key = (table, int(value))
        if cache_key not in self._key_cache:
            row = self.db.execute(f"SELECT {col} FROM {table} WHERE id = ?", [value]).fetchone()
            self._key_cache[cache_key] = str(row[0]) if row else f"#{value}"
        return self._key_cache[cache_key]

    def key_text(self, ent: Entity, row: dict[str, Any]) -> str:
        parts = [self._ref_key(c, row.get(c)) if c.endswith("_id") else str(row.get(c, ""))
                 for c in ent.key]
        return "/".join(parts)

    def log(self, entity_name: str, entity_id: int | None, key: str, op: str,
            field_name: str | None = None, old: Any = None, new: Any = None,
            provenance: Provenance | None = None) -> None:
        """Append one entry to the change log (``old``/``new`` as JSON): every write of
        the store — a record, a setting, a reporting period, an undo — is logged here."""
        sheet, row = (provenance[1], provenance[2]) if provenance else (None, None)
        self.db.conn.execute(_LOG_SQL, [
            self._at, self.source, self.batch_id, entity_name, entity_id, key, op, field_name,
            _encode(old), _encode(new), self.user, sheet, row])

    def absorb(self, inner: Tx) -> None:
        """Count what a nested write (a savepoint inside this transaction) wrote."""
        for mine, theirs in ((self.changes.created, inner.changes.created),
                             (self.changes.updated, inner.changes.updated),
                             (self.changes.deleted, inner.changes.deleted)):
            mine += theirs

    @staticmethod
    def _check_all(ent: Entity, rows: list[dict[str, Any]], shapes: set[tuple[str, ...]]) -> None:
        """Every row holds only the entity's fields, its required values and its key
        (``shapes``: the rows' distinct column tuples). One pass per column, in C."""
        allowed = set(ent.fields) | set(ent.key)
        unknown = set().union(*shapes) - allowed
        if unknown:
            raise StoreError(f"A {ent.name} has no field {', '.join(sorted(unknown))}.")
        for column, label in [*((c, c.replace("_", " ")) for c in ent.required),
                              *((c, c.replace("_id", "")) for c in ent.key)]:
            if all(column in shape for shape in shapes):
                values = list(map(itemgetter(column), rows))
            else:
                values = [row.get(column) for row in rows]
            if None in values or "" in values:
                raise StoreError(f"A {ent.name} needs a {label}.")

    def _columns(self, ent: Entity, values: dict[str, Any]) -> dict[str, Any]:
        allowed = set(ent.fields) | set(ent.key)
        unknown = [c for c in values if c not in allowed]
        if unknown:
            raise StoreError(f"A {ent.name} has no field {', '.join(sorted(unknown))}.")
        return dict(values)

    @staticmethod
    def _prov(provenance: Provenance | None, batch_id: int | None) -> dict[str, Any]:
        if provenance is None:
            return {}
        file_name, sheet, row = provenance
        return dict(zip(PROVENANCE, (file_name, sheet, row, batch_id)))

    # -- operations ----------------------------------------------------------
    def create(self, name: str, values: dict[str, Any],
               provenance: Provenance | None = None) -> int:
        """Insert one record; its values go to the change log as one entry."""
        return self.create_many(name, [(values, provenance)])[0]

    def create_many(self, name: str,
                    items: Sequence[tuple[dict[str, Any], Provenance | None]]) -> list[int]:
        """Insert records in bulk: the rows are checked column by column, ids are
        assigned here (we hold the write lock), the rows go in with ``executemany`` and
        their change-log entries with one INSERT … SELECT over them (no per-row Python
        for the log)."""
        ent = entity(name)
        conn = self.db.conn
        rows = [values for values, _ in items]
        shapes = set(map(tuple, rows))
        self._check_all(ent, rows, shapes)
        provs = [provenance for _, provenance in items]
        n = len(rows)
        first_id = int(conn.execute(
            f"SELECT COALESCE(MAX(id), 0) FROM {ent.table}").fetchone()[0]) + 1
        ids = range(first_id, first_id + n)
        last_log = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM change_log").fetchone()[0])
        for cols, with_prov, members in self._insert(ent, ids, rows, provs, shapes):
            self._log_created(ent, cols, with_prov, members)
        self.changes.created += [(ent.name, int(eid), key) for eid, key in conn.execute(
            "SELECT entity_id, key FROM change_log WHERE id > ? ORDER BY entity_id", [last_log])]
        return list(ids)

    def _insert(self, ent: Entity, ids: range, rows: list[dict[str, Any]],
                provs: list[Provenance | None], shapes: set[tuple[str, ...]]
                ) -> list[tuple[tuple[str, ...], bool, range | list[int]]]:
        """``executemany`` the rows as tuples, one statement per set of columns:
        (id, [type], *values, [source_file, source_sheet, source_row, source_batch]).
        Returns each statement's columns, whether it had provenance, and its ids."""
        head = (ent.raid_type,) if ent.raid_type else ()
        batch_id = self.batch_id
        groups: dict[tuple[tuple[str, ...], bool], list[tuple[Any, ...]]] = {}
        members: dict[tuple[tuple[str, ...], bool], range | list[int]] = {}
        if len(shapes) == 1 and None not in provs:  # the importer's case
            gkey = (next(iter(shapes)), True)
            groups[gkey] = [(new_id, *head, *row.values(), *prov, batch_id)  # type: ignore[misc]
                            for new_id, row, prov in zip(ids, rows, provs)]
            members[gkey] = ids
        else:
            for new_id, row, prov in zip(ids, rows, provs):
                gkey = (tuple(row), prov is not None)
                group = groups.get(gkey)
                if group is None:
                    group = groups[gkey] = []
                    members[gkey] = []
                members[gkey].append(new_id)  # type: ignore[union-attr]
                if prov is None:
                    group.append((new_id, *head, *row.values()))
                else:
                    group.append((new_id, *head, *row.values(), *prov, batch_id))
        for (cols, with_prov), values in groups.items():
            names = ["id", *(("type",) if head else ()), *cols,
                     *(PROVENANCE if with_prov else ())]
            try:
                self.db.conn.executemany(
                    f"INSERT INTO {ent.table} ({', '.join(names)}) VALUES "
                    f"({', '.join('?' * len(names))})", values)
            except Exception as exc:  # sqlite3.IntegrityError and friends
                if "UNIQUE" in str(exc):
                    raise StoreError(f"A {ent.name} with the same "
                                     f"{' and '.join(c.replace('_id', '') for c in ent.key)} "
                                     "already exists.") from exc
                raise StoreError(f"The {ent.name} could not be saved: {exc}.") from exc
        return [(cols, with_prov, members[(cols, with_prov)]) for cols, with_prov in groups]

    def _log_created(self, ent: Entity, cols: tuple[str, ...], with_prov: bool,
                     ids: range | list[int]) -> None:
        """One 'create' entry per record just inserted, written by SQLite itself from
        the stored rows (one INSERT … SELECT): its values as a JSON object of the
        columns it was given, nulls left out; its key; the sheet and row it came from."""
        obj = "json_object(" + ", ".join(f"'{c}', t.{c}" for c in cols) + ")"
        if ids and self.db.conn.execute(
                f"SELECT 1 FROM {ent.table} t WHERE {_where_ids(ids)} AND ("
                + " OR ".join(f"t.{c} IS NULL" for c in cols) + ") LIMIT 1").fetchone():
            obj = f"json_patch('{{}}', {obj})"  # merge-patch drops null members
        sheet_row = "t.source_sheet, t.source_row" if with_prov else "NULL, NULL"
        self.db.conn.execute(
            _LOG_INSERT +
            f"SELECT ?, ?, ?, ?, t.id, {_key_sql(ent)}, 'create', NULL, NULL, {obj}, ?, "
            f"{sheet_row} FROM {ent.table} t WHERE {_where_ids(ids)} ORDER BY t.id",
            [self._at, self.source, self.batch_id, ent.name, self.user])

    def get(self, name: str, entity_id: int) -> dict[str, Any] | None:
        return row_by_id(self.db, entity(name).name, entity_id)

    def capture(self, name: str, entity_id: int) -> Deleted | None:
        """The record and every child its delete would take, as stored now (for undo)."""
        return capture(self.db, entity(name).name, entity_id)

    def update(self, name: str, entity_id: int, values: dict[str, Any],
               provenance: Provenance | None = None) -> list[str]:
        """Set fields; only those whose value differs are written and logged."""
        ent = entity(name)
        current = self.get(name, entity_id)
        if current is None:
            raise StoreError(f"That {ent.name} no longer exists.")
        row = self._columns(ent, values)
        changed = [c for c, v in row.items() if current.get(c) != v]
        for column in ent.required:
            if column in changed and row[column] in (None, ""):
                raise StoreError(f"A {ent.name} needs a {column.replace('_', ' ')}.")
        sets = {c: row[c] for c in changed}
        if provenance is not None:
            sets.update(self._prov(provenance, self.batch_id))
        if sets:
            try:
                self.db.execute(
                    f"UPDATE {ent.table} SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                    [*sets.values(), entity_id])
            except Exception as exc:
                if "UNIQUE" in str(exc):
                    raise StoreError(f"A {ent.name} '{self.key_text(ent, {**current, **row})}'"
                                     " already exists.") from exc
                raise StoreError(f"The {ent.name} could not be saved: {exc}.") from exc
        if changed:
            key = self.key_text(ent, {**current, **row})
            for column in changed:
                self.log(ent.name, entity_id, key, "update", column, current.get(column),
                         row[column], provenance)
            self.changes.updated.append((ent.name, entity_id, key))
        return changed

    def delete(self, name: str, entity_id: int) -> None:
        """Delete a record and what goes with it (``cascade.CASCADE``: a project's
        children, a resource's allocations and capacity), each logged; records that
        link to it stay, their link cleared and logged (``cascade.UNLINKS``)."""
        ent = entity(name)
        current = self.get(name, entity_id)
        if current is None:
            raise StoreError(f"That {ent.name} no longer exists.")
        # A project's (immutable) baseline versions go with it: released for the delete.
        with released(self.db, entity_id, whole=True) if ent.name == "project" \
                else contextlib.nullcontext():
            for child, child_id in child_ids(self.db, ent.name, entity_id):
                self.delete(child, child_id)
        for linked, linked_id, column in linked_ids(self.db, ent.name, entity_id):
            self.update(linked, linked_id, {column: None})
        key = self.key_text(ent, current)
        self.db.execute(f"DELETE FROM {ent.table} WHERE id = ?", [entity_id])
        kept = {c: current[c] for c in (*ent.key, *ent.fields) if current.get(c) is not None}
        self.log(ent.name, entity_id, key, "delete", None, kept, None)
        self.changes.deleted.append((ent.name, entity_id, key))

    def restore(self, name: str, entity_id: int, values: dict[str, Any]) -> None:
        """Recreate a deleted record with its old id (used by undo)."""
        ent = entity(name)
        record = {"id": entity_id, **values}
        if ent.raid_type:
            record["type"] = ent.raid_type
        cols = list(record)
        key = self.key_text(ent, values)
        try:
            self.db.execute(
                f"INSERT INTO {ent.table} ({', '.join(cols)}) VALUES "
                f"({', '.join('?' * len(cols))})", [record[c] for c in cols])
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"The {ent.name} '{key}' cannot be restored: another record "
                             "now has its key.") from exc
        self.log(ent.name, entity_id, key, "create", None, None, values)
        self.changes.created.append((ent.name, entity_id, key))

    def set_setting(self, key: str, value: Any) -> bool:
        """Set one setting (logged); ``False`` when it already had that value."""
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        old = json.loads(row[0]) if row else None
        if old == value:
            return False
        self.db.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                        [key, json.dumps(value)])
        self.log("setting", None, key, "update", key, old, value)
        return True


def _where_ids(ids: range | list[int]) -> str:
    """SQL selecting rows ``t`` by id: a range, or a list of (integer) ids."""
    if isinstance(ids, range):
        return f"t.id BETWEEN {int(ids.start)} AND {int(ids.stop) - 1}"
    return f"t.id IN ({ids_in(ids)})"


def _key_sql(ent: Entity) -> str:
    """SQL for ``Tx.key_text`` of a row ``t``: parent ids by their names, the rest as text."""
    parts = []
    for c in ent.key:
        if c in _REF_KEYS:
            table, col = _REF_KEYS[c]
            parts.append(f"COALESCE((SELECT CAST(p.{col} AS TEXT) FROM {table} p"
                         f" WHERE p.id = t.{c}), '#' || t.{c}, '')")
        else:
            parts.append(f"COALESCE(CAST(t.{c} AS TEXT), '')")
    return " || '/' || ".join(parts)


def ids_in(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"
