"""The calculated cost and schedule RAG from CPI, SPI / SPI(t), TCPI and VAC % against
the thresholds (DOMAIN §2.3), with the why of each colour."""

from __future__ import annotations

from datetime import date

from pmo_desktop.domain import rag, rag_calc
from pmo_desktop.domain.rag import Rag, RagThresholds
from pmo_desktop.domain.rag_calc import ProjectFacts, assess, calculate, why

TH = RagThresholds()


def _facts(**kw):
    base = dict(bac=None, eac=None, pv=None, ev=None, ac=None, baseline_start=None,
                baseline_finish=None, forecast_finish=None)
    return ProjectFacts(**{**base, **kw})


def test_rag_keeps_its_public_names():
    assert rag.ProjectFacts is ProjectFacts and rag.calculate is calculate
    assert rag.rate_plan is rag_calc.rate_plan


def test_cpi_under_red_line_is_red_and_says_so():
    r = assess(_facts(bac=1000, eac=1000, ev=435, ac=500), TH)["cost"]
    assert r.rag is Rag.RED
    assert "CPI 0.87 < 0.90" in r.why


def test_cost_uses_vac_pct_against_the_thresholds():
    amber = assess(_facts(bac=1000, eac=1070), TH)["cost"]
    assert amber.rag is Rag.AMBER and amber.why == "VAC −7.0% < −5.0%"
    green = assess(_facts(bac=1000, eac=1050), TH)["cost"]
    assert green.rag is Rag.GREEN and green.why == "VAC −5.0% ≥ −5.0%"
    red = assess(_facts(bac=1000, eac=1101), TH)["cost"]
    assert red.rag is Rag.RED and red.why == "VAC −10.1% < −10.0%"


def test_tcpi_alone_can_turn_cost_red():
    # On budget by the forecast and CPI 0.95, but the rest needs 335/300 = 1.12.
    r = assess(_facts(bac=1000, eac=1000, ev=665, ac=700), TH)["cost"]
    assert [m.rag for m in r.measures] == [Rag.GREEN, Rag.GREEN, Rag.RED]
    assert r.rag is Rag.RED and r.why == "TCPI 1.12 > 1.10"


def test_tcpi_thresholds_and_budget_exhausted():
    r = assess(_facts(bac=1000, ev=400, ac=450), TH)["cost"]
    # TCPI = 600 / 550 = 1.09: Amber; CPI 0.89: Red.
    assert r.rag is Rag.RED
    texts = [m.why for m in r.measures]
    assert "TCPI 1.09 > 1.05" in texts and "CPI 0.89 < 0.90" in texts
    over = assess(_facts(bac=1000, ev=900, ac=1200), TH)["cost"]
    assert over.rag is Rag.RED and "budget exhausted" in over.why


def test_spi_early_and_spi_t_near_the_end():
    early = assess(_facts(bac=1000, pv=400, ev=340), TH)["schedule"]
    assert early.rag is Rag.RED and early.why == "SPI 0.85 < 0.90"
    # Late in the project SPI says 0.97 but SPI(t) 0.80 shows it is late.
    late = _facts(bac=1000, pv=900, ev=873, spi_t=0.8)
    assert assess(late, TH)["schedule"].why == "SPI(t) 0.80 < 0.90"
    assert calculate(late, TH)["schedule"] is Rag.RED
    # Before two thirds of the budget is planned, SPI(t) is not used.
    mid = _facts(bac=1000, pv=600, ev=600, spi_t=0.5)
    assert why(mid, TH)["schedule"].startswith("SPI 1.00 ≥ 0.95")


def test_slip_and_milestone_reasons():
    f = _facts(baseline_start=date(2026, 1, 1), baseline_finish=date(2026, 12, 31),
               forecast_finish=date(2027, 3, 1), critical_overdue=1)
    r = assess(f, TH)["schedule"]
    assert r.rag is Rag.RED
    assert "finish slip 16.5% > 10.0%" in r.why and "1 critical milestone(s) overdue" in r.why
    amber = assess(_facts(baseline_start=date(2026, 1, 1), baseline_finish=date(2026, 12, 31),
                          forecast_finish=date(2027, 1, 8)), TH)["schedule"]
    assert amber.rag is Rag.AMBER and amber.why == "finish slip 8 days > 5 days"


def test_no_evidence_is_not_set_with_a_reason():
    r = assess(_facts(), TH)
    assert r["cost"].rag is Rag.NOT_SET and r["cost"].why == rag_calc.NO_EVIDENCE
    assert r["schedule"].rag is Rag.NOT_SET and r["overall"].rag is Rag.NOT_SET


def test_overall_names_the_dimensions_that_set_it():
    f = _facts(bac=1000, eac=1000, ev=435, ac=500, max_open_risk_score=16)
    w = why(f, TH)
    assert w["overall"].startswith("cost: ") and "risk: highest open risk score 16" in w["overall"]
    two = RagThresholds(two_ambers_red=True)
    f = _facts(bac=1000, eac=1070, max_open_risk_score=9)
    r = assess(f, two)
    assert r["overall"].rag is Rag.RED
    assert r["overall"].why == "cost: VAC −7.0% < −5.0%; risk: highest open risk score 9"


def test_thresholds_come_from_the_portfolio():
    th = RagThresholds(cpi_red=0.80, cpi_amber=0.85)
    r = assess(_facts(ev=87, ac=100), th)["cost"]
    assert r.rag is Rag.GREEN and r.why == "CPI 0.87 ≥ 0.85"
