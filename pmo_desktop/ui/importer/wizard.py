"""The import wizard: choose files → check tables and columns → preview → apply.

Reading, planning and applying run the steps of ``operations/imports.py`` off the GUI
thread in the app's runner ``Task``, with the wizard's own progress bar and Stop button;
starting a step again cancels the previous run. Errors are shown
inline as one sentence naming the file (and sheet or row); nothing is written
before Apply, and a failed or cancelled apply writes nothing at all.

This module is the wizard's frame: its layout, the steps' wiring and navigation, running
each step's job, and the apply. What each page shows is in ``step_files``,
``step_tables`` and ``step_preview``; what the Preview says about a plan in ``messages``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.importing.api import Plan, as_of_date
from pmo_desktop.operations import Result
from pmo_desktop.operations.imports import FileRead, remember_mappings
from pmo_desktop.store import Store, StoreError
from pmo_desktop.store.labels import plural
from pmo_desktop.ui.plain import plain_label
from pmo_desktop.ui.runner import Task

from .labels import tr
from .messages import HINTS
from .models import MappingModel, TablesModel
from .pages import DonePage, FilesPage, PreviewPage, TablesPage
from .preview import PlanSummaryModel, PreviewFilterProxy, PreviewModel
from .step_files import FilesStep
from .step_preview import PreviewStep
from .step_tables import TablesStep
from .tasks import Job, apply_job, detect_job, plan_job
from .widgets import MessageBar, StepHeader

FILES, TABLES, PREVIEW, DONE = range(4)


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
        # the portfolio's project codes and names (api.project_key): a sheet named after
        # one holds that project's rows
        self.project_keys: set[str] = set()
        self.task: Task | None = None
        self._task_kind = ""
        self.tables_model = TablesModel(self.as_of, store.load_mapping_profile, self)
        self.mapping_model = MappingModel(self)
        self.summary_model = PlanSummaryModel(self)
        self.preview_model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self)
        self._build_ui()
        self.files_step = FilesStep(self)
        self.tables_step = TablesStep(self)
        self.preview_step = PreviewStep(self)
        self.files_step.fill_projects()
        self._connect()
        if paths:
            self.add_paths(paths)
            self.read_files()
        self.update_buttons()

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
        self.files_page.files_model.rowsInserted.connect(self._on_files_changed)
        self.files_page.files_model.rowsRemoved.connect(self._on_files_changed)
        for step in (self.files_step, self.tables_step, self.preview_step):
            step.connect()
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)

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
        self.files_step.choose(code)

    @Slot()
    def _on_files_changed(self) -> None:
        self.files = []  # the list changed: read again before going on
        self.update_buttons()

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
        if self.files_step.show_read(files):
            self._go(TABLES)

    # -- step 2 → 3: plan ---------------------------------------------------------------
    def make_plan(self) -> None:
        tables = self.tables_model.tables()
        self.tables_page.message.clear() if self.tables_page.message.kind != "error" else None
        self._start("plan", plan_job(self.store, tables, self.project_code(), self.as_of,
                                     self.new_projects, HINTS,
                                     self.files_page.roll_up.isChecked()),
                    tr("Comparing with the portfolio…"))

    def set_action_filter(self, action: str | None) -> None:
        self.preview_step.set_action_filter(action)

    def _plan_done(self, plan: Plan) -> None:
        self.preview_step.show_plan(plan)
        self._go(PREVIEW)

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
        # The import is in; a mapping not remembered only means re-mapping next time.
        remember_mappings(self.store, self.tables_model.edited_tables())
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
        self.update_buttons()

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

    def update_buttons(self) -> None:
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
        self.update_buttons() if hasattr(self, "stack") else None

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
        self.files_step.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_task()
        self.files_step.stop()
        super().closeEvent(event)

