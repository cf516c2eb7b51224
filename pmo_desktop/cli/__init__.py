"""``pmo-desktop``: with no sub-command it opens the app, with one it runs headless.

The CLI is a contract: commands, options and JSON shapes are relied on by scripts.
Exit codes: 0 success, 1 findings (``check``), 2 bad input (one line on stderr).
Heavy modules are imported inside the command that needs them.

The package: ``parser`` (every sub-command and its options), ``portfolio`` (new, demo,
info, projects, periods, check, report), ``imports`` (import, imports, undo-import),
``common`` (what they share); ``main`` here runs one, or opens the app.
"""

from __future__ import annotations

import sys
from typing import Sequence

from .common import UserError, _emit  # noqa: F401 - _emit: benches print as import does
from .imports import _import_money, _print_import, _rows_text  # noqa: F401 - benches, tests
from .parser import build_parser

__all__ = ["UserError", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from pmo_desktop.ui.system_libs import window_problem

        problem = window_problem()  # before Qt, which aborts the process instead
        if problem:
            print(problem, file=sys.stderr)
            return 2
        from pmo_desktop.ui.app import run_app

        return run_app(db=args.db, profile=args.profile)
    from pmo_desktop.importing.gcpause import gc_paused

    with gc_paused():  # loading modules makes no garbage: no collections while they load
        from pmo_desktop.store import DatabaseError, StoreError, store_error

    try:
        return int(args.func(args))
    except (UserError, StoreError, OSError, ValueError, DatabaseError) as exc:
        # The store's typed errors (not ours, newer, damaged, disk full, in use,
        # read-only) and the database's own, met outside a store write, as one line.
        if isinstance(exc, DatabaseError) or (isinstance(exc, OSError) and exc.errno == 28):
            exc = store_error(exc, getattr(args, "db", None))
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"pmo-desktop: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
