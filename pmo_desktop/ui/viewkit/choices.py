"""A combo box's (or completer's) items as plain Python lists.

Filling a ``QComboBox`` item by item costs one call per item on the GUI thread (10,000
projects: a visible stall); a list model is set in one go and only the rows a popup
shows are ever asked for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_USER = int(Qt.ItemDataRole.UserRole)


class ChoiceListModel(QAbstractListModel):
    """``(value, text)`` items: the text is shown, the value is the item's data
    (``UserRole``, what ``QComboBox.currentData()`` and ``findData()`` read)."""

    def __init__(self, items: list[tuple[Any, str]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[Any, str]] = []
        self._at: dict[Any, int] = {}
        self.set_items(items or [])

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._at = {}
        for row, (value, _text) in enumerate(self._items):
            self._at.setdefault(value, row)
        self.endResetModel()

    def row_of(self, value: Any) -> int:
        """The first row holding ``value`` (-1 when none does), without a scan."""
        return self._at.get(value, -1)

    def value(self, row: int) -> Any:
        return self._items[row][0] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._items):
            return None
        if role == _DISPLAY or role == _EDIT:
            return self._items[row][1]
        if role == _USER:
            return self._items[row][0]
        return None


def use_choices(combo: QComboBox, model: ChoiceListModel, chars: int = 36) -> None:
    """Show ``model`` in ``combo``, sized by ``chars`` characters rather than by measuring
    every item (80,000 ``data()`` calls for 10,000 projects when first shown); the popup
    lays out only the rows it shows."""
    combo.setModel(model)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    if isinstance(view, QListView):
        view.setUniformItemSizes(True)
