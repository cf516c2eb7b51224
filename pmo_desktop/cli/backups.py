"""The commands that keep the portfolio file safe: ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from .common import UserError, _emit


def cmd_backup(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.backups import backup_portfolio

    try:
        value = backup_portfolio(args.db, out=args.out).value
    except FileExistsError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        _emit(value)
    else:
        print(f"Backed up {args.db} to {value['backup']} ({value['projects']} projects, "
              f"{value['bytes']:,} bytes).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.backups import restore_backup

    if not Path(args.file).exists():
        raise UserError(f"no backup at {args.file}")
    value = restore_backup(args.db, args.file).value
    if args.json:
        _emit(value)
    else:
        kept = (f"; the portfolio as it was is kept in {value['previous']}"
                if value["previous"] else "")
        print(f"Restored {args.db} from {args.file} ({value['projects']} projects){kept}.")
    return 0


def add_backup_parsers(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``backup`` and ``restore``, with ``add`` the parser's ``_sub``."""
    p = add(sub, "backup", cmd_backup,
            "copy the portfolio (SQLite's backup API) to its backups folder, or to FILE")
    p.add_argument("--out", default=None, metavar="FILE",
                   help="write the backup here (default: the backups folder beside the "
                        "portfolio, which keeps the newest backups_kept)")
    p = add(sub, "restore", cmd_restore,
            "replace the portfolio with a backup (the current file is backed up first; a "
            "file that is not a PMO Desktop portfolio is refused)", creates=True)
    p.add_argument("file", metavar="FILE", help="the backup to restore")
