"""Registers written under merged group cells, with the words of the record's own name
(from a batch of trackers the importer had never seen: a Dutch RISMAN risk register, an
Austrian milestone trend plan, a Polish weekly resource plan, a Canadian portfolio grouped
by programme, a Mexican MS Project export and an Argentine change log).

Each test is a rule, not a file: the record's own name before a field's word ("Risico-
eigenaar", "Risikostatus"); a probability or impact under "Net"/"Netto" or "Gross"; a
header offering two names ("Meilenstein / Ergebnis"); a row counter broken by section
headings; a week's number before its first day ("T15 07.04") under a month with its year;
totals named after what they add up in other languages; durations with accents."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from pmo_desktop.importing.columnmatch import counts_rows
from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.predecessors import parse_duration
from pmo_desktop.operations.imports import import_files

PROJECT = "GRP"


def _book(path, title: str, rows: list[list], merges: list[str]) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return str(path)


def _table(store, path, entity, create=False):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Grouped"})
    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT,
                          create_projects=create).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    tables = [t for t in data["files"][0]["tables"] if t["entity"] == entity]
    assert tables, [(t["sheet"], t["entity"]) for t in data["files"][0]["tables"]]
    return tables[0]


@pytest.mark.parametrize("header,entity,field", [
    ("Risico-eigenaar", "risk", "owner"),
    ("Risikostatus", "risk", "status"),
    ("Änderungsstatus", "change_request", "status"),
    ("Risicogebeurtenis", "risk", "title"),
    ("Risikobeschreibung", "risk", "title"),
    ("Netto risico Kans", "risk", "residual_probability"),
    ("Net Risk Likelihood", "risk", "residual_probability"),
    ("Netto risico Impact", "risk", "residual_impact"),
    ("Bruto risico Kans", "risk", "probability"),
    ("Inherent Risk Impact", "risk", "impact"),
    ("Meilenstein / Ergebnis", "milestone", "name"),
    ("Plantermin aktuell", "milestone", "forecast_date"),
    ("krit. Pfad", "milestone", "critical"),
    ("Erreicht %", "milestone", "pct_complete"),
    ("Impacto plazo", "change_request", "impact_schedule_days"),
    ("Aprobó", "change_request", "approver"),
    ("Contexte / options examinées", "decision", "options"),
    ("Status / Key Accomplishments", "project", "summary"),
    ("Impact if Incorrect", "assumption", "impact_if_false"),
])
def test_a_header_names_its_field(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def test_the_records_own_name_makes_a_field_surer_than_another_holder():
    # "Risk owner" beside "Action holder": the risk's owner is the one its name says
    own = dict(header_matches("Risico-eigenaar", "risk"))["owner"]
    other = dict(header_matches("Actiehouder", "risk"))["owner"]
    assert own > other
    # a sheet's word is not the record's name: "Status Date" is no status's date
    assert header_matches("Status Date", "project")[0][0] == "status_date"


def test_a_row_counter_broken_by_section_headings_still_counts_rows():
    assert counts_rows(["GRID", 1, 2, 3, 4, 5, "GENERATION", 6, 7, 8, 9])
    assert not counts_rows(["R-001", 1, 2, 3])
    assert not counts_rows(["A", "B", 1, 2, 3])  # mostly words: not a counter


def test_durations_written_with_accents():
    assert parse_duration("65 días") == 65.0
    assert parse_duration("1 día") == 1.0
    assert parse_duration("0 días") == 0.0


def test_a_dutch_risk_register_under_gross_and_net_groups(store, tmp_path):
    rows = [
        ["Risicoregister (RISMAN-methode)"],
        [],
        ["Identificatie", None, None, None, "Bruto risico", None, "Beheersing", None, None,
         "Netto risico", None, "Opvolging"],
        ["Nr.", "Datum gesignaleerd", "Risicogebeurtenis", "Oorzaak", "Kans", "Impact",
         "Beheersmaatregel", "Risico-eigenaar", "Actiehouder", "Kans", "Impact", "Status"],
        [1, datetime(2024, 5, 17), "Vertraging vergunning", "Wet- en regelgeving", 2, 2,
         "Inzet extern bureau", "Meijer, Fleur", "De Boer, Koen", 1, 2, "Open"],
        [2, datetime(2025, 1, 26), "Archeologische vondsten", "Beperkte capaciteit", 5, 1,
         "Vooronderzoek", "Van den Berg, Sanne", "Dekker, Bram", 3, 1, "Opgetreden"],
        [3, datetime(2024, 5, 20), "Levertijd transformatoren", "Marktomstandigheden", 2, 3,
         "Vroeg bestellen", "Bakker, Thijs", "Mulder, Anouk", 1, 1, "Gesloten"],
        [],
        [None, None, "Aantal risico's totaal", None, None, None, None, None, None, None, 3],
    ]
    path = _book(tmp_path / "risicoregister.xlsx", "Risicoregister", rows,
                 ["A3:D3", "E3:F3", "G3:I3", "J3:K3"])
    t = _table(store, path, "risk")
    fields = {c["header"].split()[-1] if c["header"].split() else "": c["field"]
              for c in t["columns"]}
    by_header = {c["header"]: c["field"] for c in t["columns"]}
    assert by_header["Identificatie Risicogebeurtenis"] == "title"
    assert by_header["Beheersing Risico-eigenaar"] == "owner"
    assert by_header["Beheersing Actiehouder"] != "owner"
    assert by_header["Bruto risico Kans"] == "probability"
    assert by_header["Netto risico Kans"] == "residual_probability"
    assert by_header["Netto risico Impact"] == "residual_impact"
    assert by_header["Identificatie Datum gesignaleerd"] == "date_raised"
    assert fields  # (every column listed)
    assert t["created"] == 3 and t["rejected"] == []  # the count row is not a record
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["2"]["status"] == "materialised"
    assert (got["2"]["owner"], got["2"]["residual_probability"]) == ("Van den Berg, Sanne", 3)


def test_a_portfolio_numbered_by_row_under_programme_headings(store, tmp_path):
    rows = [
        ["Capital Portfolio Status"],
        [],
        ["Project", None, None, None, "Schedule", None],
        ["#", "Project ID", "Project Name", "Sponsor", "Start", "Forecast Finish"],
        ["GRID MODERNIZATION"],
        [1, "CP-24-GM01", "AMI Meter Deployment", "Whitfield, Daniel",
         datetime(2024, 10, 28), datetime(2025, 12, 26)],
        [2, "CP-25-GM02", "Feeder Reclosers", "Whitfield, Daniel",
         datetime(2024, 8, 3), datetime(2025, 11, 1)],
        [3, "CP-25-GM03", "ADMS Upgrade", "Whitfield, Daniel",
         datetime(2025, 1, 6), datetime(2025, 9, 30)],
        ["GENERATION"],
        [4, "CP-25-GN01", "Solar Farm Phase 2", "Okafor, Ada",
         datetime(2025, 2, 3), datetime(2026, 6, 30)],
        [5, "CP-25-GN02", "Hydro Turbine Refit", "Okafor, Ada",
         datetime(2025, 4, 1), datetime(2026, 3, 31)],
    ]
    path = _book(tmp_path / "portfolio.xlsx", "Portfolio Status", rows, ["A3:D3", "E3:F3"])
    t = _table(store, path, "project", create=True)
    by_header = {c["header"]: c["field"] for c in t["columns"]}
    assert by_header["Project Project ID"] == "code", by_header
    assert by_header["Project #"] != "code"
    codes = sorted(r["values"]["code"] for r in t["records"])
    assert codes == ["CP-24-GM01", "CP-25-GM02", "CP-25-GM03", "CP-25-GN01", "CP-25-GN02"]


def test_a_weekly_resource_plan_under_polish_months(store, tmp_path):
    rows = [
        ["Plan obsadzenia zasobów – tygodniowo (godziny), II kwartał 2025"],
        [],
        ["Lp.", "Pracownik", "Stanowisko", "Projekt", "marzec 2025", "kwiecień 2025", None,
         "maj 2025", None, "Suma godzin"],
        [None, None, None, None, "T14\n31.03", "T15\n07.04", "T16\n14.04", "T19\n05.05",
         "T20\n12.05", None],
        [1, "Kowalczyk, Tomasz", "Kierownik projektu", PROJECT, 20, 4, 24, 8, 16, 72],
        [None, "Kowalczyk, Tomasz", "Kierownik projektu", "BAU", 16, 20, 12, 16, 8, 72],
        [None, "Razem Kowalczyk", None, None, 36, 24, 36, 24, 24, 144],
        [2, "Nowak, Anna", "Analityk", PROJECT, 8, 8, 8, 8, 8, 40],
        [None, "Razem Nowak", None, None, 8, 8, 8, 8, 8, 40],
    ]
    path = _book(tmp_path / "obsadzenie.xlsx", "Obsadzenie Q2 2025", rows,
                 ["F3:G3", "H3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "J3:J4"])
    t = _table(store, path, "allocation", create=True)
    periods = [c["period"] for c in t["columns"] if c.get("period")]
    # the weeks take their month's year (not the year the import is run in)
    assert periods == ["2025-03", "2025-04", "2025-04", "2025-05", "2025-05"]
    skipped = {s["row"]: s["reason"] for s in t["skipped"]}
    assert "subtotal" in skipped[7] and "subtotal" in skipped[9]
    people = {r["values"].get("resource") for r in t["records"]}
    assert people == {"Tomasz Kowalczyk", "Anna Nowak"}  # ("Surname, First" turned round)
    april = [r["values"] for r in t["records"] if r["values"].get("period") == "2025-04"
             and r["values"].get("resource") == "Tomasz Kowalczyk"
             and r["values"].get("project") == PROJECT]
    assert april and april[0]["hours"] == 28


def test_change_types_and_priorities_in_other_languages(store, tmp_path):
    rows = [
        ["N° SC", "Fecha solicitud", "Título del cambio", "Tipo de cambio", "Prioridad",
         "Impacto plazo", "Estado", "Aprobó"],
        ["SC-001", "9/8/2024", "Validación de CUIT", "Alcance", "Normal", "5 días",
         "Aprobada", "Ponce, Gustavo"],
        ["SC-002", "13/8/2024", "Integración con CESVI", "Recursos", "Alta", "20 días",
         "En análisis", None],
        ["SC-003", "16/8/2024", "Reporte SSN", "Calidad", "Media", "0", "Aprobada",
         "Ponce, Gustavo"],
    ]
    path = _book(tmp_path / "cambios.xlsx", "Control de cambios", rows, [])
    t = _table(store, path, "change_request")
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert [got[k]["cr_type"] for k in ("SC-001", "SC-002", "SC-003")] == [
        "scope", "resource", "quality"]
    assert got["SC-001"]["priority"] == "medium"
    assert got["SC-002"]["impact_schedule_days"] == 20
    assert got["SC-001"]["approver"] == "Ponce, Gustavo"
