"""The 5×5 probability × impact heat map: counts per cell, click to filter; with the
movement since the last closed period drawn on it (▲ moved up into a cell, ▼ down, + new,
◆ across; a dashed ghost where risks left a cell, − how many), the cell's tooltip naming
each risk that moved."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmo_desktop.domain.raid import Cell, Moved, Movement
from pmo_desktop.domain.risk import IMPACT_LABELS, PROBABILITY_LABELS, RiskBands

from ..plain import plain_tip
from ..viewkit.i18n import tr
from ..viewkit.theme import band_text_colour, muted_colour

MARGIN_LEFT = 34
MARGIN_BOTTOM = 30
MARK = {Movement.UP: "▲", Movement.DOWN: "▼", Movement.IN: "+", Movement.ACROSS: "◆"}
TIP_LINES = 8  # moves named in a cell's tooltip before "… and n more"


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
        self._moved: list[Moved] = []
        self._since = ""
        self.what = "open threats"

    def set_bands(self, bands: RiskBands) -> None:
        self._bands = bands
        self.update()

    def set_counts(self, grid: list[list[int]]) -> None:
        """``grid[probability-1][impact-1]`` = number of open threats."""
        self._grid = [list(row) for row in grid]
        self.update()

    def set_movement(self, moved: list[Moved], since: str) -> None:
        """The risks that moved since the period ``since`` closed (drawn on the map)."""
        self._moved = list(moved)
        self._since = since
        self.update()

    def moved_into(self, cell: Cell) -> list[Moved]:
        return [m for m in self._moved if m.after == cell]

    def moved_out_of(self, cell: Cell) -> list[Moved]:
        return [m for m in self._moved if m.before == cell and m.after != cell]

    def marks(self, cell: Cell) -> str:
        """What the cell shows of the movement: ``▲2 +1`` (into it), ``−1`` (out)."""
        into: dict[Movement, int] = {}
        for m in self.moved_into(cell):
            into[m.how] = into.get(m.how, 0) + 1
        text = " ".join(f"{MARK[h]}{n}" for h, n in into.items())
        out = len(self.moved_out_of(cell))
        return (text + (f" −{out}" if out else "")).strip()

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
                self._paint_moves(painter, rect, (p, i))
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

    def _paint_moves(self, painter: QPainter, rect: QRectF, cell: Cell) -> None:
        marks = self.marks(cell)
        if not marks:
            return
        colour = band_text_colour(QColor(self._bands.band(cell[0] * cell[1]).colour))
        if self.moved_out_of(cell):  # a ghost: risks were here at the period's close
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 3, 3)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.78))
        small.setBold(True)
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        width = min(rect.width() - 2, metrics.horizontalAdvance(marks) + 6)
        badge = QRectF(rect.right() - width - 1, rect.top() + 1, width, metrics.height() + 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))  # a chip that reads on any band colour
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("#1B1B1B"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), marks)

    def cell_tip(self, cell: Cell) -> str:
        """The tooltip of a cell: its scores, its count, and what moved in and out."""
        p, i = cell
        lines = [tr("Probability {p} ({pl}) × impact {i} ({il}) = {s}, {b}").format(
            p=p, pl=PROBABILITY_LABELS[p], i=i, il=IMPACT_LABELS[i], s=p * i,
            b=self._bands.band(p * i).label),
            tr("{n} {what} — click to filter").format(n=self.count(p, i), what=self.what)]
        for title, moves in ((tr("Moved here since {p}:"), self.moved_into(cell)),
                             (tr("Left since {p}:"), self.moved_out_of(cell))):
            if moves:
                lines.append(title.format(p=self._since))
                lines += [f"  {m.sentence()}" for m in moves[:TIP_LINES]]
                if len(moves) > TIP_LINES:
                    lines.append(tr("  … and {n} more").format(n=len(moves) - TIP_LINES))
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        self.setToolTip("" if cell is None else plain_tip(self.cell_tip(cell)))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(*cell)
        super().mouseReleaseEvent(event)
