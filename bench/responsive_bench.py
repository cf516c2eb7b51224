"""Responsiveness benchmark (offscreen): the longest GUI-thread stall of every user action.

    python bench/responsive_bench.py [--sizes 2000,10000] [--cache DIR] [--repeat N]

For each size it builds a demo portfolio (``python main.py demo --projects N``, kept in
``--cache``, default a folder under the temp dir, so a second run skips the build),
then, in a fresh process, opens the real main window offscreen at 1366×768 on a copy
of it and installs a heartbeat ``QTimer`` (every 5 ms). It drives every view and
action — open each view, sort its main table by a column, filter it, open a project,
Data quality, the steering-pack dialog, the import wizard on a tracker — and records
for each the longest gap between two heartbeats while the action ran ("stall": how
long the window could not repaint or answer a click) and the time until the view was
filled (its background reads done). The package is compiled to bytecode first (as an
installed app ships it), so no view compiles its modules while it is timed. Run it with the checkout to measure as the
working directory: ``cd <checkout> && python bench/…`` imports that checkout's code.

Prints a table (action; per size the stall, the GUI thread's own CPU time within that
stall, and the time to filled) and, last, one JSON object. A stall much longer than its
CPU time is the GUI thread waiting: for the GIL, or for a core on a loaded machine. With
``--repeat N`` each size is measured N times (fresh processes) and each action keeps its
smallest stall: other load on the machine only ever adds to a stall.
Goal (issue 11): no action stalls the GUI thread more than 100 ms at 10,000 projects.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path.cwd() if (Path.cwd() / "pmo_desktop").is_dir() else Path(__file__).resolve().parents[1]
AS_OF = "2026-11-21"
HEARTBEAT_MS = 5
SETTLE_MS = 250  # keep watching this long after an action looks done (late repaints)
TIMEOUT_S = 120.0
TRACKER = "S07_raid_log_four_sheets.xlsx"
FIXTURES = ROOT.parent / "shared" / "fixtures"


# --- the parent: build, spawn one worker per size, print -----------------------------------


def build(path: Path, projects: int) -> None:
    if path.exists():
        return
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(tmp),
                    "--projects", str(projects), "--as-of", AS_OF],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    tmp.rename(path)


def bytecode_env() -> dict[str, str]:
    """The worker's environment, with our modules compiled to bytecode first, as an
    installed app ships them: a shell with ``PYTHONDONTWRITEBYTECODE`` set would
    otherwise have every view compile its modules on the GUI thread when it first
    opens (380 ms of ``compile`` in the first view's stall)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pmo_desktop")],
                   env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return env


def measure(db: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    proc = subprocess.run([sys.executable, __file__, "--worker", str(db)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=3600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("[")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the worker failed ({proc.returncode}): {proc.stderr[-3000:]}")
    return list(json.loads(lines[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir())
                                               / "pmo_responsive_bench"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(Path(args.worker))
    folder = Path(args.cache)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results: dict[int, list[dict[str, Any]]] = {}
    env = bytecode_env()
    for n in sizes:
        db = folder / f"demo-{n}.pmo"
        build(db, n)
        runs = [measure(db, env) for _ in range(max(1, args.repeat))]
        results[n] = [min((next(r for r in run if r["action"] == row["action"])
                           for run in runs), key=lambda r: r["stall_ms"])
                      for row in runs[0]]
    actions = [r["action"] for r in results[sizes[0]]]
    head = f"{'action':<34}" + "".join(f"{f'{n:,} stall ms':>15}{'cpu ms':>8}{'filled ms':>11}"
                                         for n in sizes)
    print(head)
    print("-" * len(head))
    by_size = {n: {r["action"]: r for r in rows} for n, rows in results.items()}
    for action in actions:
        line = f"{action:<34}"
        for n in sizes:
            r = by_size[n].get(action)
            line += (f"{r['stall_ms']:>15.0f}{r.get('cpu_ms', float('nan')):>8.0f}"
                     f"{r['filled_ms']:>11.0f}") if r else f"{'—':>34}"
        print(line)
    worst = {str(n): max((r["stall_ms"] for r in rows), default=0.0)
             for n, rows in results.items()}
    print(json.dumps({"sizes": sizes, "worst_stall_ms": worst,
                      "actions": {str(n): {r["action"]: {"stall_ms": r["stall_ms"],
                                                         "cpu_ms": r.get("cpu_ms"),
                                                         "filled_ms": r["filled_ms"]}
                                           for r in rows}
                                  for n, rows in results.items()}}))
    return 0


# --- the worker: one window, one portfolio ---------------------------------------------------


def worker(source: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTableView

    from pmo_desktop.ui import app as app_module

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    profile = Path(tempfile.mkdtemp(prefix="pmo_bench_profile_"))
    db = profile / source.name
    shutil.copyfile(source, db)
    try:  # what run_app does around start (a checkout before it has no collector)
        from pmo_desktop.ui import collector
    except ImportError:
        collector = None
    if collector is not None:
        collector.install(app)
    window = app_module.start(app, str(db), str(profile))
    assert window is not None, "the portfolio did not open"
    if collector is not None:
        collector.watch(window)
    window.resize(1366, 768)
    clock = QElapsedTimer()
    clock.start()
    beat = {"last": 0.0, "gap": 0.0, "cpu_last": 0.0, "cpu": 0.0}

    def tick() -> None:
        now, cpu = clock.nsecsElapsed() / 1e6, time.thread_time() * 1000
        if now - beat["last"] > beat["gap"]:
            beat["gap"], beat["cpu"] = now - beat["last"], cpu - beat["cpu_last"]
        beat["last"], beat["cpu_last"] = now, cpu

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(tick)
    heart.start(HEARTBEAT_MS)

    def idle() -> bool:
        """No background read or job of the window is running, every page is filled."""
        ctx = window.ctx
        runner = getattr(ctx, "runner", None)
        if runner is not None and (getattr(runner, "_running", None)
                                   or runner.is_busy()):
            return False
        for page in (window.page(n) for n in ("portfolio", "project", "quality", "risks",
                                              "dashboard", "resources", "financials",
                                              "periods", "changes")):
            if page is None:
                continue
            loading = getattr(page, "is_loading", None)
            if callable(loading) and loading():
                return False
            model = getattr(page, "model", None)
            ready = getattr(model, "figures_ready", None)
            if callable(ready) and not ready():
                return False
        for dialog in app.topLevelWidgets():
            busy = getattr(dialog, "is_busy", None)
            if isinstance(dialog, QDialog) and dialog.isVisible() and callable(busy) \
                    and busy():
                return False
        return True

    def run(action: Callable[[], Any]) -> dict[str, float]:
        """Run ``action`` from the event loop; watch until filled and settled."""
        loop = QEventLoop()
        state: dict[str, float] = {}

        def start() -> None:
            beat["gap"], beat["last"] = 0.0, clock.nsecsElapsed() / 1e6
            beat["cpu"], beat["cpu_last"] = 0.0, time.thread_time() * 1000
            state["t0"] = clock.nsecsElapsed() / 1e6
            action()
            tick()  # the action's own time counts as a stall

        def watch() -> None:
            now = clock.nsecsElapsed() / 1e6
            if "t0" not in state:
                return
            if "filled" not in state and idle():
                state["filled"] = now - state["t0"]
            if "filled" in state and now - state["t0"] - state["filled"] >= SETTLE_MS:
                loop.quit()
            if now - state["t0"] > TIMEOUT_S * 1000:
                state.setdefault("filled", float("nan"))
                loop.quit()

        poll = QTimer()
        poll.timeout.connect(watch)
        poll.start(HEARTBEAT_MS)
        QTimer.singleShot(0, start)
        loop.exec()
        poll.stop()
        return {"stall_ms": round(beat["gap"], 1), "filled_ms": round(state["filled"], 1),
                "cpu_ms": round(beat["cpu"], 1)}

    out: list[dict[str, Any]] = []

    def record(name: str, action: Callable[[], Any]) -> None:
        figures = run(action)
        out.append({"action": name, **figures})
        sys.stderr.write(f"{name}: {figures}\n")

    def main_table(page: Any) -> QTableView | None:
        tables = [t for t in page.findChildren(QTableView) if t.isVisible()
                  and t.model() is not None]
        return max(tables, key=lambda t: t.model().rowCount(), default=None)

    def search_box(page: Any) -> QLineEdit | None:
        boxes = [b for b in page.findChildren(QLineEdit) if b.isVisible()
                 and b.isClearButtonEnabled()]
        return boxes[0] if boxes else None

    window.show()
    record("open portfolio (first view)", lambda: None)
    views = [("dashboard", "Dashboard"), ("portfolio", "Portfolio"),
             ("risks", "Risks & RAID"), ("resources", "Resources"),
             ("financials", "Financials"), ("changes", "Changes"), ("periods", "Periods")]
    for name, title in views:
        record(f"open {title}", lambda n=name: window.show_view(n))
        page = window.page(name)
        table = main_table(page) if page is not None else None
        if table is not None:
            column = 2 if table.model().columnCount() > 2 else 0
            record(f"sort {title}", lambda t=table, c=column:
                   t.sortByColumn(c, Qt.SortOrder.DescendingOrder))
            record(f"sort {title} again", lambda t=table, c=column:
                   t.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        box = search_box(page) if page is not None else None
        if box is not None:
            record(f"filter {title}", lambda b=box: b.setText("data"))
            record(f"clear filter {title}", lambda b=box: b.clear())
    code = window.ctx.store.query("SELECT code FROM project ORDER BY code LIMIT 1")[0]["code"]
    record("open a project", lambda: window.ctx.navigate.emit("project", {"code": code}))
    record("open Data quality", lambda: window.show_view("quality"))
    record("steering pack dialog", window._on_steering_pack)
    for dialog in [d for d in app.topLevelWidgets() if isinstance(d, QDialog)]:
        dialog.reject()
    tracker = FIXTURES / TRACKER
    record("import wizard (one tracker)", lambda: window.import_files(
        [str(tracker)] if tracker.exists() else None))
    for dialog in [d for d in app.topLevelWidgets() if isinstance(d, QDialog)]:
        dialog.reject()
    record("back to Risks & RAID", lambda: window.show_view("risks"))
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    heart.stop()
    window.close()
    app.processEvents()
    shutil.rmtree(profile, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if "--worker" in sys.argv and str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    started = time.time()
    code = main()
    sys.stderr.write(f"done in {time.time() - started:.0f} s\n")
    sys.exit(code)
