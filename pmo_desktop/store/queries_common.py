"""What the named reads of the views share: RAG keys, month arithmetic, risk bands, SQL
fragments, and ``Source`` — a read takes the ``Store`` (a view's reading copy) or, inside
``store/``, its ``Database`` (sqlitedb).

Conventions shared by the views' reads:

* a project's overall RAG is the reported one, else the calculated one
  (``ProjectStatus.rag``); a missing rating is the key ``"not_set"``;
* trends compare with the last closed reporting period;
* "open" RAID items are those whose status is not in ``RAID_CLOSED_STATUSES``;
  the risk figures count open *threats* (opportunities are never netted in);
* "stale", "inactive", "false green", the look-ahead window and "over-allocated" are
  the rules of ``domain.portfolio_rules`` and ``domain.rag``, applied through
  ``queries.status_is_stale`` / ``status_is_false_green``, as ``check`` and the pack do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Union

from .sqlitedb import Database

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES
from pmo_desktop.domain.risk import Band, RiskBands
from pmo_desktop.domain.schedule import iso_date as parse_date

if TYPE_CHECKING:
    from .queries import ProjectStatus
    from .store import Store

Source = Union["Store", Database]
"""What a named read takes: the ``Store`` (views, through the runner's reading copy) or
its ``Database`` (other modules of ``store/``)."""

NOT_SET = "not_set"
RAG_KEYS = ("red", "amber", "green", NOT_SET)
"""Overall-RAG keys, worst first, as the dashboard counts them."""
_CLOSED = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
OPEN_RAID_SQL = f"COALESCE(r.status, 'open') NOT IN ({_CLOSED})"
"""SQL condition on ``raid_item r``: the item is open (``domain.portfolio_rules.is_open_raid``)."""
LIVE_MILESTONE_SQL = "m.actual_date IS NULL AND COALESCE(m.status, '') != 'cancelled'"
"""SQL condition on ``milestone m``: not achieved and not cancelled."""


@contextmanager
def one_read(db: Database) -> Iterator[None]:
    """The reads inside see one state of the file: a read transaction, unless the
    connection is in one already (a pack's snapshot, a write)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")


def database(source: Source) -> Database:
    """The database behind ``source`` (a ``Store`` or already a database)."""
    db = getattr(source, "db", source)
    assert isinstance(db, Database)
    return db


safe_rag = ragmod.rag_or_not_set


def rag_key(value: str | None) -> str:
    """``'red'``/``'amber'``/``'green'`` or ``'not_set'``."""
    return safe_rag(value).key or NOT_SET


def add_months(month: str, count: int) -> str:
    """``'2026-11'`` plus ``count`` months."""
    year, mon = int(month[:4]), int(month[5:7])
    y, m = divmod(mon - 1 + count, 12)
    return f"{year + y:04d}-{m + 1:02d}"


def month_range(first: str, count: int) -> list[str]:
    return [add_months(first, k) for k in range(count)]


def risk_band(probability: Any, impact: Any, bands: RiskBands) -> Band | None:
    """The band of ``P × I``; ``None`` when unscored or off the 1–5 scales."""
    try:
        p, i = int(probability), int(impact)
    except (TypeError, ValueError):
        return None
    if not (1 <= p <= 5 and 1 <= i <= 5):
        return None
    return bands.band(p * i)


def shown_rag(status: ProjectStatus, dim: str) -> str | None:
    """The RAG shown for one dimension: reported when the PM gave one, else calculated
    (``ProjectStatus.rag`` for the overall one)."""
    if dim == "overall":
        return status.rag
    return status.reported.get(dim) or status.calculated.get(dim)


def snapshot_rag(snapshot: dict[str, Any] | None, dim: str) -> str | None:
    """The same rule for a project's row frozen in a period."""
    row = snapshot or {}
    return row.get(f"rag_{dim}") or row.get(f"calc_{dim}")


__all__ = [
    "NOT_SET", "RAG_KEYS", "LIVE_MILESTONE_SQL", "OPEN_RAID_SQL", "Source", "add_months",
    "database", "month_range", "parse_date", "rag_key", "risk_band", "safe_rag", "shown_rag",
    "snapshot_rag",
]
