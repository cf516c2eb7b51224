"""Create, update, delete (with children) and restore one record of any entity.

The app's undoable edits (``ui/commands.py``) and any script use these: each is one
write through the store (every field change in the change log) and returns a
``Result``. ``update`` and ``delete`` take ``expected``, the values the caller last saw:
when the stored record no longer holds them (another window or the command line wrote
it since), nothing is written and the ``StoreError`` says what changed elsewhere.

With ``batch`` (a sentence saying what the edit does: "edit risk DCX-101/R-004:
status"), the write is one batch of its own (an ``import_batch`` row of that source,
its id on each change-log entry and in ``Result.batch_id``), which ``history`` lists and
``undo_batch`` undoes. The command line's edits are batches; the app's are undone by
its undo stack and carry none.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from collections import Counter
from collections.abc import Mapping
from typing import Any

from pmo_desktop.domain.raid import OPENING_STATUS
from pmo_desktop.domain.schedule import recorded_status
from pmo_desktop.store import ENTITIES, Deleted, Store, StoreError, Tx
from pmo_desktop.store.queries import as_of_date

from .result import Result

__all__ = ["Deleted", "changed_elsewhere", "changed_since", "children_count", "create",
           "delete", "entity_label", "implied_values", "next_ref", "restore", "update"]

# The prefix of a new reference when the project has none of that kind yet.
REF_PREFIXES = {"risk": "R-", "issue": "I-", "assumption": "A-", "dependency": "D-",
                "decision": "DEC-", "action": "ACT-", "change_request": "CR-",
                "lesson": "L-", "task": "T-"}
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def entity_label(entity: str) -> str:
    """``change_request`` → ``change request`` (for messages and command texts)."""
    return ENTITIES[entity].name.replace("_", " ") if entity in ENTITIES else entity


def changed_since(current: Mapping[str, Any], expected: Mapping[str, Any]) -> list[str]:
    """The fields whose stored value is no longer what the caller expected."""
    return [k for k, v in expected.items() if current.get(k) != v]


def changed_elsewhere(entity: str, key: str, fields: list[str],
                      current: Mapping[str, Any]) -> StoreError:
    """The refusal for a write that would overwrite a later change."""
    shown = ", ".join(f"{f.replace('_', ' ')} (now “{current.get(f)}”)" for f in fields)
    return StoreError(f"{entity_label(entity)} {key} was changed elsewhere after this edit — "
                      f"{shown}; this would overwrite that change, so nothing was changed.")


def _refuse_if_moved(tx: Tx, entity: str, current: Mapping[str, Any],
                     expected: Mapping[str, Any]) -> None:
    moved = changed_since(current, expected)
    if moved:
        raise changed_elsewhere(entity, tx.key_text(ENTITIES[entity], dict(current)), moved,
                                current)


def next_ref(store: Store, entity: str, project_id: int) -> str:
    """The next free reference of ``entity`` in a project: its refs' usual prefix and
    width, one more than the highest number (``R-012`` → ``R-013``)."""
    prefixes: Counter[str] = Counter()
    widths: dict[str, int] = {}
    highest: dict[str, int] = {}
    for ref in store.refs(entity, project_id):
        m = _NUMBERED.match(ref)
        if m:
            prefix, digits = m.group(1), m.group(2)
            prefixes[prefix] += 1
            widths[prefix] = max(widths.get(prefix, 0), len(digits))
            highest[prefix] = max(highest.get(prefix, 0), int(digits))
    if not prefixes:
        return f"{REF_PREFIXES.get(entity, 'REF-')}001"
    prefix = prefixes.most_common(1)[0][0]
    return f"{prefix}{highest[prefix] + 1:0{widths[prefix]}d}"


def _write(store: Store, source: str, batch: str | None) -> AbstractContextManager[Tx]:
    """``store.write`` of one edit; with ``batch``, as a batch described by it."""
    return store.write(source, batch=None if batch is None else {"file_name": batch})


def create(store: Store, entity: str, values: Mapping[str, Any], *,
           source: str = "ui", batch: str | None = None) -> Result:
    """Insert one record; ``value`` is its new id. A RAID item, change request or lesson
    without a ref is given the project's next one (``next_ref``); a RAID item without a
    status is given its type's open one (``domain.raid.OPENING_STATUS``: a new risk is
    open, a new dependency on track)."""
    values = dict(values)
    ent = ENTITIES.get(entity)
    if entity in OPENING_STATUS and not values.get("status"):
        values["status"] = OPENING_STATUS[entity]
    if (ent is not None and "ref" in ent.key and not values.get("ref")
            and values.get("project_id") is not None):
        values["ref"] = next_ref(store, entity, int(values["project_id"]))
    values = implied_values(store, entity, {}, values)
    with _write(store, source, batch) as tx:
        new_id = tx.create(entity, values)
    return Result.of(tx.changes, value=new_id)


def implied_values(store: Store, entity: str, stored: Mapping[str, Any],
                   values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` of an edit of a record (``stored``: as it is, empty for a new one) with
    what they imply, as an import records it: a milestone's status from its dates
    (``domain.schedule.recorded_status``: an actual date typed in completes it). An undo
    that writes the old values back names the old status, so nothing is implied then."""
    out = dict(values)
    if entity == "milestone":
        status = recorded_status(stored, out, as_of_date(store.settings()))
        if status is not None and status != stored.get("status"):
            out["status"] = status
    return out


def update(store: Store, entity: str, entity_id: int, values: Mapping[str, Any], *,
           expected: Mapping[str, Any] | None = None, source: str = "ui",
           batch: str | None = None) -> Result:
    """Set fields of one record (only those that differ are written and logged);
    ``value`` is the list of fields changed. With ``expected``, refused unless the
    stored fields still hold it."""
    with _write(store, source, batch) as tx:
        if expected is not None:
            current = tx.get(entity, entity_id)
            if current is None:
                raise StoreError(f"That {entity_label(entity)} no longer exists.")
            _refuse_if_moved(tx, entity, current, expected)
        values = implied_values(store, entity, tx.get(entity, entity_id) or {}, values)
        changed = tx.update(entity, entity_id, values)
    return Result.of(tx.changes, value=changed)


def delete(store: Store, entity: str, entity_id: int, *,
           expected: Mapping[str, Any] | None = None, source: str = "ui",
           batch: str | None = None) -> Result:
    """Delete one record and what goes with it (a project's children, a resource's
    allocations and capacity; a programme's projects stay, without it); ``value`` is
    the ``Deleted`` that ``restore`` puts back. With ``expected``, refused when the
    record no longer holds it."""
    with _write(store, source, batch) as tx:
        captured = tx.capture(entity, entity_id)
        if captured is not None and expected is not None:
            _refuse_if_moved(tx, entity, captured.record.values, expected)
        tx.delete(entity, entity_id)  # refuses a record that no longer exists
    return Result.of(tx.changes, value=captured)


def restore(store: Store, deleted: Deleted, *, source: str = "ui") -> Result:
    """Put back what ``delete`` took, with the same ids, and link again the records it
    unlinked (those still unlinked); ``value`` is the record's id.
    Refused (nothing written) when another record now has one of their keys."""
    with store.write(source) as tx:
        for record in deleted.records:
            tx.restore(record.entity, record.id, dict(record.values))
        for linked, linked_id, column in deleted.unlinked:
            # Linked again unless it is gone or was linked elsewhere since.
            current = tx.get(linked, linked_id)
            if current is not None and current.get(column) is None:
                tx.update(linked, linked_id, {column: deleted.record.id})
    return Result.of(tx.changes, value=deleted.record.id)


def children_count(store: Store, entity: str, entity_id: int) -> dict[str, int]:
    """How many records of each kind ``delete`` would take with this one."""
    return store.children_count(entity, entity_id)
