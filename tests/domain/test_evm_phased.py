"""Phased earned value of one project (DOMAIN.md §5): every worked example of §5.5 at
full precision, Earned Schedule by month, gaps between lines and a project without
lines."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm import bei
from pmo_desktop.domain.evm_eac import eac_with_pf
from pmo_desktop.domain.evm_months import month_end, month_index, month_name

from .month_lines import month_lines as _lines

approx = pytest.approx


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
    assert eac_with_pf(100_000, 0, 0, 0.83) == approx(120_481.92771084337, rel=1e-15)
    assert round(eac_with_pf(100_000, 0, 0, 0.83), 1) == 120_481.9
    assert eac_with_pf(100_000, 35_000, 63_000, 1) == 128_000
    assert eac_with_pf(100_000, 35_000, 0, 1) == 65_000  # ETC at the planned rate
    assert eac_with_pf(100_000, 35_000, 0, 0.83) == approx(78_313.25301204819, rel=1e-15)
    composite = eac_with_pf(100_000, 35_000, 63_000, 0.83 * 0.875)
    assert composite == approx(152_500.86058519793, rel=1e-15)
    assert round(composite, 2) == 152_500.86
    assert eac_with_pf(1, 0, 0, 0) is None


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
    as_of = month_end(month_name(month_index("2026-01") + at_end - 1))
    r = ep.phase(lines, as_of, bac=30_000)
    assert r.at == at_end and r.es == es
    assert r.sv_t == sv_t and r.spi_t == approx(spi_t, rel=1e-15)


def test_e9_bei():
    assert bei(6, 6) == 1.0
    assert round(bei(8, 6), 2) == 1.33


def test_gaps_between_lines_are_months_and_duplicates_add_up():
    lines = [ep.MonthLine("2026-01", 10), ep.MonthLine("2026-03", 10),
             ep.MonthLine("2026-03", 5, 3)]
    r = ep.phase(lines, date(2026, 3, 31), bac=25)
    assert [m.pv for m in r.months] == [10, 0, 15] and r.evm.ac == 3


def test_no_lines_keeps_ev_from_percent_complete():
    r = ep.phase([], date(2026, 3, 31), bac=1_000, pct_complete=0.4)
    assert r.evm.ev == 400 and r.evm.pv is None and r.months == () and r.es is None
