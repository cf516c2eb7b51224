"""Project detail: header, RAG history, tabs of records, history with import batches."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pmo_desktop.ui.detail import ProjectDetailView, create_view

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def view(qtbot, demo_ctx):
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_filter({"code": "DCX-102"})
    return w


def test_header_shows_the_project(view, demo_store):
    row = demo_store.query("SELECT * FROM project WHERE code = 'DCX-102'")[0]
    assert view._title.text() == f"DCX-102  {row['name']}"
    assert view._facts["manager"].text() == row["manager"]
    assert view._facts["sponsor"].text() == row["sponsor"]
    assert view._facts["bac"].text() == f"£{row['bac']:,.0f}"
    assert view.picker.currentData() == "DCX-102"


def test_every_model_passes_the_model_tester(qtmodeltester, view):
    for model in view.models.values():
        qtmodeltester.check(model)
    for table in view.views.values():
        qtmodeltester.check(table.model())


def test_tabs_hold_the_projects_records(view, demo_store):
    pid = demo_store.project_id("DCX-102")
    for key, table in (("milestones", "milestone"), ("changes", "change_request"),
                       ("raid", "raid_item")):
        n = demo_store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE project_id = ?",
                                  [pid]).fetchone()[0]
        assert view.models[key].rowCount() == n, key
    # the financial grid: a row per month of the project (every line's among them), totals
    periods = [r[0] for r in demo_store.db.execute(
        "SELECT period FROM financial WHERE project_id = ?", [pid])]
    grid = view.models["financials"]
    assert set(periods) <= set(grid.months())
    assert grid.rowCount() == len(grid.months()) + 1
    assert view.tabs.tabText(0).startswith("Milestones (")
    ms = view.models["milestones"]
    slip_col = [c.title for c in ms.columns()].index("Slip")
    first = ms.row(0)
    assert ms.index(0, slip_col).data() in ("0 d", f"+{first['slip_days']} d",
                                            f"−{-first['slip_days'] if first['slip_days'] else 0} d")


def test_rag_strip_has_a_column_per_period(view):
    rag = view.models["rag"]
    titles = [rag.headerData(c, Qt.Orientation.Horizontal) for c in range(rag.columnCount())]
    assert titles[:1] == ["Dimension"] and titles[-2:] == ["Now", "Calculated"]
    assert len(titles) == 1 + 6 + 2
    assert rag.rowCount() == 7
    now = rag.index(0, len(titles) - 2).data()
    assert now.split()[0] in ("Red", "Amber", "Green") and now.split()[1] in "↑↓→★"


def test_history_shows_the_import_batch(view, demo_ctx, demo_store):
    pid = demo_store.project_id("DCX-102")
    with demo_store.write("import", batch={"file_name": "dcx tracker.xlsx"}) as tx:
        tx.update("project", pid, {"next_steps": "Re-plan the pilot."},
                  provenance=("dcx tracker.xlsx", "Highlight", 12))
    demo_ctx.notify(tx.changes)
    history = view.models["history"]
    import_col = [c.title for c in history.columns()].index("Import")
    change_col = [c.title for c in history.columns()].index("Change")
    assert history.index(0, import_col).data() == "dcx tracker.xlsx · Highlight · row 12"
    assert history.index(0, change_col).data().endswith("→ Re-plan the pilot.")
    assert view._next_steps.text() == "Re-plan the pilot."


def test_picker_switches_project(view):
    at = view.picker.findData("FIN-101")
    view.picker.activated.emit(at)
    assert view.code == "FIN-101" and view._title.text().startswith("FIN-101")


def test_empty_store(qtbot, empty_ctx):
    w = ProjectDetailView(empty_ctx)
    qtbot.addWidget(w)
    w.show()
    w.apply_filter({"code": "X-1"})
    assert w.detail is None
    assert w._stack.currentWidget().objectName() == "empty_state"


MARKUP_NAME = "<b>R&D</b> <i>x</i>"


def test_data_with_markup_shows_literally(qtbot, demo_ctx, demo_store):
    from pmo_desktop.store.periods import close_period
    from pmo_desktop.ui.plain import plain_tip
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QLabel

    pid = demo_store.project_id("DCX-102")
    with demo_store.write("test") as tx:
        tx.update("project", pid, {"name": MARKUP_NAME, "manager": "<i>Ann</i>",
                                   "summary": "Costs & <b>risks</b>"})
    close_period(demo_store, date(2026, 11, 15), label="Nov <b>final</b>")
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.apply_filter({"code": "DCX-102"})
    assert w._title.text() == f"DCX-102  {MARKUP_NAME}"
    assert w._facts["manager"].text() == "<i>Ann</i>"
    assert w._summary.text() == "Costs & <b>risks</b>"
    for label in (w._title, w._subtitle, w._facts["manager"], w._summary._label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText
               for lbl in w.findChildren(QLabel) if "<" in lbl.text())
    assert plain_tip("a <b>") == GuiQt.convertFromPlainText("a <b>")


def test_a_large_portfolio_loads_the_page_off_the_gui_thread(qtbot, demo_ctx, demo_store,
                                                              monkeypatch):
    import threading

    from pmo_desktop.store import project_page as reads

    monkeypatch.setattr(ProjectDetailView, "BACKGROUND_FROM", 0)  # pretend it is large
    threads: list[int] = []
    real = reads.project_page

    def spy(store, code):
        threads.append(threading.get_ident())
        return real(store, code)

    monkeypatch.setattr("pmo_desktop.ui.detail.view.project_page", spy)
    w = ProjectDetailView(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.is_loading() and w._stack.currentWidget() is w._placeholder
    assert w._placeholder.isVisible()
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        pass
    assert threads and threads[0] != threading.get_ident()
    first = demo_store.query("SELECT code FROM project ORDER BY code LIMIT 1")[0]["code"]
    assert w.code == first and w._title.text().startswith(first)
    assert w.picker.count() == demo_store.counts()["project"]

    # Asking for two projects in a row: the page ends on the last one asked for.
    w.show_project("FIN-101")
    assert w._subtitle.text() == "Loading FIN-101…"
    assert w._stack.currentIndex() == 0  # the page stays while the next one loads
    w.show_project("DCX-102")
    qtbot.waitUntil(lambda: not w.is_loading(), timeout=20_000)
    qtbot.wait(100)  # a late answer for FIN-101 must not replace DCX-102
    assert w.code == "DCX-102" and w._title.text().startswith("DCX-102")
    assert w.picker.currentData() == "DCX-102"
    pid = demo_store.project_id("DCX-102")
    n = demo_store.query("SELECT COUNT(*) AS n FROM milestone WHERE project_id = ?", [pid])
    assert w.models["milestones"].rowCount() == n[0]["n"]


def test_a_large_empty_portfolio_ends_on_the_empty_state(qtbot, empty_ctx, monkeypatch):
    monkeypatch.setattr(ProjectDetailView, "BACKGROUND_FROM", 0)
    w = ProjectDetailView(empty_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_loading(), timeout=20_000)
    assert w.detail is None and w._stack.currentWidget().objectName() == "empty_state"


def test_the_change_requests_load_off_the_gui_thread(qtbot, demo_ctx, demo_store):
    from pmo_desktop.ui.changes.view import ChangesView

    w = ChangesView(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    assert w.is_loading() and w._stack.currentWidget().objectName() == "loading_state"
    qtbot.waitUntil(lambda: not w.is_loading(), timeout=20_000)
    n = demo_store.query("SELECT COUNT(*) AS n FROM change_request")[0]["n"]
    assert w.model.rowCount() == n and w._stack.currentIndex() == 0
    assert w.status_tabs.tabText(0) == f"All ({n})"
    # A change reloads it off the GUI thread too; the rows stay shown meanwhile.
    with demo_store.write("ui") as tx:
        tx.create("change_request", {"project_id": demo_store.project_id("DCX-101"),
                                     "ref": "CR-901", "title": "Scope", "status": "draft"})
    demo_ctx.notify(tx.changes)
    assert w._stack.currentIndex() == 0
    qtbot.waitUntil(lambda: w.model.rowCount() == n + 1, timeout=20_000)


def test_bei_is_shown_beside_the_schedule_figures_and_follows_a_task_edit(qtbot, demo_ctx,
                                                                         demo_store):
    from pmo_desktop.operations.records import create, update

    pid = demo_store.query("SELECT id FROM project WHERE code = 'DCX-102'")[0]["id"]
    demo_store.db.execute("DELETE FROM milestone WHERE project_id = ?", [pid])
    demo_store.db.execute("DELETE FROM task WHERE project_id = ?", [pid])  # the demo's plan
    demo_store.db.conn.commit()
    ids = [create(demo_store, "task", {
        "project_id": pid, "ref": f"{n}", "name": f"Task {n}",
        "finish_baseline": f"2026-10-1{n}", "finish_actual": "2026-10-20" if n else None,
    }).value for n in range(4)]
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    w.apply_filter({"code": "DCX-102"})
    assert w._facts["bei"].text() == "0.75 (3 of 4)"
    assert w.findChild(type(w._facts["bei"]), "fact_bei") is w._facts["bei"]
    result = update(demo_store, "task", ids[0], {"finish_actual": "2026-10-21"})
    demo_ctx.changed.emit(result)
    qtbot.waitUntil(lambda: w._facts["bei"].text() == "1.00 (4 of 4)", timeout=5000)


def test_a_tab_is_built_the_first_time_it_is_shown(qtbot, qtmodeltester, demo_ctx, demo_store):
    """Opening a project builds the tab on show only; the others' titles count their
    records from the start, and each is filled when first shown."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_filter({"code": "DCX-102"})
    qtbot.waitUntil(lambda: not w.is_loading())
    pid = demo_store.project_id("DCX-102")
    history = len(w.detail.history)
    lessons = len(demo_store.rows("lesson", "project_id = ?", [pid]))
    assert w.findChild(QTableView, "detail_milestones").isVisible()
    for name in ("detail_raid", "detail_changes", "detail_baselines", "detail_history",
                 "detail_lessons", "detail_financials"):
        assert w.findChild(QTableView, name) is None, name
    assert w.findChild(QWidget, "financial_grid") is None
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert f"History ({history})" in titles and f"Lessons ({lessons})" in titles
    w.apply_filter({"tab": "history"})
    table = w.findChild(QTableView, "detail_history")
    assert table is not None and table.isVisible() and w.tabs.currentWidget() is table
    assert table.model().rowCount() == history
    assert w.tabs.tabText(w.tabs.currentIndex()) == f"History ({history})"
    w.apply_filter({"tab": "financials"})
    grid = w.findChild(QWidget, "financial_grid")
    assert grid is not None and grid.isVisible() and w.tabs.currentWidget() is grid
    assert grid.model.rowCount() == len(grid.model.months()) + 1 > 1  # filled when built
    for i in range(w.tabs.count()):  # every tab, once built, is a real page with a sound model
        w.tabs.setCurrentIndex(i)
        assert w.tabs.currentWidget().findChildren(QAbstractItemView) or isinstance(
            w.tabs.currentWidget(), QTableView)
    # every register tab is one table in ``views``; the plan tab is its own tree and Gantt
    assert len(w.views) == w.tabs.count() - 1 and "plan" not in w.views
    assert w.tabs.indexOf(w.plan) >= 0
    for table in w.views.values():
        qtmodeltester.check(table.model())


def test_the_head_folds_away_so_a_plan_gets_the_screen_and_the_page_remembers(
        qtbot, view, demo_ctx):
    # 1366 x 768: with the facts and RAG by period shown, the plan has a few rows only
    view.apply_filter({"tab": "plan"})
    tree = view.plan.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0, timeout=10000)
    split = view.split
    assert split.objectName() == "detail_split" and split.count() == 2
    head, tabs = split.widget(0), split.widget(1)
    assert tabs is view.tabs and head.isVisible()
    before = tabs.height()
    split.setSizes([0, sum(split.sizes())])  # dragged to the top: the head shuts
    split.splitterMoved.emit(0, 1)
    assert split.sizes()[0] == 0
    assert tabs.height() > before + 250
    # the next project page (a new window) opens with the head shut too
    again = create_view(demo_ctx)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.apply_filter({"code": "DCX-101"})
    assert again.split.sizes()[0] == 0 and again.tabs.height() > before + 250
