"""Layouts from a third batch of trackers the importer had never seen (a bilingual
government RAID log, a plant turnaround's risk matrix, a Primavera export, a Swedish
resource plan written in ISO weeks, ...).

Each test is a rule: a header written on two lines is read line by line when its whole
names nothing; a decision log whose only text is the decision made; a four-letter word is
not read as a near spelling of another."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmo_desktop.importing.headers import header_matches

from .conftest import dry_run_tables, write_book as _book

PROJECT = "TRD"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _merge(path, *ranges):
    """Merge cells of the first sheet of the workbook at ``path`` ("A3:D3", …)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for cells in ranges:
        book.active.merge_cells(cells)
    book.save(path)


def _fields(table):
    return {c["header"]: c["field"] for c in table["columns"]}


def test_a_bilingual_header_on_two_lines_is_read_line_by_line(store, tmp_path):
    head = ["Risk ID\nID du risque", "Date identified\nDate de détermination",
            "Risk statement\nÉnoncé du risque", "Likelihood\nProbabilité",
            "Impact\nRépercussion", "Risk owner\nResponsable du risque", "Status\nÉtat"]
    rows = [[f"R-{i:03}", datetime(2025, 10, i), f"If the vendor slips, release {i} moves.",
             "3 – Possible / Possible", "4 – Major / Majeur", "Tremblay, Marie-Ève",
             "Open / Ouvert"] for i in range(1, 9)]
    path = _book(tmp_path / "raid.xlsx", {"Risks-Risques": [
        ["RAID LOG — RISKS / REGISTRE RAID — RISQUES"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    fields = _fields(table)
    assert fields["Risk ID ID du risque"] == "ref"
    assert fields["Date identified Date de détermination"] == "date_raised"
    assert fields["Likelihood Probabilité"] == "probability"
    assert fields["Risk owner Responsable du risque"] == "owner"
    assert fields["Status État"] == "status"
    assert table["records"][0]["values"]["probability"] == 3


def test_a_header_wrapped_over_lines_keeps_its_whole_meaning(store, tmp_path):
    # "Actual\nStart" is one name written on two lines: its whole is sure, so its
    # lines ("Start") are not read apart
    head = ["Task", "Planned\nStart", "Actual\nStart", "Planned\nFinish"]
    rows = [[f"Task {i}", datetime(2026, 1, i), datetime(2026, 1, i + 1),
             datetime(2026, 2, i)] for i in range(1, 9)]
    path = _book(tmp_path / "plan.xlsx", {"Plan": [head, *rows]})
    table = next(t for t in _tables(store, path) if t["entity"] == "task")
    fields = _fields(table)
    assert fields["Actual Start"] == "start_actual"
    assert fields["Planned Start"] != "start_actual"


def test_a_decision_log_whose_text_is_the_decision_made(store, tmp_path):
    head = ["Decision ID", "Decision date", "Decision made", "Options considered",
            "Rationale", "Decided by"]
    rows = [[f"D-{i:03}", datetime(2025, 8, i), f"Adopt option {i}.", "A; B",
             "Cheaper.", "Project Board"] for i in range(1, 8)]
    path = _book(tmp_path / "dec.xlsx", {"Decisions": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    assert _fields(table)["Decision made"] == "title"
    assert table["records"][0]["values"]["title"] == "Adopt option 1."


@pytest.mark.parametrize("header", ["Cote", "Note"])
def test_a_short_word_is_not_a_misspelling_of_another(header):
    assert not [f for f, _c in header_matches(header, "risk") if f == "impact_cost"]


def test_field_codes_over_the_names_people_read(store, tmp_path):
    # a Primavera P6 export: the database's field codes on row 1, the column names on 2
    codes = ["task_code", "status_code", "task_name", "target_drtn_hr_cnt",
             "target_start_date", "target_end_date", "start_date", "end_date",
             "act_start_date", "complete_pct"]
    names = ["Activity ID", "Activity Status", "Activity Name", "Original Duration(h)",
             "Planned Start", "Planned Finish", "Start", "Finish", "Actual Start",
             "Activity % Complete"]
    rows = [[f"U200-{i:04}", "Completed", f"Activity {i}", 12, datetime(2026, 3, i),
             datetime(2026, 3, i + 1), datetime(2026, 3, i), datetime(2026, 3, i + 2),
             datetime(2026, 3, i), 100] for i in range(1, 12)]
    path = _book(tmp_path / "p6.xlsx", {"TASK": [codes, names, *rows]})
    table = next(t for t in _tables(store, path) if t["entity"] == "task")
    assert table["header_row"] == 2
    assert table["rows"] == 11
    fields = _fields(table)
    assert fields["Activity ID"] == "ref"
    assert fields["Planned Start"] == "start_baseline"
    assert fields["Planned Finish"] == "finish_baseline"
    assert fields["Start"] == "start_forecast"
    assert fields["Actual Start"] == "start_actual"
    first = table["records"][0]["values"]
    assert first["ref"] == "U200-0001"
    assert first["duration_days"] == 1.5  # 12 hours, written in a column of hours


def test_a_header_in_lower_case_is_no_field_code_row_over_data(store, tmp_path):
    # a database export whose only header is its codes: the codes are the header
    codes = ["risk_id", "risk_title", "owner_name", "status"]
    rows = [[f"R{i}", f"Supplier {i} slips", "Ana Silva", "open"] for i in range(1, 8)]
    path = _book(tmp_path / "db.xlsx", {"Risks": [codes, *rows]})
    [table] = _tables(store, path)
    assert table["header_row"] == 1 and table["rows"] == 7


def test_closed_items_under_their_own_headings_stay_in_the_table(store, tmp_path):
    # an action log: open actions, a blank row, then "CLOSED ACTIONS" over a meeting's
    # name over its actions — all one table
    head = ["Ref", "Action", "Owner", "Due", "Status", "Update / comment"]
    open_rows = [[f"GC 26/03-0{i}", f"Write to grantee {i}", "AM",
                  datetime(2026, 4, i), "Open", "Not started."] for i in range(1, 6)]
    closed = [[f"GC 25/09-0{i}", f"Circulate paper {i}", "RB",
               datetime(2025, 10, i), "Done", "Completed."] for i in range(1, 5)]
    rows = [head, ["OPEN ACTIONS"], ["Grants Committee — 11 March 2026"], *open_rows, [],
            ["CLOSED ACTIONS (kept for audit trail — do not delete)"],
            ["Grants Committee — 17 September 2025"], *closed]
    path = _book(tmp_path / "actions.xlsx", {"Action log": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    assert table["rows"] == 9
    refs = [r["values"].get("ref") for r in table["records"]]
    assert "GC 25/09-04" in refs


def test_a_benefits_lifecycle_words_and_a_long_total(store, tmp_path):
    head = ["Réf.", "Intitulé du bénéfice", "Indicateur (KPI)", "Valeur cible",
            "Échéance visée", "Statut", "Valeur financière annuelle (CHF)"]
    statuses = ["Identifié", "Validé", "Abandonné", "En cours de réalisation", "En retard"]
    rows = [[f"BEN-0{i}", f"Réduction du délai {i}", "Jours", 10 + i, datetime(2027, 6, 30),
             statuses[i % 5], 1000 * i] for i in range(1, 8)]
    total = [None, "Total bénéfices financiers (CHF / an, y c. abandonnés)", None, None,
             None, None, 28000]
    path = _book(tmp_path / "benefits.xlsx", {"Registre des bénéfices": [head, *rows, [],
                                                                        total]})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit"
    assert table["rows"] == 7
    fields = _fields(table)
    assert fields["Échéance visée"] == "target_date"
    assert fields["Statut"] == "status"
    got = {r["values"]["ref"]: r["values"].get("status") for r in table["records"]}
    assert got["BEN-01"] == "planned"  # Validé
    assert got["BEN-02"] == "cancelled"  # Abandonné
    assert got["BEN-03"] == "on_track"  # En cours de réalisation
    assert got["BEN-04"] == "at_risk"  # En retard
    assert got["BEN-05"] == "planned"  # Identifié


def test_swedish_resource_words(store, tmp_path):
    head = ["Namn", "E-post", "Roll", "Enhet", "Tjänstgöringsgrad", "Timpris (internt)",
            "Ort", "Närmaste chef"]
    rows = [[f"Karlsson, Sara {i}", f"sara{i}@bvu.se", "Upphandlare", "Upphandling", "80 %",
             "980 kr", "Luleå", "Sandberg, Elin"] for i in range(1, 7)]
    path = _book(tmp_path / "res.xlsx", {"Resurser": [["Resurser — Campus"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "resource"
    fields = _fields(table)
    assert (fields["E-post"], fields["Enhet"], fields["Tjänstgöringsgrad"],
            fields["Timpris (internt)"], fields["Närmaste chef"]) == (
        "email", "team", "fte", "cost_rate", "manager")
    first = table["records"][0]["values"]
    assert first["cost_rate"] == 980 and first["fte"] in (0.8, 80)


def test_hours_named_by_a_total_column_not_by_a_legend(store, tmp_path):
    # the legend above the grid names hours and percent ("40 h = 100 %"): it says
    # neither; the "Summa h" column beside the weeks says hours
    head = ["Namn", "Projekt", "2026-W14", "2026-W15", "Summa h"]
    rows = [["Lindqvist, Anna", "Studentbostäder", 23.5, 29, 52.5],
            ["Nilsson, Erik", "Studentbostäder", 12.5, 16.5, 29],
            ["Bergström, Maria", "Studentbostäder", 30, 20, 50]]
    path = _book(tmp_path / "plan.xlsx", {"Resursplan": [
        ["Röd = överbokad (> veckokapacitet, 40 h = 100 %)"], [], head, *rows]})
    table = next(t for t in _tables(store, path, create=True) if t["entity"] == "allocation")
    assert not any("pct" in w for w in table.get("warnings", []))
    hours = sorted(r["values"]["hours"] for r in table["records"])
    assert 23.5 in hours and 12.5 in hours


@pytest.mark.parametrize("header,entity,field", [
    ("Forecast go-live", "project", "finish_forecast"),
    ("Actual go-live", "project", "finish_actual"),
    ("Original end date", "task", "finish_baseline"),
    ("Original end date", "milestone", "baseline_date"),
    ("Target Resolution", "issue", "due_date"),
    ("Kantoor / Bureau", "resource", "location"),
    ("Dagtarief / Tarif journalier (€)", "resource", "cost_rate"),
    ("Klant – Project / Client – Projet", "allocation", "project_id"),
    ("Rzeczywiste rozpoczęcie", "task", "start_actual"),
    ("Zakończenie według planu bazowego", "task", "finish_baseline"),
    ("Procent ukończenia", "task", "pct_complete"),
    ("Stawka standardowa", "resource", "cost_rate"),
])
def test_a_header_names_its_field(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_a_name_and_its_translation_are_as_sure_as_either():
    assert dict(header_matches("Kantoor / Bureau", "resource"))["location"] >= 0.9
    # two names that mean different things stay less sure than either
    assert dict(header_matches("Status / Key Accomplishments", "project"))["summary"] < 0.9


@pytest.mark.parametrize("text,days", [
    ("19 dni", 19.0), ("1 dzień", 1.0), ("5 dagen", 5.0), ("3 giorni", 3.0),
    ("2 tygodnie", 10.0), ("4 weken", 20.0), ("10 dagar", 10.0), ("5 päivää", 5.0),
    ("8 godz.", 1.0), ("2 mesi", 40.0), ("5d", 5.0), ("16h", 2.0)])
def test_durations_in_other_languages(text, days):
    from pmo_desktop.importing.predecessors import parse_duration

    assert parse_duration(text) == days


@pytest.mark.parametrize("text,amount", [
    ("250,00 zł/godz.", 250.0), ("980 kr/tim", 980.0), ("120 EUR/Std.", 120.0),
    ("1.200 €/Tag", 1200.0), ("£85/hr", 85.0)])
def test_a_rate_per_hour_or_day_in_other_languages(text, amount):
    from pmo_desktop.importing import values as V

    assert V.parse_money(text, 1, None) == amount


def test_ms_project_in_polish_and_a_subtotal_per_person(store, tmp_path):
    head = ["Identyfikator", "Unikatowy identyfikator", "Poziom konspektu", "Nazwa",
            "Czas trwania", "Rozpoczęcie", "Zakończenie", "Rzeczywiste rozpoczęcie",
            "Procent ukończenia", "Poprzedniki", "Kamień milowy"]
    rows = [[i, 100 + 3 * i, 1 if i == 1 else 2, f"Zadanie {i}", f"{i} dni",
             datetime(2025, 9, i), datetime(2025, 9, i + 1), datetime(2025, 9, i),
             50, str(i - 1) if i > 1 else None, "Nie"] for i in range(1, 10)]
    path = _book(tmp_path / "harmonogram.xlsx", {"Tabela_zadań": [head, *rows]})
    table = next(t for t in _tables(store, path) if t["entity"] == "task")
    fields = _fields(table)
    assert fields["Nazwa"] == "name"
    assert fields["Rozpoczęcie"] == "start_forecast"
    assert fields["Rzeczywiste rozpoczęcie"] == "start_actual"
    assert fields["Czas trwania"] == "duration_days"
    assert table["records"][2]["values"]["duration_days"] == 3.0


def test_a_consultancy_capacity_plan(store, tmp_path):
    head = ["Medewerker / Collaborateur", "Rol / Rôle", "Klant – Project / Client – Projet",
            "jan/26", "feb/26", "Eindtotaal / Total général"]
    rows = [["Peeters, Jan", "Managing Consultant", "Stad Kortrijk", 8.5, 8, 16.5],
            [None, None, "Telenord", 12.5, 12, 24.5],
            ["Totaal Peeters, Jan / Total", None, None, 21, 20, 41],
            ["Van den Broeck, Ruben", "Junior Consultant", "Stad Kortrijk", 10, 11, 21],
            [None, None, "Telenord", 11, 9, 20],
            ["Totaal Van den Broeck, Ruben / Total", None, None, 21, 20, 41],
            ["Eindtotaal / Total général", None, None, 42, 40, 82]]
    staff = [["Medewerker / Collaborateur", "Kantoor / Bureau", "FTE / ETP",
              "Dagtarief / Tarif journalier (€)"],
             ["Peeters, Jan", "Gent", "1", 1150], ["Janssens, Sofie", "Gent", "4/5", 950],
             ["Maes, Thomas", "Antwerpen", "1", 780]]
    path = _book(tmp_path / "capaciteit.xlsx", {"Planning 2026": [head, *rows],
                                                "Medewerkers": staff})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    plan = tables["Planning 2026"]
    assert plan["entity"] == "allocation"
    assert _fields(plan)["Klant – Project / Client – Projet"] == "project_id"
    assert not any("otaal" in str(r["values"].get("resource")) for r in plan["records"])
    people = tables["Medewerkers"]
    assert people["entity"] == "resource"
    fte = {r["values"]["name"]: r["values"].get("fte") for r in people["records"]}
    assert fte["Janssens, Sofie"] == 0.8
    assert _fields(people)["Kantoor / Bureau"] == "location"


def test_a_change_log_and_its_impact_analysis_on_another_sheet(store, tmp_path):
    log = [["Nº SM", "Data abertura", "Solicitante", "Título da mudança", "Prioridade",
            "Status"]] + [[f"SM-{i:03}", datetime(2025, 5, i), "Tiago Bortolini",
                           f"Alteração {i} do reforço", "Alta", "Aprovada"]
                          for i in range(1, 9)]
    impact = [["Nº SM", "Impacto custo (R$)", "Impacto prazo (dias)", "Data decisão CCB",
               "Aprovador"]] + [[f"SM-{i:03}", f"R$ {i}0.000,00", i, datetime(2025, 6, i),
                                 "Carlos Moreira"] for i in (3, 1, 2, 5, 4)]
    path = _book(tmp_path / "mudancas.xlsx", {"Registro SM": log, "Análise de Impacto": impact})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    second = tables["Análise de Impacto"]
    assert second["entity"] == "change_request"
    fields = _fields(second)
    assert fields["Nº SM"] == "ref"
    assert fields["Data decisão CCB"] == "decision_date"
    assert {r["action"] for r in second["records"]} == {"merged"}
    first = {r["values"]["ref"]: r["values"] for r in tables["Registro SM"]["records"]}
    assert first["SM-003"]["impact_cost"] == 30000.0
    assert first["SM-003"]["decision_date"] == "2025-06-03"
    assert first["SM-006"].get("impact_cost") is None


def test_a_row_of_ids_with_no_title_still_needs_a_known_item(store, tmp_path):
    # the impact sheet's IDs name no request of the file or the store: not imported
    log = [["Nº SM", "Título da mudança", "Status"]] + [
        [f"SM-{i:03}", f"Alteração {i}", "Aprovada"] for i in range(1, 6)]
    impact = [["Nº SM", "Impacto custo (R$)", "Impacto prazo (dias)", "Aprovador"]] + [
        [f"SM-{i:03}", 1000 * i, i, "Carlos"] for i in range(1, 6)] + [
        ["SM-099", 5000, 3, "Carlos"]]
    path = _book(tmp_path / "mudancas.xlsx", {"Registro": log, "Impacto": impact})
    second = {t["sheet"]: t for t in _tables(store, path)}["Impacto"]
    rejected = {r["row"]: r["reason"] for r in second["rejected"]}
    assert rejected == {7: "no title or description"}


def test_a_templates_filled_in_example_row_is_no_record(store, tmp_path):
    head = ["LL-Nr.", "Datum", "Kategorie", "Beschreibung – Was ist passiert?",
            "Empfehlung", "Erfasst von"]
    example = ["Bsp.", "TT.MM.", "z.B. Qualität", "Zutritt für Wartung nicht möglich",
               "Schließplan festlegen", "Projektleitung"]
    rows = [[f"LL-{i:03}", f"{10 + i}.02.", "Kosten", f"Nachtrag {i} zu spät erkannt",
             "Früher prüfen", "Mag. Thomas Huber"] for i in range(1, 7)]
    path = _book(tmp_path / "ll.xlsx", {"LL-Register": [
        ["Lessons-Learned-Register 2026 — Neubau"], ["Stand: 27.03.2026"], [], head, example,
        *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    refs = [r["values"]["ref"] for r in table["records"]]
    assert "Bsp." not in refs and len(refs) == 6
    fields = _fields(table)
    assert fields["Beschreibung – Was ist passiert?"] == "event"
    assert fields["Erfasst von"] == "logged_by"
    # "11.02." has no year: the title block's "Stand: 27.03.2026" gives it
    assert table["records"][0]["values"]["date_logged"] == "2026-02-11"


def test_a_date_without_its_year_among_dates_with_one(store, tmp_path):
    head = ["#", "Action item", "Owner", "Due", "Status"]
    dues = [datetime(2026, 3, 6), "Mar 13", datetime(2026, 3, 24), "Apr 7",
            datetime(2026, 4, 14), "EOW"]
    rows = [[f"A-{i:03}", f"Draft plan {i}", "KM", due, "Open"]
            for i, due in enumerate(dues, 1)]
    path = _book(tmp_path / "actions.xlsx", {"Action Log": [head, *rows]})
    [table] = _tables(store, path)
    got = {r["values"]["ref"]: r["values"].get("due_date") for r in table["records"]}
    assert got["A-002"] == "2026-03-13" and got["A-004"] == "2026-04-07"


def test_the_impact_analysis_is_stored_with_its_requests_and_reimports_unchanged(
        store, tmp_path):
    from pmo_desktop.operations.imports import import_files

    log = [["CR No", "Title", "Status"]] + [
        [f"CR-{i:02}", f"Change {i}", "Approved"] for i in range(1, 6)]
    impact = [["CR No", "Cost impact", "Schedule impact (days)", "Approver"]] + [
        [f"CR-{i:02}", 1000 * i, i, "Board"] for i in (2, 1, 3)]
    path = _book(tmp_path / "crs.xlsx", {"CR Log": log, "Impact": impact})
    _tables(store, path)  # makes the project
    first = import_files(store, [str(path)], dry_run=False, project_code=PROJECT).value
    assert first.exit_code == 0
    rows = {r["ref"]: r for r in store.rows("change_request")}
    assert rows["CR-02"]["impact_cost"] == 2000 and rows["CR-02"]["approver"] == "Board"
    assert rows["CR-04"]["impact_cost"] is None
    again = import_files(store, [str(path)], dry_run=False, project_code=PROJECT).value.to_json()
    assert all(t["created"] == 0 and t["updated"] == 0 for t in again["files"][0]["tables"])


def test_a_french_change_request_register(store, tmp_path):
    head = ["N° DM", "Date de la demande", "Demandeur", "Objet de la demande",
            "Description détaillée", "Type", "Priorité", "Impact coût (€ HT)",
            "Impact délai (jours)", "Impact périmètre", "Avis MOE", "Décision", "Date décision",
            "Validé par", "Statut", "Commentaires"]
    rows = [[f"DM-{i:03}", datetime(2025, 3, i), "DUPONT Marie", f"Ajout du valideur {i}",
             "Le lot 2 doit intégrer un valideur supplémentaire.", "Évolution", "Haute",
             "94 000,00 €", f"+{i}5 j", "Aucun", "Favorable", "Acceptée", datetime(2025, 4, i),
             "COPIL", "Validée", None] for i in range(1, 9)]
    path = _book(tmp_path / "dm.xlsx", {"Registre DM": [
        ["Projet BILLETTIQUE 2025 — Registre des demandes de modification"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = _fields(table)
    assert fields["Validé par"] == "approver"
    assert fields["Impact délai (jours)"] == "impact_schedule_days"
    assert table["records"], table.get("warnings")
    first = table["records"][0]["values"]
    assert first["impact_schedule_days"] == 15 and first["status"] == "approved"


def test_a_law_firms_matters_are_its_projects(store, tmp_path):
    head = ["Matter no.", "Client", "Matter description", "Matter manager", "Stage", "Opened",
            "Target completion", "Fee estimate (£)", "RAG"]
    rows = [[f"104303-00{i:02}", "Hollis & Vane", f"Renewal of lease {i}", "Barker, Lucy",
             "Negotiation", datetime(2024, 9, i), datetime(2025, 10, i),
             "£8,000 (cap)" if i == 2 else 175000, "G"] for i in range(1, 9)]
    path = _book(tmp_path / "matters.xlsx", {"Live matters": [
        ["HALLORAN PRYCE LLP — Real Estate"], ["Matter & Project Tracker"], head, *rows]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = _fields(table)
    assert (fields["Matter no."], fields["Matter description"], fields["Opened"],
            fields["Target completion"], fields["Fee estimate (£)"]) == (
        "code", "name", "start_actual", "finish_baseline", "bac")
    second = next(r["values"] for r in table["records"] if r["key"] == "104303-0002")
    assert second["bac"] == 8000.0  # "£8,000 (cap)": the figure, its note aside


@pytest.mark.parametrize("text,amount", [
    ("£8,000 (cap)", 8000.0), ("45 000 € (estimation)", 45000.0), ("(41,000.00)", -41000.0)])
def test_a_note_in_brackets_after_an_amount(text, amount):
    from pmo_desktop.importing import values as V

    assert V.parse_money(text, 1, None) == amount


@pytest.mark.parametrize("header,entity,field", [
    ("Geplanter Anfang", "task", "start_baseline"),
    ("Aktuelles Ende", "task", "finish_actual"),
    ("Sammelvorgang", "task", "is_summary"),
    ("Max. Einh.", "resource", "fte"),
    ("Standardsatz", "resource", "cost_rate"),
])
def test_ms_project_in_german(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_a_date_without_its_year_takes_the_files_date(store, tmp_path):
    head = ["#", "Action item", "Owner", "Due", "Status"]
    rows = [[f"A-{i:03}", f"Draft plan {i}", "KM", f"{i}.02.", "Open"] for i in range(1, 7)]
    path = _book(tmp_path / "actions_2025-03-01.xlsx", {"Action Log": [head, *rows]})
    [table] = _tables(store, path)
    assert table["records"][0]["values"]["due_date"] == "2025-02-01"


@pytest.mark.parametrize("text,day", [
    ("27-Feb-26 10:00 A", "2026-02-27"),  # Primavera marks an actual date with "A"
    ("03-Mar-26 06:00*", "2026-03-03"),  # ... and a constrained one with "*"
    ("03-Mar-26 A", "2026-03-03"),
])
def test_primavera_marks_after_a_date(text, day):
    from pmo_desktop.importing.dates import parse_date

    assert parse_date(text).isoformat() == day


def test_a_letter_after_a_date_that_is_not_primaveras_mark_is_no_date():
    from pmo_desktop.importing.cellvalue import ValueProblem
    from pmo_desktop.importing.dates import parse_date

    with pytest.raises(ValueProblem):
        parse_date("27-Feb-26 B")


@pytest.mark.parametrize("text,days", [
    ("+6 wks", 42), ("+3 weeks", 21), ("-2 weeks", -14), ("14 days", 14), ("-10 days", -10),
    ("+12 hrs", 1), ("2 Wochen", 14), ("3 semaines", 21), ("1 month", 30), (5, 5), ("Nil", None),
])
def test_a_delay_in_weeks_or_hours_is_counted_in_days(text, days):
    from pmo_desktop.importing import values as V

    assert V.parse_days(text) == days


def test_a_change_register_writes_its_schedule_impact_in_weeks(store, tmp_path):
    head = ["CR No.", "Change Title", "Raised By", "Schedule Impact", "Status"]
    rows = [[f"CR-{i:03}", f"Re-sequence works {i}", "Harris, B", f"+{i} wks", "Approved"]
            for i in range(1, 7)]
    path = _book(tmp_path / "cr.xlsx", {"CR Register": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    assert [r["values"]["impact_schedule_days"] for r in table["records"]] == [
        7, 14, 21, 28, 35, 42]


def test_a_row_showing_each_cells_format_under_the_header_is_no_record(store, tmp_path):
    head = ["CR No.", "Date Raised", "Change Title", "Description of Change", "Category",
            "Raised By", "Cost Impact", "Schedule Impact", "Status", "Decision Date"]
    guide = ["Auto", "dd/mm/yyyy", "Short title", "What / why",
             "Scope / Estimate / Schedule / HSE", "Surname, First",
             "+ve = increase; (neg) = saving", "+/- weeks or days",
             "Draft → Pending → Approved/Rejected", "dd/mm/yyyy"]
    rows = [[f"CR-{i:03}", datetime(2025, 7, i), f"Re-sequence works {i}", "Shutdown moved.",
             "Schedule", "Harris, Bronwyn", 12500, "Nil", "Approved", datetime(2025, 8, i)]
            for i in range(1, 7)]
    path = _book(tmp_path / "cr.xlsx", {"CR Register": [["Change register"], [], head, guide,
                                                          *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    assert [r["values"]["ref"] for r in table["records"]] == [f"CR-{i:03}" for i in range(1, 7)]


def test_a_benefits_lifecycle_from_baselined_to_in_realisation(store, tmp_path):
    head = ["Benefit ID", "Benefit Title", "Benefit Owner", "Target Value", "Target Date",
            "Status"]
    states = ["Identified", "Baselined", "In realisation", "Monitoring", "Realised",
              "At risk"]
    rows = [[f"BEN-{i:03}", f"Fewer errors {i}", "Marsh, Helen", 2.9, datetime(2026, 3, 31),
             s] for i, s in enumerate(states, 1)]
    path = _book(tmp_path / "benefits.xlsx", {"Benefits Register": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit"
    assert _fields(table)["Status"] == "status"
    assert [r["values"]["status"] for r in table["records"]] == [
        "planned", "planned", "on_track", "on_track", "realised", "at_risk"]


def test_a_danish_capital_programme_with_i_alt_subtotals(store, tmp_path):
    group = ["Projekt", None, None, None, "Økonomi (1.000 kr.)", None, "Statusvurdering",
             None, None]
    head = ["Projektnr.", "Projektnavn", "Projektleder", "Fase", "Samlet budget",
            "Forventet forbrug i alt", "Tid", "Samlet vurdering", "Bemærkninger"]
    phases = ["Udbud", "Udførelse", "Aflevering", "Projektering"]
    rows = []
    for block in ("Teknik- og Miljøudvalget", "Kultur- og Fritidsudvalget"):
        rows.append([block])
        rows += [[f"22{len(rows) + k:04}", f"Renovering {len(rows) + k}",
                  "Kasper Søndergaard", phases[k], 12450, 14317.5, "Gul", "Rød",
                  "Følger tidsplan"] for k in range(4)]
        rows.append([None, f"I alt {block}", None, None, 49800, 57270, None, None, None])
    rows.append([None, "Anlæg i alt", None, None, 99600, 114540, None, None, None])
    path = _book(tmp_path / "anlaeg.xlsx", {"Anlæg 2025": [
        ["Vesterå Kommune – Anlægsoversigt 2025"], [], group, head, *rows]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = _fields(table)
    assert [fields[h] for h in head[3:6] + head[7:]] == [
        "stage", "bac", "eac", "rag_overall", "summary"]
    names = [r["values"]["name"] for r in table["records"]]
    assert len(names) == 8 and not any("alt" in n for n in names)
    assert {r["values"]["stage"] for r in table["records"]} == {
        "planning", "delivery", "closing"}


def test_a_trend_written_as_arrows():
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices

    parse = enum_parser(enum_choices("risk", "trend"), "trend", "risk")
    assert [parse(v) for v in ("↑", "→", "↓", " ↑ ")] == [
        "increasing", "stable", "decreasing", "increasing"]


def test_a_finnish_raid_log_one_kind_per_sheet(store, tmp_path):
    sheets = {
        "Oletukset": [["Tunnus", "Oletus", "Vaikutus jos ei pidä", "Omistaja",
                       "Validoitava mennessä", "Tila"],
                      *[[f"O-0{i}", f"Avainkäyttäjät vapautetaan {i}", "UAT viivästyy",
                         "Virtanen, Anna", datetime(2025, 9, i), "Validoitu"]
                        for i in range(1, 6)]],
        "Riippuvuudet": [["Tunnus", "Riippuvuus", "Suunta", "Toimittaja / vastaanottaja",
                          "Tarvitaan viimeistään", "Omistaja", "Tila"],
                         *[[f"D-0{i}", f"Rajapinta {i} valmis", "Lähtevä", "Kela",
                            datetime(2025, 6, i), "Mäkinen, Laura", "Myöhässä"]
                           for i in range(1, 6)]],
        "Ongelmat": [["Tunnus", "Otsikko", "Prioriteetti", "Vastuuhenkilö", "Tila",
                      "Ratkaisu"],
                     *[[f"I-0{i}", f"Konversiossa virhe {i}", "Kriittinen", "Mäkelä, Sanna",
                        "Avoin", "Korjataan"] for i in range(1, 6)]],
    }
    path = _book(tmp_path / "raid_fi.xlsx", sheets)
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert {s: t["entity"] for s, t in tables.items()} == {
        "Oletukset": "assumption", "Riippuvuudet": "dependency", "Ongelmat": "issue"}
    first = {s: t["records"][0]["values"] for s, t in tables.items()}
    assert (first["Oletukset"]["validate_by"], first["Oletukset"]["status"]) == (
        "2025-09-01", "validated")
    assert (first["Riippuvuudet"]["direction"], first["Riippuvuudet"]["counterparty"],
            first["Riippuvuudet"]["need_by_date"]) == ("outbound", "Kela", "2025-06-01")
    assert (first["Ongelmat"]["priority"], first["Ongelmat"]["resolution"]) == (
        "critical", "Korjataan")


@pytest.mark.parametrize("header,entity,field", [
    ("Syss.grad", "resource", "fte"),  # "sysselsättningsgrad" shortened in its middle
    ("Besch.grad", "resource", "fte"),  # "Beschäftigungsgrad"
])
def test_a_compound_shortened_in_its_middle(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_a_turkish_resource_plan_in_fte_with_percent_cells(store, tmp_path):
    months = ["Oca 25", "Şub 25", "Mar 25", "Nis 25", "May 25", "Haz 25"]
    head = ["Sicil No", "Ad Soyad", "Unvan", "Proje Kodu", "Proje Adı", *months]
    rows = []
    for k, (person, role) in enumerate([("Ayşe Yılmaz", "Proje Yöneticisi"),
                                        ("Mehmet Kaya", "İş Analisti"),
                                        ("Elif Demir", "Yazılım Geliştirici")]):
        rows.append([10250 + k, person, role, "TRD", "Depo Yönetim Sistemi",
                     0.4, 0.4, 0.4, 0.6, 0.5, "%40"])
        rows.append([None, None, None, "TRD", "Depo Yönetim Sistemi (BAU)",
                     0.6, 0.6, 0.6, 0.4, 0.5, "%60"])
        rows.append([None, None, None, None, "Toplam", 1, 1, 1, 1, 1, 1])
    rows.append([None, None, None, None, "GENEL TOPLAM (FTE)", 3, 3, 3, 3, 3, 3])
    path = _book(tmp_path / "kaynak.xlsx", {"Kaynak Planı 2025": [
        ["Anadolu Lojistik – Bilgi Teknolojileri"],
        ["2025 Proje Kaynak Planı (kişi bazında FTE dağılımı, %)"],
        ["Son güncelleme: 14.10.2025 – Hazırlayan: PMO"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    assert not table["rejected"]
    ayse = {r["values"]["period"]: r["values"]["hours"] for r in table["records"]
            if r["values"]["resource"] == "Ayşe Yılmaz"}
    # 1 FTE a month (0.4 + 0.6, "%40" + "%60"): the month's working days × 7.5 h
    assert sorted(ayse) == [f"2025-{m:02}" for m in range(1, 7)]
    assert ayse["2025-06"] == ayse["2025-01"] * 21 / 23 == 21 * 7.5


def test_a_turkish_project_list(store, tmp_path):
    head = ["Proje Kodu", "Proje Adı", "Sponsor", "Proje Yöneticisi", "Başlangıç", "Bitiş",
            "Durum", "Bütçe (TL)"]
    rows = [["WMS-01", "Depo Yönetim Sistemi", "Kemal Öner", "Ayşe Yılmaz", "02.09.2024",
             "28.11.2025", "Devam ediyor", "₺18.500.000"],
            ["EDI-03", "Müşteri EDI Altyapısı", "Kemal Öner", "Elif Demir", "03.03.2025",
             "30.09.2025", "Tamamlandı", "₺2.750.000"],
            ["SAP-07", "SAP S/4HANA Geçişi", "Serap Güler", "Ceren Güneş", "01.09.2025",
             "30.06.2026", "Planlandı", "₺42.000.000"]]
    path = _book(tmp_path / "projeler.xlsx", {"Proje Listesi": [
        ["BT Proje Portföyü 2025"], [], head, *rows]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert [_fields(table)[h] for h in head] == [
        "code", "name", "sponsor", "manager", "start_baseline", "finish_baseline", "state",
        "bac"]
    got = [(r["values"]["state"], r["values"]["bac"]) for r in table["records"]]
    assert got == [("active", 18500000.0), ("completed", 2750000.0), ("proposed", 42000000.0)]


@pytest.mark.parametrize("header,entity,field", [
    ("Meldt av", "lesson", "logged_by"),
    ("Ansvarlig oppfølging", "lesson", "owner"),
    ("Seuraava tarkistus", "risk", "review_date"),
    ("Forventet forbrug i alt", "project", "eac"),
    ("Samlet vurdering", "project", "rag_overall"),
])
def test_nordic_and_finnish_header_words(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


@pytest.mark.parametrize("lines,codes", [
    (["Legenda RAG: Z – zielony (zgodnie z planem), Ż – żółty (ryzyko), C – czerwony."],
     {"Z": "green", "Ż": "amber", "C": "red"}),
    (["Key: G = on track, A = at risk, R = off track"], {"G": "green", "A": "amber", "R": "red"}),
    (["Status date: 30-04-2025 - Owner: Nowak", "Prepared by: PMO - low priority"], {}),
])
def test_a_rag_legend_by_the_table(lines, codes):
    from pmo_desktop.importing.ratings import rag_legend

    assert rag_legend(lines) == codes


def test_a_polish_portfolio_with_grouped_dates_and_a_rag_legend(store, tmp_path):
    group = ["PROJEKT", None, None, None, "DATA OTWARCIA", None, None, "FINANSE (PLN netto)",
             None, None, "STATUS RAG", None, None, None, "KOMENTARZ", None]
    head = ["Nr projektu", "Nazwa sklepu / lokalizacja", "Kierownik projektu", "Etap",
            "Plan bazowy", "Prognoza", "Rzeczywista", "Budżet (BAC)", "Prognoza kosztu (EAC)",
            "% zaawansowania", "Ogólny", "Harmonogram", "Koszt", "Zakres",
            "Komentarz / status", "Następne kroki"]
    rags = [("Ż", "Ż", "Z", "Z"), ("C", "Z", "C", "Z"), ("Z", "Z", "Z", "Z"),
            ("Ż", "C", "Z", "Ż")]
    rows = [[f"OTW-25-00{i}", f"Kłos Express Gdańsk {i}", "Zieliński, Michał", "Budowa / adaptacja",
             datetime(2025, 8, 20 + i), datetime(2025, 8, 27 + i),
             datetime(2025, 8, 27 + i) if i == 3 else None, 1174000, 1139000, 0.25, *r,
             "Wzrost kosztów HVAC", "Złożenie wniosku"] for i, r in enumerate(rags, 1)]
    path = _book(tmp_path / "portfel.xlsx", {"Portfel otwarć": [
        ["PROGRAM OTWARĆ SKLEPÓW 2025"],
        ["Legenda RAG: Z – zielony (zgodnie z planem), Ż – żółty (ryzyko pod kontrolą), "
         "C – czerwony (wymaga decyzji Zarządu)."], [], group, head, *rows]})
    _merge(path, *("A4:D4", "E4:G4", "H4:J4", "K4:N4", "O4:P4"))  # the group cells over the header, merged
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert list(_fields(table).values()) == [
        "code", "name", "manager", "stage", "finish_baseline", "finish_forecast",
        "finish_actual", "bac", "eac", "pct_complete", "rag_overall", "rag_schedule",
        "rag_cost", "rag_scope", "summary", "next_steps"]
    first = table["records"][0]["values"]
    assert [first[f] for f in ("rag_overall", "rag_schedule", "rag_cost", "rag_scope")] == [
        "amber", "amber", "green", "green"]
    assert table["records"][2]["values"]["finish_actual"] == "2025-08-30"


def test_a_resource_plans_utilisation_row_under_its_totals_is_no_record(store, tmp_path):
    head = ["Medewerker", "Rol", "Projectcode", "Jan 2025", "Feb 2025", "Mrt 2025"]
    rows = [["Vries, Thomas de", "Netwerkontwerper", "TRD", 60, 60, 28],
            ["Bakker, Sanne", "Teamleider", "TRD", 72, 68, 72],
            ["Mulder, Femke", "Netwerkontwerper", "TRD", 80, 76, 36],
            ["Subtotaal Engineering", None, None, 212, 204, 136],
            [],
            ["Totaal gepland", None, None, 212, 204, 136],
            ["Totaal beschikbaar (FTE × norm)", None, None, 480, 456, 480],
            ["Bezettingsgraad", None, None, 0.44, 0.45, 0.28]]
    path = _book(tmp_path / "capaciteit.xlsx", {"Planning uren 2025": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    assert {r["values"]["resource"] for r in table["records"]} == {
        "Thomas de Vries", "Sanne Bakker", "Femke Mulder"}
    assert any("Bezettingsgraad" in s["reason"] for s in table["skipped"])


@pytest.mark.parametrize("header,entity,field", [
    ("E-mailadres", "resource", "email"),
    ("Uren per dag", "resource", "hours_per_day"),
    ("Uren gepland", "allocation", "hours"),  # a planning tool's hours, one row a week
    ("What we will do differently", "lesson", "recommendations"),
])
def test_dutch_resource_words(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


@pytest.mark.parametrize("header,entity,field", [
    ("% compl.", "milestone", "pct_complete"),  # a word cut short with a dot
    ("Verantw.", "risk", "owner"),
    ("DATE Prevista", "milestone", "forecast_date"),  # a date's qualifier under "Date"
    ("DATE Effettiva", "milestone", "actual_date"),
])
def test_a_word_cut_short_and_a_bare_date_qualifier(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_a_cut_short_word_that_starts_synonyms_of_two_fields_names_neither():
    from pmo_desktop.importing.headers import _cut_short

    # "Gesam." starts "Gesamtstatus" (the RAG) and "Gesamtbudget" (the budget)
    assert _cut_short(["gesam"], "project") == {}


def test_a_spanish_monday_board_export_is_a_plan(store, tmp_path):
    head = ["Elemento", "Subelementos", "Responsable", "Estado", "Prioridad", "Cronograma",
            "Fecha límite", "Notas", "Item ID"]
    states = ["Listo", "En curso", "Detenido", "Sin empezar"]
    rows: list[list] = []
    for g, group in enumerate(("Preproducción", "Grabación — Bloque A")):
        rows += [[group], head]
        rows += [[f"Tarea {g}.{k}", None, "Laura Jaramillo", states[k], "Alta",
                  f"2025-0{g + 1}-0{k + 1} - 2025-0{g + 1}-1{k + 1}",
                  datetime(2025, g + 1, 11 + k), None, str(1862340928 + 10 * g + k)]
                 for k in range(4)]
        rows.append([])
    path = _book(tmp_path / "monday.xlsx", {"Cocina de Barrio T3": [
        ["Cocina de Barrio T3 — Producción"], ["Tablero de producción"], [], *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = _fields(table)
    assert (fields["Elemento"], fields["Fecha límite"], fields["Estado"], fields["Item ID"]) == (
        "name", "finish_forecast", "status", "ref")
    got = [(r["values"]["ref"], r["values"]["status"]) for r in table["records"]][:4]
    assert got == [("1862340928", "complete"), ("1862340929", "in_progress"),
                   ("1862340930", "on_hold"), ("1862340931", "not_started")]
    assert table["records"][0]["values"]["finish_baseline"] == "2025-01-11"


def test_a_sheet_of_closed_matters_is_read_as_the_live_sheet_beside_it(store, tmp_path):
    live_head = ["Matter no.", "Client", "Matter description", "Practice area", "Partner",
                 "Matter manager", "Stage", "Opened", "Target completion",
                 "Fee estimate (£)", "RAG", "Key next step"]
    live = [[f"1043{i:02}-0008", "Hollis & Vane LLP", f"Asset management — audit {i}",
             "Commercial Property", "Whitfield, Oliver", "Barker, Lucy", "Negotiation",
             datetime(2024, 9, i), datetime(2025, 10, i), 175000, "G", "Call"]
            for i in range(1, 9)]
    closed_head = ["Matter no.", "Client", "Matter description", "Partner", "Opened", "Closed",
                   "Final fee (£)", "Write-off (£)", "Notes"]
    closed = [[f"1070{i:02}-0018", "Lysander Capital", f"Option agreement — land {i}",
               "Whitfield, Oliver", datetime(2024, 3, i), datetime(2024, 9, i), 34100, 0,
               None] for i in range(1, 7)]
    path = _book(tmp_path / "matters.xlsx", {
        "Live matters": [["HALLORAN PRYCE LLP"], ["Matter & Project Tracker"], live_head, *live],
        "Closed FY25": [closed_head, *closed]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    assert tables["Live matters"]["entity"] == "project"
    closed_table = tables["Closed FY25"]
    assert closed_table["entity"] == "project"
    fields = _fields(closed_table)
    assert (fields["Matter no."], fields["Matter description"], fields["Closed"]) == (
        "code", "name", "finish_actual")


def test_a_raid_workbooks_risks_and_issues_sharing_columns_stay_two_kinds(store, tmp_path):
    risks = [["ID", "Title", "Owner", "Status", "Date raised", "Probability", "Impact"],
             *[[f"R-{i:03}", f"Supplier slips {i}", "Okafor, Chidi", "Open",
                datetime(2025, 1, i), 3, 4] for i in range(1, 9)]]
    issues = [["ID", "Title", "Owner", "Status", "Date raised", "Priority", "Resolution"],
              *[[f"I-{i:03}", f"Crane broke down {i}", "Douglas, Fiona", "Open",
                 datetime(2025, 2, i), "High", "Hire a spare"] for i in range(1, 9)]]
    path = _book(tmp_path / "raid.xlsx", {"Risks": risks, "Issues": issues})
    assert {t["sheet"]: t["entity"] for t in _tables(store, path)} == {
        "Risks": "risk", "Issues": "issue"}


def test_a_bilingual_templates_instruction_and_example_rows_are_no_records(store, tmp_path):
    head = ["Decision ID / N° de décision", "Decision / Décision", "Options considered / "
            "Options envisagées", "Rationale / Justification", "Decision date / Date de la "
            "décision", "Decided by / Décidé par", "Status / Statut", "Comments / Commentaires"]
    guide = ["Auto: D-###", "Short title / Titre court", "List options / Énumérer les options",
             "Why / Pourquoi", "YYYY-MM-DD / AAAA-MM-JJ", "Name or governance body / Nom ou "
             "instance", "Proposed, Approved, Rejected / Proposée, Approuvée, Rejetée",
             "Optional / Facultatif"]
    example = ["Example / Exemple", "Use Azure Canada Central / Utiliser Azure", "1) ... 2) ...",
               "Data residency...", "2025-01-15", "Steering Committee / Comité directeur",
               "Approved / Approuvée", "Delete nothing above this line"]
    bodies = ["ADM, Corporate Management / SMA, Gestion ministérielle",
              "Project Steering Committee / Comité directeur du projet",
              "DG Digital Services (Sophie Gagnon)"]
    rows = [[f"D-00{i}", f"Host platform {i} in Azure", "Canada Central; Canada East",
             "Data residency.", datetime(2024, 11, i), bodies[i % 3], "Approved / Approuvée",
             None] for i in range(1, 7)]
    path = _book(tmp_path / "raid.xlsx", {"Decisions-Décisions": [
        ["RAID Log – Decisions / Registre RAID – Décisions"], [], head, guide, example, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    assert [r["values"]["ref"] for r in table["records"]] == [f"D-00{i}" for i in range(1, 7)]
    assert _fields(table)["Decided by / Décidé par"] == "decided_by"


def test_a_dutch_change_register_names_its_requests_in_their_own_column(store, tmp_path):
    head = ["Nr.", "Wijzigingsverzoek", "Omschrijving", "Aangevraagd door", "Datum aanvraag",
            "Impact kosten (€)", "Impact planning (dagen)", "Besluit", "Datum besluit",
            "Besloten door"]
    rows = [[f"VTW-00{i}", f"Extra damwand {i}", "Door slechtere grondslag is een langere "
             "damwand nodig.", "L. Bakker", f"1{i}-03-2024", "€ 12.500,00", 30, "Akkoord",
             f"2{i}-04-2024", "Stuurgroep"] for i in range(1, 7)]
    path = _book(tmp_path / "wijzigingen.xlsx", {"Wijzigingen": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = _fields(table)
    assert (fields["Wijzigingsverzoek"], fields["Omschrijving"]) == ("title", "description")
    assert table["records"][0]["values"]["impact_cost"] == 12500.0


def test_a_weekly_utilisation_plan_with_leave_codes(store, tmp_path):
    weeks = ["w/c 06/10/25", "w/c 13/10/25", "w/c 20/10/25", "w/c 27/10/25"]
    head = ["Consultant", "Grade", "Practice", "Primary engagement", *weeks, "Avg Q4"]
    rows = [["STRATEGY & TRANSFORMATION"],
            ["Clarke, Emma", "Consultant", "Strategy", "TRD", 0.6, 1, 0.8, "AL", 0.6],
            ["Okonkwo, David", "Consultant", "Strategy", "TRD", 1, "AL", 0.8, 0.8, 0.65],
            ["Fraser, Isla", "Senior Consultant", "Strategy", "TRD", 1, 1, 1, 0.8, 0.95],
            ["Subtotal – Strategy (avg)", None, None, None, 0.87, 0.67, 0.87, 0.53, None],
            [],
            ["Bench (headcount at 0%)", None, None, None, 2, 1, "–", 1, None]]
    path = _book(tmp_path / "resource_plan.xlsx", {"Resource Plan": [
        ["HARCOURT LANE PARTNERS — RESOURCE PLAN (Q4 2025)"],
        ["Key: >100% over-allocated (red) · 0% = bench (grey) · AL = annual leave"],
        [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    assert not table["rejected"]
    hours = {r["values"]["resource"]: r["values"]["hours"] for r in table["records"]}
    # a week's FTE × its 5 working days × 7.5 h; "AL" is a week of no effort
    assert hours == {"Emma Clarke": 2.4 * 5 * 7.5, "David Okonkwo": 2.6 * 5 * 7.5,
                     "Isla Fraser": 3.8 * 5 * 7.5}
    assert any("'AL'" in w for w in table["warnings"])


@pytest.mark.parametrize("text,day", [
    ("2025.12.06.", "2025-12-06"),  # Hungarian dates end in a dot
    ("2025. IV. negyedév", "2025-12-31"),  # a quarter, in words and Roman numerals
    ("4. kvt. 2026", "2026-12-31"),
    ("III kwartał 2025", "2025-09-30"),
    ("1. čtvrtletí 2025", "2025-03-31"),
    ("4. Quartal 2025", "2025-12-31"),
])
def test_dates_in_more_languages(text, day):
    from pmo_desktop.importing.dates import parse_date

    assert parse_date(text).isoformat() == day


@pytest.mark.parametrize("header,scale,currency", [
    ("Becsült pénzügyi hatás (M Ft)", 1e6, "HUF"),
    ("Kosten (T€)", 1e3, "EUR"),
    ("Rozpočet (tis. Kč)", 1e3, "CZK"),
    ("Budżet (mln zł)", 1e6, "PLN"),
    ("Økonomi (1.000 kr.) Samlet budget", 1e3, None),
])
def test_a_headers_scale_and_currency_in_more_languages(header, scale, currency):
    from pmo_desktop.importing import values as V

    assert V.header_money(header) == (scale, currency)


def test_a_hungarian_risk_register_scored_twice(store, tmp_path):
    group = ["KOCKÁZAT AZONOSÍTÁSA", None, None, None, "EREDETI (BRUTTÓ) KOCKÁZAT", None, None,
             "KEZELÉS", None, None, "MARADVÁNYKOCKÁZAT", None, "NYOMON KÖVETÉS", None]
    head = ["Sorsz.", "Azonosító", "Kockázat megnevezése", "Kategória", "Valószínűség (1–5)",
            "Hatás (1–5)", "Becsült pénzügyi hatás (M Ft)", "Kezelési stratégia",
            "Intézkedés(ek)", "Felelős", "Valószínűség (maradvány)", "Hatás (maradvány)",
            "Határidő", "Státusz"]
    rows = [["1. Műszaki kockázatok"]]
    rows += [[i, f"K-0{i}", f"SCADA-integráció csúszása {i}", "Műszaki", 3, 5, "45,0",
              "Csökkentés", "Heti egyeztetés a tervezővel", "Farkas Attila", 1, 5,
              f"2025.12.0{i}.", "Folyamatban"] for i in range(1, 7)]
    path = _book(tmp_path / "kockazatok.xlsx", {"Kockázatok": [
        ["KOCKÁZATNYILVÁNTARTÁS"], [], group, head, *rows]})
    _merge(path, *("A3:D3", "E3:G3", "H3:J3", "K3:L3", "M3:N3"))  # the group cells over the header, merged
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    assert list(_fields(table).values()) == [
        None, "ref", "title", "category", "probability", "impact", "impact_cost", "response",
        "response_actions", "owner", "residual_probability", "residual_impact", "due_date",
        "status"]
    first = table["records"][0]["values"]
    assert (first["ref"], first["impact_cost"], first["response"], first["due_date"],
            first["status"]) == ("K-01", 45_000_000.0, "reduce", "2025-12-01", "open")


@pytest.mark.parametrize("text,day", [
    ("2024年5月23日", "2024-05-23"), ("令和6年5月23日", "2024-05-23"), ("R6.5.23", "2024-05-23"),
    ("H31.4.30", "2019-04-30"),
])
def test_east_asian_dates(text, day):
    from pmo_desktop.importing.dates import parse_date

    assert parse_date(text).isoformat() == day


def test_a_japanese_milestone_plan(store, tmp_path):
    head = ["No.", "マイルストーン", "主管部署", "担当者", "計画日（ベースライン）", "見込日", "実績日",
            "状況", "進捗率", "備考"]
    marks = ["◎", "○", "△", "×"]
    rows = [["【フェーズ1】企画・用地"]]
    rows += [[i, f"地盤調査完了 {i}", "施設部", "吉田 翔太", datetime(2024, 6, 10 + i),
              f"2024/6/{14 + i}", f"R6.6.{15 + i}" if i == 1 else None, marks[i - 1],
              1 if i == 1 else 0.5, "完了報告済"] for i in range(1, 5)]
    path = _book(tmp_path / "milestones.xlsx", {"マイルストーン": [
        ["熊本第二工場建設プロジェクト　マイルストーン管理表"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    fields = _fields(table)
    assert [fields[h] for h in head[1:]] == [
        "name", None, "owner", "baseline_date", "forecast_date", "actual_date", "status",
        "pct_complete", "notes"]
    first = table["records"][0]["values"]
    assert (first["baseline_date"], first["forecast_date"], first["actual_date"]) == (
        "2024-06-11", "2024-06-15", "2024-06-16")
    assert first["status"].startswith("complete")


def test_a_tracker_of_one_project_the_portfolio_names_otherwise(store, tmp_path):
    head = ["Task ID", "Name", "Assignee", "Start Date", "Due Date", "Projects"]
    team = "PayNow Corporate Collections – Launch"
    rows = [[f"12084133772113{i:02}", f"Interview finance team {i}", "Chloe Ng",
             datetime(2025, 7, i), datetime(2025, 7, 10 + i),
             team if i % 3 else f"{team},Marketing – Q4 Campaigns"] for i in range(1, 8)]
    path = _book(tmp_path / "asana.xlsx", {"Tasks": [head, *rows]})
    [table] = [t for t in _tables(store, path) if t["entity"] == "task"]
    assert not table["rejected"] and len(table["records"]) == 7
    assert {r["values"]["project"] for r in table["records"]} == {PROJECT}
    assert any(team in w and PROJECT in w for w in table["warnings"])


def test_a_log_of_several_projects_the_portfolio_lacks_is_still_rejected(store, tmp_path):
    head = ["Ref", "Risk", "Owner", "Project"]
    rows = [[f"R-00{i}", f"Supplier slips {i}", "Chloe Ng", f"Project {i % 2}"]
            for i in range(1, 7)]
    path = _book(tmp_path / "risks.xlsx", {"Risks": [head, *rows]})
    [table] = _tables(store, path)
    assert not table["records"] and len(table["rejected"]) == 6


def test_a_header_under_a_title_block_with_a_legend_beside_it(store, tmp_path):
    blank = [None] * 13
    title = [["Projektportfölj – Statusrapport", *blank[:12], "Förklaring status:"],
             ["Västerviks kommun, Samhällsbyggnadsförvaltningen | Rapportperiod: februari "
              "2026", *blank[:12], "Grön / G", "Enligt plan"],
             [*blank, "Gul", "Avvikelse – åtgärd pågår"],
             ["PÅGÅENDE PROJEKT", *blank[:12], "Röd", "Allvarlig avvikelse"]]
    group = [None] * 9 + ["Ekonomi (tkr)", None, None, "Status (G / Gul / Röd)", None, None,
                          None]
    head = ["Proj.nr", "Projektnamn", "Förvaltning/Enhet", "Projektledare", "Beställare",
            "Fas", "Start", "Planerat slut", "Prognos slut", "Budget", "Utfall hittills",
            "Prognos", "Tid", "Kostnad", "Totalt", "Kommentar / åtgärder"]
    rows = [[f"2025-06{i}", f"Ny förskola {i}", "SBF / Fastighet", "Sara Bergström",
             "Kommunstyrelsen", "Genomförande", datetime(2025, 4, i), datetime(2028, 2, i),
             datetime(2028, 4, i), 84500, 32522, 92232, "Gul", "G", "Röd", None]
            for i in range(1, 7)]
    path = _book(tmp_path / "portfolj.xlsx", {"Portfölj feb 2026": [*title, group, head,
                                                                     *rows]})
    _merge(path, *("J5:L5", "M5:O5"))  # the group cells over the header, merged
    [table] = _tables(store, path, create=True)
    assert (table["entity"], table["header_row"]) == ("project", 6)
    fields = _fields(table)
    assert [fields[h] for h in ("Ekonomi (tkr) Prognos", "Status (G / Gul / Röd) Tid",
                                "Status (G / Gul / Röd) Kostnad",
                                "Status (G / Gul / Röd) Totalt")] == [
        "eac", "rag_schedule", "rag_cost", "rag_overall"]
    first = table["records"][0]["values"]
    assert (first["rag_schedule"], first["rag_cost"], first["rag_overall"], first["bac"]) == (
        "amber", "green", "red", 84_500_000.0)


def test_a_romanian_portfolio_with_its_columns_numbered_under_the_header(store, tmp_path):
    head = ["Nr. crt.", "Cod SMIS", "Titlul proiectului", "Beneficiar", "Județ",
            "Valoare totală (lei)", "Data începere", "Data finalizare", "Stadiu implementare",
            "Progres fizic (%)", "Observații"]
    numbers = list(range(0, 11))
    rows = [[i, str(303260 + i), f"Modernizarea fluxului tehnologic {i}", "SC Tehnoplast SRL",
             "Iași", "1.857.894,50", datetime(2025, 1, 14), datetime(2027, 7, 13),
             "În implementare", 0.22, "Suspendare ordin de începere"] for i in range(1, 7)]
    path = _book(tmp_path / "portofoliu.xlsx", {"Portofoliu PR NE": [
        ["AGENȚIA PENTRU DEZVOLTARE REGIONALĂ NORD-EST"], [], head, numbers, *rows]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = _fields(table)
    assert [fields[h] for h in head[1:]] == [
        "code", "name", "sponsor", "department", "bac", "start_baseline", "finish_baseline",
        "stage", "pct_complete", "summary"]
    assert [r["values"]["code"] for r in table["records"]] == [str(303260 + i) for i in range(1, 7)]
    assert table["records"][0]["values"]["bac"] == 1857894.5


def test_fiscal_quarters_that_name_their_months(store, tmp_path):
    group = ["Obj. Code", "Cost Category / Line Item", "FY26 Q1 (Jul–Sep)", None,
             "FY26 Q2 (Oct–Dec)", None, "FY26 Q3 (Jan–Mar)", None]
    head = [None, None, "Obligated", "Expended", "Obligated", "Expended", "Obligated",
            "Expended"]
    rows = [["1100", "Salaries – Permanent Staff", 700000, 650000, 720000, 690000, 710000,
             "(7,866.63)"],
            ["1200", "Fringe Benefits", 210000, 200000, 215000, 205000, 212000, 208000],
            ["2100", "Cloud Hosting", 90000, 85000, 95000, 91000, 99000, 97000]]
    path = _book(tmp_path / "bva.xlsx", {"BvA FY26": [
        ["FY26 Budget vs Actual"], [], group, head, *rows]})
    _merge(path, *("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3"))  # the group cells over the header, merged
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    got = {r["values"]["period"]: r["values"] for r in table["records"]}
    # Q1 of the fiscal year 2026 that starts in July is July to September 2025; an
    # obligation is money promised, not spent, and is not read
    assert sorted(got) == ["2025-09", "2025-12", "2026-03"]
    assert got["2025-09"]["actual"] == 650000 + 200000 + 85000
    assert "planned" not in got["2025-09"]
    assert got["2026-03"]["actual"] == round(-7866.63 + 208000 + 97000, 2)


def test_a_polish_benefits_register_with_its_summary_under_it(store, tmp_path):
    head = ["ID korzyści", "Korzyść", "Opis", "Typ korzyści", "Kategoria", "Właściciel korzyści",
            "Miernik", "Wartość bazowa", "Wartość docelowa", "Termin osiągnięcia", "Status"]
    states = ["Osiągnięta", "W realizacji", "Zagrożona", "Planowana", "Wycofana"]
    rows = [[f"K-P1.0{i}", f"Skrócenie czasu wypisu {i}", "Mniej papieru.",
             "finansowa – wymierna", "Efektywność", "Zielińska Magdalena", "Średni czas (min)",
             42, 15, datetime(2027, 6, 30), s] for i, s in enumerate(states, 1)]
    path = _book(tmp_path / "korzysci.xlsx", {"Rejestr korzyści": [
        ["Rejestr korzyści – Cyfrowy Szpital"], [], head, *rows, [],
        ["Podsumowanie korzyści finansowych (wartość docelowa, zł/rok):", None, None, None,
         None, None, None, None, 2420000]]})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit"
    assert list(_fields(table).values()) == [
        "ref", "title", "description", "benefit_type", "category", "owner", "measure",
        "baseline_value", "target_value", "target_date", "status"]
    assert [r["values"]["status"] for r in table["records"]] == [
        "realised", "on_track", "at_risk", "planned", "cancelled"]
    assert table["records"][0]["values"]["benefit_type"] == "cash_releasing"


@pytest.mark.parametrize("text,amount", [
    ("-R$ 311.421,50", -311421.5), ("₹12.5 L", 1_250_000.0), ("₹1.2 Cr", 12_000_000.0),
    ("2 crore", 20_000_000.0), ("—", None),
])
def test_amounts_with_a_sign_before_the_currency_and_indian_scales(text, amount):
    from pmo_desktop.importing import values as V

    assert V.parse_money(text) == amount


def test_a_brazilian_change_log_schedule_impact(store, tmp_path):
    head = ["Nº SM", "Título da mudança", "Solicitante", "Impacto em custo (R$)",
            "Impacto em prazo (dias)", "Parecer do comitê", "Data da decisão"]
    rows = [[f"SM-00{i}", f"Substituição de comportas {i}", "Luciana Ferraz",
             "-R$ 311.421,50" if i == 1 else "R$ 646.675,45", "+15" if i % 2 else 30,
             "Aprovada", f"2{i}/07/2024"] for i in range(1, 7)]
    path = _book(tmp_path / "rsm.xlsx", {"RSM": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    assert _fields(table)["Impacto em prazo (dias)"] == "impact_schedule_days"
    first = table["records"][0]["values"]
    assert (first["impact_cost"], first["impact_schedule_days"]) == (-311421.5, 15)


def test_a_decision_register_whose_decisions_are_implemented_or_rescinded(store, tmp_path):
    head = ["Decision No.", "Meeting", "Date", "Decision", "Rationale", "Decided by",
            "Actions arising", "Status"]
    states = ["Implemented", "Rescinded", "Superseded by D-2025-006", "Closed", "Implemented"]
    rows = [[f"D-2024-00{i}", "ExCo", datetime(2024, 2, i), f"Approve decline {i}",
             "Grade uplift.", "Managing Director", "Issue the revised mine plan", s]
            for i, s in enumerate(states, 1)]
    path = _book(tmp_path / "decisions.xlsx", {"2024": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    fields = _fields(table)
    assert (fields["Actions arising"], fields["Status"]) == ("next_action", "status")
    assert [r["values"]["status"] for r in table["records"]] == [
        "approved", "superseded", "superseded", "approved", "approved"]


def test_a_german_lessons_register_names_each_finding(store, tmp_path):
    head = ["Nr.", "Datum", "Erkenntnis", "Kategorie", "Was lief gut / Was lief schlecht",
            "Beschreibung (Was ist passiert?)", "Ursache", "Empfehlung", "Verantwortlich",
            "Umsetzungsstatus"]
    kinds = ["lief gut", "lief schlecht", "Verbesserungspotenzial", "lief schlecht"]
    rows = [["Phase 1 – Initiierung"]]
    rows += [[f"1.{i}", f"1{i}.11.2024", f"Frühe Einbindung des Betriebsrats {i}", "Stakeholder",
              kinds[i - 1], "Betriebsrat wurde im Kick-off informiert.", "Gute Erfahrungen.",
              "Betriebsrat ab Kick-off einbinden.", "Vogel, Katrin", "umgesetzt"]
             for i in range(1, 5)]
    path = _book(tmp_path / "ll.xlsx", {"LL-Register": [["Lessons Learned Register"], [], head,
                                                         *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    fields = _fields(table)
    assert [fields[h] for h in head[2:6]] == ["title", "category", "effect_type", "event"]
    assert fields["Umsetzungsstatus"] == "status"
    assert [r["values"]["effect_type"] for r in table["records"]] == [
        "went_well", "to_improve", "to_improve", "to_improve"]


def test_a_status_another_kind_of_record_has_folds_onto_a_tasks():
    from pmo_desktop.domain.enums import TASK_STATUSES
    from pmo_desktop.importing.choices import enum_parser

    parse = enum_parser(TASK_STATUSES, "status", "task")
    assert [parse(v) for v in ("Deferred", "Completed", "In Progress")] == [
        "on_hold", "complete", "in_progress"]


def test_a_us_microsoft_project_export_with_weekday_dates(store, tmp_path):
    head = ["ID", "Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names",
            "% Complete", "Outline Level"]
    rows = [[1, "Project Initiation", "4 days", "Mon 3/2/26", "Thu 3/5/26", None, None, "100%", 1],
            [2, "Kickoff meeting", "1 day", "Mon 3/2/26", "Mon 3/2/26", None, "Maria Ortiz",
             "100%", 2],
            [3, "Charter approved", "0 days", "Mon 3/2/26", "Mon 3/2/26", "2", "Tom Becker",
             "100%", 2],
            [4, "Stakeholder register", "3 days", "Tue 3/3/26", "Thu 3/5/26", "2", "Maria Ortiz",
             "50%", 2],
            [5, "Design", "28 days", "Fri 3/6/26", "Tue 4/14/26", "4", None, "0%", 1]]
    path = _book(tmp_path / "plan.xlsx", {"Task_Table1": [head, *rows]})
    [table] = [t for t in _tables(store, path) if t["entity"] == "task"]
    first = table["records"][0]["values"]
    # "Tue 4/14/26" says the column is month first: 3/2/26 is the 2nd of March
    assert (first["start_forecast"], first["finish_forecast"]) == ("2026-03-02", "2026-03-05")
    assert len(table["records"]) == 5


def test_a_danish_raid_log_one_kind_per_sheet(store, tmp_path):
    sheets = {
        "Issues": [["Nr.", "Issue", "Prioritet", "Rejst af", "Dato rejst", "Ansvarlig",
                    "Forventet løst", "Status", "Løsning / næste skridt"],
                   *[[f"I-0{i}", f"Integration fejler {i}", "Høj", "Mette Holm",
                      datetime(2025, 3, i), "Jens Lund", datetime(2025, 4, i), "Åben",
                      "Leverandør retter fejl"] for i in range(1, 6)]],
        "Antagelser": [["ID", "Antagelse", "Konsekvens hvis forkert", "Ejer",
                        "Valideres senest", "Status"],
                       *[[f"A-0{i}", f"Leverandøren leverer til tiden {i}", "Forsinkelse",
                          "Jens Lund", datetime(2025, 5, i), "Bekræftet"] for i in range(1, 6)]],
        "Afhængigheder": [["ID", "Afhængighed", "Retning", "Modpart", "Ansvarlig",
                           "Skal bruges senest", "Status"],
                          *[[f"D-0{i}", f"Adgang til KOMBIT-snitflade {i}", "Indgående",
                             "KOMBIT", "Jens Lund", datetime(2025, 6, i), "Forsinket"]
                            for i in range(1, 6)]],
    }
    path = _book(tmp_path / "raid_da.xlsx", sheets)
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert {s: t["entity"] for s, t in tables.items()} == {
        "Issues": "issue", "Antagelser": "assumption", "Afhængigheder": "dependency"}
    issue = tables["Issues"]["records"][0]["values"]
    assert (issue["raised_by"], issue["date_raised"], issue["due_date"], issue["resolution"]) == (
        "Mette Holm", "2025-03-01", "2025-04-01", "Leverandør retter fejl")
    assert tables["Antagelser"]["records"][0]["values"]["status"] == "validated"
    assert tables["Afhængigheder"]["records"][0]["values"]["need_by_date"] == "2025-06-01"


@pytest.mark.parametrize("header,entity,field", [
    ("Impact (Cost)", "change_request", "impact_cost"),  # the brackets say which impact
    ("Impact (Cost)", "risk", "impact_cost"),
    ("Impact (1-5)", "risk", "impact"),
    ("Finish (baseline)", "project", "finish_baseline"),
    ("Impact (Schedule, weeks)", "change_request", "impact_schedule_days"),
])
def test_a_word_qualified_in_brackets(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_a_schedule_impact_counted_in_weeks_is_stored_in_days():
    from pmo_desktop.importing.detected import Column
    from pmo_desktop.importing.fields import make_parser

    parse = make_parser("change_request", "impact_schedule_days",
                        Column(0, "Impact (Schedule, weeks)"), [3, 2], None)
    assert [parse(v) for v in (3, "2", "10 days", None)] == [21, 14, 10, None]


def test_a_greek_project_list_with_its_subtotals(store, tmp_path):
    group = [None, None, None, None, "Οικονομικά στοιχεία", None, "Χρονοδιάγραμμα", None, None,
             None]
    head = ["Α/Α", "Κωδικός έργου", "Τίτλος", "Υπεύθυνος έργου", "Προϋπολογισμός (€)",
            "Πληρωμές έως σήμερα (€)", "Ημερομηνία έναρξης", "Συμβατική λήξη",
            "Φυσικό αντικείμενο (%)", "Κατάσταση"]
    rows = [["Π.Ε. ΘΕΣΣΑΛΟΝΙΚΗΣ"]]
    rows += [[i, f"2023ΕΠ0850011{i}", f"Προμήθεια φωτοβολταϊκού σταθμού {i}", "Μαυρίδου Σοφία",
              "2.846.310,55", "712.480,16", f"1{i}/09/2023", f"1{i}/09/2025", 0.38,
              "Σε εξέλιξη" if i % 2 else "Ολοκληρωμένο"] for i in range(1, 6)]
    rows += [[None, None, "Σύνολο Π.Ε. Θεσσαλονίκης", None, "14.231.552,75", "3.562.400,80"],
             [None, None, "ΓΕΝΙΚΟ ΣΥΝΟΛΟ", None, "14.231.552,75", "3.562.400,80"]]
    path = _book(tmp_path / "erga.xlsx", {"Έργα 2025": [["ΚΑΤΑΣΤΑΣΗ ΕΚΤΕΛΕΣΗΣ ΕΡΓΩΝ"], [],
                                                         group, head, *rows]})
    _merge(path, "E3:F3", "G3:H3")
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert len(table["records"]) == 5
    first = table["records"][0]["values"]
    assert (first["bac"], first["start_baseline"], first["state"]) == (
        2846310.55, "2023-09-11", "active")


def test_a_ukrainian_risk_register(store, tmp_path):
    head = ["№", "Код", "Категорія", "Ризик", "Ймовірність", "Вплив", "Заходи реагування",
            "Відповідальний", "Дата виявлення", "Термін", "Статус"]
    states = ["Відкритий", "Закритий", "Під контролем", "Реалізувався"]
    rows = [[i, f"Р-0{i}", "Технічний", f"Невідповідність стану мереж {i}", 4, 5,
             "Телеінспекція колекторів", "Мельник А.П.", datetime(2024, 7, i),
             "до 12.10.2024" if i == 1 else "постійно", states[i - 1]] for i in range(1, 5)]
    path = _book(tmp_path / "ryzyky.xlsx", {"Реєстр ризиків": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    got = [(r["values"]["ref"], r["values"]["owner"], r["values"].get("due_date"),
            r["values"]["status"]) for r in table["records"]]
    assert got[0] == ("Р-01", "Мельник А.П.", "2024-10-12", "open")
    assert [g[3] for g in got] == ["open", "closed", "monitoring", "materialised"]


def test_an_italian_decision_log_whose_decisions_are_carried_out():
    from pmo_desktop.domain.enums import DECISION_STATUSES
    from pmo_desktop.importing.choices import enum_parser

    parse = enum_parser(DECISION_STATUSES, "status", "decision")
    assert [parse(v) for v in ("Attuata", "In attesa di ratifica", "Superata da D-31")] == [
        "approved", "pending", "superseded"]


@pytest.mark.parametrize("name,month", [
    ("Statusbericht 03-2025", "2025-03-01"), ("Status March 2025", "2025-03-01"),
    ("Projekt 12-2024 alt", "2024-12-01"), ("Risks", None), ("Budget 2025", None),
    ("Release 2.0 2025", None),
])
def test_a_sheet_named_for_a_month_among_other_words(name, month):
    from datetime import date

    from pmo_desktop.importing.units import sheet_period

    rank = sheet_period(name, date(2025, 6, 1))
    assert (date.fromordinal(rank[1]).isoformat() if rank else None) == month


def test_a_month_and_its_year():
    from pmo_desktop.importing.dates import parse_date

    assert [parse_date(t).isoformat() for t in ("03-2025", "3/2025", "03.2025")] == [
        "2025-03-01"] * 3


def test_nordic_status_words_of_risks_and_dependencies():
    """A Danish RAID log's "Under observation" risks are watched, its dependencies
    "Leveret" and "På sporet" delivered and on track (Norwegian and Swedish alike)."""
    from pmo_desktop.domain.enums import DEPENDENCY_STATUSES, RISK_STATUSES
    from pmo_desktop.importing.choices import enum_parser

    risk = enum_parser(RISK_STATUSES, "status", "risk")
    assert [risk(v) for v in ("Under observation", "Overvåges", "Övervakas")] == [
        "monitoring"] * 3
    dependency = enum_parser(DEPENDENCY_STATUSES, "status", "dependency")
    assert [dependency(v) for v in ("Leveret", "Levert", "Levererad", "På sporet")] == [
        "delivered", "delivered", "delivered", "on_track"]


@pytest.mark.parametrize("choices,kind,entity,written,read", [
    (("open", "closed"), "status", "lesson", ["Actioned", "With PMO", "verworfen", "Arquivada",
                                              "Shared with PMO", "Embedded"],
     ["closed", "open", "closed", "closed", "closed", "closed"]),
    ("DEPENDENCY_STATUSES", "status", "dependency", ["Met", "Entregue", "erfüllt"],
     ["delivered"] * 3),
    ("MILESTONE_STATUSES", "status", "milestone", ["Geplant", "Delayed", "erreicht"],
     ["not_due", "forecast_late", "complete_on_time"]),
    ("ISSUE_STATUSES", "status", "issue", ["Cancelado", "Rejected"], ["closed", "closed"]),
    ("DECISION_STATUSES", "status", "decision", ["Final", "vorgeschlagen"],
     ["approved", "proposed"]),
    ("ACTION_STATUSES", "status", "action", ["Verschoben", "Superseded", "Dropped"],
     ["open", "cancelled", "cancelled"]),
    ("RISK_STATUSES", "status", "risk", ["Expired", "Indtruffet"], ["closed", "materialised"]),
    ("TASK_STATUSES", "status", "task", ["Planned", "Geplant"], ["not_started"] * 2),
    ("RISK_TRENDS", "trend", "risk", ["↔", "=", "↗"], ["stable", "stable", "increasing"]),
    ("SEVERITIES", "severity", "dependency", ["● Baixa", "tief", "Major"],
     ["low", "low", "high"]),
    ("PROJECT_STAGES", "stage", "project", ["Monitor & Control", "G1 - Strategic Outline",
                                            "G2 - Outline Business Case",
                                            "G3 - Full Business Case"],
     ["delivery", "idea", "initiation", "planning"]),
    ("PROJECT_STATES", "state", "project", ["Suspendat", "Reziliat"], ["on_hold", "cancelled"]),
])
def test_status_and_scale_words_of_logs_in_several_languages(choices, kind, entity, written,
                                                             read):
    """Words an unseen batch's logs wrote that were left empty with a warning: each is a
    plain word of its language for the state it names, read the same for every kind."""
    from pmo_desktop.domain import enums
    from pmo_desktop.importing.choices import enum_parser

    parse = enum_parser(getattr(enums, choices) if isinstance(choices, str) else choices,
                        kind, entity)
    assert [parse(v) for v in written] == read


def test_a_benefits_status_and_type_in_other_words():
    from pmo_desktop.domain.governance import BENEFIT_STATUSES, BENEFIT_TYPES
    from pmo_desktop.importing.choices import enum_parser

    status = enum_parser(BENEFIT_STATUSES, "status", "benefit")
    assert [status(v) for v in ("Em acompanhamento", "Ikke startet", "Not yet due",
                                "Not yet measurable", "Erreicht")] == [
        "on_track", "planned", "planned", "planned", "realised"]
    assert enum_parser(BENEFIT_TYPES, "benefit_type", "benefit")("Não financeiro") == \
        "quantifiable_non_financial"
