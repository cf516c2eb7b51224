"""The Plan tab's Gantt pane, beside the task tree and row for row with it.

It has no rows of its own: it paints the tree's visible rows where the tree shows them
(``QTreeView.visualRect``), so folding a summary or scrolling the tree moves the bars
with it; the wheel over the pane scrolls the tree. Bars carry their % complete, summary
tasks are brackets, milestones diamonds, the baseline a hatched ghost where the dates
moved, critical tasks a red edge; a dashed line marks the as-of date. Ctrl+wheel zooms.

Signals:
    zoom_changed(str): the zoom after Ctrl+wheel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTreeView, QWidget

from pmo_desktop.store.queries_schedule import TaskRow

from ..roadmap.layout import ZOOMS, Bar, Diamond, Scale, bar, ghost_bar, task_diamond
from ..roadmap.paint import (
    PHASE, SUMMARY, Pens, paint_axis, paint_bar, paint_bracket, paint_diamond, paint_ghost,
    paint_grid, paint_today, paint_today_tag,
)
from .plan_model import PlanModel


@dataclass(frozen=True)
class GanttRow:
    """Where one visible task is drawn: its viewport y and height, bar, ghost, diamond."""

    task: TaskRow
    y: float
    height: float
    bar: Bar | None
    ghost: Bar | None
    diamond: Diamond | None


class GanttPane(QAbstractScrollArea):
    zoom_changed = Signal(str)

    def __init__(self, tree: QTreeView, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_gantt")
        self.tree, self.model = tree, model
        self.scale = Scale(date.today(), date.today())
        self.today = date.today()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalScrollBar().setSingleStep(40)
        tree.verticalScrollBar().valueChanged.connect(self.viewport().update)
        tree.expanded.connect(self.viewport().update)
        tree.collapsed.connect(self.viewport().update)
        model.modelReset.connect(self.viewport().update)

    def set_scale(self, scale: Scale, today: date) -> None:
        """Show ``scale`` (a new plan: scroll to its first bar)."""
        self.scale, self.today = scale, today
        self._update_range()
        self.viewport().update()

    def set_zoom(self, zoom: str) -> None:
        if zoom not in ZOOMS or zoom == self.scale.zoom:
            return
        middle = self.horizontalScrollBar().value() + self.viewport().width() / 2
        day = self.scale.day_at(middle)
        self.scale = self.scale.with_zoom(zoom)
        self._update_range()
        self.horizontalScrollBar().setValue(int(self.scale.x(day) - self.viewport().width() / 2))
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def scroll_to_day(self, day: date) -> None:
        self._update_range()
        self.horizontalScrollBar().setValue(int(self.scale.x(day) - 40))

    def _update_range(self) -> None:
        h = self.horizontalScrollBar()
        h.setPageStep(max(40, self.viewport().width()))
        h.setRange(0, max(0, int(self.scale.width) - self.viewport().width()))

    def header_height(self) -> int:
        """Where the tree's first row starts, in this pane's viewport: the axis above it
        is as tall as the tree's header, so rows line up."""
        tree_top = self.tree.viewport().mapTo(self.window(), QPoint(0, 0)).y()
        mine = self.viewport().mapTo(self.window(), QPoint(0, 0)).y()
        return max(24, tree_top - mine)

    def rows(self) -> list[GanttRow]:
        """The tree's visible rows, top to bottom, with the geometry they are drawn at."""
        out: list[GanttRow] = []
        top = self.header_height()
        limit = self.viewport().height()
        index = self.tree.indexAt(QPoint(1, 1))
        while index.isValid():
            rect = self.tree.visualRect(index)
            y = top + rect.top()
            if y > limit:
                break
            task = self.model.task(index)
            if task is not None:
                out.append(self._row(task, y, rect.height()))
            index = self.tree.indexBelow(index)
        return out

    def _row(self, t: TaskRow, y: float, height: float) -> GanttRow:
        if t.is_milestone:
            return GanttRow(t, y, height, None, None, task_diamond(self.scale, t))
        return GanttRow(t, y, height, bar(self.scale, t.start, t.finish),
                        ghost_bar(self.scale, t.start, t.finish, t.start_baseline,
                                  t.finish_baseline), None)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        view = self.viewport()
        w, h = view.width(), view.height()
        pens = Pens.of(self.palette())
        top = self.header_height()
        offset = self.horizontalScrollBar().value()
        left = -offset
        p = QPainter(view)
        p.fillRect(0, 0, w, h, pens.base)
        current = self.model.task(self.tree.currentIndex())
        current_id = current.id if current is not None else None
        rows = self.rows()
        for r in rows:
            if r.task.id == current_id:
                p.fillRect(QRectF(0, r.y, w, r.height), pens.highlight)
        paint_grid(p, self.scale, pens, 0, top, w, h - top, offset)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for r in rows:
            self._paint_row(p, r, left, pens)
        paint_today(p, left + self.scale.x(self.today) + self.scale.px_per_day / 2, top, h - top)
        paint_axis(p, self.scale, pens, 0, 0, w, top, offset)
        paint_today_tag(p, left + self.scale.x(self.today) + self.scale.px_per_day / 2,
                        top, self.today.strftime("%d %b"), 0)
        p.end()

    def _paint_row(self, p: QPainter, r: GanttRow, left: float, pens: Pens) -> None:
        t, mid = r.task, r.y + r.height / 2
        if r.ghost is not None:
            paint_ghost(p, r.ghost, left, r.y + r.height - 6, 4, pens)
        if r.diamond is not None:
            paint_diamond(p, r.diamond, left, mid, pens)
        elif r.bar is not None and t.is_summary:
            paint_bracket(p, r.bar, left, mid - 5, 10, QColor(SUMMARY))
        elif r.bar is not None:
            paint_bar(p, r.bar, left, mid - 6, 11, QColor(PHASE), t.pct_complete,
                      critical=t.critical)

    # -- events ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._update_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            at = ZOOMS.index(self.scale.zoom)
            step = -1 if event.angleDelta().y() > 0 else 1
            self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, at + step))])
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
        else:  # the rows are the tree's: let it scroll
            QApplication.sendEvent(self.tree.viewport(), event)
        event.accept()

    def index_at(self, y: float) -> QModelIndex:
        return self.tree.indexAt(QPoint(1, int(y - self.header_height())))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        index = self.index_at(event.position().y())
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        index = self.index_at(event.position().y())
        if index.isValid():
            self.tree.doubleClicked.emit(index)


__all__ = ["GanttPane", "GanttRow"]
