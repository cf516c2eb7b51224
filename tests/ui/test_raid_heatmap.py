"""The RAID heat map: inherent/residual toggle (counts, cell filter) and the movement of
risks since the last closed period, drawn and named in the cell's tooltip."""

from __future__ import annotations

from pmo_desktop.domain.raid import Movement
from pmo_desktop.operations.periods import close_period
from pmo_desktop.operations.records import update
from pmo_desktop.store.queries_common import OPEN_RAID_SQL
from pmo_desktop.ui.raid import RaidView

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE

OPEN_THREATS = f"""SELECT COUNT(*) AS n FROM raid_item r WHERE type = 'risk' AND {OPEN_RAID_SQL}
    AND COALESCE(threat_or_opportunity, 'threat') = 'threat'"""


def open_register(qtbot, ctx) -> RaidView:
    w = RaidView(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    settled(qtbot, w)
    return w


def settled(qtbot, w) -> None:
    """The register and its heat map's movement are read."""
    qtbot.waitUntil(lambda: not w.is_loading() and not w.movement_loading(), timeout=20000)


def grid_total(w) -> int:
    return sum(w.heatmap.count(p, i) for p in range(1, 6) for i in range(1, 6))


def test_the_toggle_shows_residual_positions_and_filters_by_them(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    inherent = demo_store.query(OPEN_THREATS + " AND probability = 4 AND impact = 4")[0]["n"]
    residual = demo_store.query(OPEN_THREATS + " AND residual_probability = 2 "
                                "AND residual_impact = 3")[0]["n"]
    assert w.heatmap.count(4, 4) == inherent
    assert grid_total(w) == demo_store.query(OPEN_THREATS + " AND probability BETWEEN 1 AND 5 "
                                             "AND impact BETWEEN 1 AND 5")[0]["n"]
    w.side.residual_button.click()
    assert w.side.residual
    assert w.heatmap.count(2, 3) == residual
    assert grid_total(w) == demo_store.query(
        OPEN_THREATS + " AND residual_probability BETWEEN 1 AND 5 "
        "AND residual_impact BETWEEN 1 AND 5")[0]["n"]
    w.heatmap.cell_clicked.emit(2, 3)
    rows = [w._row_at(n) for n in range(w.proxy.rowCount())]
    assert len(rows) == residual and residual > 0
    assert all((r.residual_probability, r.residual_impact) == (2, 3) for r in rows)
    assert "residual" in w.heatmap.cell_tip((2, 3))
    w.side.inherent_button.click()  # the same cell, on the inherent map
    rows = [w._row_at(n) for n in range(w.proxy.rowCount())]
    assert all((r.probability, r.impact) == (2, 3) for r in rows)
    assert len(rows) == w.heatmap.count(2, 3)


def test_movement_since_the_last_closed_period(qtbot, demo_ctx, demo_store):
    close_period(demo_store, TODAY, source="test")
    risk = demo_store.query(OPEN_THREATS.replace("COUNT(*) AS n", "*")
                            + " AND probability = 2 AND impact = 3 ORDER BY id LIMIT 1")[0]
    gone = demo_store.query(OPEN_THREATS.replace("COUNT(*) AS n", "*")
                            + " AND probability = 3 AND impact = 2 ORDER BY id LIMIT 1")[0]
    w = open_register(qtbot, demo_ctx)
    assert "No risk moved" in w.side.movement_note.text()
    assert not w.heatmap.marks((4, 3))
    update(demo_store, "risk", risk["id"], {"probability": 4})
    update(demo_store, "risk", gone["id"], {"status": "closed"})
    demo_ctx.notify()
    settled(qtbot, w)
    up = w.heatmap.moved_into((4, 3))
    assert [(m.ref, m.how, m.before) for m in up] == [(risk["ref"], Movement.UP, (2, 3))]
    assert w.heatmap.marks((4, 3)).startswith("▲1")
    assert "−1" in w.heatmap.marks((3, 2))
    assert [m.ref for m in w.heatmap.moved_out_of((3, 2))] == [gone["ref"]]
    tip = w.heatmap.cell_tip((4, 3))
    assert f"{risk['ref']} {risk['title']}: up P2×I3 → P4×I3" in tip
    assert "Moved here since" in tip
    note = w.side.movement_note.text()
    assert "▲1 up" in note and "−1 out" in note
    # reopened: back where it was at the close, so it did not move
    update(demo_store, "risk", gone["id"], {"status": "open"})
    demo_ctx.notify()
    settled(qtbot, w)
    assert w.heatmap.moved_out_of((3, 2)) == []


def test_before_any_period_is_closed_it_says_how_to_see_movement(qtbot, empty_ctx):
    w = open_register(qtbot, empty_ctx)
    assert "Close a reporting period" in w.side.movement_note.text()
    assert not w.heatmap.marks((1, 1))
