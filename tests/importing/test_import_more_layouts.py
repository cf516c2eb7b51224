"""Layouts from a second batch of trackers the importer had never seen (a bank's issue log
with a sheet per workstream, an Azure DevOps tree export, an Italian research grant's
quarterly budget, a Swedish capacity plan, a US milestone chart drawn with diamonds, and
the words of Swiss, Dutch, Québec and Brazilian registers).

Each test is a rule: headers that name the record outrank a sheet named for a workstream;
a name written one level to a column; quarters written "T1 2024"; a budget's heading rows;
figures written under a total; diamonds that mark milestones, not bars; a code before the
words of a choice ("FEL 2 – Pre-feasibility", "P1 - Critical")."""

from __future__ import annotations

from datetime import datetime, timedelta

import openpyxl
import pytest

from pmo_desktop.domain import enums
from pmo_desktop.importing import values as V
from pmo_desktop.importing.headers import header_matches

from .conftest import dry_run_tables, write_book as _book

PROJECT = "LAY"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


@pytest.mark.parametrize("header,entity,field", [
    ("Entscheid durch", "change_request", "approver"),
    ("Eingang", "change_request", "date_raised"),
    ("Datum ingebracht", "action", "date_raised"),
    ("Toelichting", "action", "notes"),
    ("Impact si fausse", "assumption", "impact_if_false"),
    ("Date signalée", "issue", "date_raised"),
    ("Approved Completion", "project", "finish_baseline"),
])
def test_a_header_names_its_field(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_another_kinds_name_makes_a_key_less_sure():
    assert dict(header_matches("Issue ID", "issue"))["ref"] > \
        dict(header_matches("Issue ID", "risk"))["ref"]
    assert dict(header_matches("Issue Title", "issue"))["title"] > \
        dict(header_matches("Issue Title", "risk"))["title"]


def test_a_code_before_the_words_of_a_choice():
    stage = V.enum_parser(enums.PROJECT_STAGES, "stage", "project")
    assert [stage(v) for v in ("FEL 1 – Concept", "FEL 2 – Pre-feasibility",
                               "FEL 3 – Feasibility", "Close-out", "G3: Execute")] == [
        "idea", "initiation", "planning", "closing", "delivery"]
    issue = V.enum_parser(enums.RAID_STATUSES["issue"], "status", "issue")
    assert issue("On Hold") == "open"


def test_quarters_written_as_trimestres():
    for text, month in (("T4 2023", "2023-12"), ("1T 2024", "2024-03"),
                        ("3º trimestre 2025", "2025-09"), ("Trim. 2 2024", "2024-06")):
        assert V.period_of(text) == month, text
    with pytest.raises(V.ValueProblem):
        V.period_of("1 2024x")


def test_an_issue_log_on_sheets_named_for_workstreams(store, tmp_path):
    header = ["Issue ID", "Date Raised", "Issue Title", "Description", "Type", "Priority",
              "Owner", "Target Date", "Status"]
    sheets = {}
    for sheet, key in (("Credit Risk SA", "CRSA"), ("Market Risk (FRTB)", "FRTB")):
        sheets[sheet] = [
            ["Basel 3.1 Implementation Programme — Issue Log"],
            [f"Workstream: {sheet} | Lead: Okafor, Chidi"],
            [],
            header,
            *[[f"{key}-00{n}", datetime(2025, 3, n), f"Problem {n} in {key}", "Found in test",
               "Data", "P1 - Critical" if n == 1 else "P2 - High", "Shah, Priyesh",
               datetime(2025, 4, n), "On Hold" if n == 2 else "Open"] for n in (1, 2, 3)],
        ]
    tables = _tables(store, _book(tmp_path / "issues.xlsx", sheets))
    assert [(t["sheet"], t["entity"]) for t in tables] == [
        ("Credit Risk SA", "issue"), ("Market Risk (FRTB)", "issue")]
    for t in tables:
        assert t["created"] == 3, t.get("warnings")  # not held back as a guess
        got = {r["values"]["ref"]: r["values"] for r in t["records"]}
        first, second = sorted(got)[:2]
        assert got[first]["priority"] == "critical" and got[second]["priority"] == "high"
        assert got[second]["status"] == "open"


def test_a_tree_exported_one_level_to_a_column(store, tmp_path):
    path = tmp_path / "ado.csv"
    path.write_text(
        "\ufeffID,Work Item Type,Title 1,Title 2,Title 3,Assigned To,State,Start Date,Target Date\n"
        "100,Epic,Case reporting onboarding,,,Kyle Brennan <kb@x.gov>,Active,"
        "1/6/2025 12:00:00 AM,10/27/2025 12:00:00 AM\n"
        "101,Feature,,eICR ingestion,,Jasmine Carter <jc@x.gov>,Closed,"
        "1/27/2025 12:00:00 AM,3/24/2025 12:00:00 AM\n"
        "102,User Story,,,Configure SFTP drop,Isaac Romero <ir@x.gov>,Closed,"
        "1/20/2025 12:00:00 AM,2/3/2025 12:00:00 AM\n"
        "103,User Story,,,Parse CDA into staging,Deborah Hughes <dh@x.gov>,Active,"
        "2/3/2025 12:00:00 AM,2/14/2025 12:00:00 AM\n"
        "104,Feature,,Lab reporting,,Chen Wei <cw@x.gov>,New,"
        "3/10/2025 12:00:00 AM,6/1/2025 12:00:00 AM\n", encoding="utf-8")
    (t,) = _tables(store, path)
    assert t["entity"] == "task" and t["created"] == 5 and t["rejected"] == []
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["102"]["name"] == "Configure SFTP drop"
    assert [got[k]["outline_level"] for k in ("100", "101", "102", "103", "104")] == [
        1, 2, 3, 3, 2]
    assert got["102"]["parent_ref"] == "101" and got["104"]["parent_ref"] == "100"
    assert got["101"]["owner"] == "Jasmine Carter"


def test_a_quarterly_grant_budget_with_trimestres_and_headings(store, tmp_path):
    path = tmp_path / "piano.csv"
    rows = [
        "Università – Progetto PRIN;;;;;;;",
        "Piano finanziario per trimestre – importi in €;;;;;;;",
        ";;;;;;;",
        "Codice;Voce di spesa;T1 2024;;T2 2024;;Totale progetto;",
        ";;Preventivo;Consuntivo;Preventivo;Consuntivo;Preventivo;Consuntivo",
        "A;PERSONALE;;;;;;",
        "A.1;Assegno di ricerca;6.000,00;5.520,00;6.000,00;6.000,00;12.000,00;11.520,00",
        "A.2;Borsa di dottorato;2.625,00;2.625,00;2.625,00;2.756,25;5.250,00;5.381,25",
        ";Totale A – Personale;8.625,00;8.145,00;8.625,00;8.756,25;17.250,00;16.901,25",
        "B;MISSIONI;;;;;;",
        "B.1;Missioni per campagne di misura;1.300,00;1.150,00;500,00;386,46;1.800,00;1.536,46",
        ";Totale B – Missioni;1.300,00;1.150,00;500,00;386,46;1.800,00;1.536,46",
        ";TOTALE PROGETTO;9.925,00;9.295,00;9.125,00;9.142,71;19.050,00;18.437,71",
    ]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    (t,) = _tables(store, path)
    assert t["entity"] == "financial"
    assert t["rows"] == 3  # the three lines: not the headings, not the totals
    skipped = " ".join(s["reason"] for s in t["skipped"])
    assert "section heading ('PERSONALE')" in skipped and "MISSIONI" in skipped
    got = {r["values"]["period"]: r["values"] for r in t["records"]}
    assert got["2024-03"]["planned"] == pytest.approx(9925.0)
    assert got["2024-03"]["actual"] == pytest.approx(9295.0)
    assert got["2024-06"]["actual"] == pytest.approx(9142.71)


def test_figures_written_under_a_total_are_not_records(store, tmp_path):
    may = datetime(2026, 1, 1)
    months = [may.replace(month=m) for m in (1, 2, 3)]
    path = _book(tmp_path / "kapacitet.xlsx", {"Kapacitetsplan 2026": [
        ["Tabell 2 – Bemanning per person och projekt (timmar/månad)"],
        ["Namn", "Roll", "Projekt", *months],
        ["Lindqvist, Erik", "Projektledare", PROJECT, 80, 64, 64],
        [None, None, "BAU", 52, 64, 52],
        ["Berg, Anna", "Projektledare", PROJECT, 32, 32, 40],
        [None, None, None, None, None, None],
        [None, None, "Summa per månad", 164, 160, 156],
        [None, None, "Kapacitet (h)", 320, 320, 320],
        [None, None, "Beläggning", "51 %", "50 %", "49 %"],
    ]})
    (t,) = _tables(store, path, create=True)
    assert t["entity"] == "allocation" and t["rows"] == 3
    reasons = {s["row"]: s["reason"] for s in t["skipped"]}
    assert "Kapacitet (h)" in reasons[8] and "Beläggning" in reasons[9]
    assert not any("Kapacitet" in str(r["values"]) for r in t["records"])


def test_diamonds_on_a_timeline_mark_milestones_not_bars(store, tmp_path):
    weeks = [datetime(2025, 1, 6) + timedelta(weeks=k) for k in range(12)]
    base, fcst = datetime(2025, 1, 17), datetime(2025, 1, 29)
    rows = [
        ["Level 1 Milestone Schedule — data date 10/31/2025"],
        [],
        ["ID", "Milestone", "Responsible", "Baseline", "Forecast", "Actual", "Status", *weeks],
        ["1.01", "Site control complete", "Dana Kowalski", base, fcst, fcst, "Complete",
         None, "◇", None, "◆", *[None] * 8],
        ["1.02", "Permit approved", "Keisha Thompson", datetime(2025, 2, 21),
         datetime(2025, 2, 25), None, "At Risk", *[None] * 6, "◇", "◆", *[None] * 4],
        ["1.03", "Interconnection signed", "Laura Chen", datetime(2025, 3, 14),
         datetime(2025, 3, 14), None, "On Track", *[None] * 9, "◆", None, None],
        ["1.04", "Notice to proceed", "Laura Chen", datetime(2025, 3, 20),
         datetime(2025, 3, 27), None, "On Track", *[None] * 10, "◇", "◆"],
    ]
    (t,) = _tables(store, _book(tmp_path / "milestones.xlsx", {"L1 Milestones": rows}))
    assert t["entity"] == "milestone" and t["created"] == 4
    headers = [c["header"] for c in t["columns"]]
    assert "Start (from timeline)" not in headers  # no bar was read from two diamonds
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["1.01"]["baseline_date"] == "2025-01-17"
    assert got["1.01"]["forecast_date"] == "2025-01-29"  # the table's date, not the week's
    assert got["1.02"]["forecast_date"] == "2025-02-25"


def test_a_probability_ticked_in_one_of_five_columns(store, tmp_path):
    classes = ["Très faible\n(< 10 %)", "Faible\n(10-30 %)", "Moyenne\n(30-50 %)",
               "Forte\n(50-80 %)", "Très forte\n(> 80 %)"]

    def ticked(k):
        return [("X" if i == k else None) for i in range(5)]

    rows = [
        ["Registre des risques — cocher d'un X la classe de probabilité"],
        [],
        ["IDENTIFICATION", None, None, "PROBABILITÉ", None, None, None, None, "ÉVALUATION"],
        ["N°", "Intitulé du risque", "Responsable", *classes, "Gravité (1 à 5)"],
        ["R01", "Retard du permis de construire", "MARTIN Claire", *ticked(0), 3],
        ["R02", "Recours de tiers contre le permis", "PETIT Laurent", *ticked(3), 3],
        ["R03", "Découverte archéologique", "LAURENT Aurélie", *ticked(2), 1],
        ["R04", "Pollution des sols", "THOMAS Nicolas", *ticked(4), 4],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Registre"
    for row in rows:
        ws.append(row)
    for m in ("A3:C3", "D3:H3"):
        ws.merge_cells(m)
    wb.save(tmp_path / "registre.xlsx")
    (t,) = _tables(store, tmp_path / "registre.xlsx")
    assert t["entity"] == "risk"
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields["PROBABILITÉ"] == "probability"
    assert fields["ÉVALUATION Gravité (1 à 5)"] == "impact"  # not a severity's word: 1–5
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert [got[k]["probability"] for k in ("R01", "R02", "R03", "R04")] == [1, 4, 3, 5]
    assert got["R04"]["impact"] == 4
    assert any("ticked" in w for w in t["warnings"])


def test_predecessors_named_by_row_ids_when_tasks_are_keyed_by_unique_id(store, tmp_path):
    day = datetime(2025, 6, 23)
    rows = [
        ["Exported from MS Project Professional – Task Table 'PMO Export'"],
        [],
        ["ID", "Unique ID", "Task Name", "Duration", "Start", "Finish", "Predecessors"],
        [1, 101, "Civil works", "10 days", day, day + timedelta(days=13), None],
        [2, 104, "Power upgrade", "5 days", day + timedelta(days=14),
         day + timedelta(days=18), "1"],
        [3, 107, "Antenna installation", "5 days", day + timedelta(days=21),
         day + timedelta(days=25), "2,1SS+3 days"],
        [4, 2, "Site on air", "0 days", day + timedelta(days=25),
         day + timedelta(days=25), "3"],
    ]
    tables = _tables(store, _book(tmp_path / "msp.xlsx", {"Task_Table1": rows}))
    t = next(t for t in tables if t["entity"] == "task")  # (and its milestone beside)
    assert t["created"] == 4
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    # "2" is the row ID of task 104, not the task whose Unique ID is 2
    assert got["107"]["predecessors"].replace(" ", "") == "104;101SS+3d"
    assert got["2"]["predecessors"] == "107"
    assert not any("name no task" in w for r in t["records"] for w in r.get("warnings", []))


def test_a_column_of_date_spans_gives_start_and_finish(store, tmp_path):
    rows = [
        ["Digital Portfolio FY24-25"],
        [],
        ["Name", "Project Owner", "Health", "Timeline", "Go-live", "Budget (NZD)"],
        ["Grants system replacement", "Priya Sharma", "At risk", "2024-08-01 - 2025-05-15",
         datetime(2025, 5, 15), 2850000],
        ["Cloud migration wave 2", "Leilani Tuiasosopo", "On track", "2024-10-01 - 2025-03-30",
         datetime(2025, 3, 30), 1620000],
        ["Rooms refresh", "Tama Rangihuna", "On track", "2023-07-01 - 2024-11-20",
         datetime(2024, 11, 20), 260000],
    ]
    (t,) = _tables(store, _book(tmp_path / "board.xlsx", {"Board": rows}), create=True)
    assert t["entity"] == "project"
    col = next(c for c in t["columns"] if c["header"] == "Timeline")
    assert col["field"] == "start_forecast"
    got = {r["values"]["name"]: r["values"] for r in t["records"]}
    rooms = got["Rooms refresh"]
    assert (rooms["start_forecast"], rooms["finish_forecast"]) == ("2023-07-01", "2024-11-20")
    assert rooms["finish_baseline"] == "2024-11-20"  # ("Go-live": its own column)
