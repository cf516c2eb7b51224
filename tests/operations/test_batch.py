"""operations.batch.apply_many: several writes in one transaction, undone and redone whole."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.batch import Edit, apply_many
from pmo_desktop.store import StoreError

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def _person(store):
    return store.rows("resource")[0]


def _plan(store, rid):
    return {(r["project_id"], r["period"]): (r["hours"], r["booking"])
            for r in store.rows("allocation", "resource_id = ?", [rid])}


def _capacity(store, rid):
    return {r["period"]: r["hours"] for r in store.rows("capacity", "resource_id = ?", [rid])}


def test_create_update_delete_in_one_write_and_its_undo_and_redo(store):
    rid = _person(store)["id"]
    pid = store.project_id("FIN-101")
    caps = sorted(store.rows("capacity", "resource_id = ?", [rid]), key=lambda r: r["period"])
    first, second = caps[0], caps[1]
    before_plan, before_cap = _plan(store, rid), _capacity(store, rid)
    mark = last_log_id(store)
    result = apply_many(store, [
        Edit("create", "allocation", values={"resource_id": rid, "project_id": pid,
                                             "period": "2031-01", "hours": 80.0,
                                             "booking": "proposed"}),
        Edit("update", "capacity", first["id"], {"hours": 12.5}),
        Edit("delete", "capacity", second["id"]),
    ], source="test")
    assert result.counts == {"edits": 3}
    assert {e for e, _, _ in result.created} == {"allocation"}
    assert result.entities == {"allocation", "capacity"}
    assert _plan(store, rid)[(pid, "2031-01")] == (80.0, "proposed")
    assert _capacity(store, rid)[first["period"]] == 12.5
    assert second["period"] not in _capacity(store, rid)
    assert len(log_since(store, mark)) == 3
    undo = result.value
    redo = apply_many(store, undo, source="test").value
    assert _plan(store, rid) == before_plan and _capacity(store, rid) == before_cap
    apply_many(store, redo, source="test")
    assert _plan(store, rid)[(pid, "2031-01")] == (80.0, "proposed")
    assert _capacity(store, rid)[first["period"]] == 12.5
    assert second["period"] not in _capacity(store, rid)


def test_a_refused_edit_writes_nothing_of_the_batch(store):
    rid = _person(store)["id"]
    cap = store.rows("capacity", "resource_id = ?", [rid])[0]
    mark = last_log_id(store)
    before = _capacity(store, rid)
    with pytest.raises(StoreError, match="already exists"):
        apply_many(store, [
            Edit("update", "capacity", cap["id"], {"hours": 1.0}),
            Edit("create", "capacity", values={"resource_id": rid, "period": cap["period"],
                                               "hours": 3.0}),
        ])
    assert _capacity(store, rid) == before and last_log_id(store) == mark


def test_undo_is_refused_when_a_record_changed_since(store):
    rid = _person(store)["id"]
    cap = store.rows("capacity", "resource_id = ?", [rid])[0]
    undo = apply_many(store, [Edit("update", "capacity", cap["id"], {"hours": 50.0})]).value
    apply_many(store, [Edit("update", "capacity", cap["id"], {"hours": 60.0})])
    with pytest.raises(StoreError, match="changed elsewhere"):
        apply_many(store, undo)
    assert store.get("capacity", cap["id"])["hours"] == 60.0


def test_an_edit_of_a_record_that_is_gone_is_refused(store):
    with pytest.raises(StoreError, match="no longer exists"):
        apply_many(store, [Edit("update", "capacity", 999_999, {"hours": 1.0})])
