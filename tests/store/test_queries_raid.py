"""The RAID register and its heat map equal the store."""

from __future__ import annotations

from pmo_desktop.store import queries_views as qv

from queries_fixtures import CLOSED, one, template  # noqa: F401


def test_raid_register_and_heat_map(store):
    rows = qv.raid_register(store.db, store.risk_bands())
    assert len(rows) == one(store, "SELECT COUNT(*) FROM raid_item")
    grid = qv.risk_heatmap(rows)
    assert sum(map(sum, grid)) == one(store, f"""SELECT COUNT(*) FROM raid_item
        WHERE type = 'risk' AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'""")
    assert grid[4][4] == one(store, f"""SELECT COUNT(*) FROM raid_item WHERE type = 'risk'
        AND probability = 5 AND impact = 5 AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'""")
    risk = next(r for r in rows if r.score is not None)
    assert risk.score == risk.probability * risk.impact


def test_the_first_rows_and_single_items_read_as_in_the_whole_register(store):
    rows = qv.raid_register(store.db, store.risk_bands())
    assert len(rows) > 60
    first = qv.raid_register(store.db, store.risk_bands(), limit=25)
    assert first == rows[:25]  # the same order, read without sorting the rest
    picked = [rows[3], rows[40], rows[-1]]
    again = qv.raid_register(store.db, store.risk_bands(), ids=[r.id for r in picked])
    assert again == picked
    code = rows[40].project_code
    assert qv.raid_register(store.db, store.risk_bands(), code, ids=[rows[3].id, rows[40].id]) \
        == [r for r in (rows[3], rows[40]) if r.project_code == code]
    assert qv.raid_register(store.db, store.risk_bands(), ids=[]) == []
