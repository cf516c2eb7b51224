"""Financials: totals are sums of the rows, indices from the sums."""

from __future__ import annotations

import pytest

from pmo_desktop.store import queries_views as qv
from pmo_desktop.store.queries_financials import financials_page
from pmo_desktop.store.queries_money import money_book
from pmo_desktop.store.queries_project import programme_names

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


@pytest.mark.parametrize("programme", [None, "Finance Transformation"])
def test_the_views_page_is_one_read_of_the_lines(store, programme):
    """The rows (with SPI(t) in their calculated RAG) and the money book come from one
    read transaction that streams the financial lines once."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    page = financials_page(store, TODAY, store.thresholds(), programme)
    store.db.conn.set_trace_callback(None)
    assert [s for s in statements if s.strip().startswith(("BEGIN", "ROLLBACK"))] == [
        "BEGIN", "ROLLBACK"]
    assert sum("IFNULL(f.planned, 0.0)" in s for s in statements) == 1
    assert any(r.rag for r in page.financials.rows)
    assert page.financials == qv.financials(store.db, TODAY, store.thresholds(), programme)
    book = money_book(store, TODAY, programme=programme, by_programme=False)
    assert page.book.total == book.total and page.book.projects == book.projects
    assert page.programmes == programme_names(store)
