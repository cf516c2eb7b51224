"""The importer's pieces that are not orchestration (that is ``operations/imports.py``).

``read_and_detect`` reads one file and finds its tables, each with an entity and a
mapping the user may change (``change_entity``, ``change_field``; ``table_at_header``
when the user moves a table's header row). ``ImportResult`` is what ``pmo-desktop
import`` reports; its ``to_json()`` is the CLI's ``--json`` output. ``rejections`` sums
up why rows were rejected; ``needs_project`` says a table's rows need a project.

Mapping profiles: ``save_profile`` remembers a table's entity, mapping and header row
under its header signature; ``read_and_detect`` applies a saved profile to the next file
whose table has that signature (``apply_profile``), on the saved header row when the
user had moved it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from . import columns as C
from . import form as F
from . import template as T
from pmo_desktop.store.schema import ENTITIES
from pmo_desktop.store.undo import undo_batch

from .apply import ImportCancelled, apply_plan
from .columns import DetectedTable
from .doubt import kind_doubt
from .gcpause import without_gc
from .plan import NewProject, Plan, Record, TablePlan, plan_tables, project_in_store
from .read import Limits, ReadError, Sheet, read_workbook
from .restartrefs import ids_merged_over_records, numbers_that_restart
from .joinedtables import tables_joined_by_key
from .siblings import same_kind_as_siblings
from .tables import find_tables, region_at_header
from .vocab import norm

if TYPE_CHECKING:
    from pmo_desktop.store import Store

__all__ = [
    "DetectedTable", "ImportCancelled", "ImportResult", "Plan", "ReadError", "apply_plan",
    "list_batches", "plan_tables", "read_and_detect", "undo_import",
    "save_profile", "apply_profile", "change_entity", "change_field", "as_of_date",
    "table_at_header", "header_row_limit", "NewProject", "Rejections",
    "rejections", "needs_project", "project_key", "project_in_store", "kind_doubt", "doubt_of",
]

Progress = Callable[[float, str], None]


@dataclass
class FileResult:
    path: str
    sha256: str | None = None
    error: str | None = None
    tables: list[TablePlan] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import did (or, with ``dry_run``, would do)."""

    files: list[FileResult]
    plan: Plan
    batch: int | None = None
    dry_run: bool = False

    @property
    def exit_code(self) -> int:
        return 2 if any(f.error for f in self.files) else 0

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch,
                "files": [self._file_json(f) for f in self.files]}

    def _file_json(self, f: FileResult) -> dict[str, Any]:
        # A plan is two tables of the same cells: its rows as tasks, then the rows that
        # are milestones (the plan's parents, phases and summaries, go with the tasks).
        tables = []
        for t in f.tables:
            if t.tasks is not None:
                tables.append(table_json(t.tasks, self.plan))
            tables.append(table_json(t, self.plan, parents=t.tasks is None))
        return {"path": f.path, "sha256": f.sha256, "error": f.error, "tables": tables}


def _field_json(col: C.Column) -> str | None:
    if col.field == "_type":  # a RAID log's Type column: each row's kind, stored as its type
        return "type"
    return None if not col.field or col.field.startswith("_") else col.field


def table_json(t: TablePlan, plan: Plan, parents: bool = True) -> dict[str, Any]:
    """``t`` as the import's JSON; ``parents``: with the parent records its rows name."""
    table = t.table
    cols = []
    for c in table.columns:
        item: dict[str, Any] = {"header": c.header, "column": c.letter, "field": _field_json(c),
                                "confidence": round(c.confidence, 2) if c.field else 0.0}
        if c.field and c.field.startswith("_"):
            item["used_as"] = c.field.lstrip("_")
        if c.period:
            item["period"] = c.period
        if table.form is not None:
            item["cell"] = table.form.cells.get(c.index)
        cols.append(item)
    out: dict[str, Any] = {
        "sheet": table.sheet, "range": table.range, "header_row": table.shown_header_row,
        "entity": t.entity, "columns": cols, "rows": t.data_rows,
        "created": t.count("create"), "updated": t.count("update"),
        "unchanged": t.count("unchanged"),
        "skipped": [{"row": r, "reason": why} for r, why in t.skipped],
        "rejected": [{"row": r, "column": c or None, "reason": why} for r, c, why in t.rejected],
        "records": [record_json(r, plan) for r in t.records],
    }
    out["new_projects"] = [{"name": p.name, "code": p.code, "rows": len(p.rows),
                            "created": p.created} for p in t.new_projects.values()]
    if t.held:
        out["held"] = t.held
    if t.warnings:
        out["warnings"] = t.warnings
    if table.hidden:
        out["hidden"] = True
    if table.form is not None:
        out["layout"] = "form"
    if parents and any(p.row and p.sheet == table.sheet and p.file == table.file_name
                       for p in plan.parents):
        out["parents"] = [record_json(p, plan) | {"entity": p.entity} for p in plan.parents
                          if p.sheet == table.sheet and p.file == table.file_name
                          and table.region.first_row <= p.row <= table.region.last_row]
    return out


def record_json(r: Record, plan: Plan) -> dict[str, Any]:
    # an update shows what the record holds once applied; its changes say what moves
    shown = r.values if r.given is None else \
        {k: v for k, v in r.given.items() if v is not None} | r.values
    values = {_json_key(k): plan.label(k, v) for k, v in shown.items()}
    item: dict[str, Any] = {"row": r.row, "action": r.action, "key": r.key, "values": values}
    if r.changes:
        item["changes"] = {_json_key(k): {"old": plan.label(k, o), "new": plan.label(k, n)}
                           for k, (o, n) in r.changes.items()}
    if r.warnings:
        item["warnings"] = list(r.warnings)
    return item


def _json_key(k: str) -> str:
    return k[:-3] if k in ("project_id", "programme_id", "role_id", "resource_id") else k


# -- steps ------------------------------------------------------------------------------------

def as_of_date(store: Store | None) -> date:
    """The portfolio's as-of date (for yearless dates), else today."""
    if store is not None:
        try:
            value = store.settings().get("as_of")
            if value:
                return date.fromisoformat(str(value)[:10])
        except (ValueError, AttributeError):
            pass
    return date.today()


@without_gc
def read_and_detect(path: str, *, store: Store | None = None, as_of: date | None = None,
                    limits: Limits | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[DetectedTable]:
    """Read one file and find its tables, each with a candidate entity and mapping.

    A mapping profile saved in ``store`` for a table's header signature overrides the
    detection (see ``apply_profile``). Raises ``ReadError`` for a file that cannot be
    imported. ``progress(fraction, text)`` is told before each sheet is read and before
    each sheet's tables are found; ``cancelled()`` is asked at the same points and, when
    it answers True, ``ImportCancelled`` is raised.
    """
    as_of = as_of or as_of_date(store)
    name = Path(path).name

    def check(fraction: float, text: str) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(fraction, text)

    def on_sheet(i: int, n: int, sheet: str) -> None:
        check(_READ_SHARE * i / max(1, n), f"Reading {name}, sheet '{sheet}'")

    check(0.0, f"Reading {name}")
    wb = read_workbook(path, limits, on_sheet=on_sheet, as_of=as_of)
    total = max(1, sum(len(s.rows) for s in wb.sheets))
    done = 0
    tables: list[DetectedTable] = []
    tpl = T.recognise(wb, store)  # a team template maps itself (importing/template.py)
    for sheet in wb.sheets:
        if T.skips(wb, sheet, tpl):
            continue
        check(_READ_SHARE + (1 - _READ_SHARE) * done / total,
              f"Finding the tables of {name}, sheet '{sheet.name}'")
        done += len(sheet.rows)
        forms = F.read_forms(str(path), wb, sheet, as_of) if tpl is None else []
        for form in forms:
            profile = store.load_mapping_profile(form.signature) if store is not None else None
            if profile:  # the user's mapping of a form with these labels
                C.apply_profile(form, profile, as_of)
        tables += forms
        rest = F.without_forms(sheet, forms) if forms else sheet
        regions = find_tables(rest)
        for region in regions:
            table = C.build_table(str(path), wb, rest, region, as_of)
            table.form_above = len(forms) == 1 and not doubt_of(forms[0])
            if tpl is not None and T.apply_template(table, tpl, as_of):
                pass
            elif store is not None:
                profile = store.load_mapping_profile(table.signature)
                if profile:
                    table = apply_profile(table, profile, as_of, others=[
                        r for r in regions if r is not region]) or table
            tables.append(table)
    numbers_that_restart(tables)
    ids_merged_over_records(tables)
    tables_joined_by_key(tables, as_of)
    same_kind_as_siblings(tables, as_of)
    if progress is not None:
        progress(1.0, f"Read {name}")
    return tables


_READ_SHARE = 0.9  # of read_and_detect's time: reading the cells (finding tables is quick)


def _sheet_of(table: DetectedTable) -> Sheet | None:
    grid = table.grid
    return grid if grid is not None and grid.name == table.sheet else None


def header_row_limit(table: DetectedTable) -> int:
    """The last row ``table``'s header could be moved to (its sheet's last row)."""
    sheet = _sheet_of(table)
    return max(1, len(sheet.rows)) if sheet is not None else table.header_row


def table_at_header(table: DetectedTable, header_row: int,
                    as_of: date | None = None) -> DetectedTable | None:
    """``table`` found again with its header on ``header_row`` (1-based), with the entity
    and mapping detected for the new headers; None when that row is outside the sheet or
    holds no cells (or the table's workbook is not at hand).

    The new table remembers the signature ``table`` was first detected with, so that
    ``save_profile`` can make the next file detected like it use this header row.
    """
    sheet = _sheet_of(table)
    if sheet is None or table.workbook is None:
        return None
    region = region_at_header(sheet, header_row, table.region.last_row,
                              column=table.region.first_col)
    if region is None:
        return None
    new = C.build_table(table.path, table.workbook, sheet, region, as_of or date.today())
    first = table.detected_signature or table.signature
    if first != new.signature:
        new.detected_signature = first
    return new


def _header_set(headers: Any) -> set[str]:
    return {n for n in (norm(str(h)) for h in headers) if n}


def apply_profile(table: DetectedTable, profile: dict[str, Any], as_of: date | None = None,
                  *, others: list[Any] | None = None,
                  move: bool = True) -> DetectedTable | None:
    """``table`` with a saved mapping profile applied: the table to use from now on.

    A profile made for these headers (the usual case, wherever they sit now) maps the
    table in place and returns it. A profile saved after the user moved the header row
    (its headers are those of another row) re-finds the table on the saved header row
    and maps that, when that row holds the profile's headers and no other table of the
    sheet (``others``: their regions) covers it; otherwise it returns None and leaves
    ``table`` as detected. With ``move=False`` (the user chose this header row) the
    mapping is always applied in place.
    """
    as_of = as_of or date.today()
    mapping = profile.get("mapping") or {}
    row = profile.get("header_row")
    wanted = _header_set(mapping)
    if not move or not row or int(row) == table.header_row or wanted <= _header_set(
            c.header for c in table.columns):
        C.apply_profile(table, profile, as_of)
        return table
    row = int(row)
    if any(r.header_rows[0] <= row <= max(r.last_row, r.header_row) for r in others or []):
        return None
    moved = table_at_header(table, row, as_of)
    if moved is None or not wanted <= _header_set(c.header for c in moved.columns):
        return None
    C.apply_profile(moved, profile, as_of)
    return moved


def doubt_of(table: DetectedTable) -> str:
    """Why the table's kind is still a guess ("" once a person named it, or when it is
    not one): such a table is held back from the import."""
    return "" if table.accepted else kind_doubt(table)


def change_entity(table: DetectedTable, entity: str | None, as_of: date | None = None) -> None:
    """The user picked another entity for a table: map its columns for it (the kind is
    theirs, no longer a guess of the importer's)."""
    C.remap(table, entity, as_of or date.today())
    table.accepted = True


def change_field(table: DetectedTable, column_index: int, field_name: str | None) -> None:
    """The user mapped one column by hand (a field used elsewhere is taken from there)."""
    for c in table.columns:
        if field_name and c.field == field_name and c.index != column_index:
            c.field, c.confidence = None, 0.0
    for c in table.columns:
        if c.index == column_index:
            c.field, c.confidence = field_name, 1.0 if field_name else 0.0
    C.apply_mapping(table, table.entity, {c.index: (c.field, c.confidence)
                                          for c in table.columns if c.field})


def save_profile(store: Store, table: DetectedTable) -> None:
    """Remember this table's entity, mapping and header row for the next file with the
    same headers.

    When the user moved the table's header row, the profile is also saved under the
    signature the table was first detected with: the next file detected the same way
    is then read on this header row (see ``apply_profile``).
    """
    mapping = table.mapping()
    store.save_mapping_profile(table.signature, table.entity, mapping, table.header_row)
    if table.detected_signature and table.detected_signature != table.signature:
        store.save_mapping_profile(table.detected_signature, table.entity, mapping,
                                   table.header_row)


def needs_project(table: DetectedTable, projects: Collection[str] = ()) -> bool:
    """Whether the import must name the project of ``table``'s rows: they belong to a
    project (a RAID log, a plan, a budget …), the table has no project column and its
    sheet is not named after one of ``projects`` (the portfolio's codes and names, as
    ``project_key`` writes them: one sheet per project) and holds no form naming it."""
    ent = ENTITIES.get(table.entity or "")
    return ent is not None and "project_id" in ent.key and not table.form_above and \
        table.column_for("project_id") is None and project_key(table.sheet) not in projects


def project_key(text: str) -> str:
    """A project's code or name as the importer compares it with a sheet's name."""
    return norm(text)


@dataclass
class Rejections:
    """Why rows were rejected, by the commonest reason: what a summary says first."""

    rows: int  # rejected rows in all
    kind: str  # "no_project" | "new_project" | "other" (the commonest)
    count: int  # rows of that kind
    detail: str  # new_project: the projects' names; other: the commonest reason


def rejections(tables: list[TablePlan], kind: str | None = None) -> Rejections | None:
    """The rejected rows of ``tables`` summed up by their commonest reason, or by the
    reason ``kind`` ("no_project", "new_project"); None when there are none."""
    rows = sum(len(t.rejected) for t in tables)
    no_project = sum(t.no_project for t in tables)
    unknown: dict[str, int] = {}
    for t in tables:
        for p in t.new_projects.values():
            if not p.created:
                unknown[p.name] = unknown.get(p.name, 0) + len(p.rows)
    reasons: dict[str, int] = {}
    for t in tables:
        for _r, _c, why in t.rejected:
            if why.startswith("no project:") or (why.startswith("project '")
                                                 and " is not in the portfolio" in why):
                continue  # counted above
            head = why.split(":")[0] if ":" in why[:40] else why
            reasons[head] = reasons.get(head, 0) + 1
    new = sum(unknown.values())
    other = max(reasons.items(), key=lambda kv: kv[1]) if reasons else ("", 0)
    if kind is None:
        kind = max((no_project, 2, "no_project"), (new, 1, "new_project"),
                   (other[1], 0, "other"))[2]
    if not rows or not {"no_project": no_project, "new_project": new}.get(kind, other[1]):
        return None
    if kind == "no_project":
        return Rejections(rows, kind, no_project, "")
    if kind == "new_project":
        names = sorted(unknown, key=lambda n: -unknown[n])
        shown = ", ".join(f"'{n}'" for n in names[:3]) + (
            f" and {len(names) - 3} more" if len(names) > 3 else "")
        return Rejections(rows, kind, new, shown)
    return Rejections(rows, kind, other[1], other[0])


def list_batches(store: Store) -> list[dict[str, Any]]:
    """Import batches, newest first: id, file_name, sha256, imported_at, summary, undone_at
    (the command line's edits are batches too; ``history`` lists those with these)."""
    return [dict(b) for b in store.list_batches() if b.get("source") == "import"]


def undo_import(store: Store, batch_id: int) -> dict[str, Any]:
    """Undo one batch; raises the store's UndoConflict or StoreError when it cannot."""
    changes = undo_batch(store, int(batch_id))
    return {"batch": int(batch_id), "undone": True, **changes.summary(),
            "entities": sorted(changes.entities)}
