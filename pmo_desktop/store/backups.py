"""Automatic backups of a portfolio file, with SQLite's backup API.

Backups go to a ``backups/`` folder beside the portfolio, one file each, named
``<portfolio>-<YYYYMMDD-HHMMSS>-<reason>.pmo`` (reason: ``daily``, ``import``,
``migration``, ``restore``, ``manual``). After each one, only the newest
``backups_kept`` (a portfolio setting, ``DEFAULT_KEPT`` when unset) of that portfolio
are kept. The backup API copies a consistent snapshot page by page while other
connections keep reading, so a backup can be taken from a read-only connection on a
worker thread.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

BACKUP_FOLDER = "backups"
BACKUP_SUFFIX = ".pmo"
DEFAULT_KEPT = 10
KEPT_SETTING = "backups_kept"
REASONS = ("daily", "import", "migration", "restore", "manual")

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>"
                   + "|".join(REASONS) + r")\.pmo$")


@dataclass(frozen=True)
class Backup:
    """One backup file of a portfolio: where, when, why, its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    seq: int = 1  # the second, third … backup taken within one second


def backup_folder(portfolio: Path) -> Path:
    """The folder of ``portfolio``'s automatic backups (beside it)."""
    return Path(portfolio).parent / BACKUP_FOLDER


# Pages copied per step of the backup API (4 MB of 4 KB pages): the source is read-locked
# only during a step, and on a 524 MB portfolio steps were as fast as one whole copy or
# faster (bench/backup_bench.py).
STEP_PAGES = 1024


class BackupCancelled(Exception):
    """The backup was stopped between two steps (the app closed the portfolio)."""


def copy_database(source: sqlite3.Connection, target: Path,
                  cancelled: Callable[[], bool] | None = None) -> None:
    """Write ``source``'s database to ``target`` (a new file) with the backup API, then
    flush it to disk. The copy is written under a hidden name beside ``target``
    (``partial_path``) and renamed once whole, so nothing sees a half-written backup (a
    list of backups, "today's backup is taken", a reader whose lock would fail the last
    step); a copy that could not be finished (or was ``cancelled`` between two steps:
    ``BackupCancelled``) is removed. The copy is one self-contained file
    (rollback-journal mode: no -wal beside it)."""
    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"the backup to {target.name} was stopped")

    partial = partial_path(target)
    with contextlib.suppress(OSError):
        partial.unlink()  # left by a copy the process did not live to finish
    dest = sqlite3.connect(str(partial))
    try:
        # A new file has nothing to protect while it is written: no journal, no syncs
        # per step; one fsync at the end makes it durable.
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        source.backup(dest, pages=STEP_PAGES, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.close()
        _fsync(partial)
        os.replace(partial, target)
        if os.name == "posix":
            _fsync(target.parent)  # the rename itself survives a power cut
    except BaseException:
        dest.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def partial_path(target: Path) -> Path:
    """Where ``copy_database`` writes ``target`` until it is whole: a hidden name in the
    same folder (so the rename is atomic) that no backup listing matches."""
    target = Path(target)
    return target.with_name(f".{target.name}.partial")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reader(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                           check_same_thread=False)


def kept_count(conn: sqlite3.Connection) -> int:
    """The ``backups_kept`` setting of the open portfolio (``DEFAULT_KEPT`` when unset,
    unreadable or below 1)."""
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEPT_SETTING,)
                           ).fetchone()
        kept = int(json.loads(row[0])) if row else DEFAULT_KEPT
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEPT
    return kept if kept >= 1 else DEFAULT_KEPT


def _parse(path: Path, stem: str) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["reason"],
                  size, int(match["n"] or 1))


def list_backups(portfolio: Path) -> list[Backup]:
    """``portfolio``'s backups in its backups folder, newest first."""
    folder = backup_folder(portfolio)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{BACKUP_SUFFIX}")
             if (b := _parse(p, Path(portfolio).stem)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.seq), reverse=True)


def _target(portfolio: Path, reason: str, now: datetime) -> Path:
    folder = backup_folder(portfolio)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.replace(microsecond=0)
    # Backups within one second are numbered after every one already taken in it
    # (pruning may have deleted the first), so the newest always sorts last.
    seqs = [b.seq for b in list_backups(portfolio) if b.taken_at == stamp]
    base = f"{portfolio.stem}-{now:%Y%m%d-%H%M%S}"
    n = max(seqs) + 1 if seqs else 1
    name = f"{base}-{reason}" if n == 1 else f"{base}-{n}-{reason}"
    return folder / f"{name}{BACKUP_SUFFIX}"


def prune(portfolio: Path, kept: int) -> list[Path]:
    """Delete all but the newest ``kept`` backups of ``portfolio``; the files deleted."""
    removed = []
    for old in list_backups(portfolio)[max(kept, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def take_backup(portfolio: Path, reason: str, *, source: sqlite3.Connection | None = None,
                out: Path | None = None, now: datetime | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """Back ``portfolio`` up and return the backup file.

    ``source``: a connection to it (the writer's, inside a migration); else a read-only
    one is opened for the copy. ``out``: write there instead of the backups folder
    (nothing is pruned then). Otherwise the folder keeps the newest ``backups_kept``.
    ``cancelled``: polled between steps (see ``copy_database``).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    portfolio = Path(portfolio)
    own = source is None
    conn = _reader(portfolio) if source is None else source
    try:
        target = Path(out) if out is not None else _target(portfolio, reason,
                                                           now or datetime.now())
        copy_database(conn, target, cancelled)
        kept = kept_count(conn)
    finally:
        if own:
            conn.close()
    if out is None:
        prune(portfolio, kept)
    return target


def has_backup_on(portfolio: Path, day: date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(portfolio))


def daily_backup(portfolio: Path, today: date | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path | None:
    """Back ``portfolio`` up unless it already has a backup taken today; the new file."""
    if has_backup_on(portfolio, today or date.today()):
        return None
    return take_backup(portfolio, "daily", cancelled=cancelled)


def project_count(backup: Path) -> int | None:
    """How many projects a backup file holds (None when it cannot be read)."""
    try:
        conn = _reader(backup)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM project").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()
