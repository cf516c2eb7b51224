"""The import wizard and intake lists (issue 17): a demand list is found as proposals,
its score and objective columns shown as used, its scores and objective links previewed
beside the proposals and applied in one batch."""

from __future__ import annotations

from datetime import date
from PySide6.QtCore import Qt

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.labels import field_label
from pmo_desktop.ui.importer.models import TablesModel
from tests.importing.conftest import write_book

TIMEOUT = 20000

ROWS = [
    ["Idea", "Requested by", "Business unit", "Estimated cost", "Strategic objectives",
     "Status", "Date submitted", "Strategic alignment", "Financial return"],
    ["Branch queue app", "Priya Raman", "Retail", 120000, "Grow digital self-service",
     "Submitted", date(2026, 10, 1), 4, 3],
    ["Paperless payroll", "Martin O'Connor", "Finance", 60000,
     "Cut the cost to serve by 15 %", "Idea", date(2026, 10, 20), 2, 4],
]


def test_an_intake_list_is_previewed_and_applied_as_proposals(qtbot, store, tmp_path):
    before = len(store.rows("proposal"))
    w = ImportWizard(store, [write_book(tmp_path / "ideas.xlsx", {"Ideas": ROWS})])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.stack.currentIndex() == 1
    tables = w.tables_model
    assert tables.index(0, TablesModel.ENTITY).data(Qt.ItemDataRole.EditRole) == "proposal"
    assert field_label("_score:Financial return") == "Score on Financial return"

    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert w.preview_model.action_counts()["create"] == 2 + 4 + 2
    labels = {w.summary_model.index(r, 2).data() for r in range(w.summary_model.rowCount())}
    assert {"Proposals", "Scores", "Objectives served"} <= labels

    with qtbot.waitSignal(w.import_applied, timeout=TIMEOUT):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    assert len(store.rows("proposal")) == before + 2
    new = {p["name"]: p for p in store.rows("proposal")}
    assert new["Branch queue app"]["status"] == "submitted"
    assert new["Paperless payroll"]["code"].startswith("PRO-")
