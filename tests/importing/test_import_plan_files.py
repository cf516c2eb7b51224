"""Real plans as tasks: MS Project XML (S12, S14, plans written here, hostile files),
Excel plans (S08, C22, C26) and a Jira CSV export (C35)."""

from __future__ import annotations

import time

import pytest

from pmo_desktop.importing.mspdi import mspdi_rows
from pmo_desktop.operations.imports import import_files

from .conftest import FIXTURES

NS = "http://schemas.microsoft.com/project"


def _dry(store, path, project="DEMO"):
    result = import_files(store, [str(path)], dry_run=True, project_code=project).value
    return result, result.to_json()["files"][0]


def _tasks(f):
    for t in f["tables"]:
        if t["entity"] == "task":
            return t
        if t.get("tasks"):
            return t["tasks"]
    raise AssertionError("no tasks")


def _by_ref(tasks):
    return {r["values"]["ref"]: r["values"] for r in tasks["records"]}


def _by_row(tasks):
    return {r["row"]: r["values"] for r in tasks["records"]}


# -- Microsoft Project XML ---------------------------------------------------------------

def test_s12_every_task_with_hierarchy_links_resources_and_notes(store, fixture_path):
    _r, f = _dry(store, fixture_path("S12"))
    tasks = _tasks(f)
    got = _by_ref(tasks)
    assert list(got) == [str(i) for i in range(1, 11)]  # not the project summary (UID 0)
    assert [got[r]["wbs"] for r in ("1", "2", "5", "6", "10")] == ["1", "1.1", "1.4", "2", "2.4"]
    assert got["2"]["parent_ref"] == "1" and got["7"]["parent_ref"] == "6"
    assert got["1"]["is_summary"] == 1 and got["6"]["is_summary"] == 1
    assert got["5"]["is_milestone"] == 1 and got["5"]["duration_days"] == 0
    assert got["3"]["predecessors"] == "2FS+1d"  # LinkLag 4800 tenths of minutes = 1 day
    assert got["9"]["predecessors"] == "8FF+2d"  # Type 0 is finish-to-finish
    assert got["2"]["resources"] == "Resource 1" and got["2"]["notes"] == "Task 1 Notes"
    assert (got["2"]["start_forecast"], got["2"]["finish_forecast"], got["2"]["duration_days"]) \
        == ("2023-07-28", "2023-08-01", 3.0)
    assert got["1"]["critical"] == 1 and got["7"]["critical"] == 0
    # the milestones as before
    (m,) = [t for t in f["tables"] if t["entity"] == "milestone"]
    assert {r["values"]["name"] for r in m["records"]} == {"Milestone 1", "Milestone 2"}


def test_s14_minimal_plan_has_its_one_task(store, fixture_path):
    _r, f = _dry(store, fixture_path("S14"))
    (task,) = _tasks(f)["records"]
    assert task["values"]["name"] == "task_0"
    assert (task["values"]["start_forecast"], task["values"]["finish_forecast"]) == (
        "2025-01-30", "2025-01-31")


def _task_xml(uid, name, level, outline, **extra):
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in extra.items() if not k.startswith("_"))
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name>"
            f"<OutlineNumber>{outline}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
            f"{inner}{extra.get('_tail', '')}</Task>")


def _mspdi(tasks, head="", tail=""):
    return (f'<?xml version="1.0" encoding="UTF-8"?>{head}<Project xmlns="{NS}">'
            f"<Title>Written plan</Title><MinutesPerDay>480</MinutesPerDay>"
            f"<Calendars><Calendar><UID>1</UID><Name>Standard</Name><WeekDays><WeekDay>"
            f"<DayType>1</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar>"
            f"</Calendars><Tasks>{''.join(tasks)}</Tasks>{tail}</Project>").encode()


def test_manual_dates_baseline_actuals_percent_and_assignments(store, tmp_path):
    baseline = ("<Baseline><Number>1</Number><Start>2026-01-01T08:00:00</Start>"
                "<Finish>2026-01-02T17:00:00</Finish></Baseline>"
                "<Baseline><Number>0</Number><Start>2026-02-02T08:00:00</Start>"
                "<Finish>2026-02-06T17:00:00</Finish></Baseline>")
    xml = _mspdi([
        _task_xml(0, "Written plan", 0, 0, Summary=1),
        _task_xml(1, "Design", 1, 1, Summary=0, Manual=1, Start="2026-02-02T08:00:00",
                  Finish="2026-02-06T17:00:00", ManualStart="2026-02-09T08:00:00",
                  ManualFinish="2026-02-13T17:00:00", ManualDuration="PT40H0M0S",
                  ActualStart="2026-02-09T08:00:00", PercentComplete=60, _tail=baseline),
        _task_xml(2, "Build", 1, 2, Start="2026-02-16T08:00:00", Finish="2026-02-27T17:00:00",
                  Duration="PT80H0M0S", ActualFinish="", PercentComplete=0, Critical=1,
                  _tail="<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type>"
                        "<LinkLag>-4800</LinkLag></PredecessorLink>"
                        "<PredecessorLink><PredecessorUID>0</PredecessorUID></PredecessorLink>"),
    ], tail="<Resources><Resource><UID>1</UID><Name>Ana Souza</Name></Resource>"
            "<Resource><UID>2</UID><Name>Ben Ode</Name></Resource></Resources>"
            "<Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID>"
            "</Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>2</ResourceUID>"
            "</Assignment></Assignments>")
    path = tmp_path / "written.xml"
    path.write_bytes(xml)
    _r, f = _dry(store, path)
    got = _by_ref(_tasks(f))
    assert list(got) == ["1", "2"]
    design, build = got["1"], got["2"]
    assert (design["start_forecast"], design["finish_forecast"]) == ("2026-02-09", "2026-02-13")
    assert (design["start_baseline"], design["finish_baseline"]) == ("2026-02-02", "2026-02-06")
    assert design["start_actual"] == "2026-02-09" and design["pct_complete"] == 0.6
    assert design["status"] == "in_progress" and design["duration_days"] == 5.0
    assert build["predecessors"] == "1SS-1d"  # the link to the project summary left out
    assert build["resources"] == "Ana Souza; Ben Ode" and build["critical"] == 1
    assert build["duration_days"] == 10.0


def test_xxe_and_entity_bombs_are_refused_in_one_sentence(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    xxe = _mspdi([_task_xml(1, "&x;", 1, 1)],
                 head=f'<!DOCTYPE Project [<!ENTITY x SYSTEM "file://{secret}">]>')
    bomb = _mspdi([_task_xml(1, "&l3;", 1, 1)], head=(
        '<!DOCTYPE Project [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">'
        '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;">]>'))
    for name, data in (("xxe.xml", xxe), ("bomb.xml", bomb)):
        path = tmp_path / name
        path.write_bytes(data)
        result, f = _dry(store, path)
        assert result.exit_code == 2 and f["tables"] == []
        error = f["error"]
        assert error.startswith(f"{name} declares a DOCTYPE") and error.count(". ") == 0
        assert "do not read me" not in error and store.counts()["task"] == 0


def test_a_plan_over_the_task_limit_is_refused_quickly(store, tmp_path):
    one = "<Task><UID>{0}</UID><ID>{0}</ID><Name>T{0}</Name><OutlineLevel>1</OutlineLevel></Task>"
    path = tmp_path / "huge.xml"
    path.write_bytes(_mspdi([one.format(i) for i in range(300_000)]))
    started = time.perf_counter()
    result, f = _dry(store, path)
    took = time.perf_counter() - started
    assert result.exit_code == 2 and "more than 200,000 tasks" in f["error"]
    assert took < 5.0, took
    # the limit holds while streaming too (a file that hides its tasks' tags from a count)
    with pytest.raises(ValueError, match="more than 3 tasks"):
        mspdi_rows("p.xml", _mspdi([one.format(i) for i in range(5)]).replace(
            b"<Task>", b"<Task >"), max_tasks=3)


# -- Excel plans ---------------------------------------------------------------------------

def test_s08_german_plan_every_row_a_task_under_its_phase(store, fixture_path):
    _r, f = _dry(store, fixture_path("S08"))
    tasks = _tasks(f)
    assert tasks["rejected"] == [] and len(tasks["records"]) >= 30
    first = tasks["records"][0]["values"]
    assert first["name"] == "Inception" and first["is_summary"] == 1
    got = {r["values"]["name"]: r["values"] for r in tasks["records"]}
    kickoff = got["M0: Kickoff"]
    assert kickoff["parent_ref"] == first["ref"] and kickoff["is_milestone"] == 1
    assert kickoff["pct_complete"] == 1.0 and kickoff["status"] == "complete"
    heads = [r["values"]["name"] for r in tasks["records"] if r["values"]["is_summary"]]
    assert len(heads) >= 4 and "Elaboration" in heads


def _more(name):
    return FIXTURES / "more" / name


def test_c22_task_plan_all_21_rows_with_links_to_serial_numbers(store):
    _r, f = _dry(store, _more("C22_task_plan.xlsx"))
    (t,) = [x for x in f["tables"] if x["sheet"] == "Task wise" and x["entity"] == "milestone"]
    assert t["header_row"] == 1
    tasks = _tasks(f)
    assert tasks["rows"] == 21 and tasks["created"] == 21 and tasks["rejected"] == []
    rows = _by_row(tasks)
    assert (rows[14]["start_forecast"], rows[14]["finish_forecast"]) == ("2018-02-13",
                                                                          "2018-02-20")
    assert rows[3]["owner"] == "2700-Indu" and rows[2]["pct_complete"] == 1.0
    assert rows[7]["predecessors"] == f"{rows[2]['ref']}; 1.01"  # "1.0, 1.01"
    assert rows[13]["predecessors"].count(";") == 10  # "1.00-1.10": eleven tasks


def test_c26_portuguese_gantt_phases_own_their_tasks(store):
    _r, f = _dry(store, _more("C26_cronograma_gantt_pt.xlsx"))
    tasks = _tasks(f)
    rows = _by_row(tasks)
    assert (rows[9]["start_forecast"], rows[9]["finish_forecast"]) == ("2025-05-29",
                                                                        "2025-05-30")
    assert rows[12]["duration_days"] == 3.0
    phases = [r["values"] for r in tasks["records"] if r["values"]["is_summary"]]
    assert len(phases) == 4 and phases[0]["name"].startswith("Fase 1")
    assert rows[9]["parent_ref"] == phases[0]["ref"]
    assert sum(1 for r in tasks["records"] if not r["values"]["is_summary"]) == 19


def test_c35_jira_export_epics_and_stories_as_tasks(store):
    _r, f = _dry(store, _more("C35_jira_export_epics.csv"))
    (t,) = f["tables"]
    assert t["entity"] == "task" and t["header_row"] == 1 and t["rows"] == 68
    assert t["created"] == 68 and t["rejected"] == []
    fields = {c["header"]: c["field"] for c in t["columns"] if c["field"]}
    assert fields["Issue key"] == "ref" and fields["Due date"] == "finish_forecast"
    assert fields["Parent key"] == "parent_ref"
    rows = _by_row(t)
    assert (rows[22]["finish_forecast"], rows[22]["start_forecast"]) == ("2026-03-15",
                                                                          "2026-03-05")
    assert rows[28]["status"] == "in_progress" and rows[2]["status"] == "complete"
    got = _by_ref(t)
    sub = got["CS4483-49"]  # a sub-task → its story → the story's epic
    story = got[sub["parent_ref"]]
    epic = got[story["parent_ref"]]
    assert (sub["outline_level"], story["outline_level"], epic["outline_level"]) == (3, 2, 1)
    assert story["is_summary"] == 1 and epic["is_summary"] == 1 and sub["is_summary"] == 0
    assert "parent_ref" not in epic
    assert {v["status"] for v in got.values()} <= {"not_started", "in_progress", "complete"}


def test_every_plan_fixture_imports_without_a_traceback(store):
    for name in ("C24_projektplan_kw_colour_de.xlsx", "C28_planning_previsionnel_fr.xlsx"):
        result, f = _dry(store, _more(name))
        assert result.exit_code in (0, 2) and (f["error"] is None or "\n" not in f["error"])
