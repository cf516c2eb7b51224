"""Layouts from a twenty-second round of trackers the importer had never seen (software
product companies, automotive launches, municipal capital programmes, hotel openings,
data-centre migrations in Asia, museums, festivals and film production): stakeholder
maps headed "Nombre y apellidos", and the like.

Each test is a rule, not a file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pmo_desktop.importing.api import doubt_of, read_and_detect
from pmo_desktop.importing.cellvalue import ValueProblem

from .conftest import dry_run_tables, fields_of, table_of, values_at, write_book, write_csv

PROJECT = "LAB"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_given_name_and_surname_header_is_a_persons_name(store, tmp_path):
    """"Nombre y apellidos", "Imię i nazwisko", "Vor- und Nachname": a header that
    names a person's given name and surname is the person's full name. Unread, a
    stakeholder map had no name column, so it was read as an action log."""
    for n, header in enumerate(("Nombre y apellidos", "Imię i nazwisko", "Vor- und Nachname",
                                "Nome e cognome")):
        rows = [[header, "Cargo", "Institución", "Poder", "Interés", "Compromiso actual",
                 "Compromiso deseado", "Responsable de la relación", "Observaciones"]]
        people = ["Consuelo Ferrer", "Álvaro Lluch", "Deborah Klein", "Jordi Comas",
                  "Pilar Ortuño", "Laurent Mercier"]
        for i, person in enumerate(people):
            rows.append([person, "Directora", f"Museo {i}", "Alto", "Medio",
                         ("Apoyo", "Neutral", "Reticente")[i % 3], "Apoyo", "R. Albiol",
                         "Reunión mensual"])
        path = write_book(tmp_path / f"actores_{len(header)}.xlsx", {"Mapa de actores": rows})
        table = table_of(dry_run_tables(store, path, f"MUS{n}"), "stakeholder")
        assert fields_of(table)[header] == "name"
        assert values_at(table, 2)["name"] == "Consuelo Ferrer"
        assert values_at(table, 4)["current_engagement"] == "resistant"  # "Reticente"


def test_a_name_alone_is_still_read_by_its_table(store, tmp_path):
    """Only a given name and a surname together make a person: a task plan's "Name"
    stays the task's name."""
    rows = [["ID", "Name", "Start", "Finish", "% Complete"]]
    for i in range(1, 7):
        rows.append([i, f"Install racking bay {i}", f"2026-03-{i + 1:02d}",
                     f"2026-03-{i + 10:02d}", 0.5])
    table = table_of(_tables(store, write_book(tmp_path / "plan.xlsx", {"Plan": rows})), "task")
    assert fields_of(table)["Name"] == "name"


def test_an_open_points_lists_items_are_issues(store, tmp_path):
    """An automotive open points list (OPL) exported from Jira: its "Issue Type" says
    "Open Point" on every row. Those are the log's issues; read so, the table is no
    longer held back as a guess between an issue log and an action log."""
    lines = ["Summary,Issue key,Issue Type,Status,Priority,Assignee,Reporter,Created,"
             "Due date,Description"]
    for i in range(8):
        lines.append(f"Seat track noise on sample {i},OPL-{300 + i},Open Point,Open,High,"
                     f"Dana Kovacs,Tom Berg,0{i + 1}/Feb/26 9:00 AM,2{i}/Feb/26 12:00 AM,"
                     f"Check grease spec on lot {i}")
    path = write_csv(tmp_path / "opl_export.csv", lines)
    [detected] = read_and_detect(path)
    assert detected.entity == "issue"
    assert not doubt_of(detected)
    table = table_of(_tables(store, path), "issue")
    assert values_at(table, 2)["ref"] == "OPL-300"


def test_soll_and_ist_dates_are_the_plan_and_what_happened(store, tmp_path):
    """German trackers write "Soll" for what was planned and "Ist" for what happened
    ("Soll-Termin", "Ist-Termin"), name a part or a step by its "Benennung" and give
    its maturity ("Reifegrad") as a share: a PPAP tracker of parts is a milestone plan."""
    rows = [["Nr.", "Benennung", "Lieferant", "Soll-Termin", "Prognose", "Ist-Termin",
             "Reifegrad", "Bemerkung"]]
    for i in range(1, 8):
        rows.append([i, f"Längsträger {i}", "Kleinert GmbH", datetime(2026, 3, i + 2),
                     datetime(2026, 3, i + 9), datetime(2026, 3, i + 1) if i < 3 else None,
                     0.5 + i / 20, "Messbericht in Arbeit"])
    tables = _tables(store, write_book(tmp_path / "ppap.xlsx", {"PPAP Tracker": rows}))
    table = table_of(tables, "milestone")
    fields = fields_of(table)
    assert fields["Benennung"] == "name"
    assert fields["Soll-Termin"] == "baseline_date"
    assert fields["Ist-Termin"] == "actual_date"
    assert fields["Reifegrad"] == "pct_complete"
    assert values_at(table, 2)["baseline_date"] == "2026-03-03"


def test_a_score_of_numbers_is_no_note(store, tmp_path):
    """A risk's "重要度" (importance: probability × impact, 12, 16, 20) is no severity
    of low to critical. Its numbers were kept as the risk's notes, and the register's
    own notes column ("備考") was left out."""
    rows = [["No.", "区分", "リスク内容", "発生可能性", "影響度", "重要度", "対応策", "担当",
             "期限", "状態", "備考"]]
    for i in range(1, 8):
        rows.append([f"R-0{i}", "設備", f"溶着機の納入遅れ {i}", 3, 4, 12, "代替機リース", "佐藤",
                     "3月末" if i == 2 else datetime(2026, 2, 20 + i), "監視中",
                     "T3トライ予定" if i % 2 else None])
    tables = _tables(store, write_book(tmp_path / "risk_ja.xlsx", {"リスク一覧": rows}))
    table = table_of(tables, "risk")
    fields = fields_of(table)
    assert fields["リスク内容"] == "title"
    assert fields["重要度"] != "notes"
    assert fields["備考"] == "notes"
    assert values_at(table, 2)["notes"] == "T3トライ予定"
    assert values_at(table, 2)["status"] == "monitoring"


def test_a_month_end_written_the_east_asian_way_is_a_date():
    """"3月末" is the end of March, "6月下旬" the last ten days of June (its last day is
    taken), "3月15日" a day with no year: the year is the one nearest the as-of date."""
    from pmo_desktop.importing.dates import parse_date

    as_of = date(2026, 2, 1)
    assert parse_date("3月末", as_of=as_of) == date(2026, 3, 31)
    assert parse_date("2月末", as_of=as_of) == date(2026, 2, 28)
    assert parse_date("12月末", as_of=as_of) == date(2025, 12, 31)
    assert parse_date("2028年2月末", as_of=as_of) == date(2028, 2, 29)
    assert parse_date("6月中旬", as_of=as_of) == date(2026, 6, 20)
    assert parse_date("3月15日", as_of=as_of) == date(2026, 3, 15)
    assert parse_date("3월 말", as_of=as_of) == date(2026, 3, 31)
    for bad in ("13月末", "2月30日"):
        with pytest.raises(ValueProblem):
            parse_date(bad, as_of=as_of)


def test_a_complaints_8d_log_is_an_issue_log_not_a_guess(store, tmp_path):
    """An 8D complaints overview ("8D přehled": "Č. 8D", the defect, its containment and
    corrective measures, who, by when): its "Č." is the record's number, and a sheet
    named for complaints or 8D reports names issues. It had been held back as a toss-up
    between an issue log and a risk register."""
    rows = [["Č. 8D", "Datum přijetí", "Zákazník", "Popis vady (D2)",
             "Okamžité opatření (D3)", "Nápravné opatření (D5–D6)", "Odpovědná osoba",
             "Termín", "Priorita", "Stav"]]
    for i in range(1, 8):
        rows.append([f"8D-26-0{i}", datetime(2026, 1, 10 + i), "Škoda Auto",
                     f"Otřep na hraně dílu {i}", "100% kontrola", "Úprava nástroje",
                     "J. Novotná", datetime(2026, 2, 10 + i), "Vysoká", "Otevřeno"])
    path = write_book(tmp_path / "8d.xlsx", {"8D přehled": rows})
    [detected] = read_and_detect(path)
    assert detected.entity == "issue" and not doubt_of(detected)
    table = table_of(_tables(store, path), "issue")
    assert fields_of(table)["Č. 8D"] == "ref"
    assert values_at(table, 2)["ref"] == "8D-26-01"


def test_an_amount_that_writes_its_own_thousands_is_not_scaled_again(store, tmp_path):
    """Under "Budget (T€)", a cell typed "12.400 T€" is 12,400 thousand euros, the same
    as a cell of 12400 beside it: its own "T€" is the scale the header gives, not a
    second one (it was read as 12.4 billion)."""
    from pmo_desktop.importing.numbers import parse_money

    assert parse_money("12.400 T€", 1000.0, True) == 12_400_000
    assert parse_money("1.480,5 T€", 1000.0, True) == 1_480_500
    assert parse_money("3,5 Mio. €", 1000.0, True) == 3_500_000
    assert parse_money("1.200 tis. Kč", 1000.0, True) == 1_200_000
    assert parse_money("45 000 €", 1000.0) == 45_000_000  # no scale of its own
    rows = [["Programm-Nr.", "Programmname", "Programmleiter", "Budget (T€)", "EAC (T€)"]]
    for i in range(1, 7):
        budget = {3: "12.400 T€", 5: "1.480,5 T€"}.get(i, 4850)
        rows.append([f"IS-22{i}0", f"Programm {i}", "M. Gutiérrez", budget,
                     "1.480,5 T€" if i == 3 else 5020])
    table = table_of(_tables(store, write_book(tmp_path / "prog.xlsx", {"Programme": rows}),
                          create=True), "project")
    assert fields_of(table)["Programmleiter"] == "manager"
    assert values_at(table, 4)["bac"] == 12_400_000
    assert values_at(table, 4)["eac"] == 1_480_500
    assert values_at(table, 6)["bac"] == 1_480_500
    assert values_at(table, 2)["bac"] == 4_850_000


def test_a_text_fields_word_before_whom_it_is_for_is_that_field():
    """"Odporúčanie pre ďalšie projekty" (a recommendation for later projects): a text
    field's word, then whom it is for. A name or a person before such words is not read
    so."""
    from pmo_desktop.importing.headers import header_matches

    for header in ("Odporúčanie pre ďalšie projekty", "Empfehlung für Folgeprojekte"):
        assert header_matches(header, "lesson")[0][0] == "recommendations"
    assert not header_matches("Name for report", "lesson")


def test_an_action_logs_required_action_is_its_title(store, tmp_path):
    """An Arabic steering committee's action log: "الإجراء المطلوب" (the action
    required) is each action itself, not its next step; without a title the log had been
    read as lessons."""
    rows = [["الرقم", "تاريخ الإدراج", "الإجراء المطلوب", "المسؤول", "تاريخ الاستحقاق",
             "الحالة", "الأولوية", "ملاحظات"]]
    for i in range(1, 8):
        rows.append([f"SC-07-0{i}", datetime(2026, 1, 15), f"اعتماد ميزانية ما قبل الافتتاح {i}",
                     "ريم الحمادي", datetime(2026, 2, i + 1), "متأخر", "عالية", "—"])
    table = table_of(_tables(store, write_book(tmp_path / "actions_ar.xlsx",
                                            {"سجل الإجراءات": rows})), "action")
    fields = fields_of(table)
    assert fields["الإجراء المطلوب"] == "title"
    assert fields["تاريخ الإدراج"] == "date_raised"
    assert values_at(table, 2)["status"] == "overdue"


def test_a_cost_reports_approved_changes_are_no_second_budget(store, tmp_path):
    """A cost report by cost code: "Original Budget", "Approved Changes", "Current
    Budget", then what was paid and the anticipated final cost. "Approved" had made the
    changes a second current budget, so no budget was found and the report was read as
    a list of projects."""
    rows = [["", "", "BUDGET", "", "", "PAYMENTS", "FORECAST", "", ""],
            ["Cost Code", "Description", "Original Budget", "Approved Changes",
             "Current Budget", "Certified / Paid to Date", "Anticipated Final Cost",
             "Variance to Budget", "Comments"]]
    lines = [("A.01", "Structure", 90_000_000, 850_000), ("A.02", "Façade", 40_000_000, 0),
             ("A.03", "MEP", 61_000_000, 1_200_000), ("B.01", "FF&E guestrooms", 11_000_000, 0),
             ("B.02", "FF&E public areas", 6_500_000, 250_000)]
    for code, name, budget, change in lines:
        rows.append([code, name, budget, change, budget + change, budget * 0.4,
                     budget + change + 100_000, -100_000, "on track"])
    total = [sum(x[i] for x in rows[2:]) for i in range(2, 8)]
    rows.append(["", "Total", *total, ""])
    path = write_book(tmp_path / "cost_report.xlsx", {"Cost Report": rows},
                      merged={"Cost Report": ["C1:E1", "G1:H1"]})
    table = table_of(_tables(store, path), "financial")
    fields = {h.split()[-2:][0] + " " + h.split()[-1]: f for h, f in fields_of(table).items()}
    assert fields["Current Budget"] == "budget"
    assert fields_of(table)["Description"] == "category"


def test_a_staffing_plan_of_headcounts_by_position_is_peoples_time(store, tmp_path):
    """A hotel's pre-opening staffing plan: positions ("Pozisyon") by department, their
    monthly cost, and under a group "AY SONU KADRO (kişi)" (month-end headcount,
    persons) each month's count. The months hold people, not money: an allocation by
    role, each person a full-time equivalent."""
    head1 = ["", "", "", "AY SONU KADRO (kişi)", "", "", "", "", ""]
    head2 = ["Departman", "Pozisyon", "Aylık Brüt Maliyet (TL)", "Oca.26", "Şub.26", "Mar.26",
             "Nis.26", "May.26", "Bağlı Olduğu Yönetici"]
    rows = [["YALIKAVAK KOY – PERSONEL ALIM PLANI 2026"], [], head1, head2]
    roles = [("Ön Büro", "Resepsiyonist"), ("Ön Büro", "Gece Müdürü"),
             ("Kat Hizmetleri", "Kat Görevlisi"), ("Mutfak", "Aşçıbaşı"),
             ("Mutfak", "Komi"), ("Teknik", "Teknisyen")]
    for i, (dept, role) in enumerate(roles):
        rows.append([dept, role, 38_500 + 1000 * i, 0, 1, 2, 4, 6, "Genel Müdür"])
    table = table_of(_tables(store, write_book(tmp_path / "kadro.xlsx", {"Kadro Planı": rows})),
                  "allocation")
    fields = fields_of(table)
    assert fields["Pozisyon"] == "role_id"
    april = next(r["values"] for r in table["records"]
                 if r["row"] == 5 and r["values"]["period"] == "2026-04")
    assert april["hours"] > 100  # four people a month, not four hours


def test_a_ukrainian_team_list_and_its_sprint_hours(store, tmp_path):
    """A Ukrainian team roster ("ПІБ", "Роль", "Команда", "Локація", "Ставка",
    "Керівник") and its capacity by sprint under "Доступні години" (available hours):
    people with their role, team and rate, and hours (not FTE) by sprint."""
    team = [["№", "ПІБ", "Роль", "Команда", "Локація", "FTE", "Ставка, $/год", "Керівник"]]
    people = ["Олена Коваленко", "Дмитро Бондаренко", "Ірина Мельник", "Андрій Шевченко",
              "Марія Ткаченко", "Олег Гончаренко"]
    for i, person in enumerate(people, start=1):
        team.append([i, person, "Backend Engineer", "Core API", "Київ", 1, 45 + i,
                     "Олег Гончаренко"])
    capacity = [["", "", "", "Доступні години по спринтах", "", "", ""],
                ["ПІБ", "Роль", "Команда", "Спринт 27 03.02–16.02", "Спринт 28 17.02–02.03",
                 "Спринт 29 03.03–16.03", "Спринт 30 17.03–30.03"]]
    for person in people:
        capacity.append([person, "Backend Engineer", "Core API", 60, 72, 60, 72])
    path = write_book(tmp_path / "team_uk.xlsx",
                      {"Команда": team, "Ємність по спринтах": capacity},
                      merged={"Ємність по спринтах": ["D1:G1"]})
    tables = _tables(store, path)
    roster = table_of(tables, "resource")
    fields = fields_of(roster)
    assert (fields["Роль"], fields["Команда"], fields["Локація"], fields["Керівник"]) == \
        ("role_id", "team", "location", "manager")
    assert values_at(roster, 2)["cost_rate"] == 46
    plan = table_of(tables, "allocation")
    assert not any("FTE" in w for w in plan.get("warnings", ()))
    assert {r["values"]["hours"] for r in plan["records"]} <= {60.0, 72.0, 132.0}


def test_a_header_of_two_names_means_its_first_a_little_more():
    """"Rekomendacja / działanie" (recommendation / action) offers two names; read as
    either equally, a lessons log's recommendation tied with its title. The first name
    given is the one meant first."""
    from pmo_desktop.importing.headers import header_matches

    found = dict(header_matches("Rekomendacja / działanie", "lesson"))
    assert found["recommendations"] > found["title"]
    assert header_matches("Co się wydarzyło?", "lesson")[0][0] == "event"


def test_a_change_requests_decision_columns_name_no_decision_log(store, tmp_path):
    """A register of change requests ("Registro delle richieste di modifica" in its
    title) records each request's decision and its date. Those two headers named
    decisions, which made the title count for little, and the register was held back
    as a toss-up between change requests and decisions."""
    rows = [["COMUNE DI CORTONA — Settore Cultura e Musei"],
            ["REGISTRO DELLE RICHIESTE DI MODIFICA / VARIANTI — aggiornato al 05/02/2026"], [],
            ["RICHIESTA", "", "", "", "", "IMPATTI", "", "", "ESITO", "", "", ""],
            ["N. RdM", "Data richiesta", "Oggetto", "Richiedente", "Motivazione",
             "Impatto economico", "Impatto tempi", "Priorità", "Stato", "Decisione",
             "Data decisione", "Approvato da"]]
    for i in range(1, 9):
        rows.append([f"RdM-0{i}", datetime(2025, 4, i), f"Variante {i}: consolidamento solaio",
                     "DL – arch. F. Sereni", "Rinvenimento in corso d'opera", f"{i}8.450,00 €",
                     f"+{i}0 gg", "Alta", "Chiusa", "Approvata", f"0{i}/06/2025",
                     "RUP – ing. P. Baldi"])
    path = write_book(tmp_path / "varianti.xlsx", {"Registro RdM": rows},
                      merged={"Registro RdM": ["A4:E4", "F4:H4", "I4:L4"]})
    [detected] = read_and_detect(path)
    assert detected.entity == "change_request" and not doubt_of(detected)
    table = table_of(_tables(store, path), "change_request")
    assert values_at(table, 6)["impact_cost"] == 18450


def test_a_logs_event_words_are_its_dates(store, tmp_path):
    """A film's rights clearance log: "Requested" (a date), "Needed by", "Cleared on".
    An item said as requested or cleared is the day it was raised or closed, and what
    is "needed by" a day is due then (not done by someone): read so, the log is an
    issue log, no longer a toss-up with a dependency register."""
    rows = [["Ref", "Item / Description", "Type", "Rights Holder", "Fee Agreed",
             "Requested", "Needed by", "Cleared on", "Status", "Owner", "Comments"]]
    for i in range(1, 9):
        rows.append([f"CL-0{i}", f"Archive clip {i}: harbour 1962", "Archive footage",
                     "British Pathé", "£1,500 + VAT", datetime(2025, 12, i),
                     datetime(2026, 3, 10 + i), datetime(2026, 1, i) if i < 4 else None,
                     "Open", "Ruth Adeyemi", "—"])
    path = write_book(tmp_path / "clearance.xlsx", {"Clearance Log": rows})
    [detected] = read_and_detect(path)
    assert detected.entity == "issue" and not doubt_of(detected)
    table = table_of(_tables(store, path), "issue")
    fields = fields_of(table)
    assert (fields["Requested"], fields["Needed by"], fields["Cleared on"]) == \
        ("date_raised", "due_date", "closed_date")
    assert values_at(table, 2)["due_date"] == "2026-03-11"
    from pmo_desktop.importing.headers import header_matches

    assert header_matches("Raised by", "issue")[0][0] == "raised_by"  # a person still


def test_a_service_desks_change_records_rate_their_own_risk(store, tmp_path):
    """A ServiceNow change export ("CHG0031702", "Risk" of Low / Moderate, "Cost
    estimate"): the change's risk is one of its fields, not a sign of a risk register.
    It had been held back as a toss-up with a risk register."""
    lines = ['"Number","Short description","Type","State","Priority","Risk","Impact",'
             '"Requested by","Assigned to","Approval","CAB date","Created","Cost estimate (£)"']
    for i in range(8):
        lines.append(f'"CHG00317{10 + i}","Install ticket machines phase {i}","Normal","Closed",'
                     f'"3 - Moderate","Moderate","2 - Medium","Lucy Harrington","Marek Nowak",'
                     f'"Approved","2026-01-{10 + i} 10:00:00","2026-01-0{1 + i % 9} 09:00:00",'
                     f'"76,400"')
    path = write_csv(tmp_path / "servicenow_changes.csv", lines)
    [detected] = read_and_detect(path)
    assert detected.entity == "change_request" and not doubt_of(detected)
    table = table_of(_tables(store, path), "change_request")
    fields = fields_of(table)
    assert fields["Risk"] == "impact_risk"
    assert fields["Cost estimate (£)"] == "impact_cost"
    assert values_at(table, 2)["impact_cost"] == 76400


def test_months_across_with_a_short_year_and_a_trainers_days(store, tmp_path):
    """A plan of trainers' days by month, "janv. 26" … "déc. 26": each alone reads as a
    day (26 January), together they are the months of 2026. The "Formateur" column names
    the person, and a day rate "950 € HT" (before tax) is 950."""
    months = ["janv. 26", "févr. 26", "mars 26", "avr. 26", "mai 26", "juin 26"]
    rows = [["Plan de charge des formateurs 2026 – en jours"], [],
            ["Formateur", "Fonction", "Module de formation", "Site", *months]]
    for name in ("BERTRAND Sylvie", "N'DIAYE Moussa", "LEFEBVRE Patrick", "MOREAU Julie"):
        rows.append([name, "Formateur conduite bus", "M1 – Prise en main bus électrique",
                     "Les Chaumes", None, 6, 12, 14, 14, 10])
    path = write_book(tmp_path / "plan_de_charge.xlsx", {"Plan de charge 2026": rows})
    table = table_of(_tables(store, path), "allocation")
    assert fields_of(table)["Formateur"] == "resource_id"
    periods = {r["values"]["period"] for r in table["records"]}
    assert periods == {"2026-02", "2026-03", "2026-04", "2026-05", "2026-06"}
    from pmo_desktop.importing.numbers import parse_money

    assert parse_money("950 € HT") == 950
    assert parse_money("£1,500 + VAT") == 1500
    assert parse_money("1.200 € zzgl. MwSt.") == 1200


def test_an_erps_postings_by_year_and_period_number(store, tmp_path):
    """An SAP project export: "Project Definition", "Fiscal Year" 2025, "Period" 10,
    plan and actual, each WBS element's subtotal marked "*" and the total "**". The
    period is the year's month of that number; the asterisk rows are subtotals."""
    rows = [["Project Definition", "WBS Element", "Description", "Fiscal Year", "Period",
             "Cost Element Name", "Plan (COArea Crcy)", "Actual (COArea Crcy)", "Currency"]]
    for wbs in ("01", "02"):
        for year, period in ((2025, 10), (2025, 11), (2025, 12), (2026, 1)):
            rows.append(["P.2611", f"P.2611.{wbs}", "L4 flow-wrapper", year, period,
                         "Capital equipment", 1000, 900, "GBP"])
        rows.append(["*", f"P.2611.{wbs}", None, None, None, None, 4000, 3600, "GBP"])
    rows.append(["**", None, None, None, None, None, 8000, 7200, "GBP"])
    table = table_of(_tables(store, write_book(tmp_path / "sap.xlsx", {"Sheet1": rows}),
                            create=True), "financial")
    assert fields_of(table)["Project Definition"] == "project_id"
    assert table["rows"] == 8
    periods = sorted(r["values"]["period"] for r in table["records"])
    assert periods == ["2025-10", "2025-11", "2025-12", "2026-01"]
    january = next(r["values"] for r in table["records"] if r["values"]["period"] == "2026-01")
    assert january["planned"] == 2000 and january["actual"] == 1800


def test_a_period_column_of_dates_is_still_read_as_dates(store, tmp_path):
    """A "Mes" column of real dates beside a "Year" column stays a column of dates (the
    month-number reading is only for numbers 1–12), and the file is read, not refused."""
    rows = [["Mes", "Year", "Capítulo", "Presupuesto (k€)", "Real (k€)"]]
    for m in range(1, 7):
        rows.append([datetime(2026, m, 1), 2026, "Obra civil", 120, 110])
    table = table_of(_tables(store, write_book(tmp_path / "seguimiento.xlsx",
                                               {"Seguimiento": rows})), "financial")
    assert sorted(r["values"]["period"] for r in table["records"])[0] == "2026-01"


def test_a_test_cycles_defects_are_an_issue_log_not_a_backlog(store, tmp_path):
    """An Azure DevOps query of a payroll test cycle: "Bug" on every row. A backlog of
    stories, tasks and bugs is a plan's work; a list of nothing but defects is an issue
    log, each defect an issue with its severity and owner."""
    lines = ['"ID","Work Item Type","Title","Assigned To","State","Severity","Priority",'
             '"Created Date","Target Date"']
    for i in range(8):
        lines.append(f'"230{40 + i}","Bug","PPR2 UK: deduction missing for case {i}",'
                     f'"Emma Richardson <emma.richardson@example.com>","Active","2 - High","1",'
                     f'"2/{i + 1}/2026 9:00:00 AM","2/{i + 12}/2026"')
    path = write_csv(tmp_path / "ado_payroll_bugs.csv", lines)
    table = table_of(_tables(store, path), "issue")
    assert fields_of(table)["Title"] == "title"
    assert values_at(table, 2)["owner"] == "Emma Richardson"
    backlog = lines[:1] + [line.replace('"Bug"', '"User Story"', 1) if n % 2 else line
                           for n, line in enumerate(lines[1:])]
    plan = dry_run_tables(store, write_csv(tmp_path / "ado_backlog.csv", backlog), "LAB2")
    assert plan[0]["entity"] == "task"  # stories and bugs together: still a plan's work


def test_a_risk_said_as_identified_is_the_risks_title():
    """"Risque identifié" (the risk identified) in a partner due-diligence register is
    each risk; without it the register had no title and was not read at all."""
    from pmo_desktop.importing.headers import header_matches

    assert header_matches("Risque identifié", "risk")[0] == ("title", 0.95)
    assert header_matches("Identified risk", "risk")[0][0] == "title"


def test_quarters_with_their_months_and_year_in_brackets(store, tmp_path):
    """"Q1 (Jul–Sep 2025)" merged over "Budget | Actual | Variance": the quarter's own
    months and year say which months it is, the words under it which money."""
    rows = [["Restricted Grant Budget vs. Actual — FY2026"], [],
            ["", "", "Q1 (Jul–Sep 2025)", "", "", "Q3 (Jan–Mar 2026)", ""],
            ["Line Item", "Cost Category", "Budget", "Actual", "Variance", "Budget", "Forecast"]]
    for i, line in enumerate(["Program Director", "Literacy Coaches", "Travel", "Materials"]):
        rows.append([line, "Personnel", 1000 * (i + 1), 900 * (i + 1), 100 * (i + 1),
                     1000 * (i + 1), 1100 * (i + 1)])
    path = write_book(tmp_path / "bva.xlsx", {"BvA by Quarter": rows},
                      merged={"BvA by Quarter": ["C3:E3", "F3:G3"]})
    table = table_of(_tables(store, path), "financial")
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert set(by_period) == {"2025-09", "2026-03"}
    assert (by_period["2025-09"]["planned"], by_period["2025-09"]["actual"]) == (10000, 9000)
    assert by_period["2026-03"]["forecast"] == 11000


def test_hr_in_a_title_is_human_resources_not_hours(store, tmp_path):
    """"ONE HR Program – FY26 Budget" over months of $000s: "HR" in a title names human
    resources, not hours, and the budget by month is money, not people's time."""
    months = ["Jan-26", "Feb-26", "Mar-26", "Apr-26", "May-26", "Jun-26"]
    rows = [["ONE HR Program – FY26 Budget, Actuals & Forecast"],
            ["USD in thousands ($000s)"], [],
            ["Cost Category", "Line Item", "Vendor", "FY26 Budget", *months]]
    for i, item in enumerate(["Implementation partner", "Payroll SMEs", "Data conversion",
                              "Licences"]):
        rows.append(["External Labor", item, "Accenture", 4200 + i, *[410 + i] * 6])
    table = table_of(_tables(store, write_book(tmp_path / "one_hr.xlsx",
                                               {"Budget vs Fcst": rows})), "financial")
    assert {r["values"]["period"] for r in table["records"]} >= {"2026-01", "2026-06"}


def test_a_german_tracker_of_objects_with_planned_and_forecast_ends(store, tmp_path):
    """A data migration tracker: "Lfd. Nr." (running number), the object, "Verantw. IT"
    (who is responsible), "Plan-Ende" and "Prognose Ende" (planned and forecast end),
    "Fertigstellungsgrad". Its rows are dated deliverables, each named by the column
    beside its number; none of its headers had been read."""
    rows = [["Lfd. Nr.", "Migrationsobjekt", "Modul", "Verantw. IT", "Plan-Ende",
             "Prognose Ende", "Fertigstellungsgrad", "Status", "Bemerkung"]]
    objects = ["Debitoren Stammdaten", "Kreditoren Stammdaten", "Sachkonten (GL-Konten)",
               "Anlagen und AfA", "Materialstamm", "Offene Posten Debitoren", "Bankstamm"]
    for i, obj in enumerate(objects, start=1):
        rows.append([i, obj, "FI", "K. Albers", datetime(2026, 3, i), datetime(2026, 3, i + 7),
                     0.5, "in Arbeit", "Mock 2 offen"])
    table = table_of(_tables(store, write_book(tmp_path / "migration.xlsx",
                                               {"Migrationsobjekte": rows})), "milestone")
    fields = fields_of(table)
    assert (fields["Lfd. Nr."], fields["Plan-Ende"], fields["Prognose Ende"]) == \
        ("ref", "baseline_date", "forecast_date")
    assert fields["Verantw. IT"] == "owner"
    assert values_at(table, 2)["name"] == "Debitoren Stammdaten"


def test_a_gate_reviews_dates_are_no_projects_finish(store, tmp_path):
    """A stage-gate review schedule, one row a project: "Planned Review", "Forecast
    Review", "Actual Review". A review is a meeting on the project's way: its dates
    had been read as each project's planned, forecast and actual finish, and would
    have overwritten them."""
    rows = [["Proj No.", "Project", "Gate", "Panel Chair", "Planned Review",
             "Forecast Review", "Actual Review", "Comments"]]
    for i in range(1, 7):
        rows.append([f"KBR-P10{i}", f"Shaft deepening {i}", "G3 (DFS → FEED)", "R. Pillay",
                     datetime(2026, 7, i), datetime(2026, 9, i), None, "Moved with DFS slip."])
    tables = _tables(store, write_book(tmp_path / "gates.xlsx", {"Gate Reviews": rows}),
                     create=True)
    for table in tables:
        fields = fields_of(table)
        assert not {"finish_baseline", "finish_forecast", "finish_actual"} & {
            fields[h] for h in ("Planned Review", "Forecast Review", "Actual Review")}


def test_a_plans_records_headed_by_the_noun_its_sheet_calls_them(store, tmp_path):
    """A Smartsheet export of sector permits ("permisos_sectoriales"): its first column,
    "Permiso", is headed by the noun the file calls its rows, and names each permit;
    with no name header, nothing had been read. "Proyectada" is a forecast's word."""
    lines = ["Permiso,Organismo,Responsable,Aprobación Línea Base,Aprobación Real,Estado,"
             "% Avance,Comentarios"]
    permits = ["RCA Proyecto Desaladora (EIA)", "Concesión marítima Caleta Sur",
               "Permiso de edificación planta", "Autorización sanitaria campamento",
               "Permiso ambiental sectorial 138", "Cambio de uso de suelo"]
    for i, permit in enumerate(permits, start=1):
        lines.append(f"{permit},SEA Antofagasta,Carolina Muñoz,{10 + i}/02/25,"
                     f"{14 + i}/03/25,Aprobado,100%,Sin observaciones")
    path = write_csv(tmp_path / "permisos_sectoriales_smartsheet.csv", lines)
    table = table_of(_tables(store, path), "milestone")
    assert fields_of(table)["Permiso"] == "name"
    assert values_at(table, 2)["name"] == "RCA Proyecto Desaladora (EIA)"
    from pmo_desktop.importing.headers import header_matches

    assert header_matches("Projected Finish", "task")[0][0] == "finish_forecast"


def test_a_plans_predecessors_under_a_planned_group_are_no_dates(store, tmp_path):
    """A cutover runbook: "Pred." (predecessors, "1.01") under a group "PLANNED TIMING".
    Read as a planned event's date, "1.01" had become the 1st of January of each step."""
    rows = [["STEP", "", "", "PLANNED TIMING", "", "", "EXECUTION", ""],
            ["Step ID", "Task Description", "Owner", "Start Date", "End Date", "Pred.",
             "Status", "Actual End"]]
    for i in range(1, 8):
        rows.append([f"1.0{i}", f"Freeze transports step {i}", "Marek Nowak",
                     datetime(2026, 3, 10 + i), datetime(2026, 3, 10 + i),
                     f"1.0{i - 1}" if i > 1 else None, "Complete", datetime(2026, 3, 10 + i)])
    path = write_book(tmp_path / "runbook.xlsx", {"Runbook": rows},
                      merged={"Runbook": ["A1:C1", "D1:F1", "G1:H1"]})
    for table in _tables(store, path):
        fields = fields_of(table)
        pred = next(f for h, f in fields.items() if h.endswith("Pred."))
        assert pred not in ("baseline_date", "forecast_date", "actual_date", "finish_baseline")
