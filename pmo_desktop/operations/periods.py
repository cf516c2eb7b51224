"""Close a reporting period (freeze every project's status) and reopen the latest one."""

from __future__ import annotations

from datetime import date

from pmo_desktop.store import Store
from pmo_desktop.store import periods as _periods

from .result import Result

__all__ = ["close_period", "reopen_period"]


def close_period(store: Store, as_of: date, *, label: str | None = None,
                 notes: str | None = None, source: str = "ui") -> Result:
    """Freeze every project's status as of ``as_of`` (label default: "November 2026").

    ``value`` is the new period's id; ``counts["projects"]`` the statuses frozen.
    Refused (``StoreError``) for a date already closed, after the latest closable date
    or before the last closed period. Trends and "since last period" feed every view,
    so the result asks every view to reload."""
    period_id = _periods.close_period(store, as_of, label=label, source=source, notes=notes)
    projects = _periods.snapshot_count(store, period_id)
    return Result(created=[("reporting_period", period_id, as_of.isoformat())],
                  counts={"projects": projects}, value=period_id, reload_all=True)


def reopen_period(store: Store, as_of: date, *, source: str = "ui") -> Result:
    """Reopen the latest closed period (its frozen statuses are removed, the reopening
    is logged). ``value`` is ``{"as_of", "label", "projects"}`` of the period reopened;
    any other period is refused (``StoreError``)."""
    reopened = _periods.reopen_period(store, as_of, source=source)
    return Result(counts={"projects": int(reopened["projects"])}, value=reopened,
                  reload_all=True)
