"""Code-built pieces of the view pages: tiles, titles, empty states, table views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.ui.plain import PLAIN, plain_tip

from .delegates import ChipDelegate
from .table_copy import install_table_tools
from .theme import muted_colour


def _scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class SectionTitle(QLabel):
    """A bold section heading."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(PLAIN)
        self.setFont(_scaled_font(self, 1.1, bold=True))


class MutedLabel(QLabel):
    """Secondary text that follows the palette."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(PLAIN)
        self.refresh_palette()

    def refresh_palette(self) -> None:
        self.setPalette(QPalette())  # inherit, then mute the text of what we inherit
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, muted_colour(pal))
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh_palette()


class EmptyState(QLabel):
    """A centred message that says what to do when there is nothing to show."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(PLAIN)
        self.setObjectName("empty_state")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFont(_scaled_font(self, 1.15))
        self.setMargin(40)


class _AccentBar(QWidget):
    """The coloured strip on a tile's left edge (painted, so style sheets leave it be)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(5)
        self._colour = QColor("#1D70B8")

    def set_colour(self, colour: QColor) -> None:
        self._colour = colour
        self.update()

    def colour(self) -> QColor:
        return QColor(self._colour)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)
        painter.end()


class Tile(QFrame):
    """A clickable figure: title, big value, detail line and an accent bar.

    Signals:
        clicked(): the tile was clicked or activated with Enter/Space.
    """

    clicked = Signal()

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMinimumHeight(92)
        self._bar = _AccentBar(self)
        self._title = MutedLabel(title, self)
        self._title.setFont(_scaled_font(self, 0.95, bold=True))
        self._value = QLabel("—", self)
        self._value.setTextFormat(PLAIN)
        self._value.setObjectName("tile_value")
        self._value.setFont(_scaled_font(self, 2.0, bold=True))
        self._detail = MutedLabel("", self)
        self._detail.setObjectName("tile_detail")
        self._detail.setWordWrap(True)
        text = QVBoxLayout()
        text.setContentsMargins(10, 8, 10, 8)
        text.setSpacing(2)
        text.addWidget(self._title)
        text.addWidget(self._value)
        text.addWidget(self._detail)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._bar)
        row.addLayout(text, 1)
        self._apply_palette()

    def set_figure(self, value: str, detail: str = "", accent: str | None = None,
                   tooltip: str | None = None) -> None:
        self._value.setText(value)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        if accent:
            self._bar.set_colour(QColor(accent))
        self.setToolTip(plain_tip(tooltip))
        self.setAccessibleName(f"{self._title.text()}: {value}. {detail}")
        self._apply_palette()

    def accent(self) -> QColor:
        return self._bar.colour()

    def value_text(self) -> str:
        return self._value.text()

    def detail_text(self) -> str:
        return self._detail.text()

    def _apply_palette(self) -> None:
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Base))
        self.setPalette(pal)
        self._title.refresh_palette()
        self._detail.refresh_palette()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._apply_palette()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def named_button(text: str, object_name: str, on_click: Callable[[], Any],
                 parent: QWidget) -> QPushButton:
    """A push button with an object name (for tests and style sheets) wired to ``on_click``."""
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.clicked.connect(on_click)
    return button


def page_header(title: str, subtitle: str = "", parent: QWidget | None = None
                ) -> tuple[QWidget, QLabel]:
    """A page title with a muted subtitle line; returns the widget and the subtitle."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    heading = QLabel(title, box)
    heading.setTextFormat(PLAIN)
    heading.setObjectName("page_title")
    heading.setFont(_scaled_font(box, 1.5, bold=True))
    sub = MutedLabel(subtitle, box)
    sub.setObjectName("page_subtitle")
    sub.setWordWrap(True)  # a long subtitle wraps instead of widening the window
    layout.addWidget(heading)
    layout.addWidget(sub)
    return box, sub


def make_table_view(model: QAbstractItemModel, object_name: str,
                    parent: QWidget | None = None) -> QTableView:
    """A sortable, row-selecting, read-only table with chip painting."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setItemDelegate(ChipDelegate(view))
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    install_table_tools(view)  # Ctrl+C, Export table…
    return view


def apply_column_widths(view: QTableView, widths: list[int | None]) -> None:
    """Give columns their declared width (others keep the default), never so narrow
    that the header's title is cut."""
    for column, width in enumerate(widths):
        if width:
            view.setColumnWidth(column, max(width, header_text_width(view, column)))


def header_text_width(view: QTableView, column: int) -> int:
    """The width a column needs for its header title in the (bold) header font."""
    header = view.horizontalHeader()
    model = view.model()
    text = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
    font = QFont(header.font())
    font.setBold(True)
    # The style sheet pads header sections by 6 px each side, plus a 1 px border.
    return QFontMetrics(font).horizontalAdvance(str(text or "")) + 2 * 6 + 4


FILL_FLOOR = 160
"""The narrowest a fill column (a name or title) gets before the table scrolls sideways."""


def fit_columns(view: QTableView, columns: Sequence[Any], floor: int = FILL_FLOOR) -> None:
    """Declared widths for ``columns`` (``viewkit.models.Column``s), and the one marked
    ``fill`` takes the room the others leave, down to ``floor``: a narrow window
    shortens (elides) the titles instead of pushing the other columns out of sight."""
    apply_column_widths(view, [c.width for c in columns])
    fill = next((i for i, c in enumerate(columns) if getattr(c, "fill", False)), None)
    fitter = view.findChild(_FillColumn, "fill_column")
    if fill is None:
        if fitter is not None:
            fitter.deleteLater()
        return
    view.horizontalHeader().setStretchLastSection(False)
    if fitter is None:
        fitter = _FillColumn(view)
    fitter.column = fill
    fitter.floor = max(floor, header_text_width(view, fill))
    fitter.fit()


class _FillColumn(QObject):
    """Keeps one column as wide as the viewport minus the other columns (not below
    a floor); refits when the table is resized or another column is."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.setObjectName("fill_column")
        self.view = view
        self.column = 0
        self.floor = FILL_FLOOR
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if self._fitting or not 0 <= self.column < header.count():
            return
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        width = max(self.floor, self.view.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            self._fitting = True
            header.resizeSection(self.column, width)
            self._fitting = False


def stacked_page(view: QWidget, header: QWidget, page: QWidget,
                 empty_text: str) -> QStackedWidget:
    """Lay ``view`` out as header over a stack of ``page`` (index 0) and an empty state
    saying ``empty_text`` (index 1); the caller switches with ``setCurrentIndex``."""
    stack = QStackedWidget(view)
    stack.addWidget(page)
    stack.addWidget(EmptyState(empty_text))
    layout = QVBoxLayout(view)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(10)
    layout.addWidget(header)
    layout.addWidget(stack, 1)
    return stack
