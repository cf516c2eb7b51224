"""Schedule measures: slip and milestone status (DOMAIN.md §2.7).

All day counts here are **calendar days** (no working-day calendar): the trackers we
import rarely carry a calendar, and calendar days are what a reader can check by hand.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date
from typing import Any

from .enums import MILESTONE_STATUSES


def iso_date(text: object) -> date | None:
    """A stored ISO date (``YYYY-MM-DD``, any time part ignored), or None when absent or bad."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None

NOT_DUE, DUE_THIS_PERIOD, COMPLETE_ON_TIME, COMPLETE_LATE, MISSED, FORECAST_LATE, CANCELLED = (
    MILESTONE_STATUSES
)


def slip_days(baseline: date | None, forecast_or_actual: date | None) -> int | None:
    """Calendar days from the baseline date to the forecast (or actual) date.

    Positive is late, negative early; ``None`` when either date is missing.
    """
    if baseline is None or forecast_or_actual is None:
        return None
    return (forecast_or_actual - baseline).days


def slip_pct(baseline_start: date | None, baseline_finish: date | None,
             forecast_finish: date | None) -> float | None:
    """Finish slip as a percentage of the baseline duration (§2.3), in calendar days.

    ``(forecast_finish − baseline_finish) / (baseline_finish − baseline_start) × 100``;
    ``None`` when a date is missing or the baseline duration is not positive.
    """
    if baseline_start is None or baseline_finish is None or forecast_finish is None:
        return None
    duration = (baseline_finish - baseline_start).days
    if duration <= 0:
        return None
    return (forecast_finish - baseline_finish).days * 100.0 / duration


def is_overdue(baseline: date | None, actual: date | None, as_of: date) -> bool:
    """Past its baseline date and not complete: the baseline is strictly before ``as_of``."""
    return baseline is not None and actual is None and baseline < as_of


def completion_status(baseline: date | None, actual: date | None) -> str:
    """The status of a completed milestone: ``complete_late`` when it was completed
    (``actual``) after its baseline date, else ``complete_on_time`` (also when either
    date is unknown)."""
    late = baseline is not None and actual is not None and actual > baseline
    return COMPLETE_LATE if late else COMPLETE_ON_TIME


def recorded_status(stored: Mapping[str, Any], edit: Mapping[str, Any],
                    as_of: date) -> str | None:
    """The status a milestone's record takes when ``edit`` sets its dates (``stored``: the
    record before it, empty for a new one), as an import records it: given an actual date
    it is complete, on time or late against its baseline (``completion_status``); an
    actual date cleared makes a complete milestone open again (``milestone_status`` at
    ``as_of``). ``None``: keep the status (the edit names one, or changes neither date)."""
    if "status" in edit or not {"actual_date", "baseline_date"} & edit.keys():
        return None
    after = {**stored, **edit}
    baseline, actual = iso_date(after.get("baseline_date")), iso_date(after.get("actual_date"))
    if actual is not None:
        return completion_status(baseline, actual)
    if stored.get("status") in (COMPLETE_ON_TIME, COMPLETE_LATE):
        return milestone_status(baseline, iso_date(after.get("forecast_date")), None, as_of)
    return None


def _month_bounds(day: date) -> tuple[date, date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def milestone_status(baseline: date | None, forecast: date | None, actual: date | None,
                     as_of: date, period_start: date | None = None, cancelled: bool = False,
                     *, period_end: date | None = None) -> str:
    """The milestone status (a value of ``enums.MILESTONE_STATUSES``) as of a date.

    Checked in this order:

    1. ``cancelled``;
    2. complete (``actual`` set): ``complete_on_time`` when ``actual ≤ baseline`` (or
       there is no baseline), else ``complete_late``;
    3. ``missed``: the baseline is strictly before ``as_of`` (same rule as
       :func:`is_overdue`);
    4. ``forecast_late``: the forecast is after the baseline;
    5. ``due_this_period``: the forecast or the baseline date falls in the reporting
       period (the baseline is then on or after ``as_of``, else it was missed);
    6. ``not_due``.

    The reporting period defaults to the calendar month of ``as_of``; ``period_start``
    and the keyword ``period_end`` override its bounds. At a period-end status date
    everything due in the period is therefore complete or missed.
    """
    if cancelled:
        return CANCELLED
    if actual is not None:
        return completion_status(baseline, actual)
    if is_overdue(baseline, actual, as_of):
        return MISSED
    if baseline is not None and forecast is not None and forecast > baseline:
        return FORECAST_LATE
    month_start, month_end = _month_bounds(as_of)
    start = period_start or month_start
    end = period_end or month_end
    if any(d is not None and start <= d <= end for d in (forecast, baseline)):
        return DUE_THIS_PERIOD
    return NOT_DUE
