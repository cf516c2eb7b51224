"""The import history dialog: batches listed, undo, and a refused undo explained."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.importing.api import apply_plan, plan_tables, read_and_detect
from pmo_desktop.ui.importer import ImportHistoryDialog
from pmo_desktop.ui.importer.history import BatchesModel
from tests.conftest import FIXTURES

S09 = FIXTURES / "S09_matriz_problemas_es.xlsx"
PROJECT = "DCX-101"


def _import(store) -> int:
    tables = read_and_detect(str(S09), store=store)
    plan = plan_tables(store, tables, project_code=PROJECT)
    batch = apply_plan(store, plan, {"file_name": S09.name, "path": str(S09)})
    assert batch is not None
    return batch


def _dialog(qtbot, store) -> ImportHistoryDialog:
    h = ImportHistoryDialog(store)
    qtbot.addWidget(h)
    return h


def test_empty_history_says_so(qtbot, store):
    h = _dialog(qtbot, store)
    assert h.model.rowCount() == 0
    assert not h.undo_button.isEnabled()
    assert h.message.kind == "info"


def test_lists_batches_and_undoes(qtbot, store, qtmodeltester):
    first, second = _import(store), None
    h = _dialog(qtbot, store)
    qtmodeltester.check(h.model)
    assert h.model.rowCount() == 1
    assert h.model.index(0, BatchesModel.ID).data() == str(first)
    assert h.model.index(0, BatchesModel.FILE).data() == S09.name
    assert h.model.index(0, BatchesModel.CREATED).data() == "8"
    assert h.model.index(0, BatchesModel.STATE).data() == "Applied"
    issues = len(store.rows("issue", "project_id = ?", [store.project_id(PROJECT)]))
    with qtbot.waitSignal(h.batch_undone) as undone:
        qtbot.mouseClick(h.undo_button, Qt.MouseButton.LeftButton)
    assert undone.args == [first]
    assert len(store.rows("issue", "project_id = ?", [store.project_id(PROJECT)])) == issues - 8
    assert h.model.index(0, BatchesModel.STATE).data().startswith("Undone")
    assert not h.undo_button.isEnabled()
    assert second is None


def test_refused_undo_shows_the_conflict(qtbot, store):
    batch = _import(store)
    issue = store.rows("issue", "ref = ? AND project_id = ?",
                       ["I-002", store.project_id(PROJECT)])[0]
    with store.write(source="ui") as tx:
        tx.update("issue", issue["id"], {"owner": "Someone Else"})
    h = _dialog(qtbot, store)
    h.select_batch(batch)
    with qtbot.assertNotEmitted(h.batch_undone):
        qtbot.mouseClick(h.undo_button, Qt.MouseButton.LeftButton)
        assert h.busy  # the undo runs off the GUI thread
        qtbot.waitUntil(lambda: not h.busy)
    assert h.message.kind == "error"
    text = h.message.text.text()
    assert text.startswith("The import cannot be undone")
    assert h.message.text.textFormat() == Qt.TextFormat.PlainText
    assert store.list_batches()[0]["undone_at"] is None
