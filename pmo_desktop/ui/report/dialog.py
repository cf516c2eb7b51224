"""The steering-pack dialog: options, saved presets, a build off the GUI thread.

Options: period (now, or a closed period), scope (programmes and projects), sections,
paper and orientation, marking, forum, meeting date, version and the output file
(``form.PackForm``, ``scope.ScopeModel``). Presets and the last options are kept in
``QSettings`` (``presets``).

The dialog shows at once: the closed periods and the projects are read off the GUI
thread (``ctx.runner.query``), with "Loading…" in place of the scope and Build and the
presets disabled until they are in (``loaded``, ``choices_loaded``). The build is the
operation ``operations.packs.build_pack`` (it writes the PDF and records it in the
portfolio), run off the GUI thread by ``ctx.runner.op`` with this dialog's own progress
bar and Cancel; when done the PDF is opened with the system viewer (``pack_file``).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QProgressBar, QPushButton, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from pmo_desktop.operations import Cancelled, Progress, Result
from pmo_desktop.store import Store
from pmo_desktop.store.pack_record import PackChoices, pack_choices

from ..context import AppContext
from ..plain import plain_label
from ..viewkit.i18n import tr
from ..viewkit.widgets import EmptyState, named_button
from . import presets as saved
from .form import MARKINGS, PackForm
from .pack_file import PackFileActions, UrlOpener
from .presets import FOLDER_KEY, GEOMETRY_KEY, LAST_KEY, PRESETS_KEY
from .scope import CODE_ROLE, ScopeModel

if TYPE_CHECKING:
    from pmo_desktop.reports.api import PackOptions, PackResult


def _import_pack_layout(_store: Store) -> None:
    """Import the pack's layout (reportlab: a quarter of a second) on the runner's
    thread once the dialog is filled, not on the GUI thread at the first Build."""
    import pmo_desktop.operations.packs  # noqa: F401


def _ignore(_value: object) -> None:
    pass


class ReportDialog(QDialog):
    """Choose what to print and build the steering committee pack.

    Signals:
        choices_loaded(): the periods and projects are in; Build is enabled.
        pack_built(object): the ``PackResult`` of a finished build (after recording).
        build_progress(int, str): percent done and what is being laid out (emitted
            from the build's thread; connected queued to the progress bar).
    """

    choices_loaded = Signal()
    pack_built = Signal(object)
    build_progress = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 open_url: UrlOpener | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("report_dialog")
        self.setWindowTitle(tr("Steering committee pack"))
        self.building = False  # a build is running (in ``ctx.runner``)
        self._cancel = threading.Event()  # set by Cancel; the build polls it
        self.pack_result: PackResult | None = None
        self.choices: PackChoices | None = None  # None until read
        self.build_progress.connect(self._on_build_progress,
                                    Qt.ConnectionType.QueuedConnection)
        self.form = PackForm(self, ctx.as_of())
        self.file = PackFileActions(self, open_url or QDesktopServices.openUrl, self._show)
        form = self.form  # its widgets by name, as on the dialog before it had a module
        self.period, self.forum, self.meeting = form.period, form.forum, form.meeting
        self.version, self.marking, self.paper = form.version, form.marking, form.paper
        self.portrait, self.landscape, self.sections = form.portrait, form.landscape, form.sections
        self.open_pdf_button, self.show_folder_button, self.copy_path_button = self.file.buttons()
        self._build_ui()
        self._restore()
        self._set_loading(True)
        ctx.runner.query(pack_choices, self._on_choices, key=f"report-choices-{id(self)}",
                         on_error=self._on_choices_failed)

    @property
    def loaded(self) -> bool:
        """Whether the periods and projects are in (Build waits for them)."""
        return self.choices is not None

    # -- layout ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        presets = QHBoxLayout()
        self.preset = QComboBox(self)
        self.preset.setObjectName("report_preset")
        self.preset.setMinimumWidth(200)
        self.preset.activated.connect(self._on_preset_activated)
        self.save_preset = named_button(tr("Save preset…"), "report_save_preset",
                                        self._on_save_preset_clicked, self)
        self.delete_preset = named_button(tr("Delete"), "report_delete_preset",
                                          self._on_delete_preset_clicked, self)
        presets.addWidget(QLabel(tr("Preset"), self))
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.save_preset)
        presets.addWidget(self.delete_preset)
        layout.addLayout(presets)

        columns = QHBoxLayout()
        columns.addWidget(self.form.options_box, 3)
        columns.addWidget(self._scope_box(), 2)
        columns.addWidget(self.form.sections_box, 2)
        layout.addLayout(columns, 1)

        out = QHBoxLayout()
        self.out = QLineEdit(self)
        self.out.setObjectName("report_out")
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        out.addWidget(QLabel(tr("Save as"), self))
        out.addWidget(self.out, 1)
        out.addWidget(browse)
        layout.addLayout(out)

        self.open_when_done = QCheckBox(tr("Open the PDF when it is ready"), self)
        self.open_when_done.setObjectName("report_open")
        self.open_when_done.setChecked(True)
        layout.addWidget(self.open_when_done)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = plain_label("", self)  # shows paths and error texts
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in self.file.buttons():  # what to do with the pack just written
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.build_button = QPushButton(tr("Build pack"), self)
        self.build_button.setObjectName("report_build")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self._on_build_clicked)
        self.cancel_button = QPushButton(tr("Close"), self)
        self.cancel_button.setObjectName("report_cancel")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(tr("Scope"), self)
        layout = QVBoxLayout(box)
        self.scope_model = ScopeModel(self)
        self.scope = QTreeView(box)
        self.scope.setObjectName("report_scope")
        self.scope.setHeaderHidden(True)
        self.scope.setUniformRowHeights(True)
        self.scope.setModel(self.scope_model)
        self.scope_loading = EmptyState(tr("Loading the projects…"), box)
        self.scope_loading.setObjectName("report_scope_loading")
        self.scope_loading.setWordWrap(True)
        self._scope_stack = QStackedWidget(box)
        self._scope_stack.addWidget(self.scope_loading)
        self._scope_stack.addWidget(self.scope)
        layout.addWidget(QLabel(tr("Tick the programmes and projects to include."), box))
        layout.addWidget(self._scope_stack, 1)
        return box

    # -- loading the choices ----------------------------------------------------------
    def _set_loading(self, loading: bool) -> None:
        self._scope_stack.setCurrentWidget(self.scope_loading if loading else self.scope)
        for widget in (self.preset, self.save_preset, self.form.period):
            widget.setEnabled(not loading)
        self.delete_preset.setEnabled(not loading and self.preset.currentData() is not None)
        self.build_button.setEnabled(not loading and not self.building)

    def _on_choices(self, choices: PackChoices) -> None:
        self.choices = choices
        self.form.add_periods(choices.periods)
        self.scope_model.set_choices(choices)
        last = saved.last_options(self.ctx.settings)
        if last is not None:
            try:
                self.set_options(last)
            except (ValueError, TypeError):
                pass
        self._set_loading(False)
        self.choices_loaded.emit()
        # After the choices, not with them: the import holds the interpreter lock the
        # window needs to paint, and the choices are what the user waits for.
        self.ctx.runner.query(_import_pack_layout, _ignore, key="report-pack-layout")

    def _on_choices_failed(self, message: str) -> None:
        self.scope_loading.setText(message)
        self._show(message, error=True)

    # -- options <-> widgets ----------------------------------------------------------
    def options(self) -> PackOptions:
        """The options the widgets describe."""
        from pmo_desktop.reports.api import PackOptions

        programmes, projects = self.scope_model.scope()
        return PackOptions(programmes=programmes, projects=projects, **self.form.values())

    def ticked_projects(self) -> int:
        """How many projects are ticked (none means nothing to report on)."""
        return self.scope_model.ticked_projects()

    def set_options(self, values: dict[str, Any]) -> None:
        """Show a preset (a dict as written by ``PackOptions.as_dict``)."""
        self.form.apply(values)
        self.scope_model.select(set(values.get("programmes") or []),
                                set(values.get("projects") or []))

    # -- presets and persistence ----------------------------------------------------------
    def presets(self) -> dict[str, dict[str, Any]]:
        return saved.presets(self.ctx.settings)

    def save_preset_as(self, name: str) -> None:
        saved.save_preset(self.ctx.settings, name, self.options().as_dict())
        self._fill_presets(name)

    def _fill_presets(self, current: str | None = None) -> None:
        self.preset.clear()
        self.preset.addItem(tr("(current options)"), None)
        for name in sorted(self.presets()):
            self.preset.addItem(name, name)
        if current:
            self.preset.setCurrentIndex(max(0, self.preset.findData(current)))
        self.delete_preset.setEnabled(self.preset.currentData() is not None)

    def _restore(self) -> None:
        self._fill_presets()
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.out.setText(str(saved.default_output(self.ctx.settings, self.ctx.store.name,
                                                  self.ctx.as_of())))

    def done(self, result: int) -> None:
        if self.building:
            self._cancel.set()
            self.ctx.runner.wait()
            self.building = False  # its answer, still queued, is for nobody now
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # -- slots ------------------------------------------------------------------------------
    @Slot(int)
    def _on_preset_activated(self, _index: int) -> None:
        name = self.preset.currentData()
        self.delete_preset.setEnabled(name is not None)
        if name is not None and name in self.presets():
            self.set_options(self.presets()[name])

    @Slot()
    def _on_save_preset_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save preset"), tr("Preset name"))
        if ok and name.strip():
            self.save_preset_as(name.strip())

    @Slot()
    def _on_delete_preset_clicked(self) -> None:
        name = self.preset.currentData()
        if name is not None:
            saved.delete_preset(self.ctx.settings, name)
        self._fill_presets()

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the pack as"), self.out.text(),
                                                    tr("PDF files (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    @Slot()
    def _on_build_clicked(self) -> None:
        if not self.loaded:
            return
        out = Path(self.out.text().strip())
        if not self.out.text().strip():
            self._show(tr("Choose where to save the pack."), error=True)
            return
        if self.scope_model.programme_count() and not self.ticked_projects():
            # An empty scope would read as "the whole portfolio" to the pack.
            self._show(tr("Tick at least one project."), error=True)
            return
        options = self.options()
        saved.remember_build(self.ctx.settings, options.as_dict(), out)
        self.pack_result = None
        self.file.set_pack(None)
        self._cancel = threading.Event()
        self.building = True
        self.build_button.setEnabled(False)
        self.cancel_button.setText(tr("Cancel"))
        self.progress.setValue(0)
        self._show(tr("Building…"))
        cancel, report = self._cancel, self.build_progress

        def job(store: Store, progress: Progress, cancelled: Cancelled) -> Result:
            from pmo_desktop.operations.packs import build_pack

            def on_progress(fraction: float, text: str) -> None:
                progress(fraction, text)
                report.emit(max(0, min(100, int(round(fraction * 100)))), text)

            # The app keeps the PDF even when it cannot be recorded (say so instead).
            return build_pack(store, out, options, progress=on_progress,
                              cancelled=lambda: cancel.is_set() or cancelled(),
                              must_record=False)

        self.ctx.runner.op(job, title=tr("Steering committee pack"), parent=self,
                           on_done=self._on_build_done, on_error=self._on_build_failed,
                           show_progress=False)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.building:
            self._cancel.set()
            self._show(tr("Cancelling…"))
        else:
            self.reject()

    @Slot(int, str)
    def _on_build_progress(self, percent: int, message: str) -> None:
        if self.building:
            self.progress.setValue(percent)
            self.status.setText(message)

    def _on_build_done(self, outcome: Result) -> None:
        if not self.building:
            return  # closed meanwhile
        self._build_finished()
        result: PackResult = outcome.value
        written = tr("{pages} pages written to {path} in {s:.1f} s.").format(
            pages=result.pages, path=result.path, s=result.seconds)
        # The PDF is written and stays; only its entry in the pack history may be missing.
        self._show(" ".join([written, *outcome.warnings]), error=bool(outcome.warnings))
        self.pack_result = result
        self.progress.setValue(100)
        self.ctx.status_message.emit(tr("Steering pack written: {pages} pages.").format(
            pages=result.pages))
        self.file.set_pack(result.path)
        if self.open_when_done.isChecked():
            self.file.open_pdf(result.path)
        self.pack_built.emit(result)

    def _on_build_failed(self, message: str) -> None:
        if not self.building:
            return  # closed meanwhile
        self._build_finished()
        self.progress.setValue(0)
        self._show(message or tr("Cancelled; no pack was written."), error=bool(message))

    def _build_finished(self) -> None:
        self.building = False
        self.build_button.setEnabled(self.loaded)
        self.cancel_button.setText(tr("Close"))

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #D4351C;" if error else "")


__all__ = ["CODE_ROLE", "FOLDER_KEY", "GEOMETRY_KEY", "LAST_KEY", "MARKINGS", "PRESETS_KEY",
           "ReportDialog"]
