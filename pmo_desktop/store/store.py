"""The ``Store``: one portfolio file, one writer connection, read helpers."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .sqlitedb import Database

from pmo_desktop.domain.governance import gate_sequence
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands, with_risk_bands

from . import db as _db
from .cascade import child_counts, linked_counts, row_by_id
from .db import StoreCorrupt, StoreError, StoreLocked, StoreReadOnly
from .lock import PortfolioLock, in_use, other_holder, wait_until_free
from .ops import Tx, _now, entity
from .schema import ENTITIES, SCHEMA_VERSION, column_type
from .transactions import WRITE_CACHE_KB, Transactions

if TYPE_CHECKING:
    from .queries import ProjectStatus

# Beyond this many keys CPython stops sharing an instance dict's keys (3.11–3.13: 30).
_SHARED_KEYS_MAX = 30

# Entity names counted by ``info`` (RAID items per type, whatever the tables are).
INFO_ENTITIES = (
    "programme", "project", "status_snapshot", "milestone", "financial", "role", "resource",
    "capacity", "allocation", "risk", "issue", "assumption", "dependency", "decision", "action",
    "change_request", "baseline", "lesson", "task", "import_batch", "change_log",
)


class Store:
    """A portfolio file. Pass it in; never keep it in a global.

    ``read_only``: open it for reading only (every write is refused with a message);
    a file or folder that cannot be written is opened that way too. ``exclusive``:
    hold its lock file while open (the app does), so a second app is told who has it
    and writers elsewhere wait, then refuse naming this one.
    """

    def __init__(self, path: str | Path, *, read_only: bool | str = False,
                 exclusive: bool = False) -> None:
        self.path = Path(path)
        self._lock: PortfolioLock | None = None
        if isinstance(read_only, str):  # why, in the words the user is shown
            why, read_only = read_only, True
        else:
            why = ""
        # True when this store made the file (it did not exist, or was empty).
        self.is_new = not (self.path.exists() and self.path.is_file()
                           and self.path.stat().st_size > 0)
        reason = (why or "opened read-only") if read_only else _db.read_only_reason(self.path)
        if reason and not read_only and not (self.path.exists()
                                             and self.path.stat().st_size > 0):
            raise StoreReadOnly(f"{self.path} cannot be created: {reason}.")
        self.read_only_reason: str | None = reason
        # Checked page by page at open (small files), else by ``check_pages`` (the app
        # runs it off the GUI thread once the portfolio is open) or before the first write.
        self._pages_checked = self.is_new or (
            self.path.stat().st_size <= _db.QUICK_CHECK_AT_OPEN_BYTES)
        self._pages_damage: StoreError | None = None  # what a check found, raised again
        self._pages_lock = threading.Lock()  # held while a check runs
        self.db: Database = _db.open_database(self.path,
                                                           read_only=bool(reason))
        self._transactions = Transactions(self.db, self._before_write, self._error)
        if exclusive and not reason:
            try:
                self._lock = PortfolioLock.acquire(self.path)
            except BaseException:
                self.db.conn.close()
                raise

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # -- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(Exception):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self) -> None:
        """Close; and when this store made the file, delete it (with its -wal and -shm):
        a new portfolio that could not be filled (disk full, cancelled) is not left behind."""
        self.close()
        if self.is_new:
            _db.remove_files(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> Database:
        """A fresh read-only connection, for work off the GUI thread."""
        return _db.connect(self.path, read_only=True)

    def reading_copy(self) -> Store:
        """The same portfolio on its own read-only connection, for a worker thread:
        every read helper works, any write fails."""
        clone = object.__new__(Store)
        clone.path = self.path
        clone._lock = None
        clone.is_new = False
        clone._pages_checked = True  # it cannot write
        clone._pages_damage = None
        clone._pages_lock = threading.Lock()
        clone.read_only_reason = "a read-only connection"
        clone.db = self.reader()
        clone._transactions = Transactions(clone.db, clone._before_write, clone._error)
        return clone

    def interrupt(self) -> None:
        """Stop the statement running on this store's connection (from another thread):
        it fails as "interrupted". A worker's read is cancelled this way."""
        with contextlib.suppress(Exception):  # closed meanwhile
            self.db.conn.interrupt()

    @property
    def schema_version(self) -> int:
        return _db.user_version(self.db)

    # -- writing ---------------------------------------------------------------
    def write(self, source: str = "ui", batch: dict[str, Any] | None = None,
              user: str | None = None) -> contextlib.AbstractContextManager[Tx]:
        """One transaction: everything in the block is written, or nothing is.

        ``with store.write("cli") as tx: tx.update(...)``. With ``batch`` (file name,
        path, sha256, project code), an import batch is recorded and its id given to
        every change-log entry. A write inside an open one (on the same thread) is a
        savepoint, as sqlite-utils' ``atomic()``: when it fails only what it wrote is
        rolled back (and its error raised); when it succeeds the outer ``Tx`` counts
        its changes, and the outer transaction commits or rolls back the whole. A write
        from another thread while one is open is refused.

        A database error (disk full, locked, read-only, damaged) is raised as the
        store's typed one-sentence error, after the rollback."""
        return self._transactions.write(source, batch, user)

    def check_writable(self) -> None:
        """Raise ``StoreReadOnly`` when this store cannot write (say why)."""
        reason = self.read_only_reason
        if reason:
            why = "" if reason == "opened read-only" else f" ({reason})"
            raise StoreReadOnly(f"{self.path.name} is open read-only{why}; nothing was saved.")

    def _ready_to_write(self) -> None:
        """Refuse when read-only; unless this store holds the lock, wait (a few seconds)
        for another program that holds it, then refuse naming it."""
        self.check_writable()
        if self._lock is None:
            wait_until_free(self.path)

    @property
    def pages_checked(self) -> bool:
        """Every page of the file has been checked (found sound, or damaged)."""
        return self._pages_checked

    def check_pages(self, reading: Store | None = None) -> None:
        """Check every page of the file once (``PRAGMA quick_check``: ~3.5 s at 10,000
        projects), so that the first write does not have to; raise ``StoreCorrupt`` when
        the file is damaged. The app runs it off the GUI thread once a large portfolio is
        open, on ``reading`` (a ``reading_copy()``, owned by that thread).

        Safe from any thread: the finding is kept, so a later call (and every write)
        raises it again at once; a write that starts while a check runs waits for it
        (the check is what tells whether writing is safe); a check that did not finish
        (interrupted, the copy closed) leaves the pages unchecked, so the first write
        checks them itself, as it would without this."""
        if self._pages_checked:
            self._raise_damage()
            return
        with self._pages_lock:
            if not self._pages_checked:
                conn = (reading or self).db.conn
                try:
                    _db.check_pages(conn, self.path)
                except StoreCorrupt as exc:
                    self._pages_damage = exc
                except sqlite3.Error as exc:
                    typed = self._error(exc)
                    if not isinstance(typed, StoreCorrupt):
                        raise typed from exc  # not a finding: checked again later
                    self._pages_damage = typed
                self._pages_checked = True
        self._raise_damage()

    def _raise_damage(self) -> None:
        if self._pages_damage is not None:
            raise StoreCorrupt(str(self._pages_damage))

    def _before_write(self) -> None:
        """What a transaction waits for: write access, and (a large file's first write)
        every page checked (or the check running in the background finished)."""
        self._ready_to_write()
        self.check_pages()

    def _error(self, exc: BaseException) -> StoreError:
        """The typed error for ``exc``; a busy database names the lock's holder if any."""
        typed = _db.store_error(exc, self.path)
        if isinstance(typed, StoreLocked):
            holder = other_holder(self.path)
            if holder is not None:
                return in_use(self.path, holder)
        return typed

    # -- reading ---------------------------------------------------------------
    def query(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params or []))

    def get(self, name: str, entity_id: int) -> dict[str, Any] | None:
        """Every column of one record (``None`` when there is none)."""
        return row_by_id(self.db, entity(name).name, entity_id)

    def find_id(self, name: str, key: dict[str, Any]) -> int | None:
        ent = entity(name)
        where = [f"{c} = ?" for c in key]
        params = list(key.values())
        if ent.raid_type:
            where.append("type = ?")
            params.append(ent.raid_type)
        row = self.db.execute(
            f"SELECT id FROM {ent.table} WHERE {' AND '.join(where)}", params).fetchone()
        return int(row[0]) if row else None

    def rows(self, name: str, where: str = "", params: Any = None) -> list[dict[str, Any]]:
        ent = entity(name)
        clauses = [where] if where else []
        args = list(params or [])
        if ent.raid_type:
            clauses.append("type = ?")
            args.append(ent.raid_type)
        sql = f"SELECT * FROM {ent.table}"
        if clauses:
            sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
        return self.query(sql + " ORDER BY id", args)

    def rows_by_key(self, name: str, columns: Sequence[str] | None = None
                    ) -> dict[tuple[Any, ...], dict[str, Any]]:
        """Every record keyed by its business-key tuple; with ``columns``, only those
        columns (plus ``id`` and the key), read on a raw cursor for speed."""
        ent = entity(name)
        if columns is None:
            return {tuple(r[c] for c in ent.key): r for r in self.rows(name)}
        allowed = set(ent.fields) | set(ent.key)
        wanted = list(dict.fromkeys(["id", *ent.key,
                                     *(c for c in columns if c in allowed)]))
        sql = f"SELECT {', '.join(wanted)} FROM {ent.table}"
        params: list[Any] = []
        if ent.raid_type:
            sql += " WHERE type = ?"
            params.append(ent.raid_type)
        cursor = self.db.conn.execute(sql, params)
        if len(wanted) > _SHARED_KEYS_MAX:
            nkey = len(ent.key)
            return {row[1:1 + nkey]: dict(zip(wanted, row)) for row in cursor}
        return _lean_rows(cursor, wanted, len(ent.key),
                          [c != "id" and column_type(ent, c) == "TEXT" for c in wanted])

    def refs(self, name: str, project_id: int) -> list[str]:
        """The refs of one project's records of ``name`` (RAID items, CRs, lessons)."""
        return [str(r["ref"]) for r in self.rows(name, "project_id = ? AND ref IS NOT NULL",
                                                 [project_id])]

    def project_id(self, code: str) -> int | None:
        return self.find_id("project", {"code": code})

    def children_count(self, name: str, entity_id: int) -> dict[str, int]:
        """How many records of each kind its delete would take with it (``cascade``)."""
        return child_counts(self.db, entity(name).name, entity_id)

    def linked_count(self, name: str, entity_id: int) -> dict[str, int]:
        """How many records of each kind stay but lose their link to it when it is
        deleted (a programme's projects: ``cascade.UNLINKS``)."""
        return linked_counts(self.db, entity(name).name, entity_id)

    def project_statuses(self, as_of: date) -> list[ProjectStatus]:
        """Every project's status as of ``as_of``, by code (the portfolio's thresholds)."""
        from .queries import portfolio_status

        return portfolio_status(self.db, as_of, self.thresholds())

    # -- settings --------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        values = dict(_db.DEFAULT_SETTINGS)
        for row in self.db.execute("SELECT key, value FROM setting").fetchall():
            values[row[0]] = json.loads(row[1])
        return values

    def setting(self, key: str) -> Any:
        return self.settings().get(key)

    @property
    def currency(self) -> str:
        return str(self.setting("currency") or "GBP")

    @property
    def name(self) -> str:
        return str(self.setting("name") or self.path.stem)

    def thresholds(self) -> RagThresholds:
        return with_risk_bands(RagThresholds.from_dict(self.setting("rag_thresholds") or {}),
                               self.risk_bands())

    def risk_bands(self) -> RiskBands:
        return RiskBands.from_dict(self.setting("risk_bands") or {})

    def gate_names(self) -> tuple[str, ...]:
        """The portfolio's stage gates in order (the setting ``gate_names``)."""
        return gate_sequence(self.setting("gate_names"))

    def set_settings(self, values: dict[str, Any], source: str = "ui") -> list[str]:
        """Set settings in one write (each change logged); the keys whose value changed."""
        with self.write(source) as tx:
            return [key for key, value in values.items() if tx.set_setting(key, value)]

    # -- imports ---------------------------------------------------------------
    def list_batches(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT * FROM import_batch ORDER BY id DESC")
        for row in rows:
            row["summary"] = json.loads(row["summary"]) if row.get("summary") else None
        return rows

    def save_mapping_profile(self, signature: str, entity_name: str | None,
                             mapping: dict[str, Any], header_row: int | None) -> None:
        with self.write() as tx:
            tx.db.execute(
                "INSERT OR REPLACE INTO mapping_profile(signature, entity, mapping, header_row,"
                " updated_at) VALUES (?,?,?,?,?)",
                [signature, entity_name, json.dumps(mapping), header_row, _now()])

    def load_mapping_profile(self, signature: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM mapping_profile WHERE signature = ?", [signature])
        if not rows:
            return None
        row = rows[0]
        return {"entity": row["entity"], "mapping": json.loads(row["mapping"]),
                "header_row": row["header_row"], "updated_at": row["updated_at"]}

    # -- summaries ---------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        raid = dict(self.db.execute(
            "SELECT type, COUNT(*) FROM raid_item GROUP BY type").fetchall())
        for name in INFO_ENTITIES:
            ent = ENTITIES.get(name)
            if ent is not None and ent.raid_type:
                counts[name] = int(raid.get(name, 0))
            else:
                table = ent.table if ent else name
                counts[name] = int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        return counts

    def data_hash(self) -> str:
        """A hash of the last change: equal hashes mean equal data."""
        row = self.db.execute("SELECT MAX(id), COUNT(*) FROM change_log").fetchone()
        return hashlib.sha256(f"{row[0]}:{row[1]}".encode()).hexdigest()[:16]


def _lean_rows(cursor: sqlite3.Cursor, wanted: list[str], nkey: int, text: list[bool],
               chunk_size: int = 8192) -> dict[tuple[Any, ...], dict[str, Any]]:
    """``rows_by_key``'s rows, in far less memory than plain dicts.

    Each row is the attribute dict of an instance of a class made for this call:
    CPython stores such dicts "split" (one shared table of keys, per-row values only),
    and they are ordinary dicts to every reader (``get``, ``[]``, ``keys``, ``==``).
    Repeated texts (statuses, owners, dates…) share one string object: the values of
    the TEXT columns that repeat in the first ``chunk_size`` rows are kept once, and
    later rows reuse them. Only strings are shared (an int or float never equals a
    string key, so every value keeps its type).
    """
    row_type = type("_Row", (), {"__slots__": ("__dict__",)})
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    first = cursor.fetchmany(chunk_size)
    shared: dict[str, str] = {}
    if first:
        for j, col in enumerate(zip(*first)):
            if text[j]:
                distinct = set(col)
                if 2 * len(distinct) <= len(first):
                    shared.update((v, v) for v in distinct if type(v) is str)
    get = shared.get
    for rows in (first, cursor):
        for row in rows:
            values = row_type().__dict__
            values.update(zip(wanted, map(get, row, row) if shared else row))
            out[row[1:1 + nkey]] = values
    return out


def open_store(path: str | Path, *, read_only: bool | str = False,
               exclusive: bool = False) -> Store:
    """Open the portfolio at ``path``, creating an empty one when it does not exist
    (see ``Store`` for ``read_only`` and ``exclusive``)."""
    return Store(path, read_only=read_only, exclusive=exclusive)


__all__ = ["Store", "StoreError", "open_store", "SCHEMA_VERSION"]
