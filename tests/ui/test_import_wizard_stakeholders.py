"""The import wizard and stakeholder registers: a register is found as stakeholders,
previewed and applied in one batch, its section headings left out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.labels import entity_choices
from pmo_desktop.ui.importer.models import TablesModel
from tests.importing.conftest import write_book

TIMEOUT = 20000

REGISTER = [
    ["Stakeholder register — Digital ID"],
    ["Stakeholder", "Organisation", "Role in Project", "Power", "Interest",
     "Current Engagement", "Desired Engagement", "Relationship Owner"],
    ["Tremblay, Marc", "Ministry", "Executive Sponsor", "H", "H", "Unaware", "Leading",
     "Brown, Keisha"],
    ["Chen, Olivia", "Digital Service", "Business Owner", "M", "H", "Resistant", "Neutral",
     "Chen, Olivia"],
    ["Roy, Danielle", "Treasury Board", "Approver", "L", "M", "Neutral", "Supportive",
     "Brown, Keisha"],
]


def test_a_stakeholder_register_is_previewed_and_applied_as_stakeholders(qtbot, store,
                                                                         tmp_path):
    assert ("Stakeholders", "stakeholder") in entity_choices()
    before = {s["name"] for s in store.rows("stakeholder")}
    path = write_book(tmp_path / "stakeholders.xlsx", {"Stakeholders": REGISTER})
    w = ImportWizard(store, [path])
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.stack.currentIndex() == 1
    index = w.tables_model.index(0, TablesModel.ENTITY)
    assert index.data(Qt.ItemDataRole.EditRole) == "stakeholder"
    assert index.data() == "Stakeholders"

    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.preview_model.action_counts()["create"] == 3

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    added = {s["name"]: s for s in store.rows("stakeholder")}
    assert sorted(set(added) - before) == ["Chen, Olivia", "Roy, Danielle", "Tremblay, Marc"]
    assert added["Tremblay, Marc"]["power"] == 5
    assert added["Roy, Danielle"]["desired_engagement"] == "supportive"
