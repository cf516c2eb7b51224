"""Earned value oracles (DOMAIN.md §5.5) and identities (§5.2) as properties."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pmo_desktop.domain import evm
from pmo_desktop.domain.evm import EarnedSchedule, EvmResult, bei, compute, earned_schedule, rollup

approx = pytest.approx


def test_result_fields_are_exactly_the_agreed_ones():
    assert [f.name for f in dataclasses.fields(EvmResult)] == [
        "bac", "pv", "ev", "ac", "cv", "sv", "cv_pct", "sv_pct", "cpi", "spi", "eac_typical",
        "eac_atypical", "eac_composite", "etc", "vac", "vac_pct", "tcpi_bac", "tcpi_eac",
        "pct_complete", "pct_spent"]


# --- E3: PRA package tests and reference docs ---------------------------------------------


def test_e3_pra_unit_test_values():
    bac = 100_000
    planned = [0.1, 0.2, 0.4, 0.7, 1.0]
    ac_series = [9_000, 18_000, 36_000, 70_000, 100_000]
    r = compute(bac, bac * planned[2], bac * 0.35, ac_series[2])
    assert r.pv == approx(40_000) and r.ev == approx(35_000) and r.ac == 36_000
    assert r.sv == approx(-5_000)
    assert r.cv == approx(-1_000)
    assert r.spi == approx(0.875, abs=1e-6)
    assert r.cpi == approx(0.9722222, abs=1e-6)


def test_e3_reference_page_values():
    r = compute(100_000, None, 35_000, 63_000)
    assert r.tcpi_bac == approx(1.7568, abs=1e-4)
    assert round(r.tcpi_bac, 2) == 1.76
    assert r.eac_atypical == 128_000
    with_eac = compute(100_000, None, 35_000, 63_000, eac=120_482)
    assert with_eac.tcpi_eac == approx(1.1308, abs=1e-4)
    assert round(with_eac.tcpi_eac, 2) == 1.13
    # "ETC at planned rate" = BAC − EV: the ETC of the atypical EAC.
    atypical = compute(100_000, None, 35_000, 63_000, eac=128_000)
    assert atypical.etc == 65_000


def test_e3_eac_typical_with_cpi_083():
    # The docs pass CPI = 0.83 as an input; EV/AC = 0.83 reproduces it.
    r = compute(100_000, None, 83, 100)
    assert r.cpi == approx(0.83)
    assert r.eac_typical == approx(120_481.9, abs=0.05)
    # ETC at CPI 0.83 for the remaining 65,000 of work: 65,000 / 0.83.
    assert 65_000 / r.cpi == approx(78_313.25, abs=0.005)


def test_e3_composite_eac():
    # On the PRA figures: AC + (BAC − EV)/(CPI × SPI) = 36,000 + 65,000/(0.97222 × 0.875).
    r = compute(100_000, 40_000, 35_000, 36_000)
    assert r.eac_composite == approx(36_000 + 65_000 / ((35 / 36) * 0.875))
    assert r.eac_composite == approx(112_408.16, abs=0.01)


# --- E4, E5, E6 -------------------------------------------------------------------------


def test_e4_franks_dog_house():
    r = compute(500, None, 300, 400)
    assert r.tcpi_bac == 2.0
    assert r.eac_atypical == 600


def test_e5_tcpi_to_management_eac():
    r = compute(135_000, None, 45_000, 70_000, eac=130_000)
    assert r.tcpi_eac == 1.5
    assert r.tcpi_bac == approx(1.3846, abs=1e-4)
    assert r.etc == 60_000 and r.vac == 5_000
    # eac_typical is still computed from CPI: BAC / (45/70) = 210,000.
    assert r.eac_typical == approx(210_000)


def test_e6_spi_from_planned_and_complete_percentages():
    bac = 745_000
    r = compute(bac, bac * 0.75, bac * 0.60, 440_000)
    assert r.pv == approx(558_750) and r.ev == approx(447_000)
    assert r.spi == approx(0.8000, abs=1e-9)
    assert round(r.cpi, 4) == 1.0159


# --- E8, E9 -----------------------------------------------------------------------------


def test_e8_earned_schedule_weeks():
    weekly = [1000.0 * (w + 1) for w in range(30)]  # linear plan, 30 weeks
    r = earned_schedule(weekly, ev=18_000, at=20)
    assert r == EarnedSchedule(es=18.0, sv_t=-2.0, spi_t=approx(0.90))
    r = earned_schedule(weekly, ev=21_000, at=24)
    assert r.es == 21 and r.sv_t == -3


def test_earned_schedule_interpolates_within_the_next_period():
    # Lipke: all of May (period 5) earned plus part of June, at AT = 7.
    pv = [10, 25, 45, 70, 100, 140, 170, 200]
    r = earned_schedule(pv, ev=120, at=7)
    assert r.es == approx(5 + (120 - 100) / (140 - 100))
    assert r.sv_t == approx(r.es - 7) and r.spi_t == approx(r.es / 7)


def test_earned_schedule_edge_cases():
    pv = [0.0, 0.0, 50.0, 100.0]  # two periods with no planned work
    assert earned_schedule(pv, ev=0, at=1).es == 2.0  # they count as earned
    assert earned_schedule(pv, ev=100, at=5).es == 4.0  # EV ≥ PV_n → ES = PD
    assert earned_schedule(pv, ev=120, at=5).es == 4.0
    assert earned_schedule(pv, ev=25, at=0).spi_t is None
    assert earned_schedule(pv, ev=25, at=0).sv_t == 2.5
    assert earned_schedule([], ev=10, at=3) == EarnedSchedule(None, None, None)
    assert earned_schedule(pv, ev=-1, at=3) == EarnedSchedule(None, None, None)


@pytest.mark.parametrize("done, planned, expected", [(6, 6, 1.00), (8, 6, 1.33), (0, 0, None)])
def test_e9_bei(done, planned, expected):
    value = bei(done, planned)
    assert (value if value is None else round(value, 2)) == expected


# --- edge cases (§5.4) --------------------------------------------------------------------


def test_no_actuals_no_plan():
    r = compute(1000, 0, 0, 0)
    assert r.cpi is None and r.spi is None and r.eac_typical is None
    assert r.cv_pct is None and r.sv_pct is None
    assert r.eac_atypical == 1000 and r.tcpi_bac == 1.0
    assert r.etc is None and r.vac is None and r.tcpi_eac is None


def test_zero_cpi_makes_eac_typical_infinite_so_none():
    r = compute(1000, 100, 0, 50)
    assert r.cpi == 0 and r.eac_typical is None and r.eac_composite is None
    assert r.eac_atypical == 1050
    assert r.etc is None and r.vac is None


def test_budget_spent_and_exhausted():
    assert compute(1000, 800, 600, 1000).tcpi_bac is None
    assert compute(1000, 800, 600, 1200).tcpi_bac == approx(-2.0)


def test_all_missing_never_raises():
    r = compute(None, None, None, None, eac=None)
    assert all(getattr(r, f.name) is None for f in dataclasses.fields(r))
    r = compute(None, 10, None, 5, eac=20)
    assert r.etc == 15 and r.vac is None and r.cpi is None


def test_percentages():
    r = compute(1000, 400, 300, 360)
    assert r.pct_complete == 30.0 and r.pct_spent == 36.0
    assert r.cv_pct == approx(-20.0) and r.sv_pct == approx(-25.0)
    assert r.vac_pct == approx(-20.0)


def test_rollup_sums_first_then_divides():
    items = [(1000, 500, 400, 500), (9000, 1000, 1000, 900), (None, None, None, None)]
    r = rollup(items)
    assert (r.bac, r.pv, r.ev, r.ac) == (10_000, 1500, 1400, 1400)
    assert r.cpi == 1.0  # not the mean of 0.8 and 1.11
    assert rollup([(100, None, 50, 40), (200, 60, None, None)]).pv == 60
    assert rollup([]).bac is None


# --- identities as properties -------------------------------------------------------------

money = st.floats(min_value=1.0, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(money, money, money, money)
def test_eac_typical_identities(bac, pv, ev, ac):
    r = compute(bac, pv, ev, ac)
    assert r.eac_typical == approx(bac / r.cpi, rel=1e-9)
    assert r.eac_typical == approx(ac + (bac - ev) / r.cpi, rel=1e-9, abs=1e-6 * bac)
    assert r.etc == approx(r.eac_typical - ac)


@given(money, money, money)
def test_tcpi_to_typical_eac_equals_cpi(bac, ev, ac):
    assume(abs(bac - ev) > 1e-6 * bac and abs(bac * ac / ev - ac) > 1e-6 * bac)
    r = compute(bac, None, ev, ac)
    assert r.tcpi_eac == approx(r.cpi, rel=1e-6)


@given(money, money, money, money)
def test_vac_decomposition_and_atypical_vac_is_cv(bac, pv, ev, ac):
    r = compute(bac, pv, ev, ac)
    assert r.vac == approx(r.cv + (bac - ev) - r.etc, rel=1e-9, abs=1e-6 * max(bac, ac, ev))
    atypical = compute(bac, pv, ev, ac, eac=r.eac_atypical)
    assert atypical.vac == approx(atypical.cv, abs=1e-6 * max(bac, ac, ev))


@given(money, money)
def test_zero_variance_iff_unit_index(ev, ac):
    r = compute(None, ac, ev, ac)
    assert (r.cv == 0) == (r.cpi == 1.0)
    assert (r.sv == 0) == (r.spi == 1.0)


@given(st.one_of(st.none(), money), st.one_of(st.none(), money),
       st.one_of(st.none(), st.floats(allow_nan=True)), st.one_of(st.none(), money),
       st.one_of(st.none(), st.floats(allow_nan=False)))
def test_compute_never_raises(bac, pv, ev, ac, eac):
    r = compute(bac, pv, ev, ac, eac=eac)
    for f in dataclasses.fields(r):
        value = getattr(r, f.name)
        assert value is None or isinstance(value, float)


@given(st.lists(st.floats(min_value=0, max_value=1e6), min_size=1, max_size=24),
       st.floats(min_value=0, max_value=2e6), st.floats(min_value=0.1, max_value=30))
def test_earned_schedule_is_within_the_plan(increments, ev, at):
    pv = []
    total = 0.0
    for step in increments:
        total += step
        pv.append(total)
    r = earned_schedule(pv, ev, at)
    assert r.es is not None and 0 <= r.es <= len(pv)
    assert r.sv_t == approx(r.es - at) and r.spi_t == approx(r.es / at)
    assert not math.isnan(r.es)


# -- the pack's per-project figures (computed before drawing) -------------------------------
def test_forecast_or_budget_counts_a_missing_forecast_at_budget():
    from pmo_desktop.domain.evm import forecast_or_budget

    assert forecast_or_budget(120.0, 100.0) == 120.0
    assert forecast_or_budget(None, 100.0) == 100.0
    assert forecast_or_budget(0.0, 100.0) == 0.0  # a zero forecast is a forecast
    assert forecast_or_budget(None, None) is None


def test_variance_at_completion_is_budget_minus_forecast():
    from pmo_desktop.domain.evm import variance_at_completion

    assert variance_at_completion(100_000.0, 120_482.0) == (-20_482.0, -20.482)
    assert variance_at_completion(500.0, 400.0) == (100.0, 20.0)  # an underspend
    assert variance_at_completion(None, 400.0) == (None, None)
    assert variance_at_completion(500.0, None) == (None, None)
    assert variance_at_completion(0.0, 40.0) == (-40.0, None)  # no percent of a zero budget


def test_project_finance_uses_the_forecast_the_totals_count():
    from pmo_desktop.domain.evm import project_finance

    # E3: BAC 100,000, PV 40,000, EV 35,000, AC 36,000; no EAC given -> lands on budget.
    pf = project_finance(100_000.0, 40_000.0, 35_000.0, 36_000.0, None)
    assert pf.eac == 100_000.0 and pf.vac == 0.0 and pf.vac_pct == 0.0
    assert pf.evm.cpi == pytest.approx(0.9722222, abs=1e-6)
    assert pf.evm.spi == pytest.approx(0.875)
    assert pf.evm.vac == 0.0  # the management EAC drives the indices' VAC too
    with_eac = project_finance(100_000.0, 40_000.0, 35_000.0, 36_000.0, 110_000.0)
    assert with_eac.eac == 110_000.0 and with_eac.vac == -10_000.0
    assert with_eac.vac_pct == pytest.approx(-10.0) == with_eac.evm.vac_pct
    assert with_eac.evm.etc == pytest.approx(74_000.0)
    empty = project_finance(None, None, None, None, None)
    assert (empty.eac, empty.vac, empty.vac_pct, empty.evm.cpi) == (None, None, None, None)


# --- the fast path of compute (finite floats) agrees with the general one -----------------

_VALUES = st.one_of(st.none(), st.just(0.0), st.just(0), st.integers(-5, 5),
                    st.floats(allow_nan=True, allow_infinity=False, width=64),
                    st.floats(-1e7, 1e7))


@given(_VALUES, _VALUES, _VALUES, _VALUES, _VALUES)
def test_compute_of_finite_floats_equals_the_general_rule(bac, pv, ev, ac, eac):
    fast = compute(bac, pv, ev, ac, eac=eac)
    general = evm._compute_general(bac, pv, ev, ac, eac)
    for name in fast.__dataclass_fields__:
        a, b = getattr(fast, name), getattr(general, name)
        same = a == b or a is b is None or (
            isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))
        assert type(a) is type(b) and same, name


@given(st.lists(st.floats(-50, 200), min_size=1, max_size=40), st.floats(0, 5000))
def test_earned_periods_by_bisection_equal_the_definition(months, ev):
    cumulative = [sum(months[:i + 1]) for i in range(len(months))]
    pv = [0.0, *cumulative]
    if ev >= cumulative[-1]:
        expected = float(len(cumulative))
    else:
        c = max(t for t in range(len(pv)) if pv[t] <= ev)
        expected = c + (ev - pv[c]) / (pv[c + 1] - pv[c])
    assert earned_schedule(cumulative, ev, 1.0).es == expected
