"""One table as CSV (UTF-8 with a byte-order mark, so Excel reads accents right)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .sheet import Table, csv_safe, shown


def csv_cell(value: Any) -> str:
    """A value as CSV text: dates ISO, booleans yes/no, numbers as Python writes them,
    text made safe from formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and value != int(value) else str(
            int(value) if isinstance(value, float) else value)
    return csv_safe(str(value))


def write_csv(path: str | Path, table: Table) -> int:
    """Write ``table`` to ``path``; the number of data rows written."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([csv_safe(c.label) for c in table.columns])
        rag = [c.kind == "rag" for c in table.columns]
        for row in table.rows:
            out.writerow([csv_cell(v.capitalize() if r and isinstance(v, str) else shown(c, v))
                          for c, r, v in zip(table.columns, rag, row)])
    return len(table.rows)
