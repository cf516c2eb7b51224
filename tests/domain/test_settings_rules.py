"""domain.settings_rules: the checks next to each setting (DOMAIN §2.3, §3.2, §6.2)."""

from __future__ import annotations

from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.domain.settings_rules import (
    DEFAULT_DELEGATION_LIMITS, delegation_problems, fiscal_year_start, portfolio_problems,
    risk_band_problems, threshold_problems,
)


def test_the_defaults_pass():
    assert threshold_problems(RagThresholds().to_dict()) == {}
    assert risk_band_problems(RiskBands().to_dict()) == {}
    assert risk_band_problems({"low_max": 4, "medium_max": 10, "high_max": None}) == {}
    assert delegation_problems(DEFAULT_DELEGATION_LIMITS) == {}
    assert portfolio_problems({"name": "P", "currency": "GBP", "fiscal_year_start": "04-01",
                               "hours_per_day": 7.5, "eac_method": "cpi"}) == {}


def test_amber_comes_before_red_in_the_direction_of_each_measure():
    th = RagThresholds().to_dict()
    errors = threshold_problems({**th, "cost_amber_pct": 10.0, "cost_red_pct": 10.0,
                                 "cpi_amber": 0.85, "cpi_red": 0.9, "tcpi_red": 1.0})
    assert set(errors) == {"cost_red_pct", "cpi_red", "tcpi_red"}
    assert "above the amber threshold (10)" in errors["cost_red_pct"]
    assert "below the amber threshold (0.85)" in errors["cpi_red"]
    assert threshold_problems({**th, "cost_amber_pct": -1.0, "spi_amber": 0.0,
                               "stale_days": 0}) == {
        "cost_amber_pct": "cannot be negative.", "spi_amber": "must be above 0.",
        "stale_days": "must be at least 1 day."}


def test_risk_bands_rise_and_each_holds_a_possible_score():
    assert "above the band below it (low 6)" in risk_band_problems(
        {"low_max": 6, "medium_max": 5, "high_max": 12})["medium_max"]
    # 7 alone, or 13–14, hold no product of two 1–5 scores.
    assert "is 7" in risk_band_problems({"low_max": 6, "medium_max": 7})["medium_max"]
    assert "13–14" in risk_band_problems(
        {"low_max": 3, "medium_max": 12, "high_max": 14})["high_max"]
    assert "below 25" in risk_band_problems(
        {"low_max": 3, "medium_max": 6, "high_max": 25})["high_max"]
    assert "1 to 25" in risk_band_problems({"low_max": 0, "medium_max": 6})["low_max"]


def test_a_higher_authority_may_approve_at_least_what_a_lower_one_may():
    limits = {"pm": {"cost": 60_000, "days": 5}, "change_authority": {"cost": 50_000,
                                                                      "days": 4},
              "project_board": {"cost": 250_000, "days": 60}, "scope_level": "ceo"}
    errors = delegation_problems(limits)
    assert set(errors) == {"change_authority.cost", "change_authority.days", "scope_level"}
    assert "at least the PM's limit (60,000)" in errors["change_authority.cost"]
    assert delegation_problems({**limits, "pm": {"cost": -1, "days": 2.5}})[
        "pm.cost"] == "cannot be negative."


def test_the_portfolio_fields():
    errors = portfolio_problems({"name": " ", "currency": "pounds",
                                 "fiscal_year_start": "02-30", "hours_per_day": 0,
                                 "eac_method": "guess"})
    assert set(errors) == {"name", "currency", "fiscal_year_start", "hours_per_day",
                           "eac_method"}
    assert fiscal_year_start("04-01") and fiscal_year_start("12-31")
    assert not fiscal_year_start("02-29") and not fiscal_year_start("4-1")
