"""Opening a portfolio file: pragmas, migrations with a backup first, version checks."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from .sqlitedb import Database

from pmo_desktop.domain.change_control import DELEGATION_SETTING, DelegationLimits
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands

from .backups import take_backup
from .schema import APPLICATION_ID, MIGRATIONS, READABLE_BEFORE, SCHEMA_VERSION


# The database's own errors (for callers outside store/, which does not hand out sqlite3).
DatabaseError = sqlite3.Error


class StoreError(Exception):
    """A problem the user can act on; the message is one sentence."""


class NotAPortfolio(StoreError):
    """The file is not ours (another application's, or not SQLite at all): untouched."""


class StoreCorrupt(StoreError):
    """SQLite finds the file damaged: every command refuses it, nothing is written."""


class StoreFull(StoreError):
    """The disk (or the file's size limit) is full: the transaction was rolled back."""


class StoreLocked(StoreError):
    """Another program holds the portfolio (its lock file, or SQLite's write lock)."""


class StoreReadOnly(StoreError):
    """The portfolio is open read-only (by choice, or the file or folder is read-only)."""


# Tables every version of the schema has: with user_version >= 1, a file with
# application_id 0 that holds them was written before APPLICATION_ID was set (schema 1).
OUR_TABLES = frozenset({"project", "raid_item", "change_log", "import_batch", "setting"})


DEFAULT_SETTINGS: dict[str, Any] = {
    "name": "New portfolio",
    "organisation": "",
    "currency": "GBP",
    "fiscal_year_start": "04-01",
    "as_of": None,
    "rag_thresholds": RagThresholds().to_dict(),
    "risk_bands": RiskBands().to_dict(),
    "hours_per_day": 7.5,
    DELEGATION_SETTING: DelegationLimits().to_dict(),
}


# How long a writer waits for another's transaction (SQLite's busy timeout) or for
# another program's lock file to go, before it says who holds the portfolio.
LOCK_WAIT_SECONDS = 5.0

# SQLite's primary result codes that have a typed error of their own.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    10, 11, 13, 14, 26)


# Less free space than this on the file's disk makes an I/O error "the disk is full".
_NEARLY_FULL_BYTES = 1 << 20


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent if path.parent.exists() else ".").free \
            < _NEARLY_FULL_BYTES
    except OSError:
        return False


def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL file in a folder that cannot be written (a
    read-only share or file system) has no -shm for SQLite to make: with no -wal
    either, nobody can be writing it there, so it is read as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if os.access(path.parent, os.W_OK) or (wal.exists() and wal.stat().st_size):
            raise
        conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    return conn


def connect(path: str | Path, *, read_only: bool = False) -> Database:
    """The database (``sqlitedb.Database``) with our pragmas, or a read-only one for readers."""
    if read_only:
        conn = _connect_ro(Path(path))
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db = Database(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT_SECONDS * 1000)}")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return db


def store_error(exc: BaseException, path: str | Path | None) -> StoreError:
    """The one-sentence, typed error for a database error met while using ``path``."""
    if isinstance(exc, StoreError):
        cause = exc.__cause__
        if isinstance(cause, sqlite3.Error) and type(exc) is StoreError:
            typed = store_error(cause, path)
            if type(typed) is not StoreError:  # disk full inside a save, say
                return typed
        return exc
    name = Path(path).name if path else "The portfolio"
    code = int(getattr(exc, "sqlite_errorcode", -1)) & 0xFF
    text = str(exc) or type(exc).__name__
    if code == _SQLITE_FULL or (isinstance(exc, OSError) and exc.errno == 28):
        return StoreFull(f"{name} could not be saved: the disk is full (or the file reached "
                         "its size limit); nothing was written — free some space and try again.")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreLocked(f"{name} is in use by another program (it has held the file for "
                           f"more than {LOCK_WAIT_SECONDS:g} s); try again when it has finished.")
    if code == _SQLITE_READONLY:
        return StoreReadOnly(f"{name} is read-only (the file or its folder cannot be written); "
                             "nothing was saved.")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreCorrupt(f"{name} is damaged ({text}); restore it from a backup — "
                            "nothing was written to it.")
    if code == _SQLITE_IOERR:
        if path is not None and _disk_nearly_full(Path(path)):
            return StoreFull(f"{name} could not be used: the disk is full (SQLite: {text}); "
                             "nothing was written — free some space and try again.")
        return StoreError(f"{name} could not be read or written ({text}): the disk may be "
                          "failing or the file may be on a network share that went away; "
                          "nothing was saved.")
    if code == _SQLITE_CANTOPEN:
        return StoreError(f"{name} cannot be opened ({text}); check the file and its folder.")
    return StoreError(f"{name}: the database refused the operation ({text}).")


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _newer(path: Path | None, version: int) -> StoreError:
    return StoreError(
        f"{path or 'This portfolio'} was written by a newer PMO Desktop (schema "
        f"{version}, this version reads up to {SCHEMA_VERSION}); update the app to open it.")


# Files up to this size have every page checked (``PRAGMA quick_check``, ~3 ms a MB)
# when opened, so even reading a damaged one is refused; a larger file is checked
# before its first write instead (a read that meets a bad page fails with one line).
QUICK_CHECK_AT_OPEN_BYTES = 64 << 20


def check_pages(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``StoreCorrupt`` when SQLite finds a damaged page or b-tree in the file."""
    problems = [line.strip() for r in conn.execute("PRAGMA quick_check(3)")
                for line in str(r[0]).splitlines()
                if line.strip() and not line.startswith("***")]
    if problems != ["ok"]:
        first = problems[0] if problems else "it fails its integrity check"
        raise StoreCorrupt(f"{path} is damaged (SQLite reports: {first}); restore "
                           "it from a backup — nothing was written to it.")


_SIDECARS = ("-wal", "-shm")


def inspect(path: Path) -> None:
    """Refuse, before anything is written, a file that is not one of our portfolios,
    one written by a newer version, or a damaged one; read on a read-only connection.
    A file whose header says WAL makes SQLite create its -wal and -shm beside it even to
    read it: those it made for a file refused here are removed again, so a file that is
    not ours is left exactly as it was found, with nothing new beside it."""
    before = {s for s in _SIDECARS if path.with_name(path.name + s).exists()}
    try:
        _inspect(path)
    except StoreError:
        for s in _SIDECARS:
            side = path.with_name(path.name + s)
            if s not in before and side.exists():
                try:
                    side.unlink()
                except OSError:
                    pass
        raise


def _inspect(path: Path) -> None:
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID and not (
                app_id == 0 and ((version == 0 and not tables)
                                 or (version >= 1 and OUR_TABLES <= tables))):
            raise NotAPortfolio(
                f"{path} is not a PMO Desktop portfolio (it is another application's "
                "SQLite database); it was left untouched.")
        if version > SCHEMA_VERSION:
            raise _newer(path, version)
        if path.stat().st_size <= QUICK_CHECK_AT_OPEN_BYTES:
            check_pages(conn, path)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    finally:
        conn.close()


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back what is still open (SQLite may already have, after a disk-full error)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def migrate(db: Database, path: Path | None) -> list[Path]:
    """Bring the file to SCHEMA_VERSION; each step is one transaction. An existing file
    is first backed up to its backups folder (``backups.take_backup``)."""
    version = user_version(db)
    if version > SCHEMA_VERSION:
        raise _newer(path, version)
    backups: list[Path] = []
    if version and version < SCHEMA_VERSION and path is not None:
        backups.append(take_backup(path, "migration", source=db.conn))
    for number in range(version + 1, SCHEMA_VERSION + 1):
        statements = MIGRATIONS[number - 1]()
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql in statements:
                conn.execute(sql)
            if number == 1:
                for key, value in DEFAULT_SETTINGS.items():
                    conn.execute(
                        "INSERT OR IGNORE INTO setting(key, value) VALUES (?, ?)",
                        (key, json.dumps(value)),
                    )
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    return backups


def remove_files(path: Path) -> None:
    """Delete a portfolio file with its -wal and -shm (one this program just made)."""
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` can only be read (the file or its folder is not writable), or None."""
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path.name} is a read-only file"
    folder = path.parent if path.parent.exists() else None
    if folder is not None and not os.access(folder, os.W_OK):
        return f"the folder of {path.name} is read-only"
    return None


def open_database(path: str | Path, *, read_only: bool = False) -> Database:
    """Open (creating when missing) and migrate the portfolio file at ``path``; with
    ``read_only``, open it for reading only (nothing is created, migrated or written).

    A file that exists is checked on a read-only connection first (ours? not newer?
    not damaged?), so a file we refuse is never written to — not even its journal mode.
    """
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{p} is a folder, not a portfolio file.")
    existed = p.exists() and p.stat().st_size > 0
    if existed and not _looks_like_sqlite(p):
        raise NotAPortfolio(f"{p} is not a PMO Desktop portfolio (not an SQLite file).")
    if existed:
        inspect(p)
    db: Database | None  # None until connect() succeeds
    if read_only:
        if not existed:
            raise StoreError(f"{p} does not exist (or is empty), so it cannot be opened "
                             "read-only.")
        try:
            db = connect(p, read_only=True)
            version = user_version(db)
        except sqlite3.Error as exc:
            raise store_error(exc, p) from exc
        if not set(range(version + 1, SCHEMA_VERSION + 1)) <= READABLE_BEFORE:
            db.conn.close()
            raise StoreReadOnly(f"{p} was written by an older PMO Desktop (schema {version}) "
                                "and must be upgraded first, which needs write access to the "
                                "file and its folder.")
        return db
    if not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    created = not p.exists()
    db = None
    try:
        db = connect(p)
        migrate(db, p)
    except (sqlite3.Error, OSError, StoreError) as exc:
        if db is not None:
            db.conn.close()
        if created:  # a new file that could not be set up is not left behind
            remove_files(p)
        if isinstance(exc, StoreError):
            raise
        typed = store_error(exc, p)
        if type(typed) is StoreError:
            typed = StoreError(f"{p} could not be opened as a portfolio: {exc}.")
        raise typed from exc
    return db
