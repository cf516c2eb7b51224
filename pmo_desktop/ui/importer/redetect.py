"""Re-finding a table when the user says its header is on another row.

WORKAROUND: ``pmo_desktop.importing`` has no public "table at this header row" call
yet (asked for in the wizard's report); this builds the region with the same
``tables``/``columns`` steps ``read_and_detect`` uses, on the workbook already read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pmo_desktop.importing import columns as C
from pmo_desktop.importing import tables as T
from pmo_desktop.importing.api import DetectedTable


def header_row_limit(table: DetectedTable) -> int:
    """The last row a header could be on (the sheet's last row)."""
    sheet = _sheet(table)
    return max(1, len(sheet.rows)) if sheet is not None else table.header_row


def _sheet(table: DetectedTable) -> Any:
    wb = table.workbook
    if wb is None:
        return None
    return next((s for s in wb.sheets if s.name == table.sheet), None)


def table_at_header(table: DetectedTable, header_row: int, as_of: date,
                    profile: dict[str, Any] | None = None) -> DetectedTable | None:
    """``table`` found again with its header on ``header_row`` (1-based); None when that
    row holds no header cells."""
    sheet = _sheet(table)
    if sheet is None or not 1 <= header_row <= len(sheet.rows):
        return None
    h = header_row - 1
    cells = [c for c, v in enumerate(sheet.rows[h]) if not T._empty(v)]
    if not cells:
        return None
    region, _end = T._region_at(sheet, h, set())
    if region is None or region.header_row != header_row:
        region = _plain_region(sheet, h, cells, table.region.last_row)
    assert table.workbook is not None
    new = C.build_table(table.path, table.workbook, sheet, region, as_of)
    if profile:
        C.apply_profile(new, profile, as_of)
    return new


def _plain_region(sheet: Any, h: int, cells: list[int], old_last: int) -> T.Region:
    """The header exactly on row ``h`` (0-based), data down to where the old table ended."""
    headers = {c: T._header_text(sheet.rows[h][c]) for c in cells}
    last = old_last if old_last > h + 1 else len(sheet.rows)
    return T.Region(sheet.name, (h + 1,), min(cells), max(cells), h + 2, last, headers,
                    None, T._title_above(sheet.rows, h))
