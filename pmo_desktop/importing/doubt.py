"""Step 3, doubt: whether the kind found for a table is only a guess.

A table is imported on its own evidence only when that evidence is clear. Its kind is a
guess (``kind_doubt`` says why, in a sentence) when

- another kind scored nearly as much (``TIE``): the columns read as either;
- the sheet or the table's title names another kind ("Risks", "Issue log"), the
  table's own evidence is weak (under ``WEAK``) and most of its columns mean nothing
  for its kind: a title block of "Project Name: …" cells on a risk log's sheet is not
  a list of projects.

A guessed table is held back (planned, shown, not written) until a person names it:
``import --accept SHEET``, ``--as SHEET=KIND`` or a kind chosen in the wizard, or a
saved mapping profile. A RAID log with a Type column is not in doubt: each row names
its kind; nor is a tracker's backlog whose Type column names its work items (Task,
Story, a few Bugs). A plan read as milestones is not in doubt between the two: both
readings are imported (its milestones, and every row as a task).
"""

from __future__ import annotations

from .columns import sheet_named
from .detected import DetectedTable
from .plandetect import work_items
from .vocab import ENTITY_NAMES

TIE = 0.5
"""Two kinds whose scores are closer than this are a toss-up."""

WEAK = 4.0
"""A table's own score under this is weak evidence (about three columns matched)."""

_SAME_ROWS = {("milestone", "task"), ("task", "milestone")}


def kind_doubt(table: DetectedTable) -> str:
    """Why the table's kind is a guess, or "" when it is not."""
    entity = table.entity
    if table.form is not None and entity == "project":
        return table.form.doubt  # (the plan weighs it against the portfolio: form.store_doubt)
    if entity is None or table.profile or table.split_col is not None or \
            entity not in table.scores:  # (a Type column names each row's kind)
        return ""
    if entity == "task" and work_items(table):
        return ""  # (a backlog's Type column names each row's kind too: Task, Story, Bug)
    own = table.scores[entity]
    if table.tasks is not None:  # a plan read as milestones: its rows are tasks as well
        own = max(own, table.scores.get("task", own))
    others = sorted(((s, e) for e, s in table.scores.items()
                     if e != entity and (entity, e) not in _SAME_ROWS), reverse=True)
    if others and 0 <= own - others[0][0] < TIE:  # (below 0: chosen on its shape, a plan)
        score, runner = others[0]
        return (f"it reads as {_label(entity)} ({own:g}) or {_label(runner)} ({score:g}) "
                "nearly as well")
    named = [e for e in ENTITY_NAMES if e != entity and sheet_named(table, e)]
    mapped = sum(1 for c in table.columns if c.field)
    if named and own < WEAK and mapped * 2 < len(table.columns) and \
            not sheet_named(table, entity):
        return (f"its sheet or title names {_label(named[0])} records, and only {mapped} of "
                f"its {len(table.columns)} columns read as {_label(entity)} ({own:g})")
    return ""


def _label(entity: str) -> str:
    return entity.replace("_", " ")
