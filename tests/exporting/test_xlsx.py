"""The exporting layer: a formatted workbook read back with openpyxl, and CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from pmo_desktop.exporting.csvfile import write_csv
from pmo_desktop.exporting.sheet import Column, Table, csv_safe
from pmo_desktop.exporting.xlsx import money_format, sheet_title, write_workbook

NASTY = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=HYPERLINK(\"x\")", "\r=1", "=cmd|' /C calc'!A0"]


def _table() -> Table:
    cols = [Column("code", "Code"), Column("start", "Start", "date"),
            Column("bac", "Budget (BAC)", "money"), Column("pct", "% complete", "pct"),
            Column("rag", "RAG overall", "rag", ("green", "amber", "red")),
            Column("critical", "Critical", "bool"), Column("tol", "Cost tolerance (%)", "points"),
            Column("notes", "Notes", "longtext")]
    rows = [["P-1", "2026-03-15", 1250000.0, 0.4, "amber", 1, 10.0, "fine"],
            ["P-2", None, -500.0, None, "red", 0, None, "x" * 300]]
    rows += [[text, None, None, None, "green", None, None, text] for text in NASTY]
    return Table("Projects", cols, rows)


def test_workbook_is_formatted(tmp_path: Path) -> None:
    out = tmp_path / "e.xlsx"
    write_workbook(out, [_table()], "GBP")
    ws = openpyxl.load_workbook(out)["Projects"]
    assert [c.value for c in ws[1]] == ["Code", "Start", "Budget (BAC)", "% complete",
                                        "RAG overall", "Critical", "Cost tolerance (%)", "Notes"]
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F3A5F")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:H{len(NASTY) + 3}"
    assert ws["B2"].value == datetime(2026, 3, 15) and ws["B2"].is_date
    assert ws["C2"].value == 1250000 and ws["C2"].number_format == money_format("GBP")
    assert "£" in ws["C2"].number_format and ws["C3"].value == -500
    assert ws["D2"].value == 0.4 and ws["D2"].number_format == "0%"
    assert ws["E2"].value == "Amber" and ws["E2"].fill.fgColor.rgb.endswith("FFEB9C")
    assert ws["E3"].value == "Red" and ws["E3"].fill.fgColor.rgb.endswith("FFC7CE")
    assert ws["F2"].value == "Yes" and ws["F3"].value == "No"
    assert ws["G2"].value == 10 and ws["G2"].number_format == '0.0"%"'
    assert ws.column_dimensions["A"].width >= 8
    assert ws.column_dimensions["H"].width == 60  # long text capped, wrapped
    assert ws["H3"].alignment.wrap_text
    assert ws.column_dimensions["B"].width >= len("Start") + 2  # a header on one line
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_formula_like_text_stays_text_in_xlsx(tmp_path: Path) -> None:
    out = tmp_path / "e.xlsx"
    write_workbook(out, [_table()], "EUR")
    ws = openpyxl.load_workbook(out)["Projects"]
    for i, text in enumerate(NASTY, start=4):
        for cell in (ws.cell(row=i, column=1), ws.cell(row=i, column=8)):
            assert cell.data_type == "s", (text, cell.data_type)
            assert cell.value == text.replace("\r", "\n")  # XML keeps no bare CR
            assert cell.quotePrefix
    # the file holds no formula at all
    import zipfile
    with zipfile.ZipFile(out) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    assert '"€"' in money_format("EUR") and money_format("CHF").startswith('"CHF "')


def test_formula_like_text_is_quoted_in_csv(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert write_csv(out, _table()) == len(NASTY) + 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Code"
    assert rows[1][:5] == ["P-1", "2026-03-15", "1250000", "0.4", "Amber"]
    for row, text in zip(rows[3:], NASTY):
        assert row[0] == "'" + text and row[7] == "'" + text
    assert csv_safe("plain") == "plain" and csv_safe("-") == "'-"


@pytest.mark.parametrize("name,expected", [("Risks", "Risks"), ("a/b:c*?[x]", "a b c   x"),
                                           ("x" * 40, "x" * 31)])
def test_sheet_titles_are_valid(name: str, expected: str) -> None:
    taken: set[str] = set()
    assert sheet_title(name, taken) == expected.strip()
    assert sheet_title(name, taken).endswith("(2)")
