"""The RAID register as an editor: add, edit, close, reopen and delete each of the six
kinds through the view (toolbar, keys), each one undo step; a risk that happened becomes
its linked issue; flags; scope; the column chooser."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.raid import CLOSING_STATUS, OPENING_STATUS
from pmo_desktop.ui.raid import RaidView
from pmo_desktop.ui.raid.chooser import SETTINGS_KEY
from pmo_desktop.ui.record_form import RecordDialog

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """A full collection after each test, on the GUI thread: a canary for Qt objects
    the collector cannot tear down safely. It found the undo stack's (commands pushed on
    a bare QUndoStack, in a cycle with their context, were deleted twice: segfaults
    "garbage-collecting" here, about one run in four; ``ui/undo_stack.py``)."""
    yield
    gc.collect()


def open_register(qtbot, ctx) -> RaidView:
    w = RaidView(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def reloaded(qtbot, w) -> None:
    """The view heard the change and read the store again."""
    qtbot.waitUntil(lambda: not w.is_loading(), timeout=20000)


def select(qtbot, w, item_id: int) -> int:
    """Select the row of item ``item_id`` (all filters cleared); its proxy row."""
    w.open_only.setChecked(False)
    for n in range(w.proxy.rowCount()):
        if w._row_at(n).id == item_id:
            index = w.proxy.index(n, 0)
            w.table.setCurrentIndex(index)
            w.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            w.raid_actions.refresh()
            return n
    raise AssertionError(f"item {item_id} is not in the register")


def item(store, kind: str, open_: bool = True) -> dict:
    closed = "" if open_ else "NOT"
    return store.query(f"""SELECT * FROM raid_item WHERE type = ? AND {closed}
        (COALESCE(status, 'open') IN ('open', 'on_track', 'at_risk', 'pending', 'draft',
                                      'monitoring', 'in_progress', 'escalated', 'proposed'))
        ORDER BY id LIMIT 1""", [kind])[0]


def ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def shown_ids(w) -> set[int]:
    return {w._row_at(n).id for n in range(w.proxy.rowCount())}


@pytest.mark.parametrize("kind", RAID_TYPES)
def test_add_each_kind_in_the_scoped_project_and_undo(qtbot, demo_ctx, demo_store, kind):
    w = open_register(qtbot, demo_ctx)
    code = demo_store.query("SELECT code FROM project ORDER BY code LIMIT 1 OFFSET 2")[0]["code"]
    w.set_scope("project", code)
    before = demo_store.query("SELECT COUNT(*) AS n FROM raid_item")[0]["n"]
    w.raid_actions.add_actions[kind].trigger()
    dialog = w.raid_actions.dialog
    assert isinstance(dialog, RecordDialog) and dialog.entity == kind
    names = set(dialog.fields)
    # the form shows the fields of the item's type
    assert ("probability" in names) == (kind == "risk")
    assert ("resolution" in names) == (kind == "issue")
    assert ("counterparty" in names) == (kind == "dependency")
    assert ("options" in names) == (kind == "decision")
    dialog.fields["title"].widget.setText(f"New {kind} from the meeting")
    ok(dialog)
    assert dialog.result() == RecordDialog.DialogCode.Accepted
    made = demo_store.query("SELECT r.*, p.code FROM raid_item r JOIN project p "
                            "ON p.id = r.project_id ORDER BY r.id DESC LIMIT 1")[0]
    assert (made["type"], made["title"], made["code"]) == (kind, f"New {kind} from the meeting",
                                                           code)
    assert made["status"] == OPENING_STATUS[kind] and made["ref"]
    reloaded(qtbot, w)
    assert made["id"] in shown_ids(w)
    demo_ctx.undo_stack.undo()
    assert demo_store.query("SELECT COUNT(*) AS n FROM raid_item")[0]["n"] == before
    reloaded(qtbot, w)
    assert made["id"] not in shown_ids(w)


def test_add_without_a_scope_asks_for_the_project(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    w.table.clearSelection()
    w.table.setCurrentIndex(w.proxy.index(-1, -1))
    w.raid_actions.add("action")
    picker = w.raid_actions.dialog
    assert picker.objectName() == "raid_pick_project"
    code = demo_store.query("SELECT code FROM project ORDER BY code DESC LIMIT 1")[0]["code"]
    picker.setTextValue(code)
    picker.accept()
    form = w.raid_actions.dialog
    assert isinstance(form, RecordDialog) and form.entity == "action"
    assert form.fixed["project_id"] == demo_store.project_id(code)


@pytest.mark.parametrize("kind", RAID_TYPES)
def test_enter_edits_each_kind_and_undo_puts_it_back(qtbot, demo_ctx, demo_store, kind):
    w = open_register(qtbot, demo_ctx)
    target = item(demo_store, kind)
    select(qtbot, w, target["id"])
    qtbot.keyClick(w.table, Qt.Key.Key_Return)
    dialog = w.raid_actions.dialog
    assert isinstance(dialog, RecordDialog) and dialog.entity == kind
    dialog.fields["title"].widget.setText("Renamed in the meeting")
    dialog.fields["owner"].widget.setText("Mia Evans")
    ok(dialog)
    after = demo_store.get(kind, target["id"])
    assert (after["title"], after["owner"]) == ("Renamed in the meeting", "Mia Evans")
    reloaded(qtbot, w)
    n = select(qtbot, w, target["id"])
    assert w.proxy.index(n, w.chooser.ids.index("title")).data() == "Renamed in the meeting"
    demo_ctx.undo_stack.undo()
    assert demo_store.get(kind, target["id"]) == target


@pytest.mark.parametrize("kind", RAID_TYPES)
def test_close_and_reopen_each_kind_one_undo_step_each(qtbot, demo_ctx, demo_store, kind):
    w = open_register(qtbot, demo_ctx)
    target = item(demo_store, kind)
    select(qtbot, w, target["id"])
    assert w.raid_actions.close_action.isEnabled()
    assert not w.raid_actions.reopen_action.isEnabled()
    w.raid_actions.close_action.trigger()
    closed = demo_store.get(kind, target["id"])
    assert closed["status"] == CLOSING_STATUS[kind] and closed["closed_date"] == TODAY.isoformat()
    reloaded(qtbot, w)
    select(qtbot, w, target["id"])
    assert w.raid_actions.reopen_action.isEnabled() and not w.raid_actions.close_action.isEnabled()
    w.raid_actions.reopen_action.trigger()
    opened = demo_store.get(kind, target["id"])
    assert opened["status"] == OPENING_STATUS[kind] and opened["closed_date"] is None
    assert demo_ctx.undo_stack.count() == 2
    demo_ctx.undo_stack.undo()
    assert demo_store.get(kind, target["id"])["status"] == CLOSING_STATUS[kind]
    demo_ctx.undo_stack.undo()
    assert demo_store.get(kind, target["id"]) == target


@pytest.mark.parametrize("kind", RAID_TYPES)
def test_delete_key_asks_then_deletes_each_kind_and_undo_restores(qtbot, demo_ctx, demo_store,
                                                                 kind):
    w = open_register(qtbot, demo_ctx)
    target = item(demo_store, kind)
    select(qtbot, w, target["id"])
    qtbot.keyClick(w.table, Qt.Key.Key_Delete)
    box = w.raid_actions.dialog
    assert isinstance(box, QMessageBox) and target["ref"] in box.text()
    assert demo_store.get(kind, target["id"]) is not None  # nothing yet: it asks first
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get(kind, target["id"]) is None
    reloaded(qtbot, w)
    assert target["id"] not in shown_ids(w)
    demo_ctx.undo_stack.undo()
    assert demo_store.get(kind, target["id"]) == target


def test_deleting_items_of_several_kinds_is_one_undo_step(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    risk, issue = item(demo_store, "risk"), item(demo_store, "issue")
    w.open_only.setChecked(False)
    select(qtbot, w, risk["id"])
    n = next(n for n in range(w.proxy.rowCount()) if w._row_at(n).id == issue["id"])
    w.table.selectionModel().select(w.proxy.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                                    | QItemSelectionModel.SelectionFlag.Rows)
    w.raid_actions.delete_selected()
    box = w.raid_actions.dialog
    assert "1 risk" in box.text() and "1 issue" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("risk", risk["id"]) is None
    assert demo_store.get("issue", issue["id"]) is None
    demo_ctx.undo_stack.undo()
    assert demo_store.get("risk", risk["id"]) == risk
    assert demo_store.get("issue", issue["id"]) == issue


def test_a_risk_that_happened_becomes_its_linked_issue_and_undo_takes_it_back(
        qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    risk = item(demo_store, "risk")
    issues = demo_store.query("SELECT COUNT(*) AS n FROM raid_item WHERE type = 'issue'")[0]["n"]
    select(qtbot, w, risk["id"])
    assert w.raid_actions.materialise_action.isEnabled()
    w.raid_actions.materialise_action.trigger()
    issue = demo_store.query("SELECT * FROM raid_item WHERE type = 'issue' AND linked_ref = ? "
                             "AND project_id = ?", [risk["ref"], risk["project_id"]])[0]
    assert issue["title"] == risk["title"] and issue["status"] == "open"
    assert demo_store.get("risk", risk["id"])["status"] == "materialised"
    reloaded(qtbot, w)
    w.type_tabs.setCurrentIndex(w._types.index("issue"))
    assert w.table.isColumnHidden(w.chooser.ids.index("linked")) is False
    n = select(qtbot, w, issue["id"])
    assert w.proxy.index(n, w.chooser.ids.index("linked")).data() == f"from risk {risk['ref']}"
    assert demo_ctx.undo_stack.count() == 1
    demo_ctx.undo_stack.undo()
    assert demo_store.get("issue", issue["id"]) is None
    assert demo_store.get("risk", risk["id"]) == risk
    assert demo_store.query("SELECT COUNT(*) AS n FROM raid_item WHERE type = 'issue'")[0]["n"] \
        == issues
    demo_ctx.undo_stack.redo()
    assert demo_store.get("risk", risk["id"])["status"] == "materialised"


def test_a_closed_risk_cannot_become_an_issue(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    risk = item(demo_store, "risk", open_=False)
    select(qtbot, w, risk["id"])
    assert not w.raid_actions.materialise_action.isEnabled()
    assert w.raid_actions.materialise_current() is False


def test_flags_show_with_a_reason_and_filter(qtbot, demo_ctx, demo_store):
    risk = item(demo_store, "risk")
    action = item(demo_store, "action")
    with demo_store.write("test") as tx:
        tx.update("risk", risk["id"], {"review_date": "2026-11-01", "owner": None})
        tx.update("action", action["id"], {"due_date": "2026-11-20", "owner": "Mia Evans"})
    w = open_register(qtbot, demo_ctx)
    flags = w.chooser.ids.index("flags")
    n = select(qtbot, w, risk["id"])
    assert w.proxy.index(n, flags).data() == "Review +1"
    tip = w.proxy.index(n, flags).data(Qt.ItemDataRole.ToolTipRole).replace("\xa0", " ")
    assert "01 Nov 2026" in tip and "nobody owns it" in tip
    n = select(qtbot, w, action["id"])
    assert w.proxy.index(n, flags).data() == "Overdue"
    w.flag_filter.setCurrentIndex(w.flag_filter.findData("flag:no_owner"))
    shown = [w._row_at(n) for n in range(w.proxy.rowCount())]
    assert risk["id"] in {r.id for r in shown} and action["id"] not in {r.id for r in shown}
    assert all(not (r.owner or "").strip() and r.is_open for r in shown)
    w.flag_filter.setCurrentIndex(w.flag_filter.findData("flag:overdue"))
    assert action["id"] in shown_ids(w)
    assert all(r.due_date < TODAY.isoformat() for r in map(w._row_at, range(w.proxy.rowCount())))


def test_scope_to_a_programme_or_a_project(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    w.open_only.setChecked(False)
    programme = demo_store.query("""SELECT g.name, COUNT(*) AS n FROM raid_item r
        JOIN project p ON p.id = r.project_id JOIN programme g ON g.id = p.programme_id
        GROUP BY g.name ORDER BY g.name LIMIT 1""")[0]
    w.set_scope("programme", programme["name"])
    assert w.proxy.rowCount() == programme["n"]
    assert {w._row_at(n).programme for n in range(w.proxy.rowCount())} == {programme["name"]}
    code = w._row_at(0).project_code
    w.apply_filter({"code": code, "open": False})
    assert w.scope.currentData() == f"project:{code}"
    assert {w._row_at(n).project_code for n in range(w.proxy.rowCount())} == {code}
    assert w.scope_project_id() == demo_store.project_id(code)
    w.set_scope(None)
    assert w.proxy.rowCount() == w.model.rowCount()


def test_the_column_chooser_is_per_tab_and_remembered(qtbot, demo_ctx, demo_store, tmp_path):
    w = open_register(qtbot, demo_ctx)
    ids = w.chooser.ids
    w.type_tabs.setCurrentIndex(w._types.index("risk"))
    assert not w.table.isColumnHidden(ids.index("residual_score"))
    assert w.table.isColumnHidden(ids.index("proximity"))
    menu = w.chooser.menu()
    menu.findChild(object, "raid_column_proximity").trigger()
    assert not w.table.isColumnHidden(ids.index("proximity"))
    assert "proximity" in demo_ctx.settings.value(SETTINGS_KEY.format(tab="risk"))
    w.type_tabs.setCurrentIndex(w._types.index("decision"))
    assert w.table.isColumnHidden(ids.index("proximity"))
    assert not w.table.isColumnHidden(ids.index("decided_by"))
    again = open_register(qtbot, demo_ctx)
    again.type_tabs.setCurrentIndex(again._types.index("risk"))
    assert not again.table.isColumnHidden(ids.index("proximity"))
    again.chooser.reset()
    assert again.table.isColumnHidden(ids.index("proximity"))


def test_double_click_edits_and_open_project_navigates(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    target = item(demo_store, "issue")
    n = select(qtbot, w, target["id"])
    w.table.doubleClicked.emit(w.proxy.index(n, 3))
    dialog = w.raid_actions.dialog
    assert isinstance(dialog, RecordDialog) and dialog.record["id"] == target["id"]
    dialog.reject()
    menu = w.raid_actions.menu()
    assert [a.objectName() for a in menu.actions() if a.objectName()][:4] == [
        "raid_edit", "raid_close", "raid_reopen", "raid_materialise"]
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        w.raid_actions.project_action.trigger()
    code = demo_store.query("SELECT code FROM project WHERE id = ?",
                            [target["project_id"]])[0]["code"]
    assert blocker.args == ["project", {"code": code, "tab": "raid"}]


def _raid_log(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Risk log"
    sheet.append(["Risk ID", "Title", "Owner", "Likelihood", "Impact", "Status"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_imported_word_shows_beside_the_value_it_was_read_as(qtbot, demo_ctx, demo_store,
                                                                 tmp_path):
    from pmo_desktop.operations.imports import import_files

    code = demo_store.query("SELECT code FROM project ORDER BY code LIMIT 1")[0]["code"]
    log = _raid_log(tmp_path / "raid.xlsx", [
        ["R-901", "Vendor insolvency", "Mia Evans", "Likely", 4, "Open"],
        ["R-902", "Key person leaves", "Ali Khan", 2, "Very high", "Open"]])
    import_files(demo_store, [str(log)], dry_run=False, project_code=code)
    first = demo_store.query("SELECT * FROM raid_item WHERE ref = 'R-901'")[0]
    assert (first["probability"], first["impact"]) == (4, 4)
    w = open_register(qtbot, demo_ctx)
    p, i = w.chooser.ids.index("probability"), w.chooser.ids.index("impact")
    n = select(qtbot, w, first["id"])
    assert w.proxy.index(n, p).data() == "4*"
    assert w.proxy.index(n, w.chooser.ids.index("words")).data() == "P “Likely”"
    assert "“Likely”, read as 4" in w.proxy.index(n, p).data(Qt.ItemDataRole.ToolTipRole) \
        .replace("\xa0", " ")
    assert w.proxy.index(n, i).data() == "4"  # typed as a number: nothing mapped
    second = demo_store.query("SELECT id FROM raid_item WHERE ref = 'R-902'")[0]["id"]
    n = select(qtbot, w, second)
    assert (w.proxy.index(n, p).data(), w.proxy.index(n, i).data()) == ("2", "5*")
    # an edit of the value: the tracker's word no longer describes it
    from pmo_desktop.ui.record_actions import set_fields

    set_fields(demo_ctx, "risk", first["id"], {"probability": 3}, "Edit")
    reloaded(qtbot, w)
    n = select(qtbot, w, first["id"])
    assert w.proxy.index(n, p).data() == "3"
    # a re-import that gives the value as stored drops the word
    _raid_log(log, [["R-901", "Vendor insolvency", "Mia Evans", 2, 4, "Open"]])
    import_files(demo_store, [str(log)], dry_run=False, project_code=code)
    assert demo_store.query("SELECT source_text FROM raid_item WHERE ref = 'R-901'")[0][
        "source_text"] is None


def test_the_project_page_opens_the_register_scoped_to_its_project(qtbot, demo_ctx, demo_store):
    from PySide6.QtWidgets import QPushButton

    from pmo_desktop.ui.detail import ProjectDetailView

    code = demo_store.query("SELECT code FROM project ORDER BY code LIMIT 1 OFFSET 1")[0]["code"]
    page = ProjectDetailView(demo_ctx)
    qtbot.addWidget(page)
    page.show_project(code)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    with qtbot.waitSignal(demo_ctx.navigate) as blocker:
        page.findChild(QPushButton, "detail_open_raid").click()
    assert blocker.args[0] == "risks"
    w = open_register(qtbot, demo_ctx)
    w.apply_filter(blocker.args[1])
    assert w.scope.currentData() == f"project:{code}"
    assert w.proxy.rowCount() == demo_store.query(
        "SELECT COUNT(*) AS n FROM raid_item r JOIN project p ON p.id = r.project_id "
        "WHERE p.code = ?", [code])[0]["n"]


def test_insert_adds_an_item_of_the_tab_s_kind(qtbot, demo_ctx, demo_store):
    w = open_register(qtbot, demo_ctx)
    code = demo_store.query("SELECT code FROM project ORDER BY code LIMIT 1")[0]["code"]
    w.set_scope("project", code)
    w.type_tabs.setCurrentIndex(w._types.index("dependency"))
    qtbot.keyClick(w.table, Qt.Key.Key_Insert)
    dialog = w.raid_actions.dialog
    assert isinstance(dialog, RecordDialog) and dialog.entity == "dependency"
    assert dialog.fixed == {"project_id": demo_store.project_id(code)}
    dialog.reject()


PAGE_WIDTH = 1366 - 176  # a 1366 px window less the main window's sidebar


def test_every_tab_fits_a_laptop_screen_without_scrolling_sideways(qtbot, demo_ctx,
                                                                     demo_store):
    # The Risks tab's default columns scrolled sideways at 1366 px with the heat map open
    # (1,153 px of columns in 914); the chooser keeps the rest a click away.
    from PySide6.QtWidgets import QApplication

    w = RaidView(demo_ctx)
    qtbot.addWidget(w)
    w.resize(PAGE_WIDTH, 700)
    w.show()
    wait_loaded(qtbot, w)
    assert w.side.isVisible()  # the heat map is open beside the register
    for n, kind in enumerate(w._types):
        w.type_tabs.setCurrentIndex(n)
        QApplication.processEvents()
        shown = [c for c in range(w.model.columnCount()) if not w.table.isColumnHidden(c)]
        assert len(shown) >= 8, kind
        assert w.table.horizontalScrollBar().maximum() == 0, (kind, sum(
            w.table.columnWidth(c) for c in shown), w.table.viewport().width())
    w.type_tabs.setCurrentIndex(w._types.index("risk"))
    ids = w.chooser.ids
    for cid in ("score", "residual_score", "owner", "flags", "status"):
        assert not w.table.isColumnHidden(ids.index(cid)), cid


def test_the_buttons_name_their_action_without_its_key(qtbot, demo_ctx, demo_store):
    from PySide6.QtWidgets import QToolButton

    w = open_register(qtbot, demo_ctx)
    select(qtbot, w, item(demo_store, "issue")["id"])  # the actions change: enabled
    texts = [b.text() for b in w.findChildren(QToolButton) if b.isVisible()]
    assert "Edit…" in texts and "Delete…" in texts
    assert not [t for t in texts if "\t" in t]
    assert w.raid_actions.edit_action.text() == "Edit…\tEnter"  # the menu still names the key


def test_a_risk_s_cost_impact_is_a_column_to_choose(qtbot, demo_ctx, demo_store):
    from pmo_desktop.store.queries_raid import raid_register
    from pmo_desktop.ui.raid.columns import DEFAULT_COLUMNS, register_columns

    risk = demo_store.rows("risk")[0]
    with demo_store.write(source="test") as tx:
        tx.update("risk", risk["id"], {"impact_cost": 25000.0})
    column = {c.id: c.column for c in register_columns()}["impact_cost"]
    assert column.title == "Cost impact"
    assert "impact_cost" not in DEFAULT_COLUMNS["risk"]  # the default set still fits
    (row,) = [r for r in raid_register(demo_store) if r.id == risk["id"]]
    assert row.impact_cost == 25000.0 and column.text(row) == "25k"
