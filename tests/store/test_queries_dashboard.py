"""The dashboard's figures equal plain aggregates of the store, recomputed here in SQL; money and variance agree with Financials."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pmo_desktop.store import queries_views as qv
from pmo_desktop.store.periods import close_period

from queries_fixtures import CLOSED, ORD, TODAY, figures, one, template  # noqa: F401


def test_projects_by_rag_equal_the_store(store, figures):
    assert one(store, "SELECT COUNT(*) FROM project WHERE rag_overall IS NULL") == 0
    by_sql = dict(store.db.execute(
        "SELECT rag_overall, COUNT(*) FROM project GROUP BY rag_overall").fetchall())
    assert {k: v for k, v in figures.by_rag.items() if v} == by_sql
    assert figures.projects == one(store, "SELECT COUNT(*) FROM project")
    bac = dict(store.db.execute(
        "SELECT rag_overall, SUM(bac) FROM project GROUP BY rag_overall").fetchall())
    for key, value in bac.items():
        assert figures.bac_by_rag[key] == pytest.approx(value)


def test_budget_and_forecast_totals(store, figures):
    assert figures.total_bac == pytest.approx(one(store, "SELECT SUM(bac) FROM project"))
    assert figures.total_eac == pytest.approx(one(store, "SELECT SUM(eac) FROM project"))
    assert figures.variance == pytest.approx(
        one(store, "SELECT SUM(eac) - SUM(bac) FROM project"))
    rows = store.db.execute("""SELECT g.name, SUM(p.bac), SUM(p.eac), COUNT(*)
        FROM project p JOIN programme g ON g.id = p.programme_id GROUP BY g.name
        ORDER BY g.name""").fetchall()
    assert [(p.name, p.bac, p.eac, p.projects) for p in figures.programmes] == [
        (n, pytest.approx(b), pytest.approx(e), c) for n, b, e, c in rows]


def test_better_and_worse_against_the_last_period(store, figures):
    last = one(store, "SELECT id FROM reporting_period ORDER BY as_of DESC LIMIT 1")
    now, before = ORD.format(c="p.rag_overall"), ORD.format(
        c="COALESCE(s.rag_overall, s.calc_overall)")
    sql = f"""SELECT p.code FROM project p JOIN status_snapshot s
        ON s.project_code = p.code AND s.period_id = ?
        WHERE {before} > 0 AND {now} > 0 AND {now} {{op}} {before} ORDER BY p.code"""
    better = [r[0] for r in store.db.execute(sql.format(op="<"), [last]).fetchall()]
    worse = [r[0] for r in store.db.execute(sql.format(op=">"), [last]).fetchall()]
    assert figures.improved == better and figures.deteriorated == worse
    assert better and worse  # the demo has both
    assert figures.compared_with == "October 2026"


def test_milestones_due_and_overdue(store, figures):
    live = "actual_date IS NULL AND COALESCE(status, '') != 'cancelled'"
    due = one(store, f"""SELECT COUNT(*) FROM milestone WHERE {live} AND
        COALESCE(forecast_date, baseline_date) BETWEEN ? AND ?""",
              [TODAY.isoformat(), (TODAY + timedelta(days=30)).isoformat()])
    overdue = one(store, f"SELECT COUNT(*) FROM milestone WHERE {live} AND baseline_date < ?",
                  [TODAY.isoformat()])
    assert (figures.milestones_due, figures.milestones_overdue) == (due, overdue)
    assert overdue > 0
    codes = {r[0] for r in store.db.execute("""SELECT p.code FROM milestone m JOIN project p
        ON p.id = m.project_id WHERE m.actual_date IS NULL
        AND COALESCE(m.status, '') != 'cancelled' AND m.baseline_date < ?""",
        [TODAY.isoformat()]).fetchall()}
    assert set(figures.overdue_codes) == codes


def test_open_critical_and_high_risks(store, figures):
    base = f"""SELECT COUNT(*) FROM raid_item WHERE type = 'risk'
        AND COALESCE(status, 'open') NOT IN ({CLOSED})
        AND COALESCE(threat_or_opportunity, 'threat') = 'threat'"""
    assert figures.risks_critical == one(store, base + " AND probability * impact >= 15")
    assert figures.risks_high == one(store, base + " AND probability * impact BETWEEN 8 AND 12")


def test_over_allocated_people_in_the_lookahead(store, figures):
    # The look-ahead is the as-of month and the next three (domain.portfolio_rules).
    over = [r[0] for r in store.db.execute("""
        SELECT DISTINCT r.name FROM capacity c JOIN resource r ON r.id = c.resource_id
        WHERE c.period BETWEEN '2026-11' AND '2027-02' AND c.hours > 0 AND
          (SELECT COALESCE(SUM(a.hours), 0) FROM allocation a WHERE a.resource_id = c.resource_id
           AND a.period = c.period AND COALESCE(a.booking, 'committed') = 'committed')
          > c.hours ORDER BY r.name""").fetchall()]
    assert figures.over_allocated == over
    assert figures.lookahead == ("2026-11", "2027-02")


def test_stale_statuses(store, figures):
    stale = [r[0] for r in store.db.execute("""SELECT code FROM project
        WHERE COALESCE(state, '') NOT IN ('completed', 'cancelled')
          AND COALESCE(stage, '') != 'closed'
          AND (status_date IS NULL OR julianday(?) - julianday(status_date) > ?)
        ORDER BY code""", [TODAY.isoformat(), store.thresholds().stale_days]).fetchall()]
    assert sorted(figures.stale) == stale and stale


def test_rag_mix_per_closed_period(store, figures):
    rows = store.db.execute("""SELECT period_id, COALESCE(rag_overall, calc_overall), COUNT(*)
        FROM status_snapshot GROUP BY 1, 2""").fetchall()
    expected: dict[int, dict[str, int]] = {}
    for period, rag, n in rows:
        expected.setdefault(period, {})[rag or "not_set"] = n
    assert len(figures.rag_mix) == 6
    for mix in figures.rag_mix:
        assert {k: v for k, v in mix.counts.items() if v} == expected[mix.period_id]
    assert [m.as_of for m in figures.rag_mix] == sorted(m.as_of for m in figures.rag_mix)


def test_closing_a_period_adds_to_the_history_and_resets_trends(store):
    close_period(store, TODAY, source="test")
    figures = qv.dashboard(store.db, TODAY, store.thresholds(), store.risk_bands())
    assert figures.improved == [] and figures.deteriorated == []
    assert len(figures.rag_mix) == 6 and figures.rag_mix[-1].as_of == TODAY.isoformat()
    summaries = qv.period_summaries(store.db)
    assert summaries[0].as_of == TODAY.isoformat() and summaries[0].projects == 40
    assert len(qv.period_rows(store.db, summaries[0].id)) == 40


def _without_forecast(store, code):
    """``code`` loses its EAC and its phased financials: it has no forecast at all."""
    pid = store.project_id(code)
    with store.write("test") as tx:
        tx.update("project", pid, {"eac": None})
        for row in store.rows("financial", "project_id = ?", [pid]):
            tx.delete("financial", row["id"])
    return pid


def test_a_project_without_forecast_counts_at_its_budget_everywhere(store):
    pid = _without_forecast(store, "FIN-101")
    bac = store.get("project", pid)["bac"]
    fin = qv.financials(store.db, TODAY, store.thresholds())
    row = next(r for r in fin.rows if r.code == "FIN-101")
    assert row.eac == pytest.approx(bac) and row.evm.vac == pytest.approx(0.0)
    row_vac = sum(r.evm.vac for r in fin.rows)
    assert fin.total.vac == pytest.approx(row_vac)
    assert fin.total_eac == pytest.approx(sum(r.eac for r in fin.rows))
    figures = qv.dashboard(store.db, TODAY, store.thresholds(), store.risk_bands())
    assert figures.total_eac == pytest.approx(fin.total_eac)
    assert -figures.variance == pytest.approx(row_vac)
    assert sum(p.vac for p in figures.programmes) == pytest.approx(row_vac)


def test_programme_variance_is_vac_like_the_financials(store, figures):
    for p in figures.programmes:
        fin = qv.financials(store.db, TODAY, store.thresholds(), programme=p.name)
        assert p.vac == pytest.approx(p.bac - p.eac)
        assert p.vac == pytest.approx(fin.total.vac)
