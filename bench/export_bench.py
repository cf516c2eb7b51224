"""Time of ``pmo-desktop export`` (the whole portfolio to .xlsx, the risks to .csv) and
of a team template (a programme's), for the demo portfolio and a larger one, and the
time the app's "Export table…" spends on the GUI thread reading a table as shown.

    python bench/export_bench.py [--projects 40,500]

The demo store is written first (not timed). Prints a readable table, then one JSON
line last.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 21)


def _timed(work):  # type: ignore[no-untyped-def]
    """(value, wall seconds, CPU seconds): the machine may be shared, CPU is the cost."""
    started, cpu = time.perf_counter(), time.process_time()
    value = work()
    return value, round(time.perf_counter() - started, 3), round(time.process_time() - cpu, 3)


def run_one(projects: int, folder: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.operations.exports import export_portfolio, export_template
    from pmo_desktop.operations.registers import list_records
    from pmo_desktop.store import open_store
    from pmo_desktop.store.demo import build_demo
    from pmo_desktop.ui.viewkit.table_copy import TableReader

    app = QApplication.instance() or QApplication([])
    db = folder / f"bench-{projects}.pmo"
    with open_store(db) as store:
        build_demo(store, projects=projects, today=TODAY)
        whole, t_all, c_all = _timed(lambda: export_portfolio(store, folder / "all.xlsx"))
        _, t_csv, c_csv = _timed(lambda: export_portfolio(store, folder / "risks.csv", "risk"))
        programme = list_records(store, "project")[0]["programme"]
        tpl, t_tpl, c_tpl = _timed(lambda: export_template(store, folder / "team.xlsx",
                                                            programme))
        from PySide6.QtCore import QSettings

        from pmo_desktop.ui.context import AppContext
        from pmo_desktop.ui.undo_stack import UndoStack
        from pmo_desktop.ui.raid.view import RaidView

        ctx = AppContext(store, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                         UndoStack())
        view = RaidView(ctx)
        deadline = time.time() + 60
        while getattr(view, "is_loading", lambda: False)() and time.time() < deadline:
            app.processEvents()
            time.sleep(0.01)
        table = view.table
        slices: list[float] = []
        got: list[object] = []

        class Timed(TableReader):
            def _step(self) -> None:
                started = time.perf_counter()
                super()._step()
                slices.append(time.perf_counter() - started)

        reader = Timed(table, lambda *a: got.append(a))
        (_v, t_table, _c) = _timed(lambda: (reader.start(), _wait(app, got)))
        headers, _kinds, rows = got[0]  # type: ignore[misc]
    return {"projects": projects, "rows": sum(whole.counts.values()),
            "xlsx_s": t_all, "xlsx_cpu_s": c_all, "csv_risks_s": t_csv, "csv_cpu_s": c_csv,
            "template_rows": sum(tpl.counts.values()), "template_s": t_tpl,
            "template_cpu_s": c_tpl, "table_rows": len(rows), "table_cols": len(headers),
            "table_read_ms": round(t_table * 1000), "slices": len(slices),
            "longest_slice_ms": round(max(slices) * 1000, 1)}


def _wait(app, got) -> None:  # type: ignore[no-untyped-def]
    while not got:
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", default="40,500")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.projects.split(",")):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            results.append(run_one(n, folder))
    print("seconds as wall / CPU (the machine may be shared)")
    print(f"{'projects':>8} {'rows':>7} {'all .xlsx':>14} {'risks .csv':>13} "
          f"{'template rows':>14} {'template':>13}  RAID table read on the GUI thread")
    for r in results:
        print(f"{r['projects']:>8} {r['rows']:>7} {r['xlsx_s']:>6} / {r['xlsx_cpu_s']:<5} "
              f"{r['csv_risks_s']:>5} / {r['csv_cpu_s']:<5} {r['template_rows']:>14} "
              f"{r['template_s']:>5} / {r['template_cpu_s']:<5}  "
              f"{r['table_rows']} rows × {r['table_cols']} in {r['table_read_ms']} ms, "
              f"{r['slices']} slices, longest {r['longest_slice_ms']} ms")
    print(json.dumps({"bench": "export", "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
