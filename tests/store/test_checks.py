"""Each data-quality check fires on a crafted store and not on a clean one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from pmo_desktop.store import open_store
from pmo_desktop.store.checks import CHECKS, Finding, run_checks

AS_OF = date(2026, 11, 21)
MONTHS = ("2026-11", "2026-12", "2027-01", "2027-02")


@pytest.fixture
def clean(tmp_path: Path):
    """One healthy project: budget, baseline, manager, fresh status, owned RAID, 80 % load."""
    with open_store(tmp_path / "clean.pmo") as store:
        with store.write() as tx:
            prog = tx.create("programme", {"name": "Core"})
            pid = tx.create("project", {
                "code": "P-1", "name": "Clean project", "programme_id": prog, "manager": "Ann",
                "state": "active", "bac": 100000.0, "eac": 100000.0, "pct_complete": 0.2,
                "start_baseline": "2026-01-01", "finish_baseline": "2027-12-31",
                "finish_forecast": "2027-12-31", "status_date": "2026-11-20",
                "rag_overall": "green"})
            tx.create("milestone", {"project_id": pid, "name": "Go-live", "critical": 1,
                                    "baseline_date": "2027-06-01", "forecast_date": "2027-06-01"})
            tx.create("milestone", {"project_id": pid, "name": "Design", "critical": 0,
                                    "baseline_date": "2026-10-01", "forecast_date": "2026-10-01",
                                    "actual_date": "2026-10-01"})
            tx.create("risk", {"project_id": pid, "ref": "R-001", "title": "Supplier", "owner": "Bo",
                               "probability": 2, "impact": 2, "status": "open",
                               "review_date": "2026-12-15"})
            tx.create("action", {"project_id": pid, "ref": "A-001", "title": "Chase", "owner": "Bo",
                                 "status": "open", "due_date": "2026-12-01"})
            role = tx.create("role", {"name": "Analyst"})
            rid = tx.create("resource", {"name": "Cy Dee", "role_id": role})
            for m in MONTHS:
                tx.create("capacity", {"resource_id": rid, "period": m, "hours": 150.0})
                tx.create("allocation", {"resource_id": rid, "project_id": pid, "period": m,
                                         "hours": 120.0, "booking": "committed"})
        yield store


def _ids(store, table: str, where: str = "") -> int:
    return int(store.query(f"SELECT id FROM {table} {where} LIMIT 1")[0]["id"])


def _only(findings: list[Finding], check: str) -> list[Finding]:
    assert {f.check for f in findings} == {check}, findings
    return findings


def test_a_clean_store_has_no_findings(clean):
    assert run_checks(clean, AS_OF) == []


def _update(store, entity: str, values: dict, where: str = "") -> None:
    table = "raid_item" if entity in ("risk", "action") else entity
    with store.write() as tx:
        tx.update(entity, _ids(store, table, where), values)


@pytest.mark.parametrize("entity,values,where,check,severity,item", [
    ("project", {"status_date": "2026-09-01"}, "", "stale_status", "medium", "P-1"),
    ("project", {"status_date": None}, "", "stale_status", "medium", "P-1"),
    ("project", {"bac": None, "eac": None}, "", "missing_bac", "high", "P-1"),
    ("project", {"finish_baseline": None, "finish_forecast": None}, "", "missing_baseline",
     "medium", "P-1"),
    ("project", {"manager": ""}, "", "missing_manager", "medium", "P-1"),
    ("risk", {"owner": None}, "WHERE type='risk'", "raid_no_owner", "high", "P-1/R-001"),
    ("action", {"owner": None}, "WHERE type='action'", "raid_no_owner", "medium", "P-1/A-001"),
    ("risk", {"review_date": "2026-11-01"}, "WHERE type='risk'", "raid_overdue", "low",
     "P-1/R-001"),
    ("action", {"due_date": "2026-11-20"}, "WHERE type='action'", "raid_overdue", "low",
     "P-1/A-001"),
])
def test_each_check_fires_on_a_crafted_store(clean, entity, values, where, check, severity, item):
    _update(clean, entity, values, where)
    (finding,) = _only(run_checks(clean, AS_OF), check)
    assert (finding.severity, finding.item) == (severity, item)
    assert finding.message and finding.message.endswith(".")
    assert finding.as_dict()["check"] == check


def test_false_green_with_an_overdue_critical_milestone(clean):
    # The go-live was due and is not done: it is both a false green and a past forecast.
    _update(clean, "milestone", {"baseline_date": "2026-11-01", "forecast_date": "2026-11-10"},
            "WHERE name='Go-live'")
    findings = run_checks(clean, AS_OF)
    assert [f.check for f in findings] == ["false_green", "milestone_forecast_past"]
    assert findings[0].severity == "high" and "critical milestone" in findings[0].message
    assert findings[1].severity == "high" and findings[1].item == "P-1/Go-live"


def test_false_green_with_a_red_calculated_dimension(clean):
    _update(clean, "project", {"eac": 130000.0})  # 30 % forecast overrun: cost is Red
    (finding,) = _only(run_checks(clean, AS_OF), "false_green")
    assert "cost" in finding.message


def test_a_minor_over_allocation_is_medium_and_not_a_false_green(clean):
    # 107 % makes the project's resource RAG Amber: a Green report over a calculated
    # Amber diverges but is not a false green (that takes a calculated Red).
    _update(clean, "allocation", {"hours": 160.0}, "WHERE period='2026-12'")
    (finding,) = _only(run_checks(clean, AS_OF), "over_allocated")
    assert (finding.severity, finding.item) == ("medium", "Cy Dee")
    assert finding.message == "Allocated 107% in 2026-12; on P-1."


def test_over_allocation_past_the_lookahead_is_not_a_finding(clean):
    with clean.write() as tx:
        rid = _ids(clean, "resource")
        tx.create("capacity", {"resource_id": rid, "period": "2027-03", "hours": 150.0})
        tx.create("allocation", {"resource_id": rid, "project_id": _ids(clean, "project"),
                                 "period": "2027-03", "hours": 200.0, "booking": "committed"})
    assert run_checks(clean, AS_OF) == []


def test_a_closed_stage_project_is_not_nagged(clean):
    _update(clean, "project", {"stage": "closed", "status_date": "2026-01-01", "manager": ""})
    assert run_checks(clean, AS_OF) == []


def test_a_status_exactly_stale_days_old_is_not_stale(clean):
    limit = clean.thresholds().stale_days
    _update(clean, "project", {"status_date": (AS_OF - timedelta(days=limit)).isoformat()})
    assert run_checks(clean, AS_OF) == []
    _update(clean, "project", {"status_date": (AS_OF - timedelta(days=limit + 1)).isoformat()})
    assert [f.check for f in run_checks(clean, AS_OF)] == ["stale_status"]


def test_a_hotspot_is_high_and_makes_a_reported_green_false(clean):
    _update(clean, "allocation", {"hours": 200.0}, "WHERE period='2027-02'")
    findings = run_checks(clean, AS_OF)
    assert [(f.check, f.severity) for f in findings] == [
        ("false_green", "high"), ("over_allocated", "high")]
    assert "resource" in findings[0].message and "133%" in findings[1].message


def test_a_past_forecast_on_a_non_critical_milestone_is_medium(clean):
    _update(clean, "milestone", {"actual_date": None, "forecast_date": "2026-11-15",
                                 "baseline_date": "2026-11-25"}, "WHERE name='Design'")
    (finding,) = _only(run_checks(clean, AS_OF), "milestone_forecast_past")
    assert finding.severity == "medium" and finding.project == "P-1"


def test_completed_projects_are_not_nagged(clean):
    _update(clean, "project", {"state": "completed", "manager": None, "status_date": None})
    assert run_checks(clean, AS_OF) == []


def test_every_check_is_covered():
    covered = {"stale_status", "missing_bac", "missing_baseline", "missing_manager",
               "raid_no_owner", "raid_overdue", "over_allocated", "false_green",
               "milestone_forecast_past"}
    assert covered == set(CHECKS)


def test_the_checks_own_queries_find_what_the_pack_snapshot_finds(clean):
    """``run_checks`` reads its own queries (``check_data``); the pack evaluates the same
    checks on its snapshot: the two agree, edge cases included."""
    from pmo_desktop.store.check_data import check_inputs
    from pmo_desktop.store.pack_data import load_pack_data

    pid = clean.project_id("P-1")
    rid = clean.find_id("resource", {"name": "Cy Dee"})
    with clean.write() as tx:
        tx.update("project", pid, {"manager": "", "status_date": "2026-01-01"})
        tx.create("milestone", {"project_id": pid, "name": "Blank actual", "critical": 1,
                                "baseline_date": "2026-09-01", "actual_date": ""})
        tx.create("milestone", {"project_id": pid, "name": "Cancelled", "critical": 1,
                                "baseline_date": "2026-09-01", "status": "cancelled"})
        tx.create("issue", {"project_id": pid, "ref": "I-001", "title": "No owner",
                            "status": "open", "due_date": "2026-11-01"})
        tx.create("risk", {"project_id": pid, "ref": "R-009", "title": "Closed, no owner",
                           "status": "closed", "review_date": "2026-01-01"})
        for period, values in (("2026-12", {"hours": 200.0}),
                               ("2027-01", {"hours": 500.0, "booking": "proposed"})):
            aid = clean.find_id("allocation", {"resource_id": rid, "project_id": pid,
                                               "period": period})
            tx.update("allocation", aid, values)  # a proposed booking is not counted
    own = run_checks(clean, AS_OF)
    assert own == load_pack_data(clean, as_of=AS_OF).findings
    checks = {f.check for f in own}
    assert {"missing_manager", "stale_status", "milestone_forecast_past", "raid_no_owner",
            "raid_overdue", "over_allocated"} <= checks
    assert [f.item for f in own if f.check == "milestone_forecast_past"] == ["P-1/Blank actual"]
    assert [f.item for f in own if f.check == "raid_no_owner"] == ["P-1/I-001"]
    inputs = check_inputs(clean, AS_OF)  # only what the checks look at
    assert [m.name for m in inputs.state.milestones] == ["Go-live", "Blank actual"]
    assert {u.period for u in inputs.state.utilisation} <= set(MONTHS)
    load = {u.period: u.allocated for u in inputs.state.utilisation}
    assert load["2026-12"] == 200.0 and load["2027-01"] == 0.0
    assert inputs.state.changes == [] and inputs.state.attributes == {}
