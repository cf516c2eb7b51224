"""Mutations: one transaction, every field change in the change log, a summary back.

``Tx`` is the only writer of entity tables. It is obtained from ``Store.write()``;
the block is one transaction, so an exception anywhere leaves the file as it was.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from itertools import repeat
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from .db import StoreError
from .schema import ENTITIES, PROVENANCE, Entity

if TYPE_CHECKING:
    import sqlite_utils

Provenance = tuple[str | None, str | None, int | None]

# Children deleted (and logged) before a project is deleted.
PROJECT_CHILDREN = (
    "milestone", "financial", "allocation", "risk", "issue", "assumption", "dependency",
    "decision", "action", "change_request", "baseline", "lesson",
)


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


_LOG_SQL = ("INSERT INTO change_log(at, source, batch_id, entity, entity_id, key, op, field,"
            " old, new, user, sheet, row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise StoreError(f"Unknown kind of record '{name}'.") from None


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)

# The C encoder bound once, with the same settings as ``_ENCODER`` (no circular check:
# logged values are flat dicts/scalars). ``JSONEncoder.encode`` builds one per call.
_C_ENCODE: Callable[[Any, int], Any] | None = (
    c_make_encoder(None, str, encode_basestring, None, ": ", ", ", False, False, True)
    if c_make_encoder is not None and encode_basestring is not None else None)
_join = "".join


def _encode(value: Any) -> str | None:
    if value is None:
        return None
    return _ENCODER.encode(value)


def _encode_new(row: dict[str, Any]) -> str:
    """A created record's non-null values as JSON, exactly as ``_encode`` writes them
    (the C encoder bound once: ``JSONEncoder.encode`` builds one per call)."""
    if None in row.values():
        row = {k: v for k, v in row.items() if v is not None}
    if _C_ENCODE is None:
        return _ENCODER.encode(row)
    return _join(_C_ENCODE(row, 0))


_sheet_of = itemgetter(1)
_line_of = itemgetter(2)


def _str_getter(column: str) -> Callable[[dict[str, Any]], str]:
    return lambda row: str(row.get(column, ""))


# Parent id column → (table, column) whose value names it in a logged key.
_REF_KEYS = {"project_id": ("project", "code"), "resource_id": ("resource", "name"),
             "role_id": ("role", "name"), "programme_id": ("programme", "name")}


class Tx:
    """A write transaction over the store (use through ``Store.write``)."""

    def __init__(self, db: sqlite_utils.Database, source: str, batch_id: int | None,
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

    def _key_builder(self, ent: Entity) -> Callable[[dict[str, Any]], str]:
        """``key_text`` for one entity as a function of the row, for bulk writes: each
        parent id is looked up once (cached by its value), the rest is ``str``."""
        getters = [self._ref_getter(c) if c.endswith("_id") else _str_getter(c)
                   for c in ent.key]
        if len(getters) == 1:
            return getters[0]
        if len(getters) == 2:
            first, second = getters
            return lambda row: first(row) + "/" + second(row)
        return lambda row: "/".join([g(row) for g in getters])

    def _ref_getter(self, column: str) -> Callable[[dict[str, Any]], str]:
        cache: dict[Any, str] = {}
        ref_key = self._ref_key

        def get(row: dict[str, Any]) -> str:
            value = row.get(column)
            try:
                return cache[value]
            except KeyError:
                text = cache[value] = ref_key(column, value)
                return text
            except TypeError:  # unhashable: not cached
                return ref_key(column, value)
        return get

    def _log(self, ent: Entity, entity_id: int, key: str, op: str,
             field_name: str | None, old: Any, new: Any,
             provenance: Provenance | None = None) -> None:
        sheet, row = (provenance[1], provenance[2]) if provenance else (None, None)
        self.db.conn.execute(_LOG_SQL, [
            self._at, self.source, self.batch_id, ent.name, entity_id, key, op, field_name,
            _encode(old), _encode(new), self.user, sheet, row])

    def _checked(self, ent: Entity, values: dict[str, Any]) -> dict[str, Any]:
        row = self._columns(ent, values)
        for column in ent.required:
            if row.get(column) in (None, ""):
                raise StoreError(f"A {ent.name} needs a {column.replace('_', ' ')}.")
        for column in ent.key:
            if row.get(column) in (None, ""):
                raise StoreError(f"A {ent.name} needs a {column.replace('_id', '')}.")
        return row

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
                    items: Sequence[tuple[dict[str, Any], Provenance | None]],
                    trusted: bool = False) -> list[int]:
        """Insert records in bulk: ids are assigned here (we hold the write lock),
        rows and their change-log entries go in with ``executemany``.

        ``trusted``: the caller already validated fields, required values and keys
        (the importer's plan does); skip those per-row checks."""
        ent = entity(name)
        conn = self.db.conn
        if trusted:
            rows = [values for values, _ in items]
        else:
            rows = [self._checked(ent, values) for values, _ in items]
        provs = [provenance for _, provenance in items]
        n = len(rows)
        first_id = int(conn.execute(
            f"SELECT COALESCE(MAX(id), 0) FROM {ent.table}").fetchone()[0]) + 1
        ids = range(first_id, first_id + n)
        self._insert(ent, ids, rows, provs)
        keys = list(map(self._key_builder(ent), rows))
        self.changes.created += zip(repeat(ent.name), ids, keys)
        # One 'create' entry per record, built from iterators (no per-row Python
        # besides the JSON of its values).
        if None in provs:
            sheets: Iterable[Any] = [p[1] if p else None for p in provs]
            lines: Iterable[Any] = [p[2] if p else None for p in provs]
        else:
            sheets, lines = map(_sheet_of, provs), map(_line_of, provs)  # type: ignore[arg-type]
        conn.executemany(_LOG_SQL, zip(
            repeat(self._at), repeat(self.source), repeat(self.batch_id), repeat(ent.name),
            ids, keys, repeat("create"), repeat(None), repeat(None), map(_encode_new, rows),
            repeat(self.user), sheets, lines))
        return list(ids)

    def _insert(self, ent: Entity, ids: range, rows: list[dict[str, Any]],
                provs: list[Provenance | None]) -> None:
        """``executemany`` the rows as tuples, one statement per set of columns:
        (id, [type], *values, [source_file, source_sheet, source_row, source_batch])."""
        head = (ent.raid_type,) if ent.raid_type else ()
        batch_id = self.batch_id
        groups: dict[tuple[tuple[str, ...], bool], list[tuple[Any, ...]]] = {}
        columns = set(map(tuple, rows))
        if len(columns) == 1 and None not in provs:  # the importer's case
            groups[(columns.pop(), True)] = [
                (new_id, *head, *row.values(), *prov, batch_id)  # type: ignore[misc]
                for new_id, row, prov in zip(ids, rows, provs)]
        else:
            for new_id, row, prov in zip(ids, rows, provs):
                gkey = (tuple(row), prov is not None)
                group = groups.get(gkey)
                if group is None:
                    group = groups[gkey] = []
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

    def get(self, name: str, entity_id: int) -> dict[str, Any] | None:
        ent = entity(name)
        sql = f"SELECT * FROM {ent.table} WHERE id = ?"
        params: list[Any] = [entity_id]
        if ent.raid_type:
            sql += " AND type = ?"
            params.append(ent.raid_type)
        cur = self.db.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row))

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
                self._log(ent, entity_id, key, "update", column, current.get(column), row[column],
                          provenance)
            self.changes.updated.append((ent.name, entity_id, key))
        return changed

    def delete(self, name: str, entity_id: int) -> None:
        """Delete a record (a project takes its children with it, each logged)."""
        ent = entity(name)
        current = self.get(name, entity_id)
        if current is None:
            raise StoreError(f"That {ent.name} no longer exists.")
        if ent.name == "project":
            for child in PROJECT_CHILDREN:
                cent = entity(child)
                sql = f"SELECT id FROM {cent.table} WHERE project_id = ?"
                params: list[Any] = [entity_id]
                if cent.raid_type:
                    sql += " AND type = ?"
                    params.append(cent.raid_type)
                for (child_id,) in self.db.execute(sql, params).fetchall():
                    self.delete(child, int(child_id))
        if ent.name == "resource":
            for table, child in (("allocation", "allocation"), ("capacity", "capacity")):
                for (child_id,) in self.db.execute(
                        f"SELECT id FROM {table} WHERE resource_id = ?", [entity_id]).fetchall():
                    self.delete(child, int(child_id))
        key = self.key_text(ent, current)
        self.db.execute(f"DELETE FROM {ent.table} WHERE id = ?", [entity_id])
        kept = {c: current[c] for c in (*ent.key, *ent.fields) if current.get(c) is not None}
        self._log(ent, entity_id, key, "delete", None, kept, None)
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
        self._log(ent, entity_id, key, "create", None, None, values)
        self.changes.created.append((ent.name, entity_id, key))

    def set_setting(self, key: str, value: Any) -> None:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        old = json.loads(row[0]) if row else None
        if old == value:
            return
        self.db.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                        [key, json.dumps(value)])
        self.db.execute(
            "INSERT INTO change_log(at, source, batch_id, entity, entity_id, key, op, field,"
            " old, new, user) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [self._at, self.source, self.batch_id, "setting", None, key, "update", key,
             _encode(old), _encode(value), self.user])


def ids_in(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"
