"""A number shown with a percentage format ("0%", "0.0%", "0.00 %") is a fraction: 1 is
100 %, 1.2 is 120 %, whatever the other values of its column; without such a format the
column's values decide (85 is 85 %, 0.85 is 85 %)."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from pmo_desktop.operations.imports import import_files


def _book(path, header, rows, fmt):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(header)
    for row in rows:
        ws.append(row)
        if fmt:
            ws.cell(ws.max_row, len(row)).number_format = fmt
    wb.save(path)
    return str(path)


def _pct(store, path):
    out = import_files(store, [path], dry_run=True, project_code="ALPHA").value.to_json()
    (table,) = [t for t in out["files"][0]["tables"] if t["entity"] == "task"]
    return [r["values"].get("pct_complete") for r in table["records"]]


@pytest.fixture
def alpha(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "ALPHA", "name": "Alpha"})
    return store


D1, D2 = datetime(2026, 3, 2), datetime(2026, 3, 13)
LAYOUTS = {
    "en": ["Task", "Start", "Finish", "% Complete"],
    "es": ["Tarea", "Inicio", "Fin", "Avance"],
    "de": ["Vorgang", "Anfang", "Ende", "Fertigstellung"],
}


@pytest.mark.parametrize("lang", sorted(LAYOUTS))
@pytest.mark.parametrize("fmt", ["0%", "0.0%", '0.00" "%'])
def test_a_percentage_format_makes_one_a_hundred_percent(alpha, tmp_path, lang, fmt):
    rows = [["Design", D1, D2, 1], ["Build", D1, D2, 1.2], ["Test", D1, D2, 0.5]]
    path = _book(tmp_path / "p.xlsx", LAYOUTS[lang], rows, fmt)
    assert _pct(alpha, path) == [1.0, 1.2, 0.5]


def test_a_column_of_only_ones_formatted_as_percent_is_complete(alpha, tmp_path):
    rows = [["Design", D1, D2, 1], ["Build", D1, D2, 1]]
    assert _pct(alpha, _book(tmp_path / "p.xlsx", LAYOUTS["en"], rows, "0%")) == [1.0, 1.0]


def test_without_a_format_the_values_decide(alpha, tmp_path):
    rows = [["Design", D1, D2, 100], ["Build", D1, D2, 40], ["Test", D1, D2, 0]]
    assert _pct(alpha, _book(tmp_path / "p.xlsx", LAYOUTS["en"], rows, None)) == [1.0, 0.4, 0.0]


def test_a_forms_value_is_not_judged_by_a_cell_it_does_not_sit_in(store, tmp_path):
    # a status form: its one-row table is its labels' values, not the sheet's cells, so
    # the '0%' of an unrelated cell where that row's column would be says nothing
    with store.write(source="test") as tx:
        tx.create("project", {"code": "DLP2", "name": "Data Lake Phase 2"})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Status"
    for row in (["Project status report"], [], ["Project name:", "Data Lake Phase 2"],
                ["Project manager:", "Marie Dubois"], ["Overall status:", "Red"],
                ["% complete", 40]):
        ws.append(row)
    ws["D3"] = 2
    ws["D3"].number_format = "0%"  # where the form's 4th value would sit as a table
    wb.save(tmp_path / "s.xlsx")
    out = import_files(store, [str(tmp_path / "s.xlsx")], dry_run=True).value.to_json()
    (form,) = [t for t in out["files"][0]["tables"] if t.get("layout") == "form"]
    assert form["records"][0]["changes"]["pct_complete"]["new"] == 0.4
