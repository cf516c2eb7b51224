"""Fields are shown by their human label (store.labels), never by their column name."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from pmo_desktop.store.labels import field_label
from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.models import CHOICES_ROLE, MappingModel

TIMEOUT = 20000


def _project_tracker(path) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws.append(["Project code", "Project name", "DCA", "RAG justification",
               "Time tolerance"])
    ws.append(["NEW-001", "New thing", "Amber", "Supplier late", 10])
    wb.save(path)
    return str(path)


def test_the_wizard_shows_field_labels_not_column_names(qtbot, store, tmp_path):
    w = ImportWizard(store, [_project_tracker(tmp_path / "projects.xlsx")])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    mapping = w.mapping_model
    table = mapping.table()
    assert table is not None and table.entity == "project"
    shown = {c.header: mapping.index(i, MappingModel.FIELD).data()
             for i, c in enumerate(table.columns)}
    assert shown["DCA"] == "Delivery confidence (DCA)"
    assert shown["RAG justification"] == "RAG justification"
    assert shown["Time tolerance"] == "Time tolerance (days)"
    choices = mapping.index(0, MappingModel.FIELD).data(CHOICES_ROLE)
    labels = [label for label, _field in choices]
    assert "Delivery confidence (DCA)" in labels and "Dca rating" not in labels
    assert not [t for t in labels if "_" in t or t.startswith(("Rag ", "Bac", "Eac", "Dca"))]
    assert ("Project name", "name") in choices  # the entity's own word for "name"
