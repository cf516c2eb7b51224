"""Microsoft Project ``.mpp`` through MPXJ: what the JVM costs and what a plan takes to read.

Figures (seconds; medians of ``--repeat`` runs, default 3):

- jvm: in fresh processes, importing JPype and MPXJ's jar list, starting the JVM, and
  loading the classes the converter uses (MPPReader, MSPDIWriter);
- converter: the app's converter process (``importing.mppjava.CONVERTER``) from nothing to C38
  converted (cold: process, JVM, classes, the first conversion with Java's code not yet
  compiled), then C38 again with it warm; ``read_workbook`` and an ``import --dry-run`` of
  C38 with it warm;
- MPXJ per task: in a fresh JVM, MPPReader on C38 (135 tasks) and MSPDIWriter on C38 and
  on a generated 1,000-task plan (warmed up first), and the size of the XML it writes;
- 1,000 tasks: a generated MSPDI plan (10 phases of 99 tasks and a milestone, baselines,
  finish-to-start links, % complete), read and imported (``--dry-run``) as an .xml.

No public 1,000-task .mpp with a clear licence was at hand (MPXJ's own test files are
binary and not readable here), so a 1,000-task .mpp's conversion is estimated from the
figures measured: C38's read time per task times 1,000 plus the writer's measured time
on the 1,000-task plan; the estimate is labelled as such.

    python bench/mpp_bench.py [--repeat 3] [--tasks 1000]

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
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

C38 = ROOT.parent / "shared" / "fixtures" / "more" / "C38_hr_portal_status.mpp"

JVM_PHASES = """
import json, sys, time
t0 = time.perf_counter()
import jpype, mpxj
from pmo_desktop.importing.mppjava import HEAP, find_jvm
t1 = time.perf_counter()
jpype.startJVM(find_jvm(), f"-Xmx{HEAP}", "-XX:+UseSerialGC", convertStrings=False)
t2 = time.perf_counter()
from java.io import ByteArrayInputStream, ByteArrayOutputStream, FileInputStream
from org.mpxj.mpp import MPPReader
from org.mpxj.mspdi import MSPDIReader, MSPDIWriter
t3 = time.perf_counter()
out = {"import_s": t1 - t0, "start_jvm_s": t2 - t1, "classes_s": t3 - t2}
if len(sys.argv) > 1:
    mpp = open(sys.argv[1], "rb").read()
    big = MSPDIReader().read(FileInputStream(sys.argv[2]))
    def timed(fn, n):
        times = []
        for _ in range(n):
            t = time.perf_counter(); value = fn(); times.append(time.perf_counter() - t)
        return min(times), value
    def write(project):
        buf = ByteArrayOutputStream(); MSPDIWriter().write(project, buf); return buf.size()
    timed(lambda: write(MPPReader().read(ByteArrayInputStream(mpp))), 3)  # warm-up
    out["mpp_read_c38_s"], c38 = timed(lambda: MPPReader().read(ByteArrayInputStream(mpp)), 5)
    out["c38_tasks"] = int(c38.getTasks().size())
    out["c38_mpp_file_type"] = int(c38.getProjectProperties().getMppFileType())
    out["mspdi_write_c38_s"], out["c38_xml_bytes"] = timed(lambda: write(c38), 5)
    timed(lambda: write(big), 2)
    out["mspdi_write_big_s"], out["big_xml_bytes"] = timed(lambda: write(big), 3)
    out["big_tasks"] = int(big.getTasks().size())
print(json.dumps(out))
"""


def write_plan(path: Path, tasks: int) -> Path:
    """A Microsoft Project XML plan of ``tasks`` tasks: phases of 99 tasks and a milestone."""
    start = date(2026, 1, 5)
    rows = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Project xmlns="http://schemas.microsoft.com/project">',
            "<Title>Bench plan</Title><StartDate>2026-01-05T08:00:00</StartDate><Tasks>",
            "<Task><UID>0</UID><ID>0</ID><Name>Bench plan</Name><OutlineLevel>0</OutlineLevel>"
            "<Summary>1</Summary></Task>"]
    uid = 0
    phase_size = 100
    for phase in range((tasks + phase_size - 1) // phase_size):
        uid += 1
        first = start + timedelta(days=phase * 30)
        rows.append(_task(uid, f"Phase {phase + 1}", f"{phase + 1}", 1, first,
                          first + timedelta(days=29), summary=True))
        for n in range(1, min(phase_size, tasks - phase * phase_size)):
            uid += 1
            day = first + timedelta(days=n % 28)
            milestone = n == phase_size - 1
            rows.append(_task(uid, f"Task {phase + 1}.{n}", f"{phase + 1}.{n}", 2, day,
                              day + timedelta(days=0 if milestone else 1),
                              milestone=milestone, predecessor=uid - 1 if n > 1 else None,
                              pct=(n * 7) % 101))
    rows.append("</Tasks></Project>")
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def _task(uid: int, name: str, wbs: str, level: int, start: date, finish: date, *,
          summary: bool = False, milestone: bool = False, predecessor: int | None = None,
          pct: int = 0) -> str:
    hours = 0 if milestone else max(1, (finish - start).days) * 8
    link = (f"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID><Type>1</Type>"
            "</PredecessorLink>" if predecessor else "")
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><WBS>{wbs}</WBS>"
            f"<OutlineNumber>{wbs}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
            f"<Start>{start}T08:00:00</Start><Finish>{finish}T17:00:00</Finish>"
            f"<Duration>PT{hours}H0M0S</Duration><Summary>{int(summary)}</Summary>"
            f"<Milestone>{int(milestone)}</Milestone><PercentComplete>{pct}</PercentComplete>"
            f"{link}<Baseline><Number>0</Number><Start>{start}T08:00:00</Start>"
            f"<Finish>{finish}T17:00:00</Finish></Baseline></Task>")


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def _jvm_runs(repeat: int, *args: str) -> list[dict[str, Any]]:
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", JVM_PHASES, *args], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def _timed(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return _median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tasks", type=int, default=1000)
    args = ap.parse_args(argv)

    from pmo_desktop.importing import mpp, mppjava
    from pmo_desktop.importing.read import read_workbook
    from pmo_desktop.operations.imports import import_files
    from pmo_desktop.store import open_store

    figures: dict[str, Any] = {"tasks": args.tasks}
    tmp = Path(tempfile.mkdtemp(prefix="mpp_bench_"))
    plan = write_plan(tmp / "plan.xml", args.tasks)
    data = C38.read_bytes()

    runs = _jvm_runs(args.repeat)
    for key in ("import_s", "start_jvm_s", "classes_s"):
        figures[f"jvm_{key}"] = _median([r[key] for r in runs])

    colds = []
    for _ in range(args.repeat):
        mppjava.CONVERTER.stop()
        t0 = time.perf_counter()
        mpp.mpp_to_mspdi(C38.name, data)
        colds.append(time.perf_counter() - t0)
    figures["converter_cold_c38_s"] = _median(colds)
    figures["converter_warm_c38_s"] = _timed(lambda: mpp.mpp_to_mspdi(C38.name, data),
                                             args.repeat * 2)
    figures["read_workbook_c38_warm_s"] = _timed(lambda: read_workbook(C38), args.repeat)
    store = open_store(tmp / "bench.pmo")

    def dry(path: Path) -> None:
        result = import_files(store, [str(path)], dry_run=True, project_code="BENCH",
                              create_projects=True)
        assert result.value.exit_code == 0

    figures["import_c38_warm_s"] = _timed(lambda: dry(C38), args.repeat)
    figures[f"read_workbook_xml_{args.tasks}_s"] = _timed(lambda: read_workbook(plan),
                                                          args.repeat)
    figures[f"import_xml_{args.tasks}_s"] = _timed(lambda: dry(plan), args.repeat)
    store.close()

    (java,) = _jvm_runs(1, str(C38), str(plan))
    per_task = java["mpp_read_c38_s"] / java["c38_tasks"]
    for key in ("mpp_read_c38_s", "mspdi_write_c38_s", "mspdi_write_big_s"):
        figures[key] = round(java[key], 3)
    figures.update({k: java[k] for k in ("c38_tasks", "c38_mpp_file_type", "c38_xml_bytes",
                                         "big_xml_bytes", "big_tasks")})
    figures[f"estimate_mpp_{args.tasks}_convert_s"] = round(
        per_task * args.tasks + java["mspdi_write_big_s"], 3)

    print(f"{'figure':42} value")
    for key, value in figures.items():
        print(f"{key:42} {value}")
    mppjava.CONVERTER.stop()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
