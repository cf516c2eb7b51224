"""Exports and team templates over a real demo portfolio, read back with openpyxl and
imported again."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from pmo_desktop.domain.team_template import LISTS_SHEET, META_SHEET
from pmo_desktop.operations.exports import ExportError, export_portfolio, export_template
from pmo_desktop.operations.imports import import_files
from pmo_desktop.operations.registers import list_records
from pmo_desktop.store import Store

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def _plan(store: Store, path: Path) -> dict[str, list[tuple[str, str, dict]]]:
    """entity → (action, key, changes) of every record that is not unchanged."""
    report = import_files(store, [str(path)], dry_run=True).value
    assert report.exit_code == 0, [f.error for f in report.files]
    out: dict[str, list[tuple[str, str, dict]]] = {}
    for t in report.plan.tables:
        assert not t.rejected, t.rejected
        for r in t.records:
            if r.action != "unchanged":
                out.setdefault(t.entity or "", []).append((r.action, r.key, r.changes))
    return out


def test_portfolio_workbook_has_every_register(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = export_portfolio(store, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["Projects", "Milestones", "Tasks"]
    assert {"Risks", "Issues", "Resources", "Allocations", "Financials", "Change log"} <= set(
        wb.sheetnames)
    projects = list_records(store, "project")
    ws = wb["Projects"]
    assert ws.max_row == len(projects) + 1 == result.counts["Projects"] + 1
    headers = [c.value for c in ws[1]]
    first = projects[0]
    assert ws.cell(row=2, column=headers.index("Code") + 1).value == first["code"]
    bac = ws.cell(row=2, column=headers.index("Budget (BAC)") + 1)
    assert bac.value == pytest.approx(first["bac"]) and "£" in bac.number_format
    start = ws.cell(row=2, column=headers.index("Start baseline") + 1)
    assert start.is_date and start.value.date().isoformat() == first["start_baseline"]
    rag = ws.cell(row=2, column=headers.index("RAG overall") + 1)
    assert rag.value == first["rag_overall"].capitalize() and rag.fill.fill_type == "solid"
    assert wb["Risks"].freeze_panes == "A2" and wb["Risks"].auto_filter.ref
    # enumerated fields in the words the app shows, not their stored codes
    state = {p["code"]: p["state"] for p in projects}
    column = headers.index("State") + 1
    shown = {ws.cell(row=n, column=1 + headers.index("Code")).value:
             ws.cell(row=n, column=column).value for n in range(2, ws.max_row + 1)}
    assert shown == {code: (s or "").replace("_", " ").capitalize() or None
                     for code, s in state.items()}
    assert "Active" in shown.values() and "active" not in shown.values()


def test_one_register_to_csv_and_refusals(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "risks.csv"
    result = export_portfolio(store, out, "risk")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == result.counts["Risks"] + 1 == len(list_records(store, "risk")) + 1
    assert lines[0].startswith("Project,Ref,Title")
    rows = list(csv.reader(lines))
    words = {row[rows[0].index("Status")] for row in rows[1:]}
    assert "Open" in words and "open" not in words
    with pytest.raises(ExportError, match="one table"):
        export_portfolio(store, tmp_path / "all.csv")
    with pytest.raises(ExportError, match="not something to export"):
        export_portfolio(store, tmp_path / "x.xlsx", "widgets")
    with pytest.raises(ExportError, match=".xlsx or .csv"):
        export_portfolio(store, tmp_path / "x.pdf")


def _template(store: Store, tmp_path: Path) -> tuple[Path, str]:
    code = list_records(store, "project")[0]["code"]
    out = tmp_path / "team.xlsx"
    export_template(store, out, code)
    return out, code


def test_template_has_lists_and_a_very_hidden_signed_sheet(store: Store, tmp_path: Path) -> None:
    out, code = _template(store, tmp_path)
    wb = openpyxl.load_workbook(out)
    assert wb[META_SHEET].sheet_state == "veryHidden"
    assert wb[LISTS_SHEET].sheet_state == "veryHidden"
    meta = {r[0].value: r[1].value for r in wb[META_SHEET].iter_rows()}
    assert meta["scope"] == code and meta["version"] == "1" and len(meta["signature"]) == 64
    ws = wb["Risks"]
    headers = [c.value for c in ws[1]]
    validated = {ws.cell(row=1, column=int(openpyxl.utils.column_index_from_string(
        str(dv.sqref).split(":")[0].rstrip("0123456789")))).value: dv
        for dv in ws.data_validations.dataValidation}
    for name in ("Status", "Priority", "Escalation", "Response", "Trend"):
        assert validated[name].type == "list", name
    assert validated["Probability"].type == "whole"
    assert {"Status", "Probability"} <= set(headers)
    assert all(c.value == code for c in ws["A"][1:])  # only this project's risks


def test_untouched_template_changes_nothing(store: Store, tmp_path: Path) -> None:
    out, _code = _template(store, tmp_path)
    assert _plan(store, out) == {}


def test_template_round_trip_changes_exactly_what_the_team_changed(
        store: Store, tmp_path: Path) -> None:
    out, code = _template(store, tmp_path)
    wb = openpyxl.load_workbook(out)

    def cell(sheet: str, header: str, row: int = 2) -> openpyxl.cell.Cell:
        ws = wb[sheet]
        return ws.cell(row=row, column=[c.value for c in ws[1]].index(header) + 1)

    risk_ref = cell("Risks", "Ref").value
    risks_list = next(dv for dv in wb["Risks"].data_validations.dataValidation
                      if dv.type == "list" and str(dv.sqref).startswith(
                          openpyxl.utils.get_column_letter(
                              [c.value for c in wb["Risks"][1]].index("Status") + 1)))
    lists = wb[LISTS_SHEET]
    column = risks_list.formula1.split("!")[1].split(":")[0].replace("$", "").rstrip("0123456789")
    offered = [c.value for c in lists[column] if c.value]
    assert "Closed" in offered and "closed" not in offered  # the drop-down's words
    cell("Risks", "Status").value = "Closed"  # picked from the list
    title = cell("Risks", "Title")
    title.value = "=Edited by the team"  # typed as text (a formula-looking title)
    title.data_type = "s"
    milestone = cell("Milestones", "Name").value
    cell("Milestones", "Forecast date").value = __import__("datetime").datetime(2027, 6, 30)
    cell("Projects", "RAG overall").value = "Red"
    wb.save(out)

    plan = _plan(store, out)
    assert set(plan) == {"risk", "milestone", "project"}
    (action, key, changes), = plan["risk"]
    assert action == "update" and key.endswith(risk_ref)
    assert changes["status"][1] == "closed"
    assert changes["title"][1] == "=Edited by the team"
    assert set(changes) == {"status", "title"}
    (action, key, changes), = plan["milestone"]
    assert key.endswith(milestone) and set(changes) == {"forecast_date"}
    assert changes["forecast_date"][1] == "2027-06-30"
    (action, key, changes), = plan["project"]
    assert key == code and set(changes) == {"rag_overall"} and changes["rag_overall"][1] == "red"

    result = import_files(store, [str(out)], dry_run=False)
    assert result.batch_id is not None
    assert {k for e, _, k in result.updated} >= {code}
    risk = next(r for r in list_records(store, "risk", project=code) if r["ref"] == risk_ref)
    assert risk["status"] == "closed" and risk["title"] == "=Edited by the team"
    assert next(p for p in list_records(store, "project") if p["code"] == code)[
        "rag_overall"] == "red"
    assert _plan(store, out) == {}  # imported again: nothing more to change


def test_forged_template_is_not_trusted(store: Store, tmp_path: Path) -> None:
    out, _code = _template(store, tmp_path)
    wb = openpyxl.load_workbook(out)
    meta = wb[META_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "sheets":  # point the Risks sheet at the projects
            row[1].value = row[1].value.replace('"entity":"risk"', '"entity":"project"')
    wb.save(out)
    from pmo_desktop.importing.api import read_and_detect
    tables = read_and_detect(str(out), store=store)
    risks = next(t for t in tables if t.sheet == "Risks")
    assert risks.entity == "risk" and not risks.profile  # detected as usual, not mapped
    assert all(t.sheet not in (META_SHEET, LISTS_SHEET) for t in tables)


def test_template_for_a_programme_and_a_person(store: Store, tmp_path: Path) -> None:
    projects = list_records(store, "project")
    programme = projects[0]["programme"]
    result = export_template(store, tmp_path / "p.xlsx", programme)
    assert result.counts["Projects"] == sum(p["programme"] == programme for p in projects)
    manager = projects[0]["manager"]
    result = export_template(store, tmp_path / "m.xlsx", manager)
    assert result.counts["Projects"] >= 1
    with pytest.raises(ExportError, match="no project code"):
        export_template(store, tmp_path / "x.xlsx", "Nobody At All")


def test_the_new_tracker_fields_go_out_and_come_back(store: Store, tmp_path: Path) -> None:
    """Migration 10's fields (issue 14) are exported with their entity's other fields, and
    a team template's edit of each comes back as that field."""
    out, code = _template(store, tmp_path)
    wb = openpyxl.load_workbook(out)

    def cell(sheet: str, header: str) -> openpyxl.cell.Cell:
        ws = wb[sheet]
        return ws.cell(row=2, column=[c.value for c in ws[1]].index(header) + 1)

    cell("Projects", "Location").value = "Leeds"
    cell("Risks", "Cost impact").value = 25000
    cell("Tasks", "Priority").value = "High"
    wb.save(out)
    plan = _plan(store, out)
    assert {e: set(changes) for e, [(_a, _k, changes)] in plan.items()} == {
        "project": {"location"}, "risk": {"impact_cost"}, "task": {"priority"}}
    assert plan["risk"][0][2]["impact_cost"][1] == 25000.0
    assert plan["task"][0][2]["priority"][1] == "high"

    whole = tmp_path / "all.xlsx"
    export_portfolio(store, whole)
    book = openpyxl.load_workbook(whole, read_only=True)
    headers = {name: [c.value for c in next(book[name].iter_rows(max_row=1))]
               for name in ("Projects", "Risks", "Issues", "Tasks", "Lessons")}
    assert "Location" in headers["Projects"] and "Priority" in headers["Tasks"]
    assert "Cost impact" in headers["Risks"] and "Cost impact" in headers["Issues"]
    assert {"Owner", "Logged by"} <= set(headers["Lessons"])
