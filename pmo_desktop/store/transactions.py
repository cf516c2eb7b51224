"""The write transactions of one connection: the only ``BEGIN IMMEDIATE`` outside migrations.

``Store.write()`` hands out a ``Tx`` through ``Transactions.write``: one transaction
(everything in the block is written, or nothing is); a write opened inside it, on the
same thread, is a savepoint (sqlite-utils' ``atomic()`` style); an import batch row when
the write is one.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .db import StoreError
from .ops import Tx, _now

if TYPE_CHECKING:
    from .sqlitedb import Database

# How a write starts: it takes SQLite's write lock at once (a read is never upgraded
# half-way, which could fail with "database is locked").
_BEGIN = "BEGIN IMMEDIATE"

WRITE_CACHE_KB = 65536
_READ_CACHE_KB = 2000  # SQLite's default


class Transactions:
    """Opens, nests, commits and rolls back the writes of one store's connection.

    ``prepare()`` runs before a transaction starts (refuse a read-only store, wait for
    another program's lock, check the pages); ``typed(exc)`` turns a database error into
    the store's one-sentence error.
    """

    def __init__(self, db: Database, prepare: Callable[[], None],
                 typed: Callable[[BaseException], StoreError]) -> None:
        self.db = db
        self._prepare = prepare
        self._typed = typed
        self._open: list[Tx] = []  # the open write and the savepoints inside it
        self._thread: int | None = None  # the thread whose write is open
        self._lost = False  # SQLite rolled the open write back under a savepoint

    @contextlib.contextmanager
    def write(self, source: str, batch: dict[str, Any] | None,
              user: str | None) -> Iterator[Tx]:
        """One transaction, or a savepoint inside the one this thread has open."""
        if self._open and self._thread == threading.get_ident():
            with self._savepoint(source, batch, user) as tx:
                yield tx
            return
        conn = self.db.conn
        if conn.in_transaction:
            raise StoreError("Another change is still being written; try again.")
        self._prepare()
        # A write gets 64 MB of page cache (SQLite's default is 2 MB; taken only as pages
        # are used, given back after): a big import then spills to the WAL in fewer,
        # larger writes.
        conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
        try:
            conn.execute(_BEGIN)
        except sqlite3.Error as exc:
            conn.execute(f"PRAGMA cache_size = -{_READ_CACHE_KB}")
            raise self._typed(exc) from exc
        self._thread = threading.get_ident()
        self._lost = False
        try:
            with self._tx(source, batch, user) as tx:
                yield tx
            if self._lost:
                raise StoreError("The database rolled this change back (a part of it "
                                 "failed); nothing was saved.")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, StoreError)):
                typed = self._typed(exc)
                if typed is not exc:
                    raise typed from exc
            raise
        finally:
            self._thread = None
            conn.execute(f"PRAGMA cache_size = -{_READ_CACHE_KB}")

    @contextlib.contextmanager
    def _savepoint(self, source: str, batch: dict[str, Any] | None,
                   user: str | None) -> Iterator[Tx]:
        """A nested write: on failure only what it wrote is rolled back (and the error
        raised); on success the enclosing ``Tx`` counts its changes."""
        conn = self.db.conn
        name = f"write_{len(self._open)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            with self._tx(source, batch, user) as tx:
                yield tx
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            else:
                # SQLite rolled back the whole transaction (disk full, I/O error): what
                # the outer block writes next must not reach the file statement by
                # statement, and the outer write must fail.
                self._lost = True
                with contextlib.suppress(sqlite3.Error):
                    conn.execute(_BEGIN)
            if isinstance(exc, sqlite3.Error):
                raise self._typed(exc) from exc
            raise
        conn.execute(f"RELEASE {name}")
        self._open[-1].absorb(tx)

    @contextlib.contextmanager
    def _tx(self, source: str, batch: dict[str, Any] | None,
            user: str | None) -> Iterator[Tx]:
        """The ``Tx`` of one write (outer or nested), with its import batch if any."""
        conn = self.db.conn
        batch_id = None
        if batch is not None:
            cur = conn.execute(
                "INSERT INTO import_batch(file_name, path, sha256, imported_at, source,"
                " project_code, summary) VALUES (?,?,?,?,?,?,?)",
                [batch.get("file_name") or "", batch.get("path"), batch.get("sha256"),
                 _now(), source, batch.get("project_code"),
                 json.dumps(batch.get("summary")) if batch.get("summary") else None])
            batch_id = int(cur.lastrowid or 0)
        tx = Tx(self.db, source, batch_id, user)
        self._open.append(tx)
        try:
            yield tx
        finally:
            self._open.pop()
        if batch_id is not None:
            conn.execute("UPDATE import_batch SET summary = ? WHERE id = ?",
                         [json.dumps(tx.changes.summary()), batch_id])


__all__ = ["Transactions", "WRITE_CACHE_KB"]
