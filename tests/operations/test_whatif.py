"""operations.whatif: the utilisation grid equals a store query; moves change it
without writing; a committed scenario is one batch, undone whole."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.whatif import Move
from pmo_desktop.operations.undo import history, undo_batch
from pmo_desktop.operations.whatif import commit_scenario, compute, load, utilisation_json
from pmo_desktop.store import open_store

from .resource_fixtures import build_resource_portfolio


@pytest.fixture
def store(tmp_path):
    s = open_store(build_resource_portfolio(tmp_path / "res.pmo"))
    yield s
    s.close()


def _stored(store, committed_only=False):
    """Hours per (person, month) straight from SQL."""
    extra = "AND COALESCE(a.booking,'committed')='committed'" if committed_only else ""
    return {(r["name"], r["period"]): r["h"] for r in store.query(
        f"""SELECT r.name, a.period, SUM(a.hours) AS h FROM allocation a
            JOIN resource r ON r.id = a.resource_id WHERE 1=1 {extra}
            GROUP BY r.name, a.period""")}


@pytest.mark.parametrize("committed_only", [False, True])
def test_grid_equals_a_store_query(store, committed_only):
    grid = compute(load(store, "2027-01", 4), committed_only=committed_only)
    assert grid.months == ["2027-01", "2027-02", "2027-03", "2027-04"]
    got = {(p.name, grid.months[k]): h for p in grid.people for k, h in enumerate(p.demand) if h}
    assert got == _stored(store, committed_only)
    caps = {(r["name"], r["period"]): r["hours"] for r in store.query(
        "SELECT r.name, c.period, c.hours FROM capacity c JOIN resource r ON r.id=c.resource_id")}
    assert {(p.name, grid.months[k]): c for p in grid.people
            for k, c in enumerate(p.capacity)} == caps


def test_utilisation_json_contract_and_over_allocation(store):
    data = utilisation_json(compute(load(store, "2027-01", 2)))
    assert set(data) == {"months", "people", "projects", "over_allocated"}
    ann = next(p for p in data["people"] if p["name"] == "Ann Lee")
    assert set(ann) == {"name", "role", "team", "capacity", "demand", "utilisation"}
    assert (ann["role"], ann["team"]) == ("Developer", "Platforms")
    assert ann["utilisation"] == {"2027-01": 1.2, "2027-02": 0.9}
    assert data["projects"] == {"ALPHA": {"2027-01": 170.0, "2027-02": 170.0},
                                "BETA": {"2027-01": 135.0, "2027-02": 90.0}}
    assert data["over_allocated"] == [{"name": "Ann Lee", "month": "2027-01",
                                       "utilisation": 1.2}]


def test_role_capacity_against_demand(store):
    grid = compute(load(store, "2027-01", 4))
    assert grid.role_capacity["Developer"] == [300, 300, 150, 300]
    assert grid.role_demand["Developer"] == [255, 210, 0, 0]
    assert grid.role_demand["Project Manager"] == [50, 50, 0, 0]


def test_a_shift_moves_demand_marks_cells_and_writes_nothing(store):
    before = store.data_hash()
    grid = compute(load(store, "2027-01", 4), [Move("shift", "BETA", months=2)])
    ann = next(p for p in grid.people if p.name == "Ann Lee")
    bob = next(p for p in grid.people if p.name == "Bob Ray")
    assert ann.demand == (120, 120, 60, 15) and bob.demand == (0, 0, 75, 75)
    # Ann's January is no longer over; Bob's March lands on his leave.
    assert grid.marks == {("Ann Lee", "2027-01"): "better", ("Bob Ray", "2027-03"): "worse"}
    assert ("Bob Ray", "2027-03", None) in grid.over_allocated
    assert grid.projects_in("Ann Lee", "2027-03") == {"BETA": 60}
    assert store.data_hash() == before


def _rows(store):
    return (store.query("SELECT id, resource_id, project_id, period, hours, booking "
                        "FROM allocation ORDER BY id"),
            store.query("SELECT * FROM project ORDER BY id"))


def test_commit_is_one_batch_undone_whole(store):
    before = _rows(store)
    moves = [Move("shift", "ALPHA", months=1), Move("scale", "ALPHA", factor=0.5)]
    result = commit_scenario(store, moves, source="test")
    assert result.batch_id is not None and result.counts["edits"] == 5  # 4 allocations, 1 project
    after = compute(load(store, "2027-01", 4))
    assert after.projects["ALPHA"] == [0, 85, 85, 0]
    alpha = store.query("SELECT start_forecast, finish_forecast FROM project WHERE code='ALPHA'")
    assert alpha == [{"start_forecast": "2027-02-04", "finish_forecast": "2027-03-26"}]
    assert history(store)[0]["summary"].startswith("what-if: ALPHA +1 month; ALPHA ×0.5")
    undo_batch(store, result.batch_id, source="test")
    assert _rows(store) == before


def test_a_scenario_shown_equals_the_scenario_committed(store):
    moves = [Move("shift", "BETA", months=-1), Move("scale", "ALPHA", factor=1.5)]
    shown = compute(load(store, "2026-12", 6), moves)
    commit_scenario(store, moves, source="test")
    stored = compute(load(store, "2026-12", 6))
    assert [p.demand for p in stored.people] == [p.demand for p in shown.people]


def test_an_unknown_project_writes_nothing(store):
    before = store.data_hash()
    with pytest.raises(ValueError, match="NOPE"):
        commit_scenario(store, [Move("shift", "NOPE", months=1)])
    assert store.data_hash() == before

