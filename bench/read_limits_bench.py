"""Read-limits benchmark: how fast, and in how much memory, a sheet over the limits is refused.

Writes (by hand, like a generator that omits ``<dimension>``) into a temp folder:

- ``dense``: a 300,000-row x 20-column sheet (6 million cells, over the 5 million limit);
- ``far``: a 1,000-row tracker with one stray cell at XFD1048576;
- ``ok``: a 100,000-row x 20-column sheet (2 million cells: read in full);

then, each in a fresh process run under ``/usr/bin/time -v`` (when present, else
``getrusage``), measures seconds and peak RSS of:

- ``read``: ``read_workbook`` (the streamed cell-reference scan, then calamine when it passes);
- ``scan``: the scan alone (``extent.sheet_extent``);
- ``calamine``: calamine parsing the whole sheet, as the importer did before the scan
  (skipped for ``far``: it aborts the process).

The last line printed is one JSON object with every figure.

    python bench/read_limits_bench.py [--dir /tmp/pmo_read_bench] [--rows 300000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
        'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
        'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
        '"xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}" xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Risk '
        'Register" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/></Relationships>'),
}
_LETTERS = [chr(65 + i) for i in range(20)]


def generate(path: Path, rows: int, far: str | None = None) -> Path:
    """``rows`` data rows under a header, 20 columns, no <dimension>; ``far`` adds one cell."""
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _PARTS.items():
            zf.writestr(name, text)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}">'
                     "<sheetData>".encode())
            head = "".join(f'<c r="{c}1" t="inlineStr"><is><t>Column {c}</t></is></c>'
                           for c in _LETTERS)
            fh.write(f'<row r="1">{head}</row>'.encode())
            batch: list[str] = []
            for r in range(2, rows + 2):
                cells = "".join(
                    f'<c r="{c}{r}" t="inlineStr"><is><t>supplier delay {r % 97} {c}</t></is></c>'
                    if i % 2 else f'<c r="{c}{r}"><v>{r * 7 + i}</v></c>'
                    for i, c in enumerate(_LETTERS))
                batch.append(f'<row r="{r}">{cells}</row>')
                if len(batch) == 2000:
                    fh.write("".join(batch).encode())
                    batch = []
            fh.write("".join(batch).encode())
            if far:
                row = re.sub(r"[A-Z]", "", far)
                fh.write(f'<row r="{row}"><c r="{far}" t="inlineStr"><is><t>x</t></is></c>'
                         "</row>".encode())
            fh.write(b"</sheetData></worksheet>")
    tmp.rename(path)
    return path


def _worker(step: str, path: str) -> dict[str, Any]:
    import resource

    import python_calamine as pc

    from pmo_desktop.importing.extent import TooBig, sheet_extent
    from pmo_desktop.importing.read import Limits, ReadError, read_workbook

    t0 = time.perf_counter()
    outcome = "read"
    if step == "read":
        try:
            wb = read_workbook(path)
            outcome = f"read {len(wb.sheets[0].rows):,} rows"
        except ReadError as exc:
            outcome = "refused: " + str(exc).split(", sheet ", 1)[-1][:70]
    elif step == "scan":
        with zipfile.ZipFile(path) as zf:
            try:
                ext = sheet_extent(lambda: zf.open("xl/worksheets/sheet1.xml"),
                                  Limits().max_cells)
                outcome = f"{ext.cells:,} cells"
            except TooBig as exc:
                outcome = "refused: " + exc.message[:70]
    else:
        sheet = pc.CalamineWorkbook.from_path(path).get_sheet_by_name("Risk Register")
        rows = sheet.to_python(skip_empty_area=False)
        outcome = f"parsed {len(rows):,} rows"
    secs = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": round(secs, 2), "peak_mb": round(peak_kb / 1024, 1), "outcome": outcome}


def _run(step: str, path: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", step, str(path)]
    timer = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if timer:
        cmd = [timer, "-v", *cmd]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    wall = time.perf_counter() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    out: dict[str, Any] = json.loads(lines[-1]) if lines else {
        "seconds": None, "peak_mb": None, "outcome": f"exit {proc.returncode}"}
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if m:
        out["peak_mb"] = round(int(m.group(1)) / 1024, 1)
    out["process_seconds"] = round(wall, 2)
    out["exit"] = proc.returncode
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "pmo_read_bench"))
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(_worker(*args.worker)))
        return 0
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "dense": generate(folder / f"dense_{args.rows}.xlsx", args.rows),
        "far": generate(folder / "far_1000.xlsx", 1000, far="XFD1048576"),
        "ok": generate(folder / "ok_100000.xlsx", 100_000),
    }
    results: dict[str, dict[str, Any]] = {}
    print(f"{'file':<7} {'step':<9} {'seconds':>8} {'peak MB':>8}  outcome")
    for key, path in files.items():
        for step in ("read", "scan", "calamine"):
            if key == "far" and step == "calamine":
                continue  # calamine asks for 512 GB and aborts the process
            r = _run(step, path)
            results[f"{key}.{step}"] = r
            print(f"{key:<7} {step:<9} {r['seconds'] if r['seconds'] is not None else '-':>8} "
                  f"{r['peak_mb'] if r['peak_mb'] is not None else '-':>8}  {r['outcome']}")
    sizes = {k: round(zipfile.ZipFile(p).getinfo("xl/worksheets/sheet1.xml").file_size / 1e6, 1)
             for k, p in files.items()}
    print(json.dumps({"sheet_xml_mb": sizes, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
