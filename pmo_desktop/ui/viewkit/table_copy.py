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
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
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


def _kind(cells: list[QModelIndex]) -> str:
    shown = [i for i in cells if str(i.data() or "").strip()]
    if not shown:
        return "text"
    if all(i.data(Role.RAG_KEY) in ("red", "amber", "green") for i in shown):
        return "rag"
    sorts = [i.data(Role.SORT) for i in shown]
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in sorts):
        return "money" if any(_MONEY.search(str(i.data())) for i in shown) else "float"
    if all(isinstance(v, str) and _ISO.match(v) for v in sorts):
        return "date"
    return "text"


def table_contents(view: QTableView) -> tuple[list[str], list[str], list[list[Any]]]:
    """(headers, column kinds, rows) of the table as shown: its shown columns in their
    order, its rows in their order; numbers and dates as values, RAG as its word."""
    model = view.model()
    header = view.horizontalHeader()
    columns = sorted(_columns(view), key=header.visualIndex)
    headers = [_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    indexes = [[model.index(r, c) for c in columns] for r in range(model.rowCount())]
    kinds = [_kind([row[i] for row in indexes]) for i in range(len(columns))]
    rows: list[list[Any]] = []
    for row in indexes:
        values: list[Any] = []
        for kind, index in zip(kinds, row):
            text = index.data()
            if not str(text or "").strip():
                values.append(None)
            elif kind == "rag":
                values.append(index.data(Role.RAG_KEY))
            elif kind in ("money", "float", "date"):
                values.append(index.data(Role.SORT))
            else:
                values.append(_cell(text))
        rows.append(values)
    return headers, kinds, rows


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
