"""Step 4, a milestone list that repeats its milestones by site, country or release
("Permits obtained", "Equipment installed", "On air" for each site), each with its own
ID: a milestone is stored by its project and name, so the rows that share a name are
told apart by the column that does (the site), else by their IDs — rather than all but
the first rejected as duplicates."""

from __future__ import annotations

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
    """Row index (0-based) → what its milestone's name adds ("MI-Bicocca"), for rows
    whose project and name another row of the table repeats under another ID."""
    name_c, ref_c = table.column_for("name"), table.column_for("ref")
    if name_c is None or ref_c is None:
        return {}
    project_c = table.column_for("project_id")
    groups: dict[tuple[str, str], list[int]] = {}
    for i in parsed.data:
        row = table.rows[i]
        name, ref = _text(row, name_c), _text(row, ref_c)
        if name and ref:
            groups.setdefault((norm(name), norm(_text(row, project_c))), []).append(i)
    repeated = [rows for rows in groups.values() if len(rows) > 1 and
                len({norm(_text(table.rows[i], ref_c)) for i in rows}) == len(rows)]
    if not repeated:
        return {}
    taken = {c.index for c in (name_c, ref_c, project_c) if c is not None}
    for col in table.columns:
        if col.field or col.period or col.index in taken:
            continue
        labels = [[_text(table.rows[i], col) for i in rows] for rows in repeated]
        if all(all(0 < len(t) <= _LONGEST for t in group) and
               len({norm(t) for t in group}) == len(group) for group in labels):
            return {i: t for rows, group in zip(repeated, labels) for i, t in zip(rows, group)}
    return {i: _text(table.rows[i], ref_c) for rows in repeated for i in rows}
