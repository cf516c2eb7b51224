"""Status reports laid out as a form (label beside or above its value, one project per
sheet) are read as one project record, planned like a one-row project list; tables
and registers are not forms."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from pmo_desktop.importing.api import read_and_detect
from pmo_desktop.operations.imports import import_files

from .conftest import write_book


def _book(path, sheets, merges=None):
    """A workbook written by openpyxl; ``merges`` is {sheet: ["B4:D4", …]}."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return str(path)


def _run(store, path, dry_run=True, **kw):
    return import_files(store, [path], dry_run=dry_run, **kw).value.to_json()["files"][0]


def _forms(out):
    return [t for t in out["tables"] if t.get("layout") == "form"]


def _only_form(out):
    (form,) = _forms(out)
    return form


@pytest.fixture
def lake(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "DLP2", "name": "Data Lake Phase 2", "manager": "Old PM",
                              "rag_overall": "green", "bac": 400000.0})
    return store


EN_FORM = [
    ["Project status report"],
    [],
    ["Project name:", "Data Lake Phase 2"],
    ["Project manager:", "Marie Dubois"],
    ["Overall status:", "Red"],
    ["Reporting date", datetime(2026, 11, 14)],
    ["Budget (k€)", 450, "Spent", 210],
    ["% complete", 0.4],
    [],
    ["Key achievements", "Ingestion layer live"],
    ["Next steps", "Migrate the finance marts"],
]


def test_an_english_form_updates_its_project_by_name_after_showing_the_changes(lake, tmp_path):
    path = write_book(tmp_path / "status.xlsx", {"Status": EN_FORM})
    out = _run(lake, path)
    form = _only_form(out)
    assert form["entity"] == "project" and form["range"] == "A3:B11"
    assert form["header_row"] == 3  # its first label, not the blank row above it
    assert {c["header"]: (c["field"], c["cell"]) for c in form["columns"]} == {
        "Project name": ("name", "B3"), "Project manager": ("manager", "B4"),
        "Overall status": ("rag_overall", "B5"), "Reporting date": ("status_date", "B6"),
        "Budget (k€)": ("bac", "B7"), "% complete": ("pct_complete", "B8"),
        "Key achievements": ("summary", "B10"), "Next steps": ("next_steps", "B11")}
    (rec,) = form["records"]
    assert rec["action"] == "update" and rec["key"] == "DLP2"
    assert rec["changes"]["manager"] == {"old": "Old PM", "new": "Marie Dubois"}
    assert rec["changes"]["rag_overall"] == {"old": "green", "new": "red"}
    assert rec["changes"]["bac"]["new"] == 450000.0
    assert any("'Spent' (D7: 210)" in w for w in form["warnings"])
    assert lake.rows("project")[0]["manager"] == "Old PM"  # a dry run writes nothing
    _run(lake, path, dry_run=False)
    stored = lake.rows("project")[0]
    assert (stored["manager"], stored["rag_overall"], stored["status_date"], stored["bac"],
            stored["pct_complete"], stored["summary"]) == (
        "Marie Dubois", "red", "2026-11-14", 450000.0, 0.4, "Ingestion layer live")


def test_a_french_form_with_merged_values_and_a_label_and_value_in_one_cell(lake, tmp_path):
    rows = [
        ["Rapport d'avancement du projet"],
        [],
        ["Nom du projet", None, "Data Lake Phase 2"],
        ["Chef de projet", None, "Marie Dubois"],
        ["Statut global: Orange"],
        ["Date du rapport", None, "14/11/2026"],
        ["Avancement", None, "55 %"],
        ["Prochaines étapes", None, "Recette utilisateurs en décembre"],
    ]
    path = _book(tmp_path / "rapport.xlsx", {"Projet": rows},
                 {"Projet": ["A3:B3", "C3:F3", "C4:F4", "A5:F5", "C6:F6", "C8:F8"]})
    form = _only_form(_run(lake, path))
    (rec,) = form["records"]
    assert rec["key"] == "DLP2"
    assert {k: v["new"] for k, v in rec["changes"].items()} == {
        "manager": "Marie Dubois", "rag_overall": "amber", "status_date": "2026-11-14",
        "pct_complete": 0.55, "next_steps": "Recette utilisateurs en décembre"}
    assert {c["field"]: c["cell"] for c in form["columns"]}["rag_overall"] == "A5"


def test_a_german_form_with_labels_above_their_values(store, tmp_path):
    rows = [
        ["Projektstatusbericht"],
        [],
        ["Projektname", "Projektleiter", "Stichtag"],
        ["Atlas ERP", "Jonas Weber", "01.12.2026"],
        [],
        ["Gesamtstatus", "Fertigstellungsgrad", "Budget"],
        ["Gelb", "45 %", "1.200.000 €"],
    ]
    out = _run(store, write_book(tmp_path / "bericht.xlsx", {"Bericht": rows}))
    form = _only_form(out)
    (rec,) = form["records"]
    assert rec["action"] == "create" and rec["values"]["name"] == "Atlas ERP"
    assert {k: rec["values"][k] for k in ("manager", "status_date", "rag_overall",
                                          "pct_complete", "bac")} == {
        "manager": "Jonas Weber", "status_date": "2026-12-01", "rag_overall": "amber",
        "pct_complete": 0.45, "bac": 1200000.0}
    assert [t for t in out["tables"] if t.get("layout") != "form" and t["entity"]] == []


def test_a_rag_by_dimension_block_gives_each_dimension(lake, tmp_path):
    rows = [
        ["Weekly status"],
        ["Project", "Data Lake Phase 2"],
        ["Overall RAG", "Amber"],
        ["Status date", date(2026, 11, 20)],
        [],
        ["Dimension", "RAG"],
        ["Schedule", "Amber"],
        ["Cost", "Green"],
        ["Scope", "Red"],
        ["Resources", "Green"],
        ["Benefits", "Green"],
    ]
    form = _only_form(_run(lake, write_book(tmp_path / "weekly.xlsx", {"Status": rows})))
    (rec,) = form["records"]
    assert {k: v["new"] for k, v in rec["changes"].items() if k.startswith("rag")} == {
        "rag_overall": "amber", "rag_schedule": "amber", "rag_cost": "green",
        "rag_scope": "red", "rag_resource": "green", "rag_benefits": "green"}


def test_a_two_row_rag_grid_and_budget_read_by_their_values(lake, tmp_path):
    """"Budget" over 450 is the budget; over "Green" in the RAG grid, the cost RAG."""
    rows = [
        ["Project", "Data Lake Phase 2", None, "Reporting date", "2026-11-30"],
        ["Budget", 450000, None, "Forecast", 470000],
        [],
        ["Schedule", "Budget", "Scope", "Risks"],
        ["Green", "Amber", "Green", "Red"],
    ]
    form = _only_form(_run(lake, write_book(tmp_path / "grid.xlsx", {"Report": rows})))
    (rec,) = form["records"]
    assert {k: v["new"] for k, v in rec["changes"].items()} == {
        "status_date": "2026-11-30", "bac": 450000.0, "eac": 470000.0,
        "rag_schedule": "green", "rag_cost": "amber", "rag_scope": "green", "rag_risk": "red"}


def test_a_risk_table_beneath_a_form_is_read_as_its_own_table_of_that_project(lake, tmp_path):
    rows = EN_FORM + [
        [],
        ["Risks"],
        ["ID", "Risk", "Owner", "Probability", "Impact"],
        ["R1", "Vendor late", "Ann", "High", "Medium"],
        ["R2", "Skills gap", "Bob", "Low", "High"],
    ]
    out = _run(lake, write_book(tmp_path / "status.xlsx", {"Status": rows}), dry_run=False)
    form = _only_form(out)
    (risks,) = [t for t in out["tables"] if t["entity"] == "risk"]
    assert form["range"] == "A3:B11" and risks["range"] == "A14:E16"
    assert risks["rejected"] == [] and risks["created"] == 2
    pid = lake.project_id("DLP2")
    assert sorted(r["ref"] for r in lake.rows("risk", "project_id = ?", [pid])) == ["R1", "R2"]


def test_a_workbook_of_one_form_per_sheet_gives_each_project(store, tmp_path):
    def sheet(name, pm, rag, pct):
        return [["Status report"], ["Project name:", name], ["Project manager:", pm],
                ["RAG status:", rag], ["% complete:", pct], ["Reporting date:", "2026-11-30"]]
    path = write_book(tmp_path / "portfolio.xlsx", {
        "Apollo": sheet("Apollo", "Ann Lee", "Green", 0.2),
        "Borealis": sheet("Borealis", "Ben Ode", "Amber", 0.5),
        "Cygnus": sheet("Cygnus", "Cy Young", "Red", 0.9)})
    out = _run(store, path, dry_run=False)
    assert [(t["sheet"], t["created"]) for t in _forms(out)] == [
        ("Apollo", 1), ("Borealis", 1), ("Cygnus", 1)]
    got = {p["name"]: (p["manager"], p["rag_overall"], p["pct_complete"])
           for p in store.rows("project")}
    assert got == {"Apollo": ("Ann Lee", "green", 0.2), "Borealis": ("Ben Ode", "amber", 0.5),
                   "Cygnus": ("Cy Young", "red", 0.9)}


def test_an_unknown_project_with_a_clear_name_is_planned_as_a_new_project(lake, tmp_path):
    rows = [["Project name:", "Orion CRM"], ["Project manager:", "Ida Berg"],
            ["Overall status:", "Green"], ["Budget:", "250k"]]
    form = _only_form(_run(lake, write_book(tmp_path / "orion.xlsx", {"Sheet1": rows})))
    (rec,) = form["records"]
    assert "held" not in form
    assert rec["action"] == "create" and rec["values"]["name"] == "Orion CRM"
    assert rec["values"]["bac"] == 250000.0


def test_a_form_named_only_by_its_title_is_held_back(lake, tmp_path):
    rows = [["Status report – Orion CRM"], [], ["Project manager:", "Ida Berg"],
            ["Overall status:", "Green"], ["% complete:", "30%"], ["Next steps:", "Pilot"]]
    path = write_book(tmp_path / "orion.xlsx", {"Sheet1": rows})
    form = _only_form(_run(lake, path, dry_run=False))
    assert "named only by its title ('Orion CRM')" in form["held"]
    assert [p["code"] for p in lake.rows("project")] == ["DLP2"]


def test_a_title_naming_a_project_of_the_portfolio_is_not_a_guess(lake, tmp_path):
    rows = [["Status report – Data Lake Phase 2"], [], ["Project manager:", "Ida Berg"],
            ["Overall status:", "Green"], ["% complete:", "30%"], ["Next steps:", "Pilot"]]
    form = _only_form(_run(lake, write_book(tmp_path / "dl.xlsx", {"Sheet1": rows})))
    assert "held" not in form
    (rec,) = form["records"]
    assert rec["key"] == "DLP2" and "name" not in rec["changes"]


def test_a_name_that_reads_like_a_stored_project_is_held_back(lake, tmp_path):
    rows = [["Project name:", "Data Lake Phase 3"], ["Project manager:", "Ida Berg"],
            ["Overall status:", "Red"], ["Budget:", 1]]
    form = _only_form(_run(lake, write_book(tmp_path / "dl3.xlsx", {"S": rows})))
    assert "reads like project DLP2" in form["held"]


def test_an_empty_or_unreadable_value_leaves_the_stored_one(lake, tmp_path):
    rows = [["Project name:", "Data Lake Phase 2"], ["Project manager:", None],
            ["Overall status:", "Amber"], ["Budget:", "to be confirmed"],
            ["Reporting date:", "2026-11-30"]]
    form = _only_form(_run(lake, write_book(tmp_path / "dl.xlsx", {"S": rows}),
                           dry_run=False))
    (rec,) = form["records"]
    assert set(rec["changes"]) == {"rag_overall", "status_date"}
    stored = lake.rows("project")[0]
    assert (stored["manager"], stored["bac"]) == ("Old PM", 400000.0)


def test_a_project_table_is_not_a_form(store, tmp_path):
    rows = [["Project", "Project Manager", "Status", "Budget", "% Complete"],
            ["Apollo", "Ann", "Green", 100000, 0.5],
            ["Borealis", "Ben", "Amber", 200000, 0.2],
            ["Cygnus", "Cy", "Red", 300000, 0.9]]
    tables = read_and_detect(write_book(tmp_path / "list.xlsx", {"Projects": rows}),
                             store=store)
    assert [(t.entity, t.form is None, t.range) for t in tables] == [("project", True, "A1:E4")]


def test_a_project_list_with_a_title_block_is_not_a_form(store, tmp_path):
    rows = [["Portfolio status"], ["Status date:", "2026-11-30"], ["Owner:", "PMO"], [],
            ["Project", "Manager", "Status", "Schedule", "Cost"],
            ["Apollo", "Ann", "Green", "Green", "Amber"],
            ["Borealis", "Ben", "Amber", "Red", "Green"]]
    tables = read_and_detect(write_book(tmp_path / "list.xlsx", {"Portfolio": rows}),
                             store=store)
    assert [t.form for t in tables] == [None]
    assert tables[0].entity == "project" and tables[0].region.last_row == 7


def test_a_risk_register_with_a_title_block_is_not_a_form(store, tmp_path):
    rows = [["Risk register"], ["Project name:", "Apollo"], ["Project manager:", "Ann Lee"],
            ["Date:", "2026-11-30"], [],
            ["ID", "Risk", "Owner", "Probability", "Impact", "Status"],
            ["R1", "Supplier late", "Ann", "High", "High", "Open"],
            ["R2", "Budget cut", "Ben", "Low", "High", "Open"],
            ["R3", "Schedule", "Cy", "Medium", "Low", "Closed"]]
    tables = read_and_detect(write_book(tmp_path / "risks.xlsx", {"Risks": rows}),
                             store=store)
    assert all(t.form is None for t in tables)
    assert [t.range for t in tables if t.entity] == ["A6:F9"]
    assert tables[-1].entity == "risk"


def test_a_plan_is_not_a_form(store, tmp_path):
    rows = [["ID", "Name", "Start", "Finish", "% Complete", "Status"],
            [1, "Planning", "2026-01-05", "2026-01-30", 1, "Green"],
            [2, "Scope", "2026-01-05", "2026-01-09", 1, "Green"],
            [3, "Budget", "2026-01-12", "2026-01-30", 0.5, "Amber"],
            [4, "Go live", "2026-02-02", "2026-02-02", 0, "Red"]]
    tables = read_and_detect(write_book(tmp_path / "plan.xlsx", {"Plan": rows}), store=store)
    assert all(t.form is None for t in tables) and tables[0].range == "A1:F5"


def test_a_status_shown_only_by_its_cell_colour(lake, tmp_path):
    from openpyxl.styles import PatternFill

    path = tmp_path / "colour.xlsx"
    _book(path, {"Status": [["Project name:", "Data Lake Phase 2"], ["Overall status:"],
                            ["Schedule:"], ["Reporting date:", "2026-11-30"]]},
          {"Status": ["B2:C2"]})
    wb = openpyxl.load_workbook(path)
    wb["Status"]["B2"].fill = PatternFill("solid", fgColor="FFC000")
    wb["Status"]["B3"].fill = PatternFill("solid", fgColor="C00000")
    wb.save(path)
    form = _only_form(_run(lake, str(path)))
    (rec,) = form["records"]
    assert {k: v["new"] for k, v in rec["changes"].items()} == {
        "rag_overall": "amber", "rag_schedule": "red", "status_date": "2026-11-30"}
    assert {c["field"]: c["cell"] for c in form["columns"]}["rag_schedule"] == "B3"


def test_two_forms_on_one_sheet_are_two_projects_and_name_no_table_beneath(store, tmp_path):
    def block(name, rag):
        return [["Project name:", name], ["Project manager:", "Ann Lee"],
                ["Overall status:", rag], ["% complete:", "50%"]]
    rows = block("Apollo", "Green") + [[]] + block("Borealis", "Red") + [
        [], [], ["ID", "Risk", "Owner", "Probability", "Impact"],
        ["R1", "Vendor late", "Ann", "High", "Medium"]]
    path = write_book(tmp_path / "two.xlsx", {"Status": rows})
    out = _run(store, path)
    assert [(t["range"], t["records"][0]["values"]["name"]) for t in _forms(out)] == [
        ("A1:B4", "Apollo"), ("A6:B9", "Borealis")]
    (risks,) = [t for t in out["tables"] if t["entity"] == "risk"]
    assert [r["reason"][:11] for r in risks["rejected"]] == ["no project:"]


def test_a_table_beneath_a_form_needs_no_project_named(store, tmp_path):
    from pmo_desktop.importing.api import needs_project

    rows = EN_FORM + [[], ["ID", "Risk", "Owner"], ["R1", "Vendor late", "Ann"]]
    tables = read_and_detect(write_book(tmp_path / "s.xlsx", {"Status": rows}), store=store)
    assert [(t.entity, t.form is not None, needs_project(t)) for t in tables] == [
        ("project", True, False), ("risk", False, False)]


def test_dutch_and_italian_rag_words_and_a_sum_in_thousands(store, tmp_path):
    nl = [["Projectrapportage"], ["Projectnaam", "Klantportaal"], ["Projectleider", "Eva de Vries"],
          ["Status", "Oranje"], ["Planning", "Groen"], ["Kosten", "Rood"],
          ["Begroting", "120.000 €"], ["Peildatum", "30-11-2026"]]
    it = [["Progetto: Migrazione Cloud"], ["Capo progetto: Marco Rossi"],
          ["Stato generale: Giallo"], ["Avanzamento: 35%"], ["Data: 30/11/2026"]]
    path = write_book(tmp_path / "nl_it.xlsx", {"NL": nl, "IT": it})
    got = {t["sheet"]: t["records"][0]["values"] for t in _forms(_run(store, path))}
    assert {k: got["NL"][k] for k in ("rag_overall", "rag_schedule", "rag_cost", "bac",
                                      "status_date")} == {
        "rag_overall": "amber", "rag_schedule": "green", "rag_cost": "red", "bac": 120000.0,
        "status_date": "2026-11-30"}
    assert {k: got["IT"][k] for k in ("name", "manager", "rag_overall", "pct_complete")} == {
        "name": "Migrazione Cloud", "manager": "Marco Rossi", "rag_overall": "amber",
        "pct_complete": 0.35}


def test_a_held_form_is_imported_once_a_person_accepts_its_sheet(lake, tmp_path):
    rows = [["Status report – Orion CRM"], [], ["Project manager:", "Ida Berg"],
            ["Overall status:", "Green"], ["% complete:", "30%"], ["Next steps:", "Pilot"]]
    path = write_book(tmp_path / "orion.xlsx", {"Orion": rows})
    form = _only_form(_run(lake, path, dry_run=False, accept=["Orion"]))
    assert "held" not in form and form["created"] == 1
    orion = [p for p in lake.rows("project") if p["name"] == "Orion CRM"]
    assert [(p["manager"], p["rag_overall"]) for p in orion] == [("Ida Berg", "green")]


def test_a_period_end_date_beside_the_project_is_the_status_date(store, tmp_path):
    rows = [[None, "Highlight report"], [],
            [None, "Project", "Payments Hub", None, "Period end", date(2026, 11, 30)],
            [None, "Project code", "PAY-01", None, "Stage", "Delivery"],
            [None, "RAG", "Amber", None, "DCA", "Amber/Red"], [],
            [None, "Milestones"], [None, "Milestone", "Baseline", "Forecast"],
            [None, "UAT complete", date(2026, 12, 1), date(2026, 12, 15)],
            [None, "Go live", date(2027, 1, 10), date(2027, 1, 24)]]
    out = _run(store, write_book(tmp_path / "hl.xlsx", {"Highlight": rows}))
    (rec,) = _only_form(out)["records"]
    assert rec["key"] == "PAY-01" and rec["values"]["status_date"] == "2026-11-30"
    (ms,) = [t for t in out["tables"] if t["entity"] == "milestone"]
    assert [r["values"]["project"] for r in ms["records"]] == ["PAY-01", "PAY-01"]


def test_a_label_merged_across_columns_and_a_report_title_that_is_no_name(lake, tmp_path):
    rows = [["Title", None, None, None, None, "Q3 status report"],
            ["Project name", None, None, None, None, "Data Lake Phase 2"],
            ["Overall status", None, None, None, None, "Green"],
            ["Status date", None, None, None, None, "2026-09-30"]]
    path = _book(tmp_path / "wide.xlsx", {"Q3": rows}, {"Q3": ["A1:D1", "A2:D2", "A3:D3", "A4:D4"]})
    (rec,) = _only_form(_run(lake, path))["records"]
    assert rec["key"] == "DLP2" and set(rec["changes"]) == {"status_date"}


def test_sections_of_one_report_under_their_own_headings(lake, tmp_path):
    rows = [["Project status report"], [],
            ["Project name", "Data Lake Phase 2"], ["Overall status", "Amber"],
            ["Status date", "2026-11-30"], [], [],
            ["Status by area"], ["Area", "RAG"], ["Schedule", "Red"], ["Cost", "Green"],
            [], [], ["Highlights of the period"], ["Landing zone built"], ["First sources loaded"],
            [], ["Next steps"], ["Finance marts"]]
    form = _only_form(_run(lake, write_book(tmp_path / "sections.xlsx", {"Report": rows})))
    (rec,) = form["records"]
    assert {k: v["new"] for k, v in rec["changes"].items()} == {
        "rag_overall": "amber", "status_date": "2026-11-30", "rag_schedule": "red",
        "rag_cost": "green", "summary": "Landing zone built\nFirst sources loaded",
        "next_steps": "Finance marts"}


# -- a code and a name in one cell; saved mappings ----------------------------------------

@pytest.mark.parametrize("cell, label", [
    ("DLP2 – Data Lake Phase 2", "Project name:"),
    ("DLP2: Data Lake Phase 2", "Nom du projet"),
    ("DLP2 | Data Lake Phase 2", "Projektname"),
    ("DLP2 - Data Lake Phase 2", "Nombre del proyecto"),
])
def test_a_code_and_a_name_in_one_cell_are_split(lake, tmp_path, cell, label):
    rows = [row if row[:1] != ["Project name:"] else [label, cell] for row in EN_FORM]
    form = _only_form(_run(lake, write_book(tmp_path / "s.xlsx", {"Status": rows})))
    fields = {c["field"]: c["cell"] for c in form["columns"] if c["field"]}
    assert fields["code"] == fields["name"] == "B3"
    (rec,) = form["records"]
    assert rec["action"] == "update" and rec["key"] == "DLP2"
    assert "name" not in rec["changes"]  # the stored name is the cell's name part


def test_a_split_name_does_not_rename_the_project_its_code_finds(lake, tmp_path):
    rows = [row if row[:1] != ["Project name:"] else ["Project name:", "DLP2 – Lake 2"]
            for row in EN_FORM]
    form = _only_form(_run(lake, write_book(tmp_path / "s.xlsx", {"Status": rows})))
    (rec,) = form["records"]
    assert rec["key"] == "DLP2" and "name" not in rec["changes"]
    assert rec["changes"]["manager"]["new"] == "Marie Dubois"


@pytest.mark.parametrize("cell", ["Phase 2 – Build", "2026: Data Lake", "Data Lake Phase 2"])
def test_a_name_that_does_not_start_with_a_code_is_kept_whole(store, tmp_path, cell):
    rows = [row if row[:1] != ["Project name:"] else ["Project name:", cell] for row in EN_FORM]
    form = _only_form(_run(store, write_book(tmp_path / "s.xlsx", {"Status": rows}),
                           create_projects=True))
    assert "code" not in {c["field"] for c in form["columns"]}
    (rec,) = form["records"]
    assert rec["values"]["name"] == cell


def test_a_saved_mapping_applies_to_the_next_form_with_those_labels(lake, tmp_path):
    from pmo_desktop.importing.api import change_field, save_profile

    path = write_book(tmp_path / "status.xlsx", {"Status": EN_FORM})
    (form,) = [t for t in read_and_detect(path, store=lake) if t.form is not None]
    spent = next(c for c in form.columns if c.header == "Next steps")
    change_field(form, spent.index, None)  # the user leaves "Next steps" out
    save_profile(lake, form)
    again = _only_form(_run(lake, write_book(tmp_path / "next.xlsx", {"Status": EN_FORM})))
    fields = {c["header"]: c["field"] for c in again["columns"]}
    assert fields["Next steps"] is None and fields["Project manager"] == "manager"
    assert "next_steps" not in again["records"][0]["changes"]


def _index_and_forms(tmp_path, index_pm="Ann Lee"):
    def form(code, name, pm):
        return [["Monthly status report"], [], ["Project code:", code], ["Project name:", name],
                ["Project manager:", pm], ["Sponsor:", "Director of Housing"],
                ["Overall status:", "Amber"], ["Budget (BAC):", "£1,850,000"],
                ["Forecast finish:", "2026-12-11"]]
    return write_book(tmp_path / "status.xlsx", {
        "Index": [["Project code", "Project name", "Project manager"],
                  ["TP-01", "Housing system", index_pm], ["TP-02", "Repairs app", "Ben Ode"]],
        "TP-01": form("TP-01", "Housing system", "Ann Lee"),
        "TP-02": form("TP-02", "Repairs app", "Ben Ode")})


def test_a_project_list_and_each_projects_form_make_one_record_per_project(store, tmp_path):
    """The index names each project, its form gives the rest: the form's fields are added
    to the project the index creates, not rejected as a duplicate of it."""
    out = _run(store, _index_and_forms(tmp_path), dry_run=False)
    forms = _forms(out)
    assert [(f["rows"], f["created"], [r["action"] for r in f["records"]]) for f in forms] == [
        (1, 0, ["merged"]), (1, 0, ["merged"])]
    assert [f["records"][0]["warnings"] for f in forms] == [
        [f"the same project as row {n} of 'Index' in status.xlsx: its sponsor, rag overall, "
         "bac, finish forecast are added there"] for n in (2, 3)]
    assert forms[0]["records"][0]["values"]["name"] == "Housing system"
    assert not any(f["rejected"] or f["skipped"] for f in forms)
    got = {p["code"]: (p["manager"], p["sponsor"], p["rag_overall"], p["bac"],
                       p["finish_forecast"]) for p in store.rows("project")}
    assert got == {
        "TP-01": ("Ann Lee", "Director of Housing", "amber", 1850000.0, "2026-12-11"),
        "TP-02": ("Ben Ode", "Director of Housing", "amber", 1850000.0, "2026-12-11")}
    # imported again: the projects are stored, and the forms add nothing new
    again = _run(store, _index_and_forms(tmp_path), dry_run=True)
    assert [t["unchanged"] for t in again["tables"] if t["sheet"] == "Index"] == [2]
    assert not any(f["rejected"] for f in _forms(again))


def test_a_form_that_disagrees_with_the_project_list_is_a_duplicate_naming_the_field(
        store, tmp_path):
    out = _run(store, _index_and_forms(tmp_path, index_pm="Someone Else"), dry_run=False)
    (reason,) = [r["reason"] for f in _forms(out) for r in f["rejected"]]
    assert reason == ("duplicate: TP-01 is already in row 2 of 'Index' in status.xlsx, "
                      "which gives other values for manager")
    tp1 = next(p for p in store.rows("project") if p["code"] == "TP-01")
    assert (tp1["manager"], tp1["sponsor"]) == ("Someone Else", None)
