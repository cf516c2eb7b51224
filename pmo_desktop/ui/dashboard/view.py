"""The dashboard page: figure tiles over three charts, every one a way in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import format_money, format_pct
from pmo_desktop.domain.rag import Rag, rate_cost
from pmo_desktop.domain.risk import Band
from pmo_desktop.store.labels import plural
from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import NOT_SET, parse_date
from pmo_desktop.store.queries_dashboard import DashboardFigures, dashboard

from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.widgets import EmptyState, Tile, page_header
from .charts import ProgrammeBudgetChart, RagDistributionChart, RagMixChart

NEUTRAL = "#1D70B8"
QUIET = "#B1B4B6"


# (object name, title, columns spanned) of each tile, in grid order: two rows of
# GRID_COLUMNS (the forecast tile is two wide for its money figures).
TILES = (
    ("tile_red", tr("Red"), 1), ("tile_amber", tr("Amber"), 1), ("tile_green", tr("Green"), 1),
    ("tile_false_green", tr("False greens"), 1),
    ("tile_better", tr("Better since last period"), 1),
    ("tile_worse", tr("Worse since last period"), 1), ("tile_stale", tr("Stale status"), 1),
    ("tile_forecast", tr("Forecast vs budget"), 2),
    ("tile_due", tr("Milestones due (30 days)"), 1),
    ("tile_overdue", tr("Milestones overdue"), 1), ("tile_critical", tr("Critical risks"), 1),
    ("tile_high", tr("High risks"), 1), ("tile_overallocated", tr("Over-allocated people"), 1),
)
GRID_COLUMNS = 7


class DashboardView(LoadingPage):
    """Portfolio figures as of the as-of date; tiles and charts open filtered views."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "dashboard_view", parent)
        self.figures: DashboardFigures | None = None
        self._targets: dict[str, tuple[str, dict[str, Any]]] = {}
        self.tiles: dict[str, Tile] = {}
        header, self._subtitle = page_header(tr("Dashboard"))
        self._stack = QStackedWidget(self)
        self._empty = EmptyState(tr(
            "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio."))
        self._stack.addWidget(self._build_content())
        self._stack.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(self._stack, 1)
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))
        self.reload()

    def _build_content(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        cell = 0
        for name, title, span in TILES:
            tile = Tile(title, name, body)
            tile.clicked.connect(self._on_tile_clicked)
            self.tiles[name] = tile
            grid.addWidget(tile, cell // GRID_COLUMNS, cell % GRID_COLUMNS, 1, span)
            cell += span
        for column in range(GRID_COLUMNS):
            grid.setColumnStretch(column, 1)
        self.rag_chart = RagDistributionChart(body)
        self.mix_chart = RagMixChart(body)
        self.budget_chart = ProgrammeBudgetChart(self.ctx.store.currency, body)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self.rag_chart, 4)
        charts.addWidget(self.mix_chart, 5)
        charts.addWidget(self.budget_chart, 6)
        for chart in (self.rag_chart, self.mix_chart, self.budget_chart):
            chart.picked.connect(self._on_chart_picked)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        body.setMinimumHeight(560)
        return scroll

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], DashboardFigures]:
        as_of = self.ctx.as_of()
        return lambda store: dashboard(store, as_of, store.thresholds(), store.risk_bands())

    def fill(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._stack.setCurrentIndex(0 if figures.projects else 1)
        compared = (tr(" · compared with {p}").format(p=figures.compared_with)
                    if figures.compared_with else tr(" · no closed period yet"))
        self._subtitle.setText(tr("As of {d} · {n}").format(
            d=figures.as_of.strftime("%d %b %Y"), n=plural(figures.projects, "project"))
            + compared)
        self._fill_tiles(figures)
        self.rag_chart.set_counts(figures.by_rag)
        self.mix_chart.set_mix(figures.rag_mix, figures.by_rag)
        self.budget_chart.set_programmes(figures.programmes)

    def _fill_tiles(self, f: DashboardFigures) -> None:
        money = self._money
        t = self._targets = {}
        for key in ("red", "amber", "green"):
            share = f.bac_by_rag[key] * 100 / f.total_bac if f.total_bac else None
            self.tiles[f"tile_{key}"].set_figure(
                str(f.by_rag[key]), tr("{m} · {p} of BAC").format(
                    m=money(f.bac_by_rag[key]), p=format_pct(share, 0)),
                Rag.parse(key).colour)
            t[f"tile_{key}"] = ("portfolio", {"rag": key})
        self.tiles["tile_false_green"].set_figure(
            str(len(f.false_green)), tr("Reported Green, calculated Red"),
            Rag.RED.colour if f.false_green else Rag.GREEN.colour, ", ".join(f.false_green))
        t["tile_false_green"] = ("portfolio", {"codes": list(f.false_green),
                                               "label": tr("False greens")})
        since = f.compared_with or tr("no closed period")
        for name, codes, trend, colour in (
                ("tile_better", f.improved, "improved", Rag.GREEN.colour),
                ("tile_worse", f.deteriorated, "deteriorated", Rag.RED.colour)):
            self.tiles[name].set_figure(str(len(codes)), tr("vs {p}").format(p=since),
                                        colour if codes else QUIET, ", ".join(codes))
            t[name] = ("portfolio", {"trend": trend, "codes": list(codes)})
        self.tiles["tile_stale"].set_figure(
            str(len(f.stale)), tr("No update in over {n} days").format(n=f.stale_days),
            Rag.AMBER.colour if f.stale else Rag.GREEN.colour, ", ".join(f.stale))
        t["tile_stale"] = ("portfolio", {"stale": True, "codes": list(f.stale)})
        cost = rate_cost(f.total_bac, f.total_eac, self.ctx.store.thresholds())
        sign = "+" if f.variance > 0 else ""
        self.tiles["tile_forecast"].set_figure(
            money(f.total_eac), tr("Budget {b} · {s}{v} ({p})").format(
                b=money(f.total_bac), s=sign, v=money(f.variance),
                p=sign + format_pct(f.variance_pct)),
            cost.colour if cost is not Rag.NOT_SET else NEUTRAL)
        t["tile_forecast"] = ("financials", {})
        self.tiles["tile_due"].set_figure(
            str(f.milestones_due), tr("in {n}").format(n=plural(len(f.due_codes), "project")), NEUTRAL)
        t["tile_due"] = ("portfolio", {"milestones": "due_30", "codes": f.due_codes})
        self.tiles["tile_overdue"].set_figure(
            str(f.milestones_overdue), tr("in {n}").format(n=plural(len(f.overdue_codes), "project")),
            Rag.RED.colour if f.milestones_overdue else Rag.GREEN.colour)
        t["tile_overdue"] = ("portfolio", {"milestones": "overdue", "codes": f.overdue_codes})
        for name, count, band in (("tile_critical", f.risks_critical, Band.CRITICAL),
                                  ("tile_high", f.risks_high, Band.HIGH)):
            self.tiles[name].set_figure(str(count), tr("Open threats"),
                                        band.colour if count else QUIET)
            t[name] = ("risks", {"type": "risk", "band": [band.value], "open": True,
                                 "threat": True})
        first, last = f.lookahead
        self.tiles["tile_overallocated"].set_figure(
            str(len(f.over_allocated)), tr("Over 100% in {a} – {b}").format(
                a=_month_label(first), b=_month_label(last)),
            Rag.RED.colour if f.over_allocated else Rag.GREEN.colour,
            ", ".join(f.over_allocated))
        t["tile_overallocated"] = ("resources", {"over_allocated": True,
                                                 "people": list(f.over_allocated)})
        if f.by_rag.get(NOT_SET):
            self.tiles["tile_green"].setToolTip(
                tr("{n} without a RAG yet").format(n=plural(f.by_rag[NOT_SET], "project")))

    def _money(self, value: float | None) -> str:
        return format_money(value, self.ctx.store.currency, compact=True)

    # -- clicks ----------------------------------------------------------------
    def target(self, tile_name: str) -> tuple[str, dict[str, Any]]:
        """Where a tile leads: the view name and its filter."""
        return self._targets[tile_name]

    @Slot()
    def _on_tile_clicked(self) -> None:
        sender = self.sender()
        name = sender.objectName() if sender is not None else ""
        if name in self._targets:
            view, filters = self._targets[name]
            self.navigate(view, filters)

    @Slot(str, dict)
    def _on_chart_picked(self, view: str, filters: dict[str, Any]) -> None:
        self.navigate(view, filters)


def _month_label(month: str) -> str:
    """``'2026-11'`` → ``'Nov 26'``."""
    day = parse_date(f"{month}-01")
    return day.strftime("%b %y") if day else month
