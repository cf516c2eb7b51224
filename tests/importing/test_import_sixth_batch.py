"""Layouts from a sixth round of trackers the importer had never seen (a Canadian WBS cost
report, an Australian risk register scored before and after its response, a Dutch
Microsoft Planner export, an Australian dependency register, a German decision log, a
New Zealand product roadmap under a group header, a Spanish Smartsheet plan with its
Gantt, and the drop-down lists sheet beside an Italian register).

Each test is a rule, not a file: a sheet of drop-down lists holds no records; a count of
days is no date; a unit beside a header's name is not part of it; a cost report by WBS
is a budget of its lines; a negated status never reads as the status it negates; a
column's own label under a group's that says nothing is read alone, as a guess."""

from __future__ import annotations

from datetime import datetime, timedelta

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from pmo_desktop.domain.enums import DEPENDENCY_STATUSES, PROJECT_STAGES
from pmo_desktop.importing import values as V
from pmo_desktop.importing.choices import enum_parser
from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.vocab import measure_in

from .conftest import dry_run_tables, fields_of, write_book as _book

PROJECT = "SIX"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _one(tables, sheet):
    found = [t for t in tables if t["sheet"] == sheet]
    assert len(found) == 1, [(t["sheet"], t["entity"]) for t in tables]
    return found[0]


def _records(table):
    return {r["row"]: r["values"] for r in table["records"]}


# -- a sheet of drop-down lists ------------------------------------------------------------

def test_a_sheet_of_drop_down_lists_beside_a_register_holds_no_records(store, tmp_path):
    """"Values": Probabilità | Impatto | Azione | Stato, each column a list of choices of
    its own length: the register's pick-lists, not four actions."""
    path = _book(tmp_path / "registro.xlsx", {
        "Risk register": [
            ["ID", "Descrizione", "Probabilità", "Impatto", "Responsabile", "Stato"],
            *[[f"R{i}", f"Rischio {i}", "Alto", "Medio", "Claudia Negrato", "Aperto"]
              for i in range(1, 5)]],
        "Values": [
            ["Probabilità", "Impatto", "Livello di rischio", "Azione", "Stato", "RBS"],
            ["Alto", "Alto", "Alto", "Mitigazione", "Aperto", "Fattori tecnici"],
            ["Medio", "Medio", "Medio", "Trasferimento", "In risoluzione", "Fattori esterni"],
            ["Basso", "Basso", "Basso", "Accettazione", "Chiuso", "Fattori organizzativi"],
            [None, None, None, "Evitare", None, "Project Management"]]})
    tables = _tables(store, path)
    assert _one(tables, "Risk register")["entity"] == "risk"
    values = _one(tables, "Values")
    assert values["entity"] is None and not values["records"]


def test_a_few_actions_on_a_sheet_named_for_them_are_still_actions(store, tmp_path):
    """Four actions, every value different and the last notes left empty: the sheet's
    name says they are records, however like a list of choices they look."""
    path = _book(tmp_path / "actions.xlsx", {"Actions": [
        ["Action", "Owner", "Status", "Notes"],
        ["Book the venue", "Ann Lee", "Open", "Two quotes in"],
        ["Send the agenda", "Bo Chen", "Closed", "Sent"],
        ["Confirm caterer", "Cy Diaz", "In progress", None],
        ["Print badges", "Di Eze", "On hold", None]]})
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    assert len(table["records"]) == 4


# -- numbers that are no dates ---------------------------------------------------------------

def test_a_small_number_is_no_date():
    """An Excel serial before 1910 is a count or a rank, not 31 December 1899."""
    with pytest.raises(V.ValueProblem):
        V.parse_date(1)
    with pytest.raises(V.ValueProblem):
        V.parse_date(30)
    assert V.parse_date(45658).isoformat() == "2025-01-01"


def test_a_header_counting_days_in_its_brackets_is_a_duration_not_a_date():
    """"Prazo estimado (em dias úteis)": a time limit counted in working days."""
    assert header_matches("Prazo estimado (em dias úteis)", "task")[0][0] == "duration_days"
    assert not header_matches("Prazo estimado (em dias úteis)", "action")
    assert not any(f == "due_date" for f, _c in header_matches("Deadline (days)", "action"))
    assert header_matches("Due date (dd/mm)", "action")[0][0] == "due_date"


# -- units and alternatives in headers ---------------------------------------------------------

def test_a_unit_beside_a_header_is_not_part_of_its_name():
    assert header_matches("Probability %", "risk")[0] == ("probability", 0.9)
    assert header_matches("Pre Prob. %", "risk")[0][0] == "probability"
    assert header_matches("Post Prob. %", "risk")[0][0] == "residual_probability"
    assert header_matches("Budget EUR", "project")[0][0] == "bac"
    assert header_matches("% Complete", "project")[0] == ("pct_complete", 1.0)


def test_a_header_offering_three_names_reads_as_its_register_means_them(store, tmp_path):
    """"Cause / Event / Effect" over long sentences: the risk's description."""
    path = _book(tmp_path / "qra.xlsx", {"Risk Register": [
        ["Risk ID", "Risk Title", "Cause / Event / Effect", "Risk Owner", "Pre Prob. %",
         "Post Prob. %", "Status"],
        *[[f"R-00{i}", f"Risk {i}", f"Cyclone {i} halts earthworks; standby costs and a "
           "delay to the possession", "Walsh, Bridget", 0.4, 0.2, "Open"]
          for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    fields = fields_of(table)
    assert fields["Cause / Event / Effect"] == "description"
    assert fields["Pre Prob. %"] == "probability"
    assert fields["Post Prob. %"] == "residual_probability"


def test_brackets_say_which_of_a_projects_dates_a_header_is():
    assert header_matches("Go-Live (Forecast)", "project")[0][0] == "finish_forecast"
    assert header_matches("Go-Live (Actual)", "project")[0][0] == "finish_actual"
    assert header_matches("Go-Live (Baseline)", "project")[0][0] == "finish_baseline"
    assert header_matches("Target Launch", "project")[0][0] == "finish_baseline"
    assert header_matches("Launch (forecast)", "project")[0][0] == "finish_forecast"


# -- cost reports ----------------------------------------------------------------------------

def test_the_estimate_at_completion_is_a_forecast_whatever_else_its_header_says():
    assert measure_in(["Coût final prévu (EAC)"]) == "forecast"
    assert measure_in(["Dépensé à date"]) == "actual"
    assert measure_in(["Budget révisé"]) == "planned"


def test_a_cost_report_by_wbs_is_a_budget_of_its_lines(store, tmp_path):
    """Code WBS | Libellé | Responsable | Budget initial | Budget révisé | Dépensé | EAC:
    the lines numbered under a heading line ("2" over "2.1" … "2.3") add up to it, so
    the report is a breakdown of the budget; its lines' budget is the revised one, and
    they are named by their label, not by the person responsible."""
    head = ["Code WBS", "Libellé du lot de travail", "Responsable", "Budget initial",
            "Budget révisé", "Dépensé à date", "Coût final prévu (EAC)"]
    rows = [["1", "GESTION DE PROJET", None, 1170, 1200, 700, 1250],
            ["1.1", "   Direction de projet", "Tremblay, Marie", 300, 300, 245, 317],
            ["1.2", "   Contrôle des coûts", "Gagnon, Luc", 870, 900, 455, 933],
            ["2", "CONCEPTION", None, 4000, 4100, 2000, 4300],
            ["2.1", "   Architecture", "Côté, Olivier", 2000, 2050, 1400, 2100],
            ["2.2", "   Ingénierie structure", "Bouchard, Nathalie", 1000, 1050, 300, 1100],
            ["2.3", "   Plans et devis", "Côté, Olivier", 1000, 1000, 300, 1100]]
    path = _book(tmp_path / "wbs.xlsx", {"Ventilation WBS": [
        ["Structure de découpage du projet — coûts"], ["Montants en dollars canadiens"], [],
        head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    fields = fields_of(table)
    assert fields["Budget révisé"] == "budget"
    assert fields["Libellé du lot de travail"] == "category"
    assert fields["Responsable"] is None
    skipped = {s["row"] for s in table["skipped"]}
    assert {5, 8} <= skipped  # the heading lines, sums of the lines under them
    notes = " ".join(table["warnings"])
    assert "the lines' budget is read from E 'Budget révisé' alone" in notes


# -- statuses ----------------------------------------------------------------------------------

def test_a_negated_status_never_reads_as_the_status_it_negates():
    parse = enum_parser(DEPENDENCY_STATUSES, "status", "dependency")
    with pytest.raises(V.ValueProblem):
        parse("Not delivered")
    assert parse("Delivered") == "delivered"
    assert parse("Not Agreed") == "at_risk"  # a dependency no one has agreed to meet
    assert parse("Agreed") == "on_track"


def test_status_words_of_milestones_risks_decisions_and_product_stages():
    milestone = enum_parser(("not_due", "forecast_late", "missed", "complete_on_time",
                             "complete_late"), "status", "milestone")
    assert milestone("Late") == "forecast_late"
    assert milestone("遅延") == "forecast_late"
    risk = enum_parser(("draft", "open", "monitoring", "materialised", "closed"), "status",
                       "risk")
    assert risk("Mitigado") == "closed" and risk("Mitigated") == "closed"
    assert risk("Mitigating") == "open"
    decision = enum_parser(("proposed", "pending", "approved", "rejected", "deferred",
                            "superseded"), "status", "decision")
    assert decision("Aufgehoben") == "superseded"
    assert decision("Em análise") == "pending"
    task = enum_parser(("not_started", "in_progress", "on_hold", "complete", "cancelled"),
                       "status", "task")
    assert task("En attente") == "on_hold" and task("Waiting") == "on_hold"
    assert task("Pending") == "not_started"
    stage = enum_parser(PROJECT_STAGES, "stage", "project")
    assert [stage(w) for w in ("Discovery", "Alpha", "Beta")] == [
        "initiation", "planning", "delivery"]


# -- plans -------------------------------------------------------------------------------------

def test_a_dutch_planner_export_is_a_plan_of_tasks(store, tmp_path):
    """Microsoft Planner's export in Dutch: Taaknaam, Voortgang (its status words),
    Begindatum, Vervaldatum, Voltooid op — tasks, not issues."""
    head = ["Taak-id", "Taaknaam", "Bucketnaam", "Voortgang", "Prioriteit",
            "Toegewezen aan", "Gemaakt op", "Begindatum", "Vervaldatum", "Voltooid op",
            "Beschrijving"]
    states = ["Voltooid", "Wordt uitgevoerd", "Niet gestart"]
    rows = [[f"x{i:08d}", f"Taak {i}", "Voorbereiding", states[i % 3], "Gemiddeld",
             "Meijer, Bram", f"{i}-12-2024", f"{i + 1}-1-2025", f"{i + 10}-2-2025",
             f"{i + 9}-2-2025" if i % 3 == 0 else None, None] for i in range(1, 10)]
    path = _book(tmp_path / "planner.xlsx", {"Migratie LMS": [
        ["Plannaam", "Migratie LMS"], ["Exportdatum", "6-12-2025"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert fields["Voortgang"] == "status"
    assert fields["Vervaldatum"] == "finish_forecast"
    assert fields["Voltooid op"] == "finish_actual"
    assert fields["Gemaakt op"] is None
    got = _records(table)
    assert got[5]["status"] == "in_progress" and got[7]["status"] == "complete"
    assert got[5]["finish_forecast"] == "2025-02-11"


def test_a_gantt_beside_a_plans_own_finish_column_leaves_it_its_dates(store, tmp_path):
    """A Smartsheet plan in Spanish with week columns coloured as bars: its own
    "Fecha de finalización" gives the finish, not the bars."""
    weeks = [datetime(2025, 1, 6) + timedelta(weeks=k) for k in range(8)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Nombre de la tarea", "Estado", "Fecha de inicio", "Fecha de finalización",
               "Duración", *weeks])
    fill = PatternFill("solid", fgColor="FF4F81BD")
    for i in range(6):
        start = weeks[i]
        ws.append([f"Tarea {i + 1}", "En curso", start, start + timedelta(days=2), "3d"])
        ws.cell(row=ws.max_row, column=6 + i).fill = fill
        ws.cell(row=ws.max_row, column=7 + i).fill = fill  # bars a week longer
    path = tmp_path / "smartsheet.xlsx"
    wb.save(path)
    tables = _tables(store, path)
    table = next(t for t in tables if t["entity"] == "task")
    assert fields_of(table)["Fecha de finalización"] == "finish_forecast", \
        [(t["entity"], fields_of(t)) for t in tables]
    assert _records(table)[2]["finish_forecast"] == "2025-01-08"


# -- group headers -----------------------------------------------------------------------------

def test_a_columns_own_label_under_a_group_that_says_nothing_is_read_alone(store, tmp_path):
    """"Initiative details" merged over Initiative | Stage | …: "Initiative details
    Stage" names nothing; "Stage" alone does, as a guess."""
    path = tmp_path / "roadmap.xlsx"
    _book(path, {"Roadmap FY26": [
        ["Product roadmap FY26"], [],
        ["Initiative details", None, None, None, None],
        ["Initiative", "Product Owner", "Stage", "RAG", "Budget (NZD)"],
        *[[f"Initiative {i}", "Walker, Aroha", ["Discovery", "Alpha", "Beta"][i % 3],
           "Green", 100000 * i] for i in range(1, 7)]]})
    book = openpyxl.load_workbook(path)
    book["Roadmap FY26"].merge_cells("A3:E3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "project"
    column = next(c for c in table["columns"] if c["header"].endswith("Stage"))
    assert column["header"] == "Initiative details Stage", column
    assert column["field"] == "stage"


def test_a_groups_own_words_keep_a_project_label_under_it_a_weak_guess(store, tmp_path):
    """"Projekt dostarczający" (the providing project) over "Projekt | Właściciel": the
    column names the other party's project, so it stays a weak reading and its unknown
    names do not reject the dependencies."""
    path = tmp_path / "zaleznosci.xlsx"
    _book(path, {"Zależności": [
        ["Rejestr zależności"], [],
        [None, None, "Projekt dostarczający", None, None, None],
        ["ID", "Opis zależności", "Projekt", "Właściciel", "Wymagana data", "Status"],
        *[[f"ZAL-00{i}", f"Udostępnienie API {i}", "CRM 2.0", "Kowalski, Piotr",
           datetime(2025, 6, i), "Otwarte"] for i in range(1, 6)]]})
    book = openpyxl.load_workbook(path)
    book["Zależności"].merge_cells("C3:D3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "dependency"
    assert len(table["records"]) == 5
    assert all(r["values"]["project"] == PROJECT for r in table["records"])


def test_a_persons_subtotal_named_surname_first_is_no_record(store, tmp_path):
    """Hours a week per person and project, each person's rows followed by "Sharma, Priya
    Total": the subtotals are skipped, not read as a third allocation."""
    weeks = [datetime(2025, 1, 6) + timedelta(weeks=k) for k in range(6)]
    rows = []
    for person, role in (("Sharma, Priya", "Delivery Manager"), ("Iyer, Karthik", "Tech Lead")):
        rows += [[person, role, "Pune", 20, 20, 20, 20, 20, 20],
                 [person, role, "Pune", 10, 10, 10, 10, 10, 10],
                 [f"{person} Total", None, None, 30, 30, 30, 30, 30, 30]]
    path = _book(tmp_path / "weekly.xlsx", {"Weekly Allocation": [
        ["Resource", "Role", "Location", *weeks], *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    skipped = {s["row"]: s["reason"] for s in table["skipped"]}
    assert skipped[4].startswith("subtotal row") and skipped[7].startswith("subtotal row")
    assert {r["row"] for r in table["records"]} <= {2, 3, 5, 6}
