"""Reading the portfolio's figures off the GUI thread.

The portfolio model shows a large portfolio from ``portfolio_projects`` (the
projects' own fields, one fast query) and starts a ``FiguresWorker``: it runs
``portfolio_status`` on its own read-only connection (STYLE.md practice 10) and
hands the finished statuses back through a queued signal. It never touches a
widget or the model; the model swaps the rows in on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal, Slot

from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.store.queries import portfolio_status


class FiguresWorker(QThread):
    """Runs ``portfolio_status(reader(), as_of, thresholds)`` once.

    ``generation`` comes back with the result so the model can drop the answer of a
    run it has since replaced. ``cancel()`` interrupts the running SQL.

    The thread is owned by the application (not by the model, which may be
    deleted first) and deletes itself when finished; the application waits for it
    before quitting.

    Signals:
        succeeded(int, object): the generation and the ``list[ProjectStatus]``.
        failed(int, str): the generation and a message (empty when cancelled).
    """

    succeeded = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, reader: Callable[[], Any], as_of: date,
                 thresholds: RagThresholds, generation: int) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._reader, self._as_of, self._thresholds = reader, as_of, thresholds
        self.generation = generation
        self._lock = threading.Lock()
        self._conn: Any = None  # the reader's connection while a query runs
        self._cancelled = False
        self.finished.connect(self.deleteLater)
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    def cancel(self) -> None:
        """Stop as soon as possible; the result, if any, is reported as cancelled."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                with contextlib.suppress(Exception):  # closed meanwhile
                    self._conn.interrupt()  # the running query fails as "interrupted"

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.cancel()
        self.wait()

    def run(self) -> None:
        try:
            db = self._reader()
            with self._lock:
                self._conn = db.conn
            try:
                rows = (None if self._cancelled
                        else portfolio_status(db, self._as_of, self._thresholds))
            finally:
                with self._lock:
                    self._conn = None
                db.conn.close()
        except Exception as exc:  # noqa: BLE001 - reported to the model, never lost
            self.failed.emit(self.generation, "" if self._cancelled else str(exc))
            return
        if self._cancelled or rows is None:
            self.failed.emit(self.generation, "")
        else:
            self.succeeded.emit(self.generation, rows)


__all__ = ["FiguresWorker"]
