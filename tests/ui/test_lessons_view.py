"""The Lessons view: every project's lessons, filtered by project, type, status and text;
added, edited and deleted through the record form with undo; keys; detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from pmo_desktop.ui.lessons import create_view
from pmo_desktop.ui.viewkit.roles import Role
from pmo_desktop.ui.views import VIEWS

from views_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE, TODAY, demo_ctx, demo_store, demo_template, empty_ctx, empty_store,
    wait_loaded,
)

pytestmark = OFFSCREEN_NOISE


def _open(qtbot, ctx):
    w = create_view(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    wait_loaded(qtbot, w)
    return w


def _count(store, where="1", params=()):
    return store.db.execute(f"SELECT COUNT(*) FROM lesson l JOIN project p ON "
                            f"p.id = l.project_id WHERE {where}", list(params)).fetchone()[0]


def _ok(form):
    form.buttons.button(form.buttons.StandardButton.Ok).click()


def _select_title(view, title):
    for r in range(view.proxy.rowCount()):
        index = view.proxy.index(r, 2)
        if index.data() == title:
            view.table.setCurrentIndex(index)
            view.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(title)


def test_registered_as_a_view():
    assert VIEWS["lessons"].target == "pmo_desktop.ui.lessons:create_view"
    assert VIEWS["lessons"].in_nav
    shortcuts = [v.shortcut for v in VIEWS.values() if v.shortcut]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts  # one view per key


def test_lists_every_lesson_with_its_project_and_the_domain_columns(qtbot, demo_ctx,
                                                                    demo_store):
    w = _open(qtbot, demo_ctx)
    assert w.proxy.rowCount() == _count(demo_store) > 0
    titles = [w.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(w.model.columnCount())]
    for title in ("Project", "ID", "Title", "Type", "Category", "Priority", "Status",
                  "Date logged", "Logged by", "What happened", "Recommendations"):
        assert title in titles
    assert all(w.proxy.index(r, 0).data(Role.CODE) for r in range(w.proxy.rowCount()))
    _select_title(w, w.proxy.index(0, 2).data())
    record = demo_store.rows("lesson", "title = ?", [w.proxy.index(0, 2).data()])[0]
    assert w.detail["recommendations"].text() == record["recommendations"]


def test_filters_by_project_type_status_and_text(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    code = demo_store.query("SELECT p.code FROM lesson l JOIN project p ON "
                            "p.id = l.project_id LIMIT 1")[0]["code"]
    w.apply_filter({"code": code})
    assert w.project_code() == code
    assert w.proxy.rowCount() == _count(demo_store, "p.code = ?", [code])
    w.apply_filter({"type": "project"})
    assert w.proxy.rowCount() == _count(demo_store, "l.lesson_type = 'project'")
    w.apply_filter({"status": "closed"})
    assert w.proxy.rowCount() == _count(demo_store, "l.status = 'closed'")
    title = demo_store.rows("lesson")[0]["title"]
    word = max(title.split(), key=len)
    w.apply_filter({"text": word})
    shown = [w.proxy.index(r, 2).data() for r in range(w.proxy.rowCount())]
    assert title in shown and len(shown) < _count(demo_store)
    for r in range(w.proxy.rowCount()):
        line = " ".join(w.proxy.index(r, c).data() or "" for c in range(w.proxy.columnCount()))
        assert word.lower() in line.lower()
    w.apply_filter({})
    assert w.proxy.rowCount() == _count(demo_store)


def test_add_edit_delete_through_the_form_with_undo(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    code = demo_store.rows("project")[0]["code"]
    w.apply_filter({"code": code})
    before = _count(demo_store)
    qtbot.keyClick(w.table, Qt.Key.Key_Insert)
    form = w.dialog
    qtbot.addWidget(form)
    assert form.fields["date_logged"].widget.iso() == TODAY.isoformat()
    form.fields["title"].widget.setText("Book test environments a quarter ahead")
    form.fields["recommendations"].widget.setPlainText("Reserve environments at kick-off.")
    combo = form.fields["lesson_type"].widget
    combo.setCurrentIndex(combo.findData("both"))
    _ok(form)
    wait_loaded(qtbot, w)
    made = demo_store.rows("lesson", "title = ?", ["Book test environments a quarter ahead"])
    assert made and made[0]["project_id"] == demo_store.project_id(code)
    assert made[0]["ref"] and made[0]["lesson_type"] == "both"
    assert _count(demo_store) == before + 1
    assert "Book test environments a quarter ahead" in [
        w.proxy.index(r, 2).data() for r in range(w.proxy.rowCount())]

    _select_title(w, "Book test environments a quarter ahead")
    qtbot.keyClick(w.table, Qt.Key.Key_Return)
    form = w.dialog
    qtbot.addWidget(form)
    status = form.fields["status"].widget
    status.setCurrentIndex(status.findData("closed"))
    _ok(form)
    assert demo_store.get("lesson", made[0]["id"])["status"] == "closed"

    wait_loaded(qtbot, w)
    _select_title(w, "Book test environments a quarter ahead")
    qtbot.keyClick(w.table, Qt.Key.Key_Delete)
    box = w.dialog
    assert isinstance(box, QMessageBox) and made[0]["ref"] in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert demo_store.get("lesson", made[0]["id"]) is None
    wait_loaded(qtbot, w)
    assert _count(demo_store) == before

    demo_ctx.undo_stack.undo()  # the delete
    assert demo_store.get("lesson", made[0]["id"])["status"] == "closed"
    demo_ctx.undo_stack.undo()  # the edit
    assert demo_store.get("lesson", made[0]["id"])["status"] == "open"
    demo_ctx.undo_stack.undo()  # the add
    assert _count(demo_store) == before
    wait_loaded(qtbot, w)
    assert w.proxy.rowCount() == _count(demo_store, "p.code = ?", [code])


def test_add_without_a_project_asks_which(qtbot, demo_ctx, demo_store):
    w = _open(qtbot, demo_ctx)
    w.apply_filter({})
    w.table.setCurrentIndex(w.proxy.index(-1, -1))
    w.add()
    chooser = w.dialog
    assert isinstance(chooser, QInputDialog)
    qtbot.addWidget(chooser)
    project = demo_store.rows("project")[3]
    chooser.setTextValue(f"{project['code']} — {project['name']}")
    chooser.accept()
    form = w.dialog
    qtbot.addWidget(form)
    assert form.fixed == {"project_id": project["id"]}


def test_empty_portfolio_says_to_import_and_cannot_add(qtbot, empty_ctx):
    w = _open(qtbot, empty_ctx)
    assert w.findChild(object, "empty_state").isVisible()
    w.add()
    assert w.dialog is None


def test_the_owner_is_a_column_of_its_own_beside_who_logged_it(qtbot, demo_ctx, demo_store):
    lesson = demo_store.rows("lesson")[0]
    with demo_store.write(source="test") as tx:
        tx.update("lesson", lesson["id"], {"owner": "Owen Acts", "logged_by": "Lou Logs"})
    w = _open(qtbot, demo_ctx)
    titles = [w.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(w.model.columnCount())]
    owner, logged = titles.index("Owner"), titles.index("Logged by")
    row = next(r for r in range(w.proxy.rowCount())
               if w.proxy.index(r, 2).data() == lesson["title"])
    assert (w.proxy.index(row, owner).data(), w.proxy.index(row, logged).data()) == (
        "Owen Acts", "Lou Logs")


def test_each_lesson_says_whether_it_went_well_or_is_to_improve(qtbot, demo_ctx):
    view = _open(qtbot, demo_ctx)
    model = view.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = headers.index("Went well / improve")
    assert headers[col - 1] == "Type"
    assert {model.index(r, col).data() for r in range(model.rowCount())} == {"To improve"}
