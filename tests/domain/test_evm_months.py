"""Months as earned value counts them: ``YYYY-MM`` periods, running month numbers and
month ends."""

from __future__ import annotations

from datetime import date

from pmo_desktop.domain.evm_months import month_end, month_index, month_name, month_of, \
    month_span


def test_month_index_and_month_name_are_inverse():
    assert month_index("2026-03") == 2026 * 12 + 2
    assert month_name(month_index("2026-03")) == "2026-03"
    assert month_index("1850-12") == 1850 * 12 + 11  # outside the table of known months
    assert month_name(1850 * 12 + 11) == "1850-12"


def test_month_span_lists_every_month_inclusive():
    assert month_span("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert month_span("2026-03", "2026-03") == ["2026-03"]
    assert month_span("2026-02", "2026-01") == []


def test_month_of_a_day_and_the_last_day_of_a_month():
    assert month_of(date(2026, 2, 14)) == "2026-02"
    assert month_end("2024-02") == date(2024, 2, 29) and month_end("2026-12") == date(2026, 12, 31)
