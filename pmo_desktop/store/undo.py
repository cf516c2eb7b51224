"""Undo of an import batch (or any logged batch), read from the change log alone."""

from __future__ import annotations

import contextlib
import json
import math
from typing import TYPE_CHECKING, Any

from .baselines import released
from .db import StoreError
from .ops import Changes, _now, ids_in
from .schema import ENTITIES

if TYPE_CHECKING:
    from .store import Store


class UndoConflict(StoreError):
    """Later edits touched what the batch wrote, or later records depend on what it
    created; ``conflicts`` says which (and who made them)."""

    def __init__(self, conflicts: list[str], lead: str = "later edits touched") -> None:
        self.conflicts = conflicts
        shown = "; ".join(conflicts[:5]) + (f"; and {len(conflicts) - 5} more"
                                            if len(conflicts) > 5 else "")
        super().__init__(f"The import cannot be undone: {lead} {shown}.")


# Columns that point at a record of another entity: the schema's foreign keys.
_REFERENCES = {"project_id": "project", "resource_id": "resource", "role_id": "role",
               "programme_id": "programme"}


def _origin(store: Store, name: str, entity_id: int, op: str | None = None,
            after: int = 0, otherwise: str = "") -> str:
    """Who wrote the last (``op``) entry of a record after log id ``after``, and what to
    do about it: "by import batch 7 — undo batch 7 first", else "by hand on 2026-12-03"
    followed by ``otherwise``."""
    sql = "SELECT batch_id, source, at FROM change_log WHERE entity = ? AND entity_id = ?" \
          " AND id > ?"
    params: list[Any] = [name, entity_id, after]
    if op:
        sql += " AND op = ?"
        params.append(op)
    rows = store.query(sql + " ORDER BY id DESC LIMIT 1", params)
    if rows and rows[0]["batch_id"] is not None:
        batch = rows[0]["batch_id"]
        return f"by import batch {batch} — undo batch {batch} first"
    if rows:
        source = str(rows[0]["source"] or "")
        how = "by hand" if source in ("ui", "") else f"by {source}"
        who = f"{how} on {str(rows[0]['at'])[:10]}"
    else:
        who = "later"
    return f"{who}{otherwise}"


def _dependents(store: Store, entries: list[dict[str, Any]]) -> list[str]:
    """Records the batch did not create that point at a record it created (a risk a
    later batch added to a project this batch created; a milestone entered by hand):
    undoing the batch would delete them (or cut them loose), so they are named."""
    created: dict[str, dict[int, str]] = {}
    for entry in entries:
        if entry["op"] == "create":
            created.setdefault(entry["entity"], {})[int(entry["entity_id"])] = entry["key"]
    mine = {(name, eid) for name, ids in created.items() for eid in ids}
    out: list[str] = []
    for ent in ENTITIES.values():
        for column in dict.fromkeys((*ent.key, *ent.fields)):
            target = _REFERENCES.get(column)
            if target is None or target not in created:
                continue
            sql = (f"SELECT id, {column} AS parent FROM {ent.table} WHERE {column} IN "
                   f"({ids_in(created[target])})")
            params: list[Any] = []
            if ent.raid_type:
                sql += " AND type = ?"
                params.append(ent.raid_type)
            for row in store.query(sql + " ORDER BY id", params):
                if (ent.name, int(row["id"])) in mine:
                    continue
                parent_key = created[target][int(row["parent"])]
                key = _key_of(store, ent.name, int(row["id"]))
                if key.startswith(parent_key + "/"):
                    key = key[len(parent_key) + 1:]
                who = _origin(store, ent.name, int(row["id"]), "create",
                              otherwise=" — delete it first")
                out.append(f"{_label(ent.name)} {key} was added to {_label(target)} "
                           f"{parent_key} {who}")
    return out


def _label(name: str) -> str:
    return name.replace("_", " ")


def _key_of(store: Store, name: str, entity_id: int) -> str:
    rows = store.query("SELECT key FROM change_log WHERE entity = ? AND entity_id = ?"
                       " ORDER BY id DESC LIMIT 1", [name, entity_id])
    return str(rows[0]["key"]) if rows else f"#{entity_id}"


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


_GONE = object()


def _same(a: Any, b: Any) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return False
    try:
        # The log's JSON keeps 15 significant digits: float noise below that is the same.
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-9)
    except (TypeError, ValueError):
        return str(a) == str(b)


def _conflicts(store: Store, entries: list[dict[str, Any]]) -> list[str]:
    """Fields whose value now differs from what the batch left there.

    Comparing values (not the log after the batch) lets a later batch that was
    itself undone, or an edit that was reverted, stand out of the way."""
    expected: dict[tuple[str, int], dict[str, Any] | object] = {}
    keys: dict[tuple[str, int], str] = {}
    for entry in sorted(entries, key=lambda e: e["id"]):
        ref = (entry["entity"], entry["entity_id"])
        keys[ref] = entry["key"]
        if entry["op"] == "create":
            expected[ref] = dict(_decode(entry["new"]) or {})
        elif entry["op"] == "delete":
            expected[ref] = _GONE
        else:
            state = expected.setdefault(ref, {})
            if isinstance(state, dict):
                state[entry["field"]] = _decode(entry["new"])
    created = {(e["entity"], e["entity_id"]) for e in entries if e["op"] == "create"}
    last = max(int(e["id"]) for e in entries)
    out: list[str] = []
    for ref, state in expected.items():
        current = store.get(*ref)
        label = f"{_label(ref[0])} {keys[ref]}"
        what = ""
        if state is _GONE:
            if current is not None:
                what = "created again"
        elif current is None:
            what = "deleted"
        else:
            assert isinstance(state, dict)
            fields = ENTITIES[ref[0]].fields if ref in created else tuple(state)
            what = ", ".join(f for f in fields if not _same(state.get(f), current.get(f)))
        if what:
            out.append(f"{label} ({what}) {_origin(store, ref[0], ref[1], after=last)}")
    return out


def undo_batch(store: Store, batch_id: int, source: str | None = None) -> Changes:
    """Restore exactly the state before the batch, or refuse with the conflicts.

    The change log records the undo under ``source`` (default ``undo:<batch>``)."""
    store.check_writable()
    batches = store.query("SELECT * FROM import_batch WHERE id = ?", [batch_id])
    if not batches:
        raise StoreError(f"There is no import batch {batch_id}.")
    if batches[0]["undone_at"]:
        raise StoreError(f"Import batch {batch_id} was already undone on "
                         f"{batches[0]['undone_at']}.")
    entries = store.query(
        "SELECT * FROM change_log WHERE batch_id = ? ORDER BY id DESC", [batch_id])
    if entries:
        dependents = _dependents(store, entries)
        if dependents:
            raise UndoConflict(dependents, lead=f"batch {batch_id} created what later "
                                                "records depend on:")
        conflicts = _conflicts(store, entries)
        if conflicts:
            raise UndoConflict(conflicts)
    with store.write(source=source or f"undo:{batch_id}") as tx:
        for entry in entries:
            name, entity_id = entry["entity"], entry["entity_id"]
            if entry["op"] == "create":
                row = tx.get(name, entity_id)
                if row is not None:
                    # A baseline version the batch wrote (an approval) is its project's
                    # latest: the release lets that one go, and nothing older.
                    with released(tx.db, int(row["project_id"])) if name == "baseline" \
                            else contextlib.nullcontext():
                        tx.delete(name, entity_id)
            elif entry["op"] == "update":
                tx.update(name, entity_id, {entry["field"]: _decode(entry["old"])})
            elif entry["op"] == "delete":
                tx.restore(name, entity_id, _decode(entry["old"]))
        tx.db.execute("UPDATE import_batch SET undone_at = ? WHERE id = ?", [_now(), batch_id])
    return tx.changes
