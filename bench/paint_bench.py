"""Time to repaint the portfolio table: N full repaints of its viewport in the main
window at 1366×768 (offscreen), once with every cell's values cached (a repaint after
a scroll or a hover) and once right after a model reset (the first repaint after an
edit, a delete or an undo reloads the rows: every visible cell is formatted again, and
the view's own reaction to the reset, e.g. its filter chips, is included). Median wall
and worst wall ms per repaint, and the median CPU ms of this process.

    python bench/paint_bench.py PORTFOLIO.pmo [...] [-n 20] [--checkout DIR]

Each portfolio is copied to a temporary folder first. ``--checkout`` times another
checkout's package (e.g. ``/work/main`` for the figures before a change). One table row
per portfolio, last line one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("portfolios", nargs="+", type=Path)
    parser.add_argument("-n", type=int, default=20, help="repaints timed (default 20)")
    parser.add_argument("--checkout", type=Path,
                        default=Path(__file__).resolve().parent.parent,
                        help="the checkout whose package is timed (default: this one)")
    return parser.parse_args()


ARGS = _args()
sys.path.insert(0, str(ARGS.checkout.resolve()))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LIMIT_S = 300.0


def settle(app: QApplication, done: Any) -> None:
    t0 = time.perf_counter()
    while not done() and time.perf_counter() - t0 < LIMIT_S:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(5):
        app.processEvents()


def _timed(action: Any, n: int) -> tuple[float, float, float]:
    """(median wall ms, worst wall ms, median CPU ms of this process) of ``n`` calls of
    ``action`` (the CPU time is steadier on a busy machine)."""
    times, cpu = [], []
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


def bench(app: QApplication, source: Path, n: int) -> dict[str, Any]:
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    work = Path(tempfile.mkdtemp())
    db = work / source.name
    shutil.copyfile(source, db)
    paths = AppPaths(work / "config", work / "data").ensure()
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, paths)
    window.resize(1366, 768)
    window.show()
    window.open_portfolio(db, "portfolio")
    page = window.page("portfolio")
    settle(app, lambda: page is not None and page.model.figures_ready()
           and window.ctx is not None and window.ctx.store.pages_checked)
    model, viewport = page.model, page.table.viewport()
    viewport.grab()  # the first paint fills the caches

    def reset_and_paint() -> None:
        model.beginResetModel()
        model._clear_caches()
        model.endResetModel()
        viewport.grab()

    warm = _timed(viewport.grab, n)
    reset = _timed(reset_and_paint, n)
    result = {"projects": model.total_count(), "viewport": [viewport.width(), viewport.height()],
              "repaint_ms": round(warm[0], 1), "repaint_worst_ms": round(warm[1], 1),
              "repaint_cpu_ms": round(warm[2], 1),
              "reset_repaint_ms": round(reset[0], 1), "reset_repaint_worst_ms": round(reset[1], 1),
              "reset_repaint_cpu_ms": round(reset[2], 1)}
    window.close()
    window.deleteLater()
    app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    return result


def main() -> None:
    app = QApplication([])
    import pmo_desktop

    print(f"checkout: {Path(pmo_desktop.__file__).resolve().parent.parent}  repaints: {ARGS.n}")
    print(f"{'portfolio':<16} {'projects':>8} {'viewport':>9} {'repaint ms':>11} {'worst':>6} "
          f"{'cpu':>6} {'after reset ms':>15} {'worst':>6} {'cpu':>6}")
    out = {}
    for source in ARGS.portfolios:
        r = bench(app, source, ARGS.n)
        out[source.name] = r
        size = "×".join(map(str, r["viewport"]))
        print(f"{source.name:<16} {r['projects']:>8} {size:>9} {r['repaint_ms']:>11.1f} "
              f"{r['repaint_worst_ms']:>6.1f} {r['repaint_cpu_ms']:>6.1f} "
              f"{r['reset_repaint_ms']:>15.1f} {r['reset_repaint_worst_ms']:>6.1f} "
              f"{r['reset_repaint_cpu_ms']:>6.1f}", flush=True)
    print(json.dumps({"checkout": str(ARGS.checkout), "repaints": ARGS.n, "portfolios": out}))


if __name__ == "__main__":
    main()
