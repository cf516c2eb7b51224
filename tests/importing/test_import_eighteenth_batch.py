"""Layouts from an eighteenth round of trackers the importer had never seen: a quality
system's deviation export, a computer-system validation tracker, a site activation plan,
a Swedish stakeholder analysis, a monday.com equipment-move board, a Mexican supplier
issue log, a shift-loading workbook with its roster, a store roll-out with regional
sub-totals and an engineering change log.

Each test is a rule, not a file."""

from __future__ import annotations

from datetime import datetime

from .conftest import best_field, dry_run_tables, fields_of, write_book, write_csv

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)



def test_a_deviation_export_is_an_issue_log_keyed_by_its_event_number(store, tmp_path):
    """A QMS export of deviations: "Quality Event Number" DEV-… on every row, a "CAPA
    Number" filled on some. It had read as a project list (Title, Owner, Site,
    Department) and been held back; the deviations are issues, each keyed by its own
    number, not by the CAPA that some of them raised."""
    head = ('"Quality Event Number","Title","Quality Event Type","Classification",'
            '"Lifecycle State","Owner","Site","Department","Date Identified","Due Date",'
            '"CAPA Number","Description"')
    rows = [f'"DEV-00{i}","Excursion {i}","Deviation","Major","Closed - Complete",'
            f'"Rachel Kim","Durham","QC","11/1{i}/2025","12/1{i}/2025",'
            f'"{"CAPA-03" + str(i) if i % 2 else ""}","Sample {i} out of limit"'
            for i in range(1, 7)]
    path = write_csv(tmp_path / "VeevaQMS_deviations_export.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "issue" and "held" not in table
    fields = fields_of(table)
    assert fields["Quality Event Number"] == "ref" and fields["CAPA Number"] is None
    assert [r["values"]["ref"] for r in table["records"]][:2] == ["DEV-001", "DEV-002"]


def test_a_validation_trackers_approval_dates_are_its_documents_ends(store, tmp_path):
    """A validation plan's documents: "Planned Start", then "Planned Approval",
    "Forecast Approval" and "Actual Approval" — a document is done when approved. The
    approval columns had been left out (no date word names them)."""
    rows = [["Ref", "Deliverable", "Author", "Planned Start", "Planned Approval",
             "Forecast Approval", "Actual Approval", "% Complete"]]
    for i in range(1, 6):
        rows.append([f"VAL-0{i}", f"Document {i}", "J. Moss", datetime(2026, 1, i),
                     datetime(2026, 2, i), datetime(2026, 2, i + 3),
                     datetime(2026, 2, i + 5) if i < 3 else None, 0.2 * i])
    path = write_book(tmp_path / "csv_tracker.xlsx", {"Validation Tracker": rows})
    table = next(t for t in _tables(store, path) if t["entity"] == "task")
    fields = fields_of(table)
    assert (fields["Planned Approval"], fields["Forecast Approval"],
            fields["Actual Approval"]) == ("finish_baseline", "finish_forecast",
                                           "finish_actual")
    first = table["records"][0]["values"]
    assert (first["finish_baseline"], first["finish_actual"]) == ("2026-02-01", "2026-02-06")


def test_amounts_under_a_qualified_word_are_not_dates(store, tmp_path):
    """"Actual Spend" beside a "Planned Start" holds money, which reads as days counted
    from 1900 too: it is no date."""
    rows = [["Task", "Planned Start", "Planned Finish", "Duration", "Actual Spend"]]
    for i in range(1, 6):
        rows.append([f"Step {i}", datetime(2026, 3, i), datetime(2026, 3, i + 4), 5,
                     12000 + i])
    path = write_book(tmp_path / "plan.xlsx", {"Plan": rows})
    table = next(t for t in _tables(store, path) if t["entity"] == "task")
    assert fields_of(table)["Actual Spend"] is None


def test_a_revised_target_is_the_forecast_of_the_target_it_revises(store, tmp_path):
    """A site activation plan: "Target Date", then "Revised Target" where a date moved.
    The target had been read as the forecast and the revised one left out."""
    rows = [["Milestone", "Owner", "Target Date", "Revised Target", "Actual Date", "Status"]]
    for i in range(1, 6):
        rows.append([f"Site {i} IRB approval", "J. Whitfield", datetime(2026, 1, 5 * i),
                     datetime(2026, 2, 5 * i) if i % 2 else None, None, "Open"])
    path = write_book(tmp_path / "activation.xlsx", {"Site Activation": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    fields = fields_of(table)
    assert (fields["Target Date"], fields["Revised Target"]) == ("baseline_date",
                                                                 "forecast_date")


def test_a_swedish_stakeholder_analysis_reads_influence_and_attitudes(store, tmp_path):
    """"Påverkan" is the stakeholder's influence, "Nuvarande inställning" and "Önskad
    inställning" where they stand and should stand, "Relationsansvarig" who keeps the
    relationship: all had been left out."""
    rows = [["Nr", "Intressent (namn)", "Befattning", "Påverkan (H/M/L)", "Intresse (H/M/L)",
             "Nuvarande inställning", "Önskad inställning", "Relationsansvarig", "Kommentar"]]
    for i, name in enumerate(["Anna Lind", "Per Ek", "Eva Berg", "Ola Nord"], start=1):
        rows.append([i, name, "Chef", "Hög", "Medel", "Neutral", "Stödjande",
                     "Erik Wallin", "Möte i mars"])
    path = write_book(tmp_path / "intressenter.xlsx", {"Intressentregister": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    fields = fields_of(table)
    assert [fields[h] for h in ("Påverkan (H/M/L)", "Nuvarande inställning",
                                "Önskad inställning", "Relationsansvarig", "Kommentar")] == \
        ["power", "current_engagement", "desired_engagement", "relationship_owner", "notes"]


def test_an_acronym_after_a_qualifier_is_the_head_noun():
    """"Contracted FTE" is the FTE a person is contracted for, "Client PM" a manager; a
    short word is read inside a header only when written as an acronym, and "Document
    ID" (the ID of something else) names no project's code."""
    assert best_field("Contracted FTE", "resource") == "fte"
    assert best_field("Total EAC", "project") == "eac"
    from pmo_desktop.importing.headers import header_matches
    assert header_matches("Document ID", "project") == []
    assert header_matches("Contracted fte", "resource") == []


def test_a_board_export_with_a_timeline_of_spans_is_a_plan(store, tmp_path):
    """A monday.com board: Name, Owner, Status, "Timeline" ("2025-09-01 - 2025-09-19"),
    Priority, "Dependency" (another item's name), Item ID. Its "Dependency" column had
    made it a dependency log; the timeline gives each row a start and a finish, with the
    dependency a plan of tasks."""
    head = "Name,Subitems,Owner,Status,Timeline,Priority,Rigging vendor,Dependency,Item ID"
    rows, before = [], ""
    for i in range(1, 7):
        name = f"Move press P-{i}"
        rows.append(f"{name},,Marek Nowak,Done,2025-09-{i:02d} - 2025-09-{i + 10:02d},High,"
                    f"Mammoet,{before},12045877{i}")
        before = name
    path = write_csv(tmp_path / "monday_equipment_moves.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert fields["Dependency"] == "predecessors" and fields["Timeline"] == "start_forecast"
    first = table["records"][0]["values"]
    assert (first["start_forecast"], first["finish_forecast"]) == ("2025-09-01", "2025-09-11")


def test_a_workbook_named_for_a_log_of_problems_says_what_its_sheet_holds(store, tmp_path):
    """A supplier issue log on a sheet named "Bitácora" (the log) in a file named
    "Bitacora_problemas_proveedores": its columns read as an issue or an action log
    nearly as well, and it had been held back. The file's name says problems: issues.
    A file's name counts only for a sheet whose own name names no kind."""
    rows = [["Folio", "Fecha de alta", "Proveedor", "Descripción del problema", "Prioridad",
             "Responsable", "Fecha compromiso", "Estatus", "Contención / Acción correctiva"]]
    for i in range(1, 7):
        rows.append([f"SQ-{i:03d}", f"0{i}/02/2026", "Acme", f"Rebaba en pieza {i}", "Alta",
                     "Luis Garza", f"1{i}/02/2026", "Abierto", "Sorteo 100 %"])
    path = write_book(tmp_path / "Bitacora_problemas_proveedores.xlsx", {"Bitácora": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "issue" and "held" not in table
    assert table["records"][0]["values"]["owner"] == "Luis Garza"
    from pmo_desktop.operations.imports import import_files

    named = write_book(tmp_path / "Bitacora_problemas.xlsx", {"Acciones": rows})
    out = import_files(store, [named], dry_run=True, project_code=PROJECT).value.to_json()
    [other] = out["files"][0]["tables"]
    assert other["entity"] == "action"  # the sheet's own word first


def test_a_roster_beside_its_weekly_loading_keeps_its_kind(store, tmp_path):
    """A shift-loading sheet (people × "KW 14 …") and the roster of the same people
    (with rate, manager, email) share their first columns. They had been read as one
    template copied twice, both as people, and the loading's hours lost; the roster's
    people were then refused as duplicates of the loading's."""
    people = ["Mehmet Yilmaz", "Ahmet Demir", "Hasan Celik", "Fatma Koc", "Ayse Kaya"]
    loading = [["Sicil No", "Name", "Role", "Team", *[f"KW {w}/2026" for w in range(14, 20)]]]
    roster = [["Sicil No", "Name", "Role", "Team", "Hourly Rate", "Manager", "Email",
               "Location", "FTE", "Start Date"]]
    for i, p in enumerate(people):
        loading.append([f"1045{i}", p, "Operator", "Press 1", *[40] * 6])
        roster.append([f"1045{i}", p, "Operator", "Press 1", 31.5, "Kemal Aksoy",
                       f"p{i}@example.com", "Bursa", 1.0, datetime(2024, 1, i + 1)])
    path = write_book(tmp_path / "loading.xlsx", {"Loading": loading, "Roster": roster})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert tables["Loading"]["entity"] == "allocation"
    assert tables["Roster"]["entity"] == "resource"
    assert fields_of(tables["Roster"])["Hourly Rate"] == "cost_rate"


def test_a_named_subtotal_with_its_counts_after_a_colon_is_no_record(store, tmp_path):
    """A store roll-out groups its stores by region, each group closed by "North
    sub-total: 7 stores, 5 live" in the name column (a group's name may hold "&"), and
    the programme by "PROGRAMME TOTAL: 26 stores | 8 live": none of them is a store. A
    name that only ends with the word total, past two words, is a record's."""
    rows = [["Store No", "Store Name", "Region", "Store Manager", "Go-Live (Baseline)",
             "RAG"]]
    n = 0
    for region in ("North", "Scotland & NI"):
        for i in range(3):
            n += 1
            rows.append([1000 + n, f"{region} store {i}", region, "G. Pickles",
                         datetime(2026, 3, n), "G"])
        rows.append([None, f"{region} sub-total: 3 stores, 1 live", None, None, None, None])
    rows.append([1099, "Agree final budget total", "North", "G. Pickles",
                 datetime(2026, 4, 1), "A"])
    rows.append([None, "PROGRAMME TOTAL: 6 stores | 2 live", None, None, None, None])
    path = write_book(tmp_path / "rollout.xlsx", {"Roll-out Tracker": rows})
    [table] = _tables(store, path, create=True)
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 7 and not any("total:" in x.lower() for x in names)
    assert "Agree final budget total" in names


def test_a_timing_impact_is_a_changes_delay():
    """An engineering change log's "Timing Impact (days)"."""
    assert best_field("Timing Impact (days)", "change_request") == "impact_schedule_days"


def test_a_czech_capex_list_reads_its_numbers_forecasts_and_subtotals(store, tmp_path):
    """A plant's capex list in Czech: "Č. projektu" (the project's number), "Odhad na
    dokončení" (the estimate at completion), lettered sections each closed by
    "Mezisoučet A)" (a subtotal). The numbers and estimates had been left out and the
    subtotals imported as projects."""
    rows = [["Č. projektu", "Název projektu", "Vedoucí projektu", "Rozpočet (Kč)",
             "Odhad na dokončení (Kč)", "Semafor"]]
    for section, first in (("A) Budovy", 1), ("B) Technologie", 10)):
        rows.append([section, None, None, None, None, None])
        for i in range(first, first + 3):
            rows.append([f"INV-26-{i:03d}", f"Projekt {i}", "Ing. Jan Novák", 1000000 * i,
                         1100000 * i, "zelená"])
        rows.append([None, f"Mezisoučet {section[0]})", None, 6000000, 6600000, None])
    path = write_book(tmp_path / "capex.xlsx", {"CAPEX 2026": rows})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Č. projektu"], fields["Odhad na dokončení (Kč)"]) == ("code", "eac")
    assert [r["values"]["code"] for r in table["records"]] == \
        ["INV-26-001", "INV-26-002", "INV-26-003", "INV-26-010", "INV-26-011", "INV-26-012"]


def test_a_javascript_date_with_its_time_zone_is_a_date():
    """Linear writes its CSV's dates as JavaScript prints them; mail headers so too."""
    from datetime import date

    from pmo_desktop.importing.values import ValueProblem, parse_date

    assert parse_date("Fri Mar 06 2026 00:00:00 GMT+0000 (Coordinated Universal Time)") == \
        date(2026, 3, 6)
    assert parse_date("Tue, 10 Feb 2026 09:30:00 GMT") == date(2026, 2, 10)
    assert parse_date("2026-03-06 10:00 UTC") == date(2026, 3, 6)
    try:
        parse_date("GMT")
    except ValueProblem:
        pass
    else:
        raise AssertionError("a zone alone is no date")


def test_a_linear_export_is_a_plan_of_issues_with_parents(store, tmp_path):
    """A Linear CSV: ID, Title, Status, Assignee (an e-mail), "Due Date" and "Started"
    as JavaScript dates, "Parent issue". Its dates had not been read, so it had been
    an issue log; with them, its parents and dates make a plan."""
    head = "ID,Title,Status,Priority,Assignee,Cycle Start,Due Date,Parent issue"
    stamp = "{} {:02d} 2026 00:00:00 GMT+0000 (Coordinated Universal Time)"
    rows = [f"PAY-{400 + i},Work item {i},In Progress,High,ana.souza@ledgerly.io,"
            f"{stamp.format('Mon Mar', i)},{stamp.format('Fri Mar', i + 10)},"
            f"{'PAY-400' if i > 1 else ''}" for i in range(1, 7)]
    path = write_csv(tmp_path / "linear_export.csv", [head, *rows])
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert (fields["Due Date"], fields["Parent issue"]) == ("finish_forecast", "parent_ref")
    assert table["records"][0]["values"]["finish_forecast"] == "2026-03-11"


def test_an_audit_findings_log_is_an_issue_log(store, tmp_path):
    """An internal audit's observations tracker on a sheet "Findings Log": each
    observation, its risk rating, the management response, the target closure date.
    It had read as a project list (observation as a project's name)."""
    rows = [["Sr. No.", "Obs. Ref", "Observation", "Risk Rating",
             "Management Response / Action Plan", "Action Owner", "Date Reported",
             "Target Closure Date", "Status"]]
    for i in range(1, 7):
        rows.append([i, f"IA-25-0{i}", f"Access of leavers not revoked ({i})", "High",
                     "Automate revocation", "Rahul Deshpande", datetime(2025, 7, i),
                     datetime(2025, 9, i), "Open"])
    path = write_book(tmp_path / "soc2_tracker.xlsx", {"Findings Log": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert [fields[h] for h in ("Obs. Ref", "Observation", "Risk Rating",
                                "Management Response / Action Plan",
                                "Target Closure Date")] == \
        ["ref", "title", "severity", "resolution", "due_date"]


def test_okrs_are_a_register_of_benefits_named_by_their_key_results(store, tmp_path):
    """An engineering team's OKRs, one sheet a quarter ("Q1 2026"): "Objective / Key
    Result", Owner, Baseline, Target, Current, Due. They had read as a project list;
    the file says OKRs, and each key result is a measure with its baseline and target,
    named by the column that gives the objective or key result."""
    rows = [["#", "Objective / Key Result", "Owner", "Baseline", "Target", "Current",
             "Due"]]
    for i in range(1, 6):
        rows.append([f"KR1.{i}", f"Reduce p95 latency of API {i} (ms)", "Aisha Khan",
                     820 + i, 400, 600, datetime(2026, 3, 27)])
    path = write_book(tmp_path / "Eng_OKRs_2026.xlsx", {"Q1 2026": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit"
    fields = fields_of(table)
    assert (fields["Objective / Key Result"], fields["Baseline"], fields["Target"]) == \
        ("title", "baseline_value", "target_value")


def test_a_total_named_after_a_dash_is_no_record(store, tmp_path):
    """An insurer's portfolio closes each portfolio with "Claims Transformation – total"
    under its projects: no project. A name with a dash and more after "total" is one."""
    rows = [["Ref", "Programme / Project", "Sponsor", "Budget"]]
    for group, code in (("Claims Transformation", "CLM"), ("Underwriting & Pricing", "UW")):
        rows.append([group.upper(), None, None, None])
        for i in range(1, 4):
            rows.append([f"{code}-0{i}", f"{group} project {i}", "Helen Carter", 100 * i])
        rows.append([None, f"{group} – total", None, 600])
    rows.append(["UW-09", "Review – total cost of ownership", "Helen Carter", 50])
    path = write_book(tmp_path / "portfolio.xlsx", {"Portfolio": rows})
    [table] = _tables(store, path, create=True)
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 7 and "Review – total cost of ownership" in names


def test_an_italian_risk_registers_review_date_and_mitigation_measures():
    assert best_field("Prossima revisione", "risk") == "review_date"
    assert best_field("Misure di mitigazione", "risk") == "response_actions"


def test_a_funders_grant_applications_are_proposals(store, tmp_path):
    """A council's grants tracker, sheet "Applications 2026": Grant Ref, Applicant Group,
    Project Title, Date Received, Amount Sought, Decision, Status. It had read as a log
    of decisions; applications for money are requests for projects."""
    rows = [["Grant Ref", "Applicant Group", "Project Title", "Date Received",
             "Amount Sought", "Decision", "Decision Date", "Status"]]
    for i in range(1, 7):
        rows.append([f"CEG-26-00{i}", f"Tidy Towns {i}", f"Planting scheme {i}",
                     datetime(2026, 1, i), 5000 * i, "Approved", datetime(2026, 2, 4),
                     "Approved"])
    path = write_book(tmp_path / "grants_tracker.xlsx", {"Applications 2026": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "proposal"
    fields = fields_of(table)
    assert [fields[h] for h in ("Applicant Group", "Project Title", "Date Received",
                                "Amount Sought")] == \
        ["sponsor", "name", "submitted_date", "estimated_cost"]


def test_a_portuguese_schedules_base_line_and_rescheduled_dates():
    """"Data Prevista (Linha de Base)" is the baseline the brackets name; "Data
    Reprogramada" the date as rescheduled, the forecast."""
    assert best_field("Data Prevista (Linha de Base)", "milestone") == "baseline_date"
    assert best_field("Data Reprogramada", "milestone") == "forecast_date"


def test_milestones_repeated_per_release_are_told_apart_by_the_release_above(
        store, tmp_path):
    """A release calendar repeats "Code freeze", "Go/No-Go", "Go-live" for each release,
    the release written once in a cell merged down its block, and no IDs. All but the
    first release's milestones had been refused as duplicates. "Por confirmar" (to be
    confirmed) is no date, not a wrong one."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Calendario 2026"
    ws.append(["Release", "Hito", "Responsable", "Fecha planificada", "Fecha prevista"])
    steps = ["Code freeze", "Go/No-Go (CAB)", "Despliegue en producción"]
    for r, release in enumerate(["R26.1", "R26.2", "R26.3"]):
        first = ws.max_row + 1
        for k, step in enumerate(steps):
            ws.append([release if k == 0 else None, step, "Marta Gil",
                       datetime(2026, 2 + 2 * r, 5 + k), "por confirmar" if r == 2 else
                       datetime(2026, 2 + 2 * r, 6 + k)])
        ws.merge_cells(f"A{first}:A{first + 2}")
    path = tmp_path / "calendario.xlsx"
    wb.save(path)
    table = next(t for t in _tables(store, path) if t["entity"] == "milestone")
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 9 and not table["rejected"]
    assert "Code freeze – R26.2" in names and "Go/No-Go (CAB) – R26.3" in names
    assert "forecast_date" not in table["records"][-1]["values"]


def test_a_site_activation_plan_keeps_every_sites_milestones(store, tmp_path):
    """A trial's site activation tracker: the site's number on its block's first row
    only, the same milestones for every site, no IDs, and "Days Var." (how many days
    a milestone moved). All but the first site's milestones had been refused as
    duplicates; told apart by site, they were then skipped as tasks, the variance read
    as a duration. A gap between dates is no duration."""
    rows = [["Site #", "Milestone", "Owner", "Target Date", "Actual Date", "Days Var.",
             "Status"]]
    for s, site in enumerate(["101", "102", "103"]):
        for k, step in enumerate(["CDA Executed", "IRB Approval", "SIV Completed"]):
            rows.append([site if k == 0 else None, step, "J. Whitfield",
                         datetime(2025, 10 + s, 3 + k), datetime(2025, 10 + s, 5 + k), 2,
                         "Complete"])
    path = write_book(tmp_path / "site_activation.xlsx", {"Site Activation": rows})
    table = next(t for t in _tables(store, path) if t["entity"] == "milestone")
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 9 and "IRB Approval – 103" in names
    assert fields_of(table)["Days Var."] is None


def test_a_checklist_is_a_list_of_actions(store, tmp_path):
    """An integration's Day 1 checklist (item, accountable, target date, status) had
    been held back between an issue and a dependency log: a checklist's items are
    things to do."""
    rows = [["#", "Workstream", "Checklist item", "Accountable", "Target date", "Status"]]
    for i in range(1, 7):
        rows.append([i, "HR", f"Payroll cut-over step {i}", "J. Hale", datetime(2026, 3, i),
                     "Open"])
    path = write_book(tmp_path / "day1.xlsx", {"Day1-Day100 Checklist": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "action" and "held" not in table


def test_a_programme_total_named_first_is_no_record(store, tmp_path):
    """"Programme total – HR Transformation" under a programme's projects."""
    rows = [["Proj ID", "Project name", "Programme", "Sponsor", "Budget (£k)", "EAC (£k)"]]
    for p, programme in enumerate(["M&A Integration", "HR Transformation"], start=1):
        for i in range(1, 4):
            rows.append([f"P-{p}0{i}", f"{programme} project {i}", programme, "J. Hale",
                         100 * i, 110 * i])
        rows.append([None, f"Programme total – {programme}", None, None, 600, 660])
    rows.append([None, "PORTFOLIO TOTAL", None, None, 1200, 1320])
    path = write_book(tmp_path / "register.xlsx", {"Portfolio Register": rows})
    [table] = _tables(store, path, create=True)
    assert [r["values"]["code"] for r in table["records"]] == \
        ["P-101", "P-102", "P-103", "P-201", "P-202", "P-203"]
    assert table["rows"] == 6 and not table["rejected"]


def test_a_greek_risk_registers_statuses_and_dates_are_read(store, tmp_path):
    """Greek statuses (Ανοιχτός, Υπό παρακολούθηση, Κλειστός) had left the status
    column out; "Ημ/νία" is the short form of "Ημερομηνία" (date); "Επόμενη
    αναθεώρηση" the next review."""
    rows = [["Α/Α", "Τίτλος κινδύνου", "Υπεύθυνος", "Κατάσταση", "Ημ/νία καταγραφής",
             "Επόμενη αναθεώρηση"]]
    states = ["Ανοιχτός", "Υπό παρακολούθηση", "Κλειστός"] * 2
    for i, state in enumerate(states, start=1):
        rows.append([i, f"Κίνδυνος {i}", "Γ. Παπαδόπουλος", state, datetime(2026, 1, i),
                     datetime(2026, 4, i)])
    path = write_book(tmp_path / "kindynoi.xlsx", {"Μητρώο Κινδύνων": rows})
    [table] = _tables(store, path)
    fields = fields_of(table)
    assert [fields[h] for h in ("Κατάσταση", "Ημ/νία καταγραφής", "Επόμενη αναθεώρηση")] == \
        ["status", "date_raised", "review_date"]
    # (a risk under watch is an open risk: the risk's list has no "in progress")
    assert [r["values"]["status"] for r in table["records"]][:3] == ["open", "open", "closed"]


def test_words_of_this_round():
    """Polish people lists, a Belgian change log, a Swiss stakeholder map, an
    assumption's validation, a Chilean harvest crew, a Portuguese manager, an Italian
    benefit's type, a synergy's register."""
    assert best_field("Lokalizacja", "resource") == "location"
    assert best_field("Przełożony", "resource") == "manager"
    assert best_field("Approbateur", "change_request") == "approver"
    assert best_field("Validation due", "assumption") == "validate_by"
    assert best_field("Beziehungsverantwortung", "stakeholder") == "relationship_owner"
    assert best_field("Cuadrilla", "resource") == "team"
    assert best_field("Gestor", "project") == "manager"
    assert best_field("Tipologia", "benefit") == "benefit_type"
    from pmo_desktop.importing.vocab import ENTITY_WORDS
    assert "synergies" in ENTITY_WORDS["benefit"]


def test_a_roster_and_its_loading_applied_together_create_each_person_once(
        store, tmp_path):
    """Applying a workbook whose loading sheet (first) books the people its roster
    sheet (second) lists had failed as a whole ("A resource with the same name already
    exists"): each sheet created the same people. The roster's people are created once,
    with the roster's fields, and the loading's hours are theirs."""
    from pmo_desktop.operations.imports import import_files

    people = ["Mehmet Yilmaz", "Ahmet Demir", "Hasan Celik"]
    loading = [["Name", "Role", *[f"KW {w}/2026" for w in range(14, 18)]]]
    roster = [["Name", "Role", "Hourly Rate", "Manager", "Email", "Location", "FTE"]]
    for i, p in enumerate(people):
        loading.append([p, "Operator", 40, 40, 32, 40])
        roster.append([p, "Operator", 31.5, "Kemal Aksoy", f"p{i}@example.com", "Bursa", 1.0])
    path = write_book(tmp_path / "loading.xlsx", {"Loading": loading, "Roster": roster})
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Lab"})
    report = import_files(store, [path], dry_run=False, project_code=PROJECT).value
    assert report.exit_code == 0, report.to_json()
    made = {r["name"]: r for r in store.rows("resource")}
    assert sorted(made) == sorted(people)
    assert {r["email"] for r in made.values()} == {f"p{i}@example.com" for i in range(3)}
    booked = store.rows("allocation")
    assert {a["resource_id"] for a in booked} == {r["id"] for r in made.values()}


def test_a_variation_order_log_reads_its_agreed_value_and_time(store, tmp_path):
    """A contract's variation orders: "VO No.", the value submitted and the value
    approved, the extension of time claimed and granted. The change's cost is the
    approved value, its delay the EOT granted."""
    rows = [["VO No.", "Description of Variation", "Submitted Value", "Approved Value (AED)",
             "EOT Claimed", "EOT Granted", "Status"]]
    for i in range(1, 6):
        rows.append([f"VO-00{i}", f"Additional works {i}", 1000000 + i, 900000 + i, 21, 14,
                     "Approved"])
    path = write_book(tmp_path / "vo_log.xlsx", {"VO Log": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert [fields[h] for h in ("VO No.", "Approved Value (AED)", "EOT Granted")] == \
        ["ref", "impact_cost", "impact_schedule_days"]
    assert fields["Submitted Value"] != "impact_cost" and fields["EOT Claimed"] is None


def test_a_vietnamese_snag_list_and_a_malay_lessons_register():
    """A handover defect list in Vietnamese ("Mã lỗi", "Mô tả lỗi", "Hạn khắc phục",
    "Nhà thầu phụ trách") and a Malaysian lessons register ("Apa Yang Berlaku",
    "Pemilik", "Tarikh Direkod")."""
    assert [best_field(h, "issue") for h in ("Mã lỗi", "Mô tả lỗi", "Hạn khắc phục",
                                             "Nhà thầu phụ trách")] == \
        ["ref", "title", "due_date", "owner"]
    assert [best_field(h, "lesson") for h in ("Apa Yang Berlaku", "Pemilik",
                                              "Tarikh Direkod")] == \
        ["event", "owner", "date_logged"]
