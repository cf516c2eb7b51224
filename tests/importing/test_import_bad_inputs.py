"""Bad input gets one clear sentence naming the file, exit code 2 and an untouched store."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from pmo_desktop.operations.imports import import_files
from pmo_desktop.importing.read import Limits, ReadError, read_workbook



def _tracker(path: Path, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    ws.append(["ID", "Risk", "Owner", "Probability", "Impact"])
    for i in range(1, rows + 1):
        ws.append([f"R-{i:03d}", f"Risk number {i}", "Ana", "High", "Low"])
    wb.save(path)
    return path


@pytest.fixture(autouse=True)
def _digest(digest):
    global file_digest
    file_digest = digest


def _refused(store, tmp_path, path, *words):
    """The import refuses the file, says why in one sentence, and writes nothing."""
    good = _tracker(tmp_path / "good.xlsx")
    db = Path(store.path)
    before = file_digest(db)
    result = import_files(store, [str(good), str(path)], dry_run=False, project_code="P1").value
    data = result.to_json()
    assert result.exit_code == 2
    assert data["batch"] is None
    error = data["files"][1]["error"]
    assert Path(path).name in error
    assert error.endswith(".") and error.count(". ") == 0, error
    for w in words:
        assert w in error.lower(), error
    assert data["files"][0]["error"] is None  # the good file was read but not written
    assert file_digest(db) == before
    assert store.list_batches() == []
    return error


def test_not_a_spreadsheet(store, tmp_path):
    p = tmp_path / "report.xlsx"
    p.write_bytes(b"%PDF-1.4\n% not a workbook\n")
    _refused(store, tmp_path, p, "not a spreadsheet")


def test_a_word_document_renamed(store, tmp_path):
    p = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    _refused(store, tmp_path, p, "word document")


def test_unknown_extension(store, tmp_path):
    p = tmp_path / "plan.pdf"
    p.write_bytes(b"%PDF-1.4")
    _refused(store, tmp_path, p, "not a spreadsheet")


def test_password_protected_workbook(store, tmp_path):
    p = tmp_path / "locked.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    _refused(store, tmp_path, p, "password-protected")


def test_truncated_workbook(store, tmp_path):
    whole = _tracker(tmp_path / "whole.xlsx", rows=50).read_bytes()
    p = tmp_path / "truncated.xlsx"
    p.write_bytes(whole[: len(whole) // 2])
    _refused(store, tmp_path, p, "damaged")


def test_corrupt_sheet_inside_a_valid_zip(store, tmp_path):
    src = _tracker(tmp_path / "src.xlsx")
    p = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 3]
            zout.writestr(item, data)
    _refused(store, tmp_path, p, "damaged")


def test_zip_bomb_is_refused_before_parsing(store, tmp_path):
    src = _tracker(tmp_path / "src.xlsx")
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        zout.writestr("xl/media/padding.bin", b"\0" * (40 * 1024 * 1024))
    assert p.stat().st_size < 1024 * 1024
    _refused(store, tmp_path, p, "zip bomb")


def test_zip_total_over_the_limit(tmp_path):
    p = _tracker(tmp_path / "big.xlsx")
    with pytest.raises(ReadError, match="zip bomb"):
        read_workbook(p, Limits(max_uncompressed_bytes=1000))


def test_sheet_over_the_cell_limit(store, tmp_path):
    p = _tracker(tmp_path / "wide.xlsx", rows=30)
    with pytest.raises(ReadError) as err:
        read_workbook(p, Limits(max_cells=50))
    assert "sheet 'Risks'" in str(err.value) and "cell" in str(err.value)


def test_empty_template(store, tmp_path):
    p = _tracker(tmp_path / "template.xlsx", rows=0)
    _refused(store, tmp_path, p, "empty template")


def test_empty_workbook(store, tmp_path):
    p = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(p)
    _refused(store, tmp_path, p, "no data")


def test_empty_file(store, tmp_path):
    p = tmp_path / "zero.xlsx"
    p.write_bytes(b"")
    _refused(store, tmp_path, p, "empty")


def test_missing_file(store, tmp_path):
    _refused(store, tmp_path, tmp_path / "nowhere.xlsx", "not found")


def test_binary_garbage_as_csv(store, tmp_path):
    p = tmp_path / "data.csv"
    p.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    _refused(store, tmp_path, p, "not a spreadsheet")


def test_an_excel_table_whose_range_runs_past_the_data_imports(store, tmp_path):
    """A formatted Excel table (ListObject) sized for 200 rows over 2 rows of data — the
    way lessons and RAID templates ship — crashed the table finder with an IndexError."""
    from openpyxl.worksheet.table import Table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lessons"
    ws.append(["ID", "Lesson", "Category", "Recommendation"])
    ws.append(["L-1", "Supplier onboarding took longer than planned", "Procurement",
               "Start onboarding a month earlier"])
    ws.append(["L-2", "Test data was late", "Testing", "Book test data with the plan"])
    ws.add_table(Table(displayName="LessonsLog", ref="A1:D200"))
    path = tmp_path / "lessons.xlsx"
    wb.save(path)
    result = import_files(store, [path], dry_run=True, project_code="DEMO",
                          create_projects=True).value
    tables = result.to_json()["files"][0]["tables"]
    assert [t["entity"] for t in tables] == ["lesson"]
    assert tables[0]["created"] == 2 and not tables[0]["rejected"]
