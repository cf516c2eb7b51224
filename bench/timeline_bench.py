"""Gantt timelines benchmark: what reading the bars of a Gantt sheet costs, and what it
costs the workbooks that have none.

For each workbook it times ``read_and_detect`` (read the file, find its tables, match
their columns) with the timeline step (``after``) and with it switched off (``before``:
the reader as it was, ``read.attach_timelines`` replaced by a no-op), in one process,
alternating, ``--repeat`` times (median shown), and the timeline step alone
(``attach_timelines`` on the sheets as read: "step ms", the figure the noise of a busy
machine does not hide):

- the Gantt fixtures C24, C28 (../shared/fixtures/more) and S03 (two Gantt sheets among
  sixteen), and S08 (a plan whose timeline is empty);
- non-Gantt fixtures S01 and C12, and a generated 20-column tracker of ``--rows`` rows
  (``import_bench.generate``): no band, so no fill is read;
- a generated Gantt of ``--rows`` // 10 tasks over 52 weekly columns, bars as fills.

The last line printed is one JSON object with every figure.

    python bench/timeline_bench.py [--rows 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = ROOT.parent / "shared" / "fixtures"
if not FIXTURES.exists():
    FIXTURES = Path("/work/shared/fixtures")
AS_OF = date(2026, 12, 3)


def generate_gantt(path: Path, tasks: int) -> Path:
    """A task list with 52 week columns ("KW 1" … "KW 52"), each task a run of fills."""
    import openpyxl
    from openpyxl.styles import PatternFill

    colours = [PatternFill("solid", fgColor=c) for c in ("FF4F81BD", "FF9BBB59", "FFC0504D")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws.append(["Task", "Owner"] + [f"KW {w}" for w in range(1, 53)])
    for i in range(tasks):
        ws.append([f"Task {i + 1}", f"Person {i % 17}"])
        first = i % 40
        for w in range(first, first + 1 + i % 12):
            ws.cell(i + 2, 3 + w).fill = colours[i % 3]
    wb.save(path)
    return path


def _timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(path: Path, repeat: int) -> dict[str, Any]:
    from pmo_desktop.importing import read as read_mod
    from pmo_desktop.importing.api import read_and_detect

    real = read_mod.attach_timelines
    before: list[float] = []
    after: list[float] = []
    step: list[float] = []
    tables = dated = 0
    for _ in range(repeat):
        read_mod.attach_timelines = lambda *a, **k: None  # type: ignore[assignment]
        try:
            before.append(_timed(lambda: read_and_detect(str(path), as_of=AS_OF)))
            sheets = read_mod.read_workbook(path, as_of=AS_OF).sheets
        finally:
            read_mod.attach_timelines = real
        data = path.read_bytes()
        step.append(_timed(lambda: real(data, sheets, AS_OF, read_mod.Limits())))
        found: list[Any] = []
        after.append(_timed(lambda: found.extend(read_and_detect(str(path), as_of=AS_OF))))
        tables = len(found)
        dated = sum(1 for t in found if any("(from timeline)" in c.header for c in t.columns)
                    or any("timeline" in n for n in t.read_notes))
    b, a = statistics.median(before), statistics.median(after)
    return {"file": path.name, "kb": round(path.stat().st_size / 1024), "tables": tables,
            "timeline_tables": dated, "before_s": round(b, 4), "after_s": round(a, 4),
            "timeline_step_ms": round(statistics.median(step) * 1000, 2),
            "ratio": round(a / b, 3) if b else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from import_bench import generate

    with tempfile.TemporaryDirectory() as tmp:
        files = [FIXTURES / "more" / "C24_projektplan_kw_colour_de.xlsx",
                 FIXTURES / "more" / "C28_planning_previsionnel_fr.xlsx",
                 FIXTURES / "S03_tpm_tables.xlsx", FIXTURES / "S08_projektplan_de.xlsx",
                 FIXTURES / "S01_issue_register.xlsx",
                 FIXTURES / "more" / "C12_project_list_multisheet.xlsx",
                 generate(Path(tmp) / f"tracker_{args.rows}.xlsx", args.rows),
                 generate_gantt(Path(tmp) / f"gantt_{args.rows // 10}.xlsx", args.rows // 10)]
        results = [measure(p, args.repeat) for p in files]
    print(f"{'file':42} {'KB':>6} {'tables':>6} {'gantt':>5} {'before s':>9} {'after s':>9} "
          f"{'ratio':>6} {'step ms':>8}")
    for r in results:
        print(f"{r['file'][:42]:42} {r['kb']:>6} {r['tables']:>6} {r['timeline_tables']:>5} "
              f"{r['before_s']:>9.4f} {r['after_s']:>9.4f} {r['ratio']:>6} "
              f"{r['timeline_step_ms']:>8}")
    print(json.dumps({"bench": "timeline", "repeat": args.repeat, "rows": args.rows,
                      "results": results}))


if __name__ == "__main__":
    main()
