"""operations.registers: list, add, edit and delete any register by key and typed values,
each edit one batch, everything checked before anything is written."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.fields import FieldError, field_specs
from pmo_desktop.operations.registers import (
    add_record, delete_record, edit_record, field_message, list_records,
)
from pmo_desktop.operations.undo import undo_batch

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def _batches(store):
    return store.query("SELECT id, source, file_name FROM import_batch ORDER BY id")


def test_list_records_gives_keys_and_every_field_with_links_by_name(store):
    items = list_records(store, "project")
    assert [i["key"] for i in items] == sorted(i["key"] for i in items)
    assert list(items[0]) == ["key", *(s.name for s in field_specs("project"))]
    fin = next(i for i in items if i["key"] == "FIN-101")
    assert fin["programme"] == "Finance Transformation" and fin["code"] == "FIN-101"
    risks = list_records(store, "risk", "FIN-101")
    assert [r["key"] for r in risks][:2] == ["FIN-101/R-001", "FIN-101/R-002"]
    assert {r["project"] for r in risks} == {"FIN-101"} and len(risks) == 11
    assert len(list_records(store, "risk")) == store.query(
        "SELECT COUNT(*) AS n FROM raid_item WHERE type = 'risk'")[0]["n"]


def test_add_assigns_the_next_ref_and_is_one_batch(store):
    mark = last_log_id(store)
    result = add_record(store, "risk", {"title": "Vendor slips", "probability": "High",
                                        "due_date": "15/03/2027", "expected_value": "£1.2m"},
                        project="FIN-101")
    assert result.value["key"] == "FIN-101/R-012"
    assert result.value["batch"] == result.batch_id == _batches(store)[-1]["id"]
    assert _batches(store)[-1]["file_name"] == "add risk FIN-101/R-012"
    assert {c["field"]: c["new"] for c in result.value["changes"]} == {
        "ref": "R-012", "title": "Vendor slips", "probability": 5, "due_date": "2027-03-15",
        "expected_value": 1_200_000}
    assert {e["batch_id"] for e in log_since(store, mark)} == {result.batch_id}
    assert result.created[0][:1] == ("risk",)


def test_a_child_s_project_may_be_typed_as_a_field(store):
    result = add_record(store, "lesson", {"project": "FIN-101", "title": "Plan UAT early"})
    assert result.value["key"].startswith("FIN-101/L-")
    with pytest.raises(FieldError, match=r"project: 'FIN-102' is not the project named with "
                                         r"--project \(FIN-101\)"):
        add_record(store, "lesson", {"project": "FIN-102", "title": "x"}, project="FIN-101")


def test_an_edit_does_not_move_a_record_to_another_project(store):
    with pytest.raises(FieldError, match="project: a risk does not move to another project"):
        edit_record(store, "risk", "FIN-101/R-004", {"project": "FIN-102", "title": "x"})
    same = edit_record(store, "risk", "FIN-101/R-004", {"project": "FIN-101", "title": "y"})
    assert [c["field"] for c in same.value["changes"]] == ["title"]


def test_a_change_request_moves_by_its_workflow_and_is_decided_by_decide_change(store):
    added = add_record(store, "change_request", {"title": "More scope"}, project="FIN-101")
    key = added.value["key"]
    with pytest.raises(FieldError, match="status: a change request is approved with "
                                         "decide-change"):
        edit_record(store, "change_request", key, {"status": "approved"})
    with pytest.raises(FieldError, match="status: a change request that is draft cannot be "
                                         "implemented"):
        edit_record(store, "change_request", key, {"status": "implemented"})
    with pytest.raises(FieldError, match="status: a change request is rejected with"):
        add_record(store, "change_request", {"title": "x", "status": "rejected"},
                   project="FIN-101")
    moved = edit_record(store, "change_request", key, {"status": "submitted"})
    assert moved.value["changes"] == [{"field": "status", "old": None, "new": "submitted"}]


@pytest.mark.parametrize("typed,project,message", [
    ({"title": "x", "impact": "9"}, "FIN-101", "impact: '9' is not a 1–5 rating"),
    ({"title": "x", "colour": "red"}, "FIN-101", "risk has no field 'colour'"),
    ({"impact": "2"}, "FIN-101", "title is required."),
    ({"title": "x"}, None, "a risk belongs to a project"),
    ({"title": "x"}, "NOPE", "there is no project 'NOPE'"),
    ({"title": "x", "ref": "R-001"}, "FIN-101", "risk FIN-101/R-001 already exists."),
])
def test_add_refusals_write_nothing(store, typed, project, message):
    mark = last_log_id(store)
    with pytest.raises(FieldError, match=message):
        add_record(store, "risk", typed, project=project)
    assert last_log_id(store) == mark and _batches(store) == []


def test_edit_writes_only_what_differs_and_reports_old_and_new(store):
    result = edit_record(store, "project", "FIN-101",
                         {"pct_complete": "80%", "programme": "People & Workplace",
                          "name": store.get("project", store.project_id("FIN-101"))["name"]})
    assert [c["field"] for c in result.value["changes"]] == ["programme", "pct_complete"]
    assert result.value["changes"][0] == {"field": "programme", "old": "Finance Transformation",
                                          "new": "People & Workplace"}
    assert _batches(store)[-1]["file_name"] == "edit project FIN-101: programme, pct_complete"


def test_an_edit_that_changes_nothing_writes_nothing(store):
    status = store.get("risk", store.find_id("risk", {"project_id": store.project_id(
        "FIN-101"), "ref": "R-004"}))["status"]
    mark = last_log_id(store)
    result = edit_record(store, "risk", "FIN-101/R-004", {"status": status})
    assert result.value == {"key": "FIN-101/R-004", "batch": None, "changes": []}
    assert not result and last_log_id(store) == mark and _batches(store) == []


def test_an_edit_is_refused_only_for_what_it_breaks(store):
    pid = store.project_id("FIN-101")
    with store.write("test") as tx:  # an imported project whose dates were already wrong
        tx.update("project", pid, {"start_forecast": "2027-06-01",
                                   "finish_forecast": "2027-01-01"})
    edit_record(store, "project", "FIN-101", {"summary": "Board asked for a replan."})
    with pytest.raises(FieldError, match="finish_baseline is before start baseline"):
        edit_record(store, "project", "FIN-101", {"finish_baseline": "2000-01-01"})


def test_renaming_to_a_key_in_use_is_refused(store):
    with pytest.raises(FieldError, match="milestone FIN-101/Project closure already exists"):
        edit_record(store, "milestone", "FIN-101/Business case approved",
                    {"name": "Project closure"})
    renamed = edit_record(store, "milestone", "FIN-101/Business case approved",
                          {"name": "Business case signed"})
    assert renamed.value["key"] == "FIN-101/Business case signed"


def test_delete_counts_what_goes_with_it_and_undo_puts_it_back(store):
    resource = store.query("SELECT name, id FROM resource WHERE id IN (SELECT resource_id"
                           " FROM allocation) ORDER BY id LIMIT 1")[0]
    allocations = store.query("SELECT COUNT(*) AS n FROM allocation WHERE resource_id = ?",
                              [resource["id"]])[0]["n"]
    result = delete_record(store, "resource", resource["name"])
    assert list(result.value["deleted"])[0] == "resource"
    assert result.value["deleted"]["allocation"] == allocations > 0
    assert _batches(store)[-1]["file_name"].startswith(f"delete resource {resource['name']} "
                                                       "with ")
    undo_batch(store, result.value["batch"])
    assert store.find_id("resource", {"name": resource["name"]}) == resource["id"]


def test_a_baseline_is_not_edited_by_hand(store):
    for call in (lambda: add_record(store, "baseline", {"version": "9"}, project="FIN-101"),
                 lambda: edit_record(store, "baseline", "FIN-101/0", {"bac": "1"}),
                 lambda: delete_record(store, "baseline", "FIN-101/0")):
        with pytest.raises(FieldError, match="approved"):
            call()
    assert list_records(store, "baseline", "FIN-101")[0]["key"] == "FIN-101/0"


@pytest.mark.parametrize("entity,name,message,expected", [
    ("risk", "impact", "Impact: '9' is not a 1–5 rating",
     "impact: '9' is not a 1–5 rating (allowed: 1 to 5, or Low, Medium, High)."),
    ("risk", "title", "Title is required.", "title is required."),
    ("project", "rag_overall", "RAG overall: 'purple' is not a RAG status",
     "rag_overall: 'purple' is not a RAG status (allowed: green, amber, red)."),
    ("project", "bac", "Budget (BAC): 'lots' is not a number",
     "bac: 'lots' is not a number (allowed: an amount such as 250000, £1.2m or 1,200k)."),
    ("risk", "colour", "risk has no field 'colour'", "risk has no field 'colour'"),
])
def test_field_message_starts_with_the_typed_name_and_says_what_is_allowed(
        entity, name, message, expected):
    assert field_message(entity, name, message) == expected
