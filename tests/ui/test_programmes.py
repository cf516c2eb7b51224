"""The Programmes dialog: add, edit and delete programmes (their projects stay, without a
programme, and come back to it on undo); keys; reachable from the portfolio and the menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.programmes import ProgrammesDialog


def _dialog(qtbot, ctx) -> ProgrammesDialog:
    dialog = ProgrammesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(form):
    form.buttons.button(form.buttons.StandardButton.Ok).click()


def _shown(dialog):
    return [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]


def test_lists_the_programmes_with_their_projects(qtbot, ctx, store, qtmodeltester):
    dialog = _dialog(qtbot, ctx)
    qtmodeltester.check(dialog.proxy)
    names = sorted(r["name"] for r in store.rows("programme"))
    assert sorted(_shown(dialog)) == names
    first = store.rows("programme")[0]
    dialog.select_name(first["name"])
    count = len(store.rows("project", "programme_id = ?", [first["id"]]))
    assert dialog.proxy.index(dialog.table.currentIndex().row(), 2).data() == str(count)


def test_add_with_insert_and_edit_with_enter_then_undo(qtbot, ctx, store):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    form = dialog.dialog
    qtbot.addWidget(form)
    form.fields["name"].widget.setText("Net Zero")
    form.fields["sro"].widget.setText("Ava Patel")
    form.fields["description"].widget.setPlainText("Decarbonise the estate by 2030.")
    _ok(form)
    made = store.rows("programme", "name = ?", ["Net Zero"])
    assert made and made[0]["sro"] == "Ava Patel"
    assert "Net Zero" in _shown(dialog)
    assert dialog.select_name("Net Zero")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    form = dialog.dialog
    qtbot.addWidget(form)
    assert form.fields["name"].widget.text() == "Net Zero"
    form.fields["sro"].widget.setText("Noah Clarke")
    _ok(form)
    assert store.get("programme", made[0]["id"])["sro"] == "Noah Clarke"
    ctx.undo_stack.undo()
    assert store.get("programme", made[0]["id"])["sro"] == "Ava Patel"
    ctx.undo_stack.undo()
    assert not store.rows("programme", "name = ?", ["Net Zero"])
    assert "Net Zero" not in _shown(dialog)


def test_a_duplicate_name_is_refused_in_the_form(qtbot, ctx, store):
    dialog = _dialog(qtbot, ctx)
    dialog.add()
    form = dialog.dialog
    qtbot.addWidget(form)
    form.fields["name"].widget.setText(store.rows("programme")[0]["name"])
    _ok(form)
    assert form.isVisible() and form.banner.text()
    assert ctx.undo_stack.count() == 0


def test_delete_says_the_projects_stay_and_undo_links_them_again(qtbot, ctx, store):
    programme = store.rows("programme")[0]
    projects = [p["id"] for p in store.rows("project", "programme_id = ?", [programme["id"]])]
    assert projects
    dialog = _dialog(qtbot, ctx)
    dialog.select_name(programme["name"])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    box = dialog.dialog
    assert isinstance(box, QMessageBox)
    text = box.text()
    assert programme["name"] in text
    assert f"Its {len(projects)} project" in text and "stay, with no programme" in text
    assert "also deletes" not in text
    box.button(QMessageBox.StandardButton.Yes).click()
    assert store.get("programme", programme["id"]) is None
    assert all(store.get("project", pid)["programme_id"] is None for pid in projects)
    assert programme["name"] not in _shown(dialog)
    ctx.undo_stack.undo()
    assert store.get("programme", programme["id"]) is not None
    assert all(store.get("project", pid)["programme_id"] == programme["id"]
               for pid in projects)
    assert programme["name"] in _shown(dialog)


def test_reachable_from_the_portfolio_and_the_edit_menu(qtbot, tmp_path: Path, settings,
                                                        demo_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data").ensure()
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    assert window.open_portfolio(demo_path)
    portfolio = window.page("portfolio")
    qtbot.mouseClick(portfolio.toolbar.programmes_button, Qt.MouseButton.LeftButton)
    opened = portfolio.toolbar.programmes_dialog
    assert opened.isVisible() and opened.proxy.rowCount() > 0
    opened.close()
    assert window.programmes_action.isEnabled()
    window.programmes_action.trigger()
    assert any(isinstance(d, ProgrammesDialog) and d.isVisible() for d in window._dialogs)
