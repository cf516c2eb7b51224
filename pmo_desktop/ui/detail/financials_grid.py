"""The project page's Financials tab: a month grid of plan, actual, forecast and earned
money, edited in place like a spreadsheet.

One row per month, from the project's first start date to its last finish date (and
every month that holds a line), then a totals row. Type a value in a cell as people
type money (``12.5k``, ``£1.2m``, ``(500)``; read by ``operations.fields``) and Enter
commits it as one undoable edit; a month without a line gets one. Ctrl+V pastes a
block copied from Excel (a column of months, or several columns) as one undo step,
adding months after the last when it runs past it; Del clears the selected cells;
Ctrl+C copies them. A value that does not read as money writes nothing and says which
cell and why. The running totals are the store's (``project_financials``); a month
without a line carries the one before it. A change to the project's lines shows at
once: the grid reads them again (one small named read) while the page's full reload
follows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import MISSING
from pmo_desktop.domain.schedule import iso_date
from pmo_desktop.operations import Result
from pmo_desktop.operations.fields import FieldError, field_spec, parse_value
from pmo_desktop.store.queries_project import project_financials

from .. import commands
from ..context import AppContext
from ..plain import plain_label
from ..viewkit.i18n import tr
from ..viewkit.models import EDITABLE, READ_ONLY, RIGHT, TableModel
from .columns import FIN_TITLES

__all__ = ["AMOUNTS", "FinancialGrid", "FinancialGridModel", "grid_months"]

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

AMOUNTS = ("planned", "actual", "forecast", "earned")  # typed in the grid
_RUNNING = ("planned_cum", "outturn_cum")  # the store's running totals
_COLUMNS = ("period", *AMOUNTS, *_RUNNING)
_MAX_MONTHS = 240  # a span longer than 20 years is a typo in a date: show the lines only
_EDIT = Qt.ItemDataRole.EditRole


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
        return _COLUMNS.index(name)

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
        if role == _EDIT:
            return self._edit(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(self.tooltip(position, column))
        return self.role_data(position, column, role)

    def _edit(self, index: Index) -> Any:
        name = _COLUMNS[index.column()]
        return _edit_text(self._row(index.row()).get(name)) if name in AMOUNTS else None

    def column_count(self) -> int:
        return len(_COLUMNS)

    def title(self, column: int) -> str:
        return tr("Month") if column == 0 else FIN_TITLES[_COLUMNS[column]]

    def header_alignment(self, column: int) -> int | None:
        return None if column == 0 else int(RIGHT)

    def header_tip(self, column: int) -> str | None:
        name = _COLUMNS[column]
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
        value = row[_COLUMNS[column]]
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
        editable = _COLUMNS[index.column()] in AMOUNTS and not self.is_total(index.row())
        return EDITABLE if editable else READ_ONLY

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:  # noqa: N802
        if role != _EDIT or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
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
        names = _COLUMNS[left:left + width]
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


class _GridView(QTableView):
    """The grid's table: Ctrl+V pastes a block, Del clears, Ctrl+C copies; Enter commits
    a cell and moves down a month, as a spreadsheet does."""

    def __init__(self, grid: FinancialGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def closeEditor(self, editor: QWidget,  # noqa: N802 (Qt)
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid() and below.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self._grid.paste(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self._grid.copy_text())
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._grid.clear_selected()
                return
        super().keyPressEvent(event)


class FinancialGrid(QWidget):
    """The Financials tab of one project (``project_id()`` says which)."""

    def __init__(self, ctx: AppContext, money: Callable[[float | None], str],
                 project_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("financial_grid")
        self.ctx = ctx
        self.project_id = project_id
        self.model = FinancialGridModel(money, self)
        self.table = self._make_table()
        self.message = plain_label("", self, name="financial_grid_message")
        self.message.setVisible(False)
        hint = plain_label(tr("Type in a cell and press Enter; paste a column from Excel "
                              "with Ctrl+V; Del clears. Every change can be undone."), self)
        hint.setObjectName("financial_grid_hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        # Queued: a cell's edit is written once its editor has closed (the write reloads
        # the page, which resets the model under the editor otherwise).
        self.model.edited.connect(self.write, Qt.ConnectionType.QueuedConnection)
        self.model.refused.connect(self._say)
        self._project: Mapping[str, Any] | None = None
        ctx.changed.connect(self._on_ctx_changed)

    def _make_table(self) -> QTableView:
        table = _GridView(self)
        table.setObjectName("detail_financials")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in enumerate((100, 120, 120, 120, 120, 150, 190)):
            table.setColumnWidth(column, width)
        return table

    # -- filling ---------------------------------------------------------------
    def set_project(self, project: Mapping[str, Any] | None,
                    lines: Sequence[Mapping[str, Any]]) -> None:
        """Show the project's months and its stored lines (the current cell stays
        current when the project is the same)."""
        same = bool(project and self._project and project.get("id") == self._project.get("id"))
        current = self.table.currentIndex()
        self._project = project
        as_of = self.ctx.as_of()
        self.model.as_of_month = f"{as_of:%Y-%m}"
        months = grid_months(project or {}, [str(x["period"]) for x in lines], as_of)
        self.model.set_months(months if project else [], lines)
        if same and current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    # -- editing ---------------------------------------------------------------
    def paste(self, text: str) -> bool:
        """Paste a block of typed values at the current cell (one undo step)."""
        return self.paste_at(self.table.currentIndex(), text)

    def paste_at(self, index: QModelIndex, text: str) -> bool:
        """Paste a block of typed values with its top-left cell at ``index``; ``False``
        (nothing written, the reason shown) when a value does not read."""
        block = parse_block(text)
        if not index.isValid() or not block:
            return False
        return self.model.write_block(index.row(), index.column(), block, tr("Paste {what}"))

    def clear_selected(self) -> None:
        """Empty the selected amount cells (one undo step)."""
        cells: dict[str, dict[str, Any]] = {}
        for index in self.table.selectionModel().selectedIndexes():
            if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                row = self.model.row(index.row())
                name = _COLUMNS[index.column()]
                if row[name] is not None:
                    cells.setdefault(str(row["period"]), {})[name] = None
        if cells:
            self.write(cells, tr("Clear {n} financial cells").format(
                n=sum(map(len, cells.values()))))

    def copy_text(self) -> str:
        """The selected cells as tab-separated lines (as a spreadsheet copies)."""
        indexes = sorted(self.table.selectionModel().selectedIndexes(),
                         key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            value = index.data(_EDIT) if index.column() else index.data()
            lines.setdefault(index.row(), []).append(
                index.data() if value is None else str(value))
        return "\n".join("\t".join(cells) for cells in lines.values())

    def write(self, cells: dict[str, dict[str, Any]], text: str) -> None:
        """Write ``{period: {column: value}}``: a month's line edited, or created when it
        has none; several months are one undo step."""
        pid = self.project_id()
        if pid is None:
            return
        store, stack = self.ctx.store, self.ctx.undo_stack
        steps: list[commands.StoreCommand] = []
        for period, values in cells.items():
            line = store.find_id("financial", {"project_id": pid, "period": period})
            if line is not None:
                steps.append(commands.EditFieldsCommand(self.ctx, "financial", line, values,
                                                        text))
            elif any(v is not None for v in values.values()):
                steps.append(commands.CreateCommand(
                    self.ctx, "financial", {"project_id": pid, "period": period, **values},
                    text))
        if len(steps) > 1:
            stack.beginMacro(text)
        try:
            done = all(commands.run(self.ctx, step) for step in steps)
        finally:
            if len(steps) > 1:
                stack.endMacro()
        self._say("" if done else tr("Not every cell was written: {m}").format(
            m=next((s.error for s in steps if s.error), "")))

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        pid = self.project_id()
        if pid is not None and self._project is not None and result.touches({"financial"}):
            self.set_project(self._project, project_financials(self.ctx.store, pid))

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if message:
            self.ctx.status_message.emit(message)
