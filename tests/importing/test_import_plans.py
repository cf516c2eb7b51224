"""Excel plans import as tasks: every row a task with its hierarchy (WBS, outline level,
section rows, merged phase labels, phase columns), dates from start + finish or start +
duration, predecessors in canonical form; milestones as before; re-import stable."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from pmo_desktop.operations.imports import import_files

from .conftest import write_book

PROJECT = "PLN"


def _store_with_project(store):
    with store.write(source="test") as tx:
        tx.create("project", {"code": PROJECT, "name": "Plan project"})
    return store


def _run(store, path, dry_run=True, **kw):
    result = import_files(store, [str(path)], dry_run=dry_run, project_code=PROJECT, **kw)
    data = result.value.to_json()
    assert result.value.exit_code == 0, data["files"][0]["error"]
    return data["files"][0]


def _tasks(file_json):
    """The task table of a plan: nested under its milestone table, or on its own."""
    for t in file_json["tables"]:
        if t["entity"] == "task":
            return t
        if t.get("tasks"):
            return t["tasks"]
    raise AssertionError("no tasks: " + str([t["entity"] for t in file_json["tables"]]))


def _by_name(tasks):
    return {r["values"]["name"]: r["values"] for r in tasks["records"]}


def _stored(store):
    return {r["ref"]: r for r in store.rows("task", "project_id = ?", [store.project_id(PROJECT)])}


WBS_PLAN = [
    ["WBS", "Task Name", "Start", "Duration", "Finish", "% Complete", "Predecessors"],
    ["1", "Discovery", "05/01/2026", "", "", "", ""],
    ["1.1", "Interviews", "05/01/2026", "5d", "", "100%", ""],
    ["1.2", "Findings report", "", "3 wks", "06/02/2026", "50%", "1.1FS+2d"],
    ["2", "Build", "09/02/2026", "", "", "", ""],
    ["2.1", "Sprint 1", "09/02/2026", "10 days", "", "0%", "1.2"],
    ["2.1.1", "API", "09/02/2026", "", "13/02/2026", "0%", "2.1SS"],
    ["2.2", "Go-live", "23/02/2026", "0", "23/02/2026", "", "2.1; 2.1.1FF-1d"],
]


def test_wbs_plan_gives_hierarchy_dates_from_durations_and_canonical_links(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    f = _run(store, path)
    tasks = _tasks(f)
    assert tasks["rows"] == 7 and tasks["created"] == 7 and tasks["rejected"] == []
    got = _by_name(tasks)
    assert [r["values"]["ref"] for r in tasks["records"]] == [
        "1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.2"]
    assert got["Interviews"]["parent_ref"] == "1" and got["Interviews"]["outline_level"] == 2
    assert got["API"]["parent_ref"] == "2.1" and got["API"]["outline_level"] == 3
    assert got["Discovery"]["is_summary"] == 1 and got["Sprint 1"]["is_summary"] == 1
    assert got["Interviews"]["is_summary"] == 0 and "parent_ref" not in got["Build"]
    # start + duration → finish (working days); finish + duration → start
    assert got["Interviews"]["finish_forecast"] == "2026-01-09"
    assert got["Findings report"]["start_forecast"] == "2026-01-19"
    assert got["Sprint 1"]["finish_forecast"] == "2026-02-20"
    assert got["API"]["duration_days"] == 5.0  # from its dates
    assert got["Interviews"]["status"] == "complete" and got["Findings report"]["status"] == \
        "in_progress"
    assert got["Findings report"]["predecessors"] == "1.1FS+2d"
    assert got["API"]["predecessors"] == "2.1SS"
    assert got["Go-live"]["predecessors"] == "2.1; 2.1.1FF-1d"
    assert got["Go-live"]["is_milestone"] == 1 and got["API"]["is_milestone"] == 0
    assert [r["values"]["sort_order"] for r in tasks["records"]] == list(range(1, 8))
    # the zero-day row is a milestone as well, as before
    (m,) = [t for t in f["tables"] if t["entity"] == "milestone"]
    assert [r["values"]["name"] for r in m["records"]] == ["Go-live"]


def test_reimport_changes_nothing_and_an_edited_date_updates_exactly_that_task(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    first = _run(store, path, dry_run=False)
    assert _tasks(first)["created"] == 7
    before = _stored(store)
    assert before["2.1.1"]["finish_forecast"] == "2026-02-13"
    again = _run(store, path, dry_run=False)
    assert (_tasks(again)["created"], _tasks(again)["updated"], _tasks(again)["unchanged"]) \
        == (0, 0, 7)
    assert _stored(store) == before
    rows = [list(r) for r in WBS_PLAN]
    rows[6][4] = "20/02/2026"  # API now finishes a week later
    write_book(path, {"Project plan": rows})
    edited = _tasks(_run(store, path, dry_run=False))
    assert (edited["created"], edited["updated"], edited["unchanged"]) == (0, 1, 6)
    (change,) = [r for r in edited["records"] if r["action"] == "update"]
    assert change["key"] == "2.1.1" and set(change["changes"]) == {"finish_forecast",
                                                                    "duration_days"}
    after = _stored(store)
    assert after["2.1.1"]["finish_forecast"] == "2026-02-20"
    assert {k: v for k, v in after.items() if k != "2.1.1"} == \
        {k: v for k, v in before.items() if k != "2.1.1"}


SECTION_PLAN = [
    ["Activity", "Owner", "Start date", "End date", "Progress"],
    ["Phase 1 – Mobilise"],
    ["Kick-off workshop", "Ann", datetime(2026, 3, 2), datetime(2026, 3, 2), 1],
    ["Team on-boarding", "Raj", datetime(2026, 3, 3), datetime(2026, 3, 13), 0.5],
    ["Phase 2 – Deliver"],
    ["Build release 1", "Ann", datetime(2026, 3, 16), datetime(2026, 4, 30), 0],
    ["Release 1 live", "Raj", datetime(2026, 5, 1), datetime(2026, 5, 1), 0],
]


def test_section_rows_become_summary_tasks_that_own_the_rows_under_them(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "sections.xlsx", {"Plan": SECTION_PLAN})
    tasks = _tasks(_run(store, path))
    recs = [(r["values"]["ref"], r["values"]["name"], r["values"].get("parent_ref"),
             r["values"]["is_summary"]) for r in tasks["records"]]
    assert recs == [
        ("1", "Phase 1 – Mobilise", None, 1), ("1.1", "Kick-off workshop", "1", 0),
        ("1.2", "Team on-boarding", "1", 0), ("2", "Phase 2 – Deliver", None, 1),
        ("2.1", "Build release 1", "2", 0), ("2.2", "Release 1 live", "2", 0)]
    got = _by_name(tasks)
    assert got["Team on-boarding"]["owner"] == "Raj"
    assert got["Team on-boarding"]["duration_days"] == 9.0
    assert got["Team on-boarding"]["pct_complete"] == 0.5


def test_merged_phase_labels_over_the_row_are_sections_too(store, tmp_path):
    _store_with_project(store)
    path = tmp_path / "merged.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Gantt"
    for row in SECTION_PLAN:
        ws.append(row)
    ws.merge_cells("A2:E2")
    ws.merge_cells("A5:E5")
    wb.save(path)
    tasks = _tasks(_run(store, path))
    heads = [r["values"]["name"] for r in tasks["records"] if r["values"]["is_summary"]]
    assert heads == ["Phase 1 – Mobilise", "Phase 2 – Deliver"]
    assert _by_name(tasks)["Release 1 live"]["parent_ref"] == "2"


def test_a_phase_column_merged_down_its_rows_groups_them(store, tmp_path):
    _store_with_project(store)
    path = tmp_path / "phases.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Phase", "Task", "Start", "Finish", "% Complete"])
    ws.append(["Design", "Wireframes", "2026-04-01", "2026-04-10", "100%"])
    ws.append([None, "Prototype", "2026-04-13", "2026-04-24", "40%"])
    ws.append(["Build", "Front end", "2026-04-27", "2026-05-29", "0%"])
    ws.append([None, "Back end", "2026-04-27", "2026-06-05", "0%"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("A4:A5")
    wb.save(path)
    tasks = _tasks(_run(store, path))
    recs = [(r["values"]["ref"], r["values"]["name"], r["values"].get("parent_ref"))
            for r in tasks["records"]]
    assert recs == [("1", "Design", None), ("1.1", "Wireframes", "1"),
                    ("1.2", "Prototype", "1"), ("2", "Build", None), ("2.1", "Front end", "2"),
                    ("2.2", "Back end", "2")]


def test_an_outline_level_column_gives_the_hierarchy(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "outline.xlsx", {"Tasks": [
        ["ID", "Name", "Outline Level", "Start", "Finish", "Predecessors"],
        [10, "Plan", 1, "2026-01-05", "2026-01-30", None],
        [11, "Scope", 2, "2026-01-05", "2026-01-09", None],
        [12, "Sign-off", 3, "2026-01-09", "2026-01-09", "11"],
        [13, "Schedule", 2, "2026-01-12", "2026-01-30", "11FS+1d"],
        [20, "Close", 1, "2026-02-02", "2026-02-06", "10"],
    ]})
    tasks = _tasks(_run(store, path))
    got = {r["values"]["ref"]: r["values"] for r in tasks["records"]}
    assert [got[r].get("parent_ref") for r in ("10", "11", "12", "13", "20")] == [
        None, "10", "11", "10", None]
    assert [got[r]["outline_level"] for r in ("10", "11", "12", "13", "20")] == [1, 2, 3, 2, 1]
    assert got["13"]["predecessors"] == "11FS+1d" and got["12"]["predecessors"] == "11"


def test_dates_as_text_in_many_forms(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "textdates.xlsx", {"Schedule": [
        ["Task", "Start", "End", "Duration"],
        ["A", "Mon 02/03/26", "06/03/2026", "5d"],
        ["B", "9 March 2026", "13-Mar-2026", "1 wk"],
        ["C", "2026-03-16", "20.03.2026", "5 days"],
        ["D", "23/Mar/26 12:00 AM", "", "2 days"],
    ]})
    got = _by_name(_tasks(_run(store, path)))
    assert [(got[n]["start_forecast"], got[n]["finish_forecast"]) for n in "ABCD"] == [
        ("2026-03-02", "2026-03-06"), ("2026-03-09", "2026-03-13"),
        ("2026-03-16", "2026-03-20"), ("2026-03-23", "2026-03-24")]


def test_a_list_of_dated_items_without_plan_columns_is_not_a_plan(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "milestones.xlsx", {"Milestones": [
        ["Milestone", "Due date", "Owner"],
        ["Design approved", "2026-03-01", "Ann"], ["Go-live", "2026-06-01", "Raj"]]})
    f = _run(store, path)
    assert [t["entity"] for t in f["tables"]] == ["milestone"]
    assert "tasks" not in f["tables"][0]


def test_roll_up_sets_the_projects_dates_only_when_asked(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    plain = _run(store, path)
    assert all(t["entity"] != "project" for t in plain["tables"])
    f = _run(store, path, roll_up_plan=True)
    (up,) = [t for t in f["tables"] if t["entity"] == "project"]
    (rec,) = up["records"]
    assert rec["action"] == "update" and rec["key"] == PROJECT
    # leaves: Interviews 5 d at 100 %, Findings 15 d at 50 %, API 5 d at 0 %, Go-live 0 d
    assert rec["changes"] == {
        "start_forecast": {"old": None, "new": "2026-01-05"},
        "finish_forecast": {"old": None, "new": "2026-02-23"},
        "pct_complete": {"old": None, "new": round((5 + 7.5) / 25, 4)}}
    assert "rolled up from the plan" in up["warnings"][0]
    project = store.rows("project", "code = ?", [PROJECT])[0]
    assert project["start_forecast"] is None  # a dry run
    _run(store, path, dry_run=False)
    assert store.rows("project", "code = ?", [PROJECT])[0]["finish_forecast"] is None
    _run(store, path, dry_run=False, roll_up_plan=True)
    project = store.rows("project", "code = ?", [PROJECT])[0]
    assert (project["start_forecast"], project["finish_forecast"], project["pct_complete"]) \
        == ("2026-01-05", "2026-02-23", 0.5)


def test_a_project_list_with_dates_and_progress_stays_a_project_list(store, tmp_path):
    path = write_book(tmp_path / "projects.xlsx", {"Portfolio": [
        ["Project Name", "Project Manager", "Start Date", "End Date", "% Complete", "Status"],
        ["Data platform", "Ann", "2026-01-05", "2026-09-30", "40%", "Green"],
        ["CRM refresh", "Raj", "2026-02-02", "2026-12-18", "10%", "Amber"]]})
    f = _run(store, path)
    assert [t["entity"] for t in f["tables"]] == ["project"]


def test_an_issue_log_export_whose_rows_name_their_parent_is_a_plan(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "export.xlsx", {"Export": [
        ["Key", "Summary", "Type", "Status", "Parent", "Start date", "Due date", "Assignee"],
        ["WEB-1", "Checkout redesign", "Epic", "In Progress", None, "2026-03-02", "2026-05-29",
         "Ann"],
        ["WEB-2", "Basket page", "Story", "Done", "WEB-1", "2026-03-02", "2026-03-13", "Raj"],
        ["WEB-3", "Payment page", "Story", "To Do", "WEB-1", "2026-03-16", "2026-04-10",
         "Ann"]]})
    f = _run(store, path)
    (t,) = f["tables"]
    assert t["entity"] == "task"
    got = {r["values"]["ref"]: r["values"] for r in t["records"]}
    assert got["WEB-2"]["parent_ref"] == "WEB-1" and got["WEB-1"]["is_summary"] == 1
    assert [got[k]["status"] for k in ("WEB-1", "WEB-2", "WEB-3")] == [
        "in_progress", "complete", "not_started"]


def test_a_plan_without_a_project_is_rejected_row_by_row_with_the_reason(store, tmp_path):
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    result = import_files(store, [str(path)], dry_run=True)
    tasks = _tasks(result.value.to_json()["files"][0])
    assert tasks["created"] == 0 and len(tasks["rejected"]) == 7
    assert tasks["rejected"][0]["reason"].startswith("no project: the table has no project "
                                                     "column")
    (tp,) = [t for t in result.value.plan.tables if t.entity == "task"]
    assert tp.no_project == 7


def _milestones(file_json):
    (t,) = [t for t in file_json["tables"] if t["entity"] == "milestone"]
    return t


NO_MARKERS = [  # a plan none of whose rows is zero-length, flagged or named a milestone
    ["Task", "Start", "Finish", "Predecessors", "Owner", "Project"],
    ["Design", "05/01/2026", "16/01/2026", "", "Ann", "Alpha"],
    ["Build", "19/01/2026", "13/02/2026", "1", "Raj", "Alpha"],
    ["Test", "16/02/2026", "27/02/2026", "2", "Ann", "Beta"],
    ["Build", "02/03/2026", "13/03/2026", "3", "Raj", "Alpha"],  # a second "Build"
]


def test_a_plan_without_milestone_rows_gives_tasks_only_in_its_own_table(store, tmp_path):
    for code in ("ALPHA", "BETA"):
        with store.write(source="test") as tx:
            tx.create("project", {"code": code, "name": code.title()})
    f = _run(store, write_book(tmp_path / "plan.xlsx", {"Plan": NO_MARKERS}))
    # the plan's two tables of the same cells: its tasks first, then its milestones
    assert [t["entity"] for t in f["tables"]] == ["task", "milestone"]
    tasks, milestones = f["tables"]
    assert "tasks" not in milestones and tasks["range"] == milestones["range"]
    assert [r["values"]["name"] for r in tasks["records"]] == ["Design", "Build", "Test",
                                                                "Build"]
    # the project and owner columns the milestone mapping found are the tasks' too
    assert [(r["values"]["project"], r["values"]["owner"]) for r in tasks["records"]] == [
        ("ALPHA", "Ann"), ("ALPHA", "Raj"), ("BETA", "Ann"), ("ALPHA", "Raj")]
    # a task that lasts two weeks is not a milestone because its plan marks none
    assert milestones["records"] == [] and milestones["rejected"] == []
    reasons = {s["row"]: s["reason"] for s in milestones["skipped"]}
    assert reasons[2] == "a task, not a milestone (it has a duration)"
    # the second "Build" repeats a task's name: not a duplicate milestone, a task too
    assert reasons[5] == ("a task, not a milestone (as is row 3, whose name it repeats)")
    assert milestones["rows"] == 0


def test_rows_a_column_calls_milestones_stay_milestones_beside_their_tasks(store, tmp_path):
    _store_with_project(store)
    rows = [["Milestone", *NO_MARKERS[0][1:4]], *[[r[0], *r[1:4]] for r in NO_MARKERS[1:4]]]
    f = _run(store, write_book(tmp_path / "plan.xlsx", {"Plan": rows}))
    assert [t["entity"] for t in f["tables"]] == ["task", "milestone"]
    got = {r["values"]["name"]: r["values"]["forecast_date"]
           for r in _milestones(f)["records"]}
    assert got == {"Design": "2026-01-16", "Build": "2026-02-13", "Test": "2026-02-27"}
    assert len(_tasks(f)["records"]) == 3


def test_a_plan_without_milestones_writes_no_milestones(store, tmp_path):
    _store_with_project(store)
    rows = [r[:4] for r in NO_MARKERS[:4]]
    _run(store, write_book(tmp_path / "plan.xlsx", {"Plan": rows}), dry_run=False)
    pid = store.project_id(PROJECT)
    assert sorted(t["name"] for t in store.rows("task", "project_id = ?", [pid])) == [
        "Build", "Design", "Test"]
    assert store.rows("milestone", "project_id = ?", [pid]) == []


def test_a_plan_that_drops_tasks_names_the_stored_ones_it_leaves(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    _run(store, path, dry_run=False)
    assert "warnings" not in _tasks(_run(store, path))  # the same plan again: nothing to say
    shorter = [r for r in WBS_PLAN if r[0] not in ("2.1.1", "2.2")]
    write_book(path, {"Project plan": shorter})
    tasks = _tasks(_run(store, path, dry_run=False))
    assert tasks["warnings"] == [
        f"{PROJECT}: 2 tasks of its stored plan are not in this file (2.1.1, 2.2) and are "
        "kept as they are; if the plan dropped them, delete them on the project's Plan tab "
        "(or with 'pmo-desktop delete task')."]
    assert set(_stored(store)) == {"1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.2"}  # kept


def test_another_plan_under_the_same_ids_is_said_to_rename_most_tasks(store, tmp_path):
    _store_with_project(store)
    path = write_book(tmp_path / "plan.xlsx", {"Project plan": WBS_PLAN})
    _run(store, path, dry_run=False)
    one = [list(r) for r in WBS_PLAN]
    one[3][1] = "Findings report v2"  # one task renamed: an edit, nothing to say
    write_book(path, {"Project plan": one})
    assert "warnings" not in _tasks(_run(store, path))
    other = [list(r) for r in WBS_PLAN]
    for r, name in zip(other[1:], ["Mobilise", "Hire", "Onboard", "Deliver", "Release 1",
                                   "Backend", "Launch"]):
        r[1] = name
    write_book(path, {"Project plan": other})
    tasks = _tasks(_run(store, path))
    assert tasks["warnings"] == [
        "It would rename 7 of the 7 stored tasks it matches by ID (task 1: "
        "'Discovery' → 'Mobilise'): it may be another plan, or one whose tasks were "
        "renumbered; check the changes before applying them."]
    assert tasks["updated"] == 7
