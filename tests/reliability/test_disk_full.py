"""Disk full during import, close-period and demo: exit 2 with one line, no traceback,
and the portfolio exactly as it was (or, for a new file, no file left behind)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from pmo_desktop.store import open_store

from .conftest import (
    CAN_MOUNT, assert_one_line, cli, file_size_limit, fill_disk, integrity, risk_book, tmpfs,
)


def _state(path: Path) -> tuple[dict[str, int], int]:
    with open_store(path) as store:
        return store.counts(), len(store.query("SELECT id FROM reporting_period"))


def _full_disk_run(tmp_path: Path, demo_db: Path, leave: int, *args: str):
    """Run ``args`` (``{db}`` is the portfolio) with the disk full but ``leave`` bytes;
    returns the result, the portfolio's path, and its state before."""
    if CAN_MOUNT:
        disk = tmp_path / "disk"
        with tmpfs(disk, "4m"):
            db = disk / "p.pmo"
            shutil.copyfile(demo_db, db)
            before = _state(db)
            filler = fill_disk(disk, leave)
            result = cli(*(a.replace("{db}", str(db)) for a in args))
            filler.unlink()
            after = _state(db)
            assert integrity(db) == "ok"
        return result, before, after, True
    db = tmp_path / "limited.pmo"
    shutil.copyfile(demo_db, db)
    before = _state(db)
    result = cli(*(a.replace("{db}", str(db)) for a in args),
                 preexec=file_size_limit(leave))  # the write-ahead log cannot grow past it
    after = _state(db)
    assert integrity(db) == "ok"
    return result, before, after, False


def test_import_on_a_full_disk_exits_2_and_writes_nothing(tmp_path, demo_db):
    book = risk_book(tmp_path / "big.xlsx", 3000)
    result, before, after, real_disk = _full_disk_run(
        tmp_path, demo_db, 96 * 1024, "import", "--db", "{db}", "--project", "NEW-1", "--create-projects", book)
    err = assert_one_line(result, "nothing was")
    if real_disk:
        assert "disk is full" in err
    assert after == before  # no batch, no project NEW-1, no risk
    assert after[0]["import_batch"] == before[0]["import_batch"]


def test_close_period_on_a_full_disk_exits_2_and_closes_nothing(tmp_path, demo_db):
    result, before, after, real_disk = _full_disk_run(
        tmp_path, demo_db, 36 * 1024, "close-period", "--db", "{db}", "--as-of", "2026-11-21")
    err = assert_one_line(result, "nothing was")
    if real_disk:
        assert "disk is full" in err
    assert after == before


def test_demo_on_a_full_disk_exits_2_and_leaves_no_file(tmp_path):
    if CAN_MOUNT:
        disk = tmp_path / "disk"
        with tmpfs(disk, "600k"):
            result = cli("demo", "--db", str(disk / "d.pmo"), "--projects", "40")
            left = sorted(p.name for p in disk.iterdir())
        err = assert_one_line(result, "disk is full")
    else:
        target = tmp_path / "d.pmo"
        result = cli("demo", "--db", str(target), "--projects", "40",
                     preexec=file_size_limit(400 * 1024))
        left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("d.pmo"))
        err = assert_one_line(result, "nothing was")
    assert "cannot rollback" not in err
    assert left == []


def test_a_full_disk_while_opening_is_one_line(tmp_path, demo_db):
    if not CAN_MOUNT:  # without a disk to fill: reading needs no space, and works
        result = cli("info", "--db", str(demo_db), preexec=file_size_limit(64 * 1024))
        assert result.returncode == 0 and "Traceback" not in result.stderr
        return
    disk = tmp_path / "disk"
    with tmpfs(disk, "2m"):
        db = disk / "p.pmo"
        shutil.copyfile(demo_db, db)
        digest = hashlib.sha256(db.read_bytes()).hexdigest()
        fill_disk(disk, 0)
        result = cli("info", "--db", str(db))
        assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert_one_line(result, "disk is full")
