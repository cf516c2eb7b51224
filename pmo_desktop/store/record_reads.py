"""Named reads of any register by its business key: every record of an entity with its
links shown by name (one query, no per-row look-ups), and the edit batches' history.

The command line's ``list`` and ``history`` read through these; ``operations.keys``
finds a record by its typed key with ``Store.find_id``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Sequence

from .db import StoreError
from .ops import entity

if TYPE_CHECKING:
    from .store import Store

# A link column → (the table it names, that table's key column).
LINK_NAMES = {"project_id": ("project", "code"), "programme_id": ("programme", "name"),
              "role_id": ("role", "name"), "resource_id": ("resource", "name"),
              "objective_id": ("objective", "code"), "criterion_id": ("criterion", "name"),
              "benefit_id": ("benefit", "ref")}


def register_rows(store: Store, name: str, columns: Sequence[str],
                  project_id: int | None = None, names: Sequence[str] | None = None
                  ) -> list[dict[str, Any]]:
    """Every record of entity ``name`` (only one project's with ``project_id``), ordered
    by business key: ``id``, ``key`` (the key fields joined with "/", as the change log
    writes keys) and ``columns`` (under ``names`` when given), each link column
    (``project_id``, ``resource_id``…) holding the code or name of the record it points
    at rather than its id. One query over joins; no per-row look-ups."""
    ent = entity(name)
    unknown = set(columns) - {*ent.key, *ent.fields}
    if unknown:
        raise StoreError(f"A {ent.name} has no field {', '.join(sorted(unknown))}.")
    names = list(names or columns)
    if len(names) != len(columns) or not all(n.isidentifier() for n in names):
        raise StoreError(f"Cannot name the columns of a {ent.name} {names}.")
    shown: dict[str, str] = {}  # column → the SQL expression that shows it
    joins: list[str] = []
    for i, column in enumerate(dict.fromkeys([*ent.key, *columns])):
        link = LINK_NAMES.get(column)
        if link is None:
            shown[column] = f"t.{column}"
            continue
        table, key = link
        joins.append(f"LEFT JOIN {table} j{i} ON j{i}.id = t.{column}")
        shown[column] = f"j{i}.{key}"
    key_sql = " || '/' || ".join(f"COALESCE(CAST({shown[c]} AS TEXT), '')" for c in ent.key)
    select = ["t.id AS id", f"{key_sql} AS key",
              *(f"{shown[c]} AS {n}" for c, n in zip(columns, names))]
    where: list[str] = []
    params: list[Any] = []
    if ent.raid_type:
        where.append("t.type = ?")
        params.append(ent.raid_type)
    if project_id is not None:
        where.append("t.project_id = ?")
        params.append(project_id)
    # By key as people read it: a link by its name, text without regard to case.
    order = [f"{shown[c]} COLLATE NOCASE" for c in ent.key]
    sql = (f"SELECT {', '.join(select)} FROM {ent.table} t {' '.join(joins)}"
           + (f" WHERE {' AND '.join(where)}" if where else "")
           + f" ORDER BY {', '.join(order + ['t.id'])}")
    cursor = store.db.conn.execute(sql, params)
    out_names = [d[0] for d in cursor.description]
    return [dict(zip(out_names, row)) for row in cursor]


def batch_history(store: Store) -> list[dict[str, Any]]:
    """Every batch (imports and edits), newest first: id, source, imported_at,
    file_name (an import's files, an edit's description), summary (counts) and
    undone_at."""
    rows = store.query("SELECT id, source, imported_at, file_name, summary, undone_at"
                       " FROM import_batch ORDER BY id DESC")
    for row in rows:
        row["summary"] = json.loads(row["summary"]) if row.get("summary") else None
    return rows


__all__ = ["LINK_NAMES", "batch_history", "register_rows"]
