"""Tables as a formatted workbook (openpyxl): a bold filled header row that stays in
view, an autofilter, columns as wide as their text, dates as dates, money as numbers in
the portfolio's currency format, RAG as text on its colour, and text that would run as a
formula stored as plain text.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from pmo_desktop.domain.money import CURRENCY_SYMBOLS
from pmo_desktop.domain.team_template import LISTS_SHEET

from .sheet import Column, Table, is_formula_like, shown, shown_choices

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
FONT = "Calibri"  # Excel's; LibreOffice shows its metric twin (Carlito)
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_BORDER = Border(bottom=Side(style="thin", color="0B1B2E"))
# Excel's own Good / Neutral / Bad cell styles: text colour on a light fill.
RAG_STYLE = {"green": ("C6EFCE", "006100"), "amber": ("FFEB9C", "9C5700"),
             "red": ("FFC7CE", "9C0006")}
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH, LONG_WIDTH = 8, 50, 60
PRINT_WIDTH = 220  # characters of column width on one landscape page, still readable
# The characters a sheet name may not hold, and its longest length.
_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def money_format(currency: str) -> str:
    """The number format of amounts in ``currency``: £1,234 and -£1,234 (a code other
    than GBP, EUR and USD is written before the number: CHF 1,234)."""
    code = (currency or "").strip().upper()
    sign = CURRENCY_SYMBOLS.get(code, f"{code} " if code else "")
    quoted = f'"{sign}"' if sign else ""
    return f"{quoted}#,##0;-{quoted}#,##0"


def sheet_title(text: str, taken: set[str]) -> str:
    """``text`` as a sheet name Excel accepts and no other sheet of the book has."""
    base = text.translate(_BAD_TITLE).strip("' ")[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _day(value: Any) -> Any:
    if isinstance(value, (date, datetime)) or not isinstance(value, str):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return value


def _number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _bool(value: Any) -> Any:
    if isinstance(value, (bool, int)):
        return "Yes" if value else "No"
    return value


def _text(cell: Cell, value: str) -> None:
    """Text that stays text: a value that starts like a formula is stored as a string
    cell with Excel's quote prefix, so neither opening nor editing the cell runs it."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True


# The number format of each kind written as a number (money's is the portfolio's).
_NUMBER_FORMATS = {"pct": "0%", "points": '0.0"%"', "int": None, "float": None,
                   "scale": None}


def _put(cell: Cell, column: Column, value: Any, money: str) -> None:
    if value is None or value == "":
        return
    kind = column.kind
    if kind == "date":
        value = _day(value)
        if isinstance(value, (date, datetime)):
            cell.value = value
            cell.number_format = DATE_FORMAT
            return
    elif kind == "money" or kind in _NUMBER_FORMATS:
        value = _number(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.value = value
            number_format = money if kind == "money" else _NUMBER_FORMATS[kind]
            if number_format:
                cell.number_format = number_format
            return
    elif kind == "bool":
        value = _bool(value)
    elif kind == "rag":
        style = RAG_STYLE.get(str(value).strip().lower())
        if style is not None:
            cell.value = str(value).strip().capitalize()
            cell.fill = PatternFill("solid", fgColor=style[0])
            cell.font = Font(name=FONT, color=style[1], bold=True)
            return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return
    _text(cell, str(value))
    if kind == "longtext":
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _shown_width(column: Column, values: list[Any]) -> float:
    header = len(column.label) + 1  # bold, on one line
    if column.kind == "longtext":
        longest = max((len(str(v)) for v in values if v is not None), default=0)
        return float(min(LONG_WIDTH, max(MIN_WIDTH, longest + 2, header + 2)))
    if column.kind == "date":
        longest = 10
    elif column.kind == "money":
        longest = max((len(f"{v:,.0f}") + 2 for v in values if isinstance(v, (int, float))),
                      default=0)
    else:
        longest = max((len(str(v)) for v in values if v is not None), default=0)
    return float(max(MIN_WIDTH, min(MAX_WIDTH, max(longest, header) + 2)))


def _choices(column: Column) -> tuple[str, ...]:
    if column.kind == "rag":
        return ("Green", "Amber", "Red")
    if column.kind == "bool":
        return ("Yes", "No")
    return shown_choices(column)


def _validations(ws: Any, table: Table, lists: list[tuple[str, ...]],
                 last_row: int) -> None:
    """Drop-down lists on every enumerated column (values on the lists sheet), a 1–5
    whole number on each rating."""
    for i, column in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        area = f"{letter}2:{letter}{last_row}"
        if column.kind == "scale":
            dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                                allow_blank=True, showErrorMessage=True,
                                errorTitle=column.label, error="A rating from 1 to 5.")
        else:
            choices = _choices(column)
            if not choices:
                continue
            lists.append(choices)
            col = get_column_letter(len(lists))
            ref = f"{quote_sheetname(LISTS_SHEET)}!${col}$1:${col}${len(choices)}"
            strict = column.kind != "link"  # a new person or programme may be typed
            dv = DataValidation(type="list", formula1=ref, allow_blank=True,
                                showErrorMessage=strict, errorTitle=column.label,
                                error="Pick one of the values in the list.")
        dv.add(area)
        ws.data_validations.append(dv)


def _print_setup(ws: Any, width: float) -> None:
    """Printed landscape, the header row on every page, as many pages wide as the
    columns need at a readable size (one for most registers)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.print_title_rows = "1:1"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = max(1, math.ceil(width / PRINT_WIDTH))
    ws.page_setup.fitToHeight = 0


def write_table(ws: Any, table: Table, currency: str,
                lists: list[tuple[str, ...]] | None = None) -> None:
    """Lay ``table`` out on the write-only sheet ``ws`` from A1 (the sheet's settings
    first, then its rows in order: openpyxl streams them to the file)."""
    money = money_format(currency)
    sample = table.rows[:2000]
    widths = [_shown_width(column, [row[i] for row in sample if i < len(row)])
              for i, column in enumerate(table.columns)]
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = "A2"
    last_col = get_column_letter(max(1, len(table.columns)))
    ws.auto_filter.ref = f"A1:{last_col}{len(table.rows) + 1}"
    _print_setup(ws, sum(widths))
    if table.validate and lists is not None:
        _validations(ws, table, lists, max(len(table.rows) + 1, 1000))
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(ws)
        _text(cell, column.label)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    ws.append(header)
    for row in table.rows:
        ws.append([_written(ws, column, value, money)
                   for column, value in zip(table.columns, row)])


def _written(ws: Any, column: Column, value: Any, money: str) -> Any:
    """A value as the cell to append: plain text and numbers as they are, anything that
    needs a format or could run as a formula as a styled cell."""
    value = shown(column, value)
    if value is None or value == "":
        return None
    if column.kind in ("text", "link", "enum") and isinstance(value, str) \
            and not is_formula_like(value) and not ILLEGAL_CHARACTERS_RE.search(value):
        return value
    cell = WriteOnlyCell(ws)
    _put(cell, column, value, money)
    return cell


def _hidden_sheet(wb: Workbook, name: str, rows: list[list[str]]) -> None:
    ws = wb.create_sheet(name)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws)
            _text(cell, value)
            cells.append(cell)
        ws.append(cells)
    ws.sheet_state = "veryHidden"


def write_workbook(path: str | Path, tables: list[Table], currency: str,
                   meta: list[tuple[str, str]] | None = None,
                   meta_sheet: str | None = None) -> dict[str, str]:
    """Write ``tables`` (one sheet each, in order) to ``path``; with ``meta``, a very
    hidden sheet ``meta_sheet`` of (key, value) rows. Returns each table's title →
    the sheet name it got."""
    wb = Workbook(write_only=True)  # streamed: about half the time and memory
    taken = {LISTS_SHEET.lower(), (meta_sheet or "").lower()}
    names: dict[str, str] = {}
    lists: list[tuple[str, ...]] = []
    for table in tables:
        name = sheet_title(table.title, taken)
        names[table.title] = name
        write_table(wb.create_sheet(name), table, currency, lists)
    if not tables:
        wb.create_sheet("Empty").append([])
    if lists:
        depth = max(len(c) for c in lists)
        _hidden_sheet(wb, LISTS_SHEET, [[c[r] if r < len(c) else "" for c in lists]
                                        for r in range(depth)])
    if meta is not None and meta_sheet:
        _hidden_sheet(wb, meta_sheet, [[key, value] for key, value in meta])
    wb.save(path)
    return names
