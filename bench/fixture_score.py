"""How many of the checks in ../shared/fixtures/more/expected.json the importer meets.

Each file is imported with ``import --dry-run --json --create-projects --project
FIXTURE`` into a new, empty portfolio (a subprocess per file, so a crash is counted, not fatal). For each
expected table the best table the importer found on that sheet is checked for: the
kind (entity), the header row, the number of data rows, the number of columns, which
field each named header maps to, and some parsed values. Prints a table per file, then
one JSON object: {"checks": N, "met": M, "crashes": C, "files": {...}}.

    python bench/fixture_score.py [--fixtures DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "fixtures" / "more"


def _run(path: Path, workdir: Path) -> tuple[dict[str, Any] | None, str]:
    db = workdir / f"{path.stem}.pmo"
    main = [sys.executable, str(ROOT / "main.py")]
    subprocess.run([*main, "new", "--db", str(db)], check=True, capture_output=True)
    done = subprocess.run([*main, "import", "--db", str(db), "--dry-run", "--json",
                           "--create-projects", "--project", "FIXTURE", str(path)], capture_output=True, text=True,
                          timeout=600)
    if "Traceback" in done.stderr or done.returncode not in (0, 1, 2):
        return None, done.stderr.strip().splitlines()[-1] if done.stderr else "crash"
    try:
        return json.loads(done.stdout), done.stderr.strip()
    except json.JSONDecodeError:
        return {}, done.stderr.strip()


def _matches(field: str | None, words: list[str]) -> bool:
    return bool(field) and any(w.lower() in str(field).lower() for w in words)


def _value_ok(record_values: dict[str, Any], words: list[str], accepted: list[Any]) -> bool:
    for field, value in record_values.items():
        if _matches(field, words) and (value in accepted or str(value) in map(str, accepted)):
            return True
    return False


def _best(tables: list[dict[str, Any]], want: dict[str, Any]) -> dict[str, Any] | None:
    sheet = want.get("sheet")
    same = [t for t in tables if sheet is None or t.get("sheet") == sheet]
    if not same:
        return None

    def score(t: dict[str, Any]) -> tuple[int, int, int]:
        return (t.get("entity") in want.get("entity", []),
                t.get("header_row") in want.get("header_row", []), t.get("rows") or 0)
    return max(same, key=score)


def check_table(tables: list[dict[str, Any]], want: dict[str, Any]) -> list[tuple[str, bool]]:
    got = _best(tables, want)
    out: list[tuple[str, bool]] = [("table found", got is not None)]
    got = got or {}
    out.append((f"kind {'/'.join(want['entity'])} (got {got.get('entity')})",
                got.get("entity") in want["entity"]))
    if "header_row" in want:
        out.append((f"header row {want['header_row']} (got {got.get('header_row')})",
                    got.get("header_row") in want["header_row"]))
    records = got.get("records") or []
    if "rows" in want:
        low, high = want["rows"]
        n = got.get("rows") or 0
        out.append((f"rows {low}-{high} (got {n})", low <= n <= high))
    columns = got.get("columns") or []
    if "columns_min" in want:
        out.append((f"columns ≥ {want['columns_min']} (got {len(columns)})",
                    len(columns) >= want["columns_min"]))
    for header, words in (want.get("fields") or {}).items():
        col = next((c for c in columns if header.lower() in str(c.get("header", "")).lower()),
                   None)
        field = col.get("field") if col else None
        out.append((f"'{header}' → {'/'.join(words)} (got {field})", _matches(field, words)))
    by_row = {r.get("row"): r.get("values") or {} for r in records}
    for v in want.get("values") or []:
        ok = _value_ok(by_row.get(v["row"], {}), v["field"], v["in"])
        out.append((f"row {v['row']} {'/'.join(v['field'])} in {v['in']}", ok))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", action="store_true", help="print every check")
    args = parser.parse_args()
    expected = json.loads((args.fixtures / "expected.json").read_text())["files"]
    total = met = crashes = 0
    per_file: dict[str, dict[str, int]] = {}
    print(f"{'file':42} {'met':>9}  failed checks")
    with tempfile.TemporaryDirectory() as tmp:
        for name, want in expected.items():
            data, err = _run(args.fixtures / name, Path(tmp))
            checks: list[tuple[str, bool]] = [("no crash", data is not None)]
            if data is None:
                crashes += 1
            elif not want.get("no_crash"):
                files = data.get("files") or [{}]
                tables = [t for f in files for t in f.get("tables") or []]
                for table in want.get("tables", []):
                    checks += check_table(tables, table)
            ok = sum(1 for _c, good in checks if good)
            total += len(checks)
            met += ok
            per_file[name] = {"checks": len(checks), "met": ok}
            failed = [c for c, good in checks if not good]
            print(f"{name:42} {ok:>4}/{len(checks):<4}  " + "; ".join(failed)[:160])
            if args.verbose:
                for c, good in checks:
                    print(f"    {'ok ' if good else 'NO '} {c}")
    print(f"{'total':42} {met:>4}/{total:<4}  ({100 * met / max(1, total):.0f} %), "
          f"{crashes} crash(es)")
    print(json.dumps({"checks": total, "met": met, "crashes": crashes, "files": per_file}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
