"""Undo of an import batch (or any logged batch), read from the change log alone."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from .db import StoreError
from .ops import Changes, _now
from .schema import ENTITIES

if TYPE_CHECKING:
    from .store import Store


class UndoConflict(StoreError):
    """Later edits touched what the batch wrote; ``conflicts`` says which."""

    def __init__(self, conflicts: list[str]) -> None:
        self.conflicts = conflicts
        shown = "; ".join(conflicts[:5]) + (f"; and {len(conflicts) - 5} more"
                                            if len(conflicts) > 5 else "")
        super().__init__(f"The import cannot be undone: later edits touched {shown}.")


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
    out: list[str] = []
    for ref, state in expected.items():
        current = store.get(*ref)
        label = f"{ref[0]} {keys[ref]}"
        if state is _GONE:
            if current is not None:
                out.append(f"{label} (created again)")
            continue
        if current is None:
            out.append(f"{label} (deleted)")
            continue
        assert isinstance(state, dict)
        fields = ENTITIES[ref[0]].fields if ref in created else tuple(state)
        changed = [f for f in fields if not _same(state.get(f), current.get(f))]
        if changed:
            out.append(f"{label} ({', '.join(changed)})")
    return out


def undo_batch(store: Store, batch_id: int) -> Changes:
    """Restore exactly the state before the batch, or refuse with the conflicts."""
    batches = store.query("SELECT * FROM import_batch WHERE id = ?", [batch_id])
    if not batches:
        raise StoreError(f"There is no import batch {batch_id}.")
    if batches[0]["undone_at"]:
        raise StoreError(f"Import batch {batch_id} was already undone on "
                         f"{batches[0]['undone_at']}.")
    entries = store.query(
        "SELECT * FROM change_log WHERE batch_id = ? ORDER BY id DESC", [batch_id])
    if entries:
        conflicts = _conflicts(store, entries)
        if conflicts:
            raise UndoConflict(conflicts)
    with store.write(source=f"undo:{batch_id}") as tx:
        for entry in entries:
            name, entity_id = entry["entity"], entry["entity_id"]
            if entry["op"] == "create":
                if tx.get(name, entity_id) is not None:
                    tx.delete(name, entity_id)
            elif entry["op"] == "update":
                tx.update(name, entity_id, {entry["field"]: _decode(entry["old"])})
            elif entry["op"] == "delete":
                tx.restore(name, entity_id, _decode(entry["old"]))
        tx.db.execute("UPDATE import_batch SET undone_at = ? WHERE id = ?", [_now(), batch_id])
    return tx.changes
