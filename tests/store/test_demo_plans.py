"""The demo's project plans (store/demo_plans.py through build_demo): a realistic share of
projects has one; phases, tasks and milestones agree with the project's own dates and
milestones; slips, completion, predecessors and the critical chain are there; the same
seed gives the same plans; and the plans change no other demo record."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.demo_plans import MAX_TASKS, MIN_TASKS, working_days
from pmo_desktop.store.queries_schedule import project_tasks

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=40, today=TODAY)
    store = open_store(path)
    yield store
    store.close()


def _plans(store):
    out = {}
    for p in store.rows("project"):
        tasks = project_tasks(store, p["id"])
        if tasks:
            out[p["code"]] = (p, tasks)
    return out


def test_a_realistic_share_of_projects_has_a_plan_of_capped_size(demo):
    plans = _plans(demo)
    assert 0.4 * 40 <= len(plans) <= 0.8 * 40
    sizes = [len(tasks) for _p, tasks in plans.values()]
    assert MIN_TASKS <= min(sizes) and max(sizes) <= MAX_TASKS
    assert demo.counts()["task"] == sum(sizes)


def test_phases_hold_their_tasks_and_span_them(demo):
    for _p, tasks in _plans(demo).values():
        refs = {t.ref: t for t in tasks}
        phases = [t for t in tasks if t.outline_level == 1]
        assert phases and all(t.is_summary and t.parent_ref is None for t in phases)
        assert [t.sort_order for t in tasks] == list(range(1, len(tasks) + 1))
        for phase in phases:
            children = [t for t in tasks if t.parent_ref == phase.ref]
            assert children and all(t.outline_level == 2 and not t.is_summary
                                    for t in children)
            assert phase.start_baseline == min(t.start_baseline for t in children)
            assert phase.finish_forecast == max(t.finish_forecast for t in children)
        for t in tasks:
            for link in (t.predecessors or "").split(","):
                if link:  # "2.1", "2.1FS+5d", "2.1SS": ref, type, lag
                    match = re.fullmatch(r"([\d.]+?)(FS|SS)?(\+\d+d)?", link)
                    assert match and match.group(1) in refs, (t.ref, t.predecessors)


def test_dates_agree_with_the_projects_dates_and_milestones(demo):
    for code, (p, tasks) in _plans(demo).items():
        work = [t for t in tasks if not t.is_summary and not t.is_milestone]
        assert min(t.start_baseline for t in work) == p["start_baseline"]
        assert max(t.finish_baseline for t in work) == p["finish_baseline"]
        # the plan's last task ends where the project forecasts its finish
        assert max(t.finish_forecast for t in work) == p["finish_forecast"], code
        marks = {(t.name, t.finish_baseline, t.finish_forecast, t.finish_actual, t.critical)
                 for t in tasks if t.is_milestone}
        stored = {(m["name"], m["baseline_date"], m["forecast_date"], m["actual_date"],
                   bool(m["critical"]))
                  for m in demo.rows("milestone", "project_id = ?", [p["id"]])}
        assert marks == stored
        for t in work:
            assert t.start_baseline <= t.finish_baseline and t.start <= t.finish
            assert t.duration_days == working_days(date.fromisoformat(t.start_forecast),
                                                   date.fromisoformat(t.finish_forecast))


def test_progress_follows_the_demos_today(demo):
    today = TODAY.isoformat()
    work = [t for _p, tasks in _plans(demo).values() for t in tasks
            if not t.is_summary and not t.is_milestone]
    done = [t for t in work if t.finish_forecast < today]
    future = [t for t in work if t.start_forecast > today]
    going = [t for t in work if t.start_forecast <= today <= t.finish_forecast]
    assert done and future and going
    assert all(t.finish_actual and t.pct_complete == 1.0 and t.status == "complete"
               for t in done)
    assert all(not t.start_actual and t.pct_complete == 0.0 for t in future)
    assert all(t.start_actual and not t.finish_actual and 0 <= t.pct_complete < 1
               for t in going)
    slipped = [t for t in work if t.finish_forecast > t.finish_baseline]
    assert 0 < len(slipped) < len(work)
    critical = [t for t in work if t.critical]
    assert 0 < len(critical) < len(work)
    assert all(t.owner for t in work)


def test_the_same_seed_gives_the_same_plans_and_plans_change_nothing_else(demo, tmp_path):
    with open_store(tmp_path / "again.pmo") as again:
        build_demo(again, projects=40, today=TODAY)
        assert again.query("SELECT * FROM task ORDER BY id") == \
            demo.query("SELECT * FROM task ORDER BY id")
    with open_store(tmp_path / "bare.pmo") as bare:
        counts = build_demo(bare, projects=40, today=TODAY, plans=False)
        assert counts["task"] == 0
        assert {k: v for k, v in counts.items() if k not in ("task", "change_log")} == \
            {k: v for k, v in demo.counts().items() if k not in ("task", "change_log")}
        for table, columns in (("raid_item", "project_id, ref, title, probability, impact, status"),
                               ("milestone", "project_id, name, baseline_date, forecast_date"),
                               ("project", "code, finish_forecast, pct_complete, rag_overall")):
            sql = f"SELECT {columns} FROM {table} ORDER BY 1, 2"
            assert bare.query(sql) == demo.query(sql)


def test_working_days_count_weekdays():
    assert working_days(date(2026, 11, 23), date(2026, 11, 27)) == 5.0  # Mon–Fri
    assert working_days(date(2026, 11, 23), date(2026, 12, 6)) == 10.0  # two weeks
    assert working_days(date(2026, 11, 28), date(2026, 11, 29)) == 0.0  # a weekend
    assert working_days(date(2026, 11, 27), date(2026, 11, 23)) == 0.0
