"""Small jobs of the main window: build the demo portfolio off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from pmo_desktop.operations.portfolios import build_demo
from pmo_desktop.ui.runner import Runner

DEMO_TITLE = "Preparing the demo portfolio…"


def build_demo_file(runner: Runner, path: Path, on_done: Callable[[str], None], *,
                    parent: QWidget | None = None, today: date | None = None) -> None:
    """Build the demo portfolio at ``path`` on ``runner`` (a progress dialog shows while
    it takes long); then ``on_done("")``, or ``on_done(message)`` when it could not be
    built (the partial file is removed)."""
    def work(progress: Callable[[float, str], None], _cancelled: Callable[[], bool]) -> Any:
        path.parent.mkdir(parents=True, exist_ok=True)
        return build_demo(path, as_of=today, progress=progress)

    runner.job(work, title=DEMO_TITLE, parent=parent,
               on_done=lambda _result: on_done(""),
               on_error=lambda message: on_done(message or "it was cancelled"))
