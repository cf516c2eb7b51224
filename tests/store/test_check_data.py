"""The checks' own reads (store/check_data.py) give the rows the pack's path gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.store import open_store
from pmo_desktop.store.check_data import consistent_read, lookahead_load
from pmo_desktop.store.pack_rewind import utilisation

AS_OF = date(2026, 11, 21)


@pytest.fixture
def people(tmp_path: Path):
    """Two projects; people with and without a role, bookings of every kind, months
    before, in and after the look-ahead."""
    with open_store(tmp_path / "people.pmo") as store:
        with store.write() as tx:
            p1 = tx.create("project", {"code": "P-1", "name": "One"})
            p2 = tx.create("project", {"code": "P-2", "name": "Two"})
            role = tx.create("role", {"name": "Analyst"})
            ann = tx.create("resource", {"name": "Ann", "role_id": role, "team": "Data"})
            bo = tx.create("resource", {"name": "Bo"})  # no role, no team
            cy = tx.create("resource", {"name": "Cy", "team": "Other"})
            for rid in (ann, bo, cy):
                for month in ("2026-10", "2026-11", "2026-12", "2027-01", "2027-06"):
                    tx.create("capacity", {"resource_id": rid, "period": month,
                                           "hours": 150.0 if rid != bo else None})
            for rid, pid, month, hours, booking in (
                    (ann, p1, "2026-11", 100.5, "committed"),
                    (ann, p2, "2026-11", 60.25, None),  # blank booking: committed
                    (ann, p2, "2026-12", 80.0, "proposed"),  # not counted
                    (bo, p1, "2026-12", None, "committed"),  # no hours: 0
                    (bo, p2, "2027-01", 20.0, ""),
                    (cy, p1, "2026-10", 90.0, "committed"),  # before the look-ahead
                    (cy, p2, "2027-06", 90.0, "committed")):  # after it
                tx.create("allocation", {"resource_id": rid, "project_id": pid,
                                         "period": month, "hours": hours, "booking": booking})
        yield store


def _rows_by_id(db):
    def by_id(sql):
        return {int(r["id"]): r for r in db.query(sql)}
    return {"role": by_id("SELECT * FROM role"), "resource": by_id("SELECT * FROM resource"),
            "capacity": by_id("SELECT * FROM capacity"),
            "allocation": by_id("SELECT * FROM allocation")}


def test_lookahead_load_reads_what_the_rows_by_id_give(people):
    with consistent_read(people) as db:
        fast = lookahead_load(db, AS_OF)
        code_of = {int(r["id"]): r["code"] for r in db.query("SELECT id, code FROM project")}
        slow = utilisation(_rows_by_id(db), AS_OF, code_of)
    assert fast == slow
    assert [(u.resource, u.period) for u in fast] == [
        (name, month) for name in ("Ann", "Bo", "Cy")
        for month in ("2026-11", "2026-12", "2027-01")]
    assert all(u.allocated == 0.0 for u in fast if u.resource == "Cy")
    ann_nov = next(u for u in fast if u.resource == "Ann" and u.period == "2026-11")
    assert ann_nov.allocated == 160.75 and ann_nov.projects == ("P-1", "P-2")
    assert ann_nov.role == "Analyst"
    bo = [u for u in fast if u.resource == "Bo"]
    assert {u.period: (u.capacity, u.allocated, u.role) for u in bo} == {
        "2026-11": (0.0, 0.0, None), "2026-12": (0.0, 0.0, None),
        "2027-01": (0.0, 20.0, None)}
