"""Baseline versions are immutable: the triggers of the migration ``immutable_baselines``,
tried with plain SQL, and the two releases (a project's delete, an undone approval)."""

from __future__ import annotations

import sqlite3

import pytest

from pmo_desktop.store import StoreError, StoreReadOnly, open_store
from pmo_desktop.store import baselines
from pmo_desktop.store.schema import (
    ADDED_COLUMNS, ADDED_TABLES, MIGRATIONS, READABLE_BEFORE, SCHEMA_VERSION, immutable_baselines,
)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "b.pmo")
    with s.write() as tx:
        pid = tx.create("project", {"code": "P1", "name": "One", "bac": 100.0})
        other = tx.create("project", {"code": "P2", "name": "Two"})
        for version in (0, 1, 2):
            tx.create("baseline", {"project_id": pid, "version": version, "bac": 100.0 + version,
                                   "finish_date": f"2027-0{version + 1}-01"})
        tx.create("baseline", {"project_id": other, "version": 0, "bac": 5.0})
    yield s
    s.close()


def _sql(store, sql, params=()):
    """Plain SQL on the store's own connection, in its own transaction."""
    conn = store.db.conn
    conn.execute("BEGIN")
    try:
        conn.execute(sql, params)
    finally:
        conn.execute("ROLLBACK")


def _versions(store, code="P1"):
    pid = store.find_id("project", {"code": code})
    return [r["version"] for r in baselines.versions(store, pid)]


def test_the_migration_is_one_of_the_schema_s():
    assert immutable_baselines in MIGRATIONS and len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.parametrize("sql", [
    "UPDATE baseline SET bac = 1 WHERE version = 2",
    "UPDATE baseline SET reason = 'typo' WHERE version = 0",
    "DELETE FROM baseline WHERE version = 0",
    "DELETE FROM baseline WHERE version = 2",  # even the latest, without a release
    "DELETE FROM baseline",
])
def test_update_and_delete_are_refused(store, sql):
    with pytest.raises(sqlite3.IntegrityError, match="baseline versions are immutable"):
        _sql(store, sql)
    assert _versions(store) == [0, 1, 2]


def test_a_release_lets_only_the_latest_version_of_that_project_go(store):
    pid = store.find_id("project", {"code": "P1"})
    other = store.find_id("project", {"code": "P2"})
    conn = store.db.conn
    conn.execute("BEGIN")
    try:
        conn.execute("INSERT INTO baseline_release(project_id, whole) VALUES (?, 0)", [pid])
        for older in (0, 1):
            with pytest.raises(sqlite3.IntegrityError, match="immutable"):
                conn.execute("DELETE FROM baseline WHERE project_id = ? AND version = ?",
                             [pid, older])
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):  # not released
            conn.execute("DELETE FROM baseline WHERE project_id = ?", [other])
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):  # never updated
            conn.execute("UPDATE baseline SET bac = 0 WHERE project_id = ? AND version = 2",
                         [pid])
        conn.execute("DELETE FROM baseline WHERE project_id = ? AND version = 2", [pid])
        # then version 1 is the latest, and may go in turn
        conn.execute("DELETE FROM baseline WHERE project_id = ? AND version = 1", [pid])
        assert [r[0] for r in conn.execute(
            "SELECT version FROM baseline WHERE project_id = ?", [pid])] == [0]
    finally:
        conn.execute("ROLLBACK")
    assert _versions(store) == [0, 1, 2]


def test_the_release_helper_ends_with_its_block(store):
    pid = store.find_id("project", {"code": "P1"})
    ids = {r["version"]: r["id"] for r in baselines.versions(store, pid)}
    with store.write() as tx:
        with baselines.released(tx.db, pid):
            tx.delete("baseline", ids[2])
        assert not store.query("SELECT * FROM baseline_release")
    assert _versions(store) == [0, 1]
    with pytest.raises(StoreError, match="immutable"), store.write() as tx:
        tx.delete("baseline", ids[1])  # the latest now, but released no longer
    assert _versions(store) == [0, 1]


def test_editing_a_version_through_the_store_is_refused(store):
    bid = store.query("SELECT id FROM baseline WHERE version = 1")[0]["id"]
    with pytest.raises(StoreError, match="immutable"):
        with store.write() as tx:
            tx.update("baseline", bid, {"bac": 1.0})
    with pytest.raises(StoreError, match="immutable"):
        with store.write() as tx:
            tx.delete("baseline", bid)
    assert _versions(store) == [0, 1, 2]


def test_deleting_a_project_takes_its_versions_and_undo_puts_them_back(store):
    from pmo_desktop.operations import records

    pid = store.find_id("project", {"code": "P1"})
    result = records.delete(store, "project", pid)
    assert _versions(store, "P2") == [0]
    assert not store.query("SELECT * FROM baseline WHERE project_id = ?", [pid])
    assert not store.query("SELECT * FROM baseline_release")
    assert sum(1 for e, _, _ in result.deleted if e == "baseline") == 3
    records.restore(store, result.value)
    assert _versions(store) == [0, 1, 2]
    # and they are immutable again
    with pytest.raises(sqlite3.IntegrityError):
        _sql(store, "DELETE FROM baseline WHERE project_id = ?", [pid])


def test_version_history_says_what_each_version_moved(store):
    pid = store.find_id("project", {"code": "P1"})
    rows = baselines.version_history(store, pid)
    assert [(r["version"], r["bac_change"], r["finish_change_days"]) for r in rows] == [
        (0, None, None), (1, 1.0, 31), (2, 1.0, 28)]
    assert baselines.latest(store, pid)["version"] == 2


def test_a_file_from_before_the_migration_is_read_then_upgraded(tmp_path, store):
    path = store.path
    store.close()
    before = MIGRATIONS.index(immutable_baselines)
    conn = sqlite3.connect(path)  # back to schema 3: no release table, no triggers
    conn.executescript("DROP TRIGGER baseline_immutable_u; DROP TRIGGER baseline_immutable_d;"
                       "DROP TABLE baseline_release;")
    for table, columns in ADDED_COLUMNS.items():  # nor what later migrations add
        for column in columns if table not in ADDED_TABLES else ():
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for table in ADDED_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("UPDATE baseline SET reason = 'edited before the upgrade' WHERE version = 0")
    conn.commit()
    conn.close()
    if set(range(before + 1, SCHEMA_VERSION + 1)) <= READABLE_BEFORE:
        with open_store(path, read_only=True) as old:  # readable as it is
            assert _versions(old) == [0, 1, 2]
    else:  # a later migration changes tables: it must be upgraded first
        with pytest.raises(StoreReadOnly, match="must be upgraded"):
            open_store(path, read_only=True)
    with open_store(path) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            _sql(upgraded, "UPDATE baseline SET bac = 0")
