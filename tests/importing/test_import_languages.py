"""Registers written in Italian and Spanish, as teams write them: the kind, the columns and
the values are read from the language's words; an ID column nobody filled in keys the rows
by their titles instead of rejecting every row."""

from __future__ import annotations

from pmo_desktop.operations.imports import import_files

from .conftest import write_book

PROJECT = "LNG"


def _store_with_project(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Languages"})
    return store


def _risks(store, path, dry_run=True):
    result = import_files(store, [str(path)], dry_run=dry_run, project_code=PROJECT).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    (table,) = [t for t in data["files"][0]["tables"] if t["entity"]]
    return table


ITALIAN = [
    ["Registro dei rischi"],
    ["ID", "Tipologia", "Descrizione", "Probabilità", "Impatto", "Responsabile", "Azione",
     "Stato"],
    [None, "Fattori esterni", "Maltempo durante il trasporto", "Medio", "Alto",
     "Giulia Bianchi", "Mitigazione", "Chiuso"],
    [None, "Fattori tecnici", "Server di prova non disponibile", "Basso", "Medio",
     "Marco Rossi", "Accettazione", "In risoluzione"],
    [None, "Fornitori", "Ritardo del fornitore principale", "Molto alto", "Grave",
     "Giulia Bianchi", "Trasferimento", "Aperto"],
]


def test_an_italian_risk_register_with_its_ids_left_empty(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "registro.xlsx", {"Rischi": ITALIAN})
    t = _risks(store, path)
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert t["entity"] == "risk" and t["header_row"] == 2
    assert fields == {"ID": "ref", "Tipologia": "category", "Descrizione": "title",
                      "Probabilità": "probability", "Impatto": "impact",
                      "Responsabile": "owner", "Azione": "response", "Stato": "status"}
    # no row rejected for its empty ID: each is keyed by its title, as without the column
    assert t["rejected"] == [] and t["created"] == 3
    got = {r["values"]["title"]: r["values"] for r in t["records"]}
    weather = got["Maltempo durante il trasporto"]
    assert (weather["probability"], weather["impact"], weather["status"], weather["owner"]) == (
        3, 4, "closed", "Giulia Bianchi")
    server = got["Server di prova non disponibile"]
    # "In risoluzione" (being resolved) is in progress: for a risk, still open
    assert (server["probability"], server["impact"], server["status"]) == (2, 3, "open")
    supplier = got["Ritardo del fornitore principale"]
    assert (supplier["probability"], supplier["impact"], supplier["status"]) == (5, 4, "open")
    assert all(r["values"]["ref"] for r in t["records"])
    # imported once, the same file again changes nothing: the titles find their rows
    _risks(store, path, dry_run=False)
    again = _risks(store, path)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3)


def test_one_missing_id_in_a_filled_id_column_is_still_rejected(store, tmp_path):
    _store_with_project(store)
    rows = [list(r) for r in ITALIAN]
    rows[2][0], rows[3][0] = "R-1", "R-2"  # the third row's ID is missing
    t = _risks(store, write_book(tmp_path / "registro.xlsx", {"Rischi": rows}))
    assert t["created"] == 2
    assert t["rejected"] == [{"row": 5, "column": "A", "reason": "no ID in the ID column"}]


def test_a_spanish_risk_matrix_of_identification_vulnerability_and_actions(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "matriz.xlsx", {"Ejercicio": [
        ["#", "IDENTIFICACIÓN DE RIESGOS", "VULNERABILIDAD", "IMPACTO", "ACCIONES",
         "RESPONSABLES"],
        [1, "Se altera el cronograma", "media", "Grave", "Replanificar", "Jefe de Proyecto"],
        [2, "Cambio de prioridades", "Alta", "Crítico", "Negociar alcance", "Patrocinador"],
    ]})
    t = _risks(store, path)
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert fields.pop("ACCIONES") in ("response_actions", "next_action")  # the treatment
    assert t["entity"] == "risk" and fields == {
        "#": "ref", "IDENTIFICACIÓN DE RIESGOS": "title", "VULNERABILIDAD": "probability",
        "IMPACTO": "impact", "RESPONSABLES": "owner"}
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert (got["1"]["probability"], got["1"]["impact"], got["1"]["owner"]) == (
        3, 4, "Jefe de Proyecto")
    # "media" and "Alta" alone: a three-point scale, its top the top of ours
    assert (got["2"]["probability"], got["2"]["impact"]) == (5, 5)


def test_a_dutch_change_log(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "wijzigingen.xlsx", {"Wijzigingen": [
        ["Wijzigingslog"],
        ["Wijzigingsnr.", "Titel", "Aangevraagd door", "Datum aanvraag", "Impact kosten",
         "Impact planning (dagen)", "Status", "Besluitdatum", "Goedgekeurd door"],
        ["W-01", "Extra koppeling CRM", "Sanne de Vries", "2027-02-01", 12500, 10,
         "Goedgekeurd", "2027-03-01", "Stuurgroep"],
        ["W-02", "Rapportage uitbreiden", "Pieter Jansen", "2027-02-10", 4000, 5,
         "Afgewezen", "2027-03-01", "Stuurgroep"],
        ["W-03", "Migratie naar cloud", "Sanne de Vries", "2027-02-20", 35000, 30,
         "In behandeling", None, None],
    ]})
    t = _risks(store, path)
    assert t["entity"] == "change_request" and not t.get("held")
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert (fields["Wijzigingsnr."], fields["Aangevraagd door"], fields["Impact kosten"],
            fields["Goedgekeurd door"]) == ("ref", "requester", "impact_cost", "approver")
    got = {r["key"]: r["values"] for r in t["records"]}
    assert [got[k]["status"] for k in ("W-01", "W-02", "W-03")] == [
        "approved", "rejected", "under_assessment"]
    assert got["W-01"]["impact_cost"] == 12500 and got["W-03"]["impact_schedule_days"] == 30


def test_a_german_actions_sheet_and_statuses_in_five_languages(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "massnahmen.xlsx", {"Maßnahmen": [
        ["Maßnahme-Nr.", "Maßnahme", "Verantwortlich", "Fällig am", "Status"],
        ["M-1", "Lieferant anrufen", "Jonas Weber", "2027-04-10", "Offen"],
        ["M-2", "Testplan freigeben", "Lea Schmidt", "2027-04-12", "Erledigt"],
        ["M-3", "Rechenzentrum buchen", "Jonas Weber", "2027-03-01", "Verspätet"],
        ["M-4", "Schulung planen", "Lea Schmidt", "2027-05-01", "Abgebrochen"],
    ]})
    t = _risks(store, path)
    assert t["entity"] == "action"
    got = {r["key"]: r["values"] for r in t["records"]}
    assert [got[k]["status"] for k in ("M-1", "M-2", "M-3", "M-4")] == [
        "open", "done", "overdue", "cancelled"]
    assert got["M-1"]["due_date"] == "2027-04-10" and got["M-2"]["owner"] == "Lea Schmidt"


def _tables(store, path):
    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT).value
    return {t["sheet"]: t for t in result.to_json()["files"][0]["tables"] if t["entity"]}


def test_an_italian_decision_log_and_action_log(store, tmp_path):
    # each sheet names its kind ("Decisioni", "Azioni"); "Decisione" and "Azione" head
    # their rows as a title does, "Decisore" is who decided, "Scadenza" the due date;
    # a decision log's bare "Data" is the day of the decision
    _store_with_project(store)
    path = write_book(tmp_path / "registro.xlsx", {
        "Decisioni": [["Registro decisioni – progetto Delta"], [],
                      ["ID", "Data", "Decisione", "Motivazione", "Alternative valutate",
                       "Decisore", "Stato"],
                      ["D-01", "12/01/2026", "Rilascio in due fasi", "Meno rischio",
                       "Big bang", "Comitato guida", "Approvata"],
                      ["D-02", "19/01/2026", "Fornitore unico per la rete", "Costi",
                       "Due fornitori", "Paolo Neri", "Respinta"]],
        "Azioni": [["N.", "Azione", "Responsabile", "Data apertura", "Scadenza", "Stato"],
                   [1, "Inviare il piano al comitato", "Anna Verdi", "12/01/2026",
                    "23/01/2026", "Chiusa"],
                   [2, "Preparare la gara per la rete", "Luca Bruni", "19/01/2026",
                    "27/02/2026", "Aperta"]],
    })
    tables = _tables(store, path)
    decisions, actions = tables["Decisioni"], tables["Azioni"]
    assert decisions["entity"] == "decision" and actions["entity"] == "action"
    assert "held" not in decisions and "held" not in actions
    d = {c["header"]: c["field"] for c in decisions["columns"]}
    assert (d["Decisione"], d["Decisore"], d["Motivazione"], d["Alternative valutate"],
            d["Data"]) == ("title", "decided_by", "rationale", "options", "decision_date")
    a = {c["header"]: c["field"] for c in actions["columns"]}
    assert (a["N."], a["Azione"], a["Responsabile"], a["Scadenza"]) == (
        "ref", "title", "owner", "due_date")
    (first, _second) = actions["records"]
    assert (first["values"]["due_date"], first["values"]["owner"]) == ("2026-01-23",
                                                                        "Anna Verdi")


def test_a_portuguese_change_request_log_keyed_by_its_own_abbreviation(store, tmp_path):
    # "Pedidos de Alteração" are change requests, not an intake list of proposals, even
    # with a submission date and statuses a pipeline also uses; "ID PA" is their key
    _store_with_project(store)
    path = write_book(tmp_path / "pedidos.xlsx", {"Pedidos de Alteração": [
        ["ID PA", "Data de submissão", "Título", "Solicitado por", "Impacto no custo (€)",
         "Impacto no prazo (dias)", "Estado", "Data de decisão", "Decidido por"],
        ["PA-001", "14/01/2026", "Pagamento por referência", "Ana Costa", 18500, 10,
         "Aprovado", "28/01/2026", "Comité"],
        ["PA-002", "20/01/2026", "Novo layout da página", "Rui Lopes", 4200, 3,
         "Submetido", None, None],
        ["PA-003", "02/02/2026", "Exportar faturas em PDF", "Ana Costa", -1500, 0,
         "Rejeitado", "10/02/2026", "Comité"],
    ]})
    (table,) = _tables(store, path).values()
    assert table["entity"] == "change_request" and "held" not in table
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert (fields["ID PA"], fields["Solicitado por"], fields["Impacto no custo (€)"],
            fields["Impacto no prazo (dias)"], fields["Decidido por"]) == (
        "ref", "requester", "impact_cost", "impact_schedule_days", "approver")
    assert [r["key"] for r in table["records"]] == ["PA-001", "PA-002", "PA-003"]
    assert table["records"][0]["values"]["impact_cost"] == 18500


def test_lifecycle_phases_and_dates_in_other_languages(store, tmp_path):
    # a Dutch portfolio's phases, a Spanish milestone plan's forecast date and
    # on-time status, a French register's identification date
    from datetime import datetime

    _store_with_project(store)
    path = write_book(tmp_path / "mixed.xlsx", {
        "Projecten": [["Projectnaam", "Projectleider", "Fase", "Startdatum"],
                      ["Klantportaal", "Ruben Smit", "Realisatie", datetime(2026, 1, 5)],
                      ["Chatbot", "Eva Mulder", "Ontwerp", datetime(2026, 2, 2)],
                      ["Archief", "Eva Mulder", "Afgesloten", datetime(2025, 3, 2)]],
        "Hitos": [["Hito", "Responsable", "Fecha base", "Fecha prevista", "Estado"],
                  ["Kick-off", "Inés Gómez", datetime(2026, 1, 12), datetime(2026, 1, 12),
                   "En plazo"],
                  ["Piloto", "Raúl Díaz", datetime(2026, 3, 2), datetime(2026, 3, 16),
                   "Retrasado"]],
        "Risques": [["N°", "Date d'identification", "Intitulé du risque", "Propriétaire",
                     "Statut"],
                    ["R01", datetime(2025, 10, 6), "Retard de livraison", "Claire Dubois",
                     "Surveillé"],
                    ["R02", datetime(2025, 10, 20), "Données incomplètes", "Marc Lefèvre",
                     "Ouvert"]],
    })
    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT,
                          create_projects=True).value
    tables = {t["sheet"]: t for t in result.to_json()["files"][0]["tables"] if t["entity"]}
    stages = [r["values"].get("stage") for r in tables["Projecten"]["records"]]
    assert stages == ["delivery", "planning", "closed"]
    hitos = tables["Hitos"]
    assert {c["header"]: c["field"] for c in hitos["columns"]}["Fecha prevista"] == \
        "forecast_date"
    kick_off, pilot = hitos["records"]
    assert kick_off["values"]["status"] == "not_due"
    assert pilot["values"]["forecast_date"] == "2026-03-16"
    risks = tables["Risques"]
    first, second = risks["records"]
    assert (first["values"]["date_raised"], second["values"]["date_raised"]) == (
        "2025-10-06", "2025-10-20")
    assert first["values"]["status"] == "monitoring"  # "Surveillé": watched
