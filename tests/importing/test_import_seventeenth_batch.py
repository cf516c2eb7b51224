"""Layouts from a seventeenth round of trackers the importer had never seen: a retail
portfolio report whose RAG is a "●" coloured by its font, …

Each test is a rule, not a file."""

from __future__ import annotations

import openpyxl
from openpyxl.styles import Font, PatternFill

from .conftest import dry_run_tables, fields_of, write_book


def _book_of(path, sheet, rows):
    return write_book(path, {sheet: rows})

PROJECT = "SVT"


def _tables(store, path, create=False, project=PROJECT):
    return dry_run_tables(store, path, project, create)


def test_a_rag_drawn_as_a_coloured_dot_is_read_by_its_font_colour(store, tmp_path):
    """A status report draws each RAG as "●" in green, amber or red type (a fill in
    some cells). The dots had been read as text that is not a RAG, and the columns left
    out. A black dot says nothing and is left empty, as is a cell with no dot."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio Status"
    ws.append(["Portfolio status report — February"])
    ws.append([])
    ws.append(["ID", "Project Name", "Project Manager", "Overall", "Schedule", "Cost"])
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000", "K": "000000"}
    rows = [("P1", "Click and collect", "Liu, Kevin", "G", "A", "G"),
            ("P2", "Self-checkout", "Roberts, Emma", "R", "R", "A"),
            ("P3", "Loyalty app", "Khan, Sara", "A", "K", None),
            ("P4", "Store Wi-Fi", "Ng, Paul", "G", "G", "R")]
    for r, row in enumerate(rows, start=4):
        ws.append(list(row[:3]) + ["●" if c else None for c in row[3:]])
        for col, code in zip("DEF", row[3:]):
            if code:
                ws[f"{col}{r}"].font = Font(color="FF" + colours[code])
    ws["F7"].fill = PatternFill("solid", fgColor="FFFF0000")  # a filled cell as well
    ws["F7"].font = Font(color="FFFFFFFF")
    path = tmp_path / "status.xlsx"
    wb.save(path)
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    got = {r["values"]["code"]: r["values"] for r in table["records"]}
    assert [got[p].get("rag_overall") for p in ("P1", "P2", "P3", "P4")] == \
        ["green", "red", "amber", "green"]
    assert [got[p].get("rag_schedule") for p in ("P1", "P2", "P3", "P4")] == \
        ["amber", "red", None, "green"]
    assert [got[p].get("rag_cost") for p in ("P1", "P2", "P3", "P4")] == \
        ["green", "amber", None, "red"]


def test_a_budget_with_years_across_puts_each_year_in_its_last_month(store, tmp_path):
    """A fleet capex plan: cost lines down, "FY2025 … FY2027" across, a total after. The
    years had not been read as periods, so the budget was read as an issue log. A
    fiscal year's amount goes to its last month under the portfolio's fiscal-year start
    (April: FY2026 ends in March 2026), as a fiscal quarter's does; the total is left
    out."""
    path = _book_of(tmp_path / "capex.xlsx", "Capex by Year", [
        ["Fleet electrification — capex by year"],
        [],
        ["Line #", "Cost Line", "Category", "FY2025", "FY2026", "FY2027", "Total FY25–27"],
        [1, "Battery-electric trucks", "Vehicles", 0, 4200000, 5100000, 9300000],
        [2, "Depot chargers", "Charging", 900000, 650000, 0, 1550000],
        [3, "Substation upgrade", "Grid", 1100000, 300000, 0, 1400000],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == ["2025-03", "2026-03", "2027-03"]
    assert by_period["2026-03"]["planned"] == 4200000 + 650000 + 300000
    assert all("actual" not in v and "earned" not in v for v in by_period.values())


def test_calendar_years_across_under_a_money_word_are_each_years_december(store, tmp_path):
    """"2025 Budget | 2026 Budget": calendar years, each in its December; one year alone
    beside other columns ("Budget 2025" in a project list) stays the budget."""
    path = _book_of(tmp_path / "plan.xlsx", "Cost plan", [
        ["Cost item", "2025 Budget", "2026 Budget", "2027 Budget"],
        ["Design", 100, 50, 0],
        ["Build", 0, 400, 300],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"]["planned"] for r in table["records"]}
    assert by_period == {"2025-12": 100, "2026-12": 450, "2027-12": 300}
    path = _book_of(tmp_path / "list.xlsx", "Projects", [
        ["Project", "Manager", "Status", "Budget 2025"],
        ["Alpha", "Ng, Paul", "Active", 120000],
        ["Beta", "Khan, Sara", "Active", 90000],
    ])
    [table] = _tables(store, path, create=True, project="SVU")
    assert table["entity"] == "project"
    assert fields_of(table)["Budget 2025"] == "bac"


def test_a_line_named_with_a_money_word_is_not_that_money(store, tmp_path):
    """"Depot AC chargers" and "Driver EV training" are cost lines of a budget by month,
    not its actual cost (AC) and earned value (EV): only a column whose cells mostly name
    money says which money a row holds."""
    path = _book_of(tmp_path / "budget.xlsx", "Budget", [
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Depot AC chargers", 10, 20, 30],
        ["Driver EV training", 1, 2, 3],
        ["Software licences", 5, 5, 5],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    values = [r["values"] for r in table["records"]]
    assert {v["period"]: v.get("planned") for v in values} == \
        {"2026-01": 16, "2026-02": 27, "2026-03": 38}
    assert all("actual" not in v and "earned" not in v for v in values)
    path = _book_of(tmp_path / "measures.xlsx", "Budget", [
        ["Cost line", "Measure", "Jan-26", "Feb-26", "Mar-26"],
        ["Depot AC chargers", "Budget", 10, 20, 30],
        ["Depot AC chargers", "Actual", 9, 21, None],
    ])
    [table] = _tables(store, path, project="SVU")
    got = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert (got["2026-01"]["planned"], got["2026-01"]["actual"]) == (10, 9)


def test_a_planner_progress_of_words_is_the_status(store, tmp_path):
    """MS Planner's "Progress" holds "Not started", "In progress", "Completed": a header
    as sure of the % complete as of the status is read as the one its values read as."""
    path = _book_of(tmp_path / "planner.xlsx", "Store refit", [
        ["Task ID", "Task Name", "Progress", "Start Date", "Due Date"],
        ["a1", "Site survey", "Completed", "2025-01-06", "2025-01-16"],
        ["a2", "Layout approval", "In progress", "2025-01-20", "2025-01-30"],
        ["a3", "Strip-out", "Completed", "2025-02-03", "2025-02-14"],
        ["a4", "Fit-out", "Completed", "2025-02-17", "2025-03-14"],
        ["a5", "Handover", "Not started", "2025-03-17", "2025-03-21"],
    ])
    [table] = [t for t in _tables(store, path) if t["entity"] == "task"]
    assert fields_of(table)["Progress"] == "status"
    status = {r["values"]["name"]: r["values"].get("status") for r in table["records"]}
    assert status["Layout approval"] == "in_progress"
    path = _book_of(tmp_path / "pct.xlsx", "Plan", [
        ["Task ID", "Task Name", "Progress", "Start Date", "Due Date"],
        ["a1", "Site survey", 1, "2025-01-06", "2025-01-16"],
        ["a2", "Layout approval", 0.4, "2025-01-20", "2025-01-30"],
        ["a3", "Strip-out", 0, "2025-02-03", "2025-02-14"],
    ])
    [table] = [t for t in _tables(store, path, project="SVU") if t["entity"] == "task"]
    assert fields_of(table)["Progress"] == "pct_complete"


def test_milestones_repeated_by_site_are_told_apart_by_the_site(store, tmp_path):
    """A 5G roll-out lists the same three milestones for each site, each row with its
    own ID. A milestone is stored by its name, so all but the first site's had been
    rejected as duplicates: the site column that tells them apart now names them;
    with no such column, the ID does."""
    rows = [["ID", "Regione", "Sito", "Milestone", "Baseline", "Stato"]]
    sites = [("Lombardia", "MI-Centro"), ("Lombardia", "MI-Bicocca"), ("Lazio", "RM-EUR")]
    n = 0
    for region, site in sites:
        for name in ("Permessi ottenuti", "Installazione apparati", "Attivazione on-air"):
            n += 1
            rows.append([f"MS-{n:03d}", region, site, name, f"2025-0{n % 9 + 1}-15",
                         "In corso"])
    path = _book_of(tmp_path / "rollout.xlsx", "Milestone", rows)
    [table] = _tables(store, path)
    assert table["entity"] == "milestone"
    assert not table["rejected"]
    names = {r["values"]["ref"]: r["values"]["name"] for r in table["records"]}
    assert len(names) == 9
    assert names["MS-004"] == "Permessi ottenuti – MI-Bicocca"
    assert names["MS-009"] == "Attivazione on-air – RM-EUR"
    path = _book_of(tmp_path / "no_site.xlsx", "Milestones", [
        ["ID", "Milestone", "Baseline"],
        ["M1", "Go-live", "2025-03-01"],
        ["M2", "Go-live", "2025-06-01"],
        ["M3", "Contract signed", "2025-01-10"],
    ])
    [table] = _tables(store, path, project="SVU")
    names = {r["values"]["ref"]: r["values"]["name"] for r in table["records"]}
    assert names == {"M1": "Go-live – M1", "M2": "Go-live – M2", "M3": "Contract signed"}


def test_months_with_two_digit_years_over_plan_and_actual_are_those_years(store, tmp_path):
    """A Swiss engagement budget: "Jan 25", "Feb 25" … merged over "Plan | Ist". The
    digits are the year (2025), as they are in a row of "Jan 25, Feb 25" headers; they
    had been read as the 25th day of next year's month."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget Plan-Ist"
    ws.append(["Kostenart", "Kategorie", "Jan 25", None, "Feb 25", None, "Mär 25", None])
    ws.append([None, None, "Plan", "Ist", "Plan", "Ist", "Plan", "Ist"])
    for first, last in (("C", "D"), ("E", "F"), ("G", "H")):
        ws.merge_cells(f"{first}1:{last}1")
    ws.append(["Partner", "Honorare", 21200, 18336, 20800, 19772, 15700, None])
    ws.append(["Manager", "Honorare", 48100, 52631, 41800, 45430, 45000, None])
    path = tmp_path / "mandat.xlsx"
    wb.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == ["2025-01", "2025-02", "2025-03"]
    assert (by_period["2025-01"]["planned"], by_period["2025-01"]["actual"]) == \
        (21200 + 48100, 18336 + 52631)


def test_a_portfolio_export_s_words(store, tmp_path):
    """A Clarity export: "Investment ID" is the project's code, "Business Owner" its
    sponsor, "Planned Cost" its budget, and a project "Closing" is still active. An
    OpenProject export in German: "Thema" is the task, "Zugewiesen an" its assignee and
    "Übergeordnetes Arbeitspaket" its parent, not its name."""
    path = _book_of(tmp_path / "clarity.xlsx", "Investments", [
        ["Investment ID", "Investment Name", "Manager", "Business Owner", "Status",
         "Planned Cost"],
        ["PR25000", "5G Standalone Core", "Esposito, Sara", "Gallo, Chiara", "Active",
         3500000],
        ["PR25007", "RAN Modernisation", "Rossi, Andrea", "De Luca, Francesca", "Closing",
         400000],
    ])
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert {k: fields_of(table)[k] for k in ("Investment ID", "Business Owner",
                                              "Planned Cost")} == \
        {"Investment ID": "code", "Business Owner": "sponsor", "Planned Cost": "bac"}
    got = {r["values"]["code"]: r["values"] for r in table["records"]}
    assert got["PR25007"]["state"] == "active"
    path = tmp_path / "arbeitspakete.csv"
    path.write_text(
        '"ID";"Thema";"Status";"Zugewiesen an";"Startdatum";"Endtermin";'
        '"Übergeordnetes Arbeitspaket"\n'
        '"4102";"Planung Ausbaugebiet";"In Bearbeitung";"";"13.01.2025";"24.03.2025";""\n'
        '"4104";"Trassenplanung Los 1";"Geschlossen";"Yilmaz, Derya";"13.01.2025";'
        '"27.01.2025";"#4102 Planung Ausbaugebiet"\n'
        '"4107";"Trassenplanung Los 2";"Geschlossen";"Yilmaz, Derya";"23.01.2025";'
        '"06.02.2025";"#4102 Planung Ausbaugebiet"\n', encoding="utf-8-sig")
    [table] = _tables(store, path, project="SVU")
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert (fields["Thema"], fields["Zugewiesen an"]) == ("name", "owner")
    assert fields["Übergeordnetes Arbeitspaket"] != "name"


def test_a_scale_stated_over_the_table_scales_its_amounts(store, tmp_path):
    """A wind farm's budget says "All figures £'000" in its title lines, not in its
    headers: the amounts are thousands. A risk register's "Kostnadseffekt (MNOK)" is
    millions of kroner, the scale and the currency written as one word."""
    path = _book_of(tmp_path / "wind.xlsx", "Budget by FY", [
        ["Cairnmore Wind Farm – Devex & Capex Budget"],
        ["All figures £'000, nominal, excl. VAT"],
        [],
        ["Code", "Cost Line", "Approved Budget", "FY2025\nActual", "FY2026\nForecast",
         "FY2027\nForecast"],
        ["1.1", "Land option & lease payments", 2400, 597, 1200, 600],
        ["1.2", "Environmental impact assessment", 1800, 1100, 500, 200],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert by_period["2025-03"]["actual"] == (597 + 1100) * 1000
    assert by_period["2026-03"]["forecast"] == (1200 + 500) * 1000
    path = _book_of(tmp_path / "risiko.xlsx", "Risikoregister", [
        ["Risiko-ID", "Risikotittel", "Risikoeier", "Sannsynlighet (1-5)",
         "Konsekvens (1-5)", "Tiltaksansvarlig", "Kostnadseffekt (MNOK)", "Status"],
        ["R-001", "Forsinket levering av SPS", "Haugen, Kari", 4, 5, "Andersen, Trond",
         45, "Under oppfølging"],
        ["R-002", "Værvindu for rørlegging", "Berg, Ingrid", 1, 4, "Andersen, Trond",
         3.5, "Åpen"],
    ])
    [table] = _tables(store, path, project="SVU")
    assert table["entity"] == "risk"
    fields = fields_of(table)
    assert (fields["Tiltaksansvarlig"], fields["Kostnadseffekt (MNOK)"], fields["Status"]) == \
        ("actionee", "impact_cost", "status")
    got = {r["values"]["ref"]: r["values"] for r in table["records"]}
    assert got["R-002"]["impact_cost"] == 3_500_000
    assert got["R-001"]["status"] == "monitoring"


def test_a_craft_loading_plan_by_week_is_a_plan_of_roles(store, tmp_path):
    """A turnaround's manpower loading: crafts down ("Boilermaker", "Pipefitter"), weeks
    across ("W/C 03-Mar") under phase bands, a revision dated in the title. "Craft" is
    the role; the weeks are in the year the title's date gives, not the next March; and
    "35 DAYS" in a phase's band is the phase's length, not the table's unit."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Craft Loading"
    ws.append(["LNG TRAIN 2 MAJOR TURNAROUND"])
    ws.append(["Craft manpower loading – headcount per week, Day and Night shifts"])
    ws.append(["Rev D – 07/02/2025 – Planner: Kelly, Shane"])
    ws.append([None, None, "PRE-SHUTDOWN", None, "SHUTDOWN – 35 DAYS", None])
    ws.append(["Craft", "Contractor", "W/C 03-Mar", "W/C 10-Mar", "W/C 24-Mar",
               "W/C 31-Mar"])
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4")
    ws.append(["Boilermaker", "Monadelphou", 2, 6, 24, 24])
    ws.append(["Pipefitter", "Monadelphou", 2, 5, 20, 20])
    ws.append(["Electrician", "UGL", 1, 2, 8, 8])
    path = tmp_path / "craft.xlsx"
    wb.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "allocation"
    assert fields_of(table)["Craft"] == "role_id"
    periods = {r["values"]["period"] for r in table["records"]}
    assert periods == {"2025-03"}
    assert any(w.startswith("Effort read as FTE") for w in table["warnings"])  # headcount


def test_a_developer_s_pipeline_of_sites_is_a_project_list(store, tmp_path):
    """A solar developer's monday.com board: "Name", "Stage" (Early Dev … Operating),
    "Health" (On Track, At Risk, Stuck), "Target COD", "Capex ($M)" and a "Probability
    (%)" of reaching construction. The probability had made it a risk register: the
    stages, the health (monday's "Stuck" is red), the budget and the commercial
    operation date read as a project list's."""
    path = _book_of(tmp_path / "pipeline.xlsx", "Solar Development Pipeline", [
        ["Name", "Site ID", "Dev Lead", "Stage", "Health", "Target COD", "Capex ($M)",
         "Probability (%)"],
        ["Coyote Flats Solar", "SD-578", "Ramirez, Sofia", "Early Dev", "At Risk",
         "2028-09-22", 545.9, 15],
        ["Red Mesa Solar", "SD-666", "Whitfield, Megan", "Early Dev", "Stuck", "2029-05-04",
         154.7, 25],
        ["Prairie Lark Solar", "SD-612", "Johnson, Tyler", "Under Construction", "On Track",
         "2026-11-02", 201.7, 100],
        ["Sunspot Ranch", "SD-101", "Okafor, Chidi", "Operating", "Done", "2024-06-30",
         88.0, 100],
    ])
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    fields = fields_of(table)
    assert (fields["Stage"], fields["Health"], fields["Target COD"], fields["Capex ($M)"]) == \
        ("stage", "rag_overall", "finish_forecast", "bac")
    got = {r["values"]["name"]: r["values"] for r in table["records"]}
    assert got["Red Mesa Solar"]["rag_overall"] == "red"
    assert got["Red Mesa Solar"]["bac"] == 154_700_000
    assert [got[n]["stage"] for n in ("Coyote Flats Solar", "Prairie Lark Solar",
                                      "Sunspot Ranch")] == ["initiation", "delivery", "closed"]


def test_a_capex_request_list_is_a_project_list(store, tmp_path):
    """A Mexican plant's capex requests: "No. Solicitud" (MX-CPX-001), "Descripción del
    proyecto", "Planta", "Monto Aprobado", "Estatus" (Aprobado, Rechazado, En revisión).
    The description of the project names it when nothing else does, the request's
    number is its code, the plant is where it is, and a request's decision is its
    state. It had been read as an issue log."""
    path = _book_of(tmp_path / "capex.xlsx", "CAPEX 2025", [
        ["No. Solicitud", "Descripción del proyecto", "Planta", "Área", "Monto Aprobado",
         "Estatus", "Comentarios"],
        ["MX-CPX-001", "Prensa servo 400T línea 3", "Monterrey", "Estampado", 20000000,
         "Aprobado", "Anticipo 40% pagado"],
        ["MX-CPX-002", "Sistema de extracción de humos", "Monterrey", "Soldadura", 3200000,
         "Aprobado", None],
        ["MX-CPX-003", "Reemplazo de montacargas", "Querétaro", "Almacén", 0, "Rechazado",
         "Se renta"],
        ["MX-CPX-004", "Cuarto limpio para ensamble", "Querétaro", "Ensamble", None,
         "En revisión", "Falta cotización"],
    ])
    tables = _tables(store, path, create=True)
    [table] = [t for t in tables if t["entity"] == "project"]
    fields = fields_of(table)
    assert (fields["No. Solicitud"], fields["Descripción del proyecto"], fields["Planta"],
            fields["Estatus"]) == ("code", "name", "location", "state")
    got = {r["values"]["code"]: r["values"] for r in table["records"]}
    assert [got[c]["state"] for c in ("MX-CPX-001", "MX-CPX-003", "MX-CPX-004")] == \
        ["active", "cancelled", "proposed"]


def test_a_project_list_keyed_by_code_is_named_by_its_first_text_column(store, tmp_path):
    """A schools programme: "Código", "Escola" (the school is the project), "Concelho",
    "Gestor do projeto" … No header is a name's word, so every row had been rejected for
    want of a name: the first column after the code with a different text on each row
    names them."""
    path = _book_of(tmp_path / "escolas.xlsx", "Ponto de Situação", [
        ["Código", "Escola", "Concelho", "Gestor do projeto", "Orçamento (€)", "Fase",
         "Estado (RAG)"],
        ["ESC-001", "EB 2,3 Dr. Manuel de Arriaga", "Coimbra", "Almeida, Rui", 7900000,
         "Projeto", "Verde"],
        ["ESC-002", "Escola Secundária Afonso de Albuquerque", "Guarda", "Sousa, Catarina",
         7900000, "Concurso", "Amarelo"],
        ["ESC-003", "EB1 de Santa Clara", "Coimbra", "Carvalho, Tiago", 4400000, "Obra",
         "Vermelho"],
    ])
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "project"
    assert (fields_of(table)["Escola"], fields_of(table)["Concelho"]) == ("name", "location")
    got = {r["values"]["code"]: r["values"] for r in table["records"]}
    assert len(got) == 3 and got["ESC-003"]["name"] == "EB1 de Santa Clara"
    assert [got[c]["stage"] for c in ("ESC-001", "ESC-002", "ESC-003")] == \
        ["planning", "planning", "delivery"]


def test_registers_in_italian_swedish_and_finnish(store, tmp_path):
    """An Italian museum's "Registro RdM" (richieste di modifica: change requests) with
    "N. RdM", "Tipologia", "Impatto economico (€)"; a Swedish race's "Ärenden" (issues,
    each an "Ärende") and "Beslut" (decisions, "Fattat av"); a Finnish university's
    project list ("Hanke-ID", "Vaihe" of Toteutus/Suunnittelu, "Kokonaistila")."""
    path = _book_of(tmp_path / "rdm.xlsx", "Registro RdM", [
        ["N. RdM", "Data richiesta", "Richiedente", "Titolo", "Tipologia",
         "Impatto economico (€)", "Stato"],
        ["RdM-001", "2024-10-10", "Rossi, Giulia", "Vetrine climatizzate", "Qualità", 9200,
         "Approvata"],
        ["RdM-002", "2024-10-22", "Bianchi, Luca", "Illuminazione LED sala 2", "Tecnica",
         -3500, "Respinta"],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    fields = fields_of(table)
    assert (fields["N. RdM"], fields["Impatto economico (€)"], fields["Richiedente"]) == \
        ("ref", "impact_cost", "requester")
    path = write_book(tmp_path / "raid.xlsx", {
        "Ärenden": [["Nr", "Ärende", "Prioritet", "Ansvarig", "Status"],
                    ["Ä-01", "Vätskestation 4 saknar vatten", "Hög", "Lind, Eva", "Öppen"],
                    ["Ä-02", "Skyltning vid start otydlig", "Medel", "Berg, Olle", "Stängd"]],
        "Beslut": [["Nr", "Beslut", "Motivering", "Fattat av", "Datum"],
                   ["B-01", "Starten flyttas 30 min", "Värmebölja", "Styrgruppen",
                    "2025-05-10"],
                   ["B-02", "Extra sjukvårdstält", "Fler deltagare", "Styrgruppen",
                    "2025-05-12"]]})
    kinds = {t["sheet"]: t["entity"] for t in _tables(store, path, project="SVU")}
    assert kinds == {"Ärenden": "issue", "Beslut": "decision"}
    path = _book_of(tmp_path / "salkku.xlsx", "Hankesalkku", [
        ["Hanke-ID", "Hankkeen nimi", "Yksikkö", "Vaihe", "Kokonaistila", "Alkaa",
         "Päättyy"],
        ["TH-25000", "Opintohallinnon päivitys", "Opintopalvelut", "Toteutus", "Vihreä",
         "8.1.2024", "1.7.2025"],
        ["TH-25003", "Tunnistautumisen uudistus", "Tietohallinto", "Suunnittelu",
         "Punainen", "14.2.2024", "13.2.2025"],
    ])
    [table] = _tables(store, path, create=True, project="SVV")
    got = {r["values"]["code"]: r["values"] for r in table["records"]}
    assert (got["TH-25003"]["stage"], got["TH-25003"]["rag_overall"],
            got["TH-25003"]["start_baseline"]) == ("planning", "red", "2024-02-14")
    assert got["TH-25000"]["department"] == "Opintopalvelut"


def test_a_bi_export_s_run_together_field_names(store, tmp_path):
    """A Power BI table exported to Excel names its columns as one word each:
    "ExecSponsor", "BusinessUnit", "ApprovedBudgetUSD", "ProjectKey". The words are
    read apart; "ProjectKey" is the code, not the name."""
    path = _book_of(tmp_path / "export.xlsx", "Export", [
        ["ProjectKey", "ProjectName", "ExecSponsor", "BusinessUnit", "ApprovedBudgetUSD",
         "RAG_Overall"],
        ["PRJ-0101", "Payments hub", "Lee, Dana", "Retail", 350000, "Green"],
        ["PRJ-0102", "KYC refresh", "Park, Min", "Compliance", 1200000, "Amber"],
    ])
    [table] = _tables(store, path, create=True)
    assert {h: fields_of(table)[h] for h in ("ProjectKey", "ExecSponsor", "BusinessUnit",
                                             "ApprovedBudgetUSD")} == \
        {"ProjectKey": "code", "ExecSponsor": "sponsor", "BusinessUnit": "department",
         "ApprovedBudgetUSD": "bac"}


def test_a_vendor_dependency_tracker_is_a_dependency_log(store, tmp_path):
    """A third-party dependency tracker names each dependency by "What we need from
    them" and its counterparty by "Vendor / Third Party"; it had been read as a project
    list for want of a title."""
    path = _book_of(tmp_path / "3p.xlsx", "3P Dependencies", [
        ["Dep ID", "Vendor / Third Party", "What we need from them", "Need-By Date",
         "Internal Owner", "Status"],
        ["DEP-001", "FIS", "Core banking sandbox environment", "2025-05-05",
         "Patel, Anjali", "On Track"],
        ["DEP-002", "Temenos", "Release 24.2 with ISO 20022 fixes", "2025-05-16",
         "Fischer, Lukas", "At Risk"],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "dependency"
    fields = fields_of(table)
    assert (fields["What we need from them"], fields["Vendor / Third Party"]) == \
        ("title", "counterparty")


def test_capacity_and_demand_blocks_on_one_sheet(store, tmp_path):
    """A capacity-versus-demand sheet: "BLOCK A – CAPACITY (available FTE)" merged over
    roles by month, then "BLOCK B – DEMAND (requested FTE)" with its months written "Jul
    25 … Jun 26". The capacity block had been read as work asked of the roles (doubling
    the demand), and the demand's "Jul 25" as next year's July."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capacity v Demand"
    ws.append(["Change delivery – capacity v demand"])
    ws.append(["Source: workforce plan"])
    ws.append(["FTE = 1.0 person full time"])
    ws.append([])
    ws.append(["BLOCK A – CAPACITY (available FTE)"])
    ws.merge_cells("A5:G5")
    ws.append(["Role", "Team", "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01",
               "Avg"])
    ws.append(["Project Manager", "PMO", 12, 10.2, 12, 12, 11.6])
    ws.append(["Business Analyst", "Change", 25, 21.2, 25, 25, 24])
    ws.append([])
    ws.append([])
    ws.append(["BLOCK B – DEMAND (requested FTE, approved + pipeline)"])
    ws.merge_cells("A11:G11")
    ws.append(["Role", "Team", "Jul 25", "Aug 25", "Sep 25", "Oct 25", "Avg"])
    ws.append(["Project Manager", "PMO", 8.4, 12, 8.4, 18, 11.7])
    ws.append(["Business Analyst", "Change", 28.7, 17.5, 25, 17.5, 22.2])
    path = tmp_path / "cvd.xlsx"
    wb.save(path)
    tables = _tables(store, path)
    demand = [t for t in tables if t["entity"] == "allocation"]
    assert [t["header_row"] for t in demand] == [12]
    assert {r["values"]["period"] for r in demand[0]["records"]} == \
        {"2025-07", "2025-08", "2025-09", "2025-10"}


def test_a_refurbishment_budget_of_lines_with_what_was_paid(store, tmp_path):
    """A restaurant group's refurbishment budget: cost lines with "Budget | Quote |
    Committed (PO) | Invoiced | Paid". Money invoiced and paid is money spent: the
    lines are a cost report, read for their budgets. It had not been recognised."""
    path = _book_of(tmp_path / "refurb.xlsx", "Refurb Budget", [
        ["Ref", "Cost line", "Supplier / contractor", "Budget", "Quote", "Committed (PO)",
         "Invoiced", "Paid", "Status"],
        ["C01", "Strip-out & making good", "Kelly Bros", 18000, 16750, 16750, 16750, 16750,
         "Paid"],
        ["C02", "New bar counter", "Oakline Joinery", 42000, 46800, 46800, 23400, 23400,
         "In progress"],
        ["C03", "Kitchen extraction", "Airflow Ltd", 30000, 28500, 28500, 0, 0, "Ordered"],
    ])
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    assert (fields_of(table)["Cost line"], fields_of(table)["Budget"]) == ("category", "budget")


def test_week_labels_over_a_header_of_names_and_dates(store, tmp_path):
    """A staffing plan: "Wk 14 … Wk 26" over a header of "Consultant | Role | Client /
    assignment" and the weeks' dates. The week labels had been taken for the header,
    and the people's columns lost with it."""
    from datetime import datetime, timedelta

    weeks = [datetime(2025, 3, 31) + timedelta(days=7 * i) for i in range(8)]
    path = _book_of(tmp_path / "staffing.xlsx", "Staffing Q2", [
        ["HARBOUR TALENT – staffing plan Q2"],
        ["% of week allocated"],
        [None, None, None, *(f"Wk {14 + i}" for i in range(8))],
        ["Consultant", "Role", "Client / assignment", *weeks],
        ["Nguyen, Linh", "Principal", "Westpac - cloud", *[0.6] * 8],
        ["O'Brien, Sian", "Senior", "Macquarie - data", *[1] * 4, *[0.5] * 4],
        ["Patel, Ravi", "Consultant", "Telstra - CRM", *[0.5] * 8],
    ])
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "allocation" and table["header_row"] == 4
    assert fields_of(table)["Consultant"] == "resource_id"


def test_a_school_trust_s_change_requests_in_plain_words(store, tmp_path):
    """"What change is being asked for" names a change request, and "+7 weeks for this
    school only" is 49 days, the note after the length aside. The log had been read as
    decisions for want of a title, and the delay as 7 days."""
    path = tmp_path / "changes.csv"
    path.write_text(
        "CR ref,Date submitted,Requested by,What change is being asked for,Cost impact,"
        "Timescale impact,Decision,Decided by\n"
        "CR-01,09/09/2024,Mrs H. Dunmore,Move the MIS switchover to Christmas,£0,"
        "+7 weeks for this school only,Approved,Trust Business Board\n"
        "CR-02,16/09/2024,Mr T. Asante,Add single sign-on for all staff,\"£2,400\",None,"
        "Approved,CFO\n", encoding="utf-8")
    [table] = _tables(store, path)
    assert table["entity"] == "change_request"
    assert fields_of(table)["What change is being asked for"] == "title"
    got = {r["values"]["ref"]: r["values"] for r in table["records"]}
    assert got["CR-01"]["impact_schedule_days"] == 49


def test_a_law_firm_s_key_dates_and_a_launch_checklist(store, tmp_path):
    """A law firm's "Key Dates" sheet lists each matter's deadlines ("Deadline / Event",
    "Date"): milestones of the matter, not an issue log. A launch checklist ticks its
    milestones "✓" or "✗" under "Complete?": ticked is 100 %, and one done after its
    target date is complete but late."""
    path = write_book(tmp_path / "matters.xlsx", {"Key Dates": [
        ["KEY DATES / DEADLINES"],
        [],
        ["Matter No.", "Client", "Deadline / Event", "Date", "Responsible"],
        ["HO/2320/003", "Wexford Engineering", "Response to referral notice", "2025-03-21",
         "Nwosu, Chidi"],
        ["HO/2320/003", "Wexford Engineering", "Adjudicator decision due", "2025-04-18",
         "Nwosu, Chidi"],
        ["HO/2291/004", "Greenway Logistics", "Exchange of contracts", "2025-04-04",
         "Singh, Priya"]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "milestone"
    fields = fields_of(table)
    assert (fields["Matter No."], fields["Deadline / Event"], fields["Date"]) == \
        ("project_id", "name", "forecast_date")
    path = _book_of(tmp_path / "launch.xlsx", "Launch Milestones", [
        ["#", "Milestone", "Owner", "Target", "Actual", "Complete?"],
        [1, "Feature freeze", "Dimitrov, Ivo", "2025-03-28", "2025-03-31", "✓"],
        [2, "Pricing page live", "Ruiz, Nina", "2025-04-04", "2025-04-04", "✓"],
        [3, "Launch webinar", "Ruiz, Nina", "2025-04-30", None, "✗"],
    ])
    [table] = _tables(store, path, project="SVU")
    got = {r["values"]["name"]: r["values"] for r in table["records"]}
    assert [got[n]["pct_complete"] for n in ("Feature freeze", "Launch webinar")] == [1.0, 0.0]
    assert (got["Feature freeze"]["status"], got["Pricing page live"]["status"]) == \
        ("complete_late", "complete_on_time")


def test_an_architect_s_projects_by_riba_stage(store, tmp_path):
    """An architecture practice numbers its projects by "Job", leads each by a "Project
    Architect" under a "Project Director", earns a "Fee" and aims for a "Target PC" (practical
    completion); its "Current Stage" is a RIBA stage ("Stage 5 - Manufacturing &
    Construction")."""
    path = _book_of(tmp_path / "riba.xlsx", "Projects", [
        ["Job", "Project Name", "Project Architect", "Project Director", "Current Stage",
         "Fee (£)",
         "Target PC"],
        [2207, "Headingley Lane - 14 flats", "Bailey, Sophie", "Lund, Erik",
         "Stage 5 - Manufacturing & Construction", 148000, "2025-09-30"],
        [2301, "Roundhay private house", "Chen, Marcus", "Lund, Erik",
         "Stage 4 - Technical Design", 62000, "2026-04-30"],
        [2105, "Kirkstall library", "Bailey, Sophie", "Amis, Kate", "Stage 7 - Use", 90000,
         "2023-11-30"],
    ])
    [table] = _tables(store, path, create=True)
    fields = fields_of(table)
    assert [fields[h] for h in ("Job", "Project Architect", "Project Director", "Fee (£)",
                                "Target PC")] == \
        ["code", "manager", "sponsor", "bac", "finish_forecast"]
    got = {r["values"]["name"]: r["values"]["stage"] for r in table["records"]}
    assert list(got.values()) == ["delivery", "planning", "closed"]


def test_a_zentao_export_in_simplified_chinese(store, tmp_path):
    """A ZenTao task export: simplified Chinese headers ("任务名称", "预计开始", "截止日期",
    "实际完成", "指派给") and "0000-00-00" where a date is not set. The words had been
    known only in traditional characters, and the zero date made a column unreadable."""
    path = tmp_path / "zentao.csv"
    path.write_text(
        "编号,任务名称,优先级,指派给,任务状态,预计开始,截止日期,实际开始,实际完成,进度\n"
        "1001,需求分析,2,张伟,已完成,2025-01-06,2025-02-10,2025-01-06,2025-02-10,100%\n"
        "1003,接口开发,1,李娜,进行中,2025-02-11,2025-03-20,2025-02-12,0000-00-00,60%\n"
        "1004,系统测试,3,王芳,未开始,2025-03-21,2025-04-15,0000-00-00,0000-00-00,0%\n",
        encoding="utf-8-sig")
    [table] = [t for t in _tables(store, path) if t["entity"] == "task"]
    fields = fields_of(table)
    assert [fields[h] for h in ("任务名称", "预计开始", "截止日期", "实际完成", "指派给")] == \
        ["name", "start_forecast", "finish_forecast", "finish_actual", "owner"]
    got = {r["values"]["ref"]: r["values"] for r in table["records"]}
    assert got["1001"]["finish_actual"] == "2025-02-10" and "finish_actual" not in got["1003"]


def test_a_defence_risk_register_s_three_point_cost(store, tmp_path):
    """A defence risk register gives each risk's cost as a three-point estimate: "Min |
    Most Likely | Max" under "Cost Impact (£k) — 3-point estimate". The most likely
    point is the cost impact."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.append(["Risk ID", "Risk Title", "Risk Owner", "Probability (%)",
               "Cost Impact (£k) — 3-point estimate", None, None, "Status"])
    ws.append([None, None, None, None, "Min (£k)", "Most Likely (£k)", "Max (£k)", None])
    ws.merge_cells("E1:G1")
    for col in "ABCDH":
        ws.merge_cells(f"{col}1:{col}2")
    ws.append(["R-01", "Radar supplier insolvency", "Hart, Sam", 0.35, 500, 2500, 6000, "Open"])
    ws.append(["R-02", "Certification delay", "Cole, Amy", 0.1, 100, 400, 900, "Open"])
    path = tmp_path / "risk.xlsx"
    wb.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    got = {r["values"]["ref"]: r["values"] for r in table["records"]}
    assert got["R-01"]["impact_cost"] == 2_500_000


def test_a_revised_date_beside_a_planned_one_and_bilingual_words(store, tmp_path):
    """An Indian highway milestone tracker: "Planned Date" and "Revised Date" — the
    revised one is the forecast, the planned one its baseline; statuses in Hindi and
    English ("विलंबित / Delayed"). An aerospace change log numbers its requests "ECR No."
    with priorities Urgent and Routine; a Korean issue log's "이슈ID" is its ID and "이슈
    내용" its description."""
    path = _book_of(tmp_path / "nhai.xlsx", "Milestone Tracker", [
        ["S.No.", "Milestone", "Responsible", "Planned Date", "Revised Date", "Actual Date",
         "Status"],
        [1, "Appointed Date declared", "NHAI PIU Kota", "2023-07-09", "2023-11-06",
         "2023-10-30", "पूर्ण / Completed"],
        [2, "Earthwork 50 %", "EPC Contractor", "2024-06-30", "2024-12-31", None,
         "विलंबित / Delayed"],
        [3, "Bridge deck casting", "EPC Contractor", "2025-03-31", "2025-06-30", None,
         "प्रगति पर / In Progress"],
    ])
    [table] = _tables(store, path)
    assert (fields_of(table)["Planned Date"], fields_of(table)["Revised Date"]) == \
        ("baseline_date", "forecast_date")
    assert not table.get("warnings") or not any("could not be read" in w
                                                for w in table["warnings"])
    path = _book_of(tmp_path / "ecr.xlsx", "ECR-ECN Log", [
        ["ECR No.", "Change Title", "Originator", "Priority", "Affected Item / P/N",
         "CCB Decision"],
        ["ECR-0412", "Radome seal redesign", "Kim, Jae", "Urgent", "65B-4400-01", "Approved"],
        ["ECR-0413", "Harness routing change", "Ito, Ken", "Routine", "65B-4407-02",
         "Deferred"],
    ])
    [table] = _tables(store, path, project="SVU")
    assert table["entity"] == "change_request"
    assert (fields_of(table)["ECR No."], fields_of(table)["Priority"]) == ("ref", "priority")
    path = _book_of(tmp_path / "issues.xlsx", "이슈관리대장", [
        ["번호", "이슈ID", "이슈명", "이슈 내용", "담당자", "상태"],
        [1, "ISS-001", "인증 연계 지연", "행정안전부 인증 API 연계 일정 지연", "김민수", "조치중"],
        [2, "ISS-002", "서버 증설", "운영 서버 자원 부족", "이지은", "종결"],
        [3, "ISS-004", "보안 점검 지적", "웹 취약점 3건 조치 필요", "박서준", "조치중"],
        [4, "ISS-007", "데이터 이관 오류", "코드 매핑 누락 12건", "최유진", "등록"],
    ])
    [table] = _tables(store, path, project="SVV")
    assert (fields_of(table)["이슈ID"], fields_of(table)["이슈 내용"]) == ("ref", "description")
