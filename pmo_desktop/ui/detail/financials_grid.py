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
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.operations import Result
from pmo_desktop.store.queries_project import project_financials

from .. import commands
from ..context import AppContext
from ..plain import plain_label
from ..viewkit.i18n import tr
from .financials_model import COLUMNS, EDIT, FinancialGridModel, grid_months, parse_block

__all__ = ["FinancialGrid"]


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
                name = COLUMNS[index.column()]
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
            value = index.data(EDIT) if index.column() else index.data()
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
