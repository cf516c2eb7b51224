"""The records behind a register table's selection, and the bar of buttons above it.

A register's model holds one stored record per row (a dict with its ``id``), under a
sort/filter proxy. ``selected_records`` reads the selected rows back (or the current
row when nothing is selected), in the order shown; ``ActionBar`` is the row of
buttons (Add, Edit, Delete, …) that act on them, each with an object name for tests;
``keep_current`` keeps the current record current when the rows are read again (an
edit reloads them), so the keyboard stays where the user was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QWidget

__all__ = ["ActionBar", "current_record", "keep_current", "record_at", "selected_records"]

Row = dict[str, Any]


def record_at(index: QModelIndex) -> Row | None:
    """The stored record of the row ``index`` is in (through any proxies)."""
    model = index.model()
    while isinstance(model, (QAbstractProxyModel, QSortFilterProxyModel)) and index.isValid():
        index = model.mapToSource(index)
        model = index.model()
    row_of = getattr(model, "row", None)
    if not index.isValid() or row_of is None:
        return None
    record = row_of(index.row())
    return record if isinstance(record, dict) and "id" in record else None


def selected_records(view: QAbstractItemView) -> list[Row]:
    """The records of the selected rows, top to bottom (the current row when none is
    selected)."""
    selection = view.selectionModel()
    rows = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex()]
    found = (record_at(index) for index in rows)
    return [r for r in found if r is not None]


def current_record(view: QAbstractItemView) -> Row | None:
    """The record of the current row (``None`` when there is none)."""
    return record_at(view.currentIndex())


class _KeepCurrent(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._id: Any = None
        self._column = 0
        model = view.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _remember(self) -> None:
        record = current_record(self.view)
        self._id = record["id"] if record else None
        self._column = max(0, self.view.currentIndex().column())

    def _restore(self) -> None:
        model = self.view.model()
        if self._id is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, self._column)
            record = record_at(index)
            if record is not None and record["id"] == self._id:
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return


def keep_current(view: QAbstractItemView) -> QObject:
    """Keep the record of the current row current (and selected) across a reset of the
    view's model; returns the helper (owned by ``view``)."""
    return _KeepCurrent(view)


class ActionBar(QWidget):
    """A row of buttons over a register; ``add`` puts one in (left to right)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._stretch = False

    def add(self, text: str, name: str, on_click: Callable[[], Any], *, tip: str = "",
            checkable: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setCheckable(checkable)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: on_click())
        self._layout.addWidget(button)
        return button

    def add_stretch(self) -> None:
        """What is added after this sits at the right."""
        self._layout.addStretch(1)

    def add_widget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
