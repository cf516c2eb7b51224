"""Where a project's money is heading: the fiscal year's figures and the S-curve's EAC
line."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_outlook import eac_projection, fiscal_year, in_year

from .month_lines import month_lines as _lines

approx = pytest.approx


def test_fiscal_year_and_in_year_figures():
    assert fiscal_year(date(2026, 3, 31), "04-01") == ("2025-04", "2026-03")
    assert fiscal_year(date(2026, 4, 1), "04-01") == ("2026-04", "2027-03")
    lines = [ep.MonthLine("2026-03", 100, 90), ep.MonthLine("2026-04", 100, 120),
             ep.MonthLine("2026-05", 100, forecast=130), ep.MonthLine("2026-06", 100)]
    r = ep.phase(lines, date(2026, 4, 30), bac=400, pct_complete=0.5)
    y = in_year(r, date(2026, 4, 30), "04-01")
    assert (y.first, y.budget, y.actual, y.forecast) == ("2026-04", 300, 120, 350)
    assert y.variance == -50


def test_eac_projection_runs_from_ac_to_eac_at_the_forecast_finish():
    r = ep.phase(_lines([100, 100, 100, 100], [150, 150]), date(2026, 2, 28), bac=400,
                 pct_complete=0.5, method="cpi")
    line = eac_projection(r, date(2026, 2, 28), date(2026, 6, 15))
    assert line[0] == ("2026-02", 300) and line[-1] == ("2026-06", approx(600))
    assert len(line) == 5
    assert eac_projection(r, date(2026, 2, 28), None) == []
