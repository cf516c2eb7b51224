"""Reporting periods: close through the dialog, snapshots exist, trend arrows change."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pmo_desktop.ui.dashboard import DashboardView
from pmo_desktop.ui.detail import ProjectDetailView
from pmo_desktop.ui.periods import ClosePeriodDialog, PeriodsView, close_period_dialog, create_view

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


def test_lists_closed_periods_newest_first(qtmodeltester, view, demo_store):
    qtmodeltester.check(view.period_model)
    qtmodeltester.check(view.snapshot_model)
    qtmodeltester.check(view.snapshot_proxy)
    n = demo_store.db.execute("SELECT COUNT(*) FROM reporting_period").fetchone()[0]
    assert view.period_model.rowCount() == n == 6
    assert view.period_model.row(0).label == "October 2026"
    assert view.snapshot_model.rowCount() == 40  # the newest is shown read-only


def test_filter_to_a_period_and_rag(qtbot, view, demo_store):
    first = view.period_model.row(5)
    view.apply_filter({"period_id": first.id, "rag": "red"})
    wait_loaded(qtbot, view)
    red = demo_store.db.execute("""SELECT COUNT(*) FROM status_snapshot WHERE period_id = ?
        AND COALESCE(rag_overall, calc_overall) = 'red'""", [first.id]).fetchone()[0]
    assert view.selected_period == first.id
    assert view.snapshot_proxy.rowCount() == red


def test_close_period_through_the_dialog(qtbot, view, demo_ctx, demo_store):
    dashboard = DashboardView(demo_ctx)
    detail = ProjectDetailView(demo_ctx)
    for w in (dashboard, detail):
        qtbot.addWidget(w)
        w.show()
        wait_loaded(qtbot, w)
    changed = dashboard.figures.improved + dashboard.figures.deteriorated
    assert changed, "the demo has movement against October"
    detail.apply_filter({"code": changed[0]})
    arrows_before = {t.arrow for t in detail.detail.trends.values()}
    dialog = ClosePeriodDialog(demo_ctx, view)
    qtbot.addWidget(dialog)
    assert dialog.as_of() == TODAY and dialog.label_edit.text() == "November 2026"
    with qtbot.waitSignal(demo_ctx.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.period_id is not None
    for w in (view, dashboard, detail):
        wait_loaded(qtbot, w)
    rows = demo_store.db.execute("SELECT COUNT(*) FROM status_snapshot WHERE period_id = ?",
                                 [dialog.period_id]).fetchone()[0]
    assert rows == 40
    assert view.period_model.rowCount() == 7
    assert view.period_model.row(0).label == "November 2026"
    assert dashboard.figures.compared_with == "November 2026"
    assert dashboard.figures.improved == [] and dashboard.figures.deteriorated == []
    assert dashboard.tiles["tile_better"].value_text() == "0"
    assert {t.arrow for t in detail.detail.trends.values()} == {"→"} != arrows_before


def test_an_already_closed_date_is_refused(qtbot, demo_ctx):
    dialog = ClosePeriodDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.set_as_of(date(2026, 10, 31))
    assert not dialog.ok_button.isEnabled()
    assert "already closed" in dialog.message.text()
    dialog.set_as_of(date(2026, 11, 20))
    assert dialog.ok_button.isEnabled() and dialog.label_edit.text() == "November 2026"
    assert not dialog.message.isVisible()
    dialog.set_as_of(date(2026, 10, 15))
    assert not dialog.ok_button.isEnabled() and "close in order" in dialog.message.text()


def test_the_date_picker_stops_at_the_as_of_date(qtbot, demo_ctx, demo_store):
    dialog = ClosePeriodDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate().toPython() == TODAY
    dialog.set_as_of(date(2026, 12, 15))
    assert dialog.as_of() == TODAY  # the picker cannot go past it


def test_a_forced_future_date_is_refused_with_a_message(qtbot, demo_ctx, demo_store):
    from PySide6.QtCore import QDate

    dialog = ClosePeriodDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setMaximumDate(QDate(2030, 1, 1))  # forced past the picker's limit
    dialog.set_as_of(date(2026, 11, 30))
    assert not dialog.ok_button.isEnabled()
    assert "after the portfolio's as-of date (2026-11-21)" in dialog.message.text()
    before = demo_store.query("SELECT COUNT(*) AS n FROM reporting_period")[0]["n"]
    dialog.accept()  # even when accepted anyway, the store refuses it
    qtbot.waitUntil(lambda: not dialog.busy)  # the operation runs off the GUI thread
    assert dialog.period_id is None and dialog.isVisible()
    assert "after the portfolio's as-of date" in dialog.message.text()
    assert demo_store.query("SELECT COUNT(*) AS n FROM reporting_period")[0]["n"] == before


def _answer_reopen(qtbot, button_text: str, seen: list[str]) -> None:
    """Answer the confirmation when it appears (it is modal: exec() waits for it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


def test_reopen_the_latest_period_from_the_view(qtbot, view, demo_ctx, demo_store):
    dialog = ClosePeriodDialog(demo_ctx, view)
    qtbot.addWidget(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy)  # the operation runs off the GUI thread
    wait_loaded(qtbot, view)
    assert view.period_model.rowCount() == 7 and view.reopen_button.isEnabled()
    assert "November 2026" in view.reopen_button.toolTip().replace("\xa0", " ")
    seen: list[str] = []
    _answer_reopen(qtbot, "Cancel", seen)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert "21 Nov 2026" in seen[0] and "40 project statuses" in seen[0]
    assert view.period_model.rowCount() == 7  # cancelled: nothing changed
    _answer_reopen(qtbot, "Reopen period", seen)
    with qtbot.waitSignal(demo_ctx.changed):
        qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view)
    assert view.period_model.rowCount() == 6
    assert view.period_model.row(0).label == "October 2026"
    entry = demo_store.query("SELECT * FROM change_log WHERE op = 'reopen'")
    assert len(entry) == 1 and entry[0]["key"] == "2026-11-21" and entry[0]["source"] == "ui"
    # The same store rule as the CLI: the view only ever offers the latest period.
    assert "October 2026" in view.reopen_button.toolTip().replace("\xa0", " ")


def test_reopen_is_disabled_without_periods(qtbot, empty_ctx):
    w = PeriodsView(empty_ctx)
    qtbot.addWidget(w)
    assert not w.reopen_button.isEnabled()


def test_close_period_dialog_entry_point_is_exposed():
    assert callable(close_period_dialog)


def test_empty_store(qtbot, empty_ctx):
    w = PeriodsView(empty_ctx)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    assert w._stack.currentWidget().objectName() == "empty_state"
    dialog = ClosePeriodDialog(empty_ctx, w)
    qtbot.addWidget(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy)  # the operation runs off the GUI thread
    wait_loaded(qtbot, w)
    assert w.period_model.rowCount() == 1


def test_closing_and_reopening_run_off_the_gui_thread(qtbot, view, demo_ctx, demo_store,
                                                      monkeypatch):
    import threading

    from pmo_desktop.operations import periods as ops
    from pmo_desktop.ui.periods import dialog as dialog_module, view as view_module

    threads: list[threading.Thread] = []

    def watched(real):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread())
            return real(*args, **kwargs)
        return run

    monkeypatch.setattr(dialog_module, "close_period", watched(ops.close_period))
    monkeypatch.setattr(view_module, "reopen_period", watched(ops.reopen_period))
    dialog = ClosePeriodDialog(demo_ctx, view)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.busy and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.period_id is not None
    wait_loaded(qtbot, view)
    latest = view.period_model.rows[0]
    with qtbot.waitSignal(demo_ctx.changed):
        view.reopen(latest)
    wait_loaded(qtbot, view)
    assert view.period_model.rows[0].label == "October 2026"
    assert len(threads) == 2 and threading.main_thread() not in threads
