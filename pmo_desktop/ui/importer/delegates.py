"""Editors for page 2's tables: a combo and a spin box whose choices the model supplies.

They read ``CHOICES_ROLE`` / ``RANGE_ROLE`` and write ``EditRole``; they decide nothing.
A change is committed at once, so a persistent editor behaves like a form field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .models import CHOICES_ROLE, RANGE_ROLE

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box listing the cell's ``CHOICES_ROLE`` (label, value) pairs."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        combo.setAutoFillBackground(True)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMaxVisibleItems(20)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(self._on_combo_activated)
        return combo

    @Slot(int)
    def _on_combo_activated(self, _row: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                return
        editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value: Any = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class SpinDelegate(QStyledItemDelegate):
    """A spin box bounded by the cell's ``RANGE_ROLE``; commits on Enter, focus-out or arrows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("spin_editor")
        spin.setAutoFillBackground(True)  # hide the cell text painted underneath
        spin.setKeyboardTracking(False)
        low, high = index.data(RANGE_ROLE) or (1, 1_048_576)
        spin.setRange(int(low), int(high))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(self._on_spin_value_changed)
        return spin

    @Slot(int)
    def _on_spin_value_changed(self, _value: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 1)
        if editor.value() != value:
            editor.blockSignals(True)
            editor.setValue(value)
            editor.blockSignals(False)
        line = editor.findChild(QLineEdit)
        if line is not None:
            line.deselect()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        if editor.value() != index.data(Qt.ItemDataRole.EditRole):
            if not model.setData(index, editor.value(), Qt.ItemDataRole.EditRole):
                self.setEditorData(editor, index)  # that row holds no header: snap back
