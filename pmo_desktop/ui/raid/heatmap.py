"""The 5×5 probability × impact heat map: counts per cell, click to filter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmo_desktop.domain.risk import IMPACT_LABELS, PROBABILITY_LABELS, RiskBands

from ..viewkit.i18n import tr
from ..viewkit.theme import band_text_colour, muted_colour

MARGIN_LEFT = 34
MARGIN_BOTTOM = 30


class RiskHeatmap(QWidget):
    """Probability on the Y axis (5 at the top), impact on the X axis (5 at the right).

    Signals:
        cell_clicked(int, int): probability and impact of the clicked cell.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, bands: RiskBands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_heatmap")
        self.setMinimumSize(200, 220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._bands = bands
        self._grid = [[0] * 5 for _ in range(5)]
        self._selected: tuple[int, int] | None = None

    def set_bands(self, bands: RiskBands) -> None:
        self._bands = bands
        self.update()

    def set_counts(self, grid: list[list[int]]) -> None:
        """``grid[probability-1][impact-1]`` = number of open threats."""
        self._grid = [list(row) for row in grid]
        self.update()

    def count(self, probability: int, impact: int) -> int:
        return self._grid[probability - 1][impact - 1]

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        self._selected = cell
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(214, 240)

    def _cell_rect(self, probability: int, impact: int) -> QRectF:
        side = min((self.width() - MARGIN_LEFT - 4) / 5, (self.height() - MARGIN_BOTTOM - 4) / 5)
        left = MARGIN_LEFT + (impact - 1) * side
        top = 2 + (5 - probability) * side
        return QRectF(left, top, side, side)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        for p in range(1, 6):
            for i in range(1, 6):
                if self._cell_rect(p, i).contains(point):
                    return p, i
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        for p in range(1, 6):
            for i in range(1, 6):
                rect = self._cell_rect(p, i).adjusted(1.5, 1.5, -1.5, -1.5)
                fill = QColor(self._bands.band(p * i).colour)
                count = self._grid[p - 1][i - 1]
                if not count:
                    fill = QColor(fill)
                    fill.setAlpha(70)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
                if self._selected == (p, i):
                    painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 3))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
                if count:
                    painter.setFont(bold)
                    painter.setPen(band_text_colour(QColor(self._bands.band(p * i).colour)))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))
        painter.setFont(self.font())
        painter.setPen(muted_colour(pal))
        for n in range(1, 6):
            row = self._cell_rect(n, 1)
            painter.drawText(QRectF(0, row.top(), MARGIN_LEFT - 6, row.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(n))
            col = self._cell_rect(1, n)
            painter.drawText(QRectF(col.left(), col.bottom() + 2, col.width(), 16),
                             int(Qt.AlignmentFlag.AlignCenter), str(n))
        last = self._cell_rect(1, 5)
        painter.drawText(QRectF(MARGIN_LEFT, last.bottom() + 14, last.right() - MARGIN_LEFT, 16),
                         int(Qt.AlignmentFlag.AlignCenter), tr("Impact →"))
        painter.save()
        top = self._cell_rect(5, 1)
        painter.translate(10, (top.top() + last.bottom()) / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-80, -8, 160, 16), int(Qt.AlignmentFlag.AlignCenter),
                         tr("Probability →"))
        painter.restore()
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is None:
            self.setToolTip("")
        else:
            p, i = cell
            self.setToolTip(tr("Probability {p} ({pl}) × impact {i} ({il}) = {s}, {b}\n"
                               "{n} open threats — click to filter").format(
                p=p, pl=PROBABILITY_LABELS[p], i=i, il=IMPACT_LABELS[i], s=p * i,
                b=self._bands.band(p * i).label, n=self.count(p, i)))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(*cell)
        super().mouseReleaseEvent(event)
