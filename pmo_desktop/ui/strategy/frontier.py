"""The efficient frontier chart (DOMAIN §8.3): the best total score each budget can buy,
the budget chosen as a vertical line and the current selection as a dot (below the line
when forcing or capacity hold it back). Paints what it is given; computes nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmo_desktop.domain.money import format_money


class FrontierChart(QWidget):
    """``set_data(points, budget, chosen, currency)``: points are (budget, best score)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontier_chart")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[float, float]] = []
        self.budget = 0.0
        self.chosen: tuple[float, float] | None = None
        self.currency = "GBP"

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 240)

    def set_data(self, points: Sequence[tuple[float, float]], budget: float,
                 chosen: tuple[float, float] | None, currency: str) -> None:
        self.points, self.budget, self.chosen, self.currency = list(points), budget, chosen, \
            currency
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(pal.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(110)
        area = QRectF(self.rect()).adjusted(56, 22, -44, -34)
        painter.setPen(text)
        painter.drawText(QRectF(area.left(), 2, area.width(), 18),
                         int(Qt.AlignmentFlag.AlignLeft),
                         "Efficient frontier: best total score for each budget")
        if not self.points or area.width() < 20 or area.height() < 20:
            painter.end()
            return
        max_b = max(max(b for b, _v in self.points), self.budget, 1.0)
        max_v = max(max(v for _b, v in self.points), 1.0)

        def at(b: float, v: float) -> QPointF:
            return QPointF(area.left() + area.width() * b / max_b,
                           area.bottom() - area.height() * v / max_v)

        painter.setPen(QPen(muted, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        for frac in (0.0, 0.5, 1.0):
            y = area.bottom() - area.height() * frac
            painter.drawText(QRectF(0, y - 8, 52, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{max_v * frac:,.0f}")
            x = area.left() + area.width() * frac
            painter.drawText(QRectF(x - 50, area.bottom() + 4, 100, 16),
                             int(Qt.AlignmentFlag.AlignCenter),
                             format_money(max_b * frac, self.currency, compact=True))
        line = QPolygonF()
        last = 0.0
        for b, v in sorted(self.points):  # a step: the best score holds until the next
            line.append(at(b, last))
            line.append(at(b, v))
            last = v
        line.append(at(max_b, last))
        painter.setPen(QPen(QColor("#2f6fb0"), 2))
        painter.drawPolyline(line)
        painter.setPen(QPen(QColor("#b0582f"), 1, Qt.PenStyle.DashLine))
        bx = at(self.budget, 0).x()
        painter.drawLine(QPointF(bx, area.top()), QPointF(bx, area.bottom()))
        painter.drawText(QRectF(bx + 4, area.top(), 160, 16), int(Qt.AlignmentFlag.AlignLeft),
                         f"budget {format_money(self.budget, self.currency, compact=True)}")
        if self.chosen is not None:
            dot = at(*self.chosen)
            painter.setPen(QPen(QColor("#b0582f"), 2))
            painter.setBrush(QColor("#f2c14e"))
            painter.drawEllipse(dot, 6, 6)
            painter.setPen(text)
            painter.drawText(QRectF(dot.x() - 170, dot.y() - 22, 160, 16),
                             int(Qt.AlignmentFlag.AlignRight), "current selection")
        painter.end()
