"""The crash handler: log the traceback to a file, tell the user where, keep their data.

Every write to a portfolio is one SQLite transaction, so an exception can at worst
abandon the change being made; what was saved before stays saved. The dialog says
so and gives the log file's location.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("pmo_desktop")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


LOG_FILE = "pmo-desktop.log"
LOG_BYTES = 1 << 20  # a log file rolls over at 1 MB …
LOG_KEPT = 5  # … keeping pmo-desktop.log.1 to .5


def setup_logging(log_dir: Path) -> Path:
    """Log to ``log_dir/pmo-desktop.log``, rolled over at ``LOG_BYTES`` with ``LOG_KEPT``
    older files kept; returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_KEPT,
                                      encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def write_crash_log(log_dir: Path, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path.write_text(f"PMO Desktop crash at {datetime.now().isoformat(timespec='seconds')}\n"
                    f"Python {sys.version}\n\n{text}", encoding="utf-8")
    log.error("Unhandled exception (details in %s):\n%s", path, text)
    return path


def crash_box(path: Path, exc: BaseException) -> QMessageBox:
    """The crash dialog (not shown yet): what happened, that the data is safe, and where
    the details and the log folder are."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "PMO Desktop hit a problem",
                      "Something went wrong, but your portfolio is safe: every change is "
                      "saved in one transaction, so nothing half-written was kept.")
    box.setObjectName("crashBox")
    box.setInformativeText(f"{type(exc).__name__}: {exc}\n\nThe details were written to:\n"
                           f"{path}\n\nLog folder (send it with a report):\n{path.parent}")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the exception text may quote data
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_crash_dialog(path: Path, exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    crash_box(path, exc).exec()


def install(log_dir: Path, *, show_dialog: bool = True) -> ExceptHook:
    """Install ``sys.excepthook``; returns the previous hook."""
    previous = sys.excepthook
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            path = write_crash_log(log_dir, exc_type, exc, tb)
        except OSError:
            previous(exc_type, exc, tb)
            return
        sys.stderr.write(f"pmo-desktop: unexpected error, details in {path}\n")
        if show_dialog and not busy:
            busy = True
            try:
                show_crash_dialog(path, exc)
            finally:
                busy = False

    sys.excepthook = hook
    return previous
