"""The change-control command: ``decide-change`` (approve, reject or defer a change
request; an approval with a cost or schedule impact rebaselines the project)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import _emit, _money, _open

_DECISIONS = (("approve", "approve the change (rebaselines when it has a cost or "
                            "schedule impact)"),
              ("reject", "reject the change (kept for audit)"),
              ("defer", "defer the decision (the CR can be put to a decision again)"))


def add_decide_change(sub: Any, make: Any) -> None:
    """``decide-change KEY --db P (--approve | --reject | --defer) --by NAME [--note TEXT]
    [--json]`` (``make`` is the parser's ``_sub``)."""
    p = make(sub, "decide-change", cmd_decide_change,
             "approve, reject or defer a change request; an approval with a cost or "
             "schedule impact writes the project's next baseline version")
    p.add_argument("key", metavar="KEY",
                   help="the change request: PROJECTCODE/CR-REF, e.g. DCX-101/CR-004")
    group = p.add_mutually_exclusive_group(required=True)
    for flag, text in _DECISIONS:
        group.add_argument(f"--{flag}", dest="decision", action="store_const", const=flag,
                           help=text)
    p.add_argument("--by", required=True, metavar="NAME",
                   help="who decided (a person or a forum, e.g. 'Portfolio Board')")
    p.add_argument("--note", default=None, metavar="TEXT",
                   help="the decision's wording (kept on the CR and as the baseline's reason)")


def cmd_decide_change(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.changes import decide_change, find_change

    with _open(args.db) as store:
        result = decide_change(store, find_change(store, args.key), args.decision,
                               by=args.by, note=args.note, source="cli")
    value: dict[str, Any] = dict(result.value)
    if value["baseline"] is not None:
        value["baseline"] = _money(value["baseline"], ("bac",))
    for warning in result.warnings:
        print(f"pmo-desktop: note: {warning}", file=sys.stderr)
    if args.json:
        _emit(value)
        return 0
    print(f"{value['key']}: {value['status']}")
    b = value["baseline"]
    if b is not None:
        bac = "no BAC" if b["bac"] is None else f"BAC {b['bac']:,.2f}"
        finish = b["finish_date"] or "no finish date"
        print(f"baseline version {b['version']} (was {b['previous_version']}): {bac}, "
              f"finish {finish}, {b['milestones_moved']} milestone(s) moved")
    return 0
