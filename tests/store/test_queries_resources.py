"""The resource heat map: role rows are the sums of their people."""

from __future__ import annotations

import pytest

from pmo_desktop.store import queries_views as qv

from queries_fixtures import one, template  # noqa: F401


def test_resource_heatmap_role_rows_are_sums(store):
    heat = qv.resource_heatmap(store.db, "2026-11", 3)
    assert heat.months == ["2026-11", "2026-12", "2027-01"]
    role = next(r for r in heat.rows if r.kind == "role")
    cap, alloc = store.db.execute("""SELECT SUM(c.hours),
        (SELECT COALESCE(SUM(a.hours), 0) FROM allocation a JOIN resource r2
           ON r2.id = a.resource_id JOIN role o2 ON o2.id = r2.role_id
         WHERE o2.name = ? AND a.period = '2026-11'
           AND COALESCE(a.booking, 'committed') = 'committed')
        FROM capacity c JOIN resource r ON r.id = c.resource_id JOIN role o ON o.id = r.role_id
        WHERE o.name = ? AND c.period = '2026-11'""", [role.name, role.name]).fetchone()
    assert role.cells[0].capacity == pytest.approx(cap)
    assert role.cells[0].allocated == pytest.approx(alloc)
    people = [r for r in heat.rows if r.kind == "person"]
    assert len(people) == one(store, "SELECT COUNT(*) FROM resource")
