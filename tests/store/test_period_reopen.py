"""Closing and reopening periods in the store: the date rules, the immutability triggers
(still protecting every older period during a reopen), and files from schema 1."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest

from pmo_desktop.domain.periods import close_date_problem, reopen_problem
from pmo_desktop.store import StoreError, open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.periods import close_limit, close_period, closed_dates, reopen_period
from pmo_desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

TODAY = date(2026, 11, 21)
OCT = date(2026, 10, 31)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("periods") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, today=TODAY, projects=6)
    return path


def _dump(store) -> list:
    return [store.query(f"SELECT * FROM {t} ORDER BY id")
            for t in ("reporting_period", "status_snapshot", "change_log")]


def test_the_date_rules():
    closed = [date(2026, 9, 30), OCT]
    limit = TODAY
    assert close_date_problem(TODAY, limit=limit, limit_is_setting=True, closed=closed) is None
    assert "already closed" in close_date_problem(OCT, limit=limit, limit_is_setting=True,
                                                  closed=closed)
    assert "after the portfolio's as-of date (2026-11-21)" in close_date_problem(
        date(2026, 11, 22), limit=limit, limit_is_setting=True, closed=closed)
    assert "in the future (today is 2026-11-21)" in close_date_problem(
        date(2027, 1, 1), limit=limit, limit_is_setting=False, closed=closed)
    assert "close in order" in close_date_problem(date(2026, 10, 1), limit=limit,
                                                  limit_is_setting=True, closed=closed)
    assert close_date_problem(TODAY, limit=limit, limit_is_setting=False, closed=[]) is None
    assert reopen_problem(OCT, closed) is None
    assert "latest" in reopen_problem(date(2026, 9, 30), closed)
    assert reopen_problem(date(2026, 11, 1), closed) == "No closed period ends 2026-11-01."


def test_close_limit_is_the_as_of_setting_or_today(store):
    assert close_limit(store) == (TODAY, True)
    store.set_settings({"as_of": None})
    today = date.today()
    assert close_limit(store) == (today, False)
    with pytest.raises(StoreError, match="in the future"):
        close_period(store, today + timedelta(days=1))


def test_a_future_period_is_refused_and_nothing_is_written(store):
    before = _dump(store)
    with pytest.raises(StoreError, match="after the portfolio's as-of date"):
        close_period(store, TODAY + timedelta(days=1))
    assert _dump(store) == before


def test_reopen_the_latest_period_then_close_it_again(store):
    older = store.query("SELECT * FROM status_snapshot ORDER BY id")
    pid = close_period(store, TODAY, label="Nov")
    frozen = store.query("SELECT COUNT(*) AS n FROM status_snapshot WHERE period_id = ?",
                         [pid])[0]["n"]
    assert frozen == 6
    assert reopen_period(store, TODAY) == {"as_of": "2026-11-21", "label": "Nov",
                                           "projects": 6}
    assert closed_dates(store)[-1] == OCT
    assert store.query("SELECT * FROM status_snapshot ORDER BY id") == older
    assert store.query("SELECT * FROM period_reopening") == []
    entry = store.query("SELECT * FROM change_log ORDER BY id DESC LIMIT 1")[0]
    assert (entry["entity"], entry["entity_id"], entry["key"], entry["op"], entry["source"]) \
        == ("reporting_period", pid, "2026-11-21", "reopen", "ui")
    assert json.loads(entry["old"])["projects"] == 6
    close_period(store, TODAY)
    assert closed_dates(store)[-1] == TODAY


def test_only_the_latest_period_can_be_reopened(store):
    before = _dump(store)
    with pytest.raises(StoreError, match="Only the latest closed period"):
        reopen_period(store, date(2026, 9, 30))
    with pytest.raises(StoreError, match="No closed period ends"):
        reopen_period(store, TODAY)
    assert _dump(store) == before


def test_the_triggers_protect_every_period_but_the_one_being_reopened(store):
    """Even with SQL, and even with an unlock row for an older period, only the latest
    period's snapshots can go, and only while it is being reopened."""
    conn = store.db.conn
    latest, older = (r["id"] for r in store.query(
        "SELECT id FROM reporting_period ORDER BY as_of DESC LIMIT 2"))
    for sql in ("DELETE FROM status_snapshot", "DELETE FROM reporting_period",
                "UPDATE reporting_period SET label = 'x'",
                "UPDATE status_snapshot SET rag_overall = 'green'"):
        with pytest.raises(sqlite3.DatabaseError, match="immutable|permanent"):
            conn.execute(sql)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO period_reopening(period_id) VALUES (?)", [older])
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        conn.execute("DELETE FROM status_snapshot WHERE period_id = ?", [older])
    with pytest.raises(sqlite3.DatabaseError, match="permanent"):
        conn.execute("DELETE FROM reporting_period WHERE id = ?", [older])
    conn.execute("ROLLBACK")
    assert latest != older
    assert len(closed_dates(store)) == 6


def test_a_schema_1_file_is_migrated_and_can_reopen(tmp_path):
    path = tmp_path / "v1.pmo"
    with open_store(path) as store:
        build_demo(store, today=TODAY, projects=3)
    # Rebuild the same data in a file at schema 1 (the triggers as they were).
    v1 = tmp_path / "old.pmo"
    conn = sqlite3.connect(v1)
    for sql in MIGRATIONS[0]():
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("ATTACH DATABASE ? AS new", [str(path)])
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'")]
    for table in tables:  # the columns schema 1 had (later migrations add some)
        cols = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} SELECT {cols} FROM new.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE new")
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        conn.execute("DELETE FROM status_snapshot")
    conn.close()
    with open_store(v1) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert list((tmp_path / "backups").glob("old-*-migration.pmo"))
        n = len(closed_dates(store))
        result = reopen_period(store, OCT, source="cli")
        assert result["as_of"] == "2026-10-31" and result["projects"] == 3
        assert len(closed_dates(store)) == n - 1
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            store.db.conn.execute("DELETE FROM status_snapshot")


def test_a_pack_of_a_reclosed_period_shows_the_data_as_closed_the_second_time(store):
    from pmo_desktop.store.pack_data import load_pack_data

    close_period(store, TODAY)
    reopen_period(store, TODAY)
    code = store.query("SELECT code FROM project ORDER BY code LIMIT 1")[0]["code"]
    with store.write() as tx:
        tx.update("project", store.project_id(code), {"name": "Renamed before re-closing"})
    close_period(store, TODAY)
    with store.write() as tx:
        tx.update("project", store.project_id(code), {"name": "Renamed after closing"})
    data = load_pack_data(store, TODAY)
    names = {p.code: p.name for p in data.projects}
    assert names[code] == "Renamed before re-closing"
