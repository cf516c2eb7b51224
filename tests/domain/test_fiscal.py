"""Fiscal quarters as calendar months (domain/fiscal.py)."""

import pytest

from pmo_desktop.domain.fiscal import fiscal_quarter_months


def test_an_april_year_is_named_by_the_year_it_ends_in():
    assert fiscal_quarter_months(1, 2026, "04-01") == ["2025-04", "2025-05", "2025-06"]
    assert fiscal_quarter_months(3, 2026, "04-01") == ["2025-10", "2025-11", "2025-12"]
    assert fiscal_quarter_months(4, 2026, "04-01") == ["2026-01", "2026-02", "2026-03"]


def test_a_calendar_fiscal_year_is_its_own_year():
    assert fiscal_quarter_months(1, 2026, "01-01") == ["2026-01", "2026-02", "2026-03"]
    assert fiscal_quarter_months(4, 2026, "01-01") == ["2026-10", "2026-11", "2026-12"]


def test_a_year_starting_in_october_or_july():
    assert fiscal_quarter_months(1, 2026, "10-01") == ["2025-10", "2025-11", "2025-12"]
    assert fiscal_quarter_months(2, 2026, "10-01") == ["2026-01", "2026-02", "2026-03"]
    assert fiscal_quarter_months(4, 2026, "07-01") == ["2026-04", "2026-05", "2026-06"]


@pytest.mark.parametrize("quarter, start", [(0, "04-01"), (5, "04-01"), (1, "13-01")])
def test_a_quarter_or_start_out_of_range_is_refused(quarter, start):
    with pytest.raises(ValueError):
        fiscal_quarter_months(quarter, 2026, start)
