"""``utilisation``: capacity against demand per person and month, with what-if moves
applied (nothing is written)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from .common import UserError, _as_of, _emit, _open, _table

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def month_arg(text: str) -> str:
    if not _MONTH.match(text.strip()):
        raise argparse.ArgumentTypeError(f"a month is written YYYY-MM, not {text!r}")
    return text.strip()


def add_parser(sub: Any, make: Any) -> None:
    """Register ``utilisation`` (``make`` is the parser's ``_sub``)."""
    p = make(sub, "utilisation", cmd_utilisation,
             "capacity, demand and utilisation per person and month, with what-if "
             "shifts and scales applied (writes nothing)")
    p.add_argument("--from", dest="first", type=month_arg, default=None, metavar="YYYY-MM",
                   help="the first month (default: the portfolio's current month)")
    p.add_argument("--months", type=int, default=12, metavar="N",
                   help="how many months (default: 12)")
    p.add_argument("--committed-only", action="store_true",
                   help="count committed bookings only (default: committed + proposed)")
    p.add_argument("--shift", action="append", default=[], metavar="CODE:+N",
                   help="move project CODE's allocations N months (repeatable)")
    p.add_argument("--scale", action="append", default=[], metavar="CODE:FACTOR",
                   help="multiply project CODE's allocated hours by FACTOR (repeatable)")


def cmd_utilisation(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.whatif import parse_scale, parse_shift
    from pmo_desktop.operations.whatif import compute, load, utilisation_json

    if not 1 <= args.months <= 120:
        raise UserError("--months is between 1 and 120.")
    moves = [parse_shift(t) for t in args.shift] + [parse_scale(t) for t in args.scale]
    with _open(args.db) as store:
        first = args.first or _as_of(store).strftime("%Y-%m")
        inputs = load(store, first, args.months, moves)
        unknown = sorted({m.project for m in moves} - set(inputs.project_names))
        if unknown:
            raise UserError(f"No project has the code {', '.join(unknown)}.")
        grid = compute(inputs, moves, committed_only=args.committed_only)
    data = utilisation_json(grid)
    if args.json:
        _emit(data)
        return 0
    _print(data)
    return 0


def _cell(ratio: float | None, capacity: float | None) -> str:
    if ratio is None:
        return "n/a" if not capacity else "-"
    return f"{ratio * 100:.0f}%"


def _print(data: dict[str, Any]) -> None:
    months = data["months"]
    shown = months[:8]
    rows = [[p["name"], p["role"] or ""] + [_cell(p["utilisation"][m], p["capacity"][m])
                                             for m in shown] for p in data["people"]]
    for line in _table(["Person", "Role"] + [m[2:] for m in shown], rows,
                       [22, 14] + [6] * len(shown),
                       [False, False] + [True] * len(shown)):
        print(line)
    if len(months) > len(shown):
        print(f"({len(months) - len(shown)} more months with --json)")
    over = data["over_allocated"]
    print(f"{len(over)} over-allocated person-month{'s' if len(over) != 1 else ''}"
          + (": " + ", ".join(f"{o['name']} {o['month']}" for o in over[:10]) if over else ""))
