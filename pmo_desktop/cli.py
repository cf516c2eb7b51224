"""``pmo-desktop``: with no sub-command it opens the app, with one it runs headless.

The CLI is a contract: commands, options and JSON shapes are relied on by scripts.
Exit codes: 0 success, 1 findings (``check``), 2 bad input (one line on stderr).
Heavy modules are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable, NoReturn, Sequence

from pmo_desktop import __version__


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def _open(path: str) -> Any:
    from pmo_desktop.store import open_store

    return open_store(path)


# -- commands -------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from pmo_desktop.store.demo import build_demo

    store = _open(args.db)
    try:
        counts = build_demo(store, projects=args.projects, seed=args.seed, today=args.as_of)
    except BaseException:
        store.discard()  # a new file the demo could not fill is not left behind
        raise
    store.close()
    if args.json:
        _emit({"db": args.db, "counts": counts})
    else:
        print(f"Demo portfolio written to {args.db}: {counts['project']} projects, "
              f"{counts['resource']} people, "
              f"{sum(counts[k] for k in ('risk', 'issue', 'assumption', 'dependency', 'decision', 'action'))}"
              f" RAID items, {counts['change_request']} change requests.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        data = {"schema_version": store.schema_version, "counts": store.counts()}
        name = store.name
    if args.json:
        _emit(data)
    else:
        print(f"{name} — {args.db} (schema {data['schema_version']})")
        for key, value in data["counts"].items():
            print(f"  {key:<16} {value:>8}")
    return 0


def _as_of(store: Any) -> date:
    from pmo_desktop.store.queries import as_of_date

    return as_of_date(store.settings())


def cmd_projects(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.money import format_money
    from pmo_desktop.store.queries import portfolio_status

    with _open(args.db) as store:
        rows = portfolio_status(store.db, _as_of(store), store.thresholds())
        currency = store.currency
    projects = [{
        "code": s.code, "name": s.name, "programme": s.programme, "manager": s.manager,
        "sponsor": s.sponsor, "stage": s.stage, "state": s.state, "rag": s.rag,
        "rag_reported": s.reported.get("overall"), "rag_calculated": s.calculated.get("overall"),
        "pct_complete": s.pct_complete, "bac": s.bac, "actual": s.ac, "forecast": s.eac,
        "finish_baseline": s.finish_baseline, "finish_forecast": s.finish_forecast,
        "status_date": s.status_date, "next_milestone": s.next_milestone,
        "next_milestone_date": s.next_milestone_date, "open_high_risks": s.open_high_risks,
    } for s in rows]
    if args.json:
        _emit({"projects": projects})
        return 0
    for p in projects:
        print(f"{p['code']:<9} {(p['rag'] or '-'):<6} {p['name'][:38]:<38} "
              f"{(p['programme'] or '')[:28]:<28} {format_money(p['bac'], currency, compact=True):>8}")
    print(f"{len(projects)} projects")
    return 0


def cmd_close_period(args: argparse.Namespace) -> int:
    from pmo_desktop.store.periods import close_period

    with _open(args.db) as store:
        period_id = close_period(store, args.as_of, label=args.label, source="cli")
        count = store.query("SELECT COUNT(*) AS n FROM status_snapshot WHERE period_id = ?",
                            [period_id])[0]["n"]
    if args.json:
        _emit({"period": period_id, "as_of": args.as_of.isoformat(), "projects": count})
    else:
        print(f"Closed the period ending {args.as_of.isoformat()}: {count} project statuses frozen.")
    return 0


def cmd_periods(args: argparse.Namespace) -> int:
    from pmo_desktop.store.queries import periods

    with _open(args.db) as store:
        rows = periods(store.db)
    if args.json:
        _emit({"periods": [{"id": r["id"], "as_of": r["as_of"], "label": r["label"],
                            "closed_at": r["closed_at"], "projects": r["projects"]} for r in rows]})
    else:
        for r in rows:
            print(f"{r['as_of']}  {r['label'] or '':<16} {r['projects']:>6} projects  closed {r['closed_at']}")
        print(f"{len(rows)} closed periods")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pmo_desktop.importing.api import import_files

    with _open(args.db) as store:
        result = import_files(store, list(args.files), dry_run=args.dry_run,
                              project_code=args.project)
    data = result.to_json()
    if args.json:
        _emit(data)
    else:
        for f in data["files"]:
            if f.get("error"):
                print(f"{f['path']}: {f['error']}", file=sys.stderr)
                continue
            for t in f["tables"]:
                print(f"{f['path']} [{t['sheet']} {t['range']}] {t['entity'] or 'not recognised'}: "
                      f"{t['created']} new, {t['updated']} changed, {t['unchanged']} unchanged, "
                      f"{len(t['skipped'])} skipped, {len(t['rejected'])} rejected")
        if data.get("batch") is not None:
            print(f"Import batch {data['batch']} applied.")
        elif args.dry_run:
            print("Dry run: nothing was written.")
    return int(result.exit_code)


def cmd_imports(args: argparse.Namespace) -> int:
    from pmo_desktop.importing.api import list_batches

    with _open(args.db) as store:
        batches = list_batches(store)
    if args.json:
        _emit({"batches": batches})
    else:
        for b in batches:
            state = f"undone {b['undone_at']}" if b.get("undone_at") else "applied"
            print(f"{b['id']:>4}  {b['imported_at']}  {b['file_name']:<40} {state}")
        print(f"{len(batches)} import batches")
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    from pmo_desktop.importing.api import undo_import

    with _open(args.db) as store:
        data = undo_import(store, args.batch)
    if args.json:
        _emit(data)
    else:
        print(f"Import batch {args.batch} undone.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pmo_desktop.store.checks import run_checks

    with _open(args.db) as store:
        findings = run_checks(store, _as_of(store))
    if args.json:
        _emit({"findings": [f.as_dict() for f in findings], "count": len(findings)})
    else:
        for f in findings:
            print(f"{f.severity:<8} {f.check:<22} {f.item:<24} {f.message}")
        print(f"{len(findings)} findings" if findings else "No findings: the data is ready for a pack.")
    return 1 if findings else 0


def cmd_report(args: argparse.Namespace) -> int:
    from pmo_desktop.reports.api import PackOptions, build_pack

    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    options = PackOptions(period=args.period, programmes=list(args.programme or []),
                          sections=sections, paper=args.paper,
                          landscape=args.landscape, marking=args.marking)
    with _open(args.db) as store:
        store.check_writable()  # the pack is recorded in the portfolio: refuse before the PDF
        result = build_pack(store, Path(args.out), options)
    if args.json:
        _emit(result.as_dict())
    else:
        print(f"Wrote {args.out}: {result.pages} pages.")
    return 0


# -- parser -----------------------------------------------------------------------
def _sub(subparsers: Any, name: str, func: Callable[[argparse.Namespace], int], help_text: str,
         json_flag: bool = True) -> argparse.ArgumentParser:
    p = subparsers.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", required=True, metavar="PATH",
                   help="the portfolio file (created empty when it does not exist)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmo-desktop", description=(
        "PMO Desktop: merge team trackers, check them, print the steering pack. "
        "Without a command it opens the app."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="open the app on this portfolio file")
    parser.add_argument("--profile", metavar="DIR",
                        help="keep settings and the default portfolio in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = _sub(sub, "demo", cmd_demo, "write the demo portfolio into an empty file")
    p.add_argument("--projects", type=int, default=40, metavar="N")
    p.add_argument("--seed", type=int, default=7, metavar="S")
    p.add_argument("--as-of", type=_date, default=None, metavar="DATE",
                   help="the demo's today (default: today)")
    _sub(sub, "info", cmd_info, "schema version and record counts")
    _sub(sub, "projects", cmd_projects, "list the projects with their status")
    p = _sub(sub, "import", cmd_import, "import team trackers (.xlsx .xlsm .xls .ods .csv)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="plan only; write nothing")
    p.add_argument("--project", metavar="CODE",
                   help="attach rows without a project column to this project")
    _sub(sub, "imports", cmd_imports, "list import batches")
    p = _sub(sub, "undo-import", cmd_undo_import, "undo one import batch")
    p.add_argument("batch", type=int, metavar="BATCH")
    p = _sub(sub, "close-period", cmd_close_period, "freeze every project's status as of a date")
    p.add_argument("--as-of", type=_date, required=True, metavar="DATE")
    p.add_argument("--label", default=None)
    _sub(sub, "periods", cmd_periods, "list the closed reporting periods")
    _sub(sub, "check", cmd_check, "data-quality checks (exit 1 when there are findings)")
    p = _sub(sub, "report", cmd_report, "print the steering committee pack to PDF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--period", type=_date, default=None, metavar="DATE",
                   help="a closed period's as-of date (default: the portfolio as it stands now)")
    p.add_argument("--programme", action="append", metavar="NAME")
    p.add_argument("--sections", default=None, metavar="LIST", help="comma-separated section names")
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    p.add_argument("--landscape", action="store_true")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="confidentiality marking")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from pmo_desktop.ui.app import run_app

        return run_app(db=args.db, profile=args.profile)
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


if __name__ == "__main__":
    sys.exit(main())
