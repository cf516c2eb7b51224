"""An import creates projects only when asked: a project list creates what it lists; any
other row naming a project the portfolio does not hold is rejected unless the import may
create projects (all of them, or those named)."""

from __future__ import annotations

import pytest

from pmo_desktop.importing.api import read_and_detect, rejections
from pmo_desktop.operations.imports import import_files
from pmo_desktop.importing.plan import plan_tables

from .conftest import write_book

RISKS = [["Risk ID", "Project", "Title", "Owner", "Probability", "Impact"],
         ["R1", "Apollo", "Supplier late", "Ann", 3, 4],
         ["R2", "Apollo", "Budget cut", "Ben", 2, 5],
         ["R3", "ACME", "Key person leaves", "Cy", 2, 3],
         ["R4", "Zephyr", "Data loss", "Di", 1, 5],
         ["R5", None, "No project named", "Ed", 1, 1]]


@pytest.fixture
def acme(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": "ACME", "name": "Acme roll-out"})
    return store


def _risks(tmp_path) -> str:
    return write_book(tmp_path / "raid.xlsx", {"Risks": RISKS})


def _table(result):
    (t,) = [t for t in result.to_json()["files"][0]["tables"] if t["entity"]]
    return t


def test_rows_naming_an_unknown_project_are_rejected_and_nothing_is_created(acme, tmp_path):
    path = _risks(tmp_path)
    result = import_files(acme, [path], dry_run=False).value
    t = _table(result)
    assert [r["values"]["ref"] for r in t["records"]] == ["R3"]
    assert [(r["row"], r["column"], r["reason"]) for r in t["rejected"]] == [
        (2, "B", "project 'Apollo' is not in the portfolio (use --create-projects to add it)"),
        (3, "B", "project 'Apollo' is not in the portfolio (use --create-projects to add it)"),
        (5, "B", "project 'Zephyr' is not in the portfolio (use --create-projects to add it)"),
        (6, "B", "no project: the row's project cell is empty; name the project of such "
                 "rows (--project CODE)")]
    assert t["new_projects"] == [
        {"name": "Apollo", "code": "APOLLO", "rows": 2, "created": False},
        {"name": "Zephyr", "code": "ZEPHYR", "rows": 1, "created": False}]
    assert [p["code"] for p in acme.rows("project")] == ["ACME"]
    assert "parents" not in t


def test_with_a_default_project_the_column_still_cannot_create_projects(acme, tmp_path):
    """--project names the project of rows that name none; it allows no other project."""
    t = _table(import_files(acme, [_risks(tmp_path)], dry_run=False, project_code="ACME").value)
    assert sorted(r["values"]["ref"] for r in t["records"]) == ["R3", "R5"]
    assert [r["row"] for r in t["rejected"]] == [2, 3, 5]
    assert [p["code"] for p in acme.rows("project")] == ["ACME"]


def test_create_projects_creates_them_once(acme, tmp_path):
    result = import_files(acme, [_risks(tmp_path)], dry_run=False, project_code="ACME",
                          create_projects=True).value
    t = _table(result)
    assert t["rejected"] == [] and t["created"] == 5
    assert [(p["code"], p["rows"], p["created"]) for p in t["new_projects"]] == [
        ("APOLLO", 2, True), ("ZEPHYR", 1, True)]
    assert sorted(p["code"] for p in acme.rows("project")) == ["ACME", "APOLLO", "ZEPHYR"]
    apollo = acme.project_id("APOLLO")
    assert len(acme.rows("risk", "project_id = ?", [apollo])) == 2


def test_only_the_projects_named_may_be_created(acme, tmp_path):
    tables = read_and_detect(_risks(tmp_path), store=acme)
    plan = plan_tables(acme, tables, project_code="ACME", create_projects={"apollo"},
                       hints={"new_project": "tick it to add it"})
    (tp,) = [tp for tp in plan.tables if tp.entity]
    assert [r.key for r in tp.records] == ["R1", "R2", "R3", "R5"]
    assert tp.rejected == [(5, "B", "project 'Zephyr' is not in the portfolio "
                                     "(tick it to add it)")]
    assert [(p.code, p.created) for p in plan.new_projects()] == [("APOLLO", True),
                                                                  ("ZEPHYR", False)]
    assert [p.key for p in plan.parents] == ["APOLLO"]


def test_a_project_list_creates_its_projects_and_the_raid_log_beside_it_uses_them(
        store, tmp_path):
    """The RAID log comes first in the file; the project list still creates its projects
    first, and the log's rows attach to them (nothing is asked of the user)."""
    path = write_book(tmp_path / "portfolio.xlsx", {
        "Risks": RISKS[:3],
        "Projects": [["Project Code", "Project Name", "Manager"],
                     ["APL", "Apollo", "Ann"], ["GEM", "Gemini", "Ben"]]})
    result = import_files(store, [path], dry_run=False).value
    risks, projects = [t for t in result.to_json()["files"][0]["tables"]]
    assert (projects["entity"], projects["created"]) == ("project", 2)
    assert (risks["created"], risks["rejected"], risks["new_projects"]) == (2, [], [])
    assert sorted(p["code"] for p in store.rows("project")) == ["APL", "GEM"]
    assert len(store.rows("risk", "project_id = ?", [store.project_id("APL")])) == 2


def test_rejections_name_the_commonest_reason(acme, tmp_path):
    plan = import_files(acme, [_risks(tmp_path)], dry_run=True).value.plan
    why = rejections(plan.tables)
    assert (why.rows, why.kind, why.count, why.detail) == (4, "new_project", 3,
                                                           "'Apollo', 'Zephyr'")
    no_column = write_book(tmp_path / "log.xlsx", {"Risks": [
        ["Risk ID", "Title", "Owner"], ["R1", "A", "Ann"], ["R2", "B", "Ben"]]})
    why = rejections(import_files(acme, [no_column], dry_run=True).value.plan.tables)
    assert (why.rows, why.kind, why.count) == (2, "no_project", 2)
    assert rejections(import_files(acme, [no_column], dry_run=True,
                                   project_code="ACME").value.plan.tables) is None


def test_a_sheet_per_project_of_the_same_imports_project_list_holds_that_projects_rows(
        acme, tmp_path):
    """A programme workbook: a project list, then one sheet per project named by its code
    or its name; each sheet's milestones belong to its project, not to --project."""
    plan = [["Milestone", "Baseline", "Forecast"],
            ["Project brief approved", "2025-01-10", "2025-01-17"],
            ["Design team appointed", "2025-02-14", "2025-02-14"]]
    path = write_book(tmp_path / "programme.xlsx", {
        "Dashboard": [["Ref", "Project", "Project Manager"],
                      ["EC-101", "Library roof", "Sarah Adeyemi"],
                      ["EC-102", "Fume cupboards", "Yusuf Khan"]],
        "EC-101": plan, "Fume cupboards": plan})
    result = import_files(acme, [path], dry_run=False, project_code="ACME").value
    assert not result.to_json()["files"][0]["error"]
    by_code = {p["id"]: p["code"] for p in acme.rows("project")}
    got = sorted((by_code[m["project_id"]], m["name"]) for m in acme.rows("milestone"))
    assert got == [("EC-101", "Design team appointed"), ("EC-101", "Project brief approved"),
                   ("EC-102", "Design team appointed"), ("EC-102", "Project brief approved")]
