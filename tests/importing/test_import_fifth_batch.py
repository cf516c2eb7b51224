"""Layouts from a fifth round of trackers the importer had never seen (a German cost-centre
budget named for its year, a UK budget over two fiscal years, an Irish university's
resource plan with each person's team and day rate, a programme dashboard whose summary
heads its codes "Proj ID").

Each test is a rule, not a file: months without a year take it from the fiscal year over
them or the one year the sheet names; a resource plan's own columns describe the people
it creates; a header's abbreviations are read written out."""

from __future__ import annotations

from datetime import datetime

from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.widecols import year_named

from .conftest import dry_run_tables, write_book as _book

PROJECT = "FIF"
MONTHS_DE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _periods(table):
    return sorted({r["values"]["period"] for r in table["records"]})


def test_months_without_a_year_take_the_one_year_the_sheet_names(store, tmp_path):
    """"Budget 2025" with Jan … Dez and a "Summe 2025": 2025's months, not those of the
    year nearest today (the as-of date is in late 2026 when this runs in December)."""
    head = ["Kostenart", "Kostenstelle", *MONTHS_DE, "Summe 2025"]
    rows = [[k, "KST 4711", *[1000 * (i + 1)] * 12, None]
            for i, k in enumerate(["Personalkosten", "Externe Beratung", "Lizenzen"])]
    path = _book(tmp_path / "budget.xlsx", {"Budget 2025": [
        ["Projektbudget S/4HANA"], ["Alle Beträge in EUR"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    assert _periods(table) == [f"2025-{m:02d}" for m in range(1, 13)]


def test_months_under_fiscal_year_groups_run_from_the_fiscal_years_first_year(store,
                                                                                 tmp_path):
    """"FY 2024/25" merged over Apr … Mar and "FY 2025/26" over Apr … Sep: April 2024 to
    March 2025, then April to September 2025 — the group's first year, not today's."""
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb",
              "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    head = ["Cost Code", "Cost Category", "Line Item", *months, "Total"]
    rows = [[f"LAB-0{i}", "Labour", f"Line {i}", *[500 * i] * 18, None] for i in range(1, 5)]
    groups = [None, None, None, "FY 2024/25", *[None] * 11, "FY 2025/26", *[None] * 5]
    path = _book(tmp_path / "fy.xlsx", {"Budget by Month": [
        ["Approved budget"], [], groups, head, *rows]})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["Budget by Month"].merge_cells("D3:O3")
    book["Budget by Month"].merge_cells("P3:U3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    periods = _periods(table)
    assert periods[0] == "2024-04" and periods[-1] == "2025-09"
    assert len(periods) == 18


def test_the_year_a_label_names():
    assert year_named("FY 2024/25") == (2024, False)
    assert year_named("2024-2025") == (2024, False)
    assert year_named("FY25") == (2025, True)
    assert year_named("Budget 2025") == (2025, False)
    assert year_named("Plan 2024-2026") is None  # several years
    assert year_named("Stand 12.05.2025") is None  # a date's year, not the table's
    assert year_named("Q1") is None


def test_a_resource_plans_team_manager_and_rate_describe_the_people_it_creates(store,
                                                                                 tmp_path):
    """Name | Role | Team | Line Manager | Day Rate beside FTE by month: the allocations,
    and each new person with their team, manager and day rate (not dropped)."""
    head = ["Name", "Role", "Team", "Line Manager", "Day Rate (€)", "May-25", "Jun-25",
            "Jul-25"]
    rows = [["Byrne, Aoife", "Project Manager", "PMO", "Walsh, Declan", None, 0.5, 0.5, 1],
            ["Costa, Marta", "Developer", "Contractor", "Byrne, Aoife", 450, 1, 1, 1],
            ["Kelly, Ciarán", "Business Analyst", "Registry", "Doyle, Máire", None, 0.2, 0.5, 0]]
    path = _book(tmp_path / "plan.xlsx", {"Resource Plan": [
        ["FTE per month"], [], head, *rows]})
    from pmo_desktop.operations.imports import import_files

    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Fif"})
    result = import_files(store, [path], dry_run=False, project_code=PROJECT).value
    assert result.exit_code == 0
    people = {r["name"]: (r["team"], r["manager"], r["cost_rate"])
              for r in store.rows("resource")}
    assert people["Marta Costa"] == ("Contractor", "Byrne, Aoife", 450.0)
    assert people["Aoife Byrne"][0] == "PMO"
    assert people["Ciarán Kelly"][1] == "Doyle, Máire"


def test_abbreviated_header_words_are_read_written_out():
    assert header_matches("Proj ID", "project")[0] == ("code", 0.9)
    assert header_matches("Proj Mgr", "project")[0][0] == "manager"
    assert header_matches("Dept", "project")[0][0] == "department"
    assert header_matches("Dur", "task")[0][0] == "duration_days"
    # written as the vocabulary holds it, a header is surer than its abbreviation
    assert header_matches("Project ID", "project")[0][1] > header_matches("Proj ID",
                                                                        "project")[0][1]


def test_one_sheet_per_project_named_by_the_summarys_proj_id(store, tmp_path):
    """A programme summary headed "Proj ID | Project | …" and one sheet per project named
    by its code: each sheet's milestones belong to that project, not to the import's."""
    head = ["Proj ID", "Project", "Project Manager", "Stage", "Overall RAG"]
    summary = [["HDT-01", "Customer Portal", "Clarke, Mo", "Delivery", "Green"],
               ["HDT-02", "CRM Migration", "Fischer, Sofia", "Design", "Amber"]]
    sheet = [["Key Milestones"], ["#", "Milestone", "Owner", "Baseline", "Status"],
             *[[i, f"Milestone {i}", "Lee, Noah", datetime(2025, i, 10), "Complete"]
               for i in range(1, 5)]]
    path = _book(tmp_path / "dash.xlsx", {"Programme Summary": [["Horizon"], [], head, *summary],
                                          "HDT-01": sheet, "HDT-02": sheet})
    tables = _tables(store, path, create=True)
    summary_table = next(t for t in tables if t["sheet"] == "Programme Summary")
    assert {c["header"]: c["field"] for c in summary_table["columns"]}["Proj ID"] == "code"
    for code in ("HDT-01", "HDT-02"):
        [ms] = [t for t in tables if t["sheet"] == code and t["entity"] == "milestone"]
        assert len(ms["records"]) == 4
        assert {r["values"]["project"] for r in ms["records"]} == {code}
