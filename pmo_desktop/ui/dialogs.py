"""Small dialogs of the main window: build the demo portfolio."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QProgressDialog, QWidget,
)



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
