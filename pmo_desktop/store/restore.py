"""Restoring a portfolio from a backup file.

The file is checked first, on a read-only connection: an SQLite file at all, marked as a
PMO Desktop portfolio (``application_id``, or the tables of one from before the mark),
written by this version or an older one, undamaged, and not empty. Anything else is
refused with one sentence and the current portfolio is left as it was. Then the current
file is backed up (reason ``restore``), the backup is copied beside it with SQLite's
backup API and renamed over it in one step, while its lock is held.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .backups import _reader, copy_database, take_backup
from .db import (
    QUICK_CHECK_AT_OPEN_BYTES, NotAPortfolio, StoreCorrupt, StoreError, _looks_like_sqlite,
    check_pages, inspect, store_error,
)
from .lock import PortfolioLock


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file restored, from which backup, and where the portfolio
    as it was before is kept (None when there was no portfolio to keep)."""

    portfolio: Path
    source: Path
    previous: Path | None


def _detail(exc: StoreError) -> str:
    """The SQLite words inside a store error's message (in its first brackets)."""
    text = str(exc)
    start, end = text.find("("), text.find(")")
    return text[start + 1:end] if 0 <= start < end else text


def _check_whole(conn: sqlite3.Connection, path: Path) -> None:
    """A cut-short file (fewer bytes than its pages) and, for a file too large for
    ``inspect`` to check at open, every page: a restore is rare and must be sound."""
    pages, size = (int(conn.execute(f"PRAGMA {p}").fetchone()[0])
                   for p in ("page_count", "page_size"))
    if path.stat().st_size < pages * size:
        raise StoreCorrupt(f"{path.name} is damaged (it is cut short: "
                           f"{path.stat().st_size:,} of {pages * size:,} bytes)")
    if path.stat().st_size > QUICK_CHECK_AT_OPEN_BYTES:
        check_pages(conn, path)


def check_backup(path: Path) -> None:
    """Raise a ``StoreError`` (``NotAPortfolio``, ``StoreCorrupt`` …) unless ``path`` is a
    PMO Desktop portfolio this version can open that holds a schema."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path} does not exist or is not a file.")
    if path.stat().st_size == 0 or not _looks_like_sqlite(path):
        raise NotAPortfolio(f"{path.name} is not a PMO Desktop portfolio (not an SQLite "
                            "file); nothing was restored.")
    try:
        inspect(path)
        conn = _reader(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            _check_whole(conn, path)
        finally:
            conn.close()
    except NotAPortfolio:
        raise NotAPortfolio(f"{path.name} is not a PMO Desktop portfolio (it is another "
                            "application's SQLite database); nothing was restored.") from None
    except StoreCorrupt as exc:
        raise StoreCorrupt(f"{path.name} is damaged or incomplete ({_detail(exc)}); it "
                           "cannot be restored, and the portfolio was left as it was.") from None
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    if version < 1:
        raise NotAPortfolio(f"{path.name} is an empty database, not a PMO Desktop "
                            "portfolio; nothing was restored.")


def _keep_current(portfolio: Path) -> Path | None:
    """Back the current file up before it is replaced; a damaged one is copied as it is."""
    if not portfolio.exists() or portfolio.stat().st_size == 0:
        return None
    try:
        return take_backup(portfolio, "restore")
    except sqlite3.Error:
        target = portfolio.parent / "backups" / (
            f"{portfolio.stem}-{datetime.now():%Y%m%d-%H%M%S}-restore.pmo")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(portfolio, target)
        return target


def _checkpoint(portfolio: Path) -> None:
    if not portfolio.with_name(portfolio.name + "-wal").exists():
        return
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(portfolio))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def _replace(portfolio: Path, source: Path) -> None:
    """Copy ``source`` beside ``portfolio`` and rename it over it in one step, so the
    portfolio is at every moment either the old file or the whole backup. The old
    file's -wal and -shm go first: the backup of it just taken holds what they held."""
    staged = portfolio.with_name(portfolio.name + ".restoring")
    with contextlib.suppress(OSError):
        staged.unlink()
    src = _reader(source)
    try:
        copy_database(src, staged)
    except sqlite3.Error as exc:
        raise store_error(exc, portfolio) from exc
    finally:
        src.close()
    _checkpoint(portfolio)  # so the old file stands whole should the rename fail
    try:
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                portfolio.with_name(portfolio.name + side).unlink()
        os.replace(staged, portfolio)
    except OSError:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise


def restore_file(portfolio: Path, source: Path) -> Restored:
    """Replace ``portfolio`` with the backup ``source`` (see the module's docstring).

    The portfolio must not be open in this process; another program holding it makes
    this raise ``StoreLocked``. A current file that is another application's database is
    refused too, so a wrong ``--db`` never overwrites it."""
    portfolio, source = Path(portfolio), Path(source)
    check_backup(source)
    if portfolio.exists() and portfolio.resolve() == source.resolve():
        raise StoreError(f"{source.name} is the portfolio itself; choose a backup of it.")
    if portfolio.exists() and portfolio.stat().st_size > 0:
        if not _looks_like_sqlite(portfolio):
            raise NotAPortfolio(f"{portfolio} is not a PMO Desktop portfolio; it was left "
                                "untouched.")
        try:
            inspect(portfolio)
        except NotAPortfolio:
            raise
        except StoreError:  # damaged, or newer: a backup may replace it
            pass
    portfolio.parent.mkdir(parents=True, exist_ok=True)
    lock = PortfolioLock.acquire(portfolio)
    try:
        previous = _keep_current(portfolio)
        _replace(portfolio, source)
    finally:
        lock.release()
    return Restored(portfolio, source, previous)
