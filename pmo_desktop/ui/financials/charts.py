"""The Financials view's two QtCharts panels: the S-curve (cumulative PV, EV and AC by
month, and the EAC line from AC today to the chosen EAC at the forecast finish) and CPI
and SPI by closed period. Clicking a point names its month or period (``picked``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from pmo_desktop.domain.evm_phased import MonthFigures
from pmo_desktop.store.queries_money import PeriodMoney

from ..viewkit.i18n import tr
from ..viewkit.theme import is_dark

PV_COLOUR, EV_COLOUR, AC_COLOUR, EAC_COLOUR = "#1D70B8", "#00703C", "#D4351C", "#F47738"
CPI_COLOUR, SPI_COLOUR = "#4C2C92", "#28A197"


class _Panel(QChartView):
    """A palette-aware chart whose points report clicks.

    Signals:
        picked(str): the month (``YYYY-MM``) or period (as-of date) of a clicked point.
    """

    picked = Signal(str)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 220)
        self.labels: list[str] = []  # the x positions' months or periods
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        pal = self.palette()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(pal)
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QBrush(pal.color(QPalette.ColorRole.Base)))
        font = QFont(self.font())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitleBrush(QBrush(pal.color(QPalette.ColorRole.Text)))
        chart.legend().setLabelColor(pal.color(QPalette.ColorRole.Text))
        self.setChart(chart)

    def _clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _line(self, name: str, colour: str, points: Sequence[tuple[float, float]],
              dashed: bool = False) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(QColor(colour))
        pen.setWidthF(2.0)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.append([QPointF(x, y) for x, y in points])
        series.setPointsVisible(len(points) <= 60)
        series.clicked.connect(self._on_clicked)
        self.chart().addSeries(series)
        return series

    def _axes(self, y_max: float, y_min: float = 0.0, fmt: str = "%.0f") -> None:
        chart = self.chart()
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, len(self.labels) // 8)
        for i, label in enumerate(self.labels):
            if i % step == 0:
                x.append(label[:7], float(i))
        x.setRange(0.0, float(max(1, len(self.labels) - 1)))
        y = QValueAxis()
        y.setRange(y_min, y_max if y_max > y_min else y_min + 1.0)
        y.setLabelFormat(fmt)
        y.setTickCount(5)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)

    @Slot(QPointF)
    def _on_clicked(self, point: QPointF) -> None:
        i = round(point.x())
        if 0 <= i < len(self.labels):
            self.picked.emit(self.labels[i])


class SCurveChart(_Panel):
    """Cumulative PV, EV and AC by month, and the EAC projection (dashed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("S-curve: cumulative PV, EV, AC and the EAC"),
                         "financials_s_curve", parent)
        self.unit_scale = 1.0  # amounts are drawn in thousands or millions

    def set_data(self, months: Sequence[MonthFigures],
                 projection: Sequence[tuple[str, float]], currency: str) -> None:
        self._clear()
        self.labels = [m.period for m in months]
        for period, _value in projection:
            if period not in self.labels:
                self.labels.append(period)
        at = {p: i for i, p in enumerate(self.labels)}
        top = max([m.pv_cum for m in months] + [v for _p, v in projection] +
                  [m.ac_cum or 0.0 for m in months] + [m.ev_cum or 0.0 for m in months],
                  default=0.0)
        self.unit_scale, unit = (1e6, "m") if top >= 5e6 else (1e3, "k")
        s = self.unit_scale
        self._line(tr("PV"), PV_COLOUR, [(at[m.period], m.pv_cum / s) for m in months])
        self._line(tr("EV"), EV_COLOUR, [(at[m.period], m.ev_cum / s) for m in months
                                         if m.ev_cum is not None])
        self._line(tr("AC"), AC_COLOUR, [(at[m.period], m.ac_cum / s) for m in months
                                         if m.ac_cum is not None])
        if projection:
            self._line(tr("EAC projection"), EAC_COLOUR,
                       [(at[p], v / s) for p, v in projection], dashed=True)
        self._axes(top / s * 1.05, fmt=f"%.1f{unit}" if unit == "m" else f"%.0f{unit}")
        self.chart().axes(Qt.Orientation.Vertical)[0].setTitleText(currency)


class IndexTrendChart(_Panel):
    """CPI and SPI at each closed period, from what the periods froze (sums, not
    averages), with the 1.0 line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("CPI and SPI by closed period"), "financials_index_trend", parent)

    def set_data(self, periods: Sequence[PeriodMoney]) -> None:
        self._clear()
        self.labels = [p.as_of for p in periods]
        points = [p.index_points(float(i)) for i, p in enumerate(periods)]
        cpi = [c for c, _s in points if c is not None]
        spi = [s for _c, s in points if s is not None]
        values = [v for _i, v in cpi + spi] + [1.0]
        self._line(tr("CPI"), CPI_COLOUR, cpi)
        self._line(tr("SPI"), SPI_COLOUR, spi)
        if periods:
            line = self._line(tr("1.00"), "#808080", [(0.0, 1.0), (len(periods) - 1.0, 1.0)],
                              dashed=True)
            line.setPointsVisible(False)
            self.chart().legend().markers(line)[0].setVisible(False)
        self._axes(max(values) + 0.05, min(values) - 0.05, "%.2f")


__all__ = ["IndexTrendChart", "SCurveChart"]
