"""Undo of an import batch (or any logged batch), read from the change log alone."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .db import StoreError
from .ops import Changes, _now

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


def _conflicts(store: Store, entries: list[dict[str, Any]], last_id: int) -> list[str]:
    later = store.query(
        "SELECT entity, entity_id, key, op, field FROM change_log WHERE id > ?"
        " AND entity_id IS NOT NULL", [last_id])
    touched: dict[tuple[str, int], set[str | None]] = {}
    for row in later:
        touched.setdefault((row["entity"], row["entity_id"]), set()).add(
            "*" if row["op"] == "delete" else row["field"])
    out: list[str] = []
    for entry in entries:
        fields = touched.get((entry["entity"], entry["entity_id"]))
        if not fields:
            continue
        if entry["op"] == "update" and entry["field"] not in fields and "*" not in fields:
            continue
        names = sorted(f for f in fields if f and f != "*") or ["the record"]
        what = "deleted" if "*" in fields else ", ".join(names)
        text = f"{entry['entity']} {entry['key']} ({what})"
        if text not in out:
            out.append(text)
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
        conflicts = _conflicts(store, entries, max(e["id"] for e in entries))
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
