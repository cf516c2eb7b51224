"""The Change control view: the register, its filters, workflow steps through the
buttons (a decision asks who decided), the project's BAC moving on approval, undo."""

from __future__ import annotations

import pytest

from pmo_desktop.ui.change_control import ChangeControlView, create_view
from pmo_desktop.ui.record_form import RecordDialog

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _add_project(store):
    with store.write("test") as tx:
        pid = tx.create("project", {"code": "CC-1", "name": "Change control", "bac": 800_000.0,
                                    "finish_baseline": "2099-03-31"})
        tx.create("milestone", {"project_id": pid, "name": "Go-live",
                                "baseline_date": "2099-01-31"})
        tx.create("change_request", {"project_id": pid, "ref": "CR-001", "title": "More scope",
                                     "status": "awaiting_decision", "impact_cost": 60_000.0,
                                     "impact_schedule_days": 14, "requester": "Bo Diaz"})
        tx.create("change_request", {"project_id": pid, "ref": "CR-002", "title": "Draft one",
                                     "status": "draft", "impact_cost": 1_000.0})
    return pid


@pytest.fixture
def view(qtbot, demo_ctx, demo_store):
    _add_project(demo_store)
    w = create_view(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def _show_project(view, code="CC-1"):
    view.project_filter.setCurrentIndex(view.project_filter.findData(code))


def _select(view, store, ref):
    cid = store.find_id("change_request", {"project_id": store.project_id("CC-1"), "ref": ref})
    assert view.select(cid)
    return cid


def _refs(view):
    return [view.model.row(view.proxy.mapToSource(view.proxy.index(r, 0)).row())["ref"]
            for r in range(view.proxy.rowCount())]


def test_register_lists_every_project_and_filters(qtmodeltester, view, demo_store):
    assert isinstance(view, ChangeControlView)
    qtmodeltester.check(view.model)
    n = demo_store.db.execute("SELECT COUNT(*) FROM change_request").fetchone()[0]
    assert view.model.rowCount() == n and n > 2
    _show_project(view)
    assert sorted(_refs(view)) == ["CR-001", "CR-002"]
    view.status_filter.setCurrentIndex(view.status_filter.findData("awaiting_decision"))
    assert _refs(view) == ["CR-001"]
    cells = [view.proxy.index(0, c).data() for c in range(view.proxy.columnCount())]
    assert "Awaiting decision" in cells and "Project board" in cells  # 60k > 50k
    assert "Bo Diaz" in cells and "+14 d" in cells


def test_buttons_follow_the_workflow(view, demo_store):
    _show_project(view)
    _select(view, demo_store, "CR-002")  # a draft
    enabled = {s for s, b in view.step_buttons.items() if b.isEnabled()}
    assert enabled == {"submitted", "withdrawn"}
    _select(view, demo_store, "CR-001")
    enabled = {s for s, b in view.step_buttons.items() if b.isEnabled()}
    assert enabled == {"approved", "rejected", "deferred", "under_assessment", "withdrawn"}


def test_submit_through_the_button_and_undo(qtbot, view, demo_ctx, demo_store):
    _show_project(view)
    cid = _select(view, demo_store, "CR-002")
    view.step_buttons["submitted"].click()
    assert demo_store.get("change_request", cid)["status"] == "submitted"
    wait_loaded(qtbot, view)
    assert view.selected()["status"] == "submitted"  # the selection is kept across reloads
    assert {s for s, b in view.step_buttons.items() if b.isEnabled()} == {
        "under_assessment", "draft", "withdrawn"} & set(view.step_buttons)
    demo_ctx.undo_stack.undo()
    assert demo_store.get("change_request", cid)["status"] == "draft"


def test_approve_through_the_button_moves_the_bac_and_undo_puts_it_back(
        qtbot, view, demo_ctx, demo_store):
    _show_project(view)
    cid = _select(view, demo_store, "CR-001")
    pid = demo_store.project_id("CC-1")
    view.step_buttons["approved"].click()
    dialog = view.dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = [b for b in dialog.findChildren(type(view.new_button)) if b.objectName() == "decisionOk"]
    ok[0].click()  # nobody named: refused in the dialog
    assert dialog.isVisible() and dialog.error.text()
    assert demo_store.get("change_request", cid)["status"] == "awaiting_decision"
    dialog.by.setText("Portfolio Board")
    dialog.note.setPlainText("Funded from contingency")
    ok[0].click()
    assert not dialog.isVisible()
    cr = demo_store.get("change_request", cid)
    assert (cr["status"], cr["approver"], cr["decision"]) == (
        "approved", "Portfolio Board", "Funded from contingency")
    project = demo_store.get("project", pid)
    assert (project["bac"], project["finish_baseline"]) == (860_000.0, "2099-04-14")
    versions = demo_store.query("SELECT version, source_cr FROM baseline WHERE project_id = ?"
                                " ORDER BY version", [pid])
    assert [(v["version"], v["source_cr"]) for v in versions] == [(0, None), (1, "CR-001")]
    assert view.decided_by == "Portfolio Board"
    wait_loaded(qtbot, view)
    assert view.selected()["status"] == "approved"
    assert demo_ctx.undo_stack.undoText() == "Approve CR-001 (CC-1)"
    demo_ctx.undo_stack.undo()
    assert demo_store.get("project", pid)["bac"] == 800_000.0
    assert demo_store.get("project", pid)["finish_baseline"] == "2099-03-31"
    assert not demo_store.query("SELECT * FROM baseline WHERE project_id = ?", [pid])
    assert demo_store.get("change_request", cid)["status"] == "awaiting_decision"
    demo_ctx.undo_stack.redo()  # approved again, as a new batch
    assert demo_store.get("project", pid)["bac"] == 860_000.0


def test_new_change_request_through_the_record_form(qtbot, view, demo_ctx, demo_store):
    _show_project(view)
    view.new_button.click()
    dialog = view.dialog
    assert isinstance(dialog, RecordDialog)
    qtbot.addWidget(dialog)
    assert "status" not in dialog.fields and "approver" not in dialog.fields
    dialog.fields["title"].widget.setText("Add a data feed")
    dialog.fields["impact_cost"].widget.setText("£12k")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    made = demo_store.query("SELECT * FROM change_request WHERE title = 'Add a data feed'")[0]
    assert (made["ref"], made["status"], made["impact_cost"]) == ("CR-003", "draft", 12_000.0)
    wait_loaded(qtbot, view)
    assert "CR-003" in _refs(view)
    demo_ctx.undo_stack.undo()
    assert not demo_store.query("SELECT * FROM change_request WHERE title = 'Add a data feed'")


def test_project_page_lists_the_baseline_versions(qtbot, view, demo_ctx, demo_store):
    from pmo_desktop.ui.detail import ProjectDetailView

    _show_project(view)
    _select(view, demo_store, "CR-001")
    view.take_step("approved")
    view.dialog.by.setText("Portfolio Board")
    view.dialog._on_ok()
    page = ProjectDetailView(demo_ctx)
    qtbot.addWidget(page)
    page.show()  # a shown page reloads on a change (a hidden one only marks itself stale)
    page.show_project("CC-1")
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    model = page.models["baselines"]
    assert model.rowCount() == 2
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert texts[0][0] == "v0" and texts[1][0] == "v1"
    assert "CR-001" in texts[1] and "Portfolio Board" in texts[1] and "+14 d" in texts[1]
    tab = page.tabs.tabText(page.tabs.indexOf(page.views["baselines"]))
    assert tab == "Baselines (2)"
    assert page._facts["bac"].text() == "£860,000"  # the page's budget is the new version's
    demo_ctx.undo_stack.undo()  # the page hears the change and drops version 1 and 0
    qtbot.waitUntil(lambda: page.models["baselines"].rowCount() == 0, timeout=20000)
    assert page._facts["bac"].text() == "£800,000"
