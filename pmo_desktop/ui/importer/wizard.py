"""The import wizard: choose files → check tables and columns → preview → apply.

Reading, planning and applying run the steps of ``operations/imports.py`` off the GUI
thread in the app's runner ``Task``, with the wizard's own progress bar and Stop button;
starting a step again cancels the previous run. Errors are shown
inline as one sentence naming the file (and sheet or row); nothing is written
before Apply, and a failed or cancelled apply writes nothing at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.importing.api import (
    Plan,
    Rejections,
    as_of_date,
    needs_project,
    rejections,
    save_profile,
)
from pmo_desktop.operations import Result
from pmo_desktop.operations.imports import FileRead, empty_template, empty_template_error
from pmo_desktop.store import Store, StoreError
from pmo_desktop.store.labels import plural

from . import labels as L
from .models import MappingModel, TablesModel
from .pages import DonePage, FilesPage, PreviewPage, TablesPage
from .preview import PlanSummaryModel, PreviewFilterProxy, PreviewModel
from .tasks import Job, apply_job, detect_job, plan_job
from pmo_desktop.ui.plain import plain_label, plain_tip
from pmo_desktop.ui.runner import Task

from .widgets import MessageBar, StepHeader

tr = L.tr
FILES, TABLES, PREVIEW, DONE = range(4)
# what a rejected row says to do about its project, in the wizard's words
HINTS = {"no_project": "choose the project on the Tables & columns page",
         "new_project": "tick it under New projects to add it"}
FILE_FILTER = ("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.xml);;"
               "All files (*)")


class ImportWizard(QDialog):
    """Import team trackers into the portfolio, showing every change before it is made.

    Signals:
        import_applied(int): the id of the import batch just written.
        applied(object): the ``Result`` of that import (what it created and updated).
    """

    import_applied = Signal(int)
    applied = Signal(object)

    def __init__(self, store: Store, paths: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(tr("Import"))
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)
        self.resize(1100, 700)
        self.store = store
        self.as_of = as_of_date(store)
        self.files: list[FileRead] = []
        self.plan: Plan | None = None
        self.batch_id: int | None = None
        # projects rows name that are not in the portfolio, ticked to be created (by name)
        self.new_projects: set[str] = set()
        self._empty_project_cells: set[int] = set()  # tables whose rows name no project
        self.task: Task | None = None
        self._task_kind = ""
        self.tables_model = TablesModel(self.as_of, store.load_mapping_profile, self)
        self.mapping_model = MappingModel(self)
        self.summary_model = PlanSummaryModel(self)
        self.preview_model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self)
        self._build_ui()
        self._fill_projects()
        self._connect()
        if paths:
            self.add_paths(paths)
            self.read_files()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.steps = StepHeader(self)
        layout.addWidget(self.steps)
        layout.addSpacing(6)
        self.stack = QStackedWidget(self)
        self.files_page = FilesPage(self.stack)
        self.tables_page = TablesPage(self.tables_model, self.mapping_model, self.stack)
        self.preview_page = PreviewPage(self.summary_model, self.preview_model, self.proxy,
                                        self.stack)
        self.done_page = DonePage(self.stack)
        for page in (self.files_page, self.tables_page, self.preview_page, self.done_page):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addSpacing(6)
        footer = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(False)
        self.status = plain_label("", self, name="import_status")
        self.stop_button = QPushButton(tr("Stop"), self)
        self.stop_button.setObjectName("import_stop")
        footer.addWidget(self.progress)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.stop_button)
        footer.addSpacing(12)
        self.back_button = QPushButton(tr("Back"), self)
        self.back_button.setObjectName("import_back")
        self.next_button = QPushButton(tr("Next"), self)
        self.next_button.setObjectName("import_next")
        self.next_button.setDefault(True)
        self.close_button = QPushButton(tr("Cancel"), self)
        self.close_button.setObjectName("import_close")
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)
        self._set_busy(False)

    def _connect(self) -> None:
        self.files_page.add_button.clicked.connect(self._on_add_clicked)
        self.files_page.remove_button.clicked.connect(self._on_remove_clicked)
        self.files_page.files_model.rowsInserted.connect(self._on_files_changed)
        self.files_page.files_model.rowsRemoved.connect(self._on_files_changed)
        self.tables_page.tables_view.selectionModel().selectionChanged.connect(
            self._on_table_selection_changed)
        self.tables_model.table_changed.connect(self._on_table_changed)
        self.tables_model.modelReset.connect(self._on_tables_reset)
        self.mapping_model.mapping_changed.connect(self._on_mapping_changed)
        self.mapping_model.modelReset.connect(self._on_mapping_reset)
        self.preview_page.filters.buttonClicked.connect(self._on_filter_clicked)
        self.preview_page.summary_view.selectionModel().selectionChanged.connect(
            self._on_summary_selection_changed)
        self.preview_page.new_projects.itemChanged.connect(self._on_new_project_ticked)
        self.files_page.project.currentIndexChanged.connect(self._on_project_chosen)
        self.tables_page.project.currentIndexChanged.connect(self._on_project_chosen)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)

    def _fill_projects(self) -> None:
        combo = self.files_page.project
        combo.addItem(tr("No project (use the file's project column)"), None)
        try:
            projects = sorted(self.store.rows("project"), key=lambda p: str(p.get("code")))
        except StoreError:
            projects = []
        for p in projects:
            combo.addItem(f"{p['code']}  ·  {p.get('name') or ''}".rstrip(" ·"), p["code"])
        self.tables_page.project.setModel(combo.model())  # page 2 asks the same question

    @Slot(int)
    def _on_project_chosen(self, index: int) -> None:
        for combo in (self.files_page.project, self.tables_page.project):
            if combo.currentIndex() != index:
                combo.setCurrentIndex(index)
        self.plan = None
        self._update_project_row()

    # -- files -------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        model = self.files_page.files_model
        current = model.stringList()
        new = [str(p) for p in paths if str(p) not in current]
        if new:
            model.setStringList(current + new)
            self._on_files_changed()

    def paths(self) -> list[str]:
        return self.files_page.files_model.stringList()

    def project_code(self) -> str | None:
        value = self.files_page.project.currentData()
        return str(value) if value else None

    def set_project(self, code: str | None) -> None:
        combo = self.files_page.project
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _update_project_row(self) -> None:
        """Page 2 asks for the project when a table to import has no project column."""
        tables = self.tables_model.tables()
        lacking = [t for t in tables if needs_project(t)]
        empty = [t for t in tables if id(t) in self._empty_project_cells and t not in lacking]
        page = self.tables_page
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
        page.project_note.setStyleSheet("" if self.project_code() else "font-weight: 600;")
        page.project_row.show()

    @Slot()
    def _on_add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Import spreadsheets"), "", FILE_FILTER)
        self.add_paths(paths)

    @Slot()
    def _on_remove_clicked(self) -> None:
        view = self.files_page.files_view
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.files_page.files_model.removeRows(row, 1)

    @Slot()
    def _on_files_changed(self) -> None:
        self.files = []  # the list changed: read again before going on
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.stack.currentIndex() == FILES and self.task is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # -- step 1 → 2: read ---------------------------------------------------------------
    def read_files(self) -> None:
        paths = self.paths()
        if not paths:
            return
        self.files_page.message.clear()
        self._start("read", detect_job(self.store, paths, self.as_of),
                    tr("Reading ") + (Path(paths[0]).name if len(paths) == 1
                                      else plural(len(paths), "file")) + "…")

    def _read_done(self, files: list[FileRead]) -> None:
        self.files = files
        self.new_projects = set()
        errors = [f.error for f in files if f.error]
        empty = [f.name for f in files if not f.error and not f.tables]
        tables = [t for f in files for t in f.tables]
        notes = errors + [tr("No table was found in ") + f"{name}." for name in empty]
        if not tables:
            self.files_page.message.show_message("error", "\n".join(notes) or
                                                 tr("No table was found in these files."))
            self.files = []
            return
        self.tables_model.set_tables(tables)
        if notes:
            self.tables_page.message.show_message(
                "error" if errors else "warning",
                "\n".join(notes) + "\n" + tr("Only the other files will be imported."))
        else:
            self.tables_page.message.clear()
        self._go(TABLES)

    # -- step 2: tables and columns -------------------------------------------------------
    @Slot()
    def _on_tables_reset(self) -> None:
        view = self.tables_page.tables_view
        for row in range(self.tables_model.rowCount()):
            view.openPersistentEditor(self.tables_model.index(row, TablesModel.ENTITY))
            view.openPersistentEditor(self.tables_model.index(row, TablesModel.HEADER))
            spin = view.indexWidget(self.tables_model.index(row, TablesModel.HEADER))
            line = spin.findChild(QLineEdit) if spin is not None else None
            if line is not None:
                line.deselect()
        n, files = self.tables_model.rowCount(), len({t.path for t in self.tables_model.tables()})
        self.tables_page.subtitle.setText(
            tr("{n} in {f}. Check what each one imports as and how its "
               "columns are matched; your corrections are remembered for next time.")
            .replace("{n}", plural(n, "table")).replace("{f}", plural(files, "file")))
        if n:
            view.selectRow(self._first_importable_row())
        else:
            self.mapping_model.set_table(None)
        self._update_project_row()

    def _first_importable_row(self) -> int:
        tables = self.tables_model.tables()
        return next((i for i, t in enumerate(tables) if t.entity), 0)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._show_mapping(self._selected_table_row())

    def _selected_table_row(self) -> int:
        rows = self.tables_page.tables_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_mapping(self, row: int) -> None:
        if row < 0:
            self.mapping_model.set_table(None)
            self.tables_page.mapping_title.setText("")
            return
        t = self.tables_model.table(row)
        self.mapping_model.set_table(t)
        self.tables_page.mapping_title.setText(
            tr("Columns of ") + f"{t.sheet} ({t.range}) → {L.entity_label(t.entity)}")

    @Slot(int)
    def _on_table_changed(self, row: int) -> None:
        self.plan = None
        if row == self._selected_table_row():
            self._show_mapping(row)
        self._update_project_row()
        self._update_buttons()  # Preview needs a table with an entity

    @Slot()
    def _on_mapping_changed(self) -> None:
        self.plan = None
        row = self._selected_table_row()
        if row >= 0:
            self.tables_model.refresh_row(row)
            t = self.tables_model.table(row)
            self.tables_page.mapping_title.setText(
                tr("Columns of ") + f"{t.sheet} ({t.range}) → {L.entity_label(t.entity)}")
        self._update_mapping_note()
        self._update_project_row()  # a column may have been mapped to the project

    @Slot()
    def _on_mapping_reset(self) -> None:
        view = self.tables_page.mapping_view
        for row in range(self.mapping_model.rowCount()):
            view.openPersistentEditor(self.mapping_model.index(row, MappingModel.FIELD))
        self._update_mapping_note()

    def _update_mapping_note(self) -> None:
        t = self.mapping_model.table()
        if t is None:
            self.tables_page.mapping_note.setText("")
            return
        unmapped = sum(1 for c in t.columns if not c.field)
        self.tables_page.mapping_note.setText(
            (tr("{n} of {m} columns are not imported (amber rows): choose a field to "
                "import one.").replace("{n}", str(unmapped)).replace("{m}", str(len(t.columns)))
             if unmapped else tr("Every column is imported.")) +
            (tr("  ·  mapping from a saved profile") if t.profile else ""))

    # -- step 2 → 3: plan ---------------------------------------------------------------
    def make_plan(self) -> None:
        tables = self.tables_model.tables()
        self.tables_page.message.clear() if self.tables_page.message.kind != "error" else None
        self._start("plan", plan_job(self.store, tables, self.project_code(), self.as_of,
                                     self.new_projects, HINTS),
                    tr("Comparing with the portfolio…"))

    def _plan_done(self, plan: Plan) -> None:
        self.plan = plan
        self.summary_model.set_plan(plan)
        self.preview_model.set_plan(plan)
        self.preview_page.set_counts(self.preview_model.action_counts())
        self.preview_page.filter_buttons["all"].setChecked(True)
        self.proxy.set_action(None)
        self.proxy.set_table(None)
        counts = self.preview_model.action_counts()
        self.preview_page.subtitle.setText(
            tr("{c} new, {u} changed, {s} unchanged, {k} skipped and {r} rejected rows. "
               "Nothing has been written yet.")
            .replace("{c}", f"{counts['create']:,}").replace("{u}", f"{counts['update']:,}")
            .replace("{s}", f"{counts['unchanged']:,}").replace("{k}", f"{counts['skipped']:,}")
            .replace("{r}", f"{counts['rejected']:,}"))
        self._show_new_projects(plan)
        self._empty_project_cells = {id(tp.table) for tp in plan.tables if tp.no_project}
        self._update_project_row()
        self._show_plan_message(plan, counts)
        self._go(PREVIEW)

    def _show_new_projects(self, plan: Plan) -> None:
        """The projects rows name that the portfolio does not hold, ticked when created."""
        page = self.preview_page
        found = plan.new_projects()
        page.new_projects.blockSignals(True)
        page.new_projects.clear()
        for p in found:
            rows = len(p.rows)
            item = QListWidgetItem(
                f"{p.name}  →  {p.code}    " +
                (tr("{n} rows") if rows != 1 else tr("{n} row")).replace("{n}", f"{rows:,}"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.created else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            item.setToolTip(plain_tip(tr("Rows ") + ", ".join(str(r) for r in p.rows[:20]) +
                                      (" …" if rows > 20 else "")))
            page.new_projects.addItem(item)
        listed = [(tp.table.sheet, r) for tp in plan.tables if tp.entity == "project"
                  for r in tp.records if r.action == "create"]
        for sheet, r in listed:  # a project list creates what it lists: shown, not asked
            item = QListWidgetItem(f"{r.values.get('name') or r.key}  →  {r.key}    " +
                                   tr("from the project list") + f" ({sheet})")
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # ticked, greyed
            item.setCheckState(Qt.CheckState.Checked)
            page.new_projects.addItem(item)
        page.new_projects.blockSignals(False)
        page.new_projects_note.setText(tr(
            "Rows name these projects, which are not in the portfolio. Tick a project to "
            "create it with this import; the rows of an unticked one are not imported.")
            if found else tr("The project list creates these projects."))
        page.new_projects_box.setVisible(bool(found or listed))

    @Slot(QListWidgetItem)
    def _on_new_project_ticked(self, item: QListWidgetItem) -> None:
        name = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.new_projects.add(name)
        else:
            self.new_projects.discard(name)
        self.make_plan()  # those rows are allowed (or rejected) now

    def _show_plan_message(self, plan: Plan, counts: dict[str, int]) -> None:
        bar = self.preview_page.message
        warnings = _folded_warnings(plan)
        known = [tp for tp in plan.tables if tp.entity]
        if empty_template(plan.tables):
            bar.show_message("error", empty_template_error(
                sorted({tp.table.file_name for tp in known})))
        elif not known:
            bar.show_message("error", tr("No table is set to be imported: choose what each "
                                         "table imports as on the previous page."))
        elif plan.writes == 0 and not counts["rejected"]:
            bar.show_message("info", tr("Nothing to write: everything in these files is "
                                        "already in the portfolio.") +
                             ("\n" + "\n".join(warnings) if warnings else ""))
        elif plan.writes == 0:
            why = rejections(plan.tables)
            assert why is not None
            bar.show_message("error", "\n".join([_nothing_imported(why), *warnings]))
        elif counts["rejected"] or warnings:
            text = (tr("{n} rows will not be imported; show Rejected to see the row, column "
                       "and reason of each.").replace("{n}", f"{counts['rejected']:,}")
                    if counts["rejected"] else "")
            for kind in ("new_project", "no_project"):  # the sentences lead the text
                why = rejections(plan.tables, kind)
                if why is not None:
                    text = _rejected_for_project(why) + " " + text
            bar.show_message("warning", "\n".join(([text] if text else []) + warnings))
        else:
            bar.clear()

    @Slot(QAbstractButton)
    def _on_filter_clicked(self, button: QAbstractButton) -> None:
        key = button.objectName().removeprefix("import_filter_")
        self.proxy.set_action(None if key == "all" else key)

    def set_action_filter(self, action: str | None) -> None:
        self.preview_page.filter_buttons[action or "all"].click()

    @Slot(QItemSelection, QItemSelection)
    def _on_summary_selection_changed(self, _sel: QItemSelection, _d: QItemSelection) -> None:
        rows = self.preview_page.summary_view.selectionModel().selectedRows()
        self.proxy.set_table(rows[0].row() if rows else None)

    # -- step 3 → 4: apply --------------------------------------------------------------
    def apply(self) -> None:
        if self.plan is None or self.plan.writes == 0:
            return
        self.preview_page.message.clear()
        readable = [f for f in self.files if f.tables]  # the batch records these files
        self._start("apply", apply_job(self.store, self.plan, readable, self.project_code()),
                    tr("Writing to the portfolio…"))

    def _apply_done(self, result: Result) -> None:
        batch_id = self.batch_id = result.batch_id
        for table in self.tables_model.edited_tables():
            try:
                save_profile(self.store, table)
            except StoreError:
                pass  # the import is in; a lost profile only means re-mapping next time
        counts = self.preview_model.action_counts()
        page = self.done_page
        if batch_id is None:
            page.title.setText(tr("Nothing to write"))
            page.summary.setText(tr("Everything in these files is already in the portfolio."))
            page.note.setText("")
        else:
            page.title.setText(tr("Import applied"))
            page.summary.setText(
                tr("Batch {b}: {c} records created and {u} updated from {f}.")
                .replace("{b}", str(batch_id)).replace("{c}", f"{counts['create']:,}")
                .replace("{u}", f"{counts['update']:,}")
                .replace("{f}", ", ".join(f.name for f in self.files if f.tables)))
            skipped = counts["skipped"] + counts["rejected"]
            page.note.setText(
                (tr("{n} rows were skipped or rejected. ").replace("{n}", f"{skipped:,}")
                 if skipped else "") +
                tr("You can undo this import from File › Import history."))
            self.import_applied.emit(batch_id)
            self.applied.emit(result)
        self._go(DONE)

    # -- navigation ---------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.steps.set_current(step)
        self._update_buttons()

    @Slot()
    def _on_next_clicked(self) -> None:
        step = self.stack.currentIndex()
        if step == FILES:
            if self.files and [f.path for f in self.files] == self.paths():
                self._go(TABLES)
            else:
                self.read_files()
        elif step == TABLES:
            self.make_plan()
        elif step == PREVIEW:
            self.apply()
        else:
            self.accept()

    @Slot()
    def _on_close_clicked(self) -> None:
        if self.stack.currentIndex() == DONE:
            self.accept()
        else:
            self.reject()

    @Slot()
    def _on_back_clicked(self) -> None:
        step = self.stack.currentIndex()
        if step in (TABLES, PREVIEW):
            self._go(step - 1)

    def _update_buttons(self) -> None:
        step, busy = self.stack.currentIndex(), self.task is not None
        self.back_button.setVisible(step in (TABLES, PREVIEW))
        self.back_button.setEnabled(not busy)
        text = {FILES: tr("Next"), TABLES: tr("Preview"), PREVIEW: tr("Apply"),
                DONE: tr("Close")}[step]
        if step == PREVIEW and self.plan is not None and self.plan.writes:
            text = tr("Apply {n} changes").replace("{n}", f"{self.plan.writes:,}")
        self.next_button.setText(text)
        self.next_button.setObjectName("primary" if step in (PREVIEW, DONE) else "import_next")
        self.next_button.setProperty("step", step)
        enabled = {FILES: bool(self.paths()),
                   TABLES: any(t.entity for t in self.tables_model.tables()),
                   PREVIEW: self.plan is not None and self.plan.writes > 0,
                   DONE: True}[step]
        self.next_button.setEnabled(enabled and not busy)
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)
        self.next_button.setMinimumWidth(self.next_button.sizeHint().width())
        self.next_button.updateGeometry()
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()  # the primary style is wider: lay the footer out now
        self.next_button.setVisible(step != DONE)
        self.close_button.setText(tr("Close") if step == DONE else tr("Cancel"))
        self.files_page.setEnabled(not busy)
        self.tables_page.setEnabled(not busy)
        self.preview_page.setEnabled(not busy)

    # -- running a task ------------------------------------------------------------------
    def _start(self, kind: str, job: Job, text: str) -> None:
        self._stop_task()
        self._task_kind = kind
        self.task = Task(job)
        self.task.progress.connect(self._on_task_progress)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.status.setText(text)
        self.progress.setValue(0)
        self._set_busy(True)
        self.task.start()

    def is_busy(self) -> bool:
        return self.task is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        if not busy:
            self.status.setText("")
        self._update_buttons() if hasattr(self, "stack") else None

    def _stop_task(self, wait: bool = True) -> None:
        task = self.task
        if task is None:
            return
        task.cancel()
        for signal in (task.progress, task.succeeded, task.failed, task.finished):
            signal.disconnect()
        if wait:
            task.wait()
        task.deleteLater()
        self.task = None
        self._set_busy(False)
        if wait and task.ok and self._task_kind == "apply":
            self._apply_done(task.value)  # it committed before the cancel reached it

    @Slot(int, str)
    def _on_task_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text and self._task_kind != "read":
            self.status.setText(text)

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        kind, cancelled = self._task_kind, self.task is not None and self.task.is_cancelled()
        if kind == "apply":
            self._apply_done(result)  # a committed apply is reported even after Stop
        elif not cancelled:
            done: dict[str, Callable[[Any], None]] = {"read": self._read_done,
                                                      "plan": self._plan_done}
            done[kind](result)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        bar: MessageBar = {"read": self.files_page.message, "plan": self.tables_page.message,
                           "apply": self.preview_page.message}[self._task_kind]
        if message:
            bar.show_message("error", message)
        elif self._task_kind == "apply":
            bar.show_message("info", tr("The import was cancelled; nothing was written."))

    @Slot()
    def _on_task_finished(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.deleteLater()
        self._set_busy(False)

    @Slot()
    def _on_stop_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(tr("Stopping…"))

    # -- closing ------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._stop_task()  # an apply in flight rolls back; the thread ends before we go
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_task()
        super().closeEvent(event)


def _rejected_for_project(why: Rejections) -> str:
    """What rows rejected for their project need (``why.kind`` is a project kind)."""
    n = f"{why.count:,}"
    if why.kind == "no_project":
        return (tr("{n} rows need a project: choose one on the Tables & columns page (Back).")
                if why.count != 1 else
                tr("{n} row needs a project: choose one on the Tables & columns page (Back)."
                   )).replace("{n}", n)
    return (tr("{n} rows name projects that are not in the portfolio ({p}): tick the ones "
               "to create under New projects.") if why.count != 1 else
            tr("{n} row names a project that is not in the portfolio ({p}): tick it under "
               "New projects to create it.")).replace("{n}", n).replace("{p}", why.detail)


def _folded_warnings(plan: Plan) -> list[str]:
    """Each table warning once, after the sheets it applies to ("RACI, Stakeholders and 4
    more: Not imported: …"), so six sheets of the same kind do not fill the message bar."""
    sheets: dict[str, list[str]] = {}
    for tp in plan.tables:
        for w in tp.warnings:
            names = sheets.setdefault(w, [])
            if tp.table.sheet not in names:
                names.append(tp.table.sheet)
    out = []
    for w, names in sheets.items():
        where = ", ".join(names[:3]) + (tr(" and {n} more").replace("{n}", str(len(names) - 3))
                                        if len(names) > 3 else "")
        out.append(f"{where}: {w}")
    return out


def _nothing_imported(why: Rejections) -> str:
    """Every row was rejected: the commonest reason, and what to do about it."""
    if why.kind != "other":
        return _rejected_for_project(why)
    return ((tr("No row can be imported: {n} of the {r} rejected rows fail on “{d}”.")
             if why.count < why.rows else tr("No row can be imported: all {r} fail on “{d}”."))
            .replace("{n}", f"{why.count:,}").replace("{r}", f"{why.rows:,}")
            .replace("{d}", why.detail) + " " +
            tr("Show Rejected to see the row, column and reason of each."))
