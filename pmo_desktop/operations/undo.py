"""Undo one batch (an import, an edit from the command line), read from the change log
alone; the history of batches."""

from __future__ import annotations

from typing import Any

from pmo_desktop.store import Store
from pmo_desktop.store.record_reads import batch_history
from pmo_desktop.store.undo import undo_batch as _undo_batch

from .result import Result

__all__ = ["history", "undo_batch"]


def undo_batch(store: Store, batch_id: int, *, source: str | None = None) -> Result:
    """Put back exactly what was there before batch ``batch_id``.

    Refused (``UndoConflict``, a ``StoreError`` naming each conflict) when later edits
    changed what the batch wrote or later records depend on what it created; a batch
    already undone or unknown is refused too. The change log records the undo under
    ``source`` (default ``undo:<batch>``). ``value`` is the command line's JSON:
    ``{"batch", "undone", "created", "updated", "deleted", "entities"}``."""
    changes = _undo_batch(store, int(batch_id), source=source)
    value = {"batch": int(batch_id), "undone": True, **changes.summary(),
             "entities": sorted(changes.entities)}
    return Result.of(changes, value=value)


def _counts_text(summary: dict[str, int] | None) -> str:
    parts = [f"{n} {what}" for what, n in (summary or {}).items() if n]
    return ", ".join(parts) if parts else "nothing changed"


def history(store: Store) -> list[dict[str, Any]]:
    """Every batch, newest first, as ``history`` shows it: ``{"batch", "source", "at",
    "summary"}``; the summary is one sentence (an import's files and what it created,
    updated and deleted; an edit's own description), with when it was undone."""
    out = []
    for row in batch_history(store):
        what = str(row["file_name"] or "")
        if row["source"] == "import":
            summary = f"import {what}: {_counts_text(row['summary'])}"
        else:
            summary = what or _counts_text(row["summary"])
        if row["undone_at"]:
            summary += f" (undone {row['undone_at']})"
        out.append({"batch": int(row["id"]), "source": str(row["source"]),
                    "at": row["imported_at"], "summary": summary})
    return out
