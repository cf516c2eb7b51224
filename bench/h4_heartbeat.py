"""Longest GUI-thread stall of the main window's portfolio, project and change-request
actions on a large portfolio (offscreen). A quick check until bench/responsive_bench.py.

    python bench/h4_heartbeat.py PORTFOLIO.pmo

Prints one line per action (stall ms, time until filled ms), last line one JSON object.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


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


def measure(app: QApplication, beat: Heartbeat, action, done, limit: float = 120) -> tuple[float, float]:
    for _ in range(5):
        app.processEvents()
    beat.start()
    t0 = time.perf_counter()
    action()
    call_ms = (time.perf_counter() - t0) * 1000
    beat.last = beat.clock.elapsed()
    while not done() and time.perf_counter() - t0 < limit:
        app.processEvents()
        time.sleep(0.001)
    filled_ms = (time.perf_counter() - t0) * 1000
    for _ in range(3):
        app.processEvents()
    beat.timer.stop()
    return max(call_ms, float(beat.worst)), filled_ms


def main() -> None:
    source = Path(sys.argv[1])
    work = Path(tempfile.mkdtemp())
    db = work / source.name
    shutil.copyfile(source, db)
    app = QApplication([])
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    paths = AppPaths(work / "config", work / "data").ensure()
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, paths)
    window.resize(1366, 768)
    window.show()
    beat = Heartbeat()
    out: dict[str, list[float]] = {}

    def model():
        page = window.page("portfolio")
        return page.model if page is not None else None

    def record(name, action, done):
        stall, filled = measure(app, beat, action, done)
        out[name] = [round(stall), round(filled)]
        print(f"{name:<34} stall {stall:8.0f} ms   filled {filled:8.0f} ms", flush=True)

    def loaded(name):
        def check():
            page = window.page(name)
            if page is None:
                return False
            loading = getattr(page, "is_loading", None)
            return not loading() if callable(loading) else True
        return check

    record("open portfolio (portfolio view)",
           lambda: window.open_portfolio(db, "portfolio"),
           lambda: model() is not None and model().figures_ready()
           and bool(window.status_counts.text()))
    codes = model().visible_codes()
    record("open a project", lambda: window.ctx.navigate.emit("project", {"code": codes[5000]}),
           loaded("project"))
    record("open another project", lambda: window.page("project").show_project(codes[7000]),
           loaded("project"))
    record("change requests view", lambda: window.show_view("changes"), loaded("changes"))
    record("back to the portfolio", lambda: window.show_view("portfolio"), lambda: True)
    from pmo_desktop.ui.portfolio.columns import COLUMN_INDEX
    from pmo_desktop.ui.portfolio.filters import PortfolioFilter

    table = window.page("portfolio").table
    record("sort portfolio by name",
           lambda: table.sortByColumn(COLUMN_INDEX["name"], Qt.SortOrder.DescendingOrder),
           lambda: True)
    record("filter portfolio", lambda: model().set_filter(PortfolioFilter(text="data")),
           lambda: True)
    model().set_filter(PortfolioFilter())
    from pmo_desktop.ui.commands import EditFieldsCommand, run

    ctx = window.ctx
    pid = ctx.store.project_id(codes[10])
    record("edit a project (undo stack)",
           lambda: run(ctx, EditFieldsCommand(ctx, "project", pid, {"pct_complete": 0.42}, "e")),
           lambda: model().figures_ready())
    record("undo", lambda: window.undo_action.trigger(), lambda: model().figures_ready())
    print(json.dumps({"projects": len(codes), "stall_ms": {k: v[0] for k, v in out.items()},
                      "filled_ms": {k: v[1] for k, v in out.items()}}))
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
