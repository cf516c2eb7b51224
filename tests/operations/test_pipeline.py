"""The intake pipeline over a real demo file: allowed moves only, and a proposal that
starts becomes a project with its code, budget, dates, scores and one undo."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.pipeline import move_proposal, project_values
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import StoreError

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def _proposal(store, code):
    pid = store.find_id("proposal", {"code": code})
    return pid, store.get("proposal", pid)


def test_only_the_pipeline_s_moves_are_allowed(store):
    pid, row = _proposal(store, "PRO-001")  # submitted
    assert row["status"] == "submitted"
    with pytest.raises(StoreError, match="can move to assessed"):
        move_proposal(store, pid, {"status": "approved"})
    move_proposal(store, pid, {"status": "assessed"})
    assert store.get("proposal", pid)["status"] == "assessed"
    rid, _row = _proposal(store, "PRO-008")  # rejected: final
    with pytest.raises(StoreError, match="final"):
        move_proposal(store, rid, {"status": "submitted"})


def test_an_approved_proposal_starts_as_a_project_and_one_undo_takes_it_back(store):
    pid, row = _proposal(store, "PRO-003")  # approved
    result = move_proposal(store, pid, {"status": "started"}, batch="start PRO-003")
    project = store.get("project", result.value)
    assert project["code"] == "PRO-003" and project["name"] == row["name"]
    assert project["bac"] == row["estimated_cost"] and project["state"] == "active"
    assert project["start_baseline"] == row["start_date"]
    assert store.get("proposal", pid)["status"] == "started"
    assert {e for e, _i, _k in result.created} == {"project"}
    undo_batch(store, result.batch_id)
    assert store.project_id("PRO-003") is None
    assert store.get("proposal", pid)["status"] == "approved"


def test_project_values_carry_what_the_proposal_said():
    values = project_values({"code": "P-1", "name": "Portal", "estimated_cost": 5.0,
                             "end_date": "2027-05-01", "sponsor": ""})
    assert values == {"code": "P-1", "stage": "initiation", "state": "active",
                      "name": "Portal", "bac": 5.0, "finish_baseline": "2027-05-01"}
