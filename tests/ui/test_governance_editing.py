"""The Governance view edits its registers in place: gates (of a project chosen first,
named from the portfolio's gate sequence), benefits and their measured actuals, and
stakeholders; each change one undo step, the view reloaded from it. Over a real demo
file, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pmo_desktop.operations.settings import update_settings
from pmo_desktop.ui.record_form import RecordDialog
from pmo_desktop.ui.strategy import create_governance

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _open(qtbot, ctx):
    w = create_governance(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def _select(table, column, text):
    model = table.model()
    for r in range(model.rowCount()):
        index = model.index(r, column)
        if index.data() == text:
            table.setCurrentIndex(index)
            table.selectionModel().select(index, QItemSelectionModel.SelectionFlag
                                          .ClearAndSelect | QItemSelectionModel
                                          .SelectionFlag.Rows)
            return r
    raise AssertionError(f"{text!r} not in column {column}")


def _ok(form):
    form.buttons.button(form.buttons.StandardButton.Ok).click()


def _choose(combo, value):
    i = combo.findData(value)
    assert i >= 0, value
    combo.setCurrentIndex(i)


def _gates(store, code):
    return [g["gate_code"] for g in store.query(
        "SELECT g.gate_code FROM gate g JOIN project p ON p.id = g.project_id "
        "WHERE p.code = ? ORDER BY g.gate_code", [code])]


def test_a_gate_is_added_to_a_chosen_project_decided_and_deleted_each_one_undo_step(
        qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    table = w.gate_panel.table
    assert w.gates.index(0, 1).data().endswith("of 6)")  # Gate n (k of 6)
    _select(table, 0, w.gates.index(0, 0).data())
    code = w.gates.index(table.currentIndex().row(), 0).data().split()[0]
    had = _gates(demo_store, code)
    before = w.gates.rowCount()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    chooser = w.chooser
    assert isinstance(chooser, QInputDialog) and chooser.isVisible()
    assert chooser.textValue().startswith(code + " — ")  # the current gate's project
    chooser.accept()
    form = w.gate_panel.dialog
    assert isinstance(form, RecordDialog) and form.windowTitle() == f"New gate of {code}"
    gate = form.fields["gate_code"].widget
    offered = [gate.itemData(i) for i in range(1, gate.count())]
    assert offered == list(demo_store.gate_names())
    proposed = gate.currentData()
    assert proposed not in had and proposed == next(n for n in offered if n not in had)
    form.fields["planned_date"].widget.set_value("2027-03-01")
    _ok(form)
    qtbot.waitUntil(lambda: w.gates.rowCount() == before + 1, timeout=10_000)
    assert sorted(_gates(demo_store, code)) == sorted(had + [proposed])

    row = _select(table, 1, f"{proposed} ({offered.index(proposed) + 1} of 6)")
    assert w.gates.index(row, 4).data() == "due"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    form = w.gate_panel.dialog
    assert form.windowTitle().startswith(f"Edit gate {proposed} of {code} ")
    _choose(form.fields["decision"].widget, "go_with_conditions")
    form.fields["decided_by"].widget.setText("Investment Committee")
    form.fields["conditions"].widget.setPlainText("Benefits profile agreed first.")
    _ok(form)
    stored = demo_store.rows("gate", "gate_code = ? AND project_id = ?",
                             [proposed, demo_store.project_id(code)])[0]
    assert stored["decision"] == "go_with_conditions"
    assert stored["conditions"] == "Benefits profile agreed first."
    qtbot.waitUntil(lambda: "Go with conditions" in [
        w.gates.index(r, 4).data() for r in range(w.gates.rowCount())], timeout=10_000)

    _select(table, 1, f"{proposed} ({offered.index(proposed) + 1} of 6)")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = w.gate_panel.dialog
    assert isinstance(box, QMessageBox) and "gate" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("gate", stored["id"]) is None
    qtbot.waitUntil(lambda: w.gates.rowCount() == before, timeout=10_000)

    demo_ctx.undo_stack.undo()  # the delete
    assert demo_store.get("gate", stored["id"])["decision"] == "go_with_conditions"
    demo_ctx.undo_stack.undo()  # the decision
    assert demo_store.get("gate", stored["id"])["decision"] is None
    demo_ctx.undo_stack.undo()  # the add
    assert demo_store.get("gate", stored["id"]) is None
    qtbot.waitUntil(lambda: w.gates.rowCount() == before, timeout=10_000)


def test_the_gate_sequence_setting_names_the_gates_and_the_form_offers_it(
        qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    result = update_settings(demo_store, {"gate_names": "G0 Idea; G1 Business case; "
                                                        "G2 Delivery"}, source="test")
    demo_ctx.notify(result)
    qtbot.waitUntil(lambda: "G0 Idea → G1 Business case → G2 Delivery"
                    in w._subtitle.text(), timeout=10_000)
    labels = {w.gates.index(r, 1).data() for r in range(w.gates.rowCount())}
    assert labels and all(t.endswith("(not in the sequence)") for t in labels)
    # an old gate can still be decided: its own name stays offered
    _select(w.gate_panel.table, 1, "Gate 1 (not in the sequence)")
    old_id = w.gate_panel.current()["id"]
    assert demo_store.get("gate", old_id)["decision"] != "hold"
    w.gate_panel.edit()
    form = w.gate_panel.dialog
    gate = form.fields["gate_code"].widget
    assert [gate.itemData(i) for i in range(1, gate.count())] == [
        "G0 Idea", "G1 Business case", "G2 Delivery", "Gate 1"]
    assert gate.currentData() == "Gate 1"
    _choose(form.fields["decision"].widget, "hold")
    _ok(form)
    assert not form.isVisible()
    assert demo_store.get("gate", old_id)["decision"] == "hold"
    assert demo_store.get("gate", old_id)["gate_code"] == "Gate 1"
    # a new gate is offered the sequence only, and must be one of them
    form = w.add_gate_to(w.read.projects[0][0])
    gate = form.fields["gate_code"].widget
    assert [gate.itemData(i) for i in range(1, gate.count())] == [
        "G0 Idea", "G1 Business case", "G2 Delivery"]
    gate.setCurrentIndex(0)  # —
    _ok(form)
    assert form.isVisible() and "required" in form.errors["gate_code"].text()
    form.reject()


def test_the_record_form_refuses_a_weight_that_breaks_the_100_percent(qtbot, demo_ctx,
                                                                     demo_store):
    from pmo_desktop.ui.record_actions import edit_record

    criterion = demo_store.rows("criterion", "name = ?", ["Feasibility"])[0]
    form = edit_record(demo_ctx, None, "criterion", criterion["id"])
    qtbot.addWidget(form)
    form.fields["weight"].widget.setText("20%")
    _ok(form)
    assert form.isVisible()
    message = form.errors["weight"].text()
    assert "add up to 110 %" in message and "Feasibility 20 %" in message
    assert demo_store.get("criterion", criterion["id"])["weight"] == criterion["weight"]
    assert demo_ctx.undo_stack.count() == 0
    form.fields["weight"].widget.setText("10%")
    form.fields["description"].widget.setPlainText("Can we do it with what we have?")
    _ok(form)
    assert not form.isVisible() and demo_ctx.undo_stack.count() == 1


def test_a_benefit_s_actuals_follow_the_selection_and_a_new_one_is_added(
        qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    w.tabs.setCurrentIndex(1)
    ref = "BEN-001"
    _select(w.benefit_panel.table, 0, ref)
    benefit = demo_store.rows("benefit", "ref = ?", [ref])[0]
    measured = demo_store.rows("benefit_actual", "benefit_id = ?", [benefit["id"]])
    assert w.actuals.rowCount() == len(measured) > 0
    assert w.actual_title.text().startswith(f"Actuals of {ref} “")
    form = w.add_actual()
    assert form.fixed == {"benefit_id": benefit["id"]}
    assert form.fields["actual_date"].widget.iso() == TODAY.isoformat()
    target = benefit["target_value"]
    form.fields["value"].widget.setText(f"{target:g}")
    _ok(form)
    qtbot.waitUntil(lambda: w.actuals.rowCount() == len(measured) + 1, timeout=10_000)
    row = _select(w.benefit_panel.table, 0, ref)
    assert w.benefits.index(row, 7).data() == "100%"  # the latest actual hits the target
    demo_ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: w.actuals.rowCount() == len(measured), timeout=10_000)


def test_a_stakeholder_is_added_and_placed_on_the_grid_then_edited(qtbot, demo_ctx,
                                                                  demo_store):
    w = _open(qtbot, demo_ctx)
    w.tabs.setCurrentIndex(2)
    before = len(w.grid.rows)
    qtbot.keyClick(w.stakeholder_panel.table, Qt.Key.Key_Insert)
    form = w.stakeholder_panel.dialog
    form.fields["name"].widget.setText("Trade Union Rep")
    _choose(form.fields["power"].widget, 2)
    _choose(form.fields["interest"].widget, 5)
    _ok(form)
    qtbot.waitUntil(lambda: len(w.grid.rows) == before + 1, timeout=10_000)
    row = _select(w.stakeholder_panel.table, 0, "Trade Union Rep")
    assert w.stakeholders.index(row, 4).data() == "keep informed"
    w.stakeholder_panel.edit()
    form = w.stakeholder_panel.dialog
    _choose(form.fields["power"].widget, 4)
    _ok(form)
    qtbot.waitUntil(lambda: any(
        w.stakeholders.index(r, 4).data() == "manage closely"
        and w.stakeholders.index(r, 0).data() == "Trade Union Rep"
        for r in range(w.stakeholders.rowCount())), timeout=10_000)
    assert demo_store.rows("stakeholder", "name = ?", ["Trade Union Rep"])[0]["power"] == 4


def test_nothing_selected_edits_nothing_and_a_read_only_file_offers_no_edits(
        qtbot, demo_ctx):
    w = _open(qtbot, demo_ctx)
    w.gate_panel.table.clearSelection()
    w.gate_panel.table.setCurrentIndex(w.gates.index(-1, -1))
    w.gate_panel.refresh()
    assert not w.gate_panel.edit_action.isEnabled()
    assert not w.gate_panel.delete_action.isEnabled()
    assert w.gate_panel.add_action.isEnabled()


def test_an_empty_portfolio_can_start_its_registers_here(qtbot, empty_ctx, empty_store):
    w = _open(qtbot, empty_ctx)
    assert w.gate_panel.isVisible() or w.tabs.isVisible()
    w.add_gate()  # a gate needs a project: it says so instead of asking
    assert w.chooser is None
    w.tabs.setCurrentIndex(2)
    w.stakeholder_panel.add()
    form = w.stakeholder_panel.dialog
    form.fields["name"].widget.setText("Board")
    _ok(form)
    qtbot.waitUntil(lambda: w.stakeholders.rowCount() == 1, timeout=10_000)
    assert "1 stakeholders" in w._subtitle.text()
