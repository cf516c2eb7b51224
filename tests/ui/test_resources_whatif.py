"""The Resources view (issue 16): the heat map equals a store query; "0 %" is not "not
available"; a cell lists its projects and opens one; grouping and booking switches;
what-if moves redraw the map and the role chart with worse/better cells, write nothing,
and commit as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from pmo_desktop.domain.capacity import UtilBand
from pmo_desktop.store import open_store
from pmo_desktop.ui.viewkit.models import Role

from operations.resource_fixtures import build_resource_portfolio
from test_resources_editing import _view  # the view at 1366×768, filled in
from views_fixtures import OFFSCREEN_NOISE, _finish_reads, make_context, wait_loaded

pytestmark = OFFSCREEN_NOISE
SHOTS = Path("/tmp/h16")


@pytest.fixture
def ctx(qapp, tmp_path):
    store = open_store(build_resource_portfolio(tmp_path / "r.pmo"))
    context = make_context(store, tmp_path)
    yield context
    _finish_reads(context)
    store.close()


def _cell(view, name, month):
    """The proxy index of ``name``'s cell in ``month`` ('2027-01')."""
    col = 2 + view.grid.months.index(month)
    for r in range(view.proxy.rowCount()):
        if view.proxy.index(r, 0).data().strip() == name:
            return view.proxy.index(r, col)
    raise AssertionError(f"{name} is not in the heat map")


def _stored(store, committed_only=True):
    extra = "AND COALESCE(a.booking,'committed')='committed'" if committed_only else ""
    return {(r["name"], r["period"]): (r["cap"], r["h"]) for r in store.query(
        f"""SELECT r.name, c.period, c.hours AS cap, COALESCE(SUM(a.hours), 0) AS h
            FROM capacity c JOIN resource r ON r.id = c.resource_id
            LEFT JOIN allocation a ON a.resource_id = c.resource_id
                 AND a.period = c.period {extra}
            GROUP BY r.name, c.period""")}


def test_heat_map_cells_equal_a_store_query(qtbot, ctx):
    view = _view(qtbot, ctx)
    assert view.grid.months[0] == "2027-01" and len(view.grid.months) == 12
    for committed_only in (True, False):
        view.booking.setCurrentIndex(view.booking.findData(committed_only))
        for (name, month), (cap, hours) in _stored(ctx.store, committed_only).items():
            index = _cell(view, name, month)
            row = view.model.row(view.proxy.mapToSource(index).row())
            cell = row.cells[index.column() - 2]
            assert (cell.capacity, cell.allocated) == (cap, hours)
            text = index.data()
            assert text == ("n/a" if cap == 0 else f"{hours * 100 / cap:.0f}%"), (name, month)


def test_free_differs_from_not_available(qtbot, ctx):
    view = _view(qtbot, ctx)
    bob_march = _cell(view, "Bob Ray", "2027-03")    # no capacity: on leave
    cat_march = _cell(view, "Cat Moss", "2027-03")   # capacity, nothing booked
    assert bob_march.data() == "n/a" and cat_march.data() == "0%"
    assert bob_march.data(Role.HEAT) == UtilBand.NONE.colour
    assert cat_march.data(Role.HEAT) == UtilBand.FREE.colour != UtilBand.NONE.colour
    assert _cell(view, "Ann Lee", "2027-01").data(Role.HEAT) == UtilBand.HOTSPOT.colour


def test_a_cell_lists_its_projects_and_opens_one(qtbot, ctx):
    view = _view(qtbot, ctx)
    index = _cell(view, "Ann Lee", "2027-01")
    view.table.clicked.emit(index)
    items = [view.details.item(i).text() for i in range(view.details.count())]
    assert items == ["ALPHA — Project Alpha: 120 h", "BETA — Project Beta: 60 h"]
    with qtbot.waitSignal(ctx.navigate) as sent:
        view.details.itemActivated.emit(view.details.item(0))
    assert sent.args == ["project", {"code": "ALPHA"}]


def test_group_by_team_and_role(qtbot, ctx):
    view = _view(qtbot, ctx)
    groups = lambda: [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())
                      if not view.proxy.index(r, 0).data().startswith(" ")]
    assert groups() == ["Developer", "Project Manager"]
    view.group_by.setCurrentIndex(view.group_by.findData("team"))
    assert groups() == ["Payments", "Platforms"]
    assert _cell(view, "Platforms", "2027-01").data() == "92%"  # (180 + 50) / 250


def test_what_if_redraws_writes_nothing_and_commits_as_one_undo_step(qtbot, ctx):
    view = _view(qtbot, ctx)
    before = ctx.store.data_hash()
    chart_before = list(view.chart.shown[1])
    view.whatif.add_moves(["BETA"], months=2)
    assert _cell(view, "Ann Lee", "2027-01").data() == "▼ 80%"
    assert _cell(view, "Bob Ray", "2027-03").data() == "▲ 75h"   # lands on his leave
    assert _cell(view, "Bob Ray", "2027-01").data() == "0%"
    assert view.chart.shown[1] != chart_before
    assert "what-if: 1 worse, 1 better" in view._subtitle.text()
    view.whatif.add_moves(["ALPHA"], factor=0.5)                  # stacked
    assert _cell(view, "Ann Lee", "2027-02").data() == "40%"
    assert ctx.store.data_hash() == before                       # nothing written
    view.whatif.discard.click()
    assert _cell(view, "Ann Lee", "2027-01").data() == "120%"
    view.whatif.add_moves(["BETA"], months=2)
    with qtbot.waitSignal(view.committed, timeout=20000):
        view.whatif.commit.click()   # written off the GUI thread
    assert ctx.undo_stack.count() == 1 and view.whatif.moves == []
    assert {r["period"] for r in ctx.store.query(
        "SELECT a.period FROM allocation a JOIN project p ON p.id = a.project_id "
        "WHERE p.code = 'BETA'")} == {"2027-03", "2027-04"}
    wait_loaded(qtbot, view)
    qtbot.waitUntil(lambda: _cell(view, "Bob Ray", "2027-03").data() == "75h"
                    and view.grid.people[1].demand[2] == 75)
    ctx.undo_stack.undo()
    assert {r["period"] for r in ctx.store.query(
        "SELECT a.period FROM allocation a JOIN project p ON p.id = a.project_id "
        "WHERE p.code = 'BETA'")} == {"2027-01", "2027-02"}


def test_screenshot_at_1366x768(qtbot, ctx):
    view = _view(qtbot, ctx)
    view.whatif.add_moves(["BETA"], months=2)
    view.table.clicked.emit(_cell(view, "Ann Lee", "2027-03"))
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / "resources_whatif.png"))
    assert view.minimumSizeHint().width() <= 1366


def test_a_committed_scenario_redoes_after_its_undo(qtbot, ctx):
    view = _view(qtbot, ctx)
    beta = ("SELECT a.period FROM allocation a JOIN project p ON p.id = a.project_id "
            "WHERE p.code = 'BETA'")
    view.whatif.add_moves(["BETA"], months=1)
    with qtbot.waitSignal(view.committed, timeout=20000):
        view.whatif.commit.click()
    moved = {r["period"] for r in ctx.store.query(beta)}
    assert moved == {"2027-02", "2027-03"}
    assert ctx.undo_stack.undoText() == "what-if: BETA +1 month"
    ctx.undo_stack.undo()
    assert {r["period"] for r in ctx.store.query(beta)} == {"2027-01", "2027-02"}
    ctx.undo_stack.redo()
    assert {r["period"] for r in ctx.store.query(beta)} == moved


def test_the_bar_stacks_moves_on_the_selected_projects(qtbot, ctx):
    from pmo_desktop.domain.whatif import Move

    view = _view(qtbot, ctx)
    bar = view.whatif
    model = bar.projects.model()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["ALPHA", "BETA"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)  # its name
    assert not bar.commit.isEnabled() and not bar.discard.isEnabled()
    bar.projects.selectAll()
    assert bar.selected() == ["ALPHA", "BETA"]
    bar.shift.setValue(1)
    bar.add.click()
    bar.projects.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.Deselect)
    bar.set_projects({"ALPHA": "Alpha", "BETA": "Beta"})  # a reload keeps the selection
    assert bar.selected() == ["BETA"]
    bar.shift.setValue(0)
    bar.scale.setValue(0.5)
    bar.add.click()
    assert bar.moves == [Move("shift", "ALPHA", months=1), Move("shift", "BETA", months=1),
                         Move("scale", "BETA", factor=0.5)]
    assert bar.summary.text() == "ALPHA +1 month; BETA +1 month; BETA ×0.5"
    assert bar.commit.isEnabled()
    assert _cell(view, "Bob Ray", "2027-02").data() == "25%"   # 75 h × 0.5 moved in: 37.5/150
