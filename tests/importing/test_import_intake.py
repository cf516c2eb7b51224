"""Intake lists (issue 17): a table of ideas, proposals or requests is read as proposals by
its evidence, planned against the store with its scores and objectives, and applied as
one batch; a project list stays a project list, and a close call is held back."""

from __future__ import annotations

import json
from datetime import date

from pmo_desktop.cli import main
from pmo_desktop.importing.api import doubt_of, read_and_detect, undo_import
from pmo_desktop.operations.imports import import_files
from pmo_desktop.importing.plan import plan_tables
from pmo_desktop.operations.records import create, delete
from tests.importing.conftest import write_book

EN = [
    ["Demand pipeline FY27"],
    [],
    ["ID", "Idea", "Requested by", "Business unit", "Description", "Est. cost (k€)",
     "Expected benefits", "Strategic objective(s)", "Status", "Submitted", "Strategic fit",
     "Financial return", "Priority"],
    ["IDEA-01", "Self-service claims portal", "Priya Raman", "Digital",
     "Customers file claims online", 450, "Fewer calls", "Grow digital revenue",
     "Under assessment", date(2026, 9, 14), 4, 3, "High"],
    ["IDEA-02", "Warehouse robotics pilot", "Tom Berg", "Operations", "Pilot two robots", 1200,
     "Lower picking cost", "Cut operating cost; grow digital revenues", "Submitted",
     date(2026, 10, 2), 3, 5, "Medium"],
    ["IDEA-03", "HR chatbot", "Ana Lopes", "HR", "Answer HR questions", 80, "Fewer HR tickets",
     "Happier staff", "Idea", date(2026, 11, 5), 2, "High", "Low"],
    ["IDEA-04", "Legacy CRM retirement", "Priya Raman", "IT", "Switch off the old CRM", 300,
     "Licence savings", "OBJ-2", "Approved", date(2026, 6, 1), 5, 7, "High"],
]

FR = [
    ["Titre", "Demandeur", "Direction", "Coût estimé (k€)", "Bénéfices attendus",
     "Objectifs stratégiques", "Statut", "Date de soumission"],
    ["Portail client libre-service", "Claire Martin", "Digital", 450, "Moins d'appels",
     "Croissance numérique", "En cours d'évaluation", "14/09/2026"],
    ["Robotique entrepôt", "Luc Bernard", "Opérations", 1200, "Coût de préparation",
     "Réduire les coûts", "Soumis", "02/10/2026"],
    ["Chatbot RH", "Anne Petit", "RH", 80, "Moins de tickets", "", "Idée", "05/11/2026"],
    ["Archivage légal", "Paul Durand", "Juridique", 150, "Conformité", "", "Refusé",
     "20/05/2026"],
    ["Nouvel intranet", "Marc Roux", "Communication", 90, "Meilleure information", "",
     "Reporté", "01/04/2026"],
]

DE = [
    ["Titel", "Antragsteller", "Bereich", "Geschätzte Kosten", "Nutzen", "Status",
     "Eingereicht am"],
    ["Kundenportal", "Jonas Weber", "Vertrieb", 250000, "Weniger Anrufe", "In Prüfung",
     "14.09.2026"],
    ["Lagerroboter", "Mia Schulz", "Logistik", 900000, "Geringere Kosten", "Eingereicht",
     "02.10.2026"],
    ["HR-Chatbot", "Lena Fischer", "Personal", 60000, "Weniger Tickets", "Idee",
     "05.11.2026"],
    ["Altes CRM abschalten", "Jonas Weber", "IT", 300000, "Lizenzen", "Genehmigt",
     "01.06.2026"],
]

PROJECTS = [
    ["Code", "Project", "Sponsor", "Project manager", "Start", "Finish", "Budget",
     "Estimated cost", "Status", "% complete"],
    ["PAY", "Payroll upgrade", "Ana", "Ben", date(2026, 1, 5), date(2026, 9, 30), 500000,
     520000, "Green", 0.4],
    ["CRM", "CRM rollout", "Priya", "Tom", date(2026, 3, 1), date(2027, 3, 31), 900000,
     950000, "Amber", 0.2],
    ["DWH", "Data warehouse", "Tom", "Lee", date(2025, 11, 1), date(2026, 12, 31), 700000,
     800000, "Red", 0.6],
]


def _strategy(store):
    create(store, "objective", {"code": "OBJ-1", "name": "Grow digital revenue"})
    create(store, "objective", {"code": "OBJ-2", "name": "Cut operating cost"})
    create(store, "criterion", {"name": "Strategic fit", "weight": 0.5})
    create(store, "criterion", {"name": "Financial return", "weight": 0.5})


def _tables(result):
    return result.to_json()["files"][0]["tables"]


def _by_entity(tables):
    return {t["entity"]: t for t in tables}


def test_an_english_intake_list_gives_proposals_scores_and_objectives(tmp_path, store):
    _strategy(store)
    path = write_book(tmp_path / "demand.xlsx", {"Intake": EN})
    [table] = read_and_detect(path)
    assert table.entity == "proposal" and not doubt_of(table)
    assert table.scores["proposal"] > table.scores.get("project", 0) + 5
    fields = {c.header: c.field for c in table.columns}
    assert fields["Idea"] == "name" and fields["Requested by"] == "sponsor"
    assert fields["Est. cost (k€)"] == "estimated_cost" and fields["Status"] == "status"

    result = import_files(store, [path], dry_run=False).value
    tables = _by_entity(_tables(result))
    assert result.batch is not None
    assert tables["proposal"]["created"] == 4 and tables["score"]["created"] == 6
    assert tables["contribution"]["created"] == 4
    proposals = {p["code"]: p for p in store.rows("proposal")}
    assert proposals["IDEA-01"]["status"] == "assessed"
    assert proposals["IDEA-01"]["estimated_cost"] == 450000
    assert proposals["IDEA-02"]["sponsor"] == "Tom Berg"
    assert proposals["IDEA-03"]["status"] == "idea"
    assert proposals["IDEA-01"]["submitted_date"] == "2026-09-14"
    criteria = {c["id"]: c["name"] for c in store.rows("criterion")}
    scores = {(criteria[s["criterion_id"]], s["item"]): s["value"] for s in store.rows("score")}
    assert scores[("Strategic fit", "IDEA-04")] == 5 and scores[("Financial return", "IDEA-02")] == 5
    assert ("Financial return", "IDEA-03") not in scores  # "High" is no score 1–5
    assert ("Financial return", "IDEA-04") not in scores  # nor is 7
    objectives = {o["id"]: o["code"] for o in store.rows("objective")}
    links = {(objectives[c["objective_id"]], c["item"]) for c in store.rows("contribution")}
    assert links == {("OBJ-1", "IDEA-01"), ("OBJ-2", "IDEA-02"), ("OBJ-1", "IDEA-02"),
                     ("OBJ-2", "IDEA-04")}  # "grow digital revenues": spelt nearly the same
    warnings = " ".join(tables["proposal"]["warnings"])
    assert "H6 'Happier staff': names no objective" in warnings
    assert "L6 'High': not a score 1–5 on 'Financial return'" in warnings
    assert "L7 '7'" in warnings
    assert any("without a level" in w for w in tables["contribution"]["warnings"])

    again = import_files(store, [path], dry_run=True).value
    assert again.plan.writes == 0  # re-importing the same file plans no change
    assert all(t["created"] == t["updated"] == 0 for t in _tables(again))

    undone = undo_import(store, result.batch)
    assert undone["undone"] and store.rows("proposal") == [] and store.rows("score") == []
    assert store.rows("contribution") == []


def test_a_french_list_without_codes_is_matched_by_name_on_the_next_import(tmp_path, store):
    create(store, "objective", {"code": "OBJ-1", "name": "Croissance numérique"})
    create(store, "objective", {"code": "OBJ-2", "name": "Réduire les coûts"})
    path = write_book(tmp_path / "demandes.xlsx", {"Demandes": FR})
    [table] = read_and_detect(path)
    assert table.entity == "proposal" and not doubt_of(table)
    import_files(store, [path], dry_run=False)
    proposals = {p["name"]: p for p in store.rows("proposal")}
    assert {p["code"] for p in proposals.values()} == {f"PRO-00{n}" for n in range(1, 6)}
    assert [proposals[n]["status"] for n in ("Portail client libre-service",
            "Robotique entrepôt", "Chatbot RH", "Archivage légal", "Nouvel intranet")] == \
        ["assessed", "submitted", "idea", "rejected", "deferred"]
    assert proposals["Portail client libre-service"]["submitted_date"] == "2026-09-14"
    assert proposals["Robotique entrepôt"]["department"] == "Opérations"
    assert len(store.rows("contribution")) == 2

    # the next list: a name respelt, a status moved on, one new row
    rows = [list(r) for r in FR]
    rows[1][0] = "Portail clients libre service"
    rows[2][6] = "Validé"  # submitted → approved skips the assessment
    rows[3][6] = "Soumis"
    rows.append(["Signature électronique", "Claire Martin", "Juridique", 40, "Délais", "",
                 "Idée", "01/12/2026"])
    path2 = write_book(tmp_path / "demandes2.xlsx", {"Demandes": rows})
    result = import_files(store, [path2], dry_run=True).value
    plan = _by_entity(_tables(result))["proposal"]
    assert (plan["created"], plan["updated"], plan["unchanged"]) == (1, 2, 3)
    records = {r["key"]: r for r in plan["records"]}
    assert records["PRO-001"]["changes"] == {"name": {"old": "Portail client libre-service",
                                                      "new": "Portail clients libre service"}}
    assert records["PRO-003"]["changes"] == {"status": {"old": "idea", "new": "submitted"}}
    assert "status" not in records["PRO-002"].get("changes", {})
    assert any("G3 'Validé'" in w and "Kept as submitted" in w
               for w in records["PRO-002"]["warnings"])
    assert records["PRO-006"]["action"] == "create"


def test_a_german_list_reads_its_stages(tmp_path, store):
    path = write_book(tmp_path / "ideen.xlsx", {"Projektideen": DE})
    [table] = read_and_detect(path)
    assert table.entity == "proposal" and not doubt_of(table)
    import_files(store, [path], dry_run=False)
    statuses = {p["name"]: p["status"] for p in store.rows("proposal")}
    assert statuses == {"Kundenportal": "assessed", "Lagerroboter": "submitted",
                        "HR-Chatbot": "idea", "Altes CRM abschalten": "approved"}
    assert {p["sponsor"] for p in store.rows("proposal")} >= {"Jonas Weber", "Mia Schulz"}


def test_statuses_the_pipeline_cannot_accept_are_left_out_naming_the_cell(tmp_path, store):
    create(store, "project", {"code": "CRM", "name": "CRM rollout"})
    rows = [
        ["Request ID", "Request name", "Sponsor", "Budget request", "Stage", "Submitted"],
        ["REQ-1", "Claims portal", "Priya", 450000, "Started", "14/09/2026"],
        ["CRM", "CRM rollout", "Priya", 900000, "Started", "01/02/2026"],
        ["REQ-3", "HR chatbot", "Ana", 80000, "Cancelled", "05/11/2026"],
        ["REQ-4", "Robotics", "Tom", 1200000, "Idea", "02/10/2026"],
    ]
    path = write_book(tmp_path / "requests.xlsx", {"Requests": rows})
    [table] = read_and_detect(path)
    assert table.entity == "proposal"
    result = import_files(store, [path], dry_run=False).value
    plan = _by_entity(_tables(result))["proposal"]
    proposals = {p["code"]: p for p in store.rows("proposal")}
    assert proposals["REQ-1"]["status"] is None  # no project REQ-1: it cannot have started
    assert proposals["CRM"]["status"] == "started"  # the proposal that became project CRM
    assert proposals["REQ-3"]["status"] is None
    assert proposals["REQ-4"]["status"] == "idea"
    warnings = " ".join(plan["warnings"])
    assert "E2 'Started'" in warnings and "no project REQ-1" in warnings
    assert "E4" in warnings and "'Cancelled' is not a pipeline stage" in warnings
    assert [p["code"] for p in store.rows("project")] == ["CRM"]  # no project made

    # a row naming a project's code as a proposal still waiting is refused
    rows[2][4] = "Approved"
    create(store, "project", {"code": "DWH", "name": "Data warehouse"})
    rows.append(["DWH", "Data warehouse", "Tom", 700000, "Approved", "01/03/2026"])
    path2 = write_book(tmp_path / "requests2.xlsx", {"Requests": rows})
    plan2 = _by_entity(_tables(import_files(store, [path2], dry_run=True).value))["proposal"]
    assert [(r["row"], r["column"]) for r in plan2["rejected"]] == [(6, "A")]
    assert "a project DWH already exists" in plan2["rejected"][0]["reason"]
    crm = next(r for r in plan2["records"] if r["key"] == "CRM")
    assert crm["action"] == "unchanged"
    assert any("E3 'Approved'" in w and "Kept as started" in w for w in crm["warnings"])


def test_a_project_list_is_still_read_as_projects(tmp_path, store):
    path = write_book(tmp_path / "portfolio.xlsx", {"Projects": PROJECTS,
                                                     "Pipeline": PROJECTS})
    tables = read_and_detect(path)
    assert [t.entity for t in tables] == ["project", "project"]
    # even on a sheet named for the pipeline, dates, a RAG and % complete are a project's
    assert tables[1].scores["project"] > tables[1].scores.get("proposal", 0) + 2
    assert not doubt_of(tables[0]) and not doubt_of(tables[1])
    result = import_files(store, [path], dry_run=True).value
    assert {t["entity"] for t in _tables(result)} == {"project"}


def test_a_change_log_with_pipeline_words_stays_a_change_log(tmp_path, store):
    rows = [["CR ID", "Title", "Description", "Requested by", "Status", "Cost impact"],
            ["CR-1", "Extra report", "Add a report", "Ana", "Submitted", 5000],
            ["CR-2", "New field", "Add a field", "Ben", "Under assessment", 2000],
            ["CR-3", "Move go-live", "Two weeks later", "Ana", "Approved", 0]]
    path = write_book(tmp_path / "crs.xlsx", {"Change log": rows})
    [table] = read_and_detect(path)
    assert table.entity == "change_request" and "proposal" not in table.scores


def test_a_list_that_reads_as_proposals_or_projects_alike_is_held_back(tmp_path, store):
    rows = [["Name", "Sponsor", "Budget", "Status", "Start", "Estimated cost"],
            ["Claims portal", "Priya", 450000, "Approved", date(2027, 1, 4), 400000],
            ["Robotics", "Tom", 1200000, "Under assessment", date(2027, 3, 1), 1100000],
            ["HR chatbot", "Ana", 80000, "Idea", date(2027, 5, 3), 90000]]
    path = write_book(tmp_path / "list.xlsx", {"Sheet1": rows})
    [table] = read_and_detect(path)
    assert {"project", "proposal"} <= set(table.scores)
    assert abs(table.scores["project"] - table.scores["proposal"]) < 0.5
    doubt = doubt_of(table)
    assert "proposal" in doubt and "project" in doubt
    result = import_files(store, [path], dry_run=False).value
    assert result.batch is None and store.rows("proposal") == store.rows("project") == []
    named = import_files(store, [path], dry_run=True, kinds={"Sheet1": "proposal"}).value
    assert _by_entity(_tables(named))["proposal"]["created"] == 3


def test_the_command_line_previews_an_intake_list(tmp_path, store, capsys):
    _strategy(store)
    db = str(tmp_path / "p.pmo")
    store.close()
    path = write_book(tmp_path / "demand.xlsx", {"Intake": EN})
    assert main(["import", "--db", db, "--dry-run", path]) == 0
    out = capsys.readouterr().out
    assert "[Intake A3:M7] proposal: 4 new" in out and "score: 6 new" in out
    assert "contribution: 4 new" in out and "Dry run: nothing was written." in out
    assert main(["import", "--db", db, "--json", path]) == 0
    batch = json.loads(capsys.readouterr().out)["batch"]
    assert batch is not None
    assert main(["list", "proposal", "--db", db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["items"]) == 4


def test_effort_columns_by_role_become_the_proposals_effort_in_hours(tmp_path, store):
    rows = [["Proposal ID", "Proposal", "Sponsor", "Estimated cost", "Status",
             "Developer effort (days)", "BA effort (h)", "Effort (days)"],
            ["P-1", "Claims portal", "Priya", 450000, "Submitted", 20, 30, 25],
            ["P-2", "HR chatbot", "Ana", 80000, "Idea", 4, "lots", 5],
            ["P-3", "Robotics", "Tom", 900000, "Idea", None, None, 60]]
    path = write_book(tmp_path / "proposals.xlsx", {"Proposals": rows})
    result = import_files(store, [path], dry_run=False).value
    plan = _by_entity(_tables(result))["proposal"]
    effort = {p["code"]: p["effort_by_role"] for p in store.rows("proposal")}
    assert effort == {"P-1": "Developer=150; BA=30", "P-2": "Developer=30", "P-3": None}
    warnings = " ".join(plan["warnings"])
    assert "Effort without a role left out (H 'Effort (days)')" in warnings
    assert "G3 'lots': not an amount of effort" in warnings
    assert import_files(store, [path], dry_run=True).value.plan.writes == 0


def test_a_row_naming_a_project_is_the_proposal_that_became_it(tmp_path, store):
    create(store, "project", {"code": "CRM", "name": "CRM rollout"})
    rows = [["Idea", "Sponsor", "Estimated cost", "Status", "Date submitted"],
            ["CRM rollout", "Priya", 900000, "Started", "01/02/2026"],
            ["HR chatbot", "Ana", 80000, "Idea", "05/11/2026"]]
    path = write_book(tmp_path / "ideas.xlsx", {"Ideas": rows})
    import_files(store, [path], dry_run=False)
    assert {p["code"]: p["status"] for p in store.rows("proposal")} == \
        {"CRM": "started", "PRO-001": "idea"}
    rows[1][3] = "Approved"  # a project cannot go back to waiting for approval
    path2 = write_book(tmp_path / "ideas2.xlsx", {"Ideas": rows})
    plan = _by_entity(_tables(import_files(store, [path2], dry_run=True).value))["proposal"]
    crm = next(r for r in plan["records"] if r["key"] == "CRM")
    assert crm["action"] == "unchanged" and "Kept as started" in crm["warnings"][0]


def test_a_saved_score_column_whose_criterion_is_gone_is_no_score(tmp_path, store):
    _strategy(store)
    path = write_book(tmp_path / "demand.xlsx", {"Intake": EN})
    [table] = read_and_detect(path)
    plan_tables(store, [table])
    assert table.column_for("_score:Strategic fit") is not None
    fit = next(c for c in store.rows("criterion") if c["name"] == "Strategic fit")
    delete(store, "criterion", fit["id"])
    plan = plan_tables(store, [table])
    assert table.column_for("_score:Strategic fit") is None
    assert [t.entity for t in plan.tables] == ["proposal", "score", "contribution"]
    assert {r.values["criterion_id"] for r in plan.tables[1].records} != {fit["id"]}


LISTS = {  # sheet, header row, the three rows' statuses: assessed, submitted or approved, idea
    "es": ("Hoja1", ["Título", "Solicitante", "Área", "Coste estimado", "Beneficios esperados",
                     "Estado", "Fecha de solicitud"], ["En evaluación", "Presentado", "Idea"]),
    "it": ("Foglio1", ["Titolo", "Richiedente", "Funzione", "Costo stimato", "Benefici attesi",
                       "Stato", "Data richiesta"], ["In valutazione", "Approvata", "Idea"]),
    "pt": ("Propostas", ["Título", "Solicitante", "Área", "Custo estimado",
                         "Benefícios esperados", "Estado", "Data da solicitação"],
           ["Em avaliação", "Submetido", "Ideia"]),
    "nl": ("Blad1", ["Titel", "Aanvrager", "Afdeling", "Geschatte kosten", "Verwachte baten",
                     "Status", "Ingediend op"], ["In beoordeling", "Ingediend", "Idee"]),
}


def test_intake_lists_in_other_languages(tmp_path, store):
    for lang, (sheet, header, statuses) in LISTS.items():
        rows = [header] + [[f"{lang} idea {i}", "Ana", "Unit", 1000 * (i + 1), "Gains", s,
                            f"0{i + 1}/10/2026"] for i, s in enumerate(statuses)]
        path = write_book(tmp_path / f"{lang}.xlsx", {sheet: rows})
        [table] = read_and_detect(path)
        assert table.entity == "proposal" and not doubt_of(table), lang
        assert all(c.field for c in table.columns), (lang, table.mapping())
        plan = _by_entity(_tables(import_files(store, [path], dry_run=True).value))
        got = [r["values"]["status"] for r in plan["proposal"]["records"]]
        assert got == ["assessed", "approved" if lang == "it" else "submitted", "idea"], lang
