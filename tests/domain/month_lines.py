"""Monthly financial lines for the earned value tests: one a month from ``first``."""

from __future__ import annotations

from pmo_desktop.domain.evm_months import month_index, month_name
from pmo_desktop.domain.evm_phased import MonthLine


def month_lines(planned, actual=(), earned=None, first="2026-01"):
    start = month_index(first)
    out = []
    for i, p in enumerate(planned):
        out.append(MonthLine(month_name(start + i), planned=p,
                             actual=actual[i] if i < len(actual) else None,
                             earned=None if earned is None or i >= len(earned) else earned[i]))
    return out
