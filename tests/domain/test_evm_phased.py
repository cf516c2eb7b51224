"""Phased earned value (DOMAIN.md §5): every worked example of §5.5 at full precision,
the EAC the portfolio chose, Earned Schedule by month, roll-ups from sums and display
totals that equal the sum of their rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm import bei
from pmo_desktop.domain.settings_rules import EAC_METHODS

approx = pytest.approx


def _lines(planned, actual=(), earned=None, first="2026-01"):
    start = ep.month_index(first)
    out = []
    for i, p in enumerate(planned):
        out.append(ep.MonthLine(ep.month_name(start + i), planned=p,
                                actual=actual[i] if i < len(actual) else None,
                                earned=None if earned is None or i >= len(earned) else earned[i]))
    return out


def test_method_names_are_the_settings_choices():
    assert tuple(EAC_METHODS) == ep.EAC_METHOD_NAMES


def test_e3_pra_series_at_period_3():
    # BAC 100,000; planned cumulative 10/20/40/70/100 %; AC cumulative 9k/18k/36k/70k/100k.
    lines = _lines([10_000, 10_000, 20_000, 30_000, 30_000],
                   [9_000, 9_000, 18_000, 34_000, 30_000])
    r = ep.phase(lines, date(2026, 3, 31), bac=100_000, pct_complete=0.35)
    assert r.evm.pv == 40_000 and r.evm.ac == 36_000
    assert r.evm.ev == approx(35_000, rel=1e-15)
    assert r.evm.sv == approx(-5_000, rel=1e-12) and r.evm.cv == approx(-1_000, rel=1e-12)
    assert r.evm.spi == approx(0.875, rel=1e-15)
    assert r.evm.cpi == approx(0.9722222222222222, rel=1e-15)
    # ES: PV_2 = 20,000 ≤ 35,000 < PV_3 = 40,000 → 2 + 15,000/20,000.
    assert r.es == approx(2.75) and r.at == 3.0
    assert r.sv_t == approx(-0.25) and r.spi_t == approx(2.75 / 3)
    # Months: EV phased like AC (constant CPI), so they sum to the reported EV.
    assert [m.ev for m in r.months[:3]] == approx([8_750, 8_750, 17_500])
    assert r.months[2].ev_cum == approx(35_000)
    assert r.months[3].ev is None and r.months[3].ac is None
    assert r.pd == 5


def test_e3_reference_page_tcpi_and_eacs():
    lines = _lines([100_000], [63_000], [35_000])
    r = ep.phase(lines, date(2026, 1, 31), bac=100_000, reported_eac=120_482)
    assert r.evm.tcpi_bac == approx(65_000 / 37_000, rel=1e-15)
    assert round(r.evm.tcpi_bac, 2) == 1.76
    assert r.evm.tcpi_eac == approx(65_000 / 57_482, rel=1e-15)
    assert round(r.evm.tcpi_eac, 2) == 1.13
    assert r.evm.eac_atypical == 128_000
    # With CPI given as 0.83 (an input, not EV/AC): the generic EAC of ISO 21508.
    assert ep.eac_with_pf(100_000, 0, 0, 0.83) == approx(120_481.92771084337, rel=1e-15)
    assert round(ep.eac_with_pf(100_000, 0, 0, 0.83), 1) == 120_481.9
    assert ep.eac_with_pf(100_000, 35_000, 63_000, 1) == 128_000
    assert ep.eac_with_pf(100_000, 35_000, 0, 1) == 65_000  # ETC at the planned rate
    assert ep.eac_with_pf(100_000, 35_000, 0, 0.83) == approx(78_313.25301204819, rel=1e-15)
    composite = ep.eac_with_pf(100_000, 35_000, 63_000, 0.83 * 0.875)
    assert composite == approx(152_500.86058519793, rel=1e-15)
    assert round(composite, 2) == 152_500.86
    assert ep.eac_with_pf(1, 0, 0, 0) is None


def test_e4_frank_dog_house():
    r = ep.phase(_lines([500], [400]), date(2026, 1, 31), bac=500, pct_complete=0.6,
                 method="atypical")
    assert r.evm.ev == approx(300, rel=1e-15)
    assert r.evm.tcpi_bac == approx(2.0, rel=1e-14)
    assert r.eac == approx(600, rel=1e-15) and r.eac_method_used == "atypical"


def test_e5_izenbridge_tcpi_to_eac():
    r = ep.phase(_lines([135_000], [70_000], [45_000]), date(2026, 1, 31), bac=135_000,
                 reported_eac=130_000)
    assert r.evm.tcpi_eac == 1.5
    assert r.evm.tcpi_bac == approx(90_000 / 65_000, rel=1e-15)
    assert round(r.evm.tcpi_bac, 4) == 1.3846


def test_e6_pmi_sp_spi_quarterly():
    # Four quarterly periods of 186,250; status at the 3rd; 60 % complete.
    r = ep.phase(_lines([186_250] * 4, [150_000, 150_000, 140_000]), date(2026, 3, 31),
                 bac=745_000, pct_complete=0.6)
    assert r.evm.pv == 558_750
    assert r.evm.ev == approx(447_000, rel=1e-15)
    assert r.evm.spi == approx(0.8, rel=1e-15)
    assert r.evm.cpi == approx(447_000 / 440_000, rel=1e-15)
    assert round(r.evm.cpi, 4) == 1.0159


@pytest.mark.parametrize("at_end, es, sv_t, spi_t", [(20, 18, -2, 0.9), (24, 21, -3, 0.875)])
def test_e8_earned_schedule(at_end, es, sv_t, spi_t):
    lines = _lines([1_000] * 30, earned=[es * 1_000] + [0] * 29)
    as_of = ep.month_end(ep.month_name(ep.month_index("2026-01") + at_end - 1))
    r = ep.phase(lines, as_of, bac=30_000)
    assert r.at == at_end and r.es == es
    assert r.sv_t == sv_t and r.spi_t == approx(spi_t, rel=1e-15)


def test_e9_bei():
    assert bei(6, 6) == 1.0
    assert round(bei(8, 6), 2) == 1.33


# --- the chosen EAC -------------------------------------------------------------------------


def test_each_method_drives_etc_vac_and_tcpi_eac():
    lines = _lines([50, 50], [60, 0], [40, 0])
    seen = {}
    for method in ep.EAC_METHOD_NAMES:
        r = ep.phase(lines, date(2026, 1, 31), bac=100, reported_eac=130, method=method)
        seen[method] = r.eac
        assert r.evm.etc == approx(r.eac - 60)
        assert r.evm.vac == approx(100 - r.eac)
        assert r.evm.tcpi_eac == approx(60 / (r.eac - 60))
    assert seen == approx({"reported": 130, "cpi": 150, "atypical": 120,
                           "cpi_spi": 60 + 60 / (40 / 60 * 40 / 50)})


def test_an_undefined_chosen_eac_falls_back_and_says_so():
    r = ep.phase(_lines([50, 50]), date(2026, 1, 31), bac=100, reported_eac=110, method="cpi")
    assert r.evm.cpi is None and r.eac == 110 and r.eac_method_used == "reported"
    r = ep.phase(_lines([50, 50]), date(2026, 1, 31), bac=100, method="cpi_spi")
    assert r.eac == 100 and r.eac_method_used == "bac"
    with pytest.raises(ValueError):
        ep.choose_eac("guess", r.evm, None)


# --- roll-ups ---------------------------------------------------------------------------------


def test_rollup_sums_first_and_never_averages_indices():
    as_of = date(2026, 2, 28)
    a = ep.phase(_lines([100, 100, 100], [150, 150]), as_of, bac=300, pct_complete=0.5)
    b = ep.phase(_lines([1_000, 1_000], [500, 500], first="2026-02"), as_of, bac=2_000,
                 pct_complete=0.2)
    r = ep.rollup([a, b], as_of)
    assert r.evm.bac == 2_300 and r.evm.pv == 1_200 and r.evm.ac == 800
    assert r.evm.ev == approx(150 + 400)
    assert r.evm.cpi == approx(550 / 800)
    assert r.evm.cpi != approx((a.evm.cpi + b.evm.cpi) / 2)
    assert r.eac == approx(a.eac + b.eac)
    assert [m.period for m in r.months] == ["2026-01", "2026-02", "2026-03"]
    assert [m.pv for m in r.months] == [100, 1_100, 1_100]
    assert r.months[1].ac_cum == 800 and r.months[2].ac is None
    assert r.at == 2.0 and r.es == approx(1 + 450 / 1_100)


def test_display_totals_equal_the_sum_of_displayed_rows():
    rows = [0.005, 0.005, 0.005, 1.125, 2.675, 66.25]
    assert ep.shown(66.25, 1) == Decimal("66.3") and ep.shown(2.675) == Decimal("2.68")
    assert ep.shown_total(rows) == sum((ep.shown(v) for v in rows), Decimal(0))
    assert ep.shown_total(rows) == Decimal("70.09")
    assert ep.shown(sum(rows)) == Decimal("70.07")  # why the total is not rounded itself
    assert ep.shown_total([None]) is None


def test_fiscal_year_and_in_year_figures():
    assert ep.fiscal_year(date(2026, 3, 31), "04-01") == ("2025-04", "2026-03")
    assert ep.fiscal_year(date(2026, 4, 1), "04-01") == ("2026-04", "2027-03")
    lines = [ep.MonthLine("2026-03", 100, 90), ep.MonthLine("2026-04", 100, 120),
             ep.MonthLine("2026-05", 100, forecast=130), ep.MonthLine("2026-06", 100)]
    r = ep.phase(lines, date(2026, 4, 30), bac=400, pct_complete=0.5)
    y = ep.in_year(r, date(2026, 4, 30), "04-01")
    assert (y.first, y.budget, y.actual, y.forecast) == ("2026-04", 300, 120, 350)
    assert y.variance == -50


def test_eac_projection_runs_from_ac_to_eac_at_the_forecast_finish():
    r = ep.phase(_lines([100, 100, 100, 100], [150, 150]), date(2026, 2, 28), bac=400,
                 pct_complete=0.5, method="cpi")
    line = ep.eac_projection(r, date(2026, 2, 28), date(2026, 6, 15))
    assert line[0] == ("2026-02", 300) and line[-1] == ("2026-06", approx(600))
    assert len(line) == 5
    assert ep.eac_projection(r, date(2026, 2, 28), None) == []


def test_gaps_between_lines_are_months_and_duplicates_add_up():
    lines = [ep.MonthLine("2026-01", 10), ep.MonthLine("2026-03", 10),
             ep.MonthLine("2026-03", 5, 3)]
    r = ep.phase(lines, date(2026, 3, 31), bac=25)
    assert [m.pv for m in r.months] == [10, 0, 15] and r.evm.ac == 3


def test_no_lines_keeps_ev_from_percent_complete():
    r = ep.phase([], date(2026, 3, 31), bac=1_000, pct_complete=0.4)
    assert r.evm.ev == 400 and r.evm.pv is None and r.months == () and r.es is None
