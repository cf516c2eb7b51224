"""Step 4, a milestone list that repeats its milestones by site, country or release
("Permits obtained", "Equipment installed", "On air" for each site), each with its own
ID: a milestone is stored by its project and name, so the rows that share a name are
told apart by the column that does (the site), else by their IDs — rather than all but
the first rejected as duplicates."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .detected import Column, DetectedTable
from .parsed import ParsedTable
from .vocab import norm

__all__ = ["repeated_names"]

_LONGEST = 40  # a site's or release's label, not a paragraph


def _text(row: list[Any], col: Column | None) -> str:
    if col is None or col.index >= len(row) or row[col.index] is None:
        return ""
    return " ".join(str(row[col.index]).split())


def repeated_names(table: DetectedTable, parsed: ParsedTable) -> dict[int, str]:
    """Row index (0-based) → what its milestone's name adds ("MI-Bicocca", "R26.2"), for
    rows whose project and name another row of the table repeats under another ID — or,
    in a table without IDs, under another label of a column that says which site or
    release: a label written once over its rows (a merged cell, or only on a block's
    first row) holds for the rows under it."""
    name_c, ref_c = table.column_for("name"), table.column_for("ref")
    if name_c is None:
        return {}
    project_c = table.column_for("project_id")
    groups: dict[tuple[str, str], list[int]] = {}
    for i in parsed.data:
        row = table.rows[i]
        name = _text(row, name_c)
        if name and (ref_c is None or _text(row, ref_c)):
            groups.setdefault((norm(name), norm(_text(row, project_c))), []).append(i)
    repeated = [rows for rows in groups.values() if len(rows) > 1 and (
        ref_c is None or len({norm(_text(table.rows[i], ref_c)) for i in rows}) == len(rows))]
    if not repeated:
        return {}
    taken = {c.index for c in (name_c, ref_c, project_c) if c is not None}
    for col in table.columns:
        if col.field or col.period or col.index in taken:
            continue
        if ref_c is None and _dates(table, parsed, col):
            continue  # (a second row's other start is no site's name)
        written = _carried(table, parsed, col) if ref_c is None else \
            {i: _text(table.rows[i], col) for rows in repeated for i in rows}
        if ref_c is None and len(set(written.values())) * 2 > len(written):
            continue  # a site or release heads several rows; one label a row is no group
        labels = [[written.get(i, "") for i in rows] for rows in repeated]
        if all(all(0 < len(t) <= _LONGEST for t in group) and
               len({norm(t) for t in group}) == len(group) for group in labels):
            return {i: t for rows, group in zip(repeated, labels) for i, t in zip(rows, group)}
    if ref_c is None:
        return {}
    return {i: _text(table.rows[i], ref_c) for rows in repeated for i in rows}


def _dates(table: DetectedTable, parsed: ParsedTable, col: Column) -> bool:
    """Whether most of the column's filled cells hold dates."""
    seen = dated = 0
    for i in parsed.data:
        v = table.rows[i][col.index] if col.index < len(table.rows[i]) else None
        if v is None or isinstance(v, str) and not v.strip():
            continue
        seen += 1
        dated += isinstance(v, (date, datetime)) or \
            isinstance(v, str) and _DATE_TEXT.fullmatch(v.strip()) is not None
    return seen > 0 and dated * 2 > seen


# a date written as text: "19/01/2026", "2026-01-19", "19.1.26" (the values step reads it)
_DATE_TEXT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _carried(table: DetectedTable, parsed: ParsedTable, col: Column) -> dict[int, str]:
    """Each data row's label in ``col``, a blank cell taking the label above it."""
    out: dict[int, str] = {}
    last = ""
    for i in sorted(parsed.data):
        last = _text(table.rows[i], col) or last
        out[i] = last
    return out
