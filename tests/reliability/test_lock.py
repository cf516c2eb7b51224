"""A portfolio in use: by an app holding its lock file, or by another program's write.
Writers wait a few seconds, then exit 2 naming who holds it; readers are not held up."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmo_desktop.store import StoreLocked, StoreReadOnly, open_store
from pmo_desktop.store.lock import lock_path, read_holder

from .conftest import ROOT, assert_one_line, cli, risk_book

HOLD = """
import sys, time
from pmo_desktop.store import open_store
store = open_store(sys.argv[1], exclusive=True)
print("ready", flush=True)
time.sleep(float(sys.argv[2]))
store.close()
"""

SQLITE_HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO setting(key, value) VALUES ('held', '1')")
print("ready", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def _hold(script: str, db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", script, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def book(tmp_path):
    return risk_book(tmp_path / "risks.xlsx", 5)


def test_cli_writer_waits_then_names_the_app_that_holds_the_portfolio(demo_db, book):
    holder = _hold(HOLD, demo_db, 30)
    try:
        info = read_holder(demo_db)
        assert info is not None and info.pid == holder.pid
        started = time.monotonic()
        result = cli("import", "--db", str(demo_db), "--project", "NEW-1", "--create-projects", book)
        waited = time.monotonic() - started
        assert_one_line(result, f"in use by {getpass.getuser()}@{socket.gethostname()} "
                                f"(pid {holder.pid}) since ")
        assert 4.5 <= waited < 30
        reading = cli("info", "--db", str(demo_db), "--json")  # readers go on at once
        assert reading.returncode == 0, reading.stderr
        assert json.loads(reading.stdout)["counts"]["import_batch"] == 0
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_process_that_ended_is_taken_over(demo_db, book):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock_path(demo_db).write_text(json.dumps({
        "user": "ann", "host": socket.gethostname(), "pid": gone.pid,
        "since": "2026-12-01T09:14:00"}))
    result = cli("import", "--db", str(demo_db), "--project", "NEW-1", "--create-projects", book)
    assert result.returncode == 0, result.stderr
    with open_store(demo_db, exclusive=True) as store:  # stale: taken over, not refused
        assert store.counts()["risk"] > 0
        assert read_holder(demo_db).pid == os.getpid()
    assert not lock_path(demo_db).exists()  # given back on close


def test_a_second_app_is_told_who_has_the_portfolio(demo_db):
    holder = _hold(HOLD, demo_db, 30)
    try:
        with pytest.raises(StoreLocked, match=rf"in use by .*\(pid {holder.pid}\) since"):
            open_store(demo_db, exclusive=True)
        with open_store(demo_db, read_only=True) as store:  # what the app then offers
            assert store.read_only and store.counts()["project"] == 4
            with pytest.raises(StoreReadOnly, match="open read-only"):
                store.set_settings({"name": "Mine"})
    finally:
        holder.kill()
        holder.wait()


def test_cli_writer_refuses_after_five_seconds_of_another_programs_write(demo_db, book):
    holder = _hold(SQLITE_HOLD, demo_db, 30)
    try:
        started = time.monotonic()
        result = cli("import", "--db", str(demo_db), "--project", "NEW-1", "--create-projects", book)
        waited = time.monotonic() - started
        assert_one_line(result, "is in use by another program", "more than 5 s")
        assert 4.5 <= waited < 30
    finally:
        holder.kill()
        holder.wait()
    with open_store(demo_db) as store:
        assert store.counts()["import_batch"] == 0
        assert "held" not in store.settings()


def test_stores_of_one_process_share_its_lock(tmp_path):
    path = tmp_path / "p.pmo"
    first = open_store(path, exclusive=True)
    second = open_store(path, exclusive=True)
    second.set_settings({"name": "Both write"})
    second.close()
    assert lock_path(path).exists()  # still held by the first
    first.set_settings({"name": "Still mine"})
    first.close()
    assert not lock_path(path).exists()
