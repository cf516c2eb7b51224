"""Step 2's shape: where a table sits on its sheet (``Region``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Region:
    """Where a table sits: header rows and data rows are 1-based, columns 0-based."""

    sheet: str
    header_rows: tuple[int, ...]
    first_col: int
    last_col: int
    first_row: int  # first data row
    last_row: int  # last data row (may be < first_row: an empty template)
    headers: dict[int, str]  # column → header text (both rows joined for two-row headers)
    excel_table: str | None = None
    title: str | None = None
    groups: dict[int, str] = field(default_factory=dict)  # upper row label per column
    # rows (1-based) naming a group of rows, between blocks of one table whose header is
    # written again over each (tables._join_repeated): headings, never records
    group_rows: frozenset[int] = frozenset()
    # rows (1-based) of one cell merged across the table among its records
    # (tables._merged_headings): section headings, even in the column of their names
    merged_rows: frozenset[int] = frozenset()

    @property
    def header_row(self) -> int:
        return self.header_rows[-1]

    def header_lower(self) -> set[str]:
        cached: set[str] | None = self.__dict__.get("_lower")
        if cached is None:
            cached = {" ".join(v.split()).lower() for v in self.headers.values()} | \
                {v.strip().lower() for v in self.headers.values()}
            self.__dict__["_lower"] = cached
        return cached
