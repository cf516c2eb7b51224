"""The steering-pack dialog's longest GUI-thread stalls on a large portfolio (offscreen).

    cd <checkout> && python bench/report_dialog_bench.py PORTFOLIO.pmo

A heartbeat ``QTimer`` (every 5 ms) runs while each action does; the longest gap between
two beats is how long the window could not repaint or answer a click ("stall"). The
actions: open the dialog (first time, and again with the last build's options, a
partial scope, to restore), expand a programme, scroll it to its end (the next
rows), expand the whole scope tree, untick and tick a programme,
untick a project, read the options, apply a preset. Each also reports the time until
done (the choices loaded, for an open). Works on a copy of PORTFOLIO.

Prints a table, last line one JSON object. Goal (issue 11): every stall < 100 ms at
10,000 projects (``pmo-desktop demo --projects 10000``).
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

ROOT = Path.cwd() if (Path.cwd() / "pmo_desktop").is_dir() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout measured, not the installed one
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer  # noqa: E402
from pmo_desktop.ui.undo_stack import UndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

BEAT_MS = 5
SETTLE_MS = 100
TIMEOUT_S = 120.0


class Stalls:
    """The longest gap between two ticks of a 5 ms timer while an action runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.previous = self.longest = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.previous)
        self.previous = now

    def run(self, action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
        """(stall ms, ms until ``done``) of ``action``, run from the event loop."""
        for _ in range(5):
            self.app.processEvents()
        self.clock.start()
        self.previous = self.longest = 0
        self.timer.start()
        started = time.perf_counter()
        QTimer.singleShot(0, action)
        finished: float | None = None
        while time.perf_counter() - started < TIMEOUT_S:
            self.app.processEvents()
            if finished is None and done():
                finished = time.perf_counter()
            if finished is not None and (time.perf_counter() - finished) * 1000 > SETTLE_MS:
                break
            time.sleep(0.001)
        self.timer.stop()
        self._beat()  # the gap up to the end counts too
        until = ((finished or time.perf_counter()) - started) * 1000
        return float(self.longest), until


def main() -> None:
    source = Path(sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="report_bench_"))
    db = work / source.name
    shutil.copyfile(source, db)
    app = QApplication([])
    from pmo_desktop.store import open_store
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.report import ReportDialog

    store = open_store(db)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, settings, UndoStack())
    stalls = Stalls(app)
    from PySide6.QtWidgets import QDialog

    first = QDialog()  # in the app a window is up already: pay the first show here
    first.show()
    app.processEvents()
    first.close()
    rows: dict[str, list[float]] = {}
    holder: dict[str, ReportDialog] = {}

    def loaded() -> bool:
        dialog = holder.get("dialog")
        return dialog is not None and bool(getattr(dialog, "loaded", True))

    def open_dialog() -> None:
        old = holder.pop("dialog", None)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = ReportDialog(ctx)
        dialog.resize(1100, 640)
        dialog.show()
        holder["dialog"] = dialog

    def record(name: str, action: Callable[[], object],
               done: Callable[[], bool] = lambda: True) -> None:
        stall, until = stalls.run(action, done)
        rows[name] = [round(stall), round(until)]
        print(f"{name:<40} stall {stall:7.0f} ms   done {until:7.0f} ms", flush=True)

    record("open the dialog", open_dialog, loaded)
    d = holder["dialog"]
    model = d.scope.model()
    projects = model.rowCount(model.index(0, 0))
    codes = [model.index(k, 0, model.index(0, 0)).data(Qt.ItemDataRole.DisplayRole).split()[0]
             for k in range(0, projects, 2)]
    partial = {**d.options().as_dict(), "programmes": [str(model.index(1, 0).data())],
               "projects": codes}
    settings.setValue("report/last", json.dumps(partial, sort_keys=True, default=str))
    record("open again, restoring a partial scope", open_dialog, loaded)
    d = holder["dialog"]
    model = d.scope.model()
    check = Qt.ItemDataRole.CheckStateRole
    record("expand a programme", lambda: d.scope.expand(model.index(0, 0)))
    record("scroll the programme to its end", d.scope.scrollToBottom)
    record("expand the whole scope tree", d.scope.expandAll)
    record("untick a programme",
           lambda: model.setData(model.index(0, 0), Qt.CheckState.Unchecked, check))
    record("tick a programme",
           lambda: model.setData(model.index(0, 0), Qt.CheckState.Checked, check))
    record("untick a project",
           lambda: model.setData(model.index(3, 0, model.index(0, 0)), Qt.CheckState.Unchecked,
                                 check))
    record("read the options (Build, Save preset)", d.options)
    record("apply a preset with a partial scope", lambda: d.set_options(partial))
    d.close()
    ctx.runner.wait()
    print(json.dumps({"portfolio": source.name, "projects": store.query(
        "SELECT COUNT(*) AS n FROM project")[0]["n"],
        "stall_ms": {k: v[0] for k, v in rows.items()},
        "done_ms": {k: v[1] for k, v in rows.items()}}))
    store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
