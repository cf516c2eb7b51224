"""Every delegate of the app. They paint what a model's roles (``viewkit.roles.Role``)
say and edit through ``EditRole``; they compute nothing.

* ``ChipDelegate``: a rounded chip in the ``Role.CHIP`` colour behind the cell text.
* ``HeatCellDelegate``: the cell filled with the ``Role.HEAT`` colour.
* ``RagChipDelegate``: a RAG chip (``Role.RAG_*``) with its trend arrow (``Role.TREND*``),
  outlined for a calculated rating, marked for a false green (or all of them at once from
  a model's ``rag_chip(index)``); each look is drawn once and copied.
* ``ProgressBarDelegate``: a thin ``Role.PROGRESS`` bar with ``Role.PROGRESS_TEXT``; its
  editor is a 0–100 % spin box.
* ``EditorDelegate``: the standard delegate with calendar pop-ups on date editors.
* ``ChoiceDelegate`` / ``SpinDelegate``: a combo of the cell's ``Role.CHOICES`` and a spin
  box bounded by its ``Role.RANGE``, committing at once (the import wizard's form cells).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QDateEdit, QLineEdit, QSpinBox, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QWidget,
)

from .cellpaint import COLOURS as _COLOURS
from .cellpaint import TextWidths as _Widths
from .cellpaint import draw_background as _draw_background
from .cellpaint import own_look as _own_look
from .cellpaint import reader as _reader
from .roles import Role

Index = QModelIndex | QPersistentModelIndex


_SELECTED = QStyle.StateFlag.State_Selected
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_VCENTER_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_VCENTER_RIGHT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
_ANTIALIAS = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_TEXT = QPalette.ColorRole.Text
_BASE = QPalette.ColorRole.Base
_TRANSPARENT = Qt.GlobalColor.transparent


class ChipDelegate(QStyledItemDelegate):
    """A rounded chip in the ``Role.CHIP`` colour behind the display text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(Role.CHIP)
        if not fill:
            super().paint(painter, option, index)
            return
        _draw_background(self, painter, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        colour = _COLOURS.colour(fill)
        metrics = option.fontMetrics
        rect = option.rect
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
        painter.setPen(_COLOURS.text_on(fill))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, max(size.height(), 24))


class HeatCellDelegate(QStyledItemDelegate):
    """Fills the cell with the ``Role.HEAT`` colour and centres the text on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fill = index.data(Role.HEAT)
        if not fill:
            super().paint(painter, option, index)
            return
        colour = _COLOURS.colour(fill)
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, colour)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            pen = option.palette.highlight().color()
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(_COLOURS.text_on(fill))
        painter.drawText(rect, _CENTER,
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


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
    """Paints a RAG chip from the ``Role.RAG_*`` and ``Role.TREND*`` roles."""

    CHIP_HEIGHT = 18
    # The roles it paints from, as ints (an enum member costs a lookup on every paint).
    _RAG_KEY, _RAG_LABEL, _RAG_COLOUR = int(Role.RAG_KEY), int(Role.RAG_LABEL), int(Role.RAG_COLOUR)
    _TREND, _TREND_COLOUR = int(Role.TREND), int(Role.TREND_COLOUR)
    _RAG_OUTLINE, _RAG_MARK = int(Role.RAG_OUTLINE), int(Role.RAG_MARK)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, dict[str, int]]] = {}
        self._chips: dict[tuple[Any, ...], QPixmap] = {}

    def _chip_font(self, base: QFont) -> tuple[QFont, dict[str, int]]:
        """The chip's font for a cell in ``base``, and the widths of the texts measured
        in it so far (a chip's few labels and arrows are measured once)."""
        key = base.key()
        cached = self._fonts.get(key)
        if cached is None:
            font = QFont(base)
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            font.setWeight(QFont.Weight.DemiBold)
            cached = (font, _Widths(QFontMetrics(font)))
            self._fonts[key] = cached
        return cached

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        data = _reader(index)
        chip = self._chip_roles(index, data)
        if chip is None:
            super().paint(painter, option, index)
            return
        _own_look(self, option, index, data)
        _draw_background(self, painter, option, index)
        palette = option.palette
        rect = option.rect
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        # A chip is drawn once per look and size, then copied: a repaint of a large
        # table paints hundreds of chips of a dozen looks.
        label, colour, arrow, arrow_colour, outlined, marked = chip
        look = (str(label or ""), str(colour or "#b1b4b6"), str(arrow or ""), arrow_colour,
                bool(outlined), bool(marked), rect.width(), rect.height(), option.font.key(),
                palette.color(_TEXT).rgba(), palette.color(_BASE).rgba(), ratio)
        pixmap = self._chips.get(look)
        if pixmap is None:
            if len(self._chips) > 512:
                self._chips.clear()
            pixmap = self._chips[look] = self._draw_chip(look, option.font, palette)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _chip_roles(self, index: Index, data: Any) -> tuple[Any, ...] | None:
        """The chip's label, colour, trend arrow and its colour, outline and mark; ``None``
        for a cell without a chip. A model that offers ``rag_chip(index)`` answers them
        in one call (a repaint asks for every chip of the screen)."""
        model = index.model()
        chip_of = getattr(model, "rag_chip", None)
        if chip_of is not None:
            chip: tuple[Any, ...] | None = chip_of(index)
            return chip
        if data(index, self._RAG_KEY) is None:
            return None
        return (data(index, self._RAG_LABEL), data(index, self._RAG_COLOUR),
                data(index, self._TREND), data(index, self._TREND_COLOUR),
                data(index, self._RAG_OUTLINE), data(index, self._RAG_MARK))

    def _draw_chip(self, look: tuple[Any, ...], base_font: QFont,
                   palette: QPalette) -> QPixmap:
        """A cell-sized transparent pixmap of one chip (and its trend arrow)."""
        label, fill_name, arrow, arrow_colour, outlined, marked, width, height = look[:8]
        ratio = look[-1]
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(_TRANSPARENT)
        painter = QPainter(pixmap)
        painter.setRenderHint(_ANTIALIAS)
        fill = _COLOURS.colour(fill_name)
        font, widths = self._chip_font(base_font)
        orect = QRect(0, 0, width, height)
        rect = orect.adjusted(4, 0, -4, 0)
        arrow_w = widths[arrow] + 4 if arrow else 0
        full_w = widths[label] + 16
        room = rect.width() - arrow_w
        text = label if full_w <= room else label[:1]
        chip_w = max(min(full_w if text == label else widths[text] + 12, room),
                     self.CHIP_HEIGHT)
        h = self.CHIP_HEIGHT
        chip = QRectF(rect.left(), rect.center().y() - h / 2 + 1, chip_w, h)
        if outlined:
            painter.setPen(_COLOURS.pen(fill_name))
            painter.setBrush(_NO_BRUSH)
            text_colour = palette.color(_TEXT)
        else:
            painter.setPen(_NO_PEN)
            painter.setBrush(fill)
            text_colour = _COLOURS.text_on(fill_name)
        painter.drawRoundedRect(chip.adjusted(0.75, 0.75, -0.75, -0.75), h / 2, h / 2)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(chip, _CENTER, text)
        if marked:
            painter.setPen(QPen(palette.color(_BASE), 1))
            painter.setBrush(palette.color(_TEXT))
            painter.drawEllipse(QRectF(chip.right() - 4, chip.top() - 1.5, 5, 5))
        if arrow:
            colour = _COLOURS.colour(str(arrow_colour)) if arrow_colour else palette.color(_TEXT)
            painter.setPen(colour)
            arrow_rect = QRectF(chip.right() + 3, orect.top(), arrow_w, orect.height())
            painter.drawText(arrow_rect, _VCENTER_LEFT, arrow)
        painter.end()
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.CHIP_HEIGHT + 6))


class ProgressBarDelegate(EditorDelegate):
    """Paints ``Role.PROGRESS`` (0–1) as a bar with ``Role.PROGRESS_TEXT`` beside it."""

    _PROGRESS, _PROGRESS_TEXT, _KIND = int(Role.PROGRESS), int(Role.PROGRESS_TEXT), int(Role.KIND)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widths: dict[str, int] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        data = _reader(index)
        ratio = data(index, self._PROGRESS)
        if data(index, self._KIND) == "group":
            super().paint(painter, option, index)
            return
        _own_look(self, option, index, data)
        _draw_background(self, painter, option, index)
        text = str(data(index, self._PROGRESS_TEXT) or "—")
        painter.save()
        painter.setRenderHint(_ANTIALIAS)
        font = option.font
        text_w = self._text_width(font)
        rect = option.rect.adjusted(6, 0, -6, 0)
        selected = bool(option.state & _SELECTED)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else _TEXT
        bar_w = rect.width() - text_w
        if ratio is not None and bar_w > 12:
            bar = QRectF(rect.left(), rect.center().y() - 3, bar_w, 6)
            painter.setPen(_NO_PEN)
            painter.setBrush(palette.color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(bar, 3, 3)
            done = QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(1.0, float(ratio))), 6)
            if done.width() > 0:
                painter.setBrush(palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(done, 3, 3)
        painter.setPen(palette.color(text_role))
        painter.setFont(font)
        orect = option.rect
        text_rect = QRectF(rect.right() - text_w, orect.top(), text_w, orect.height())
        painter.drawText(text_rect, _VCENTER_RIGHT, text)
        painter.restore()

    def _text_width(self, font: QFont) -> int:
        """Room for "100%" in ``font`` (measured once per font)."""
        key = font.key()
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = QFontMetrics(font).horizontalAdvance("100%") + 6
        return width

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

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class _CommitAtOnce(QStyledItemDelegate):
    """An editor's change is committed at once, so a persistent editor behaves like a
    form field."""

    @Slot(int)
    def _on_editor_changed(self, _value: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)


class ChoiceDelegate(_CommitAtOnce):
    """A combo box listing the cell's ``Role.CHOICES`` (label, value) pairs."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        combo.setAutoFillBackground(True)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMaxVisibleItems(20)
        for label, value in index.data(Role.CHOICES) or []:
            combo.addItem(label, value)
        combo.activated.connect(self._on_editor_changed)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if index.data(Role.TENTATIVE):
            editor.setPlaceholderText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            editor.setCurrentIndex(-1)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                return
        editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value: Any = editor.currentData()
        if editor.currentIndex() >= 0 and (value != index.data(Qt.ItemDataRole.EditRole)
                                           or index.data(Role.TENTATIVE)):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class SpinDelegate(_CommitAtOnce):
    """A spin box bounded by the cell's ``Role.RANGE``; commits on Enter, focus-out or arrows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("spin_editor")
        spin.setAutoFillBackground(True)  # hide the cell text painted underneath
        spin.setKeyboardTracking(False)
        low, high = index.data(Role.RANGE) or (1, 1_048_576)
        spin.setRange(int(low), int(high))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(self._on_editor_changed)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 1)
        if editor.value() != value:
            editor.blockSignals(True)
            editor.setValue(value)
            editor.blockSignals(False)
        line = editor.findChild(QLineEdit)
        if line is not None:
            line.deselect()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        if editor.value() != index.data(Qt.ItemDataRole.EditRole):
            if not model.setData(index, editor.value(), Qt.ItemDataRole.EditRole):
                self.setEditorData(editor, index)  # that row holds no header: snap back
