"""Roll-ups of phased earned value (DOMAIN.md §5.4): sums first, indices from the
sums, never an average of indices."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_rollup import rollup

from .month_lines import month_lines as _lines

approx = pytest.approx


def test_rollup_sums_first_and_never_averages_indices():
    as_of = date(2026, 2, 28)
    a = ep.phase(_lines([100, 100, 100], [150, 150]), as_of, bac=300, pct_complete=0.5)
    b = ep.phase(_lines([1_000, 1_000], [500, 500], first="2026-02"), as_of, bac=2_000,
                 pct_complete=0.2)
    r = rollup([a, b], as_of)
    assert r.evm.bac == 2_300 and r.evm.pv == 1_200 and r.evm.ac == 800
    assert r.evm.ev == approx(150 + 400)
    assert r.evm.cpi == approx(550 / 800)
    assert r.evm.cpi != approx((a.evm.cpi + b.evm.cpi) / 2)
    assert r.eac == approx(a.eac + b.eac)
    assert [m.period for m in r.months] == ["2026-01", "2026-02", "2026-03"]
    assert [m.pv for m in r.months] == [100, 1_100, 1_100]
    assert r.months[1].ac_cum == 800 and r.months[2].ac is None
    assert r.at == 2.0 and r.es == approx(1 + 450 / 1_100)
