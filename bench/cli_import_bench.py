"""``pmo-desktop import`` benchmark: the text output against ``--json``, at 100k rows.

For each checkout given with ``--root`` (default: this one) it runs, in fresh processes,
``import --dry-run`` on a generated 20-column RAID tracker (``import_bench.generate``):

- text:  the command as a person runs it (its output discarded), wall seconds;
- json:  the same with ``--json``, wall seconds;

and, in one process of this checkout, the phases of the text and JSON runs: the import
itself (read + detect + plan), printing the text, building and writing the JSON, and
freeing the import's objects (what the process does after the output).

Each step runs ``--repeat`` times (default 3); the median is shown. The last line printed
is one JSON object with every figure.

    python bench/cli_import_bench.py [--rows 100000] [--root /work/main --root .]
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _cli(root: Path, db: Path, path: Path, *extra: str) -> list[str]:
    return [sys.executable, str(root / "main.py"), "import", "--db", str(db), "--dry-run",
            "--project", "BENCH", "--create-projects", str(path), *extra]


def _wall(cmd: list[str], root: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(root))
    # As on a user's machine: bytecode is cached after the first run. A shell that sets
    # PYTHONDONTWRITEBYTECODE would otherwise time compiling 180 modules on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return secs


def _phases(db: str, path: str) -> dict[str, float]:
    """One in-process run of this checkout, timed phase by phase."""
    import io
    from contextlib import redirect_stdout

    from pmo_desktop import cli
    from pmo_desktop.operations.imports import import_files
    from pmo_desktop.store import open_store

    out: dict[str, float] = {}
    store = open_store(db)
    t0 = time.perf_counter()
    report = import_files(store, [path], dry_run=True, project_code="BENCH",
                          create_projects=True).value
    out["import"] = time.perf_counter() - t0
    store.close()
    with redirect_stdout(io.StringIO()):
        t0 = time.perf_counter()
        cli._print_import(report, True)
        out["text_output"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        cli._emit(cli._import_money(report.to_json()))
        out["json_output"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    del report
    out["free"] = time.perf_counter() - t0
    return {k: round(v, 3) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--root", action="append", default=None,
                    help="a checkout to time (repeatable; default: this one)")
    ap.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "pmo_bench"))
    ap.add_argument("--phases", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phases:
        print(json.dumps(_phases(*args.phases)))
        return 0
    from bench.import_bench import generate

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"tracker_{args.rows}.xlsx"
    if not path.exists():
        generate(path, args.rows)
    db = folder / "cli_bench.pmo"
    if not db.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "new", "--db", str(db)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    roots = [Path(r).resolve() for r in (args.root or [str(ROOT)])]
    text: dict[Path, list[float]] = {r: [] for r in roots}
    js: dict[Path, list[float]] = {r: [] for r in roots}
    for root in roots:  # one untimed run each, so every timed run finds its bytecode cached
        _wall(_cli(root, db, path), root)
    for _ in range(args.repeat):  # checkouts interleaved: a busy spell hits each alike
        for root in roots:
            text[root].append(_wall(_cli(root, db, path), root))
            js[root].append(_wall(_cli(root, db, path, "--json"), root))
    rows: list[dict[str, Any]] = [
        {"root": str(r), "text_s": round(statistics.median(text[r]), 2),
         "json_s": round(statistics.median(js[r]), 2),
         "text_runs": [round(t, 2) for t in text[r]],
         "json_runs": [round(t, 2) for t in js[r]]} for r in roots]
    runs = []
    for _ in range(args.repeat):
        proc = subprocess.run([sys.executable, __file__, "--phases", str(db), str(path)],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    phases = {k: round(statistics.median(r[k] for r in runs), 3) for k in runs[0]}
    print(f"{args.rows:,} rows, import --dry-run, median of {args.repeat}")
    print(f"{'checkout':<40} {'text s':>8} {'--json s':>9}")
    for r in rows:
        print(f"{r['root']:<40} {r['text_s']:>8.2f} {r['json_s']:>9.2f}")
    print("phases (this checkout, in one process): " +
          ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()))
    print(json.dumps({"cli_import_bench": {"rows": args.rows, "runs": rows,
                                           "phases": phases}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
