"""The Roadmap view over the demo store: one row per project under its programme's
header, folding and unfolding, milestones and their ghosts, zoom, filters, opening a
project, reloading on a change; the geometry the canvas computes, not pixels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton

from pmo_desktop.operations import records
from pmo_desktop.ui.roadmap import create_view
from pmo_desktop.ui.roadmap.layout import HEADER_H, LEFT_W, PX_PER_DAY, ROW_H
from pmo_desktop.ui.views import VIEWS

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template, empty_ctx, empty_store, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def view(qtbot, demo_ctx):
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def _projects(store):
    return store.query("SELECT p.id, p.code, g.name AS programme FROM project p "
                       "LEFT JOIN programme g ON g.id = p.programme_id ORDER BY g.name, p.code")


def _index(canvas, kind, key):
    for i, row in enumerate(canvas.rows):
        if row.kind == kind and (row.programme if kind == "group" else row.project.code) == key:
            return i
    raise AssertionError(f"no {kind} row {key}")


def _centre(canvas, index, x=LEFT_W + 40):
    return QPoint(int(x), int(canvas.row_y(index) + ROW_H / 2))


def test_is_registered_with_a_free_shortcut():
    spec = VIEWS["roadmap"]
    assert spec.target == "pmo_desktop.ui.roadmap:create_view" and spec.in_nav
    shortcuts = [v.shortcut for v in VIEWS.values() if v.shortcut]
    assert spec.shortcut and shortcuts.count(spec.shortcut) == 1


def test_one_row_per_project_under_its_programme(view, demo_store):
    canvas = view.canvas
    projects = _projects(demo_store)
    shown = [r for r in canvas.rows if r.kind == "project"]
    assert [r.project.code for r in shown] == [p["code"] for p in projects]
    groups = [r for r in canvas.rows if r.kind == "group"]
    assert [g.programme for g in groups] == sorted({p["programme"] for p in projects})
    header = None
    for row in canvas.rows:  # every project sits under its own programme's header
        if row.kind == "group":
            header = row.programme
            assert row.count == sum(1 for p in projects if p["programme"] == header)
        else:
            assert row.project.programme == header


def test_collapsing_a_programme_hides_its_rows_and_expanding_shows_them(view, qtbot):
    canvas = view.canvas
    name = canvas.rows[0].programme
    members = sum(1 for r in canvas.rows if r.kind == "project" and r.programme == name)
    before = len(canvas.rows)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(12, HEADER_H + 10))
    assert len(canvas.rows) == before - members
    assert not any(r.kind == "project" and r.programme == name for r in canvas.rows)
    assert canvas.rows[1].kind == "group" and canvas.rows[1].programme != name
    canvas.setFocus()
    canvas.set_current(0)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert len(canvas.rows) == before
    qtbot.mouseClick(view.findChild(QPushButton, "roadmap_collapse"), Qt.MouseButton.LeftButton)
    assert all(r.kind == "group" for r in canvas.rows)


def test_a_project_unfolds_to_its_plans_phases(view, demo_store, qtbot):
    canvas = view.canvas
    pid = demo_store.query("SELECT project_id FROM task GROUP BY project_id LIMIT 1")[0][
        "project_id"]
    code = demo_store.get("project", pid)["code"]
    phases = [r["name"] for r in demo_store.query(
        "SELECT name FROM task WHERE project_id = ? AND outline_level = 1 ORDER BY sort_order",
        [pid])]
    i = _index(canvas, "project", code)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(8 + 18 + 6, int(canvas.row_y(i) + ROW_H / 2)))
    below = canvas.rows[i + 1:i + 1 + len(phases)]
    assert [r.label for r in below] == phases and {r.kind for r in below} == {"phase"}
    main, _ghost = canvas.bars(i + 1)
    start = date.fromisoformat(below[0].task.start)
    assert main.x0 == pytest.approx(canvas.scale.x(start))


def test_a_slipped_milestone_has_a_ghost_at_its_baseline(view, demo_ctx, demo_store, qtbot):
    pid = demo_store.project_id("DCX-101")
    for values in ({"name": "Slipped gate", "baseline_date": "2027-01-10",
                    "forecast_date": "2027-02-10", "critical": 1},
                   {"name": "On-time gate", "baseline_date": "2027-03-01",
                    "forecast_date": "2027-03-01"}):
        result = records.create(demo_store, "milestone", {"project_id": pid, **values})
    with qtbot.waitSignal(view.loaded, timeout=20000):
        demo_ctx.notify(result)
    canvas = view.canvas
    marks = {d.name: d for d in canvas.marks(_index(canvas, "project", "DCX-101"))}
    slipped, on_time = marks["Slipped gate"], marks["On-time gate"]
    ppd = canvas.scale.px_per_day
    assert slipped.ghost_x is not None and slipped.critical
    assert slipped.x - slipped.ghost_x == pytest.approx(31 * ppd)
    assert slipped.ghost_x == pytest.approx(canvas.scale.x(date(2027, 1, 10)) + ppd / 2)
    assert slipped.slip_days == 31
    assert on_time.ghost_x is None and not on_time.critical
    tip = canvas.tip_at(QPoint(int(canvas.chart_left() + slipped.x),
                               int(canvas.row_y(_index(canvas, "project", "DCX-101")) + 13)))
    assert "Slipped gate" in tip and "Slipped 31 days" in tip


def test_zoom_changes_the_scale_and_keeps_the_date_in_view(view, qtbot):
    canvas = view.canvas
    i = next(i for i, r in enumerate(canvas.rows) if r.kind == "project")
    quarter, _ = canvas.bars(i)
    assert canvas.scale.zoom == "quarter"
    middle = canvas.scale.day_at(canvas.horizontalScrollBar().value()
                                 + (canvas.viewport().width() - LEFT_W) / 2)
    qtbot.mouseClick(view.findChild(QPushButton, "roadmap_zoom_month"), Qt.MouseButton.LeftButton)
    month, _ = canvas.bars(i)
    assert canvas.scale.px_per_day == PX_PER_DAY["month"]
    assert (month.x1 - month.x0) / (quarter.x1 - quarter.x0) == pytest.approx(
        PX_PER_DAY["month"] / PX_PER_DAY["quarter"])
    again = canvas.scale.day_at(canvas.horizontalScrollBar().value()
                                + (canvas.viewport().width() - LEFT_W) / 2)
    assert abs((again - middle).days) <= 1
    # Ctrl+wheel down zooms out, one step at a time; the buttons follow
    pos = QPointF(LEFT_W + 200, HEADER_H + 50)
    wheel = QWheelEvent(pos, canvas.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.scale.zoom == "quarter"
    assert view.findChild(QPushButton, "roadmap_zoom_quarter").isChecked()


def test_double_click_and_enter_open_the_project(view, demo_ctx, qtbot):
    canvas = view.canvas
    i = _index(canvas, "project", "DCX-102")
    opened = []
    demo_ctx.navigate.connect(lambda name, filters: opened.append((name, filters)))
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_centre(canvas, i))
    assert opened == [("project", {"code": "DCX-102"})]
    canvas.setFocus()
    canvas.set_current(_index(canvas, "project", "DCX-103"))
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened[-1] == ("project", {"code": "DCX-103"})


def test_filters_by_programme_rag_and_text(view, demo_store):
    canvas = view.canvas
    name = canvas.rows[0].programme
    view.apply_filter({"programme": name})
    assert {r.programme for r in canvas.rows} == {name}
    view.apply_filter({"text": "DCX-102"})
    assert [r.project.code for r in canvas.rows if r.kind == "project"] == ["DCX-102"]
    view.apply_filter({"rag": "red"})
    shown = [r.project.id for r in canvas.rows if r.kind == "project"]
    assert shown and all(view.data.rags[pid] == "red" for pid in shown)
    assert len(shown) < len(view.data.projects)


def test_bars_take_the_rag_the_portfolio_shows(view, demo_store):
    from pmo_desktop.domain.rag import Rag
    from pmo_desktop.store.portfolio_reads import project_statuses

    statuses = {s.id: s for s in project_statuses(demo_store, view.ctx.as_of())}
    canvas = view.canvas
    for row in canvas.rows:
        if row.kind == "project":
            expected = Rag.parse(statuses[row.project.id].rag).colour.lower()
            assert canvas.colour(row).name() == expected


def test_a_new_task_reloads_the_phases(view, demo_ctx, demo_store, qtbot):
    canvas = view.canvas
    pid = demo_store.project_id("DCX-101")
    canvas.expanded.add(pid)
    canvas._rebuild()
    before = sum(1 for r in canvas.rows if r.kind == "phase" and r.project.id == pid)
    result = records.create(demo_store, "task", {
        "project_id": pid, "ref": "99", "name": "Benefits realisation", "outline_level": 1,
        "start_forecast": "2028-01-01", "finish_forecast": "2028-06-30", "sort_order": 999})
    with qtbot.waitSignal(view.loaded, timeout=20000):
        demo_ctx.notify(result)
    phases = [r for r in canvas.rows if r.kind == "phase" and r.project.id == pid]
    assert len(phases) == before + 1 and phases[-1].label == "Benefits realisation"


def test_an_empty_portfolio_says_so(qtbot, empty_ctx):
    w = create_view(empty_ctx)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    assert w._stack.currentIndex() == 1 and w.canvas.rows == []


def test_paints_without_error_at_every_zoom(view):
    for zoom in ("month", "year", "quarter"):
        view.canvas.set_zoom(zoom)
        image = view.canvas.viewport().grab()
        assert not image.isNull() and image.width() > LEFT_W
