"""Step 4's shape: one table's rows as the planner takes them — which rows are data and
of what kind, each data row's values by field, and what could not be read. Plain data:
the planner only reads it (rows are 0-based sheet rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .detected import Column, DetectedTable

Wide = list[tuple[Column, float]]  # a wide row's amounts: (month column, amount)


@dataclass
class ParsedTable:
    """One table's rows, classified and read (rows are 0-based sheet rows)."""

    table: DetectedTable
    data: list[int]  # the data rows, in order
    kinds: list[str]  # each data row's entity; "!" where its RAID type cannot be read
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (Excel row, reason)
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Iterator[dict[str, Any]]] = field(default_factory=dict)  # per kind
    problems: dict[int, tuple[str, str]] = field(default_factory=dict)  # row → (column, why)
    unread: dict[int, list[str]] = field(default_factory=dict)  # row → values left empty
    untyped: set[int] = field(default_factory=set)  # rows of a split table with no type
    bad_types: dict[int, tuple[str, str]] = field(default_factory=dict)  # "!" rows: (column, why)
    unit: str = "hours"  # an allocation table's unit of effort
    unit_guessed: bool = False
    # a table with months across: each data row's amounts by month (or the first cell
    # that cannot be read), the money a financial row holds, the rows with any month filled
    wide: dict[int, Wide | tuple[str, str]] = field(default_factory=dict)
    measures: dict[int, str] = field(default_factory=dict)
    planned_rows: set[int] = field(default_factory=set)  # rows whose own label says budget
    wide_filled: set[int] = field(default_factory=set)
    # a RAID row's own words where a value was mapped ("Likely" → 4): row → {field: text}
    source_text: dict[int, dict[str, str]] = field(default_factory=dict)
    # what the section heading above a row says of it ("PROPOSED" over bookings):
    # row → {field: value}, for a field no column gives
    sections: dict[int, dict[str, Any]] = field(default_factory=dict)

    def next_values(self, kind: str) -> dict[str, Any]:
        """The next data row of ``kind``: its values by field, empty cells left out."""
        return next(self.values[kind])


@dataclass
class IntakeRow:
    """What a row of an intake list says besides its proposal's fields (``intakeparse``)."""

    status: tuple[str, str] | None = None  # its status cell ("E7") and the cell's text
    scores: list[tuple[str, int]] = field(default_factory=list)  # (criterion, 1–5)
    efforts: list[tuple[str, str, float]] = field(default_factory=list)  # (role, unit, amount)
    objectives: tuple[str, list[str]] | None = None  # its objectives cell and the names in it
    left_out: list[str] = field(default_factory=list)  # values that cannot be read, by cell
