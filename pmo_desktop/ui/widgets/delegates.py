"""Delegates that paint what a model's roles say (``roles.py``); they compute nothing.

* ``RagChipDelegate``: a rounded chip in the RAG colour with its label (or first
  letter when narrow), a trend arrow beside it, an outline for a calculated rating
  and a corner mark when reported and calculated ratings differ.
* ``ProgressBarDelegate``: a thin bar with the percentage text; its editor is a
  0–100 % spin box.
* ``EditorDelegate``: the default delegate with friendlier editors (calendar popups).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox, QDateEdit, QSpinBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
    QWidget,
)

from . import roles

Index = QModelIndex | QPersistentModelIndex


def _text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#0b0c0c") if luminance > 0.5 else QColor("#ffffff")


def _paint_background(painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
    opt = QStyleOptionViewItem(option)
    # Give the delegate the model's background/selection but none of its text.
    opt.text = ""
    opt.icon = opt.icon.__class__()
    style = opt.widget.style() if opt.widget else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class EditorDelegate(QStyledItemDelegate):
    """The standard delegate, with calendar pop-ups on date editors."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateEdit):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd MMM yyyy")
        return editor


class RagChipDelegate(EditorDelegate):
    """Paints a RAG chip from ``RAG_*`` and ``TREND_*`` roles."""

    CHIP_HEIGHT = 18

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFontMetrics]] = {}

    def _chip_font(self, base: QFont) -> tuple[QFont, QFontMetrics]:
        key = base.key()
        cached = self._fonts.get(key)
        if cached is None:
            font = QFont(base)
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            font.setWeight(QFont.Weight.DemiBold)
            cached = (font, QFontMetrics(font))
            self._fonts[key] = cached
        return cached

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        key = index.data(roles.RAG_KEY_ROLE)
        if key is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        _paint_background(painter, option, index)
        label = str(index.data(roles.RAG_LABEL_ROLE) or "")
        fill = QColor(str(index.data(roles.RAG_COLOUR_ROLE) or "#b1b4b6"))
        arrow = str(index.data(roles.TREND_ROLE) or "")
        arrow_colour = index.data(roles.TREND_COLOUR_ROLE)
        outlined = bool(index.data(roles.RAG_OUTLINE_ROLE))
        marked = bool(index.data(roles.RAG_MARK_ROLE))

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, metrics = self._chip_font(option.font)
        rect = option.rect.adjusted(4, 0, -4, 0)
        arrow_w = metrics.horizontalAdvance(arrow) + 4 if arrow else 0
        full_w = metrics.horizontalAdvance(label) + 16
        room = rect.width() - arrow_w
        text = label if full_w <= room else label[:1]
        chip_w = max(min(full_w if text == label else metrics.horizontalAdvance(text) + 12, room),
                     self.CHIP_HEIGHT)
        h = self.CHIP_HEIGHT
        chip = QRectF(rect.left(), rect.center().y() - h / 2 + 1, chip_w, h)
        if outlined:
            painter.setPen(QPen(fill, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_colour = option.palette.color(QPalette.ColorRole.Text)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            text_colour = _text_on(fill)
        painter.drawRoundedRect(chip.adjusted(0.75, 0.75, -0.75, -0.75), h / 2, h / 2)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        if marked:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Base), 1))
            painter.setBrush(option.palette.color(QPalette.ColorRole.Text))
            painter.drawEllipse(QRectF(chip.right() - 4, chip.top() - 1.5, 5, 5))
        if arrow:
            colour = QColor(str(arrow_colour)) if arrow_colour else option.palette.color(
                QPalette.ColorRole.Text)
            painter.setPen(colour)
            arrow_rect = QRectF(chip.right() + 3, option.rect.top(), arrow_w, option.rect.height())
            painter.drawText(arrow_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             arrow)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.CHIP_HEIGHT + 6))


class ProgressBarDelegate(EditorDelegate):
    """Paints ``PROGRESS_ROLE`` (0–1) as a bar with ``PROGRESS_TEXT_ROLE`` beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        ratio = index.data(roles.PROGRESS_ROLE)
        if index.data(roles.KIND_ROLE) == "group":
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        _paint_background(painter, option, index)
        text = str(index.data(roles.PROGRESS_TEXT_ROLE) or "—")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        text_w = metrics.horizontalAdvance("100%") + 6
        rect = option.rect.adjusted(6, 0, -6, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bar_w = rect.width() - text_w
        if ratio is not None and bar_w > 12:
            bar = QRectF(rect.left(), rect.center().y() - 3, bar_w, 6)
            track = QColor(option.palette.color(QPalette.ColorRole.Mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            fill = QColor(option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight))
            done = QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(1.0, float(ratio))), 6)
            if done.width() > 0:
                painter.setBrush(fill)
                painter.drawRoundedRect(done, 3, 3)
        painter.setPen(option.palette.color(text_role))
        painter.setFont(option.font)
        text_rect = QRectF(rect.right() - text_w, option.rect.top(), text_w, option.rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                         text)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix("%")
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else 0)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
