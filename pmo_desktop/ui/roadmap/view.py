"""Roadmap: every project as a bar on a time axis, grouped by programme.

Bars are coloured by the RAG the portfolio shows (reported, else calculated), with the
baseline as a hatched ghost where the dates moved; milestones are diamonds (a red edge
when critical, a hollow ghost at the baseline when slipped); a dashed line marks the
as-of date. A programme folds to its header; a project unfolds to its plan's phases.
Zoom by month, quarter or year (the buttons, or Ctrl+wheel); filter by programme, RAG
and text. The read runs off the GUI thread (``LoadingPage``); only the rows in view
are painted (``RoadmapCanvas``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import NOT_SET, RAG_KEYS, rag_key
from pmo_desktop.store.queries_schedule import RoadmapProject, RoadmapRead, roadmap_read

from ..context import AppContext
from ..viewkit.fmt import rag_text
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.widgets import MutedLabel, page_header, stacked_page
from .canvas import RoadmapCanvas
from .layout import ZOOMS, Scale, axis_for, spans

Read = tuple[RoadmapRead, Scale, dict[str, "tuple[date, date] | None"]]

LEGEND = ("Bar colour: RAG · solid part: % complete · hatched: baseline · ◆ milestone "
          "(red edge: critical, grey: achieved) · ◇ baseline of a slipped milestone · "
          "dashed line: as of")


class RoadmapView(LoadingPage):
    """The portfolio's roadmap; ``apply_filter`` takes ``programme``, ``rag``, ``text``."""

    ENTITIES = frozenset({"project", "milestone", "task", "programme", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "roadmap_view", parent)
        self.data: RoadmapRead | None = None
        self._axis = Scale(ctx.as_of(), ctx.as_of())
        self._spans: dict[str, tuple[date, date] | None] = {}
        self.canvas = RoadmapCanvas(self)
        self.canvas.open_requested.connect(self._on_canvas_open_requested)
        self.canvas.zoom_changed.connect(self._on_canvas_zoom_changed)
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Roadmap"))
        self.search = QLineEdit(self)
        self.search.setObjectName("roadmap_search")
        self.search.setPlaceholderText(tr("Filter projects…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._on_filter_changed)
        self.programme = QComboBox(self)
        self.programme.setObjectName("roadmap_programme")
        self.programme.addItem(tr("All programmes"), None)
        self.programme.currentIndexChanged.connect(self._on_filter_changed)
        self.rag = QComboBox(self)
        self.rag.setObjectName("roadmap_rag")
        self.rag.addItem(tr("Any RAG"), None)
        for key in RAG_KEYS:
            self.rag.addItem(rag_text(key), key)
        self.rag.currentIndexChanged.connect(self._on_filter_changed)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.zoom_buttons = QButtonGroup(self)
        for zoom in ZOOMS:
            button = QPushButton(tr(zoom.capitalize()), self)
            button.setObjectName(f"roadmap_zoom_{zoom}")
            button.setCheckable(True)
            button.setChecked(zoom == "quarter")
            button.setToolTip(tr("Show the axis by {z} (Ctrl+wheel zooms)").format(z=zoom))
            self.zoom_buttons.addButton(button)
            button.clicked.connect(lambda _c=False, z=zoom: self.canvas.set_zoom(z))
            tools.addWidget(button)
        tools.addSpacing(8)
        for text, name, call, tip in (
                (tr("Today"), "roadmap_today", lambda: self.canvas.scroll_to_day(
                    self.ctx.as_of()), tr("Scroll to the as-of date")),
                (tr("Expand all"), "roadmap_expand", lambda: self.canvas.set_folded(False),
                 tr("Show every programme's projects")),
                (tr("Collapse all"), "roadmap_collapse", lambda: self.canvas.set_folded(True),
                 tr("Show the programmes only"))):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(call)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.search)
        tools.addWidget(self.programme)
        tools.addWidget(self.rag)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        legend = MutedLabel(tr(LEGEND), page)
        legend.setObjectName("roadmap_legend")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self._stack = stacked_page(self, header, page, tr(
            "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio."))
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    # -- reading -----------------------------------------------------------------------
    def read_job(self) -> Callable[[Store], Read]:
        as_of = self.ctx.as_of()

        def read(store: Store) -> Read:  # the axis and spans too: off the GUI thread
            data = roadmap_read(store, as_of)
            return data, axis_for(data.projects, as_of), spans(data.projects)
        return read

    def fill(self, read: Read) -> None:
        value, self._axis, self._spans = read
        self.data = value
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(tr("All programmes"), None)
        for name in value.programmes:
            self.programme.addItem(name, name)
        self.programme.setCurrentIndex(max(0, self.programme.findData(current))
                                       if current else 0)
        self.programme.blockSignals(False)
        self._stack.setCurrentIndex(0 if value.projects else 1)
        self._show()

    def shown_projects(self) -> list[RoadmapProject]:
        """The projects the filters let through (programme, RAG, text in code or name)."""
        if self.data is None:
            return []
        programme, rag = self.programme.currentData(), self.rag.currentData()
        text = self.search.text().strip().lower()
        rags = self.data.rags
        return [p for p in self.data.projects
                if (programme is None or p.programme == programme)
                and (rag is None or rags.get(p.id, NOT_SET) == rag)
                and (not text or text in p.code.lower() or text in p.name.lower())]

    def _show(self) -> None:
        if self.data is None:
            return
        shown = self.shown_projects()
        scale = self._axis.with_zoom(self.canvas.scale.zoom)
        self.canvas.set_data(shown, self.data.rags, scale, self.ctx.as_of(), self._spans)
        total = len(self.data.projects)
        plans = sum(1 for p in self.data.projects if p.phases)
        count = tr("{n} of {t} projects").format(n=len(shown), t=total) \
            if len(shown) != total else tr("{t} projects").format(t=total)
        self._subtitle.setText(tr("{count} · {p} with a plan · as of {d}").format(
            count=count, p=plans, d=self.ctx.as_of().strftime("%d %b %Y")))

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.search.setText(str(filters.get("text") or ""))
        programme = filters.get("programme")
        self.programme.setCurrentIndex(max(0, self.programme.findData(programme))
                                       if programme else 0)
        rag = filters.get("rag")
        self.rag.setCurrentIndex(max(0, self.rag.findData(rag_key(str(rag)))) if rag else 0)

    # -- slots -----------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self._show()

    @Slot(str, str)
    def _on_canvas_open_requested(self, code: str, tab: str) -> None:
        self.navigate("project", {"code": code, **({"tab": tab} if tab else {})})

    @Slot(str)
    def _on_canvas_zoom_changed(self, zoom: str) -> None:
        for button in self.zoom_buttons.buttons():
            button.setChecked(button.objectName() == f"roadmap_zoom_{zoom}")


__all__ = ["RoadmapView"]
