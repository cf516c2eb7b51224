"""What the report dialog offers, and the record of each pack produced (``pack`` table)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.schedule import iso_date as parse_day

if TYPE_CHECKING:
    from .store import Store


# -- what the report dialog offers -------------------------------------------------------------
@dataclass(frozen=True)
class PackChoices:
    """Closed periods (newest first) and the projects grouped by programme."""

    periods: list[tuple[date, str]]
    programmes: dict[str, list[tuple[str, str]]]  # programme ("" = none) -> (code, name)


def pack_choices(store: Store) -> PackChoices:
    """What the report dialog offers. Cheap at 10,000 projects (plain tuples, grouped in
    one pass): the dialog reads it on a worker thread, and Python work there holds the
    interpreter lock the window needs to repaint."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for code, name, programme in store.db.execute(
            """SELECT p.code, p.name, COALESCE(g.name, '') AS programme
               FROM project p LEFT JOIN programme g ON g.id = p.programme_id
               ORDER BY programme, p.code""").fetchall():
        group = grouped.get(programme)
        if group is None:
            group = grouped[programme] = []
        group.append((code, name))
    periods = [(d, str(label or d.isoformat())) for d, label in (
        (parse_day(r["as_of"]), r["label"]) for r in store.query(
            "SELECT as_of, label FROM reporting_period ORDER BY as_of DESC")) if d is not None]
    return PackChoices(periods, grouped)


# -- the record of packs produced ------------------------------------------------------------
def record_pack(store: Store, *, period_as_of: date | None, options: dict[str, Any],
                data_hash: str, path: str, pages: int,
                generated_at: datetime | None = None) -> int:
    """Append one row to the ``pack`` table; returns its id (call on the writer's thread)."""
    at = (generated_at or datetime.now()).isoformat(timespec="seconds")
    with store.db.atomic():
        cur = store.db.execute(
            "INSERT INTO pack(generated_at, period_as_of, options, data_hash, path, pages)"
            " VALUES (?,?,?,?,?,?)",
            [at, period_as_of.isoformat() if period_as_of else None,
             json.dumps(options, sort_keys=True, default=str), data_hash, path, pages])
    return int(cur.lastrowid or 0)


def packs(store: Store) -> list[dict[str, Any]]:
    """The packs produced, newest first."""
    rows = store.query("SELECT * FROM pack ORDER BY id DESC")
    for row in rows:
        row["options"] = json.loads(row["options"])
    return rows


__all__ = ["PackChoices", "pack_choices", "packs", "record_pack"]
