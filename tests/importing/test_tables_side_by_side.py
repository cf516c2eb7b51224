"""Tables side by side on the same rows (a risk table in A:H, an issue table in K:R) are
found as two tables; a blank header cell inside one table does not split it."""

from __future__ import annotations

from datetime import date

import openpyxl

from pmo_desktop.operations.imports import import_files
from pmo_desktop.importing.read import read_workbook
from pmo_desktop.importing.tables import find_tables, region_at_header


def _sheet(path, rows, title="RAID"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return str(path)


def _tables(store, path):
    data = import_files(store, [path], dry_run=True, project_code="DEMO").value.to_json()
    f = data["files"][0]
    assert f["error"] is None
    return f["tables"]


def _values(table):
    return {r["key"]: r["values"] for r in table["records"]}


def _headers(table):
    return [(c["header"], c["column"]) for c in table["columns"]]


RISK_HEAD = ["Risk ID", "Risk Description", "Owner", "Probability", "Impact", "Mitigation",
             "Due Date", "Status"]
ISSUE_HEAD = ["Issue ID", "Issue Description", "Owner", "Priority", "Raised", "Resolution",
              "Due Date", "Status"]


def test_two_tables_side_by_side_are_two_tables(store, tmp_path):
    gap = [None, None]
    path = _sheet(tmp_path / "raid.xlsx", [
        ["RISKS"] + [None] * 9 + ["ISSUES"],
        [],
        RISK_HEAD + gap + ISSUE_HEAD,
        ["R1", "Vendor late", "Ann", 4, 4, "Penalty clause", date(2026, 5, 1), "Open"] + gap
        + ["I1", "Server outage", "Dan", "High", date(2026, 1, 2), "Failover", date(2026, 1, 9),
           "Closed"],
        ["R2", "Skills gap", "Bob", 3, 3, "Training", date(2026, 6, 1), "Open"] + gap
        + ["I2", "Missing specs", "Eve", "Medium", date(2026, 2, 2), None, date(2026, 2, 20),
           "Open"],
        ["R3", "Budget cut", "Cat", 2, 5, "Phase scope", date(2026, 7, 1), "Open"],
    ])
    risks, issues = _tables(store, path)
    assert (risks["entity"], risks["range"], risks["header_row"], risks["rows"]) == \
        ("risk", "A3:H6", 3, 3)
    assert (issues["entity"], issues["range"], issues["header_row"], issues["rows"]) == \
        ("issue", "K3:R5", 3, 2)
    assert _headers(risks) == list(zip(RISK_HEAD, "ABCDEFGH"))
    assert _headers(issues) == list(zip(ISSUE_HEAD, "KLMNOPQR"))

    rv = _values(risks)
    assert list(rv) == ["R1", "R2", "R3"]
    assert rv["R1"] == {"ref": "R1", "title": "Vendor late", "owner": "Ann", "probability": 4,
                        "impact": 4, "response_actions": "Penalty clause",
                        "due_date": "2026-05-01", "status": "open", "project": "DEMO"}
    assert not any({"priority", "date_raised", "resolution"} & set(v) for v in rv.values())

    iv = _values(issues)
    assert list(iv) == ["I1", "I2"]
    assert iv["I1"]["title"] == "Server outage" and iv["I1"]["owner"] == "Dan"
    assert (iv["I1"]["priority"], iv["I1"]["date_raised"], iv["I1"]["due_date"]) == \
        ("high", "2026-01-02", "2026-01-09")
    assert (iv["I1"]["resolution"], iv["I1"]["status"]) == ("Failover", "closed")
    assert iv["I2"]["status"] == "open" and "resolution" not in iv["I2"]
    assert not any({"probability", "impact", "response_actions"} & set(v) for v in iv.values())


def test_narrow_table_beside_a_wider_longer_one(store, tmp_path):
    """One empty column between them; the right table has more columns and more rows."""
    left = ["Risk ID", "Title", "Owner", "Status"]
    right = ["Issue ID", "Issue Description", "Owner", "Priority", "Raised", "Due Date",
             "Status"]
    rows = [left + [None] + right]
    for i in range(1, 6):
        risk = [f"R{i}", f"Risk {i}", "Ann", "Open"] if i <= 2 else [None] * 4
        rows.append(risk + [None] + [f"I{i}", f"Issue {i}", "Dan", "Low", date(2026, 1, i),
                                     date(2026, 3, i), "Open"])
    path = _sheet(tmp_path / "narrow.xlsx", rows)
    risks, issues = _tables(store, path)
    assert (risks["entity"], risks["range"], risks["rows"]) == ("risk", "A1:D3", 2)
    assert (issues["entity"], issues["range"], issues["rows"]) == ("issue", "F1:L6", 5)
    assert list(_values(risks)) == ["R1", "R2"]
    assert list(_values(issues)) == ["I1", "I2", "I3", "I4", "I5"]
    assert _values(issues)["I5"]["due_date"] == "2026-03-05"


def test_blank_header_cell_over_a_column_of_data_stays_one_table(store, tmp_path):
    """Three labels or more on each side of the blank header cell, but the column under it
    holds data: it is one table (an unlabelled column), not two."""
    head = ["Risk ID", "Title", "Owner", None, "Description", "Probability", "Impact", "Status"]
    path = _sheet(tmp_path / "one.xlsx", [
        head,
        ["R1", "Vendor late", "Ann", "!", "Supplier slips", 4, 4, "Open"],
        ["R2", "Skills gap", "Bob", "!", "No DBA", 3, 3, "Open"],
        ["R3", "Budget cut", "Cat", None, "Funding reduced", 2, 5, "Closed"],
        ["R4", "Scope creep", "Dan", None, "New asks", 3, 2, "Open"],
    ])
    (t,) = _tables(store, path)
    assert (t["entity"], t["range"], t["rows"]) == ("risk", "A1:H5", 4)
    assert [c["column"] for c in t["columns"]] == list("ABCEFGH")
    v = _values(t)
    assert list(v) == ["R1", "R2", "R3", "R4"]
    assert (v["R3"]["owner"], v["R3"]["probability"], v["R3"]["impact"], v["R3"]["status"]) == \
        ("Cat", 2, 5, "closed")


def test_unlabelled_first_column_beside_the_header_stays_in_the_table(store, tmp_path):
    path = _sheet(tmp_path / "phase.xlsx", [
        [None, "Risk ID", "Title", "Owner", "Status"],
        ["Phase 1", "R1", "Vendor late", "Ann", "Open"],
        [None, "R2", "Skills gap", "Bob", "Open"],
    ])
    (t,) = _tables(store, path)
    assert (t["entity"], t["range"], t["rows"]) == ("risk", "A1:E3", 2)


def test_empty_spacer_column_before_a_two_column_fragment_is_one_table(store, tmp_path):
    """A spacer column empty in the header and every row: the two columns right of it
    (texts down the first, as a table's names would be) are too few to be a table of
    their own and stay with the table."""
    path = _sheet(tmp_path / "spacer.xlsx", [
        ["Risk ID", "Title", "Owner", "Probability", "Impact", None, "Next Action",
         "Due Date"],
        ["R1", "Vendor late", "Ann", 4, 4, None, "Chase vendor", date(2026, 5, 1)],
        ["R2", "Skills gap", "Bob", 3, 3, None, "Book training", date(2026, 6, 1)],
    ])
    (t,) = _tables(store, path)
    assert (t["entity"], t["range"], t["rows"]) == ("risk", "A1:H3", 2)
    assert [c["column"] for c in t["columns"]] == list("ABCDEGH")
    v = _values(t)
    assert (v["R1"]["owner"], v["R1"]["due_date"]) == ("Ann", "2026-05-01")
    assert (v["R2"]["impact"], v["R2"]["due_date"]) == (3, "2026-06-01")


def test_empty_spacer_column_before_a_block_of_scores_is_one_table(store, tmp_path):
    """Three labels right of the spacer but nothing naming the rows (no ID, title or name,
    numbers down its first column): a block of the same records, not another table."""
    path = _sheet(tmp_path / "scores.xlsx", [
        ["Risk ID", "Title", "Owner", "Status", None, "Probability", "Impact", "Score"],
        ["R1", "Vendor late", "Ann", "Open", None, 4, 4, 16],
        ["R2", "Skills gap", "Bob", "Open", None, 3, 3, 9],
        ["R3", "Budget cut", "Cat", "Closed", None, 2, 5, 10],
    ])
    (t,) = _tables(store, path)
    assert (t["entity"], t["range"], t["rows"]) == ("risk", "A1:H4", 3)
    v = _values(t)
    assert (v["R3"]["probability"], v["R3"]["impact"], v["R3"]["status"]) == (2, 5, "closed")


def test_region_at_header_picks_the_side_table_over_a_column(tmp_path):
    gap = [None]
    path = _sheet(tmp_path / "two.xlsx", [
        RISK_HEAD + gap + ISSUE_HEAD,
        ["R1", "Vendor late", "Ann", 4, 4, "Penalty clause", date(2026, 5, 1), "Open"] + gap
        + ["I1", "Server outage", "Dan", "High", date(2026, 1, 2), "Failover", date(2026, 1, 9),
           "Closed"],
    ])
    (sheet,) = read_workbook(path).sheets
    assert [(g.first_col, g.last_col) for g in find_tables(sheet)] == [(0, 7), (9, 16)]
    assert (region_at_header(sheet, 1).first_col, region_at_header(sheet, 1).last_col) == (0, 7)
    right = region_at_header(sheet, 1, column=12)
    assert (right.first_col, right.last_col, right.last_row) == (9, 16, 2)
    assert sorted(right.headers) == list(range(9, 17))
