"""The Financials view's earned value: the portfolio's, a programme's or a selected
project's figures (the chosen EAC marked), the S-curve and the CPI/SPI trend in QtCharts,
read off the GUI thread; clicking a point shows that month's figures."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QItemSelectionModel, QPointF

from pmo_desktop.domain.money import format_index, format_money
from pmo_desktop.store.queries_money import money_book, period_money

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE
SHOTS = os.environ.get("PMO_SHOTS")  # a folder: save the screenshots there


def _open(qtbot, ctx):
    from pmo_desktop.ui.financials import create_view

    w = create_view(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def _series(chart):
    return {s.name(): s for s in chart.chart().series() if isinstance(s, QLineSeries)}


def test_portfolio_figures_and_charts(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    book = money_book(demo_store, TODAY)
    e = book.total.evm
    values = w.money.values
    assert values["pv"].text() == format_money(e.pv)
    assert values["ev"].text() == format_money(e.ev)
    assert values["cpi_index"].text() == format_index(e.cpi)
    assert values["reported"].text().endswith("●")  # the EAC the portfolio uses
    assert not values["cpi"].text().endswith("●")
    assert values["spi_t"].text() == format_index(book.total.spi_t)
    series = _series(w.money.s_curve)
    assert set(series) >= {"PV", "EV", "AC", "EAC projection"}
    scale = w.money.s_curve.unit_scale
    pv = series["PV"].points()
    assert len(pv) == len(book.total.months)
    assert pv[-1].y() == pytest.approx(book.total.months[-1].pv_cum / scale)
    assert series["AC"].points()[-1].y() == pytest.approx(e.ac / scale)
    projection = series["EAC projection"].points()
    assert projection[-1].y() == pytest.approx(book.total.eac / scale)
    trend = _series(w.money.trend)
    periods = period_money(demo_store)
    assert len(trend["CPI"].points()) == len(periods)
    last = periods[-1]
    assert trend["CPI"].points()[-1].y() == pytest.approx(last.ev / last.ac)
    if SHOTS:
        w.grab().save(os.path.join(SHOTS, "financials_portfolio.png"))


def test_clicking_a_point_shows_the_months_figures(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    curve = w.money.s_curve
    i = curve.labels.index("2026-06")
    _series(curve)["PV"].clicked.emit(QPointF(i, 0.0))
    m = money_book(demo_store, TODAY).total.month("2026-06")
    text = w.money.month.text()
    assert text.startswith("2026-06: PV ")
    assert format_money(m.pv) in text and format_money(m.ac_cum) in text
    trend = w.money.trend
    _series(trend)["SPI"].clicked.emit(QPointF(0, 1.0))
    assert w.money.month.text().startswith(f"Period ending {trend.labels[0]}")


def test_a_selected_project_shows_its_own_money(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    index = w.proxy.index(0, 0)
    code = w.model.row(w.proxy.mapToSource(index).row()).code
    w.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: w.money.title.text().startswith(code), timeout=10000)
    from pmo_desktop.store.queries_money_project import project_money
    page = project_money(demo_store, code, TODAY, demo_store.thresholds())
    assert w.money.values["ac"].text() == format_money(page.phased.evm.ac)
    assert len(_series(w.money.s_curve)["PV"].points()) == len(page.phased.months)
    if SHOTS:
        w.grab().save(os.path.join(SHOTS, "financials_project.png"))
    w.table.clearSelection()
    qtbot.waitUntil(lambda: w.money.title.text().startswith("Portfolio"), timeout=5000)


def test_a_programme_rolls_up_its_projects(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    w.apply_filter({"programme": "Finance Transformation"})
    wait_loaded(qtbot, w)
    book = money_book(demo_store, TODAY, programme="Finance Transformation")
    assert w.money.title.text().startswith("Finance Transformation")
    assert w.money.values["bac"].text() == format_money(book.total.evm.bac)
    assert book.total.evm.bac == pytest.approx(sum(pm.phased.evm.bac for pm in book.projects))
