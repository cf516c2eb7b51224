"""Step 3, plans: whether a table is a plan of tasks, decided from the best other kind.

A plan is a task name with several plan columns together (start, finish, duration, %
complete, predecessors, WBS, outline level, parent …) whose rows start before they
finish. A plan read as milestones keeps its task mapping beside its own
(``DetectedTable.tasks``): the planner makes each row a task as well.
"""

from __future__ import annotations

from datetime import date

from . import values as V
from .detected import SAMPLE, DetectedTable, column_values
from .timelinebars import START_HEADER
from .values import decide_dayfirst, parse_date


# Columns that make a table a plan when several are there together (with a task name)
PLAN_EVIDENCE = frozenset({
    "start_forecast", "finish_forecast", "start_baseline", "finish_baseline", "start_actual",
    "finish_actual", "duration_days", "pct_complete", "predecessors", "wbs", "outline_level",
    "parent_ref", "is_summary", "is_milestone", "resources", "_kind"})
_STARTS = {"start_forecast", "start_actual", "start_baseline"}
_FINISHES = {"finish_forecast", "finish_actual", "finish_baseline"}


def plan_mapping(table: DetectedTable, as_of: date | None, named: bool = False,
                 spans: bool = False) -> tuple[dict[int, tuple[str, float]], float] | None:
    """The table's columns mapped as a plan's tasks, when they make one: a task name with
    three or more plan columns (start, finish, duration, % complete, predecessors, WBS,
    outline level, parent …; a timeline of bars the reader turned into start and finish
    counts as one too) — or, when the table calls itself a plan of tasks (``named``: its
    sheet, title or headers say "task", "schedule", "Gantt" …), a start and a finish —
    a start date or a parent among them, and most rows' start (when there is one) on or
    before their finish. A tracker's backlog (a column of work-item types: Story, Bug,
    Epic …) is a plan of tasks with or without dates. With ``spans``, rows that each
    start and later finish (``spans_of_time``) are a plan as a named one is."""
    from .columnmatch import assign, range_column
    from .columns import _identity_ok  # (columns decides with this module)

    mapping, score = assign(table, "task", as_of)
    fields = {f for f, _c in mapping.values()}
    evidence = fields & PLAN_EVIDENCE
    if not fields & _FINISHES and any(f in _STARTS and range_column(table, ci)
                                      for ci, (f, _c) in mapping.items()):
        # a "Timeline" of spans ("2025-09-01 - 2025-09-19"): each row's start and finish
        evidence = evidence | {"finish_forecast"}
    # bars drawn over a timeline are a plan's own evidence: its rows' spans as dates
    drawn = any(c.header == START_HEADER and mapping.get(c.index, ("",))[0] in _STARTS
                for c in table.columns)
    dated = bool(fields & _STARTS) and bool(fields & _FINISHES) and \
        (named or spans and spans_of_time(table, mapping, as_of))
    backlog = work_items(table)
    if "name" not in fields or len(evidence) + drawn < 3 and not dated and not backlog or \
            not backlog and not _identity_ok("task", fields):  # (a backlog: dates or not)
        return None
    if not fields & (_STARTS | {"parent_ref", "duration_days"}) and not backlog:
        return None
    cols = {f: c for c, (f, _x) in mapping.items()}
    start, finish = cols.get("start_forecast"), cols.get("finish_forecast")
    if start is not None and finish is not None and not _starts_first(table, start, finish, as_of):
        return None
    return mapping, score + 0.5 * len(evidence) + (BACKLOG if backlog else 0.0)


# A tracker's backlog (a Jira, Azure DevOps or Trello export): one column says what kind
# of work item each row is. Its rows are the work of a plan (tasks), not RAID issues,
# even with no dates yet.
_WORK_ITEMS = frozenset({
    "story", "user story", "bug", "task", "sub task", "subtask", "epic", "feature", "spike",
    "improvement", "new feature", "technical task", "product backlog item", "chore",
    "defect"})
_DEFECTS = frozenset({"bug", "defect", "bugs", "defects"})
BACKLOG = 3.0
"""What a column of work-item types adds to a table's score as a plan."""


def work_items(table: DetectedTable) -> bool:
    """Whether a column of the table names each row's work-item type (Story, Bug, Epic …)."""
    from .vocab import norm

    first = table.region.first_row - 1
    rows = table.rows[first:first + SAMPLE]
    for col in table.columns:
        words = [norm(str(r[col.index])) for r in rows
                 if col.index < len(r) and not V.is_empty(r[col.index])]
        if len(words) >= 2 and sum(w in _WORK_ITEMS for w in words) * 5 >= len(words) * 4 \
                and sum(w in _DEFECTS for w in words) * 5 < len(words) * 4:
            return True  # (a test cycle's defects, "Bug" on every row, are an issue log)
    return False


def _date_order(table: DetectedTable, start: int, finish: int, as_of: date | None
                ) -> tuple[int, int, int]:
    """Of the first rows with both dates: how many, how many start on or before they
    finish, and how many start before they finish (span a day or more)."""
    first = table.region.first_row - 1
    pairs = [(r[start], r[finish]) for r in table.rows[first:first + SAMPLE]
             if max(start, finish) < len(r) and not V.is_empty(r[start])
             and not V.is_empty(r[finish])]
    if not pairs:
        return 0, 0, 0
    dayfirst = decide_dayfirst([a for a, _b in pairs] + [b for _a, b in pairs])
    ok = n = spans = 0
    for a, b in pairs:
        try:
            da, db = parse_date(a, dayfirst=dayfirst, as_of=as_of), \
                parse_date(b, dayfirst=dayfirst, as_of=as_of)
        except V.ValueProblem:
            continue
        if da is not None and db is not None:
            n += 1
            ok += da <= db
            spans += da < db
    return n, ok, spans


def _starts_first(table: DetectedTable, start: int, finish: int, as_of: date | None) -> bool:
    """Whether most rows with both dates start on or before they finish (the shape of a
    plan, not two unrelated dates)."""
    n, ok, _spans = _date_order(table, start, finish, as_of)
    return n == 0 or ok * 10 >= n * 8


def spans_of_time(table: DetectedTable, mapping: dict[int, tuple[str, float]],
                  as_of: date | None) -> bool:
    """Whether the rows, as ``mapping`` reads them, each start and later finish: three or
    more with both dates, four in five of them a day or more apart. Such rows are work
    done over time, not milestones (a milestone is a point in time)."""
    cols = {f: c for c, (f, _x) in mapping.items()}
    start, finish = cols.get("start_forecast"), cols.get("finish_forecast")
    if start is None or finish is None:
        return False
    n, _ok, spans = _date_order(table, start, finish, as_of)
    return n >= 3 and spans * 5 >= n * 4


def plan_or(table: DetectedTable, as_of: date | None,
             best: tuple[float, str | None, dict[int, tuple[str, float]]],
             named: float = 0.0, chosen_named: float = 0.0,
             ) -> tuple[str | None, dict[int, tuple[str, float]]]:
    """The kind chosen for the table, given what the best other kind scored.

    A plan read as milestones stays a milestone table (its zero-day rows are the
    milestones) and keeps its task mapping beside (``table.tasks``): its planner makes
    every row a task too. A table no other kind fits is a table of tasks; so is a log
    of items (RAID, changes, lessons: a tracker export) whose rows name their parent or
    whose plan columns outscore it, or that is a tracker's backlog; a project list, budget or resource plan only when a
    column only plans have (predecessors, WBS, outline level, duration …) is among them
    and the plan outscores it: dates and % complete alone do not make a plan. ``named``
    is what the sheet, title and headers say for tasks, scored as for every other kind;
    ``chosen_named`` what they say for the best other kind. Where they name tasks
    ("Card #", "Card Name" of a Trello board) and nothing names that kind, the plan wins
    when it outscores it."""
    score, chosen, mapping = best
    table.tasks = None
    found = plan_mapping(table, as_of, named > 0)
    if found is None and chosen == "milestone":  # rows that last are tasks, however few
        found = plan_mapping(table, as_of, named > 0, spans=True)  # plan columns they have
    if found is None:
        return chosen, mapping
    tmap, tscore = found
    tscore += named
    table.scores["task"] = round(tscore, 2)
    if any(f.startswith("_name_") for f, _c in tmap.values()):
        return "task", tmap  # a tree exported one level to a column: a plan's rows
    if chosen == "milestone":
        table.tasks = tmap
        return chosen, mapping
    if chosen is None:
        return "task", tmap
    fields = {f for f, _c in tmap.values()}
    # (rows that name their parent: a "Parent task" column an export writes empty names none)
    parents = any(f == "parent_ref" and any(not V.is_empty(v) for v in column_values(table, ci))
                  for ci, (f, _c) in tmap.items())
    if chosen not in _KEPT and (parents or tscore > score or work_items(table)):
        return "task", tmap
    if chosen in _KEPT and (fields & _PLAN_ONLY or named >= 1 and not chosen_named) and \
            tscore > score:
        return "task", tmap
    return chosen, mapping


_KEPT = frozenset({"project", "financial", "resource", "allocation", "proposal"})
_PLAN_ONLY = frozenset({"predecessors", "wbs", "outline_level", "parent_ref", "duration_days",
                        "is_summary", "is_milestone"})
