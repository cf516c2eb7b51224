"""Roadmap benchmark (offscreen): paint time of the Roadmap view and the GUI stall of
opening it.

    cd <checkout> && python bench/roadmap_bench.py [--sizes 500,2000] [--cache DIR]

For each size it builds a demo portfolio (``python main.py demo --projects N``, kept in
``--cache`` so a second run skips the build), then, in a fresh process, opens the real
main window offscreen at 1366×768 with a heartbeat ``QTimer`` (every 5 ms) and measures:

* open: the longest GUI-thread stall while the Roadmap view is opened and filled (its
  read runs off the GUI thread), the time until it is filled, and the two parts the GUI
  thread runs itself: building the view (``show_view``) and ``fill``;
* paint: a full repaint of the roadmap's viewport (median and worst of 15), at quarter
  zoom with every programme open, and with 20 projects unfolded to their phases;
* scroll: a page down and its repaint (worst of 20 steps through the rows);
* zoom: a zoom step (month, year, quarter) and its repaint (worst).

Prints a table, then one JSON object. Goal (issue 13): paint under 200 ms at 500
projects; no stall over 100 ms opening the view.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path.cwd() if (Path.cwd() / "pmo_desktop").is_dir() else Path(__file__).resolve().parents[1]
AS_OF = "2026-11-21"


def build(path: Path, projects: int) -> None:
    if path.exists():
        return
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(tmp),
                    "--projects", str(projects), "--as-of", AS_OF],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    tmp.rename(path)


def measure(db: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, __file__, "--worker", str(db)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the worker failed ({proc.returncode}): {proc.stderr[-3000:]}")
    return dict(json.loads(lines[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir())
                                               / "pmo_roadmap_bench"))
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(Path(args.worker))
    folder = Path(args.cache)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = {}
    for n in sizes:
        db = folder / f"demo-{n}.pmo"
        build(db, n)
        results[n] = measure(db)
    keys = list(results[sizes[0]])
    head = f"{'measure (ms)':<34}" + "".join(f"{f'{n:,} projects':>16}" for n in sizes)
    print(head)
    print("-" * len(head))
    for key in keys:
        print(f"{key:<34}" + "".join(f"{results[n][key]:>16.1f}" for n in sizes))
    print(json.dumps({"sizes": sizes, "results": {str(n): r for n, r in results.items()}}))
    return 0


def worker(source: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.ui import app as app_module
    from pmo_desktop.ui import collector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    profile = Path(tempfile.mkdtemp(prefix="pmo_roadmap_bench_"))
    db = profile / source.name
    shutil.copyfile(source, db)
    collector.install(app)
    window = app_module.start(app, str(db), str(profile))
    assert window is not None, "the portfolio did not open"
    collector.watch(window)
    window.resize(1366, 768)
    clock = QElapsedTimer()
    clock.start()
    beat = {"last": 0.0, "gap": 0.0}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        beat["gap"] = max(beat["gap"], now - beat["last"])
        beat["last"] = now

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(tick)
    heart.start(5)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(1500)  # the start-up's own reads
    out: dict[str, float] = {}
    beat["gap"], beat["last"] = 0.0, clock.nsecsElapsed() / 1e6
    t0 = clock.nsecsElapsed() / 1e6
    window.show_view("roadmap")
    tick()
    out["open: show_view call"] = clock.nsecsElapsed() / 1e6 - t0
    view = window.page("roadmap")
    fills: list[float] = []
    if view is not None:
        fill = view.fill

        def timed_fill(value: Any) -> None:
            t = time.perf_counter()
            fill(value)
            fills.append((time.perf_counter() - t) * 1000)
        view.fill = timed_fill  # type: ignore[method-assign]
    deadline = time.monotonic() + 120
    while (view is None or not view.has_data() or view.is_loading()) \
            and time.monotonic() < deadline:
        wait(5)
        view = view or window.page("roadmap")
    assert view is not None and view.has_data(), "the roadmap did not fill"
    out["open: filled"] = clock.nsecsElapsed() / 1e6 - t0
    wait(250)
    out["open: worst stall"] = beat["gap"]
    out["open: fill (GUI thread)"] = max(fills, default=0.0)
    canvas = view.canvas
    heart.stop()

    def paint() -> float:
        t = time.perf_counter()
        canvas.viewport().repaint()
        return (time.perf_counter() - t) * 1000

    def paints(label: str) -> None:
        times = [paint() for _ in range(15)]
        out[f"paint {label}: median"] = statistics.median(times)
        out[f"paint {label}: worst"] = max(times)

    paints("quarter")
    for p in [p for p in canvas.projects if p.phases][:20]:
        canvas.expanded.add(p.id)
    canvas._rebuild()
    paints("unfolded")
    bar = canvas.verticalScrollBar()
    steps = []
    for _ in range(20):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        canvas.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
    out["scroll page + paint: worst"] = max(steps)
    zooms = []
    for zoom in ("month", "year", "quarter"):
        t = time.perf_counter()
        canvas.set_zoom(zoom)
        canvas.viewport().repaint()
        zooms.append((time.perf_counter() - t) * 1000)
    out["zoom step + paint: worst"] = max(zooms)
    out["rows"] = float(len(canvas.rows))
    print(json.dumps(out))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
