"""The Data quality view: findings from the store's checks, filters, click-through."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.store.checks import run_checks
from pmo_desktop.ui.quality import FindingsModel, create_view
from pmo_desktop.ui.viewkit.roles import Role


def test_model_passes_the_model_tester(qtmodeltester, ctx):
    model = FindingsModel()
    model.set_rows(run_checks(ctx.store, ctx.as_of()))
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    first = model.index(0, 0)
    assert first.data() == "High" and first.data(Role.CHIP) == "#D4351C"


def _loaded(qtbot, view):
    """Wait for the findings read off the GUI thread to be shown."""
    qtbot.waitUntil(lambda: not view.loading, timeout=30_000)
    return view


def test_view_lists_the_findings_and_filters_by_severity(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    findings = run_checks(ctx.store, ctx.as_of())
    assert view.proxy.rowCount() == len(findings)
    view.severity.setCurrentIndex(view.severity.findData("high"))
    high = sum(1 for f in findings if f.severity == "high")
    assert view.proxy.rowCount() == high > 0
    assert f"{high} of {len(findings)} shown." in view.subtitle.text()
    view.search.setText("false green")
    shown = view.proxy.rowCount()
    assert 0 < shown < high
    assert f"{len(findings)} findings as of" in view.subtitle.text()
    assert f" {shown} of {len(findings)} shown." in view.subtitle.text()
    view.search.clear()
    view.severity.setCurrentIndex(0)
    assert " shown." not in view.subtitle.text()


def test_double_click_opens_the_project(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    _loaded(qtbot, view)
    view.severity.setCurrentIndex(view.severity.findData("high"))
    index = view.proxy.index(0, 2)
    code = index.data(Role.CODE)
    with qtbot.waitSignal(ctx.navigate) as blocker:
        view.table.doubleClicked.emit(index)
    assert blocker.args == ["project", {"code": code}]


def test_refreshes_when_changes_are_applied(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    view.show()
    before = _loaded(qtbot, view).model.rowCount()
    pid = ctx.store.project_id("DCX-101")
    with ctx.store.write() as tx:
        tx.update("project", pid, {"manager": None, "bac": None})
    ctx.notify()
    _loaded(qtbot, view)
    assert view.model.rowCount() == before + 2
    items = [view.model.index(r, 2).data(Qt.ItemDataRole.DisplayRole)
             for r in range(view.model.rowCount())]
    assert items.count("DCX-101") >= 2


def test_loads_off_the_gui_thread_with_a_placeholder(qtbot, ctx):
    view = create_view(ctx)
    qtbot.addWidget(view)
    view.show()
    # Straight after opening nothing has been read on the GUI thread yet.
    assert view.loading and view.model.rowCount() == 0
    assert view.subtitle.text() == "Checking…" and view.empty.text() == "Checking…"
    assert view.empty.isVisible() and not view.table.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        pass
    findings = run_checks(ctx.store, ctx.as_of())
    assert [view.model.row(i) for i in range(view.model.rowCount())] == findings
    assert view.table.isVisible() and not view.empty.isVisible()
    assert view.subtitle.text().startswith(f"{len(findings)} findings as of 2026-11-21")


def test_a_reload_keeps_the_rows_until_the_new_ones_arrive(qtbot, ctx):
    view = _loaded(qtbot, create_view(ctx))
    qtbot.addWidget(view)
    view.show()
    before = view.model.rowCount()
    view.reload()
    assert view.loading and view.model.rowCount() == before and view.table.isVisible()
    assert view.subtitle.text() == "Checking…"
    view.reload()  # the newer read supersedes the older one: filled in once
    fills: list[int] = []
    view.loaded.connect(lambda: fills.append(view.model.rowCount()))
    _loaded(qtbot, view)
    ctx.runner.wait()
    qtbot.wait(50)
    assert fills == [before]


def test_an_empty_portfolio_says_it_is_ready(qtbot, tmp_path, settings):
    from pmo_desktop.store import open_store
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.undo_stack import UndoStack

    with open_store(tmp_path / "empty.pmo") as store:
        ctx = AppContext(store, settings, UndoStack())
        view = create_view(ctx)
        qtbot.addWidget(view)
        view.show()
        _loaded(qtbot, view)
        ctx.runner.wait()
        assert view.model.rowCount() == 0 and view.empty.isVisible()
        assert view.empty.text() == "No findings: the data is ready for a pack."


def test_findings_keep_the_order_the_header_shows(qtbot, ctx):
    view = _loaded(qtbot, create_view(ctx))
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder)
    findings = run_checks(ctx.store, ctx.as_of())  # most severe first
    shown = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert shown == [f.message for f in findings]
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the user sorts by item
    view.reload()
    _loaded(qtbot, view)
    items = [view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())]
    assert items == sorted(items, key=str.lower, reverse=True) and len(items) == len(findings)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # and back to severity
    view.reload()
    _loaded(qtbot, view)
    assert [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())] == shown


def test_findings_are_prepared_off_the_gui_thread_and_sorted_on_their_keys(
        qtbot, ctx, monkeypatch):
    import threading

    from pmo_desktop.ui.viewkit import keyed
    from pmo_desktop.ui.viewkit.models import RowTableModel

    threads: list[threading.Thread] = []
    real_prepare = keyed.prepare_rows

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(keyed, "prepare_rows", watched)
    view = _loaded(qtbot, create_view(ctx))
    qtbot.addWidget(view)
    assert threads and all(t is not threading.main_thread() for t in threads)
    calls: list[int] = []
    real_key = RowTableModel.sort_key  # what a per-row sort asks at every comparison
    monkeypatch.setattr(RowTableModel, "sort_key",
                        lambda self, p, c: calls.append(p) or real_key(self, p, c))
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    messages = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert messages == sorted(messages, key=str.lower) and len(messages) > 1
    view.search.setText("false green")
    assert 0 < view.proxy.rowCount() < view.model.rowCount()
    assert calls == []
