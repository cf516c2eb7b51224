"""The store's one write path: the change-log INSERT and ``BEGIN IMMEDIATE`` are written
once; the delete cascade is declared once and the capture for undo reads the same rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pmo_desktop.store import open_store
from pmo_desktop.store.cascade import CASCADE, capture, child_counts

PACKAGE = Path(__file__).resolve().parents[2] / "pmo_desktop"


def _places(pattern: str) -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(pattern, line, re.IGNORECASE):
                found.append(f"{path.relative_to(PACKAGE)}:{number}")
    return found


def test_the_change_log_is_written_in_one_place():
    places = _places(r"INSERT\s+INTO\s+change_log")
    assert len(places) == 1 and places[0].startswith("store/ops.py:"), places


def test_transactions_begin_only_in_the_store_write_and_the_migrations():
    places = _places(r"[\"']BEGIN\s+IMMEDIATE[\"']")
    assert {p.split(":")[0] for p in places} <= {"store/transactions.py", "store/db.py"}, places
    assert len([p for p in places if p.startswith("store/transactions.py")]) == 1, places


def test_the_cli_runs_no_sql_and_never_touches_the_connection():
    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted((PACKAGE / "cli").glob("*.py")))
    assert "def main(" in text and "def cmd_import(" in text
    assert not re.search(r"\bSELECT\b|\bINSERT\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b",
                         text)
    for reach in ("store.db", ".conn", "store.query(", "store.write("):
        assert reach not in text, reach


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "p.pmo")
    with s.write() as tx:
        pid = tx.create("project", {"code": "P-1", "name": "One"})
        tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "Late"})
        tx.create("issue", {"project_id": pid, "ref": "I-1", "title": "Blocked"})
        tx.create("milestone", {"project_id": pid, "name": "Go-live"})
        rid = tx.create("resource", {"name": "Ann"})
        tx.create("allocation", {"resource_id": rid, "project_id": pid, "period": "2026-11",
                                 "hours": 10})
        tx.create("capacity", {"resource_id": rid, "period": "2026-11", "hours": 140})
        other = tx.create("project", {"code": "P-2", "name": "Two"})
        tx.create("risk", {"project_id": other, "ref": "R-1", "title": "Not mine"})
    yield s
    s.close()


@pytest.mark.parametrize("name,key", [("project", "P-1"), ("resource", "Ann")])
def test_the_delete_takes_exactly_what_the_capture_read(store, name, key):
    entity_id = store.find_id(name, {"code": key} if name == "project" else {"name": key})
    captured = capture(store.db, name, entity_id)
    assert captured is not None and captured.record.id == entity_id
    kinds = [c.entity for c in captured.children]
    assert set(kinds) <= set(CASCADE[name][0])
    assert child_counts(store.db, name, entity_id) == {k: kinds.count(k) for k in kinds}
    with store.write() as tx:
        tx.delete(name, entity_id)
    assert [(e, i) for e, i, _k in tx.changes.deleted] == [
        (c.entity, c.id) for c in captured.children] + [(name, entity_id)]


def test_a_project_takes_its_own_children_only(store):
    pid = store.project_id("P-1")
    captured = capture(store.db, "project", pid)
    assert [(c.entity, c.values["title"] if "title" in c.values else c.values.get("name"))
            for c in captured.children if c.entity != "allocation"] == [
        ("milestone", "Go-live"), ("risk", "Late"), ("issue", "Blocked")]
    assert "type" not in captured.children[1].values  # RAID's type is the entity
    assert capture(store.db, "project", 10**6) is None
    assert child_counts(store.db, "milestone", 1) == {}
