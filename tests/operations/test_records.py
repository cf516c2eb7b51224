"""operations.records: create, update (with ``expected``), delete with children, restore."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.operations import Result
from pmo_desktop.operations.records import (
    Deleted, children_count, create, delete, restore, update,
)
from pmo_desktop.store import ENTITIES, Record, StoreError, StoreReadOnly, open_store

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)

CHILD_TABLES = ("milestone", "financial", "allocation", "raid_item", "change_request",
                "baseline", "lesson", "task", "gate")


def _project_rows(store, pid):
    data = {"project": store.query("SELECT * FROM project WHERE id = ?", [pid])}
    for table in CHILD_TABLES:
        data[table] = store.query(f"SELECT * FROM {table} WHERE project_id = ? ORDER BY id",
                                  [pid])
    return data


def _programme(store):
    return store.rows("programme")[0]["id"]


def test_create_returns_the_new_id_and_logs_one_entry(store):
    mark = last_log_id(store)
    result = create(store, "project", {"code": "NEW-1", "name": "New", "bac": 1000.0,
                                       "programme_id": _programme(store)}, source="cli")
    assert isinstance(result, Result)
    pid = store.project_id("NEW-1")
    assert result.value == pid and result.created == [("project", pid, "NEW-1")]
    assert result.entities == {"project"} and not result.updated and not result.deleted
    (entry,) = log_since(store, mark)
    assert (entry["op"], entry["source"], entry["entity_id"]) == ("create", "cli", pid)
    assert json.loads(entry["new"])["bac"] == 1000.0


def test_create_refused_writes_nothing(store):
    mark = last_log_id(store)
    with pytest.raises(StoreError, match="already exists"):
        create(store, "project", {"code": "FIN-101", "name": "Twin"})
    with pytest.raises(StoreError, match="has no field colour"):
        create(store, "project", {"code": "NEW-2", "name": "x", "colour": "red"})
    assert last_log_id(store) == mark and store.project_id("NEW-2") is None


def test_update_writes_only_what_differs(store):
    pid = store.project_id("FIN-101")
    row = store.get("project", pid)
    mark = last_log_id(store)
    result = update(store, "project", pid, {"summary": "New words.", "name": row["name"]})
    assert result.value == ["summary"]
    assert result.updated == [("project", pid, "FIN-101")]
    assert [(e["field"], e["source"]) for e in log_since(store, mark)] == [("summary", "ui")]
    assert store.get("project", pid)["summary"] == "New words."


def test_update_with_expected_refuses_a_field_changed_elsewhere(store):
    pid = store.project_id("FIN-101")
    update(store, "project", pid, {"summary": "Mine."})
    update(store, "project", pid, {"summary": "Theirs."}, source="cli")  # "elsewhere"
    mark = last_log_id(store)
    with pytest.raises(StoreError) as err:
        update(store, "project", pid, {"summary": "Back."}, expected={"summary": "Mine."})
    assert str(err.value) == (
        "project FIN-101 was changed elsewhere after this edit — summary (now “Theirs.”); "
        "this would overwrite that change, so nothing was changed.")
    assert store.get("project", pid)["summary"] == "Theirs." and last_log_id(store) == mark
    # once the field holds what was expected, it goes through
    result = update(store, "project", pid, {"summary": "Back."}, expected={"summary": "Theirs."})
    assert result.value == ["summary"]


def test_update_with_expected_of_a_deleted_record(store):
    pid = store.project_id("FIN-101")
    delete(store, "project", pid)
    with pytest.raises(StoreError, match="^That project no longer exists.$"):
        update(store, "project", pid, {"summary": "x"}, expected={"summary": None})
    with pytest.raises(StoreError, match="^That change_request no longer exists.$"):
        update(store, "change_request", 10**6, {"title": "x"})


def test_delete_project_takes_every_child_and_restore_puts_back_the_same_rows(store):
    pid = store.project_id("FIN-102")
    before = _project_rows(store, pid)
    counts = children_count(store, "project", pid)
    assert "dependency" not in counts  # kinds with none are left out
    assert sum(counts.values()) == sum(len(before[t]) for t in CHILD_TABLES)
    totals = store.counts()
    mark = last_log_id(store)

    result = delete(store, "project", pid, source="cli")
    deleted = result.value
    assert isinstance(deleted, Deleted)
    assert deleted.record.entity == "project" and deleted.record.id == pid
    assert "id" not in deleted.record.values and deleted.record.values["code"] == "FIN-102"
    captured = {}
    for child in deleted.children:
        captured[child.entity] = captured.get(child.entity, 0) + 1
    assert captured == counts
    # what was captured is exactly what the delete took (one cascade for both)
    assert {(r.entity, r.id) for r in deleted.records} == {
        (e, i) for e, i, _k in result.deleted}
    assert result.deleted[-1] == ("project", pid, "FIN-102")
    log = log_since(store, mark)
    assert len(log) == len(deleted.records) and {e["op"] for e in log} == {"delete"}
    assert {e["source"] for e in log} == {"cli"}
    assert _project_rows(store, pid) == {t: [] for t in ("project", *CHILD_TABLES)}

    back = restore(store, deleted)
    assert back.value == pid and len(back.created) == len(deleted.records)
    assert _project_rows(store, pid) == before
    assert {k: v for k, v in store.counts().items() if k != "change_log"} == {
        k: v for k, v in totals.items() if k != "change_log"}


def test_delete_resource_takes_its_allocations_and_capacity(store):
    resource = next(r for r in store.rows("resource")
                    if {"allocation", "capacity"} <= set(children_count(store, "resource",
                                                                        r["id"])))
    rid = resource["id"]
    allocations = store.rows("allocation", "resource_id = ?", [rid])
    capacity = store.rows("capacity", "resource_id = ?", [rid])
    deleted = delete(store, "resource", rid).value
    assert [(c.entity, c.id) for c in deleted.children] == (
        [("allocation", a["id"]) for a in allocations]
        + [("capacity", c["id"]) for c in capacity])
    assert store.rows("allocation", "resource_id = ?", [rid]) == []
    restore(store, deleted)
    assert store.rows("allocation", "resource_id = ?", [rid]) == allocations
    assert store.rows("capacity", "resource_id = ?", [rid]) == capacity
    assert store.get("resource", rid) == resource


def test_delete_with_expected_refuses_a_record_changed_since(store):
    pid = create(store, "project", {"code": "NEW-3", "name": "Three"}).value
    update(store, "project", pid, {"sponsor": "Board"}, source="cli")
    expected = {"code": "NEW-3", "name": "Three",
                **{f: None for f in ENTITIES["project"].fields if f != "name"}}
    with pytest.raises(StoreError, match="changed elsewhere after this edit — sponsor "
                                         "\\(now “Board”\\)"):
        delete(store, "project", pid, expected=expected)
    assert store.project_id("NEW-3") == pid


def test_delete_of_a_record_that_is_gone(store):
    with pytest.raises(StoreError, match="^That project no longer exists.$"):
        delete(store, "project", 10**6)


def test_restore_is_one_write_a_child_refused_puts_nothing_back(store):
    pid = store.project_id("FIN-102")
    deleted = delete(store, "project", pid).value
    # a child whose id another record has taken meanwhile: the project is not kept either
    taken = store.rows("milestone")[0]
    clash = Record("milestone", taken["id"], {k: v for k, v in taken.items() if k != "id"})
    mark = last_log_id(store)
    with pytest.raises(StoreError, match="cannot be restored: another record now has its key"):
        restore(store, Deleted(deleted.record, (*deleted.children, clash)))
    assert store.get("project", pid) is None and last_log_id(store) == mark
    assert store.rows("milestone", "project_id = ?", [pid]) == []


def test_restore_refused_when_the_code_was_taken(store):
    pid = store.project_id("FIN-102")
    deleted = delete(store, "project", pid).value
    create(store, "project", {"code": "FIN-102", "name": "Someone else's"})
    mark = last_log_id(store)
    with pytest.raises(StoreError, match="cannot be restored: another record now has its key"):
        restore(store, deleted)
    assert last_log_id(store) == mark and store.get("project", pid) is None
    assert store.rows("milestone", "project_id = ?", [pid]) == []


def test_a_read_only_store_refuses_every_record_operation(store_path):
    with open_store(store_path, read_only=True) as ro:
        pid = ro.project_id("FIN-101")
        for call in (lambda: create(ro, "project", {"code": "X-1", "name": "X"}),
                     lambda: update(ro, "project", pid, {"summary": "x"}),
                     lambda: delete(ro, "project", pid)):
            with pytest.raises(StoreReadOnly):
                call()
        assert ro.project_id("FIN-101") == pid


def test_create_without_a_ref_gets_the_projects_next_one(store):
    pid = store.rows("project")[0]["id"]
    refs = [r["ref"] for r in store.rows("risk", "project_id = ?", [pid])]
    result = create(store, "risk", {"project_id": pid, "title": "Supplier insolvency"})
    made = store.get("risk", result.value)
    numbers = [int(r.split("-")[1]) for r in refs]
    assert made["ref"] == f"R-{max(numbers, default=0) + 1:03d}"
    other = store.rows("project")[1]["id"]
    for row in store.rows("lesson", "project_id = ?", [other]):
        delete(store, "lesson", row["id"])
    lesson = create(store, "lesson", {"project_id": other, "title": "Book rooms early"})
    assert store.get("lesson", lesson.value)["ref"] == "L-001"


def test_create_keeps_a_ref_given(store):
    pid = store.rows("project")[0]["id"]
    result = create(store, "risk", {"project_id": pid, "title": "X", "ref": "RSK-9"})
    assert store.get("risk", result.value)["ref"] == "RSK-9"


def test_an_edit_with_a_batch_is_one_batch_of_its_own(store):
    from pmo_desktop.operations.undo import undo_batch

    pid = store.project_id("FIN-101")
    mark = last_log_id(store)
    made = create(store, "risk", {"project_id": pid, "title": "Batched"}, source="cli",
                  batch="add risk FIN-101/R-012")
    changed = update(store, "project", pid, {"summary": "Batched."}, source="cli",
                     batch="edit project FIN-101: summary")
    assert (made.batch_id, changed.batch_id) == (1, 2)
    assert store.query("SELECT id, source, file_name FROM import_batch ORDER BY id") == [
        {"id": 1, "source": "cli", "file_name": "add risk FIN-101/R-012"},
        {"id": 2, "source": "cli", "file_name": "edit project FIN-101: summary"}]
    assert [e["batch_id"] for e in log_since(store, mark)] == [1, 2]
    plain = update(store, "project", pid, {"summary": "No batch."})
    assert plain.batch_id is None and store.query("SELECT COUNT(*) AS n FROM import_batch")[
        0]["n"] == 2
    update(store, "project", pid, {"summary": "Batched."})
    undo_batch(store, 1)
    assert store.get("risk", made.value) is None


def test_deleting_a_programme_keeps_its_projects_and_undo_links_them_again(store):
    programme = _programme(store)
    linked = [r["id"] for r in store.rows("project", "programme_id = ?", [programme])]
    assert linked
    assert store.linked_count("programme", programme) == {"project": len(linked)}
    assert children_count(store, "programme", programme) == {}
    mark = last_log_id(store)
    result = delete(store, "programme", programme, source="cli")
    assert result.value.unlinked == tuple(("project", pid, "programme_id") for pid in linked)
    for pid in linked:
        assert store.get("project", pid)["programme_id"] is None
    # each cleared link is in the change log (the foreign key would clear it unlogged)
    cleared = [e for e in log_since(store, mark) if e["field"] == "programme_id"]
    assert sorted(e["entity_id"] for e in cleared) == sorted(linked)
    # a project given another programme meanwhile keeps it
    other = create(store, "programme", {"name": "Elsewhere"}).value
    update(store, "project", linked[0], {"programme_id": other})
    restore(store, result.value, source="cli")
    assert store.get("programme", programme) is not None
    assert store.get("project", linked[0])["programme_id"] == other
    for pid in linked[1:]:
        assert store.get("project", pid)["programme_id"] == programme


def test_a_raid_item_without_a_status_is_created_open_for_its_type(store):
    pid = store.rows("project")[0]["id"]
    risk = create(store, "risk", {"project_id": pid, "title": "No status given"})
    dependency = create(store, "dependency", {"project_id": pid, "title": "Feed from HR"})
    given = create(store, "risk", {"project_id": pid, "title": "Given", "status": "draft"})
    assert store.get("risk", risk.value)["status"] == "open"
    assert store.get("dependency", dependency.value)["status"] == "on_track"
    assert store.get("risk", given.value)["status"] == "draft"


def _milestone(store, **where):
    return store.query("""SELECT * FROM milestone WHERE actual_date IS NULL
        AND baseline_date IS NOT NULL AND COALESCE(status, '') != 'cancelled'
        ORDER BY id LIMIT 1""")[0]


def test_an_actual_date_typed_in_records_the_milestone_complete_on_time_or_late(store):
    # The importer's rule (domain.schedule.completion_status): complete late when the
    # actual date is after the baseline, else on time; the status is logged with it.
    from datetime import date, timedelta

    from pmo_desktop.domain.schedule import COMPLETE_LATE, COMPLETE_ON_TIME

    ms = _milestone(store)
    baseline = date.fromisoformat(ms["baseline_date"])
    mark = last_log_id(store)
    update(store, "milestone", ms["id"], {"actual_date": str(baseline + timedelta(days=3))})
    assert store.rows("milestone", "id = ?", [ms["id"]])[0]["status"] == COMPLETE_LATE
    assert {e["field"] for e in log_since(store, mark)} == {"actual_date", "status"}
    update(store, "milestone", ms["id"], {"actual_date": str(baseline)})
    assert store.rows("milestone", "id = ?", [ms["id"]])[0]["status"] == COMPLETE_ON_TIME
    update(store, "milestone", ms["id"], {"baseline_date": str(baseline - timedelta(days=1))})
    assert store.rows("milestone", "id = ?", [ms["id"]])[0]["status"] == COMPLETE_LATE
    # a status typed in the same edit is the one kept
    update(store, "milestone", ms["id"], {"actual_date": str(baseline), "status": "cancelled"})
    assert store.rows("milestone", "id = ?", [ms["id"]])[0]["status"] == "cancelled"


def test_clearing_a_milestones_actual_date_makes_it_open_again(store):
    from datetime import date, timedelta

    from pmo_desktop.domain.schedule import milestone_status
    from pmo_desktop.store.queries import as_of_date

    ms = _milestone(store)
    baseline = date.fromisoformat(ms["baseline_date"])
    update(store, "milestone", ms["id"], {"actual_date": str(baseline)})
    update(store, "milestone", ms["id"], {"actual_date": None})
    after = store.rows("milestone", "id = ?", [ms["id"]])[0]
    assert after["status"] == milestone_status(
        baseline, date.fromisoformat(after["forecast_date"]) if after["forecast_date"] else None,
        None, as_of_date(store.settings()))
    assert not after["status"].startswith("complete")
    other = _milestone(store)  # never complete: a cleared blank actual date changes nothing
    update(store, "milestone", other["id"], {"actual_date": None, "name": other["name"] + "!"})
    assert store.rows("milestone", "id = ?", [other["id"]])[0]["status"] == other["status"]


def test_a_milestone_created_with_an_actual_date_is_complete(store):
    pid = store.rows("project")[0]["id"]
    result = create(store, "milestone", {"project_id": pid, "name": "Done already",
                                         "baseline_date": "2026-03-01",
                                         "actual_date": "2026-03-09"})
    assert store.rows("milestone", "id = ?", [result.value])[0]["status"] == "complete_late"
