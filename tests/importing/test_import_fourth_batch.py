"""Layouts from a fourth batch of trackers the importer had never seen (a German
open-points list, a bank's RAID workbook with inherent and residual scorings under group
cells, a construction cost report, a French budget's monthly actuals, a pharma resource
plan with its staff list, a charity's benefits board).

Each test is a rule, not a file: a log that names no likelihood and no risk is not read
as a risk register; a column left without a field takes it from one equally sure of
another; a list named for a kind of record is that kind's data."""

from __future__ import annotations

from datetime import datetime

from pmo_desktop.importing.headers import header_matches

from .conftest import dry_run_tables, write_book as _book

PROJECT = "TRD"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _merge(path, sheet, *ranges):
    import openpyxl

    book = openpyxl.load_workbook(path)
    for cells in ranges:
        book[sheet].merge_cells(cells)
    book.save(path)


def _fields(table):
    return {c["header"]: c["field"] for c in table["columns"]}


def test_an_open_points_list_is_an_action_log_with_its_topic_as_the_title(store, tmp_path):
    """"Offene-Punkte-Liste": open points with an owner and a date to clear them by. The
    topic is the title when the description reads as a description as well as a title;
    "Eingebracht von" is who raised it and an A-B-C "Prio" a priority (A first)."""
    head = ["Nr.", "Datum", "Thema", "Beschreibung / Maßnahme", "Kategorie", "Verantwortlich",
            "Eingebracht von", "Termin", "Status", "Prio", "Bemerkung"]
    topics = ["Druckluft 8 bar", "Ex-Zonen-Plan", "Kabeltrasse Achse C", "Schnittstelle MES",
              "Fundamentplan Trockner", "Brandschutzklappen", "Abluftkanal", "Lackpumpe"]
    rows = [[i, datetime(2025, 5, i + 10), t, f"{t}: Klärung mit Lieferant, Termin abstimmen.",
             "Mechanik", "Richter, Uwe", "Becker, A.", datetime(2025, 7, i + 1),
             "offen" if i % 2 else "in Bearbeitung", "ABC"[i % 3], None]
            for i, t in enumerate(topics, start=1)]
    path = _book(tmp_path / "opl.xlsx", {"OPL": [
        ["Offene-Punkte-Liste (OPL)"], ["Projekt: Umrüstung Lackieranlage Werk 4"], [],
        head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] in ("action", "issue")
    fields = _fields(table)
    assert fields["Thema"] == "title"
    assert fields["Beschreibung / Maßnahme"] == "description"
    assert fields["Eingebracht von"] == "raised_by"
    assert fields["Prio"] == "priority"
    assert [r["values"]["priority"] for r in table["records"][:3]] == ["medium", "low", "high"]


def test_a_log_without_likelihood_or_risk_words_is_not_a_risk_register(store, tmp_path):
    """An English log of points with an owner, a due date and a status, nothing of a
    risk's own (probability, impact, response) and no word "risk" anywhere: an issue or
    action log, not a risk register (they tied before, and the risk came first)."""
    head = ["No.", "Date", "Topic", "Description", "Category", "Owner", "Due", "Status"]
    rows = [[i, datetime(2025, 3, i), f"Site access {i}", f"Badge request {i} pending.",
             "Facilities", "Ng, Chloe", datetime(2025, 4, i), "Open"] for i in range(1, 9)]
    path = _book(tmp_path / "log.xlsx", {"Log": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] in ("issue", "action")


def test_inherent_and_residual_scorings_under_group_cells_above_the_header(store, tmp_path):
    """"Inherent Assessment" and "Residual Assessment" merged over Prob | Impact | Score,
    on a row above the header with no header word of its own: the second pair is the
    residual scoring ("Assessment" is the group's word for a scoring, not a field)."""
    head = ["Risk ID", "Risk Title", "Risk Owner", "Prob (1-5)", "Impact (1-5)", "Score",
            "Response Strategy", "Prob", "Impact", "Score", "Status"]
    rows = [[f"R-{i:03}", f"Supplier {i} misses cut-over", "Morgan, Gareth", 3, 4, 12,
             "Reduce", 2, 3, 6, "Open"] for i in range(1, 9)]
    group = [None, None, None, "Inherent Assessment", None, None, None,
             "Residual Assessment", None, None, None]
    path = _book(tmp_path / "raid.xlsx", {"Risks": [
        ["ISO 20022 programme — RAID log"], ["Last updated: 14/11/2025"], [], group, head,
        *rows]})
    _merge(path, "Risks", "D4:F4", "H4:J4")
    [table] = _tables(store, path)
    assert table["entity"] == "risk"
    fields = _fields(table)
    assert fields["Residual Assessment Prob"] == "residual_probability"
    assert fields["Inherent Assessment Prob (1-5)"] == "probability"
    fields = {f for f in fields.values() if f}
    assert {"probability", "impact", "residual_probability", "residual_impact"} <= fields
    values = table["records"][0]["values"]
    assert (values["probability"], values["residual_probability"]) == (3, 2)


def test_a_bare_decision_column_beside_the_decision_required_is_what_was_decided(store,
                                                                                 tmp_path):
    head = ["Decision Ref", "Date Raised", "Decision Required", "Options Considered",
            "Decision", "Rationale", "Decided By", "Decision Date", "Status"]
    rows = [[f"DEC-{i:02}", datetime(2025, 2, i), f"Go-live approach for wave {i}",
             "1) Big bang; 2) Phased", f"Option 2 - phased, wave {i} first",
             "Lower operational risk", "Okafor, Chidi", datetime(2025, 3, i), "Approved"]
            for i in range(1, 8)]
    path = _book(tmp_path / "decisions.xlsx", {"Decisions": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "decision"
    fields = _fields(table)
    assert fields["Decision Required"] == "title"
    assert fields["Decision"] == "decision"
    assert table["records"][0]["values"]["decision"] == "Option 2 - phased, wave 1 first"


def test_completion_dates_qualified_in_brackets():
    assert header_matches("Completion (Baseline)", "project")[0][0] == "finish_baseline"
    assert header_matches("Completion (Actual)", "project")[0][0] == "finish_actual"
    assert header_matches("Completion (Forecast)", "task")[0][0] == "finish_forecast"
    assert header_matches("Completion", "project")[0][0] == "pct_complete"


def test_a_cost_reports_money_words():
    for header, field in (("Revised Budget", "planned"), ("Certified to Date", "actual"),
                          ("Forecast Final Cost", "forecast"), ("Spend to Date", "actual"),
                          ("Budget voté 2025", "planned"),
                          ("Atterrissage prévisionnel", "forecast")):
        assert header_matches(header, "financial")[0][0] == field, header


def test_words_of_other_languages_that_name_a_field_by_its_head_noun():
    """Portuguese and Italian name the field first and qualify it after ("Responsável pela
    ação", the one responsible for the action); a lesson's "Impacto" is its effect."""
    assert header_matches("Responsável pela ação", "lesson")[0][0] == "owner"
    for word in ("Impacto", "Impatto"):
        assert header_matches(word, "lesson")[0][0] == "effect", word


def test_a_benefit_type_outside_the_five_types_is_the_benefits_category(store, tmp_path):
    head = ["Benefit ID", "Benefit", "Owner", "Benefit Type", "Measure", "Baseline", "Target",
            "Target Date", "Status"]
    kinds = ["Social", "Environmental", "Health & wellbeing", "Economic - cashable"]
    rows = [[f"B-{i:02}", f"Households helped {i}", "Ama Mensah", kinds[i % 4], "households",
             0, 100 * i, datetime(2026, 3, 31), "On track"] for i in range(1, 9)]
    path = _book(tmp_path / "benefits.xlsx", {"Benefits": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "benefit"
    assert _fields(table)["Benefit Type"] == "category"
    assert table["records"][0]["values"]["category"] == "Environmental"


def test_a_change_requests_technical_and_commercial_types():
    from pmo_desktop.domain.enums import CR_TYPES
    from pmo_desktop.importing.choices import enum_parser

    parse = enum_parser(CR_TYPES, "cr_type", "change_request")
    assert [parse(v) for v in ("Technical", "Commercial", "Regulatory", "Budget")] == [
        "scope", "cost", "other", "cost"]


def test_a_sheet_named_as_a_list_of_a_kind_of_record_is_read(store, tmp_path):
    """"Resource List" is the staff list; a sheet named "Lists" alone holds the drop-down
    choices and is left out."""
    head = ["Name", "Email", "Function", "Role / Grade", "Line Manager", "FTE", "Day Rate (£)"]
    people = [["Ashworth, Emma", "emma.ashworth@example.com", "Clinical Operations",
               "Clinical Programme Lead", "Hartley, Simon", 1, 1150],
              ["Bianchi, Omar", "omar.bianchi@example.com", "Clinical Operations",
               "Clinical Trial Manager", "Hartley, Simon", 1, 950],
              ["Chen, Li", "li.chen@example.com", "Data Management", "Data Manager",
               "Okoro, Ada", 0.8, 800],
              ["Dubois, Zsofia", "zsofia.dubois@example.com", "Biostatistics",
               "Statistician", "Okoro, Ada", 1, 1000]]
    path = _book(tmp_path / "staff.xlsx", {
        "Resource List": [head, *people],
        "Lists": [["Function", "Contract"], ["Clinical Operations", "Permanent"],
                  ["Data Management", "Contractor"], ["Biostatistics", "Fixed term"]]})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert tables["Resource List"]["entity"] == "resource"
    assert tables["Resource List"]["records"][0]["values"]["email"] == "emma.ashworth@example.com"
    assert tables["Lists"]["entity"] is None


def test_monthly_amounts_no_month_of_work_can_hold_are_money(store, tmp_path):
    """A French budget's "Réalisé mensuel" sheet: expense lines × months of euros. Read
    before as a resource plan ("Poste de dépense" as a role, 16 305 hours in a month);
    amounts beyond a month's hours are money, and "Réalisé" names the actuals."""
    months = [datetime(2025, m, 1) for m in range(1, 13)]
    lines = ["Licences SaaS SIRH", "Intégrateur - paie", "Tierce recette applicative",
             "Formation des gestionnaires", "Reprise de données", "Hébergement"]
    rows = [[f"F{i}", line, *[round(12000 + 913.37 * i + 101.21 * m, 2) for m in range(12)]]
            for i, line in enumerate(lines, start=1)]
    path = _book(tmp_path / "budget.xlsx", {"Réalisé mensuel": [
        ["Suivi budgétaire SIRH 2025 — réalisé par mois (€ TTC)"], [],
        ["Réf.", "Poste de dépense", *months], *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    january = [r["values"] for r in table["records"] if r["values"]["period"] == "2025-01"]
    # (a project's money is by month: its lines are added up)
    assert [v.get("actual") for v in january] == [round(sum(r[2] for r in rows), 2)]


def test_role_demand_in_fte_by_quarter_is_not_money(store, tmp_path):
    """Demand, capacity and gap by quarter, in FTE as the title says: people's time. It
    was read as a budget (the subtitle names the study budgets it comes from)."""
    quarters = ["Q1 2026", None, None, "Q2 2026", None, None]
    head = ["Role", "Function", "Demand", "Capacity", "Gap", "Demand", "Capacity", "Gap"]
    roles = ["Clinical Programme Lead", "Clinical Trial Manager", "CRA", "Data Manager",
             "Statistician", "Medical Writer"]
    rows = [[r, "Clinical Operations", 1.4 + i, 0.7 + i, -0.7, 1 + i, 1 + i, 0]
            for i, r in enumerate(roles)]
    path = _book(tmp_path / "demand.xlsx", {"Role Demand": [
        ["Role demand vs capacity by quarter (FTE)"],
        ["Demand from study budgets; capacity = named staff only."], [],
        ["", "", *quarters], head, *rows]})
    _merge(path, "Role Demand", "C4:E4", "F4:H4")
    [table] = _tables(store, path)
    assert table["entity"] != "financial"


def test_the_languages_kept_one_module_each_are_written_as_they_are_compared():
    """Their words are added without being normalised at start-up (it would take a tenth
    of a second): each must already be what ``norm`` makes of it, and each value word must
    name one of the importer's own values. (Traditional Chinese is written as it is and
    read as the simplified, one ``translate`` of each list: ``hanzi``.)"""
    from pmo_desktop.importing import languages
    from pmo_desktop.importing.hanzi import SIMPLIFIED
    from pmo_desktop.importing.vocab import ENTITY_NAMES
    from pmo_desktop.importing.vocab import norm as normalised

    def norm(w: str) -> str:  # what ``norm`` makes of the word, as the module is read
        return w if normalised(w) == w.translate(SIMPLIFIED) else normalised(w)

    for module, fields in languages._MODULES:
        name = module.__name__.rsplit(".", 1)[1]
        for spec, words in getattr(module, fields).items():
            scope, field = spec.split(":")
            assert all(s.strip() in (*ENTITY_NAMES, "raid", "*") for s in scope.split(",")), \
                (name, spec)
            bad = [w for w in words.split("|") if not w or norm(w) != w]
            assert not bad, (name, spec, bad)
        for kind, words in module.ENTITY_WORDS.items():
            assert kind in ENTITY_NAMES and all(norm(w) == w for w in words), (name, kind)
        for table in ("STATUS_WORDS", "PRIORITY_WORDS", "RAG_WORDS"):
            assert all(norm(w) == w for w in getattr(module, table)), (name, table)
        assert len(module.MONTHS) == 12, name
        assert all(norm(w) == w for w in module.TOTAL_WORDS), name


def test_a_word_an_older_list_gives_a_field_keeps_that_reading():
    """"Status" is a project's RAG in the older lists (its state when a second status
    column says so); a language that also calls the state "status" does not make the
    header mean both (a steering committee's action list was read as a project's form)."""
    fields = dict(header_matches("Status", "project"))
    assert fields.get("rag_overall") == 0.95 and "state" not in fields


def test_digits_of_other_scripts_read_as_numbers_and_dates():
    from pmo_desktop.importing import values as V

    assert V.parse_date("١٢/٠٣/٢٠٢٥") == datetime(2025, 3, 12).date()
    assert V.parse_money("٢٥٠٬٠٠٠") == 250000
    assert V.parse_number("٤") == 4
    assert V.parse_number("3٫5") == 3.5


def test_dates_written_with_words_of_korean_vietnamese_catalan_baltic_languages():
    from pmo_desktop.importing import values as V

    for written, iso in (("2025년 3월 5일", "2025-03-05"),
                         ("ngày 5 tháng 3 năm 2025", "2025-03-05"),
                         ("tháng 3/2025", "2025-03-01"),
                         ("18 d'agost de 2025", "2025-08-18"),
                         ("2025 m. sausio 5 d.", "2025-01-05"),
                         ("27 Januari 2025", "2025-01-27"),
                         ("5. jaanuar 2025", "2025-01-05")):
        assert V.parse_date(written).isoformat() == iso, written


def test_total_rows_in_the_languages_kept_one_module_each():
    from pmo_desktop.importing.rowkinds import is_total_label

    for label in ("Iš viso:", "Kopā programmā", "Ukupno", "TỔNG CỘNG", "합계", "المجموع",
                  'סה"כ', "Spolu za oddelenie", "Jumlah"):
        assert is_total_label(label), label
    for label in ("Công Nguyen", "Is this late", "Tong, Li", "Kopan, Ana"):
        assert not is_total_label(label), label


def test_a_lithuanian_resource_plan_and_an_arabic_risk_register(store, tmp_path):
    """Header words of languages with no list before (read from their own modules), a
    total row in Lithuanian, Arabic-Indic digits in the cells."""
    months = ["Sausis", "Vasaris", "Kovas"]
    plan = [["Darbuotojas", "Projektas", "Vaidmuo", *months],
            ["Kazlauskas, Tomas", "P-2401", "Programuotojas", 120, 110, 100],
            ["Kazlauskas, Tomas", "P-2402", "Programuotojas", 40, 50, 60],
            ["Jonaitė, Ieva", "P-2401", "Analitikė", 160, 150, 160],
            ["Iš viso:", None, None, 320, 310, 320]]
    risks = [["رقم الخطر", "عنوان الخطر", "المسؤول", "الاحتمالية", "الأثر", "الحالة"],
             *[[f"R-{i}", f"تأخر توريد المعدات {i}", "أحمد العلي", "٤", "٣", "مفتوح"]
               for i in range(1, 7)]]
    path = _book(tmp_path / "mixed.xlsx", {"Resursų planas 2025": plan, "سجل المخاطر": risks})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    plan_table = tables["Resursų planas 2025"]
    assert plan_table["entity"] == "allocation"
    assert {r["values"].get("resource") for r in plan_table["records"]} == {
        "Tomas Kazlauskas", "Ieva Jonaitė"}  # ("Surname, First" as a name is written)
    risk = tables["سجل المخاطر"]
    assert risk["entity"] == "risk"
    fields = _fields(risk)
    assert fields["المسؤول"] == "owner" and fields["الاحتمالية"] == "probability"
    assert risk["records"][0]["values"]["probability"] == 4


def test_quarters_written_with_words_of_more_languages():
    from pmo_desktop.importing import values as V

    for written, iso in (("Quý I/2025", "2025-03-31"), ("Kuartal II 2025", "2025-06-30"),
                         ("1분기 2025", "2025-03-31"), ("2025년 3분기", "2025-09-30"),
                         ("I ketvirtis 2025", "2025-03-31"),
                         ("2. tromjesečje 2025", "2025-06-30")):
        assert V.parse_date(written).isoformat() == iso, written


def test_a_budget_by_quarter_with_plan_and_actual_in_vietnamese(store, tmp_path):
    """Quarters merged over "Kế hoạch | Thực hiện" (plan | actual), the words of a
    language kept in its own module: each quarter's plan and actual apart (before, both
    columns were added up as the plan)."""
    quarters = ["Quý I/2025", None, "Quý II/2025", None]
    head = ["STT", "Nội dung chi phí", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"]
    lines = [["1", "Thuê máy chủ", 120_000_000, 118_500_000, 90_000_000, 91_000_000],
             ["2", "Bản quyền phần mềm", 300_000_000, 300_000_000, 0, 0],
             ["3", "Đào tạo", 45_000_000, 40_000_000, 60_000_000, 52_500_000]]
    path = _book(tmp_path / "du_toan.xlsx", {"Dự toán 2025": [
        ["DỰ TOÁN KINH PHÍ DỰ ÁN 2025"], [], ["", "", *quarters], head, *lines]})
    _merge(path, "Dự toán 2025", "C3:D3", "E3:F3")
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert by_period["2025-03"]["planned"] == 465_000_000
    assert by_period["2025-03"]["actual"] == 458_500_000
    assert by_period["2025-06"]["actual"] == 143_500_000


def test_a_fields_word_first_is_the_head_noun_a_kinds_name_first_a_modifier():
    """"Naslov spremembe" (Slovenian: the title of the change) is a title, as the head
    noun comes first in many languages; "Project Occurrence" is still no project."""
    assert header_matches("Naslov spremembe", "change_request")[0][0] == "title"
    assert not header_matches("Project Occurrence", "project")


def test_a_calendar_week_without_its_year_is_that_weeks_monday_nearest_the_as_of_date():
    from datetime import date

    from pmo_desktop.importing import values as V

    as_of = date(2025, 11, 7)
    assert V.parse_date("KW 47", as_of=as_of) == date(2025, 11, 17)
    assert V.parse_date("KW 35", as_of=as_of) == date(2025, 8, 25)
    assert V.parse_date("CW 1", as_of=as_of) == date(2025, 12, 29)  # (2026's first week)


def test_a_done_sheet_with_the_very_same_headers_is_read_as_its_live_sheets_kind(store,
                                                                               tmp_path):
    """An open-points list and its "Erledigt" (done) sheet, one template: the done sheet
    says less (no "OPL" in its name) and read as issue and action nearly alike, so it was
    held back; it is the same kind as the live sheet."""
    head = ["Nr.", "Datum", "Thema", "Beschreibung / Maßnahme", "Kategorie",
            "Verantwortlich", "Eingebracht von", "Termin", "Status", "Prio", "Bemerkung",
            "erledigt am"]

    def rows(status, done):  # (points cleared keep their numbers: 1–8, the open 11–18)
        return [[i + (0 if done else 10), datetime(2025, 5, i), f"Punkt {i}",
                 f"Klärung {i} mit dem Lieferanten.", "Mechanik", "Richter, Uwe",
                 "Becker, A.", datetime(2025, 6, i), status, "ABC"[i % 3], None,
                 datetime(2025, 6, i + 2) if done else None] for i in range(1, 9)]

    path = _book(tmp_path / "opl.xlsx", {
        "OPL": [["Offene-Punkte-Liste (OPL)"], [], head, *rows("offen", False)],
        "Erledigt": [["Archiv erledigter Punkte"], [], head, *rows("erledigt", True)]})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert tables["OPL"]["entity"] == "action"
    assert tables["Erledigt"]["entity"] == "action"
    assert len(tables["Erledigt"]["records"]) == 8


def test_a_portfolio_with_spacer_columns_under_group_cells_is_one_table(store, tmp_path):
    """"PROJECT" | "SCHEDULE" | "FINANCE (£)" | "RAG STATUS" merged over one portfolio's
    columns, empty spacer columns between the groups: one table, not a project list on
    the left and a second one of budgets and RAGs on the right (split at the spacer, the
    right side's hidden "_key" column taken for its IDs)."""
    group = ["PROJECT", None, None, None, "SCHEDULE", None, None, "FINANCE (£)", None,
             "RAG STATUS", None]
    head = ["Ref", "Project name", "Project Manager", None, "Start (baseline)",
            "End (forecast)", None, "Approved Budget", "Forecast Outturn", "Overall", "_key"]
    rows = [[f"PR-{i:03}", f"Library refurbishment {i}", "Khan, Aisha", None,
             datetime(2025, 1, i), datetime(2026, 6, i), None, 100000 * i, 98000 * i,
             "GAR"[i % 3], f"PR|{i}"] for i in range(1, 9)]
    path = _book(tmp_path / "portfolio.xlsx", {"Portfolio": [
        ["Capital portfolio highlight report"], [], group, head, *rows]})
    _merge(path, "Portfolio", "A3:C3", "E3:F3", "H3:I3")
    [table] = _tables(store, path, create=True)
    fields = {f for f in _fields(table).values() if f}
    assert {"code", "name", "manager", "finish_forecast", "bac", "eac", "rag_overall"} <= fields
    assert table["records"][0]["values"]["bac"] == 100000


def test_a_header_of_nested_rows_inside_a_table_is_not_a_record():
    from pmo_desktop.importing.region import Region
    from pmo_desktop.importing.rowkinds import classify_row

    region = Region("Board", (3,), 0, 5, 4, 20,
                    {0: "Name", 1: "Person", 2: "Status", 3: "Timeline - Start",
                     4: "Timeline - End", 5: "Item ID"}, None, None)
    assert classify_row(["Subitems", "Name", "Owner", "Status", "Date", None], region,
                        set(), False)[0] == "header"
    # (a record some of whose words are header words is still a record)
    assert classify_row(["Install tills", "Kelvin Goh", "Done", "Status report", "Owner",
                         "Date"], region, set(), False)[0] == "data"
    assert classify_row(["Install tills at S002", "Kelvin Goh", "Done",
                         datetime(2025, 3, 3), datetime(2025, 3, 5), "1687"], region,
                        set(), False)[0] == "data"


def test_english_words_of_evm_reports_staffing_plans_and_change_boards():
    for header, entity, field in (
            ("BCWS", "financial", "planned"), ("BCWP", "financial", "earned"),
            ("ACWP", "financial", "actual"), ("Made by", "decision", "decided_by"),
            ("Max. Units", "resource", "fte"), ("Engagement Code", "allocation", "project_id"),
            ("Std hrs/day", "resource", "hours_per_day"),
            ("CCB Date", "change_request", "decision_date"),
            ("Forecast PC", "project", "finish_forecast"),
            ("Final cost (£)", "project", "eac"), ("Function", "resource", "team"),
            ("Timeline - End", "task", "finish_forecast"), ("Person", "task", "owner"),
            ("Soumis par", "lesson", "logged_by"), ("Benodigd per", "dependency",
                                                   "need_by_date")):
        assert header_matches(header, entity)[0][0] == field, header


def test_rand_amounts_and_dates_written_with_by():
    from pmo_desktop.importing import values as V

    assert V.parse_money("R 1 250 000,00") == 1250000
    assert V.parse_money("-R 640 750,50") == -640750.5
    assert V.parse_money("R1,250,000.00") == 1250000
    for not_money in ("R2", "R-001"):
        try:
            V.parse_money(not_money)
        except V.ValueProblem:
            continue
        raise AssertionError(not_money)
    assert V.parse_date("entro 16/02/2026").isoformat() == "2026-02-16"
    assert V.parse_date("uiterlijk 06-04-2026").isoformat() == "2026-04-06"


def test_a_look_ahead_whose_only_text_is_the_activity_description_is_a_plan(store,
                                                                           tmp_path):
    """ID, activity description, crew, start, finish, duration, status: the description
    names each task (it was read as a note on tasks with no name, so the table read as a
    project list); the crew does the work; "Dur (days)" is the duration."""
    head = ["ID", "Area / Zone", "Activity Description", "Crew", "Start", "Finish",
            "Dur (days)", "Status"]
    rows = [[f"A{i:02}", "Level 5", f"Cable tray install zone {i}", "Crew 1 (Dale)",
             datetime(2025, 8, 4 + i), datetime(2025, 8, 8 + i), 5, "In progress"]
            for i in range(1, 9)]
    path = _book(tmp_path / "lookahead.xlsx", {"3WLA wc 04.08.25": [
        ["3 WEEK LOOK-AHEAD PROGRAMME"], [], head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = _fields(table)
    assert fields["Activity Description"] == "name"
    assert fields["Crew"] == "resources" and fields["Dur (days)"] == "duration_days"


def test_a_crew_list_and_a_dis_benefits_sheet_are_read(store, tmp_path):
    crew = [["Name", "Role", "Mobile", "Crew", "Rate ($/hr)", "On site since"],
            *[[f"Worker {i}", "Electrician", f"0412 000 00{i}", "Crew 1", 86.5,
               datetime(2025, 2, i)] for i in range(1, 7)]]
    dis = [["Ref", "Dis-benefit", "Who is affected", "Owner", "How we will measure it",
            "Mitigation", "Status"],
           *[[f"D{i}", f"Longer waits during migration {i}", "Clients", "Service lead",
              "Wait times", "Extra staff", "Open"] for i in range(1, 6)]]
    path = _book(tmp_path / "mixed.xlsx", {"Crew list": crew, "Dis-benefits": dis})
    tables = {t["sheet"]: t for t in _tables(store, path)}
    assert tables["Crew list"]["entity"] == "resource"
    assert tables["Dis-benefits"]["entity"] == "benefit"


def test_abbreviated_and_budget_form_words():
    for header, entity, field in (
            ("Fcst End", "project", "finish_forecast"),
            ("Time (wks)", "change_request", "impact_schedule_days"),
            ("Captured By", "lesson", "logged_by"),
            ("Clasificador", "financial", "category")):
        assert header_matches(header, entity)[0][0] == field, header


def test_french_action_statuses():
    from pmo_desktop.domain.enums import ACTION_STATUSES
    from pmo_desktop.importing.choices import enum_parser

    parse = enum_parser(ACTION_STATUSES, "status", "action")
    assert [parse(v) for v in ("À lancer", "À planifier", "Soldée", "Abandonnée")] == [
        "open", "open", "done", "cancelled"]


def test_words_of_engineering_and_public_sector_logs():
    for header, entity, field in (
            ("Action Party", "issue", "owner"), ("Est. (d)", "task", "duration_days"),
            ("Impacto económico", "change_request", "impact_cost"),
            ("Taux jour", "resource", "cost_rate"), ("Affaire", "allocation", "project_id"),
            ("Oorzaak", "lesson", "causes"), ("Gate", "project", "stage"),
            ("CP", "milestone", "critical")):
        assert header_matches(header, entity)[0][0] == field, header
