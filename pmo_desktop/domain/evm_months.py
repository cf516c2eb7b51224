"""Months as earned value counts them: a project's money is a series of monthly lines
whose periods are written ``YYYY-MM``; these turn such a period into a running month
number and back, list the months between two and give a month's last day."""

from __future__ import annotations

import calendar
from datetime import date


def month_index(period: str) -> int:
    """``'2026-03'`` → a running month number (year × 12 + month − 1)."""
    found = _MONTHS.get(period)
    return found if found is not None else int(period[:4]) * 12 + int(period[5:7]) - 1


# The months of 1990–2109 by name: ten thousand projects' lines name few months.
_MONTHS = {f"{y:04d}-{m:02d}": y * 12 + m - 1 for y in range(1990, 2110) for m in range(1, 13)}


def month_name(index: int) -> str:
    """The inverse of ``month_index``: ``'YYYY-MM'``."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_span(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    return [month_name(i) for i in range(month_index(first), month_index(last) + 1)]


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(period: str) -> date:
    """The last day of a ``YYYY-MM`` month."""
    year, month = int(period[:4]), int(period[5:7])
    return date(year, month, calendar.monthrange(year, month)[1])


__all__ = ["month_end", "month_index", "month_name", "month_of", "month_span"]
