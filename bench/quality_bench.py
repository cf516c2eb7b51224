"""Data quality benchmark: ``pmo-desktop check`` and opening the Data quality view.

    python bench/quality_bench.py [--sizes 2000,10000] [--cache DIR] [--tree PATH]

For each size it builds a demo portfolio (``demo --projects N``, kept in ``--cache``
when given), then, with the package of ``--tree`` (default: this checkout; pass another
checkout to measure it the same way):

- ``check_s``: wall time of ``python -m pmo_desktop.cli check --db … --json`` (with
  the interpreter's start), ``check_cpu_s`` the CPU time it used (steadier than wall
  time on a busy machine), and the SHA-256 of its output (``check_sha``: equal across
  trees when the findings are);
- the view, offscreen in a child process: ``open_ms`` the time its constructor holds
  the GUI thread, ``stall_ms`` the longest the GUI thread was blocked from opening to
  filled in (a 5 ms heartbeat timer), ``filled_ms`` the time until the findings are
  shown, ``cpu_ms`` the CPU time of the GUI process until then, ``rows`` how many.

Prints a table; the last line is one JSON object. Target (issue 11): no GUI-thread stall
over 100 ms at 10,000 projects.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-30"

VIEW = r"""
import json, sys, tempfile, time
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pmo_desktop.store import open_store
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.undo_stack import UndoStack
from pmo_desktop.ui.quality import create_view
store = open_store(sys.argv[1])
folder = tempfile.mkdtemp()
ctx = AppContext(store, QSettings(folder + "/s.ini", QSettings.Format.IniFormat), UndoStack())
clock = QElapsedTimer()
ticks = []
beat = QTimer()
beat.setInterval(5)
beat.timeout.connect(lambda: ticks.append(clock.elapsed()))
clock.start()
beat.start()
view = create_view(ctx)
opened = clock.elapsed()
view.show()
deadline = time.monotonic() + 600
while getattr(view, "loading", False) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
filled = clock.elapsed()
app.processEvents()
beat.stop()
marks = [0, *ticks, filled]
stall = max(b - a for a, b in zip(marks, marks[1:]))
print(json.dumps({"open_ms": opened, "stall_ms": max(stall, opened), "filled_ms": filled,
                  "cpu_ms": round(time.process_time() * 1000), "rows": view.model.rowCount()}))
ctx.runner.shutdown() if hasattr(ctx, "runner") else None
store.close()
"""


def build(path: Path, projects: int, tree: Path) -> None:
    if not path.exists():
        subprocess.run([sys.executable, "-m", "pmo_desktop.cli", "demo", "--db", str(path),
                        "--projects", str(projects), "--as-of", AS_OF],
                       check=True, stdout=subprocess.DEVNULL, cwd=tree)


def check(db: Path, tree: Path) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pmo_desktop.cli", "check", "--db", str(db),
                           "--json"], cwd=tree, capture_output=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.decode()[-2000:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, hashlib.sha256(proc.stdout).hexdigest()[:12]


def view(db: Path, tree: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", VIEW, str(db)], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=900)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the view failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data: dict[str, float] = json.loads(lines[-1])
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the demo portfolios here between runs")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="the checkout whose pmo_desktop is measured")
    args = parser.parse_args()
    tree = args.tree.resolve()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.cache or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            db = folder / f"quality-{n}.pmo"
            build(db, n, tree)
            seconds, cpu, sha = check(db, tree)
            results.append({"projects": n, "check_s": round(seconds, 2),
                            "check_cpu_s": round(cpu, 2), "check_sha": sha, **view(db, tree)})
    print(f"{'projects':>9} {'check s':>8} {'cpu s':>6} {'open ms':>8} {'stall ms':>9}"
          f" {'filled ms':>10} {'cpu ms':>7} {'rows':>6}  check sha")
    for r in results:
        print(f"{r['projects']:>9} {r['check_s']:>8.2f} {r['check_cpu_s']:>6.2f} "
              f"{r['open_ms']:>8.0f} {r['stall_ms']:>9.0f} {r['filled_ms']:>10.0f} "
              f"{r['cpu_ms']:>7} {r['rows']:>6}  {r['check_sha']}")
    print(json.dumps({"tree": str(tree), "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
