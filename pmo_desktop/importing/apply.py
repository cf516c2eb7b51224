"""Step 6: write a plan in one transaction, as one import batch, through the store.

Parents first (programmes, roles, resources, projects), then every other record;
each created record is one change-log entry, each update logs its changed fields.
Leaving ``store.write`` commits; any exception (a cancel included) rolls back.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

from pmo_desktop.store.schema import ADDED_COLUMNS, ENTITIES

from .gcpause import without_gc
from .plan import Plan, Record
from .planned import WRITES

if TYPE_CHECKING:
    from pmo_desktop.store import Store
    from pmo_desktop.store.ops import Changes

PARENT_ORDER = ("programme", "role", "resource", "project")
CHUNK = 5000


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


_PARENT_FIELDS = ("project_id", "programme_id", "role_id", "resource_id")


def _resolve(values: dict[str, Any], ids: dict[tuple[str, str], int]) -> dict[str, Any]:
    """Refs to parents created in this batch → their new ids (values copied if needed)."""
    out = values
    for k in _PARENT_FIELDS:
        v = values.get(k)
        if type(v) is tuple:
            if out is values:
                out = dict(values)
            out[k] = ids[v]
    return out


_WORDS = "source_text"  # a RAID item's record of a tracker's words (store.schema)


def _has_words(entity: str) -> bool:
    return _WORDS in ADDED_COLUMNS.get(ENTITIES[entity].table, ())


# one encoder for every row (``json.dumps`` with options builds a new one per call)
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _words_json(kept: dict[str, list[Any]]) -> str | None:
    return _ENCODE(kept) if kept else None


def _created_words(r: Record, values: dict[str, Any]) -> dict[str, Any]:
    """A new record's values with the tracker's words for the values they were read as."""
    if not r.source_text or not _has_words(r.entity):
        return values
    kept = {f: [t, values[f]] for f, t in r.source_text.items() if f in values}
    return {**values, _WORDS: _words_json(kept)} if kept else values


def _updated_words(tx: Any, r: Record, values: dict[str, Any]) -> dict[str, Any]:
    """An update's values, with the stored words of each field it sets replaced by this
    row's (or dropped, when the row gave the value as stored)."""
    if not _has_words(r.entity) or r.existing_id is None:
        return values
    row = tx.get(r.entity, r.existing_id) or {}
    try:
        kept = json.loads(row.get(_WORDS) or "{}")
    except ValueError:
        kept = {}
    words = r.source_text or {}
    for f in values:
        if f in words:
            kept[f] = [words[f], values[f]]
        else:
            kept.pop(f, None)
    text = _words_json(kept)
    return values if text == row.get(_WORDS) else {**values, _WORDS: text}


def apply_plan(store: Store, plan: Plan, batch: dict[str, Any] | None = None,
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int | None:
    """Write the plan; returns the batch id, or None when there was nothing to write."""
    changes = write_plan(store, plan, batch, progress, cancelled)
    return changes.batch_id if changes is not None else None


@without_gc
def write_plan(store: Store, plan: Plan, batch: dict[str, Any] | None = None,
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Changes | None:
    """Write the plan; returns what was written (the store's ``Changes``, with the
    batch id), or None when there was nothing to write."""
    if plan.writes == 0:
        return None
    records: list[Record] = [r for r in plan.parents if r.action != "unchanged"]
    records += [r for t in plan.tables for r in t.records if r.action in WRITES]
    creates: dict[str, list[Record]] = {}
    updates: list[Record] = []
    for r in records:
        (creates.setdefault(r.entity, []) if r.action == "create" else updates).append(r)
    order = [e for e in PARENT_ORDER if e in creates] + \
        [e for e in creates if e not in PARENT_ORDER]
    total = len(records)
    done = 0
    ids: dict[tuple[str, str], int] = {}
    info = dict(batch or {})
    if plan.project_code and "project_code" not in info:
        info["project_code"] = plan.project_code
    with store.write(source="import", batch=info) as tx:
        for entity in order:
            group = creates[entity]
            for start in range(0, len(group), CHUNK):
                if cancelled and cancelled():
                    raise ImportCancelled("The import was cancelled; nothing was written.")
                chunk = group[start:start + CHUNK]
                rows = [_created_words(r, _resolve(r.values, ids)) for r in chunk]
                new_ids = tx.create_many(entity, list(zip(rows, [r.provenance for r in chunk])))
                if entity in PARENT_ORDER:
                    for r, new_id in zip(chunk, new_ids):
                        ids[(entity, r.key)] = new_id
                done += len(chunk)
                if progress:
                    progress(done / total, f"Writing {entity} records")
        for i, r in enumerate(updates):
            if cancelled and i % 500 == 0 and cancelled():
                raise ImportCancelled("The import was cancelled; nothing was written.")
            assert r.existing_id is not None
            tx.update(r.entity, r.existing_id, _updated_words(tx, r, _resolve(r.values, ids)),
                      provenance=r.provenance)
        if progress:
            progress(1.0, "Saving")
        changes = tx.changes
    return changes
