"""Backups of the portfolio file: take one, list them, restore one.

``pmo-desktop backup`` and ``restore`` and the app (the daily backup when a portfolio
opens, File › Restore backup…) call these; the import takes its own backup first
(``backup_before_import``). The files are copied by ``store.backups`` with SQLite's
backup API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pmo_desktop.store import DatabaseError, Store, StoreError, store_error
from pmo_desktop.store import backups as _backups
from pmo_desktop.store.restore import restore_file

from .result import Cancelled, OperationCancelled, Result, never

__all__ = ["BackupRow", "backup_before_import", "backup_folder", "backup_portfolio",
           "daily_backup", "list_backups", "restore_backup"]

backup_folder = _backups.backup_folder


@dataclass(frozen=True)
class BackupRow:
    """A backup as File › Restore backup… lists it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    projects: int | None  # None: the file cannot be read


def _describe(path: Path, reason: str) -> dict[str, object]:
    return {"backup": str(path), "reason": reason, "bytes": path.stat().st_size,
            "projects": _backups.project_count(path)}


def backup_portfolio(db: str | Path, *, out: str | Path | None = None) -> Result:
    """Back the portfolio at ``db`` up: to ``out`` when given (refused when a file is
    there), else to its backups folder (keeping the newest ``backups_kept``).

    ``value``: ``{"db", "backup", "reason", "bytes", "projects"}``."""
    from pmo_desktop.store.restore import check_backup

    path = Path(db)
    if not path.is_file():
        raise StoreError(f"no portfolio at {db}")
    check_backup(path)
    target = Path(out) if out is not None else None
    if target is not None and target.exists():
        raise FileExistsError(f"a file already exists at {out}; choose another name")
    made = _backups.take_backup(path, "manual", out=target)
    return Result(value={"db": str(db), **_describe(made, "manual")})


def backup_before_import(store: Store) -> Path | None:
    """The backup an import takes before it writes (None for a read-only store); a
    backup that cannot be written stops the import (a ``StoreError`` saying why)."""
    if store.read_only:
        return None
    try:
        return _backups.take_backup(store.path, "import")
    except (DatabaseError, OSError) as exc:  # the disk is full, the folder read-only …
        typed = store_error(exc, store.path)
        raise type(typed)(f"Nothing was imported: the portfolio's backup could not be "
                          f"written first ({typed})") from exc


def daily_backup(db: str | Path, today: date | None = None, *,
                 cancelled: Cancelled = never) -> Result:
    """Back the portfolio at ``db`` up unless it already has a backup from today (the
    app calls this when it opens a portfolio; ``cancelled`` stops it, leaving no file:
    ``OperationCancelled``). ``value``: the new file, or None."""
    try:
        return Result(value=_backups.daily_backup(Path(db), today, cancelled))
    except _backups.BackupCancelled as exc:
        raise OperationCancelled(str(exc)) from None


def list_backups(db: str | Path) -> list[BackupRow]:
    """The backups of the portfolio at ``db``, newest first, with their project counts."""
    return [BackupRow(b.path, b.taken_at, b.reason, b.size, _backups.project_count(b.path))
            for b in _backups.list_backups(Path(db))]


def restore_backup(db: str | Path, backup: str | Path) -> Result:
    """Replace the portfolio at ``db`` with ``backup``, after checking that it is a PMO
    Desktop portfolio (a ``StoreError`` says why not; nothing is touched then) and
    backing up the current file. The portfolio must not be open (the app closes it).

    ``value``: ``{"db", "restored", "previous", "projects"}`` (``previous``: the backup
    of the file as it was, or None when there was none)."""
    done = restore_file(Path(db), Path(backup))
    return Result(reload_all=True, value={
        "db": str(db), "restored": str(done.source),
        "previous": str(done.previous) if done.previous else None,
        "projects": _backups.project_count(done.portfolio)})
