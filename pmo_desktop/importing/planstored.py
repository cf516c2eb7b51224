"""A plan's tasks against the plan its project already holds.

An import matches a plan's rows to the stored tasks by their ID (or WBS) and changes nothing
else: a task the file no longer lists stays. The table says so, naming those tasks, and says
when most of the tasks it matches would be renamed, the sign of another plan or of one whose
tasks were renumbered (MS Project renumbers its IDs when a task is inserted), so the user
looks at the changes before applying them.
"""

from __future__ import annotations

import re

from .plancontext import Context
from .planned import TablePlan

_SHOWN = 6  # refs named per project; the rest are counted
_RENAMES = 3  # fewer renames than this are edits, not another plan


def _natural(ref: str) -> list[tuple[int, object]]:
    """'2.10' after '2.9', numbers before words."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", ref) if p]


def compare_with_stored(ctx: Context, tp: TablePlan) -> None:
    """Warn on ``tp`` (a table of tasks) about the stored tasks of its projects it leaves
    as they are, and about renaming most of the tasks it matches."""
    stored = ctx.rows_by_key("task")
    project_of = {row["id"]: key[0] for key, row in stored.items()}
    listed: dict[int, set[str]] = {}
    for rec in tp.records:  # (an update holds only what it changes: its task says whose)
        project = project_of.get(rec.existing_id) if rec.existing_id is not None else \
            rec.values.get("project_id")
        if type(project) is int:  # a project of the portfolio (not one this import creates)
            listed.setdefault(project, set()).add(rec.key)
    if not listed:
        return
    left: dict[int, list[str]] = {}
    for project, ref, *_rest in stored:
        if project in listed and str(ref) not in listed[project]:
            left.setdefault(project, []).append(str(ref))
    for project, refs in sorted(left.items()):
        refs.sort(key=_natural)
        code = ctx.labels.get(("project", project)) or f"project {project}"
        shown = ", ".join(refs[:_SHOWN]) + (f" and {len(refs) - _SHOWN} more"
                                            if len(refs) > _SHOWN else "")
        many = len(refs) != 1
        tp.warnings.append(
            f"{code}: {len(refs)} task{'s' if many else ''} of its stored plan "
            f"{'are' if many else 'is'} not in this file ({shown}) and "
            f"{'are' if many else 'is'} kept as {'they are' if many else 'it is'}; if the "
            "plan dropped them, delete them on the project's Plan tab (or with "
            "'pmo-desktop delete task').")
    renames = another_plan(tp)
    if renames:
        tp.warnings.append(f"{renames[0].upper()}{renames[1:]}; check the changes before "
                           "applying them.")


def another_plan(tp: TablePlan) -> str:
    """Why ``tp`` (a table of tasks) looks like another plan than the one its project
    holds: it would rename most of the stored tasks it matches by ID. "" when it does not."""
    matched = [r for r in tp.records if r.existing_id is not None]
    renamed = [r for r in matched if "name" in r.changes]
    if len(renamed) < _RENAMES or 2 * len(renamed) <= len(matched):
        return ""
    old, new = renamed[0].changes["name"]
    return (f"it would rename {len(renamed)} of the {len(matched)} stored tasks it matches "
            f"by ID (task {renamed[0].key}: '{old}' → '{new}'): it may be another plan, or "
            "one whose tasks were renumbered")
