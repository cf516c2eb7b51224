"""Step 5: compare the parsed rows with the store by business key — nothing is written.

Every data row ends as a record to create, update (field-level old → new) or leave
unchanged, or is rejected with its row, column and reason; rows that are not data
(section headings, subtotals, footers, blank template rows) are skipped with a reason.

Parents named by a row (a project, programme, role or resource that is not in the
store yet) are planned as records of their own and created first by ``apply``.

``plan_tables`` takes each detected table through the parse step (``parse``: its rows
classified and its cells read) and plans what that gives: the planner's modules
(``planrows``, ``builder``, ``plancontext``) never read a cell or classify a row. The
plan's shapes are in ``planned``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Collection, Mapping

from .budgetplan import plan_budget_lines
from .detected import DetectedTable
from .doubt import kind_doubt
from .form import form_notes, store_doubt
from .gcpause import without_gc
from .intake import criterion_names, plan_intake
from .intakeparse import parse_intake
from .parse import parse_table, sheet_period
from .plancontext import HINTS, Context, period_sheets, sheet_projects
from .planned import NewProject, Plan, Record, Ref, TablePlan
from .planrows import plan_rows
from .rollup import roll_up_plans
from .taskrows import plan_task_table, task_view
from .vocab import RAID, norm

__all__ = ["HINTS", "NewProject", "Plan", "Record", "Ref", "TablePlan", "plan_tables",
           "project_in_store"]


def project_in_store(store: Any, text: str) -> bool:
    """Whether ``text`` names a project of the portfolio (by code or name, as rows do)."""
    return norm(text) in Context(store, None, None)._names("project", "code")


@without_gc
def plan_tables(store: Any, tables: list[DetectedTable], *, project_code: str | None = None,
                as_of: date | None = None,
                create_projects: bool | Collection[str] = False,
                hints: Mapping[str, str] | None = None, roll_up: bool = False,
                progress: Callable[[float, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Plan:
    """Compare every detected table with the store; pure apart from reading it.

    A project list (a table of projects) creates the projects it lists. Any other row
    that names a project the portfolio does not hold is rejected, unless
    ``create_projects`` allows it: True for every such project, or a collection of the
    names (as the rows write them) that may be created. ``project_code`` names the
    project of rows that name none. ``hints`` replaces the words of ``HINTS``. With
    ``roll_up``, each project a plan's tasks belong to gets its start, finish and %
    complete from them (``rollup``): one more table, of project updates.
    """
    ctx = Context(store, project_code, as_of, create_projects)
    ctx.hints = {**HINTS, **(hints or {})}
    ctx.columns = _store_columns(tables)
    ctx.periods, ctx.period_sheets = period_sheets(
        tables, {id(t): sheet_period(t.sheet, as_of) for t in tables})
    ctx.sheet_projects = sheet_projects(tables)
    plan = Plan(project_code=project_code)
    # project lists first (the other tables may name their projects); then one sheet per
    # month (or week, sprint …) with the same layout: the latest is planned first, so
    # that a record in several of them is taken from the latest
    order = sorted(tables, key=lambda t: [t.entity != "project", t.entity != "resource",
                                          *[-x for x in ctx.periods.get(id(t), ("", ()))[1]]])
    place = {id(t): i for i, t in enumerate(tables)}
    planned: list[tuple[int, int, TablePlan]] = []
    for i, table in enumerate(order):
        if cancelled and cancelled():
            break
        if progress:
            progress(i / max(1, len(tables)), f"Planning {table.sheet}")
        planned += [(place[id(table)], j, tp) for j, tp in enumerate(_plan_table(ctx, table))]
    planned.sort(key=lambda x: x[:2])  # back in the files' order
    plan.tables = [tp for _i, _j, tp in planned]
    if roll_up:
        plan.tables += roll_up_plans(ctx, plan.tables)
    for name in ("project", "programme", "role", "resource"):
        ctx._names(name, "code" if name == "project" else "name")
    plan.parents = ctx.parents
    plan.labels = ctx.labels
    return plan


# fields the planner may set or read besides the mapped ones (compared on re-import)
_ALWAYS_LOADED = ("title", "owner", "name", "code", "description", "status", "forecast_date",
                  "baseline_date", "category", "planned", "actual", "forecast", "earned",
                  "hours", "period", "ref", "project_id", "programme_id", "role_id",
                  "resource_id")


def _store_columns(tables: list[DetectedTable]) -> list[str]:
    """Only the stored fields this import can compare: what is mapped, and what it adds."""
    mapped = {c.field for t in tables for c in t.columns if c.field and c.field[0] != "_"}
    return sorted(mapped | set(_ALWAYS_LOADED))


def _plan_table(ctx: Context, table: DetectedTable) -> list[TablePlan]:
    plans = _plan_table_kinds(ctx, table)
    misfits = [f"{c.letter} '{c.header}' ({c.note})" for c in table.columns
               if c.note and not c.field]
    if misfits and table.entity:
        plans[0].warnings.append("Columns left out: " + "; ".join(misfits) + ".")
    plans[0].warnings[:0] = form_notes(table)
    note = table.source.note if table.source is not None else None
    if note:
        plans[0].warnings.insert(0, note)
    if plans[0].tasks is not None:  # a plan: its tasks first, as the import's JSON lists them
        plans.reverse()
    return plans


def _plan_table_kinds(ctx: Context, table: DetectedTable) -> list[TablePlan]:
    entity = table.entity
    if entity is None:
        tp = TablePlan(table, None)
        if len(table.columns) >= 3 and table.region.last_row >= table.region.first_row:
            # (a two-column block is a lookup, a key or a note: not worth a word)
            tp.warnings.append("Not imported: no kind of record was recognised in its headers "
                               "(a tracker names its rows by an ID, title, name or code, and "
                               "dates its money by month); choose one in the import wizard "
                               "to import it.")
        return [tp]
    doubt = "" if table.accepted else kind_doubt(table)  # (api.doubt_of)
    if table.form is not None and not table.accepted and entity == "project":
        doubt = store_doubt(table, _projects(ctx))
    if doubt:
        return [_held(table, doubt)]
    if table.split_col is not None:
        return _plan_split(ctx, table)
    if entity == "task":
        return [plan_task_table(ctx, parse_table(table, "task", ctx.as_of))]
    if entity == "proposal":  # an intake list: proposals, their scores and objectives
        return plan_intake(ctx, *parse_intake(table, criterion_names(ctx), ctx.as_of))
    tp = TablePlan(table, entity)
    if entity == "financial" and table.column_for("budget") is not None:
        plan_budget_lines(ctx, parse_table(table, entity, ctx.as_of), tp)  # no months
        return [tp]
    plan_rows(ctx, parse_table(table, entity, ctx.as_of), entity, tp, None)
    if table.form is not None and entity == "project" and tp.records:
        rec = tp.records[0]  # the form's project: of the rows of its sheet's tables too
        ctx.form_projects.setdefault((table.file_name, table.sheet), []).append(
            rec.existing_id if rec.existing_id is not None else ("project", rec.key))
    if entity == "milestone" and table.tasks:
        # a plan: its milestones, and every row as a task of the plan
        tp.tasks = plan_task_table(ctx, parse_table(task_view(table), "task", ctx.as_of))
        return [tp, tp.tasks]
    return [tp]


def _projects(ctx: Context) -> dict[str, str]:
    """The portfolio's projects: each code and name, normalised, → its code."""
    out: dict[str, str] = {}
    for row in ctx.rows_by_key("project").values():
        for value in (row.get("code"), row.get("name")):
            if value:
                out.setdefault(norm(str(value)), str(row.get("code")))
    return out


def _held(table: DetectedTable, doubt: str,
          what: str = "its kind is only a guess") -> TablePlan:
    """A table whose kind is a guess: shown as read, nothing of it planned."""
    tp = TablePlan(table, table.entity, held=doubt)
    r = table.region
    tp.data_rows = sum(1 for row in table.rows[r.first_row - 1:r.last_row]
                       if any(v not in (None, "") for v in row[r.first_col:r.last_col + 1]))
    tp.warnings.append(
        f"Held back, not imported: {what} ({doubt}). Choose its kind to import it: in "
        f"the import wizard's Tables step, or on the command line with --accept "
        f"'{table.sheet}' or --as '{table.sheet}=KIND'.")
    return tp


def _plan_split(ctx: Context, table: DetectedTable) -> list[TablePlan]:
    """A RAID log with a Type column: one plan per kind, rows sorted by their type."""
    by_type: dict[str, TablePlan] = {}
    order: list[str] = []
    first = TablePlan(table, table.entity)
    entity = table.entity or "risk"
    plan_rows(ctx, parse_table(table, entity, ctx.as_of, split=True), entity, first, by_type)
    for t in RAID:
        if t in by_type:
            order.append(t)
    plans = [by_type[t] for t in order] or [first]
    if plans[0] is not first:
        plans[0].skipped = first.skipped + plans[0].skipped
        plans[0].rejected = first.rejected + plans[0].rejected
        plans[0].warnings = first.warnings + plans[0].warnings
        plans[0].data_rows += first.data_rows
    return plans


