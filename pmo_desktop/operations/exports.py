"""Exporting: the portfolio (or one register) to a formatted workbook or CSV, a view's
own table as it is shown, and team templates that map themselves when they come back.

``export_portfolio(store, out, entity=None)`` is ``pmo-desktop export``; ``export_template``
is ``pmo-desktop export --template CODE``; ``export_table`` writes a table the app shows.
Each returns a ``Result`` whose ``value`` is the file written and ``counts`` the rows of
each sheet; nothing in the portfolio changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pmo_desktop.domain.team_template import (
    LISTS_SHEET, META_SHEET, TemplateInfo, TemplateSheet, meta_rows,
)
from pmo_desktop.exporting.csvfile import write_csv
from pmo_desktop.exporting.sheet import Column, Table
from pmo_desktop.exporting.xlsx import write_workbook
from pmo_desktop.store import Store
from pmo_desktop.store.templates import template_secret

from .fields import FieldError, field_specs
from .registers import list_records
from .result import Result

__all__ = ["ENTITY_SHEETS", "ExportError", "export_portfolio", "export_table",
           "export_template", "register_table"]

RAID = ("risk", "issue", "assumption", "dependency", "decision", "action")
# What ``--entity`` names, and each sheet's title, in the workbook's order.
ENTITY_SHEETS: dict[str, str] = {
    "project": "Projects", "milestone": "Milestones", "task": "Tasks",
    "risk": "Risks", "issue": "Issues", "assumption": "Assumptions",
    "dependency": "Dependencies", "decision": "Decisions", "action": "Actions",
    "resource": "Resources", "allocation": "Allocations", "capacity": "Capacity",
    "financial": "Financials", "change_request": "Change log", "lesson": "Lessons",
}
ALIASES = {"portfolio": "project", "projects": "project", "change_log": "change_request",
           "changes": "change_request", "resources": "resource", "financials": "financial",
           "milestones": "milestone", "tasks": "task", "allocations": "allocation"}
TEMPLATE_ENTITIES = ("project", "milestone", "task", *RAID, "allocation")
# Stored as a number of per cent (10 = 10%), not a fraction.
POINTS = frozenset({("project", "tolerance_cost_pct")})


class ExportError(ValueError):
    """What cannot be exported, in one sentence."""


def entity_of(name: str) -> list[str]:
    """The entities ``--entity NAME`` exports (``raid``: the six registers)."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key == "raid":
        return list(RAID)
    key = ALIASES.get(key, key)
    if key not in ENTITY_SHEETS:
        raise ExportError(f"'{name}' is not something to export; choose one of portfolio, "
                          "raid, " + ", ".join(ENTITY_SHEETS) + ".")
    return [key]


def _columns(store: Store, entity: str, links: dict[str, tuple[str, ...]] | None = None
             ) -> list[tuple[str, str, Column]]:
    """(record key, field column, export column) for each field of ``entity``."""
    out: list[tuple[str, str, Column]] = []
    if entity not in ("project", "resource", "programme", "role"):
        choices = (links or {}).get("project", ())
        out.append(("project", "project_id", Column("project", "Project", "link", choices)))
    for spec in field_specs(entity):
        kind = "points" if (entity, spec.column) in POINTS else spec.kind
        choices = spec.choices if spec.kind != "link" else (links or {}).get(spec.name, ())
        out.append((spec.name, spec.column, Column(spec.name, spec.label, kind, choices)))
    return out


def register_table(store: Store, entity: str, records: list[dict[str, Any]] | None = None,
                   links: dict[str, tuple[str, ...]] | None = None) -> Table:
    """Every record of ``entity`` (or ``records``) as one table."""
    cols = _columns(store, entity, links)
    rows = list_records(store, entity) if records is None else records
    return Table(ENTITY_SHEETS.get(entity, entity), [c for _, _, c in cols],
                 [[r.get(name) for name, _, _ in cols] for r in rows])


def _check_out(out: str | Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(f"cannot write '{Path(out).name}': the file must end in .xlsx or .csv.")
    return suffix


def _write(store: Store, out: str | Path, tables: list[Table]) -> Result:
    if _check_out(out) == ".csv":
        if len(tables) != 1:
            raise ExportError("a CSV file holds one table: name it with --entity "
                              "(portfolio, risk, milestone …) or write an .xlsx.")
        write_csv(out, tables[0])
    else:
        write_workbook(out, tables, store.currency)
    return Result(counts={t.title: len(t.rows) for t in tables}, value=str(out))


def export_portfolio(store: Store, out: str | Path, entity: str | None = None) -> Result:
    """The portfolio's registers (or ``entity``'s) to ``out`` (.xlsx: one sheet each;
    .csv: one register)."""
    _check_out(out)
    entities = list(ENTITY_SHEETS) if entity is None else entity_of(entity)
    try:
        tables = [register_table(store, e) for e in entities]
    except FieldError as exc:
        raise ExportError(str(exc)) from None
    return _write(store, out, tables)


def export_table(store: Store, out: str | Path, title: str, headers: Sequence[str],
                 rows: Sequence[Sequence[Any]], kinds: Sequence[str] | None = None) -> Result:
    """A table as the app shows it (its headers and cells) to ``out``."""
    kinds = list(kinds or ["text"] * len(headers))
    columns = [Column(f"c{i}", str(h), k) for i, (h, k) in enumerate(zip(headers, kinds))]
    return _write(store, out, [Table(title, columns, [list(r) for r in rows])])


# -- team templates ---------------------------------------------------------------------

def _scope(store: Store, scope: str, kind: str | None) -> tuple[str, list[dict[str, Any]]]:
    """(the scope's kind, its projects): a project code, a programme's name or a
    person (a project's manager or sponsor, or someone allocated to it)."""
    projects = list_records(store, "project")
    low = scope.strip().lower()
    if kind in (None, "project"):
        found = [p for p in projects if str(p["code"]).lower() == low]
        if found:
            return "project", found
    if kind in (None, "programme"):
        found = [p for p in projects if str(p.get("programme") or "").lower() == low]
        if found:
            return "programme", found
    if kind in (None, "person"):
        codes = {a["project"] for a in list_records(store, "allocation")
                 if str(a.get("resource") or "").lower() == low}
        found = [p for p in projects if p["code"] in codes or low in (
            str(p.get("manager") or "").lower(), str(p.get("sponsor") or "").lower())]
        if found:
            return "person", found
    what = {"project": "project code", "programme": "programme",
            "person": "person"}.get(kind or "", "project code, programme or person")
    raise ExportError(f"'{scope}' is no {what} of this portfolio.")


def _link_names(store: Store, codes: list[str]) -> dict[str, tuple[str, ...]]:
    return {"project": tuple(codes),
            "programme": tuple(r["name"] for r in list_records(store, "programme")),
            "resource": tuple(r["name"] for r in list_records(store, "resource")),
            "role": tuple(r["name"] for r in list_records(store, "role"))}


def export_template(store: Store, out: str | Path, scope: str,
                    kind: str | None = None) -> Result:
    """A team template for one project, programme or person: its projects, milestones,
    tasks, RAID items and allocations, with drop-down lists on every enumerated field and
    a very hidden, signed sheet by which the importer knows it when it comes back."""
    if _check_out(out) != ".xlsx":
        raise ExportError("a team template is a workbook: write it to an .xlsx file.")
    secret = template_secret(store)
    if secret is None:
        raise ExportError("this portfolio file has no template secret yet: open it once "
                          "with write access so it is brought up to date.")
    scope_kind, projects = _scope(store, scope, kind)
    codes = [str(p["code"]) for p in projects]
    links = _link_names(store, codes)
    tables: list[Table] = []
    sheets: list[TemplateSheet] = []
    for entity in TEMPLATE_ENTITIES:
        if entity == "project":
            records = projects
        else:
            records = [r for c in codes for r in list_records(store, entity, project=c)]
        table = register_table(store, entity, records, links)
        table.validate = True
        tables.append(table)
        mapping = {c.label: col for _, col, c in _columns(store, entity)}
        sheets.append(TemplateSheet(table.title, entity, mapping))
    info = TemplateInfo(scope_kind, scope, store.name,
                        datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        sheets, [LISTS_SHEET])
    names = write_workbook(out, tables, store.currency, meta_rows(info, secret), META_SHEET)
    assert all(names[s.sheet] == s.sheet for s in sheets)  # titles are valid and distinct
    return Result(counts={t.title: len(t.rows) for t in tables},
                  value=str(out))
