"""Opening a portfolio file: pragmas, migrations with a backup first, version checks."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands

from .schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """A problem the user can act on; the message is one sentence."""


DEFAULT_SETTINGS: dict[str, Any] = {
    "name": "New portfolio",
    "organisation": "",
    "currency": "GBP",
    "fiscal_year_start": "04-01",
    "as_of": None,
    "rag_thresholds": RagThresholds().to_dict(),
    "risk_bands": RiskBands().to_dict(),
    "hours_per_day": 7.5,
}


def connect(path: str | Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """A sqlite-utils Database with our pragmas, or a read-only one for readers."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return db


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def backup(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the file with SQLite's backup API before it is migrated."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: sqlite_utils.Database, path: Path | None) -> list[Path]:
    """Bring the file to SCHEMA_VERSION; each step is one transaction."""
    version = user_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path or 'This portfolio'} was written by a newer PMO Desktop (schema "
            f"{version}, this version reads up to {SCHEMA_VERSION}); update the app to open it."
        )
    backups: list[Path] = []
    if version and version < SCHEMA_VERSION and path is not None:
        backups.append(backup(db, path, version))
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
            conn.execute("ROLLBACK")
            raise
    return backups


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating when missing) and migrate the portfolio file at ``path``."""
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{p} is a folder, not a portfolio file.")
    if p.exists() and p.stat().st_size > 0 and not _looks_like_sqlite(p):
        raise StoreError(f"{p} is not a PMO Desktop portfolio (not an SQLite file).")
    if not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = connect(p)
        migrate(db, p)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{p} could not be opened as a portfolio: {exc}.") from exc
    return db
