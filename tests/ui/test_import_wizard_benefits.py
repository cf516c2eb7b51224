"""The import wizard and benefits registers: a register is found as benefits, previewed
and applied in one batch, and its kind can be switched like any other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.labels import entity_choices
from pmo_desktop.ui.importer.models import TablesModel
from tests.importing.conftest import write_book
from tests.importing.test_import_benefits import REGISTER

TIMEOUT = 20000


def test_a_benefits_register_is_previewed_and_applied_as_benefits(qtbot, store, tmp_path):
    assert ("Benefits", "benefit") in entity_choices()
    before = {b["ref"] for b in store.rows("benefit")}
    path = write_book(tmp_path / "benefits.xlsx", {"Benefits Register": REGISTER})
    w = ImportWizard(store, [path])
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.stack.currentIndex() == 1
    index = w.tables_model.index(0, TablesModel.ENTITY)
    assert index.data(Qt.ItemDataRole.EditRole) == "benefit"
    assert index.data() == "Benefits"

    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.preview_model.action_counts()["create"] == 3

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    added = {b["ref"]: b for b in store.rows("benefit")}
    assert sorted(set(added) - before) == ["DFD-B01", "DFD-B02", "DFD-B03"]
    assert added["DFD-B02"]["benefit_type"] == "cash_releasing"
