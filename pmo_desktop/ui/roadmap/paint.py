"""Painting of time-axis charts, shared by the Roadmap and a project's Plan tab:
the axis header, grid lines, bars with progress, baseline ghosts, milestone diamonds
and the today line. Each function draws what ``layout`` computed; none decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPolygonF

from ..viewkit.theme import is_dark, muted_colour
from .layout import Bar, Diamond, Scale

CRITICAL = QColor("#d4351c")
TODAY = QColor("#1d70b8")
PHASE = QColor("#5b7083")
SUMMARY = QColor("#2f3b48")


@dataclass(frozen=True)
class Pens:
    """The colours of one paint, taken from the widget's palette once."""

    text: QColor
    muted: QColor
    grid: QColor
    major: QColor
    base: QColor
    band: QColor
    highlight: QColor
    ghost: QColor
    milestone: QColor

    @classmethod
    def of(cls, palette: QPalette) -> Pens:
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.Text)
        muted = muted_colour(palette)
        grid = QColor(text)
        grid.setAlpha(22)
        major = QColor(text)
        major.setAlpha(60)
        band = palette.color(QPalette.ColorRole.AlternateBase)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(55)
        ghost = QColor("#8a96a3" if not dark else "#7d8895")
        return cls(text, muted, grid, major, palette.color(QPalette.ColorRole.Base), band,
                   highlight, ghost, QColor("#e4e7eb" if dark else "#1f2933"))


def paint_axis(p: QPainter, scale: Scale, pens: Pens, left: float, top: float, width: float,
               height: float, offset: float) -> None:
    """The two-band header over ``[left, left + width)`` scrolled by ``offset``: years
    above, the zoom's unit below."""
    p.save()
    p.setClipRect(QRectF(left, top, width, height))
    p.fillRect(QRectF(left, top, width, height), pens.base)
    half = height / 2
    font = QFont(p.font())
    p.setPen(pens.major)
    p.drawLine(QPointF(left, top + height - 0.5), QPointF(left + width, top + height - 0.5))
    ticks = scale.ticks(offset - 200, offset + width)
    for i, tick in enumerate(ticks):
        x = left + tick.x - offset
        if tick.major:
            p.setPen(pens.major)
            p.drawLine(QPointF(x, top), QPointF(x, top + height))
            font.setBold(True)
            p.setFont(font)
            p.setPen(pens.text)
            p.drawText(QRectF(max(x, left) + 4, top, 200, half),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, tick.label)
        else:
            p.setPen(pens.grid)
            p.drawLine(QPointF(x, top + half), QPointF(x, top + height))
            font.setBold(False)
            p.setFont(font)
            p.setPen(pens.muted)
            nxt = next((t.x for t in ticks[i + 1:] if not t.major), tick.x + 90)
            p.drawText(QRectF(x + 3, top + half, max(10.0, nxt - tick.x - 4), half),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, tick.label)
    p.restore()


def paint_grid(p: QPainter, scale: Scale, pens: Pens, left: float, top: float, width: float,
               height: float, offset: float) -> None:
    """Vertical lines at the axis' boundaries, stronger at years."""
    for tick in scale.ticks(offset, offset + width):
        x = left + tick.x - offset
        if x < left:
            continue
        p.setPen(pens.major if tick.major else pens.grid)
        p.drawLine(QPointF(x, top), QPointF(x, top + height))


def paint_today(p: QPainter, x: float, top: float, height: float) -> None:
    pen = QPen(TODAY, 1.5, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, top + height))


def paint_today_tag(p: QPainter, x: float, bottom: float, label: str, left: float) -> None:
    """The as-of date's tag at the foot of the axis, over the today line."""
    if x < left:
        return
    width = p.fontMetrics().horizontalAdvance(label) + 10
    rect = QRectF(x - width / 2, bottom - 17, width, 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TODAY)
    p.drawRoundedRect(rect, 3, 3)
    p.setPen(QColor("#ffffff"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def paint_bar(p: QPainter, b: Bar, left: float, y: float, h: float, colour: QColor,
              pct: float | None, critical: bool = False) -> QRectF:
    """A rounded bar, the done part solid and the rest light; a red edge if critical."""
    rect = QRectF(left + b.x0, y, max(3.0, b.x1 - b.x0), h)
    light = QColor(colour)
    light.setAlpha(95)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(light)
    p.drawRoundedRect(rect, 3, 3)
    if pct:
        done = QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(1.0, pct)), h)
        p.setBrush(colour)
        p.drawRoundedRect(done, 3, 3)
    if critical:
        p.setPen(QPen(CRITICAL, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, 3, 3)
    return rect


def paint_ghost(p: QPainter, b: Bar, left: float, y: float, h: float, pens: Pens) -> None:
    """The baseline: a hatched outline where the bar was planned to be."""
    rect = QRectF(left + b.x0, y, max(3.0, b.x1 - b.x0), h)
    p.setPen(QPen(pens.ghost, 1, Qt.PenStyle.DashLine))
    p.setBrush(QBrush(pens.ghost, Qt.BrushStyle.BDiagPattern))
    p.drawRect(rect)


def paint_bracket(p: QPainter, b: Bar, left: float, y: float, h: float, colour: QColor) -> None:
    """A summary task: a thin bar with downward ticks at both ends."""
    x0, x1 = left + b.x0, left + max(b.x1, b.x0 + 3)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRect(QRectF(x0, y, x1 - x0, h * 0.45))
    for x, sign in ((x0, 1), (x1, -1)):
        p.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + sign * 6, y),
                                 QPointF(x, y + h)]))


def _diamond(x: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(x, cy - r), QPointF(x + r, cy), QPointF(x, cy + r),
                      QPointF(x - r, cy)])


def paint_diamond(p: QPainter, d: Diamond, left: float, cy: float, pens: Pens,
                  r: float = 6.0) -> None:
    """A milestone: its ghost at the baseline (hollow, dashed link) when it slipped,
    then the diamond (larger with a red edge when critical, light once achieved)."""
    x = left + d.x
    if d.ghost_x is not None:
        gx = left + d.ghost_x
        p.setPen(QPen(pens.ghost, 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(gx, cy), QPointF(x, cy))
        p.setPen(QPen(pens.ghost, 1.2))
        p.setBrush(pens.base)
        p.drawPolygon(_diamond(gx, cy, r - 1))
    size = r + 1.5 if d.critical else r
    fill = QColor(pens.milestone)
    if d.achieved:
        fill = QColor(pens.ghost)
    p.setBrush(fill)
    p.setPen(QPen(CRITICAL, 2) if d.critical else QPen(pens.base, 1))
    p.drawPolygon(_diamond(x, cy, size))


__all__ = ["CRITICAL", "PHASE", "Pens", "SUMMARY", "TODAY", "paint_axis", "paint_bar",
           "paint_bracket", "paint_diamond", "paint_ghost", "paint_grid", "paint_today",
           "paint_today_tag"]
