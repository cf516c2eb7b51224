"""Fields are shown by their human label (store.labels), never by their column name."""

from __future__ import annotations

import openpyxl

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.models import MappingModel
from pmo_desktop.ui.viewkit.roles import Role

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
    choices = mapping.index(0, MappingModel.FIELD).data(Role.CHOICES)
    labels = [label for label, _field in choices]
    assert "Delivery confidence (DCA)" in labels and "Dca rating" not in labels
    assert not [t for t in labels if "_" in t or t.startswith(("Rag ", "Bac", "Eac", "Dca"))]
    assert ("Project name", "name") in choices  # the entity's own word for "name"


def _window(qtbot, tmp_path, settings, path):
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(path)
    return window


def test_menus_show_an_ampersand_as_written(qtbot, tmp_path, settings, demo_path):
    import shutil

    rd = tmp_path / "R&D.pmo"
    shutil.copyfile(demo_path, rd)
    window = _window(qtbot, tmp_path, settings, rd)
    # iconText() is the text as displayed: a lone "&" would be eaten as a mnemonic.
    assert window.view_actions["risks"].iconText() == "Risks & RAID"
    window.recent_menu.aboutToShow.emit()
    assert "R&D.pmo" in [a.iconText() for a in window.recent_menu.actions()]
    view = window.show_view("portfolio")
    view.filter_menu.aboutToShow.emit()
    shown = [a.iconText() for sub in view.filter_menu.actions() if sub.menu()
             for a in sub.menu().actions()]
    assert "Regulatory & Compliance" in shown


def test_one_file_is_one_file(qtbot, store, tmp_path):
    w = ImportWizard(store, [_project_tracker(tmp_path / "projects.xlsx")])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=TIMEOUT)
    text = w.tables_page.subtitle.text()
    assert text.startswith("1 table in 1 file.") and "files" not in text


def test_the_change_history_names_fields_by_their_label(qtbot, ctx):
    from pmo_desktop.ui.commands import EditFieldsCommand, run
    from pmo_desktop.ui.detail.view import ProjectDetailView

    pid = ctx.store.project_id("DCX-101")
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"dca_rating": "amber"}, "DCA"))
    view = ProjectDetailView(ctx)
    qtbot.addWidget(view)
    view.show_project("DCX-101")
    model = view.models["history"]
    fields = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "Delivery confidence (DCA)" in fields
    assert not [f for f in fields if f.startswith(("Dca", "Rag ", "Pct"))]
    from pmo_desktop.ui.viewkit.widgets import SectionTitle

    assert view._justification.findChild(SectionTitle).text() == "RAG justification"
