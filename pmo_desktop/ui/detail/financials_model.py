"""The financial month grid's model: months × amounts, with a totals row, typed in place.

``grid_months`` says which months a project's grid shows; ``FinancialGridModel`` shows
them (amounts in the portfolio's currency, the running totals the store gives) and
reads what is typed or pasted in a cell (``write_block``) with ``operations.fields``'
money parser, handing the cells that change to whoever writes them (``edited``), or
saying why nothing can be written (``refused``). It writes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from pmo_desktop.domain.money import MISSING
from pmo_desktop.domain.schedule import iso_date
from pmo_desktop.operations.fields import FieldError, field_spec, parse_value

from ..viewkit.i18n import tr
from ..viewkit.models import EDITABLE, READ_ONLY, RIGHT, TableModel
from .columns import FIN_TITLES

__all__ = ["AMOUNTS", "COLUMNS", "EDIT", "FinancialGridModel", "grid_months", "parse_block"]

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

AMOUNTS = ("planned", "actual", "forecast", "earned")  # typed in the grid
_RUNNING = ("planned_cum", "outturn_cum")  # the store's running totals
COLUMNS = ("period", *AMOUNTS, *_RUNNING)
_MAX_MONTHS = 240  # a span longer than 20 years is a typo in a date: show the lines only
EDIT = Qt.ItemDataRole.EditRole


def _month(period: str, step: int = 0) -> str:
    year, month = int(period[:4]), int(period[5:7])
    y, m = divmod(month - 1 + step, 12)
    return f"{year + y:04d}-{m + 1:02d}"


def _span(first: str, last: str) -> list[str]:
    months = [first]
    while months[-1] < last and len(months) <= _MAX_MONTHS:
        months.append(_month(months[-1], 1))
    return months


def grid_months(project: Mapping[str, Any], periods: Sequence[str], as_of: date) -> list[str]:
    """The months the grid shows (``YYYY-MM``, in order): the project's span from its
    earliest start to its latest finish, and every month that holds a line; twelve
    months from the as-of month when it has neither."""
    starts = [iso_date(project.get(c)) for c in ("start_baseline", "start_forecast",
                                                 "start_actual")]
    ends = [iso_date(project.get(c)) for c in ("finish_baseline", "finish_forecast",
                                               "finish_actual")]
    days = [d for d in (*starts, *ends) if d is not None]
    held = sorted({p for p in periods if len(p) >= 7})
    if not days and not held:
        return _span(f"{as_of:%Y-%m}", _month(f"{as_of:%Y-%m}", 11))
    firsts = [f"{d:%Y-%m}" for d in days] + held[:1]
    lasts = [f"{d:%Y-%m}" for d in days] + held[-1:]
    months = _span(min(firsts), max(lasts))
    if len(months) > _MAX_MONTHS:
        months = held or [f"{as_of:%Y-%m}"]
    return sorted(set(months) | set(held))


def _edit_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")


class FinancialGridModel(TableModel[Row]):
    """Months × amounts, editable, with a totals row (the last).

    Signals:
        edited(dict, str): cells to write, ``{period: {column: value}}``, and the text
            of the undo step.
        refused(str): what was typed does not read; nothing is written.
    """

    edited = Signal(object, str)
    refused = Signal(str)

    def __init__(self, money: Callable[[float | None], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._money = money
        self._total: Row = {}
        self.as_of_month = ""

    def set_money(self, money: Callable[[float | None], str]) -> None:
        self._money = money

    def set_months(self, months: Sequence[str], lines: Sequence[Mapping[str, Any]]) -> None:
        """Show ``months`` with the stored ``lines`` (``project_financials`` rows)."""
        by_period = {str(line["period"]): line for line in lines}
        rows: list[Row] = []
        carried: dict[str, Any] = dict.fromkeys(_RUNNING)
        for period in months:
            line = by_period.get(period, {})
            row = {"period": period, **{c: line.get(c) for c in AMOUNTS}}
            for c in _RUNNING:
                if line.get(c) is not None:
                    carried[c] = line[c]
                row[c] = carried[c]
            rows.append(row)
        self.beginResetModel()
        self._rows = rows
        self._total = self._totals()
        self.endResetModel()

    def _totals(self) -> Row:
        total: Row = {"period": None}
        for c in AMOUNTS:
            values = [r[c] for r in self._rows if r[c] is not None]
            total[c] = sum(values) if values else None
        for c in _RUNNING:
            total[c] = self._rows[-1][c] if self._rows else None
        return total

    def months(self) -> list[str]:
        return [str(r["period"]) for r in self._rows]

    def month_row(self, period: str) -> int:
        return self.months().index(period)

    def amount_column(self, name: str) -> int:
        return COLUMNS.index(name)

    def value(self, period: str, name: str) -> float | None:
        return self._rows[self.month_row(period)][name]  # type: ignore[no-any-return]

    def is_total(self, position: int) -> bool:
        return position == len(self._rows)

    # -- cells -----------------------------------------------------------------
    def _row(self, position: int) -> Row:
        return self._total if self.is_total(position) else self._rows[position]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        position, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(position, column)
        if role == EDIT:
            return self._edit(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(self.tooltip(position, column))
        return self.role_data(position, column, role)

    def _edit(self, index: Index) -> Any:
        name = COLUMNS[index.column()]
        return _edit_text(self._row(index.row()).get(name)) if name in AMOUNTS else None

    def column_count(self) -> int:
        return len(COLUMNS)

    def title(self, column: int) -> str:
        return tr("Month") if column == 0 else FIN_TITLES[COLUMNS[column]]

    def header_alignment(self, column: int) -> int | None:
        return None if column == 0 else int(RIGHT)

    def header_tip(self, column: int) -> str | None:
        name = COLUMNS[column]
        if name in AMOUNTS:
            return tr("Type an amount (12.5k, £1.2m); paste a column from Excel with Ctrl+V")
        return tr("Running total (calculated)") if name in _RUNNING else None

    def text(self, position: int, column: int) -> str:
        row = self._row(position)
        if column == 0:
            if self.is_total(position):
                return tr("Total")
            day = iso_date(f"{row['period']}-01")
            return day.strftime("%b %Y") if day else str(row["period"])
        value = row[COLUMNS[column]]
        return self._money(value) if value is not None else MISSING

    def sort_key(self, position: int, column: int) -> Any:
        return position

    def tooltip(self, position: int, column: int) -> str | None:
        if self.is_total(position) or column == 0:
            return None
        return f"{self.text(position, 0)} · {self.title(column)}"

    def role_data(self, position: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and (
                self.is_total(position) or self._row(position)["period"] == self.as_of_month):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = COLUMNS[index.column()] in AMOUNTS and not self.is_total(index.row())
        return EDITABLE if editable else READ_ONLY

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self.write_block(index.row(), index.column(), [[value]], tr("Edit {what}"))

    # -- writing ---------------------------------------------------------------
    def write_block(self, top: int, left: int, block: Sequence[Sequence[Any]],
                    text: str) -> bool:
        """Read a block of typed values placed at (``top``, ``left``) and hand the
        cells that change to ``edited``; ``refused`` (nothing written) when one does not
        read, or the block covers the month or running-total columns or the totals row."""
        if self.is_total(top) or not block:
            self.refused.emit(tr("The totals row is calculated; type in a month."))
            return False
        width = max(len(line) for line in block)
        names = COLUMNS[left:left + width]
        if len(names) < width or any(n not in AMOUNTS for n in names):
            self.refused.emit(tr("Only planned, actual, forecast and earned can be typed; "
                                 "the other columns are calculated."))
            return False
        months = self.months()
        while len(months) < top + len(block):
            months.append(_month(months[-1], 1))
        cells: dict[str, dict[str, Any]] = {}
        for k, line in enumerate(block):
            period = months[top + k]
            for name, typed in zip(names, line):
                try:
                    value = parse_value(field_spec("financial", name), typed)
                except FieldError as exc:
                    self.refused.emit(tr("{month}, {message}").format(
                        month=self.text(top + k, 0) if top + k < len(self._rows) else period,
                        message=str(exc)))
                    return False
                old = self._rows[top + k][name] if top + k < len(self._rows) else None
                if value != old:
                    cells.setdefault(period, {})[name] = value
        if not cells:
            return True
        what = (tr("{title} of {month}").format(title=self.title(left).lower(),
                                                month=self.text(top, 0))
                if len(block) == 1 and width == 1
                else tr("{n} financial cells").format(n=sum(map(len, cells.values()))))
        self.edited.emit(cells, text.format(what=what))
        return True


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from text copied out of a spreadsheet (tab-separated lines)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]
