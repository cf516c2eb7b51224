"""Step 3, logs numbered afresh on each sheet: a lessons log with one sheet per phase, a
RAID log with one sheet per year, each counting its rows 1, 2, 3 … again. Those numbers
count the rows; they are not the records' IDs (as IDs, the second sheet's records would
be the first's again, rejected as duplicates). Such a column is left out, and the
records are found by their titles, numbered as a log without IDs is."""

from __future__ import annotations

from typing import Any

from .columnmatch import counts_rows
from .detected import DetectedTable, column_values
from .vocab import RAID

__all__ = ["numbers_that_restart", "ids_merged_over_records"]

_LOGS = frozenset((*RAID, "lesson", "change_request"))
_NOTE = "numbers that start again on each sheet count the rows, not the records: left out"
_MERGED_NOTE = ("an ID merged down over rows of different records names their group, "
                "not each record: left out")


def _from_one(values: list[Any]) -> bool:
    """1, 2, 3 … (one value or more, numbers or digits)."""
    if not values or str(values[0]).strip() not in ("1", "1.0"):
        return False
    return len(values) == 1 or counts_rows(values) or (
        len(values) == 2 and str(values[1]).strip() in ("2", "2.0"))


def numbers_that_restart(tables: list[DetectedTable]) -> None:
    """Leaves out the ID column of each log of ``tables`` (one file's) that only counts
    its rows from 1, when a log of the same kind on another sheet does so too (neither
    naming its rows' projects: all are the one project's, so the numbers would clash)."""
    counting: dict[str, list[DetectedTable]] = {}
    for t in tables:
        if t.entity not in _LOGS or t.split_col is not None or \
                t.column_for("project_id") is not None:  # (rows of several projects: their
            continue  # numbers may restart per project, each its own key)
        col = t.column_for("ref")
        if col is None:
            continue
        if _from_one(column_values(t, col.index)):
            counting.setdefault(t.entity, []).append(t)
    for logs in counting.values():
        if len({t.sheet for t in logs}) < 2:  # (two tables on one sheet: the same items
            continue  # written twice, their numbers the same IDs)
        for t in logs:
            col = t.column_for("ref")
            if col is not None:
                col.field, col.confidence, col.note = None, 0.0, _NOTE


def ids_merged_over_records(tables: list[DetectedTable]) -> None:
    """Leaves out the ID column of a log whose ID cell is merged down over rows that are
    records of their own, each with its own title: a management response's "R1" over
    its key actions 1.1 and 1.2. The ID names their group (as IDs, the second action
    would be the first again, rejected as a duplicate); the records are found by their
    titles. Rows under one merged title as well are one record written on two rows,
    and keep the ID."""
    for t in tables:
        if t.entity not in _LOGS or t.grid is None or not t.grid.merged:
            continue
        ref, title = t.column_for("ref"), t.column_for("title")
        if ref is None or title is None:
            continue
        rows = t.grid.rows
        first, last = t.region.first_row - 1, t.region.last_row - 1
        for r0, c0, r1, c1 in t.grid.merged:
            if c0 != ref.index or c1 != c0 or r1 <= r0 or not first <= r0 <= last:
                continue
            titles = {str(rows[r][title.index]).strip() for r in range(r0, min(r1, last) + 1)
                      if r < len(rows) and title.index < len(rows[r])
                      and rows[r][title.index] not in (None, "")}
            if len(titles) > 1:
                ref.field, ref.confidence, ref.note = None, 0.0, _MERGED_NOTE
                break
