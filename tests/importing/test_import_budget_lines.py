"""A budget without months (phase/category × amount) is the project's budget (BAC): told
by its shape and values (one column of amounts, a last line that sums the others, words
of money), in any language; never written over a budget the project already holds."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.imports import import_files

from .conftest import write_book


def _run(store, path, dry_run=True, **kw):
    return import_files(store, [path], dry_run=dry_run, **kw).value.to_json()["files"][0]


def _table(out, header_row):
    return next(t for t in out["tables"] if t["header_row"] == header_row)


@pytest.fixture
def alpha(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "ALPHA", "name": "Alpha rollout"})
        tx.create("project", {"code": "BETA", "name": "Beta", "bac": 50000.0})
    return store



BOOKS = {
    # French, under a months table, the total's label says "Budget total"
    "fr": {"Feuil1": [["Rajout sup", "Details", "Mois"], [None, "Sécurité", 1600], *[[]] * 6,
                      ["Phase", "Prix"], ["Phase 01: Planification", 12000],
                      ["Phase 02: ERP", 50280], ["Supplémentaire", 20200],
                      ["Budget total", 82480]]},
    # Spanish, the sheet says presupuesto, total row labelled "Total"
    "es": {"Presupuesto": [["Categoría", "Importe"], ["Personal", 30000],
                           ["Licencias", 4500.5], ["Viajes", 2000], ["Total", 36500.5]]},
    # German, a currency in the header and no total row
    "de": {"Kosten": [["Arbeitspaket", "Betrag (€)"], ["Konzept", 8000], ["Umsetzung", 21000],
                      ["Test", 6000]]},
}
TOTALS = {"fr": 82480.0, "es": 36500.5, "de": 35000.0}


@pytest.mark.parametrize("lang", sorted(BOOKS))
def test_a_budget_by_line_becomes_the_projects_bac(alpha, tmp_path, lang):
    path = write_book(tmp_path / f"budget_{lang}.xlsx", BOOKS[lang])
    if lang == "fr":  # under a months table, as an Excel Table of its own
        import openpyxl
        from openpyxl.worksheet.table import Table

        wb = openpyxl.load_workbook(path)
        wb["Feuil1"].add_table(Table(displayName="Tableau1", ref="A9:B13"))
        wb.save(path)
    out = _run(alpha, path, project_code="ALPHA")
    (table,) = [t for t in out["tables"] if t["entity"] == "financial"]
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert sorted(f for f in fields.values() if f) == ["budget", "category"]
    assert table["updated"] == 1
    (rec,) = table["records"]
    assert rec["key"] == "ALPHA" and rec["values"] == {"bac": TOTALS[lang]}
    _run(alpha, path, dry_run=False, project_code="ALPHA")
    row = next(r for r in alpha.db.query("select code, bac from project") if r["code"] == "ALPHA")
    assert row["bac"] == pytest.approx(TOTALS[lang])


def test_the_total_row_is_not_counted_twice(alpha, tmp_path):
    path = write_book(tmp_path / "b.xlsx", BOOKS["es"])
    table = next(t for t in _run(alpha, path, project_code="ALPHA")["tables"]
                 if t["entity"] == "financial")
    assert table["rows"] == 3
    assert [s["row"] for s in table["skipped"]] == [5]


def test_a_budget_already_held_is_kept_and_the_difference_reported(alpha, tmp_path):
    path = write_book(tmp_path / "b.xlsx", BOOKS["es"])
    table = next(t for t in _run(alpha, path, project_code="BETA")["tables"]
                 if t["entity"] == "financial")
    assert table["records"] == []
    assert any("50,000.00: kept" in w for w in table["warnings"])
    _run(alpha, path, dry_run=False, project_code="BETA")
    row = next(r for r in alpha.db.query("select code, bac from project") if r["code"] == "BETA")
    assert row["bac"] == 50000.0


@pytest.mark.parametrize("rows", [
    # a list of people with their ages and a count: no money anywhere
    [["Name", "Age"], ["Ana", 31], ["Ben", 45], ["Cleo", 29]],
    # two amounts neither of which is named the budget (hours and a rate): not a breakdown
    # (a "Budget | Actual" cost report is one: test_import_fifth_batch)
    [["Role", "Hours", "Rate"], ["Analyst", 100, 90], ["Tester", 20, 25], ["Total", 120, 115]],
    # a money word but neither a total nor a currency: too little evidence
    [["Item", "Cost"], ["Laptop", 1200], ["Desk", 300]],
])
def test_other_tables_with_a_number_are_not_budgets(alpha, tmp_path, rows):
    path = write_book(tmp_path / "o.xlsx", {"Sheet1": rows})
    out = _run(alpha, path, project_code="ALPHA")
    assert not any(t["entity"] == "financial" and any(
        c["field"] == "budget" for c in t["columns"]) for t in out["tables"])


def test_a_wbs_cost_breakdown_with_categories_across_sums_its_lowest_lines(alpha, tmp_path):
    """Cost categories across and a Total column that adds them up, row by row; work
    packages numbered 1 / 1.1 / 1.1.1 whose upper levels sum the levels under them: the
    BAC is the sum of the lowest lines (not twice, three times, what the file budgets)."""
    path = write_book(tmp_path / "psp.xlsx", {"Kosten nach PSP": [
        ["Projektstrukturplan", None, None, "Kostenarten (CHF)"],
        ["PSP-Nr.", "Bezeichnung", "Verantwortlich", "Personal", "Material", "Reserve",
         "Total CHF"],
        ["1", "Projektmanagement", "Reto", 150000, 4500, 10000, 164500],
        ["1.1", "Projektleitung", "Reto", 140000, 4500, 10000, 154500],
        ["1.2", "Bewilligungen", "Urs", 10000, 0, 0, 10000],
        ["2", "Bau", "Beat", 200000, 800000, 50000, 1050000],
        ["2.1", "Rohbau", "Beat", 120000, 600000, 30000, 750000],
        ["2.1.1", "Fundament", "Beat", 20000, 100000, 5000, 125000],
        ["2.1.2", "Tragwerk", "Beat", 100000, 500000, 25000, 625000],
        ["2.2", "Ausbau", "Andrea", 80000, 200000, 20000, 300000],
        [None, "Total Anlagekosten", None, 350000, 804500, 60000, 1214500],
    ]})
    out = _run(alpha, path, project_code="ALPHA")
    (table,) = [t for t in out["tables"] if t["entity"] == "financial"]
    assert not table.get("held")
    skipped = {s["row"]: s["reason"] for s in table["skipped"]}
    assert sorted(r for r, why in skipped.items() if why.startswith("the sum of")) == [
        3, 6, 7]  # 1, 2 and 2.1: their lines are below them
    (rec,) = table["records"]
    assert (rec["key"], rec["changes"]["bac"]["new"]) == ("ALPHA", 1214500.0)
