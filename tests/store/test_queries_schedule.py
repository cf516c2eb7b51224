"""store.queries_schedule: a project's plan in plan order; the roadmap's bars."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.operations import records
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.queries_schedule import project_tasks, roadmap, task_counts


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("schedule") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=6, today=date(2026, 11, 21), plans=False)
    return path


def _plan(store, code):
    pid = store.project_id(code)
    rows = [  # written out of plan order on purpose
        {"ref": "1.2", "name": "Build", "outline_level": 2, "parent_ref": "1",
         "sort_order": 3, "start_forecast": "2027-02-01", "finish_forecast": "2027-03-31",
         "start_baseline": "2027-01-15", "finish_baseline": "2027-03-01"},
        {"ref": "1", "name": "Delivery", "outline_level": 1, "is_summary": 1,
         "sort_order": 1, "start_baseline": "2027-01-01", "finish_baseline": "2027-04-30",
         "start_actual": "2027-01-04"},
        {"ref": "1.1", "name": "Design", "outline_level": 2, "parent_ref": "1",
         "sort_order": 2, "critical": 1, "start_actual": "2027-01-04",
         "finish_actual": "2027-01-29", "pct_complete": 1.0},
        {"ref": "2", "name": "Go live", "outline_level": 1, "is_milestone": 1,
         "sort_order": 4, "finish_baseline": "2027-05-03"},
    ]
    for values in rows:
        records.create(store, "task", {"project_id": pid, **values})
    return pid


def test_project_tasks_come_in_plan_order_with_bar_dates(store):
    pid = _plan(store, "DCX-101")
    tasks = project_tasks(store, pid)
    assert [t.ref for t in tasks] == ["1", "1.1", "1.2", "2"]
    delivery, design, build, live = tasks
    assert delivery.is_summary and not design.is_summary and live.is_milestone
    assert design.critical and not build.critical
    assert (build.start, build.finish) == ("2027-02-01", "2027-03-31")  # forecast over baseline
    assert (design.start, design.finish) == ("2027-01-04", "2027-01-29")  # actual first
    assert (live.start, live.finish) == (None, "2027-05-03")
    assert build.parent_ref == "1" and build.outline_level == 2
    assert task_counts(store) == {pid: 4}


def test_roadmap_groups_by_programme_with_milestones_and_top_level_phases(store):
    pid = _plan(store, "DCX-101")
    bars = roadmap(store)
    assert len(bars) == store.query("SELECT COUNT(*) AS n FROM project")[0]["n"]
    keys = [(b.programme is None, b.programme or "", b.code) for b in bars]
    assert keys == sorted(keys)
    bar = next(b for b in bars if b.id == pid)
    assert [p.ref for p in bar.phases] == ["1", "2"]  # outline level 1 only
    stored = store.rows("milestone", "project_id = ?", [pid])
    assert {m.id for m in bar.milestones} == {m["id"] for m in stored}
    dates = [m.date for m in bar.milestones]
    assert dates == sorted(dates)
    only = roadmap(store, [pid])
    assert [b.id for b in only] == [pid] and only[0] == bar


def test_deleting_the_project_deletes_its_plan_and_restoring_brings_it_back(store):
    pid = _plan(store, "DCX-101")
    result = records.delete(store, "project", pid)
    assert store.query("SELECT COUNT(*) AS n FROM task")[0]["n"] == 0
    records.restore(store, result.value)
    assert [t.ref for t in project_tasks(store, pid)] == ["1", "1.1", "1.2", "2"]
