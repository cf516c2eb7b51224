"""``prioritise``: the ranked candidates, the best selection a budget can buy and the
efficient frontier (DOMAIN §8; operations/strategy.py)."""

from __future__ import annotations

import argparse
from typing import Any

from .common import UserError, _as_of, _emit, _open, _table
from .resources import month_arg


def _amount(text: str) -> float:
    from pmo_desktop.importing import values as V

    try:
        value = V.parse_money(text)
    except (V.ValueProblem, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount ({exc})") from None
    if value is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount")
    return float(value)


def add_prioritise(sub: Any, make: Any) -> None:
    p = make(sub, "prioritise", cmd_prioritise,
             "rank the projects (and proposals) by the scoring model and choose the set "
             "with the highest total score that fits a budget (exact, not greedy), with "
             "the efficient frontier. --json prints {candidates: [{code, name, score, "
             "cost, forced (in, out or null)}], selected, total_cost, total_score, budget, "
             "frontier: [{budget, total_score}]}")
    p.add_argument("--budget", type=_amount, default=None, metavar="AMOUNT",
                   help="what may be spent (£12m, 1,200k…; default: the cost of every "
                        "candidate)")
    p.add_argument("--include-proposals", action="store_true",
                   help="proposals in the pipeline (not started or rejected) compete too")
    p.add_argument("--force", action="append", default=[], metavar="CODE",
                   help="a candidate that must be selected (regulatory…); repeatable")
    p.add_argument("--exclude", action="append", default=[], metavar="CODE",
                   help="a candidate that must not be selected; repeatable")
    p.add_argument("--capacity", action="store_true",
                   help="also keep each role's hours within its people's capacity, month "
                        "by month over the window (the resource plan's capacity against "
                        "projects' allocations and proposals' effort by role); --json "
                        "adds capacity: {from, to, roles, slots: [{role, month, capacity, "
                        "demand}]}, the hours the selection needs")
    p.add_argument("--from", dest="first", type=month_arg, default=None, metavar="YYYY-MM",
                   help="with --capacity, the window's first month (default: the "
                        "portfolio's current month)")
    p.add_argument("--months", type=int, default=12, metavar="N",
                   help="with --capacity, how many months the window holds (default: 12)")


def cmd_prioritise(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.money import format_money
    from pmo_desktop.operations.strategy import prioritise

    from pmo_desktop.domain.selection import months_between

    if not 1 <= args.months <= 120:
        raise UserError("--months is between 1 and 120.")
    if (args.first is not None or args.months != 12) and not args.capacity:
        raise UserError("--from and --months set the capacity window: give --capacity too.")
    with _open(args.db) as store:
        window = None
        if args.capacity:
            first = args.first or _as_of(store).strftime("%Y-%m")
            window = months_between(first, _months_on(first, args.months - 1))
        data = prioritise(store, args.budget, include_proposals=args.include_proposals,
                          force=args.force, exclude=args.exclude,
                          with_capacity=args.capacity, window=window)
        currency = store.currency
    if args.json:
        _emit(data)
        return 0
    chosen = set(data["selected"])
    rows = [[str(n), c["code"], c["name"][:40], f"{c['score']:.1f}",
             format_money(c["cost"], currency), "yes" if c["code"] in chosen else "",
             c["forced"] or ""] for n, c in enumerate(data["candidates"], 1)]
    headers = ["Rank", "Code", "Name", "Score", "Cost", "Selected", "Forced"]
    caps = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in _table(headers, rows, caps, [True, False, False, True, True, False, False]):
        print(line)
    print(f"Selected {len(chosen)} of {len(rows)}: score {data['total_score']:.1f} for "
          f"{format_money(data['total_cost'], currency)} of a budget of "
          f"{format_money(data['budget'], currency)}.")
    if data.get("note"):
        print(data["note"])
    best = data["frontier"][-1]["total_score"] if data["frontier"] else 0.0
    print(f"Frontier: {len(data['frontier'])} budgets; everything scores {best:.1f}.")
    if "capacity" in data:
        _print_capacity(data["capacity"])
    return 0


def _months_on(month: str, n: int) -> str:
    """The month ``n`` months after ``month`` (``YYYY-MM``)."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _print_capacity(cap: dict[str, Any]) -> None:
    """The role-months the selection uses most of (the tightest five)."""
    if not cap["roles"]:
        print(f"Capacity: no role has capacity recorded in {cap['from']}–{cap['to']}; "
              "nothing was limited by it.")
        return
    print(f"Capacity {cap['from']}–{cap['to']}: {len(cap['roles'])} roles held to their "
          "people's hours.")
    tight = sorted(cap["slots"], key=lambda s: -s["demand"] / s["capacity"]
                   if s["capacity"] else 0.0)[:5]
    for s in tight:
        share = s["demand"] / s["capacity"] if s["capacity"] else 0.0
        print(f"  {s['role']} {s['month']}: {s['demand']:,.0f} of {s['capacity']:,.0f} h "
              f"({share:.0%})")


def add_weights(sub: Any, make: Any) -> None:
    p = make(sub, "weights", cmd_weights,
             "print the scoring criteria's weights, or set several at once (NAME=PCT …, one "
             "batch that 'undo' takes back); they must add up to 100 %%. --json prints "
             "{weights: {name: fraction}, total, changed: [names], batch}")
    p.add_argument("assignments", nargs="*", metavar="NAME=PCT",
                   help="a criterion's new weight, e.g. 'Strategic alignment=30%%'")


def cmd_weights(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.record_rules import set_weights, stored_weights

    from .records import assignments

    typed = assignments(args.assignments)
    with _open(args.db) as store:
        result = None
        if typed:
            shown = ", ".join(f"{name} {text}" for name, text in typed.items())
            result = set_weights(store, typed, source="cli", batch=f"set weights: {shown}")
        weights = stored_weights(store)
    total = sum(w or 0.0 for w in weights.values())
    changed = list(result.value) if result is not None else []
    if args.json:
        _emit({"weights": weights, "total": round(total, 6), "changed": changed,
               "batch": result.batch_id if result is not None else None})
        return 0
    rows = [[name, "—" if w is None else f"{w:.1%}", "changed" if name in changed else ""]
            for name, w in weights.items()]
    for line in _table(["Criterion", "Weight", ""], rows, [40, 8, 8], [False, True, False]):
        print(line)
    print(f"Total {total:.1%}" + ("" if abs(total - 1) <= 0.005 or not weights
                                  else " (they must add up to 100 %)") + ".")
    return 0
