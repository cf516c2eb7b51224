"""Plan import benchmark: a generated Microsoft Project XML plan of N tasks (default 1,000:
phases of work packages of tasks, finish-to-start links with lags, resources, baselines).

Figures (median of ``--repeat`` runs, seconds):

- cli_dry_run:   ``pmo-desktop import --dry-run --json`` in a fresh process (wall);
- cli_import:    ``pmo-desktop import`` into a fresh portfolio in a fresh process (wall);
- cli_reimport:  the same file again (everything unchanged; nothing written);
- *_cpu:         the same commands' CPU seconds (user + system), steadier under load;
- read, plan, apply: the phases in this process (read + detect, plan, write).

The last line printed is one JSON object with every figure.

    python bench/plan_import_bench.py [--tasks 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NS = "http://schemas.microsoft.com/project"


def generate(path: Path, tasks: int) -> Path:
    """An MSPDI plan of ``tasks`` tasks: every 50th a phase, every 10th a work package."""
    day = date(2027, 1, 4)
    out = [f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
           "<Title>Bench plan</Title><MinutesPerDay>480</MinutesPerDay><Tasks>"
           "<Task><UID>0</UID><ID>0</ID><Name>Bench plan</Name><OutlineLevel>0</OutlineLevel>"
           "<Summary>1</Summary></Task>"]
    phase = package = leaf = 0
    prev_leaf = None
    for uid in range(1, tasks + 1):
        if (uid - 1) % 50 == 0:
            phase, package, level, summary = phase + 1, 0, 1, 1
            outline = f"{phase}"
        elif (uid - 1) % 10 == 0:
            package, leaf, level, summary = package + 1, 0, 2, 1
            outline = f"{phase}.{package}"
        else:
            leaf, level, summary = leaf + 1, 3, 0
            outline = f"{phase}.{max(package, 1)}.{leaf}"
        start = day + timedelta(days=7 * (uid // 5))
        finish = start + timedelta(days=4)
        link = ""
        if not summary and prev_leaf is not None:
            link = (f"<PredecessorLink><PredecessorUID>{prev_leaf}</PredecessorUID><Type>1</Type>"
                    f"<LinkLag>{4800 * (uid % 3)}</LinkLag></PredecessorLink>")
        out.append(
            f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>Task {uid} &amp; more</Name>"
            f"<OutlineNumber>{outline}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
            f"<Summary>{summary}</Summary><Milestone>0</Milestone><Critical>{uid % 2}</Critical>"
            f"<Start>{start}T08:00:00</Start><Finish>{finish}T17:00:00</Finish>"
            f"<Duration>PT40H0M0S</Duration><PercentComplete>{uid % 101}</PercentComplete>"
            f"{link}<Baseline><Number>0</Number><Start>{start}T08:00:00</Start>"
            f"<Finish>{finish}T17:00:00</Finish></Baseline></Task>")
        if not summary:
            prev_leaf = uid
    out.append("</Tasks><Resources>")
    out += [f"<Resource><UID>{i}</UID><Name>Person {i}</Name></Resource>" for i in range(1, 21)]
    out.append("</Resources><Assignments>")
    out += [f"<Assignment><TaskUID>{u}</TaskUID><ResourceUID>{u % 20 + 1}</ResourceUID>"
            "</Assignment>" for u in range(1, tasks + 1)]
    out.append("</Assignments></Project>")
    path.write_text("".join(out), encoding="utf-8")
    return path


def _wall(args: list[str], cpu: list[float] | None = None) -> float:
    """Wall seconds of one command (its CPU seconds, user + system, added to ``cpu``:
    the figure to read on a busy machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    secs = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return secs


def _empty_portfolio(folder: Path) -> Path:
    from pmo_desktop.store import open_store

    db = folder / "template.pmo"
    with open_store(db) as store:
        with store.write(source="bench") as tx:
            tx.create("project", {"code": "BENCH", "name": "Bench project"})
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from pmo_desktop.operations.imports import apply_import, plan_import, read_files
    from pmo_desktop.store import open_store

    figures: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = generate(folder / "plan.xml", a.tasks)
        template = _empty_portfolio(folder)
        for i in range(a.repeat):
            db = folder / f"p{i}.pmo"
            shutil.copyfile(template, db)
            common = ["--db", str(db), "--project", "BENCH", str(plan)]
            for name, args in (("cli_dry_run", ["import", "--dry-run", "--json", *common]),
                               ("cli_import", ["import", *common]),
                               ("cli_reimport", ["import", *common])):
                figures.setdefault(name, []).append(
                    _wall(args, figures.setdefault(name + "_cpu", [])))
            db2 = folder / f"q{i}.pmo"
            shutil.copyfile(template, db2)
            with open_store(db2) as store:
                t0 = time.perf_counter()
                files = read_files(store, [str(plan)])
                t1 = time.perf_counter()
                planned = plan_import(store, [t for f in files for t in f.tables],
                                      project_code="BENCH")
                t2 = time.perf_counter()
                apply_import(store, planned, files, project_code="BENCH")
                t3 = time.perf_counter()
                tasks = store.counts()["task"]
            figures.setdefault("read", []).append(t1 - t0)
            figures.setdefault("plan", []).append(t2 - t1)
            figures.setdefault("apply", []).append(t3 - t2)
    medians = {k: round(statistics.median(v), 3) for k, v in figures.items()}
    for k, v in medians.items():
        print(f"{k:>13}: {v:.3f} s")
    print(json.dumps({"tasks": a.tasks, "stored": tasks, **medians}))


if __name__ == "__main__":
    main()
