"""What the delegates reuse from one paint to the next, so a repaint of a large table
stays cheap: colours, pens and chip text colours made once per colour name
(``COLOURS``), text widths measured once per font (``TextWidths``), a model's
``data`` called directly (``reader``), and the cell background drawn without asking
the model for every role (``draw_background``). ``delegates`` paints with them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .theme import band_text_colour

Index = QModelIndex | QPersistentModelIndex

_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_ITEM = QStyle.ControlElement.CE_ItemViewItem


class CellColours:
    """``QColor``s, outline pens and chip text colours, made once per colour name (a
    delegate paints a few colours on every cell of every repaint)."""

    def __init__(self) -> None:
        self._colours: dict[str, QColor] = {}
        self._pens: dict[str, QPen] = {}
        self._text: dict[str, QColor] = {}

    def colour(self, name: Any) -> QColor:
        """``name`` as a colour (a ``QColor`` or ``Qt.GlobalColor`` is used as it is)."""
        if not isinstance(name, str):
            return QColor(name)
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = QColor(name)
        return colour

    def pen(self, name: str) -> QPen:
        pen = self._pens.get(name)
        if pen is None:
            pen = self._pens[name] = QPen(self.colour(name), 1.5)
        return pen

    def text_on(self, name: Any) -> QColor:
        if not isinstance(name, str):
            return band_text_colour(QColor(name))
        colour = self._text.get(name)
        if colour is None:
            colour = self._text[name] = band_text_colour(self.colour(name))
        return colour


COLOURS = CellColours()


class TextWidths(dict[str, int]):
    """Text widths in one font, each measured once (``widths[text]``)."""

    def __init__(self, metrics: QFontMetrics) -> None:
        super().__init__()
        self._metrics = metrics

    def __missing__(self, text: str) -> int:
        width = self[text] = self._metrics.horizontalAdvance(text)
        return width


def reader(index: Index) -> Any:
    """``data(index, role)`` of the index's model, called directly: a Python model
    answers without the round trip through ``QModelIndex.data`` and C++ (a chip asks
    for seven roles on every paint)."""
    model = index.model()
    return model.data if model is not None else _no_data


def _no_data(_index: Index, _role: int) -> None:
    return None


def own_look(delegate: QStyledItemDelegate, option: QStyleOptionViewItem, index: Index,
              data: Any) -> None:
    """Give ``option`` the cell's own font and text colour, if its model sets any (the
    chips and bars paint in them; most cells keep the view's, so the model is not asked
    for every role)."""
    if data(index, _FONT) is not None or data(index, _FOREGROUND) is not None:
        delegate.initStyleOption(option, index)


def draw_background(delegate: QStyledItemDelegate, painter: QPainter,
                     option: QStyleOptionViewItem, index: Index) -> None:
    """The model's background, selection, hover and focus, without its text or icon.

    The item's own look only adds a background brush, a check box or (on the focused
    cell) the text layout the focus frame follows: a cell with none of them is drawn
    from the view's option as it is, without asking the model for every role."""
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return
    opt = QStyleOptionViewItem(option)
    data = reader(index)
    if (option.state & _HAS_FOCUS or data(index, _CHECK) is not None
            or data(index, _BACKGROUND) is not None):
        delegate.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = opt.icon.__class__()
    style.drawControl(_ITEM, opt, painter, widget)
