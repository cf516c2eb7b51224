"""Dashboard, Financials, Periods, Risks & RAID and Resources read off the GUI thread: a
placeholder first, filled by the runner; they reload on ctx.changed only for what they show."""

from __future__ import annotations

import importlib
import threading

import pytest

from pmo_desktop.operations import Result
from pmo_desktop.store import queries_raid

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template, empty_ctx, empty_store, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE

PACKAGES = ("dashboard", "financials", "periods", "raid", "resources")


def make(qtbot, ctx, package):  # type: ignore[no-untyped-def]
    w = importlib.import_module(f"pmo_desktop.ui.{package}").create_view(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.mark.parametrize("package", PACKAGES)
def test_a_placeholder_shows_until_the_runner_fills_the_view(qtbot, demo_ctx, package):
    w = make(qtbot, demo_ctx, package)
    placeholder = w.findChild(object, "loading_state")
    assert w.is_loading() and not w.has_data()
    assert placeholder.isVisible() and placeholder.text() == "Loading…"
    with qtbot.waitSignal(w.loaded, timeout=20000):
        pass
    wait_loaded(qtbot, w)
    assert w.has_data() and not placeholder.isVisible()
    assert w.findChild(object, "empty_state").isVisible() is False  # the demo has data


def test_the_read_runs_off_the_gui_thread(qtbot, demo_ctx, monkeypatch):
    threads: list[threading.Thread] = []
    real = queries_raid.raid_register

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr("pmo_desktop.ui.raid.view.raid_register", watched)
    w = make(qtbot, demo_ctx, "raid")
    wait_loaded(qtbot, w)
    assert threads and threads[0] is not threading.main_thread()
    assert w.model.rowCount() == demo_ctx.store.query(
        "SELECT COUNT(*) AS n FROM raid_item")[0]["n"]


def test_a_filter_given_before_the_data_is_applied_once_it_is_in(qtbot, demo_ctx):
    w = make(qtbot, demo_ctx, "financials")
    w.apply_filter({"programme": "Finance Transformation"})  # the list is not read yet
    wait_loaded(qtbot, w)
    assert w.programme.currentData() == "Finance Transformation"
    n = demo_ctx.store.query("""SELECT COUNT(*) AS n FROM project p JOIN programme g
        ON g.id = p.programme_id WHERE g.name = 'Finance Transformation'""")[0]["n"]
    assert w.model.rowCount() == n > 0


def test_changed_reloads_only_the_views_it_touches(qtbot, demo_ctx, demo_store):
    raid = make(qtbot, demo_ctx, "raid")
    resources = make(qtbot, demo_ctx, "resources")
    for w in (raid, resources):
        wait_loaded(qtbot, w)
    before = raid.model.rowCount()
    with demo_store.write("ui") as tx:
        tx.create("risk", {"project_id": demo_store.project_id("DCX-101"), "ref": "R-901",
                           "title": "Vendor late", "probability": 4, "impact": 4})
    demo_ctx.changed.emit(Result.of(tx.changes))
    assert raid.is_loading() and not resources.is_loading()
    wait_loaded(qtbot, raid)
    assert raid.model.rowCount() == before + 1
    demo_ctx.changed.emit(Result(created=[("lesson", 1, "DCX-101/L-1")]))
    assert not raid.is_loading() and not resources.is_loading()
    demo_ctx.changed.emit(Result(reload_all=True))
    assert raid.is_loading() and resources.is_loading()
    for w in (raid, resources):
        wait_loaded(qtbot, w)
    demo_ctx.changed.emit(Result(settings_changed=True))  # as-of date, bands, thresholds
    assert raid.is_loading() and resources.is_loading()
    for w in (raid, resources):
        wait_loaded(qtbot, w)


def test_a_hidden_view_reloads_when_shown(qtbot, demo_ctx):
    w = make(qtbot, demo_ctx, "dashboard")
    wait_loaded(qtbot, w)
    w.hide()
    demo_ctx.changed.emit(Result(settings_changed=True))
    assert w._stale and not w.is_loading()
    w.show()
    assert w.is_loading()
    wait_loaded(qtbot, w)
    assert not w._stale and w.figures is not None


def test_reloads_in_one_turn_start_one_read(qtbot, demo_ctx, monkeypatch):
    w = make(qtbot, demo_ctx, "raid")
    wait_loaded(qtbot, w)
    reads: list[int] = []
    real = queries_raid.raid_register

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr("pmo_desktop.ui.raid.view.raid_register", counted)
    demo_ctx.notify()  # the old signal …
    demo_ctx.changed.emit(Result(reload_all=True))  # … and the new one, for one change
    w.reload()
    wait_loaded(qtbot, w)
    assert reads == [1]


def test_picking_a_period_reads_its_snapshot_off_the_gui_thread(qtbot, demo_ctx, demo_store):
    w = make(qtbot, demo_ctx, "periods")
    wait_loaded(qtbot, w)
    oldest = w.period_model.row(w.period_model.rowCount() - 1)
    w.reload()  # a reload already reading the latest period's rows …
    qtbot.waitUntil(lambda: not w._queued.isActive())
    w.period_view.selectRow(w.period_model.rowCount() - 1)  # … then a click on the oldest
    assert w.is_loading() and w.selected_period == oldest.id
    wait_loaded(qtbot, w)
    codes = demo_store.query("SELECT COUNT(*) AS n FROM status_snapshot WHERE period_id = ?",
                             [oldest.id])[0]["n"]
    assert w.selected_period == oldest.id and w.snapshot_model.rowCount() == codes > 0
    assert {w.snapshot_model.row(r)["period_id"] for r in range(codes)} == {oldest.id}
    assert w.period_view.currentIndex().row() == w.period_model.rowCount() - 1
