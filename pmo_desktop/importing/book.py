"""Step 1's shapes: what reading a file hands to the next steps, and its one error.

A ``Workbook`` is a file's sheets as cell values (``Sheet``), with what the read found
beside them (Excel Table objects, merged cells, formulas without a cached value).
``Limits`` are what a file may weigh; the reader checks them while it reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


Grid = list[list[Any]]
SheetHook = Callable[[int, int, str], None]
"""``(index, count, name)`` before each sheet of a workbook is read; raising stops the read."""


class ReadError(Exception):
    """The file cannot be imported; the message is one sentence naming it."""


@dataclass(frozen=True)
class Limits:
    """What a file may weigh before we refuse it (zip-bomb and memory guards)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, for members past ratio_from_bytes
    # A few MB of repeated text (a pasted log in one cell, a column of the same word)
    # compresses 1000 times and is no threat: the ratio counts only for parts this big;
    # below it, the total size above and the cell limit (counted while reading) decide.
    ratio_from_bytes: int = 32 * 1024 * 1024
    max_cells: int = 5_000_000  # per sheet
    max_sheets: int = 500
    max_rows: int = 1_048_576  # per sheet (Excel's last row; a CSV may hold more)
    max_columns: int = 16_384  # per sheet (Excel's last column, XFD)
    # characters in one cell: a pasted log of a few MB is read (see ratio_from_bytes);
    # CSV fields stop earlier, at the csv module's own 131,072
    max_text: int = 32 * 1024 * 1024


@dataclass
class ExcelTable:
    """An Excel Table object (ListObject): its header row and extent, 1-based rows."""

    name: str
    header_row: int
    first_col: int  # 0-based
    last_col: int
    last_row: int
    totals_row: bool = False


@dataclass
class Sheet:
    """One sheet's values: ``rows[0]`` is Excel row 1 and ``rows[r][0]`` column A."""

    name: str
    rows: Grid
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r1,c1,r2,c2
    tables: list[ExcelTable] = field(default_factory=list)
    uncached: list[tuple[int, int]] = field(default_factory=list)  # 0-based formula cells
    xml_part: str | None = None
    # what the read made of parts of the sheet, for the tables found there:
    # (first row, last row, both 0-based, sentence), e.g. dates read from a Gantt timeline
    notes: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Workbook:
    path: Path
    kind: str  # "xlsx", "xls", "ods", "csv"
    sha256: str
    sheets: list[Sheet]
    note: str | None = None  # how it was read, when not as its name says

    @property
    def name(self) -> str:
        return self.path.name

    def fill_colours(self, sheet: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """RGB hex (``"FF0000"``) of solid-filled cells; opens openpyxl only now."""
        if self.kind != "xlsx" or not cells:
            return {}
        from .xlsxparts import fill_colours

        return fill_colours(self.path, sheet, cells)


def col_index(letters: str) -> int:
    """``"A"`` → 0, ``"AA"`` → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_letter(index: int) -> str:
    """0 → ``"A"``, 26 → ``"AA"``."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out
