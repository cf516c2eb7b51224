"""Longest GUI-thread stall of an edit, its undo and redo, and a delete of a project
with its children and its undo, in the main window over a large portfolio (offscreen).

    python bench/edit_bench.py PORTFOLIO.pmo      # e.g. a `demo --projects 10000` file

The portfolio is copied to a temporary folder first (the bench writes to it). A 5 ms
heartbeat timer runs on the GUI thread; an action's stall is the longest gap between
its ticks while the action runs and the portfolio view fills in again. ``write ms`` is
the store write alone (the operation inside the command). One table row per action,
last line one JSON object. The last row, an edit made at once after the portfolio
opens, shows the cost of the choice that such an edit waits for the page check that is
still running off the GUI thread (it is left out of ``worst_stall_ms``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LIMIT_S = 120.0


class Heartbeat:
    """A 5 ms timer; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = 0
        self.worst = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def settle(app: QApplication, done: Callable[[], bool], limit: float = LIMIT_S) -> float:
    t0 = time.perf_counter()
    while not done() and time.perf_counter() - t0 < limit:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(3):
        app.processEvents()
    return (time.perf_counter() - t0) * 1000


def measure(app: QApplication, beat: Heartbeat, action: Callable[[], Any],
            done: Callable[[], bool]) -> tuple[float, float]:
    """(longest stall ms, until done ms)."""
    for _ in range(5):
        app.processEvents()
    beat.start()
    t0 = time.perf_counter()
    action()
    call_ms = (time.perf_counter() - t0) * 1000
    beat.tick()
    settle(app, done)
    beat.timer.stop()
    return max(call_ms, float(beat.worst)), (time.perf_counter() - t0) * 1000


class Timed:
    """Times the store's writes (``records.*``) made while it is installed."""

    def __init__(self) -> None:
        from pmo_desktop.operations import records

        self.records = records
        self.ms = 0.0
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> Timed:
        for name in ("create", "update", "delete", "restore"):
            real = getattr(self.records, name)
            self.saved[name] = real

            def timed(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
                t0 = time.perf_counter()
                try:
                    return _real(*args, **kwargs)
                finally:
                    self.ms += (time.perf_counter() - t0) * 1000

            setattr(self.records, name, timed)
        return self

    def __exit__(self, *exc: object) -> None:
        for name, real in self.saved.items():
            setattr(self.records, name, real)


def main() -> None:
    source = Path(sys.argv[1])
    work = Path(tempfile.mkdtemp())
    db = work / source.name
    shutil.copyfile(source, db)
    app = QApplication([])
    from pmo_desktop.ui.commands import DeleteCommand, EditFieldsCommand, run
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    paths = AppPaths(work / "config", work / "data").ensure()
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, paths)
    window.resize(1366, 768)
    window.show()
    beat = Heartbeat()
    out: dict[str, dict[str, int]] = {}

    def model() -> Any:
        page = window.page("portfolio")
        return page.model if page is not None else None

    def ready() -> bool:
        return model() is not None and model().figures_ready()

    print(f"{'action':<40} {'stall ms':>9} {'write ms':>9} {'filled ms':>10}")

    def record(name: str, action: Callable[[], Any], done: Callable[[], bool] = ready) -> None:
        with Timed() as timed:
            stall, filled = measure(app, beat, action, done)
        out[name] = {"stall_ms": round(stall), "write_ms": round(timed.ms),
                     "filled_ms": round(filled)}
        print(f"{name:<40} {stall:9.0f} {timed.ms:9.0f} {filled:10.0f}", flush=True)

    t0 = time.perf_counter()
    window.open_portfolio(db, "portfolio")
    ctx = window.ctx
    assert ctx is not None
    settle(app, lambda: ready() and ctx.store.pages_checked)
    check_ms = (time.perf_counter() - t0) * 1000
    print(f"{'(open, view filled, pages checked)':<40} {'':>9} {'':>9} {check_ms:10.0f}")
    store = ctx.store
    codes = model().visible_codes()
    pid = store.project_id(codes[len(codes) // 2])
    record("edit a project (first edit)",
           lambda: run(ctx, EditFieldsCommand(ctx, "project", pid,
                                              {"pct_complete": 0.42, "summary": "Bench"},
                                              "Edit")))
    record("undo the edit", ctx.undo_stack.undo)
    record("redo the edit", ctx.undo_stack.redo)
    victim = max(codes[:200], key=lambda c: sum(
        store.children_count("project", store.project_id(c) or 0).values()))
    vid = store.project_id(victim)
    assert vid is not None
    children = sum(store.children_count("project", vid).values())
    record(f"delete a project ({children} children)",
           lambda: run(ctx, DeleteCommand(ctx, "project", vid, "Delete")))
    assert store.get("project", vid) is None
    record("undo the delete", ctx.undo_stack.undo)
    assert store.get("project", vid) is not None
    worst = max(v["stall_ms"] for v in out.values())
    # The worst case of the choice made: an edit made at once after opening waits on
    # the GUI thread for the page check still running (not counted in worst_stall_ms).
    window.open_portfolio(db, "portfolio")
    ctx = window.ctx
    assert ctx is not None and not ctx.store.pages_checked
    record("edit while the page check runs",
           lambda: run(ctx, EditFieldsCommand(ctx, "project", pid, {"pct_complete": 0.5},
                                              "Edit")),
           lambda: ready() and ctx.store.pages_checked)
    print(json.dumps({"projects": len(codes), "open_and_check_ms": round(check_ms),
                      "worst_stall_ms": worst, "actions": out}))
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
