"""RAG scale, trends, thresholds and calculated status (DOMAIN.md §2)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain import enums
from pmo_desktop.domain.rag import (
    DIMENSIONS, ProjectFacts, Rag, RagThresholds, Trend, calculate, cost_var_pct, diverges,
    false_green, numeric_trend, overall, rate_cost, rate_cpi, rate_milestones, rate_resource,
    rate_risk, rate_schedule, rate_spi, rate_tcpi, trend,
)

TH = RagThresholds()
G, A, R, N = Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_SET
rags = st.sampled_from(list(Rag))


# --- the scale ------------------------------------------------------------------------


def test_ordinals_follow_the_document():
    assert (N, G, A, R) == (0, 1, 2, 3)


@pytest.mark.parametrize("text, expected", [
    ("green", G), ("Amber", A), (" RED ", R), (None, N), ("", N), ("grey", N), ("Not set", N),
])
def test_parse(text, expected):
    assert Rag.parse(text) is expected


def test_parse_rejects_synonyms_left_to_the_importer():
    with pytest.raises(ValueError):
        Rag.parse("on track")


def test_keys_are_the_canonical_enum_values():
    assert tuple(r.key for r in (G, A, R)) == enums.RAG_VALUES
    assert N.key is None
    assert all(Rag.parse(r.key) is r for r in Rag)


def test_labels_and_colours():
    assert [r.label for r in Rag] == ["Not set", "Green", "Amber", "Red"]
    assert G.colour == "#00703C" and R.colour == "#D4351C"
    assert all(c.startswith("#") and len(c) == 7 for c in (r.colour for r in Rag))


def test_dimensions():
    assert DIMENSIONS == ("schedule", "cost", "scope", "risk", "resource", "benefits")


# --- overall --------------------------------------------------------------------------


@pytest.mark.parametrize("ratings, expected", [
    ([], N), ([N, N], N), ([G, G], G), ([G, A, N], A), ([A, R, G], R), ([A, A], A),
])
def test_overall_worst_of_ignores_not_set(ratings, expected):
    assert overall(ratings) is expected


@pytest.mark.parametrize("ratings, expected", [([A, A], R), ([A, G, N], A), ([A, A, N], R)])
def test_overall_escalation_variant(ratings, expected):
    assert overall(ratings, two_ambers_red=True) is expected


@given(st.lists(rags))
def test_overall_is_max_of_set_ratings(ratings):
    result = overall(ratings)
    assert result == max((r for r in ratings if r), default=N)
    assert overall(ratings, two_ambers_red=True) >= result


# --- trends ---------------------------------------------------------------------------


@pytest.mark.parametrize("previous, current, expected", [
    (None, G, Trend.NEW), (N, R, Trend.NEW), (R, A, Trend.IMPROVED), (G, A, Trend.DETERIORATED),
    (A, A, Trend.UNCHANGED), (A, N, Trend.UNCHANGED),
])
def test_trend(previous, current, expected):
    assert trend(previous, current) is expected


def test_trend_arrows_and_labels():
    assert [(t.arrow, t.label) for t in Trend] == [
        ("↑", "better"), ("→", "no change"), ("↓", "worse"), ("★", "new")]


@pytest.mark.parametrize("previous, current, band, worse_high, expected", [
    (12, 15, 1, True, Trend.DETERIORATED),      # risk score rose: worse
    (15, 12, 1, True, Trend.IMPROVED),
    (12, 12.5, 1, True, Trend.UNCHANGED),       # inside the dead band
    (0.95, 0.93, 0.02, False, Trend.DETERIORATED),  # |Δ| = 0.02 counts (≥)
    (0.93, 0.95, 0.02, False, Trend.IMPROVED),
    (0.95, 0.94, 0.02, False, Trend.UNCHANGED),
    (None, 0.9, 0.02, False, Trend.NEW),
    (0.9, None, 0.02, False, Trend.UNCHANGED),
])
def test_numeric_trend(previous, current, band, worse_high, expected):
    got = numeric_trend(previous, current, dead_band=band, higher_is_worse=worse_high)
    assert got is expected


# --- thresholds -----------------------------------------------------------------------


def test_threshold_defaults_are_section_2_3():
    assert TH.to_dict() == {
        "cost_amber_pct": 5.0, "cost_red_pct": 10.0, "schedule_amber_pct": 5.0,
        "schedule_red_pct": 10.0, "schedule_abs_days": 5, "cpi_amber": 0.95, "cpi_red": 0.90,
        "spi_amber": 0.95, "spi_red": 0.90, "tcpi_amber": 1.05, "tcpi_red": 1.10,
        "risk_amber_score": 8, "risk_red_score": 15, "resource_amber_pct": 100.0,
        "resource_red_pct": 110.0, "stale_days": 35, "two_ambers_red": False,
        "bei_amber": 0.95, "bei_red": 0.85,
    }


def test_thresholds_round_trip_and_tolerate_old_or_partial_dicts():
    custom = RagThresholds(cost_amber_pct=4.0, two_ambers_red=True)
    assert RagThresholds.from_dict(custom.to_dict()) == custom
    partial = RagThresholds.from_dict({"cost_red_pct": "7", "unknown": 1,
                                       "two_ambers_red": "true", "stale_days": None})
    assert partial.cost_red_pct == 7.0 and partial.two_ambers_red is True
    assert partial.stale_days == 35 and partial.cost_amber_pct == 5.0
    assert RagThresholds.from_dict({}) == TH


# --- rating functions: boundaries inclusive as §2.3 ---------------------------------------


@pytest.mark.parametrize("eac, expected", [
    (95_000, G), (105_000, G), (105_001, A), (110_000, A), (110_001, R),
])
def test_rate_cost_boundaries(eac, expected):
    assert rate_cost(100_000, eac, TH) is expected


def test_rate_cost_exact_5_and_10_percent_on_awkward_budgets():
    assert rate_cost(3.0, 3.15, TH) is G       # 5 % in floats is 5.000000000000004
    assert rate_cost(0.7, 0.77, TH) is A       # 10 %


@pytest.mark.parametrize("bac, eac", [(None, 1.0), (0, 1.0), (100.0, None), (-5.0, 1.0)])
def test_rate_cost_not_set_without_budget_or_forecast(bac, eac):
    assert rate_cost(bac, eac, TH) is N
    assert cost_var_pct(bac, eac) is None


@pytest.mark.parametrize("pct, crit, days, expected", [
    (5.0, False, None, G), (5.0, False, 5, G), (5.0, False, 6, A), (5.01, False, None, A),
    (10.0, False, None, A), (10.01, False, None, R), (0.0, True, None, R), (None, True, None, R),
    (None, False, None, N), (None, False, 3, G), (None, False, 10, A), (-20.0, False, -30, G),
])
def test_rate_schedule(pct, crit, days, expected):
    assert rate_schedule(pct, crit, TH, days) is expected


@pytest.mark.parametrize("critical, noncritical, expected", [
    (0, 0, G), (0, 1, A), (1, 0, R), (2, 5, R),
])
def test_rate_milestones(critical, noncritical, expected):
    assert rate_milestones(critical, noncritical) is expected


@pytest.mark.parametrize("index, expected", [
    (1.2, G), (0.95, G), (0.9499, A), (0.90, A), (0.8999, R), (0.0, R), (None, N),
])
def test_rate_cpi_and_spi(index, expected):
    assert rate_cpi(index, TH) is expected
    assert rate_spi(index, TH) is expected


def test_rate_cpi_from_a_division_on_the_boundary():
    assert rate_cpi(95 / 100, TH) is G
    assert rate_spi(19 / 20, TH) is G
    assert rate_spi(447_000 / 558_750, TH) is R  # E6: SPI 0.80


@pytest.mark.parametrize("tcpi, expected", [
    (0.8, G), (1.05, G), (1.0501, A), (1.10, A), (1.1001, R), (2.0, R), (-3.0, R), (None, N),
])
def test_rate_tcpi(tcpi, expected):
    assert rate_tcpi(tcpi, TH) is expected


@pytest.mark.parametrize("score, expected", [
    (1, G), (6, G), (8, A), (9, A), (12, A), (15, R), (25, R), (None, N),
])
def test_rate_risk_on_every_band(score, expected):
    assert rate_risk(score, TH) is expected


@pytest.mark.parametrize("pct, expected", [
    (0.0, G), (100.0, G), (100.01, A), (110.0, A), (110.01, R), (None, N),
])
def test_rate_resource(pct, expected):
    assert rate_resource(pct, TH) is expected


def test_custom_thresholds_are_honoured():
    strict = RagThresholds(cost_amber_pct=0.0, cost_red_pct=2.0, risk_red_score=12)
    assert rate_cost(100.0, 101.0, strict) is A
    assert rate_risk(12, strict) is R


# --- calculate --------------------------------------------------------------------------


def _facts(**kw):
    base = dict(bac=None, eac=None, pv=None, ev=None, ac=None, baseline_start=None,
                baseline_finish=None, forecast_finish=None)
    return ProjectFacts(**{**base, **kw})


def test_calculate_with_no_facts_is_all_not_set():
    assert calculate(_facts(), TH) == {
        "schedule": N, "cost": N, "risk": N, "resource": N, "overall": N}


def test_calculate_healthy_project():
    facts = _facts(bac=100_000, eac=104_000, pv=40_000, ev=40_000, ac=40_000,
                   baseline_start=date(2025, 1, 1), baseline_finish=date(2025, 12, 31),
                   forecast_finish=date(2026, 1, 3), max_open_risk_score=6,
                   peak_utilisation_pct=95.0)
    result = calculate(facts, TH)
    assert result == {"schedule": G, "cost": G, "risk": G, "resource": G, "overall": G}
    assert set(result) <= set(DIMENSIONS) | {"overall"}


def test_calculate_schedule_slip_and_absolute_days():
    # 364-day baseline; 10 days late = 2.7 % but more than 5 days → Amber.
    facts = _facts(baseline_start=date(2025, 1, 1), baseline_finish=date(2025, 12, 31),
                   forecast_finish=date(2026, 1, 10))
    assert calculate(facts, TH)["schedule"] is A
    late = _facts(baseline_start=date(2025, 1, 1), baseline_finish=date(2025, 1, 11),
                  forecast_finish=date(2025, 1, 13))  # 2/10 = 20 %
    assert calculate(late, TH)["schedule"] is R


def test_calculate_milestones_drive_schedule_without_dates():
    assert calculate(_facts(noncritical_overdue=1), TH)["schedule"] is A
    assert calculate(_facts(critical_overdue=1), TH)["schedule"] is R
    on_time = _facts(baseline_start=date(2025, 1, 1), baseline_finish=date(2025, 6, 30),
                     forecast_finish=date(2025, 6, 30), critical_overdue=1)
    assert calculate(on_time, TH)["schedule"] is R


def test_calculate_cost_is_worst_of_overrun_and_cpi():
    # Forecast on budget but CPI = 0.972 (E3): Green; CPI 0.85: Red.
    ok = _facts(bac=100_000, eac=100_000, ev=35_000, ac=36_000)
    assert calculate(ok, TH)["cost"] is G
    bad = _facts(bac=100_000, eac=100_000, ev=34_000, ac=40_000)
    assert calculate(bad, TH)["cost"] is R
    cpi_only = _facts(ev=34_000, ac=40_000)
    assert calculate(cpi_only, TH)["cost"] is R
    no_spend = _facts(bac=100_000, eac=107_000, ev=0, ac=0)
    assert calculate(no_spend, TH)["cost"] is A


def test_calculate_overall_and_escalation_variant():
    facts = _facts(bac=100, eac=108, max_open_risk_score=9, peak_utilisation_pct=50)
    assert calculate(facts, TH)["overall"] is A
    escalate = RagThresholds(two_ambers_red=True)
    assert calculate(facts, escalate)["overall"] is R


# --- reported vs calculated ---------------------------------------------------------------


@pytest.mark.parametrize("reported, calculated, fg, div", [
    # A false green is reported Green over a calculated Red only (domain.rag.false_green).
    (G, R, True, True), (G, A, False, True), (A, R, False, True), (R, G, False, True),
    (A, A, False, False), (N, R, False, False), (G, N, False, False),
])
def test_false_green_and_divergence(reported, calculated, fg, div):
    assert false_green(reported, calculated) is fg
    assert diverges(reported, calculated) is div


@given(rags, rags)
def test_false_green_implies_divergence(reported, calculated):
    if false_green(reported, calculated):
        assert diverges(reported, calculated)
