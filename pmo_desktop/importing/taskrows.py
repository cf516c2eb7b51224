"""Step 5 for a plan: its rows as tasks, with their hierarchy, dates and links.

Every data row of a plan is a task. Its place in the hierarchy comes from the first of:
a WBS column ("1", "1.2", "1.2.3"; or IDs written that way), an outline-level column, a
parent column (a tracker export's "Parent key"), else the plan's own layout: section
rows (a row with only a label, a merged label over the row) and rows with only a name
head the rows under them, as does each new value of a phase column. A task's ref is its
ID (or WBS) cell, else the WBS its place gives it ("2.3"), the same on every import of
the same plan. Dates: start and finish, or one of them and a duration in working days.
Predecessors are read ("2FS+3d", "1.0, 1.01", "1.00-1.10") and kept in canonical form,
naming the plan's own refs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from pmo_desktop.domain.plan import finish_from, start_from, working_days

from .builder import _MILESTONE_NAME, Builder
from .detected import DetectedTable
from .parsed import ParsedTable
from .plancontext import Context
from .planlinks import Refs, canonical, resolve
from .planned import Record, TablePlan
from .planrows import note_project, note_read_as
from .planstored import compare_with_stored

_WBS = re.compile(r"^\d+(\.\d+)*$")
_NAME_ONLY = {"name", "ref", "wbs", "notes", "owner", "resources", "_phase", "_kind",
              "status", "critical"}
_DATES = ("start_forecast", "finish_forecast", "start_baseline", "finish_baseline",
          "start_actual", "finish_actual")
_HEADING = "section heading ('"
_SUMMARY_KINDS = {"epic", "initiative", "theme", "feature", "phase", "summary"}


def task_view(table: DetectedTable) -> DetectedTable:
    """``table`` (a plan read as milestones) with its columns mapped as tasks: a copy, so
    the table keeps its own mapping."""
    tasks = dict(table.tasks or {})
    taken = {f for f, _c in tasks.values()}
    for c in table.columns:  # the project or owner column the milestones found is the tasks' too
        if c.index not in tasks and c.field in _SHARED and c.field not in taken:
            tasks[c.index] = (c.field, c.confidence)
            taken.add(c.field)
    columns = [replace(c, field=tasks.get(c.index, (None, 0.0))[0],
                       confidence=tasks.get(c.index, (None, 0.0))[1], note=None)
               for c in table.columns]
    return replace(table, columns=columns, entity="task", tasks=None, split_col=None)


_SHARED = ("project_id", "owner")  # fields of a milestone a task has too, read alike


@dataclass
class _Item:
    row: int  # Excel row
    values: dict[str, Any]
    heading: bool = False  # a section row or a row with only a name
    level: int = 1
    parent: int | None = None  # index of the parent item
    children: int = 0
    ref: str = ""
    wbs: str = ""
    warnings: list[str] = field(default_factory=list)


def plan_task_table(ctx: Context, parsed: ParsedTable) -> TablePlan:
    """The tasks of a table mapped as tasks (``parsed``), compared with the store."""
    table = parsed.table
    tp = TablePlan(table, "task")
    tp.warnings += parsed.warnings
    builder = Builder(ctx, parsed, "task")
    items: list[_Item] = []
    sections = _sections(table, parsed.skipped)
    tp.skipped += [s for s in parsed.skipped if s[0] not in sections]
    rows = sorted([(i + 1, kind) for i, kind in zip(parsed.data, parsed.kinds)] +
                  [(r, "section") for r in sections])
    for r, kind in rows:
        if kind == "section":
            items.append(_Item(r, {"name": sections[r]}, heading=True))
            continue
        values = _stepped(parsed.next_values("task"))
        problem = parsed.problems.get(r - 1)
        tp.data_rows += 1
        if problem:
            tp.rejected.append((r, problem[0], problem[1]))
            continue
        if not values.get("name"):
            tp.rejected.append((r, builder.col("name"), "no task name"))
            continue
        item = _Item(r, values)
        item.warnings += [f"{w}; left empty" for w in parsed.unread.get(r - 1, [])]
        item.heading = _name_only(values, table)
        items.append(item)
    if not items:
        return tp
    _hierarchy(items, table)
    # A second plan of the same file for the same project (C28: phases by month, then by
    # week) numbers its top tasks on from the first's, not again from 1 over them.
    shared = table.column_for("project_id") is None
    key = table.file_name
    tops = _refs(items, table, ctx.task_tops.get(key, 0) if shared else 0)
    if shared:
        ctx.task_tops[key] = tops
    refs = Refs([it.ref for it in items])
    refs.alias = {_key(it.values["_id"]): it.ref for it in items
                  if it.values.get("_id") not in (None, "")}
    for n, item in enumerate(items, start=1):
        rec = _record(builder, tp, item, n, refs, items)
        if builder.note is not None:  # the row's project: none, or not in the portfolio
            note_project(tp, builder.note, item.row)
            builder.note = None
        if isinstance(rec, tuple):
            if rec[0] == "skip":
                tp.skipped.append((item.row, rec[1]))
            else:
                tp.rejected.append((item.row, rec[0] or None, rec[1]))
            continue
        tp.records.append(rec)
    tp.skipped.sort()
    tp.rejected.sort()
    note_read_as(tp, builder, ctx)
    compare_with_stored(ctx, tp)
    return tp


def _stepped(values: dict[str, Any]) -> dict[str, Any]:
    """A row of a tree exported one level to a column: its name is in the column of its
    level (``columnmatch._stepped_names``), which gives its outline level too."""
    steps = sorted((int(k[6:]), k) for k in list(values) if k.startswith("_name_"))
    if not steps:
        return values
    found = [(lv, values.pop(k)) for lv, k in steps]
    if values.get("name"):
        values.setdefault("outline_level", 1)
    else:
        for lv, name in found:
            if name:
                values["name"] = name
                values.setdefault("outline_level", lv)
                break
    return values


def _sections(table: DetectedTable, skipped: list[tuple[int, str]]) -> dict[int, str]:
    """Section rows of the plan (Excel row → label): they head the tasks under them."""
    out: dict[int, str] = {}
    for r, why in skipped:
        if why.startswith(_HEADING):
            cells = [v for v in table.rows[r - 1] if isinstance(v, str) and v.strip()]
            if cells:
                out[r] = " ".join(cells[0].split())
    return out


def _name_only(values: dict[str, Any], table: DetectedTable) -> bool:
    """A row with a name and nothing of a task (no date, duration or progress) in a
    plan whose other rows have them: a phase heading."""
    return values.keys() <= _NAME_ONLY and any(
        c.field in _DATES or c.field == "duration_days" for c in table.columns)


def _wbs_refs(items: list[_Item], table: DetectedTable) -> bool:
    """IDs written as WBS numbers ("1", "1.2", "1.2.1", typed as text) give the hierarchy."""
    col = table.column_for("ref")
    if col is None:
        return False
    refs = [str(it.values.get("ref") or "") for it in items if not it.heading]
    raw = [table.rows[it.row - 1][col.index] for it in items if not it.heading
           if col.index < len(table.rows[it.row - 1])]
    return bool(refs) and all(_WBS.match(r) for r in refs) and any("." in r for r in refs) \
        and all(isinstance(v, str) for v in raw)


def _hierarchy(items: list[_Item], table: DetectedTable) -> None:
    """Each item's outline level and parent (an index into ``items``)."""
    by_wbs: dict[str, int] = {}
    has_wbs = any(it.values.get("wbs") for it in items)
    use_ref = not has_wbs and _wbs_refs(items, table)
    if has_wbs or use_ref:
        for i, it in enumerate(items):
            wbs = str(it.values.get("wbs") or (it.values.get("ref") if use_ref else "") or "")
            if not _WBS.match(wbs):
                continue
            parts = wbs.split(".")
            it.level, it.wbs = len(parts), wbs
            for k in range(len(parts) - 1, 0, -1):
                parent = by_wbs.get(".".join(parts[:k]))
                if parent is not None:
                    it.parent = parent
                    break
            by_wbs[wbs] = i
    elif any(it.values.get("outline_level") for it in items):
        stack: list[int] = []
        for i, it in enumerate(items):
            level = max(1, int(it.values.get("outline_level") or 1))
            while stack and items[stack[-1]].level >= level:
                stack.pop()
            it.level = len(stack) + 1 if level > len(stack) + 1 else level
            it.parent = stack[-1] if stack else None
            stack.append(i)
    elif any(it.values.get("parent_ref") for it in items):
        index = {str(it.values.get("ref")): i for i, it in enumerate(items) if it.values.get("ref")}
        for it in items:
            it.parent = index.get(str(it.values.get("parent_ref") or ""))
        for it in items:
            it.level, seen, p = 1, set(), it.parent
            while p is not None and p not in seen:
                seen.add(p)
                it.level += 1
                p = items[p].parent
    else:
        _layout(items)
    for it in items:
        if it.parent is not None:
            items[it.parent].children += 1


def _layout(items: list[_Item]) -> None:
    """No WBS, outline or parent column: headings (and each new phase) head what follows."""
    if any(it.values.get("_phase") for it in items):
        out: list[_Item] = []
        current = None
        for it in items:
            phase = it.values.get("_phase")
            if phase and phase != current and str(phase) != str(it.values.get("name")):
                out.append(_Item(it.row, {"name": str(phase)}, heading=True))
            current = phase or current
            out.append(it)
        items[:] = out
    if not any(it.heading for it in items) or all(it.heading for it in items):
        return
    head: int | None = None
    for i, it in enumerate(items):
        if it.heading:
            head = i
            it.level = 1
        elif head is not None:
            it.parent, it.level = head, 2


def _refs(items: list[_Item], table: DetectedTable, after: int = 0) -> int:
    """Each item's ref: its ID cell, else its WBS (given or computed from its place, the
    top level counted on from ``after``); the last top-level number."""
    counters: dict[int | None, int] = {None: after}
    for it in items:
        counters[it.parent] = counters.get(it.parent, 0) + 1
        if not it.wbs:
            parent_wbs = items[it.parent].wbs if it.parent is not None else ""
            it.wbs = f"{parent_wbs}.{counters[it.parent]}" if parent_wbs else \
                str(counters[it.parent])
        ref = it.values.get("ref")
        it.ref = str(ref).strip() if ref not in (None, "") else it.wbs
    return counters[None]


def _days(values: dict[str, Any]) -> None:
    """Start and finish from each other and the duration (working days), and the
    duration from the dates."""
    start, finish = _date(values.get("start_forecast")), _date(values.get("finish_forecast"))
    duration = values.get("duration_days")
    if duration is not None:
        if start is not None and finish is None:
            values["finish_forecast"] = finish_from(start, duration).isoformat()
        elif finish is not None and start is None:
            values["start_forecast"] = start_from(finish, duration).isoformat()
    elif start is not None and finish is not None:
        values["duration_days"] = float(working_days(start, finish))


def _date(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _status(values: dict[str, Any]) -> None:
    pct = values.get("pct_complete")
    if "status" in values or pct is None:
        return
    values["status"] = "complete" if pct >= 1 else "in_progress" if pct > 0 else "not_started"


def _links(item: _Item, refs: Refs) -> str | None:
    written = item.values.get("predecessors")
    if not written:
        return None
    if refs.alias:  # predecessors named by the rows' IDs, the tasks keyed by Unique ID
        written = [link._replace(ref=refs.alias.get(_key(link.ref), link.ref),
                                 upto=refs.alias.get(_key(link.upto), link.upto)
                                 if link.upto is not None else None) for link in written]
    links, missing = resolve(written, refs)
    if missing:
        item.warnings.append(f"predecessors: {', '.join(missing)} name no task of the plan; "
                             "left out")
    return canonical(links)


def _key(value: Any) -> str:
    """A row ID as text: 47, 47.0 and "47" alike."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _record(builder: Builder, tp: TablePlan, item: _Item, n: int, refs: Refs,
            items: list[_Item]) -> Record | tuple[str, str]:
    values = dict(item.values)
    values.pop("_id", None)
    kind = str(values.pop("_kind", "") or "").strip().lower()
    values.pop("_phase", None)
    project, why = builder._project(values, item.row)
    if why is not None:
        return why
    values["ref"] = item.ref
    values["wbs"] = item.wbs or values.get("wbs")
    values["outline_level"] = item.level
    if item.parent is not None:
        values["parent_ref"] = items[item.parent].ref
    values["is_summary"] = 1 if (item.children or values.get("is_summary") or
                                 kind in _SUMMARY_KINDS) else 0
    duration = values.get("duration_days")
    flag = values.get("is_milestone")
    named = bool(_MILESTONE_NAME.search(str(values["name"]))) and \
        values.get("start_forecast") in (None, values.get("finish_forecast"))
    values["is_milestone"] = 1 if (flag or duration == 0 or kind == "milestone" or
                                   (flag is None and named)) else 0
    _days(values)
    _status(values)
    links = _links(item, refs)
    values.pop("predecessors", None)
    if links:
        values["predecessors"] = links
    values["sort_order"] = n
    values["project_id"] = project
    values = {k: v for k, v in values.items() if v is not None}
    tp.task_values.append((project, dict(values)))
    rec = builder._keyed(item.row, (project, item.ref), values, item.ref, "task")
    if isinstance(rec, Record) and item.warnings:
        rec.warnings += tuple(item.warnings)
    return rec
