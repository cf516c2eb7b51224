"""Fiscal years and quarters: which calendar months a label such as "Q1 FY26" means.

A fiscal year is named by the calendar year it ends in (DOMAIN §5: the portfolio's
``fiscal_year_start``, ``MM-DD``). With a year starting on 1 April, FY26 runs from April
2025 to March 2026 and its first quarter is April to June 2025; with a year starting on 1
January, FY26 is the calendar year 2026.
"""

from __future__ import annotations


def fiscal_quarter_months(quarter: int, year: int, start: str) -> list[str]:
    """The three months (``YYYY-MM``) of quarter ``quarter`` (1–4) of fiscal year ``year``
    (four digits), for a fiscal year starting on ``start`` (``MM-DD``)."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter {quarter} is not 1 to 4")
    month = int(start[:2])
    if not 1 <= month <= 12:
        raise ValueError(f"fiscal year start {start!r} has no month 1 to 12")
    first_year = year if month == 1 else year - 1  # named by the year it ends in
    first = first_year * 12 + (month - 1) + 3 * (quarter - 1)
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(first, first + 3)]


__all__ = ["fiscal_quarter_months"]
