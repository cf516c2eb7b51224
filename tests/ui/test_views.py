"""The register views: RAID, resources, financials, changes; contract for every view."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView

from pmo_desktop.ui.viewkit.roles import Role

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, VIEW_PACKAGES, demo_ctx, demo_store, demo_template, empty_ctx,
    empty_store, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def open_view(qtbot, ctx, package):
    w = importlib.import_module(f"pmo_desktop.ui.{package}").create_view(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def sql(store, text, params=()):
    return store.db.execute(text, list(params)).fetchone()[0]


@pytest.mark.parametrize("package", VIEW_PACKAGES)
@pytest.mark.parametrize("which", ["empty", "demo"])
def test_every_view_opens_and_its_models_pass(qtbot, qtmodeltester, request, package, which):
    ctx = request.getfixturevalue(f"{which}_ctx")
    w = open_view(qtbot, ctx, package)
    assert w.minimumSizeHint().width() <= 1366 and w.minimumSizeHint().height() <= 768
    w.apply_filter({})
    for view in w.findChildren(QAbstractItemView):
        model = view.model()
        if isinstance(model, QAbstractItemModel):
            qtmodeltester.check(model)
    if which == "empty":
        assert w.findChild(object, "empty_state").isVisible()


@pytest.mark.parametrize("package, table", [  # the RAID register edits on a double-click
    ("financials", "financials_table"), ("changes", "changes_table"),
    ("periods", "snapshot_table"),
])
def test_double_click_opens_the_project(qtbot, demo_ctx, package, table):
    w = open_view(qtbot, demo_ctx, package)
    view = w.findChild(QAbstractItemView, table)
    index = view.model().index(0, 1)
    code = index.data(Role.CODE)
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        view.doubleClicked.emit(index)
    assert blocker.args[0] == "project" and blocker.args[1]["code"] == code


def test_raid_filters_and_heat_map(qtbot, demo_ctx, demo_store):
    w = open_view(qtbot, demo_ctx, "raid")
    assert w.model.rowCount() == sql(demo_store, "SELECT COUNT(*) FROM raid_item")
    w.apply_filter({"type": "risk", "band": ["critical"], "open": True})
    critical = sql(demo_store, """SELECT COUNT(*) FROM raid_item WHERE type = 'risk'
        AND COALESCE(status,'open') != 'closed' AND probability * impact >= 15""")
    assert w.proxy.rowCount() == critical
    w.apply_filter({})
    p, i = 2, 3
    cell = w.heatmap._cell_rect(p, i).center()
    with qtbot.waitSignal(w.heatmap.cell_clicked):
        qtbot.mouseClick(w.heatmap, Qt.MouseButton.LeftButton, pos=cell.toPoint())
    assert w.proxy.rowCount() == w.heatmap.count(p, i) > 0
    assert all(w.proxy.index(r, 0).data(Role.CODE) for r in range(w.proxy.rowCount()))
    w._on_heatmap_cell_clicked(p, i)  # clicking the same cell again clears it
    assert w.proxy.facet_values("cell") is None
    w.apply_filter({"type": "issue", "open": False})
    assert w.proxy.rowCount() == sql(demo_store,
                                     "SELECT COUNT(*) FROM raid_item WHERE type = 'issue'")
    w.search.setText("DCX-101")
    assert 0 < w.proxy.rowCount() <= sql(demo_store, """SELECT COUNT(*) FROM raid_item r
        JOIN project p ON p.id = r.project_id WHERE p.code = 'DCX-101' AND type = 'issue'""")


def test_resources_heat_map_and_over_allocation(qtbot, demo_ctx, demo_store):
    w = open_view(qtbot, demo_ctx, "resources")
    people = sql(demo_store, "SELECT COUNT(*) FROM resource")
    roles = sql(demo_store, "SELECT COUNT(DISTINCT role_id) FROM resource")
    assert w.model.rowCount() == people + roles
    dash = importlib.import_module("pmo_desktop.ui.dashboard").create_view(demo_ctx)
    qtbot.addWidget(dash)
    wait_loaded(qtbot, dash)
    target = dash.target("tile_overallocated")
    w.apply_filter(target[1])
    wait_loaded(qtbot, w)
    names = {w.proxy.index(r, 0).data().strip() for r in range(w.proxy.rowCount())}
    assert names == set(dash.figures.over_allocated)
    nov = w.model.index(1, 2)
    assert nov.data().endswith("%") or nov.data() == "—"
    assert nov.data(Role.HEAT).startswith("#")  # the band colour the delegate paints


def test_financials_totals_are_rolled_up_sums(qtbot, demo_ctx, demo_store):
    w = open_view(qtbot, demo_ctx, "financials")
    assert w.model.rowCount() == sql(demo_store, "SELECT COUNT(*) FROM project")
    titles = [c.title for c in w.model.columns()]
    total = w.total_model
    assert total.index(0, titles.index("Budget (BAC)")).data() == \
        f"£{sql(demo_store, 'SELECT SUM(bac) FROM project'):,.0f}"
    assert total.index(0, titles.index("Forecast (EAC)")).data() == \
        f"£{sql(demo_store, 'SELECT SUM(eac) FROM project'):,.0f}"
    w.apply_filter({"programme": "Finance Transformation"})
    wait_loaded(qtbot, w)
    n = sql(demo_store, """SELECT COUNT(*) FROM project p JOIN programme g
        ON g.id = p.programme_id WHERE g.name = 'Finance Transformation'""")
    assert w.model.rowCount() == n
    bac = sql(demo_store, """SELECT SUM(bac) FROM project p JOIN programme g
        ON g.id = p.programme_id WHERE g.name = 'Finance Transformation'""")
    assert total.index(0, titles.index("Budget (BAC)")).data() == f"£{bac:,.0f}"
    w.proxy.sort(titles.index("CPI"), Qt.SortOrder.DescendingOrder)
    cpis = [w.model.row(w.proxy.mapToSource(w.proxy.index(r, 0)).row()).evm.cpi
            for r in range(w.proxy.rowCount())]
    assert cpis == sorted(cpis, reverse=True)


def test_changes_by_status(qtbot, demo_ctx, demo_store):
    w = open_view(qtbot, demo_ctx, "changes")
    assert w.model.rowCount() == sql(demo_store, "SELECT COUNT(*) FROM change_request")
    w.apply_filter({"status": "awaiting_decision"})
    assert w.proxy.rowCount() == sql(demo_store, """SELECT COUNT(*) FROM change_request
        WHERE status = 'awaiting_decision'""")
    w.apply_filter({"status": "open"})
    assert w.proxy.rowCount() == sql(demo_store, """SELECT COUNT(*) FROM change_request
        WHERE status IN ('draft','submitted','under_assessment','awaiting_decision')""")
    assert w.status_tabs.tabText(0) == f"All ({w.model.rowCount()})"


def test_views_reload_on_their_entities(qtbot, demo_ctx, demo_store):
    w = open_view(qtbot, demo_ctx, "changes")
    before = w.model.rowCount()
    with demo_store.write("ui") as tx:
        tx.create("change_request", {"project_id": demo_store.project_id("DCX-101"),
                                     "ref": "CR-900", "title": "New", "status": "draft"})
    demo_ctx.notify(tx.changes)
    assert w.is_loading()  # read again off the GUI thread
    wait_loaded(qtbot, w)
    assert w.model.rowCount() == before + 1
    hidden = importlib.import_module("pmo_desktop.ui.raid").create_view(demo_ctx)
    qtbot.addWidget(hidden)
    with demo_store.write("ui") as tx:
        tx.create("risk", {"project_id": demo_store.project_id("DCX-101"), "ref": "R-900",
                           "title": "Late", "probability": 5, "impact": 5})
    demo_ctx.notify(tx.changes)
    assert hidden._stale  # a hidden view reloads when it is shown
    hidden.show()
    wait_loaded(qtbot, hidden)
    assert any(r.ref == "R-900" for r in hidden.model.rows)
