"""Step 5, a table's rows: each parsed data row planned in turn (``builder``), sorted
into records, skipped and rejected rows, and the table's warnings (rows without an
owner, values left empty, the unit effort was read in, tasks that are not milestones).
"""

from __future__ import annotations

from .book import col_letter
from .builder import KEPT_NAME, NO_OWNER, NO_PROJECT, Builder
from .parsed import ParsedTable
from .plancontext import Context
from .planned import NewProject, Record, TablePlan
from .vocab import ENTITY_WORDS, norm

_TEMPLATE_ONLY = {"ref", "_type", "pct_complete", "expected_value"}
_HEADING_ONLY = {"category", "ref", "_wbs", "project_id", "project"}


def plan_rows(ctx: Context, parsed: ParsedTable, entity: str, tp: TablePlan,
              split: dict[str, TablePlan] | None) -> None:
    """Plan ``parsed``'s rows into ``tp`` (into ``split`` by kind, for a RAID log with a
    Type column)."""
    table = parsed.table
    tp.warnings += parsed.warnings
    tp.skipped += parsed.skipped
    problems, unread, untyped = parsed.problems, parsed.unread, parsed.untyped
    builder = Builder(ctx, parsed, entity)
    build = builder.handler(entity)
    for i, kind in zip(parsed.data, parsed.kinds):
        r = i + 1
        if kind == "!":
            tp.data_rows += 1
            tp.rejected.append((r, *parsed.bad_types[i]))
            continue
        values = parsed.next_values(kind)
        target = tp
        if split is not None:
            if kind not in split:
                split[kind] = TablePlan(table, kind)
            target = split[kind]
        problem = problems.get(i)
        if problem is None and values.keys() <= _TEMPLATE_ONLY and \
                i not in parsed.wide_filled:
            said = str(values.get("ref") or "")
            tp.skipped.append((r, f"a note ('{said[:40]}')" if " " in said.strip() else
                               "blank template row (no content besides its number)"))
            continue
        if problem is None and kind == "financial" and parsed.wide and \
                i not in parsed.wide_filled and values.keys() <= _HEADING_ONLY:
            # "A | PERSONALE" over its lines, with no amount in any month: a heading
            tp.skipped.append((r, f"section heading ('{str(values.get('category', ''))[:40]}')"))
            continue
        target.data_rows += 1
        if problem:
            target.rejected.append((r, problem[0], problem[1]))
            continue
        if i in parsed.sections:  # a section heading above says what no column does
            values = {**parsed.sections[i], **values}
        if kind != builder.entity:
            builder.entity = kind
            build = builder.handler(kind)
        outcome = build(r, values)
        if builder.note is not None:
            note_project(target, builder.note, r)
            builder.note = None
        if isinstance(outcome, tuple):
            if outcome[0] == "skip":
                target.data_rows -= 1
                target.skipped.append((r, outcome[1]))
            else:
                target.rejected.append((r, outcome[0] or None, outcome[1]))
            continue
        if outcome is not None:
            if i in unread:
                outcome.warnings += tuple(f"{w}; left empty" for w in unread[i])
            if i in untyped:
                outcome.warnings += (f"no type in {col_letter(table.split_col or 0)}{r}: "
                                     f"imported as {'an' if kind[0] in 'aeiou' else 'a'} "
                                     f"{kind.replace('_', ' ')}",)
            words = parsed.source_text.get(i)
            if words:
                outcome.source_text = {f: t for f, t in words.items() if f in outcome.values} \
                    or None
            target.records.append(outcome)
    for rec_plan in builder.finish():
        if isinstance(rec_plan, Record):
            tp.records.append(rec_plan)
        elif rec_plan[1] == "skip":
            tp.skipped.append((rec_plan[0], rec_plan[2]))
        else:
            tp.rejected.append((rec_plan[0], rec_plan[1] or None, rec_plan[2]))
    note_read_as(tp, builder, ctx)
    if builder.unit != "hours":
        per_day = f"{ctx.hours_per_day():g} h"
        spans = {c.workdays for c in table.columns if c.workdays}
        span = "the month's working days" if not spans else \
            "the week's 5 working days" if spans == {5} else \
            f"the period's {spans.pop()} working days" if len(spans) == 1 else \
            "each period's working days"
        how = {"days": f"days × {per_day}",
               "fte": f"FTE × {span} × {per_day}",
               "pct": f"% of time × {span} × {per_day}"}[builder.unit]
        why = "every number is at most 1.5" if builder.unit_guessed else \
            "the table's unit, title or headers say so"
        tp.warnings.append(f"Effort read as {builder.unit.upper() if builder.unit == 'fte' else builder.unit}"
                           f" ({why}) and stored as hours: {how}.")
    if entity == "milestone":
        _milestones_only(tp, builder)
    tp.skipped.sort()
    for target in [tp, *(split or {}).values()]:
        _owner_warning(target)
        _unread_warning(target)
        _kept_name_warning(target)


def note_read_as(tp: TablePlan, builder: Builder, ctx: Context) -> None:
    """The table says which project its rows read as the import's (``Builder._project``)."""
    if builder.weak_project is not None:
        tp.warnings.append(f"The column '{builder.weak_project}' reads as a project only "
                           f"weakly and names no project of the portfolio: its rows are "
                           f"imported into {ctx.project_code}, the project chosen for this "
                           f"import, and the column is not read.")
    if builder.read_as is not None:
        tp.read_as = (builder.read_as, ctx.project_code or "")
        tp.warnings.append(f"Every row names the project '{builder.read_as}', which the "
                           f"portfolio does not hold: its rows are imported into "
                           f"{ctx.project_code}, the project chosen for this import.")


def note_project(tp: TablePlan, note: tuple[str, str, bool], row: int) -> None:
    """A row of ``tp`` named no project, or one the portfolio does not hold."""
    if note is NO_PROJECT:
        tp.no_project += 1
        return
    name, code, created = note
    key = norm(name)
    found = tp.new_projects.get(key)
    if found is None:
        found = tp.new_projects[key] = NewProject(name, code, [], created)
    found.rows.append(row)


# Fields a row cannot do without: an unreadable value there rejects the row. Any other
# unreadable value is left empty, the row imported, and the record and table say so.


def _unread_warning(tp: TablePlan) -> None:
    """Values that could not be read were left empty: the table lists where."""
    cells = [w for r in tp.records for w in r.warnings if w.endswith("; left empty")]
    if not cells:
        return
    shown = "; ".join(c.removesuffix("; left empty") for c in cells[:5])
    more = f" and {len(cells) - 5} more" if len(cells) > 5 else ""
    tp.warnings.append(f"{len(cells)} value{'s' if len(cells) != 1 else ''} could not be read "
                       f"and {'were' if len(cells) != 1 else 'was'} left empty, the rows "
                       f"imported without {'them' if len(cells) != 1 else 'it'}: {shown}{more}.")


def _kept_name_warning(tp: TablePlan) -> None:
    """Names held back (``Builder._keep_name``): the table lists them."""
    kept = [w for r in tp.records for w in r.warnings if w.startswith(KEPT_NAME)]
    if not kept:
        return
    shown = "; ".join(k.removeprefix(KEPT_NAME).strip() for k in kept[:5])
    more = f" and {len(kept) - 5} more" if len(kept) > 5 else ""
    tp.warnings.append(f"Held back, not changed: {len(kept)} stored "
                       f"name{'s' if len(kept) != 1 else ''} the file would blank or rename "
                       f"on a guess, kept as {'they are' if len(kept) != 1 else 'it is'}: "
                       f"{shown}{more}. Map the name column in the wizard, or edit the "
                       "record, to change it.")


def _owner_warning(tp: TablePlan) -> None:
    """RAID rows without an owner are imported, and the table says so."""
    rows = [r.row for r in tp.records if NO_OWNER in r.warnings]
    if not rows:
        return
    shown = ", ".join(str(r) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
    kind = (tp.entity or "RAID item").replace("_", " ")
    tp.warnings.append(f"{len(rows)} {kind} row{'s' if len(rows) != 1 else ''} without an "
                       f"owner (row{'s' if len(rows) != 1 else ''} {shown}): imported without "
                       "one; the data-quality checks list RAID items without an owner (the "
                       "Data quality view, or 'pmo-desktop check').")


def _milestones_only(tp: TablePlan, builder: Builder) -> None:
    """A plan with milestone rows: its other tasks are skipped, not made milestones. So
    are they in a plan whose rows go in as tasks (``table.tasks``) even when it marks no
    milestone (a task with a duration is not a milestone because its plan has none),
    unless the column naming the rows calls them milestones."""
    if builder.named_milestones:  # "M1: …" rows name the milestones; one-day tasks are tasks
        builder.tasks += builder.dated_milestones
    as_tasks = tp.table.tasks is not None and not _names_milestones(tp)
    if not builder.tasks or not (builder.explicit_milestones or as_tasks):
        return
    drop = {id(r) for r in builder.tasks}
    kept = []
    for rec in tp.records:
        if id(rec) in drop:
            builder.forget(rec)
            tp.skipped.append((rec.row, "a task, not a milestone (it has a duration)"))
            tp.data_rows -= 1
        else:
            kept.append(rec)
    tp.records = kept
    # a row that repeats the name of a task dropped here was no milestone's duplicate
    dropped = {r.row for r in builder.tasks}
    repeats = [x for x in tp.rejected if builder.repeats.get(x[0]) in dropped]
    for row, _column, _why in repeats:
        tp.skipped.append((row, f"a task, not a milestone (as is row {builder.repeats[row]}, "
                                "whose name it repeats)"))
    tp.rejected = [x for x in tp.rejected if x not in repeats]
    tp.data_rows -= len(repeats)
    tp.skipped.sort()


_MILESTONE_WORDS = frozenset(ENTITY_WORDS["milestone"]) - frozenset(ENTITY_WORDS["task"])


def _names_milestones(tp: TablePlan) -> bool:
    """Whether the header of the column naming the rows says they are milestones."""
    col = tp.table.column_for("name")
    return col is not None and bool(set(norm(col.header or "").split()) & _MILESTONE_WORDS)
