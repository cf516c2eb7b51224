"""The wizard's Files step: the file list's buttons, the project the rows belong to, and
what reading the files found (or why nothing can be imported from them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from pmo_desktop.operations.imports import FileRead
from pmo_desktop.store import StoreError
from pmo_desktop.store.queries_project import project_index
from pmo_desktop.ui.viewkit.choices import ChoiceListModel, use_choices

from .labels import tr

if TYPE_CHECKING:
    from .wizard import ImportWizard

FILE_FILTER = ("Spreadsheets and plans (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.xml *.mpp);;"
               "All files (*)")


class FilesStep:
    """Wires the Files page and hands the tables read to the Tables & columns page."""

    def __init__(self, wizard: ImportWizard) -> None:
        self.w = wizard
        self.page = wizard.files_page

    def connect(self) -> None:
        self.page.add_button.clicked.connect(self.on_add_clicked)
        self.page.remove_button.clicked.connect(self.on_remove_clicked)
        self.page.project.currentIndexChanged.connect(self.on_project_chosen)
        self.w.tables_page.project.currentIndexChanged.connect(self.on_project_chosen)

    def fill_projects(self) -> None:
        """Both project combos share one list model, set in one go (10,000 projects would
        otherwise be 10,000 ``addItem`` calls on the GUI thread)."""
        items: list[tuple[str | None, str]] = [
            (None, tr("No project (use the file's project column)"))]
        try:
            items += [(code, f"{code}  ·  {name}".rstrip(" ·"))
                      for code, name in project_index(self.w.store)]
        except StoreError:
            pass
        model = ChoiceListModel(items, self.page)
        for combo in (self.page.project, self.w.tables_page.project):  # page 2 asks too
            use_choices(combo, model)

    def on_project_chosen(self, index: int) -> None:
        for combo in (self.page.project, self.w.tables_page.project):
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)
        self.w.plan = None
        self.w.tables_step.update_project_row()

    def on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.w, tr("Import spreadsheets"), "",
                                                FILE_FILTER)
        self.w.add_paths(paths)

    def on_remove_clicked(self) -> None:
        view = self.page.files_view
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.page.files_model.removeRows(row, 1)

    def show_read(self, files: list[FileRead]) -> bool:
        """Take what reading found; True when there are tables to go on with."""
        w = self.w
        w.files = files
        w.new_projects = set()
        errors = [f.error for f in files if f.error]
        empty = [f.name for f in files if not f.error and not f.tables]
        tables = [t for f in files for t in f.tables]
        notes = errors + [tr("No table was found in ") + f"{name}." for name in empty]
        if not tables:
            self.page.message.show_message("error", "\n".join(notes) or
                                           tr("No table was found in these files."))
            w.files = []
            return False
        w.tables_model.set_tables(tables)
        if notes:
            w.tables_page.message.show_message(
                "error" if errors else "warning",
                "\n".join(notes) + "\n" + tr("Only the other files will be imported."))
        else:
            w.tables_page.message.clear()
        return True
