"""Capacity against demand by role, month by month (QtCharts), with the gap written
under it: the chart under the Resources heat map.

Signals: none; ``show(months, capacity, demand, role)`` redraws it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmo_desktop.store.queries_common import parse_date

from ..viewkit.i18n import tr

ALL_ROLES = ""  # the combo's data for every role together
_DEMAND, _CAPACITY = QColor("#1D70B8"), QColor("#D4351C")


def month_title(month: str) -> str:
    day = parse_date(f"{month}-01")
    return day.strftime("%b %y") if day else month


class RoleChart(QWidget):
    """Demand bars and a capacity line for one role (or all), with the gap per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources_role_chart")
        self.role = QComboBox(self)
        self.role.setObjectName("resources_chart_role")
        self.role.currentIndexChanged.connect(self._on_role_changed)
        self.gap = QLabel(self)
        self.gap.setObjectName("resources_chart_gap")
        self.gap.setTextFormat(Qt.TextFormat.PlainText)
        self.gap.setWordWrap(True)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.view = QChartView(chart, self)
        self.view.setObjectName("resources_chart_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(150)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Capacity vs demand by role:"), self))
        top.addWidget(self.role)
        top.addWidget(self.gap, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._data: tuple[list[str], dict[str, list[float]], dict[str, list[float]]] = \
            ([], {}, {})
        self.shown: tuple[list[float], list[float]] = ([], [])  # capacity, demand drawn

    def show_data(self, months: list[str], capacity: dict[str, list[float]],
                  demand: dict[str, list[float]]) -> None:
        """Keep the chosen role when it is still there."""
        self._data = (months, capacity, demand)
        chosen = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(tr("All roles"), ALL_ROLES)
        for role in sorted(capacity):
            self.role.addItem(role, role)
        at = self.role.findData(chosen) if chosen is not None else 0
        self.role.setCurrentIndex(max(0, at))
        self.role.blockSignals(False)
        self._draw()

    def _series(self) -> tuple[list[float], list[float]]:
        months, capacity, demand = self._data
        role = self.role.currentData() or ALL_ROLES
        width = len(months)
        if role == ALL_ROLES:
            cap = [sum(v[k] for v in capacity.values()) for k in range(width)]
            dem = [sum(v[k] for v in demand.values()) for k in range(width)]
            return cap, dem
        return (list(capacity.get(role, [0.0] * width)), list(demand.get(role, [0.0] * width)))

    def _draw(self) -> None:
        months = self._data[0]
        cap, dem = self.shown = self._series()
        chart = self.view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(tr("Demand (h)"))
        bars.setColor(_DEMAND)
        bars.append(dem)
        series = QBarSeries()
        series.append(bars)
        line = QLineSeries()
        line.setName(tr("Capacity (h)"))
        line.setPen(QPen(_CAPACITY, 2))
        for k, value in enumerate(cap):
            line.append(k, value)
        chart.addSeries(series)
        chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append([month_title(m) for m in months])
        y = QValueAxis()
        y.setRange(0, _round_up(max([1.0, *cap, *dem]) * 1.05))
        y.setTickCount(5)
        y.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (series, line):
            s.attachAxis(x)
            s.attachAxis(y)
        self.gap.setText(gap_text(months, cap, dem))

    @Slot(int)
    def _on_role_changed(self, _index: int) -> None:
        self._draw()


def _round_up(value: float) -> float:
    """The axis top: ``value`` rounded up to 1, 2 or 5 × a power of ten over 4 ticks."""
    step = value / 4
    power = 10 ** math.floor(math.log10(step))
    for nice in (1, 2, 2.5, 5, 10):
        if nice * power >= step:
            return 4 * nice * power
    return value


def gap_text(months: Sequence[str], capacity: Sequence[float], demand: Sequence[float]) -> str:
    """"Gap (capacity − demand): Jan 27 +40 h · Feb 27 −12 h …"."""
    parts = [f"{month_title(m)} {c - d:+,.0f} h" for m, c, d in zip(months, capacity, demand)]
    return tr("Gap (capacity − demand): ") + " · ".join(parts)
