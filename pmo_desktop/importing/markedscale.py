"""Step 3, a scale ticked in one of its columns: a register that asks "mark the class of
probability with an X" has one column per class under a merged group cell::

    PROBABILITÉ
    Très faible | Faible | Moyenne | Forte | Très forte
                |        |    X    |       |

Such a row's value is the class ticked. ``read_marked`` rewrites the sheet's cells so the
next steps see one column (the run's first, headed by the group's label) holding the
class: its rank on the scale (1 …) when the run has the five classes of the 1–5 scale the
store keeps, else the class's own label ("Forte"), read as any other value. The other
columns of the run keep their headers with their cells emptied, and a note says so.

Evidence of shape only, never of words: three to seven columns under one group cell, each
data cell empty or a mark (X, ✓, ●, 1), at most one mark on a row, and a mark on at least
half of the rows that have anything in the run."""

from __future__ import annotations

from typing import Any

from .book import Sheet, col_letter
from .region import Region
from .vocab import split_header

__all__ = ["read_marked"]

_MARKS = frozenset({"x", "✓", "✔", "●", "•", "■", "1", "yes", "oui", "ja", "si", "sí", "sim"})
_SCALE = 5  # the store's probability and impact run 1–5


def _mark(v: Any) -> bool | None:
    """True for a mark, False for an empty cell, None for anything else."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return False
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return True if v == 1 else None
    return True if isinstance(v, str) and v.strip().lower() in _MARKS else None


def _runs(region: Region) -> list[tuple[str, list[int]]]:
    """Runs of 3–7 adjacent columns under one group label."""
    out: list[tuple[str, list[int]]] = []
    cols = sorted(c for c in region.groups if c in region.headers)
    run: list[int] = []
    for c in cols + [-1]:
        if run and (c != run[-1] + 1 or region.groups.get(c) != region.groups[run[0]]):
            if 3 <= len(run) <= 7:
                out.append((region.groups[run[0]], run))
            run = []
        if c >= 0:
            run.append(c)
    return out


def read_marked(sheet: Sheet, region: Region) -> None:
    """Rewrite each ticked scale of ``region`` as one column (see the module's text)."""
    if not region.groups or region.last_row < region.first_row:
        return
    for group, run in _runs(region):
        picked = _ticked(sheet.rows, region, run)
        if picked is not None:
            _rewrite(sheet, region, group, run, picked)


def _ticked(rows: list[list[Any]], region: Region, run: list[int]) -> dict[int, int] | None:
    """Each row's ticked column of ``run`` (row → column), or None when the run is not a
    ticked scale (a value that is no mark, two marks on a row, or too few marks)."""
    picked: dict[int, int] = {}
    for r in range(region.first_row - 1, min(region.last_row, len(rows))):
        row = rows[r]
        marks = [_mark(row[c] if c < len(row) else None) for c in run]
        if any(m is None for m in marks):
            return None
        ticked = [c for c, m in zip(run, marks) if m]
        if len(ticked) > 1:
            return None
        if ticked:
            picked[r] = ticked[0]
    if len(picked) < 2 or len(picked) * 2 < _rows_with_content(rows, region):
        return None
    return picked


def _rows_with_content(rows: list[list[Any]], region: Region) -> int:
    return sum(1 for r in range(region.first_row - 1, min(region.last_row, len(rows)))
               if any(v not in (None, "") for v in rows[r][region.first_col:region.last_col + 1]))


def _rewrite(sheet: Sheet, region: Region, group: str, run: list[int],
             picked: dict[int, int]) -> None:
    first = run[0]
    labels = {c: split_header(str(sheet.rows[region.header_row - 1][c] or ""))[0] for c in run}
    for r in range(region.first_row - 1, min(region.last_row, len(sheet.rows))):
        row = sheet.rows[r]
        for c in run:
            if c < len(row):
                row[c] = None
        if r in picked:
            c = picked[r]
            row[first] = run.index(c) + 1 if len(run) == _SCALE else labels[c] or None
    region.headers[first] = group
    region.groups.pop(first, None)
    sheet.notes.append((region.first_row - 1, region.last_row - 1, (
        f"'{group}' was read from the column ticked on each row ({col_letter(run[0])}:"
        f"{col_letter(run[-1])}"
        + (", ranked 1 to 5)" if len(run) == _SCALE else ")") + "; the class columns were "
        "emptied.")))
