"""Layouts from a twenty-first round of trackers the importer had never seen (clinical
trial operations, renewable energy and mining construction, bank regulatory change,
humanitarian grants, Nordic retail, aerospace programmes): CTMS exports that name each
column by its object, permit trackers with no name header, Arabic stakeholder registers
and the like.

Each test is a rule, not a file."""

from __future__ import annotations

from datetime import datetime

from .conftest import dry_run_tables, fields_of, write_book, write_csv

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def _only(tables, entity):
    found = [t for t in tables if t["entity"] == entity]
    assert found, [(t["sheet"], t["entity"]) for t in tables]
    return max(found, key=lambda t: len(t["records"]))


def _values(table, row):
    return next(r["values"] for r in table["records"] if r["row"] == row)


def test_an_export_that_names_each_column_by_its_object_reads_the_field_after_the_colon(
        store, tmp_path):
    """A CRM or CTMS export writes "Object: Field" ("Site Visit: Name", "Site Visit:
    Assigned Monitor", "Trial: Trial Code"): the field's own name after the colon is what
    the column holds. Read whole, the headers named nothing and the visits were read as
    projects, one per trial code."""
    lines = ['"Site Visit: Name","Trial: Trial Code","Site: Site Name","Site Visit: Type",'
             '"Site Visit: Planned Date","Site Visit: Actual Start Date",'
             '"Site Visit: Actual End Date","Site Visit: Status","Site Visit: Assigned Monitor"']
    sites = ["Royal Marsden", "Karolinska", "Gustave Roussy", "Vall d'Hebron", "Leiden UMC",
             "Charité", "San Raffaele", "Rigshospitalet"]
    for i, site in enumerate(sites):
        trial = ("ONC-114", "ONC-207")[i % 2]
        day = 3 + 2 * i
        lines.append(f'"SV-{8100 + i}","{trial}","{site}","Interim Visit","2/{day}/2026",'
                     f'"2/{day}/2026","2/{day + 1}/2026","Completed","Moreau, Anne"')
    tables = _tables(store, write_csv(tmp_path / "site_visits.csv", lines))
    assert not any(t["entity"] == "project" for t in tables)
    table = next(t for t in tables if t["entity"] in ("task", "milestone"))
    fields = fields_of(table)
    assert fields["Site Visit: Name"] == "ref"
    assert fields["Site Visit: Status"] == "status"
    values = _values(table, 2)
    assert values["ref"] == "SV-8100"
    assert values["owner"] == "Moreau, Anne"


def test_a_header_with_a_colon_here_and_there_is_read_whole(store, tmp_path):
    """Only when most headers are "Object: Field", and an object names two columns or
    more, is the part before the colon an object: "Note: see legend" over one column of
    a risk register leaves the others as they are."""
    rows = [["Risk ID", "Risk Title", "Owner", "Probability", "Impact", "Status",
             "Note: see legend"]]
    for i in range(1, 6):
        rows.append([f"R-{i:02d}", f"Supplier insolvency {i}", "K. Berg", "High", "Medium",
                     "Open", "n/a"])
    tables = _tables(store, write_book(tmp_path / "risks.xlsx", {"Risks": rows}))
    table = _only(tables, "risk")
    fields = fields_of(table)
    assert fields["Risk Title"] == "title"
    assert fields["Probability"] == "probability"


def test_rows_that_name_a_few_projects_again_and_again_are_no_project_list(store, tmp_path):
    """A table whose study-number column repeats two studies' codes down twenty rows is
    not a list of two projects written ten times: each row is another kind's record
    (here a site visit, with its planned and actual dates) that names its project."""
    lines = ["Study Number,Site Name,Visit Type,Planned Visit Date,Actual Visit Start Date,"
             "Actual Visit End Date,Visit Status"]
    for i in range(20):
        lines.append(f"CT-{(31, 44)[i % 2]},Clinic {chr(65 + i)},Interim Visit,3/{2 + i}/2026,"
                     f"3/{2 + i}/2026,3/{3 + i}/2026,Completed")
    tables = _tables(store, write_csv(tmp_path / "visits.csv", lines))
    assert tables and all(t["entity"] in ("task", "milestone") for t in tables), \
        [(t["entity"], fields_of(t)) for t in tables]


def test_a_key_column_that_repeats_gives_way_to_the_codes_under_a_name_header(store, tmp_path):
    """A plan's "Name" holds codes (VIS-001 …) and a study number repeats down the
    rows: the unique codes are the key, not the study number that only says whose the
    row is."""
    lines = ["Name,Study Number,Site Name,Start Date,End Date,Status,Assigned To"]
    for i in range(8):
        lines.append(f"VIS-{i + 1:03d},ST-{(9, 12)[i % 2]},Clinic {chr(65 + i)} North,"
                     f"2026-04-{2 + i:02d},2026-04-{5 + i:02d},In Progress,J. Okafor")
    tables = _tables(store, write_csv(tmp_path / "visit_plan.csv", lines))
    table = next(t for t in tables if t["entity"] in ("task", "milestone"))
    assert fields_of(table)["Name"] == "ref"
    assert _values(table, 2)["ref"] == "VIS-001"
    assert fields_of(table).get("Study Number") != "ref"


def test_a_tracker_whose_name_column_no_header_word_claims_is_named_by_its_texts(
        store, tmp_path):
    """A permits tracker: "N°", "Permis / autorisation", "Organisme", "Responsable",
    dates filed and obtained, "Statut". No header says "name", so the table had no name
    for its rows and was read as a project list. The leftmost column of short texts, all
    different, names them."""
    rows = [["N°", "Permis / autorisation", "Organisme", "Responsable", "Dépôt prévu",
             "Dépôt réel", "Statut", "Commentaires"]]
    permits = ["Autorisation environnementale", "Permis de construire du poste",
               "Déclaration loi sur l'eau", "Autorisation de défrichement",
               "Accord aviation civile", "Servitude de passage des câbles"]
    for i, name in enumerate(permits, 1):
        rows.append([f"P-{i:02d}", name, f"Préfecture {i}", "Julie Roy",
                     datetime(2026, 2, i + 1), datetime(2026, 2, i + 3), "Déposé",
                     "Dossier complet"])
    tables = _tables(store, write_book(tmp_path / "permis.xlsx", {"Suivi": rows}))
    table = next(t for t in tables if t["entity"] in ("milestone", "dependency", "action"))
    assert fields_of(table)["Permis / autorisation"] in ("name", "title")
    values = _values(table, 2)
    assert values.get("name", values.get("title")) == "Autorisation environnementale"


def test_a_column_of_people_or_codes_is_no_name_by_its_shape(store, tmp_path):
    """The texts that name rows by their shape are a few words, nearly all different:
    a column of codes is no name, nor one that repeats the same few values."""
    rows = [["N°", "Lot", "Organisme", "Dépôt prévu", "Dépôt réel"]]
    for i in range(1, 7):
        rows.append([i, f"L{i:02d}", ("Préfecture", "Mairie")[i % 2],
                     datetime(2026, 2, i + 1), datetime(2026, 2, i + 3)])
    tables = _tables(store, write_book(tmp_path / "lots.xlsx", {"Lots": rows}))
    for table in tables:
        fields = fields_of(table)
        assert fields.get("Lot") not in ("name", "title")
        assert fields.get("Organisme") not in ("name", "title")


def test_an_arabic_stakeholder_register(store, tmp_path):
    """An Arabic stakeholder register: name, position, organisation, influence and
    interest, engagement now and wanted, relationship owner, channel, frequency."""
    rows = [["م", "الاسم", "المنصب", "الجهة", "درجة التأثير", "درجة الاهتمام",
             "مستوى المشاركة الحالي", "مستوى المشاركة المطلوب", "مسؤول العلاقة",
             "وسيلة التواصل", "تكرار التواصل"]]
    people = [("ليلى حداد", "مديرة", "وزارة الصحة", "عالية", "متوسطة", "محايد", "داعم"),
              ("عمر خليل", "رئيس البلدية", "بلدية الزرقاء", "عالية", "عالية", "داعم", "قيادي"),
              ("سارة نور", "منسقة", "منظمة محلية", "منخفضة", "عالية", "غير مدرك", "داعم"),
              ("باسم يوسف", "مستشار", "الوكالة المانحة", "متوسطة", "منخفضة", "معارض",
               "محايد")]
    for i, (name, pos, org, power, interest, now, wanted) in enumerate(people, 1):
        rows.append([i, name, pos, org, power, interest, now, wanted, "رانيا حداد",
                     "اجتماع", "شهري"])
    tables = _tables(store, write_book(tmp_path / "stakeholders_ar.xlsx",
                                       {"سجل أصحاب المصلحة": rows}))
    table = _only(tables, "stakeholder")
    fields = fields_of(table)
    assert fields["الاسم"] == "name"
    assert fields["درجة التأثير"] == "power"
    assert fields["مسؤول العلاقة"] == "relationship_owner"
    first, second, _third, fourth = (_values(table, r) for r in (2, 3, 4, 5))
    assert (first["current_engagement"], first["desired_engagement"]) == \
        ("neutral", "supportive")
    assert second["desired_engagement"] == "leading"
    assert fourth["current_engagement"] == "resistant"


def test_a_whole_amount_written_with_a_dash_for_its_decimals_is_no_minus():
    """Scandinavia, Germany and Switzerland write a whole price with a dash where its
    decimals would be: "kr 350 000,-", "1.200,- €", "Fr. 45.–". The dash had been read
    as a minus sign after the amount."""
    from pmo_desktop.importing.numbers import parse_money

    assert parse_money("kr 350 000,-") == 350000
    assert parse_money("1.200,- €") == 1200
    assert parse_money("Fr. 45.–") == 45
    assert parse_money("-kr 120 000,-") == -120000
    assert parse_money("350-") == -350  # (a minus after the amount is still one)


def test_a_campaign_list_in_kroner_with_a_dash_for_decimals(store, tmp_path):
    """A Norwegian campaign budget: "Budsjett", "Faktisk forbruk" of "kr 350 000,-"."""
    rows = [["Kampanje", "Periode", "Budsjett", "Faktisk forbruk", "Prognose"],
            ["Vintersalg", "jan. 2026", "kr 350 000,-", "kr 338 900,-", "kr 338 900,-"],
            ["Påskekampanje", "mars 2026", "kr 620 000,-", "kr 210 000,-", "kr 600 000,-"],
            ["Sommer", "juni 2026", "kr 200 000,-", "kr 0,-", "kr 200 000,-"]]
    tables = _tables(store, write_book(tmp_path / "kampanjer.xlsx", {"Kampanjer": rows}))
    table = _only(tables, "financial")
    march = next(r["values"] for r in table["records"] if r["values"]["period"] == "2026-03")
    assert (march["planned"], march["actual"]) == (620000, 210000)


def test_amounts_by_month_under_a_currency_s_name_are_a_budget(store, tmp_path):
    """A marketing budget: channels down, "jan" … "dec" across, amounts of hundreds of
    thousands, "Belopp i SEK" over the table. No header says plan or actual and no
    sheet name says budget, but no one's time runs to 420 000 a month and the lines
    above name a currency: money by month, the plan. It had been read as an issue log."""
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
              "dec"]
    rows = [["Kampanjplan 2026 – Sverige"], ["Belopp i SEK exkl. moms."], [],
            ["Kanal", "Ansvarig", *months, "Helår 2026"]]
    for k, (channel, who) in enumerate([("Sök", "Anders Wik"), ("Sociala medier", "Elin Åk"),
                                        ("Display", "Elin Åk"), ("TV", "Karin Lind")]):
        amounts = [100000 * (k + 1) + 10000 * m for m in range(12)]
        rows.append([channel, who, *amounts, sum(amounts)])
    tables = _tables(store, write_book(tmp_path / "marknad.xlsx", {"SE 2026": rows}))
    table = _only(tables, "financial")
    january = sum(r["values"]["planned"] for r in table["records"]
                  if r["values"]["period"] == "2026-01")
    assert january == 100000 + 200000 + 300000 + 400000


def test_days_a_month_under_actuals_and_forecast_are_people_s_time(store, tmp_path):
    """A contractor plan: people, roles and "billable days per month", the months under
    "Actuals" and "Forecast" group cells. The groups' measure words had made it money by
    month; days of 15 to 22 under a title that says days are people's time."""
    rows = [["Contractor demand plan FY26 – billable days per month"], [],
            [None, None, "Actuals", None, "Forecast", None, None],
            ["Resource", "Role", datetime(2026, 1, 1), datetime(2026, 2, 1),
             datetime(2026, 3, 1), datetime(2026, 4, 1), datetime(2026, 5, 1)],
            ["Gareth Pryce", "Programme Manager", 20, 19, 21, 20, 19],
            ["Sinead Murphy", "Business Analyst", 21, 20, 22, 15, None],
            ["Karol Nowak", "Data Engineer", 21, 20, 22, 20, 19]]
    path = write_book(tmp_path / "contractors.xlsx", {"Plan (days)": rows},
                      merged={"Plan (days)": ["C3:D3", "E3:G3"]})
    tables = _tables(store, path)
    table = _only(tables, "allocation")
    fields = fields_of(table)
    assert fields["Resource"] == "resource_id"
    gareth = [r["values"] for r in table["records"] if r["values"]["resource"] == "Gareth Pryce"]
    assert len(gareth) == 5 and all(v["hours"] > 100 for v in gareth)


def test_week_numbers_under_a_dated_title_are_that_year_s_calendar_weeks(store, tmp_path):
    """A Danish staffing plan: "Uge 14" … "Uge 20" across, "Opdateret 09-03-2026" above:
    the weeks of 2026, each its Monday's month (week 14 starts on 30 March)."""
    rows = [["Bemandingsplan – genåbning"], ["Opdateret 09-03-2026 af Louise Kjær"], [],
            ["Medarbejder", "Rolle", "Butik", *[f"Uge {n}" for n in range(14, 21)]],
            ["Mette Sørensen", "Butikschef", "Aarhus C", 37, 37, 37, 37, 37, 37, 37],
            ["Rasmus Nielsen", "Souschef", "Aarhus C", 37, 30, 37, 37, 37, 37, 37],
            ["Camilla Jensen", "Salgsassistent", "Odense", 30, 30, 30, 30, 30, 30, 30]]
    tables = _tables(store, write_book(tmp_path / "bemanding.xlsx", {"Bemanding": rows}))
    table = _only(tables, "allocation")
    mette = {}
    for r in table["records"]:
        if r["values"]["resource"] == "Mette Sørensen":
            mette[r["values"]["period"]] = mette.get(r["values"]["period"], 0) + \
                r["values"]["hours"]
    assert mette == {"2026-03": 37, "2026-04": 4 * 37, "2026-05": 2 * 37}


def test_a_project_s_own_weeks_counted_from_one_are_no_calendar_weeks(store, tmp_path):
    """"Week 1" … "Week 6" under a dated title count the project's weeks, not the
    calendar's: they are no months of 2026 (guard)."""
    rows = [["Mobilisation plan"], ["Updated 09-03-2026"], [],
            ["Name", "Role", *[f"Week {n}" for n in range(1, 7)]],
            ["Mette Sørensen", "Lead", 5, 5, 5, 5, 5, 5],
            ["Rasmus Nielsen", "Engineer", 4, 4, 4, 4, 4, 4],
            ["Camilla Jensen", "Analyst", 3, 3, 3, 3, 3, 3]]
    tables = _tables(store, write_book(tmp_path / "mobilisation.xlsx", {"Plan": rows}))
    for table in tables:
        assert not any(r["values"].get("period", "").startswith("2026-01")
                       for r in table["records"])


def test_an_italian_week_number_is_no_day_of_september():
    """"Settimana 14" (week 14) begins as "sett." (September) does: it had been read as
    14 September."""
    from datetime import date

    import pytest

    from pmo_desktop.importing import values as V

    for text in ("Settimana 14", "sett. 14", "Sem 14"):
        with pytest.raises(V.ValueProblem):
            V.parse_date(text, as_of=date(2026, 3, 1))
    assert V.parse_date("14 sett. 2026", as_of=date(2026, 3, 1)) == date(2026, 9, 14)


def test_a_korean_supplier_dependency_register(store, tmp_path):
    """A Korean dependency register: the supplier (공급업체) is the other party, 방향
    the direction (수신: we receive), 필요일자 the date it is needed by, 조치 사항 the
    next action."""
    rows = [["관리번호", "의존 항목", "공급업체", "방향", "담당자", "필요일자", "상태", "조치 사항"]]
    items = [("DEP-01", "송수신 모듈 납품", "한빛RF(주)", "수신", "2026.04.15"),
             ("DEP-02", "방열판 가공품", "대성정밀", "수신", "2026.03.20"),
             ("DEP-03", "시험 결과 보고서", "국방기술원", "송신", "2026.05.02")]
    for ref, title, party, direction, need in items:
        rows.append([ref, title, party, direction, "김민수", need, "정상", "주간 회의 점검"])
    tables = _tables(store, write_book(tmp_path / "dependencies_ko.xlsx", {"의존성": rows}))
    table = _only(tables, "dependency")
    fields = fields_of(table)
    assert (fields["공급업체"], fields["방향"], fields["필요일자"], fields["조치 사항"]) == (
        "counterparty", "direction", "need_by_date", "next_action")
    first, _second, third = (_values(table, r) for r in (2, 3, 4))
    assert (first["counterparty"], first["direction"], first["need_by_date"]) == (
        "한빛RF(주)", "inbound", "2026-04-15")
    assert third["direction"] == "outbound"


def test_a_payment_milestone_is_named_by_its_event_and_done_when_certified(store, tmp_path):
    """A contract's payment milestones: "Milestone Event" names each, "Certified Date"
    is when it was achieved. The event had read as a lesson's event, and the sheet as a
    lessons log."""
    rows = [["PM No.", "Milestone Event", "% of Contract Price", "Planned Date",
             "Certified Date", "Comments"]]
    events = ["Notice to proceed", "Piling complete", "Modules delivered to site",
              "Mechanical completion", "Energisation"]
    for i, event in enumerate(events, 1):
        rows.append([f"PM-{i:02d}", event, 0.1, datetime(2026, i, 15),
                     datetime(2026, i, 20) if i < 3 else None, ""])
    tables = _tables(store, write_book(tmp_path / "payments.xlsx", {"Payment Milestones": rows}))
    table = _only(tables, "milestone")
    fields = fields_of(table)
    assert (fields["Milestone Event"], fields["Certified Date"]) == ("name", "actual_date")
    assert _values(table, 2)["actual_date"] == "2026-01-20"


def test_a_thing_to_do_by_a_date_is_the_due_date_in_any_language():
    """"Oplossen vóór" (resolve before), "Erledigen bis", "Risolvere entro", "Résoudre
    avant", "Resolver antes de": what is to be done by a date is the due date. "Raised
    by" and "Approved by" name who did it."""
    from pmo_desktop.importing.headers import header_matches

    for header in ("Oplossen vóór", "Valideren vóór", "Erledigen bis", "Risolvere entro",
                   "Résoudre avant", "Resolver antes de", "Close by"):
        assert dict(header_matches(header, "issue")).get("due_date", 0) >= 0.8, header
    for header in ("Raised by", "Approved by", "Done by"):
        assert "due_date" not in dict(header_matches(header, "issue")), header


def test_a_dutch_raid_log_s_party_and_resolve_before(store, tmp_path):
    """A Dutch dependency sheet: "Partij" is the other party; its issues' "Oplossen
    vóór" the due date."""
    rows = [["Nr.", "Afhankelijkheid", "Richting", "Partij", "Eigenaar", "Oplossen vóór",
             "Status"]]
    for i, (what, party) in enumerate([("Levering testdata", "IT Core Banking"),
                                       ("Goedkeuring DNB", "Toezichthouder"),
                                       ("Koppeling SWIFT", "Betalingsverkeer")], 1):
        rows.append([f"A{i}", what, "Inkomend", party, "M. de Vries",
                     datetime(2026, 3, 10 + i), "Open"])
    tables = _tables(store, write_book(tmp_path / "raid_nl.xlsx", {"Afhankelijkheden": rows}))
    table = _only(tables, "dependency")
    fields = fields_of(table)
    assert (fields["Partij"], fields["Oplossen vóór"]) == ("counterparty", "due_date")
    assert _values(table, 2)["counterparty"] == "IT Core Banking"


def test_a_form_tool_s_own_record_number_is_no_key_beside_the_people_s(store, tmp_path):
    """A KoboToolbox export: the team's "AP ID" (AP-NPL-26013) and the tool's own "_id"
    (412880149) at the end of the row. The people's number is the key."""
    lines = ["start;end;Action to be taken;Responsible person;Deadline;AP ID;_id;_uuid;"
             "_submitted_by"]
    for i in range(1, 6):
        lines.append(f"2026-02-1{i}T09:00:00;2026-02-1{i}T09:40:00;Repair hand pump {i};"
                     f"J. Muianga;2026-03-0{i};AP-NPL-2601{i};41288011{i};"
                     f"a1b2c3d4-000{i};dmatsinhe")
    tables = _tables(store, write_csv(tmp_path / "kobo_actions.csv", lines))
    table = _only(tables, "action")
    fields = fields_of(table)
    assert fields["AP ID"] == "ref" and fields["_id"] != "ref"
    assert _values(table, 2)["ref"] == "AP-NPL-26011"


def test_a_variance_column_is_no_amount_of_the_budget():
    """"Variance (budget – fcst)" names a difference of two amounts, neither the
    forecast (it had read as one by its brackets) nor the plan; "Full-year forecast"
    is the forecast."""
    from pmo_desktop.importing.headers import header_matches

    for header in ("Variance (budget – fcst)", "Budget variance", "Abweichung zum Budget",
                   "Var (plan vs actual)"):
        found = dict(header_matches(header, "financial"))
        assert not {"planned", "actual", "forecast"} & set(found), (header, found)
    assert dict(header_matches("Full-year forecast", "financial")).get("forecast", 0) >= 0.9


def test_a_grant_pipeline_s_value_and_award_stages(store, tmp_path):
    """A bid pipeline exported from Smartsheet: "Est. Value (USD)" is what the project
    would cost, "Awarded" and "Not Awarded" its stage (approved, rejected),
    "Identification" an idea."""
    lines = ["Opportunity,Donor,Est. Value (USD),Date Submitted,Stage,Expected Results / Benefits"]
    for name, value, stage in [("WASH response North Kivu", "$3,400,000.00", "Submitted"),
                               ("Cash transfers Ituri", "$650,000.00", "Awarded"),
                               ("Nutrition Kasai", "$1,200,000.00", "Not Awarded"),
                               ("Education in emergencies", "$900,000.00", "Identification")]:
        lines.append(f'{name},ECHO,"{value}",01/28/26,{stage},Households reached')
    tables = _tables(store, write_csv(tmp_path / "pipeline.csv", lines))
    table = _only(tables, "proposal")
    assert fields_of(table)["Est. Value (USD)"] == "estimated_cost"
    stages = [r["values"].get("status") for r in table["records"]]
    assert stages == ["submitted", "approved", "rejected", "idea"]
    assert table["records"][0]["values"]["estimated_cost"] == 3400000


def test_a_german_vorhaben_is_the_project(store, tmp_path):
    """A bank's or a ministry's "Vorhaben" (an undertaking) names the project a budget
    line is for."""
    from pmo_desktop.importing.headers import header_matches

    assert dict(header_matches("Vorhaben", "financial")).get("project_id", 0) >= 0.9
    assert dict(header_matches("Vorhaben", "project")).get("name", 0) >= 0.9


def test_dates_written_as_milliseconds_since_1970_and_people_in_brackets(store, tmp_path):
    """A ClickUp export: "Due Date" of 1758319200000 (milliseconds since 1970, as its
    API gives them) and "Assignees" of "[Dana Whitaker]"."""
    lines = ['"Task ID","Task Name","Status","Start Date","Due Date","Assignees"',
             '"86b2x1a0m","Inventory courses","complete","1757336400000","1758319200000",'
             '"[Dana Whitaker]"',
             '"86b2x1a1k","Confirm SIS approach","in progress","1757941200000","1759528800000",'
             '"[Marcus Lee, Priya Natarajan]"',
             '"86b2x1a2p","Course template design","to do","1758546000000","1760738400000",'
             '"[Grace Okonkwo]"']
    tables = _tables(store, write_csv(tmp_path / "clickup.csv", lines))
    table = _only(tables, "task")
    first = _values(table, 2)
    assert (first["start_forecast"], first["finish_forecast"]) == ("2025-09-08", "2025-09-19")
    assert first["owner"] == "Dana Whitaker"


def test_a_log_s_planned_or_expected_date_is_its_due_date():
    """"Planned date", "Expected resolution date", "Fecha prevista resolución",
    "Geplantes Datum" in a log: when the item is due, not when it was raised or
    decided."""
    from pmo_desktop.importing.headers import header_matches

    for header in ("Planned date", "Expected resolution date", "Fecha prevista resolución",
                   "Geplantes Datum", "Planned close date"):
        found = dict(header_matches(header, "issue"))
        assert max(found, key=found.get) == "due_date", (header, found)
    assert max(dict(header_matches("Date raised", "issue")).items(),
               key=lambda kv: kv[1])[0] == "date_raised"


def test_an_assigned_role_is_the_owner_and_a_decision_log_s_date_its_decision_date():
    """"Assigned CRA", "Responsible Engineer": the person a record is given to. A
    decision log's bare "Date" is the day it was decided."""
    from pmo_desktop.importing.headers import header_matches

    for header in ("Assigned CRA", "Responsible Engineer", "Assigned Engineer"):
        assert dict(header_matches(header, "task")).get("owner", 0) >= 0.8, header
    assert "owner" not in dict(header_matches("Assigned Date", "task"))
    found = dict(header_matches("Date", "decision"))
    assert max(found, key=found.get) == "decision_date"


def test_a_cjk_header_read_by_its_known_ending():
    """Chinese and Japanese write "risk's person responsible" as one word ("風險負責人",
    "リスク担当者"), "expected handling deadline" as "預計處理期限": the field their ending
    names. "應變計畫" (a contingency plan) is no project ("計畫")."""
    from pmo_desktop.importing.headers import header_matches

    assert dict(header_matches("風險負責人", "risk")).get("owner", 0) >= 0.8
    assert dict(header_matches("リスク担当者", "risk")).get("owner", 0) >= 0.8
    assert dict(header_matches("預計處理期限", "risk")).get("due_date", 0) >= 0.8
    assert "project_id" not in dict(header_matches("應變計畫書", "risk"))


def test_a_construction_log_s_ball_in_court_and_its_own_number(store, tmp_path):
    """An RFI log: "Ball In Court" is whose move it is (the owner); "RFI No." in a sheet
    named "RFI Log" numbers the records."""
    rows = [["RFI No.", "Subject", "Date Sent", "Ball In Court", "Response Due", "Status"]]
    for i in range(1, 6):
        rows.append([f"{100 + i:03d}", f"Clash at grid line {i}", datetime(2026, 1, i + 4),
                     "Architect – HKS", datetime(2026, 1, i + 14), "Open"])
    tables = _tables(store, write_book(tmp_path / "rfi.xlsx", {"RFI Log": rows}))
    table = next(t for t in tables if t["entity"] in ("issue", "action"))
    fields = fields_of(table)
    assert (fields["RFI No."], fields["Ball In Court"]) == ("ref", "owner")


def test_a_cost_summary_with_a_variance_column_is_a_budget_of_lines(store, tmp_path):
    """A cost report by division: "GMP Budget", "Actual Cost to Date", "Forecast at
    Completion" and "Variance (Budget – Forecast)". The variance had counted as a second
    budget, and the table as nothing."""
    rows = [["Division / Cost Group", "GMP Budget", "Actual Cost to Date",
             "Forecast at Completion", "Variance (Budget – Forecast)"],
            ["Site & Structure", 22150000, 6324000, 21670000, 480000],
            ["Envelope & Interiors", 17420000, 215500, 16965000, 455000],
            ["MEP & Conveying", 27350000, 1191400, 27340000, 10000],
            ["TOTAL", 66920000, 7730900, 65975000, 945000]]
    tables = _tables(store, write_book(tmp_path / "cost.xlsx", {"Cost Summary": rows}))
    table = _only(tables, "financial")
    fields = fields_of(table)
    assert (fields["Division / Cost Group"], fields["GMP Budget"]) == ("category", "budget")


def test_quarters_of_a_financial_year_marked_actual_or_forecast(store, tmp_path):
    """Quarters under "2025/26" marked "Q1 (A)" … "Q4 (F)", rows of "Budget" and
    "Actual / Forecast": the financial year's quarters (from April, the portfolio's
    start), the budget rows the plan, the others actual or forecast as the quarter says."""
    rows = [["Programme budget profile (£)"], ["(A) = actual  (F) = forecast"], [],
            ["Cost Line", "Measure", "2025/26", None, None, None],
            [None, None, "Q1 (A)", "Q2 (A)", "Q3 (F)", "Q4 (F)"],
            ["Software licences", "Budget", 120000, 240000, 180000, 260000],
            ["Software licences", "Actual / Forecast", 125000, 235000, 190000, 310000],
            ["Devices", "Budget", 10000, 45000, 80000, 150000],
            ["Devices", "Actual / Forecast", 9000, 38000, 71500, 140000]]
    path = write_book(tmp_path / "profile.xlsx", {"Quarterly Profile": rows},
                      merged={"Quarterly Profile": ["C4:F4"]})
    tables = _tables(store, path)
    table = _only(tables, "financial")
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert by_period["2025-06"]["planned"] == 130000
    assert by_period["2025-06"]["actual"] == 134000
    assert by_period["2026-03"]["forecast"] == 450000


def test_a_log_that_reads_as_risks_only_by_fields_every_log_has_is_an_issue_log(store, tmp_path):
    """An observations export (number, title, type, status, priority, assignee and their
    company, created and due dates): nothing in it only a risk register has. A risk's
    "actionee" (the assignee's company) had tipped it to a risk register, and the tie
    held it back."""
    lines = ["Number,Title,Type,Status,Priority,Assignee,Assignee Company,Created By,"
             "Created At,Due Date,Description"]
    for i in range(1, 7):
        lines.append(f"{i},Missing firestopping {i},Quality,Open,High,Dave Lind,"
                     f"Rainier Mechanical,Tom Brooks,01/0{i}/2026,01/1{i}/2026,Seal it")
    tables = _tables(store, write_csv(tmp_path / "observations.csv", lines))
    [table] = tables
    assert table["entity"] == "issue"
    assert not table.get("warnings") or not any("guess" in w for w in table["warnings"])


def test_terms_named_by_their_months_are_periods_of_those_months(store, tmp_path):
    """A university's staff time by term: "1er cuatr. (sep-ene)", "2º cuatr. (feb-jun)",
    "Verano (jul)" under "Curso 2025/26": September 2025 to January 2026, then February
    to June, then July; a share of the working day, each month of the term."""
    rows = [["Dedicación del personal TIC a proyectos — Curso 2025/26"],
            ["Unidad: % de jornada"], [],
            ["Nombre y apellidos", "Puesto", "Proyecto", "1er cuatr. (sep-ene)",
             "2º cuatr. (feb-jun)", "Verano (jul)"],
            ["Marta Iglesias", "Jefa de proyecto", "Moodle", 0.5, 0.3, 0.2],
            ["Javier Soler", "Analista", "Moodle", 0.8, 0.8, 0.0],
            ["Nuria Beltrán", "Técnica", "Wi-Fi", 0.4, 0.6, 0.5]]
    tables = _tables(store, write_book(tmp_path / "dedicacion.xlsx", {"Dedicación": rows}),
                     create=True)
    table = _only(tables, "allocation")
    marta = {r["values"]["period"] for r in table["records"]
             if r["values"]["resource"] == "Marta Iglesias"}
    assert marta == {"2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02",
                     "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"}


def test_a_currency_after_a_header_s_words_is_its_unit_not_its_name():
    """"Budget (BAC) €k", "EAC €k", "Cost kEUR": the amounts' currency and scale after the
    words; the words name the field (the scale is still read from the header)."""
    from pmo_desktop.importing.headers import header_matches

    for header, field in (("Budget (BAC) €k", "bac"), ("EAC €k", "eac"),
                          ("Budget kEUR", "bac")):
        assert dict(header_matches(header, "project")).get(field, 0) >= 0.9, header


def test_columns_under_the_list_s_own_kind_read_by_their_own_labels(store, tmp_path):
    """A hospital capital portfolio with "PROJECT" merged over its first columns:
    "Owner Sponsor" under it is the sponsor, no "project owner" (a manager); the amounts
    under "Financials" in €k are the budget and the EAC, in thousands."""
    rows = [["PROJECT", None, None, None, "FINANCIALS", None],
            ["Proj #", "Project Name", "Project Executive", "Owner Sponsor",
             "Budget (BAC) €k", "EAC €k"],
            ["MHS-22-014", "Patient Tower Expansion", "Dana Whitfield", "K. Lindqvist, COO",
             4850, 5120],
            ["MHS-23-022", "Hybrid OR Suite", "Omar Haddad", "T. Osei, CFO", 2100, 2050],
            ["MHS-23-031", "Central Utility Plant", "Dana Whitfield", "T. Osei, CFO", 900, 990]]
    path = write_book(tmp_path / "capital.xlsx", {"Portfolio": rows},
                      merged={"Portfolio": ["A1:D1", "E1:F1"]})
    tables = _tables(store, path, create=True)
    table = _only(tables, "project")
    fields = fields_of(table)
    assert fields["PROJECT Owner Sponsor"] == "sponsor"
    assert fields["PROJECT Project Executive"] == "manager"
    first = _values(table, 3)
    assert (first["sponsor"], first["bac"], first["eac"]) == ("K. Lindqvist, COO", 4850000,
                                                             5120000)


def test_a_spanish_change_order_s_authorised_amount_and_date():
    """"Monto autorizado" is the change's cost as approved; "Fecha de autorización" the
    day it was decided."""
    from pmo_desktop.importing.headers import header_matches

    assert dict(header_matches("Monto autorizado", "change_request")).get(
        "impact_cost", 0) >= 0.9
    assert dict(header_matches("Fecha de autorización", "change_request")).get(
        "decision_date", 0) >= 0.9


def test_a_csv_in_an_east_asian_code_page_is_read(store, tmp_path):
    """A Korean Redmine exports CSV in CP949, a Japanese tool in Shift_JIS, a Chinese
    one in GBK: read as Windows-1252 their headers were noise and nothing was found."""
    cases = [("cp949", "#,제목,상태,담당자,시작시간,완료 기한\n"
                       "2301,세입 요구사항 정의서 작성,진행,김민수,2026-01-05,2026-01-30\n"
                       "2302,세출 화면 설계,신규,이지은,2026-01-12,2026-02-13\n"
                       "2303,연계 인터페이스 개발,진행,박준호,2026-01-19,2026-03-06\n", "제목"),
             ("cp932", "番号,件名,状態,担当者,期限日\nA-1,ログイン画面の修正,対応中,山田太郎,2026/02/20\n"
                       "A-2,帳票出力の不具合,未対応,佐藤花子,2026/02/27\n"
                       "A-3,権限設定の見直し,完了,鈴木一郎,2026/02/13\n", "件名"),
             ("gbk", "变更编号,变更名称,申请人,审批日期,费用影响\n"
                     "CR-01,接口改造,张伟,2026-01-15,12.5\nCR-02,报表调整,李娜,2026-01-22,3\n"
                     "CR-03,权限模型变更,王强,2026-02-05,-2\n", "变更名称")]
    from pmo_desktop.store import open_store

    for codec, text, header in cases:
        path = tmp_path / f"export_{codec}.csv"
        path.write_bytes(text.encode(codec))
        own = open_store(tmp_path / f"{codec}.pmo")  # (a portfolio each: LAB made in each)
        try:
            tables = _tables(own, path)
        finally:
            own.close()
        assert tables and tables[0]["entity"] is not None, codec
        assert header in fields_of(tables[0]), (codec, list(fields_of(tables[0])))
        assert fields_of(tables[0])[header] in ("title", "name"), codec


def test_japanese_and_chinese_rag_colours_and_a_japanese_portfolio(store, tmp_path):
    """赤 / 黄 / 緑 (a Japanese green light is also 青), 红 / 绿; a Japanese ministry's
    portfolio: 所管部局 (the department), PJMO責任者 (the manager), 完了予定(当初) and
    (見込) the baseline and forecast finish, 予算額 the budget."""
    from pmo_desktop.importing.ratings import parse_rag

    assert [parse_rag(v) for v in ("赤", "黄", "緑", "青", "红", "绿")] == [
        "red", "amber", "green", "green", "red", "green"]
    rows = [["案件番号", "案件名", "所管部局", "PJMO責任者", "完了予定(当初)", "完了予定(見込)",
             "予算額", "総合評価"],
            ["DA-01", "共通基盤の整備", "デジタル庁", "山田 太郎", datetime(2027, 3, 31),
             datetime(2027, 9, 30), 950, "赤"],
            ["DA-02", "電子申請の改修", "総務省", "佐藤 花子", datetime(2026, 12, 31),
             datetime(2026, 12, 31), 420, "緑"],
            ["DA-03", "統計システム移行", "総務省", "鈴木 一郎", datetime(2027, 6, 30),
             datetime(2027, 8, 31), 310, "黄"]]
    tables = _tables(store, write_book(tmp_path / "portfolio_ja.xlsx", {"案件一覧": rows}),
                     create=True)
    table = _only(tables, "project")
    fields = fields_of(table)
    assert (fields["所管部局"], fields["PJMO責任者"], fields["完了予定(当初)"],
            fields["完了予定(見込)"], fields["予算額"], fields["総合評価"]) == (
        "department", "manager", "finish_baseline", "finish_forecast", "bac", "rag_overall")
    assert _values(table, 2)["rag_overall"] == "red"


def test_chinese_change_requests_indonesian_dependencies_and_thai_lessons():
    """Simplified Chinese change logs (变更名称, 审批日期, 费用影响, 工期影响), an Indonesian
    dependency register (Arah, Pihak Terkait, Dibutuhkan), a Thai lessons log."""
    from pmo_desktop.importing.headers import header_matches

    def best(header, entity):
        found = dict(header_matches(header, entity))
        return max(found, key=found.get) if found else None

    assert [best(h, "change_request") for h in ("变更名称", "评审结论", "审批日期", "费用影响",
                                                 "工期影响")] == [
        "title", "decision", "decision_date", "impact_cost", "impact_schedule_days"]
    assert [best(h, "dependency") for h in ("Arah", "Pihak Terkait", "Dibutuhkan",
                                             "PIC Internal")] == [
        "direction", "counterparty", "need_by_date", "owner"]
    assert [best(h, "lesson") for h in ("หัวข้อบทเรียน", "เหตุการณ์", "ผลกระทบ", "สาเหตุ",
                                         "วันที่บันทึก")] == [
        "title", "event", "effect", "causes", "date_logged"]


def test_an_indonesian_quarter_is_a_quarter():
    """"TW I 2025" (triwulan, a quarter, in Roman numerals) is the first quarter."""
    from pmo_desktop.importing import values as V

    assert (V.period_of("TW I 2025"), V.period_of("Triwulan III 2026")) == ("2025-03",
                                                                          "2026-09")


def test_a_header_read_two_ways_as_surely_reads_the_same_in_every_run():
    """"Resolución / acciones" reads as the resolution or the next action as surely: the
    first part's field comes first, whatever order Python's sets keep in this run (it
    had changed with PYTHONHASHSEED)."""
    import os
    import subprocess
    import sys

    code = ("from pmo_desktop.importing.headers import header_matches as h;"
            "print(h('Resolución / acciones', 'issue')[0][0], h('Risk Response Owner',"
            " 'risk')[0][0])")
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        seen.add(out.stdout.strip())
    assert len(seen) == 1 and next(iter(seen)).startswith("resolution"), seen


def test_a_norwegian_hazop_register_is_a_risk_register(store, tmp_path):
    """An HSE/HAZOP register in Norwegian: the hazard ("Fare / uønsket hendelse") is the
    risk, its cause ("Årsak") what triggers it, "Mulig følge" its consequence. With no
    title the sheet had been read as the actions under it."""
    rows = [["Risiko-ID", "Fare / uønsket hendelse", "Årsak", "Mulig følge",
             "Sannsynlighet (1-5)", "Konsekvens (1-5)", "Risikonivå", "Tiltak / barrierer",
             "Ansvarlig", "Frist", "Status"]]
    for i in range(1, 6):
        rows.append([f"HMS-{i:02d}", f"Lekkasje av hydrokarboner {i}", "Korrosjon",
                     "Brann og eksplosjon", 3, 5, "Høy", "Inspeksjon før oppstart",
                     "K. Nilsen", datetime(2026, 4, i), "Åpen"])
    tables = _tables(store, write_book(tmp_path / "hms.xlsx", {"Risikoregister": rows}))
    table = _only(tables, "risk")
    fields = fields_of(table)
    assert (fields["Fare / uønsket hendelse"], fields["Årsak"], fields["Mulig følge"],
            fields["Risikonivå"]) == ("title", "trigger", "description", "severity")


def test_a_defect_log_is_an_issue_log_and_a_blocker_is_critical(store, tmp_path):
    """An Italian test team's "Log difetti": defects are issues (it had tied with a risk
    register and been held back), and a "Bloccante" defect is the most severe."""
    rows = [["ID", "Data apertura", "Titolo", "Descrizione", "Gravità", "Priorità",
             "Assegnato a", "Stato", "Data target"]]
    for i, grav in enumerate(["Bloccante", "Alta", "Media", "Bassa", "Bloccante"], 1):
        rows.append([f"DEF-{i:03d}", datetime(2026, 2, i), f"Errore calcolo franchigia {i}",
                     "Il calcolo non applica la franchigia", grav, "Alta", "L. Conti",
                     "Aperto", datetime(2026, 3, i)])
    tables = _tables(store, write_book(tmp_path / "difetti.xlsx", {"Log difetti": rows}))
    [table] = [t for t in tables if t["entity"]]
    assert table["entity"] == "issue" and "held" not in table
    from pmo_desktop.importing.ratings import parse_scale

    assert parse_scale("Bloccante") == parse_scale("Blocker") == 5


def test_a_head_noun_after_two_words_of_its_own_still_names_the_field():
    """"Punch Item Description": a description, qualified twice by words the vocabulary
    does not know (it had read as nothing, and the punch list as milestones)."""
    from pmo_desktop.importing.headers import header_matches

    assert dict(header_matches("Punch Item Description", "issue")).get("description", 0) >= 0.6


def test_a_steering_decision_log_s_topic_decision_and_meeting_date():
    """"Topic" is what the decision is about, "Decision taken" the decision, "SteerCo date"
    the day it was decided."""
    from pmo_desktop.importing.headers import header_matches

    def best(header):
        found = dict(header_matches(header, "decision"))
        return max(found, key=found.get)

    assert [best(h) for h in ("Topic", "Decision taken", "SteerCo date")] == [
        "title", "decision", "decision_date"]


def test_sprints_headed_by_their_days_are_periods_of_those_days(store, tmp_path):
    """Tester capacity by sprint: "S14 02.03.–13.03." … under "PI 2026-1" and "PI 2026-2"
    groups (programme increments, no months: "2026-2" had read as February). Each sprint
    is its first day's month and its ten working days; "Tester" names the person,
    "Assigned to" the project the person is given to."""
    sprints = [("S14", "02.03.–13.03."), ("S15", "16.03.–27.03."), ("S16", "30.03.–10.04."),
               ("S17", "13.04.–24.04.")]
    rows = [["Tester capacity by sprint (person-days)"], [],
            [None, None, "PI 2026-1", None, "PI 2026-2", None],
            ["Tester", "Assigned to", *[f"{s}\n{d}" for s, d in sprints]],
            ["Marco Bernasconi", "ENB-04", 5, 5, 4, 5],
            ["Claudia Widmer", "CLM-02", 8, 8, 6, 8],
            ["Jan Keller", "CLM-02", 10, 10, 10, 10]]
    path = write_book(tmp_path / "sprints.xlsx", {"Capacity by Sprint": rows},
                      merged={"Capacity by Sprint": ["C3:D3", "E3:F3"]})
    tables = _tables(store, path, create=True)
    table = _only(tables, "allocation")
    fields = fields_of(table)
    assert (fields["Tester"], fields["Assigned to"]) == ("resource_id", "project_id")
    marco = {}
    for r in table["records"]:
        if r["values"]["resource"] == "Marco Bernasconi":
            marco[r["values"]["period"]] = marco.get(r["values"]["period"], 0) + \
                r["values"]["hours"]
    assert marco == {"2026-03": (5 + 5 + 4) * 7.5, "2026-04": 5 * 7.5}


def test_plain_words_of_a_small_team_s_registers():
    """A startup writes its registers in plain words: "Follow-up due" (a due date),
    "Which way" over "We're waiting on them" / "They're waiting on us" (a dependency's
    direction), "Where they are now" / "Where we need them" (a stakeholder's engagement)
    and "Title" (the stakeholder's job), "Why did it happen?" (a lesson's cause)."""
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices
    from pmo_desktop.importing.headers import header_matches

    def best(header, entity):
        found = dict(header_matches(header, entity))
        return max(found, key=found.get) if found else None

    assert best("Follow-up due", "decision") == "due_date"
    assert best("Which way", "dependency") == "direction"
    assert [best(h, "stakeholder") for h in ("Where they are now", "Where we need them",
                                              "Title")] == [
        "current_engagement", "desired_engagement", "position"]
    assert [best(h, "lesson") for h in ("Why did it happen?", "What would we do differently?",
                                         "¿Por qué pasó?", "¿Qué haríamos distinto?")] == [
        "causes", "recommendations", "causes", "recommendations"]
    direction = enum_parser(enum_choices("dependency", "direction"), "direction", "dependency")
    assert direction("We're waiting on them") == "inbound"
    assert direction("They're waiting on us") == "outbound"


def test_site_words_for_people_claims_and_estimates():
    """"Operative" names a person in a plan of people's time, "Home Depot" where one is
    based, "Primary Competence" the role, "Gang" the team; a German contractor's claim
    ("Forderung AN") and a French "Montant estimé" are a change's cost."""
    from pmo_desktop.importing.headers import header_matches

    def best(header, entity):
        found = dict(header_matches(header, entity))
        return max(found, key=found.get) if found else None

    assert best("Operative", "allocation") == "resource_id"
    assert [best(h, "resource") for h in ("Home Depot", "Primary Competence", "Gang")] == [
        "location", "role_id", "team"]
    assert best("Forderung AN", "change_request") == "impact_cost"
    assert best("Montant estimé", "change_request") == "impact_cost"


def test_a_western_or_cyrillic_csv_is_no_east_asian_one():
    """Guard: a Russian export in Windows-1251 (every letter a byte of the upper half) and
    a French one in Windows-1252 are read as before, not as Chinese; a Japanese export of
    one repeated line is Shift_JIS, not Korean (its kana say so)."""
    from pmo_desktop.importing.csvtext import _decode

    russian = "ID;Название;Статус\n" + "\n".join(
        f"{i};Проверка интеграции {i};Открыт. Ёлка" for i in range(30))
    french = "Réf;Intitulé;Échéance\n" + "\n".join(
        f"R-{i};Étude préalable {i};déc." for i in range(30))
    japanese = "番号,件名,状態\n" + "\n".join(f"{i},ログイン画面の修正,対応中" for i in range(10))
    assert _decode(russian.encode("cp1251")) == russian
    assert _decode(french.encode("cp1252")) == french
    assert _decode(japanese.encode("cp932")) == japanese


def test_a_title_block_with_a_label_over_a_portfolio_is_no_form(store, tmp_path):
    """A ministry's portfolio under a title block ("Status as at: 09/01/2026  Prepared
    by: PCU M&E"), dark group cells ("PROJECT", "SCHEDULE", "RAG STATUS") and a header of
    nineteen labels filled light green: each label had been read as a form's label with
    the next header cell (or its green fill) as its value, one project's status form, and
    the projects under it lost. A label row that full, with records under it, is a
    table's header."""
    import openpyxl
    from openpyxl.styles import PatternFill

    header = ["Proj. Code", "Sub-project Name", "County", "Project Manager",
              "Implementing Agency", "Phase", "Start (Plan)", "End (Plan)", "End (Forecast)",
              "% Complete", "Approved Budget", "Spent to Date", "Est. at Completion",
              "Overall", "Sched.", "Cost", "Key Issues / Summary", "Next Steps (Q3)",
              "PSC appr."]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio Q2"
    for row in (["MINISTRY OF AGRICULTURE"], ["SUB-PROJECT PORTFOLIO STATUS REPORT - Q2"],
                ["Status as at: 09/01/2026      Prepared by: PCU M&E      Figures in KES"],
                [], ["PROJECT", *[None] * 5, "SCHEDULE", *[None] * 3, "BUDGET (KES)",
                     None, None, "RAG STATUS", None, None, "COMMENTARY"], header,
                ["CLUSTER A - LOWER EASTERN"]):
        ws.append(row)
    for i in range(1, 6):
        ws.append([f"KSI-00{i}", f"Smallholder Irrigation Scheme {i}", "Makueni",
                   f"Eng. Peter Mwangi {i}", "NIA", "Construction", datetime(2024, 9, i),
                   datetime(2026, 6, 30), datetime(2026, 9, 30), 0.5, 318500000, 176240000,
                   320000000, "A", "G", "A", "Contractor slow", "Mobilise", "yes"])
    for rng in ("A5:F5", "G5:J5", "K5:M5", "N5:P5", "Q5:S5"):
        ws.merge_cells(rng)
    for c in range(1, 20):
        ws.cell(5, c).fill = PatternFill("solid", fgColor="385723")
        ws.cell(6, c).fill = PatternFill("solid", fgColor="A9D08E")
    path = tmp_path / "portfolio.xlsx"
    wb.save(path)
    tables = _tables(store, path, create=True)
    table = _only(tables, "project")
    assert table["header_row"] == 6 and table["rows"] == 5
    fields = fields_of(table)
    assert fields["PROJECT Project Manager"] == "manager"
    assert fields["RAG STATUS Overall"] == "rag_overall"


def test_a_swahili_dependency_register():
    """A Swahili dependency register: Utegemezi (the dependency), Mshirika / Taasisi (the
    partner), Mwelekeo (the direction: Tunapokea, we receive), Tarehe Inayohitajika (the
    date needed)."""
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices
    from pmo_desktop.importing.headers import header_matches

    def best(header):
        found = dict(header_matches(header, "dependency"))
        return max(found, key=found.get) if found else None

    assert [best(h) for h in ("Utegemezi", "Mshirika / Taasisi", "Mwelekeo",
                              "Tarehe Inayohitajika")] == [
        "title", "counterparty", "direction", "need_by_date"]
    direction = enum_parser(enum_choices("dependency", "direction"), "direction", "dependency")
    assert (direction("Tunapokea"), direction("Tunatoa")) == ("inbound", "outbound")


def test_a_japanese_supplier_dependency_list_and_more_east_asian_words():
    """A Japanese supplier dependency list (依存事項, サプライヤー / 相手先, 区分 of 受入 and
    提供, 必要日); Traditional Chinese 因應策略 (the response) and 預計完成日 (due), Korean
    목표 완료일 (due); "What was decided"."""
    from pmo_desktop.importing.choices import enum_parser
    from pmo_desktop.importing.fields import enum_choices
    from pmo_desktop.importing.headers import header_matches

    def best(header, entity):
        found = dict(header_matches(header, entity))
        return max(found, key=found.get) if found else None

    assert [best(h, "dependency") for h in ("依存事項", "サプライヤー / 相手先", "区分",
                                             "必要日")] == [
        "title", "counterparty", "direction", "need_by_date"]
    direction = enum_parser(enum_choices("dependency", "direction"), "direction", "dependency")
    assert (direction("受入"), direction("提供")) == ("inbound", "outbound")
    assert (best("因應策略", "risk"), best("預計完成日", "risk"), best("목표 완료일", "issue")) == (
        "response_actions", "due_date", "due_date")
    assert best("What was decided", "decision") == "decision"
