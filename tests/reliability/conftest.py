"""Reliability tests: the real CLI in a subprocess against real files, on a small disk,
a read-only file system, a locked or foreign file, and under kill -9.

A small disk and a read-only file system are tmpfs mounts when the tests run as root
(CI does); otherwise a file-size limit (RLIMIT_FSIZE) stands in for the full disk and
file permissions for read-only, so the same tests run for a developer too.
"""

from __future__ import annotations

import contextlib
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "main.py")


def cli(*args: str, timeout: float = 120, preexec=None) -> subprocess.CompletedProcess:
    """``python main.py ARGS`` in a subprocess (the installed command, as a user runs it)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, MAIN, *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=str(ROOT), preexec_fn=preexec)


def spawn(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, MAIN, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=str(ROOT))


def assert_one_line(result: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit 2, one line on stderr naming the problem, no traceback."""
    err = result.stderr
    assert result.returncode == 2, (result.returncode, err, result.stdout)
    assert "Traceback" not in err, err
    assert err.startswith("pmo-desktop: ") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, (needle, err)
    return err


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def risk_book(path: Path, rows: int, start: int = 1, prefix: str = "R") -> str:
    """A risk register of ``rows`` risks (written with openpyxl)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Risk Register")
    ws.append(["Risk ID", "Title", "Description", "Risk Owner", "Likelihood",
               "Impact (1-5)", "Status", "Mitigation"])
    for i in range(start, start + rows):
        ws.append([f"{prefix}-{i}", f"Risk number {i} about the supplier",
                   "A longer description of what could go wrong " * 3, f"Owner {i % 17}",
                   "High", 1 + i % 5, "Open", "Weekly review with the supplier " * 2])
    wb.save(path)
    return str(path)


def _can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    with tempfile.TemporaryDirectory() as probe:
        ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe],
                            capture_output=True).returncode == 0
        if ok:
            subprocess.run(["umount", probe], capture_output=True)
        return ok


# PMO_TEST_NO_MOUNT=1 runs the fallbacks a developer who is not root gets.
CAN_MOUNT = _can_mount() and not os.environ.get("PMO_TEST_NO_MOUNT")


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                   check=True, capture_output=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill_disk(folder: Path, leave: int) -> Path:
    """Fill ``folder``'s file system, leaving about ``leave`` bytes free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def file_size_limit(limit: int):
    """A ``preexec_fn`` that makes every file the process writes stop at ``limit``
    bytes (EFBIG) — the full disk of a developer who is not root."""
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "p.pmo"
    result = cli("demo", "--db", str(path), "--projects", "4", "--as-of", "2026-11-21")
    assert result.returncode == 0, result.stderr
    return path
