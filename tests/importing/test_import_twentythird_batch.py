"""Layouts from a twenty-third round of trackers the importer had never seen (cutover
runbooks, stage-gate schedules, contact lists beside a plan, and the like).

Each test is a rule, not a file."""

from __future__ import annotations

import pytest

from pmo_desktop.importing.api import doubt_of, read_and_detect

from .conftest import (best_field, dry_run_tables, fields_of, table_of, values_at, write_book,
                       write_csv)

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _runbook(tmp_path, header_names=("Step ID", "Task Description")):
    """A cutover runbook: a group band over the step's columns and over its planned
    timing, steps of a few hours numbered under section rows."""
    band = ["STEP", None, None, None, "PLANNED TIMING", None, None, None, "EXECUTION", None]
    heads = [*header_names, "Owner", "Team", "Start Date", "End Date", "Dur (hrs)", "Pred.",
             "Status", "Comments"]
    rows = [["ERP cutover runbook — weekend 1"], [], band, heads,
            ["1. PRE-CUTOVER"]]
    for i in range(1, 9):
        key = f"1.{i:02d}" if header_names[0] == "Step ID" else f"Freeze stock movements {i}"
        rows.append([key, f"Load open purchase orders batch {i}", "Priya Nair",
                     ("Basis", "Data", "FI/CO")[i % 3], f"2026-03-{10 + i:02d}",
                     f"2026-03-{10 + i:02d}", 3 + i % 4, f"1.{i - 1:02d}" if i > 1 else None,
                     "Complete" if i < 4 else "Not started",
                     "Checked by finance" if i % 2 else None])
    return write_book(tmp_path / "cutover_runbook.xlsx", {"Runbook": rows},
                      merged={"Runbook": ["A3:D3", "E3:H3", "I3:J3"]})


def test_a_runbooks_task_description_names_its_steps(store, tmp_path):
    """A runbook headed "Step ID | Task Description" under a "STEP" band: the
    description is each step's name (no other column names it), the step ID its
    reference and the "Team" the people doing it. Unnamed, the steps had been read as
    milestones and every step with a duration skipped as "a task, not a milestone"."""
    path = _runbook(tmp_path)
    table = table_of(_tables(store, path), "task")
    fields = fields_of(table)
    assert fields["STEP Task Description"] == "name"
    assert fields["STEP Step ID"] == "ref"
    assert fields["STEP Team"] == "resources"
    assert fields["EXECUTION Comments"] == "notes"  # the notes the description gave up
    first = values_at(table, 6)
    assert first["name"] == "Load open purchase orders batch 1"
    assert first["start_forecast"] == "2026-03-11"
    assert len([r for r in table["records"] if r["values"].get("name", "").startswith("Load")]) == 8


def test_a_task_name_beside_its_description_keeps_the_description_as_notes(store, tmp_path):
    """Only a plan no other column names is named by its description: beside "Task
    Name", "Task Description" stays the notes."""
    path = _runbook(tmp_path, ("Task Name", "Task Description"))
    table = table_of(_tables(store, path), "task")
    fields = fields_of(table)
    assert fields["STEP Task Name"] == "name"
    assert fields["STEP Task Description"] == "notes"


def _gates(tmp_path, with_milestone: bool):
    heads = ["Proj No.", "Project", "Gate", *(["Milestone"] if with_milestone else []),
             "Panel Chair" if not with_milestone else "Gatekeeper",
             "Planned Review", "Forecast Review", "Actual Review", "Status", "Comments"]
    rows = [["Stage-gate review schedule"], [], heads]
    gates = ["G1 (Concept → PFS)", "G2 (PFS → DFS)", "G3 (DFS → FEED)", "G4 (FID)"]
    names = ["Concept approval", "Pre-feasibility approval", "Feasibility approval",
             "Final Investment Decision"]
    for i in range(8):
        rows.append([f"MP-{101 + i // 2}", f"Shaft project {101 + i // 2}", gates[i % 4],
                     *([names[i % 4]] if with_milestone else []), "J. Botha",
                     f"2026-0{1 + i % 8}-15", f"2026-0{1 + i % 8}-28",
                     "2026-01-20" if i == 0 else None,
                     "Passed" if i == 0 else "Scheduled", "Pack issued" if i % 2 else None])
    return write_book(tmp_path / "gates.xlsx", {"Gate Reviews": rows})


def test_a_gate_schedules_gates_are_its_milestones(store, tmp_path):
    """A schedule of gate reviews by project, with no "Milestone" column: each gate is
    a milestone of its project, planned, forecast and held ("Planned Review" beside
    "Forecast Review" is the baseline); a gate "Passed" is complete, one "Scheduled"
    not yet due. It had been read as a list of projects, the gate as their stage."""
    path = _gates(tmp_path, with_milestone=False)
    [detected] = read_and_detect(path)
    assert detected.entity == "milestone"
    table = table_of(_tables(store, path, create=True), "milestone")
    fields = fields_of(table)
    assert fields["Gate"] == "name"
    assert fields["Proj No."] == "project_id"
    assert fields["Planned Review"] == "baseline_date"
    assert fields["Forecast Review"] == "forecast_date"
    first = values_at(table, 4)
    assert first["name"] == "G1 (Concept → PFS)"
    assert first["baseline_date"] == "2026-01-15" and first["forecast_date"] == "2026-01-28"
    assert first["status"] == "complete_on_time"  # "Passed"
    assert values_at(table, 5)["status"] == "not_due"  # "Scheduled"


def test_beside_a_milestone_column_the_gate_names_nothing(store, tmp_path):
    """A gate calendar with a "Milestone" column beside its "Gate": the milestone names
    the row; its "Gatekeeper" owns it."""
    path = _gates(tmp_path, with_milestone=True)
    table = table_of(_tables(store, path, create=True), "milestone")
    fields = fields_of(table)
    assert fields["Milestone"] == "name"
    assert fields["Gate"] != "name"
    assert fields["Gatekeeper"] == "owner"
    assert values_at(table, 4)["name"] == "Concept approval"


def test_a_planned_date_beside_a_forecast_date_is_the_baseline(store, tmp_path):
    """"Planned Date" alone is a milestone's date to come; beside "Forecast Date" it is
    the plan the forecast moved from."""
    rows = [["Milestone", "Owner", "Planned Date", "Forecast Date", "Actual Date"]]
    for i in range(6):
        rows.append([f"Handover of block {i + 1}", "Kim Lee", f"2026-0{i + 1}-10",
                     f"2026-0{i + 2}-10", None])
    table = table_of(_tables(store, write_book(tmp_path / "ms.xlsx", {"Milestones": rows})),
                     "milestone")
    fields = fields_of(table)
    assert fields["Planned Date"] == "baseline_date"
    assert fields["Forecast Date"] == "forecast_date"
    assert values_at(table, 2)["forecast_date"] == "2026-02-10"


def test_a_contacts_sheet_lists_people(store, tmp_path):
    """A runbook's "Contacts" sheet (name, role, team, e-mail) lists the people who do
    the work: read as resources, as a Swedish "Kontakter" already was, not passed over
    as a sheet of reference notes."""
    rows = [["Cutover contacts"], [],
            ["Name", "Role", "Organisation", "Team", "Location", "Mobile", "Email"]]
    people = ["Rajesh Patel", "Hannah Clarke", "Marek Nowak", "Aoife Byrne", "Tomás Díaz"]
    for i, person in enumerate(people):
        rows.append([person, "Cutover Lead", "Northwind", ("PMO", "Basis")[i % 2],
                     "Reading", f"+44 7700 90000{i}",
                     person.lower().replace(" ", ".") + "@northwind.example"])
    path = write_book(tmp_path / "runbook.xlsx", {"Contacts": rows})
    table = table_of(_tables(store, path), "resource")
    assert fields_of(table)["Name"] == "name"
    assert values_at(table, 4)["email"] == "rajesh.patel@northwind.example"
    assert len(table["records"]) == 5


def _cost_report(tmp_path, budgets=(1200.0, 800.0, 500.0), finals=(1300.0, 780.0, 520.0)):
    """A cost report by line: each line's budget, cost so far, cost still to come and
    final cost, under group bands, ending with its total."""
    rows = [["Owner's cost report — period 11"], [],
            ["Cost Code", "Description", "BUDGET", None, "ACTUALS", "FORECAST", None, None],
            [None, None, "Original Budget", "Current Budget", "Cost to Date",
             "Forecast to Complete", "Anticipated Final Cost", "Variance to Budget"]]
    lines = ["Enabling works", "Structure and envelope", "Fit-out and FF&E"]
    for i, (name, budget, final) in enumerate(zip(lines, budgets, finals)):
        rows.append([f"C{100 + i}", name, budget - 50, budget, final / 2, final / 2, final,
                     budget - final])
    rows.append([None, "TOTAL", sum(budgets) - 150, sum(budgets), sum(finals) / 2,
                 sum(finals) / 2, sum(finals), sum(budgets) - sum(finals)])
    return write_book(tmp_path / "cost_report.xlsx", {"Cost Report": rows},
                      merged={"Cost Report": ["C3:D3", "F3:H3"]})


def test_a_cost_reports_final_costs_are_the_projects_eac(store, tmp_path):
    """A cost report's "Anticipated Final Cost" of each line adds up to the project's
    estimate at completion (EAC), beside its budget (BAC); the cost still to come
    ("Forecast to Complete") and the variance are no final cost."""
    table = table_of(_tables(store, _cost_report(tmp_path)), "financial")
    fields = fields_of(table)
    assert fields["FORECAST Anticipated Final Cost"] == "forecast"
    assert fields["FORECAST Forecast to Complete"] is None
    assert fields["FORECAST Variance to Budget"] is None
    [record] = table["records"]
    assert record["values"] == {"bac": 2500.0, "eac": 2600.0}


def test_a_cost_report_of_another_budget_changes_no_eac(store, tmp_path):
    """Lines that add up to another budget than the project's are of another budget:
    its BAC is kept, and its EAC with it."""
    with store.write(source="test") as tx:
        tx.create("project", {"code": "OTH", "name": "Other", "bac": 9999.0, "eac": 9000.0})
    from pmo_desktop.operations.imports import import_files

    result = import_files(store, [_cost_report(tmp_path)], dry_run=True,
                          project_code="OTH").value.to_json()
    [table] = [t for t in result["files"][0]["tables"] if t["entity"] == "financial"]
    assert not [r for r in table["records"] if r["action"] == "update"]
    assert any("EAC) is kept too" in w for w in table["warnings"])


def test_a_top_sheet_with_cost_to_date_and_efc_is_a_cost_report(store, tmp_path):
    """A film budget's top sheet ("Locked Budget | Cost to Date | Commitments |
    Estimate to Complete | EFC"): budget, cost so far and estimated final cost make it a
    cost report, not a guess between a budget and a risk register."""
    rows = [["Top sheet"], ["Acct", "Description", "Locked Budget", "Cost to Date",
                            "Commitments", "Estimate to Complete", "EFC", "Notes"]]
    accounts = ["Story and rights", "Producers", "Director", "Cast", "Crew", "Post"]
    for i, account in enumerate(accounts):
        rows.append([1000 + 100 * i, account, 100.0 * (i + 1), 40.0 * (i + 1), 10.0,
                     65.0 * (i + 1), 105.0 * (i + 1), "Per schedule" if i % 2 else None])
    rows.append([None, "TOTAL", 2100.0, 840.0, 60.0, 1365.0, 2205.0, None])
    path = write_book(tmp_path / "topsheet.xlsx", {"Top Sheet": rows})
    [detected] = read_and_detect(path)
    assert detected.entity == "financial"
    table = table_of(_tables(store, path), "financial")
    assert "Held back" not in " ".join(table["warnings"])
    assert fields_of(table)["EFC"] == "forecast"
    assert table["records"][0]["values"] == {"bac": 2100.0, "eac": 2205.0}


def test_a_semicolon_export_with_commas_in_its_text_is_read_by_semicolons(store, tmp_path):
    """A Spanish ServiceNow export: fields split by ";", its text full of commas, in no
    field quoted. Python's sniffer gives up on it; the delimiter that splits every record
    into as many fields is the one, not the comma (which had made one column of it)."""
    lines = ["Número;Descripción breve;Prioridad;Estado;Asignado a;Abierto;Impacto"]
    for i in range(6):
        lines.append(f"INC00{i};Fallo de módulo, lote {i}, en recepción;2 - Alta;En curso;"
                     f"Nuria Alonso;2026-01-0{i + 1} 09:14:52;{1 + i % 3} - "
                     f"{('Alto', 'Medio', 'Bajo')[i % 3]}")
    path = write_csv(tmp_path / "incidencias.csv", lines)
    table = table_of(_tables(store, path), "issue")
    fields = fields_of(table)
    assert fields["Descripción breve"] == "title"
    first = values_at(table, 2)
    assert first["title"] == "Fallo de módulo, lote 0, en recepción"
    # ServiceNow's "1 - Alto" counts down: 1 is the highest impact, 3 the lowest
    assert first["impact"] == 5 and values_at(table, 4)["impact"] == 1


def test_a_rating_that_counts_up_keeps_its_number():
    """"4 - Probable", "1 - Rare": a scale whose number and word rise together is read by
    its number, as before."""
    from pmo_desktop.importing.detected import Column
    from pmo_desktop.importing.fields import make_parser

    sample = ["1 - Rare", "4 - Probable", "5 - Almost certain", "2 - Unlikely"]
    parse = make_parser("risk", "probability", Column(0, "Likelihood"), sample, None)
    assert [parse(v) for v in sample] == [1, 4, 5, 2]


def test_a_tender_pipeline_is_a_list_of_projects(store, tmp_path):
    """A procurement pipeline: each requirement is bought by a solicitation (its code),
    run by a procurement officer, worth an estimated value, to be awarded by a date. No
    header says "name": the column of names beside the code names the projects."""
    lines = ["Requirement,Solicitation No.,Client (Branch),Procurement Officer,"
             "Est. Value (CAD),Stage,Target Award,Status,% Complete"]
    items = ["Tactical Shelter Systems", "Night Vision Goggle Spares",
             "Winterization Kits for Utility Vehicles", "Field Kitchen Trailers",
             "Bridge Erection Boats"]
    for i, item in enumerate(items):
        lines.append(f'{item},W8476-26X{i:02d},ADM(Mat),Amélie Lavoie,"${(i + 1) * 400},000",'
                     f"Bid Evaluation,2026-0{i + 2}-27,Green,{20 * i}%")
    path = write_csv(tmp_path / "procurement_pipeline.csv", lines)
    table = table_of(_tables(store, path, create=True), "project")
    fields = fields_of(table)
    assert fields["Requirement"] == "name"
    assert fields["Solicitation No."] == "code"
    assert fields["Procurement Officer"] == "manager"
    assert fields["Est. Value (CAD)"] == "bac"
    assert fields["Target Award"] == "finish_forecast"
    assert values_at(table, 3)["name"] == "Night Vision Goggle Spares"


def test_traditional_chinese_headers_read_as_the_simplified(store, tmp_path):
    """Taiwan writes "負責人", "記錄日期", "效益項目"; the mainland "负责人", "记录日期",
    "效益项目". Either script reads by the same words."""
    rows = [["類別", "事件描述", "影響", "根本原因", "改善建議", "負責人", "記錄日期"]]
    for i in range(5):
        rows.append(["技術", f"結帳頁面逾時 {i}", "轉換率下降", "快取設定", "上線前壓測",
                     "蔡宜蓁", f"2025-11-2{i}"])
    benefits = [["效益項目", "類型", "衡量指標", "基準值", "目標值", "目標日期", "負責人"]]
    for i in range(4):
        benefits.append([f"會員回購率提升 {i}", "財務", "回購率", "1.8%", "3.5%",
                         "2026-12-31", "林志明"])
    path = write_book(tmp_path / "官網改版.xlsx", {"經驗教訓": rows, "效益追蹤": benefits})
    tables = _tables(store, path)
    lessons = table_of(tables, "lesson")
    assert fields_of(lessons)["負責人"] == "owner"
    assert fields_of(lessons)["記錄日期"] == "date_logged"
    assert values_at(lessons, 2)["date_logged"] == "2025-11-20"
    benefit = table_of(tables, "benefit")
    assert fields_of(benefit)["效益項目"] == "title"
    assert values_at(benefit, 2)["title"] == "會員回購率提升 0"  # (stored as written)


def test_a_korean_action_list_and_its_risk_responses(store, tmp_path):
    """"액션" heads an action log's actions; a risk's "대응 전략" of 완화, 회피, 전가 and
    수용 is its response (reduce, avoid, transfer, accept)."""
    actions = [["No", "액션", "담당", "요청일", "기한", "상태", "관련 ID"]]
    for i in range(5):
        actions.append([i + 1, f"결제 모듈 회귀 테스트 {i}", "김민준", "2026-02-03",
                        "2026-02-20", "진행중", f"R-0{i}"])
    risks = [["ID", "리스크명", "발생가능성", "영향도", "담당자", "대응 전략", "대응 방안", "상태"]]
    for i, word in enumerate(("완화", "회피", "전가", "수용")):
        risks.append([f"R-0{i}", f"PG사 연동 지연 {i}", "상", "중", "박서연", word,
                      "대체 PG 계약 검토", "오픈"])
    path = write_book(tmp_path / "raid.xlsx", {"액션아이템": actions, "리스크": risks})
    tables = _tables(store, path)
    action = table_of(tables, "action")
    assert fields_of(action)["액션"] == "title"
    assert values_at(action, 2)["title"] == "결제 모듈 회귀 테스트 0"
    risk = table_of(tables, "risk")
    assert fields_of(risk)["대응 전략"] == "response"
    assert [values_at(risk, r)["response"] for r in (2, 3, 4, 5)] == \
        ["reduce", "avoid", "transfer", "accept"]


@pytest.mark.parametrize(("written", "amount"), [
    ("3,200,000원", 3_200_000.0), ("1.2억원", 120_000_000.0), ("約18萬", 180_000.0),
    ("¥1,200万", 12_000_000.0), ("NT$2,800萬", 28_000_000.0), ("850.000 lei", 850_000.0),
    ("-612.500 lei", -612_500.0), ("4,500 บาท", 4_500.0)])
def test_money_in_myriads_and_in_currencies_written_after(written, amount):
    """Chinese, Japanese and Korean count in myriads (万 10,000, 億 and 억 100 million),
    after an "about" (約); won, baht and lei are written after the amount."""
    from pmo_desktop.importing import values as V

    assert V.parse_money(written) == amount


def test_a_finnish_staff_list(store, tmp_path):
    """A Finnish staff list: location, e-mail, hourly rate, line manager and working time
    in person-years (HTV, an FTE)."""
    rows = [["Nimi", "Rooli", "Tiimi", "Sijainti", "Sähköposti", "Tuntihinta (€/h)",
             "Esihenkilö", "Työaika (HTV)"]]
    people = ["Jussi Mäkinen", "Aino Korhonen", "Mikko Virtanen", "Laura Nieminen"]
    for i, person in enumerate(people):
        rows.append([person, "Rakennuttaja", "Korjaus", "Tampere",
                     f"{person.split()[0].lower()}@kodit.example", 45 + i, "Mikko Virtanen",
                     0.9])
    table = table_of(_tables(store, write_book(tmp_path / "h.xlsx", {"Henkilöstö": rows})),
                     "resource")
    fields = fields_of(table)
    assert [fields[h] for h in ("Sijainti", "Sähköposti", "Tuntihinta (€/h)", "Esihenkilö",
                                "Työaika (HTV)")] == \
        ["location", "email", "cost_rate", "manager", "fte"]
    assert values_at(table, 2)["fte"] == 0.9


def test_a_portuguese_budget_summary_is_a_cost_report(store, tmp_path):
    """"Orçamento aprovado | Real acumulado | Previsão final | Desvio": the budget, the
    cost so far, the final cost and the variance of each line."""
    rows = [["Resumo por rubrica"], [],
            ["Rubrica", "Orçamento aprovado 2026 (k€)", "Real acumulado fev (k€)",
             "Previsão final 2026 (k€)", "Desvio (k€)"]]
    lines = [("Estudos e projeto", 52, 52.7, 59), ("Equipamento", 605, 57.3, 607.1),
             ("Construção civil", 430, 28.8, 439.6), ("Contingência", 40, 0, 41.6)]
    for name, budget, actual, final in lines:
        rows.append([name, budget, actual, final, round(budget - final, 1)])
    rows.append(["TOTAL", 1127, 138.8, 1147.3, -20.3])
    table = table_of(_tables(store, write_book(tmp_path / "orc.xlsx", {"Resumo": rows})),
                     "financial")
    fields = fields_of(table)
    assert fields["Orçamento aprovado 2026 (k€)"] == "budget"
    assert fields["Previsão final 2026 (k€)"] == "forecast"
    assert table["records"][0]["values"] == {"bac": 1_127_000.0, "eac": 1_147_300.0}


def test_a_planned_date_left_out_beside_a_forecast_is_the_baseline(store, tmp_path):
    """"Termin geplant" reads only weakly as a date to come; beside "Termin Prognose",
    which took the forecast, it is the plan the forecast moved from. So are a Polish
    plan's "Koniec (plan)" beside "Koniec (prognoza)"."""
    rows = [["Nr.", "Meilenstein / Lieferung", "Termin geplant", "Termin Prognose",
             "Termin Ist", "Verantwortlich"]]
    for i in range(5):
        rows.append([i + 1, f"Lieferung Zugmaschine {i + 1}", f"2026-0{i + 2}-13",
                     f"2026-0{i + 3}-20", None, "K. Brandt"])
    table = table_of(_tables(store, write_book(tmp_path / "l.xlsx", {"Liefertermine": rows})),
                     "milestone")
    assert fields_of(table)["Termin geplant"] == "baseline_date"
    assert values_at(table, 2)["baseline_date"] == "2026-02-13"
    plan = [["WBS", "Zadanie", "Odpowiedzialny", "Początek (plan)", "Koniec (plan)",
             "Początek (prognoza)", "Koniec (prognoza)", "Poprzedniki"]]
    for i in range(1, 7):
        plan.append([f"1.{i}", f"Montaż szafy {i}", "Anna Nowak", f"2026-03-0{i}",
                     f"2026-03-1{i}", f"2026-03-0{i + 1}", f"2026-03-2{i}",
                     f"1.{i - 1}" if i > 1 else None])
    tasks = table_of(dry_run_tables(store, write_book(tmp_path / "h.xlsx",
                                                      {"Harmonogram": plan}), "LZO"), "task")
    fields = fields_of(tasks)
    assert fields["Koniec (plan)"] == "finish_baseline"
    assert fields["Koniec (prognoza)"] == "finish_forecast"


def test_a_backlog_of_tasks_with_a_few_bugs_is_a_plan(store, tmp_path):
    """A Jira export of 18 tasks, 2 sub-tasks and 4 bugs: its Type column names each
    row's kind, so it is a plan of work, not a toss-up between a plan and an issue log
    (its issue-like Jira fields, "Resolution", "Finding Severity", had made it one)."""
    lines = ["Summary,Issue key,Issue id,Parent id,Issue Type,Status,Project key,Project name,"
             "Priority,Resolution,Assignee,Reporter,Created,Updated,Resolved,Due Date,Labels,"
             "Labels,Custom field (Accreditation Phase),Custom field (Finding Severity),"
             "Description"]
    types = ["Task"] * 18 + ["Sub-task"] * 2 + ["Bug"] * 4
    for i, kind in enumerate(types):
        lines.append(f"Harden server {i},STN-{100 + i},{500 + i},"
                     f"{'500' if kind == 'Sub-task' else ''},{kind},In Progress,STN,"
                     f"STN Accreditation,High,,Dev Patel,Emma Whitfield,22/Jan/26 10:14 AM,"
                     f"29/Jan/26 4:02 PM,,0{1 + i % 9}/Mar/26 12:00 AM,ithc,remediation,"
                     f"Remediation,{'High' if kind == 'Bug' else ''},"
                     f"Apply the baseline to server {i}")
    path = write_csv(tmp_path / "jira.csv", lines)
    [detected] = read_and_detect(path)
    assert detected.entity == "task"
    assert not doubt_of(detected)


@pytest.mark.parametrize(("header", "entity", "field"), [
    # a Romanian and a Danish change register
    ("Solicitant", "change_request", "requester"),
    ("Termen (zile)", "change_request", "impact_schedule_days"),
    ("Data deciziei", "change_request", "decision_date"),
    ("Aprobat de", "change_request", "approver"),
    ("Merpris", "change_request", "impact_cost"),
    ("Tidsforlængelse", "change_request", "impact_schedule_days"),
    ("approval_set", "change_request", "decision_date"),  # ServiceNow's field name
    # milestones done, planned and a French project list's people and cost
    ("Date réalisée", "milestone", "actual_date"),
    ("Utfall", "milestone", "actual_date"),
    ("基準日", "milestone", "baseline_date"),
    ("Chargé(e)", "project", "manager"),
    ("Prix de revient", "project", "bac"),
    ("Chief Investigator", "project", "manager"),
    # a Japanese issue log, a Dutch plan, stakeholders, a land pipeline, a staff grade
    ("対応内容", "issue", "resolution"),
    ("Uitvoerende partij", "task", "resources"),
    ("Relatiehouder", "stakeholder", "relationship_owner"),
    ("SIS Team Contact", "stakeholder", "relationship_owner"),
    ("College / Unit", "stakeholder", "organisation"),
    ("Site ID", "proposal", "code"),
    ("Classification", "allocation", "role_id"),
    ("Entrante / Saliente", "dependency", "direction"),
    ("Código", "benefit", "ref"),
    ("What was the impact", "lesson", "effect"),
    ("Klart %", "milestone", "pct_complete"),
    ("決議日期", "change_request", "decision_date"),
    ("變更說明", "change_request", "description"),
    # a Korean plan's department in charge does the work; its person in charge owns it
    ("담당부서", "task", "resources"),
    ("담당자", "task", "owner"),
    ("담당부서", "risk", "owner"),
    # a Hungarian RAID log, a Polish one, a Japanese WBS, a Slovenian risk register
    ("Kockázati szint", "risk", "severity"),
    ("Döntés tárgya", "decision", "title"),
    ("Döntéshozó", "decision", "decided_by"),
    ("Indoklás", "decision", "rationale"),
    ("Ocena", "risk", "severity"),
    ("Zgłoszono", "issue", "date_raised"),
    ("先行", "task", "predecessors"),
    ("Rok za ukrep", "risk", "due_date"),
    # an Italian public works programme (CUP, RUP, quadro economico)
    ("CUP", "project", "code"),
    ("RUP", "project", "manager"),
    ("Totale QE", "project", "bac"),
    ("Programmed Amount ($000)", "project", "bac"),
    ("Gestionnaire", "resource", "manager"),
    ("Relationship Lead", "stakeholder", "relationship_owner"),
    ("Timeline Impact", "change_request", "impact_schedule_days"),
    ("Custom field (Extension Requested (days))", "change_request", "impact_schedule_days"),
    ("Forecast go-live", "project", "finish_forecast"),
    ("Utfallsprognos", "project", "eac"),
    ("nächste Überprüfung", "risk", "review_date"),
    ("Crédito aprobado", "financial", "planned"),
    # a roadmap's go-live: planned, revised, and the date it went live
    ("Revised Go-Live", "milestone", "forecast_date"),
    ("Live Date", "milestone", "actual_date"),
    ("Go-Live Date", "milestone", "forecast_date"),
    # a fourth round: Japanese plans, Dutch, German and French logs, Spanish stakeholders
    ("予定開始", "task", "start_forecast"),
    ("予定終了", "task", "finish_forecast"),
    ("日数", "task", "duration_days"),
    ("Fin révisée", "task", "finish_forecast"),
    ("Uiterste datum", "risk", "due_date"),
    ("Criticité", "risk", "severity"),
    ("Zieltermin", "issue", "due_date"),
    ("Abstellmaßnahme", "issue", "resolution"),
    ("Bulgu", "issue", "title"),
    ("Denetim Tarihi", "issue", "date_raised"),
    ("apoyo actual", "stakeholder", "current_engagement"),
    ("apoyo deseado", "stakeholder", "desired_engagement"),
    ("Fecha meta", "benefit", "target_date"),
    ("CCB Disposition", "change_request", "decision"),
    ("Programme Impact", "change_request", "impact_schedule_days"),
    ("Vote", "financial", "category"),
    ("Nơi làm việc", "resource", "location"),
    ("Põhjendus", "decision", "rationale"),
    ("Bid No.", "proposal", "code"),
    ("Scheme", "proposal", "name"),
    ("Opis in vzrok", "risk", "description"),
    ("Stopnja tveganja", "risk", "severity"),
])
def test_more_words_of_this_round(header, entity, field):
    """Words of this round's trackers, each the field a reader of the language takes it
    for."""
    assert best_field(header, entity) == field


def test_a_total_that_says_what_it_counts_is_a_total(store, tmp_path):
    """"Programme Total (14 projects)" closes a project list: a total, not a project."""
    rows = [["Code", "Project", "Manager", "Budget (S$)", "RAG"]]
    for i in range(5):
        rows.append([f"TAP-30{i}", f"Yard automation stage {i}", "Alvin Goh", 1_000_000 * (i + 1),
                     "G"])
    rows.append([None, "Programme Total (5 projects)", None, 15_000_000, None])
    table = table_of(_tables(store, write_book(tmp_path / "p.xlsx", {"Portfolio": rows}),
                             create=True), "project")
    assert len(table["records"]) == 5
    assert any("Programme Total" in s["reason"] for s in table["skipped"])


def test_a_summary_under_its_own_heading_below_the_table_is_no_record(store, tmp_path):
    """A land pipeline ends with "Pipeline summary", then "Sites | 11" and "Units | 590":
    a label and a figure a row, under records that fill every cell. That is a summary
    of the table, not two more sites."""
    rows = [["Site ID", "Site / Opportunity", "Location", "Acquisition Lead", "Stage",
             "Date Received", "Est. Total Scheme Cost", "Comments"]]
    for i in range(6):
        rows.append([f"LP-1{i:02d}", f"Former depot {i}, Mill Lane", "Bradford", "Chris Dunn",
                     "Offer submitted", "2026-03-12", f"£{4 + i}.2m", "Vendor keen"])
    rows += [[None] * 8, ["Pipeline summary (excl. withdrawn)"], ["Sites", 6], ["Units", 135]]
    path = write_book(tmp_path / "land.xlsx", {"Pipeline": rows},
                      merged={"Pipeline": ["A9:H9"]})
    table = table_of(_tables(store, path, create=True), "proposal")
    assert len(table["records"]) == 6
    assert not [r for r in table["records"] if r["values"].get("code") in ("Sites", "Units")]


def test_the_header_that_names_the_field_wins_a_tie(store, tmp_path):
    """"Requester" and "Business Sponsor" read as the sponsor as surely: the header that
    says "sponsor" is the sponsor."""
    rows = [["Name", "Requester", "Business Sponsor", "Status", "Submitted", "Est. Cost"]]
    for i in range(5):
        rows.append([f"Endless aisle kiosks wave {i}", "Hannah Brooks", "T. Nguyen (CFO)",
                     "Under Review", "2026-03-02", 1_350_000])
    path = write_book(tmp_path / "intake.xlsx", {"FY27 Intake": rows})
    [detected] = read_and_detect(path)
    fields = {c.header: c.field for c in detected.columns}
    assert fields["Business Sponsor"] == "sponsor"
    assert fields["Requester"] != "sponsor"


def test_a_taiwanese_change_registers_decisions(store, tmp_path):
    """"審核中", "已核准", "已駁回", "已撤回": under review, approved, rejected and
    withdrawn, the change register's own states."""
    rows = [["CR編號", "變更標題", "提出人", "成本影響(NT$)", "審核狀態", "核准人", "決議日期"]]
    states = ["審核中", "已核准", "已駁回", "已撤回"]
    for i, state in enumerate(states):
        rows.append([f"CR-00{i}", f"會員點數規則調整 {i}", "王小明", "NT$1,250,000", state,
                     "陳經理", f"2026-02-1{i}"])
    table = table_of(_tables(store, write_book(tmp_path / "cr.xlsx", {"CR紀錄": rows})),
                     "change_request")
    assert [values_at(table, r)["status"] for r in (2, 3, 4, 5)] == \
        ["under_assessment", "approved", "rejected", "withdrawn"]
    assert values_at(table, 3)["decision_date"] == "2026-02-11"
    assert values_at(table, 2)["impact_cost"] == 1_250_000.0


def test_an_asana_export_of_change_requests_is_a_change_log(store, tmp_path):
    """Asana writes its own columns whatever a project tracks ("Task ID", "Section/Column",
    "Assignee", "Due Date", "Parent task" …): they read as a plan's as well as anything.
    The team's own columns ("CR Number", "Cost Impact", "Decision", "Approver") say what
    its rows are: change requests. (An empty "Parent task" column names no parent.)"""
    lines = ["Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,"
             "Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task,"
             "Blocked By (Dependencies),Blocking (Dependencies),CR Number,Requested By,"
             "Cost Impact (NZD),Schedule Impact (days),Priority,Decision,Decision Date,Approver"]
    for i in range(8):
        lines.append(f"120993487122{3400 + i},2025-11-0{i + 1},,2025-11-2{i},"
                     f"Add hardship withdrawal form {i},Approved,Sione Tuilagi,"
                     f"sione@ird.example,,,,Ministerial priority.,SE26 Change Control,,,,"
                     f'CR-0{31 + i},Aroha Whaanga,"${85 + i},000",{i},High,Approved,'
                     f"2025-11-2{i},Rebecca Thomson")
    path = write_csv(tmp_path / "asana_change_requests.csv", lines)
    [detected] = read_and_detect(path)
    assert detected.entity == "change_request"
    table = table_of(_tables(store, path), "change_request")
    first = values_at(table, 2)
    assert first["ref"] == "CR-031" and first["impact_cost"] == 85_000.0
    assert first["approver"] == "Rebecca Thomson"


def test_a_plan_in_a_tool_export_stays_a_plan(store, tmp_path):
    """The same Asana columns over a plan's tasks, with no column of a change's own: still
    a plan."""
    lines = ["Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,"
             "Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task,"
             "Blocked By (Dependencies),Blocking (Dependencies)"]
    for i in range(8):
        lines.append(f"120993487122{3400 + i},2025-11-01,,2025-11-20,Build storefront page {i},"
                     f"Sprint 3,Mia Chen,mia@shop.example,2026-01-0{i + 1},2026-01-1{i},,"
                     f"Design signed off.,Replatform,,,")
    [detected] = read_and_detect(write_csv(tmp_path / "asana_plan.csv", lines))
    assert detected.entity == "task" or detected.tasks is not None  # (every row a task)
    assert detected.scores["task"] > max(s for e, s in detected.scores.items() if e != "task")


def test_a_contractors_claims_register_is_change_control(store, tmp_path):
    """A construction contract's claims register: variations and extensions of time a
    contractor claims, what was assessed and granted, who assessed them and when. Change
    requests, keyed by the claim's own number, not the contractor's reference; their cost
    and delay what was assessed and granted (as a variation order's are what was
    approved), not what was claimed."""
    rows = [["Claims Register — C2291"], [],
            ["Claim No.", "Date Rec'd", "Contractor Ref", "Type", "Description",
             "Claimed ($ ex GST)", "Assessed ($ ex GST)", "EOT Claimed (days)",
             "EOT Granted (days)", "Status", "Determination Date", "Assessed By"]]
    for i in range(6):
        rows.append([f"VC-00{i + 1}", f"2025-0{i + 3}-11", f"CCL-LTR-04{i}", "Variation",
                     f"Additional piling at abutment {i}", f"${(i + 1) * 100},000.00",
                     (i + 1) * 90_000, 5 + i, 3 + i, "Determined", f"2025-0{i + 4}-02",
                     "K. Walsh"])
    path = write_book(tmp_path / "claims.xlsx", {"Claims Register": rows})
    table = table_of(_tables(store, path), "change_request")
    fields = fields_of(table)
    assert fields["Claim No."] == "ref"
    assert fields["Assessed ($ ex GST)"] == "impact_cost"
    assert fields["EOT Granted (days)"] == "impact_schedule_days"
    assert fields["Claimed ($ ex GST)"] is None and fields["EOT Claimed (days)"] is None
    assert fields["Determination Date"] == "decision_date"
    assert fields["Assessed By"] == "approver"
    assert values_at(table, 4)["impact_cost"] == 90_000.0


def test_a_kpi_sheets_metrics_are_its_benefits(store, tmp_path):
    """"Metric | Type | Measured via | Launch Baseline | Year-1 Target | By When | Owner"
    on a "KPI Targets" sheet: a register of targets, not a sheet of KPI charts; each
    metric, with its baseline and target, is a benefit named by what it measures."""
    rows = [["Year-1 KPI targets"], [],
            ["#", "Metric", "Type", "Measured via", "Launch Baseline", "Year-1 Target",
             "By When", "Owner"]]
    metrics = ["Day-1 retention", "Day-30 retention", "Average revenue per user",
               "Crash-free sessions", "Store rating"]
    for i, metric in enumerate(metrics):
        rows.append([i + 1, metric, "Player", "Analytics dashboard", 0.3 + i / 100,
                     0.4 + i / 100, "2026-12-31", "Live-ops lead"])
    path = write_book(tmp_path / "kpi.xlsx", {"Y1 KPI Targets": rows})
    table = table_of(_tables(store, path), "benefit")
    fields = fields_of(table)
    assert fields["Metric"] == "measure"
    assert fields["Year-1 Target"] == "target_value"
    assert values_at(table, 6)["title"] == "Average revenue per user"


def test_a_bengali_stakeholder_register(store, tmp_path):
    """A Bangladeshi factory's stakeholder register headed in Bengali, two of its headers
    with the English in brackets: read by its Bengali words (compared without their vowel
    signs, as every header is)."""
    rows = [["স্টেকহোল্ডার রেজিস্টার"], [],
            ["ক্রম", "নাম", "পদবি", "প্রতিষ্ঠান", "ক্ষমতা (Power)", "আগ্রহ (Interest)",
             "বর্তমান সম্পৃক্ততা", "কাঙ্ক্ষিত সম্পৃক্ততা", "দায়িত্বপ্রাপ্ত কর্মকর্তা"]]
    people = ["মোঃ আনোয়ার হোসেন", "তানভীর আহমেদ", "Emma Lindqvist", "রাশেদা বেগম"]
    for i, person in enumerate(people):
        rows.append([i + 1, person, "ব্যবস্থাপক", "Nordvik Retail AB", "High", "Low",
                     "Neutral", "Supportive", "নাসরিন সুলতানা"])
    path = write_book(tmp_path / "stakeholders.xlsx", {"স্টেকহোল্ডার রেজিস্টার": rows})
    table = table_of(_tables(store, path), "stakeholder")
    fields = fields_of(table)
    assert [fields[h] for h in ("নাম", "পদবি", "প্রতিষ্ঠান", "বর্তমান সম্পৃক্ততা",
                                "দায়িত্বপ্রাপ্ত কর্মকর্তা")] == \
        ["name", "position", "organisation", "current_engagement", "relationship_owner"]
    assert values_at(table, 4)["name"] == "মোঃ আনোয়ার হোসেন"


def test_a_project_named_by_its_site(store, tmp_path):
    """"Site / Project" under a "Project" band, and no other column names the projects:
    the site is the project's name (a landfill, a depot), not only its location."""
    rows = [["Project", None, None, None], ["Ref", "Site / Project", "Project Manager",
                                            "Approved Budget"]]
    sites = ["Hollins Lane Cell 4 capping", "Moorside leachate plant", "Eastfield gas field",
             "Kilbarry restoration"]
    for i, site in enumerate(sites):
        rows.append([f"LF-0{i + 1}", site, "D. Whitworth", 385_000 + i])
    path = write_book(tmp_path / "landfill.xlsx", {"Programme": rows},
                      merged={"Programme": ["A1:D1"]})
    table = table_of(_tables(store, path, create=True), "project")
    assert fields_of(table)["Project Site / Project"] == "name"
    assert values_at(table, 3)["name"] == "Hollins Lane Cell 4 capping"


def test_a_risk_or_issue_under_review_is_open(store, tmp_path):
    """"V obravnavi" (being dealt with), "under review": a change request's state of
    assessment, and for a risk, an issue or an action simply open (it had been left
    empty)."""
    rows = [["Zap. št.", "Tveganje", "Opis in vzrok", "Verjetnost", "Vpliv",
             "Stopnja tveganja", "Nosilec", "Status"]]
    for i in range(5):
        rows.append([f"T{i + 1}", f"Zamuda pri dostopu do podatkov {i}", "Pogodba ni podpisana",
                     "visoka", "srednja", "visoka", "Mojca Novak",
                     "v obravnavi" if i % 2 else "odprto"])
    path = write_book(tmp_path / "tveganja.xlsx", {"Register tveganj": rows})
    table = table_of(_tables(store, path), "risk")
    assert [values_at(table, r)["status"] for r in (2, 3)] == ["open", "open"]
    assert fields_of(table)["Opis in vzrok"] == "description"


def test_a_greek_modifications_register_and_a_german_budget_change_log(store, tmp_path):
    """A shipyard's register of modifications ("Τροποποιήσεις": who asked, the cost, the
    delivery delay, who approved and when) and a German log of budget changes
    ("Budgetänderungen": "Änderung", "Beantragt von", "Betrag", "Terminauswirkung",
    "Genehmigt durch", "Entscheidung am") are change requests."""
    greek = [["Α/Α", "Περιγραφή τροποποίησης", "Αιτών", "Ημ/νία αιτήματος", "Κόστος (USD)",
              "Επίπτωση παράδοσης (ημέρες)", "Κατάσταση", "Εγκρίθηκε από", "Ημ/νία απόφασης"]]
    german = [["Nr.", "Änderung", "Beantragt von", "Betrag (EUR)", "Terminauswirkung (Tage)",
               "Status", "Genehmigt durch", "Entscheidung am"]]
    for i in range(5):
        greek.append([i + 1, f"Πρόσθετη δεξαμενή έρματος {i}", "Owner's Rep", "2026-01-1{i}",
                      f"USD {186 + i},000", 5 + i, "Εγκρίθηκε", "Κ. Παπαδόπουλος",
                      "2026-02-0{i + 1}"])
        german.append([f"BÄ-0{i + 1}", f"Mehrkosten Scrubber-Fundament {i}", "J. Petersen",
                       f"{12 + i}.400,00 €", 3 + i, "genehmigt", "Dr. Brandt", "2026-02-1{i}"])
    tables = _tables(store, write_book(tmp_path / "changes.xlsx", {
        "Τροποποιήσεις": greek, "Budgetänderungen": german}))
    by_sheet = {t["sheet"]: t for t in tables}
    assert by_sheet["Τροποποιήσεις"]["entity"] == "change_request"
    assert by_sheet["Budgetänderungen"]["entity"] == "change_request"
    assert fields_of(by_sheet["Τροποποιήσεις"])["Αιτών"] == "requester"
    assert values_at(by_sheet["Τροποποιήσεις"], 2)["impact_cost"] == 186_000.0
    assert fields_of(by_sheet["Budgetänderungen"])["Änderung"] == "title"
    assert values_at(by_sheet["Budgetänderungen"], 2)["impact_cost"] == 12_400.0


def test_a_norwegian_action_list_and_a_korean_stakeholder_register(store, tmp_path):
    """"Aksjon | Ansvarlig | Frist | Utført": a Norwegian action list; "이해관계자 | 소속/기관 |
    영향력 | 관심도 | 현재 참여수준 | 목표 참여수준": a Korean stakeholder register."""
    actions = [["#", "Aksjon", "Ansvarlig", "Frist", "Status", "Utført"]]
    for i in range(5):
        actions.append([i + 1, f"Bestill reservedeler til ferje {i}", "Kari Nordmann",
                        f"2026-03-0{i + 1}", "Åpen", None])
    people = [["No", "이해관계자", "소속/기관", "직책", "영향력", "관심도", "현재 참여수준",
               "목표 참여수준", "관계 담당자"]]
    for i, name in enumerate(["김민수", "이서연", "박지훈", "최유진"]):
        people.append([i + 1, name, "해양수산부", "과장", "상", "중", "중립", "지지", "정하늘"])
    tables = _tables(store, write_book(tmp_path / "logs.xlsx", {
        "Aksjonsliste": actions, "이해관계자 등록부": people}))
    action = table_of(tables, "action")
    assert fields_of(action)["Aksjon"] == "title"
    stakeholder = table_of(tables, "stakeholder")
    fields = fields_of(stakeholder)
    assert [fields[h] for h in ("이해관계자", "소속/기관", "영향력", "관심도", "관계 담당자")] == \
        ["name", "organisation", "power", "interest", "relationship_owner"]
    assert values_at(stakeholder, 2)["name"] == "김민수"
