"""Python's cyclic garbage collector runs on the GUI thread only, and never while a person waits.

Two reasons, both measured:

- **Crashes.** A collection runs in whichever thread happens to allocate when a threshold
  is passed — often a background read of the runner. A Qt object left in a reference
  cycle (a dialog and the lambdas connected to its signals) is then destroyed in that
  thread, and a QWidget destroyed off the GUI thread crashes the process: seen as
  segmentation faults "garbage-collecting" inside the Data quality read and a pack build.
  (pyqtgraph's ``GarbageCollector`` does the same for the same reason.)
- **Stalls.** A full (oldest-generation) pass holds the global interpreter lock
  throughout; at 10,000 projects the heap holds millions of objects and a pass takes
  150–400 ms, during which the window cannot paint or answer a click: that, not the
  reads' SQL, was most of the "GIL contention" the window showed while views filled in.

So ``install(app)`` (called once by ``ui.app.start``) switches automatic collection off
and collects on the GUI thread instead:

- the young generations on a timer (every ``CHECK_MS``), when their counts pass the
  thresholds automatic collection would have used (a millisecond or two each: they
  catch almost every cycle, the short-lived ones);
- a full pass once at start-up, after which everything alive (modules, classes, the
  theme) is frozen out of later passes (``gc.freeze``); when a portfolio has been opened
  (``MainWindow.portfolio_opened``: the old portfolio's views and rows have just gone);
  and when the application goes to the background, at most every ``IDLE_PASS_MIN_S``.

``install`` also shortens the interpreter's switch interval to ``SWITCH_INTERVAL_S``. A
thread that wants the GIL waits that long before it asks the holder to let go, and the
GUI thread lets go of it inside every Qt call (PySide releases it around C++), so while a
view fills in the background each Qt call could cost the GUI thread up to the default
5 ms: a hundred calls, half a second of a frozen window with almost no CPU spent (the
stalls ``bench/responsive_bench.py`` showed as "stall much longer than its CPU time").
Measured: 100 release/reacquire pairs against one busy thread took 868 ms at 5 ms and
77 ms at 0.5 ms. A background read loses almost nothing: it is asked to switch only
while the GUI thread is busy.

Nothing else changes: objects are still freed the moment their last reference goes
(reference counting); only cycles wait, for the next pass on the GUI thread.
"""

from __future__ import annotations

import gc
import logging
import sys
import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

CHECK_MS = 250
"""How often the GUI thread looks at the young generations' counts."""

SWITCH_INTERVAL_S = 0.0005
"""How long a thread waits for the GIL before it asks the holder to let go (default 5 ms)."""

IDLE_PASS_MIN_S = 60.0
"""At most one background full pass per this many seconds."""

_state: dict[str, float] = {"last": 0.0}
_installed: dict[str, object] = {}


def full_pass() -> int:
    """Collect every generation now (on the GUI thread); the number of objects freed."""
    started = time.perf_counter()
    freed = gc.collect()
    _state["last"] = time.monotonic()
    log.debug("full garbage collection: %d freed in %.0f ms", freed,
              (time.perf_counter() - started) * 1000)
    return freed


YOUNG_OBJECTS = 50_000
"""A young pass scans at most about this many objects; more are promoted unscanned. A
read's rows cost up to a microsecond each to scan (87,000 took 85 ms at 10,000 projects
while reads ran beside them)."""

YOUNG_LIMIT = 1_000_000
"""Nor does it follow more than about this many references: a few objects can hold
lists of a hundred thousand rows, and a cycle among them freed on the GUI thread costs
as much as the scan (60-90 ms at the end of the 100,000-item RAID register's load)."""

_SIZED = (list, dict, tuple, set)


def _young_weight(generation: int, limit: int) -> int:
    """About how many references a collection of ``generation`` would follow: its
    objects, plus the items of its lists, dicts, tuples and sets (a list of 100,000
    keys is one object but 100,000 references); past ``YOUNG_OBJECTS`` objects, or once
    past ``limit``, it stops counting.

    The generation's objects are counted first (the interpreter's count for the young
    one, a C-level list for the middle one) and walked in Python only when they are few:
    the walk of a big young generation cost the GUI thread more than the pass it guarded
    (130-190 ms while Data quality filled at 10,000 projects)."""
    if gc.get_count()[0] > YOUNG_OBJECTS:
        return limit + 1
    if len(sys._current_frames()) > 1:
        # Another thread runs Python and may be half-way through building a tuple (from
        # a generator, between two of its steps): listing the young objects would hold a
        # second reference to it, and CPython then fails the build ("SystemError: bad
        # argument to internal function", seen in a background read) or frees it under
        # the thread (segfaults). So the objects are walked only when no other thread
        # runs Python; otherwise they are promoted unscanned, as a big generation is.
        return limit + 1
    objects = gc.get_objects(generation=0)
    if generation == 1:
        objects += gc.get_objects(generation=1)
    weight = len(objects)
    if weight > YOUNG_OBJECTS:
        return limit + 1
    for obj in objects:
        if isinstance(obj, _SIZED):
            weight += len(obj)
            if weight > limit:
                break
    return weight


def young_pass() -> int:
    """Collect the young generations if their counts passed the thresholds (what
    automatic collection would have done, here on the GUI thread); objects freed.

    A background read of 100,000 rows leaves young objects (its rows, lists of their
    keys) that a young pass would scan for nothing on the GUI thread: 100–380 ms, measured
    at 100,000 RAID items. When the generations due hold more than ``YOUNG_OBJECTS``
    objects, or would make a collection follow more than ``YOUNG_LIMIT`` references, they
    are moved to the oldest generation unscanned instead (``promote_young``): any cycle
    among them waits for the next full pass (a portfolio opened, the app in the
    background)."""
    young, middle, _oldest = gc.get_threshold()
    count0, count1, _count2 = gc.get_count()
    generation = 1 if count1 >= middle else 0 if count0 >= young else None
    if generation is None:
        return 0
    if _young_weight(generation, YOUNG_LIMIT) > YOUNG_LIMIT:
        promote_young()
        return 0
    return gc.collect(generation)


def promote_young() -> None:
    """Move every young object to the oldest generation without scanning it (a list
    splice: ``freeze`` then ``unfreeze``), as ``importing.gcpause`` does after an import."""
    gc.freeze()
    gc.unfreeze()


def automatic() -> bool:
    """Whether Python still collects by itself (in whichever thread allocates)."""
    return gc.isenabled()


def _on_state_changed(state: Qt.ApplicationState) -> None:
    if state != Qt.ApplicationState.ApplicationActive \
            and time.monotonic() - _state["last"] >= IDLE_PASS_MIN_S:
        full_pass()


def install(app: QApplication) -> None:
    """Collect only on the GUI thread, full passes only where nobody waits (idempotent);
    see the module doc."""
    if "timer" in _installed:
        return
    _installed["switch_interval"] = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    full_pass()
    gc.freeze()
    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("garbageCollectorTimer")
    timer.timeout.connect(young_pass)
    timer.start(CHECK_MS)
    app.applicationStateChanged.connect(_on_state_changed)
    _installed.update(timer=timer, app=app)


def uninstall() -> None:
    """Give collection back to Python (for tests, and an app that is closing)."""
    timer = _installed.pop("timer", None)
    app = _installed.pop("app", None)
    if isinstance(timer, QTimer):
        timer.stop()
        timer.deleteLater()
    if isinstance(app, QApplication):
        try:
            app.applicationStateChanged.disconnect(_on_state_changed)
        except (RuntimeError, TypeError):
            pass
    interval = _installed.pop("switch_interval", None)
    if isinstance(interval, float):
        sys.setswitchinterval(interval)
    gc.unfreeze()
    gc.enable()


def watch(window: QObject) -> None:
    """A full pass each time ``window`` says a portfolio was opened."""
    signal = getattr(window, "portfolio_opened", None)
    if signal is not None:
        signal.connect(lambda _path: full_pass())


__all__ = ["CHECK_MS", "YOUNG_LIMIT", "YOUNG_OBJECTS", "automatic", "full_pass", "install",
           "promote_young", "uninstall", "watch", "young_pass"]
