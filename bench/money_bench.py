"""Earned value at portfolio scale (issue 15): 10,000 projects × 36 months of lines.

It writes a portfolio (``--projects`` projects in 20 programmes, each with ``--months``
monthly lines: plan, actual to the status month, forecast after; a tenth of the projects
record earned value per month, the rest a % complete) through the store's bulk create,
then times, ``--repeat`` times (median shown):

- book:    ``money_book``: every project's EVM (figures to date, the three EACs and the
           chosen one, TCPI, ES/SV(t)/SPI(t)) and the portfolio roll-up with its months
           (target < 1 s); then again with every programme's roll-up too;
- s_curve: the portfolio S-curve once the projects' EV phasing is known (it comes with
           the roll-up) and their lines are in memory (``money_grid``, read once, as
           the book reads them): every project's months weighted and added up by
           ``domain.evm_grid.Rollup`` (target < 200 ms);
- grid:    that read of the lines alone (``money_grid``), for scale;
- project: one project's page (``project_money``: phased months, milestones, RAG + why).

Wall seconds and the process's CPU seconds are both printed: on a shared machine the wall
time also counts the time other processes held the CPU. The first book of a process also
imports numpy (``domain/evm_columns.py``; the store starts without it): that first run is
printed apart (``book_first_wall_s``), the medians include it as one of the repeats. The
last line is one JSON object.

    python bench/money_bench.py [--projects 10000] [--months 36] [--repeat 3] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import random
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

AS_OF = date(2026, 6, 30)
FIRST = 2025 * 12  # January 2025


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def build(path: Path, projects: int, months: int, seed: int = 15) -> None:
    from pmo_desktop.store import open_store

    rng = random.Random(seed)
    status = f"{AS_OF.year:04d}-{AS_OF.month:02d}"
    with open_store(path) as store:
        store.set_settings({"as_of": AS_OF.isoformat()})
        with store.write("bench") as tx:
            prog_ids = tx.create_many("programme", [({"name": f"Programme {i:02d}"}, None)
                                                    for i in range(20)])
            rows = []
            for i in range(projects):
                bac = rng.randrange(100, 5000) * 1000.0
                rows.append(({"code": f"P{i:05d}", "name": f"Project {i}",
                              "programme_id": prog_ids[i % 20], "bac": bac,
                              "pct_complete": round(rng.uniform(0.1, 0.6), 3),
                              "eac": round(bac * rng.uniform(0.95, 1.2), -3)}, None))
            pids = tx.create_many("project", rows)
            lines = []
            for n, pid in enumerate(pids):
                bac = rows[n][0]["bac"]
                start = FIRST + rng.randrange(0, 6)
                factor, earned = rng.uniform(0.9, 1.15), n % 10 == 0
                for k in range(months):
                    period = _month(start + k)
                    planned = round(bac / months, 2)
                    past = period <= status
                    line: dict[str, Any] = {"project_id": pid, "period": period,
                                            "planned": planned}
                    if past:
                        line["actual"] = round(planned * factor * rng.uniform(0.9, 1.1), 2)
                        if earned:
                            line["earned"] = round(planned * rng.uniform(0.8, 1.05), 2)
                    else:
                        line["forecast"] = round(planned * factor, 2)
                    lines.append((line, None))
            tx.create_many("financial", lines)


_FIRST: list[float] = []  # the wall time of each _time's first run


def _time(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    _FIRST.append(walls[0])
    return statistics.median(walls), statistics.median(cpus), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", default=None, help="reuse (or write once) this file")
    args = parser.parse_args()

    from pmo_desktop.domain import evm_grid as evg
    from pmo_desktop.store import open_store
    from pmo_desktop.store.queries_money import money_book, money_grid
    from pmo_desktop.store.queries_money_project import project_money

    folder = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(folder.name) / "money.pmo"
    t0 = time.perf_counter()
    if not path.exists():  # written aside, then renamed: a build cut short is not reused
        part = path.with_suffix(".part")
        part.unlink(missing_ok=True)
        build(part, args.projects, args.months)
        part.rename(path)
    built = time.perf_counter() - t0
    with open_store(path) as store:
        count = store.db.execute("SELECT COUNT(*) FROM financial").fetchone()[0]
        numpy_before = "numpy" in sys.modules
        book_wall, book_cpu, book = _time(
            lambda: money_book(store, AS_OF, by_programme=False), args.repeat)
        book_first = _FIRST[-1]
        prog_wall, prog_cpu, _ = _time(lambda: money_book(store, AS_OF), args.repeat)
        phasing = {pm.project.id: pm.phased.ev_phasing for pm in book.projects}
        grid_wall, grid_cpu, grid = _time(lambda: money_grid(store, AS_OF), args.repeat)

        def curve() -> Any:
            whole = evg.Rollup(grid)
            for pid, how in phasing.items():
                whole.add(pid, how)
            return whole.months()

        curve_wall, curve_cpu, months = _time(curve, args.repeat)
        code = book.projects[len(book.projects) // 2].project.code
        page_wall, page_cpu, _ = _time(
            lambda: project_money(store, code, AS_OF, store.thresholds()), args.repeat)
    figures = {
        "projects": len(book.projects), "lines": count, "build_s": round(built, 2),
        "book_wall_s": round(book_wall, 3), "book_cpu_s": round(book_cpu, 3),
        "book_first_wall_s": round(book_first, 3), "numpy_imported_before": numpy_before,
        "book_programmes_wall_s": round(prog_wall, 3),
        "book_programmes_cpu_s": round(prog_cpu, 3),
        "s_curve_wall_s": round(curve_wall, 3), "s_curve_cpu_s": round(curve_cpu, 3),
        "grid_wall_s": round(grid_wall, 3), "grid_cpu_s": round(grid_cpu, 3),
        "project_wall_s": round(page_wall, 3), "project_cpu_s": round(page_cpu, 3),
        "months": len(months), "portfolio_cpi": book.total.evm.cpi,
        "portfolio_spi_t": book.total.spi_t,
        "targets": {"book_s": 1.0, "s_curve_s": 0.2},
    }
    print(f"{len(book.projects):,} projects, {count:,} financial lines (built in {built:.1f} s)")
    print(f"{'step':<34}{'wall s':>9}{'cpu s':>9}{'target':>9}")
    for label, wall, cpu, target in (
            ("portfolio roll-up + EVM of each", book_wall, book_cpu, "< 1"),
            ("  (its first run, importing numpy)", book_first, math.nan, ""),
            ("  … and each programme's roll-up", prog_wall, prog_cpu, ""),
            ("portfolio S-curve", curve_wall, curve_cpu, "< 0.2"),
            ("  (the read of the lines alone)", grid_wall, grid_cpu, ""),
            ("one project's page", page_wall, page_cpu, "")):
        shown_cpu = f"{cpu:>9.3f}" if not math.isnan(cpu) else " " * 9
        print(f"{label:<34}{wall:>9.3f}{shown_cpu}{target:>9}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
