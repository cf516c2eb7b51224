"""A project's plan: working-day arithmetic for task dates, and the project's dates and
% complete rolled up from its tasks (DOMAIN §2.7).

Working days are Monday to Friday (plans imported from Excel carry no calendar). A task's
duration counts both its first and its last day: a one-day task starts and finishes on
the same day; a milestone has no duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable


def add_working_days(start: date, days: int) -> date:
    """The working day ``days`` working days after ``start`` (before it when negative);
    a start on a weekend first moves to the next Monday."""
    d = start
    while d.weekday() >= 5:
        d += timedelta(days=1)
    step = 1 if days >= 0 else -1
    left = abs(days)
    while left:
        d += timedelta(days=step)
        if d.weekday() < 5:
            left -= 1
    return d


def finish_from(start: date, duration_days: float) -> date:
    """The finish of a task of ``duration_days`` working days that starts on ``start``."""
    whole = int(round(duration_days))
    return add_working_days(start, max(0, whole - 1)) if whole > 0 else start


def start_from(finish: date, duration_days: float) -> date:
    """The start of a task of ``duration_days`` working days that finishes on ``finish``."""
    whole = int(round(duration_days))
    return add_working_days(finish, -(whole - 1)) if whole > 1 else finish


def working_days(start: date, finish: date) -> int:
    """Working days from ``start`` to ``finish``, both counted (0 when it ends first)."""
    if finish < start:
        return 0
    days = (finish - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(rest):
        if (start.weekday() + i) % 7 < 5:
            count += 1
    return count


@dataclass(frozen=True)
class PlanTask:
    """What the roll-up needs of one task."""

    start: date | None
    finish: date | None
    duration_days: float | None = None
    pct_complete: float | None = None
    is_summary: bool = False


@dataclass(frozen=True)
class RollUp:
    """A project's start, finish and % complete as its plan gives them (None: the plan
    does not say)."""

    start: date | None
    finish: date | None
    pct_complete: float | None


def roll_up(tasks: Iterable[PlanTask]) -> RollUp:
    """The plan's earliest start, latest finish and duration-weighted % complete.

    Summary tasks are left out (their own dates and % repeat their children's); each
    task weighs its duration in working days (from its dates when it gives none; a
    milestone weighs nothing, unless every task is one: then each weighs the same).
    """
    leaves = [t for t in tasks if not t.is_summary]
    starts = [t.start for t in leaves if t.start is not None]
    finishes = [d for d in (t.finish or t.start for t in leaves) if d is not None]
    weighed: list[tuple[float, float]] = []
    for t in leaves:
        if t.pct_complete is None:
            continue
        weight = t.duration_days
        if weight is None and t.start is not None and t.finish is not None:
            weight = working_days(t.start, t.finish)
        weighed.append((max(0.0, float(weight or 0.0)), min(1.0, max(0.0, t.pct_complete))))
    total = sum(w for w, _p in weighed)
    pct: float | None
    if total > 0:
        pct = sum(w * p for w, p in weighed) / total
    elif weighed:
        pct = sum(p for _w, p in weighed) / len(weighed)
    else:
        pct = None
    return RollUp(min(starts) if starts else None, max(finishes) if finishes else None,
                  round(pct, 4) if pct is not None else None)
