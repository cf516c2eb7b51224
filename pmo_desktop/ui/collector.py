"""When Python's cyclic garbage collector makes its full passes: not while a person waits.

CPython's collector runs a full (oldest-generation) pass by itself whenever a quarter as
many objects as the heap holds have survived since the last one. It holds the global
interpreter lock throughout, so whichever thread triggers it — usually a background read
building tens of thousands of rows — the GUI thread cannot paint or answer a click until
it ends. At 10,000 projects the heap holds millions of objects and a pass takes
150–400 ms: that, not the reads' SQL, was most of the "GIL contention" the window showed
while views filled in (Data quality, opening a project, the first view).

``install(app)`` (called once by ``ui.app.start``) keeps the young generations collecting
by themselves (a millisecond or two each: they catch almost every cycle, the short-lived
ones) and takes the full pass off the automatic schedule. It runs instead where nobody
waits on the window:

- once at start-up, then everything alive (modules, classes, the theme) is frozen out of
  later passes (``gc.freeze``);
- when a portfolio has been opened (``MainWindow.portfolio_opened``: the old portfolio's
  views and rows have just gone);
- when the application goes to the background (the user switched to another program),
  at most every ``IDLE_PASS_MIN_S`` seconds.

Nothing else changes: objects are still freed the moment their last reference goes
(reference counting); only cycles that outlived two young passes wait for the next full
pass.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FULL_PASS_NEVER = 1_000_000_000
"""A threshold the oldest generation's counter (one per middle pass) never reaches."""

IDLE_PASS_MIN_S = 60.0
"""At most one background full pass per this many seconds."""

_state: dict[str, float] = {"last": 0.0}


def full_pass() -> int:
    """Collect every generation now (on the GUI thread); the number of objects freed."""
    started = time.perf_counter()
    freed = gc.collect()
    _state["last"] = time.monotonic()
    log.debug("full garbage collection: %d freed in %.0f ms", freed,
              (time.perf_counter() - started) * 1000)
    return freed


def automatic_full_passes() -> bool:
    """Whether the collector still schedules full passes by itself."""
    return gc.get_threshold()[2] < FULL_PASS_NEVER


def _on_state_changed(state: Qt.ApplicationState) -> None:
    if state != Qt.ApplicationState.ApplicationActive \
            and time.monotonic() - _state["last"] >= IDLE_PASS_MIN_S:
        full_pass()


def install(app: QApplication) -> None:
    """Take full passes off the automatic schedule (idempotent); see the module doc."""
    if not automatic_full_passes():
        return
    young, middle, _oldest = gc.get_threshold()
    full_pass()
    gc.freeze()
    gc.set_threshold(young, middle, FULL_PASS_NEVER)
    app.applicationStateChanged.connect(_on_state_changed)


def watch(window: QObject) -> None:
    """A full pass each time ``window`` says a portfolio was opened."""
    signal = getattr(window, "portfolio_opened", None)
    if signal is not None:
        signal.connect(lambda _path: full_pass())


__all__ = ["FULL_PASS_NEVER", "automatic_full_passes", "full_pass", "install", "watch"]
