"""kill -9 at random moments of an import and of a demo: the file is never damaged,
and an import batch is all or nothing (tries, survived and lost are printed)."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

from pmo_desktop.store import open_store

from .conftest import cli, integrity, risk_book, spawn

TRIES = 12
TIME_BUDGET = 60.0  # seconds, for each test's kill loop


def _state(path: Path) -> tuple[int, int, int]:
    """(projects, risks, batches) read through the store (which recovers the WAL)."""
    with open_store(path) as store:
        counts = store.counts()
    return counts["project"], counts["risk"], counts["import_batch"]


def _report(capsys, what: str, tries: int, survived: int, lost: int, detail: str) -> None:
    with capsys.disabled():
        print(f"\n[reliability] kill -9 during {what}: {tries} tries, {survived} survived, "
              f"{lost} lost ({detail})")


def test_kill_9_during_import_leaves_the_batch_all_or_nothing(tmp_path, demo_db, capsys):
    book = risk_book(tmp_path / "risks.xlsx", 1500)
    reference = tmp_path / "reference.pmo"
    shutil.copyfile(demo_db, reference)
    started = time.monotonic()
    done = cli("import", "--db", str(reference), "--project", "NEW-1", "--create-projects", book)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    before, after = _state(demo_db), _state(reference)
    assert after[1] == before[1] + 1500 and after[2] == before[2] + 1

    rng = random.Random(20261203)
    tries = survived = lost = finished = rolled_back = 0
    deadline = time.monotonic() + TIME_BUDGET
    while tries < TRIES and time.monotonic() < deadline:
        tries += 1
        db = tmp_path / f"try{tries}.pmo"
        shutil.copyfile(demo_db, db)
        proc = spawn("import", "--db", str(db), "--project", "NEW-1", "--create-projects", book)
        time.sleep(rng.uniform(0.05, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate()
        applied = "applied" in out
        ok = integrity(db) == "ok"
        state = _state(db) if ok else None
        if ok and state == before and not applied:
            rolled_back += 1
            survived += 1
        elif ok and state == after:
            finished += 1
            survived += 1
        else:
            lost += 1
    _report(capsys, "import", tries, survived, lost,
            f"{rolled_back} rolled back whole, {finished} applied whole; one import takes "
            f"{duration:.1f} s")
    assert tries >= 5 and lost == 0 and survived == tries
    assert rolled_back >= 1  # some kills landed while the batch was being written


def test_kill_9_during_demo_never_damages_the_file(tmp_path, capsys):
    reference = tmp_path / "reference.pmo"
    started = time.monotonic()
    assert cli("demo", "--db", str(reference), "--projects", "20").returncode == 0
    duration = time.monotonic() - started
    full = _state(reference)

    rng = random.Random(7)
    tries = survived = lost = 0
    deadline = time.monotonic() + TIME_BUDGET
    while tries < TRIES and time.monotonic() < deadline:
        tries += 1
        db = tmp_path / f"demo{tries}.pmo"
        proc = spawn("demo", "--db", str(db), "--projects", "20")
        time.sleep(rng.uniform(0.05, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        if not db.exists() or db.stat().st_size == 0:
            survived += 1  # killed before the file was made
            continue
        try:
            ok = integrity(db) == "ok"
            projects, risks, _batches = _state(db)
        except (sqlite3.Error, Exception):  # noqa: BLE001 - counted as lost, not raised
            lost += 1
            continue
        # The first transaction (programmes, people, projects) is whole; the RAID
        # registers come in a later one, only after it.
        whole = projects in (0, full[0]) and (risks == 0 or projects == full[0])
        survived += ok and whole
        lost += not (ok and whole)
    _report(capsys, "demo", tries, survived, lost, f"one demo takes {duration:.1f} s")
    assert tries >= 5 and lost == 0 and survived == tries
