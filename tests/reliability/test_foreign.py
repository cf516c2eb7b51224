"""Files that are not ours, newer, or damaged are refused by every command with one
line, before anything is written to them (not even their journal mode)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import SCHEMA_VERSION, NotAPortfolio, StoreCorrupt, open_store
from pmo_desktop.store.schema import APPLICATION_ID, MIGRATIONS, mark_application_id

from .conftest import risk_book


def _commands(db: str, tmp_path: Path) -> list[list[str]]:
    book = risk_book(tmp_path / "r.xlsx", 3)
    return [
        ["info", "--db", db], ["projects", "--db", db], ["imports", "--db", db],
        ["periods", "--db", db], ["check", "--db", db],
        ["import", "--db", db, "--project", "X-1", "--create-projects", book],
        ["undo-import", "--db", db, "1"],
        ["close-period", "--db", db, "--as-of", "2027-01-31"],
        ["report", "--db", db, "--out", str(tmp_path / "pack.pdf")],
        ["demo", "--db", db, "--projects", "2"],
    ]


def _snapshot(path: Path) -> tuple[str, list[str]]:
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def _refused_by_every_command(path: Path, tmp_path: Path, capsys, needle: str) -> None:
    before = _snapshot(path)
    for argv in _commands(str(path), tmp_path):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and needle in err and "Traceback" not in err, (argv, err)
        assert _snapshot(path) == before, argv  # not a byte changed, no -wal or -shm made
    assert not (tmp_path / "pack.pdf").exists()


def _another_apps_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contact(name) VALUES ('Ann')")
    conn.commit()
    conn.close()
    return path


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path, capsys):
    path = _another_apps_file(tmp_path / "contacts.db")
    _refused_by_every_command(path, tmp_path, capsys, "not a PMO Desktop portfolio")
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contact"]
    conn.close()


def test_a_file_with_our_tables_but_another_application_id_is_refused(tmp_path, capsys):
    path = tmp_path / "p.pmo"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA application_id = 12345")
    conn.close()
    _refused_by_every_command(path, tmp_path, capsys, "not a PMO Desktop portfolio")


def test_a_newer_file_in_rollback_journal_mode_keeps_its_header(tmp_path, capsys):
    path = tmp_path / "newer.pmo"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    header = path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL
    _refused_by_every_command(path, tmp_path, capsys, "newer PMO Desktop")
    assert path.read_bytes()[:100] == header


def test_a_damaged_file_is_refused_by_every_command(tmp_path, capsys):
    path = tmp_path / "damaged.pmo"
    with open_store(path) as store:
        from pmo_desktop.store.demo import build_demo

        build_demo(store, projects=12)
    page = 4096
    pages = path.stat().st_size // page
    rng = random.Random(5)
    with path.open("r+b") as fh:  # random bytes over a few pages in the middle
        for number in rng.sample(range(2, pages), k=4):
            fh.seek(number * page)
            fh.write(rng.randbytes(page))
    with pytest.raises(StoreCorrupt, match="is damaged"):
        open_store(path)
    _refused_by_every_command(path, tmp_path, capsys, "is damaged")


def test_random_bytes_with_a_sqlite_header_are_refused(tmp_path, capsys):
    path = tmp_path / "junk.pmo"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    _refused_by_every_command(path, tmp_path, capsys, "damaged")


def test_junk_whose_header_says_wal_is_refused_with_nothing_made_beside_it(tmp_path, capsys):
    """Junk after a valid header that says WAL (its read and write versions 2): SQLite
    makes the file's -wal and -shm to read even its header, and left them beside a file
    that is not ours (the random bytes above did so about one run in a few hundred)."""
    header = bytearray(b"SQLite format 3\x00" + bytes(8192))
    header[16:24] = (4096).to_bytes(2, "big") + bytes([2, 2, 0, 64, 32, 32])
    header[100:] = bytes((i * 37 + 11) % 251 for i in range(len(header) - 100))
    path = tmp_path / "junk.pmo"
    path.write_bytes(bytes(header))
    _refused_by_every_command(path, tmp_path, capsys, "damaged")


# The schema version of files written before application_id was set.
UNMARKED = MIGRATIONS.index(mark_application_id)


def _unmarked(path: Path) -> Path:
    """A portfolio as versions before the application_id migration wrote it (the
    migrations up to then, not today's tables: later ones add to them)."""
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:UNMARKED]:
        for sql in migration():
            conn.execute(sql)
    conn.execute("INSERT INTO setting(key, value) VALUES ('name', ?)",
                 [json.dumps("Old portfolio")])
    conn.execute(f"PRAGMA user_version = {UNMARKED}")
    conn.commit()
    conn.close()
    return path


def test_a_file_from_before_application_id_opens_and_is_marked(tmp_path):
    path = _unmarked(tmp_path / "old.pmo")
    with open_store(path) as store:
        assert store.name == "Old portfolio" and store.schema_version == SCHEMA_VERSION
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert len(list((tmp_path / "backups").glob("old-*-migration.pmo"))) == 1


@pytest.mark.parametrize("kind", ["empty file", "empty sqlite database"])
def test_an_empty_file_becomes_a_new_portfolio(tmp_path, kind):
    path = tmp_path / "new.pmo"
    if kind == "empty file":
        path.touch()
    else:
        sqlite3.connect(path).execute("VACUUM").connection.close()
    assert main(["demo", "--db", str(path), "--projects", "2"]) == 0
    with open_store(path) as store:
        assert store.counts()["project"] == 2
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_not_a_portfolio_error_is_typed(tmp_path):
    path = _another_apps_file(tmp_path / "contacts.db")
    with pytest.raises(NotAPortfolio):
        open_store(path)
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    with pytest.raises(NotAPortfolio):
        open_store(copy, read_only=True)


def test_a_large_damaged_file_is_checked_before_its_first_write(tmp_path, monkeypatch):
    from pmo_desktop.store import db as dbmod

    path = tmp_path / "damaged.pmo"
    with open_store(path) as store:
        with store.write("cli") as tx:
            tx.create_many("programme", [({"name": f"P{i}"}, None) for i in range(2000)])
    with path.open("r+b") as fh:  # damage a page of the programme table
        fh.seek(path.stat().st_size - 3 * 4096)
        fh.write(random.Random(1).randbytes(4096))
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_BYTES", 0)  # "large": not checked at open
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    store = open_store(path)
    try:
        with pytest.raises(StoreCorrupt, match="is damaged"):
            store.set_settings({"name": "Never written"})
    finally:
        store.db.conn.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_an_old_file_opened_read_only_is_read_when_only_marking_is_pending(tmp_path,
                                                                          monkeypatch):
    from pmo_desktop.store import StoreReadOnly
    from pmo_desktop.store import db as dbmod

    path = _unmarked(tmp_path / "old.pmo")
    if SCHEMA_VERSION > UNMARKED + 1:  # later migrations change tables: it must be upgraded
        with pytest.raises(StoreReadOnly, match="must be upgraded first"):
            open_store(path, read_only=True)
    # an app whose only migration after this file's is the marking reads it as it is
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", UNMARKED + 1)
    with open_store(path, read_only=True) as store:  # the marking changes no table
        assert store.name == "Old portfolio"
    monkeypatch.setattr(dbmod, "READABLE_BEFORE", frozenset())
    with pytest.raises(StoreReadOnly, match="must be upgraded first"):
        open_store(path, read_only=True)
