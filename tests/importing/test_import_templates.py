"""Templates as teams fill them in: the row under the header that says what to write in
each column is not a record, and does not spoil what the columns hold."""

from __future__ import annotations

from datetime import datetime

from pmo_desktop.operations.imports import import_files

from .conftest import write_book

PROJECT = "TPL"


def _tables(store, path):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Templates"})
    result = import_files(store, [str(path)], dry_run=True, project_code=PROJECT).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    return [t for t in data["files"][0]["tables"] if t["entity"]]


def test_a_lessons_log_under_its_instruction_row(store, tmp_path):
    path = write_book(tmp_path / "lessons.xlsx", {"Lessons learned": [
        ["Sl. No", "Date raised", "Event", "Recommendations", "Owner", "Status"],
        [None, "MENTION THE DATE", "DESCRIBE THE EVENT THAT WAS RAISED",
         "MENTION THE RECOMMENDATIONS", "MENTION THE RESPONSIBLE PERSON", "SOLVED/ PENDING"],
        [1, datetime(2026, 5, 31), "Backups were not restorable", "Test restores monthly",
         "Ann Lee", "Solved"],
        [2, datetime(2026, 6, 3), "Cron job ran in the wrong time zone",
         "Set TZ in every job", "Raj Patel", "Pending"],
    ]})
    (t,) = _tables(store, path)
    fields = {c["header"]: c["field"] for c in t["columns"]}
    assert t["entity"] == "lesson" and t["rows"] == 2
    assert fields["Sl. No"] == "ref" and fields["Date raised"] == "date_logged"
    assert fields["Status"] == "status"
    got = {r["row"]: r["values"] for r in t["records"]}
    assert set(got) == {3, 4}  # not the instruction row
    assert (got[3]["date_logged"], got[3]["status"], got[4]["status"]) == (
        "2026-05-31", "closed", "open")


def test_a_first_row_whose_titles_start_with_a_verb_is_still_data(store, tmp_path):
    path = write_book(tmp_path / "actions.xlsx", {"Actions": [
        ["ID", "Action", "Owner", "Due date", "Status"],
        ["A-1", "Add the supplier to the vendor list", "Ann Lee", "2026-06-01", "Open"],
        ["A-2", "Describe the cut-over in the runbook", "Raj Patel", "2026-06-15", "Open"],
    ]})
    (t,) = _tables(store, path)
    assert t["rows"] == 2 and [r["row"] for r in t["records"]] == [2, 3]


def test_a_row_of_placeholders_under_the_header_is_not_a_record(store, tmp_path):
    path = write_book(tmp_path / "lessons.xlsx", {"Lessons": [
        ["Lesson #", "Date Logged", "Category", "What happened?", "Root cause",
         "Recommendation", "Logged by", "Priority"],
        ["(auto)", "mm/dd/yyyy", "Pick from list", "Describe the event",
         "Why did it happen?", "What should we do next time?", "Your name", "H/M/L"],
        [1, "2027-03-04", "Procurement", "Supplier contract signed late", "Legal queue",
         "Engage legal at initiation", "Mike Johnson", "H"],
        [2, "2027-03-11", "Testing", "Test data not anonymised", "No masking tool",
         "Budget for a masking tool", "Elena Garcia", "M"],
    ]})
    (t,) = _tables(store, path)
    assert t["entity"] == "lesson" and t["rows"] == 2
    assert [r["row"] for r in t["records"]] == [3, 4]
    assert all(r["values"]["title"] != "Describe the event" for r in t["records"])


def test_a_first_record_with_a_question_and_choices_in_it_is_still_data(store, tmp_path):
    path = write_book(tmp_path / "risks.xlsx", {"Risks": [
        ["Risk ID", "Risk", "Owner", "Status", "Category"],
        ["R-1", "Will the vendor deliver in time?", "Ann Lee", "Open", "Design/Build"],
        ["R-2", "Key person may leave", "Raj Patel", "Open", "People"],
    ]})
    (t,) = _tables(store, path)
    assert t["rows"] == 2 and [r["row"] for r in t["records"]] == [2, 3]


def test_an_example_row_in_another_language_is_not_a_record(store, tmp_path):
    """A Brazilian risk matrix's example row: "Ex.: RSK-000", the date's format in
    Portuguese ("dd/mm/aaaa"), the scale ("1 a 5") and a cell the sheet computes."""
    path = write_book(tmp_path / "riscos.xlsx", {"Matriz de riscos": [
        ["ID Risco", "Data de identificação", "Descrição do risco", "Causa",
         "Probabilidade", "Impacto", "Nível (P×I)"],
        ["Ex.: RSK-000", "dd/mm/aaaa", "Descreva o evento incerto",
         "O que pode provocar o risco", "1 a 5", "1 a 5", "automático"],
        ["RSK-001", "12/11/2025", "Link de internet instável", "Contrato antigo", 4, 4, 16],
        ["RSK-002", "20/11/2025", "Atraso do fornecedor", "Equipe reduzida", 3, 5, 15],
    ]})
    (t,) = _tables(store, path)
    assert t["entity"] == "risk" and t["rows"] == 2
    assert [r["values"]["ref"] for r in t["records"]] == ["RSK-001", "RSK-002"]
