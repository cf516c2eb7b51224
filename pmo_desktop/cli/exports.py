"""``export``: the portfolio, one register, or a team template to .xlsx / .csv."""

from __future__ import annotations

import argparse

from .common import UserError, _emit, _open


def cmd_export(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.exports import ExportError, export_portfolio, export_template

    with _open(args.db) as store:
        try:
            if args.template:
                if args.entity:
                    raise UserError("--template writes a whole tracker; leave out --entity.")
                result = export_template(store, args.out, args.template)
            else:
                result = export_portfolio(store, args.out, args.entity)
        except (ExportError, OSError) as exc:
            raise UserError(str(exc)) from None
    if args.json:
        _emit({"out": result.value, "sheets": result.counts,
               "template": args.template or None})
    else:
        what = (f"Team template for '{args.template}' written" if args.template
                else "Exported")
        sheets = ", ".join(f"{name} {n}" for name, n in result.counts.items())
        print(f"{what} to {result.value} ({sheets}).")
    return 0
