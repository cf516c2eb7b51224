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

from .queries_common import Source, database, parse_date

if TYPE_CHECKING:
    from .sqlitedb import Database

BASELINE_COLUMNS = ("version", "effective_date", "bac", "finish_date", "approved_by",
                    "reason", "source_cr")


@contextlib.contextmanager
def released(db: Database, project_id: int, *, whole: bool = False
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


def versions(source: Source, project_id: int) -> list[dict[str, Any]]:
    """The project's baseline versions, oldest first (id and the columns above)."""
    return list(database(source).query(
        f"SELECT id, {', '.join(BASELINE_COLUMNS)} FROM baseline WHERE project_id = ?"
        " ORDER BY version", [project_id]))


def version_history(source: Source, project_id: int) -> list[dict[str, Any]]:
    """``versions`` with what each changed from the one before: ``bac_change`` (money)
    and ``finish_change_days`` (calendar days); ``None`` for the first or a missing value."""
    out = versions(source, project_id)
    before: dict[str, Any] | None = None
    for row in out:
        row["bac_change"] = row["finish_change_days"] = None
        if before is not None:
            if row["bac"] is not None and before["bac"] is not None:
                row["bac_change"] = row["bac"] - before["bac"]
            new, old = parse_date(row["finish_date"]), parse_date(before["finish_date"])
            if new is not None and old is not None:
                row["finish_change_days"] = (new - old).days
        before = row
    return out


def latest(store: Source, project_id: int) -> dict[str, Any] | None:
    """The project's current baseline version, or ``None`` when it has none."""
    found = versions(store, project_id)
    return found[-1] if found else None


def open_milestones(source: Source, project_id: int) -> list[dict[str, Any]]:
    """The project's milestones with a baseline date and no actual date (those a
    schedule change may move), by baseline date."""
    return list(database(source).query(
        "SELECT id, name, baseline_date, actual_date FROM milestone WHERE project_id = ?"
        " AND baseline_date IS NOT NULL AND actual_date IS NULL ORDER BY baseline_date, id",
        [project_id]))


__all__ = ["BASELINE_COLUMNS", "latest", "open_milestones", "released", "version_history",
           "versions"]
