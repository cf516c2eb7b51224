"""The Resources view's editing: people and roles added, edited, deleted from the view;
a person's months set, moved, cleared, typed and pasted in the month grid, and a
booking made with Allocate…, each one undo step however many months it touches."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from pmo_desktop.operations.allocations import person_plan
from pmo_desktop.ui.record_form import RecordDialog
from pmo_desktop.ui.resources import ResourcesView

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _view(qtbot, ctx):
    view = ResourcesView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    wait_loaded(qtbot, view)
    return view


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _select(view, name):
    """Make the heat map row of ``name`` (a person or role) current and selected."""
    for r in range(view.proxy.rowCount()):
        if view.proxy.index(r, 0).data().strip() == name:
            view.table.setCurrentIndex(view.proxy.index(r, 0))
            view.table.selectRow(r)
            return
    raise AssertionError(f"{name} is not in the heat map")


def _names(view):
    return {view.proxy.index(r, 0).data().strip() for r in range(view.proxy.rowCount())}


def _allocated_person(store):
    for r in store.rows("resource"):
        plan = person_plan(store, r["id"])
        if len(plan.allocations) >= 2 and plan.capacity.cells:
            return plan
    raise AssertionError("no allocated person in the demo")


def test_a_person_added_with_capacity_shows_in_the_heat_map_and_undoes(qtbot, demo_ctx,
                                                                        demo_store):
    view = _view(qtbot, demo_ctx)
    role = demo_store.rows("role")[0]["name"]
    dialog = view.editing.add_person()
    qtbot.addWidget(dialog)
    dialog.fields["name"].widget.setText("Grace Hopper")
    dialog.fields["fte"].widget.setText("0.8")
    combo = dialog.fields["role"].widget
    combo.setCurrentIndex(combo.findData(role))
    _ok(dialog)
    rid = demo_store.find_id("resource", {"name": "Grace Hopper"})
    assert rid is not None and demo_store.get("resource", rid)["fte"] == 0.8
    assert len(person_plan(demo_store, rid).capacity.cells) == 12
    wait_loaded(qtbot, view)
    assert "Grace Hopper" in _names(view)
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert demo_store.find_id("resource", {"name": "Grace Hopper"}) is None
    assert not demo_store.rows("capacity", "resource_id = ?", [rid])
    wait_loaded(qtbot, view)
    assert "Grace Hopper" not in _names(view)
    demo_ctx.undo_stack.redo()
    assert len(person_plan(demo_store, rid).capacity.cells) == 12


def test_enter_edits_the_person_and_del_deletes_them_with_their_bookings(qtbot, demo_ctx,
                                                                          demo_store):
    view = _view(qtbot, demo_ctx)
    plan = _allocated_person(demo_store)
    _select(view, plan.name)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialogs = [d for d in view.findChildren(RecordDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].entity == "resource"
    dialogs[0].fields["team"].widget.setText("Renamed team")
    _ok(dialogs[0])
    assert demo_store.get("resource", plan.resource_id)["team"] == "Renamed team"
    wait_loaded(qtbot, view)
    _select(view, plan.name)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.findChild(QMessageBox, "deleteConfirm")
    assert box is not None and "allocation" in box.text() and "capacit" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("resource", plan.resource_id) is None
    assert not demo_store.rows("allocation", "resource_id = ?", [plan.resource_id])
    demo_ctx.undo_stack.undo()
    assert person_plan(demo_store, plan.resource_id) == dataclasses.replace(
        plan, team="Renamed team")
    demo_ctx.undo_stack.undo()
    assert demo_store.get("resource", plan.resource_id)["team"] == plan.team


def test_roles_are_added_edited_and_deleted(qtbot, demo_ctx, demo_store):
    view = _view(qtbot, demo_ctx)
    dialog = view.editing.add_role()
    dialog.fields["name"].widget.setText("Data Scientist")
    dialog.fields["target_utilisation"].widget.setText("85%")
    _ok(dialog)
    rid = demo_store.find_id("role", {"name": "Data Scientist"})
    assert demo_store.get("role", rid)["target_utilisation"] == 0.85
    role = demo_store.rows("role")[0]
    wait_loaded(qtbot, view)
    _select(view, role["name"])
    edit = view.editing.edit()
    assert edit is not None and edit.entity == "role"
    edit.fields["description"].widget.setPlainText("Reviewed")
    _ok(edit)
    assert demo_store.get("role", role["id"])["description"] == "Reviewed"
    wait_loaded(qtbot, view)
    _select(view, role["name"])
    box = view.editing.delete()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("role", role["id"]) is None
    demo_ctx.undo_stack.undo()
    assert demo_store.get("role", role["id"])["description"] == "Reviewed"


def _grid(qtbot, view, plan):
    wait_loaded(qtbot, view)
    _select(view, plan.name)
    dialog = view.editing.plan()
    qtbot.addWidget(dialog)
    return dialog


def _pick(dialog, row, columns):
    grid = dialog.grid
    grid.setCurrentCell(row, columns[0])
    model = grid.selectionModel()
    model.clearSelection()
    for c in columns:
        model.select(grid.model().index(row, c), QItemSelectionModel.SelectionFlag.Select)


def _row(store, rid, pid):
    row = person_plan(store, rid).row(("allocation", pid))
    return {m: (c.hours, c.booking) for m, c in row.cells.items()} if row else {}


def test_a_run_of_months_is_set_in_one_undo_step(qtbot, demo_ctx, demo_store):
    view = _view(qtbot, demo_ctx)
    plan = _allocated_person(demo_store)
    pid = plan.allocations[0].project_id
    dialog = _grid(qtbot, view, plan)
    before = _row(demo_store, plan.resource_id, pid)
    shown = dialog.grid.item(1, 2).text()
    _pick(dialog, 1, [2, 3, 4, 5, 6, 7])
    dialog.amount.setText("80")
    dialog.booking.setCurrentIndex(dialog.booking.findData("proposed"))
    assert dialog.set_selected()
    months = dialog.months[2:8]
    after = _row(demo_store, plan.resource_id, pid)
    assert all(after[m] == (80.0, "proposed") for m in months)
    assert dialog.grid.item(1, 2).text() == "80"  # the grid re-read the plan
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert _row(demo_store, plan.resource_id, pid) == before
    assert dialog.grid.item(1, 2).text() == shown
    demo_ctx.undo_stack.redo()
    assert _row(demo_store, plan.resource_id, pid) == after


def test_move_clear_type_and_paste_are_each_one_step(qtbot, qtlog, demo_ctx, demo_store):
    view = _view(qtbot, demo_ctx)
    plan = _allocated_person(demo_store)
    pid = plan.allocations[1].project_id
    dialog = _grid(qtbot, view, plan)
    months = dialog.months
    start = _row(demo_store, plan.resource_id, pid)
    _pick(dialog, 2, [0, 1, 2])
    assert dialog.move_selected(2)
    moved = _row(demo_store, plan.resource_id, pid)
    assert months[0] not in moved and months[1] not in moved
    assert moved[months[2]][0] == start[months[0]][0]
    assert moved[months[4]][0] == start[months[2]][0]
    _pick(dialog, 2, [4])
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert months[4] not in _row(demo_store, plan.resource_id, pid)
    dialog.grid.item(2, 9).setText("12.5")  # typed into a cell
    assert _row(demo_store, plan.resource_id, pid)[months[9]][0] == 12.5
    dialog.grid.setCurrentCell(0, 1)
    assert dialog.paste("150\t10d\t\n")  # capacity row: hours, days, an empty cell clears
    cap = person_plan(demo_store, plan.resource_id).capacity.cells
    assert cap[months[1]].hours == 150 and months[3] not in cap
    assert cap[months[2]].hours == 10 * (plan.hours_per_day or 7.5)
    assert demo_ctx.undo_stack.count() == 4
    with qtlog.disabled():  # the offscreen platform cannot raise() the open grid
        assert view.editing.plan() is dialog  # the person's grid is already open
    for _ in range(4):
        demo_ctx.undo_stack.undo()
    assert _row(demo_store, plan.resource_id, pid) == start
    assert person_plan(demo_store, plan.resource_id).capacity == plan.capacity


def test_a_bad_amount_is_refused_with_a_message_and_nothing_written(qtbot, demo_ctx,
                                                                     demo_store):
    view = _view(qtbot, demo_ctx)
    plan = _allocated_person(demo_store)
    dialog = _grid(qtbot, view, plan)
    _pick(dialog, 1, [0, 1])
    dialog.amount.setText("lots")
    assert not dialog.set_selected()
    assert "not an amount" in dialog.message.text()
    assert demo_ctx.undo_stack.count() == 0
    assert person_plan(demo_store, plan.resource_id) == plan


def test_allocate_books_a_run_of_months_in_one_step(qtbot, demo_ctx, demo_store):
    view = _view(qtbot, demo_ctx)
    plan = _allocated_person(demo_store)
    booked = {r.project_id for r in plan.allocations}
    project = next(p for p in demo_store.rows("project") if p["id"] not in booked)
    _select(view, plan.name)
    dialog = view.editing.allocate()
    qtbot.addWidget(dialog)
    f = dialog.fields
    f["project"].setEditText(project["code"])
    f["from"].setText("Jan 2027")
    f["to"].setText("2026-12")
    f["hours"].setText("50%")
    _ok(dialog)
    assert dialog.isVisible() and "before the first" in dialog.errors["to"].text()
    f["to"].setText("2027-06")
    f["booking"].setCurrentIndex(f["booking"].findData("proposed"))
    _ok(dialog)
    assert not dialog.isVisible()
    row = _row(demo_store, plan.resource_id, project["id"])
    assert sorted(row) == ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]
    cap = plan.capacity.cells["2027-03"].hours
    assert row["2027-03"] == (cap / 2, "proposed")
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert _row(demo_store, plan.resource_id, project["id"]) == {}


def test_an_empty_portfolio_can_add_its_first_person(qtbot, empty_ctx, empty_store):
    view = _view(qtbot, empty_ctx)
    button = view.findChild(QPushButton, "resources_add_person")
    assert button is not None and button.isVisible()  # on the empty state too
    dialog = view.editing.add_person()
    dialog.fields["name"].widget.setText("First Person")
    _ok(dialog)
    wait_loaded(qtbot, view)
    assert "First Person" in _names(view)
