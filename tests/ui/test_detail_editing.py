"""The project page edits milestones (add, edit, complete, critical, delete; keys) and
its financial month grid (type a cell, paste a column, clear, undo) against a real store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pmo_desktop.ui.detail import create_view
from pmo_desktop.ui.detail.financials_model import grid_months, parse_block

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template,
)

pytestmark = OFFSCREEN_NOISE
CODE = "DCX-102"


@pytest.fixture
def page(qtbot, demo_ctx):
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_filter({"code": CODE, "tab": "milestones"})
    qtbot.waitUntil(lambda: not w.is_loading())
    return w


def _milestones(store):
    pid = store.project_id(CODE)
    return {m["name"]: m for m in store.rows("milestone", "project_id = ?", [pid])}


def _select(page, name):
    """Make the milestone called ``name`` the current, selected row."""
    table = page.views["milestones"]
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, 1)
        if index.data().split("  ")[0] == name:
            table.setCurrentIndex(index)
            table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(f"no milestone {name}")


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_add_a_milestone_with_insert_and_undo(page, demo_store, demo_ctx, qtbot):
    panel = page.pages["milestones"]
    before = len(_milestones(demo_store))
    qtbot.keyClick(page.views["milestones"], Qt.Key.Key_Insert)
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    dialog.fields["name"].widget.setText("Go-live")
    dialog.fields["baseline_date"].widget.set_value("2027-06-30")
    dialog.fields["critical"].widget.setChecked(True)
    _ok(dialog)
    made = _milestones(demo_store)["Go-live"]
    assert (made["baseline_date"], made["critical"]) == ("2027-06-30", 1)
    assert made["project_id"] == demo_store.project_id(CODE)
    shown = [page.models["milestones"].row(r)["name"]
             for r in range(page.models["milestones"].rowCount())]
    assert "Go-live" in shown
    assert page.tabs.tabText(0) == f"Milestones ({before + 1})"
    demo_ctx.undo_stack.undo()
    assert "Go-live" not in _milestones(demo_store)
    assert page.models["milestones"].rowCount() == before


def test_enter_edits_the_current_milestone(page, demo_store, demo_ctx, qtbot):
    _select(page, "Project closure")
    qtbot.keyClick(page.views["milestones"], Qt.Key.Key_Return)
    dialog = page.pages["milestones"].dialog
    qtbot.addWidget(dialog)
    assert dialog.fields["name"].widget.text() == "Project closure"
    dialog.fields["forecast_date"].widget.set_value("2028-05-01")
    _ok(dialog)
    assert _milestones(demo_store)["Project closure"]["forecast_date"] == "2028-05-01"
    demo_ctx.undo_stack.undo()
    assert _milestones(demo_store)["Project closure"]["forecast_date"] != "2028-05-01"


def test_an_actual_date_typed_in_the_edit_form_completes_the_milestone(page, demo_store,
                                                                     demo_ctx, qtbot):
    # As an import records it (domain.schedule.completion_status): late after the
    # baseline; one undo step takes the date and the status back.
    before = _milestones(demo_store)["Project closure"]
    late = date.fromisoformat(before["baseline_date"]) + timedelta(days=5)
    _select(page, "Project closure")
    qtbot.keyClick(page.views["milestones"], Qt.Key.Key_Return)
    dialog = page.pages["milestones"].dialog
    qtbot.addWidget(dialog)
    dialog.fields["actual_date"].widget.set_value(late.isoformat())
    _ok(dialog)
    done = _milestones(demo_store)["Project closure"]
    assert (done["actual_date"], done["status"]) == (late.isoformat(), "complete_late")
    demo_ctx.undo_stack.undo()
    again = _milestones(demo_store)["Project closure"]
    assert (again["actual_date"], again["status"]) == (None, before["status"])
    demo_ctx.undo_stack.redo()
    assert _milestones(demo_store)["Project closure"]["status"] == "complete_late"


@pytest.mark.parametrize("days, status", [(-3, "complete_on_time"), (0, "complete_on_time"),
                                          (4, "complete_late")])
def test_complete_sets_the_actual_date_and_the_status_of_the_rule(page, demo_store, demo_ctx,
                                                                 qtbot, days, status):
    baseline = date.fromisoformat(_milestones(demo_store)["Design authority approval"][
        "baseline_date"])
    day = baseline + timedelta(days=days)
    _select(page, "Design authority approval")
    panel = page.pages["milestones"]
    dialog = panel.ask_complete()
    qtbot.addWidget(dialog)
    assert dialog.day() == demo_ctx.as_of()  # the as-of date to start with
    dialog.date_edit.set_value(day)
    _ok(dialog)
    done = _milestones(demo_store)["Design authority approval"]
    assert (done["actual_date"], done["status"], done["pct_complete"]) == \
        (day.isoformat(), status, 1.0)
    row = next(page.models["milestones"].row(r) for r in
               range(page.models["milestones"].rowCount())
               if page.models["milestones"].row(r)["name"] == "Design authority approval")
    assert row["state"] == status
    demo_ctx.undo_stack.undo()
    again = _milestones(demo_store)["Design authority approval"]
    assert (again["actual_date"], again["status"]) == (None, None)


def test_complete_several_is_one_undo_step(page, demo_store, demo_ctx):
    names = ["Design authority approval", "Project closure"]
    ms = _milestones(demo_store)
    page.pages["milestones"].complete([ms[n] for n in names], TODAY)
    assert all(_milestones(demo_store)[n]["actual_date"] == TODAY.isoformat() for n in names)
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert all(_milestones(demo_store)[n]["actual_date"] is None for n in names)


def test_critical_button_marks_and_unmarks(page, demo_store, demo_ctx, qtbot):
    panel = page.pages["milestones"]
    _select(page, "Project closure")
    assert not panel.critical_button.isChecked()
    qtbot.mouseClick(panel.critical_button, Qt.MouseButton.LeftButton)
    assert _milestones(demo_store)["Project closure"]["critical"] == 1
    _select(page, "Project closure")
    assert panel.critical_button.isChecked()
    text = page.models["milestones"].index(0, 1).model()
    assert any("★" in text.index(r, 1).data() and "Project closure" in text.index(r, 1).data()
               for r in range(text.rowCount()))
    qtbot.mouseClick(panel.critical_button, Qt.MouseButton.LeftButton)
    assert _milestones(demo_store)["Project closure"]["critical"] == 0
    demo_ctx.undo_stack.undo()
    assert _milestones(demo_store)["Project closure"]["critical"] == 1


def test_del_deletes_after_a_confirmation_and_undo_brings_it_back(page, demo_store, demo_ctx,
                                                                  qtbot):
    _select(page, "Project closure")
    qtbot.keyClick(page.views["milestones"], Qt.Key.Key_Delete)
    box = page.pages["milestones"].dialog
    assert isinstance(box, QMessageBox) and "Project closure" in box.text() or "M04" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "Project closure" not in _milestones(demo_store)
    demo_ctx.undo_stack.undo()
    assert "Project closure" in _milestones(demo_store)


def test_buttons_follow_the_selection(page):
    panel = page.pages["milestones"]
    page.views["milestones"].clearSelection()
    page.views["milestones"].setCurrentIndex(page.views["milestones"].model().index(-1, -1))
    assert panel.add_button.isEnabled() and not panel.delete_button.isEnabled()
    _select(page, "Project closure")
    assert panel.delete_button.isEnabled() and panel.complete_button.isEnabled()


# -- financial grid ---------------------------------------------------------------------


def _line(store, period):
    pid = store.project_id(CODE)
    rows = store.rows("financial", "project_id = ? AND period = ?", [pid, period])
    return rows[0] if rows else None


def _cell(grid, period, name):
    return grid.model.index(grid.model.month_row(period), grid.model.amount_column(name))


def test_a_typed_cell_is_one_undoable_edit(page, demo_store, demo_ctx, qtbot):
    grid = page.financials
    page.apply_filter({"tab": "financials"})
    period = next(p for p in grid.model.months() if _line(demo_store, p))
    old = _line(demo_store, period)["forecast"]
    index = _cell(grid, period, "forecast")
    grid.table.setCurrentIndex(index)
    grid.table.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "12.5k")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _line(demo_store, period)["forecast"] == 12_500)
    assert _cell(grid, period, "forecast").data() == "£12,500"
    # Enter moved down a month, as in a spreadsheet
    assert grid.table.currentIndex().row() == grid.model.month_row(period) + 1
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert _line(demo_store, period)["forecast"] == old
    assert grid.model.value(period, "forecast") == old


def test_a_month_without_a_line_gets_one(page, demo_store, demo_ctx, qtbot):
    grid = page.financials
    empty = [p for p in grid.model.months() if _line(demo_store, p) is None]
    assert empty, "the project's span has months without a line"
    assert grid.model.setData(_cell(grid, empty[0], "planned"), "£1.2m")
    qtbot.waitUntil(lambda: _line(demo_store, empty[0]) is not None)
    assert _line(demo_store, empty[0])["planned"] == 1_200_000
    demo_ctx.undo_stack.undo()
    assert _line(demo_store, empty[0]) is None


def test_paste_a_column_from_excel_is_one_undo_step(page, demo_store, demo_ctx, qtbot):
    grid = page.financials
    months = grid.model.months()
    start = months.index(next(p for p in months if _line(demo_store, p)))
    targets = months[start:start + 3]
    before = {p: (_line(demo_store, p) or {}).get("actual") for p in targets}
    QGuiApplication.clipboard().setText("10,000\r\n(2,500)\r\n£3k\r\n")
    grid.table.setCurrentIndex(_cell(grid, targets[0], "actual"))
    qtbot.keyClick(grid.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (_line(demo_store, targets[2]) or {}).get("actual") == 3000)
    assert [_line(demo_store, p)["actual"] for p in targets] == [10_000, -2_500, 3_000]
    assert [grid.model.value(p, "actual") for p in targets] == [10_000, -2_500, 3_000]
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert {p: (_line(demo_store, p) or {}).get("actual") for p in targets} == before


def test_a_paste_past_the_last_month_adds_months(page, demo_store, qtbot):
    grid = page.financials
    last = grid.model.months()[-1]
    assert grid.paste_at(_cell(grid, last, "forecast"), "1\n2\n3")
    qtbot.waitUntil(lambda: len([p for p in grid.model.months() if p > last]) == 2)
    after = [p for p in grid.model.months() if p > last]
    assert [_line(demo_store, p)["forecast"] for p in after] == [2, 3]


def test_a_bad_value_writes_nothing_and_says_where(page, demo_store, demo_ctx, qtbot):
    grid = page.financials
    months = grid.model.months()
    before = demo_store.query("SELECT COUNT(*) AS n FROM change_log")[0]["n"]
    assert not grid.paste_at(_cell(grid, months[0], "planned"), "100\nlots\n300")
    assert not grid.message.isHidden()
    day = date.fromisoformat(months[1] + "-01")
    assert day.strftime("%b %Y") in grid.message.text() and "Planned" in grid.message.text()
    assert not grid.paste_at(_cell(grid, months[0], "earned"), "1\t2")  # runs into a total
    assert "calculated" in grid.message.text()
    QApplication.processEvents()
    assert demo_store.query("SELECT COUNT(*) AS n FROM change_log")[0]["n"] == before
    assert demo_ctx.undo_stack.count() == 0


def test_del_clears_the_selected_cells_and_totals_follow(page, demo_store, demo_ctx, qtbot):
    grid = page.financials
    held = [p for p in grid.model.months() if (_line(demo_store, p) or {}).get("planned")]
    total_row = grid.model.rowCount() - 1
    col = grid.model.amount_column("planned")
    total = sum(_line(demo_store, p)["planned"] for p in held)
    assert grid.model.index(total_row, 0).data() == "Total"
    assert grid.model.index(total_row, col).data() == f"£{total:,.0f}"
    selection = grid.table.selectionModel()
    grid.table.setCurrentIndex(_cell(grid, held[0], "planned"))
    selection.select(_cell(grid, held[1], "planned"), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: grid.model.value(held[0], "planned") is None)
    rest = sum((_line(demo_store, p)["planned"] or 0) for p in held)
    assert grid.model.index(total_row, col).data() == f"£{rest:,.0f}"
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert sum(_line(demo_store, p)["planned"] for p in held) == total


def test_grid_months_span_the_project_and_its_lines():
    project = {"start_baseline": "2026-10-15", "finish_forecast": "2027-01-02"}
    assert grid_months(project, ["2027-03"], TODAY) == [
        "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]
    assert grid_months({}, [], TODAY)[:2] == ["2026-11", "2026-12"]
    assert len(grid_months({}, [], TODAY)) == 12
    # a typo of a century does not make a grid of 1,200 months
    assert grid_months({"start_baseline": "1926-01-01", "finish_baseline": "2027-01-01"},
                       ["2026-12"], TODAY) == ["2026-12"]


def test_parse_block_reads_what_excel_copies():
    assert parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_block("5\n\n") == [["5"]]


# -- lessons tab ---------------------------------------------------------------------------


def test_lessons_tab_adds_edits_and_deletes_the_projects_lessons(page, demo_store, demo_ctx,
                                                                  qtbot):
    pid = demo_store.project_id(CODE)
    tab = page.pages["lessons"]
    before = len(demo_store.rows("lesson", "project_id = ?", [pid]))
    page.apply_filter({"tab": "lessons"})
    assert tab.model.rowCount() == before
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == f"Lessons ({before})"
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.dialog
    qtbot.addWidget(form)
    form.fields["title"].widget.setText("Pilot with real users first")
    _ok(form)
    made = demo_store.rows("lesson", "project_id = ? AND title = ?",
                           [pid, "Pilot with real users first"])
    assert made and made[0]["date_logged"] == TODAY.isoformat()
    assert tab.model.rowCount() == before + 1
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == f"Lessons ({before + 1})"
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 1).data() == "Pilot with real users first")
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    form = tab.dialog
    qtbot.addWidget(form)
    form.fields["category"].widget.setText("Testing")
    _ok(form)
    assert demo_store.get("lesson", made[0]["id"])["category"] == "Testing"
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 1).data() == "Pilot with real users first")
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    tab.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("lesson", made[0]["id"]) is None
    assert tab.model.rowCount() == before
    demo_ctx.undo_stack.undo()
    assert tab.model.rowCount() == before + 1


# -- an edit is on screen at once, also while the page reloads off the GUI thread --------


def test_edits_show_before_the_pages_background_reload(qtbot, demo_ctx, demo_store,
                                                       monkeypatch):
    from pmo_desktop.ui.detail.view import ProjectDetailView

    monkeypatch.setattr(ProjectDetailView, "BACKGROUND_FROM", 1)  # as in a large portfolio
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.apply_filter({"code": CODE})
    qtbot.waitUntil(lambda: not w.is_loading() and w.detail is not None
                    and w.detail.project["code"] == CODE)
    _select(w, "Project closure")
    w.pages["milestones"].set_critical([_milestones(demo_store)["Project closure"]], True)
    assert w.is_loading()  # the page's own read is still on its way …
    shown = {w.models["milestones"].row(r)["name"]: w.models["milestones"].row(r)
             for r in range(w.models["milestones"].rowCount())}
    assert shown["Project closure"]["critical"] == 1  # … and the change is on screen
    current = w.views["milestones"].currentIndex()
    assert current.data().startswith("Project closure")  # still the current row
    grid = w.financials
    period = grid.model.months()[1]
    grid.write({period: {"earned": 4321.0}}, "Edit earned")
    assert grid.model.value(period, "earned") == 4321.0
    qtbot.waitUntil(lambda: not w.is_loading())
    assert w.views["milestones"].currentIndex().data().startswith("Project closure")
