"""The portfolio rules every screen counts with, each defined once.

The dashboard, the Portfolio view, the Data quality view, ``check`` and the steering pack
all count "stale" projects, "over-allocated" people in the look-ahead and so on. They
call these functions, so a figure is the same wherever it is shown:

* **inactive**: a project whose state is completed or cancelled, or whose stage is
  closed. It needs no status updates and raises no data-quality nags.
* **stale**: a live (not inactive) project whose status date is missing or more than
  ``stale_days`` days before the as-of date (exactly ``stale_days`` old is not stale).
* **look-ahead**: the as-of month and the next ``LOOKAHEAD_MONTHS`` calendar months,
  so "the next three months" after any as-of day is covered (DOMAIN.md §2.3, §4.3).
* **open** RAID item: its status is not one of ``enums.RAID_CLOSED_STATUSES``.
* **over-allocated**: committed load above 100 % of capacity in a month (§4.3; the
  vendors' shared convention, independent of the resource RAG thresholds).

False green (reported Green, calculated Red) and "a stored RAG, or not set" live in
``rag`` (``false_green``, ``rag_or_not_set``); an overdue milestone in ``schedule``.
"""

from __future__ import annotations

from datetime import date

from .capacity import UtilBand, util_band
from .enums import RAID_CLOSED_STATUSES

INACTIVE_STATES = frozenset({"completed", "cancelled"})
"""Project states (``enums.PROJECT_STATES``) after which a project is no longer live."""
CLOSED_STAGE = "closed"
"""The project stage (``enums.PROJECT_STAGES``) that also ends a project."""
LOOKAHEAD_MONTHS = 3
"""Months after the as-of month that the resource look-ahead covers."""


def is_inactive(state: str | None, stage: str | None = None) -> bool:
    """True for a completed or cancelled project, or one in its closed stage.

    A missing state counts as active.
    """
    return (state or "") in INACTIVE_STATES or (stage or "") == CLOSED_STAGE


def status_age(status_date: date | None, as_of: date) -> int | None:
    """Days from the status date to the as-of date; ``None`` without a status date."""
    return None if status_date is None else (as_of - status_date).days


def is_stale(status_date: date | None, as_of: date, stale_days: int,
             state: str | None = None, stage: str | None = None) -> bool:
    """True when a live project has no status date, or one over ``stale_days`` old.

    The boundary is inclusive: a status exactly ``stale_days`` days old is still fresh.
    Inactive projects (``is_inactive``) are never stale.
    """
    if is_inactive(state, stage):
        return False
    age = status_age(status_date, as_of)
    return age is None or age > stale_days


def _month_add(day: date, months: int) -> str:
    y, m = divmod(day.month - 1 + months, 12)
    return f"{day.year + y:04d}-{m + 1:02d}"


def lookahead_months(as_of: date) -> list[str]:
    """The look-ahead months as ``YYYY-MM``: the as-of month and the next ``LOOKAHEAD_MONTHS``."""
    return [_month_add(as_of, k) for k in range(LOOKAHEAD_MONTHS + 1)]


def lookahead_bounds(as_of: date) -> tuple[str, str]:
    """First and last month (``YYYY-MM``, inclusive) of the look-ahead."""
    months = lookahead_months(as_of)
    return months[0], months[-1]


def is_open_raid(status: str | None) -> bool:
    """An open RAID item: its status is not a closed one (a missing status is open)."""
    return (status or "open") not in RAID_CLOSED_STATUSES


def is_over_allocated(utilisation_pct: float | None) -> bool:
    """True above 100 % utilisation (the Over-allocated and Hotspot bands of §4.3)."""
    return util_band(utilisation_pct) in (UtilBand.OVER, UtilBand.HOTSPOT)


__all__ = [
    "CLOSED_STAGE", "INACTIVE_STATES", "LOOKAHEAD_MONTHS", "is_inactive", "is_open_raid",
    "is_over_allocated", "is_stale", "lookahead_bounds", "lookahead_months", "status_age",
]
