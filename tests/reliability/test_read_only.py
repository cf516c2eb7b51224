"""A read-only portfolio (a read-only file system, or file and folder without write
permission): reading works; every writer exits 2 with one line, before writing anything
(the report writes no PDF)."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from pmo_desktop.store import StoreReadOnly, open_store

from .conftest import CAN_MOUNT, assert_one_line, cli, risk_book, tmpfs


@contextlib.contextmanager
def read_only_copy(tmp_path: Path, source: Path) -> Iterator[Path]:
    """``source`` copied into a folder that then cannot be written (nor the file)."""
    if CAN_MOUNT:
        folder = tmp_path / "ro"
        with tmpfs(folder, "8m"):
            db = folder / "p.pmo"
            shutil.copyfile(source, db)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield db
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "p.pmo"
    shutil.copyfile(source, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield db
    finally:
        folder.chmod(0o755)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_portfolio_reads_and_refuses_writes_in_one_line(tmp_path, demo_db):
    book = risk_book(tmp_path / "r.xlsx", 3)
    pack = tmp_path / "pack.pdf"
    with read_only_copy(tmp_path, demo_db) as db:
        digest = _digest(db)
        info = cli("info", "--db", str(db))
        assert info.returncode == 0 and "Traceback" not in info.stderr, info.stderr
        projects = cli("projects", "--db", str(db))
        assert projects.returncode == 0 and "4 projects" in projects.stdout
        for argv in (["import", "--db", str(db), "--project", "N-1", "--create-projects", book],
                     ["close-period", "--db", str(db), "--as-of", "2026-11-21"],
                     ["undo-import", "--db", str(db), "1"],
                     ["report", "--db", str(db), "--out", str(pack)]):
            assert_one_line(cli(*argv), "read-only")
        assert not pack.exists()  # refused before the PDF was written
        made = cli("demo", "--db", str(db.parent / "new.pmo"), "--projects", "2")
        assert_one_line(made, "cannot be created", "read-only")
        assert _digest(db) == digest
        assert sorted(p.name for p in db.parent.iterdir()) == ["p.pmo"]


def test_a_store_opened_read_only_refuses_every_write(demo_db):
    with open_store(demo_db, read_only=True) as store:
        assert store.read_only
        with pytest.raises(StoreReadOnly, match="p.pmo is open read-only"):
            with store.write("ui") as tx:
                tx.create("programme", {"name": "Nope"})
        with pytest.raises(StoreReadOnly):
            store.save_mapping_profile("sig", "risk", {}, 1)
    with open_store(demo_db) as store:
        assert not store.rows("programme", "name = 'Nope'")
