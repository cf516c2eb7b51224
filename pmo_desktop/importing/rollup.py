"""Step 5, asked for: each project's start, finish and % complete rolled up from the
plan this import reads (``domain.plan.roll_up``), planned as an update of the project
(or as values of a project this import creates) and shown like any other change.

Nothing of a project changes unless the user asks for it (``plan_tables(roll_up=True)``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pmo_desktop.domain.plan import PlanTask, roll_up

from .plancontext import Context, same_value
from .planned import Record, TablePlan


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _task(values: dict[str, Any]) -> PlanTask:
    return PlanTask(_day(values.get("start_forecast")), _day(values.get("finish_forecast")),
                    values.get("duration_days"), values.get("pct_complete"),
                    bool(values.get("is_summary")))


def _values(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    up = roll_up(_task(v) for v in tasks)
    out: dict[str, Any] = {}
    if up.start is not None:
        out["start_forecast"] = up.start.isoformat()
    if up.finish is not None:
        out["finish_forecast"] = up.finish.isoformat()
    if up.pct_complete is not None:
        out["pct_complete"] = up.pct_complete
    return out


def roll_up_plans(ctx: Context, tables: list[TablePlan]) -> list[TablePlan]:
    """One project table per plan table whose tasks change a project: its update."""
    origin = {id(tp.tasks): tp.table for tp in tables if tp.tasks is not None}
    out: list[TablePlan] = []
    for tp in tables:
        if tp.entity != "task" or not tp.task_values:
            continue
        table = origin.get(id(tp), tp.table)
        by_project: dict[Any, list[dict[str, Any]]] = {}
        for project, values in tp.task_values:
            by_project.setdefault(project, []).append(values)
        up = TablePlan(table, "project")
        for project, tasks in by_project.items():
            values = _values(tasks)
            if not values:
                continue
            rec = _project_record(ctx, project, values, table.sheet, table.file_name)
            if rec is not None:
                up.records.append(rec)
        if up.records:
            up.warnings.append("Project start, finish and % complete rolled up from the plan "
                               "(earliest start, latest finish, % complete weighted by "
                               "duration).")
            out.append(up)
    return out


def _project_record(ctx: Context, project: Any, values: dict[str, Any], sheet: str,
                    file: str) -> Record | None:
    stored = stored_project(ctx, project, values)
    if stored is None:
        return None
    code, row = stored
    changes = {k: (row.get(k), v) for k, v in values.items()
               if not same_value(row.get(k), v)}
    return Record("project", 0, "update" if changes else "unchanged", code,
                  {k: v for k, (_o, v) in changes.items()}, changes, project, sheet, file)


def stored_project(ctx: Context, project: Any, values: dict[str, Any]
                   ) -> tuple[str, dict[str, Any]] | None:
    """``project``'s code and stored row (with ``values``' fields loaded); None for a
    project this import creates, which is given ``values`` as its own, or one not found."""
    if isinstance(project, tuple):  # a project this import creates: created with them
        for parent in ctx.parents:
            if parent.entity == "project" and parent.key == project[1]:
                parent.values.update(values)
        return None
    found = next(((key, row) for key, row in ctx.rows_by_key("project").items()
                  if row["id"] == project), None)
    if found is None:
        return None
    key, row = found
    if not row.keys() >= values.keys():
        row = ctx.full_row("project", key)
    return str(row.get("code") or key[0]), row
