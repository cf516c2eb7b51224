"""One project's page: its records, history and provenance."""

from __future__ import annotations

import pytest

from pmo_desktop.store import queries_views as qv

from queries_fixtures import TODAY, one, template  # noqa: F401


def test_project_detail_lists_its_records(store):
    code = "DCX-102"
    pid = store.project_id(code)
    d = qv.project_detail(store.db, code, TODAY, store.thresholds(), store.risk_bands())
    assert d is not None and d.project["code"] == code
    assert len(d.milestones) == one(store, "SELECT COUNT(*) FROM milestone WHERE project_id=?",
                                    [pid])
    assert len(d.raid) == one(store, "SELECT COUNT(*) FROM raid_item WHERE project_id=?", [pid])
    assert len(d.change_requests) == one(
        store, "SELECT COUNT(*) FROM change_request WHERE project_id=?", [pid])
    assert len(d.financials) == one(store, "SELECT COUNT(*) FROM financial WHERE project_id=?",
                                    [pid])
    assert d.financials[-1]["planned_cum"] == pytest.approx(
        one(store, "SELECT SUM(planned) FROM financial WHERE project_id=?", [pid]))
    assert [h["label"] for h in d.rag_history][-1] == "October 2026"
    assert all(h["snapshot"] is not None for h in d.rag_history)
    updates = one(store, """SELECT COUNT(*) FROM change_log WHERE entity='project'
        AND key=? AND op='update'""", [code])
    assert sum(1 for h in d.history if h.entity == "project" and h.op == "update") == updates
    assert set(d.trends) == {"overall", "schedule", "cost", "scope", "risk", "resource",
                             "benefits"}
    assert qv.project_detail(store.db, "NOPE-1", TODAY) is None


def test_history_names_the_import_batch_file_sheet_and_row(store):
    pid = store.project_id("FIN-101")
    with store.write("import", batch={"file_name": "finance tracker.xlsx"}) as tx:
        tx.update("project", pid, {"summary": "Imported summary"},
                  provenance=("finance tracker.xlsx", "Status", 7))
    d = qv.project_detail(store.db, "FIN-101", TODAY)
    entry = d.history[0]
    assert (entry.field, entry.new, entry.source) == ("summary", "Imported summary", "import")
    assert (entry.file_name, entry.sheet, entry.row) == ("finance tracker.xlsx", "Status", 7)
