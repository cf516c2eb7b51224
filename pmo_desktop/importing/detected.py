"""Step 3's shapes: a table found in a file, its columns, and where it came from.

A ``DetectedTable`` holds the cells of the sheet it was found on (``rows``, ``grid``)
and a ``Source`` (the file's path, name, kind and SHA-256, the sheet's name and the
note of how the file was read): never the workbook itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from pathlib import Path
from typing import Any

from .book import Sheet, Workbook, col_letter
from .region import Region
from .values import is_empty

SAMPLE = 60
_PCT_SCAN_CELLS = 200_000  # cell tags read at most for their number formats


@dataclass(frozen=True)
class Source:
    """Where a table was read: what later steps need of its file and sheet."""

    path: str
    name: str
    kind: str  # "xlsx", "xls", "ods", "csv", "mspdi"
    sha256: str
    sheet: str
    note: str | None = None  # how the file was read, when not as its name says

    @classmethod
    def of(cls, wb: Workbook, sheet: str) -> "Source":
        return cls(str(wb.path), wb.name, wb.kind, wb.sha256, sheet, wb.note)

    def fill_colours(self, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """RGB hex (``"FF0000"``) of solid-filled cells of the sheet (.xlsx only)."""
        if self.kind != "xlsx" or not cells:
            return {}
        from .xlsxparts import fill_colours

        return fill_colours(Path(self.path), self.sheet, cells)

    def percent_cells(self, rows: tuple[int, int], cols: tuple[int, int]
                      ) -> set[tuple[int, int]]:
        """The cells of the block (0-based, inclusive) formatted as a percentage ("0%")
        (.xlsx only)."""
        if self.kind != "xlsx":
            return set()
        from .xlsxfills import percent_cells
        from .xlsxparts import sheet_parts

        try:
            data = Path(self.path).read_bytes()
        except OSError:
            return set()
        part = sheet_parts(data).get(self.sheet)
        return percent_cells(data, part, rows, cols, _PCT_SCAN_CELLS) if part else set()


@dataclass
class Column:
    """One header cell of a table and the field it feeds (None = not imported)."""

    index: int  # 0-based sheet column
    header: str
    field: str | None = None
    confidence: float = 0.0
    hints: list[str] = dc_field(default_factory=list)
    period: str | None = None  # a month written as a column (wide → long)
    note: str | None = None
    measure: str | None = None  # a wide money column's own measure ("Jan-26" over "Actual")
    # a fiscal quarter's column ("Q1 FY26"): (quarter, fiscal year), its months set when
    # planned from the portfolio's fiscal-year start; ``period`` reads it as a calendar one
    fiscal_quarter: tuple[int, int] | None = None
    # the months a period column spans: 3 for a quarter ("Q1 FY26", "Q3 2025"), whose
    # ``period`` is its last month
    months: int = 1
    cell: str | None = None  # a form's field: the cell its value was read from ("B3")
    pair: str | None = None  # a column of date spans: the finish its second dates feed
    # a header cell written on several lines, each a name of its own ("Risk owner" over
    # "Responsable du risque" in a bilingual tracker): the lines, as read
    lines: tuple[str, ...] = ()
    # how the table writes its dates, when its text dates say (True: day first), for a
    # column whose own dates do not ("3/2/26" beside "4/14/26")
    dayfirst: bool | None = None
    # the working days a period column spans when it is a week, not its month (5)
    workdays: int | None = None
    # the RAG codes a legend by the table spells out ("Z – zielony"): code → RAG
    rag_codes: dict[str, str] = dc_field(default_factory=dict)
    # the scale the lines over the table state for its amounts ("All figures £'000"):
    # a money column's when its own header states none
    scale: float = 1.0

    @property
    def letter(self) -> str:
        return self.cell or col_letter(self.index)


@dataclass
class FormInfo:
    """Where a status report laid out as a form sits, read as a one-row project table
    (``form``): its columns are the form's labels, its one row their values."""

    cells: dict[int, str]  # column → the sheet cell its value was read from ("B3")
    first_row: int  # 1-based rows and 0-based columns of the form's cells
    last_row: int
    first_col: int
    last_col: int
    score: float  # the evidence it is a form (the pairs' scores and its layout)
    name_from: str = "label"  # where the project's name was read: label, title or sheet
    doubt: str = ""  # why the form is only a guess (the project's name is weak)
    notes: list[str] = dc_field(default_factory=list)  # labels left out, said in warnings


@dataclass
class DetectedTable:
    """A table found in a file, with its (changeable) entity and column mapping."""

    path: str
    sheet: str
    region: Region
    rows: list[list[Any]]
    columns: list[Column]
    entity: str | None = None
    scores: dict[str, float] = dc_field(default_factory=dict)
    split_col: int | None = None  # a RAID "Type" column
    hidden: bool = False
    signature: str = ""
    uncached: list[tuple[int, int]] = dc_field(default_factory=list)
    source: Source | None = None
    grid: Sheet | None = None  # the sheet it was found on (to find it again on another row)
    profile: bool = False  # a saved mapping profile was applied
    accepted: bool = False  # a person named its kind (--accept, --as, the wizard)
    detected_signature: str = ""  # the signature as first detected, when its header row was changed
    # a plan read as milestones: its columns mapped as tasks too (column → (field, confidence))
    tasks: dict[int, tuple[str, float]] | None = None
    form: FormInfo | None = None  # a form (label beside value) read as one project row
    form_above: bool = False  # a form on its sheet names the project of its rows

    @property
    def workbook(self) -> Workbook | None:
        """The table's file as a one-sheet ``Workbook`` (its sheet only), made on asking.

        For callers written before ``source`` and ``grid``; use those instead."""
        if self.source is None or self.grid is None:
            return None
        s = self.source
        return Workbook(Path(s.path), s.kind, s.sha256, [self.grid], s.note)

    @property
    def file_name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def header_row(self) -> int:
        return self.region.header_row

    @property
    def shown_header_row(self) -> int:
        """The row a user is told the table's header is on: a form's first label row (its
        ``header_row`` is a row above it, where the one-row table's labels are put)."""
        return self.form.first_row if self.form is not None else self.region.header_row

    @property
    def range(self) -> str:
        f = self.form
        if f is not None:
            return f"{col_letter(f.first_col)}{f.first_row}:{col_letter(f.last_col)}{f.last_row}"
        r = self.region
        last = max(r.last_row, r.header_row)
        return f"{col_letter(r.first_col)}{r.header_rows[0]}:{col_letter(r.last_col)}{last}"

    def mapping(self) -> dict[str, str | None]:
        """Header → field, as saved in a mapping profile."""
        return {c.header: c.field for c in self.columns}

    @property
    def read_notes(self) -> list[str]:
        """What reading the file said about this table's rows (dates from a timeline)."""
        if self.grid is None or not self.grid.notes:
            return []
        r = self.region
        top, bottom = r.header_rows[0] - 1, max(r.last_row, r.header_row) - 1
        return [text for a, b, text in self.grid.notes if a <= bottom and b >= top]

    def column_for(self, field_name: str) -> Column | None:
        return next((c for c in self.columns if c.field == field_name), None)


def column_values(table: DetectedTable, col: int, limit: int = SAMPLE, *,
                  with_others: bool = False) -> list[Any]:
    """The first ``limit`` values of the column (``with_others``: only on rows that hold
    another cell too, so no heading written alone in the column)."""
    r = table.region
    out: list[Any] = []
    for row in table.rows[r.first_row - 1:r.last_row]:
        if col < len(row) and not is_empty(row[col]) and (not with_others or any(
                not is_empty(v) for k, v in enumerate(row) if k != col)):
            out.append(row[col])
            if len(out) >= limit:
                break
    return out


def lines_above(table: DetectedTable) -> list[str]:
    """The lines of text over the table's header, nearest first (a title, a subtitle,
    "Last updated …"), up to five rows up."""
    top = table.region.header_rows[0] - 1
    out: list[str] = []
    for r in range(top - 1, max(-1, top - 6), -1):
        if r < len(table.rows):
            out += [v for v in table.rows[r] if isinstance(v, str) and v.strip()]
    return out
