"""Layouts from a sixteenth round of trackers the importer had never seen: an everyday
manufacturer's pack (closed projects, a retrospective, a German savings list) and
public administrations of Central and Eastern Europe (a Czech budget by quarter, a
Turkish change log, a Greek lessons register, a Lithuanian stakeholder register, a
Serbian action plan in Cyrillic).

Each test is a rule, not a file."""

from __future__ import annotations

import csv

import openpyxl

from pmo_desktop.importing.vocab import ENTITY_WORDS, norm

from .conftest import dry_run_tables, fields_of, write_book as _book

PROJECT = "SXT"


def _tables(store, path, create=False):
    return dry_run_tables(store, path, PROJECT, create)


def test_a_budget_by_quarters_written_in_words_in_the_year_its_sheet_names(store, tmp_path):
    """A Czech budget: "1. čtvrtletí" … "4. čtvrtletí" (first to fourth quarter, no year)
    merged over "Plán | Skutečnost" on a sheet "Rozpočet 2025". The quarters had not been
    read as periods, nor "Skutečnost" (actual) as a measure: the table was left unread."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rozpočet 2025"
    ws.append(["Rozpočet projektu"])
    ws.append([])
    ws.append(["Kód", "Nákladová položka", "1. čtvrtletí", None, "2. čtvrtletí", None,
               "3. čtvrtletí", None])
    ws.append([None, None, "Plán", "Skutečnost", "Plán", "Skutečnost", "Plán", "Skutečnost"])
    for col in ("A", "B"):
        ws.merge_cells(f"{col}3:{col}4")
    for first, last in (("C", "D"), ("E", "F"), ("G", "H")):
        ws.merge_cells(f"{first}3:{last}3")
    for i in range(1, 6):
        ws.append([f"A.{i}", f"Platy zaměstnanců {i}", 1000, 900, 1000, 950, 1000, None])
    path = tmp_path / "rozpocet.xlsx"
    wb.save(path)
    [table] = _tables(store, path)
    assert table["entity"] == "financial"
    by_period = {r["values"]["period"]: r["values"] for r in table["records"]}
    assert sorted(by_period) == ["2025-03", "2025-06", "2025-09"]
    assert (by_period["2025-03"]["planned"], by_period["2025-03"]["actual"]) == (5000, 4500)


def test_a_savings_list_names_its_benefits_by_its_first_text_column(store, tmp_path):
    """A German continuous-improvement list: each "Maßnahme" (the improvement) with its
    "Kennzahl", "Ausgangswert" and "Zielwert". No header is a benefit's title word, so it
    had not been read as benefits at all: the column of different texts before the
    measure names them."""
    path = _book(tmp_path / "kvp.xlsx", {"Einsparungen 2025": [
        ["Nr.", "Maßnahme", "Bereich", "Verantwortlich", "Kennzahl", "Ausgangswert",
         "Zielwert", "Status"],
        *[[f"KVP-0{i}", f"Rüstzeitreduzierung Presse {i}", "Presswerk", "Fischer, Stefan",
           "Rüstzeit min", 95, 30, "Umgesetzt"] for i in range(1, 6)]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "benefit"
    assert fields_of(table)["Maßnahme"] == "title"


def test_registers_in_turkish_greek_lithuanian_and_serbian(store, tmp_path):
    path = _book(tmp_path / "registers.xlsx", {
        "Değişiklik Talepleri": [
            ["Talep No", "Talep Başlığı", "Açıklama", "Talep Eden", "Talep Tarihi",
             "Maliyet Etkisi", "Karar", "Karar Tarihi", "Durum"],
            *[[f"DT-2024-00{i}", f"Entegrasyon {i}", "Belediyeler", "Yılmaz, Ahmet",
               "20.01.2024", 37500.75, "Onaylandı", "15.08.2024", "Kapandı"]
              for i in range(1, 6)]],
        "Μητρώο Διδαγμάτων": [
            ["Α/Α", "Τίτλος διδάγματος", "Περιγραφή γεγονότος", "Αιτίες", "Επίπτωση",
             "Συστάσεις", "Καταχωρήθηκε από", "Ημερομηνία καταχώρισης", "Τύπος"],
            *[[i, f"Καθυστέρηση στην έγκριση {i}", "Η έγκριση καθυστέρησε",
               "Ελλιπής προδιαγραφή", "Μετάθεση έναρξης", "Προέλεγχος τευχών",
               "Οικονόμου, Μαρία", "15/06/2023", "Αρνητικό"] for i in range(1, 6)]],
        "Suinteresuotos šalys": [
            ["Nr.", "Vardas, pavardė", "Organizacija", "Pareigos", "Įtaka", "Susidomėjimas",
             "Dabartinis įsitraukimas", "Pageidaujamas įsitraukimas"],
            *[[i, f"Petrauskienė, Rūta {i}", "VMI", "Viršininko pavaduotoja", "Didelė",
               "Didelis", "Neutralus", "Palaikantis"] for i in range(1, 6)]]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    cr = tables["Değişiklik Talepleri"]
    assert cr["entity"] == "change_request"
    assert [fields_of(cr)[h] for h in ("Talep No", "Talep Başlığı", "Talep Eden",
                                       "Maliyet Etkisi", "Karar Tarihi")] == [
        "ref", "title", "requester", "impact_cost", "decision_date"]
    lessons = tables["Μητρώο Διδαγμάτων"]
    assert lessons["entity"] == "lesson"
    assert [fields_of(lessons)[h] for h in ("Τίτλος διδάγματος", "Αιτίες", "Συστάσεις",
                                            "Τύπος")] == [
        "title", "causes", "recommendations", "effect_type"]
    people = tables["Suinteresuotos šalys"]
    assert people["entity"] == "stakeholder"
    assert [fields_of(people)[h] for h in ("Vardas, pavardė", "Įtaka", "Susidomėjimas")] == [
        "name", "power", "interest"]


def test_a_serbian_action_plan_in_cyrillic(store, tmp_path):
    path = tmp_path / "Akcioni_plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["Ред. бр.", "Акција", "Опис", "Носилац", "Задужио", "Датум отварања",
                    "Рок", "Статус", "Напомена"])
        for i in range(1, 8):
            w.writerow([f"{i}.", f"Припремити нацрт {i}", "Нацрт уредбе", "Јовановић, Милан",
                        "Стојановић, Душан", "25.07.2024.", "15.09.2024.", "У току", ""])
    [table] = _tables(store, path)
    assert table["entity"] == "action"
    assert [fields_of(table)[h] for h in ("Акција", "Носилац", "Задужио", "Рок")] == [
        "title", "owner", "raised_by", "due_date"]


def test_every_word_naming_a_kind_is_written_as_it_is_compared():
    """Sheet names and titles are compared as ``norm`` gives them; "プロジェクト一覧"
    written with its sound marks had never matched one."""
    assert {e: [w for w in words if norm(w) != w] for e, words in ENTITY_WORDS.items()
            if any(norm(w) != w for w in words)} == {}


def test_closed_projects_and_a_retrospective(store, tmp_path):
    """A list of closed projects ("Closed On", "Final Cost"); a retrospective's "Topic",
    "What didn't go well" and "Actions"."""
    path = _book(tmp_path / "pack.xlsx", {
        "Closed": [
            ["ID", "Project", "Site", "Project Manager", "Closed On", "Final Cost",
             "Budget (USD)"],
            *[[f"OP-6{i}", f"LED lighting {i}", "Dayton", "Miller, Tom", "2024-04-30",
               210500, 220000] for i in range(1, 6)]],
        "Retro": [
            ["#", "Topic", "What went well", "What didn't go well", "Actions", "Action owner",
             "Status"],
            *[[i, "Planning", "Early APQP start", "Capacity study late", "Run capacity study",
               "Sharma, Rohit", "Open"] for i in range(1, 6)]]})
    tables = {t["sheet"]: t for t in _tables(store, path, create=True)}
    closed = fields_of(tables["Closed"])
    assert (closed["Closed On"], closed["Final Cost"]) == ("finish_actual", "eac")
    retro = fields_of(tables["Retro"])
    assert (retro["Topic"], retro["Actions"]) == ("category", "recommendations")


def test_an_okr_sheet_s_confidence_and_due_date(store, tmp_path):
    """Key results kept as benefits: "Confidence" (On track, At risk) is their status and
    "Due" their target date; both had been left out."""
    path = _book(tmp_path / "okr.xlsx", {"OKRs H1 2025": [
        ["KR ID", "Key Result", "Owner", "Metric", "Baseline", "Target", "Confidence", "Due"],
        *[[f"O1.KR{i}", f"Increase monthly active users {i}", "Trần, Minh", "MAU (million)",
           2.1, 3.0, "On track", "2025-06-30"] for i in range(1, 6)]]})
    [table] = _tables(store, path, create=True)
    assert table["entity"] == "benefit"
    fields = fields_of(table)
    assert (fields["Confidence"], fields["Due"]) == ("status", "target_date")


def test_a_retrospective_s_keep_doing_and_do_differently(store, tmp_path):
    path = _book(tmp_path / "lessons.xlsx", {"Lessons Log": [
        ["ID", "Lesson", "What happened", "Recommendation", "Type", "Logged by"],
        *[[f"LL-0{i}", f"Launch comms {i}", "Push notices went out late",
           "Schedule pushes a day ahead", "Keep doing" if i % 2 else "Do differently",
           "Brown, Amy"] for i in range(1, 6)]]})
    [table] = _tables(store, path)
    assert fields_of(table)["Type"] == "effect_type"
    kinds = [r["values"]["effect_type"] for r in table["records"]]
    assert kinds[:2] == ["went_well", "to_improve"]


def test_a_servicenow_incident_export_s_field_names(store, tmp_path):
    """ServiceNow's field names as exported ("caller_id", "opened_at", "resolved_at"); and
    (below) a programme board's decisions dated by its "Date of Meeting"."""
    path = tmp_path / "incidents.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["number", "short_description", "caller_id", "opened_at", "state",
                    "resolved_at"])
        for i in range(1, 7):
            w.writerow([f"INC00{i}", f"Orders not printing on ward {i}", "Walsh, Ciara",
                        "03/03/2025 08:14:00", "Resolved", "04/03/2025 10:00:00"])
    [incidents] = _tables(store, path)
    fields = fields_of(incidents)
    assert (fields["caller_id"], fields["opened_at"], fields["resolved_at"]) == (
        "raised_by", "date_raised", "closed_date")


def test_a_board_s_decisions_dated_by_its_meeting(store, tmp_path):
    board = _book(tmp_path / "decisions.xlsx", {"Decision Log": [
        ["Decision No", "Date of Meeting", "Decision Summary", "Decided By", "Rationale"],
        *[[f"D-0{i}", "2024-10-22", f"Approve go-live date {i}", "Programme Board",
           "Readiness criteria met"] for i in range(1, 6)]]})
    [decisions] = _tables(store, board)
    assert decisions["entity"] == "decision"
    assert fields_of(decisions)["Date of Meeting"] == "decision_date"
