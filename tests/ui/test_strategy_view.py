"""The Strategy and Pipeline views over the demo: objectives with what serves them, the
ranked list re-sorting as a weight moves (ranks that changed shown), the frontier with
the selection marked; proposals moved along the pipeline, a started one a project, undo."""

from __future__ import annotations

import time

import pytest

from pmo_desktop.ui.strategy import create_pipeline, create_view
from pmo_desktop.ui.views import VIEWS

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _open(qtbot, ctx, make=create_view):
    w = make(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def test_registered_as_views():
    assert VIEWS["strategy"].target == "pmo_desktop.ui.strategy:create_view"
    assert VIEWS["pipeline"].target == "pmo_desktop.ui.strategy:create_pipeline"
    shortcuts = [v.shortcut for v in VIEWS.values() if v.shortcut]
    assert len(shortcuts) == len(set(shortcuts))


def test_objectives_show_projects_budget_rag_and_what_nothing_serves(qtbot, demo_ctx):
    w = _open(qtbot, demo_ctx)
    model = w.objectives
    assert model.rowCount() == 6
    texts = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    reg = next(t for t in texts if t[0].startswith("OBJ-3"))
    assert int(reg[3]) > 0 and reg[5].startswith("£") and "red" in reg[6]
    net_zero = next(t for t in texts if t[0].startswith("OBJ-6"))
    assert net_zero[3] == "none yet"  # only proposals serve it
    assert "each served" in w._subtitle.text()


def test_moving_a_weight_re_ranks_at_once_and_marks_the_moves(qtbot, demo_ctx):
    w = _open(qtbot, demo_ctx)
    first = [w.ranked.index(r, 2).data() for r in range(w.ranked.rowCount())]
    assert all(not w.ranked.index(r, 1).data() for r in range(w.ranked.rowCount()))
    slider = w.sliders["Urgency and regulation"]
    started = time.perf_counter()
    slider.setValue(100)
    elapsed = time.perf_counter() - started
    after = [w.ranked.index(r, 2).data() for r in range(w.ranked.rowCount())]
    assert after != first and elapsed < 0.1
    marks = [w.ranked.index(r, 1).data() for r in range(w.ranked.rowCount())]
    assert any(m.startswith("▲") for m in marks) and any(m.startswith("▼") for m in marks)
    assert w.current_weights()["Urgency and regulation"] == 1.0


def test_the_budget_reselects_and_the_chart_marks_the_selection(qtbot, demo_ctx):
    w = _open(qtbot, demo_ctx)
    assert w.chart.points and w.chart.chosen is not None
    w.budget_box.setValue(5_000_000)
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        w._on_budget()
    res = w.read.result
    assert res["budget"] == 5_000_000 and res["total_cost"] <= 5_000_000
    assert w.chart.chosen == (res["total_cost"], res["total_score"])
    chosen = {w.ranked.index(r, 2).data() for r in range(w.ranked.rowCount())
              if w.ranked.index(r, 7).data()}
    assert chosen == set(res["selected"])


def test_pipeline_moves_a_proposal_and_starting_makes_a_project(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx, create_pipeline)
    assert "Idea 2 → Submitted 3 → Assessed 3 → Approved 2" in w.funnel.text()
    row = next(r for r in range(w.model.rowCount()) if w.model.index(r, 1).data() == "PRO-003")
    w.table.setCurrentIndex(w.table.model().index(row, 0))
    assert w.move_buttons["started"].isEnabled() and not w.move_buttons["assessed"].isEnabled()
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        assert w.move_to("started")
    assert demo_store.project_id("PRO-003") is not None
    assert "Started 1" in w.funnel.text()
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        demo_ctx.undo_stack.undo()
    assert demo_store.project_id("PRO-003") is None
    assert "Started 0" in w.funnel.text()


def test_a_saved_scenario_is_compared_side_by_side(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    w.budget_box.setValue(8_000_000)
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        w._on_budget()
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        w.save_scenario("Eight million")
    assert w.scenario_model.rowCount() == 1
    row = [w.scenario_model.index(0, c).data() for c in range(w.scenario_model.columnCount())]
    assert row[0] == "Eight million" and row[1] == "£8m" and row[4].endswith("%")
    assert int(row[2]) == len(w.read.result["selected"])
    assert demo_store.setting("selection_scenarios")["Eight million"]["budget"] == 8_000_000


def test_governance_shows_gates_benefits_and_the_power_interest_grid(qtbot, demo_ctx,
                                                                    demo_store):
    from pmo_desktop.domain.governance import grid_quadrant
    from pmo_desktop.ui.strategy import create_governance

    w = _open(qtbot, demo_ctx, create_governance)
    gates = demo_store.query("SELECT COUNT(*) AS n FROM gate")[0]["n"]
    assert w.gates.rowCount() == gates > 0
    assert w.gates.index(0, 4).data() == "due"  # undecided gates first
    assert w.benefits.rowCount() == 10
    realised = [w.benefits.index(r, 7).data() for r in range(w.benefits.rowCount())]
    assert all(t == "—" or t.endswith("%") for t in realised)
    assert w.stakeholders.rowCount() == len(w.grid.rows) == 11
    council = next(r for r in range(w.stakeholders.rowCount())
                   if w.stakeholders.index(r, 0).data() == "Works Council")
    assert w.stakeholders.index(council, 4).data() == grid_quadrant(3, 5) == "manage closely"
    w.tabs.setCurrentIndex(2)
    assert not w.grid.grab().isNull()


def test_save_weights_stores_the_shares_shown_adding_up_to_100_and_undo_takes_them_back(
        qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    stored = {r["name"]: r["weight"] for r in demo_store.rows("criterion")}
    assert abs(sum(stored.values()) - 1) < 1e-9
    assert not w.save_weights_button.isEnabled()  # nothing moved
    assert "add up to 100 %" in w.weights_note.text()
    w.sliders["Urgency and regulation"].setValue(60)  # 30+25+15+60+10 = 140 raw
    assert w.save_weights_button.isEnabled() and "not saved" in w.weights_note.text()
    shares = w.weights_to_save()
    assert round(sum(shares.values()), 9) == 1.0
    assert shares["Urgency and regulation"] == 0.43  # 60/140, the largest remainder
    shown = {n: lbl.text() for n, lbl in w._weight_labels.items()}
    assert shown["Urgency and regulation"] == "43%"
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        assert w.save_weights()
    saved = {r["name"]: r["weight"] for r in demo_store.rows("criterion")}
    assert saved == pytest.approx(shares) and round(sum(saved.values()), 9) == 1.0
    assert w.sliders["Financial return"].value() == round(shares["Financial return"] * 100)
    assert not w.save_weights_button.isEnabled()
    assert all(not w.ranked.index(r, 1).data() for r in range(w.ranked.rowCount()))
    with qtbot.waitSignal(w.loaded, timeout=10_000):
        demo_ctx.undo_stack.undo()
    assert {r["name"]: r["weight"] for r in demo_store.rows("criterion")} == \
        pytest.approx(stored)
    assert w.sliders["Urgency and regulation"].value() == 20
