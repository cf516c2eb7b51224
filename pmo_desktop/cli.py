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
from pmo_desktop.reports.catalogue import PAPERS, SECTION_NAMES


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


def _open(path: str, *, create: bool = False) -> Any:
    """The portfolio at ``path``; only ``demo`` and ``new`` may create the file."""
    from pmo_desktop.store import open_store

    if not create and not Path(path).exists():
        raise UserError(f"no portfolio at {path} (create one with "
                        f"'pmo-desktop new --db {path}' or 'pmo-desktop demo --db {path}')")
    return open_store(path)


def _money(record: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """``record`` with its money ``fields`` rounded to the cent, for JSON output."""
    from pmo_desktop.domain.money import money_value

    return {k: money_value(v) if k in fields and isinstance(v, (int, float))
            and not isinstance(v, bool) else v for k, v in record.items()}


def _import_money(data: dict[str, Any]) -> dict[str, Any]:
    """The import JSON with each record's money values (and changed values) to the cent."""
    from pmo_desktop.store.schema import ENTITIES

    for f in data.get("files", []):
        for t in f.get("tables", []):
            for rec in [*t.get("records", []), *t.get("parents", [])]:
                ent = ENTITIES.get(rec.get("entity") or t.get("entity") or "")
                if ent is None or not ent.money:
                    continue
                rec["values"] = _money(rec.get("values", {}), ent.money)
                for key, change in rec.get("changes", {}).items():
                    if key in ent.money:
                        rec["changes"][key] = _money(change, ("old", "new"))
    return data


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], caps: Sequence[int],
           right: Sequence[bool]) -> list[str]:
    """Aligned text columns under a header row; a cell wider than its column's cap
    is cut short with an ellipsis, and its line breaks and tabs become spaces."""
    def fit(text: str, cap: int) -> str:
        text = " ".join(text.split())
        return text if len(text) <= cap else text[:cap - 1] + "…"

    cells = [[fit(str(c), cap) for c, cap in zip(row, caps)] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    return ["  ".join((c.rjust(w) if r else c.ljust(w)) for c, w, r in zip(line, widths, right)
                      ).rstrip() for line in [list(headers), *cells]]


# -- commands -------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.portfolios import new_portfolio

    try:
        result = new_portfolio(args.db, name=args.name, currency=args.currency, source="cli")
    except FileExistsError as exc:
        raise UserError(str(exc)) from None
    name, currency = result.value["name"], result.value["currency"]
    if args.json:
        _emit({"db": args.db, "name": name, "currency": currency})
    else:
        print(f"Created an empty portfolio '{name}' ({currency}) at {args.db}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.portfolios import build_demo

    counts = build_demo(args.db, projects=args.projects, seed=args.seed,
                        as_of=args.as_of).counts
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


PROJECT_MONEY = ("bac", "actual", "forecast")
TEXT_WIDTH = 99  # text tables fit a 100-column terminal


def _projects_table(projects: list[dict[str, Any]], currency: str) -> list[str]:
    """The ``projects`` text output: a header row and aligned columns that fit a
    100-column terminal (name and programme share what the other columns leave, the
    programme getting at least 16 characters when it needs them)."""
    from pmo_desktop.domain.enums import label
    from pmo_desktop.domain.money import MISSING, format_money

    if not projects:
        return []
    headers = ["Code", "Name", "Programme", "State", "RAG", "Status date", "BAC"]
    cells = [[p["code"], p["name"] or "", p["programme"] or MISSING,
              label(p["state"]) or MISSING, label(p["rag"]) or MISSING,
              p["status_date"] or MISSING, format_money(p["bac"], currency, compact=True)]
             for p in projects]
    need = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    caps = [min(16, need[0]), 0, 0, 9, 5, 11, 8]
    room = TEXT_WIDTH - sum(caps) - 2 * (len(caps) - 1)
    caps[2] = min(need[2], max(16, room - need[1]))
    caps[1] = max(4, room - caps[2])
    return _table(headers, cells, caps, [False] * 6 + [True])


def cmd_projects(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        rows = store.project_statuses(_as_of(store))
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
        _emit({"projects": [_money(p, PROJECT_MONEY) for p in projects]})
        return 0
    for line in _projects_table(projects, currency):
        print(line)
    print(f"{len(projects)} projects")
    return 0


def cmd_close_period(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.periods import close_period

    with _open(args.db) as store:
        result = close_period(store, args.as_of, label=args.label, source="cli")
    count = result.counts["projects"]
    if args.json:
        _emit({"period": result.value, "as_of": args.as_of.isoformat(), "projects": count})
    else:
        print(f"Closed the period ending {args.as_of.isoformat()}: {count} project statuses frozen.")
    return 0


def cmd_reopen_period(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.periods import reopen_period

    with _open(args.db) as store:
        data = reopen_period(store, args.date, source="cli").value
    if args.json:
        _emit(data)
    else:
        print(f"Reopened the period ending {data['as_of']} ({data['label']}): "
              f"{data['projects']} frozen project statuses removed.")
    return 0


def cmd_periods(args: argparse.Namespace) -> int:
    from pmo_desktop.store.periods import period_list

    with _open(args.db) as store:
        rows = period_list(store)
    if args.json:
        _emit({"periods": [{"id": r["id"], "as_of": r["as_of"], "label": r["label"],
                            "closed_at": r["closed_at"], "projects": r["projects"]} for r in rows]})
    else:
        for r in rows:
            print(f"{r['as_of']}  {r['label'] or '':<16} {r['projects']:>6} projects  closed {r['closed_at']}")
        print(f"{len(rows)} closed periods")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pmo_desktop.importing.api import project_in_store
    from pmo_desktop.operations.imports import import_files

    with _open(args.db) as store:
        if args.project and not args.create_projects and not project_in_store(store,
                                                                               args.project):
            raise UserError(f"--project {args.project}: no project of the portfolio has this "
                            "code or name ('pmo-desktop projects' lists them; add "
                            "--create-projects to create it)")
        result = import_files(store, list(args.files), dry_run=args.dry_run,
                              project_code=args.project,
                              create_projects=args.create_projects).value
    if args.json:
        _emit(_import_money(result.to_json()))
    else:
        _print_import(result, args.dry_run)
    return int(result.exit_code)


_REJECTED_SHOWN = 3  # rejected rows named per table; the rest are counted


def _print_import(result: Any, dry_run: bool) -> None:
    """``import``'s text: a line per table that imports something (its first rejected rows
    and their reasons under it), the rest folded into one line, then what happened."""
    from pmo_desktop.importing.api import rejections

    idle: list[str] = []
    for f in result.files:
        if f.error:
            print(f"{f.path}: {f.error}", file=sys.stderr)
            continue
        name = Path(f.path).name
        for t in f.tables:
            counts = [t.count("create"), t.count("update"), t.count("unchanged")]
            if not any(counts) and not t.rejected:
                idle.append(f"{t.table.sheet} {t.table.range}")
                continue
            print(f"{f.path} [{t.table.sheet} {t.table.range}] {t.entity or 'not recognised'}: "
                  f"{counts[0]} new, {counts[1]} changed, {counts[2]} unchanged, "
                  f"{len(t.skipped)} skipped, {len(t.rejected)} rejected")
            groups: dict[tuple[Any, str], list[int]] = {}
            for row, column, why in t.rejected:  # rows rejected for one reason: one line
                groups.setdefault((column, why), []).append(row)
            shown = 0
            for (column, why), rows in list(groups.items())[:_REJECTED_SHOWN]:
                where = _rows_text(rows) + (f", column {column}" if column else "")
                print(f"  {name} {t.table.sheet} {where}: {why}")
                shown += len(rows)
            if len(t.rejected) > shown:
                print(f"  … and {len(t.rejected) - shown} more rejected")
    if idle:
        print(f"{len(idle)} table{'s' if len(idle) != 1 else ''} with nothing to import: "
              + ", ".join(idle[:8]) + (f" and {len(idle) - 8} more" if len(idle) > 8 else ""))
    created = sorted({p.code for t in result.plan.tables for p in t.new_projects.values()
                      if p.created} | {p.key for p in result.plan.parents
                                       if p.entity == "project" and p.action == "create"})
    if created:
        print(f"New projects{' (to be created)' if dry_run else ''}: {', '.join(created)}")
    if result.batch is not None:
        print(f"Import batch {result.batch} applied.")
    elif result.plan.writes == 0 and not result.exit_code:
        print(_import_nothing(rejections(result.plan.tables)))
    elif dry_run:
        print("Dry run: nothing was written.")


def _rows_text(rows: list[int]) -> str:
    """'row 4', 'rows 2–6' (one run) or 'rows 2, 5, 9' (the first six, then '…')."""
    if len(rows) == 1:
        return f"row {rows[0]}"
    if rows == list(range(rows[0], rows[0] + len(rows))):
        return f"rows {rows[0]}–{rows[-1]}"
    return "rows " + ", ".join(map(str, rows[:6])) + (" …" if len(rows) > 6 else "")


def _import_nothing(why: Any) -> str:
    """The one line saying an import changed nothing, and why when rows were rejected."""
    if why is None:
        return "Nothing changed: everything in these files is already in the portfolio."
    n = f"{why.count} of the {why.rows} rejected rows" if why.count < why.rows \
        else f"all {why.rows} rejected rows"
    if why.kind == "no_project":
        because = f"{n} need a project (name one with --project CODE)"
    elif why.kind == "new_project":
        because = (f"{n} name projects that are not in the portfolio ({why.detail}; "
                   "use --create-projects to add them)")
    else:
        because = f"{n}: {why.detail}"
    return f"Nothing changed: no row could be imported; {because}."


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
    from pmo_desktop.operations.undo import undo_batch

    with _open(args.db) as store:
        data = undo_batch(store, args.batch).value
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
    from pmo_desktop.operations.packs import build_pack
    from pmo_desktop.reports.api import PackOptions, resolve_sections

    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    resolve_sections(sections)  # an unknown name is refused before the file is opened
    defaults = PackOptions()
    # As the report dialog passes them: a blank forum or version keeps the default.
    options = PackOptions(period=args.period, programmes=list(args.programme or []),
                          sections=sections, paper=args.paper,
                          landscape=args.landscape, marking=args.marking,
                          forum=(args.forum or "").strip() or defaults.forum,
                          meeting_date=args.meeting_date,
                          version=(args.version or "").strip() or defaults.version)
    with _open(args.db) as store:
        # Recorded in the portfolio: a read-only one is refused before the PDF is written.
        result = build_pack(store, Path(args.out), options, must_record=True).value
    if args.json:
        _emit(result.as_dict())
    else:
        print(f"Wrote {args.out}: {result.pages} pages.")
    return 0


# -- parser -----------------------------------------------------------------------
def _sub(subparsers: Any, name: str, func: Callable[[argparse.Namespace], int], help_text: str,
         json_flag: bool = True, creates: bool = False) -> argparse.ArgumentParser:
    p = subparsers.add_parser(name, help=help_text, description=help_text)
    p.add_argument("--db", required=True, metavar="PATH",
                   help="the portfolio file to write" if creates else
                   "the portfolio file (it must exist: make one with 'new' or 'demo')")
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
    p = _sub(sub, "new", cmd_new, "create an empty portfolio file", creates=True)
    p.add_argument("--name", default=None, metavar="N",
                   help="the portfolio's name (default: the file name)")
    p.add_argument("--currency", default="GBP", metavar="CODE",
                   help="the currency of its amounts (default: GBP)")
    p = _sub(sub, "demo", cmd_demo, "write the demo portfolio into an empty file", creates=True)
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
    p.add_argument("--create-projects", action="store_true",
                   help="create the projects rows name that are not in the portfolio "
                        "(otherwise those rows are rejected)")
    _sub(sub, "imports", cmd_imports, "list import batches")
    p = _sub(sub, "undo-import", cmd_undo_import, "undo one import batch")
    p.add_argument("batch", type=int, metavar="BATCH")
    p = _sub(sub, "close-period", cmd_close_period, "freeze every project's status as of a date")
    p.add_argument("--as-of", type=_date, required=True, metavar="DATE",
                   help="up to today, or the portfolio's as-of date when it has one")
    p.add_argument("--label", default=None)
    p = _sub(sub, "reopen-period", cmd_reopen_period,
             "reopen the latest closed period (its frozen statuses are removed)")
    p.add_argument("date", type=_date, metavar="DATE", help="the latest closed period's as-of date")
    _sub(sub, "periods", cmd_periods, "list the closed reporting periods")
    _sub(sub, "check", cmd_check, "data-quality checks (exit 1 when there are findings)")
    p = _sub(sub, "report", cmd_report, "print the steering committee pack to PDF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--period", type=_date, default=None, metavar="DATE",
                   help="a closed period's as-of date (default: the portfolio as it stands now)")
    p.add_argument("--programme", action="append", metavar="NAME")
    p.add_argument("--sections", default=None, metavar="LIST",
                   help="comma-separated section names (default: all): "
                        + ", ".join(SECTION_NAMES))
    p.add_argument("--paper", choices=list(PAPERS), default="A4")
    p.add_argument("--landscape", action="store_true")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="confidentiality marking")
    p.add_argument("--forum", default=None, metavar="TEXT",
                   help="the meeting the pack is for (default: Portfolio Steering Committee)")
    p.add_argument("--meeting-date", type=_date, default=None, metavar="DATE",
                   help="the meeting's date, on the cover (default: to be confirmed)")
    p.add_argument("--version", default=None, metavar="TEXT",
                   help="the pack's version, on the cover and every page (default: 1.0)")
    return parser


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
