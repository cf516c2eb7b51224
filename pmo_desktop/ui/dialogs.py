"""Small dialogs of the main window: close a reporting period, build the demo portfolio."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressDialog, QVBoxLayout,
    QWidget,
)

from pmo_desktop.store.queries import last_period
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.widgets.date_edit import OptionalDateEdit


class ClosePeriodDialog(QDialog):
    """Ask for the as-of date (and a label) of the period to close."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closePeriodDialog")
        self.setWindowTitle("Close reporting period")
        self._last = last_period(ctx.store.db)
        layout = QVBoxLayout(self)
        intro = QLabel("Closing a period freezes every project's status (RAG, % complete, "
                       "financials, summary) as of the date below. Trend arrows and "
                       "“changed since last period” compare against it. A closed period "
                       "cannot be changed or undone.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.as_of = OptionalDateEdit()
        self.as_of.setObjectName("field_as_of")
        self.as_of.set_value(ctx.as_of())
        self.label = QLineEdit()
        self.label.setObjectName("field_label")
        self.label.setPlaceholderText(ctx.as_of().strftime("%B %Y"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        form.addRow("As of", self.as_of)
        form.addRow("", self.error)
        form.addRow("Label", self.label)
        if self._last:
            form.addRow("Last closed", QLabel(f"{self._last.get('label') or ''} "
                                              f"({self._last['as_of']})"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Close period")
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem(self) -> str:
        value = self.as_of.value()
        if value is None:
            return "Choose the period's as-of date."
        if self._last and value.isoformat() <= str(self._last["as_of"]):
            return f"Must be after the last closed period ({self._last['as_of']})."
        return ""

    def values(self) -> tuple[date, str | None]:
        value = self.as_of.value()
        assert value is not None
        return value, self.label.text().strip() or None

    @Slot()
    def _on_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()


class _DemoWorker(QObject):
    """Builds the demo portfolio into a file (runs on a worker thread)."""

    progress = Signal(str)
    finished = Signal(str)  # error message, empty on success

    def __init__(self, path: Path, today: date | None) -> None:
        super().__init__()
        self._path = path
        self._today = today

    @Slot()
    def run(self) -> None:
        from pmo_desktop.store import open_store
        from pmo_desktop.store.demo import build_demo

        try:
            with open_store(self._path) as store:
                build_demo(store, today=self._today, progress=self.progress.emit)
        except Exception as exc:  # reported to the user, the partial file removed
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self._path}{suffix}").unlink(missing_ok=True)
            self.finished.emit(str(exc) or type(exc).__name__)
            return
        self.finished.emit("")


class _Waiter(QObject):
    """Lives on the GUI thread; ends the local event loop when the worker is done."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.error: str | None = None

    @Slot(str)
    def on_finished(self, error: str) -> None:
        self.error = error
        self._loop.quit()


def build_demo_file(path: Path, parent: QWidget | None = None,
                    today: date | None = None) -> str:
    """Build the demo portfolio at ``path`` off the GUI thread, showing progress.

    Returns an error message, or ``""`` when the file is ready.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    dialog = QProgressDialog("Preparing the demo portfolio…", "", 0, 0, parent)
    dialog.setObjectName("demoProgress")
    dialog.setWindowTitle("PMO Desktop")
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    thread = QThread()
    worker = _DemoWorker(path, today)
    worker.moveToThread(thread)
    loop = QEventLoop()
    waiter = _Waiter(loop)
    worker.progress.connect(dialog.setLabelText)
    worker.finished.connect(waiter.on_finished)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return waiter.error or ""
