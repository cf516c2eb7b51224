"""Traps found by building trackers the way teams write them (each made with openpyxl)."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from pmo_desktop.operations.imports import import_files

from .conftest import write_book


def _tables(store, path, project="DEMO", create_projects=False):
    res = import_files(store, [path], dry_run=True, project_code=project,
                       create_projects=create_projects).value.to_json()
    return res["files"][0]


def test_a_record_whose_title_starts_with_total_is_not_a_total_row(store, tmp_path):
    path = write_book(tmp_path / "r.xlsx", {"Risk Register": [
        ["Risk ID", "Title", "Owner", "Probability", "Impact", "Status"],
        ["R1", "Total loss of primary data centre", "Ops", 1, 5, "Open"],
        ["R2", "Vendor delay", "PM", 3, 3, "Open"],
        ["R3", "Subtotal calculation errors in billing", "Finance", 2, 3, "Open"],
        ["", "Totals of the above reviewed monthly by the board", "PMO", "", "", ""],
        ["Total", "", "", 6, 11, ""],
    ]})
    f = _tables(store, path)
    t = f["tables"][0]
    assert f["error"] is None
    assert [r["key"] for r in t["records"]] == ["R1", "R2", "R3"]
    # a sentence that starts with "Totals" is a row like any other (here without an ID)
    assert [(r["row"], r["column"]) for r in t["rejected"]] == [(5, "A")]
    assert [(s["row"], s["reason"]) for s in t["skipped"]] == [(6, "total row ('Total')")]


def test_french_and_portuguese_registers_map_their_columns(store, tmp_path):
    path = write_book(tmp_path / "fr.xlsx", {
        "Registre des risques": [
            ["Réf.", "Intitulé du risque", "Propriétaire", "Probabilité", "Impact", "Échéance",
             "Statut", "Plan d'action"],
            ["R1", "Retard fournisseur", "Alice", "Forte", "Très forte", "31/03/2026",
             "Ouvert", "Relancer"],
            ["R2", "Budget dépassé", "Bruno", "Faible", "Moyenne", "30/04/2026", "Fermé", ""]],
        "Registo de Riscos": [
            ["Código", "Descrição do Risco", "Responsável", "Probabilidade", "Impacto", "Prazo",
             "Estado", "Ações de Mitigação"],
            ["R-1", "Atraso do fornecedor", "Ana", "Alta", "Média", "31/03/2026", "Aberto",
             "Contactar"]],
    })
    fr, pt = _tables(store, path)["tables"]
    assert (fr["entity"], fr["created"], pt["entity"], pt["created"]) == ("risk", 2, "risk", 1)
    assert [c["field"] for c in fr["columns"]] == [
        "ref", "title", "owner", "probability", "impact", "due_date", "status",
        "response_actions"]
    assert [(r["values"]["probability"], r["values"]["impact"]) for r in fr["records"]] == \
        [(4, 5), (2, 3)]
    assert pt["records"][0]["values"]["response_actions"] == "Contactar"


def test_a_table_of_no_known_kind_says_why_it_was_not_imported(store, tmp_path):
    path = write_book(tmp_path / "raci.xlsx", {"RACI": [
        ["Deliverable", "Sponsor", "PMO", "Supplier"],
        ["Charter", "A", "R", "I"], ["Design", "C", "A", "R"]]})
    t = _tables(store, path)["tables"][0]
    assert t["entity"] is None and t["records"] == []
    assert "no kind of record was recognised" in t["warnings"][0]


def test_one_sheet_per_month_takes_each_record_from_the_latest_month(store, tmp_path):
    head = ["Project Code", "Project Name", "Overall RAG", "% Complete"]
    months = {"Jan": ("Green", 0.1), "Feb": ("Amber", 0.2), "Mar": ("Red", 0.5)}
    sheets = {m: [head, ["PRJ-A", "Alpha", rag, pct], ["PRJ-B", "Beta", "Green", pct]]
              for m, (rag, pct) in months.items()}
    sheets["Mar"].append(["PRJ-C", "Gamma", "Amber", 0.05])  # new in March
    f = _tables(store, write_book(tmp_path / "monthly.xlsx", sheets))
    jan, feb, mar = f["tables"]  # in the workbook's order
    assert [r["key"] for r in mar["records"]] == ["PRJ-A", "PRJ-B", "PRJ-C"]
    assert (mar["records"][0]["values"]["rag_overall"], mar["records"][0]["values"]["pct_complete"]) \
        == ("red", 0.5)
    for older in (jan, feb):
        assert older["records"] == [] and older["rejected"] == []
        assert older["skipped"][0]["reason"] == \
            "an earlier period: PRJ-A is taken from row 2 of 'Mar'"


def test_sheets_not_named_for_periods_keep_reporting_duplicates(store, tmp_path):
    head = ["Risk ID", "Title", "Owner"]
    f = _tables(store, write_book(tmp_path / "two.xlsx", {
        "Team A": [head, ["R1", "Late supplier", "Ana"]],
        "Team B": [head, ["R1", "Late supplier", "Ana"]]}))
    a, b = f["tables"]
    assert [r["key"] for r in a["records"]] == ["R1"]
    assert "duplicate" in b["rejected"][0]["reason"]


def test_effort_in_fte_or_days_is_stored_as_hours(store, tmp_path):
    from datetime import datetime

    months = [datetime(2026, 1, 1), datetime(2026, 2, 1), datetime(2026, 3, 1)]
    path = write_book(tmp_path / "plan.xlsx", {  # January 22 working days, February 20, March 22
        "FTE Plan": [["Resource plan 2026 – FTE per month"], [],
                     ["Name", "Role", "Project", "Unit", *months],
                     ["Alice Brown", "Analyst", "PRJ-001", "FTE", 1, 0.5, 0],
                     ["Chen Wu", "Tester", "PRJ-001", "FTE", 0, 0.2, 0]],
        "Effort (days)": [["Name", "Role", "Project", "Jan-26", "Feb-26", "Mar-26"],
                          ["Alice Brown", "Analyst", "PRJ-002", 10, 4, 0]],
        "Hours": [["Name", "Role", "Project", *months],
                  ["Bob Green", "Developer", "PRJ-003", 120, 80, 0]],
    })
    fte, days, hours = _tables(store, path, create_projects=True)["tables"]
    assert {t["entity"] for t in (fte, days, hours)} == {"allocation"}
    got = {r["key"]: r["values"]["hours"] for r in fte["records"]}
    # 1 FTE × 22 days × 7.5 h; 0.5 × 20 × 7.5; empty months are not booked
    assert got == {"Alice Brown/2026-01": 165.0, "Alice Brown/2026-02": 75.0,
                   "Chen Wu/2026-02": 30.0}
    assert "Effort read as FTE" in fte["warnings"][0]
    assert {r["key"]: r["values"]["hours"] for r in days["records"]} == {
        "Alice Brown/2026-01": 75.0, "Alice Brown/2026-02": 30.0}
    assert {r["key"]: r["values"]["hours"] for r in hours["records"]} == {
        "Bob Green/2026-01": 120.0, "Bob Green/2026-02": 80.0}
    assert "warnings" not in hours


def test_a_csv_saved_with_an_xlsx_name_is_read_as_csv_and_says_so(store, tmp_path):
    path = tmp_path / "risks.xlsx"
    path.write_text("Risk ID,Title,Owner,Impact\nR1,Late supplier,Ana,4\nR2,Scope creep,Ben,3\n",
                    encoding="utf-8")
    f = _tables(store, str(path))
    assert f["error"] is None
    (t,) = f["tables"]
    assert (t["entity"], t["created"]) == ("risk", 2)
    assert t["warnings"][0] == ("risks.xlsx holds comma-separated text, not an Excel "
                                "workbook: it was read as CSV.")


def test_prose_saved_with_an_xlsx_name_is_still_refused(store, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("Meeting notes\n\nWe agreed to review the plan next week.\n")
    f = _tables(store, str(path))
    assert "is not a spreadsheet" in f["error"]


def test_a_blank_row_inside_a_log_does_not_end_it_and_notes_below_are_not_rows(store, tmp_path):
    from datetime import date

    rows = [["Ref", "Action", "Owner", "Raised", "Due Date", "Status", "Comments"]]
    for i in range(1, 61):
        rows.append([f"ACT-{i:03d}", f"Action number {i}", "S. Jones", date(2025, 1, 2),
                     date(2025, 2, 2), "In Progress" if i % 2 else "Open", None])
        if i == 30:
            rows.append([])  # someone deleted a row's contents
    rows += [[], [], [], ["Notes:"], ["1. Status must be Open / In Progress / Closed"],
             ["2. Owner", "Named individual, not a team"],
             ["3. Review", "Weekly at PMO meeting", None, None, date(2026, 1, 5)]]
    f = _tables(store, write_book(tmp_path / "actions.xlsx", {"Action Tracker": rows}))
    log = f["tables"][0]
    assert (log["entity"], log["created"], log["rejected"]) == ("action", 60, [])
    assert log["range"] == "A1:G62"
    assert not any(r["key"].startswith(("2.", "3.")) for t in f["tables"] for r in t["records"])


def test_dependency_log_keeps_its_ids_project_and_counterparty(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "deps.xlsx", {"Dependencies": [
        ["Dep ID", "Dependency", "Direction", "Counterparty project", "Need by", "Status",
         "Owner"],
        ["DEP-01", "Test environment from TestCo", "Inbound", "Supplier TestCo", "31/03/2026",
         "At risk", "Ana"],
        ["DEP-02", "API spec to Billing", "Outbound", "Billing Replatform", "30/04/2026",
         "On track", "Ben"]]}))
    (t,) = f["tables"]
    assert [c["field"] for c in t["columns"]][:4] == ["ref", "title", "direction", "counterparty"]
    assert [r["key"] for r in t["records"]] == ["DEP-01", "DEP-02"]
    assert t["records"][0]["values"]["counterparty"] == "Supplier TestCo"
    assert {r["values"]["project"] for r in t["records"]} == {"DEMO"}  # no phantom projects


def test_lessons_register_without_a_title_column_takes_what_went_well(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "ll.xlsx", {"Lessons Learned": [
        ["No.", "Date", "Category", "What went well", "What could be improved",
         "Recommendation", "Raised By"],
        [1, "12/01/2026", "Planning", "Early supplier engagement " * 8, "Late sign-off",
         "Engage suppliers at gate 1", "Ana"],
        [2, "19/01/2026", "Testing", "", "Test data arrived late", "Book test data early",
         "Ben"]]}))
    (t,) = f["tables"]
    assert (t["entity"], t["created"], t["rejected"]) == ("lesson", 2, [])
    first, second = t["records"]
    assert first["values"]["title"].endswith("…") and len(first["values"]["title"]) <= 120
    assert second["values"]["title"] == "Book test data early"


def test_budget_with_months_over_budget_actual_forecast(store, tmp_path):
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget Tracker"
    ws.append(["Phoenix – Budget vs Actual (£)"])
    ws.append([])
    months = [datetime(2026, m, 1) for m in (1, 2, 3)]
    ws.append(["Cost Line", "Cost Centre", months[0], None, None, months[1], None, None,
               months[2], None, None, "TOTAL", None, None])
    ws.append([None, None, *["Budget", "Actual", "Forecast"] * 4])
    ws.append(["Internal labour", "CC100", 25000, 22500, None, 40000, 41500, None,
               5000, None, 5000, "=C5+F5+I5", None, None])
    ws.append(["Licences", "CC200", "£2,000", "£2,000", None, 0, 0, None, 3000, None, 3500,
               None, None, None])
    ws.append(["TOTAL", None, 27000, 24500, None, 40000, 41500, None, 8000, None, 8500])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "E3"), ("F3", "H3"), ("I3", "K3"),
                        ("L3", "N3")):
        ws.merge_cells(f"{first}:{last}")
    wb.save(tmp_path / "budget.xlsx")
    (t,) = _tables(store, str(tmp_path / "budget.xlsx"))["tables"]
    assert (t["entity"], t["header_row"]) == ("financial", 4)
    got = {r["key"]: {k: v for k, v in r["values"].items() if k in ("planned", "actual",
                                                                  "forecast")}
           for r in t["records"]}
    assert got == {"2026-01": {"planned": 27000, "actual": 24500},
                   "2026-02": {"planned": 40000, "actual": 41500},
                   "2026-03": {"planned": 8000, "forecast": 8500}}
    assert [s["row"] for s in t["skipped"]] == [7]  # the TOTAL row


def _quarter_tracker(path):
    """A cost tracker with fiscal quarters across, each over Budget | Actual | Variance,
    a year total after them, and a sheet title that says "actuals" (the rows' measure)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cost Tracker FY26"
    ws.append(["Theatres refurbishment – cost tracker, actuals to end of month 11"])
    ws.append([])
    ws.append(["Cost Code", "Cost Category", "Q1 FY26", None, None, "Q2 FY26", None, None,
               "FY26 Total", None, None])
    ws.append([None, None, *["Budget", "Actual", "Variance"] * 3])
    ws.append(["TH-C01", "Building works", 220000, 214500, 5500, 380000, 402750, -22750,
               600000, 617250, -17250])
    ws.append(["TH-C02", "Mechanical & electrical", 85000, 81200, 3800, 240000, 251900,
               -11900, 325000, 333100, -8100])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "E3"), ("F3", "H3"), ("I3", "K3")):
        ws.merge_cells(f"{first}:{last}")
    wb.save(path)
    return str(path)


def test_fiscal_quarters_across_go_to_their_months_and_a_variance_is_not_added_in(
        store, tmp_path):
    from pmo_desktop.operations.settings import change_settings

    path = _quarter_tracker(tmp_path / "q.xlsx")
    (t,) = _tables(store, path)["tables"]
    got = {r["key"]: {k: v for k, v in r["values"].items() if k in ("planned", "actual")}
           for r in t["records"]}
    # FY26 from April (the default): Q1 is April to June 2025; each quarter on its last
    # month, as a calendar "Q1 2026" is; the variance is neither budget nor actual
    assert got == {"2025-06": {"planned": 305000, "actual": 295700},
                   "2025-09": {"planned": 620000, "actual": 654650}}
    change_settings(store, {"fiscal_year_start": "01-01"})
    (t,) = _tables(store, path)["tables"]
    assert sorted(r["key"] for r in t["records"]) == ["2026-03", "2026-06"]


def test_a_project_budget_by_month_under_a_group_over_its_project_columns(store, tmp_path):
    """A group cell over the project's own columns ("Datos del proyecto" over Código |
    Proyecto | Responsable) and each month over its own Ppto. | Real: a budget by
    month, not a project list (its money by month would be left unread)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Seguimiento 2026"
    ws.append(["Seguimiento presupuestario 2026 (importes en euros)"])
    ws.append([])
    ws.append(["Datos del proyecto", None, None, "Enero", None, "Febrero", None, "Marzo",
               None])
    ws.append(["Código", "Proyecto", "Responsable", *["Ppto.", "Real"] * 3])
    ws.append(["SIS-01", "Alpha", "Marta García", 1000, 900, 1000, 1100, 1200, None])
    ws.append(["SIS-02", "Beta", "Javier Ruiz", 500, 500, 600, 650, 700, None])
    for first, last in (("A3", "C3"), ("D3", "E3"), ("F3", "G3"), ("H3", "I3")):
        ws.merge_cells(f"{first}:{last}")
    wb.save(tmp_path / "ppto.xlsx")
    f = _tables(store, str(tmp_path / "ppto.xlsx"), create_projects=True)
    (t,) = f["tables"]
    assert t["entity"] == "financial" and not t.get("held")
    got = {(r["values"]["project"], r["key"]): (r["values"].get("planned"),
                                                r["values"].get("actual"))
           for r in t["records"]}
    # each row's project by its code, created with the name written beside it
    assert got[("SIS-01", "2026-01")] == (1000, 900)
    assert got[("SIS-02", "2026-02")] == (600, 650)
    assert got[("SIS-01", "2026-03")] == (1200, None)
    assert {(p["code"], p["name"]) for p in t["new_projects"]} == {
        ("SIS-01", "Alpha"), ("SIS-02", "Beta")}


def test_budget_lines_down_months_across_in_one_header_row(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "b.xlsx", {"Budget": [
        ["Cost Line", "Jan-26", "Feb-26", "Mar-26", "TOTAL"],
        ["Labour", 5000, 5000, 8000, 18000], ["Licences", 1000, 1000, 1000, 3000]]}))
    (t,) = f["tables"]
    assert f["error"] is None and t["entity"] == "financial"
    assert {r["key"]: r["values"]["planned"] for r in t["records"]} == {
        "2026-01": 6000, "2026-02": 6000, "2026-03": 9000}


def test_a_milestone_done_after_its_baseline_is_complete_late(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "m.xlsx", {"Milestones": [
        ["Milestone", "Baseline", "Forecast", "Actual", "% Complete"],
        ["M1 Design signed off", "15/01/2026", "30/01/2026", "30/01/2026", 1],
        ["M2 Build complete", "27/02/2026", "27/02/2026", "26/02/2026", 1],
        ["M3 Go-live", "31/03/2026", "30/04/2026", None, 0.4]]}))
    (t,) = f["tables"]
    assert {r["key"]: r["values"].get("status") for r in t["records"]} == {
        "M1 Design signed off": "complete_late", "M2 Build complete": "complete_on_time",
        "M3 Go-live": None}


def test_raid_type_abbreviations_and_a_blank_type(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "raid.xlsx", {"RAID": [
        ["ID", "Type", "Title", "Owner", "Status"],
        ["RAID-001", "R", "Supplier late", "Ana", "Open"],
        ["RAID-002", "Dec", "Use vendor cloud", "Board", "Approved"],
        ["RAID-003", "Act", "Send spec", "Ben", "Open"],
        ["RAID-004", "", "Budget overrun", "Cara", "Open"]]}))
    kinds = {t["entity"]: [r["key"] for r in t["records"]] for t in f["tables"]}
    assert kinds == {"risk": ["RAID-001", "RAID-004"], "decision": ["RAID-002"],
                     "action": ["RAID-003"]}
    risk = next(t for t in f["tables"] if t["entity"] == "risk")
    assert risk["records"][1]["warnings"] == ["no type in B5: imported as a risk"]


def test_resources_spelled_twice_are_one_person_and_rates_read(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "team.xlsx", {"Team": [
        ["Name", "Email", "Role", "FTE", "Day rate £"],
        ["Sarah Jones", "sarah.jones@corp.example", "Test Lead", "100%", "£650/day"],
        ["Jay  Patel", "jay.patel@corp.example", "Architect", "50%", "£1,100 per day"],
        ["sarah jones ", "sarah.jones@corp.example", "Test Lead", 1, 650]]}))
    (t,) = f["tables"]
    assert [r["key"] for r in t["records"]] == ["Sarah Jones", "Jay Patel"]
    assert [(r["values"]["fte"], r["values"]["cost_rate"]) for r in t["records"]] == \
        [(1.0, 650.0), (0.5, 1100.0)]
    assert [(r["row"], "duplicate: Sarah Jones is already in row 2") for r in t["rejected"]] == \
        [(4, t["rejected"][0]["reason"])]


def test_a_value_merged_down_a_column_belongs_to_every_row_it_spans(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issues"
    ws.append(["Workstream", "Issue ID", "Issue", "Owner"])
    for row in (["Data", "ISS-01", "Scripts fail", "Jay"], [None, "ISS-02", "Duplicates", "Jay"],
                [None, "ISS-03", "Archive size", "Ops"], ["Testing", "ISS-04", "UAT down", "Sam"],
                [None, "ISS-05", "Test data", "Sam"]):
        ws.append(row)
    ws.merge_cells("A2:A4")
    ws.merge_cells("A5:A6")
    wb.save(tmp_path / "issues.xlsx")
    (t,) = _tables(store, str(tmp_path / "issues.xlsx"))["tables"]
    assert {r["key"]: r["values"].get("category") for r in t["records"]} == {
        "ISS-01": "Data", "ISS-02": "Data", "ISS-03": "Data", "ISS-04": "Testing",
        "ISS-05": "Testing"}


def test_ms_project_export_to_excel_gives_its_zero_day_milestones(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "plan.xlsx", {"Task_Table1": [
        ["ID", "Task Name", "Duration", "Start", "Finish", "% Complete", "Predecessors"],
        [1, "Initiation", "10 days", "Mon 12/01/26", "Fri 23/01/26", "100%", ""],
        [2, "   Project charter", "5 days", "Mon 12/01/26", "Fri 16/01/26", "100%", ""],
        [3, "   Charter approved", "0 days", "Fri 16/01/26", "Fri 16/01/26", "100%", "2"],
        [4, "   Build", "20 days", "Mon 19/01/26", "Fri 13/02/26", "50%", "3"],
        [5, "   Build complete", "0 days", "Fri 13/02/26", "Fri 13/02/26", "0%", "4"],
        [6, "   Go-live sign-off", "0 days", "Fri 27/02/26", "Fri 27/02/26", "0%", "5FS+2 days"],
    ]}))
    (t,) = [t for t in f["tables"] if t["entity"] != "task"]
    assert t["entity"] == "milestone"
    got = {r["key"]: r["values"]["forecast_date"] for r in t["records"]}
    assert got == {"Charter approved": "2026-01-16", "Build complete": "2026-02-13",
                   "Go-live sign-off": "2026-02-27"}


def test_inherent_and_residual_scores_under_short_headers(store, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.append(["ID", "Risk", "Owner", "Inherent", None, None, "Residual", None, None])
    ws.append([None, None, None, "P", "I", "Score", "P", "I", "Score"])
    ws.append(["R-01", "Key supplier insolvency", "CFO", 3, 5, 15, 2, 4, 8])
    for rng in ("A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"):
        ws.merge_cells(rng)
    wb.save(tmp_path / "r.xlsx")
    (t,) = _tables(store, str(tmp_path / "r.xlsx"))["tables"]
    v = t["records"][0]["values"]
    assert (v["probability"], v["impact"], v["residual_probability"], v["residual_impact"]) == \
        (3, 5, 2, 4)


def test_chart_data_and_version_history_sheets_are_not_imported(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "wb.xlsx", {
        "Risk Register": [["ID", "Risk", "Owner"], ["R1", "Late supplier", "Ana"]],
        "Chart Data": [["Month", "Planned", "Actual", "Forecast"],
                       *[[f"2026-{m:02d}", 100, 90, 95] for m in range(1, 7)]],
        "Change History": [["Version", "Date", "Change", "Author"],
                           ["1.0", "01/01/2026", "First issue", "PMO"]]}))
    assert {t["sheet"]: t["entity"] for t in f["tables"]} == {
        "Risk Register": "risk", "Chart Data": None, "Change History": None}


def test_spanish_change_requests_keep_ids_dates_and_statuses(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "cr.xlsx", {"Solicitudes de cambio": [
        ["ID Cambio", "Título", "Solicitante", "Fecha de solicitud", "Estado"],
        ["SC-01", "Ampliar alcance", "Ana", "15 de marzo de 2026", "En revisión"],
        ["SC-02", "Nuevo proveedor", "Luis", "3/4/2026", "Retirado"]]}))
    (t,) = f["tables"]
    assert [(r["key"], r["values"]["date_raised"], r["values"]["status"]) for r in t["records"]] \
        == [("SC-01", "2026-03-15", "under_assessment"), ("SC-02", "2026-04-03", "withdrawn")]


def test_a_log_without_ids_resorted_next_week_keeps_same_title_items_apart(store, tmp_path):
    head = ["Issue", "Description", "Owner", "Status"]
    week1 = [head, ["Supplier late", "Licences", "Ana", "Open"],
             ["Test environment down", "UAT", "Ben", "Closed"],
             ["Supplier late", "Hardware", "Cara", "Escalated"],
             ["Test environment down", "SIT", "Dev", "Open"]]
    import_files(store, [write_book(tmp_path / "w1.xlsx", {"Issues": week1})], dry_run=False,
                 project_code="DEMO").value
    week2 = [head, ["Security review failed", "Pen test", "Eve", "Open"],
             *reversed(week1[1:])]
    (t,) = _tables(store, write_book(tmp_path / "w2.xlsx", {"Issues": week2}))["tables"]
    assert [r["action"] for r in t["records"]] == ["create"] + ["unchanged"] * 4


def test_tables_stacked_under_headings_on_one_sheet_stay_apart(store, tmp_path):
    rows = [["Weekly status — Project Atlas"], [],
            ["Milestones"], ["Milestone", "Baseline", "Forecast", "Status"],
            ["M1 Design approved", "15/01/2026", "15/01/2026", "Complete"],
            ["M2 Build complete", "27/02/2026", "06/03/2026", "At risk"],
            [], ["Risks"], ["Risk ID", "Risk", "Owner", "Probability", "Impact"],
            ["R-01", "Vendor patch slips past UAT window", "Ana", "High", "High"],
            ["R-02", "Key tester leaves", "Ben", "Low", "Medium"]]
    f = _tables(store, write_book(tmp_path / "status.xlsx", {"Summary": rows}))
    got = {t["entity"]: (t["range"], [r["key"] for r in t["records"]]) for t in f["tables"]}
    assert got == {"milestone": ("A4:D6", ["M1 Design approved", "M2 Build complete"]),
                   "risk": ("A9:E11", ["R-01", "R-02"])}


def test_a_column_named_like_a_field_whose_values_do_not_fit_is_named(store, tmp_path):
    f = _tables(store, write_book(tmp_path / "a.xlsx", {"Actions": [
        ["Action ID", "Action", "Owner", "Due"],
        ["A1", "Send spec", "ana@corp.example", "next week"],
        ["A2", "Book room", "ben@corp.example", "EOM"],
        ["A3", "Chase vendor", "cara@corp.example", "Q1"]]}))
    (t,) = f["tables"]
    assert [c["field"] for c in t["columns"]] == ["ref", "title", "owner", None]
    assert t["warnings"][-1] == ("Columns left out: D 'Due' (its header reads as 'Due date', "
                                 "but its values ('next week', 'EOM', 'Q1') do not: left out).")


def test_a_project_status_of_lifecycle_words_beside_an_overall_rag_is_the_state(store, tmp_path):
    path = write_book(tmp_path / "portfolio.xlsx", {"Portfolio": [
        ["Project Code", "Project Name", "Project Status", "Overall RAG", "Project Manager"],
        ["P1", "Payroll", "Active", "G", "Ann Lee"],
        ["P2", "CRM", "On Hold", "A", "Raj Patel"],
        ["P3", "ERP", "Completed", "R", "Ann Lee"],
    ]})
    (t,) = _tables(store, path, project=None, create_projects=True)["tables"]
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert (fields["Project Status"], fields["Overall RAG"]) == ("state", "rag_overall")
    got = {r["key"]: r["values"] for r in t["records"]}
    assert [got[k]["state"] for k in ("P1", "P2", "P3")] == ["active", "on_hold", "completed"]
    assert [got[k]["rag_overall"] for k in ("P1", "P2", "P3")] == ["green", "amber", "red"]


def test_a_decision_log_in_its_own_words(store, tmp_path):
    path = write_book(tmp_path / "decisions.xlsx", {"Decision log": [
        ["Decision #", "Decision required", "Options considered", "Decision made",
         "Rationale", "Decided by", "Decision date", "Status"],
        ["DEC-01", "Which CRM vendor?", "A or B", "Vendor B", "Cheaper to run", "Board",
         "2027-02-01", "Approved"],
        ["DEC-02", "Defer phase 2?", "Defer or not", None, None, None, None, "Pending"],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["entity"] == "decision"
    fields = {c["header"]: c["field"] for c in t["columns"]}
    # the answer goes in the decision's own field (the question is its title)
    assert (fields["Decision #"], fields["Decision required"], fields["Decision made"]) == (
        "ref", "title", "decision")
    got = {r["key"]: r["values"] for r in t["records"]}
    assert got["DEC-01"]["title"] == "Which CRM vendor?" and got["DEC-02"]["status"] == "pending"
    assert got["DEC-01"]["decision"] == "Vendor B"


def test_a_tracker_backlog_without_dates_is_tasks_not_raid_issues(store, tmp_path):
    path = tmp_path / "jira.csv"
    path.write_text(
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Due date\n"
        "Login page redesign,PORT-101,10100,Story,In Progress,High,Ann Lee,12/Mar/27\n"
        "Password reset fails,PORT-102,10101,Bug,To Do,Highest,Raj Patel,10/Mar/27\n"
        "Set up CI pipeline,PORT-103,10102,Task,Done,Medium,Ann Lee,\n", encoding="utf-8")
    (t,) = _tables(store, str(path), create_projects=True)["tables"]
    assert t["entity"] == "task"
    got = {r["key"]: r["values"] for r in t["records"]}
    assert set(got) == {"PORT-101", "PORT-102", "PORT-103"}
    assert got["PORT-101"]["name"] == "Login page redesign"


def test_a_work_item_export_with_no_dates_at_all_is_tasks_in_their_states(store, tmp_path):
    # an Azure DevOps query: no date column a plan has, only work-item types and states
    path = tmp_path / "ado.csv"
    path.write_text(
        "\ufeffID,Work Item Type,Title,State,Assigned To,Iteration Path,Tags\n"
        "4101,Epic,Tokenised card payments,Active,Jane Doe <jane@example.com>,R3,epic\n"
        "4102,User Story,Vault proxy hardening,New,,R3\\Sprint 15,security\n"
        "4103,Bug,Refund rounding error,Blocked,Raj Patel <raj@example.com>,R3,\n"
        "4104,Task,Remove legacy tokens,Removed,,R3,\n"
        "4105,Task,Load test the vault,Closed,Ann Lee <ann@example.com>,R3,\n",
        encoding="utf-8")
    (t,) = _tables(store, str(path), create_projects=True)["tables"]
    assert t["entity"] == "task" and "held" not in t
    got = {r["key"]: r["values"] for r in t["records"]}
    assert {k: v.get("status") for k, v in got.items()} == {
        "4101": "in_progress", "4102": "not_started", "4103": "on_hold",
        "4104": "cancelled", "4105": "complete"}
    assert got["4103"]["name"] == "Refund rounding error"


def test_an_issue_log_with_a_type_column_of_its_own_words_stays_issues(store, tmp_path):
    path = write_book(tmp_path / "issues.xlsx", {"Issues": [
        ["Issue ID", "Issue", "Type", "Owner", "Status", "Date raised"],
        ["I-1", "Supplier late", "Commercial", "Ann Lee", "Open", "2027-01-04"],
        ["I-2", "Test rig broken", "Technical", "Raj Patel", "Open", "2027-01-05"],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["entity"] == "issue"


def test_one_sheet_per_project_puts_each_sheets_rows_in_its_project(store, tmp_path):
    from pmo_desktop.importing.api import needs_project, project_key, read_and_detect
    from pmo_desktop.operations.records import create

    for code, name in (("DCX-101", "Portal"), ("DCX-102", "Payments")):
        create(store, "project", {"code": code, "name": name})
    milestones = [["Jalon", "Date prévue", "Statut"],
                  ["Lancement", "2027-02-01", "Terminé"],
                  ["Recette", "2027-04-15", "En retard"]]
    path = write_book(tmp_path / "rapport.xlsx", {"DCX-101": milestones, "DCX-102": milestones,
                                                  "Notes": [["Written by the PMO"]]})
    for named in (None, "DCX-101"):  # the sheet's project wins over the one the import names
        out = _tables(store, path, project=named)["tables"]
        got = sorted((t["sheet"], r["values"]["project"], r["values"]["name"])
                     for t in out if t["entity"] == "milestone" for r in t["records"])
        assert got == [("DCX-101", "DCX-101", "Lancement"), ("DCX-101", "DCX-101", "Recette"),
                       ("DCX-102", "DCX-102", "Lancement"), ("DCX-102", "DCX-102", "Recette")]
    keys = {project_key(t) for t in ("DCX-101", "Portal", "DCX-102", "Payments")}
    tables = [t for t in read_and_detect(path, store=store) if t.entity == "milestone"]
    assert len(tables) == 2 and not any(needs_project(t, keys) for t in tables)
    assert all(needs_project(t) for t in tables)  # (no portfolio to name: the import asks)


def test_a_total_row_of_amounts_written_as_text_is_skipped(store, tmp_path):
    path = write_book(tmp_path / "portfolio.xlsx", {"Portfolio": [
        ["Project Code", "Project Name", "Project Manager", "Approved Budget", "EAC"],
        ["P1", "Payroll", "Ann Lee", "£1.2m", "£1.1m"],
        ["P2", "CRM", "Raj Patel", "£850k", "£900k"],
        ["TOTAL", None, None, "£2.05m", "£2.0m"],
    ]})
    (t,) = _tables(store, path, project=None, create_projects=True)["tables"]
    assert [r["key"] for r in t["records"]] == ["P1", "P2"] and t["rejected"] == []
    assert [s["row"] for s in t["skipped"]] == [4]


def test_a_dutch_decision_list_keyed_by_its_compound_number(store, tmp_path):
    path = write_book(tmp_path / "besluiten.xlsx", {"Besluitenlijst": [
        ["Besluitenlijst Stuurgroep"],
        [],
        ["Besluitnr.", "Datum", "Onderwerp", "Besluit", "Toelichting / onderbouwing",
         "Genomen door", "Status"],
        ["B-2025-031", "2025-09-10", "Fasering aanbesteding", "Twee percelen",
         "Vergroot marktinteresse", "Stuurgroep", "Genomen"],
        ["B-2025-033", "2025-09-10", "Participatieplan", "Besluit aangehouden",
         "Wijkraad vraagt meer tijd", "Marieke Jansen", "Aangehouden"],
        ["Totaal", None, None, None, None, None, None],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "decision"
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert (fields["Besluitnr."], fields["Besluit"], fields["Toelichting / onderbouwing"],
            fields["Genomen door"]) == ("ref", "description", "rationale", "decided_by")
    got = {r["key"]: r["values"]["status"] for r in t["records"]}
    assert got == {"B-2025-031": "approved", "B-2025-033": "deferred"}


def test_a_phone_or_project_number_is_not_the_records_key():
    from pmo_desktop.importing.headers import header_matches

    assert header_matches("Risikonummer", "risk")[0][0] == "ref"
    assert all(f != "ref" for f, _c in header_matches("Telefonnummer", "risk"))
    assert all(f != "ref" for f, _c in header_matches("Projektnr", "risk"))


def test_italian_per_person_and_grand_totals_are_not_people_or_projects(store, tmp_path):
    path = write_book(tmp_path / "allocazione.xlsx", {"Allocazione 2027": [
        ["Piano allocazione risorse 2027 (ore)"],
        [],
        ["Risorsa", "Ruolo", "Progetto", "gen-27", "feb-27", "mar-27"],
        ["Rossi, Marco", "Project Manager", "ALPHA", 60, 60, 60],
        [None, None, "BETA", 40, 40, 40],
        [None, None, "Totale risorsa", 100, 100, 100],
        ["Bianchi, Giulia", "Business Analyst", "ALPHA", 80, 80, 80],
        [None, None, "Totale risorsa", 80, 80, 80],
        ["TOTALE ORE ALLOCATE", None, None, 180, 180, 180],
    ]})
    f = _tables(store, path, create_projects=True)
    (t,) = f["tables"]
    assert t["entity"] == "allocation" and t["rejected"] == []
    assert [s["row"] for s in t["skipped"]] == [6, 8, 9]
    assert {p["name"] for p in f["tables"][0]["new_projects"]} == {"ALPHA", "BETA"}
    assert sum(r["values"]["hours"] for r in t["records"]) == 180 * 3


def test_a_danish_change_log_exported_as_semicolon_csv(store, tmp_path):
    path = tmp_path / "aendringslog.csv"
    path.write_text(
        "\ufeffÆndringslog – Projekt Sundby Letbane;;;;;;;\n"
        ";;;;;;;\n"
        "Ændrings-ID;Titel;Anmodet af;Oprettet;Påvirkning tid (dage);"
        "Påvirkning omkostning (DKK);Beslutningsdato;Status\n"
        "ÆA-001;Forlængelse af perron;Mette Kristensen;15-09-2025;30;1.250.000,00;"
        "07-10-2025;Godkendt\n"
        "ÆA-002;Ny belysning;Anders Thomsen;06-10-2025;0;-85.000,00;;Afvist\n",
        encoding="utf-8")
    (t,) = _tables(store, str(path))["tables"]
    assert t["entity"] == "change_request" and not t.get("held")
    got = {r["key"]: r["values"] for r in t["records"]}
    a, b = got["ÆA-001"], got["ÆA-002"]
    # (who asked for the change is its requester: a change request has no raised_by)
    assert (a["requester"], a["date_raised"], a["impact_schedule_days"], a["impact_cost"],
            a["decision_date"], a["status"]) == (
        "Mette Kristensen", "2025-09-15", 30, 1250000.0, "2025-10-07", "approved")
    assert (b["impact_cost"], b["status"]) == (-85000.0, "rejected")


def test_a_swedish_portfolio_with_a_rag_per_dimension(store, tmp_path):
    path = write_book(tmp_path / "portfolj.xlsx", {"Portfölj 2026": [
        ["Projektportfölj IT 2026"],
        [],
        ["Proj.nr", "Projektnamn", "Beställare", "Projektledare", "Fas", "Planerat slut",
         "Budget (kr)", "Total status", "Tid", "Kostnad", "Färdigställandegrad"],
        ["P26-001", "Journalsystem etapp 2", "Anders Bergström", "Sofia Nyberg",
         "Genomförande", "2026-11-30", 48500000, "Röd", "Gul", "Grön", 0.4],
        ["P26-002", "Digitala vårdmöten", "Maria Holm", "Johan Ek", "Förstudie",
         "2026-06-30", 6200000, "Grön", "Grön", "Gul", 0.12],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["entity"] == "project"
    v = {r["key"]: r["values"] for r in t["records"]}["P26-001"]
    assert (v["name"], v["sponsor"], v["manager"], v["stage"], v["finish_baseline"],
            v["bac"], v["rag_overall"], v["rag_schedule"], v["rag_cost"], v["pct_complete"]
            ) == ("Journalsystem etapp 2", "Anders Bergström", "Sofia Nyberg", "delivery",
                  "2026-11-30", 48500000.0, "red", "amber", "green", 0.4)


def test_a_total_named_after_what_it_adds_up_is_not_a_project(store, tmp_path):
    path = write_book(tmp_path / "dashboard.xlsx", {"Programme Summary": [
        ["Ref", "Project", "Project Manager", "Budget (£)"],
        ["HZN-01", "Finance ERP Replacement", "Sarah Okoye", 4850000],
        ["HZN-02", "HR & Payroll Consolidation", "Graham Marsh", 2300000],
        [None, "Capital total", None, 7150000],
        [None, "Programme Total", None, 7150000],
        [None, "Notes: actuals from Oracle", None, None],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert [r["key"] for r in t["records"]] == ["HZN-01", "HZN-02"]
    assert [(s["row"], s["reason"].split(" (")[0]) for s in t["skipped"]] == [
        (4, "subtotal row"), (5, "total row"), (6, "below the table's total row")]


def test_a_french_issue_sheet_is_named_problemes(store, tmp_path):
    path = write_book(tmp_path / "raid.xlsx", {"Problèmes": [
        ["N°", "Date d'ouverture", "Problème", "Priorité", "Responsable", "Action corrective",
         "Date cible", "Statut"],
        ["P01", "2026-01-12", "Lenteur du VPN agences", "Haute", "Julien Roussel",
         "Augmenter la bande passante", "2026-03-20", "En cours"],
        ["P02", "2026-02-03", "Licences insuffisantes", "Moyenne", "Claire Moreau",
         "Commande complémentaire", "2026-02-28", "Clos"],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "issue" and not t.get("held")  # not a tie with an action list


def test_a_polish_lessons_register(store, tmp_path):
    path = write_book(tmp_path / "wnioski.xlsx", {"Wnioski": [
        ["Rejestr wniosków z projektu e-Urząd"],
        [],
        ["Nr wniosku", "Kategoria", "Co poszło dobrze", "Rekomendacja na przyszłość",
         "Właściciel", "Data zgłoszenia", "Status"],
        ["LL-01", "Zarządzanie", "Szybkie powołanie komitetu sterującego",
         "Powoływać komitet przed zatwierdzeniem karty", "Agnieszka Kowalska", "14.03.2025",
         "Zamknięty"],
        ["LL-02", "Harmonogram", "Dobre planowanie testów", "Planować bufor na odbiory",
         "Marek Wiśniewski", "02.04.2025", "W toku"],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "lesson"
    v = {r["key"]: r["values"] for r in t["records"]}
    assert (v["LL-01"]["owner"], v["LL-01"]["date_logged"], v["LL-01"]["status"],
            v["LL-01"]["recommendations"]) == (
        "Agnieszka Kowalska", "2025-03-14", "closed",
        "Powoływać komitet przed zatwierdzeniem karty")
    assert v["LL-02"]["status"] == "open"


def test_an_issue_whose_description_wraps_onto_the_next_row(store, tmp_path):
    path = write_book(tmp_path / "issues.xlsx", {"Issue Log": [
        ["S.No.", "Issue ID", "Logged On", "Issue Description", "Raised By", "Priority",
         "Status", "Remarks / Action Taken"],
        [1, "HMIS-I-001", "2026-01-19", "Package billing for cashless patients not",
         "Ramesh Iyer", "P1", "WIP", "Tariff mapping table"],
        [None, None, None, "applying the insurer tariff", None, None, None,
         "being corrected"],
        [2, "HMIS-I-002", "2026-02-12", "Batch-wise stock not reducing", "Pooja Nair", "P2",
         "Open", None],
        [3, "HMIS-I-003", "2026-01-22", "HL7 results not flowing", "Anil Deshmukh", "P1",
         "Closed", "Interface engine restarted"],
        [None, None, None, "into the EMR for CBC panels", None, None, None, None],
    ]})
    (t,) = _tables(store, path)["tables"]
    v = {r["key"]: r["values"] for r in t["records"]}
    assert sorted(v) == ["HMIS-I-001", "HMIS-I-002", "HMIS-I-003"]  # the IDs, not 1, 2, 3
    assert v["HMIS-I-001"]["title"] == ("Package billing for cashless patients not applying "
                                        "the insurer tariff")
    assert v["HMIS-I-001"]["resolution"] == "Tariff mapping table being corrected"
    assert v["HMIS-I-001"]["date_raised"] == "2026-01-19"
    assert v["HMIS-I-003"]["title"] == "HL7 results not flowing into the EMR for CBC panels"
    assert t["rejected"] == [] and [s["row"] for s in t["skipped"]] == [3, 6]


def test_a_row_with_only_a_title_in_a_table_without_ids_is_a_record(store, tmp_path):
    path = write_book(tmp_path / "risks.xlsx", {"Risks": [
        ["Risk", "Owner", "Probability", "Impact"],
        ["Supplier insolvency", "Ann", 3, 4],
        ["Key staff leave", None, None, None],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert len(t["records"]) == 2


def test_a_mexican_change_log_and_a_finnish_action_log(store, tmp_path):
    path = write_book(tmp_path / "sc.xlsx", {"Bitácora SC": [
        ["No. SC", "Fecha de solicitud", "Solicitante", "Descripción del cambio",
         "Costo (MXN)", "Tiempo (días)", "Estatus", "Aprobado por"],
        ["SC-001", "06/10/2025", "Ing. Alejandra Ríos", "Ampliación de andenes",
         "$1,250,000.00", "15 días", "Aprobada", "Comité de Control de Cambios"],
        ["SC-002", "13/10/2025", "Luis Ortega", "Cambio de montacargas", "-$85,000.00", "0",
         "Cancelada", None],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "change_request"
    v = {r["key"]: r["values"] for r in t["records"]}
    assert (v["SC-001"]["title"], v["SC-001"]["impact_cost"], v["SC-001"]["impact_schedule_days"],
            v["SC-001"]["requester"], v["SC-001"]["status"]) == (
        "Ampliación de andenes", 1250000.0, 15, "Ing. Alejandra Ríos", "approved")
    assert (v["SC-002"]["impact_cost"], v["SC-002"]["status"]) == (-85000.0, "withdrawn")
    path = write_book(tmp_path / "toimenpiteet.xlsx", {"Toimenpiteet": [
        ["Nro", "Kirjattu", "Toimenpide", "Vastuuhenkilö", "Määräpäivä", "Tila"],
        ["T-01", "08.01.2026", "Päivitä projektisuunnitelma", "Mikko Virtanen", "23.01.2026",
         "Valmis"],
        ["T-02", "08.01.2026", "Tarkista budjetti", "Anna Korhonen", "30.01.2026", "Käynnissä"],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "action"
    v = {r["key"]: r["values"] for r in t["records"]}
    assert (v["T-01"]["owner"], v["T-01"]["due_date"], v["T-01"]["status"]) == (
        "Mikko Virtanen", "2026-01-23", "done")
    assert v["T-02"]["status"] == "open"


def test_norwegian_milestones_grouped_under_long_project_headings(store, tmp_path):
    path = write_book(tmp_path / "milepaeler.xlsx", {"Milepæler": [
        ["ID", "Milepæl", "Ansvarlig", "Baseline", "Prognose", "Faktisk", "Status",
         "Kritisk linje"],
        ["P-201 Ny sak- og arkivløsning for hele kommunen"],
        ["M201-1", "Kontrakt signert", "Ingrid Solberg", "2025-06-13", "2025-06-13",
         "2025-06-20", "Fullført", "Ja"],
        ["M201-2", "Migrering fullført", "Marte Lunde", "2026-01-30", "2026-03-13", None,
         "Forsinket", "Nei"],
        [],
        ["P-210 Velferdsteknologi – digitalt tilsyn og varsling"],
        ["M210-1", "Anskaffelse avsluttet", "Siri Johansen", "2025-11-28", "2025-12-19",
         "2025-12-19", "Fullført", "Ja"],
        ["M210-2", "Responssenter i drift", "Eirik Dahl", "2026-04-30", "2026-05-29", None,
         "I fare", "Nei"],
        [],
        ["Forklaring: avvik i dager er faktisk eller prognose minus baseline, og teller "
         "kalenderdager."],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "milestone" and t["rows"] == 4  # the second project's too
    v = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert sorted(v) == ["M201-1", "M201-2", "M210-1", "M210-2"]
    assert (v["M210-1"]["critical"], v["M201-2"]["critical"]) == (1, 0)


def test_a_decision_log_titled_in_french_and_a_change_log_in_colombian_spanish(store, tmp_path):
    path = write_book(tmp_path / "journal.xlsx", {"Journal des décisions": [
        ["N°", "Date de décision", "Intitulé de la décision", "Contexte / justification",
         "Décideur", "Statut"],
        ["D-001", "12.03.2025", "Procédure ouverte pour le marché logiciel",
         "Montant supérieur au seuil", "Comité de direction", "Validée"],
        ["D-002", "09.04.2025", "Report du lot 2", "Ressources indisponibles",
         "Comité de direction", "En attente"],
    ]})
    (t,) = _tables(store, path)["tables"]
    v = {r["key"]: r["values"] for r in t["records"]}
    assert t["entity"] == "decision"
    assert (v["D-001"]["title"], v["D-001"]["decided_by"], v["D-001"]["status"],
            v["D-002"]["status"]) == ("Procédure ouverte pour le marché logiciel",
                                      "Comité de direction", "approved", "pending")
    path = write_book(tmp_path / "sc.xlsx", {"Registro SC": [
        ["N° SC", "Fecha de solicitud", "Solicitante", "Título del cambio",
         "Impacto en costo (COP)", "Impacto en cronograma (días)", "Decisión CCB", "Estado"],
        ["SC-01", "09/12/2025", "Carolina Ruiz", "Nuevo módulo de facturación",
         "$45.000.000", "20", "Aprobado", "Aprobada"],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "change_request"
    (rec,) = t["records"]
    assert (rec["values"]["title"], rec["values"]["impact_schedule_days"],
            rec["values"]["date_raised"]) == ("Nuevo módulo de facturación", 20, "2025-12-09")


def test_a_czech_issue_log_with_spaced_dates(store, tmp_path):
    path = write_book(tmp_path / "problemy.xlsx", {"Problémy": [
        ["Č. problému", "Datum zjištění", "Název", "Popis problému", "Priorita", "Nahlásil",
         "Řešitel", "Termín vyřešení", "Stav"],
        ["P-001", "8. 1. 2026", "Chybné párování plateb", "Platby se nepárují", "Vysoká",
         "Šimková, Lenka", "Martin Procházka", "27. 2. 2026", "V řešení"],
        ["P-002", "14. 1. 2026", "Výpadky přihlášení", "Timeout při přihlášení", "Kritická",
         "Jana Malá", "Radek Kučera", "6. 3. 2026", "Uzavřeno"],
    ]})
    (t,) = _tables(store, path)["tables"]
    assert t["entity"] == "issue"
    v = {r["key"]: r["values"] for r in t["records"]}
    assert (v["P-001"]["date_raised"], v["P-001"]["due_date"], v["P-001"]["owner"],
            v["P-001"]["priority"], v["P-001"]["status"], v["P-001"]["description"]) == (
        "2026-01-08", "2026-02-27", "Martin Procházka", "high", "in_progress",
        "Platby se nepárují")
    assert (v["P-002"]["priority"], v["P-002"]["status"]) == ("critical", "closed")


def test_months_under_the_years_merged_over_them_take_those_years(store, tmp_path):
    """A budget from July to June with "2025" merged over Jul … Dec and "2026" over
    Jan … Jun (and a fiscal year over its Total): each month is in the year above it,
    not placed by today's date."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Customer platform – approved budget FY2025/26"])
    ws.append([])
    ws.append([None, None, "2025", None, None, None, None, None, "2026", None, None, None,
               None, None, "FY25/26"])
    months = ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May",
              "Jun"]
    ws.append(["Code", "Line item", *months, "Total"])
    ws.append(["PPL-01", "Project manager", *[6800] * 12, 81600])
    ws.append(["TEC-01", "Cloud hosting", *[4250] * 12, 51000])
    ws.merge_cells("C3:H3")
    ws.merge_cells("I3:N3")
    path = tmp_path / "budget.xlsx"
    wb.save(path)
    (t,) = _tables(store, str(path))["tables"]
    got = {r["key"]: r["values"]["planned"] for r in t["records"]}
    assert sorted(got) == [f"2025-{m:02d}" for m in range(7, 13)] + \
        [f"2026-{m:02d}" for m in range(1, 7)]
    assert set(got.values()) == {11050}


def test_two_registers_side_by_side_each_under_its_own_merged_title(store, tmp_path):
    """An issue log and its actions side by side, each under a merged title cell, with
    an empty column between: two tables, each as long as its own rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Seguimiento"
    ws.append(["Proyecto ERP – seguimiento semanal"])
    ws.append([])
    ws.append(["REGISTRO DE INCIDENCIAS", None, None, None, None, None,
               "REGISTRO DE ACCIONES", None, None, None, None])
    ws.append(["Nº", "Descripción", "Prioridad", "Responsable", "Estado", None,
               "Nº acción", "Incidencia", "Acción", "Responsable", "Fecha cierre"])
    for i in range(1, 5):
        ws.append([i, f"Fallo de interfaz {i}", "Alta", "Ruiz, Ana", "Abierta", None,
                   f"A-{i:03d}", i, f"Revisar mapeo {i}", "Gil, Luis", f"1{i}/03/2025"])
    ws.append([5, "Datos maestros incompletos", "Media", "Ruiz, Ana", "Cerrada"])
    ws.merge_cells("A3:E3")
    ws.merge_cells("G3:K3")
    path = tmp_path / "seguimiento.xlsx"
    wb.save(path)
    tables = {t["entity"]: t for t in _tables(store, str(path))["tables"]}
    assert (tables["issue"]["rows"], tables["action"]["rows"]) == (5, 4)
    (first,) = [r["values"] for r in tables["action"]["records"] if r["row"] == 5]
    assert (first["ref"], first["title"], first["closed_date"]) == (
        "A-001", "Revisar mapeo 1", "2025-03-11")


def test_a_dutch_subtotal_after_a_persons_number_is_a_total_row(store, tmp_path):
    """A capacity plan with the staff number on every row (the name only on the
    person's first) and a 'Subtotaal' per person: the subtotals are not bookings on a
    project called 'Subtotaal'; 'Projectcode' is read as the project code."""
    path = write_book(tmp_path / "capaciteit.xlsx", {"Planning 2027": [
        ["Capaciteitsplanning 2027 (uren per maand)"],
        [],
        ["Medewerker", "Pers.nr.", "Projectcode", "jan-27", "feb-27"],
        ["de Vries, Sanne", "10230", "ALPHA", 40, 40],
        [None, "10230", "BETA", 20, 20],
        [None, "10230", "Subtotaal", 60, 60],
        ["Jansen, Pieter", "10247", "ALPHA", 30, 30],
        [None, "10247", "Subtotaal", 30, 30],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["entity"] == "allocation" and t["rejected"] == []
    assert [s["row"] for s in t["skipped"]] == [6, 8]
    assert {p["name"] for p in t["new_projects"]} == {"ALPHA", "BETA"}
    assert sum(r["values"]["hours"] for r in t["records"]) == 90 * 2


def test_groups_with_the_header_repeated_over_each_are_one_table(store, tmp_path):
    """A monday.com board export: a group name, the header, the group's items; then the
    next group with the header again. One table; group names and repeated headers are
    skipped as such, never projects."""
    header = ["Name", "Project Owner", "Health", "Budget (NZD)"]
    path = write_book(tmp_path / "board.xlsx", {"Portfolio": [
        ["Digital Portfolio FY24/25"],
        ["In delivery"],
        header,
        ["Grants system", "Priya Sharma", "At risk", 2850000],
        ["Cloud migration", "Leilani Tui", "On track", 1620000],
        [],
        ["Discovery / business case"],
        header,
        ["Licensing platform", "Mei Lin Chen", "On track", 150000],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["entity"] == "project" and t["rows"] == 3 and t["rejected"] == []
    assert [(s["row"], s["reason"]) for s in t["skipped"]] == [
        (7, "group heading ('Discovery / business case')"), (8, "repeated header row")]
    assert sorted(r["values"]["name"] for r in t["records"]) == [
        "Cloud migration", "Grants system", "Licensing platform"]


def test_a_total_with_more_records_below_is_a_subtotal_not_the_end(store, tmp_path):
    """'Summe Team Wien' reads like a grand total, but the next team's rows follow it:
    the rows below are records, not a footer."""
    path = write_book(tmp_path / "ressourcen.xlsx", {"Kapazität": [
        ["Mitarbeiter/in", "Projekt", "Jän 27", "Feb 27"],
        ["Team Wien"],
        ["Huber, Thomas", "ALPHA", 12, 12],
        ["Wagner, Katharina", "BETA", 16, 16],
        ["Summe Team Wien", None, 28, 28],
        ["Team Graz"],
        ["Gruber, Anna", "ALPHA", 10, 10],
        ["Moser, Paul", "BETA", 8, 8],
        ["Summe Team Graz", None, 18, 18],
        ["Gesamtsumme", None, 46, 46],
        ["Angaben in Personentagen"],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["rows"] == 4 and t["rejected"] == []
    assert [(s["row"], s["reason"].split(" (")[0]) for s in t["skipped"]] == [
        (2, "section heading"), (5, "subtotal row"), (6, "section heading"),
        (9, "total row"), (10, "total row"), (11, "below the table's total row")]


def test_subtotals_whose_amounts_are_text_with_a_currency_code_are_not_projects(
        store, tmp_path):
    path = write_book(tmp_path / "cartera.xlsx", {"Perú": [
        ["Código", "Nombre del proyecto", "Jefe de Proyecto", "Presupuesto aprobado"],
        ["GERENCIA DE TRANSPORTE"],
        ["PE-2024-003", "Carretera Longitudinal – tramo 4", "Quispe Mamani, Luis",
         "S/ 412,500,000.00"],
        ["PE-2024-007", "Línea 2 Metro de Lima", "Huamán Torres, Rosa", "S/ 98,000,000.00"],
        [None, "Subtotal Transporte", None, "S/ 510,500,000.00"],
        [None, "TOTAL CARTERA PERÚ", None, "S/ 510,500,000.00"],
    ]})
    (t,) = _tables(store, path, create_projects=True)["tables"]
    assert t["rows"] == 2 and [s["row"] for s in t["skipped"]] == [2, 5, 6]
    assert {r["values"]["bac"] for r in t["records"]} == {412500000.0, 98000000.0}


def test_a_log_numbered_afresh_on_each_sheet_keeps_every_sheets_records(store, tmp_path):
    """A lessons log with one sheet per phase, each numbering its rows 1, 2, 3 …: the
    numbers count rows, they are not IDs; every sheet's lessons are kept."""
    def phase(*titles):
        return [["Nr.", "Hvad skete der", "Anbefaling", "Status"],
                *[[i, t, "Gør det tidligere", "Under behandling"]
                  for i, t in enumerate(titles, start=1)]]
    path = write_book(tmp_path / "erfaringer.xlsx", {
        "Fase 1 Analyse": phase("Kravene kom sent", "Workshops virkede godt"),
        "Fase 2 Udbud": phase("Udbuddet tog for lang tid", "Leverandørdialog var god",
                              "Juridisk review manglede")})
    tables = _tables(store, path)["tables"]
    assert [(t["entity"], t["rows"], len(t["records"]), t["rejected"]) for t in tables] == [
        ("lesson", 2, 2, []), ("lesson", 3, 3, [])]
    refs = [r["key"] for t in tables for r in t["records"]]
    assert len(set(refs)) == 5
    assert {r["values"]["status"] for t in tables for r in t["records"]} == {"open"}
    assert all("count the rows" in t["warnings"][-1] for t in tables)
    # one sheet alone keeps its numbers as the lessons' IDs
    one = write_book(tmp_path / "one.xlsx", {"Fase 1": phase("Kravene kom sent", "Godt")})
    (t,) = _tables(store, one)["tables"]
    assert [r["key"] for r in t["records"]] == ["1", "2"]


def test_months_under_a_group_naming_the_figure_are_that_figure(store, tmp_path):
    """A capital programme: months under "Actual spend", later months under "Forecast":
    the first are actuals, the others forecasts (not budget)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "P9 Monitoring"
    ws.append(["Scheme", None, "Actual spend", None, "Forecast", None])
    ws.append(["Scheme Ref", "Scheme Description", datetime(2024, 4, 1), datetime(2024, 5, 1),
               datetime(2024, 6, 1), datetime(2024, 7, 1)])
    ws.append(["PE001", "Highways resurfacing", 155, 206, 234.6, 328.3])
    ws.merge_cells("A1:B1")
    ws.merge_cells("C1:D1")
    ws.merge_cells("E1:F1")
    path = tmp_path / "capital.xlsx"
    wb.save(path)
    (t,) = _tables(store, str(path), create_projects=True)["tables"]
    got = {r["values"]["period"]: {k: v for k, v in r["values"].items()
                                   if k in ("planned", "actual", "forecast")}
           for r in t["records"]}
    assert got == {"2024-04": {"actual": 155}, "2024-05": {"actual": 206},
                   "2024-06": {"forecast": 234.6}, "2024-07": {"forecast": 328.3}}


def test_blocks_numbered_afresh_under_the_same_header_stay_apart(store, tmp_path):
    """One block of milestones per project, each under its title and the header again,
    each numbered from 1: three tables, not one (their numbers would clash)."""
    header = ["#", "Milestone", "Baseline Date", "Status"]
    path = write_book(tmp_path / "milestones.xlsx", {"Milestones": [
        ["PROJECT 1 – Student system"], header,
        [1, "Business case endorsed", "2025-01-10", "Complete"],
        [2, "Vendor contract signed", "2025-02-13", "Complete"],
        [], ["PROJECT 2 – Science hub"], header,
        [1, "Design complete", "2025-08-05", "Complete"],
        [2, "Tender released", "2025-10-07", "On track"],
    ]})
    tables = _tables(store, path)["tables"]
    assert [(t["entity"], t["header_row"], t["rows"]) for t in tables] == [
        ("milestone", 2, 2), ("milestone", 7, 2)]
