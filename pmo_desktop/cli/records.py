"""The commands that read and edit any register by key: ``fields``, ``list``, ``add``,
``edit``, ``delete``, and the batches: ``history``, ``undo``.

Each edit is one batch (``history`` lists it, ``undo BATCH`` takes it back). A change
is reported by the field names people type (``programme``, not ``programme_id``),
links by name, values as stored (ISO dates, percentages as fractions, amounts to the
cent) in JSON and readable in text.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from .common import UserError, _emit, _money, _open, _Parser, _table

TEXT_WIDTH = 99  # text tables fit a 100-column terminal
# The columns of ``list``'s text table (after the key); others show their first fields.
_TEXT_COLUMNS = {
    "project": ("name", "state", "rag_overall", "finish_forecast", "bac"),
    "milestone": ("baseline_date", "forecast_date", "actual_date", "status", "critical"),
    "financial": ("planned", "actual", "forecast"),
    "resource": ("role", "team", "fte", "cost_rate"),
    "allocation": ("hours", "booking", "role"),
    "change_request": ("title", "status", "impact_cost", "impact_schedule_days"),
    **{raid: ("title", "status", "owner", "due_date") for raid in
       ("issue", "assumption", "dependency", "decision", "action")},
    "risk": ("title", "status", "owner", "probability", "impact", "due_date"),
}


def assignments(pairs: Sequence[str]) -> dict[str, str]:
    """``FIELD=VALUE`` arguments by field (an empty VALUE clears the field)."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UserError(f"'{pair}' is not FIELD=VALUE ('pmo-desktop fields ENTITY' "
                            "lists the fields).")
        if name in out:
            raise UserError(f"{name} is given twice.")
        out[name] = value
    return out


def _shown(kind: str, value: Any, currency: str) -> str:
    """A value as the text output shows it."""
    return _shower(kind, currency)(value)


def _shower(kind: str, currency: str) -> Callable[[Any], str]:
    """How the text output shows a value of ``kind`` (one function per column)."""
    from pmo_desktop.domain.money import MISSING, format_money

    def show(value: Any) -> str:
        if value is None or value == "":
            return MISSING
        if kind == "money":
            return format_money(float(value), currency)
        if kind == "pct":
            return f"{float(value):.0%}"
        if kind == "bool":
            return "yes" if value else "no"
        return str(value)

    return show


def _kinds(entity: str) -> dict[str, str]:
    from pmo_desktop.operations.fields import field_specs

    return {s.name: s.kind for s in field_specs(entity)}


def _money_names(entity: str) -> tuple[str, ...]:
    return tuple(n for n, k in _kinds(entity).items() if k == "money")


def cmd_fields(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.fields import field_specs
    from pmo_desktop.operations.keys import key_format
    from pmo_desktop.store import ENTITIES

    specs = field_specs(args.entity)
    parent = ENTITIES[args.entity].parent
    if args.json:
        _emit({"entity": args.entity, "key": key_format(args.entity), "project": bool(parent),
               "fields": [s.as_json() for s in specs]})
        return 0
    print(f"{args.entity}: named {key_format(args.entity)}"
          + (" (add it with --project CODE)" if parent else ""))
    rows = [[s.name, s.kind + (f" → {s.link}" if s.link else ""),
             "key" if s.key else ("required" if s.required else ""),
             ", ".join(s.choices)] for s in specs]
    for line in _table(["Field", "Kind", "Need", "Allowed"], rows, [24, 14, 8, 50],
                       [False] * 4):
        print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.keys import key_names
    from pmo_desktop.operations.registers import list_records

    with _open(args.db) as store:
        items = list_records(store, args.entity, args.project)
        currency = store.currency
    if args.json:
        _emit({"items": _to_the_cent(items, _money_names(args.entity))})
        return 0
    kinds = _kinds(args.entity)
    keys = set(key_names(args.entity))
    names = [n for n in _TEXT_COLUMNS.get(args.entity, ()) if n in kinds] or [
        n for n, k in kinds.items() if k != "longtext" and n not in keys][:5]
    shows = [(n, _shower(kinds[n], currency)) for n in names]
    rows = [[item["key"], *(show(item.get(n)) for n, show in shows)] for item in items]
    headers = ["Key", *names]
    caps = _caps(rows, headers, [True, *(kinds[n] in ("text", "link") for n in names)])
    for line in _table(headers, rows, caps,
                       [False, *(kinds[n] in ("money", "int", "float", "pct", "scale")
                                 for n in names)]):
        print(line)
    label = args.entity.replace("_", " ")
    print(f"{len(items)} {label}{'' if len(items) == 1 else 's'}")
    return 0


def _caps(rows: Sequence[Sequence[str]], headers: Sequence[str],
          wide: Sequence[bool]) -> list[int]:
    """Column widths that fit a 100-column terminal: each column as wide as its widest
    cell, the widest text columns cut down (to 12 at least) while the line is too long."""
    caps = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    while sum(caps) + 2 * (len(caps) - 1) > TEXT_WIDTH:
        text = [i for i, w in enumerate(wide) if w and caps[i] > 12]
        if not text:
            break
        widest = max(text, key=lambda i: caps[i])
        excess = sum(caps) + 2 * (len(caps) - 1) - TEXT_WIDTH
        caps[widest] = max(12, caps[widest] - excess)
    return caps


def _to_the_cent(items: list[dict[str, Any]], money: Sequence[str]) -> list[dict[str, Any]]:
    """``items`` with their amounts to the cent (in place: a list may be 100,000 long)."""
    from pmo_desktop.domain.money import money_value

    for item in items:
        for name in money:
            value = item.get(name)
            if isinstance(value, float):
                item[name] = money_value(value)
    return items


def _print_changes(verb: str, entity: str, data: dict[str, Any], currency: str) -> None:
    label = entity.replace("_", " ")
    if data["batch"] is None:
        print(f"Nothing changed: {label} {data['key']} already has these values.")
        return
    print(f"{verb} {label} {data['key']} (batch {data['batch']}; "
          f"'pmo-desktop undo {data['batch']}' takes it back).")
    kinds = _kinds(entity)
    for change in data["changes"]:
        kind = kinds.get(change["field"], "text")
        new = _shown(kind, change["new"], currency)
        if verb == "Added":
            print(f"  {change['field']}: {new}")
        else:
            print(f"  {change['field']}: {_shown(kind, change['old'], currency)} → {new}")


def _emit_changes(entity: str, data: dict[str, Any]) -> None:
    money = _money_names(entity)
    _emit({**data, "changes": [_money(c, ("old", "new")) if c["field"] in money else c
                               for c in data["changes"]]})


def cmd_add(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.registers import add_record

    values = assignments(args.values)
    with _open(args.db) as store:
        data = add_record(store, args.entity, values, project=args.project).value
        currency = store.currency
    if args.json:
        _emit_changes(args.entity, data)
    else:
        _print_changes("Added", args.entity, data, currency)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.registers import edit_record

    values = assignments(args.values)
    with _open(args.db) as store:
        data = edit_record(store, args.entity, args.key, values).value
        currency = store.currency
    if args.json:
        _emit_changes(args.entity, data)
    else:
        _print_changes("Changed", args.entity, data, currency)
        if data.get("project"):
            print(f"  It started: it is now project {data['project']}.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.registers import delete_record

    with _open(args.db) as store:
        data = delete_record(store, args.entity, args.key).value
    if args.json:
        _emit(data)
        return 0
    counts = dict(data["deleted"])
    counts.pop(args.entity, None)
    others = ", ".join(f"{n} {e.replace('_', ' ')}" for e, n in counts.items())
    print(f"Deleted {args.entity.replace('_', ' ')} {data['key']}"
          + (f" with {others}" if others else "")
          + f" (batch {data['batch']}; 'pmo-desktop undo {data['batch']}' puts it back).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.undo import history

    with _open(args.db) as store:
        batches = history(store)
    if args.json:
        _emit({"batches": batches})
        return 0
    rows = [[str(b["batch"]), str(b["at"] or "").replace("T", " "), b["source"],
             b["summary"]] for b in batches]
    for line in _table(["Batch", "At", "Source", "Summary"], rows, [6, 19, 8, 62],
                       [True, False, False, False]):
        print(line)
    print(f"{len(batches)} batch{'' if len(batches) == 1 else 'es'}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from pmo_desktop.operations.undo import history, undo_batch

    with _open(args.db) as store:
        what = next((b["summary"] for b in history(store) if b["batch"] == args.batch), "")
        data = undo_batch(store, args.batch).value
    if args.json:
        _emit(data)
    else:
        done = {"created": ("record", "put back"), "updated": ("value", "changed back"),
                "deleted": ("record", "removed")}
        counts = ", ".join(f"{data[k]} {noun}{'s' if data[k] != 1 else ''} {verb}"
                           for k, (noun, verb) in done.items() if data[k])
        print(f"Batch {args.batch} undone ({what})" + (f": {counts}." if counts else "."))
    return 0


class _AssignmentsParser(_Parser):
    """A sub-command taking ``FIELD=VALUE…`` after its options too.

    WORKAROUND for https://github.com/python/cpython/issues/59317 (fixed in 3.12.?/3.13):
    before it, argparse gives a ``nargs="*"`` positional nothing when an option comes
    between it and the positionals before it (``add risk --db P title=x``), and calls
    the pairs unrecognised. They are taken back here; anything else stays unrecognised."""

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        parsed, extras = super().parse_known_args(args, namespace)
        pairs = [a for a in extras if "=" in a and not a.startswith("-")]
        parsed.values = [*(parsed.values or []), *pairs]
        return parsed, [a for a in extras if a not in pairs]


def _takes_assignments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    parser.__class__ = _AssignmentsParser


def add_parsers(sub: Any, command: Any) -> None:
    """The register and batch commands (``command(sub, name, func, help)`` adds one with
    ``--db`` and ``--json``)."""
    changes_help = (
        "Prints what was written: with --json {\"key\", \"batch\", \"changes\": [{\"field\", "
        "\"old\", \"new\"}]}, fields by the names 'fields' lists (programme, not "
        "programme_id), links by name, values as stored (ISO dates, 0.8 for 80%). "
        "An edit that changes nothing writes nothing and gives \"batch\": null.")
    p = sub.add_parser("fields", help="the fields of an entity, their kinds and allowed values",
                       description="The fields of ENTITY that add and edit take, their "
                                   "kinds and allowed values, and how its KEY is written.")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_fields)
    p = command(sub, "list", cmd_list, "list the records of an entity with their keys")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("--project", metavar="CODE", help="only this project's records")
    p = command(sub, "add", cmd_add, "add a record (one batch; a missing ref is assigned)")
    p.description = ("Add one record of ENTITY from FIELD=VALUE pairs, read as an import "
                     "reads them (High, 15/03/2027, £1.2m, 80%). " + changes_help)
    p.add_argument("entity", metavar="ENTITY")
    _takes_assignments(p)
    p.add_argument("--project", metavar="CODE", help="the project the record belongs to")
    p = command(sub, "edit", cmd_edit, "change fields of the record named KEY (one batch)")
    p.description = ("Set fields of the ENTITY record named KEY (e.g. DCX-101/R-004; "
                     "'fields ENTITY' says how its key is written); FIELD= clears a field. "
                     + changes_help)
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("key", metavar="KEY")
    _takes_assignments(p)
    p = command(sub, "delete", cmd_delete,
                "delete the record named KEY and what goes with it (one batch)")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("key", metavar="KEY")
    command(sub, "history", cmd_history, "list the batches: imports and edits, newest first")
    p = command(sub, "undo", cmd_undo,
                "undo one batch (an import or an edit), unless later edits depend on it")
    p.add_argument("batch", type=int, metavar="BATCH")


__all__ = ["add_parsers", "assignments"]
