"""The steering-pack dialog: options, saved presets, a build off the GUI thread.

Options: period (now, or a closed period), scope (programmes and projects), sections,
paper and orientation, marking, forum, meeting date, version and the output file.
Presets are JSON in QSettings (``report/presets``); the last options are restored
(``report/last``). The build is the operation ``operations.packs.build_pack`` (it
writes the PDF and records it in the portfolio), run off the GUI thread by
``ctx.runner.op`` with this dialog's own progress bar and Cancel; when done the PDF is
opened with the system viewer.

Settings keys: ``report/presets``, ``report/last``, ``report/folder``, ``report/geometry``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from pmo_desktop.operations import Cancelled, Progress, Result
from pmo_desktop.operations.packs import build_pack
from pmo_desktop.reports.api import SECTIONS, PackOptions, PackResult
from pmo_desktop.store import Store
from pmo_desktop.store.pack_data import pack_choices

from ..context import AppContext
from ..plain import plain_label
from ..viewkit.i18n import tr
from ..viewkit.roles import Role
from ..viewkit.widgets import named_button

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "CONFIDENTIAL", "INTERNAL", "RESTRICTED")
PRESETS_KEY = "report/presets"
LAST_KEY = "report/last"
FOLDER_KEY = "report/folder"
GEOMETRY_KEY = "report/geometry"
CODE_ROLE = Role.CODE

UrlOpener = Callable[[QUrl], bool]
"""Opens a file or folder with the desktop's application; ``False`` when none started."""


class ReportDialog(QDialog):
    """Choose what to print and build the steering committee pack.

    Signals:
        pack_built(object): the ``PackResult`` of a finished build (after recording).
        build_progress(int, str): percent done and what is being laid out (emitted
            from the build's thread; connected queued to the progress bar).
    """

    pack_built = Signal(object)
    build_progress = Signal(int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 open_url: UrlOpener | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_url: UrlOpener = open_url or QDesktopServices.openUrl
        self.setObjectName("report_dialog")
        self.setWindowTitle(tr("Steering committee pack"))
        self.building = False  # a build is running (in ``ctx.runner``)
        self._cancel = threading.Event()  # set by Cancel; the build polls it
        self.pack_result: PackResult | None = None
        self.build_progress.connect(self._on_build_progress,
                                    Qt.ConnectionType.QueuedConnection)
        self.choices = pack_choices(ctx.store)
        self._build_ui()
        self._restore()

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
        columns.addWidget(self._options_box(), 3)
        columns.addWidget(self._scope_box(), 2)
        columns.addWidget(self._sections_box(), 2)
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
        # What to do with the pack just written (shown once there is one).
        self.open_pdf_button = named_button(tr("Open PDF"), "report_open_pdf",
                                            self._on_open_pdf_clicked, self)
        self.show_folder_button = named_button(tr("Show folder"), "report_show_folder",
                                               self._on_show_folder_clicked, self)
        self.copy_path_button = named_button(tr("Copy path"), "report_copy_path",
                                             self._on_copy_path_clicked, self)
        for button in (self.open_pdf_button, self.show_folder_button, self.copy_path_button):
            button.setAutoDefault(False)
            button.setVisible(False)
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

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(tr("Pack"), self)
        form = QFormLayout(box)
        self.period = QComboBox(box)
        self.period.setObjectName("report_period")
        self.period.addItem(tr("Now (compared with the last closed period)"), None)
        for day, label in self.choices.periods:
            self.period.addItem(f"{label} ({day.isoformat()})", day.isoformat())
        self.forum = QLineEdit("Portfolio Steering Committee", box)
        self.forum.setObjectName("report_forum")
        self.meeting = QDateEdit(box)
        self.meeting.setObjectName("report_meeting")
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("d MMM yyyy")
        day = self.ctx.as_of()
        self.meeting.setDate(QDate(day.year, day.month, day.day))
        self.version = QLineEdit("1.0", box)
        self.version.setObjectName("report_version")
        self.marking = QComboBox(box)
        self.marking.setObjectName("report_marking")
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.marking.setCurrentText("OFFICIAL-SENSITIVE")
        self.paper = QComboBox(box)
        self.paper.setObjectName("report_paper")
        self.paper.addItems(["A4", "Letter"])
        self.portrait = QRadioButton(tr("Portrait"), box)
        self.portrait.setObjectName("report_portrait")
        self.landscape = QRadioButton(tr("Landscape"), box)
        self.landscape.setObjectName("report_landscape")
        self.portrait.setChecked(True)
        orientation = QHBoxLayout()
        orientation.addWidget(self.portrait)
        orientation.addWidget(self.landscape)
        form.addRow(tr("Period"), self.period)
        form.addRow(tr("Forum"), self.forum)
        form.addRow(tr("Meeting date"), self.meeting)
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Marking"), self.marking)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Orientation"), orientation)
        return box

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(tr("Scope"), self)
        layout = QVBoxLayout(box)
        self.scope = QTreeWidget(box)
        self.scope.setObjectName("report_scope")
        self.scope.setHeaderHidden(True)
        for programme, projects in self.choices.programmes.items():
            parent = QTreeWidgetItem(self.scope, [programme or tr("(no programme)")])
            parent.setData(0, CODE_ROLE, None)
            parent.setData(0, Qt.ItemDataRole.UserRole, programme)
            parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsAutoTristate
                            | Qt.ItemFlag.ItemIsUserCheckable)
            for code, name in projects:
                child = QTreeWidgetItem(parent, [f"{code}  {name}"])
                child.setData(0, CODE_ROLE, code)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
        layout.addWidget(QLabel(tr("Tick the programmes and projects to include."), box))
        layout.addWidget(self.scope, 1)
        return box

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(tr("Sections"), self)
        grid = QGridLayout(box)
        self.sections: dict[str, QCheckBox] = {}
        for row, (key, title) in enumerate(SECTIONS):
            check = QCheckBox(title, box)
            check.setObjectName(f"report_section_{key}")
            check.setChecked(True)
            self.sections[key] = check
            grid.addWidget(check, row, 0)
        return box

    # -- options <-> widgets ----------------------------------------------------------
    def options(self) -> PackOptions:
        """The options the widgets describe."""
        period = self.period.currentData()
        programmes, projects = self._scope()
        sections = [k for k, c in self.sections.items() if c.isChecked()]
        return PackOptions(
            period=date.fromisoformat(period) if period else None,
            programmes=programmes, projects=projects,
            sections=None if len(sections) == len(SECTIONS) else sections,
            paper=self.paper.currentText(), landscape=self.landscape.isChecked(),
            marking=self.marking.currentText().strip(), forum=self.forum.text().strip()
            or "Portfolio Steering Committee",
            meeting_date=self.meeting.date().toPython(),  # type: ignore[arg-type]
            version=self.version.text().strip() or "1.0")

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Programme items with their project items."""
        root = self.scope.invisibleRootItem()
        out = []
        for i in range(root.childCount()):
            parent = root.child(i)
            if parent is None:
                continue
            kids = [parent.child(k) for k in range(parent.childCount())]
            out.append((parent, [k for k in kids if k is not None]))
        return out

    def ticked_projects(self) -> int:
        """How many projects are ticked (none means nothing to report on)."""
        return sum(child.checkState(0) == Qt.CheckState.Checked
                   for _parent, children in self._groups() for child in children)

    def _scope(self) -> tuple[list[str], list[str]]:
        programmes: list[str] = []
        projects: list[str] = []
        total = checked = 0
        for parent, children in self._groups():
            state = parent.checkState(0)
            total += len(children)
            if state == Qt.CheckState.Checked and parent.data(0, Qt.ItemDataRole.UserRole):
                programmes.append(parent.data(0, Qt.ItemDataRole.UserRole))
                checked += len(children)
                continue
            for child in children:
                if child.checkState(0) == Qt.CheckState.Checked:
                    projects.append(child.data(0, CODE_ROLE))
                    checked += 1
        if checked == total:
            return [], []  # the whole portfolio
        return programmes, projects

    def set_options(self, values: dict[str, Any]) -> None:
        """Show a preset (a dict as written by ``PackOptions.as_dict``)."""
        index = self.period.findData(values.get("period")) if values.get("period") else 0
        self.period.setCurrentIndex(max(0, index))
        self.forum.setText(values.get("forum") or self.forum.text())
        self.version.setText(values.get("version") or self.version.text())
        if values.get("marking"):
            self.marking.setCurrentText(values["marking"])
        self.paper.setCurrentText(values.get("paper") or "A4")
        (self.landscape if values.get("landscape") else self.portrait).setChecked(True)
        wanted = values.get("sections")
        for key, check in self.sections.items():
            check.setChecked(wanted is None or key in wanted)
        programmes = set(values.get("programmes") or [])
        projects = set(values.get("projects") or [])
        everything = not programmes and not projects
        for parent, children in self._groups():
            whole = everything or parent.data(0, Qt.ItemDataRole.UserRole) in programmes
            for child in children:
                on = whole or child.data(0, CODE_ROLE) in projects
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    # -- presets and persistence ----------------------------------------------------------
    def presets(self) -> dict[str, dict[str, Any]]:
        raw = self.ctx.settings.value(PRESETS_KEY, "")
        try:
            data = json.loads(str(raw)) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def save_preset_as(self, name: str) -> None:
        presets = self.presets()
        presets[name] = self.options().as_dict()
        self.ctx.settings.setValue(PRESETS_KEY, json.dumps(presets, sort_keys=True))
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
        last = self.ctx.settings.value(LAST_KEY, "")
        if last:
            try:
                self.set_options(json.loads(str(last)))
            except (ValueError, TypeError):
                pass
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        folder = Path(str(self.ctx.settings.value(FOLDER_KEY, "") or Path.home()))
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.ctx.store.name)
        self.out.setText(str(folder / f"{stem}-pack-{self.ctx.as_of().isoformat()}.pdf"))

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
        presets = self.presets()
        if name in presets:
            del presets[name]
            self.ctx.settings.setValue(PRESETS_KEY, json.dumps(presets, sort_keys=True))
        self._fill_presets()

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the pack as"), self.out.text(),
                                                    tr("PDF files (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    @Slot()
    def _on_build_clicked(self) -> None:
        out = Path(self.out.text().strip())
        if not self.out.text().strip():
            self._show(tr("Choose where to save the pack."), error=True)
            return
        if self.scope.topLevelItemCount() and not self.ticked_projects():
            # An empty scope would read as "the whole portfolio" to the pack.
            self._show(tr("Tick at least one project."), error=True)
            return
        options = self.options()
        self.ctx.settings.setValue(LAST_KEY, json.dumps(options.as_dict(), sort_keys=True))
        self.ctx.settings.setValue(FOLDER_KEY, str(out.parent))
        self.pack_result = None
        for button in (self.open_pdf_button, self.show_folder_button, self.copy_path_button):
            button.setVisible(False)
        self._cancel = threading.Event()
        self.building = True
        self.build_button.setEnabled(False)
        self.cancel_button.setText(tr("Cancel"))
        self.progress.setValue(0)
        self._show(tr("Building…"))
        cancel, report = self._cancel, self.build_progress

        def job(store: Store, progress: Progress, cancelled: Cancelled) -> Result:
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
        for button in (self.open_pdf_button, self.show_folder_button, self.copy_path_button):
            button.setVisible(True)
        if self.open_when_done.isChecked():
            self._open_pdf(result.path)
        self.pack_built.emit(result)

    def _open_pdf(self, path: Path) -> None:
        """Open the pack in the PDF viewer; without one, say where the file is."""
        if not self._open_url(QUrl.fromLocalFile(str(path.resolve()))):
            self._show(tr("No PDF viewer could be started. The pack is saved as:\n{path}\n"
                          "Use Show folder or Copy path to get to it.").format(
                path=path.resolve()))

    @Slot()
    def _on_open_pdf_clicked(self) -> None:
        if self.pack_result is not None:
            self._open_pdf(self.pack_result.path)

    @Slot()
    def _on_show_folder_clicked(self) -> None:
        if self.pack_result is None:
            return
        folder = self.pack_result.path.resolve().parent
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self._show(tr("No file manager could be started. The pack is in the folder:\n"
                          "{folder}").format(folder=folder))

    @Slot()
    def _on_copy_path_clicked(self) -> None:
        if self.pack_result is None:
            return
        path = str(self.pack_result.path.resolve())
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(path)
        self._show(tr("Copied to the clipboard:\n{path}").format(path=path))

    def _on_build_failed(self, message: str) -> None:
        if not self.building:
            return  # closed meanwhile
        self._build_finished()
        self.progress.setValue(0)
        self._show(message or tr("Cancelled; no pack was written."), error=bool(message))

    def _build_finished(self) -> None:
        self.building = False
        self.build_button.setEnabled(True)
        self.cancel_button.setText(tr("Close"))

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #D4351C;" if error else "")
