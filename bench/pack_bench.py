"""Time and peak memory of the steering pack for the demo portfolio and 500 projects.

    python bench/pack_bench.py [--projects 40,500] [--keep DIR]

Each size runs in its own child process, so the peak memory (max RSS) is that of one
build: the demo store is written first (not timed), then ``build_pack`` is timed.
Prints a readable table, then one JSON line last. Targets (issue 5): demo < 1.5 s;
500 projects < 8 s and < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 21)
TARGETS = {40: (1.5, None), 500: (8.0, 400.0)}


def _peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run_one(projects: int, folder: Path) -> dict[str, object]:
    from pmo_desktop.reports.api import PackOptions, build_pack
    from pmo_desktop.store import open_store
    from pmo_desktop.store.demo import build_demo

    db = folder / f"bench-{projects}.pmo"
    with open_store(db) as store:
        build_demo(store, projects=projects, today=TODAY)
        before = _peak_mb()
        started = time.perf_counter()
        result = build_pack(store, folder / f"pack-{projects}.pdf", PackOptions(as_of=TODAY))
        seconds = time.perf_counter() - started
    return {"projects": projects, "pages": result.pages, "seconds": round(seconds, 3),
            "pages_per_second": round(result.pages / seconds, 1),
            "peak_mb": round(_peak_mb(), 1), "peak_mb_before_pack": round(before, 1),
            "pdf_kb": round((folder / f"pack-{projects}.pdf").stat().st_size / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", default="40,500")
    parser.add_argument("--keep", type=Path, default=None, help="keep stores and PDFs here")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="pmo-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        print(json.dumps(run_one(args.child, folder)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="pmo-bench-") as tmp:
        folder = args.keep or Path(tmp)
        for n in (int(x) for x in args.projects.split(",") if x.strip()):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(n), "--keep", str(folder)],
                check=True, capture_output=True, text=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    ok = True
    print(f"{'projects':>8} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak MB':>8} "
          f"{'PDF KB':>8}  target")
    for r in rows:
        limit_s, limit_mb = TARGETS.get(int(r["projects"]), (None, None))  # type: ignore[arg-type]
        met = (limit_s is None or float(r["seconds"]) < limit_s) and (  # type: ignore[arg-type]
            limit_mb is None or float(r["peak_mb"]) < limit_mb)  # type: ignore[arg-type]
        ok = ok and met
        target = "" if limit_s is None else (
            f"< {limit_s:g} s" + (f", < {limit_mb:g} MB" if limit_mb else "") +
            (" ok" if met else " MISSED"))
        print(f"{r['projects']:>8} {r['pages']:>6} {r['seconds']:>8} {r['pages_per_second']:>8} "
              f"{r['peak_mb']:>8} {r['pdf_kb']:>8}  {target}")
    print(json.dumps({"bench": "pack", "results": rows, "targets_met": ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
