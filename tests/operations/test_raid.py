"""operations.raid: close, reopen, and a risk that happened becoming its linked issue."""

from __future__ import annotations

import pytest

from pmo_desktop.domain.raid import CLOSING_STATUS
from pmo_desktop.operations import raid as ops
from pmo_desktop.operations.records import update
from pmo_desktop.store import SCHEMA_VERSION, StoreError

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    TODAY, last_log_id, log_since, operations_template, store, store_path,
)


def _open(store, kind):
    return store.query("""SELECT * FROM raid_item WHERE type = ? AND
        COALESCE(status, 'open') IN ('open', 'on_track', 'pending', 'draft', 'monitoring')
        ORDER BY id LIMIT 1""", [kind])[0]


def _risk(store, **values):
    risk = _open(store, "risk")
    update(store, "risk", risk["id"], values, source="test")
    return store.get("risk", risk["id"])


def test_the_schema_has_the_link_and_the_source_text(store):
    assert store.schema_version == SCHEMA_VERSION
    cols = {r["name"] for r in store.query("PRAGMA table_info(raid_item)")}
    assert {"linked_ref", "source_text"} <= cols


def test_a_risk_becomes_an_issue_in_one_write(store):
    risk = _risk(store, impact=4, residual_impact=None, owner="Mia Evans",
                 description="Because of X, Y may occur", category="supplier")
    refs = store.refs("issue", risk["project_id"])
    mark = last_log_id(store)
    result = ops.materialise(store, risk["id"], TODAY, source="test")
    issue = store.get("issue", result.value)
    assert issue["ref"] not in refs and issue["project_id"] == risk["project_id"]
    assert (issue["title"], issue["description"], issue["owner"], issue["category"]) == (
        risk["title"], risk["description"], "Mia Evans", "supplier")
    assert issue["severity"] == "high" and issue["status"] == "open"
    assert issue["linked_ref"] == risk["ref"] and issue["date_raised"] == TODAY.isoformat()
    after = store.get("risk", risk["id"])
    assert after["status"] == "materialised" and after["linked_ref"] == issue["ref"]
    log = log_since(store, mark)
    assert len({e["at"] for e in log}) == 1  # one transaction
    assert {(e["entity"], e["op"]) for e in log} == {("issue", "create"), ("risk", "update")}
    assert result.entities == {"risk", "issue"}


def test_the_residual_impact_sets_the_severity_when_assessed(store):
    risk = _risk(store, impact=5, residual_impact=2)
    issue = store.get("issue", ops.materialise(store, risk["id"], TODAY).value)
    assert issue["severity"] == "low"


def test_unmaterialise_puts_back_the_risk_and_deletes_the_issue(store):
    risk = _risk(store, impact=3)
    result = ops.materialise(store, risk["id"], TODAY)
    issue = store.get("issue", result.value)
    before = store.query("SELECT COUNT(*) AS n FROM raid_item")[0]["n"]
    ops.unmaterialise(store, risk["id"], result.value, risk, issue_expected=issue)
    assert store.get("issue", result.value) is None
    assert store.get("risk", risk["id"]) == risk
    assert store.query("SELECT COUNT(*) AS n FROM raid_item")[0]["n"] == before - 1


def test_unmaterialise_refuses_when_the_issue_changed_since(store):
    risk = _risk(store, impact=3)
    result = ops.materialise(store, risk["id"], TODAY)
    issue = store.get("issue", result.value)
    update(store, "issue", result.value, {"resolution": "Workaround agreed"})
    mark = last_log_id(store)
    with pytest.raises(StoreError, match="resolution"):
        ops.unmaterialise(store, risk["id"], result.value, risk, issue_expected=issue)
    assert log_since(store, mark) == [] and store.get("issue", result.value) is not None


@pytest.mark.parametrize("status", ["closed", "materialised"])
def test_only_an_open_risk_becomes_an_issue(store, status):
    risk = _risk(store, status=status)
    mark = last_log_id(store)
    with pytest.raises(StoreError, match=status):
        ops.materialise(store, risk["id"], TODAY)
    assert log_since(store, mark) == []


@pytest.mark.parametrize("kind", list(CLOSING_STATUS))
def test_close_then_reopen_each_kind(store, kind):
    item = _open(store, kind)
    ops.close_item(store, kind, item["id"], TODAY)
    closed = store.get(kind, item["id"])
    assert closed["status"] == CLOSING_STATUS[kind]
    assert closed["closed_date"] == TODAY.isoformat()
    with pytest.raises(StoreError, match="already closed"):
        ops.close_item(store, kind, item["id"], TODAY)
    ops.reopen_item(store, kind, item["id"])
    again = store.get(kind, item["id"])
    assert again["closed_date"] is None and again["status"] != CLOSING_STATUS[kind]
    with pytest.raises(StoreError, match="is open"):
        ops.reopen_item(store, kind, item["id"])


def test_a_kind_that_is_not_raid_is_refused(store):
    with pytest.raises(StoreError, match="not a kind of RAID item"):
        ops.close_item(store, "project", 1, TODAY)
