"""The dashboard's three QtCharts panels; every element reports clicks as a filter.

Each chart is a ``QChartView`` subclass with a ``picked(str, dict)`` signal carrying
the view to open and its filter, so the page only forwards it to ``ctx.navigate``.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries,
    QPieSeries, QPieSlice, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from pmo_desktop.domain.money import format_money
from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.queries_common import NOT_SET, parse_date
from pmo_desktop.store.queries_dashboard import PeriodMix, ProgrammeBudget

from ..plain import plain_tip
from ..viewkit.i18n import tr
from ..viewkit.theme import is_dark, muted_colour

RAG_ORDER = ("green", "amber", "red", NOT_SET)
BUDGET_COLOUR = "#1D70B8"
FORECAST_COLOUR = "#F47738"


def rag_label(key: str) -> str:
    return Rag.parse(None if key == NOT_SET else key).label


def rag_colour(key: str) -> str:
    return Rag.parse(None if key == NOT_SET else key).colour


class _ChartPanel(QChartView):
    """A palette-aware chart view.

    Signals:
        picked(str, dict): a chart element was clicked: open this view with this filter.
    """

    picked = Signal(str, dict)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(260, 240)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self._style_chart()

    def _style_chart(self) -> None:
        chart = self.chart()
        pal = self.palette()
        dark = is_dark(pal)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark
                       else QChart.ChartTheme.ChartThemeLight)
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(QBrush(base))
        chart.setBackgroundRoundness(6)
        chart.setBackgroundPen(QPen(pal.color(QPalette.ColorRole.Mid)))
        self.setBackgroundBrush(pal.color(QPalette.ColorRole.Window))
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLabelsFont(self.font())
            axis.setGridLineColor(muted_colour(pal).lighter(170) if not dark
                                  else muted_colour(pal).darker(170))
            axis.setLinePenColor(pal.color(QPalette.ColorRole.Mid))

    def _reset(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_chart()


class RagDistributionChart(_ChartPanel):
    """A donut of projects by overall RAG; a slice opens the portfolio filtered to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Projects by overall RAG"), "chart_rag_distribution", parent)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.slices: dict[str, QPieSlice] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        self._reset()
        self.slices = {}
        series = QPieSeries()
        series.setHoleSize(0.5)
        series.setPieSize(0.82)
        for key in RAG_ORDER:
            n = counts.get(key, 0)
            if not n and key == NOT_SET:
                continue
            piece = series.append(f"{rag_label(key)}  {n}", n)
            piece.setColor(QColor(rag_colour(key)))
            piece.setBorderColor(self.palette().color(QPalette.ColorRole.Base))
            piece.setBorderWidth(2)
            piece.setExplodeDistanceFactor(0.06)
            piece.setProperty("rag", key)
            self.slices[key] = piece
        series.clicked.connect(self._on_series_clicked)
        series.hovered.connect(self._on_series_hovered)
        self.chart().addSeries(series)
        self._style_chart()

    def click(self, key: str) -> None:
        """Act as if the slice of ``key`` was clicked."""
        self._on_series_clicked(self.slices[key])

    @Slot(QPieSlice)
    def _on_series_clicked(self, piece: QPieSlice) -> None:
        self.picked.emit("portfolio", {"rag": str(piece.property("rag"))})

    @Slot(QPieSlice, bool)
    def _on_series_hovered(self, piece: QPieSlice, state: bool) -> None:
        piece.setExploded(state)


class RagMixChart(_ChartPanel):
    """Stacked bars of the RAG mix per closed period (and now).

    A segment of a closed period opens that period's snapshot filtered to the RAG; a
    segment of "Now" opens the portfolio filtered to it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("RAG mix over the last periods"), "chart_rag_mix", parent)
        self.sets: dict[str, QBarSet] = {}
        self._periods: list[int | None] = []

    def set_mix(self, mix: list[PeriodMix], now: dict[str, int]) -> None:
        self._reset()
        self.sets = {}
        self._periods = [m.period_id for m in mix] + [None]
        categories = [html.escape(c) for c in _short_periods(mix)] + [tr("Now")]
        columns = [m.counts for m in mix] + [now]
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        keys = [k for k in RAG_ORDER if k != NOT_SET or any(c.get(k) for c in columns)]
        for key in keys:
            bar = QBarSet(rag_label(key))
            bar.setColor(QColor(rag_colour(key)))
            bar.setBorderColor(QColor(rag_colour(key)))
            bar.append([float(c.get(key, 0)) for c in columns])
            bar.setProperty("rag", key)
            self.sets[key] = bar
            series.append(bar)
        series.clicked.connect(self._on_series_clicked)
        chart = self.chart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        top = max((sum(c.values()) for c in columns), default=0)
        axis_y.setRange(0, max(1, top))
        axis_y.setTickCount(min(6, max(2, top + 1)))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self._style_chart()

    def click(self, key: str, column: int) -> None:
        """Act as if the segment of ``key`` in ``column`` was clicked."""
        self._on_series_clicked(column, self.sets[key])

    @Slot(int, QBarSet)
    def _on_series_clicked(self, index: int, bar: QBarSet) -> None:
        key = str(bar.property("rag"))
        period = self._periods[index] if 0 <= index < len(self._periods) else None
        if period is None:
            self.picked.emit("portfolio", {"rag": key})
        else:
            self.picked.emit("periods", {"period_id": period, "rag": key})


def _short_periods(mix: list[PeriodMix]) -> list[str]:
    """Month abbreviations of the period ends ("Oct"), or the labels when they clash."""
    short = []
    for m in mix:
        day = parse_date(m.as_of)
        short.append(day.strftime("%b") if day else m.label)
    return short if len(set(short)) == len(short) else [m.label for m in mix]


class ProgrammeBudgetChart(_ChartPanel):
    """Budget (BAC) against forecast (EAC) per programme; a bar opens the financials."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Budget vs forecast by programme"), "chart_programme_budget",
                         parent)
        self.currency = currency
        self.sets: dict[str, QBarSet] = {}
        self._names: list[str] = []

    def set_programmes(self, programmes: list[ProgrammeBudget]) -> None:
        self._reset()
        # Horizontal bars list the first category at the bottom: reverse to read top-down.
        rows = list(reversed(programmes))
        self._names = [p.name for p in rows]
        series = QHorizontalBarSeries()
        series.setBarWidth(0.75)
        self.sets = {}
        for key, label, colour, values in (
                ("bac", tr("Budget (BAC)"), BUDGET_COLOUR, [p.bac for p in rows]),
                ("eac", tr("Forecast (EAC)"), FORECAST_COLOUR, [p.eac for p in rows])):
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.append([v / 1e6 for v in values])
            self.sets[key] = bar
            series.append(bar)
        series.clicked.connect(self._on_series_clicked)
        series.hovered.connect(self._on_series_hovered)
        chart = self.chart()
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([_wrap(n or tr("No programme")) for n in self._names])
        axis_x = QValueAxis()
        top = max([max(p.bac, p.eac) for p in programmes] or [0.0]) / 1e6
        axis_x.setRange(0, max(1.0, top * 1.05))
        axis_x.setTickCount(5)
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%.0fm" if axis_x.max() >= 8 else "%.1fm")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self._programmes = {p.name: p for p in programmes}
        self._style_chart()

    def click(self, name: str) -> None:
        """Act as if a bar of programme ``name`` was clicked."""
        self._on_series_clicked(self._names.index(name), self.sets["bac"])

    @Slot(int, QBarSet)
    def _on_series_clicked(self, index: int, _bar: QBarSet) -> None:
        if 0 <= index < len(self._names):
            self.picked.emit("financials", {"programme": self._names[index]})

    @Slot(bool, int, QBarSet)
    def _on_series_hovered(self, state: bool, index: int, _bar: QBarSet) -> None:
        if not state or not 0 <= index < len(self._names):
            self.setToolTip("")
            return
        p = self._programmes[self._names[index]]
        self.setToolTip(plain_tip(
            tr("{name}\nBudget {bac} · Forecast {eac} · Variance (VAC) {vac}").format(
                name=p.name or tr("No programme"), bac=format_money(p.bac, self.currency),
                eac=format_money(p.eac, self.currency),
                vac=format_money(p.vac, self.currency))))


def _wrap(name: str, width: int = 16) -> str:
    """Break a long category name over two lines (axis labels take rich text, so the
    name is escaped)."""
    if len(name) <= width or " " not in name:
        return html.escape(name)
    words, first = name.split(), ""
    while words and len(first) + len(words[0]) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:
        first = words.pop(0)
    if not words:
        return html.escape(first)
    return f"{html.escape(first)}<br>{html.escape(' '.join(words))}"
