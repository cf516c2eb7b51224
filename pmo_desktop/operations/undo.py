"""Undo one import batch (or any logged batch), read from the change log alone."""

from __future__ import annotations

from pmo_desktop.store import Store
from pmo_desktop.store.undo import undo_batch as _undo_batch

from .result import Result

__all__ = ["undo_batch"]


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
