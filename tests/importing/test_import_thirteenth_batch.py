"""Layouts from a thirteenth round of trackers the importer had never seen: a North
American PMO's month (a Smartsheet portfolio, a benefits scorecard, a stakeholder RACI
matrix, a Québec change log) and small organisations that keep everything in
spreadsheets (a Brazilian status workbook, German, Dutch and Swedish project lists, a
Turkish risk register).

Each test is a rule, not a file."""

from __future__ import annotations

from .conftest import best_field, dry_run_tables, fields_of, write_book as _book

PROJECT = "THR"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_month_s_name_alone_over_text_is_a_word_that_spells_like_it(store, tmp_path):
    """A Portuguese status sheet's milestones under "Marco" (a milestone; "Março", March,
    without its cedilla): no month column beside it and text below, so no month. The
    table had been left unread, its names taken for March's amounts."""
    path = _book(tmp_path / "status.xlsx", {"PRJ-01": [
        ["MARCOS"],
        ["Marco", "Data Planejada", "Data Prevista", "Data Real", "Status", "Observação"],
        *[[f"Entrega {i}", f"2025-0{i}-28", f"2025-0{i + 1}-15", None, "Atrasado", ""]
          for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    assert fields_of(table)["Marco"] == "name"
    assert table["records"][0]["values"]["name"] == "Entrega 1"


def test_a_register_on_a_sheet_named_like_a_lookup_is_read(store, tmp_path):
    """"Scorecard" and "RACI" name sheets of reference as often as registers: a sheet so
    named whose headers are six or more of one register's own words is that register
    (a benefits scorecard, a stakeholder register with its RACI columns)."""
    path = _book(tmp_path / "scorecard.xlsx", {
        "Scorecard Q2": [
            ["Ref", "Benefit Name", "Benefit Type", "Benefit Owner", "KPI / Measure",
             "Baseline", "Target", "Target Date"],
            *[[f"B-0{i}", f"Reduced readmissions {i}", "Non-financial", "Lee, Ana",
               "Readmission rate", 0.18, 0.12, "2026-03-31"] for i in range(1, 5)]],
        "Stakeholders & RACI": [
            ["Stakeholder", "Organization", "Role on Project", "Power", "Interest",
             "Current Engagement", "Target Engagement", "Business Case"],
            *[[f"Mayor's Office {i}", "City of Riverbend", "Sponsor", "High", "High",
               "Neutral", "Supportive", "A"] for i in range(1, 5)]],
        "Lists": [["Status", "RAG"], ["Open", "Red"], ["Closed", "Amber"], [None, "Green"]]})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert tables["Scorecard Q2"]["entity"] == "benefit"
    assert tables["Stakeholders & RACI"]["entity"] == "stakeholder"
    assert tables["Lists"]["entity"] is None


def test_bare_dates_beside_the_baseline_ones_are_the_forecast(store, tmp_path):
    """A Smartsheet portfolio's "Baseline Start" / "Baseline Finish" took the baseline;
    its bare "Start Date" / "End Date" are the current dates (they had been left out)."""
    path = _book(tmp_path / "portfolio.xlsx", {"Enterprise Portfolio": [
        ["Project Name", "Project Manager", "Baseline Start", "Baseline Finish",
         "Start Date", "End Date", "Status"],
        *[[f"Data platform {i}", "Ortiz, Dana", f"2025-0{i}-01", f"2025-1{i - 1}-30",
           f"2025-0{i}-15", f"2026-0{i}-28", "Active"] for i in range(1, 5)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert [fields[h] for h in ("Baseline Start", "Baseline Finish", "Start Date",
                                "End Date")] == [
        "start_baseline", "finish_baseline", "start_forecast", "finish_forecast"]


def test_project_lists_of_small_organisations_in_german_dutch_and_swedish(store, tmp_path):
    """"Verantwortlicher" (the one responsible) is the manager and "In Bearbeitung" a
    live project; a municipality's "Portefeuillehouder" (the alderman) its sponsor and
    "Stoplicht" its RAG; a Swedish list's "Hälsa" (health) and "Färdigställt (%)"."""
    path = _book(tmp_path / "projektliste.xlsx", {"Projektliste": [
        ["Nr.", "Projekt", "Verantwortlicher", "Ampel", "Status", "Ende (Plan)"],
        *[[i, f"ERP-Einführung {i}", "Huber, Jonas", "grün", "In Bearbeitung",
           "2025-12-31"] for i in range(1, 5)]]})
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert (fields["Verantwortlicher"], fields["Status"]) == ("manager", "state")
    assert table["records"][0]["values"]["state"] == "active"
    assert best_field("Portefeuillehouder", "project") == "sponsor"
    assert best_field("Stoplicht", "project") == "rag_overall"
    assert best_field("Hälsa", "project") == "rag_overall"
    assert best_field("Färdigställt (%)", "project") == "pct_complete"


def test_words_of_a_turkish_risk_register_and_a_quebec_change_log():
    assert [best_field(h, "risk") for h in (
        "Risk Tanımı", "Tespit Tarihi", "Risk Seviyesi", "Müdahale Stratejisi")] == [
        "title", "date_raised", "severity", "response"]
    assert best_field("Impact sur les coûts", "change_request") == "impact_cost"
    assert best_field("Impact sur l'échéancier", "change_request") == "impact_schedule_days"
    assert best_field("Labor Category", "allocation") == "role_id"


def test_a_register_of_asuntos_is_an_issue_log(store, tmp_path):
    """Puerto Rico's "Registro de asuntos" (matters open with the project): its estimated
    impact in dollars made it read as a risk register as well as an issue log, a tie held
    back; "asuntos" names issues. A SharePoint list's "Created" / "Created By" are when
    and by whom a lesson was logged."""
    import csv

    path = tmp_path / "Registro_Asuntos_Planta.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Núm.", "Fecha de apertura", "Asunto", "Descripción", "Prioridad",
                    "Estado", "Responsable", "Fecha límite", "Impacto estimado (USD)"])
        for i in range(1, 6):
            w.writerow([f"A-00{i}", f"09/0{i}/2025", f"Retraso en entrega de bombas {i}",
                        "El suplidor notificó atraso.", "Alta", "Abierto", "Rivera, Luis",
                        f"10/0{i}/2025", "$18,500.00"])
    [table] = _tables(store, path)
    assert table["entity"] == "issue"
    assert table["records"][0]["values"]["impact_cost"] == 18500.0
    assert best_field("Created", "lesson") == "date_logged"
    assert best_field("Created By", "lesson") == "logged_by"
