"""store/backups.py and store/restore.py on real portfolio files: backups with SQLite's
backup API in the backups folder, the newest N kept, the daily one, and restore that
refuses what is not a PMO Desktop portfolio and leaves the current file untouched."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from pmo_desktop.store import NotAPortfolio, StoreCorrupt, StoreLocked, open_store
from pmo_desktop.store import backups
from pmo_desktop.store.lock import lock_path
from pmo_desktop.store.restore import check_backup, restore_file


def _portfolio(path: Path, codes: list[str]) -> Path:
    with open_store(path) as store:
        with store.write() as tx:
            for code in codes:
                tx.create("project", {"code": code, "name": f"Project {code}"})
    return path


def _codes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT code FROM project ORDER BY code")]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_a_complete_portfolio_in_the_backups_folder(tmp_path):
    path = _portfolio(tmp_path / "Main.pmo", ["A-1", "A-2"])
    made = backups.take_backup(path, "manual", now=datetime(2026, 12, 4, 9, 30, 5))
    assert made == tmp_path / "backups" / "Main-20261204-093005-manual.pmo"
    assert _codes(made) == ["A-1", "A-2"]
    conn = sqlite3.connect(made)
    # One self-contained file (no -wal needed), marked as ours.
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    check_backup(made)  # what restore accepts
    [listed] = backups.list_backups(path)
    assert (listed.path, listed.reason, listed.size) == (made, "manual", made.stat().st_size)
    assert backups.project_count(made) == 2


def test_a_backup_taken_while_the_writer_is_open_holds_its_committed_rows(tmp_path):
    path = tmp_path / "open.pmo"
    with open_store(path) as store:
        with store.write() as tx:
            tx.create("project", {"code": "W-1", "name": "In the WAL"})
        made = backups.take_backup(path, "import")  # the -wal still holds the row
        assert _codes(made) == ["W-1"]


def test_only_the_newest_backups_kept_remain(tmp_path):
    path = _portfolio(tmp_path / "P.pmo", ["P-1"])
    with open_store(path) as store:
        store.set_settings({"backups_kept": 3})
    start = datetime(2026, 12, 1, 8, 0, 0)
    made = [backups.take_backup(path, "import", now=start + timedelta(minutes=i))
            for i in range(5)]
    kept = backups.list_backups(path)
    assert [b.path for b in kept] == made[:1:-1]  # the three newest, newest first
    assert not made[0].exists() and not made[1].exists()
    # Another portfolio's backups in the same folder are neither listed nor pruned.
    other = _portfolio(tmp_path / "P-other.pmo", ["Q-1"])
    theirs = backups.take_backup(other, "manual")
    backups.take_backup(path, "manual")
    assert theirs.exists()
    assert [b.path for b in backups.list_backups(other)] == [theirs]
    assert len(backups.list_backups(path)) == 3


def test_the_kept_count_falls_back_to_its_default(tmp_path):
    path = _portfolio(tmp_path / "d.pmo", [])
    conn = sqlite3.connect(path)
    assert backups.kept_count(conn) == backups.DEFAULT_KEPT
    conn.execute("INSERT INTO setting(key, value) VALUES ('backups_kept', ?)",
                 [json.dumps(0)])
    conn.commit()
    assert backups.kept_count(conn) == backups.DEFAULT_KEPT
    conn.close()
    assert backups.kept_count(sqlite3.connect(":memory:")) == backups.DEFAULT_KEPT


def test_two_backups_in_one_second_do_not_overwrite_each_other(tmp_path):
    path = _portfolio(tmp_path / "s.pmo", ["S-1"])
    at = datetime(2026, 12, 4, 10, 0, 0)
    first = backups.take_backup(path, "import", now=at)
    second = backups.take_backup(path, "import", now=at)
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backups.list_backups(path)] == [second, first]  # newest first
    with open_store(path) as store:
        store.set_settings({"backups_kept": 2})
    third = backups.take_backup(path, "import", now=at)
    assert [b.path for b in backups.list_backups(path)] == [third, second]


def test_the_daily_backup_is_taken_once_a_day(tmp_path):
    path = _portfolio(tmp_path / "day.pmo", ["D-1"])
    today = date.today()
    made = backups.daily_backup(path, today)
    assert made is not None and made.name.endswith("-daily.pmo")
    assert backups.daily_backup(path, today) is None
    assert backups.daily_backup(path, today + timedelta(days=1)) is not None
    assert len(backups.list_backups(path)) == 2


def test_an_unknown_reason_is_refused(tmp_path):
    path = _portfolio(tmp_path / "r.pmo", [])
    with pytest.raises(ValueError):
        backups.take_backup(path, "whim")
    assert not (tmp_path / "backups").exists()


# -- restore ----------------------------------------------------------------------------

def _not_portfolios(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.pmo"
    text.write_text("Minutes of the steering committee\n")
    other = tmp_path / "other.pmo"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.commit()
    conn.close()
    empty_db = tmp_path / "empty-db.pmo"
    sqlite3.connect(empty_db).execute("PRAGMA user_version = 0").connection.close()
    good = _portfolio(tmp_path / "good.pmo", [f"G-{i:03d}" for i in range(300)])
    data = good.read_bytes()
    truncated = tmp_path / "truncated.pmo"
    truncated.write_bytes(data[:len(data) // 3])
    zero = tmp_path / "zero.pmo"
    zero.write_bytes(b"")
    return {"text": text, "other": other, "empty-db": empty_db, "truncated": truncated,
            "zero": zero}


@pytest.mark.parametrize("kind, error, words", [
    ("text", NotAPortfolio, "not an SQLite file"),
    ("other", NotAPortfolio, "another application's SQLite database"),
    ("empty-db", NotAPortfolio, "empty database"),
    ("zero", NotAPortfolio, "not an SQLite file"),
    ("truncated", StoreCorrupt, "damaged or incomplete"),
])
def test_restore_refuses_what_is_not_a_portfolio_and_leaves_the_file(tmp_path, kind, error,
                                                                      words):
    current = _portfolio(tmp_path / "current.pmo", ["C-1"])
    bad = _not_portfolios(tmp_path)[kind]
    before, bad_before = _digest(current), _digest(bad)
    with pytest.raises(error) as caught:
        restore_file(current, bad)
    assert words in str(caught.value)
    assert _digest(current) == before and _digest(bad) == bad_before
    assert backups.list_backups(current) == []  # nothing done at all
    assert _codes(current) == ["C-1"]


def test_restore_brings_the_backup_back_and_keeps_the_current_file_first(tmp_path):
    current = _portfolio(tmp_path / "live.pmo", ["L-1"])
    saved = backups.take_backup(current, "manual", now=datetime(2026, 1, 1, 9, 0, 0))
    with open_store(current) as store:
        with store.write() as tx:
            tx.create("project", {"code": "L-2", "name": "Added after the backup"})
    done = restore_file(current, saved)
    assert _codes(current) == ["L-1"]
    assert done.previous is not None and done.previous.name.endswith("-restore.pmo")
    assert _codes(done.previous) == ["L-1", "L-2"]  # nothing is lost by a restore
    with open_store(current) as store:  # it opens and is written as before
        assert store.counts()["project"] == 1
        with store.write() as tx:
            tx.create("project", {"code": "L-3", "name": "After the restore"})
    assert _codes(current) == ["L-1", "L-3"]


def test_restore_creates_a_missing_portfolio(tmp_path):
    source = _portfolio(tmp_path / "kept.pmo", ["K-1"])
    done = restore_file(tmp_path / "new" / "fresh.pmo", source)
    assert done.previous is None and _codes(tmp_path / "new" / "fresh.pmo") == ["K-1"]


def test_restore_does_not_overwrite_another_applications_database(tmp_path):
    source = _portfolio(tmp_path / "kept.pmo", ["K-1"])
    other = _not_portfolios(tmp_path)["other"]
    before = _digest(other)
    with pytest.raises(NotAPortfolio):
        restore_file(other, source)
    assert _digest(other) == before


def test_restore_is_refused_while_another_program_holds_the_portfolio(tmp_path):
    current = _portfolio(tmp_path / "held.pmo", ["H-1"])
    source = backups.take_backup(current, "manual")
    lock_path(current).write_text(json.dumps({
        "user": "ana", "host": socket.gethostname(), "pid": os.getppid(),
        "since": "2026-12-04T09:00:00"}))
    before = _digest(current)
    with pytest.raises(StoreLocked):
        restore_file(current, source)
    assert _digest(current) == before


def test_a_large_backup_is_checked_whole_before_it_is_restored(tmp_path, monkeypatch):
    """Files above ``QUICK_CHECK_AT_OPEN_BYTES`` are not page-checked when opened; a
    restore checks them anyway (here the limit is lowered to 0 to stand for a big file)."""
    from pmo_desktop.store import db as dbmod
    from pmo_desktop.store import restore

    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_BYTES", 0)
    monkeypatch.setattr(restore, "QUICK_CHECK_AT_OPEN_BYTES", 0)
    current = _portfolio(tmp_path / "current.pmo", ["C-1"])
    good = _portfolio(tmp_path / "big.pmo", [f"B-{i:04d}" for i in range(2000)])
    data = bytearray(good.read_bytes())
    cut = tmp_path / "cut.pmo"
    cut.write_bytes(bytes(data[:len(data) - 4096]))
    with pytest.raises(StoreCorrupt, match="damaged or incomplete"):
        restore_file(current, cut)
    page = 4096
    for i in range(3 * page, 3 * page + 64):  # a b-tree page's header scribbled over
        data[i] = 0x5A
    scribbled = tmp_path / "scribbled.pmo"
    scribbled.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt, match="damaged or incomplete"):
        restore_file(current, scribbled)
    assert _codes(current) == ["C-1"] and backups.list_backups(current) == []
    check_backup(good)  # a sound large file passes


def test_a_cancelled_backup_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "STEP_PAGES", 16)  # steps of 64 KB: several here
    path = _portfolio(tmp_path / "c.pmo", [f"C-{i:04d}" for i in range(3000)])
    steps = []

    def stop_after_first_step() -> bool:
        steps.append(1)
        return len(steps) > 1

    assert path.stat().st_size > backups.STEP_PAGES * 4096  # more than one step
    with pytest.raises(backups.BackupCancelled):
        backups.take_backup(path, "daily", cancelled=stop_after_first_step)
    assert len(steps) == 2
    assert list((tmp_path / "backups").iterdir()) == []
    made = backups.take_backup(path, "daily", cancelled=lambda: False)
    assert _codes(made) == _codes(path)


def test_a_backup_being_written_is_not_listed_nor_counts_as_todays(tmp_path, monkeypatch):
    # The restore dialog, a second daily backup or a reader opening the half-written
    # file (which made the copy's last step fail, 'database is locked', and lose it)
    # see a backup only once it is whole.
    monkeypatch.setattr(backups, "STEP_PAGES", 16)
    path = _portfolio(tmp_path / "w.pmo", [f"W-{i:04d}" for i in range(3000)])
    seen = []

    def look() -> bool:
        seen.append((backups.list_backups(path), backups.has_backup_on(path, date.today())))
        return False

    made = backups.take_backup(path, "daily", cancelled=look)
    assert len(seen) > 1 and all(found == ([], False) for found in seen)
    assert [b.path for b in backups.list_backups(path)] == [made]
    assert list((tmp_path / "backups").iterdir()) == [made]
    assert _codes(made) == _codes(path)
