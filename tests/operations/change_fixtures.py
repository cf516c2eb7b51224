"""A project with known figures and change requests, added to the operations demo.

CC-1: BAC 1,000,000, baseline 2026-01-01 → 2027-03-31 (forecast 2027-05-03), four
milestones (one done, one already missed before the decision date, two ahead) and four
change requests: CR-001 (+75,000, +30 days) and CR-004 (+20,000, +10 days) and CR-002
(no impact) awaiting a decision, CR-003 only submitted. Decisions are taken on ``ON``.
"""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.store import Store

from .portfolio_fixtures import TODAY

ON = TODAY  # 2026-11-21

MILESTONES = [
    ("Design", "2026-10-01", "2026-10-01", "2026-10-05"),
    ("Build", "2026-11-10", "2026-12-20", None),  # missed before ON: stays
    ("Go-live", "2027-01-15", "2027-02-14", None),
    ("Handover", "2027-03-31", "2027-04-30", None),
]

CHANGES = [
    ("CR-001", "Add reporting module", "awaiting_decision", 75_000.0, 30, "scope"),
    ("CR-002", "Rename the release", "awaiting_decision", 0.0, 0, "other"),
    ("CR-003", "Extra data migration", "submitted", 5_000.0, 3, "cost"),
    ("CR-004", "Second test cycle", "awaiting_decision", 20_000.0, 10, "schedule"),
]


def add_change_project(store: Store) -> int:
    with store.write("test") as tx:
        pid = tx.create("project", {
            "code": "CC-1", "name": "Change control test", "bac": 1_000_000.0,
            "start_baseline": "2026-01-01", "finish_baseline": "2027-03-31",
            "finish_forecast": "2027-05-03", "pct_complete": 0.5, "state": "active",
            "stage": "delivery", "manager": "Ann Lee"})
        for name, baseline, forecast, actual in MILESTONES:
            tx.create("milestone", {"project_id": pid, "name": name, "baseline_date": baseline,
                                    "forecast_date": forecast, "actual_date": actual})
        for ref, title, status, cost, days, kind in CHANGES:
            tx.create("change_request", {
                "project_id": pid, "ref": ref, "title": title, "status": status,
                "impact_cost": cost, "impact_schedule_days": days, "cr_type": kind,
                "requester": "Bo Diaz", "date_raised": "2026-11-01"})
    return pid


@pytest.fixture
def cc_store(store: Store) -> Store:
    add_change_project(store)
    return store


def cr_id(store: Store, ref: str, code: str = "CC-1") -> int:
    found = store.find_id("change_request", {"project_id": store.project_id(code), "ref": ref})
    assert found is not None
    return found


def milestone_dates(store: Store, code: str = "CC-1") -> dict[str, str]:
    return {m["name"]: m["baseline_date"]
            for m in store.rows("milestone", "project_id = ?", [store.project_id(code)])}


__all__ = ["CHANGES", "MILESTONES", "ON", "add_change_project", "cc_store", "cr_id",
           "milestone_dates", "date"]
