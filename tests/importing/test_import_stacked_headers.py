"""Labels written down two or three rows under the header are one label per column; a
table of tasks that calls itself one ("Task Name") with a start and a finish is a plan."""

from __future__ import annotations

from datetime import date

from pmo_desktop.importing.api import read_and_detect
from pmo_desktop.operations.imports import import_files
from tests.importing.conftest import write_book


def _fields(table):
    return {c.header: c.field for c in table.columns}


STACKED = [
    ["Weekly status"],
    [],
    ["Activity", "Owner", "planned", "actual", "Start", "Finish", "done"],
    [None, None, "effort", "effort", "dd/mm/yyyy", "dd/mm/yyyy", "percent"],
    [None, None, "(hours)", "(hours)", "or TBC", "or TBC", "complete"],
    ["Draft the charter", "Ana", 16, 12, date(2027, 1, 4), date(2027, 1, 8), 1],
    ["Agree the scope", "Ben", 8, 2, date(2027, 1, 11), date(2027, 1, 15), 0.25],
    ["Kick-off", "Ana", 4, 0, date(2027, 1, 18), date(2027, 1, 18), 0],
]


def test_a_label_written_down_three_rows_is_one_label(tmp_path):
    table = read_and_detect(write_book(tmp_path / "status.xlsx", {"Status": STACKED}))[0]
    assert table.region.header_rows == (3, 4, 5)
    assert table.region.first_row == 6
    # how to write a date is a hint in brackets, not part of the label's words
    assert [c.header for c in table.columns] == [
        "Activity", "Owner", "planned effort (hours)", "actual effort (hours)",
        "Start (dd/mm/yyyy or TBC)", "Finish (dd/mm/yyyy or TBC)", "done percent complete"]


def test_the_rows_under_a_stacked_header_are_not_records(tmp_path, store):
    path = write_book(tmp_path / "status.xlsx", {"Tasks": STACKED})
    out = import_files(store, [path], dry_run=True, create_projects=True,
                       project_code="PRJ-1").value.to_json()
    table = next(t for t in out["files"][0]["tables"] if t["entity"] == "task")
    assert table["rejected"] == []
    assert [r["row"] for r in table["records"]] == [6, 7, 8]
    fields = {c["header"]: c["field"] for c in table["columns"]}
    assert fields["Start (dd/mm/yyyy or TBC)"] == "start_forecast"
    assert fields["Finish (dd/mm/yyyy or TBC)"] == "finish_forecast"
    assert fields["done percent complete"] == "pct_complete"
    assert table["records"][1]["values"]["pct_complete"] == 0.25
    assert table["records"][1]["values"]["start_forecast"] == "2027-01-11"


def test_a_second_row_of_text_data_is_data_not_header(tmp_path):
    # a risk log is all text: its first rows have nothing typed below them to contrast
    path = write_book(tmp_path / "risks.xlsx", {"Risks": [
        ["Risk", "Owner", "Impact", "Status"],
        ["Supplier late", "Ana", "High", "Open"],
        ["Key person leaves", "Ben", "Medium", "Open"],
        ["Budget cut", "Cai", "High", "Closed"]]})
    table = read_and_detect(path)[0]
    assert table.region.header_rows == (1,)
    assert table.region.first_row == 2


def test_a_text_cell_in_one_dated_column_does_not_make_a_header_row(tmp_path):
    path = write_book(tmp_path / "plan.xlsx", {"Plan": [
        ["Task", "Owner", "Start", "Finish"],
        ["Design", "Ana", "TBC", "TBC"],
        ["Build", "Ben", date(2027, 2, 1), date(2027, 3, 1)],
        ["Test", "Cai", date(2027, 3, 2), date(2027, 3, 20)]]})
    table = read_and_detect(path)[0]
    assert table.region.header_rows == (1,)


def test_a_task_list_with_start_and_completion_dates_is_a_plan(tmp_path):
    # Task name, a start and a finish: too few plan columns alone, but the headers call
    # the rows tasks, scored as every kind's own words are
    path = write_book(tmp_path / "tracker.xlsx", {"Sheet1": [
        ["Task #", "Task Name", "Task Description", "Start Date", "Completion Date"],
        [1, "Load the dimensions", "ETL for dimensions", date(2027, 4, 19), date(2027, 4, 26)],
        [2, "Load the facts", "ETL for facts", date(2027, 4, 25), date(2027, 4, 30)],
        [3, "Package", "Combine the packages", date(2027, 4, 30), date(2027, 5, 3)]]})
    table = read_and_detect(path)[0]
    assert table.entity == "task"
    fields = _fields(table)
    assert fields["Completion Date"] == "finish_forecast"
    assert fields["Task Description"] == "notes"


def test_a_risk_log_with_two_dates_stays_a_risk_log(tmp_path):
    path = write_book(tmp_path / "risks.xlsx", {"Risk register": [
        ["Risk ID", "Risk Title", "Owner", "Date Raised", "Due Date", "Impact", "Likelihood"],
        ["R1", "Supplier late", "Ana", date(2027, 1, 4), date(2027, 2, 1), "High", "Low"],
        ["R2", "Key person leaves", "Ben", date(2027, 1, 5), date(2027, 3, 1), "Medium", "High"]]})
    table = read_and_detect(path)[0]
    assert table.entity == "risk"
