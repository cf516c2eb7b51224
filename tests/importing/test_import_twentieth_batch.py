"""Layouts from a twentieth round of trackers the importer had never seen (a software
company's product portfolio, automotive launches, city and regional capital programmes,
a data-centre migration): GitHub Projects and Linear exports, architecture decision
records, engineering capacity by sprint, APQP gate plans, a municipal budget over
medium-term years, grant spend by quarter, an application dependency register, weekly
capacity under week labels, a Jira engineering change log, an 8D lessons register and
Czech and German team lists and logs.

Each test is a rule, not a file."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.predecessors import parse_duration

from .conftest import best_field, dry_run_tables, fields_of, write_book, write_csv

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _again(store, path, create=False):
    """Another dry run into the same portfolio (its project made by ``_tables``)."""
    from pmo_desktop.operations.imports import import_files

    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT,
                          create_projects=create).value
    return result.to_json()["files"][0]["tables"]


def _only(tables, entity):
    found = [t for t in tables if t["entity"] == entity]
    assert found, [(t["sheet"], t["entity"]) for t in tables]
    return max(found, key=lambda t: len(t["records"]))


def test_rows_that_each_start_and_later_finish_are_tasks_not_milestones(store, tmp_path):
    """A roadmap exported from GitHub Projects: a title, assignees, a status, an
    iteration, a start and a target date on every row. With two plan columns only it was
    no plan, and its name and target dates made every row a milestone; rows that last
    are tasks."""
    lines = ["Title,URL,Assignees,Status,Labels,Linked pull requests,Milestone,Repository,"
             "Reviewers,Priority,Size,Estimate,Iteration,Start date,Target date"]
    items = [("Upgrade EKS clusters", "lvogt, mkaminski", "In Progress", "2026-01-26",
              "2026-02-13"),
             ("Karpenter rollout", "mkaminski", "Todo", "2026-02-09", "2026-02-20"),
             ("Split Terraform state", "ademir", "Done", "2026-01-12", "2026-01-23"),
             ("Payout service traces", "tokafor", "In Progress", "2026-01-28", "2026-02-10"),
             ("Rotate database credentials", "lvogt", "Todo", "2026-02-16", "2026-03-06")]
    for i, (title, who, status, start, end) in enumerate(items, 1):
        lines.append(f'{title},https://github.com/acme/platform/issues/{100 + i},"{who}",'
                     f"{status},infra,,v26.1,acme/platform,,P1,M,5,Iteration {i},{start},{end}")
    tables = _tables(store, write_csv(tmp_path / "platform_roadmap.csv", lines))
    task = _only(tables, "task")
    fields = fields_of(task)
    assert fields["Start date"] == "start_forecast"
    assert fields["Target date"] == "finish_forecast"
    first = next(r["values"] for r in task["records"]
                 if r["values"]["name"] == "Upgrade EKS clusters")
    assert (first["start_forecast"], first["finish_forecast"]) == ("2026-01-26", "2026-02-13")
    assert not any(t["entity"] == "milestone" and t["records"] for t in tables)


def test_an_event_said_as_done_is_its_actual_date(store, tmp_path):
    """Linear writes the moments an issue went through as "Started" and "Completed"
    (timestamps). Neither header had a field, so when work began and ended was lost.
    A "Completed" of percentages stays the % complete."""
    assert best_field("Started", "task") == "start_actual"
    assert best_field("Date Completed", "task") == "finish_actual"
    assert best_field("Abgeschlossen am", "task") == "finish_actual"
    assert best_field("Done", "milestone") == "actual_date"
    assert not header_matches("Started", "milestone")  # (a milestone has no start)
    lines = ["ID,Title,Status,Assignee,Created,Started,Completed,Due Date"]
    for i in range(1, 5):
        lines.append(f"PAY-{400 + i},Payout change {i},Done,Lena Vogt,2026-01-0{i}T09:00:00.000Z,"
                     f"2026-01-1{i}T08:00:00.000Z,2026-01-2{i}T17:00:00.000Z,2026-01-3{i % 2}")
    task = _only(_tables(store, write_csv(tmp_path / "linear.csv", lines)), "task")
    fields = fields_of(task)
    assert (fields["Started"], fields["Completed"]) == ("start_actual", "finish_actual")
    first = next(r["values"] for r in task["records"] if r["values"]["ref"] == "PAY-401")
    assert (first["start_actual"], first["finish_actual"]) == ("2026-01-11", "2026-01-21")
    percent = ["Task,Start,Finish,Completed"] + [
        f"Step {i},2026-03-0{i},2026-03-1{i},{i * 20}%" for i in range(1, 5)]
    plan = _only(_again(store, write_csv(tmp_path / "pct.csv", percent)), "task")
    assert fields_of(plan)["Completed"] == "pct_complete"


def test_a_key_column_named_by_the_records_own_prefix_holds_their_keys(store, tmp_path):
    """"ADR #" over ADR-0031 … in a decision log, and "Nr." over RM-01 … in a roadmap
    whose section headings sit in the same column: no vocabulary names either, and the
    records went without their keys (a project list without its codes)."""
    decisions = [["Architecture decision log"], [],
                 ["ADR #", "Title", "Status", "Date", "Decision", "Deciders"]]
    for i in range(1, 6):
        decisions.append([f"ADR-00{30 + i}", f"Choice {i}", "Accepted", datetime(2025, i, 3),
                          f"We use option {i}", "Architecture board"])
    log = _only(_tables(store, write_book(tmp_path / "adr.xlsx", {"ADR index": decisions})),
                "decision")
    assert fields_of(log)["ADR #"] == "ref"
    assert sorted(r["values"]["ref"] for r in log["records"])[:2] == ["ADR-0031", "ADR-0032"]
    roadmap = [["Produkt-Roadmap 2026"], [],
               ["Nr.", "Initiative", "Product Owner", "Status", "Start", "Ende (geplant)"],
               ["Kernprodukt"]]
    for i in range(1, 7):
        if i == 4:
            roadmap.append(["Plattform"])
        roadmap.append([f"RM-0{i}", f"Initiative {i}", "Clara Neumann", "In Umsetzung",
                        datetime(2026, i, 1), datetime(2026, i + 3, 28)])
    projects = _only(_again(store, write_book(tmp_path / "roadmap.xlsx",
                                              {"Roadmap": roadmap}), create=True), "project")
    assert fields_of(projects)["Nr."] == "code"
    assert {r["values"]["code"] for r in projects["records"]} >= {"RM-01", "RM-06"}


def test_an_early_warnings_number_is_no_other_logs_key(store, tmp_path):
    """Guard for the rule above: "EW No." is a risk register's key (NEC early warnings),
    so an action log does not take it as its own and outscore the risks."""
    rows = [["EW No.", "Date Notified", "Notified By", "Description of Matter",
             "Potential Impact - Cost (CAD)", "Action Owner", "Action Due", "Status"]]
    rows += [[f"EW-0{i}", datetime(2025, 3, i), "Client", f"Winter road opens late {i}",
              25000.0 * i, "Nakamura, Ken", datetime(2025, 4, i), "Open"] for i in range(1, 6)]
    [table] = _tables(store, write_book(tmp_path / "ew.xlsx", {"EW Register": rows}))
    assert table["entity"] == "risk"


def test_engineers_in_squads_are_resources_and_a_sum_sign_marks_a_subtotal(store, tmp_path):
    """A capacity plan by squad: "Engineer" names the people (it did for an allocation,
    not for a resource list, so the sheet read as nothing), the squad is written once
    over its people, and "Σ Payments" rows add them up."""
    rows = [["Engineering capacity plan — Q1 2026"], [],
            ["Squad", "Engineer", "Role", "Location", "FTE", "Comment"]]
    for squad, people in (("Payments", ["Lena Vogt", "Tim Okafor", "Jakub Nowak"]),
                          ("Onboarding", ["Felix Hartmann", "Nina Lorenz"])):
        for k, person in enumerate(people):
            rows.append([squad if k == 0 else None, person, "Backend Engineer", "Berlin",
                         1 if k else 0.8, None])
        rows.append([None, f"Σ {squad}", None, None, len(people), None])
    rows.append(["TOTAL ENGINEERING", None, None, None, 5, None])
    table = _only(_tables(store, write_book(tmp_path / "capacity.xlsx", {"Capacity": rows})),
                  "resource")
    assert fields_of(table)["Engineer"] == "name"
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 5 and not any(n.startswith("Σ") for n in names)
    assert any("subtotal" in s["reason"] and "Σ Payments" in s["reason"]
               for s in table["skipped"])
    assert best_field("Name & Surname", "resource") == "name"
    assert best_field("Name and surname", "allocation") == "resource_id"


def test_a_new_products_gates_read_onto_the_lifecycle(store, tmp_path):
    """An automotive programme list's "Current Gate": G1 Feasibility, G2 Design freeze,
    G3 Tool release, G4 PPAP, G5 SOP. The words after the gate's code decide; none was
    known, so the stage was left out."""
    rows = [["Code", "Programme", "Programme Manager", "Current Gate", "SOP"]]
    gates = ["G1 Feasibility", "G2 Design freeze", "G3 Tool release", "G4 PPAP", "G5 SOP"]
    for i, gate in enumerate(gates, 1):
        rows.append([f"P24{i}0", f"Door module {i}", "Marta Wiśniewska", gate,
                     datetime(2027, i, 1)])
    table = _only(_tables(store, write_book(tmp_path / "programmes.xlsx", {"Programmes": rows}),
                          create=True), "project")
    assert fields_of(table)["Current Gate"] == "stage"
    stages = {r["values"]["name"]: r["values"]["stage"] for r in table["records"]}
    assert stages == {"Door module 1": "planning", "Door module 2": "planning",
                      "Door module 3": "delivery", "Door module 4": "delivery",
                      "Door module 5": "closing"}


def test_budget_years_under_a_framework_group_are_periods(store, tmp_path):
    """A municipal capital budget: "Budget Year 2025/26", "Budget Year +1 2026/27",
    "Budget Year +2 2027/28" under one merged "Medium Term Revenue & Expenditure
    Framework". Joined to the group, no header read as a year, and the lines read as a
    project list without their years' money."""
    rows = [["Detailed capital budget per project", None, None, None, None],
            ["R thousand"],
            ["Project information", None, "2025/26 Medium Term Revenue & Expenditure "
             "Framework", None, None],
            ["Project", "Directorate", "Budget Year 2025/26", "Budget Year +1 2026/27",
             "Budget Year +2 2027/28"],
            [PROJECT, "Infrastructure", 21300, 18950, 0]]
    path = write_book(tmp_path / "mtref.xlsx", {"Capital budget": rows},
                      {"Capital budget": ["A3:B3", "C3:E3"]})
    table = _only(_tables(store, path), "financial")
    planned = {r["values"]["period"][:4]: r["values"].get("planned") for r in table["records"]}
    assert planned == {"2026": 21300.0, "2027": 18950.0, "2028": 0.0}


def test_a_quarter_that_names_its_months_and_the_money_it_plans(store, tmp_path):
    """Grant spend by quarter: "Q1 (Jul-Sep 2024)" in a Quarter column, "Planned
    Expenditure" beside "Actual Expenditure". The quarter was no period, and "Planned
    Expenditure" read as what was spent (expenditure alone is)."""
    assert best_field("Planned Expenditure", "financial") == "planned"
    assert best_field("Forecast Spend", "financial") == "forecast"
    assert best_field("Actual Expenditure", "financial") == "actual"
    rows = [["Conditional grant expenditure 2024/25 (R thousand)"], [],
            ["Grant", "Quarter", "Planned Expenditure", "Actual Expenditure", "Comment"]]
    for quarter, plan, actual in (("Q1 (Jul-Sep 2024)", 8200, 6100),
                                  ("Q2 (Oct-Dec 2024)", 12500, 11900),
                                  ("Q3 (Jan-Mar 2025)", 14800, 13250)):
        rows.append(["MIG", quarter, plan, actual, None])
    table = _only(_tables(store, write_book(tmp_path / "grants.xlsx", {"Grant spend": rows})),
                  "financial")
    got = {r["values"]["period"]: (r["values"]["planned"], r["values"]["actual"])
           for r in table["records"]}
    assert got == {"2024-09": (8200.0, 6100.0), "2024-12": (12500.0, 11900.0),
                   "2025-03": (14800.0, 13250.0)}


def test_a_dependency_register_without_a_title_is_named_by_its_dependent_side(store, tmp_path):
    """Application dependencies: "Dep ID", "Consumer app", "Provider app", a need-by
    date, a direction, an owner. No column is a title, so no log could take the rows
    and they read as a project list; the dependent side names each."""
    rows = [["Application dependency register"], [],
            ["Dep ID", "Consumer app", "Provider app", "Interface / protocol", "Direction",
             "Need-by date", "Owner", "Status"]]
    for i, (consumer, provider) in enumerate([("WMS", "SAP ECC"), ("WMS", "EDI gateway"),
                                              ("Payroll", "SAP HCM"), ("CRM", "Oracle DB"),
                                              ("Portal", "CRM")], 1):
        rows.append([f"DEP-00{i}", consumer, provider, "REST API", "Inbound",
                     datetime(2026, 4, i), "Ruben Smit", "Open"])
    [table] = _tables(store, write_book(tmp_path / "deps.xlsx", {"Dependencies": rows}))
    assert table["entity"] == "dependency"
    fields = fields_of(table)
    assert fields["Consumer app"] == "title" and fields["Provider app"] == "counterparty"
    first = next(r["values"] for r in table["records"] if r["values"]["ref"] == "DEP-001")
    assert (first["title"], first["counterparty"]) == ("WMS", "SAP ECC")
    assert first["need_by_date"] == "2026-04-01"


def test_week_labels_over_dates_beside_the_rows_own_label(store, tmp_path):
    """Weekly capacity: "Week →", then "wk 10" … "wk 13" and "Σ" in the row over the
    header, whose week columns are Monday dates. The row of labels was taken for the
    header (its first cells are no period), so the people's columns were lost."""
    mondays = [datetime(2026, 3, 2) + timedelta(weeks=k) for k in range(13)]
    rows = [["Infrastructure team capacity (planned hours per week)"], [],
            [None] * 5 + ["Week →", *[f"wk {10 + k}" for k in range(13)], "Σ"],
            ["Engineer", "Role", "Team", "Location", "Contract h/wk", "Assignment", *mondays,
             "Total h"],
            ["Cloud Platform"],
            ["Daan Visser", "Cloud Architect", "Cloud", "NL", 36, PROJECT, *[36] * 13, 468],
            ["Alejandro Gil", "Cloud Engineer", "Cloud", "ES", 40, PROJECT, *[24] * 13, 312],
            ["Subtotal Cloud Platform", None, None, None, None, None, *[60] * 13, 780]]
    tables = _tables(store, write_book(tmp_path / "weeks.xlsx", {"Capacity": rows}))
    table = _only(tables, "allocation")
    fields = fields_of(table)
    assert fields["Engineer"] == "resource_id" and fields["Assignment"] == "project_id"
    hours = {(r["values"]["resource"], r["values"]["period"]): r["values"]["hours"]
             for r in table["records"]}
    assert hours[("Daan Visser", "2026-03")] == 36 * 5  # (the weeks from Monday 2, 9 … 30)


def test_an_engineering_change_log_is_known_by_its_numbers(store, tmp_path):
    """A Jira export of engineering changes: "Issue key" ECR-101 …, "Issue Type", a
    change type, a cost impact and a CCB decision. Jira's word "issue" outweighed them
    and the changes read as RAID issues; numbers of engineering changes (ECR, ECN, ECO)
    say what the records are, as CR and CHG do."""
    lines = ["Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Reporter,Created,"
             "Due Date,Custom field (Change Type),Custom field (Cost Impact (EUR)),"
             "Custom field (Timing Impact (days)),Custom field (CCB Decision),"
             "Custom field (CCB Date),Custom field (Change Reason)"]
    for i in range(1, 6):
        lines.append(f"Hinge reinforcement {i},ECR-{100 + i},{48200 + i},ECR,CCB Review,High,"
                     f"Stefan Bauer,Jens Hoffmann,16/Feb/26 8:00 AM,05/Mar/26,Customer,"
                     f"{1000 * i},{i},Approved,13/Feb/26,Customer request")
    [table] = _tables(store, write_csv(tmp_path / "ecm.csv", lines))
    assert table["entity"] == "change_request"
    assert fields_of(table)["Custom field (Cost Impact (EUR))"] == "impact_cost"


def test_an_8d_lessons_register_in_turkish(store, tmp_path):
    """"8D-Ders Kaydı": what happened, its effect, the root cause and the lesson learnt.
    The sheet's word for lessons ("ders") and the 8D report's columns were not known, and
    the register read as an issue log."""
    rows = [["8D öğrenilen dersler"], [],
            ["8D No", "Açılış Tarihi", "Konu", "Kategori", "Ne oldu? (Olay)", "Etkisi",
             "Kök Neden", "Öğrenilen Ders", "Sorumlu", "Durum"]]
    for i in range(1, 5):
        rows.append([f"8D-2026-00{i}", datetime(2026, 1, 9 + i), f"Kaynak hatası {i}", "Kalite",
                     "Müşteride çatlak bulundu", "Hat durdu", "Fikstür aşınması",
                     "Fikstür bakım planı güncellenmeli", "Emre Yılmaz", "Açık"])
    [table] = _tables(store, write_book(tmp_path / "8d.xlsx", {"8D-Ders Kaydı": rows}))
    assert table["entity"] == "lesson"
    fields = fields_of(table)
    assert (fields["Ne oldu? (Olay)"], fields["Etkisi"], fields["Kök Neden"]) == (
        "event", "effect", "causes")
    assert (fields["Sorumlu"], fields["Açılış Tarihi"]) == ("owner", "date_logged")


def test_a_czech_team_list_and_plan(store, tmp_path):
    """A Czech team list ("Jméno a příjmení", "Funkce", "Úvazek na projektu", "Hodinová
    sazba") read as nothing; an MS Project export's "25 dnů" and "1 den" were no
    durations and its "Zahájení podle směrného plánu" no baseline start."""
    rows = [["Seznam zdrojů – projektový tým"], [],
            ["Os. č.", "Jméno a příjmení", "Funkce", "Tým / oddělení", "Úvazek na projektu",
             "Hodinová sazba", "Nadřízený", "Pracoviště"]]
    for i, (name, fte) in enumerate([("Lenka Horáková", "50 %"), ("Petr Dvořák", "100 %"),
                                     ("Jan Novák", "80 %"), ("Martin Tichý", "100 %")], 1):
        rows.append([f"1023{i}", name, "Procesní inženýr", "Technologie", fte, 1150,
                     "Ing. Pavel Král", "Kvasiny"])
    table = _only(_tables(store, write_book(tmp_path / "zdroje.xlsx", {"Zdroje": rows})),
                  "resource")
    fields = fields_of(table)
    assert (fields["Jméno a příjmení"], fields["Funkce"], fields["Úvazek na projektu"],
            fields["Hodinová sazba"], fields["Pracoviště"]) == (
        "name", "role_id", "fte", "cost_rate", "location")
    lenka = next(r["values"] for r in table["records"] if r["values"]["name"] == "Lenka Horáková")
    assert lenka["fte"] == 0.5
    assert (parse_duration("25 dnů"), parse_duration("1 den"), parse_duration("3 dny")) == (
        25.0, 1.0, 3.0)
    assert best_field("Zahájení podle směrného plánu", "task") == "start_baseline"
    assert best_field("Dokončení podle směrného plánu", "task") == "finish_baseline"


def test_programme_codes_name_each_rows_project(store, tmp_path):
    """Engineering hours by plant: a "Programme" column of codes (P2417, P2475) and no
    project column. The column was not read; it may name each row's project, less
    surely than a project column: codes of the portfolio's projects are read, new ones
    created when allowed, and otherwise the rows stay the chosen project's and the
    table says so (as for any weakly read project column)."""
    rows = [["Plant", "Programme", "Engineer", "Mar-26", "Apr-26", "May-26"]]
    for plant, programme, person in (("Gliwice", "P2417", "Tomasz Nowak"),
                                     (None, "P2475", "Piotr Kamiński"),
                                     ("Bursa", "P2488", "Emre Yılmaz")):
        rows.append([plant, programme, person, 120, 140, 100])
    path = write_book(tmp_path / "hours.xlsx", {"Engineering hours": rows})
    table = _only(_tables(store, path), "allocation")
    assert fields_of(table)["Programme"] == "project_id"
    assert {r["values"]["project"] for r in table["records"]} == {PROJECT}
    assert any("'Programme' reads as a project only weakly" in w for w in table["warnings"])
    with store.write(source="test") as tx:
        tx.create("project", {"code": "P2475", "name": "Tailgate"})
    known = _only(_again(store, path), "allocation")
    assert {r["values"]["project"] for r in known["records"]} == {"P2475"}
    assert {r["reason"] for r in known["rejected"]} >= {
        "project 'P2417' is not in the portfolio (use --create-projects to add it)"}
    created = _only(_again(store, path, create=True), "allocation")
    assert {r["values"]["project"] for r in created["records"]} == {"P2417", "P2475", "P2488"}


def test_a_generic_group_label_leaves_its_columns_as_sure_as_their_own(store, tmp_path):
    """A tooling capex plan: "Stammdaten" (master data) merged over "Projekt",
    "Kostenart" …, quarters with Plan/Ist beside. Joined to the group, "Projekt" read
    only weakly, so its projects were set aside for the one chosen for the import."""
    rows = [["Werkzeug-Capex 2026 (TEUR)"],
            ["Stammdaten", None, None, "Q1/2026", None, "Q2/2026", None],
            ["Projekt", "Werkzeug", "Kostenart", "Plan", "Ist", "Plan", "Ist"],
            ["P2417", "Spritzgießwerkzeug", "Werkzeug", 120, 110, 80, 60],
            ["P2431", "Prüflehre", "Prüfmittel", 40, 35, 10, 0]]
    path = write_book(tmp_path / "capex.xlsx", {"Capex": rows},
                      {"Capex": ["A2:C2", "D2:E2", "F2:G2"]})
    table = _only(_tables(store, path), "financial")
    assert fields_of(table)["Stammdaten Projekt"] == "project_id"
    assert not table["records"]  # (not into the project chosen for the import)
    assert {r["reason"] for r in table["rejected"]} == {
        f"project '{code}' is not in the portfolio (use --create-projects to add it)"
        for code in ("P2417", "P2431")}
    created = _only(_again(store, str(path), create=True), "financial")
    assert {r["values"]["project"] for r in created["records"]} == {"P2417", "P2431"}


def test_german_logs_subject_meeting_opened_and_due(store, tmp_path):
    """A release board's "Freigaben": "Gegenstand" (what was decided on), "Entscheidung"
    (the outcome), "Sitzung" (the meeting's date). And an open points list's "Eröffnet
    am" and "Fällig", and a status report's "Fertigstellung %"."""
    rows = [["Lfd. Nr.", "Sitzung", "Gegenstand", "Entscheidung", "Begründung",
             "Entschieden durch"]]
    for i in range(1, 5):
        rows.append([i, datetime(2026, 3, 10 + i), f"Werkzeug {i}", "Freigegeben",
                     "Business Case positiv", "Investitionsausschuss"])
    table = _only(_tables(store, write_book(tmp_path / "freigaben.xlsx", {"Freigaben": rows})),
                  "decision")
    fields = fields_of(table)
    assert (fields["Gegenstand"], fields["Entscheidung"], fields["Sitzung"]) == (
        "title", "decision", "decision_date")
    assert best_field("Eröffnet am", "action") == "date_raised"
    assert best_field("Fällig", "action") == "due_date"
    assert best_field("Fertigstellung %", "project") == "pct_complete"


def test_a_bilingual_header_in_a_language_not_known_reads_by_its_translation():
    """Irish over English ("Caite go dtí seo / Spent to date (€)", "Leithdháileadh 2026 /
    Allocation 2026"): the known half read only as an alternative, too weakly, and a year
    in a part left the header unread; a budget's "Allocation" is its plan."""
    assert dict(header_matches("Caite go dtí seo / Spent to date (€)", "financial"))[
        "actual"] >= 0.9
    assert header_matches("Leithdháileadh 2026 / Allocation 2026 (€)", "financial")[0][0] == \
        "planned"
    assert best_field("Allocation", "financial") == "planned"
    # two names the vocabulary knows, for different fields, stay alternatives: less sure
    assert dict(header_matches("Status / Key Accomplishments", "project"))["rag_overall"] < 0.9


def test_a_stage_numbered_in_the_scheme_its_header_names(store, tmp_path):
    """A council's capital programme: "RIBA Stage" over "Stage 4", "Stage 5", "Stage 6".
    The scheme is in the header, not the cells, and the stages were left out."""
    rows = [["Scheme Ref", "Scheme Name", "Project Manager", "RIBA Stage", "Approved Budget"]]
    for i, stage in enumerate(["Stage 2", "Stage 4", "Stage 5", "Stage 6", "7"], 1):
        rows.append([f"CP-26-00{i}", f"Scheme {i}", "Sarah Whitlock", stage, 1000 * i])
    table = _only(_tables(store, write_book(tmp_path / "capital.xlsx", {"Capital": rows}),
                          create=True), "project")
    assert fields_of(table)["RIBA Stage"] == "stage"
    stages = {r["values"]["name"]: r["values"].get("stage") for r in table["records"]}
    assert stages == {"Scheme 1": "planning", "Scheme 2": "planning", "Scheme 3": "delivery",
                      "Scheme 4": "closing", "Scheme 5": "closed"}


def test_a_deadline_another_party_sets_is_the_baseline(store, tmp_path):
    """A grant's milestones: "Funder Deadline" beside "Forecast" and "Actual". The
    funder's date read as nothing (a deadline beside a forecast); it is the date the
    project is held to."""
    assert best_field("Funder Deadline", "milestone") == "baseline_date"
    assert best_field("Contract Deadline", "task") == "finish_baseline"
    rows = [["Ref", "Milestone", "Funder Deadline", "Forecast", "Actual", "Owner"]]
    for i in range(1, 5):
        rows.append([f"GF-0{i}", f"Claim {i} submitted", datetime(2026, 3, i),
                     datetime(2026, 4, i), None, "Rachel Stott"])
    table = _only(_tables(store, write_book(tmp_path / "grant.xlsx", {"Funder Milestones": rows})),
                  "milestone")
    first = next(r["values"] for r in table["records"] if r["values"]["name"] == "Claim 1 submitted")
    assert (first["baseline_date"], first["forecast_date"]) == ("2026-03-01", "2026-04-01")


def test_a_swahili_stakeholder_register_and_action_log(store, tmp_path):
    """A Kenyan county's public participation register ("Rejista ya Wadau") and its
    meetings' actions: every header in Swahili, and neither sheet had a kind."""
    people = [["Na.", "Jina la Mdau", "Wadhifa", "Taasisi / Kikundi", "Ushawishi", "Maslahi",
               "Msimamo wa Sasa", "Msimamo Unaotarajiwa", "Afisa Mhusika"]]
    for i, (name, now, wanted) in enumerate([
            ("Bi. Rose Atieno", "Anapinga", "Anaunga mkono"),
            ("Bw. Joseph Kiprono", "Hana upande", "Anaunga mkono"),
            ("Mhe. Grace Odhiambo", "Anaunga mkono", "Anaongoza")], 1):
        people.append([i, name, "Mwenyekiti", "Chama cha Wafanyabiashara", "Juu", "Juu", now,
                       wanted, "Eng. Peter Otieno"])
    actions = [["Kumb. Na.", "Tarehe ya Mkutano", "Suala Lililoibuliwa", "Hatua Inayochukuliwa",
                "Mhusika", "Tarehe ya Mwisho", "Hali"]]
    for i, state in enumerate(["Imekamilika", "Inaendelea", "Haijaanza"], 1):
        actions.append([f"MK-0{i}", datetime(2025, 11, 6), "Ajira kwa vijana",
                        f"Mkandarasi atoe orodha {i}", "Bw. Kevin Omondi",
                        datetime(2026, 1, 10 + i), state])
    tables = _tables(store, write_book(tmp_path / "rejista_ya_wadau.xlsx",
                                       {"Wadau": people, "Mikutano na Hatua": actions}))
    wadau = _only(tables, "stakeholder")
    rose = next(r["values"] for r in wadau["records"] if r["values"]["name"] == "Bi. Rose Atieno")
    assert (rose["current_engagement"], rose["desired_engagement"]) == ("resistant",
                                                                       "supportive")
    assert fields_of(wadau)["Taasisi / Kikundi"] == "organisation"
    hatua = _only(tables, "action")
    fields = fields_of(hatua)
    assert (fields["Hatua Inayochukuliwa"], fields["Mhusika"], fields["Tarehe ya Mwisho"]) == (
        "title", "owner", "due_date")
    status = {r["values"]["ref"]: r["values"]["status"] for r in hatua["records"]}
    assert (status["MK-01"], status["MK-02"]) == ("done", "open")  # (an action in hand is open)


def test_a_runbooks_marks_are_its_steps_status(store, tmp_path):
    """A cutover runbook's Status column holds marks: ✔ done, ▶ running, nothing yet to
    start. The marks were no status, and the column was left out."""
    rows = [["Step", "Task", "Owner", "Planned Start", "Planned End", "Status"]]
    for i, mark in enumerate(["✔", "✔", "▶", None, None], 1):
        rows.append([f"1.0{i}", f"Cutover step {i}", "Daan Visser", datetime(2026, 3, 13, 8 + i),
                     datetime(2026, 3, 13, 9 + i), mark])
    table = _only(_tables(store, write_book(tmp_path / "runbook.xlsx", {"Runbook": rows})),
                  "task")
    assert fields_of(table)["Status"] == "status"
    status = {r["values"]["name"]: r["values"].get("status") for r in table["records"]}
    assert (status["Cutover step 1"], status["Cutover step 3"]) == ("complete", "in_progress")


def test_a_person_on_one_line_then_their_total_is_no_end_of_the_table(store, tmp_path):
    """Research staff effort: each person's grant lines, then a "Total" row of their
    own. Below one person's total came one line and another total, so that total read
    as the table's end and the people after it were left out as a footer."""
    rows = [["Research staff effort allocation 2025/26 (FTE)"], [],
            ["Staff member", "Role", "Grant / project code", "Aug 25", "Sep 25", "Oct 25"]]
    people = [("Dr Amira Haddad", [PROJECT, PROJECT]), ("Dr Tom Whitfield", [PROJECT]),
              ("Dr Sofia Lindgren", [PROJECT]), ("Dr Chen Wei", [PROJECT, PROJECT])]
    for name, grants in people:
        for k, grant in enumerate(grants):
            rows.append([name if k == 0 else None, "Research Fellow", grant, 0.5, 0.5, 0.5])
        rows.append([None, None, "Total", 1, 1, 1])
    table = _only(_tables(store, write_book(tmp_path / "effort.xlsx", {"FTE by month": rows})),
                  "allocation")
    people_read = {r["values"]["resource"] for r in table["records"]}
    assert people_read == {name for name, _g in people}
    assert sum("footer" in s["reason"] for s in table["skipped"]) == 0


def test_the_other_party_or_project_of_a_dependency_is_its_counterparty():
    """"Other Party / Project" in a dependency log is the other side, which may be a
    project; it had read as the log's own project, and its rows went to the project
    chosen for the import."""
    found = dict(header_matches("Other Party / Project", "dependency"))
    assert found["counterparty"] > found["project_id"]
    assert best_field("Project", "dependency") == "project_id"


def test_a_danish_stakeholder_register(store, tmp_path):
    """"Interessentregister": "Navn", "Indflydelse", "Nuværende engagement", "Hyppighed".
    The Danish name column was not known, so no stakeholder could be read and the rows
    became projects."""
    rows = [["Interessentregister – Ydre Østhavn"], [],
            ["Nr.", "Navn", "Stilling / rolle", "Organisation", "Indflydelse", "Interesse",
             "Nuværende engagement", "Ønsket engagement", "Relationsansvarlig", "Kanal",
             "Hyppighed"]]
    for i, name in enumerate(["Mette Kjær", "Søren Holm", "Anne Dahl", "Jens Bach"], 1):
        rows.append([f"I-0{i}", name, "Direktør", "Aarhus Kommune", "Høj", "Middel",
                     "Neutral", "Supporter", "Lars Friis", "Møde", "Månedlig"])
    [table] = _tables(store, write_book(tmp_path / "interessenter.xlsx",
                                        {"Interessentregister": rows}))
    assert table["entity"] == "stakeholder"
    fields = fields_of(table)
    assert (fields["Navn"], fields["Indflydelse"], fields["Hyppighed"]) == (
        "name", "power", "frequency")


def test_a_chinese_programmes_dependencies_and_weekly_plan(store, tmp_path):
    """An airport programme's dependency register in simplified Chinese (编号, 依赖事项,
    对方项目, 方向 输入/输出, 需要日期) beside its project list, whose rows name a project
    by its code before its name ("P2 行李处理系统"); and a weekly plan whose week
    numbers stand under a group naming the year ("2026年 第二季度（周次）" over W14 …)."""
    deps = [["编号", "依赖事项", "详细说明", "本方项目", "对方项目", "方向", "需要日期", "责任人",
             "状态"]]
    for i in range(1, 5):
        deps.append([f"DEP-00{i}", f"接口移交 {i}", "结构完成并移交", "P2 行李处理系统",
                     "P1 航站楼土建", "输入" if i % 2 else "输出", datetime(2026, 3, i), "孙海",
                     "进行中"])
    projects = [["项目编号", "项目名称", "项目经理", "计划投运日期"],
                ["P1", "航站楼土建", "周建平", datetime(2027, 6, 30)],
                ["P2", "行李处理系统", "李明", datetime(2027, 9, 30)],
                ["P3", "旅客捷运系统", "王芳", datetime(2027, 12, 31)]]
    tables = _tables(store, write_book(tmp_path / "依赖关系.xlsx",
                                       {"依赖关系登记表": deps, "项目清单": projects}),
                     create=True)
    dep = _only(tables, "dependency")
    fields = fields_of(dep)
    assert (fields["编号"], fields["依赖事项"], fields["对方项目"], fields["需要日期"]) == (
        "ref", "title", "counterparty", "need_by_date")
    first = next(r["values"] for r in dep["records"] if r["values"]["ref"] == "DEP-001")
    assert first["project"] == "P2" and first["direction"] == "inbound"
    assert fields_of(_only(tables, "project"))["计划投运日期"] == "finish_baseline"
    weekly = [["人员", None, "2026年 第二季度（周次）", None, None, None],
              ["姓名", "岗位", "W14", "W15", "W16", "W17"],
              ["陈立", "岸桥司机", 40, 40, 32, 40],
              ["王强", "电气工程师", 40, 36, 40, 40]]
    path = write_book(tmp_path / "周计划.xlsx", {"周计划": weekly}, {"周计划": ["A1:B1", "C1:F1"]})
    plan = _only(_again(store, path), "allocation")
    periods = sorted({r["values"]["period"] for r in plan["records"]})
    assert periods == ["2026-03", "2026-04"]  # (week 14 starts on Monday 30 March)


def test_a_manpower_histogram_counts_people_by_trade_and_crew(store, tmp_path):
    """A Mexican site's "Histograma de mano de obra": the trade ("Especialidad"), the
    subcontractor's crew ("Subcontratista"), and people per week (the title says
    "personas"). No column named a person or a role, and nothing was read."""
    rows = [["HISTOGRAMA DE MANO DE OBRA — HOTEL"],
            ["Cifras: personas promedio por semana (incluye subcontratos)"], [],
            ["Partida", "Especialidad", "Subcontratista", "Frente", "Sem 06", "Sem 07", "Sem 08"],
            [None, None, None, None, datetime(2026, 2, 2), datetime(2026, 2, 9),
             datetime(2026, 2, 16)],
            ["01.1", "Estructura de concreto", "Constructora Peninsular", "Villas", 22, 20, 18],
            ["01.3", "Impermeabilización", "Impermeabilizantes del Mayab", "Azoteas", 6, 6, 8],
            ["02.1", "Instalación eléctrica", "Electromecánica del Sureste", "Edif. A", 10, 12, 12]]
    table = _only(_tables(store, write_book(tmp_path / "histograma.xlsx", {"Histograma": rows})),
                  "allocation")
    fields = fields_of(table)
    assert (fields["Especialidad"], fields["Subcontratista"]) == ("role_id", "resource_id")
    assert any("Effort read as FTE" in w for w in table["warnings"])
    crew = next(r["values"] for r in table["records"]
                if r["values"]["resource"] == "Impermeabilizantes del Mayab")
    assert crew["hours"] == (6 + 6 + 8) * 5 * 7.5  # people × a week's working days × 7.5 h


def test_an_invoice_log_and_a_fee_is_money(store, tmp_path):
    """A consultant invoice log ("Period", "Net Amount", "Discipline") read as a team list
    of consultants; a fee and what was invoiced are a budget's money."""
    assert best_field("Net Amount", "financial") == "actual"
    assert best_field("Current Fee", "financial") == "planned"
    assert best_field("Forecast Final Fee", "financial") == "forecast"
    rows = [["Invoice Log — FY2025/26 (from Oct-25)"], [],
            ["Date Rec'd", "Consultant", "Discipline", "Invoice No.", "Period", "Net Amount",
             "VAT", "Gross", "Certified by", "Paid Date", "Status"]]
    for i, (firm, discipline, period, amount) in enumerate([
            ("Studio North", "Architect", "Oct-25", 54500),
            ("Hollis Partners", "Structural Engineer", "Nov-25", 31200),
            ("Studio North", "Architect", "Nov-25", 50450),
            ("Quantum QS", "Cost Consultant", "Dec-25", 53100)], 1):
        rows.append([datetime(2025, 10 + (i > 1), 5), firm, discipline, f"INV-{i:03d}",
                     period, amount, amount * 0.2, amount * 1.2, "TP",
                     datetime(2025, 11 + (i > 1), 28), "Paid"])
    table = _only(_tables(store, write_book(tmp_path / "fees.xlsx", {"Invoice Log": rows})),
                  "financial")
    got = {r["values"]["period"]: r["values"]["actual"] for r in table["records"]}
    assert got == {"2025-10": 54500.0, "2025-11": 81650.0, "2025-12": 53100.0}


def test_a_trimestre_before_its_year_is_a_quarter_and_a_project_number_its_code():
    """"T1 2026" over Presupuesto | Real is a quarter (three months), as "Q1 2026" is; a
    project list's "Projectnr" (Dutch, one word) is its code, not a misspelt name."""
    from pmo_desktop.importing.widecols import _is_quarter

    assert _is_quarter("T1 2026") and _is_quarter("1T 2026") and not _is_quarter("Team 2026")
    assert best_field("Projectnr", "project") == "code"
    assert best_field("Projektnr", "risk") == "project_id"  # (a log's project, as before)


def test_a_benefits_description_names_it_and_its_owner_is_no_title(store, tmp_path):
    """A Dutch benefits register under a group "Baat": "Omschrijving baat" (a few words
    a row), "Baateigenaar", "KPI / eenheid", "Nulmeting", "Streefwaarde". The owner took
    the title (the group's word "baat" is the title's) and the KPI named each benefit."""
    rows = [["Baat", None, None, None, "Meting", None],
            ["Baat-ID", "Omschrijving baat", "Baateigenaar", "KPI / eenheid", "Nulmeting",
             "Streefwaarde"]]
    for i, (what, kpi) in enumerate([("Minder mishandled bags", "Mishandled bags per 1.000 pax"),
                                     ("Kortere transfertijd", "MCT bagage (min)"),
                                     ("Minder tilbewegingen", "% handmatig")], 1):
        rows.append([f"BT-0{i}", what, "Gerrit Meijer", kpi, 6.8, 4.0])
    path = write_book(tmp_path / "baten.xlsx", {"Batenregister": rows},
                      {"Batenregister": ["A1:D1", "E1:F1"]})
    table = _only(_tables(store, path), "benefit")
    first = next(r["values"] for r in table["records"] if r["values"]["ref"] == "BT-01")
    assert (first["title"], first["owner"], first["measure"]) == (
        "Minder mishandled bags", "Gerrit Meijer", "Mishandled bags per 1.000 pax")
    assert best_field("Creado el", "action") == "date_raised"
    assert best_field("Raccomandazione", "lesson") == "recommendations"


def test_a_choice_named_in_brackets_and_no_guess_across_a_negation():
    """"Financial (cash-releasing)" had read as non-cash-releasing (the nearest spelling,
    across its "non"), and "Non-financial (quantifiable)" as qualitative. The brackets
    name the choice when the words before them do not; a spelling never crosses "non"."""
    from pmo_desktop.importing.cellvalue import ValueProblem
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices

    kind = enum_parser(enum_choices("benefit", "benefit_type"), "benefit_type", "benefit")
    assert kind("Financial (cash-releasing)") == "cash_releasing"
    assert kind("Financial (non-cash-releasing)") == "non_cash_releasing"
    assert kind("Non-financial (quantifiable)") == "quantifiable_non_financial"
    with pytest.raises(ValueProblem):  # (Dutch "financial" had read as non-financial)
        kind("Financieel")
    status = enum_parser(enum_choices("risk", "status"), "status", "risk")
    assert status("Open (monitoring)") == "open"  # (the words before the brackets decide)
    assert status("Closed (mitigated)") == "closed"


def test_a_dutch_risk_logs_action_date_is_its_due_date():
    """"Actiedatum" in a Dutch risk and issue log: when the action is due."""
    assert best_field("Actiedatum", "risk") == "due_date"
    assert best_field("Actiedatum", "issue") == "due_date"


def test_one_sheet_per_project_named_by_its_code(store, tmp_path):
    """A gate plan with one sheet per programme, each named by its code and name ("P2417
    BEV-Mid", "P2475 Tailgate") over the same milestones and no project column. All
    went to the project chosen for the import, and the second sheet's milestones were
    rejected as the first's duplicates; each sheet is its project's."""
    header = ["Lp.", "Bramka / kamień milowy", "Odpowiedzialny", "Termin bazowy",
              "Termin prognoza", "Status"]

    def gates(start):
        return [header] + [[i, f"G{i} – Bramka {i}", "Marta Wiśniewska",
                            datetime(start, i, 10), datetime(start, i, 17), "Otwarty"]
                           for i in range(1, 5)]
    path = write_book(tmp_path / "bramki.xlsx", {"P2417 BEV-Mid": gates(2026),
                                                  "P2475 Tailgate": gates(2027)})
    with store.write(source="test") as tx:
        tx.create("project", {"code": "P2417", "name": "Door module BEV-Mid"})
    tables = _tables(store, path)
    by_sheet = {t["sheet"]: t for t in tables if t["entity"] == "milestone"}
    assert {r["values"]["project"] for r in by_sheet["P2417 BEV-Mid"]["records"]} == {"P2417"}
    assert not by_sheet["P2475 Tailgate"]["records"]
    assert {r["reason"] for r in by_sheet["P2475 Tailgate"]["rejected"]} == {
        "project 'P2475' is not in the portfolio (use --create-projects to add it)"}
    created = {t["sheet"]: t for t in _again(store, path, create=True)
               if t["entity"] == "milestone"}
    assert len(created["P2475 Tailgate"]["records"]) == 4
    new = [p for t in created.values() for p in t.get("parents", []) if p["entity"] == "project"]
    assert [(p["values"]["code"], p["values"]["name"]) for p in new] == [("P2475", "Tailgate")]
    # sheets named for periods ("FY26 Plan", "FY27 Plan") name no project
    periods = write_book(tmp_path / "plans.xlsx", {"FY26 Plan": gates(2026),
                                                    "FY27 Plan": gates(2027)})
    for t in _again(store, periods):
        assert {r["values"]["project"] for r in t["records"]} <= {PROJECT}


def test_a_german_board_decision_papers_log(store, tmp_path):
    """Entscheidungsvorlagen: "EV-Nr.", "Gegenstand der Entscheidung", "Vorgelegt am",
    "Beschluss / Entscheidung", "Datum Entscheidung". Their number, subject, date put
    to the board and date decided were not read; the outcome had become the title."""
    rows = [["EV-Nr.", "Gegenstand der Entscheidung", "Vorgelegt am", "Gremium",
             "Beschluss / Entscheidung", "Datum Entscheidung", "Status"]]
    for i in range(1, 5):
        rows.append([f"EV 2026/0{i}", f"Beschaffung Scanstraße {i}", datetime(2026, 2, i),
                     "Lenkungskreis", "Zugestimmt", datetime(2026, 3, i), "entschieden"])
    table = _only(_tables(store, write_book(tmp_path / "ev.xlsx", {"EV-Log": rows})),
                  "decision")
    fields = fields_of(table)
    assert (fields["EV-Nr."], fields["Gegenstand der Entscheidung"], fields["Vorgelegt am"],
            fields["Beschluss / Entscheidung"], fields["Datum Entscheidung"]) == (
        "ref", "title", "date_raised", "decision", "decision_date")
    assert best_field("Ist-Einbindung", "stakeholder") == "current_engagement"
    assert best_field("Soll-Einbindung", "stakeholder") == "desired_engagement"
    assert best_field("Turnus", "stakeholder") == "frequency"
    assert best_field("Zieltermin", "benefit") == "target_date"
    assert best_field("Funktion im Projekt", "allocation") == "role_id"


def test_a_damage_in_money_is_the_risks_cost(store, tmp_path):
    """"Schadenshöhe (T€)" over 800, 250 …: the damage in money, no 1–5 impact rating;
    the column was left out (its fallback was the impact's text)."""
    rows = [["Risiko-Nr.", "Kurzbezeichnung", "Eintrittswahrscheinlichkeit",
             "Schadenshöhe (T€)", "Risikoverantwortliche/r", "Status"]]
    for i, damage in enumerate([800, 250, 1200, 90], 1):
        rows.append([f"R-0{i}", f"Risiko {i}", 3, damage, "Fr. Jung", "offen"])
    table = _only(_tables(store, write_book(tmp_path / "risiken.xlsx", {"Risikoregister": rows})),
                  "risk")
    assert fields_of(table)["Schadenshöhe (T€)"] == "impact_cost"
    first = next(r["values"] for r in table["records"] if r["values"]["ref"] == "R-01")
    assert first["impact_cost"] == 800000.0


def test_codes_under_a_name_header_are_the_key_when_words_stand_beside(store, tmp_path):
    """A Brazilian site-acquisition plan: "Item" over PR-CWB-0412-M1 … and "Marco" over
    the milestones' names, then "Linha de base", "Previsão", "Realizado". The codes took
    the name (the first of two name headers) and the dates beside were not known."""
    rows = [["Item", "Marco", "Responsável", "Linha de base", "Previsão", "Realizado"]]
    for i, name in enumerate(["Busca de área aprovada", "Contrato de locação assinado",
                              "Licença de instalação emitida"], 1):
        rows.append([f"PR-CWB-0412-M{i}", f"M{i} – {name}", "Ana Paula Ribeiro",
                     datetime(2025, 8 + i, 15), datetime(2025, 8 + i, 20),
                     datetime(2025, 8 + i, 18)])
    table = _only(_tables(store, write_book(tmp_path / "marcos.xlsx", {"Marcos": rows})),
                  "milestone")
    fields = fields_of(table)
    assert (fields["Item"], fields["Marco"]) == ("ref", "name")
    assert (fields["Previsão"], fields["Realizado"]) == ("forecast_date", "actual_date")
    first = next(r["values"] for r in table["records"] if r["values"].get("ref") ==
                 "PR-CWB-0412-M1")
    assert first["name"] == "M1 – Busca de área aprovada"


def test_more_words_of_latin_american_and_services_logs():
    """A ServiceNow incident export in Portuguese ("Aberto", "Anotações de resolução"), a
    Peruvian change-order register ("Monto (S/)", "Plazo (días)") and a services firm's
    revenue forecast by engagement ("Eng. ID", "Engagement")."""
    assert best_field("Aberto", "issue") == "date_raised"
    assert best_field("Anotações de resolução", "issue") == "resolution"
    assert best_field("Monto (S/)", "change_request") == "impact_cost"
    assert best_field("Plazo (días)", "change_request") == "impact_schedule_days"
    assert best_field("Eng. ID", "financial") == "project_id"
    assert best_field("Engagement", "milestone") == "project_id"


def test_a_site_list_under_generic_groups_names_its_rows(store, tmp_path):
    """A fibre rollout's sites: "DATOS DEL SITIO" (the site's data) over "ID Sitio",
    "Nombre del nodo", "Responsable"; "LÍNEA BASE" over "Inicio plan" | "Fin plan". The
    group made every label unsure, and "Nombre del nodo" (the node's name) named nothing:
    no kind was found."""
    rows = [["DATOS DEL SITIO", None, None, "LÍNEA BASE", None, "SEGUIMIENTO", None],
            ["ID Sitio", "Nombre del nodo", "Responsable", "Inicio plan", "Fin plan",
             "% Avance", "Estado"]]
    for i in range(1, 5):
        rows.append([f"BOG-0{i}", f"Nodo Suba {i}", "Andrés Gómez", datetime(2026, 1, i),
                     datetime(2026, 3, i), 0.25 * i, "En ejecución"])
    tables = _tables(store, write_book(tmp_path / "sitios.xlsx", {"Sitios FTTH": rows},
                                       {"Sitios FTTH": ["A1:C1", "D1:E1", "F1:G1"]}))
    assert tables[0]["entity"] in ("task", "project")
    fields = fields_of(tables[0])
    assert fields["DATOS DEL SITIO Nombre del nodo"] == "name"
    assert fields["LÍNEA BASE Fin plan"] in ("finish_baseline",)
    assert best_field("Nombre del nodo", "project") == "name"


def test_budget_years_each_with_its_own_money(store, tmp_path):
    """A German public budget: "Haushaltsjahr 2025" over "Soll" | "Ist", "Haushaltsjahr
    2026" over "Soll (HHG)" | "Prognose", "Haushaltsjahr 2027" over "Finanzplan". Years
    came only one column each, so no year was read and nothing was imported."""
    rows = [["Haushaltsstelle", None, "Haushaltsjahr 2025", None, "Haushaltsjahr 2026",
             None, "Haushaltsjahr 2027"],
            ["Titel", "Zweckbestimmung", "Soll", "Ist", "Soll (HHG)", "Prognose",
             "Finanzplan"],
            ["422 01", "Bezüge Programmbüro", 1240000, 1198350, 1310000, 1295000, 1350000],
            ["532 01", "IT-Dienstleistungen", 2100000, 1900000, 2500000, 2600000, 1800000]]
    path = write_book(tmp_path / "haushalt.xlsx", {"HH 2025-2027": rows},
                      {"HH 2025-2027": ["A1:B1", "C1:D1", "E1:F1"]})
    table = _only(_tables(store, path), "financial")
    got = {r["values"]["period"]: {k: v for k, v in r["values"].items()
                                   if k in ("planned", "actual", "forecast")}
           for r in table["records"]}
    assert got == {"2025-12": {"planned": 3340000.0, "actual": 3098350.0},
                   "2026-12": {"planned": 3810000.0, "forecast": 3895000.0},
                   "2027-12": {"planned": 3150000.0}}


def test_a_project_written_with_its_code_in_brackets(store, tmp_path):
    """An FTE plan's "Project" cells: "SCS Member Portal (KDS-AU-0142)", written on the
    first of its lines. The whole text was taken for a project's name (and a code made
    up from it); the code in brackets finds the project, or creates it with that code
    and the name before it."""
    rows = [["Project", "Role", "Resource", "Jul-25", "Aug-25"],
            ["SCS Member Portal (KDS-AU-0142)", "Delivery Manager", "Rohan Mehta", 0.5, 1],
            [None, "Tech Lead", "Vikram Joshi", 1, 1],
            ["Harbourline SAP AMS (KDS-AU-0155)", "SAP Basis", "Li Wei", 1, 1]]
    path = write_book(tmp_path / "fte.xlsx", {"FTE Plan FY26": rows})
    with store.write(source="test") as tx:
        tx.create("project", {"code": "KDS-AU-0155", "name": "Harbourline SAP AMS"})
    table = _only(_tables(store, path), "allocation")
    assert {r["values"]["project"] for r in table["records"]} == {"KDS-AU-0155"}
    assert {r["reason"] for r in table["rejected"]} == {
        "project 'KDS-AU-0142' is not in the portfolio (use --create-projects to add it)"}
    created = _only(_again(store, path, create=True), "allocation")
    vikram = next(r["values"] for r in created["records"]
                  if r["values"]["resource"] == "Vikram Joshi")
    assert vikram["project"] == "KDS-AU-0142"
    new = [p["values"] for p in created.get("parents", []) if p["entity"] == "project"]
    assert new == [{"code": "KDS-AU-0142", "name": "SCS Member Portal"}]


def test_a_stakeholder_maps_stance_and_a_japanese_lessons_author():
    """A client stakeholder map's "Current Stance" | "Target Stance" (Blocker, Sceptic,
    Neutral, Supporter, Champion) and a Japanese lessons log's "起票者" (who wrote it)."""
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices

    assert best_field("Current Stance", "stakeholder") == "current_engagement"
    assert best_field("Target Stance", "stakeholder") == "desired_engagement"
    stance = enum_parser(enum_choices("stakeholder", "current_engagement"),
                         "current_engagement", "stakeholder")
    assert stance("Sceptic") == "resistant"
    assert best_field("起票者", "lesson") == "logged_by"


def test_a_grant_portfolio_keyed_by_its_references_over_a_total(store, tmp_path):
    """A foundation's funded projects: "Grant Ref" over AHT-22-014 … and a "TOTAL
    PORTFOLIO" row under the last one, "Programme Officer", "Amount awarded (£)". The
    total's label among the references made them no codes, and the officer and amount
    were not read."""
    rows = [["Grant Ref", "Project", "Programme Officer", "Amount awarded (£)", "RAG"]]
    for i in range(1, 5):
        rows.append([f"AHT-2{i}-0{i}4", f"Gallery project {i}", "L. Pemberton", 50000 * i, "G"])
    rows.append(["TOTAL PORTFOLIO", None, None, 500000, None])
    table = _only(_tables(store, write_book(tmp_path / "grants.xlsx", {"Portfolio": rows}),
                          create=True), "project")
    fields = fields_of(table)
    assert (fields["Grant Ref"], fields["Programme Officer"], fields["Amount awarded (£)"]) == (
        "code", "manager", "bac")
    assert {r["values"]["code"] for r in table["records"]} == {
        "AHT-21-014", "AHT-22-024", "AHT-23-034", "AHT-24-044"}
    assert best_field("Lending Institution", "dependency") == "counterparty"


def test_a_project_written_as_its_code_then_its_name(store, tmp_path):
    """A risk register's "Project / SKU": "NPD-2403 Cold Brew". A project the import may
    create gets that code and the name after it (not a code made up of both)."""
    rows = [["Risk ID", "Project / SKU", "Risk Title", "Likelihood (1-5)", "Impact (1-5)"],
            ["QR-001", "NPD-2403 Cold Brew", "Single source for cans", 3, 4],
            ["QR-002", "NPD-2401 Oat Barista", "Sediment in shelf life", 2, 4],
            ["QR-003", "NPD-2403 Cold Brew", "Co-packer capacity", 4, 3]]
    path = write_book(tmp_path / "risks.xlsx", {"Risk Register": rows})
    table = _only(_tables(store, path), "risk")
    assert {r["reason"] for r in table["rejected"]} == {
        f"project '{code}' is not in the portfolio (use --create-projects to add it)"
        for code in ("NPD-2403", "NPD-2401")}
    created = _only(_again(store, path, create=True), "risk")
    new = sorted((p["values"]["code"], p["values"]["name"])
                 for p in created.get("parents", []) if p["entity"] == "project")
    assert new == [("NPD-2401", "Oat Barista"), ("NPD-2403", "Cold Brew")]


def test_a_templates_example_and_guidance_rows_are_no_records(store, tmp_path):
    """Under the header of a Japanese lessons log, a grey example row keyed "例"
    ("example"); under a French one, a row of guidance with no number, a date's format
    ("jj/mm/aaaa") and what to write in the team's own words. Both read as lessons."""
    ja = [["No.", "登録日", "分類", "件名", "事象（何が起きたか）", "提言"],
          ["例", "2025/07/01", "コミュニケーション", "（例）会議体の開催漏れ", "（例）定例会議が中止された",
           "（例）代替日を事前に決める"]]
    fr = [["N°", "Date", "Thème", "Ce qui s'est passé", "Conséquence", "Recommandation",
           "Porteur"],
          [None, "jj/mm/aaaa", "Prêts, Régie, Scéno, Budget, Com, Publics…",
           "Les faits, sans désigner de personne", "Impact sur le planning et le coût",
           "Action concrète pour la prochaine expo", "Service"]]
    for i in range(1, 4):
        ja.append([i, f"2025/0{i + 6}/18", "要員", f"教訓 {i}", "承認が遅延した", "承認者を早期に確定する"])
        fr.append([f"RX-0{i}", f"1{i}/02/2026", "Prêts", f"Prêteur {i} en retard",
                   "Œuvre absente du catalogue", "Envoyer les demandes plus tôt", "Régie"])
    read = {t["sheet"]: t for t in _tables(store, write_book(
        tmp_path / "lessons.xlsx", {"教訓ログ": ja, "Retex": fr}))}
    found = {sheet: (t["entity"], t["rows"], [r["row"] for r in t["records"]])
             for sheet, t in read.items()}
    assert found == {"教訓ログ": ("lesson", 3, [3, 4, 5]), "Retex": ("lesson", 3, [3, 4, 5])}
