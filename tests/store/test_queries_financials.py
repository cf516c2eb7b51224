"""Financials: totals are sums of the rows, indices from the sums."""

from __future__ import annotations

import pytest

from pmo_desktop.store import queries_views as qv

from queries_fixtures import TODAY, one, template  # noqa: F401


def test_financial_totals_roll_up_sums(store):
    fin = qv.financials(store.db, TODAY, store.thresholds())
    ac = one(store, "SELECT SUM(actual) FROM financial WHERE period <= '2026-11'")
    assert fin.total.bac == pytest.approx(one(store, "SELECT SUM(bac) FROM project"))
    assert fin.total.ac == pytest.approx(ac)
    assert fin.total_eac == pytest.approx(one(store, "SELECT SUM(eac) FROM project"))
    assert fin.total.vac == pytest.approx(fin.total.bac - fin.total_eac)
    assert fin.total.cpi == pytest.approx(fin.total.ev / fin.total.ac)
    assert sum(r.evm.bac for r in fin.rows) == pytest.approx(fin.total.bac)
    one_programme = qv.financials(store.db, TODAY, store.thresholds(),
                                  programme="Finance Transformation")
    assert one_programme.total.bac == pytest.approx(one(store, """SELECT SUM(p.bac) FROM
        project p JOIN programme g ON g.id = p.programme_id
        WHERE g.name = 'Finance Transformation'"""))
