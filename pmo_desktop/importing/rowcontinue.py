"""Step 4, records that wrap onto the next row: a description too long for its cell,
carried on in the same column of the row under it.

Trackers whose cells do not wrap make people write on::

    HMIS-I-002 | 12-02-2026 | Batch-wise stock not reducing on IP pharmacy issue when | Open
               |            | medicine is returned from the ward                      |

The row under is told from a record on evidence of the table's shape alone: the table
keys its records (an ID or code column filled in the row above), the row's key cell is
empty, and every cell it fills is text in a column of free text (a title, description,
notes, an action…), never a date, a status, a person or a number. Such a row is not a
record: its text is joined to the same column of the record above it (``joined``).
"""

from __future__ import annotations

from typing import Any, Sequence

from . import values as V
from .detected import DetectedTable
from .fields import PERSON_FIELDS, kind_of

__all__ = ["continued_rows", "joined"]

_KEYS = ("ref", "code")


def continued_rows(table: DetectedTable, entity: str, data: list[int]) -> dict[int, list[int]]:
    """The data rows (0-based) that carry on the text of the record above them: record
    row → its continuation rows, in order."""
    key = next((c.index for f in _KEYS for c in table.columns if c.field == f), None)
    if key is None:
        return {}
    text_cols = {c.index for c in table.columns if c.field and c.field not in _KEYS
                 and c.field not in PERSON_FIELDS and not c.field.startswith("_")
                 and kind_of(entity, c.field) == "text"}
    if not text_cols:
        return {}
    rows = table.rows
    out: dict[int, list[int]] = {}
    record: int | None = None
    previous = -2
    for i in data:
        row = rows[i]
        keyed = _cell(row, key) is not None  # (most rows: the quick test decides)
        if not keyed and record is not None and i == previous + 1:
            filled = [c for c, v in enumerate(row) if not V.is_empty(v)]
            if filled and all(c in text_cols and isinstance(row[c], str) for c in filled):
                out.setdefault(record, []).append(i)
                previous = i
                continue
        record = i if keyed else None
        previous = i
    return out


def joined(raws: list[Sequence[Any]], columns: list[int], idx: list[int],
           rows: list[list[Any]], more: dict[int, list[int]]) -> list[Sequence[Any]]:
    """``raws`` (each column's cells of the rows ``idx``) with the text of each record's
    continuation rows joined to its own, in the same column."""
    if not more:
        return raws
    out: list[Sequence[Any]] = []
    for col, cells in zip(columns, raws):
        cells = list(cells)
        for k, i in enumerate(idx):
            for j in more.get(i, ()):
                extra = _cell(rows[j], col)
                if isinstance(extra, str):
                    own = cells[k]
                    cells[k] = f"{own.rstrip()} {extra.strip()}" if isinstance(own, str) and \
                        own.strip() else extra.strip()
        out.append(cells)
    return out


def _cell(row: list[Any], col: int) -> Any:
    v = row[col] if col < len(row) else None
    return None if V.is_empty(v) else v
