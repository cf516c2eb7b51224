"""Display rounding and formatting (DOMAIN.md §5.6)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain.money import (
    format_index, format_money, format_pct, round_half_up, shown, shown_total,
)


@pytest.mark.parametrize("value, places, expected", [
    (66.25, 1, "66.3"), (2.675, 2, "2.68"), (0.5, 0, "1"), (1.5, 0, "2"), (2.5, 0, "3"),
    (-0.5, 0, "-1"), (-2.5, 0, "-3"), (4479.5, 0, "4480"), (1234.0, -2, "1.2E+3"),
])
def test_round_half_up(value, places, expected):
    assert round_half_up(value, places) == Decimal(expected)


def test_round_half_up_is_not_bankers_rounding():
    assert round(66.25, 1) == 66.2  # what users would otherwise see
    assert round_half_up(66.25, 1) == Decimal("66.3")


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_round_half_up_rejects_non_finite(bad):
    with pytest.raises(ValueError):
        round_half_up(bad)


@pytest.mark.parametrize("value, expected", [
    (1_234_567, "£1,234,567"), (-1_200, "−£1,200"), (0, "£0"), (-0.4, "£0"), (999.5, "£1,000"),
    (1_234_567.5, "£1,234,568"), (None, "—"), (float("nan"), "—"),
])
def test_format_money(value, expected):
    assert format_money(value) == expected


@pytest.mark.parametrize("value, expected", [
    (1_234_567, "£1.2m"), (350_000, "£350k"), (950_000, "£950k"), (999_950, "£1m"),
    (2_000_000, "£2m"), (1_250_000, "£1.3m"), (12_300_000_000, "£12.3bn"), (500, "£500"),
    (999.6, "£1k"), (-1_500_000, "−£1.5m"), (None, "—"),
])
def test_format_money_compact(value, expected):
    assert format_money(value, compact=True) == expected


@pytest.mark.parametrize("currency, expected", [
    ("GBP", "£1,200"), ("EUR", "€1,200"), ("USD", "$1,200"), ("chf", "CHF 1,200"), ("", "1,200"),
])
def test_currency_prefix(currency, expected):
    assert format_money(1200, currency) == expected


@pytest.mark.parametrize("value, places, expected", [
    (12.34, 1, "12.3%"), (12.35, 1, "12.4%"), (-5, 1, "−5.0%"), (0, 1, "0.0%"), (-0.01, 1, "0.0%"),
    (12.5, 0, "13%"), (1234.5, 1, "1,234.5%"), (None, 1, "—"),
])
def test_format_pct(value, places, expected):
    assert format_pct(value, places) == expected


@pytest.mark.parametrize("value, expected", [
    (0.9722222, "0.97"), (0.875, "0.88"), (1.0, "1.00"), (1.7568, "1.76"), (-2.0, "−2.00"),
    (None, "—"), (float("inf"), "—"),
])
def test_format_index(value, expected):
    assert format_index(value) == expected


@given(st.floats(min_value=-1e12, max_value=1e12))
def test_format_money_round_trips_the_rounded_value(value):
    text = format_money(value)
    digits = text.replace("−", "-").replace("£", "").replace(",", "")
    assert Decimal(digits) == round_half_up(value) or Decimal(digits) == 0 == round_half_up(value)


def test_display_totals_equal_the_sum_of_displayed_rows():
    rows = [0.005, 0.005, 0.005, 1.125, 2.675, 66.25]
    assert shown(66.25, 1) == Decimal("66.3") and shown(2.675) == Decimal("2.68")
    assert shown_total(rows) == sum((shown(v) for v in rows), Decimal(0))
    assert shown_total(rows) == Decimal("70.09")
    assert shown(sum(rows)) == Decimal("70.07")  # why the total is not rounded itself
    assert shown_total([None]) is None
