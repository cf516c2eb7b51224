"""Hostile workbooks: a stray far-out cell, a lying <dimension>, sheets over the cell limit.

A far-out cell used to abort the whole process inside calamine ("memory allocation of
549755813888 bytes failed", exit 134), so every test that could abort runs the import in
a child process: a regression kills only the child, and the test sees its exit code.
The workbooks are written by hand (zipfile) so the test controls the <dimension> and
every cell reference.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.importing.read import Limits, ReadError, read_workbook

ROOT = Path(__file__).resolve().parents[2]
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def write_xlsx(path: Path, sheet_data: str, *, dimension: str | None = None,
               sheet: str = "Risks", prefix: str = "") -> Path:
    """A one-sheet workbook whose worksheet XML holds exactly ``sheet_data``."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>')
    wb = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}" xmlns:r="http://'
          'schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          f'<sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
               'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
               ' Target="worksheets/sheet1.xml"/></Relationships>')
    p = prefix + ":" if prefix else ""
    xmlns = f'xmlns:{prefix}="{_NS}"' if prefix else f'xmlns="{_NS}"'
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    ws = (f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}>{dim}'
          f'<{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("xl/workbook.xml", wb)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        zf.writestr("xl/worksheets/sheet1.xml", ws)
    return path


def cell(ref: str | None, value: object, prefix: str = "") -> str:
    p = prefix + ":" if prefix else ""
    r = f' r="{ref}"' if ref else ""
    if isinstance(value, (int, float)):
        return f"<{p}c{r}><{p}v>{value}</{p}v></{p}c>"
    return f'<{p}c{r} t="inlineStr"><{p}is><{p}t>{value}</{p}t></{p}is></{p}c>'


def risk_rows(n: int, prefix: str = "") -> str:
    p = prefix + ":" if prefix else ""
    out = [f'<{p}row r="1">' + "".join(cell(f"{c}1", h, prefix) for c, h in
                                       zip("ABCD", ("ID", "Risk", "Owner", "Impact"))) + f"</{p}row>"]
    for i in range(2, n + 2):
        out.append(f'<{p}row r="{i}">' + cell(f"A{i}", f"R-{i:03d}", prefix)
                   + cell(f"B{i}", f"Supplier delay {i}", prefix) + cell(f"C{i}", "Ana", prefix)
                   + cell(f"D{i}", "High", prefix) + f"</{p}row>")
    return "".join(out)


def run_import(tmp_path: Path, *files: Path, json_out: bool = False) -> subprocess.CompletedProcess:
    """``pmo-desktop import`` in a child process (an abort there cannot take pytest down),
    into an empty portfolio made with ``pmo-desktop new``."""
    new_portfolio(tmp_path)
    args = [sys.executable, str(ROOT / "main.py"), "import", "--db", str(tmp_path / "p.pmo"),
            *map(str, files)]
    if json_out:
        args.append("--json")
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          check=False)


def new_portfolio(tmp_path: Path) -> None:
    """An empty portfolio at ``tmp_path / 'p.pmo'`` (commands refuse a path that is not one)."""
    if not (tmp_path / "p.pmo").exists():
        assert main(["new", "--db", str(tmp_path / "p.pmo")]) == 0


_READ = """
import json, sys
from pmo_desktop.cli import main
from pmo_desktop.importing.read import Limits, ReadError, read_workbook
try:
    wb = read_workbook(sys.argv[1], Limits(max_cells=int(sys.argv[2])))
except ReadError as exc:
    print(exc)
    sys.exit(2)
print(json.dumps(wb.sheets[0].rows, default=str))
"""


def read_in_child(path: Path, max_cells: int = Limits().max_cells) -> tuple[int, str]:
    """``read_workbook`` in a child process: (exit code, its message or rows as JSON)."""
    proc = subprocess.run([sys.executable, "-c", _READ, str(path), str(max_cells)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    return proc.returncode, (proc.stdout.strip() or proc.stderr)[-2000:]


@pytest.mark.parametrize("dimension", [None, "A1:D11"], ids=["no-dimension", "lying-dimension"])
def test_far_out_cell_is_refused_naming_the_sheet_and_the_cell(tmp_path, dimension):
    far = '<row r="1048576">' + cell("XFD1048576", "x") + "</row>"
    path = write_xlsx(tmp_path / "tracker.xlsx", risk_rows(10) + far, dimension=dimension)
    proc = run_import(tmp_path, path)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "tracker.xlsx" in lines[0] and "sheet 'Risks'" in lines[0] and "XFD1048576" in lines[0]
    assert "Traceback" not in proc.stderr and "memory allocation" not in proc.stderr


def test_far_out_cell_with_json_prints_the_error_as_json(tmp_path):
    far = '<row r="1048576">' + cell("XFD1048576", "x") + "</row>"
    path = write_xlsx(tmp_path / "tracker.xlsx", risk_rows(10) + far)
    proc = run_import(tmp_path, path, json_out=True)
    assert proc.returncode == 2, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    assert "XFD1048576" in data["files"][0]["error"]
    assert data["batch"] is None


@pytest.mark.parametrize("far", [
    "XFD1",  # a far column in the first row, before the data
    "Z1048576",  # a far row
    "ZZ999999",  # a far row written mid-sheet, out of order
    "xfd1048576",  # lower case: calamine reads it all the same
    "XFD0001048576",  # zero-padded
], ids=["far-column-first", "far-row", "far-row-mid-sheet", "lower-case", "zero-padded"])
def test_far_out_cells_anywhere_and_in_any_spelling(tmp_path, far):
    data = risk_rows(400)
    if far == "XFD1":  # the stray cell ends the header row, 400 rows of data follow
        sheet = data.replace("</row>", cell(far, "x") + "</row>", 1)
    elif far == "ZZ999999":
        sheet = data.replace('<row r="200">', f'<row r="999999">{cell(far, "x")}</row>'
                             '<row r="200">')
    else:
        sheet = data + '<row r="1048576">' + cell(far, "x") + "</row>"
    path = write_xlsx(tmp_path / "tracker.xlsx", sheet)
    proc = run_import(tmp_path, path)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    assert f"has a cell at {far} far beyond" in proc.stderr, proc.stderr
    assert "sheet 'Risks'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_cells_without_references_are_placed_and_counted(tmp_path):
    # r is optional: cells follow each other, rows too; empty rows are cheap to write but
    # put the last cells far out
    rows = ('<row>' + cell(None, "ID") + cell(None, "Risk") + "</row>"
            + '<row>' + cell(None, "R-1") + cell(None, "Late") + "</row>")
    path = write_xlsx(tmp_path / "plain.xlsx", rows)
    wb = read_workbook(path)
    assert wb.sheets[0].rows == [["ID", "Risk"], ["R-1", "Late"]]
    far = write_xlsx(tmp_path / "far.xlsx", rows + "<row/>" * 60_000 + '<row>' + cell(None, "x")
                     + cell(None, "y") + "</row>")
    code, message = read_in_child(far, 100_000)
    assert code == 2 and "far.xlsx, sheet 'Risks', has a cell at A60003 " in message, message


def test_a_namespace_prefix_is_read_exactly(tmp_path):
    body = risk_rows(3, "x") + '<x:row r="1048576">' + cell("XFD1048576", "x", "x") + "</x:row>"
    path = write_xlsx(tmp_path / "prefixed.xlsx", body, prefix="x")
    code, message = read_in_child(path)
    assert code == 2 and "prefixed.xlsx, sheet 'Risks', has a cell at XFD1048576" in message, \
        message
    ok = write_xlsx(tmp_path / "ok.xlsx", risk_rows(3, "x"), prefix="x")
    assert read_workbook(ok).sheets[0].rows[1][:2] == ["R-002", "Supplier delay 2"]


def test_a_huge_declared_dimension_over_small_data_is_read(tmp_path):
    # the declared size is a claim, not the data: the cells decide
    path = write_xlsx(tmp_path / "declared.xlsx", risk_rows(5), dimension="A1:XFD1048576")
    wb = read_workbook(path)
    assert len(wb.sheets[0].rows) == 6 and len(wb.sheets[0].rows[0]) == 4


def test_a_dense_sheet_over_the_limit_is_refused_while_reading(tmp_path):
    # 3,000 rows x 4 columns against a limit of 5,000 cells: refused by the scan, before
    # calamine parses the sheet (which would stop at its damaged end)
    body = risk_rows(3000) + '<row r="5000"><c r="A5000" t="inlineStr"><is><t>never'
    path = write_xlsx(tmp_path / "big.xlsx", body)
    with pytest.raises(ReadError) as err:
        read_workbook(path, Limits(max_cells=5000))
    message = str(err.value)
    assert "big.xlsx, sheet 'Risks', holds more than 5,000 cells" in message
    assert message.count(". ") == 0 and message.endswith(".")
    with pytest.raises(ReadError, match="damaged"):  # with room for it, the damage shows
        read_workbook(path, Limits(max_cells=50_000))


def test_a_big_cell_of_repeated_text_is_not_a_zip_bomb(tmp_path):
    # 5 MB of one phrase compresses about 1000 times: judged by its size, not its ratio
    log = "Supplier confirmed the delay again. " * 140_000
    path = write_xlsx(tmp_path / "log.xlsx", '<row r="1">' + cell("A1", "ID") + cell("B1", "Notes")
                      + '</row><row r="2">' + cell("A2", "R-1") + cell("B2", log) + "</row>")
    with zipfile.ZipFile(path) as zf:
        big = max(zf.infolist(), key=lambda i: i.file_size)
        assert big.file_size > 5_000_000 and big.file_size / big.compress_size > 200
    wb = read_workbook(path)
    assert wb.sheets[0].rows[1][1] == log.strip()


def test_huge_numbers_and_an_overflowing_month_header_are_named_not_crashes(tmp_path):
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "projects.xlsx", {"Projects": [
        ["Project Code", "Project Name", "Budget", "Status", "Mar 99999999999999999999"],
        ["P-001", "Payroll upgrade", "9" * 400, "Green", 5],
        ["P-002", "CRM rollout", 120000, "Amber", 6]]})
    proc = run_import(tmp_path, path, json_out=True)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    table = json.loads(proc.stdout)["files"][0]["tables"][0]
    assert table["created"] == 2
    first = table["records"][0]
    assert "bac" not in first["values"]
    assert any(w.startswith("C2 Budget (BAC):") and "±10^15" in w for w in first["warnings"]), first
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "projects", "--db",
                          str(tmp_path / "p.pmo"), "--json"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True).stdout

    def no_constants(name):
        raise AssertionError(f"{name} is not JSON")

    projects = json.loads(out, parse_constant=no_constants)["projects"]
    assert {p["code"]: p["bac"] for p in projects} == {"P-001": None, "P-002": 120000.0}


def test_an_unreadable_file_with_json_prints_json_with_the_error(tmp_path, monkeypatch, capsys):
    # tests may run as root, whom permissions do not stop: the OS refusal is simulated
    from pmo_desktop.cli import main
    from tests.importing.conftest import write_book

    locked = Path(write_book(tmp_path / "locked.xlsx", {"Risks": [["ID", "Risk"], ["R-1", "x"]]}))
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.xlsx":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    new_portfolio(tmp_path)
    capsys.readouterr()
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code = main(["import", "--db", str(tmp_path / "p.pmo"), str(locked), "--json"])
    out = capsys.readouterr()
    assert code == 2
    data = json.loads(out.out)
    error = data["files"][0]["error"]
    assert error.startswith("locked.xlsx cannot be read (permission denied)"), error
    assert data["batch"] is None and out.err == ""


@pytest.mark.parametrize("codec, name", [
    ("utf-16", "risks.txt"),  # Excel: Save As "Unicode Text" (tabs, with a byte order mark)
    ("utf-16-le", "risks.csv"),  # no byte order mark
    ("utf-16-be", "risks.csv"),
    ("utf-16", "risks.xls"),  # a "Unicode Text" export under a workbook's name
], ids=["unicode-text", "utf-16-le-no-bom", "utf-16-be-no-bom", "named-xls"])
def test_utf16_text_exports_import(tmp_path, codec, name):
    lines = ["ID\tRisk\tOwner\tProbability\tImpact"] + [
        f"R-{i:03d}\tSupplier délai {i} — €\tAna Müller\tHigh\tLow" for i in range(1, 400)]
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(codec))
    wb = read_workbook(path)
    rows = wb.sheets[0].rows
    assert rows[0] == ["ID", "Risk", "Owner", "Probability", "Impact"]
    assert rows[1] == ["R-001", "Supplier délai 1 — €", "Ana Müller", "High", "Low"]
    assert len(rows) == 400


def test_a_far_out_cell_in_an_opendocument_sheet_is_named_as_such(tmp_path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

    def text_cell(t: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               'office:version="1.2"><office:body><office:spreadsheet><table:table '
               'table:name="Risks"><table:table-row>' + text_cell("ID") + text_cell("Risk")
               + "</table:table-row><table:table-row>" + text_cell("R-1") + text_cell("Late")
               + '</table:table-row><table:table-row table:number-rows-repeated="1048573">'
               "<table:table-cell/></table:table-row><table:table-row><table:table-cell "
               'table:number-columns-repeated="16383"/>' + text_cell("x")
               + "</table:table-row></table:table></office:spreadsheet></office:body>"
               "</office:document-content>")
    path = tmp_path / "far.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>'
                    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                    'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:'
                    'media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                    "</manifest:manifest>")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    code, message = read_in_child(path)
    assert code == 2, message
    # calamine reads every OpenDocument sheet on opening: the file is named, not the sheet
    assert message.startswith("far.ods has a sheet with a cell far beyond its data ("), message
    assert "damaged" not in message


@pytest.mark.parametrize("ref", ["A99999999", "A" + "9" * 5000, "ZZZZ1"])
def test_a_reference_past_the_last_cell_of_a_sheet_is_damage(tmp_path, ref):
    path = write_xlsx(tmp_path / "bad.xlsx", risk_rows(3) + '<row r="9">' + cell(ref, "x")
                      + "</row>")
    code, message = read_in_child(path)
    assert code == 2, message
    assert message.startswith("bad.xlsx, sheet 'Risks', has a cell reference (")
    assert "past the last cell a sheet can have (XFD1048576)" in message and len(message) < 200


# -- limits checked while reading: a file over one stops at the first place it is over -----

class CountingReader:
    """A zip member opened for the extent scan, counting the bytes the scan asks for."""

    def __init__(self, zf: zipfile.ZipFile, part: str, counter: list[int]) -> None:
        self.fh = zf.open(part)
        self.counter = counter

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.counter[0] += len(data)
        return data

    def __enter__(self) -> "CountingReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()


def test_a_sheet_over_the_row_limit_stops_the_scan_at_its_first_piece(tmp_path):
    from pmo_desktop.importing.extent import CHUNK, TooBig, sheet_extent

    # 60,000 rows (about 6 MB of XML) against a limit of 1,000 rows: the scan reads the
    # first 1 MB piece, finds rows past 1,000 there and stops; the damaged end of the
    # sheet is never reached
    body = risk_rows(60_000) + '<row r="70000"><c r="A70000" t="inlineStr"><is><t>never'
    path = write_xlsx(tmp_path / "big.xlsx", body)
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo("xl/worksheets/sheet1.xml").file_size
        assert size > 5 * CHUNK
        read = [0]
        with pytest.raises(TooBig) as err:
            sheet_extent(lambda: CountingReader(zf, "xl/worksheets/sheet1.xml", read),
                         10_000_000, max_rows=1000)
    assert read[0] <= 2 * CHUNK < size, (read[0], size)
    assert err.value.message.startswith("has more than 1,000 rows (a cell at ")
    with pytest.raises(ReadError) as whole:
        read_workbook(path, Limits(max_rows=1000))
    message = str(whole.value)
    assert message.startswith("big.xlsx, sheet 'Risks', has more than 1,000 rows (a cell at ")
    assert "damaged" not in message and message.endswith(".") and "\n" not in message
    with pytest.raises(ReadError, match="damaged"):  # with room for it, the damage shows
        read_workbook(path, Limits(max_rows=100_000))


def test_a_sheet_over_the_column_limit_is_refused_naming_the_column(tmp_path):
    row = '<row r="1">' + "".join(cell(f"{col}1", f"H{i}") for i, col in
                                  enumerate(("A", "B", "C", "AA"))) + "</row>"
    path = write_xlsx(tmp_path / "wide.xlsx", row + risk_rows(3).split("</row>", 1)[1])
    with pytest.raises(ReadError) as err:
        read_workbook(path, Limits(max_columns=20))
    assert str(err.value).startswith("wide.xlsx, sheet 'Risks', has more than 20 columns "
                                     "(a cell at AA1), over the limit per sheet")
    assert read_workbook(path, Limits(max_columns=27)).sheets[0].rows[0][26] == "H3"


def test_a_csv_over_the_row_limit_stops_reading_at_the_first_row_past_it(tmp_path):
    # 200,000 rows, then a field too long for the csv module: read to the end, the file
    # would be "not valid CSV"; stopped at row 1,001 it is over the row limit
    lines = ["ID,Risk,Owner"] + [f"R-{i},Supplier delay {i},Ana" for i in range(200_000)]
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(lines) + "\nR-x," + "y" * 200_000 + ",Ana\n")
    with pytest.raises(ReadError) as err:
        read_workbook(path, Limits(max_rows=1000))
    assert str(err.value) == ("rows.csv has more than 1,000 rows (row 1,001), over the limit "
                              "for an import.")
    with pytest.raises(ReadError, match="is not valid CSV"):
        read_workbook(path)
    wide = tmp_path / "wide.csv"
    wide.write_text("ID,Risk\nR-1,Late\n" + ",".join(["x"] * 50) + "\n")
    with pytest.raises(ReadError) as err:
        read_workbook(wide, Limits(max_columns=10))
    assert str(err.value) == ("wide.csv has more than 10 columns (row 3), over the limit for "
                              "an import.")


def test_a_cell_over_the_text_limit_is_named_before_any_table_is_looked_for(tmp_path):
    log = "Supplier confirmed the delay again. " * 40_000
    path = write_xlsx(tmp_path / "log.xlsx", '<row r="1">' + cell("A1", "ID") + cell("B1", "Notes")
                      + '</row><row r="2">' + cell("A2", "R-1") + cell("B2", log) + "</row>")
    with pytest.raises(ReadError) as err:
        read_workbook(path, Limits(max_text=1_000_000))
    assert str(err.value) == (
        f"log.xlsx, sheet 'Risks', has a cell at B2 holding {len(log.strip()):,} characters, "
        "over the limit of 1,000,000 per cell; shorten it, save and import again.")
    assert read_workbook(path, Limits(max_text=2_000_000)).sheets[0].rows[1][1] == log.strip()


def test_the_cli_names_the_limit_in_one_line(tmp_path, capsys):
    lines = ["ID,Risk,Owner"] + [f"R-{i},Supplier delay {i},Ana" for i in range(50)]
    path = tmp_path / "risks.csv"
    path.write_text("\n".join(lines) + "\n" + ",".join(["x"] * 20_000) + "\n")
    new_portfolio(tmp_path)
    capsys.readouterr()
    code = main(["import", "--db", str(tmp_path / "p.pmo"), "--dry-run", str(path)])
    out = capsys.readouterr()
    assert code == 2 and "Traceback" not in out.err
    assert out.err.strip().splitlines()[-1].endswith(
        "risks.csv has more than 16,384 columns (row 52), over the limit for an import."), out.err
