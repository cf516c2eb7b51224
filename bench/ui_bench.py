"""UI benchmark (offscreen): start-up to the portfolio view, filter, sort, peak memory.

    python bench/ui_bench.py [--sizes 40,1000,10000] [--runs 3] [--cache DIR]

For each size it builds a demo store with ``python main.py demo --db … --projects N``
(kept in ``--cache`` when given, so a second run skips the build), then starts the
app in a subprocess with ``PMO_DESKTOP_BENCH=1``: the app notes when the portfolio
view is on screen with its rows ("shown") and when every row has its figures ("full":
a large portfolio reads them off the GUI thread and shows "…" until then; for a small
one both are the same), times a text filter and two sorts, prints one JSON line and
quits. Times are measured from just before the process is spawned. The median of
``--runs`` starts is reported. The last line printed is one JSON object.

Targets (issue 4): demo shown ≤ 0.6 s; 10k shown ≤ 1.2 s; filter and sort < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-21"


def build(path: Path, projects: int) -> float:
    if path.exists():
        return 0.0
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
                    "--projects", str(projects), "--as-of", AS_OF],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def start_once(db: Path) -> dict[str, float]:
    env = dict(os.environ, PMO_DESKTOP_BENCH="1", QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as profile:
        t0 = time.time()
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db),
                               "--profile", profile], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the app failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(lines[-1])
    data["shown_s"] = data.pop("shown_at") - t0
    data["complete_s"] = data.pop("complete_at") - t0
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="40,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", default=None, help="keep the built stores in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    tmp = tempfile.TemporaryDirectory()
    folder = Path(args.cache) if args.cache else Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, float]] = {}
    for n in sizes:
        db = folder / f"bench-{n}.pmo"
        built = build(db, n)
        runs = [start_once(db) for _ in range(args.runs)]
        med = {key: statistics.median(r[key] for r in runs)
               for key in ("shown_s", "complete_s", "filter_ms", "sort_ms", "sort_money_ms", "peak_rss_mb")}
        med["rows"] = runs[0]["rows"]
        med["formatted_rows_at_show"] = runs[0]["formatted_rows_at_show"]
        med["rows_at_show"] = runs[0].get("rows_at_show", 0)
        med["build_s"] = round(built, 2)
        results[str(n)] = med
    print(f"{'projects':>9} {'shown s':>8} {'full s':>7} {'filter ms':>10} {'sort ms':>8} "
          f"{'sort £ ms':>9} {'peak MB':>8} {'rows fmt':>9}")
    for n, r in results.items():
        print(f"{n:>9} {r['shown_s']:>8.3f} {r['complete_s']:>7.3f} {r['filter_ms']:>10.1f} {r['sort_ms']:>8.1f} "
              f"{r['sort_money_ms']:>9.1f} {r['peak_rss_mb']:>8.0f} "
              f"{int(r['formatted_rows_at_show']):>9}")
    tmp.cleanup()
    print(json.dumps({"ui_bench": {n: {k: round(v, 4) if isinstance(v, float) else v
                                       for k, v in r.items()} for n, r in results.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
