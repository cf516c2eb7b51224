"""What every table of the app offers: Ctrl+C copies the selected cells as tab-separated
text (Excel pastes it as cells), and "Export table…" writes the table as it is shown
(its columns, its rows in their order and filter) to .xlsx or .csv.

``install_table_tools(view)`` adds both actions to a table (``make_table_view`` does it
for every table it makes); a table with its own context menu adds ``table_actions(view)``
to it. Export goes through the window (``TableExporter``), which writes the file off the
GUI thread.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView, QWidget

from .roles import Role

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$")
_MONEY = re.compile(r"[£€$]")
COPY_NAME, EXPORT_NAME = "copyCells", "exportTable"


class TableExporter(Protocol):
    """A window that exports a table (the main window)."""

    def export_table(self, view: QTableView) -> None: ...


def _cell(text: Any) -> str:
    return "" if text is None else re.sub(r"[\t\r\n]+", " ", str(text))


def _columns(view: QTableView) -> list[int]:
    model = view.model()
    return [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]


def selection_as_tsv(view: QTableView) -> str:
    """The selected cells, one line a row and a tab between cells, in the order shown
    (hidden columns left out); a whole selected row gives all its shown columns."""
    selection = view.selectionModel()
    if selection is None:
        return ""
    cells: dict[int, set[int]] = {}
    for index in selection.selectedIndexes():
        if not view.isColumnHidden(index.column()):
            cells.setdefault(index.row(), set()).add(index.column())
    if not cells:
        current = view.currentIndex()
        if not current.isValid():
            return ""
        cells = {current.row(): {current.column()}}
    header = view.horizontalHeader()
    lines = []
    for row in sorted(cells):
        cols = sorted(cells[row], key=header.visualIndex)
        lines.append("\t".join(_cell(view.model().index(row, c).data()) for c in cols))
    return "\n".join(lines)


def copy_selection(view: QTableView) -> str:
    """Put the selection on the clipboard; the text copied."""
    text = selection_as_tsv(view)
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


Cell = tuple[str, Any, Any]  # (text shown, Role.RAG_KEY, Role.SORT)


def _kind(cells: list[Cell]) -> str:
    shown = [c for c in cells if c[0].strip()]
    if not shown:
        return "text"
    if all(c[1] in ("red", "amber", "green") for c in shown):
        return "rag"
    if all(isinstance(c[2], (int, float)) and not isinstance(c[2], bool) for c in shown):
        return "money" if any(_MONEY.search(c[0]) for c in shown) else "float"
    if all(isinstance(c[2], str) and _ISO.match(c[2]) for c in shown):
        return "date"
    return "text"


def _value(kind: str, cell: Cell) -> Any:
    if not cell[0].strip():
        return None
    if kind == "rag":
        return cell[1]
    return cell[2] if kind in ("money", "float", "date") else cell[0]


def contents_of(headers: list[str], cells: list[list[Cell]]
                ) -> tuple[list[str], list[str], list[list[Any]]]:
    """(headers, column kinds, rows) from the cells read: numbers and dates as values,
    RAG as its word, text as shown (plain Python: runs anywhere)."""
    kinds = [_kind([row[i] for row in cells]) for i in range(len(headers))]
    return headers, kinds, [[_value(k, c) for k, c in zip(kinds, row)] for row in cells]


class _Cells:
    """The shown columns of a table, in their order, and the cells of one row."""

    def __init__(self, view: QTableView) -> None:
        self.model = view.model()
        header = view.horizontalHeader()
        self.columns = sorted(_columns(view), key=header.visualIndex)
        self.headers = [_cell(self.model.headerData(c, Qt.Orientation.Horizontal))
                        for c in self.columns]

    def row(self, r: int) -> list[Cell]:
        out: list[Cell] = []
        for c in self.columns:
            index = self.model.index(r, c)
            out.append((_cell(index.data()), index.data(Role.RAG_KEY), index.data(Role.SORT)))
        return out


def table_contents(view: QTableView) -> tuple[list[str], list[str], list[list[Any]]]:
    """(headers, column kinds, rows) of the table as shown, read at once (a small
    table; ``TableReader`` reads a large one a slice at a time)."""
    cells = _Cells(view)
    return contents_of(cells.headers, [cells.row(r) for r in range(cells.model.rowCount())])


class TableReader(QObject):
    """Reads a table as shown a slice of rows at a time on the GUI thread (a model
    lives there), each slice within ``budget_ms``, so the window stays responsive
    however long the table; then ``on_done(headers, kinds, rows)``. A table that
    changes meanwhile (a reload, a new filter) stops the read: ``on_done`` is not called
    and ``changed`` is True."""

    def __init__(self, view: QTableView, on_done: Callable[..., None],
                 budget_ms: int = 25) -> None:
        super().__init__(view)
        self.cells = _Cells(view)
        self.on_done = on_done
        self.budget = budget_ms / 1000
        self.read: list[list[Cell]] = []
        self.changed = False
        self.slices = 0
        model = self.cells.model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self._on_changed)

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    @Slot()
    def _on_changed(self) -> None:
        self.changed = True

    @Slot()
    def _step(self) -> None:
        if self.changed:
            return
        self.slices += 1
        started, total = time.perf_counter(), self.cells.model.rowCount()
        while len(self.read) < total:  # at least one row a slice
            self.read.append(self.cells.row(len(self.read)))
            if time.perf_counter() - started >= self.budget:
                break
        if len(self.read) < total:
            QTimer.singleShot(0, self._step)
            return
        self.on_done(*contents_of(self.cells.headers, self.read))
        self.deleteLater()


def _export(view: QTableView) -> None:
    window: QWidget | None = view.window()
    exporter = getattr(window, "export_table", None)
    if callable(exporter):
        exporter(view)


class _CopyKey(QObject):
    """Ctrl+C on the table copies the selection (the table's own Ctrl+C copies only the
    current cell): the key is taken before any shortcut and before the table."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy) \
                and isinstance(watched, QTableView) and \
                watched.state() != QTableView.State.EditingState:
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                copy_selection(watched)
            return True
        return False


def install_table_tools(view: QTableView) -> list[QAction]:
    """Give ``view`` Ctrl+C (copy the selection) and "Export table…"; a table that shows
    no menu of its own shows these two on a right-click."""
    copy = QAction("Copy", view)
    copy.setObjectName(COPY_NAME)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy.triggered.connect(lambda _c=False: copy_selection(view))
    export = QAction("Export table…", view)
    export.setObjectName(EXPORT_NAME)
    export.triggered.connect(lambda _c=False: _export(view))
    view.addAction(copy)
    view.addAction(export)
    key = _CopyKey(view)
    view.installEventFilter(key)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return [copy, export]


def table_actions(view: QTableView) -> list[QAction]:
    """The Copy and Export table… actions of a table (for its own context menu)."""
    return [a for a in view.actions() if a.objectName() in (COPY_NAME, EXPORT_NAME)]
