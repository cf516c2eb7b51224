"""The widgets of the project and status dialogs: RAG combo with colour dots, combos,
money and text boxes, and a form that shows each field's error under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import enums
from pmo_desktop.domain.money import CURRENCY_SYMBOLS
from pmo_desktop.domain.rag import Rag

from ..plain import plain_label
from .columns import RAG_DIMENSIONS

DIMENSIONS = ("overall", *RAG_DIMENSIONS)


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(3, 3, 18, 18)
    painter.end()
    return QIcon(pixmap)


class RagCombo(QComboBox):
    """Not set / Green / Amber / Red with colour dots; ``value()`` is the stored key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for rag in (Rag.NOT_SET, Rag.GREEN, Rag.AMBER, Rag.RED):
            self.addItem(_dot(rag.colour), rag.label, rag.key)

    def set_value(self, value: str | None) -> None:
        try:
            key = Rag.parse(value).key
        except ValueError:
            key = None
        self.setCurrentIndex(max(self.findData(key), 0))

    def value(self) -> str | None:
        return self.currentData()


def _combo(values: tuple[str, ...], editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for v in values:
        combo.addItem(enums.label(v) if not editable else v, v)
    combo.setEditable(editable)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i < 0 and combo.isEditable() and value:
        combo.setEditText(str(value))
        return
    combo.setCurrentIndex(max(i, 0))


def _combo_value(combo: QComboBox) -> Any:
    if combo.isEditable():
        text = combo.currentText().strip()
        return None if not text or text == "—" else text
    return combo.currentData()


def _money_box(currency: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(0)
    box.setRange(-1, 1e12)
    box.setSpecialValueText("—")
    box.setGroupSeparatorShown(True)
    box.setPrefix(CURRENCY_SYMBOLS.get(currency.upper(), f"{currency} "))
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setValue(-1)
    return box


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(12 + lines * box.fontMetrics().lineSpacing())
    return box


class _FieldForm:
    """Rows of label + widget + an error line under the widget, by field name."""

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.pages: dict[str, int] = {}

    def add(self, form: QFormLayout, page: int, name: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = plain_label(name="fieldError", wrap=True)  # it may quote what was typed
        error.setVisible(False)
        box.addWidget(error)
        widget.setObjectName(f"field_{name}")
        form.addRow(label, holder)
        self.widgets[name] = widget
        self.errors[name] = error
        self.pages[name] = page

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setVerticalSpacing(6)
    return form
