"""The import commands: ``import`` (its text and JSON), ``imports``, ``undo-import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import UserError, _emit, _money, _open


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


def _kinds(given: list[str]) -> dict[str, str | None]:
    """``--as SHEET=KIND`` options as sheet → entity (None: leave the sheet out)."""
    from pmo_desktop.importing.vocab import ENTITY_NAMES

    out: dict[str, str | None] = {}
    for text in given:
        sheet, sep, kind = text.rpartition("=")
        entity = "_".join(kind.strip().lower().replace("-", " ").split())
        if not sep or not sheet.strip():
            raise UserError(f"--as {text}: write it SHEET=KIND, e.g. --as \"Risk Log=risk\"")
        if entity not in (*ENTITY_NAMES, "none"):
            raise UserError(f"--as {text}: '{kind.strip()}' is not a kind of record; one of "
                            f"{', '.join(ENTITY_NAMES)}, or none")
        out[sheet.strip()] = None if entity == "none" else entity
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from pmo_desktop.importing.gcpause import gc_paused

    with gc_paused():  # the importer's modules and vocabulary: no garbage to look for
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
                              create_projects=args.create_projects,
                              roll_up_plan=args.roll_up_plan,
                              kinds=_kinds(args.kinds),
                              accept=list(args.accept)).value
    if args.json:
        _emit(_import_money(result.to_json()))
    else:
        _print_import(result, args.dry_run)
    return int(result.exit_code)


_REJECTED_SHOWN = 3  # rejected rows named per table; the rest are counted
_WARNING_CHARS = 240  # a warning listing many cells is cut short (--json has it whole)


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
        for tp, t in [(tp, x) for tp in f.tables for x in (tp.tasks, tp) if x is not None]:
            if t.held:
                print(f"{f.path} [{t.table.sheet} {t.table.range}] held back, {t.data_rows} "
                      f"rows read as {t.entity} only as a guess: {t.held}; "
                      f"--accept '{t.table.sheet}' imports it")
                continue
            counts = [t.count("create"), t.count("update"), t.count("unchanged")]
            if not any(counts) and not t.rejected:
                if t is not tp or tp.tasks is None:  # (a plan without milestones: its tasks)
                    idle.append(f"{t.table.sheet} {t.table.range}")
                continue
            print(f"{f.path} [{t.table.sheet} {t.table.range}] {t.entity or 'not recognised'}: "
                  f"{counts[0]} new, {counts[1]} changed, {counts[2]} unchanged, "
                  f"{len(t.skipped)} skipped, {len(t.rejected)} rejected")
            if t.read_as:  # where the rows go is the user's choice, not the file's
                print(f"  {name} {t.table.sheet}: every row names the project "
                      f"'{t.read_as[0]}', not in the portfolio: read as {t.read_as[1]}")
            _print_rows_and_warnings(name, t)
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
        held = [tp.table.sheet for tp in result.plan.tables if tp.held]
        print(_import_nothing(rejections(result.plan.tables),
                              any(tp.records for tp in result.plan.tables), held))
    elif dry_run:
        print("Dry run: nothing was written.")


def _print_rows_and_warnings(name: str, t: Any) -> None:
    """Under a table's line: why rows were rejected and skipped (rows of one reason on one
    line, the first few reasons) and what the import left out or empty (its warnings)."""
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
    skipped: dict[str, list[int]] = {}
    for row, why in t.skipped:
        skipped.setdefault(why, []).append(row)
    for why, rows in list(skipped.items())[:_REJECTED_SHOWN]:
        print(f"  {name} {t.table.sheet} {_rows_text(rows)} skipped: {why}")
    if len(skipped) > _REJECTED_SHOWN:
        rest = sum(len(rows) for rows in list(skipped.values())[_REJECTED_SHOWN:])
        print(f"  … and {rest} more skipped")
    for warning in t.warnings[:_REJECTED_SHOWN]:
        text = " ".join(str(warning).split())
        if len(text) > _WARNING_CHARS:
            text = text[:_WARNING_CHARS - 1].rstrip() + "…"
        print(f"  {name} {t.table.sheet}: {text}")
    if len(t.warnings) > _REJECTED_SHOWN:
        print(f"  … and {len(t.warnings) - _REJECTED_SHOWN} more notes (--json lists them)")


def _rows_text(rows: list[int]) -> str:
    """'row 4', 'rows 2–6' (one run) or 'rows 2, 5, 9' (the first six, then '…')."""
    if len(rows) == 1:
        return f"row {rows[0]}"
    if rows == list(range(rows[0], rows[0] + len(rows))):
        return f"rows {rows[0]}–{rows[-1]}"
    return "rows " + ", ".join(map(str, rows[:6])) + (" …" if len(rows) > 6 else "")


def _import_nothing(why: Any, read: bool = True, held: list[str] | None = None) -> str:
    """The one line saying an import changed nothing, and why: rows were rejected, every
    row ``read`` is already in the portfolio, tables were ``held`` back (their sheets) as
    guesses, or no table was read as records at all."""
    if why is None and not read and held:
        sheets = ", ".join(f"'{s}'" for s in dict.fromkeys(held))
        return (f"Nothing changed: the tables read are held back because their kind is a "
                f"guess (sheets {sheets}); --accept SHEET imports one as it was read, "
                "--as SHEET=KIND names its kind.")
    if why is None and not read:
        return ("Nothing changed: no table of these files was recognised as records; "
                "choose a kind with --as SHEET=KIND (or in the import wizard).")
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
