"""Fields real trackers hold that the schema lacked until migration 10 (issue 14): a
risk's cost impact, a project's location, a lesson's owner apart from who logged it, a
task's priority, and a team budget's hours per week (a person's working day). Each is
found by its header words in the tracker's language *and* by what its values look like:
money, a short place name, people, priority words, a day's worth of hours."""

from __future__ import annotations

from datetime import date

from pmo_desktop.operations.imports import import_files

from .conftest import write_book

PROJECT = "TRK"


def _with_project(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Trackers"})
    return store


def _table(store, path, dry_run=True, entity=None, **options):
    result = import_files(store, [str(path)], dry_run=dry_run, project_code=PROJECT,
                          **options).value
    data = result.to_json()
    assert result.exit_code in (0, 1), data["files"][0].get("error")
    tables = [t for t in data["files"][0]["tables"] if t["entity"]]
    if entity:
        tables = [t for t in tables if t["entity"] == entity]
    assert len(tables) == 1, [(t["sheet"], t["entity"]) for t in tables]
    return tables[0]


def _fields(table):
    return {c["header"]: c["field"] for c in table["columns"]}


# -- a risk's cost impact, and the response a second column takes --------------------------

SPANISH_RISKS = [
    ["Matriz de riesgos — Proyecto Atlas"],
    [],
    ["Código", "Descripción del riesgo", "Probabilidad", "Impacto", "Controles actuales",
     "Estrategia", "Tratamiento / Respuesta", "Costo", "Responsable"],
    ["R-01", "Retraso del proveedor de hardware", "Alta", "Alto", "Ninguno", "Mitigar",
     "Negociar penalizaciones y buscar un segundo proveedor homologado", "12.500,00 €",
     "Lucía Gómez"],
    ["R-02", "Rotación del equipo de desarrollo", "Media", "Medio", "Ninguno", "Evitar",
     "Plan de retención y documentación continua del código", "8.000,50 €", "Pablo Ruiz"],
    ["R-03", "Cambio regulatorio en protección de datos", "Baja", "Alto", "Ninguno",
     "Aceptar", "Revisar con el área legal en cada hito del proyecto", "0 €", "Lucía Gómez"],
]


def test_a_spanish_register_s_cost_column_is_the_risks_cost_impact(store, tmp_path):
    _with_project(store)
    path = write_book(tmp_path / "riesgos.xlsx", {"Riesgos": SPANISH_RISKS})
    t = _table(store, path)
    fields = _fields(t)
    assert t["entity"] == "risk"
    assert fields["Costo"] == "impact_cost"
    # the bare strategy word takes the response; the sentences beside it are its actions,
    # ahead of a weaker "current controls" column of "Ninguno"
    assert fields["Estrategia"] == "response"
    assert fields["Tratamiento / Respuesta"] == "response_actions"
    assert fields["Controles actuales"] is None
    _table(store, path, dry_run=False)
    risks = {r["ref"]: r for r in store.rows("risk")}
    assert (risks["R-01"]["impact_cost"], risks["R-02"]["impact_cost"],
            risks["R-03"]["impact_cost"]) == (12500.0, 8000.5, 0.0)
    assert risks["R-02"]["response_actions"].startswith("Plan de retención")


def test_an_english_cost_impact_in_thousands_and_a_cost_column_of_words(store, tmp_path):
    _with_project(store)
    rows = [["Risk ID", "Risk", "Likelihood", "Impact", "Cost impact", "Owner"],
            ["1", "Supplier insolvency", "Likely", "Major", "£25k", "Ann Lee"],
            ["2", "Data centre move slips", "Possible", "Moderate", "£1.2m", "Bo Chan"]]
    t = _table(store, write_book(tmp_path / "risks.xlsx", {"Risks": rows}))
    assert _fields(t)["Cost impact"] == "impact_cost"
    assert [r["values"]["impact_cost"] for r in t["records"]] == [25000.0, 1200000.0]
    # a "Cost" column of words is not money: it is not read as the cost impact
    words = [r[:4] + ["High", r[5]] for r in rows[1:]]
    t = _table(store, write_book(tmp_path / "words.xlsx", {"Risks": [rows[0][:4] + [
        "Cost", "Owner"], *words]}))
    assert _fields(t)["Cost"] != "impact_cost"


# -- a project's location ------------------------------------------------------------------

def test_a_german_project_list_s_standort_is_the_project_s_location(store, tmp_path):
    rows = [["Projektnummer", "Projektname", "Standort", "Projektleiter", "Startdatum"],
            ["P-100", "Neubau Lager Nord", "Hamburg", date(2026, 3, 1), date(2026, 3, 1)],
            ["P-101", "Umbau Verwaltung", "München, Werk 2", "Eva Klein", date(2026, 5, 4)],
            ["P-102", "Photovoltaik Dach", "Köln", "Jonas Weber", date(2026, 6, 1)]]
    rows[1][3] = "Max Bauer"
    path = write_book(tmp_path / "projekte.xlsx", {"Projekte": rows})
    result = import_files(store, [str(path)], dry_run=False, create_projects=True).value
    (t,) = [t for t in result.to_json()["files"][0]["tables"] if t["entity"]]
    assert t["entity"] == "project" and _fields(t)["Standort"] == "location"
    projects = {p["code"]: p for p in store.rows("project")}
    assert projects["P-101"]["location"] == "München, Werk 2"
    assert projects["P-102"]["location"] == "Köln"


def test_a_site_column_of_numbers_is_not_a_location(store, tmp_path):
    rows = [["Project code", "Project name", "Site", "Manager"],
            ["A1", "Ward refit", 101, "Ann Lee"],
            ["A2", "Theatre lights", 102, "Bo Chan"],
            ["A3", "Car park", 230, "Cy Diaz"]]
    path = write_book(tmp_path / "sites.xlsx", {"Projects": rows})
    result = import_files(store, [str(path)], dry_run=True, create_projects=True).value
    (t,) = [t for t in result.to_json()["files"][0]["tables"] if t["entity"]]
    assert t["entity"] == "project" and _fields(t)["Site"] != "location"


# -- a lesson's owner, apart from who logged it --------------------------------------------

def test_a_french_lessons_log_keeps_its_author_and_its_owner_apart(store, tmp_path):
    _with_project(store)
    rows = [["Registre des leçons apprises"],
            ["N°", "Date", "Événement", "Recommandation", "Auteur", "Responsable", "Statut"],
            [1, date(2026, 2, 3), "Les tests de charge ont été lancés trop tard",
             "Planifier les tests de charge dès le sprint 2", "Claire Martin",
             "Hugo Bernard", "Ouvert"],
            [2, date(2026, 2, 17), "Le fournisseur n'a pas reçu les spécifications",
             "Valider la diffusion des spécifications", "Claire Martin", "Inès Petit",
             "Clos"]]
    path = write_book(tmp_path / "lecons.xlsx", {"Leçons": rows})
    t = _table(store, path)
    fields = _fields(t)
    assert t["entity"] == "lesson"
    assert (fields["Auteur"], fields["Responsable"]) == ("logged_by", "owner")
    _table(store, path, dry_run=False)
    lessons = {r["ref"]: r for r in store.rows("lesson")}
    assert (lessons["1"]["logged_by"], lessons["1"]["owner"]) == ("Claire Martin", "Hugo Bernard")
    assert lessons["2"]["owner"] == "Inès Petit"


def test_an_owner_column_of_dates_is_not_the_lesson_s_owner(store, tmp_path):
    _with_project(store)
    rows = [["Ref", "Lesson", "Recommendation", "Owner"],
            ["L1", "Late sign-off", "Book the board early", date(2026, 1, 5)],
            ["L2", "Unclear scope", "Write the scope down", date(2026, 1, 9)]]
    t = _table(store, write_book(tmp_path / "lessons.xlsx", {"Lessons": rows}))
    assert t["entity"] == "lesson" and _fields(t)["Owner"] != "owner"


# -- a task's priority ---------------------------------------------------------------------

def test_a_portuguese_plan_s_prioridade_is_the_task_s_priority(store, tmp_path):
    _with_project(store)
    rows = [["ID", "Tarefa", "Início", "Término", "Prioridade", "Responsável"],
            ["1", "Levantamento de requisitos", date(2026, 3, 2), date(2026, 3, 13), "Alta",
             "Ana Souza"],
            ["2", "Desenho da solução", date(2026, 3, 16), date(2026, 3, 27), "Média",
             "Rui Lima"],
            ["3", "Testes de aceitação", date(2026, 4, 6), date(2026, 4, 17), "Baixa",
             "Ana Souza"]]
    path = write_book(tmp_path / "cronograma.xlsx", {"Cronograma": rows})
    t = _table(store, path, entity="task")
    assert _fields(t)["Prioridade"] == "priority"
    assert [r["values"]["priority"] for r in t["records"]] == ["high", "medium", "low"]
    _table(store, path, dry_run=False, entity="task")
    tasks = {r["ref"]: r for r in store.rows("task")}
    assert (tasks["1"]["priority"], tasks["3"]["priority"]) == ("high", "low")


def test_a_jira_style_export_s_priorities_read_onto_the_four_levels(store, tmp_path):
    _with_project(store)
    text = ("Summary,Issue key,Issue Type,Status,Priority,Assignee,Created,Due date\n"
            "Build login,AB-1,Story,To Do,Highest,Ann Lee,01/03/2026 09:00,15/03/2026\n"
            "Fix logout,AB-2,Bug,In Progress,Low,Bo Chan,02/03/2026 09:00,20/03/2026\n"
            "Audit log,AB-3,Task,Done,Medium,Cy Diaz,03/03/2026 09:00,25/03/2026\n")
    path = tmp_path / "jira.csv"
    path.write_text(text, encoding="utf-8")
    t = _table(store, path)
    assert _fields(t)["Priority"] == "priority"
    assert [r["values"].get("priority") for r in t["records"]] == ["critical", "low", "medium"]


# -- a team budget's hours per week --------------------------------------------------------

def test_hours_per_week_are_read_as_the_person_s_working_day(store, tmp_path):
    rows = [["Name", "Rolle", "Wochenstunden", "Stundensatz"],
            ["Eva Klein", "Entwicklerin", 40, 95],
            ["Jonas Weber", "Tester", 20, 70],
            ["Max Bauer", "Architekt", 30, 120]]
    path = write_book(tmp_path / "team.xlsx", {"Team": rows})
    result = import_files(store, [str(path)], dry_run=False).value
    (t,) = [t for t in result.to_json()["files"][0]["tables"] if t["entity"]]
    assert t["entity"] == "resource" and _fields(t)["Wochenstunden"] == "hours_per_day"
    people = {r["name"]: r for r in store.rows("resource")}
    assert [people[n]["hours_per_day"] for n in ("Eva Klein", "Jonas Weber", "Max Bauer")] \
        == [8.0, 4.0, 6.0]
    assert people["Max Bauer"]["cost_rate"] == 120.0


def test_hours_a_week_no_working_day_could_hold_are_left_out(store, tmp_path):
    rows = [["Name", "Role", "Hours per week", "Hourly rate"],
            ["Ann Lee", "Analyst", 160, 60],   # a month's hours under a week's header
            ["Bo Chan", "Developer", 150, 80]]
    result = import_files(store, [str(write_book(tmp_path / "t.xlsx", {"Team": rows}))],
                          dry_run=True).value
    (t,) = [t for t in result.to_json()["files"][0]["tables"] if t["entity"]]
    assert _fields(t)["Hours per week"] is None
