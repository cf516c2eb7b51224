"""Where a project's money is heading: the S-curve's line from the actual cost to the
chosen EAC at the forecast finish, and this fiscal year's budget, forecast outturn and
spend to date, from a phased result (``evm_phased``)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from .evm_months import month_index, month_name, month_of
from .evm_phased import PhasedEvm


def eac_projection(result: PhasedEvm, as_of: date, finish: date | None
                   ) -> list[tuple[str, float]]:
    """The S-curve's EAC line: from AC at the status month straight to the chosen EAC
    at the forecast finish month (``[]`` without AC, EAC or a finish after the status
    month's start)."""
    ac, eac = result.evm.ac, result.eac
    if ac is None or eac is None or finish is None:
        return []
    start, end = month_index(month_of(as_of)), month_index(month_of(finish))
    if end <= start:
        return [(month_of(as_of), ac), (month_of(as_of), eac)]
    steps = end - start
    return [(month_name(start + k), ac + (eac - ac) * k / steps) for k in range(steps + 1)]


def fiscal_year(as_of: date, start: str) -> tuple[str, str]:
    """The first and last month of the fiscal year holding ``as_of``; ``start`` is the
    setting ``fiscal_year_start`` (``MM-DD``; the year runs from that day's month)."""
    month = int(start[:2])
    year = as_of.year if as_of.month >= month else as_of.year - 1
    first = year * 12 + month - 1
    return month_name(first), month_name(first + 11)


@dataclass(frozen=True)
class InYear:
    """This fiscal year: its budget (planned), the forecast outturn (actual to date
    then forecast) and the spend to date."""

    first: str
    last: str
    budget: float
    forecast: float
    actual: float

    @property
    def variance(self) -> float:
        """Budget − forecast (negative: the year is forecast to overspend)."""
        return self.budget - self.forecast


def in_year(result: PhasedEvm, as_of: date, fiscal_start: str) -> InYear:
    """``InYear`` of a phased result for the fiscal year holding ``as_of``."""
    first, last = fiscal_year(as_of, fiscal_start)
    rows = [m for m in result.months if first <= m.period <= last]
    return InYear(first, last, budget=math.fsum(m.pv for m in rows),
                  forecast=math.fsum(m.outturn for m in rows),
                  actual=math.fsum(m.ac or 0.0 for m in rows))


__all__ = ["InYear", "eac_projection", "fiscal_year", "in_year"]
