"""Named money reads: phased EV per project, roll-ups equal to the sums of their parts
(at every level, to the penny as displayed), and closed periods' figures that later
edits do not change."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain import evm_phased as ep
from pmo_desktop.domain.evm_months import month_of
from pmo_desktop.domain.evm_rollup import ev_by_month, rollup
from pmo_desktop.domain.money import shown, shown_total
from pmo_desktop.operations.records import update
from pmo_desktop.store import queries_money as qm

from queries_fixtures import TODAY, one, template  # noqa: F401


def test_lines_are_each_projects_months_in_order(store):
    lines = qm.money_lines(store)
    assert sum(len(v) for v in lines.values()) == one(store, "SELECT COUNT(*) FROM financial")
    for rows in lines.values():
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    code = qm.money_projects(store)[0].code
    only = qm.money_lines(store, code=code)
    assert list(only) == [qm.money_projects(store, code=code)[0].id]


def test_book_figures_match_the_lines(store):
    book = qm.money_book(store, TODAY)
    month = month_of(TODAY)
    assert book.total.evm.pv == pytest.approx(one(
        store, "SELECT SUM(planned) FROM financial WHERE period <= ?", [month]))
    assert book.total.evm.ac == pytest.approx(one(
        store, "SELECT SUM(actual) FROM financial WHERE period <= ?", [month]))
    assert book.total.evm.bac == pytest.approx(one(store, "SELECT SUM(bac) FROM project"))
    assert book.total.evm.cpi == pytest.approx(book.total.evm.ev / book.total.evm.ac)
    assert book.total.months[-1].pv_cum == pytest.approx(one(
        store, "SELECT SUM(planned) FROM financial"))


def test_rollups_equal_the_sums_of_their_parts_at_every_level(store):
    book = qm.money_book(store, TODAY)
    detailed = {pm.project.id: ep.phase(qm.money_lines(store, code=pm.project.code).get(
        pm.project.id, []), TODAY, bac=pm.project.bac, pct_complete=pm.project.pct_complete,
        reported_eac=pm.project.eac) for pm in book.projects}
    # The months from the store's weighted sums are the sums of the projects' months.
    by_hand = rollup(detailed.values(), TODAY)
    for a, b in zip(book.total.months, by_hand.months, strict=True):
        assert (a.period, a.pv, a.outturn) == (b.period, pytest.approx(b.pv),
                                                pytest.approx(b.outturn))
        assert (a.ev, a.ac) == (pytest.approx(b.ev), pytest.approx(b.ac))
    # Project figures (to date) equal their detailed months', and programmes sum up.
    for pm in book.projects:
        assert pm.phased.evm == detailed[pm.project.id].evm
        assert pm.phased.es == detailed[pm.project.id].es
    for field in ("bac", "pv", "ev", "ac"):
        assert sum(getattr(p.evm, field) or 0 for p in book.programmes.values()) == \
            pytest.approx(getattr(book.total.evm, field))
    # Displayed totals are sums of displayed rows: project → programme → portfolio.
    for name, prog in book.programmes.items():
        rows = [pm.phased.evm.ac for pm in book.projects
                if (pm.project.programme or qm.NO_PROGRAMME) == name]
        assert shown_total(rows) == shown_total(
            [shown(r) for r in rows if r is not None])
    totals = [shown_total([pm.phased.eac for pm in book.projects
                              if (pm.project.programme or qm.NO_PROGRAMME) == name])
              for name in book.programmes]
    assert sum(t for t in totals if t is not None) == shown_total(
        pm.phased.eac for pm in book.projects)


def test_the_eac_method_setting_chooses_the_eac(store):
    assert qm.eac_method(store.settings()) == "reported"
    store.set_settings({"eac_method": "cpi"})
    assert qm.eac_method(store.settings()) == "cpi"
    book = qm.money_book(store, TODAY, "cpi")
    p = next(pm.phased for pm in book.projects if pm.phased.evm.cpi)
    assert p.eac == pytest.approx(p.evm.eac_typical) and p.eac_method_used == "cpi"


def test_a_closed_periods_figures_do_not_change_after_later_edits(store):
    before = qm.period_money(store)  # the demo closed its past periods
    assert before and before[-1].as_of <= "2026-10-31"
    pid = qm.money_projects(store)[0].id
    line = store.db.execute("SELECT id FROM financial WHERE project_id = ? AND period <= "
                            "'2026-10' ORDER BY period DESC", [pid]).fetchone()[0]
    update(store, "financial", line, {"actual": 9_999_999.0}, source="test")
    update(store, "project", pid, {"bac": 1.0, "pct_complete": 0.99}, source="test")
    after = qm.period_money(store)
    assert after == before and before[-1].projects == one(store, "SELECT COUNT(*) FROM project")
    # ... while the live figures moved.
    live = qm.money_book(store, date(2026, 10, 31))
    assert live.total.evm.ac != pytest.approx(before[-1].ac)


def test_month_sums_weighted_in_sql_or_in_memory_agree(store):
    book = qm.money_book(store, TODAY, by_programme=False)
    phasing = {pm.project.id: pm.phased.ev_phasing for pm in book.projects}
    lines = qm.money_lines(store)
    weighted: dict[str, float] = {}
    for pid, how in phasing.items():
        ev_by_month(lines.get(pid, ()), how, TODAY, weighted)
    in_sql = qm.month_sums(store, TODAY, phasing)[""]
    in_memory = qm.month_sums(store, TODAY, phasing, weighted={"": weighted})[""]
    assert set(in_sql) == set(in_memory)
    for period, row in in_sql.items():
        other = in_memory[period]
        assert row.actual_weighted + row.planned_weighted == pytest.approx(
            other.actual_weighted + other.planned_weighted)
        assert row[:5] == other[:5]
