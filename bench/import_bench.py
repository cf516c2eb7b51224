"""Import benchmark: dry-run, apply and re-import of 1k/10k/100k-row trackers.

Generates realistic 20-column RAID trackers (cached in a temp folder), then for each
size measures seconds and peak memory of:

Each step runs in a fresh process, so its peak memory is that process's peak RSS; each
is run ``--repeat`` times (default 3) and the median run is shown (this machine's timings
wander by ±10–20% from run to run).

- dry-run:   read + detect + plan, nothing written;
- apply:     the same, written into a fresh portfolio in one transaction;
- re-import: the same file again (nothing changes);
- pandas:    ``pandas.read_excel(engine="calamine")`` + ``DataFrame.to_sql`` into SQLite
             (optional: ``pip install pandas``), and our apply time / pandas time.

The last line printed is one JSON object with every figure.

    python bench/import_bench.py [--sizes 1000,10000,100000] [--repeat 3] [--dir /tmp/pmo_bench]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADERS = [
    "Risk ID", "Title", "Description", "Risk Owner", "Status", "Probability", "Impact",
    "Date Raised", "Due Date", "Category", "Response", "Mitigation", "Proximity", "Trend",
    "Priority", "Severity", "Notes", "Next Action", "Raised By", "Review Date",
]
WORDS = ("supplier delay budget vendor integration testing resource data migration "
         "security approval regulatory scope schedule contract licence network hardware "
         "training stakeholder cutover performance capacity legacy interface").split()
PEOPLE = [f"{f} {l}" for f in ("Ana", "Ben", "Chloe", "Dev", "Eva", "Farid", "Grace", "Hugo")
          for l in ("Smith", "Patel", "Garcia", "Müller", "Dubois", "Silva")]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def generate(path: Path, rows: int, seed: int = 7) -> Path:
    """A tracker with a title block above a 20-column header (openpyxl write-only)."""
    import openpyxl

    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Risk Register")
    ws.append(["Programme risk register"])
    ws.append([f"Generated {date(2026, 1, 31).isoformat()}"])
    ws.append([])
    ws.append(HEADERS)
    start = date(2025, 1, 1)
    for i in range(1, rows + 1):
        raised = start + timedelta(days=rng.randrange(365))
        ws.append([
            f"R-{i:06d}", _sentence(rng, 5), _sentence(rng, 14), rng.choice(PEOPLE),
            rng.choice(("Open", "Closed", "Monitoring", "Open", "Open")),
            rng.choice(("High", "Medium", "Low", "Very High", "Very Low")),
            rng.randint(1, 5), raised, raised + timedelta(days=rng.randrange(30, 200)),
            rng.choice(("Schedule", "Cost", "Technical", "Supplier", "Legal")),
            rng.choice(("Mitigate", "Accept", "Transfer", "Avoid")), _sentence(rng, 8),
            rng.choice(("This month", "Next 3 months", "Next 6 months", "Far away")),
            rng.choice(("Increasing", "Stable", "Decreasing")),
            rng.choice(("High", "Medium", "Low", "Critical")),
            rng.choice(("Minor", "Major", "Moderate", "Critical")), _sentence(rng, 6),
            _sentence(rng, 4), rng.choice(PEOPLE), raised + timedelta(days=14),
        ])
    wb.save(path)
    return path


def _worker(step: str, path: str, db: str) -> dict[str, Any]:
    """One measured step in this (fresh) process: seconds and peak RSS."""
    import resource

    if step == "pandas":
        import sqlite3

        import pandas as pd
    else:
        import python_calamine  # noqa: F401  (modules load before the clock starts)

        from pmo_desktop.operations.imports import import_files
        from pmo_desktop.store import open_store
    t0 = time.perf_counter()
    if step == "pandas":
        df = pd.read_excel(path, engine="calamine", header=3)
        with sqlite3.connect(db) as conn:
            df.to_sql("risk", conn, index=False)
        counts: dict[str, Any] = {"created": len(df)}
    else:
        store = open_store(db)
        try:
            res = import_files(store, [path], dry_run=(step == "dry_run"), project_code="BENCH").value
        finally:
            store.close()
        tp = res.files[0].tables[0]
        counts = {"created": tp.count("create"), "updated": tp.count("update"),
                  "unchanged": tp.count("unchanged")}
    secs = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": round(secs, 3), "peak_mb": round(peak_kb / 1024, 1), **counts}


def _run_step(step: str, path: Path, db: Path) -> dict[str, Any] | None:
    proc = subprocess.run([sys.executable, __file__, "--worker", step, str(path), str(db)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        if step == "pandas":
            return None
        raise RuntimeError(proc.stderr)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _median(runs: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    """The run with the median seconds (its own peak memory and counts with it)."""
    done = sorted((r for r in runs if r), key=lambda r: r["seconds"])
    if not done:
        return None
    mid = dict(done[len(done) // 2])
    mid["runs"] = [r["seconds"] for r in runs if r]
    return mid


def run_size(rows: int, folder: Path, repeat: int = 3) -> dict[str, Any]:
    path = folder / f"tracker_{rows}.xlsx"
    if not path.exists():
        generate(path, rows)
    db = folder / f"bench_{rows}.pmo"
    pdb = folder / f"pandas_{rows}.db"
    runs: dict[str, list[dict[str, Any] | None]] = {
        "dry_run": [], "apply": [], "reimport": [], "pandas": []}
    for _ in range(repeat):
        for p in list(folder.glob(f"bench_{rows}.pmo*")) + [pdb]:
            if p.exists():
                p.unlink()
        for step in ("dry_run", "apply", "reimport"):  # apply into a fresh portfolio
            runs[step].append(_run_step(step, path, db))
        runs["pandas"].append(_run_step("pandas", path, pdb))
    out: dict[str, Any] = {"rows": rows, **{step: _median(r) for step, r in runs.items()}}
    if out["pandas"]:
        out["ratio_apply_to_pandas"] = round(out["apply"]["seconds"] / out["pandas"]["seconds"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "pmo_bench"))
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each step (fresh processes); the median is shown")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(*args.worker)))
        return 0
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    results = [run_size(int(s), folder, max(1, args.repeat)) for s in args.sizes.split(",")]
    print(f"{'rows':>8} {'dry-run s':>10} {'MB':>7} {'apply s':>9} {'MB':>7} "
          f"{'re-imp s':>9} {'MB':>7} {'pandas s':>9} {'MB':>7} {'ratio':>6}")
    for r in results:
        pd_ = r.get("pandas") or {}
        print(f"{r['rows']:>8} {r['dry_run']['seconds']:>10.2f} {r['dry_run']['peak_mb']:>7.0f} "
              f"{r['apply']['seconds']:>9.2f} {r['apply']['peak_mb']:>7.0f} "
              f"{r['reimport']['seconds']:>9.2f} {r['reimport']['peak_mb']:>7.0f} "
              f"{pd_.get('seconds', float('nan')):>9.2f} {pd_.get('peak_mb', float('nan')):>7.0f} "
              f"{r.get('ratio_apply_to_pandas', float('nan')):>6.2f}")
    print(json.dumps({"import_bench": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
