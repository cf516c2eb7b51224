"""A table whose kind is only a guess is held back, planned and shown but not written,
until a person names it (``accept``, ``kinds``, the wizard)."""

from __future__ import annotations

from pmo_desktop.importing.api import doubt_of, read_and_detect
from pmo_desktop.operations.imports import import_files
from pmo_desktop.operations.records import create
from tests.importing.conftest import FIXTURES, file_digest, write_book

# a real RAID log: each sheet opens with a document-control block ("Project Name",
# "Project Manager", "Document ID", "Version") over a summary of counts
C02 = FIXTURES / "more" / "C02_raid_log_4sheets.xlsx"

RISKS = [
    ["Risk ID", "Risk Description", "Owner", "Probability", "Impact", "Status"],
    ["R1", "Supplier late", "Ana", "High", "High", "Open"],
    ["R2", "Key person leaves", "Ben", "Low", "High", "Open"],
]

TOSS_UP = [  # nothing says whether these are risks or issues
    ["ID", "Description", "Owner", "Status"],
    ["1", "Supplier may deliver late", "Ana", "Open"],
    ["2", "Key person may leave", "Ben", "Open"],
]


def _project(store, code="PAY", name="Payroll upgrade", manager="Ana Lopes"):
    create(store, "project", {"code": code, "name": name, "manager": manager})


def _tables(out):
    return out["files"][0]["tables"]


def test_a_title_block_on_a_risk_sheet_does_not_touch_the_project(tmp_path, store):
    _project(store)
    result = import_files(store, [str(C02)], dry_run=False, project_code="PAY").value
    tables = _tables(result.to_json())
    held = [t for t in tables if t.get("held")]
    assert {t["sheet"] for t in held} == {"Risks", "Assumptions", "Issues", "Dependencies"}
    assert all(t["entity"] == "project" and t["records"] == [] and t["rows"] > 0
               for t in held)
    assert "names risk records, and only 2 of" in held[0]["held"]
    assert any("--accept 'Risks'" in w for w in held[0]["warnings"])
    risks = next(t for t in tables if t["entity"] == "risk")
    assert risks["created"] > 0 and "held" not in risks
    projects = store.rows("project")
    assert [(p["name"], p["manager"]) for p in projects] == [("Payroll upgrade", "Ana Lopes")]


def test_accept_imports_a_held_table_as_it_was_read(tmp_path, store):
    _project(store)
    out = import_files(store, [str(C02)], dry_run=True, project_code="PAY",
                       accept=["risks"]).value.to_json()
    sheets = {t["sheet"] for t in _tables(out) if t.get("held")}
    assert sheets == {"Assumptions", "Issues", "Dependencies"}  # the other sheets still wait
    assert any(t["sheet"] == "Risks" and t["entity"] == "project" and t["records"]
               for t in _tables(out))


def test_a_toss_up_between_kinds_names_both_and_waits_for_a_person(tmp_path, store):
    _project(store)
    path = write_book(tmp_path / "log.xlsx", {"Sheet1": TOSS_UP})
    table = read_and_detect(path)[0]
    doubt = doubt_of(table)
    assert doubt and table.entity in doubt
    runner = sorted(table.scores, key=lambda e: -table.scores[e])
    assert any(e in doubt for e in runner if e != table.entity)
    before = file_digest(tmp_path / "p.pmo")
    out = import_files(store, [path], dry_run=False, project_code="PAY").value
    assert _tables(out.to_json())[0]["held"] == doubt
    assert out.batch is None
    assert file_digest(tmp_path / "p.pmo") == before  # nothing written at all
    named = import_files(store, [path], dry_run=True, project_code="PAY",
                         kinds={"Sheet1": "issue"}).value.to_json()
    assert _tables(named)[0]["entity"] == "issue" and len(_tables(named)[0]["records"]) == 2


def test_accept_naming_a_sheet_no_file_has_writes_nothing(tmp_path, store):
    path = write_book(tmp_path / "log.xlsx", {"Sheet1": TOSS_UP})
    out = import_files(store, [path], dry_run=False, accept=["Risks"]).value
    assert out.exit_code == 2
    assert "--accept: no sheet named 'Risks' in the files (their sheets: Sheet1)" in \
        out.files[0].error


def test_a_clear_table_is_not_in_doubt(tmp_path):
    path = write_book(tmp_path / "risks.xlsx", {"Risk register": RISKS})
    table = read_and_detect(path)[0]
    assert table.entity == "risk" and doubt_of(table) == ""


def test_an_accepted_project_list_without_names_rejects_its_rows_instead_of_failing(
        tmp_path, store):
    # read as projects (codes, descriptions, managers) once accepted: a new project needs
    # a name, so each row is rejected with where and why, and nothing is written
    path = write_book(tmp_path / "log.xlsx", {"Sheet1": TOSS_UP})
    before = file_digest(tmp_path / "p.pmo")
    out = import_files(store, [path], dry_run=False, accept=["Sheet1"]).value
    table = _tables(out.to_json())[0]
    assert table["entity"] == "project"
    assert [(r["row"], r["column"], r["reason"]) for r in table["rejected"]] == [
        (2, "A", "no name for the new project '1'"), (3, "A", "no name for the new project '2'")]
    assert out.exit_code == 0 and out.batch is None
    assert file_digest(tmp_path / "p.pmo") == before


BENEFITS = [  # a benefits sheet: its "Benefit name" reads as a project's name only weakly
    ["Code", "Benefit name", "Manager"],
    ["PAY", "Faster month-end close", "Ben Okafor"],
]


def test_a_weakly_matched_name_column_does_not_rename_a_stored_project(tmp_path, store):
    _project(store)
    path = write_book(tmp_path / "benefits.xlsx", {"Sheet1": BENEFITS})
    out = import_files(store, [path], dry_run=False, accept=["Sheet1"]).value.to_json()
    table = _tables(out)[0]
    (record,) = table["records"]
    assert record["changes"] == {"manager": {"old": "Ana Lopes", "new": "Ben Okafor"}}
    assert any(w.startswith("Held back, not changed: 1 stored name") and
               "'Payroll upgrade' (row 2: reads 'Faster month-end close', and column B "
               "'Benefit name' is the name only by a weak match)" in w
               for w in table["warnings"])
    assert [(p["name"], p["manager"]) for p in store.rows("project")] == \
        [("Payroll upgrade", "Ben Okafor")]


def test_a_name_column_mapped_by_hand_renames(tmp_path, store):
    from pmo_desktop.importing.api import change_field
    from pmo_desktop.operations.imports import plan_import

    _project(store)
    path = write_book(tmp_path / "benefits.xlsx", {"Sheet1": BENEFITS})
    (table,) = read_and_detect(path, store=store)
    change_field(table, 1, "name")  # the person says column B is the project's name
    plan = plan_import(store, [table], project_code=None)
    (record,) = plan.tables[0].records
    assert record.changes["name"] == ("Payroll upgrade", "Faster month-end close")
    assert not record.warnings


def test_an_update_shows_every_value_the_record_holds_once_applied(tmp_path, store):
    # the record's values are the tracker's, unchanged ones too; its changes what moves
    _project(store)
    path = write_book(tmp_path / "list.xlsx", {"Projects": [
        ["Project code", "Project name", "Project manager", "RAG"],
        ["PAY", "Payroll upgrade", "Ben Okafor", "Amber"],
    ]})
    out = import_files(store, [path], dry_run=True).value.to_json()
    (record,) = _tables(out)[0]["records"]
    assert record["action"] == "update"
    assert record["values"]["name"] == "Payroll upgrade"  # as stored: unchanged
    assert record["values"]["manager"] == "Ben Okafor"
    assert record["values"]["code"] == "PAY"
    assert "name" not in record["changes"]
    assert record["changes"]["manager"] == {"old": "Ana Lopes", "new": "Ben Okafor"}


def test_an_update_with_a_name_held_back_shows_the_stored_name(tmp_path, store):
    _project(store)
    path = write_book(tmp_path / "benefits.xlsx", {"Sheet1": BENEFITS})
    out = import_files(store, [path], dry_run=True, accept=["Sheet1"]).value.to_json()
    (record,) = _tables(out)[0]["records"]
    assert record["values"]["name"] == "Payroll upgrade"
    assert record["values"]["manager"] == "Ben Okafor"


def _schedule_export() -> list[list]:
    """A plan as a scheduler exports it: ID, WBS, indented names, '11d' durations, real
    dates, '%' as text, predecessors, resource names; summaries, zero-day milestones."""
    from datetime import datetime, timedelta

    day = datetime(2026, 1, 19)
    rows: list[list] = [["Warehouse rollout – detailed plan"], ["Status date 06-Mar-2026"], [],
                        ["ID", "WBS", "Task Name", "Duration", "Start", "Finish",
                         "% Complete", "Predecessors", "Resource Names", "Notes"]]
    n = 0
    for phase in range(1, 5):
        n += 1
        rows.append([n, str(phase), f"Phase {phase}", "15d", day, day + timedelta(days=20),
                     "50%", None, None, None])
        for step in range(1, 4):
            n += 1
            start = day + timedelta(days=5 * (step - 1))
            rows.append([n, f"{phase}.{step}", f"   Step {phase}.{step}", "5d", start,
                         start + timedelta(days=4), "40%", str(n - 1) if step > 1 else None,
                         "Ana Lopes;Ben Okafor", None])
        n += 1
        end = day + timedelta(days=20)
        rows.append([n, f"{phase}.4", f"   Phase {phase} sign-off", "0d", end, end, "0%",
                     str(n - 1), "Ana Lopes", None])
        day += timedelta(days=21)
    return rows


def test_a_plan_with_zero_day_milestones_is_not_held_as_a_guess(tmp_path, store):
    # read as milestones (its zero-day rows) and, every row, as tasks: the plan's own
    # evidence (dates, durations, WBS, predecessors) is what decides, not how close
    # milestones and projects came
    _project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Task_Table": _schedule_export()})
    (table,) = read_and_detect(path, store=store)
    assert doubt_of(table) == ""
    out = import_files(store, [path], dry_run=True, project_code="PAY").value.to_json()
    kinds = {t["entity"]: t for t in _tables(out)}
    assert "held" not in kinds["task"] and kinds["task"]["rows"] == 20
    assert kinds["milestone"]["rows"] == 4
