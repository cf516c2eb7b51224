"""operations.changes: workflow steps, decisions, rebaselining and its undo."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.operations.changes import (
    change_register, decide_change, find_change, move_change,
)
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import StoreError, UndoConflict
from pmo_desktop.store import baselines as bl
from pmo_desktop.store.queries import portfolio_status
from pmo_desktop.store.queries_project import project_milestones

from .change_fixtures import ON, cc_store, cr_id, milestone_dates  # noqa: F401  (fixture)
from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def _project(store):
    return store.get("project", store.project_id("CC-1"))


def _versions(store):
    return bl.versions(store, store.project_id("CC-1"))


def _dump(store):
    return {t: store.query(f"SELECT * FROM {t} ORDER BY id")
            for t in ("project", "milestone", "change_request", "baseline")}


def test_find_change_by_key(cc_store):
    assert find_change(cc_store, "CC-1/CR-004") == cr_id(cc_store, "CR-004")
    for key, words in [("CC-1", "not a change request key"), ("NOPE/CR-001", "no project 'NOPE'"),
                       ("CC-1/CR-999", "no change request 'CR-999'"), ("/CR-1", "not a")]:
        with pytest.raises(StoreError, match=words):
            find_change(cc_store, key)


def test_approval_writes_version_and_moves_project_and_milestones(cc_store):
    store = cc_store
    before = milestone_dates(store)
    mark = last_log_id(store)
    result = decide_change(store, cr_id(store, "CR-001"), "approve", by="Portfolio Board",
                           note="Funded from change budget", on=ON)
    value = result.value
    assert value["key"] == "CC-1/CR-001" and value["status"] == "approved"
    baseline = value["baseline"]
    # No version yet: the original is kept as version 0, the approval writes version 1.
    assert [v["version"] for v in _versions(store)] == [0, 1]
    v0, v1 = _versions(store)
    assert (v0["bac"], v0["finish_date"], v0["source_cr"]) == (1_000_000.0, "2027-03-31", None)
    assert (v1["bac"], v1["finish_date"], v1["effective_date"]) == (1_075_000.0, "2027-04-30",
                                                                   ON.isoformat())
    assert (v1["approved_by"], v1["reason"], v1["source_cr"]) == (
        "Portfolio Board", "Funded from change budget", "CR-001")
    assert baseline["version"] == 1 and baseline["bac"] == 1_075_000.0
    assert baseline["milestones_moved"] == 2 and baseline["previous_version"] == 0
    project = _project(store)
    assert (project["bac"], project["finish_baseline"]) == (1_075_000.0, "2027-04-30")
    after = milestone_dates(store)
    assert after["Go-live"] == "2027-02-14" and after["Handover"] == "2027-04-30"
    assert after["Design"] == before["Design"] and after["Build"] == before["Build"]
    cr = store.get("change_request", cr_id(store, "CR-001"))
    assert (cr["status"], cr["approver"], cr["decision_date"], cr["decision"]) == (
        "approved", "Portfolio Board", ON.isoformat(), "Funded from change budget")
    assert cr["authority_level"] == "project_board"  # 75k > change authority's 50k
    assert result.warnings and "project board" in result.warnings[0]
    # One batch; every field change in the change log, by who decided.
    entries = log_since(store, mark)
    assert {e["batch_id"] for e in entries} == {result.batch_id} and result.batch_id
    assert {e["user"] for e in entries} == {"Portfolio Board"}
    fields = {(e["entity"], e["field"]) for e in entries if e["op"] == "update"}
    assert {("project", "bac"), ("project", "finish_baseline"),
            ("milestone", "baseline_date"), ("change_request", "status")} <= fields
    assert sum(1 for e in entries if e["entity"] == "baseline" and e["op"] == "create") == 2
    assert {"baseline", "project", "milestone", "change_request"} == result.entities


def test_second_approval_makes_the_next_version(cc_store):
    store = cc_store
    decide_change(store, cr_id(store, "CR-001"), "approve", by="Board", on=ON)
    result = decide_change(store, cr_id(store, "CR-004"), "approved", by="Board", on=ON)
    assert result.value["baseline"]["version"] == 2
    assert [v["version"] for v in _versions(store)] == [0, 1, 2]
    assert _project(store)["bac"] == 1_095_000.0
    assert _project(store)["finish_baseline"] == "2027-05-10"
    assert _versions(store)[2]["reason"] == "Second test cycle"  # the CR's title


@pytest.mark.parametrize("decision", ["reject", "defer"])
def test_reject_or_defer_writes_no_version(cc_store, decision):
    store = cc_store
    before = _dump(store)
    result = decide_change(store, cr_id(store, "CR-001"), decision, by="Board", on=ON)
    assert result.value["baseline"] is None
    assert not _versions(store)
    after = _dump(store)
    assert after["project"] == before["project"] and after["milestone"] == before["milestone"]
    cr = store.get("change_request", cr_id(store, "CR-001"))
    assert cr["status"] == decision + ("ed" if decision == "reject" else "red")


def test_approval_without_impact_writes_no_version(cc_store):
    result = decide_change(cc_store, cr_id(cc_store, "CR-002"), "approve", by="Ann Lee", on=ON)
    assert result.value["baseline"] is None and not _versions(cc_store)
    assert not result.warnings  # within the PM's authority


def test_refusals_write_nothing(cc_store):
    store = cc_store
    mark = last_log_id(store)
    before = _dump(store)
    with pytest.raises(StoreError, match="CC-1/CR-003: A change request that is submitted "
                                         "cannot be approved"):
        decide_change(store, cr_id(store, "CR-003"), "approve", by="Board", on=ON)
    with pytest.raises(StoreError, match="not a decision"):
        decide_change(store, cr_id(store, "CR-001"), "maybe", by="Board", on=ON)
    with pytest.raises(StoreError, match="who decided"):
        decide_change(store, cr_id(store, "CR-001"), "approve", by="  ", on=ON)
    with pytest.raises(StoreError, match="is for the project board to decide"):
        decide_change(store, cr_id(store, "CR-001"), "approve", by="Ann", level="pm", on=ON)
    with pytest.raises(StoreError, match="cannot be implemented"):
        move_change(store, cr_id(store, "CR-003"), "implemented", by="Ann", on=ON)
    assert last_log_id(store) == mark and _dump(store) == before
    assert not store.query("SELECT * FROM import_batch WHERE file_name LIKE 'Change%'")


def test_workflow_steps(cc_store):
    store = cc_store
    cid = cr_id(store, "CR-003")
    r = move_change(store, cid, "under_assessment", by="Ann Lee", on=ON)
    assert r.value == {"key": "CC-1/CR-003", "status": "under_assessment", "from": "submitted"}
    move_change(store, cid, "awaiting_decision", by="Ann Lee", note="Recommend approval")
    cr = store.get("change_request", cid)
    assert cr["recommendation"] == "Recommend approval" and cr["authority_level"] == "pm"
    move_change(store, cid, "approve", by="Ann Lee", on=ON)  # a decision goes to decide_change
    assert store.get("change_request", cid)["status"] == "approved"
    assert [v["source_cr"] for v in _versions(store)] == [None, "CR-003"]
    move_change(store, cid, "implemented", by="Ann Lee", on=ON)
    assert store.get("change_request", cid)["implemented_date"] == ON.isoformat()
    r = move_change(store, cid, "closed", by="Ann Lee")
    assert store.get("change_request", cid)["status"] == "closed" and r.batch_id
    batch = store.query("SELECT file_name FROM import_batch WHERE id = ?", [r.batch_id])[0]
    assert batch["file_name"] == "Change request CC-1/CR-003 closed"


def test_undo_of_an_approval_removes_exactly_its_version(cc_store):
    store = cc_store
    first = decide_change(store, cr_id(store, "CR-001"), "approve", by="Board", on=ON)
    before = _dump(store)
    second = decide_change(store, cr_id(store, "CR-004"), "approve", by="Board", on=ON)
    assert [v["version"] for v in _versions(store)] == [0, 1, 2]
    # The first approval cannot be undone while the second stands on it.
    with pytest.raises(UndoConflict):
        undo_batch(store, first.batch_id)
    undo = undo_batch(store, second.batch_id)
    assert "baseline" in undo.entities
    assert _dump(store) == before  # version 2 gone, project, milestones and CR as before
    assert [v["version"] for v in _versions(store)] == [0, 1]
    undo_batch(store, first.batch_id)
    assert not _versions(store)
    assert _project(store)["bac"] == 1_000_000.0
    assert store.get("change_request", cr_id(store, "CR-001"))["status"] == "awaiting_decision"
    # the versions that stand are immutable still
    decide_change(store, cr_id(store, "CR-001"), "approve", by="Board", on=ON)
    with pytest.raises(StoreError, match="immutable"), store.write() as tx:
        tx.delete("baseline", _versions(store)[0]["id"])


def test_slip_and_status_measure_against_the_current_version(cc_store):
    store = cc_store
    pid = store.project_id("CC-1")
    build = store.find_id("milestone", {"project_id": pid, "name": "Build"})
    with store.write("test") as tx:  # no overdue milestone: the finish slip rates schedule
        tx.update("milestone", build, {"actual_date": "2026-11-15"})
    slips = {m["name"]: m["slip_days"] for m in project_milestones(store.db, pid, ON)}
    (status,) = portfolio_status(store.db, ON, store.thresholds(), "p.id = ?", [pid])
    decide_change(store, cr_id(store, "CR-001"), "approve", by="Board", on=ON)
    after = {m["name"]: m["slip_days"] for m in project_milestones(store.db, pid, ON)}
    assert after["Go-live"] == slips["Go-live"] - 30 == 0
    assert after["Handover"] == slips["Handover"] - 30 == 0
    assert after["Build"] == slips["Build"] and after["Design"] == slips["Design"]
    (now,) = portfolio_status(store.db, ON, store.thresholds(), "p.id = ?", [pid])
    assert now.bac == status.bac + 75_000
    assert now.finish_baseline == "2027-04-30"
    assert now.ev == pytest.approx(1_075_000.0 * 0.5)  # EV = BAC × % complete
    # finish slip 33 days (7.3% of the baseline duration: amber) → 3 days: green
    assert status.calculated["schedule"] != "green" and now.calculated["schedule"] == "green"


def test_the_version_json_is_plain(cc_store):
    result = decide_change(cc_store, cr_id(cc_store, "CR-004"), "approve", by="B", on=ON)
    assert json.loads(json.dumps(result.value)) == result.value


def _pack_text(store, path, period):
    from pypdf import PdfReader

    from pmo_desktop.operations.packs import build_pack
    from pmo_desktop.reports.api import PackOptions

    build_pack(store, path, PackOptions(period=period))
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_closed_periods_pack_does_not_change_when_a_cr_is_approved(cc_store, tmp_path):
    from pmo_desktop.operations.periods import close_period

    store = cc_store
    close_period(store, ON)  # CC-1 and its CRs are in the closed period
    before = _pack_text(store, tmp_path / "before.pdf", ON)
    assert "CR-001" in before  # the pack lists the CR awaiting a decision
    now_before = _pack_text(store, tmp_path / "now0.pdf", None)
    decide_change(store, cr_id(store, "CR-001"), "approve", by="Board", on=ON)
    decide_change(store, cr_id(store, "CR-004"), "reject", by="Board", on=ON)
    after = _pack_text(store, tmp_path / "after.pdf", ON)
    assert after == before
    # while the pack of the portfolio as it stands shows the decision
    assert _pack_text(store, tmp_path / "now1.pdf", None) != now_before


def test_change_register_says_who_decides_and_what_comes_next(cc_store):
    rows = {r["ref"]: r for r in change_register(cc_store, "CC-1")}
    assert set(rows) == {"CR-001", "CR-002", "CR-003", "CR-004"}
    assert rows["CR-001"]["authority_needed"] == "project_board"  # 30 days > 20
    assert rows["CR-002"]["authority_needed"] == "pm"
    assert rows["CR-004"]["authority_needed"] == "change_authority"
    assert rows["CR-003"]["next_steps"] == ("under_assessment", "draft", "withdrawn")
    assert rows["CR-001"]["project_code"] == "CC-1"
    cc_store.set_settings({"delegation_limits": {"pm": {"cost": 100_000, "days": 60}}})
    levels = {r["ref"]: r["authority_needed"] for r in change_register(cc_store, "CC-1")}
    # a scope change still needs at least the change authority, whose limit it exceeds
    assert levels == {"CR-001": "project_board", "CR-002": "pm", "CR-003": "pm",
                      "CR-004": "pm"}
    assert len(change_register(cc_store)) > 4  # every project's
