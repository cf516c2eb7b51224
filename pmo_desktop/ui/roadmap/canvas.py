"""The roadmap itself: a painted scroll area with a frozen left column (programme,
code and name) and a frozen time-axis header; only the rows in view are painted.

Mouse: a click on a programme's or project's arrow folds it; a double-click on a
project (or one of its phases) opens its page. Keyboard: Up/Down move, Left/Right fold
and unfold, Enter opens, Space folds. Ctrl+wheel zooms around the pointer's date.

Signals:
    open_requested(str, str): a project's code and the page's tab to show ("" or "plan").
    zoom_changed(str): the zoom after Ctrl+wheel or ``set_zoom``.
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.queries_common import NOT_SET
from pmo_desktop.store.queries_schedule import RoadmapProject

from ..plain import plain_tip
from ..viewkit.i18n import tr
from .layout import (
    HEADER_H, LEFT_W, ROW_H, ZOOMS, Bar, Diamond, Row, Scale, bar, build_rows, diamonds,
    ghost_bar, task_diamond,
)
from .paint import (
    PHASE, SUMMARY, Pens, paint_axis, paint_bar, paint_bracket, paint_diamond, paint_ghost,
    paint_grid, paint_today, paint_today_tag,
)
from .tips import diamond_tip, row_tip

INDENT = 18


class RoadmapCanvas(QAbstractScrollArea):
    open_requested = Signal(str, str)
    zoom_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_canvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.projects: list[RoadmapProject] = []
        self.rags: dict[int, str] = {}
        self.rows: list[Row] = []
        self.collapsed: set[str] = set()
        self.expanded: set[int] = set()
        self.scale = Scale(date.today(), date.today())
        self.today = date.today()
        self.current = -1
        self.spans: dict[str, tuple[date, date] | None] | None = None
        self.verticalScrollBar().setSingleStep(ROW_H)
        self.horizontalScrollBar().setSingleStep(40)

    # -- data ------------------------------------------------------------------------
    def set_data(self, projects: Sequence[RoadmapProject], rags: dict[int, str],
                 scale: Scale, today: date,
                 spans: dict[str, tuple[date, date] | None] | None = None) -> None:
        """Show ``projects`` (programme then code) on ``scale``; folds are kept.
        ``spans``: each programme's span (worked out here when not given)."""
        self.projects, self.rags, self.today = list(projects), rags, today
        self.spans = spans
        first = self.scale.origin == self.scale.end
        self.scale = scale
        self._rebuild()
        if first:
            self.scroll_to_day(today)

    def _rebuild(self) -> None:
        keep = self._row_key(self.current)
        self.rows = build_rows(self.projects, self.collapsed, self.expanded, self.spans)
        found = next((i for i in range(len(self.rows)) if self._row_key(i) == keep), -1) \
            if keep is not None else -1
        self.current = found if found >= 0 else (0 if self.rows and self.current >= 0 else -1)
        self._update_ranges()
        self.viewport().update()

    def _row_key(self, index: int) -> tuple[str, object] | None:
        if not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        if row.kind == "group":
            return ("group", row.programme)
        assert row.project is not None
        return (row.kind, row.task.id if row.task else row.project.id)

    def _update_ranges(self) -> None:
        view = self.viewport()
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        v.setPageStep(max(ROW_H, view.height() - HEADER_H))
        v.setRange(0, max(0, len(self.rows) * ROW_H - (view.height() - HEADER_H)))
        h.setPageStep(max(40, view.width() - LEFT_W))
        h.setRange(0, max(0, int(self.scale.width) - (view.width() - LEFT_W)))

    # -- folding and zoom ------------------------------------------------------------
    def toggle(self, index: int) -> None:
        """Fold or unfold row ``index`` (a programme, or a project with phases)."""
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        if row.kind == "group":
            self.collapsed ^= {row.programme}
        elif row.expandable and row.project is not None:
            self.expanded ^= {row.project.id}
        self.current = index
        self._rebuild()

    def is_folded(self, row: Row) -> bool:
        """A programme shows its header only / a project hides its phases."""
        if row.kind == "group":
            return row.programme in self.collapsed
        return row.project is not None and row.project.id not in self.expanded

    def set_folded(self, collapse_all: bool) -> None:
        self.collapsed = {r.programme for r in build_rows(self.projects, set(), set())
                          if r.kind == "group"} if collapse_all else set()
        if collapse_all:
            self.expanded = set()
        self._rebuild()

    def set_zoom(self, zoom: str, anchor_x: float | None = None) -> None:
        """Zoom to ``zoom`` keeping the date at viewport x ``anchor_x`` (default: the
        middle of the chart) where it is."""
        if zoom not in ZOOMS or zoom == self.scale.zoom:
            return
        chart_w = self.viewport().width() - LEFT_W
        ax = chart_w / 2 if anchor_x is None else max(0.0, anchor_x - LEFT_W)
        day = self.scale.day_at(self.horizontalScrollBar().value() + ax)
        self.scale = self.scale.with_zoom(zoom)
        self._update_ranges()
        self.horizontalScrollBar().setValue(int(self.scale.x(day) - ax))
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def scroll_to_day(self, day: date) -> None:
        """Put ``day`` a third of the way into the chart."""
        self._update_ranges()
        chart_w = self.viewport().width() - LEFT_W
        self.horizontalScrollBar().setValue(int(self.scale.x(day) - chart_w / 3))

    # -- geometry asked by tests and the tooltip --------------------------------------
    def row_at(self, y: float) -> int:
        if y < HEADER_H:
            return -1
        index = int((y - HEADER_H + self.verticalScrollBar().value()) // ROW_H)
        return index if 0 <= index < len(self.rows) else -1

    def row_y(self, index: int) -> float:
        return HEADER_H + index * ROW_H - self.verticalScrollBar().value()

    def chart_left(self) -> float:
        """Viewport x of the axis' origin (the chart scrolled left by the scroll bar)."""
        return LEFT_W - self.horizontalScrollBar().value()

    def marks(self, index: int) -> list[Diamond]:
        row = self.rows[index]
        if row.kind == "project" and row.project is not None:
            return diamonds(self.scale, row.project)
        if row.kind == "phase" and row.task is not None and row.task.is_milestone:
            d = task_diamond(self.scale, row.task)
            return [d] if d else []
        return []

    def bars(self, index: int) -> tuple[Bar | None, Bar | None]:
        """Row ``index``'s bar and its baseline ghost (either may be None)."""
        row = self.rows[index]
        if row.kind == "group":
            span = row.span
            return (bar(self.scale, span[0].isoformat(), span[1].isoformat())
                    if span else None), None
        if row.task is not None:
            t = row.task
            return bar(self.scale, t.start, t.finish), ghost_bar(
                self.scale, t.start, t.finish, t.start_baseline, t.finish_baseline)
        assert row.project is not None
        p = row.project
        return bar(self.scale, p.start, p.finish), ghost_bar(
            self.scale, p.start, p.finish, p.start_baseline, p.finish_baseline)

    def colour(self, row: Row) -> QColor:
        if row.project is None:
            return QColor(SUMMARY)
        if row.kind == "phase":
            return QColor(PHASE)
        rag = self.rags.get(row.project.id, NOT_SET)
        return QColor(Rag.parse(None if rag == NOT_SET else rag).colour)

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        view = self.viewport()
        w, h = view.width(), view.height()
        pens = Pens.of(self.palette())
        p = QPainter(view)
        p.fillRect(0, 0, w, h, pens.base)
        offset = self.horizontalScrollBar().value()
        first = max(0, self.row_at(HEADER_H))
        last = min(len(self.rows), first + (h - HEADER_H) // ROW_H + 2)
        chart = QRectF(LEFT_W, HEADER_H, w - LEFT_W, h - HEADER_H)
        p.save()
        p.setClipRect(chart)
        for i in range(first, last):
            self._paint_row_back(p, i, w, pens)
        paint_grid(p, self.scale, pens, LEFT_W, HEADER_H, w - LEFT_W, h - HEADER_H, offset)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left = self.chart_left()
        for i in range(first, last):
            self._paint_row_chart(p, i, left, pens)
        paint_today(p, left + self.scale.x(self.today) + self.scale.px_per_day / 2,
                    HEADER_H, h - HEADER_H)
        p.restore()
        paint_axis(p, self.scale, pens, LEFT_W, 0, w - LEFT_W, HEADER_H, offset)
        paint_today_tag(p, self.chart_left() + self.scale.x(self.today) + self.scale.px_per_day / 2,
                        HEADER_H, self.today.strftime("%d %b"), LEFT_W)
        self._paint_left(p, first, last, h, pens)
        p.end()

    def _paint_row_back(self, p: QPainter, i: int, w: int, pens: Pens) -> None:
        y = self.row_y(i)
        if self.rows[i].kind == "group":
            p.fillRect(QRectF(0, y, w, ROW_H), pens.band)
        if i == self.current:
            p.fillRect(QRectF(0, y, w, ROW_H), pens.highlight)

    def _paint_row_chart(self, p: QPainter, i: int, left: float, pens: Pens) -> None:
        row, y = self.rows[i], self.row_y(i)
        main, ghost = self.bars(i)
        if row.kind == "group":
            if main:
                paint_bracket(p, main, left, y + ROW_H / 2 - 3, 8, QColor(pens.muted))
            return
        colour = self.colour(row)
        thin = row.kind == "phase"
        top, height = (y + 8, ROW_H - 16) if thin else (y + 5, ROW_H - 12)
        if ghost:
            paint_ghost(p, ghost, left, y + ROW_H - 7, 4, pens)
        if main and not (row.task is not None and row.task.is_milestone):
            pct = row.task.pct_complete if row.task else row.project.pct_complete \
                if row.project else None
            paint_bar(p, main, left, top, height, colour, pct)
        for d in self.marks(i):
            paint_diamond(p, d, left, y + ROW_H / 2, pens)

    def _paint_left(self, p: QPainter, first: int, last: int, h: int, pens: Pens) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(QRectF(0, 0, LEFT_W, h), pens.base)
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        p.setPen(pens.muted)
        p.setFont(bold)
        p.drawText(QRectF(10, 0, LEFT_W - 20, HEADER_H), Qt.AlignmentFlag.AlignVCenter,
                   tr("Programme / project"))
        p.save()
        p.setClipRect(QRectF(0, HEADER_H, LEFT_W, h - HEADER_H))
        for i in range(first, last):
            self._paint_label(p, i, pens, font, bold)
        p.restore()
        p.setPen(pens.major)
        p.drawLine(LEFT_W - 1, 0, LEFT_W - 1, h)
        p.drawLine(0, HEADER_H - 1, LEFT_W, HEADER_H - 1)

    def _paint_label(self, p: QPainter, i: int, pens: Pens, font: QFont, bold: QFont) -> None:
        row, y = self.rows[i], self.row_y(i)
        self._paint_row_back(p, i, LEFT_W, pens)
        depth = {"group": 0, "project": 1, "phase": 2}[row.kind]
        x = 8 + depth * INDENT
        if row.expandable:
            folded = self.is_folded(row)
            p.setPen(pens.muted)
            p.setFont(font)
            p.drawText(QRectF(x - 2, y, 14, ROW_H), Qt.AlignmentFlag.AlignCenter,
                       "▸" if folded else "▾")
        x += 14
        metrics = p.fontMetrics()
        if row.kind == "group":
            p.setFont(bold)
            p.setPen(pens.text)
            text = f"{row.label}  ({row.count})"
        elif row.kind == "project" and row.project is not None:
            p.setFont(bold)
            p.setPen(pens.text)
            code = row.project.code
            p.drawText(QRectF(x, y, 80, ROW_H), Qt.AlignmentFlag.AlignVCenter, code)
            x += max(64, p.fontMetrics().horizontalAdvance(code) + 8)
            p.setFont(font)
            text = row.label
        else:
            p.setFont(font)
            p.setPen(pens.muted)
            text = row.label
        metrics = p.fontMetrics()
        p.drawText(QRectF(x, y, LEFT_W - x - 6, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(LEFT_W - x - 6)))

    # -- events ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._update_ranges()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt)
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        index = self.row_at(event.position().y())
        if index < 0:
            return super().mousePressEvent(event)
        self.current = index
        row = self.rows[index]
        depth = {"group": 0, "project": 1, "phase": 2}[row.kind]
        arrow = 6 + depth * INDENT
        if row.expandable and arrow <= event.position().x() <= arrow + 18:
            self.toggle(index)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        index = self.row_at(event.position().y())
        if index >= 0:
            self.activate(index)

    def activate(self, index: int) -> None:
        """Open the project of row ``index`` (a programme's header folds instead)."""
        row = self.rows[index]
        if row.kind == "group":
            self.toggle(index)
        elif row.project is not None:
            self.open_requested.emit(row.project.code, "plan" if row.kind == "phase" else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key, n = event.key(), len(self.rows)
        if not n:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp,
                   Qt.Key.Key_Home, Qt.Key.Key_End):
            page = max(1, (self.viewport().height() - HEADER_H) // ROW_H - 1)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page,
                    Qt.Key.Key_PageUp: -page, Qt.Key.Key_Home: -n, Qt.Key.Key_End: n}[
                Qt.Key(key)]
            self.set_current(max(0, min(n - 1, self.current + step)))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.activate(self.current)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space) and self.current >= 0:
            folded = self.is_folded(self.rows[self.current])
            if key == Qt.Key.Key_Space or folded == (key == Qt.Key.Key_Right):
                self.toggle(self.current)
        else:
            super().keyPressEvent(event)

    def set_current(self, index: int) -> None:
        """Make row ``index`` current and scroll it into view."""
        self.current = index
        v = self.verticalScrollBar()
        top = index * ROW_H
        visible = self.viewport().height() - HEADER_H
        if top < v.value():
            v.setValue(top)
        elif top + ROW_H > v.value() + visible:
            v.setValue(top + ROW_H - visible)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            at = ZOOMS.index(self.scale.zoom)
            step = -1 if event.angleDelta().y() > 0 else 1  # wheel up: closer (month)
            self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, at + step))],
                          event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: object) -> bool:  # noqa: N802 (Qt)
        if isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)  # type: ignore[arg-type]

    def tip_at(self, pos: QPoint) -> str:
        """The tooltip of what is under viewport point ``pos`` (plain text)."""
        index = self.row_at(pos.y())
        if index < 0:
            return ""
        left = self.chart_left()
        if pos.x() >= LEFT_W:
            for d in self.marks(index):
                if abs(left + d.x - pos.x()) <= 7:
                    return diamond_tip(d)
        return row_tip(self.rows[index], self.rags)



__all__ = ["RoadmapCanvas"]
