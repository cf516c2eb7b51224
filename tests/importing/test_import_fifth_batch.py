"""Layouts from a fifth round of trackers the importer had never seen (a German cost-centre
budget named for its year, a UK budget over two fiscal years, an Irish university's
resource plan with each person's team and day rate, a programme dashboard whose summary
heads its codes "Proj ID").

Each test is a rule, not a file: months without a year take it from the fiscal year over
them or the one year the sheet names; a resource plan's own columns describe the people
it creates; a header's abbreviations are read written out."""

from __future__ import annotations

from datetime import datetime

from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.widecols import year_named

from .conftest import dry_run_tables, write_book as _book

PROJECT = "FIF"
MONTHS_DE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _periods(table):
    return sorted({r["values"]["period"] for r in table["records"]})


def test_months_without_a_year_take_the_one_year_the_sheet_names(store, tmp_path):
    """"Budget 2025" with Jan … Dez and a "Summe 2025": 2025's months, not those of the
    year nearest today (the as-of date is in late 2026 when this runs in December)."""
    head = ["Kostenart", "Kostenstelle", *MONTHS_DE, "Summe 2025"]
    rows = [[k, "KST 4711", *[1000 * (i + 1)] * 12, None]
            for i, k in enumerate(["Personalkosten", "Externe Beratung", "Lizenzen"])]
    path = _book(tmp_path / "budget.xlsx", {"Budget 2025": [
        ["Projektbudget S/4HANA"], ["Alle Beträge in EUR"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    assert _periods(table) == [f"2025-{m:02d}" for m in range(1, 13)]


def test_months_under_fiscal_year_groups_run_from_the_fiscal_years_first_year(store,
                                                                                 tmp_path):
    """"FY 2024/25" merged over Apr … Mar and "FY 2025/26" over Apr … Sep: April 2024 to
    March 2025, then April to September 2025 — the group's first year, not today's."""
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb",
              "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    head = ["Cost Code", "Cost Category", "Line Item", *months, "Total"]
    rows = [[f"LAB-0{i}", "Labour", f"Line {i}", *[500 * i] * 18, None] for i in range(1, 5)]
    groups = [None, None, None, "FY 2024/25", *[None] * 11, "FY 2025/26", *[None] * 5]
    path = _book(tmp_path / "fy.xlsx", {"Budget by Month": [
        ["Approved budget"], [], groups, head, *rows]})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["Budget by Month"].merge_cells("D3:O3")
    book["Budget by Month"].merge_cells("P3:U3")
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    periods = _periods(table)
    assert periods[0] == "2024-04" and periods[-1] == "2025-09"
    assert len(periods) == 18


def test_the_year_a_label_names():
    assert year_named("FY 2024/25") == (2024, False)
    assert year_named("2024-2025") == (2024, False)
    assert year_named("FY25") == (2025, True)
    assert year_named("Budget 2025") == (2025, False)
    assert year_named("Plan 2024-2026") is None  # several years
    assert year_named("Stand 12.05.2025") is None  # a date's year, not the table's
    assert year_named("Q1") is None


def test_a_resource_plans_team_manager_and_rate_describe_the_people_it_creates(store,
                                                                                 tmp_path):
    """Name | Role | Team | Line Manager | Day Rate beside FTE by month: the allocations,
    and each new person with their team, manager and day rate (not dropped)."""
    head = ["Name", "Role", "Team", "Line Manager", "Day Rate (€)", "May-25", "Jun-25",
            "Jul-25"]
    rows = [["Byrne, Aoife", "Project Manager", "PMO", "Walsh, Declan", None, 0.5, 0.5, 1],
            ["Costa, Marta", "Developer", "Contractor", "Byrne, Aoife", 450, 1, 1, 1],
            ["Kelly, Ciarán", "Business Analyst", "Registry", "Doyle, Máire", None, 0.2, 0.5, 0]]
    path = _book(tmp_path / "plan.xlsx", {"Resource Plan": [
        ["FTE per month"], [], head, *rows]})
    from pmo_desktop.operations.imports import import_files

    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Fif"})
    result = import_files(store, [path], dry_run=False, project_code=PROJECT).value
    assert result.exit_code == 0
    people = {r["name"]: (r["team"], r["manager"], r["cost_rate"])
              for r in store.rows("resource")}
    assert people["Marta Costa"] == ("Contractor", "Byrne, Aoife", 450.0)
    assert people["Aoife Byrne"][0] == "PMO"
    assert people["Ciarán Kelly"][1] == "Doyle, Máire"


def test_abbreviated_header_words_are_read_written_out():
    assert header_matches("Proj ID", "project")[0] == ("code", 0.9)
    assert header_matches("Proj Mgr", "project")[0][0] == "manager"
    assert header_matches("Dept", "project")[0][0] == "department"
    assert header_matches("Dur", "task")[0][0] == "duration_days"
    # written as the vocabulary holds it, a header is surer than its abbreviation
    assert header_matches("Project ID", "project")[0][1] > header_matches("Proj ID",
                                                                        "project")[0][1]


def test_one_sheet_per_project_named_by_the_summarys_proj_id(store, tmp_path):
    """A programme summary headed "Proj ID | Project | …" and one sheet per project named
    by its code: each sheet's milestones belong to that project, not to the import's."""
    head = ["Proj ID", "Project", "Project Manager", "Stage", "Overall RAG"]
    summary = [["HDT-01", "Customer Portal", "Clarke, Mo", "Delivery", "Green"],
               ["HDT-02", "CRM Migration", "Fischer, Sofia", "Design", "Amber"]]
    sheet = [["Key Milestones"], ["#", "Milestone", "Owner", "Baseline", "Status"],
             *[[i, f"Milestone {i}", "Lee, Noah", datetime(2025, i, 10), "Complete"]
               for i in range(1, 5)]]
    path = _book(tmp_path / "dash.xlsx", {"Programme Summary": [["Horizon"], [], head, *summary],
                                          "HDT-01": sheet, "HDT-02": sheet})
    tables = _tables(store, path, create=True)
    summary_table = next(t for t in tables if t["sheet"] == "Programme Summary")
    assert {c["header"]: c["field"] for c in summary_table["columns"]}["Proj ID"] == "code"
    for code in ("HDT-01", "HDT-02"):
        [ms] = [t for t in tables if t["sheet"] == code and t["entity"] == "milestone"]
        assert len(ms["records"]) == 4
        assert {r["values"]["project"] for r in ms["records"]} == {code}


def test_a_stakeholder_register_imports_its_people_with_power_interest_and_engagement(
        store, tmp_path):
    """A stakeholder register (DOMAIN §7.4) under merged "INTERNAL" / "EXTERNAL" headings:
    each person with their organisation, H/M/L power and interest on the 1–5 scale and
    their current and desired engagement; the headings are no stakeholders; undoing the
    import removes what it created and only that."""
    import openpyxl

    from pmo_desktop.operations.imports import import_files
    from pmo_desktop.operations.undo import undo_batch

    head = ["Stakeholder", "Organization", "Title / Position", "Role in Project",
            "Influence (H/M/L)", "Interest (H/M/L)", "Current Engagement",
            "Desired Engagement", "Communication Channel", "Frequency", "Relationship Owner",
            "Email", "Notes"]
    people = [["Tremblay, Marc", "Ministry", "ADM", "Executive Sponsor", "H", "H", "Unaware",
               "Leading", "1:1 meeting", "Weekly", "Brown, Keisha", "m@x.ca", "Key"],
              ["Chen, Olivia", "ODS", "Director", "Business Owner", "M", "H", "Resistant",
               "Neutral", "Workshop", "Bi-weekly", "Chen, Olivia", "o@x.ca", None],
              ["Roy, Danielle", "Treasury", "Analyst", "Approver", "L", "M", "Neutral",
               "Supportive", "Email", "Monthly", "Brown, Keisha", "d@x.ca", None]]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Stakeholders"
    for row in [["Stakeholder register"], head, ["INTERNAL"], *people[:2], [], ["EXTERNAL"],
                people[2]]:
        ws.append(row)
    ws.merge_cells("A3:M3")
    ws.merge_cells("A7:M7")
    path = tmp_path / "stakeholders.xlsx"
    book.save(path)
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Fif"})
        tx.create("stakeholder", {"name": "Earlier, Kept", "power": 2})
    result = import_files(store, [str(path)], dry_run=False, project_code=PROJECT).value
    assert result.exit_code == 0
    [table] = result.to_json()["files"][0]["tables"]
    assert table["entity"] == "stakeholder"
    assert [s["row"] for s in table["skipped"]] == [3, 7]
    got = {r["name"]: r for r in store.rows("stakeholder")}
    assert set(got) == {"Earlier, Kept", "Tremblay, Marc", "Chen, Olivia", "Roy, Danielle"}
    assert (got["Tremblay, Marc"]["power"], got["Roy, Danielle"]["power"]) == (5, 1)
    assert got["Chen, Olivia"]["current_engagement"] == "resistant"
    assert got["Chen, Olivia"]["desired_engagement"] == "neutral"
    assert got["Roy, Danielle"]["organisation"] == "Treasury"
    undo_batch(store, result.batch)
    assert [r["name"] for r in store.rows("stakeholder")] == ["Earlier, Kept"]


def test_a_team_list_with_roles_is_not_read_as_stakeholders(store, tmp_path):
    """Name | Role | Team | Email: people of a team (resources), not a stakeholder
    register, which needs power, interest or engagement of its own."""
    head = ["Name", "Role", "Team", "Email"]
    rows = [[f"Person {i}", "Developer", "Platform", f"p{i}@x.com"] for i in range(6)]
    path = _book(tmp_path / "team.xlsx", {"Team": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "resource"


def test_level_words_of_any_language_rate_likelihood_and_impact():
    """"Hoog / Middel / Laag" (Dutch), "Yüksek / Orta / Düşük" (Turkish): a column of
    them is the three-point scale, as "High / Medium / Low" is."""
    from pmo_desktop.importing.ratings import decide_scale, parse_scale

    for words in (["Hoog", "Middel", "Laag"], ["Yüksek", "Orta", "Düşük"],
                  ["High", "Medium", "Low"]):
        rule = decide_scale(words)
        assert [parse_scale(w, rule) for w in words] == [5, 3, 1], words
    assert parse_scale("Hoog") == 4  # alone, on the five-point scale


def test_durations_in_italian_and_turkish_days():
    from pmo_desktop.importing.predecessors import parse_duration

    assert parse_duration("14 g") == 14.0
    assert parse_duration("3 sett") == 15.0
    assert parse_duration("10 gün") == 10.0


def test_header_words_of_dutch_turkish_portuguese_swedish_and_italian_logs():
    cases = [("Laatst beoordeeld", "risk", "review_date"), ("Opmerking", "action", "notes"),
             ("Kapanış Tarihi", "issue", "closed_date"), ("Hedef Kapanış", "issue", "due_date"),
             ("Çözüm / Yapılan İşlem", "issue", "resolution"),
             ("Decisão CCM", "change_request", "decision"),
             ("Parecer do PMO", "change_request", "recommendation"),
             ("Tipo", "change_request", "cr_type"),
             ("Verksamhetsområde", "project", "department"),
             ("Slutdatum (prognos)", "project", "finish_forecast"),
             ("Fine effettiva", "task", "finish_actual"), ("Stato", "task", "status")]
    for header, entity, field in cases:
        assert header_matches(header, entity)[0][0] == field, header


def test_a_row_merged_across_the_table_is_a_heading_not_a_record(store, tmp_path):
    """A risk log whose sections are one cell merged across the table ("Workstream A"
    in the title column): headings, skipped, not risks titled "Workstream A"."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Risks"
    ws.append(["Risk", "Owner", "Likelihood", "Impact", "Status"])
    ws.append(["Workstream A"])
    ws.merge_cells("A2:E2")
    for i in range(4):
        ws.append([f"Supplier risk {i}", "Lee, Ann", "High", "Low", "Open"])
    path = tmp_path / "risks.xlsx"
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    assert [s["row"] for s in table["skipped"]] == [2]
    assert len(table["records"]) == 4


def test_a_role_demand_grid_under_one_demand_label_is_allocations(store, tmp_path):
    """Project | Role | Division | months under one merged "Monthly demand (FTE)": role
    demand by month (allocations). The group's label over twelve months is one word for
    an intake list's "demand", not twelve."""
    import openpyxl

    months = ["Jul-25", "Aug-25", "Sep-25", "Oct-25", "Nov-25", "Dec-25", "Jan-26", "Feb-26",
              "Mar-26", "Apr-26", "May-26", "Jun-26"]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Demand FTE"
    ws.append(["Resource Demand by Role — FY26"])
    ws.append([None, None, None, "Monthly demand (FTE)"])
    ws.append(["Project", "Role", "Division", *months, "Notes"])
    for p in ("DMV Modernization", "Broadband Mapping"):
        for role in ("Business Analyst", "Developer", "Tester"):
            ws.append([p, role, "Digital", *[0.5, 1, 1.5] * 4, None])
    ws.merge_cells("D2:O2")
    path = tmp_path / "demand.xlsx"
    book.save(path)
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "allocation"
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert fields["Project"] == "project_id" and fields["Role"] == "role_id"


def test_a_form_names_its_sponsor_with_a_role_in_brackets(store, tmp_path):
    """Label | value pairs side by side (A:B and D:E); the sponsor written with their
    role in brackets is still a person, so the project's name stays the name's."""
    rows = [["COUNTY GOVERNMENT"], ["WEEKLY PROJECT STATUS REPORT"], [],
            ["Project Name", "Lakefront Water Supply – Phase II", None, "Project Code", "KCG/17"],
            ["Project Manager", "Otieno, Brian", None, "Project Sponsor",
             "Eng. Achieng, Grace (Chief Officer – Water)"],
            ["Reporting Week Ending", datetime(2025, 3, 14), None, "Current Phase",
             "Construction"],
            ["Overall Status (RAG)", "Amber", None, "Percent Complete", 0.46],
            ["Approved Budget (KES)", 412500000, None, "Forecast at Completion (KES)",
             428900000]]
    path = _book(tmp_path / "form.xlsx", {"Status Report": rows})
    tables = _tables(store, path, create=True)
    [form] = [t for t in tables if t["entity"] == "project" and t["records"]]
    values = form["records"][0]["values"]
    assert values["name"] == "Lakefront Water Supply – Phase II"
    assert values["sponsor"] == "Eng. Achieng, Grace (Chief Officer – Water)"
    assert values["stage"] == "delivery"  # "Construction"
    assert values["bac"] == 412500000


def test_names_alone_on_their_rows_head_the_groups_under_them(store, tmp_path):
    """"Autorités publiques", "Opérateurs" alone in the name column over stakeholders
    that fill every column: group headings, not stakeholders; French engagement words
    ("Favorable", "Ignorant", "Leader") are the register's levels."""
    head = ["Partie prenante", "Organisation", "Fonction", "Pouvoir", "Intérêt",
            "Engagement actuel", "Engagement souhaité", "Remarques"]

    def person(i, now, wanted):
        return [f"Nom{i}, Prénom", f"Org {i}", "Directeur", "Élevé", "Moyen", now, wanted, "-"]
    rows = [["Plan d'engagement des parties prenantes"], head, ["Autorités publiques"],
            person(1, "Favorable", "Leader"), person(2, "Ignorant", "Neutre"),
            ["Opérateurs"], person(3, "Résistant", "Favorable"), person(4, "Neutre", "Neutre")]
    path = _book(tmp_path / "pp.xlsx", {"Parties prenantes": rows})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    assert [s["row"] for s in table["skipped"]] == [3, 6]
    got = {r["values"]["name"]: r["values"] for r in table["records"]}
    assert len(got) == 4
    assert (got["Nom1, Prénom"]["current_engagement"],
            got["Nom1, Prénom"]["desired_engagement"]) == ("supportive", "leading")
    assert got["Nom2, Prénom"]["current_engagement"] == "unaware"
    assert got["Nom3, Prénom"]["current_engagement"] == "resistant"


def test_one_name_alone_at_the_end_of_a_register_stays_a_record(store, tmp_path):
    """An entry begun (its name written, nothing else yet) is no heading: a lone name
    heads groups only when it happens again and again."""
    head = ["Risk", "Owner", "Likelihood", "Impact", "Status", "Response"]
    rows = [head, *[[f"Risk {i}", "Lee, Ann", "High", "Low", "Open", "Mitigate"]
                    for i in range(5)], ["Supplier insolvency"]]
    path = _book(tmp_path / "r.xlsx", {"Risks": rows})
    [table] = _tables(store, path)
    assert "Supplier insolvency" in {r["values"].get("title") for r in table["records"]}


def test_a_polish_cost_report_reads_its_abbreviated_months_actual_then_forecast(store,
                                                                               tmp_path):
    """"Wykonanie 2025" merged over "sty 2025 … mar 2025" and "Prognoza 2025" over "kwi
    2025 … cze 2025": Polish month abbreviations, actuals then forecasts by month; the
    cost item's name ("Pozycja kosztowa") is the line's category."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Raport kosztów"
    ws.append(["Raport kosztów projektu"])
    ws.append([None, None, None, "Wykonanie 2025", None, None, "Prognoza 2025"])
    ws.append(["Kod", "Pozycja kosztowa", "Budżet zatwierdzony", "sty 2025", "lut 2025",
               "mar 2025", "kwi 2025", "maj 2025", "cze 2025"])
    for i, item in enumerate(["Projekt budowlany", "Nadzór autorski", "Badania"], start=1):
        ws.append([f"1.{i}", item, 100000 * i, *[1000 * i] * 6])
    ws.merge_cells("D2:F2")
    ws.merge_cells("G2:I2")
    path = tmp_path / "raport.xlsx"
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert fields["Pozycja kosztowa"] == "category"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == [f"2025-0{m}" for m in range(1, 7)]
    assert by_period["2025-01"]["actual"] == 6000.0
    assert by_period["2025-04"]["forecast"] == 6000.0


def test_a_weakly_read_project_column_naming_no_project_leaves_rows_to_the_import(
        store, tmp_path):
    """"Projet / Lot" (a project, or a work package) naming lots the portfolio does not
    hold: the lessons are the import's project's, and the table says why; a column that
    surely names projects ("Projet") still rejects rows naming unknown ones."""
    head = ["N°", "Projet / Lot", "Titre", "Causes", "Recommandations", "Statut"]
    rows = [[f"REX-0{i}", f"Lot {i} — Moteur", f"Leçon {i}", "Manque de ressources",
             "Anticiper", "Ouvert"] for i in range(1, 5)]
    path = _book(tmp_path / "rex.xlsx", {"Registre REX": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "lesson"
    assert len(table["records"]) == 4 and not table["rejected"]
    assert {r["values"]["project"] for r in table["records"]} == {PROJECT}
    assert any("'Projet / Lot' reads as a project only weakly" in w
               for w in table["warnings"])

    sure = _book(tmp_path / "rex2.xlsx", {"Registre REX": [
        ["N°", "Projet", "Titre", "Causes", "Recommandations", "Statut"], *rows]})
    from pmo_desktop.operations.imports import import_files

    result = import_files(store, [sure], dry_run=True, project_code=PROJECT).value
    [table] = result.to_json()["files"][0]["tables"]
    assert len(table["rejected"]) == 4


def test_a_cost_report_without_months_gives_its_budget_column_as_the_budget(store,
                                                                           tmp_path):
    """Cost lines with "Budget (Plan) | Ist | Obligo | Prognose (EAC)": a budget without
    months whose approved budget is the plan column (not one amount among others that
    no one could tell apart); its lines add up to the project's budget."""
    head = ["Pos.", "Kostenart", "Kostenposition", "Budget (Plan)", "Ist (bis Feb)",
            "Obligo", "Prognose (EAC)", "Kommentar"]
    rows = [[f"0{i}", "Personal", f"Position {i}", 10000 * i, 1000 * i, 500, 11000 * i, None]
            for i in range(1, 6)]
    path = _book(tmp_path / "b.xlsx", {"Budget 2025": [["Projektbudget"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert fields["Budget (Plan)"] == "budget"
    assert [r["values"].get("bac") for r in table["records"]] == [150000.0]


def test_quarters_with_their_months_take_the_fiscal_year_the_sheet_names(store, tmp_path):
    """"Q1 (Apr-Jun)" … "Q4 (Jan-Mar)" merged over Plan | Actual on a sheet named "Budget
    FY25-26": each quarter's amounts in its last month of 2025/26 (June 2025 … March
    2026)."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Budget FY25-26"
    ws.append(["Project budget"])
    ws.append(["Cost Head", "GL Code", "Q1 (Apr-Jun)", None, "Q2 (Jul-Sep)", None,
               "Q3 (Oct-Dec)", None, "Q4 (Jan-Mar)", None, "Remarks"])
    ws.append([None, None, "Plan", "Actual", "Plan", "Actual", "Plan", "Actual", "Plan",
               "Actual", None])
    for i in range(1, 5):
        ws.append([f"Line {i}", 6100 + i, 100, 90, 200, 210, 300, None, 400, None, None])
    for a, b in (("C2", "D2"), ("E2", "F2"), ("G2", "H2"), ("I2", "J2")):
        ws.merge_cells(f"{a}:{b}")
    path = tmp_path / "q.xlsx"
    book.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == ["2025-06", "2025-09", "2025-12", "2026-03"]
    assert by_period["2025-06"] == {"project": PROJECT, "period": "2025-06",
                                    "planned": 400.0, "actual": 360.0}


def test_a_swedish_steering_committee_action_list(store, tmp_path):
    head = ["Nr", "Åtgärd", "Ansvarig", "Beslutad (möte)", "Klart senast", "Status",
            "Kommentar / uppföljning"]
    rows = [[i, f"Åtgärd {i}", "Berg, Oskar", datetime(2025, 1, 15), datetime(2025, 2, i),
             "Pågår", None] for i in range(1, 6)]
    path = _book(tmp_path / "a.xlsx", {"Åtgärdslista": [["Åtgärdslista styrgrupp"], [],
                                                        head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert (fields["Åtgärd"], fields["Beslutad (möte)"], fields["Klart senast"]) == (
        "title", "date_raised", "due_date")


def test_header_words_of_spanish_resource_plans_and_swiss_decision_logs():
    cases = [("Apellido y Nombre", "allocation", "resource_id"),
             ("Nombre y apellidos", "resource", "name"),
             ("Fecha inicio", "resource", "start_date"), ("Fecha fin", "resource", "end_date"),
             ("Entscheid", "decision", "decision"),
             ("Prognozowana data", "dependency", "committed_date")]
    for header, entity, field in cases:
        assert header_matches(header, entity)[0][0] == field, header



def test_a_risk_being_treated_is_open_and_one_tolerated_is_watched():
    from pmo_desktop.importing.columns import Column, make_parser

    parse = make_parser("risk", "status", Column(0, "Status"), ["Open"], None)
    assert [parse(v) for v in ("Mitigating", "In mitigation", "Treating", "Tolerated")] == [
        "open", "open", "open", "monitoring"]


def test_month_numbers_over_a_gantt_do_not_make_a_header_row_data():
    """"No. | 大項目 | タスク名 | 担当者 | 予定 | 実績 | 状態 | 4 | 5 | 6 | 7": the numbers
    at its end are the months over a Gantt's weeks, not amounts; an amount still is."""
    from pmo_desktop.importing.headercells import header_score

    labels = ["No.", "大項目", "中項目", "タスク名", "担当者", "予定", "実績", "進捗率", "状態"]
    assert header_score([*labels, 4.0, 5.0, 6.0, 7.0]) > 0
    assert header_score([*labels, 11, 12, 1, 2]) > 0  # (across the new year)
    assert header_score([*labels, 4.0, 5.0, 1250.0]) == 0
    assert header_score([*labels, 4.0, 9.0, 6.0]) == 0  # not a run: figures


def test_a_japanese_wbs_with_a_two_row_header_beside_a_weekly_gantt(store, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "WBS"
    ws.append(["基幹システム更改プロジェクト WBS"])
    ws.append([])
    ws.append(["No.", "大項目", "タスク名", "担当者", "予定", None, "実績", None, "進捗率", "状態",
               4, None, 5, None, 6])
    ws.append([None, None, None, None, "開始日", "終了日", "開始日", "終了日", None, None,
               datetime(2025, 4, 7), datetime(2025, 4, 14), datetime(2025, 5, 5),
               datetime(2025, 5, 12), datetime(2025, 6, 2)])
    for i in range(1, 6):
        ws.append([i, "要件定義", f"タスク {i}", "高橋 翔", datetime(2025, 4, i + 6),
                   datetime(2025, 4, i + 10), datetime(2025, 4, i + 6), None, 0.5, "作業中"])
    for col in "ABCDIJ":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:H3")
    path = tmp_path / "wbs.xlsx"
    book.save(path)
    tables = _tables(store, path)
    [plan] = [t for t in tables if t["entity"] == "task"]
    fields = {c["header"]: c["field"] for c in plan["columns"]}
    assert fields["タスク名"] == "name" and fields["担当者"] == "owner"
    assert fields["予定 開始日"] == "start_forecast" and fields["実績 開始日"] == "start_actual"
    assert len(plan["records"]) == 5


def test_construction_registers_key_dates_change_orders_and_early_warnings(store, tmp_path):
    """A contract's "Key Dates" sheet is its milestones ("key" says which dates, it is no
    legend), with the contract date as the baseline; a German "Nachträge" list is its
    change orders; an NEC "EW Register" holds early warnings, read as risks."""
    keys = _book(tmp_path / "kd.xlsx", {"Key Dates": [
        ["KD Ref", "Key Date / Milestone Description", "Responsible", "Contract Date",
         "Current Forecast", "Actual Date", "Status"],
        *[[f"KD-0{i}", f"Sectional completion {i}", "Fraser, Colin", datetime(2025, i, 11),
           datetime(2025, i, 14), None, "On track"] for i in range(1, 6)]]})
    [kd] = _tables(store, keys)
    assert kd["entity"] == "milestone"
    fields = {c["header"]: c["field"] for c in kd["columns"]}
    assert (fields["Contract Date"], fields["Current Forecast"]) == ("baseline_date",
                                                                     "forecast_date")
    from pmo_desktop.operations.imports import import_files

    def tables(path):
        result = import_files(store, [path], dry_run=True, project_code=PROJECT).value
        return result.to_json()["files"][0]["tables"]
    orders = _book(tmp_path / "nt.xlsx", {"Nachträge": [
        ["NT-Nr.", "Bezeichnung", "Eingang am", "Angebotssumme (netto)",
         "Bauzeitverlängerung (AT)", "Status", "Entscheidung am"],
        *[[f"NT-0{i}", f"Mehrmengen Los {i}", datetime(2025, 3, i), 12000.0 * i, i, "Beauftragt",
           datetime(2025, 4, i)] for i in range(1, 6)]]})
    [nt] = tables(orders)
    assert nt["entity"] == "change_request"
    fields = {c["header"]: c["field"] for c in nt["columns"]}
    assert fields["Angebotssumme (netto)"] == "impact_cost"
    assert fields["Bauzeitverlängerung (AT)"] == "impact_schedule_days"
    assert {r["values"]["status"] for r in nt["records"]} == {"approved"}
    warnings = _book(tmp_path / "ew.xlsx", {"EW Register": [
        ["EW No.", "Date Notified", "Notified By", "Description of Matter",
         "Potential Impact - Cost (CAD)", "Action Owner", "Action Due", "Status"],
        *[[f"EW-0{i}", datetime(2025, 3, i), "Client", f"Winter road opens late {i}",
           25000.0 * i, "Nakamura, Ken", datetime(2025, 4, i), "Open"] for i in range(1, 6)]]})
    [ew] = tables(warnings)
    assert ew["entity"] == "risk"
    fields = {c["header"]: c["field"] for c in ew["columns"]}
    assert (fields["Date Notified"], fields["Notified By"]) == ("date_raised", "raised_by")
    assert fields["Potential Impact - Cost (CAD)"] == "impact_cost"


def test_a_czech_stakeholder_map(store, tmp_path):
    head = ["Jméno", "Organizace", "Funkce", "Vliv (1-5)", "Zájem (1-5)", "Současný postoj",
            "Požadovaný postoj", "Odpovědná osoba"]
    rows = [["Novák, Jan", "ŘSD", "Ředitel", 3, 4, "Odporující", "Neutrální", "Zemanová, Petra"],
            ["Svobodová, Eva", "Magistrát", "Radní", 4, 4, "Nevědomý", "Podporující",
             "Zemanová, Petra"],
            ["Dvořák, Petr", "MČ Praha", "Starosta", 3, 1, "Nevědomý", "Vedoucí", "Král, Jiří"]]
    path = _book(tmp_path / "mapa.xlsx", {"Mapa zainteresovaných stran": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "stakeholder"
    got = {r["values"]["name"]: r["values"] for r in table["records"]}
    assert (got["Novák, Jan"]["current_engagement"], got["Dvořák, Petr"]["desired_engagement"]
            ) == ("resistant", "leading")
