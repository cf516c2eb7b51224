"""Layouts from an eleventh round of trackers the importer had never seen: a global IT
services PMO (ServiceNow, SAFe PI planning, weekly status workbooks) and the capital
projects of energy and infrastructure owners in Latin America, Africa, Eastern Europe and
the Nordics (Czech MS Project, a Russian permit register in Windows-1251, a Ukrainian
issue log, a Swahili stakeholder register with English in brackets).

Each test is a rule, not a file."""

from __future__ import annotations

import csv

from pmo_desktop.domain.enums import CR_STATUSES
from pmo_desktop.importing.choices import enum_parser
from pmo_desktop.importing.values import parse_date

from .conftest import best_field, dry_run_tables, fields_of, write_book as _book

PROJECT = "ELV"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _only(tables, entity):
    [table] = [t for t in tables if t["entity"] == entity]
    return table


def test_a_servicenow_change_export_is_a_change_log_its_risk_level_no_title(store,
                                                                           tmp_path):
    """ServiceNow's own column names: "number", "short_description" (the title), "state"
    in ITIL's words (Assess, Authorize), "approval", and a "risk" column of levels
    (Moderate, High) that names nothing — it had been read as the title of a risk log."""
    path = tmp_path / "change_request_export.csv"
    states = ["New", "Assess", "Authorize", "Scheduled", "Closed", "Canceled"]
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["number", "short_description", "type", "state", "risk", "impact",
                    "priority", "category", "requested_by", "assigned_to", "start_date",
                    "end_date", "approval", "cab_date", "sys_created_on"])
        for i, state in enumerate(states):
            w.writerow([f"CHG00318{40 + i}", f"Deploy payments-api v4.{i} to PROD",
                        "Normal", state, ["Moderate", "High", "Low"][i % 3], "3 - Low",
                        "4 - Low", "Software", "Sean Murphy", "Priya Iyer",
                        "2025-05-14 18:00:00", "2025-05-14 20:00:00",
                        ["Approved", "Requested", "Not Yet Requested"][i % 3],
                        "2025-05-13", f"2025-05-0{i + 1} 13:28:00"])
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert (fields["number"], fields["short_description"], fields["approval"]) == (
        "ref", "title", "decision")
    assert fields["risk"] != "title"
    state = enum_parser(CR_STATUSES, "status", "change_request")
    assert (state("Assess"), state("Authorize")) == ("under_assessment", "awaiting_decision")


def test_a_servicenow_project_list_names_its_projects_by_number_and_short_description(
        store, tmp_path):
    """A ServiceNow SPM export: "Number" (PRJ0010234) is the code, "Short description"
    the name (not the description), "Pending" a state not yet started."""
    path = _book(tmp_path / "portfolio.xlsx", {"Portfolio": [
        ["Project list – exported from ServiceNow"],
        ["Number", "Short description", "Project manager", "State", "Planned start date",
         "Budget (USD)", "sys_id"],
        *[[f"PRJ00102{30 + i}", f"Customer portal re-platform {i}", "Sharma, Rohit",
           ["Pending", "Work in progress"][i % 2], f"2025-0{i + 1}-03", 100000 * (i + 1),
           f"{i}f3a9c0e5b7d14e2a8c6b0d9e1f2a3b4"] for i in range(5)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Number"], fields["Short description"]) == ("code", "name")
    first = table["records"][0]["values"]
    assert (first["code"], first["state"]) == ("PRJ0010230", "proposed")


def test_records_named_in_their_own_noun_take_its_id_and_name(store, tmp_path):
    """"Objective ID" beside "PI Objective" (SAFe), "Feature Key" beside "Feature": no
    vocabulary holds the noun, but the ID and the column it ends name the records."""
    path = _book(tmp_path / "pi.xlsx", {"PI Objectives": [
        ["Objective ID", "PI Objective", "Objective Owner", "Target Date", "Status",
         "Notes"],
        *[[f"OBJ-44{i:02d}", f"Enable instant refunds, wave {i}", "Evans, Rhys",
           f"2025-0{i + 6}-05", ["In Progress", "Missed", "At Risk"][i % 3], ""]
          for i in range(1, 4)]]})
    [table] = _tables(store, path)
    fields = fields_of(table)
    naming = {"milestone": "name", "task": "name"}.get(table["entity"], "title")
    assert (fields["Objective ID"], fields["PI Objective"]) == ("ref", naming)


def test_a_dimension_s_word_over_g_a_r_is_that_dimension_s_rag(store, tmp_path):
    """A status summary's "Budget" column of R/G/A is the cost's RAG (it had been left out:
    its values are no budget), and "Headline this week" is the summary."""
    path = _book(tmp_path / "weekly.xlsx", {"Summary": [
        ["Weekly Project Status"], [],
        ["Project", "Project Manager", "Overall", "Schedule", "Budget", "Scope",
         "% Compl.", "Headline this week"],
        *[[f"Atlas {i}", "Byrne, Aoife", "G", "A", ["R", "G", "A"][i % 3], "G", 0.3,
           "Steady progress, no escalations"] for i in range(4)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Budget"], fields["Headline this week"]) == ("rag_cost", "summary")
    assert table["records"][0]["values"]["rag_cost"] == "red"
    assert best_field("Progress this period", "project") == "summary"


def test_a_raid_log_of_several_types_keeps_the_risks_own_columns(store, tmp_path):
    """One RAID sheet of five types whose columns read best as another kind's (its note
    names the dependencies kept elsewhere): the columns only the risks fill ("Probability
    (1-5)") are read as the risks read them, not left out because the log as a whole
    reads as a dependency log, which has no probability."""
    import openpyxl

    types = ["Issue", "Assumption", "Action", "Risk", "Decision", "Action", "Issue", "Risk",
             "Action", "Assumption", "Issue", "Decision"]
    path = _book(tmp_path / "raid.xlsx", {"RAID Log": [
        ["Payments Platform – RAID Log (Risks, Assumptions, Issues, Actions, Decisions)"],
        ["Dates dd/mm/yyyy. Dependencies are tracked on the 'Dependencies' tab."], [],
        ["Identification", None, None, None, None, "Assessment", None, None,
         "Ownership & Response", None, None, "Tracking"],
        ["ID", "Type", "Title", "Description", "Date Raised", "Probability (1-5)",
         "Impact (1-5)", "RAG", "Raised By", "Owner", "Mitigation / Response / Action",
         "Due Date", "Status", "Date Closed", "Comments"],
        *[[f"{t[0]}-{i:03d}", t, f"{t} number {i}", "Volumes 4x normal; perf env",
           f"{i + 1:02d}/01/2025", 3 if t == "Risk" else None, 4 if t in "RiskIssue" else None,
           "Amber", "Evans, Rhys", "Walsh, Declan", "Weekly check-in with vendor",
           f"{i + 1:02d}/03/2025", "Open", None, "Linked to DEP-07"]
          for i, t in enumerate(types)]]})
    book = openpyxl.load_workbook(path)
    for cells in ("A4:E4", "F4:H4", "I4:K4", "L4:O4"):  # the group labels, merged
        book["RAID Log"].merge_cells(cells)
    book.save(path)
    risks = _only(_tables(store, path), "risk")
    assert fields_of(risks)["Assessment Probability (1-5)"] == "probability"
    assert {r["values"]["probability"] for r in risks["records"]} == {3}


def test_a_header_in_an_unknown_language_is_read_by_its_translation_in_brackets(
        store, tmp_path):
    """A Kenyan stakeholder register in Swahili, each header with its English below it
    ("Jina la Mdau (Stakeholder Name)"); the brackets of a known header still qualify
    it (a scale, a unit) and never replace it."""
    path = _book(tmp_path / "wadau.xlsx", {"Rejista ya Wadau": [
        ["Na.", "Jina la Mdau\n(Stakeholder Name)", "Shirika\n(Organisation)",
         "Nguvu\n(Power)", "Maslahi\n(Interest)", "Mhusika\n(Relationship Owner)"],
        *[[i, f"Kiprono, Daniel {i}", "Nakuru County Government", "H", "M",
           "Mwangi, Peter"] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    fields = fields_of(table)
    assert [fields[h] for h in fields if h != "Na."] == [
        "name", "organisation", "power", "interest", "relationship_owner"]
    assert best_field("Status (RAG) Tijd", "project") == "rag_schedule"


def test_a_russian_csv_in_windows_1251_is_read_as_cyrillic(store, tmp_path):
    """A permit register exported from a Russian Excel (semicolons, Windows-1251): it had
    been read as Windows-1252 ("Ðàçðåøåíèå"), no header known."""
    path = tmp_path / "reestr_razreshenij.csv"
    rows = [["№", "Код", "Разрешение / согласование", "Орган (выдающий)", "Ответственный",
             "Требуется к", "Статус", "Госпошлина и затраты, руб."]]
    rows += [[i, f"РЗ-0{i}", f"Заключение экспертизы {i}", "Росприроднадзор",
              "Смирнов А.В.", f"2{i}.02.2025", ["Получено", "На рассмотрении"][i % 2],
              "3 850 000,00"] for i in range(1, 6)]
    path.write_bytes("\r\n".join(";".join(map(str, r)) for r in rows).encode("cp1251"))
    [table] = _tables(store, path)
    assert table["entity"] == "dependency"
    fields = fields_of(table)
    assert (fields["Разрешение / согласование"], fields["Орган (выдающий)"],
            fields["Требуется к"]) == ("title", "counterparty", "need_by_date")
    assert table["records"][0]["values"]["impact_cost"] == 3850000.0
    assert table["records"][1]["values"]["status"] == "delivered"  # "Получено"


def test_a_czech_ms_project_export_is_a_plan(store, tmp_path):
    """Microsoft Project's Czech columns (Název, Doba trvání, Zahájení, Dokončení,
    Předchůdci, Směrný začátek), its dates after a Czech weekday ("po 02.09.24") and its
    finish-to-start links written DZ ("3DZ+5 dny")."""
    days = ["po 02.09.24", "út 03.09.24", "st 04.09.24", "čt 05.09.24", "pá 06.09.24"]
    path = _book(tmp_path / "harmonogram.xlsx", {"Tabulka_úkolů": [
        ["Id", "Název", "Doba trvání", "Zahájení", "Dokončení", "Předchůdci",
         "Úroveň osnovy", "% dokončení", "Směrný začátek", "Milník"],
        *[[i, f"Činnost {i}", f"{i} dny", days[i - 1], days[i - 1],
           f"{i - 1}DZ+5 dny" if i > 1 else "", 1, "50%", days[i - 1], "Ne"]
          for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert [fields[h] for h in ("Název", "Zahájení", "Dokončení", "Předchůdci",
                                "Směrný začátek", "Milník")] == [
        "name", "start_forecast", "finish_forecast", "predecessors", "start_baseline",
        "is_milestone"]
    third = table["records"][2]["values"]
    assert third["start_forecast"] == "2024-09-04"
    assert parse_date("čt 05.12.24").isoformat() == "2024-12-05"


def test_a_ukrainian_issue_log_reads_its_name_priority_and_raiser(store, tmp_path):
    """"Назва проблеми" (the problem's name: "name" comes first, as in Polish and Czech),
    priority levels in Ukrainian (Критичний, Високий), "Ініціатор" who raised it and
    "Рішення" the issue's resolution, not its title."""
    path = _book(tmp_path / "zhurnal.xlsx", {"Журнал проблем": [
        ["Код", "Дата виявлення", "Назва проблеми", "Опис", "Пріоритет", "Ініціатор",
         "Відповідальний", "Статус", "Дата закриття", "Рішення"],
        *[[f"ПР-00{i}", f"1{i}.01.2025", f"Затримка постачання {i}",
           "Автотрансформатор затримується через митне оформлення.",
           ["Критичний", "Високий", "Середній", "Низький"][i % 4], "Коваленко О.В.",
           "Мельник Т.С.", "Відкрито", None, "Виконано підсилення фундаменту."]
          for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    fields = fields_of(table)
    assert [fields[h] for h in ("Назва проблеми", "Пріоритет", "Ініціатор",
                                "Дата закриття", "Рішення")] == [
        "title", "priority", "raised_by", "closed_date", "resolution"]
    assert [r["values"]["priority"] for r in table["records"][:4]] == [
        "high", "medium", "low", "critical"]


def test_a_capital_portfolio_s_current_gate_is_its_stage(store, tmp_path):
    """A Spanish capital portfolio's "Compuerta actual" (its current gate) of "G2 –
    Factibilidad" … "G3 – Decisión de inversión (FID)", a state "En evaluación"."""
    path = _book(tmp_path / "cartera.xlsx", {"Cartera": [
        ["Cód. Proyecto", "Nombre del Proyecto", "Compuerta actual", "Estado"],
        *[[f"GEN-00{i}", f"Central térmica {i}", g, s] for i, (g, s) in enumerate([
            ("G1 – Prefactibilidad", "En evaluación"), ("G2 – Factibilidad", "En ejecución"),
            ("G3 – Decisión de inversión (FID)", "En evaluación"),
            ("G4 – Ejecución", "En ejecución")], 1)]]})
    [table] = _tables(store, path, create=True)
    assert fields_of(table)["Compuerta actual"] == "stage"
    values = [(r["values"]["stage"], r["values"]["state"]) for r in table["records"]]
    assert values == [("initiation", "proposed"), ("planning", "active"),
                      ("planning", "proposed"), ("delivery", "active")]


def test_a_number_sign_alone_and_a_portuguese_variation_register(store, tmp_path):
    """A Portuguese variation register's "N.º" (a number sign and nothing after it),
    "Designação" (its title) and "Valor proposto (€)" (its cost)."""
    path = _book(tmp_path / "registo.xlsx", {"Registo de Alterações": [
        ["N.º", "Data de entrada", "Designação", "Requerente", "Valor proposto (€)",
         "Estado"],
        *[[f"AL-0{i}", f"0{i}/03/2025", f"Reforço da fundação {i}", "Empreiteiro",
           -186300 + i, "Aprovado"] for i in range(1, 5)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert (fields["N.º"], fields["Designação"], fields["Valor proposto (€)"]) == (
        "ref", "title", "impact_cost")
