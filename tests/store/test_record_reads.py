"""store.record_reads: a register by key in one query, links by name; the batches."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.store import StoreError, open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.record_reads import batch_history, register_rows


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("record_reads") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=8, today=date(2026, 11, 21))
    return path


def test_register_rows_show_links_by_name_in_key_order(store):
    rows = register_rows(store, "allocation", ["resource_id", "project_id", "period",
                                                    "hours", "role_id"])
    assert len(rows) == store.query("SELECT COUNT(*) AS n FROM allocation")[0]["n"]
    first = store.get("allocation", rows[0]["id"])
    assert rows[0]["resource_id"] == store.get("resource", first["resource_id"])["name"]
    assert rows[0]["project_id"] == store.get("project", first["project_id"])["code"]
    keys = [(r["resource_id"].lower(), r["project_id"].lower(), r["period"]) for r in rows]
    assert keys == sorted(keys)


def test_register_rows_of_one_project_and_one_raid_type(store):
    pid = store.project_id("DCX-101")
    rows = register_rows(store, "issue", ["ref", "title"], pid)
    assert {r["id"] for r in rows} == {r["id"] for r in store.rows(
        "issue", "project_id = ?", [pid])}


def test_register_rows_refuse_a_column_that_is_not_a_field(store):
    with pytest.raises(StoreError, match="A risk has no field id; DROP"):
        register_rows(store, "risk", ["id; DROP"])


def test_batch_history_is_newest_first(store):
    with store.write("import", batch={"file_name": "a.xlsx"}) as tx:
        tx.update("project", store.project_id("DCX-101"), {"tier": 3})
    with store.write("cli", batch={"file_name": "edit project DCX-101: tier"}) as tx:
        tx.update("project", store.project_id("DCX-101"), {"tier": 2})
    rows = batch_history(store)
    assert [(r["source"], r["file_name"], r["summary"]) for r in rows[:2]] == [
        ("cli", "edit project DCX-101: tier", {"created": 0, "updated": 1, "deleted": 0}),
        ("import", "a.xlsx", {"created": 0, "updated": 1, "deleted": 0})]
