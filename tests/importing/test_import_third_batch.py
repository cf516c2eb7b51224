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
