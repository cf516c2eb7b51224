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
