"""Backup and restore of a large portfolio: how long a backup takes (SQLite's backup API,
as the daily and pre-import backups take it, off the GUI thread), the check a restore
makes of the file, and the restore itself.

    python bench/backup_bench.py [--projects 10000] [--cache DIR] [--repeat 5]

The portfolio is the demo at that size (``python main.py demo --projects N``, kept in
``--cache`` so a second run skips the build). Each figure is the median of ``--repeat``
runs; a backup is also timed while the app's writer connection holds the file open.
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pmo_desktop.store import backups, open_store  # noqa: E402
from pmo_desktop.store.restore import check_backup, restore_file  # noqa: E402

AS_OF = "2026-11-21"


def build(path: Path, projects: int) -> float:
    if path.exists():
        return 0.0
    start = time.perf_counter()
    tmp = path.with_suffix(".building")
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(tmp),
                    "--projects", str(projects), "--as-of", AS_OF],
                   check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    tmp.rename(path)
    return time.perf_counter() - start


def timed(work: object, repeat: int) -> float:
    """The median time of ``work()`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--cache", default=None, metavar="DIR")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else Path(tempfile.gettempdir()) / "pmo_backup_bench"
    cache.mkdir(parents=True, exist_ok=True)
    source = cache / f"demo-{args.projects}.pmo"
    built_s = build(source, args.projects)
    work = Path(tempfile.mkdtemp(prefix="pmo_backup_bench_"))
    try:
        portfolio = work / "Portfolio.pmo"
        shutil.copyfile(source, portfolio)
        with open_store(portfolio) as store:
            projects = store.counts()["project"]
            size = portfolio.stat().st_size
            backup_ms = timed(lambda: backups.take_backup(portfolio, "manual"), args.repeat)
            with store.write() as tx:  # a WAL with a fresh change in it, as after an edit
                tx.create("project", {"code": "BENCH-NEW", "name": "Written just now"})
            open_backup_ms = timed(lambda: backups.take_backup(portfolio, "import"),
                                   args.repeat)
        made = backups.list_backups(portfolio)[0].path
        check_ms = timed(lambda: check_backup(made), args.repeat)
        restore_ms = timed(lambda: restore_file(portfolio, made), args.repeat)
        list_ms = timed(lambda: [backups.project_count(b.path)
                                 for b in backups.list_backups(portfolio)], args.repeat)
        kept = len(backups.list_backups(portfolio))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [("backup (backups folder)", backup_ms),
            ("backup with the writer open", open_backup_ms),
            ("check a backup before restore", check_ms),
            ("restore (incl. backup of current)", restore_ms),
            (f"list {kept} backups with project counts", list_ms)]
    print(f"{projects:,} projects, {size / 1e6:.1f} MB file "
          f"(demo built in {built_s:.1f} s{' ' if built_s else ', cached'}); "
          f"median of {args.repeat}")
    print(f"{'step':<40} {'ms':>9}")
    for name, ms in rows:
        print(f"{name:<40} {ms:>9.1f}")
    print(json.dumps({"backup_bench": {
        "projects": projects, "file_mb": round(size / 1e6, 2), "repeat": args.repeat,
        "backup_ms": round(backup_ms, 1), "backup_writer_open_ms": round(open_backup_ms, 1),
        "check_ms": round(check_ms, 1), "restore_ms": round(restore_ms, 1),
        "list_ms": round(list_ms, 1), "backups_kept": kept}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
