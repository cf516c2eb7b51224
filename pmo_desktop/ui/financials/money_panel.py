"""The Financials view's lower half: the earned-value figures of the portfolio, a
programme or one project (the three EACs with the one the portfolio uses marked, ETC,
VAC, TCPI, Earned Schedule, this fiscal year), its S-curve and its CPI/SPI trend; a
clicked point shows that month's (or period's) figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmo_desktop.domain.evm_outlook import InYear
from pmo_desktop.domain.evm_phased import PhasedEvm
from pmo_desktop.domain.money import format_index, format_money, format_pct
from pmo_desktop.domain.settings_rules import EAC_METHODS
from pmo_desktop.store.queries_money import PeriodMoney

from ..viewkit.i18n import tr
from .charts import IndexTrendChart, SCurveChart

_EACS = (("reported", "eac_reported"), ("cpi", "eac_typical"), ("atypical", "eac_atypical"),
         ("cpi_spi", "eac_composite"))


@dataclass(frozen=True)
class MoneyScope:
    """What the panel shows: a name, its phased figures, its closed periods, the EAC
    line to the forecast finish and this fiscal year."""

    name: str
    phased: PhasedEvm
    periods: Sequence[PeriodMoney]
    projection: Sequence[tuple[str, float]]
    in_year: InYear | None


def _months_text(value: float | None) -> str:
    return "—" if value is None else tr("{n} months").format(n=format_index(value))


class MoneyPanel(QWidget):
    """Figures and charts of one ``MoneyScope``."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("financials_money")
        self.currency = currency
        self.scope: MoneyScope | None = None
        self.title = QLabel(self)
        self.title.setObjectName("financials_scope")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        names = [("bac", tr("BAC")), ("pv", tr("PV")), ("ev", tr("EV")), ("ac", tr("AC")),
                 ("etc", tr("ETC")), ("vac", tr("VAC")),
                 ("reported", tr("EAC reported")), ("cpi", tr("EAC typical (CPI)")),
                 ("atypical", tr("EAC atypical")), ("cpi_spi", tr("EAC composite")),
                 ("cpi_index", tr("CPI")), ("spi", tr("SPI")), ("tcpi_bac", tr("TCPI to BAC")),
                 ("tcpi_eac", tr("TCPI to EAC")), ("es", tr("ES")), ("sv_t", tr("SV(t)")),
                 ("spi_t", tr("SPI(t)")), ("in_year", tr("This fiscal year"))]
        per_column = 6
        for i, (key, label) in enumerate(names):
            row, col = i % per_column, (i // per_column) * 2
            name = QLabel(label, self)
            value = QLabel(self)
            value.setObjectName(f"financials_value_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, col)
            grid.addWidget(value, row, col + 1)
            self.values[key] = value
        self.month = QLabel(tr("Click a point of a chart to see that month's figures."), self)
        self.month.setObjectName("financials_month")
        self.month.setTextFormat(Qt.TextFormat.PlainText)
        self.month.setWordWrap(True)
        self.s_curve = SCurveChart(self)
        self.trend = IndexTrendChart(self)
        self.s_curve.picked.connect(self._on_month_picked)
        self.trend.picked.connect(self._on_period_picked)
        charts = QHBoxLayout()
        charts.addWidget(self.s_curve, 3)
        charts.addWidget(self.trend, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.month)
        layout.addLayout(charts, 1)

    def show_scope(self, scope: MoneyScope) -> None:
        self.scope = scope
        p, e = scope.phased, scope.phased.evm
        money = self._money
        self.title.setText(tr("{name} · EAC used: {method}").format(
            name=scope.name, method=EAC_METHODS.get(p.eac_method_used, p.eac_method_used)))
        shown = {"bac": money(e.bac), "pv": money(e.pv), "ev": money(e.ev), "ac": money(e.ac),
                 "etc": money(e.etc), "vac": f"{money(e.vac)} ({format_pct(e.vac_pct)})",
                 "cpi_index": format_index(e.cpi), "spi": format_index(e.spi),
                 "tcpi_bac": format_index(e.tcpi_bac), "tcpi_eac": format_index(e.tcpi_eac),
                 "es": _months_text(p.es), "sv_t": _months_text(p.sv_t),
                 "spi_t": format_index(p.spi_t)}
        for method, field in _EACS:
            value = p.eac_reported if method == "reported" else getattr(e, field)
            mark = " ●" if method == p.eac_method_used else ""
            shown[method] = money(value) + mark
        y = scope.in_year
        shown["in_year"] = "—" if y is None else tr("budget {b} · forecast {f}").format(
            b=format_money(y.budget, self.currency, compact=True),
            f=format_money(y.forecast, self.currency, compact=True))
        for key, text in shown.items():
            self.values[key].setText(text)
        self.s_curve.set_data(p.months, scope.projection, self.currency)
        self.trend.set_data(scope.periods)

    def _money(self, value: float | None) -> str:
        return format_money(value, self.currency)

    @Slot(str)
    def _on_month_picked(self, period: str) -> None:
        if self.scope is None:
            return
        m = self.scope.phased.month(period)
        if m is None:
            line = dict(self.scope.projection).get(period)
            self.month.setText(tr("{p}: EAC projection {v}").format(
                p=period, v=self._money(line)))
            return
        self.month.setText(tr(
            "{p}: PV {pv} (to date {pvc}) · EV {ev} (to date {evc}) · AC {ac} "
            "(to date {acc}) · CPI {cpi} · SPI {spi}").format(
            p=period, pv=self._money(m.pv), pvc=self._money(m.pv_cum),
            ev=self._money(m.ev), evc=self._money(m.ev_cum), ac=self._money(m.ac),
            acc=self._money(m.ac_cum), cpi=format_index(m.cpi), spi=format_index(m.spi)))

    @Slot(str)
    def _on_period_picked(self, as_of: str) -> None:
        if self.scope is None:
            return
        for p in self.scope.periods:
            if p.as_of == as_of:
                self.month.setText(tr(
                    "Period ending {d} ({n} projects, as frozen): PV {pv} · EV {ev} · AC {ac}"
                    " · EAC {eac}").format(d=as_of, n=p.projects, pv=self._money(p.pv),
                                          ev=self._money(p.ev), ac=self._money(p.ac),
                                          eac=self._money(p.eac)))


__all__ = ["MoneyPanel", "MoneyScope"]
