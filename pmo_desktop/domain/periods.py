"""Reporting periods: which as-of dates may be closed, and which period may be reopened.

A period's snapshot is taken from the data as it stands, so it can only describe a day
that has happened (up to the portfolio's as-of date, or today when none is set), and
periods close in date order so that trends compare each period with the one before.
Only the latest closed period can be reopened: an older one has later periods (and the
packs printed from them) comparing against it.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date


def close_date_problem(day: date, *, limit: date, limit_is_setting: bool,
                       closed: Collection[date]) -> str | None:
    """Why a period ending ``day`` cannot be closed, or ``None`` when it can.

    ``limit`` is the latest closable date: the portfolio's as-of date when
    ``limit_is_setting``, else today. ``closed`` holds the closed periods' as-of dates.
    """
    if day in closed:
        return f"The period ending {day.isoformat()} is already closed."
    if day > limit:
        if limit_is_setting:
            return (f"{day.isoformat()} is after the portfolio's as-of date "
                    f"({limit.isoformat()}): a period can only be closed up to that date.")
        return (f"{day.isoformat()} is in the future (today is {limit.isoformat()}): "
                f"a period can only be closed up to today.")
    latest = max(closed, default=None)
    if latest is not None and day < latest:
        return (f"Periods close in order: the last closed period ends {latest.isoformat()}, "
                f"so {day.isoformat()} cannot be closed now.")
    return None


def reopen_problem(day: date, closed: Collection[date]) -> str | None:
    """Why the period ending ``day`` cannot be reopened, or ``None`` when it can."""
    if day not in closed:
        return f"No closed period ends {day.isoformat()}."
    latest = max(closed)
    if day != latest:
        return (f"Only the latest closed period can be reopened: it ends {latest.isoformat()}, "
                f"and {day.isoformat()} is older.")
    return None
