"""Layouts from a seventh round of trackers the importer had never seen, from a regional
PMO's month (a Korean portfolio status list, a Greek Microsoft Project export, a
Hungarian Jira export, Romanian milestones, Vietnamese risks scored twice, an Israeli
steering committee's minutes, Indonesian, Turkish and Saudi registers).

Each test is a rule, not a file: a kind's name of several words in a title names it;
dates written with a dot and a space; durations, links and yes/no in more languages;
status, priority, stage and RAG words of more languages."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain.enums import PROJECT_STAGES
from pmo_desktop.importing import values as V
from pmo_desktop.importing.choices import enum_parser
from pmo_desktop.importing.headers import header_matches
from pmo_desktop.importing.numbers import parse_bool
from pmo_desktop.importing.predecessors import parse_duration, parse_links
from pmo_desktop.importing.ratings import parse_rag

from .conftest import dry_run_tables, fields_of, write_book as _book

PROJECT = "SEV"


def _tables(store, path):
    return dry_run_tables(store, path, PROJECT)


def test_a_title_naming_the_kind_in_several_words_decides_a_tie(store, tmp_path):
    """Minutes with a decisions table, then "משימות לביצוע" (actions to carry out) over
    a table whose headers fit actions, issues and milestones alike: the title's words,
    a phrase of two, say actions."""
    path = _book(tmp_path / "minutes.xlsx", {"פרוטוקול": [
        ["סיכום ישיבת ועדת היגוי"], [],
        ["החלטות"],
        ["מס'", "החלטה", "הוחלט על ידי", "תאריך", "הערות"],
        ["ה-1", "לאשר תוספת תקציב", "לוי, יוסי", "12.03.2025", None],
        ["ה-2", "לדחות את ממשק הגבייה", "ועדת היגוי", "12.03.2025", None],
        ["ה-3", "לבצע פיילוט", "ועדת היגוי", "12.03.2025", None],
        [], [],
        ["משימות לביצוע"],
        ["מס'", "נושא", "משימה", "אחראי", "תאריך יעד", "סטטוס", "הערות"],
        *[[i, f"נושא {i}", f"משימה {i}", "כהן, דנה", f"{i + 1:02d}.04.2025", "פתוח", None]
          for i in range(1, 7)]]})
    tables = _tables(store, path)
    assert [t["entity"] for t in tables] == ["decision", "action"]
    actions = fields_of(tables[1])
    assert actions["משימה"] == "description" and actions["תאריך יעד"] == "due_date"


def test_dates_written_with_a_dot_and_a_space():
    """Korean and Hungarian dates: "2025. 3. 14.", with a time of day after them."""
    assert V.parse_date("2025. 3. 14.") == date(2025, 3, 14)
    assert V.parse_date("2025. 03. 14. 10:22") == date(2025, 3, 14)
    assert V.parse_date("14. 03. 2025") == date(2025, 3, 14)
    assert V.parse_date("14.03.2025 10:22") == date(2025, 3, 14)


def test_durations_links_and_yes_no_in_more_languages():
    assert parse_duration("15 ημέρες") == 15.0
    assert parse_duration("5 nap") == 5.0 and parse_duration("10 zile") == 10.0
    assert parse_duration("3 hari") == 3.0 and parse_duration("2 ngày") == 2.0
    assert parse_duration("5일") == 5.0 and parse_duration("2 εβδομάδες") == 10.0
    [link] = parse_links("12ΕΕ+2 ημέρες")  # Greek start-to-start (έναρξη-έναρξη)
    assert (link.ref, link.type, link.lag) == ("12", "SS", 2.0)
    yes = ["Ναι", "Da", "Ya", "Evet", "Có", "Igen", "예", "כן", "نعم", "Yes"]
    no = ["Όχι", "Nu", "Tidak", "Hayır", "Không", "Nem", "아니오", "לא", "لا", "No"]
    assert [parse_bool(v) for v in yes] == [1] * len(yes)
    assert [parse_bool(v) for v in no] == [0] * len(no)
    with pytest.raises(V.ValueProblem):
        parse_bool("Maybe")


def test_a_greek_microsoft_project_export_is_a_plan(store, tmp_path):
    head = ["Αναγνωριστικό", "Επίπεδο διάρθρωσης", "WBS", "Όνομα εργασίας", "Διάρκεια",
            "Έναρξη", "Λήξη", "% ολοκλήρωσης", "Προκάτοχοι", "Ονόματα πόρων", "Ορόσημο"]
    rows = [[1, 1, "1", "Διαχείριση έργου", "11 ημέρες", "13/01/2025", "27/01/2025",
             "100%", None, None, "Όχι"],
            [2, 2, "1.1", "Εναρκτήρια συνάντηση", "1 ημέρα", "13/01/2025", "13/01/2025",
             "100%", None, "Καραγιάννης Ν.", "Όχι"],
            [3, 2, "1.2", "Σχέδιο διαχείρισης", "10 ημέρες", "14/01/2025", "27/01/2025",
             "45%", "2", "Καραγιάννης Ν.", "Όχι"],
            [4, 2, "1.3", "Έγκριση σχεδίου", "0 ημέρες", "27/01/2025", "27/01/2025", "0%",
             "3ΕΕ+2 ημέρες", None, "Ναι"]]
    path = _book(tmp_path / "plan.xlsx", {"Πίνακας_εργασιών": [head, *rows]})
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert fields["Διάρκεια"] == "duration_days" and fields["Έναρξη"] == "start_forecast"
    assert fields["% ολοκλήρωσης"] == "pct_complete"
    assert fields["Προκάτοχοι"] == "predecessors" and fields["Ορόσημο"] == "is_milestone"
    got = {r["row"]: r["values"] for r in table["records"]}
    assert got[4]["duration_days"] == 10.0 and got[4]["pct_complete"] == 0.45
    assert got[5]["is_milestone"] == 1 and got[2]["is_milestone"] == 0


def test_a_korean_portfolio_status_list(store, tmp_path):
    """정상 / 주의 / 위험 (normal, caution, danger) are the RAG; 구축, 설계, 계획 the stage;
    the dates are written "2024. 5. 19."."""
    path = _book(tmp_path / "portfolio.xlsx", {"포트폴리오 현황": [
        ["프로젝트 코드", "프로젝트명", "PM", "단계", "계획 시작일", "예상 종료일", "종합 상태"],
        ["PRJ-1", "차세대 ERP 구축", "김지훈", "구축", "2024. 5. 19.", "2025. 6. 9.", "위험"],
        ["PRJ-2", "MES 고도화", "이수진", "설계", "2024. 4. 16.", "2025. 6. 10.", "정상"],
        ["PRJ-3", "데이터 플랫폼", "박민수", "계획", "2024. 9. 2.", "2025. 12. 1.", "주의"]]})
    [table] = _tables(store, path)
    assert table["entity"] == "project"
    got = {r["row"]: r["values"] for r in table["records"]}
    assert [got[r]["rag_overall"] for r in (2, 3, 4)] == ["red", "green", "amber"]
    assert [got[r]["stage"] for r in (2, 3, 4)] == ["delivery", "planning", "planning"]
    assert got[2]["start_baseline"] == "2024-05-19"
    assert got[3]["finish_forecast"] == "2025-06-10"


def test_status_priority_and_stage_words_of_more_languages():
    milestone = enum_parser(("not_due", "forecast_late", "missed", "complete_on_time",
                             "complete_late"), "status", "milestone")
    assert milestone("Întârziat") == "forecast_late" and milestone("Neînceput") == "not_due"
    issue = enum_parser(("open", "in_progress", "escalated", "resolved", "closed"), "status",
                        "issue")
    assert issue("Várakozik") == "open" and issue("În desfășurare") == "in_progress"
    priority = enum_parser(("low", "medium", "high", "critical"), "priority")
    assert [priority(w) for w in ("Alacsony", "Közepes", "Magas", "Kritikus")] == [
        "low", "medium", "high", "critical"]
    assert [priority(w) for w in ("Scăzută", "Medie", "Ridicată")] == ["low", "medium", "high"]
    stage = enum_parser(PROJECT_STAGES, "stage", "project")
    assert [stage(w) for w in ("착수", "분석", "구축", "안정화")] == [
        "initiation", "planning", "delivery", "closing"]
    assert parse_rag("주의") == "amber"
    effect = enum_parser(("went_well", "to_improve"), "effect_type", "lesson")
    assert effect("+") == "went_well" and effect("-") == "to_improve"  # "Type (+/-)"


def test_header_words_of_more_languages():
    assert header_matches("Kulcs", "issue")[0][0] == "ref"  # Hungarian Jira
    assert header_matches("Összefoglaló", "issue")[0][0] == "title"
    assert header_matches("Létrehozva", "issue")[0][0] == "date_raised"
    assert header_matches("Megoldás", "issue")[0][0] == "resolution"
    assert header_matches("Cod jalon", "milestone")[0][0] == "ref"  # Romanian
    assert header_matches("Jalon critic", "milestone")[0][0] == "critical"
    assert header_matches("Khả năng còn lại", "risk")[0][0] == "residual_probability"
    assert header_matches("Ảnh hưởng còn lại", "risk")[0][0] == "residual_impact"
    assert header_matches("Status Validasi", "assumption")[0][0] == "status"  # Indonesian
    assert header_matches("Alasan", "decision")[0][0] == "rationale"
    assert header_matches("Yönetici", "allocation")[0][0] == "manager"  # Turkish
    assert header_matches("Lokasyon", "allocation")[0][0] == "location"
    assert header_matches("الفئة", "financial")[0][0] == "category"  # Arabic


def test_a_jira_exports_description_beside_its_summary_is_the_tasks_notes(store, tmp_path):
    """Summary names the work item; Description beside it is its notes (alone, with no
    Summary, "Description" still names the task: the test below)."""
    import csv

    path = tmp_path / "jira.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Summary", "Issue key", "Issue Type", "Status", "Assignee", "Due date",
                    "Description"])
        for i in range(1, 6):
            w.writerow([f"Add payment method {i}", f"PAY-{400 + i}", "Story", "In Progress",
                        "Dana Kowalski", f"2025-03-{10 + i:02d}", f"As a shopper I want {i}"])
    [table] = _tables(store, path)
    assert table["entity"] == "task"
    fields = fields_of(table)
    assert fields["Summary"] == "name" and fields["Description"] == "notes"


def test_a_plans_description_alone_names_its_tasks(store, tmp_path):
    plan = _book(tmp_path / "plan.xlsx", {"Plan": [
        ["ID", "Description", "Start", "Finish", "Duration"],
        *[[i, f"Task {i}", date(2025, 1, i), date(2025, 1, i + 5), "5d"] for i in range(1, 6)]]})
    tables = _tables(store, plan)
    task = next(t for t in tables if t["entity"] == "task")
    assert fields_of(task)["Description"] == "name"
