"""The project page's Plan tab over the demo store: the plan's hierarchy in the tree,
folding a summary (tree and Gantt together), the Gantt rows level with the tree's,
editing, deleting and adding tasks from the keyboard with undo, the empty state."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from pmo_desktop.store.queries_schedule import project_tasks
from pmo_desktop.ui.detail import create_view

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, demo_ctx, demo_store, demo_template,
)

pytestmark = OFFSCREEN_NOISE


def _planned_code(store):
    return store.query("SELECT p.code FROM project p WHERE EXISTS (SELECT 1 FROM task t "
                       "WHERE t.project_id = p.id) ORDER BY p.code LIMIT 1")[0]["code"]


def _open(qtbot, ctx, code):
    w = create_view(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_filter({"code": code, "tab": "plan"})
    qtbot.waitUntil(lambda: not w.is_loading() and w.plan.shown_id is not None)
    return w


@pytest.fixture
def page(qtbot, demo_ctx, demo_store):
    return _open(qtbot, demo_ctx, _planned_code(demo_store))


def _tasks(store, code):
    return project_tasks(store, store.project_id(code))


def _select(tab, task_id):
    tab.select_task(task_id)
    assert tab.current_task().id == task_id


def test_the_tree_keeps_the_plans_hierarchy(page, demo_store, qtmodeltester):
    tab = page.plan
    assert page.tabs.currentWidget() is tab
    tasks = _tasks(demo_store, page.code)
    model = tab.model
    qtmodeltester.check(model)
    phases = [t for t in tasks if t.outline_level == 1]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == \
        [t.name for t in phases]
    first = model.index(0, 0)
    children = [t.name for t in tasks if t.parent_ref == phases[0].ref]
    assert [model.index(r, 1, first).data() for r in range(model.rowCount(first))] == children
    child = model.index(0, 0, first)
    assert tab.tree.visualRect(child).left() > tab.tree.visualRect(first).left()  # indented
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == f"Plan ({len(tasks)})"
    assert page.tabs.indexOf(tab) == page.tabs.indexOf(page.pages["milestones"]) + 1


def test_folding_a_summary_hides_its_children_in_the_tree_and_the_gantt(page, demo_store):
    tab = page.plan
    tab.tree.scrollToTop()
    model = tab.model
    first, second = model.index(0, 0), model.index(1, 0)
    hidden = {model.task(model.index(r, 0, first)).id for r in range(model.rowCount(first))}
    drawn = {r.task.id for r in tab.gantt.rows()}
    assert hidden <= drawn
    tab.tree.collapse(first)
    rows = tab.gantt.rows()
    assert not hidden & {r.task.id for r in rows}
    assert rows[1].task.id == model.task(second).id  # the next phase moves up
    assert model.task(first).ref in tab.folded
    tab.load()  # a reload keeps the fold
    assert not tab.tree.isExpanded(tab.model.index(0, 0))
    tab.tree.expand(tab.model.index(0, 0))
    assert hidden <= {r.task.id for r in tab.gantt.rows()}


def test_gantt_rows_are_level_with_the_tree_rows(page):
    tab = page.plan
    tree, gantt = tab.tree, tab.gantt
    rows = gantt.rows()
    assert len(rows) > 5
    for r in rows[:8]:
        index = tab.model.index_of(r.task.id)
        tree_y = tree.viewport().mapTo(page, QPoint(0, tree.visualRect(index).top())).y()
        gantt_y = gantt.viewport().mapTo(page, QPoint(0, int(r.y))).y()
        assert tree_y == gantt_y
    task = next(r for r in rows if r.bar is not None and not r.task.is_summary).task
    bar = next(r.bar for r in rows if r.task.id == task.id)
    assert bar.x0 == pytest.approx(gantt.scale.x(date.fromisoformat(task.start)))
    slipped = [r for r in rows if r.ghost is not None]
    for r in slipped:
        assert r.ghost.x0 == pytest.approx(gantt.scale.x(date.fromisoformat(
            r.task.start_baseline)))


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_enter_edits_the_task_and_undo_restores_it(page, demo_store, demo_ctx, qtbot):
    tab = page.plan
    task = next(t for t in tab.model.tasks if not t.is_summary and not t.is_milestone)
    _select(tab, task.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    assert dialog.fields["name"].widget.text() == task.name
    dialog.fields["name"].widget.setText("Re-planned work")
    _ok(dialog)
    assert demo_store.get("task", task.id)["name"] == "Re-planned work"
    assert tab.current_task().name == "Re-planned work"  # read again, still current
    demo_ctx.undo_stack.undo()
    assert demo_store.get("task", task.id)["name"] == task.name
    assert tab.model.task(tab.model.index_of(task.id)).name == task.name


def test_del_deletes_the_selected_task_and_undo_brings_it_back(page, demo_store, demo_ctx,
                                                               qtbot):
    tab = page.plan
    task = next(t for t in tab.model.tasks if not t.is_summary)
    count = len(tab.model.tasks)
    _select(tab, task.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and f"task {task.ref}" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("task", task.id) is None
    assert len(tab.model.tasks) == count - 1
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == f"Plan ({count - 1})"
    demo_ctx.undo_stack.undo()
    assert demo_store.get("task", task.id)["name"] == task.name
    assert len(tab.model.tasks) == count


def test_insert_adds_a_task_to_this_project(page, demo_store, demo_ctx, qtbot):
    tab = page.plan
    count = len(tab.model.tasks)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    dialog = tab.dialog
    qtbot.addWidget(dialog)
    dialog.fields["name"].widget.setText("Benefits review")
    _ok(dialog)
    made = [t for t in _tasks(demo_store, page.code) if t.name == "Benefits review"]
    assert len(made) == 1 and made[0].ref not in {t.ref for t in tab.model.tasks[:count]}
    assert len(tab.model.tasks) == count + 1
    demo_ctx.undo_stack.undo()
    assert not [t for t in _tasks(demo_store, page.code) if t.name == "Benefits review"]


def test_a_project_without_a_plan_says_how_to_get_one(qtbot, demo_ctx, demo_store):
    code = demo_store.query("SELECT p.code FROM project p WHERE NOT EXISTS (SELECT 1 FROM "
                            "task t WHERE t.project_id = p.id) ORDER BY p.code LIMIT 1")[0][
        "code"]
    page = _open(qtbot, demo_ctx, code)
    tab = page.plan
    assert tab.stack.currentWidget() is tab.empty
    assert "Microsoft Project" in tab.empty.text() and "Excel" in tab.empty.text()
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Plan (0)"


def test_showing_another_project_reads_its_plan(page, demo_store, qtbot):
    codes = [r["code"] for r in demo_store.query(
        "SELECT DISTINCT p.code FROM project p JOIN task t ON t.project_id = p.id "
        "ORDER BY p.code LIMIT 2")]
    page.show_project(codes[1])
    qtbot.waitUntil(lambda: page.plan.shown_id == demo_store.project_id(codes[1]))
    assert [t.id for t in page.plan.model.tasks] == [t.id for t in _tasks(demo_store, codes[1])]


def test_select_keeps_selection_model_rows(page):
    tab = page.plan
    index = tab.model.index(0, 0)
    tab.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
    assert tab.selected_ids() == [tab.model.task(index).id]


def test_a_task_s_priority_is_in_its_tooltip(demo_store):
    from pmo_desktop.ui.detail.plan_model import _tip

    task = demo_store.rows("task")[0]
    with demo_store.write(source="test") as tx:
        tx.update("task", task["id"], {"priority": "high"})
    (row,) = [t for t in project_tasks(demo_store, task["project_id"]) if t.id == task["id"]]
    assert row.priority == "high" and "Priority high" in _tip(row).splitlines()
