"""Headers "Project" and "Project Name" side by side: the name comes from the column that
says so; the bare word holds the codes, or is left out with a warning that says why."""

from __future__ import annotations

from pmo_desktop.importing.api import read_and_detect
from pmo_desktop.operations.imports import import_files
from tests.importing.conftest import write_book


def _fields(table):
    return {c.header: c.field for c in table.columns}


def test_project_name_is_the_name_and_project_holds_the_codes(tmp_path, store):
    path = write_book(tmp_path / "portfolio.xlsx", {"Projects": [
        ["Project", "Project Name", "Sponsor", "Status"],
        ["P-001", "Payroll upgrade", "Ana", "Green"],
        ["P-002", "CRM rollout", "Ben", "Amber"]]})
    table = read_and_detect(path)[0]
    assert _fields(table)["Project Name"] == "name"
    assert _fields(table)["Project"] == "code"
    result = import_files(store, [path], dry_run=False).value
    assert result.exit_code == 0
    names = {p["code"]: p["name"] for p in store.rows("project")}
    assert names["P-001"] == "Payroll upgrade" and names["P-002"] == "CRM rollout"


def test_either_order(tmp_path):
    path = write_book(tmp_path / "portfolio.xlsx", {"Projects": [
        ["Project Name", "Project", "Sponsor", "Status"],
        ["Payroll upgrade", "P-001", "Ana", "Green"],
        ["CRM rollout", "P-002", "Ben", "Amber"]]})
    table = read_and_detect(path)[0]
    assert _fields(table) == {"Project Name": "name", "Project": "code", "Sponsor": "sponsor",
                              "Status": "rag_overall"}


def test_a_bare_project_column_not_used_is_named_in_the_warnings(tmp_path, store):
    path = write_book(tmp_path / "portfolio.xlsx", {"Projects": [
        ["Project Code", "Project", "Project Name", "Sponsor", "Status"],
        ["P-001", "Payroll system upgrade", "Payroll upgrade", "Ana", "Green"],
        ["P-002", "CRM rollout phase 2", "CRM rollout", "Ben", "Amber"]]})
    table = read_and_detect(path)[0]
    fields = _fields(table)
    assert fields["Project Name"] == "name" and fields["Project Code"] == "code"
    assert fields["Project"] is None
    result = import_files(store, [path], dry_run=True).value.to_json()
    warnings = " ".join(result["files"][0]["tables"][0]["warnings"])
    assert "B 'Project'" in warnings and "C 'Project Name'" in warnings, warnings
