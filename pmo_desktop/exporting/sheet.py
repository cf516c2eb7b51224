"""The shape of one exported table, and text made safe from formula injection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pmo_desktop.domain.enums import label as enum_label

# A cell whose text starts with one of these is run as a formula by Excel, LibreOffice
# and Sheets (OWASP "CSV injection"): = + - @, and tab / carriage return before them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as the start of a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a leading ``'`` before text that would run as a formula
    (OWASP's advice; Excel shows the text and hides the quote)."""
    return "'" + text if is_formula_like(text) else text


@dataclass(frozen=True)
class Column:
    """One column: its header, the field it shows and how its values are written.

    ``kind``: text, longtext, date, money, pct (a fraction), points (a percentage
    written as a number of per cent), int, float, bool, enum, rag, scale, period, link.
    ``choices``: the allowed values of an enumerated field (a template's drop-down).
    """

    name: str
    label: str
    kind: str = "text"
    choices: tuple[str, ...] = ()


@dataclass
class Table:
    """One sheet: a title (the sheet's name), columns and rows (one value per column)."""

    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    validate: bool = False  # drop-down lists on the enumerated columns (templates)


def shown(column: Column, value: Any) -> Any:
    """``value`` as a person reads it: an enumerated field's stored code as its label
    (``on_hold`` → "On hold", as the app shows it; the importer reads either back), any
    other value as it is."""
    if column.kind == "enum" and isinstance(value, str) and value in column.choices:
        return enum_label(value)
    return value


def shown_choices(column: Column) -> tuple[str, ...]:
    """The drop-down list of an enumerated column, in the words ``shown`` writes."""
    if column.kind == "enum":
        return tuple(enum_label(c) for c in column.choices)
    return column.choices
