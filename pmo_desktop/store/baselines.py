"""Baseline versions: the reads, and the one way a version may be deleted.

Versions are immutable (migration ``immutable_baselines``: triggers refuse UPDATE, and
DELETE outside a release). ``released`` writes the release for the length of a block
inside a write transaction: a project's delete takes all its versions (``whole``), an
undone approval takes the latest one only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

    from .store import Store

BASELINE_COLUMNS = ("version", "effective_date", "bac", "finish_date", "approved_by",
                    "reason", "source_cr")


@contextlib.contextmanager
def released(db: sqlite_utils.Database, project_id: int, *, whole: bool = False
             ) -> Iterator[None]:
    """Inside the block (of an open write), the project's latest baseline version — or,
    with ``whole``, every version — may be deleted. Nested releases of one project keep
    the outer one's scope."""
    conn = db.conn
    cur = conn.execute("INSERT OR IGNORE INTO baseline_release(project_id, whole) VALUES (?, ?)",
                       [project_id, int(whole)])
    mine = cur.rowcount == 1
    try:
        yield
    finally:
        if mine:
            conn.execute("DELETE FROM baseline_release WHERE project_id = ?", [project_id])


def versions(store: Store, project_id: int) -> list[dict[str, Any]]:
    """The project's baseline versions, oldest first (id and the columns above)."""
    return store.query(
        f"SELECT id, {', '.join(BASELINE_COLUMNS)} FROM baseline WHERE project_id = ?"
        " ORDER BY version", [project_id])


def latest(store: Store, project_id: int) -> dict[str, Any] | None:
    """The project's current baseline version, or ``None`` when it has none."""
    found = versions(store, project_id)
    return found[-1] if found else None


def open_milestones(store: Store, project_id: int) -> list[dict[str, Any]]:
    """The project's milestones with a baseline date and no actual date (those a
    schedule change may move), by baseline date."""
    return store.query(
        "SELECT id, name, baseline_date, actual_date FROM milestone WHERE project_id = ?"
        " AND baseline_date IS NOT NULL AND actual_date IS NULL ORDER BY baseline_date, id",
        [project_id])


__all__ = ["BASELINE_COLUMNS", "latest", "open_milestones", "released", "versions"]
