"""The generic record form and register actions: any entity created, edited, deleted
and quick-changed through the dialog, undoable, with errors next to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from pmo_desktop.ui.record_actions import (
    add_record, delete_message, delete_records, edit_record, install_register_keys, set_fields,
)
from pmo_desktop.ui.record_form import RecordDialog, describe


def _project(store):
    return store.rows("project")[0]


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_a_risk_is_added_with_typed_values_and_undone(ctx, store, qtbot):
    project = _project(store)
    before = len(store.rows("risk", "project_id = ?", [project["id"]]))
    dialog = add_record(ctx, None, "risk", fixed={"project_id": project["id"]})
    qtbot.addWidget(dialog)
    assert "field_probability" in {w.objectName() for w in dialog.findChildren(object)}
    dialog.fields["title"].widget.setText("Supplier insolvency")
    combo = dialog.fields["probability"].widget
    combo.setCurrentIndex(combo.findData(4))
    dialog.fields["expected_value"].widget.setText("£250k")
    dialog.fields["owner"].widget.setText("Mia Evans")
    _ok(dialog)
    assert dialog.result() == RecordDialog.DialogCode.Accepted
    rows = store.rows("risk", "project_id = ?", [project["id"]])
    assert len(rows) == before + 1
    made = rows[-1]
    assert (made["title"], made["probability"], made["expected_value"], made["owner"]) == \
        ("Supplier insolvency", 4, 250_000, "Mia Evans")
    assert made["ref"]  # the next ref was given
    ctx.undo_stack.undo()
    assert len(store.rows("risk", "project_id = ?", [project["id"]])) == before


def test_errors_show_next_to_the_field_and_nothing_is_written(ctx, store, qtbot):
    project = _project(store)
    before = store.query("SELECT COUNT(*) AS n FROM change_log")[0]["n"]
    dialog = add_record(ctx, None, "milestone", fixed={"project_id": project["id"]})
    qtbot.addWidget(dialog)
    dialog.fields["pct_complete"].widget.setText("lots")
    _ok(dialog)
    assert dialog.isVisible() and dialog.result() != RecordDialog.DialogCode.Accepted
    assert not dialog.errors["name"].isHidden()
    assert "required" in dialog.errors["name"].text()
    assert "complete" in dialog.errors["pct_complete"].text().lower()
    assert store.query("SELECT COUNT(*) AS n FROM change_log")[0]["n"] == before


def test_a_refused_write_keeps_the_dialog_open_with_the_reason(ctx, store, qtbot):
    project = _project(store)
    existing = store.rows("milestone", "project_id = ?", [project["id"]])[0]
    dialog = add_record(ctx, None, "milestone", fixed={"project_id": project["id"]})
    qtbot.addWidget(dialog)
    dialog.fields["name"].widget.setText(existing["name"])  # the key is taken
    _ok(dialog)
    assert dialog.isVisible()
    assert not dialog.banner.isHidden() and dialog.banner.text()
    assert ctx.undo_stack.count() == 0


def test_edit_writes_only_what_changed_and_links_by_name(ctx, store, qtbot):
    project = _project(store)
    other = [p for p in store.rows("programme") if p["id"] != project["programme_id"]][0]
    dialog = edit_record(ctx, None, "project", project["id"])
    qtbot.addWidget(dialog)
    link = dialog.fields["programme"].widget
    link.setCurrentIndex(link.findData(other["name"]))
    _ok(dialog)
    assert store.get("project", project["id"])["programme_id"] == other["id"]
    assert ctx.undo_stack.count() == 1
    assert "programme" in dialog.changed() or "programme_id" in dialog.changed()
    assert set(dialog.changed()) == {"programme_id"}
    ctx.undo_stack.undo()
    assert store.get("project", project["id"])["programme_id"] == project["programme_id"]


def test_delete_says_what_goes_with_it_and_is_one_undo_step(ctx, store, qtbot):
    project = _project(store)
    text = delete_message(ctx, "project", [project["id"]])
    assert text.startswith(f"Delete project {project['code']}")
    assert "milestone" in text and "This also deletes" in text
    risks = store.query("SELECT id FROM raid_item WHERE type = 'risk' AND project_id = "
                        "(SELECT project_id FROM raid_item WHERE type = 'risk' GROUP BY "
                        "project_id HAVING COUNT(*) > 1 LIMIT 1) LIMIT 2")
    box = delete_records(ctx, None, "risk", [r["id"] for r in risks])
    qtbot.addWidget(box)
    assert "2 risks" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert all(store.get("risk", r["id"]) is None for r in risks)
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert all(store.get("risk", r["id"]) is not None for r in risks)


def test_set_fields_is_an_undoable_quick_change(ctx, store):
    risk = store.rows("risk")[0]
    assert set_fields(ctx, "risk", risk["id"], {"status": "closed"}, "Close risk")
    assert store.get("risk", risk["id"])["status"] == "closed"
    ctx.undo_stack.undo()
    assert store.get("risk", risk["id"])["status"] == risk["status"]


def test_register_keys_enter_edits_delete_deletes_insert_adds(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(3, 1)
    for i in range(3):
        model.setItem(i, 0, QStandardItem(str(i)))
    view.setModel(model)
    seen: dict[str, object] = {}
    install_register_keys(view, on_edit=lambda i: seen.setdefault("edit", i.row()),
                          on_delete=lambda rows: seen.setdefault("delete", len(rows)),
                          on_add=lambda: seen.setdefault("add", True))
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert seen == {"edit": 1, "delete": 1, "add": True}


def test_describe_names_a_record():
    assert describe("risk", {"ref": "R-004", "title": "Vendor late"}) == "risk R-004 “Vendor late”"
    assert describe("project", {"code": "DCX-101", "name": "X"}) == "project DCX-101"
    assert describe("change_request", {"ref": "CR-1"}) == "change request CR-1"


def test_a_cost_tolerance_shows_its_per_cent_points(ctx, store, qtbot):
    project = _project(store)
    with store.write(source="test") as tx:
        tx.update("project", project["id"], {"tolerance_cost_pct": 10.0, "pct_complete": 0.4})
    dialog = edit_record(ctx, None, "project", project["id"])
    qtbot.addWidget(dialog)
    assert dialog.fields["tolerance_cost_pct"].widget.text() == "10%"  # 10 = 10 %
    assert dialog.fields["pct_complete"].widget.text() == "40%"  # 0.4 = 40 %
    assert dialog.changed() == {}


def test_a_closed_form_lets_go_of_its_callback_so_no_cycle_holds_it(ctx, store, qtbot):
    import weakref

    for close in ("reject", "accept"):
        dialog = add_record(ctx, None, "stakeholder")
        qtbot.addWidget(dialog)
        callback = weakref.ref(dialog.on_submit)  # a closure over the dialog
        if close == "accept":
            dialog.fields["name"].widget.setText("Audit Committee")
            _ok(dialog)
            assert store.rows("stakeholder", "name = ?", ["Audit Committee"])
        else:
            dialog.reject()
        assert dialog.on_submit is None
        assert callback() is None  # freed at once: no collector pass needed
