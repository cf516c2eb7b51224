"""Export from the app: Ctrl+C in a table, Export table…, File › Export to Excel… and
File › Team template…, each file written off the GUI thread and read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from pmo_desktop.domain.team_template import META_SHEET
from pmo_desktop.operations.registers import list_records
from pmo_desktop.ui.exports import ExportDialog, TemplateDialog
from pmo_desktop.ui.viewkit.table_copy import selection_as_tsv, table_actions, table_contents
from test_app_shell import _window  # the main window on a portfolio

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_ctrl_c_copies_the_selection_as_tab_separated_text(qtbot, tmp_path, settings,
                                                           demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    window.show()
    table = window.page("portfolio").table
    model = table.model()
    table.setFocus()
    selection = table.selectionModel()
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    QGuiApplication.clipboard().clear()
    copy = next(a for a in table_actions(table) if a.objectName() == "copyCells")
    assert copy.shortcut().toString() == "Ctrl+C"
    copy.trigger()
    text = QGuiApplication.clipboard().text()
    assert text == selection_as_tsv(table)
    lines = text.split("\n")
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert len(lines) == 2 and all(len(line.split("\t")) == len(shown) for line in lines)
    first = [str(model.index(0, c).data() or "") for c in shown]
    assert lines[0].split("\t") == [" ".join(v.split()) for v in first]


def test_export_table_writes_the_table_as_shown(qtbot, tmp_path, settings, demo_path,
                                                monkeypatch):
    window = _window(qtbot, tmp_path, settings, demo_path)
    table = window.page("portfolio").table
    headers, kinds, rows = table_contents(table)
    assert len(rows) == table.model().rowCount() == 40
    assert "rag" in kinds and headers[0]
    out = tmp_path / "shown.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))
    export = next(a for a in table_actions(table) if a.objectName() == "exportTable")
    export.trigger()
    qtbot.waitUntil(lambda: "Table exported" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert "(40 rows)" in window.statusBar().currentMessage()
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Portfolio"
    assert [c.value for c in ws[1]] == headers and ws.max_row == 41
    rag_col = kinds.index("rag") + 1
    assert ws.cell(row=2, column=rag_col).value in ("Green", "Amber", "Red")
    assert ws.cell(row=2, column=rag_col).fill.fill_type == "solid"


@OFFSCREEN_NOISE
def test_export_dialog_writes_one_register(qtbot, ctx, store, tmp_path):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.what.setCurrentIndex(dialog.what.findData("risk"))
    out = tmp_path / "risks.xlsx"
    dialog.out.setText(str(out))
    dialog.write_button.click()
    assert not dialog.write_button.isEnabled()  # the file is written off the GUI thread
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    assert dialog.status.text().startswith(f"Written to {out} (Risks ")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Risks"]
    assert wb["Risks"].max_row == len(list_records(store, "risk")) + 1


@OFFSCREEN_NOISE
def test_template_dialog_writes_a_signed_template(qtbot, ctx, store, tmp_path):
    dialog = TemplateDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.scope.count() > 0, timeout=20000)
    projects = list_records(store, "project")
    assert dialog.scope.count() == len(projects)
    dialog.kind.setCurrentIndex(dialog.kind.findData("programme"))
    programme = projects[0]["programme"]
    dialog.scope.setCurrentIndex(dialog.scope.findText(programme))
    out = tmp_path / "team.xlsx"
    dialog.out.setText(str(out))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    wb = openpyxl.load_workbook(out)
    assert wb[META_SHEET].sheet_state == "veryHidden"
    codes = {c.value for c in wb["Projects"]["A"][1:]}
    assert codes == {p["code"] for p in projects if p["programme"] == programme}


def test_file_menu_has_the_export_actions(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "E&xport to Excel…" in texts and "&Team template…" in texts
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    window.show_view("portfolio")  # its Edit project… is Ctrl+E: two on one key do nothing
    from PySide6.QtGui import QAction

    keys = [a.shortcut().toString() for a in window.findChildren(QAction)
            if not a.shortcut().isEmpty()]
    assert keys.count("Ctrl+E") == 1 and keys.count("Ctrl+Shift+E") == 1


@OFFSCREEN_NOISE
def test_every_kit_table_copies_on_ctrl_c_and_offers_export(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView

    from pmo_desktop.ui.viewkit.widgets import make_table_view

    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Ref", "Title", "Owner"])
    for r in range(3):
        for c in range(3):
            model.setItem(r, c, QStandardItem(f"r{r}c{c}" if (r, c) != (1, 1) else "a\tb\nc"))
    view = make_table_view(model, "kitTable")
    qtbot.addWidget(view)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    view.setFocus()
    view.selectRow(1)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "r1c0\ta b c\tr1c2"
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in table_actions(view)] == ["Copy", "Export table…"]


def test_a_long_table_is_read_a_slice_at_a_time(qtbot, tmp_path, settings, demo_path):
    from pmo_desktop.ui.viewkit.table_copy import TableReader

    window = _window(qtbot, tmp_path, settings, demo_path)
    table = window.page("portfolio").table
    got: list = []
    reader = TableReader(table, lambda *a: got.append(a), budget_ms=0)
    reader.start()
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    assert reader.slices == 40  # one row a slice at a zero budget: the loop ran between
    assert got[0] == table_contents(table)
    changed: list = []
    reader = TableReader(table, lambda *a: changed.append(a), budget_ms=0)
    read_row = reader.cells.row

    def row(i: int) -> list:
        if i == 3:  # the rows move under the read (between two slices, as a user would
            table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by a click)
        return read_row(i)

    reader.cells.row = row  # (waiting for a third slice raced the read's end under load)
    reader.start()
    qtbot.waitUntil(lambda: reader.changed)
    qtbot.wait(200)
    assert reader.slices == 4 and not changed


@OFFSCREEN_NOISE
def test_the_import_wizard_takes_a_template_back_with_no_questions(qtbot, store, tmp_path):
    from pmo_desktop.operations.exports import export_template
    from pmo_desktop.ui.importer import ImportWizard
    from pmo_desktop.ui.importer.models import TablesModel

    code = list_records(store, "project")[0]["code"]
    out = tmp_path / "team.xlsx"
    export_template(store, out, code)
    wb = openpyxl.load_workbook(out)
    ws = wb["Milestones"]
    owner = [c.value for c in ws[1]].index("Owner") + 1
    ws.cell(row=2, column=owner).value = "Team Lead"
    wb.save(out)
    w = ImportWizard(store, [str(out)])  # no project named: the template names its own
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20000)
    entities = [w.tables_model.index(r, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole)
                for r in range(w.tables_model.rowCount())]
    assert entities[:3] == ["project", "milestone", "task"] and "allocation" in entities
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=20000)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20000)
    counts = w.preview_model.action_counts()
    assert counts.get("update") == 1 and not counts.get("create") and not counts.get("reject")
