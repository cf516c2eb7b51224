"""The wizard's Tables & columns step: which table imports as what, how its columns are
matched, and the project its rows belong to when they do not name one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QLineEdit

from pmo_desktop.importing.api import needs_project
from pmo_desktop.importing.columns import DetectedTable
from pmo_desktop.store.labels import plural

from . import labels as L
from .labels import tr
from .models import MappingModel, TablesModel

if TYPE_CHECKING:
    from .wizard import ImportWizard


class TablesStep:
    """Keeps the Tables & columns page in step with its two models."""

    def __init__(self, wizard: ImportWizard) -> None:
        self.w = wizard
        self.page = wizard.tables_page
        self.tables_model = wizard.tables_model
        self.mapping_model = wizard.mapping_model
        self.empty_project_cells: set[int] = set()  # tables whose rows name no project

    def connect(self) -> None:
        self.page.tables_view.selectionModel().selectionChanged.connect(
            self.on_table_selection_changed)
        self.tables_model.table_changed.connect(self.on_table_changed)
        self.tables_model.modelReset.connect(self.on_tables_reset)
        self.mapping_model.mapping_changed.connect(self.on_mapping_changed)
        self.mapping_model.modelReset.connect(self.on_mapping_reset)

    def update_project_row(self) -> None:
        """Page 2 asks for the project when a table to import has no project column."""
        tables = self.tables_model.tables()
        lacking = [t for t in tables if needs_project(t, self.w.project_keys)]
        empty = [t for t in tables if id(t) in self.empty_project_cells and t not in lacking]
        page = self.page
        if not lacking and not empty:
            page.project_row.hide()
            return
        if lacking:
            sheets = ", ".join(dict.fromkeys(t.sheet for t in lacking))
            text = (tr("{s} has no project column: its rows belong to") if len(lacking) == 1
                    else tr("{s} have no project column: their rows belong to"))
        else:
            sheets = ", ".join(dict.fromkeys(t.sheet for t in empty))
            text = tr("Rows of {s} name no project: they belong to")
        page.project_note.setText(text.replace("{s}", sheets))
        page.project_note.setStyleSheet("" if self.w.project_code() else "font-weight: 600;")
        page.project_row.show()

    def on_tables_reset(self) -> None:
        view = self.page.tables_view
        for row in range(self.tables_model.rowCount()):
            view.openPersistentEditor(self.tables_model.index(row, TablesModel.ENTITY))
            view.openPersistentEditor(self.tables_model.index(row, TablesModel.HEADER))
            spin = view.indexWidget(self.tables_model.index(row, TablesModel.HEADER))
            line = spin.findChild(QLineEdit) if spin is not None else None
            if line is not None:
                line.deselect()
        n, files = self.tables_model.rowCount(), len({t.path for t in self.tables_model.tables()})
        self.page.subtitle.setText(
            tr("{n} in {f}. Check what each one imports as and how its "
               "columns are matched; your corrections are remembered for next time.")
            .replace("{n}", plural(n, "table")).replace("{f}", plural(files, "file")))
        if n:
            view.selectRow(self._first_importable_row())
        else:
            self.mapping_model.set_table(None)
        self.update_project_row()

    def _first_importable_row(self) -> int:
        tables = self.tables_model.tables()
        return next((i for i, t in enumerate(tables) if t.entity), 0)

    def on_table_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._show_mapping(self._selected_row())

    def _selected_row(self) -> int:
        rows = self.page.tables_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_mapping(self, row: int) -> None:
        if row < 0:
            self.mapping_model.set_table(None)
            self.page.mapping_title.setText("")
            return
        t = self.tables_model.table(row)
        self.mapping_model.set_table(t)
        self._set_mapping_title(t)

    def _set_mapping_title(self, t: DetectedTable) -> None:
        self.page.mapping_title.setText(
            tr("Columns of ") + f"{t.sheet} ({t.range}) → {L.entity_label(t.entity)}")

    def on_table_changed(self, row: int) -> None:
        self.w.plan = None
        if row == self._selected_row():
            self._show_mapping(row)
        self.update_project_row()
        self.w.update_buttons()  # Preview needs a table with an entity

    def on_mapping_changed(self) -> None:
        self.w.plan = None
        row = self._selected_row()
        if row >= 0:
            self.tables_model.refresh_row(row)
            self._set_mapping_title(self.tables_model.table(row))
        self._update_mapping_note()
        self.update_project_row()  # a column may have been mapped to the project

    def on_mapping_reset(self) -> None:
        view = self.page.mapping_view
        for row in range(self.mapping_model.rowCount()):
            view.openPersistentEditor(self.mapping_model.index(row, MappingModel.FIELD))
        self._update_mapping_note()

    def _update_mapping_note(self) -> None:
        t = self.mapping_model.table()
        if t is None:
            self.page.mapping_note.setText("")
            return
        unmapped = sum(1 for c in t.columns if not c.field)
        self.page.mapping_note.setText(
            (tr("{n} of {m} columns are not imported (amber rows): choose a field to "
                "import one.").replace("{n}", str(unmapped)).replace("{m}", str(len(t.columns)))
             if unmapped else tr("Every column is imported.")) +
            (tr("  ·  mapping from a saved profile") if t.profile else ""))
