"""The RAID register at size (issue 12): a first screenful while the whole register
loads, and an edit re-reads only the items it changed, with the same figures as a
reload (rows, order, filter, tab counts, heat map)."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from pmo_desktop.store.queries_raid import raid_register
from pmo_desktop.ui.commands import EditFieldsCommand, run
from pmo_desktop.ui.raid import view as raid_view
from pmo_desktop.ui.raid.view import FIRST_ROWS, RaidView

from views_fixtures import wait_loaded


def _open(qtbot, ctx) -> RaidView:  # type: ignore[no-untyped-def]
    view = RaidView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    wait_loaded(qtbot, view)
    return view


def _score_column(view: RaidView) -> int:
    return next(c for c in range(view.model.columnCount())
                if view.model.headerData(c, Qt.Orientation.Horizontal) == "Score")


def _shown(view: RaidView) -> list[tuple[int, str | None]]:
    rows = [view.model.row(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
            for r in range(view.proxy.rowCount())]
    return [(r.id, r.status) for r in rows]


def _figures(view: RaidView):  # type: ignore[no-untyped-def]
    tabs = [view.type_tabs.tabText(n) for n in range(view.type_tabs.count())]
    grid = [[view.heatmap.count(p, i) for i in range(1, 6)] for p in range(1, 6)]
    return _shown(view), tabs, grid, view._subtitle.text()


def test_a_first_screenful_shows_while_the_register_loads(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(raid_view, "FIRST_ROWS", 50)  # the demo has 199 items
    assert FIRST_ROWS >= 100  # more than a screenful
    view = RaidView(ctx)
    qtbot.addWidget(view)
    assert not view.has_data()
    first = view._first_rows_job()(ctx.store)
    every = raid_register(ctx.store, ctx.store.risk_bands(), as_of=ctx.as_of())
    assert first.rows == every[:50] and len(every) > 50
    view._on_first_rows(first)
    assert view.model.rowCount() == len(first.rows) and view._stack.currentIndex() == 0
    assert view._subtitle.text() == "Loading… the first 50 items are shown"
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == len(every)
    view._on_first_rows(first)  # a late first screenful changes nothing
    assert view.model.rowCount() == len(every)


def test_an_edit_rereads_only_its_item_and_matches_a_reload(qtbot, ctx, monkeypatch):
    view = _open(qtbot, ctx)
    view.table.sortByColumn(_score_column(view), Qt.SortOrder.DescendingOrder)
    view.search.setText("r-0")
    reads: list[str] = []
    monkeypatch.setattr(RaidView, "read_job", lambda self: reads.append("all") or (
        lambda store: (_ for _ in ()).throw(AssertionError("the whole register was read"))))
    real = raid_view.raid_register
    monkeypatch.setattr(raid_view, "raid_register",
                        lambda *a, **k: reads.append(k.get("ids")) or real(*a, **k))
    shown = _shown(view)
    risks = {r["id"]: r for r in ctx.store.rows("risk")}
    target = next(i for i, s in shown[5:] if s == "open" and i in risks
                  and (risks[i]["probability"] or 0) * (risks[i]["impact"] or 0) < 12)
    picked = QPersistentModelIndex(view.proxy.index([i for i, _ in shown].index(target), 0))
    assert run(ctx, EditFieldsCommand(ctx, "risk", target, {
        "probability": 5, "impact": 5, "status": "monitoring"}, "Edit risk"))
    qtbot.waitUntil(lambda: view.model.row(view.model.position_of(
        raid_view._item_id, target)).status == "monitoring", timeout=5000)
    assert reads == [[target]]  # one read, of that item only
    assert picked.isValid()  # the selection went with the row, to the top scores
    top = [view.model.row(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
           for r in range(picked.row() + 1)]
    assert top[-1].id == target and {r.score for r in top} == {25}
    assert run(ctx, EditFieldsCommand(ctx, "risk", target, {"status": "closed"}, "Close"))
    qtbot.waitUntil(lambda: target not in [i for i, _ in _shown(view)], timeout=5000)
    assert reads == [[target], [target]] and not picked.isValid()  # out of "open only"
    monkeypatch.undo()
    fresh = _open(qtbot, ctx)
    fresh.table.sortByColumn(_score_column(fresh), Qt.SortOrder.DescendingOrder)
    fresh.search.setText("r-0")
    assert _figures(view) == _figures(fresh)  # rows, order, tab counts, heat map
    view.search.clear()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()  # back as it was: the figures follow again
    qtbot.waitUntil(lambda: view.model.row(view.model.position_of(
        raid_view._item_id, target)).status == "open", timeout=5000)
    again = _open(qtbot, ctx)
    again.table.sortByColumn(_score_column(again), Qt.SortOrder.DescendingOrder)
    assert _figures(view) == _figures(again)


def test_an_added_item_still_reloads_the_register(qtbot, ctx):
    view = _open(qtbot, ctx)
    before = view.model.rowCount()
    pid = ctx.store.query("SELECT id FROM project ORDER BY code LIMIT 1")[0]["id"]
    from pmo_desktop.ui.commands import CreateCommand

    assert run(ctx, CreateCommand(ctx, "risk", {"project_id": pid, "title": "New one"},
                                  "Add risk"))
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=10000)
