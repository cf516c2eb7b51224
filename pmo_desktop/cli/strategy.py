"""``prioritise``: the ranked candidates, the best selection a budget can buy and the
efficient frontier (DOMAIN §8; operations/strategy.py)."""

from __future__ import annotations

import argparse
from typing import Any

from .common import _emit, _open, _table


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


def cmd_prioritise(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.money import format_money
    from pmo_desktop.operations.strategy import prioritise

    with _open(args.db) as store:
        data = prioritise(store, args.budget, include_proposals=args.include_proposals,
                          force=args.force, exclude=args.exclude)
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
    return 0
