"""A plan's evidence in each project's status: BEI and the calculated schedule RAG."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.operations.records import create
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo
from pmo_desktop.store.periods import close_period
from pmo_desktop.store.queries import portfolio_status, snapshots

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan-status") / "demo.pmo"
    with open_store(path) as s:
        build_demo(s, projects=20, today=TODAY, plans=False)  # plans written here
        s.set_settings({"as_of": TODAY.isoformat()})
    return path


def _statuses(store, where: str = "", params=()):
    return {s.code: s for s in portfolio_status(store.db, TODAY, store.thresholds(), where,
                                                list(params))}


def test_a_critical_task_late_beyond_tolerance_turns_the_schedule_red_and_only_there(store):
    before = _statuses(store)
    code = next(c for c, s in before.items() if s.calculated["schedule"] == "green")
    pid = before[code].id
    create(store, "task", {"project_id": pid, "ref": "1", "name": "Phase", "is_summary": 1})
    create(store, "task", {"project_id": pid, "ref": "1.1", "name": "Integration",
                           "critical": 1, "start_baseline": "2026-09-01",
                           "finish_baseline": "2026-12-01", "finish_forecast": "2027-12-01"})
    after = _statuses(store)
    assert after[code].has_plan and after[code].calculated["schedule"] == "red"
    assert after[code].calculated["overall"] == "red"
    for other, status in before.items():  # projects without a plan: exactly as before
        if other != code:
            assert after[other].calculated == status.calculated
            assert not after[other].has_plan


def test_bei_is_the_same_for_one_project_as_for_the_portfolio_and_is_frozen_at_close(store):
    everyone = _statuses(store)
    code = next(c for c, s in everyone.items() if s.bei.baselined)
    pid = everyone[code].id
    # the register's milestones counted once though the plan holds them too
    names = [r["name"] for r in store.query(
        "SELECT name FROM milestone WHERE project_id = ?", [pid])]
    for n, name in enumerate(names):
        create(store, "task", {"project_id": pid, "ref": f"M{n}", "name": name.upper(),
                               "is_milestone": 1, "finish_baseline": "2026-01-01"})
    create(store, "task", {"project_id": pid, "ref": "T1", "name": "Build",
                           "finish_baseline": "2026-11-01", "finish_actual": "2026-10-30"})
    whole = _statuses(store)[code]
    one = _statuses(store, "p.code = ?", [code])[code]
    expected = (everyone[code].bei.completed + 1, everyone[code].bei.baselined + 1)
    assert (whole.bei.completed, whole.bei.baselined) == expected
    assert one.bei == whole.bei and one.calculated == whole.calculated
    period = close_period(store, TODAY)
    frozen = snapshots(store.db, period)[code]
    assert frozen["calc_schedule"] == whole.calculated["schedule"]
