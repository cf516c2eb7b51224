"""The wizard's Files step: the file list's buttons, the project the rows belong to, and
what reading the files found (or why nothing can be imported from them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from pmo_desktop.importing.api import project_key
from pmo_desktop.operations.imports import FileRead
from pmo_desktop.store import StoreError
from pmo_desktop.store.portfolio_reads import project_count
from pmo_desktop.store.queries_project import project_index
from pmo_desktop.ui.runner import Task
from pmo_desktop.ui.viewkit.choices import ChoiceListModel, use_choices

from .labels import tr
from .tasks import projects_job

if TYPE_CHECKING:
    from .wizard import ImportWizard

BACKGROUND_FROM = 2000
"""Portfolios with at least this many projects read the project list off the GUI thread."""
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
        otherwise be 10,000 ``addItem`` calls on the GUI thread). A large portfolio's
        list is read off the GUI thread (``projects_job``) while the wizard opens; until
        it is in, the combos offer "No project" and a project asked for is chosen when
        the list arrives (``choose``)."""
        self.wanted: str | None = None
        self.projects_task: Task | None = None
        try:
            large = project_count(self.w.store) >= BACKGROUND_FROM
        except StoreError:
            large = False
        if not large:
            try:
                index = project_index(self.w.store)
            except StoreError:
                index = []
            self._set_projects(index)
            return
        self._set_projects([])
        task = self.projects_task = Task(projects_job(self.w.store))
        task.succeeded.connect(self._on_projects_read)
        task.finished.connect(self._on_projects_task_finished)
        task.start()

    def _set_projects(self, index: list[tuple[str, str]]) -> None:
        items: list[tuple[str | None, str]] = [
            (None, tr("No project (use the file's project column)"))]
        items += [(code, f"{code}  ·  {name}".rstrip(" ·")) for code, name in index]
        self.w.project_keys = {project_key(t) for pair in index for t in pair if t}
        model = ChoiceListModel(items, self.page)
        for combo in (self.page.project, self.w.tables_page.project):  # page 2 asks too
            use_choices(combo, model)

    def _on_projects_read(self, index: list[tuple[str, str]]) -> None:
        chosen = self.wanted or self.w.project_code()
        self._set_projects(index)
        if chosen:
            self.choose(chosen)

    def _on_projects_task_finished(self) -> None:
        task, self.projects_task = self.projects_task, None
        if task is not None:
            task.deleteLater()

    def stop(self) -> None:
        """End the project list's read before the wizard goes."""
        task, self.projects_task = self.projects_task, None
        if task is not None:
            task.cancel()
            task.succeeded.disconnect()
            task.finished.disconnect()
            task.wait()
            task.deleteLater()

    def choose(self, code: str | None) -> None:
        """Make ``code`` the project of both combos (once the list holds it)."""
        combo = self.page.project
        position = combo.findData(code)
        if position < 0 and code and self.projects_task is not None:
            self.wanted = code  # the list is still on its way
            return
        self.wanted = None
        combo.setCurrentIndex(max(0, position))

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
