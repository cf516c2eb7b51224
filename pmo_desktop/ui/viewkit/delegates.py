"""Delegates that paint from roles only: a coloured chip and a heat-map cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import CHIP_ROLE, HEAT_ROLE
from .theme import band_text_colour

Index = QModelIndex | QPersistentModelIndex


def _draw_background(delegate: QStyledItemDelegate, painter: QPainter,
                     option: QStyleOptionViewItem, index: Index) -> None:
    """Selection/hover background and focus, without the text."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""  # type: ignore[attr-defined]
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class ChipDelegate(QStyledItemDelegate):
    """A rounded chip in the ``CHIP_ROLE`` colour behind the display text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(CHIP_ROLE)
        if not fill:
            super().paint(painter, option, index)
            return
        _draw_background(self, painter, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        colour = QColor(fill)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        if metrics.horizontalAdvance(text) + 18 > rect.width() - 8:  # a narrow column
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 26)
        width = min(rect.width() - 8, metrics.horizontalAdvance(text) + 18)
        height = min(rect.height() - 6, metrics.height() + 4)
        align = Qt.AlignmentFlag(int(index.data(Qt.ItemDataRole.TextAlignmentRole) or 0))
        if align & Qt.AlignmentFlag.AlignHCenter:
            left = rect.x() + (rect.width() - width) / 2
        elif align & Qt.AlignmentFlag.AlignRight:
            left = rect.right() - 4 - width
        else:
            left = rect.x() + 4
        chip = QRectF(left, rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(band_text_colour(colour))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, max(size.height(), 24))


class HeatCellDelegate(QStyledItemDelegate):
    """Fills the cell with the ``HEAT_ROLE`` colour and centres the text on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(HEAT_ROLE)
        if not fill:
            super().paint(painter, option, index)
            return
        colour = QColor(fill)
        rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, colour)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            pen = option.palette.highlight().color()  # type: ignore[attr-defined]
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(band_text_colour(colour))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()
