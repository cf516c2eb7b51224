"""Several record writes as one: one transaction, one undo step.

A bulk edit (80 h in each of Jan–Jun, a run of months moved two months later, a row
pasted from Excel) is a list of ``Edit``s given to ``apply_many``: every create,
update, delete and restore in one ``store.write``, so either all of them are written
or none is. The ``Result``'s ``value`` is the list of edits that undoes it (in the
order to apply them); applying that list gives back the list that redoes it, so an
undo stack holds one command per bulk edit however many records it touched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pmo_desktop.store import ENTITIES, Store, StoreError, Tx

from .records import changed_elsewhere, entity_label
from .result import Result

__all__ = ["Edit", "apply_many"]

Op = Literal["create", "update", "delete", "restore"]


@dataclass(frozen=True)
class Edit:
    """One write of a batch.

    ``create``: ``values`` of a new record (``id`` unused). ``update``: set ``values`` on
    record ``id``. ``delete``: record ``id`` and what goes with it. ``restore``: put
    record ``id`` back with ``values`` (every column, as ``delete`` captured it).
    ``expected``: the fields the caller last saw; when the stored record no longer
    holds them (another window or a script wrote it since), the whole batch is refused.
    """

    op: Op
    entity: str
    id: int | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    expected: Mapping[str, Any] | None = None


def _data(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The key and data fields of a record (no provenance, no id)."""
    ent = ENTITIES[entity]
    return {c: values.get(c) for c in dict.fromkeys((*ent.key, *ent.fields))}


def _check(tx: Tx, edit: Edit) -> dict[str, Any]:
    """The stored record ``edit`` writes over, refused if gone or moved since."""
    if edit.id is None:
        raise StoreError(f"A {entity_label(edit.entity)} {edit.op} needs the record's id.")
    current = tx.get(edit.entity, edit.id)
    if current is None:
        raise StoreError(f"That {entity_label(edit.entity)} no longer exists.")
    if edit.expected is not None:
        moved = [k for k, v in edit.expected.items() if current.get(k) != v]
        if moved:
            key = tx.key_text(ENTITIES[edit.entity], current)
            raise changed_elsewhere(edit.entity, key, moved, current)
    return current


def _apply(tx: Tx, edit: Edit) -> list[Edit]:
    """Write one edit; the edits that undo it."""
    if edit.entity not in ENTITIES:
        raise StoreError(f"'{edit.entity}' is not an entity.")
    if edit.op == "create":
        new_id = tx.create(edit.entity, dict(edit.values))
        stored = tx.get(edit.entity, new_id) or {}
        return [Edit("delete", edit.entity, new_id, expected=_data(edit.entity, stored))]
    if edit.op == "restore":
        assert edit.id is not None
        tx.restore(edit.entity, edit.id, dict(edit.values))
        return [Edit("delete", edit.entity, edit.id,
                     expected=_data(edit.entity, edit.values))]
    current = _check(tx, edit)
    if edit.op == "update":
        assert edit.id is not None
        changed = tx.update(edit.entity, edit.id, dict(edit.values))
        if not changed:
            return []
        after = tx.get(edit.entity, edit.id) or {}
        return [Edit("update", edit.entity, edit.id, {c: current.get(c) for c in changed},
                     expected={c: after.get(c) for c in changed})]
    if edit.op == "delete":
        assert edit.id is not None
        captured = tx.capture(edit.entity, edit.id)
        tx.delete(edit.entity, edit.id)
        if captured is None:
            return []
        # Put back the record first, then its children (the order ``Deleted`` gives).
        return [Edit("restore", r.entity, r.id, dict(r.values)) for r in captured.records]
    raise StoreError(f"'{edit.op}' is not a kind of edit.")


def apply_many(store: Store, edits: Sequence[Edit], *, source: str = "ui",
               batch: str | None = None) -> Result:
    """Write ``edits`` in one transaction (all or nothing; every field change in the
    change log). ``value`` is the list of edits that undoes them all,
    ready to give to ``apply_many`` again; ``counts`` says how many edits were written.
    With ``batch`` (a sentence saying what the edits do) the write is one batch of its
    own, which ``history`` lists and ``undo_batch`` takes back."""
    undo: list[Edit] = []
    with store.write(source, batch=None if batch is None else {"file_name": batch}) as tx:
        for edit in edits:
            # Undo runs backwards: the last write is taken back first.
            undo[:0] = _apply(tx, edit)
    return Result.of(tx.changes, value=undo, counts={"edits": len(edits)})
