"""The import wizard's roll-up option: a plan sets its project's start, finish and %
complete only when the box is ticked, and the preview shows that change first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.preview import PreviewModel

PROJECT = "DCX-101"
TIMEOUT = 20000


def _plan_file(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    for row in [["WBS", "Task Name", "Start", "Duration", "% Complete"],
                ["1", "Migration", "2027-01-04", "", ""],
                ["1.1", "Prepare", "2027-01-04", "5d", "100%"],
                ["1.2", "Move", "2027-01-11", "15d", "0%"]]:
        ws.append(row)
    wb.save(path)
    return path


def _wizard_to_preview(qtbot, store, path: Path, roll_up: bool) -> ImportWizard:
    w = ImportWizard(store, [str(path)])
    qtbot.addWidget(w)
    w.set_project(PROJECT)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    box = w.files_page.roll_up
    assert box.objectName() == "import_roll_up_plan" and not box.isChecked()
    box.setChecked(roll_up)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    return w


def _rows_of(w: ImportWizard, kind: str) -> list[int]:
    model = w.preview_model
    return [i for i in range(model.rowCount())
            if model.index(i, PreviewModel.TYPE).data() == kind]


def test_without_the_box_the_project_is_left_as_it_is(qtbot, store, tmp_path):
    before = store.rows("project", "code = ?", [PROJECT])[0]
    w = _wizard_to_preview(qtbot, store, _plan_file(tmp_path / "plan.xlsx"), False)
    assert len(_rows_of(w, "Task")) == 3
    assert _rows_of(w, "Project") == []
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 3, timeout=TIMEOUT)
    assert store.rows("project", "code = ?", [PROJECT])[0] == before
    tasks = {t["ref"]: t["name"] for t in store.rows("task", "project_id = ?", [before["id"]])}
    assert {r: tasks.get(r) for r in ("1", "1.1", "1.2")} == {
        "1": "Migration", "1.1": "Prepare", "1.2": "Move"}  # the file's tasks are written


def test_ticked_the_preview_shows_the_project_update_and_apply_writes_it(qtbot, store,
                                                                         tmp_path):
    w = _wizard_to_preview(qtbot, store, _plan_file(tmp_path / "plan.xlsx"), True)
    (row,) = _rows_of(w, "Project")
    model = w.preview_model
    assert model.index(row, PreviewModel.ACTION).data() == "Changed"
    assert model.index(row, PreviewModel.KEY).data() == PROJECT
    detail = model.index(row, PreviewModel.DETAIL).data()
    assert "2027-01-04" in detail and "2027-01-29" in detail
    summary = w.summary_model
    kinds = [summary.index(i, 2).data() for i in range(summary.rowCount())]
    assert "Project" in kinds[-1]
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 3, timeout=TIMEOUT)
    project = store.rows("project", "code = ?", [PROJECT])[0]
    assert (project["start_forecast"], project["finish_forecast"], project["pct_complete"]) \
        == ("2027-01-04", "2027-01-29", 0.25)
