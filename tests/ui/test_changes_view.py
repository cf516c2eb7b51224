"""The Change requests view reads, formats and counts off the GUI thread, then sorts and
filters on the keys that read prepared (no per-row Python on the GUI thread)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from pmo_desktop.ui.changes.view import GROUPS, ChangesView
from pmo_desktop.ui.viewkit import keyed
from pmo_desktop.ui.viewkit.models import RowTableModel

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template, empty_ctx, empty_store, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _open(qtbot, ctx) -> ChangesView:  # type: ignore[no-untyped-def]
    w = ChangesView(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def test_rows_and_keys_are_prepared_off_the_gui_thread(qtbot, demo_ctx, monkeypatch):
    threads: list[threading.Thread] = []
    real = keyed.prepare_rows

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(keyed, "prepare_rows", watched)
    w = _open(qtbot, demo_ctx)
    assert threads and all(t is not threading.main_thread() for t in threads)
    n = demo_ctx.store.query("SELECT COUNT(*) AS n FROM change_request")[0]["n"]
    assert w.model.rowCount() == n > 0


def test_sorting_and_filtering_use_no_per_row_callbacks(qtbot, demo_ctx, monkeypatch):
    w = _open(qtbot, demo_ctx)
    calls: list[int] = []
    real = RowTableModel.sort_key  # what a per-row sort asks for every comparison
    monkeypatch.setattr(RowTableModel, "sort_key",
                        lambda self, p, c: calls.append(p) or real(self, p, c))
    titles = [c.title for c in w.model.columns()]
    cost = titles.index("Cost impact")
    w.table.sortByColumn(cost, Qt.SortOrder.DescendingOrder)
    values = [w.model.row(w.proxy.mapToSource(w.proxy.index(r, 0)).row())["impact_cost"]
              for r in range(w.proxy.rowCount())]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True) and len(present) > 1
    assert values[len(present):] == [None] * (len(values) - len(present))  # blanks last
    w.search.setText("dcx-101")
    assert 0 < w.proxy.rowCount() < w.model.rowCount()
    assert all(w.proxy.index(r, 0).data() == "DCX-101" for r in range(w.proxy.rowCount()))
    assert calls == []


def test_tab_counts_and_subtitle_come_with_the_rows(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    rows = demo_store.query("SELECT status FROM change_request")
    for n, (_key, title, statuses) in enumerate(GROUPS):
        count = sum(1 for r in rows if statuses is None or r["status"] in statuses)
        assert w.status_tabs.tabText(n) == f"{title} ({count})"
        w.status_tabs.setCurrentIndex(n)
        assert w.proxy.rowCount() == count
    assert "Draft" in w._subtitle.text() or "Submitted" in w._subtitle.text()


def test_an_empty_portfolio_shows_the_empty_state(qtbot, empty_ctx):
    w = _open(qtbot, empty_ctx)
    assert w.model.rowCount() == 0
    assert w.findChild(object, "empty_state").isVisible()
    assert w.status_tabs.tabText(0) == "All (0)" and w._subtitle.text() == "None yet"


def test_a_new_currency_reformats_the_amounts(qtbot, demo_ctx):
    from pmo_desktop.operations.settings import change_settings

    w = _open(qtbot, demo_ctx)
    cost = [c.title for c in w.model.columns()].index("Cost impact")

    def amounts() -> list[str]:
        return [str(w.model.index(r, cost).data() or "") for r in range(w.model.rowCount())]

    before = [a for a in amounts() if a]
    assert before and all("€" not in a for a in before)
    demo_ctx.notify(change_settings(demo_ctx.store, {"currency": "EUR"}))
    qtbot.waitUntil(lambda: any("€" in a for a in amounts()), timeout=10_000)
