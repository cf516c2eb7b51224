"""The store's database handle: a ``sqlite3`` connection with three conveniences.

The store writes its own SQL; of sqlite-utils it used only ``query`` (rows as dicts),
``execute`` and ``atomic``. Importing sqlite-utils cost 70 ms of CPU at every start of
the app and of every command (click, pluggy, dateutil and a large module it brings),
more than a tenth of a 1,000-row ``import``; these few lines do the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]


class Database:
    """``conn`` with ``query``, ``execute`` and ``atomic``; the connection is the caller's."""

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # a trigger's own writes fire triggers too (as under sqlite-utils, which set it)
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, params: Params | None = None) -> sqlite3.Cursor:
        """Run one statement; the cursor is returned unread."""
        return self.conn.execute(sql) if params is None else self.conn.execute(sql, params)

    def query(self, sql: str, params: Params | None = None) -> Iterator[dict[str, Any]]:
        """Run ``sql`` now and yield its rows as dicts (a name given twice in the select
        list is kept, the later one as ``name_2``)."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError(f"query() needs a statement that returns rows: {sql[:60]!r}")
        keys = unique_names(d[0] for d in cursor.description)
        return (dict(zip(keys, row)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """The statements inside commit together or not at all (a savepoint when a
        transaction is open already)."""
        conn = self.conn
        nested = conn.in_transaction
        conn.execute("SAVEPOINT atomic" if nested else "BEGIN")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO atomic" if nested else "ROLLBACK")
            if nested:
                conn.execute("RELEASE atomic")
            raise
        conn.execute("RELEASE atomic" if nested else "COMMIT")

    def columns(self, table: str) -> dict[str, str]:
        """A table's column names → their declared types (``"TEXT"``, ``"REAL"`` …)."""
        return {r[1]: r[2] for r in self.conn.execute(
            "SELECT * FROM pragma_table_info(?)", [table])}


def unique_names(names: Iterable[str]) -> list[str]:
    """Column names made unique: a repeated name gets ``_2``, ``_3`` … (one no other
    column has)."""
    keys = list(names)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    out = []
    for key in keys:
        new, n = key, 2
        while new in seen or (new != key and new in taken):
            new, n = f"{key}_{n}", n + 1
        seen.add(new)
        out.append(new)
    return out
