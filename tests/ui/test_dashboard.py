"""Dashboard: figures equal store aggregates; tiles and charts click through."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from pmo_desktop.ui.dashboard import DashboardView, create_view

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def view(qtbot, demo_ctx):
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def sql(store, text, params=()):
    return store.db.execute(text, list(params)).fetchone()[0]


def test_rag_tiles_equal_the_store(view, demo_store):
    for rag in ("red", "amber", "green"):
        count = sql(demo_store, "SELECT COUNT(*) FROM project WHERE rag_overall = ?", [rag])
        assert view.tiles[f"tile_{rag}"].value_text() == str(count)


def test_other_tiles_equal_the_store(view, demo_store):
    live = "actual_date IS NULL AND COALESCE(status,'') != 'cancelled'"
    overdue = sql(demo_store, f"SELECT COUNT(*) FROM milestone WHERE {live} AND baseline_date < ?",
                  [TODAY.isoformat()])
    assert view.tiles["tile_overdue"].value_text() == str(overdue)
    critical = sql(demo_store, """SELECT COUNT(*) FROM raid_item WHERE type = 'risk'
        AND COALESCE(status,'open') NOT IN ('closed') AND probability * impact >= 15
        AND COALESCE(threat_or_opportunity,'threat') = 'threat'""")
    assert view.tiles["tile_critical"].value_text() == str(critical)
    eac = sql(demo_store, "SELECT SUM(eac) FROM project")
    assert view.figures.total_eac == pytest.approx(eac)
    assert view.tiles["tile_forecast"].value_text() == "£45m"
    assert "£43.9m" in view.tiles["tile_forecast"].detail_text()
    assert view.tiles["tile_better"].value_text() == str(len(view.figures.improved))


@pytest.mark.parametrize("tile, target", [
    ("tile_red", ("portfolio", {"rag": "red"})),
    ("tile_forecast", ("financials", {})),
    ("tile_critical", ("risks", {"type": "risk", "band": ["critical"], "open": True,
                                 "threat": True})),
])
def test_tile_click_navigates(qtbot, view, demo_ctx, tile, target):
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        qtbot.mouseClick(view.tiles[tile], Qt.MouseButton.LeftButton)
    assert tuple(blocker.args) == target


def test_list_tiles_carry_the_project_codes(qtbot, view, demo_ctx):
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        qtbot.keyClick(view.tiles["tile_overdue"], Qt.Key.Key_Return)
    name, filters = blocker.args
    assert name == "portfolio" and filters["milestones"] == "overdue"
    assert filters["codes"] == view.figures.overdue_codes
    assert view.target("tile_overallocated") == (
        "resources", {"over_allocated": True, "people": view.figures.over_allocated})
    assert view.target("tile_stale")[1]["codes"] == view.figures.stale
    assert view.target("tile_false_green") == (
        "portfolio", {"codes": view.figures.false_green, "label": "False greens"})
    assert view.tiles["tile_false_green"].value_text() == str(len(view.figures.false_green))


def test_chart_elements_click_through(qtbot, view, demo_ctx):
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        view.rag_chart.click("amber")
    assert blocker.args == ["portfolio", {"rag": "amber"}]
    first = view.figures.rag_mix[0].period_id
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        view.mix_chart.click("red", 0)
    assert blocker.args == ["periods", {"period_id": first, "rag": "red"}]
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        view.mix_chart.click("green", len(view.figures.rag_mix))  # the "Now" column
    assert blocker.args == ["portfolio", {"rag": "green"}]
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        view.budget_chart.click("Finance Transformation")
    assert blocker.args == ["financials", {"programme": "Finance Transformation"}]


def test_charts_show_the_figures(view):
    slices = view.rag_chart.slices
    assert {k: int(s.value()) for k, s in slices.items()} == {
        k: v for k, v in view.figures.by_rag.items() if v or k != "not_set"}
    red = view.mix_chart.sets["red"]
    assert [int(red.at(i)) for i in range(red.count())] == [
        m.counts["red"] for m in view.figures.rag_mix] + [view.figures.by_rag["red"]]
    assert view.budget_chart.sets["bac"].count() == len(view.figures.programmes)


def test_reloads_when_the_store_changes(qtbot, view, demo_ctx, demo_store):
    before = int(view.tiles["tile_red"].value_text())
    code = sql(demo_store, "SELECT code FROM project WHERE rag_overall = 'green' LIMIT 1")
    with demo_store.write("ui") as tx:
        tx.update("project", demo_store.project_id(code), {"rag_overall": "red"})
    demo_ctx.notify(tx.changes)
    wait_loaded(qtbot, view)
    assert view.tiles["tile_red"].value_text() == str(before + 1)


def test_loads_within_100_ms(view):
    start = time.perf_counter()
    view.reload()
    assert time.perf_counter() - start < 0.1


def test_empty_store_says_what_to_do(qtbot, empty_ctx):
    w = DashboardView(empty_ctx)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    assert w._stack.currentWidget().objectName() == "empty_state"
    assert "import a tracker" in w._stack.currentWidget().text()
    assert w.tiles["tile_red"].value_text() == "0"


def test_chart_tooltip_is_plain_and_shows_vac(qtbot, demo_ctx, demo_store):
    from PySide6.QtGui import Qt as GuiQt

    with demo_store.write("test") as tx:
        prog = demo_store.rows("programme")[0]
        tx.update("programme", prog["id"], {"name": "<b>R&D</b> <i>x</i> and more words"})
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    wait_loaded(qtbot, w)
    chart = w.budget_chart
    index = chart._names.index("<b>R&D</b> <i>x</i> and more words")
    chart._on_series_hovered(True, index, chart.sets["bac"])
    p = chart._programmes[chart._names[index]]
    tip = chart.toolTip()
    assert tip.startswith(GuiQt.convertFromPlainText(p.name)[:-4])  # drops "</p>"
    assert "Variance\xa0(VAC)" in tip and p.vac == p.bac - p.eac
    categories = chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in "".join(categories)
