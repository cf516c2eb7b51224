"""Trackers in Spanish, Portuguese, French, Italian, Dutch, the Nordic languages, Polish and
German: the headers PMOs in those languages write name their fields, and three registers
that were not recognised at all (a Danish lessons log, a Polish dependency register, a
Québec milestone table) are read with their values."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmo_desktop.importing.headers import header_matches
from pmo_desktop.operations.imports import import_files

from .conftest import write_book

PROJECT = "VOC"

HEADERS = [
    # Spanish (Spain and Latin America)
    ("Inicio planificado", "project", "start_baseline"),
    ("Término proyectado", "project", "finish_forecast"),
    ("Presupuesto aprobado", "project", "bac"),
    ("Semáforo general", "project", "rag_overall"),
    ("Fecha de corte", "project", "status_date"),
    ("Estimación al término (EAC)", "project", "eac"),
    ("Fecha de la reunión", "action", "date_raised"),
    ("Fecha de vencimiento", "action", "due_date"),
    ("Nombre y apellido", "resource", "name"),
    ("Comienzo previsto", "task", "start_baseline"),
    ("Partida presupuestaria", "financial", "category"),
    # Portuguese (Brazil and Portugal)
    ("Exposição financeira (R$)", "risk", "impact_cost"),
    ("Início planejado", "project", "start_baseline"),
    ("Farol geral", "project", "rag_overall"),
    ("Data de conclusão", "action", "closed_date"),
    ("Data da reunião", "action", "date_raised"),
    ("Responsável pela ação", "action", "owner"),
    ("Nomes dos recursos", "task", "resources"),
    ("Rubrica orçamental", "financial", "category"),
    # French (France, Belgium, Québec)
    ("Poste budgétaire", "financial", "category"),
    ("Réalisé", "financial", "actual"),
    ("N°", "milestone", "ref"),
    ("Fin planifiée", "task", "finish_baseline"),
    ("Date atteinte", "milestone", "actual_date"),
    ("Budget approuvé", "project", "bac"),
    ("Detectado por", "issue", "raised_by"),
    ("Fecha de cierre real", "project", "finish_actual"),
    # Italian
    ("Opzioni considerate", "decision", "options"),
    ("Proposto da", "decision", "raised_by"),
    ("Decisione adottata", "decision", "decision"),
    # Dutch
    ("Datum indiening", "change_request", "date_raised"),
    ("Omschrijving wijziging", "change_request", "description"),
    # Swedish, Danish, Norwegian
    ("Baslinje slut", "task", "finish_baseline"),
    ("Resursnamn", "task", "resources"),
    ("Dispositionsnivå", "task", "outline_level"),
    ("Hvad skete der?", "lesson", "event"),
    ("Årsag", "lesson", "causes"),
    ("Anbefaling fremadrettet", "lesson", "recommendations"),
    ("Registreret af", "lesson", "logged_by"),
    ("Gevinsteier", "benefit", "owner"),
    ("Nullpunkt (utgangsverdi)", "benefit", "baseline_value"),
    ("Måletidspunkt", "benefit", "target_date"),
    ("Måleindikator", "benefit", "measure"),
    # Polish
    ("Planowany termin rozwiązania", "issue", "due_date"),
    ("Sposób rozwiązania", "issue", "resolution"),
    ("Podmiot / projekt powiązany", "dependency", "counterparty"),
    ("Data wymagana", "dependency", "need_by_date"),
    # German (Austria)
    ("Führungskraft", "resource", "manager"),
    ("Beschäftigungsausmaß", "resource", "fte"),
]


@pytest.mark.parametrize("header,entity,field", HEADERS)
def test_a_header_in_the_language_names_its_field(header, entity, field):
    found = header_matches(header, entity)
    assert found and found[0][0] == field, (header, found)


def _store_with_project(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Vocabulary"})
    return store


def _table(store, path, entity):
    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    tables = [t for t in data["files"][0]["tables"] if t["entity"] == entity]
    assert tables, [(t["sheet"], t["entity"]) for t in data["files"][0]["tables"]]
    return tables[0]


def test_a_danish_lessons_log(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "erfaringer.xlsx", {"Fase 2": [
        ["Erfaringslog – Fase 2 – Byggeri"],
        [],
        ["Nr.", "Dato", "Hvad skete der?", "Konsekvens for projektet", "Årsag",
         "Anbefaling fremadrettet", "Registreret af", "Ansvarlig for opfølgning", "Status"],
        [1, datetime(2025, 2, 3), "Tegningerne kom tre uger for sent fra rådgiveren",
         "Entreprenøren stod stille", "Ingen fast leveranceplan med rådgiveren",
         "Aftal en leveranceplan ved kontraktstart", "Berg, Ida", "Holm, Per", "Lukket"],
        [2, datetime(2025, 3, 10), "Ugentlige byggemøder holdt alle orienteret",
         "Få misforståelser", "Fast dagsorden", "Fortsæt med faste byggemøder",
         "Holm, Per", "Holm, Per", "Åben"],
    ]})
    t = _table(store, path, "lesson")
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields["Hvad skete der?"] == "event"
    assert fields["Årsag"] == "causes"
    assert fields["Anbefaling fremadrettet"] == "recommendations"
    assert fields["Registreret af"] == "logged_by"
    assert fields["Ansvarlig for opfølgning"] == "owner"
    assert t["created"] == 2 and t["rejected"] == []
    got = {r["values"]["event"]: r["values"] for r in t["records"]}
    late = got["Tegningerne kom tre uger for sent fra rådgiveren"]
    assert (late["status"], late["owner"], late["date_logged"]) == (
        "closed", "Holm, Per", "2025-02-03")


def test_a_polish_dependency_register(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "zaleznosci.xlsx", {"Rejestr zależności": [
        ["Rejestr zależności projektu"],
        ["ID", "Opis zależności", "Podmiot / projekt powiązany", "Właściciel",
         "Data wymagana", "Status", "Uwagi"],
        ["Z-1", "Dostęp do środowiska testowego banku", "Bank Regionalny", "Nowak, Jan",
         datetime(2026, 3, 31), "Zagrożona", "Czekamy na umowę"],
        ["Z-2", "Dane adresowe z systemu miejskiego", "Projekt Mapa Miasta", "Lis, Ewa",
         datetime(2026, 5, 15), "Zgodnie z planem", None],
        ["Z-3", "Certyfikat podpisu kwalifikowanego", "Dział IT", "Nowak, Jan",
         datetime(2026, 1, 20), "Zrealizowana", None],
    ]})
    t = _table(store, path, "dependency")
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields["Podmiot / projekt powiązany"] == "counterparty"
    assert fields["Data wymagana"] == "need_by_date"
    assert fields["Właściciel"] == "owner"
    assert t["created"] == 3 and t["rejected"] == []
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["Z-1"]["status"] == "at_risk"
    assert got["Z-2"]["status"] == "on_track"
    assert got["Z-3"]["status"] == "delivered"
    assert got["Z-2"]["counterparty"] == "Projekt Mapa Miasta"


def test_a_quebec_milestone_table(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "jalons.xlsx", {"Échéancier": [
        ["Tableau des jalons – Réfection du garage municipal"],
        ["Mise à jour : 2026-02-27"],
        [],
        ["N°", "Jalon / étape", "Date de référence", "Date prévue (révisée)", "Date réelle",
         "Statut", "Jalon critique", "Responsable"],
        ["J-1", "Plans et devis approuvés", datetime(2025, 9, 30), datetime(2025, 10, 20),
         datetime(2025, 10, 17), "Atteint", "Oui", "Tremblay, Luc"],
        ["J-2", "Octroi du contrat", datetime(2025, 12, 1), datetime(2026, 1, 15), None,
         "En voie", "Oui", "Bouchard, Anne"],
        ["J-3", "Fin des travaux de toiture", datetime(2026, 6, 30), datetime(2026, 6, 30), None,
         "Non amorcé", "Non", "Tremblay, Luc"],
    ]})
    t = _table(store, path, "milestone")
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields["N°"] == "ref"
    assert fields["Date de référence"] == "baseline_date"
    assert fields["Date prévue (révisée)"] == "forecast_date"
    assert fields["Date réelle"] == "actual_date"
    assert t["created"] == 3 and t["rejected"] == []
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["J-1"]["actual_date"] == "2025-10-17"
    assert got["J-1"]["status"].startswith("complete")
    assert got["J-2"]["status"] == "not_due" and got["J-3"]["status"] == "not_due"


def test_project_states_in_spanish_portuguese_and_french(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "cartera.xlsx", {"Cartera": [
        ["Código", "Nombre del proyecto", "Jefe de proyecto", "Semáforo general", "Estado"],
        ["P-01", "Hospital comarcal", "Ruiz, Ana", "Verde", "En ejecución"],
        ["P-02", "Puente norte", "Gil, Luis", "Rojo", "Paralizado"],
        ["P-03", "Depuradora", "Sanz, Eva", "Ámbar", "Cerrado"],
    ]})
    t = _table(store, path, "project")
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields["Semáforo general"] == "rag_overall" and fields["Estado"] == "state"
    got = {r["values"]["code"]: r["values"] for r in t["records"]}
    assert [got[c]["state"] for c in ("P-01", "P-02", "P-03")] == [
        "active", "on_hold", "completed"]
    assert got["P-02"]["rag_overall"] == "red"
