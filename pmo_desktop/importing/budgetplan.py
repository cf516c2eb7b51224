"""Step 5 for a budget without months (``budgetlines``): its lines' total is the project's
approved budget (BAC).

Without a month a line cannot be a financial row (those are a project's month), so the
lines are added up per project and planned as an update of the project's ``bac`` (or a
value of a project this import creates); the total row the file may end with is not
counted twice. A project that already holds another budget keeps it: a BAC changes by a
re-baseline, not by a spreadsheet read on evidence, so the difference is reported and
nothing written.
"""

from __future__ import annotations

from typing import Any

from .builder import Builder
from .parsed import ParsedTable
from .plancontext import Context, same_value
from .planned import Record, TablePlan
from .rollup import stored_project


def _lines(parsed: ParsedTable, tp: TablePlan) -> list[tuple[int, dict[str, Any]]]:
    """(Excel row, values) of each line with an amount; a last line that is the sum of
    the others is the total, skipped."""
    out: list[tuple[int, dict[str, Any]]] = []
    parents = _outline_parents(parsed)
    for i, kind in zip(parsed.data, parsed.kinds):
        values = parsed.next_values(kind)
        problem = parsed.problems.get(i)
        if problem is not None:
            tp.rejected.append((i + 1, problem[0], problem[1]))
        elif _code(values.get("_wbs")) in parents:
            tp.skipped.append((i + 1, f"the sum of the lines under {values['_wbs']}"))
        elif isinstance(values.get("budget"), (int, float)):
            out.append((i + 1, values))
        else:
            tp.skipped.append((i + 1, "no amount"))
    amounts = [float(v["budget"]) for _r, v in out]
    if len(amounts) >= 3 and abs(amounts[-1] - sum(amounts[:-1])) <= \
            abs(sum(amounts[:-1])) * 0.005:
        tp.skipped.append((out[-1][0], "the total of the lines above"))
        out.pop()
    return out


def _outline_parents(parsed: ParsedTable) -> set[str]:
    """The outline numbers of the table ("1", "1.1") that have lines under them: their
    amounts are their children's sum, not lines of their own."""
    col = parsed.table.column_for("_wbs")
    if col is None:
        return set()
    rows = parsed.table.rows
    codes = {_code(rows[i][col.index]) for i in parsed.data if col.index < len(rows[i])}
    codes.discard("")
    return {c for c in codes if any(o.startswith(c + ".") for o in codes)}


def _code(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # "1" may be read as the number 1.0
    return "" if value is None else str(value).strip().rstrip(".")


def plan_budget_lines(ctx: Context, parsed: ParsedTable, tp: TablePlan) -> None:
    """Plan ``parsed`` (a budget without months) into ``tp``: one project update each."""
    tp.warnings += parsed.warnings
    tp.skipped += parsed.skipped
    builder = Builder(ctx, parsed, "financial")
    # project → (first row, total, lines, their final costs' total or None)
    totals: dict[Any, tuple[int, float, int, float | None]] = {}
    for row, values in _lines(parsed, tp):
        tp.data_rows += 1
        project, why = builder._project(values, row)
        if why is not None:
            tp.rejected.append((row, why[0], why[1]))
            continue
        first, total, count, final = totals.get(project, (row, 0.0, 0, None))
        if isinstance(values.get("forecast"), (int, float)):
            final = round((final or 0.0) + float(values["forecast"]), 6)
        totals[project] = (first, round(total + float(values["budget"]), 6), count + 1, final)
    for project, (row, total, count, final) in totals.items():
        rec = _bac_record(ctx, project, total, final, row, tp)
        if rec is not None:
            tp.records.append(rec)
            tp.warnings.append(
                f"A budget without months: the {count} lines (by "
                f"{_header(parsed, 'category')}) add up to {total:,.2f}, the project's "
                "budget (BAC)" + ("." if final is None else
                                  f"; their {_header(parsed, 'forecast')} to {final:,.2f}, "
                                  "its estimate at completion (EAC)."))


def _header(parsed: ParsedTable, field_name: str) -> str:
    col = parsed.table.column_for(field_name)
    return f"'{col.header}'" if col is not None else "line"


def _bac_record(ctx: Context, project: Any, total: float, final: float | None, row: int,
                tp: TablePlan) -> Record | None:
    """The project's update: the lines' total as its budget (BAC) unless it holds another,
    their final costs' total as its estimate at completion (EAC), a forecast a newer cost
    report revises."""
    table = tp.table
    wanted: dict[str, Any] = {"bac": total} if final is None else {"bac": total, "eac": final}
    found = stored_project(ctx, project, wanted)
    if found is None:
        return None
    code, stored = found
    changes: dict[str, tuple[Any, Any]] = {}
    old = stored.get("bac")
    kept = old not in (None, "", 0) and not same_value(old, total)
    if kept and old is not None:
        tp.warnings.append(
            f"{code}: the lines add up to {total:,.2f}, but the project's budget (BAC) is "
            f"{float(old):,.2f}: kept. A budget changes by a re-baseline (a change request), "
            "or edit the project's BAC if the file is right." +
            ("" if final is None else " Its estimate at completion (EAC) is kept too: the "
             "lines' final costs are of another budget."))
    elif not same_value(old, total):
        changes["bac"] = (old, total)
    if final is not None and not kept and not same_value(stored.get("eac"), final):
        changes["eac"] = (stored.get("eac"), final)
    if not changes:
        return None if kept else Record("project", row, "unchanged", code, {}, {}, project,
                                        table.sheet, table.file_name)
    return Record("project", row, "update", code, {f: new for f, (_o, new) in changes.items()},
                  changes, project, table.sheet, table.file_name)
