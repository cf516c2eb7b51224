"""Layouts from a ninth round of trackers the importer had never seen: capital works and
engineering (a Canadian bilingual HSE action log, an Indian cost report by cost code, a
Brazilian Primavera P6 look-ahead, a Dutch NCR register) and health and research (a Dutch
hospital portfolio rated per dimension, a Japanese stakeholder register, a German GxP
change control log, a Brazilian researcher allocation).

Each test is a rule, not a file: a corrective action is an action's title; a cost
report by cost code is a budget of its lines, not a project list without names; P6's
own column codes and labels; a status group's dimension words; a week's number is no
record's number; words of more registers and languages."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from pmo_desktop.importing.headers import header_matches

from .conftest import best_field, dry_run_tables, fields_of, write_book as _book

PROJECT = "NIN"


def _tables(store, path):
    return dry_run_tables(store, path, PROJECT)


def test_a_bilingual_hse_action_log_is_an_action_log(store, tmp_path):
    """"Corrective Action / Mesure corrective" is what each action is: its title (the
    log had no title otherwise, and no kind was recognised)."""
    path = tmp_path / "hse.csv"
    head = ("Action #,Date Raised / Date d'ouverture,Hazard / Danger,"
            "Corrective Action / Mesure corrective,Owner / Responsable,"
            "Due Date / Échéance,Status / Statut,Priority / Priorité\n")
    rows = "".join(f"HSE-00{i},2025-06-0{i},Travail en hauteur,Installer garde-corps bloc {i},"
                   f"\"Tremblay, Marc\",2025-06-1{i},Ouvert,Élevée\n" for i in range(1, 6))
    path.write_text(head + rows, encoding="utf-8")
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    fields = fields_of(table)
    assert fields["Corrective Action / Mesure corrective"] == "title"
    assert fields["Owner / Responsable"] == "owner" and fields["Status / Statut"] == "status"


def test_a_cost_report_by_cost_code_is_a_budget_of_its_lines(store, tmp_path):
    """Cost Code | Description | Unit | Original / Current Budget | Committed | Actual |
    ETC | EAC | Variance | % Spent | Remarks: a cost report, its lines' budget the current
    one. Read as a project list it had codes and money but no project's name."""
    head = ["Cost Code", "Description", "Unit", "Original Budget", "Approved Changes",
            "Current Budget", "Committed", "Actual Cost to Date", "ETC", "EAC",
            "Variance (Over)/Under", "% Spent", "Remarks", "Lvl"]
    lines = [("01-100", "Site establishment", "LS", 1854, 0),
             ("01-200", "Site management", "Month", 6400, 400),
             ("02-100", "Piling", "m", 9574, 0),
             ("02-200", "Substructure", "m3", 12004, 150),
             ("03-100", "Frame", "t", 21008, 0)]
    rows = [[code, name, unit, budget, change, budget + change, budget * 0.9, budget * 0.5,
             budget * 0.55, budget * 1.05, -budget * 0.05, 0.5, None, 2]
            for code, name, unit, budget, change in lines]
    path = _book(tmp_path / "cost.xlsx", {"CR Oct-25": [
        ["MONTHLY COST REPORT"], ["Cut-off: 31-Oct-2025"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    fields = fields_of(table)
    assert fields["Current Budget"] == "budget" and fields["Description"] == "category"


def test_a_primavera_p6_export_is_a_plan(store, tmp_path):
    """P6's export: its field codes on the first row, their labels (here Portuguese) on
    the second; early start and finish are the forecast, original duration the length."""
    codes = ["task_code", "wbs_id", "task_name", "status_code", "orig_dur", "start_date",
             "end_date", "complete_pct"]
    labels = ["ID da Atividade", "WBS", "Nome da Atividade", "Status da Atividade",
              "Duração Original(d)", "(*)Início Mais Cedo", "(*)Término Mais Cedo",
              "Porcentagem Concluída da Atividade(%)"]
    rows = [[f"CV10{i}0", "STS.CIV", f"Cravação de estacas {i}", "Em Andamento", 10,
             datetime(2025, 3, i), datetime(2025, 3, i + 10), 40] for i in range(1, 7)]
    path = _book(tmp_path / "p6.xlsx", {"TASK": [codes, labels, *rows]})
    tables = _tables(store, path)
    table = next(t for t in tables if t["entity"] == "task")
    mapped = set(fields_of(table).values())
    assert {"ref", "name", "status", "start_forecast", "finish_forecast", "duration_days",
            "pct_complete"} <= mapped
    assert best_field("Early Start", "task") == "start_forecast"
    assert best_field("Original Duration", "task") == "duration_days"
    assert best_field("Activity % Complete", "task") == "pct_complete"
    assert best_field("Activity Status", "task") == "status"


def test_a_status_groups_dimension_words_are_its_rag_columns(store, tmp_path):
    """"Status (RAG)" merged over Totaal | Tijd | Geld: overall, schedule and cost."""
    path = tmp_path / "portfolio.xlsx"
    _book(path, {"Portfolio 2025": [
        ["Projectportfolio 2025"], [],
        ["Project", None, None, "Status (RAG)", None, None],
        ["Nr.", "Projectnaam", "Projectleider", "Totaal", "Tijd", "Geld"],
        *[[f"P-0{i}", f"Project {i}", "de Vries, Anouk", "Groen", "Oranje", "Rood"]
          for i in range(1, 6)]]})
    book = openpyxl.load_workbook(path)
    book["Portfolio 2025"].merge_cells("A3:C3")
    book["Portfolio 2025"].merge_cells("D3:F3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "project"
    rags = {c["header"].rsplit(" ", 1)[-1]: c["field"] for c in table["columns"]}
    assert (rags["Totaal"], rags["Tijd"], rags["Geld"]) == (
        "rag_overall", "rag_schedule", "rag_cost")
    record = table["records"][0]["values"]
    assert (record["rag_overall"], record["rag_schedule"], record["rag_cost"]) == (
        "green", "amber", "red")
    assert best_field("RAG Zeit", "project") == "rag_schedule"
    assert best_field("Status Date", "project") == "status_date"


def test_a_japanese_stakeholder_register(store, tmp_path):
    head = ["No.", "氏名", "所属組織", "役職", "影響力", "関心度", "現在の関与度", "目標関与度",
            "担当者"]
    rows = [[1, "佐藤 健一", "港北市", "市長", "高", "中", "中立", "支援", "田中 美咲"],
            [2, "鈴木 由美子", "保健所", "所長", "高", "高", "主導", "主導", "田中 美咲"],
            [3, "高橋 誠", "医師会", "会長", "中", "低", "不認識", "中立", "田中 美咲"],
            [4, "伊藤 愛", "PTA", "会長", "低", "高", "抵抗", "支援", "田中 美咲"]]
    path = _book(tmp_path / "stakeholders.xlsx", {"ステークホルダー登録簿": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    got = {r["row"]: r["values"] for r in table["records"]}
    assert (got[2]["power"], got[2]["interest"]) == (5, 3)  # high, medium (three points)
    assert got[4]["current_engagement"] == "unaware"
    assert got[5]["current_engagement"] == "resistant"
    assert got[3]["desired_engagement"] == "leading"


def test_a_non_conformance_register_is_an_issue_log(store, tmp_path):
    """An NCR register: each row a non-conformance (an issue) with its corrective
    action; its number is "NCR-nr.", not the week's number beside it."""
    head = ["NCR-nr.", "Datum melding", "Omschrijving afwijking", "Gemeld door",
            "Ernst", "Corrigerende maatregel", "Streefdatum", "Status", "Weeknr"]
    rows = [[f"NCR-0{i}", f"0{i}-05-2025", f"Betondekking te gering, pijler {i}",
             "Jansen, Piet", "Hoog", "Herstelmortel aanbrengen", f"1{i}-05-2025", "Open",
             18 + i] for i in range(1, 6)]
    path = _book(tmp_path / "ncr.xlsx", {"NCR's": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert fields["NCR-nr."] == "ref" and fields["Weeknr"] is None
    assert fields["Ernst"] == "severity"


def test_words_of_change_control_and_research_registers():
    assert best_field("CC-Nr.", "change_request") == "ref"  # GxP change control (German)
    assert best_field("Eröffnet am", "change_request") == "date_raised"
    assert best_field("Freigabedatum", "change_request") == "decision_date"
    assert best_field("Geschätzte Kosten (€)", "change_request") == "impact_cost"
    assert best_field("N° CAPA", "action") == "ref"
    assert best_field("Description de l'écart", "action") == "description"
    assert best_field("Herstelkosten (€)", "issue") == "impact_cost"
    assert best_field("Pesquisador", "allocation") == "resource_id"
    assert best_field("Researcher", "resource") == "name"


def test_a_long_lead_procurement_tracker_reads_as_dependencies(store, tmp_path):
    """Items the project waits on: required on site (when it is needed), forecast
    delivery (when the supplier commits to), an expediting status in the trade's words
    ("In Manufacture", "Delivered") beside a RAG column, an expeditor who chases it."""
    head = ["Item No.", "Description", "Supplier", "Required On Site (ROS)",
            "Forecast Delivery", "Expediting Status", "RAG", "Expeditor"]
    states = ["In Manufacture", "Delivered", "PO Placed", "In Transit", "Awaiting PO"]
    rows = [[f"LLI-0{i}", f"Transformer {i}", "Siemens", datetime(2025, 12, i),
             datetime(2026, 1, i), states[i - 1], "Amber", "Naidoo, Thabo"]
            for i in range(1, 6)]
    path = _book(tmp_path / "lli.xlsx", {"LLI Tracker": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "dependency"
    fields = fields_of(table)
    assert fields["Required On Site (ROS)"] == "need_by_date"
    assert fields["Forecast Delivery"] == "committed_date"
    assert fields["Expediting Status"] == "status" and fields["Expeditor"] == "owner"
    got = {r["row"]: r["values"] for r in table["records"]}
    assert [got[r]["status"] for r in range(2, 7)] == [
        "on_track", "delivered", "on_track", "on_track", "at_risk"]


def test_words_of_variation_registers_and_polish_lessons():
    assert best_field("Importo concordato (€)", "change_request") == "impact_cost"
    assert best_field("Giorni concessi", "change_request") == "impact_schedule_days"
    assert best_field("Zgłaszający", "lesson") == "logged_by"
    # (a lesson's "Rodzaj", its kind: a category, or beside one, went well or not)
    assert "effect_type" in dict(header_matches("Rodzaj", "lesson"))
