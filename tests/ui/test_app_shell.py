"""The application shell: first run, the main window, navigation, undo, crash log."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from pmo_desktop.ui.commands import EditFieldsCommand, run
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.views import VIEWS, PlaceholderView

TODAY = date(2026, 11, 21)


def _window(qtbot, tmp_path, settings, path) -> MainWindow:
    paths = AppPaths(tmp_path / "config", tmp_path / "data").ensure()
    window = MainWindow(settings, paths)
    qtbot.addWidget(window)
    assert window.open_portfolio(path)
    return window


def test_window_opens_on_the_demo_and_fits_a_small_laptop(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    window.show()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    window.resize(1366, 768)
    assert window.width() <= 1366 and window.height() <= 768
    assert "Northwind" in window.windowTitle() and "21 Nov 2026" in window.windowTitle()
    assert window.current_view_name() == "portfolio"
    view = window.page("portfolio")
    assert view.model.total_count() == 40
    assert window.status_view.text() == "40 projects"
    assert "As of 21 Nov 2026" == window.status_as_of.text()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:3] == ["Dashboard", "Portfolio", "Risks & RAID"]
    assert "Data quality" in titles
    window.grab().save(str(tmp_path / "window.png"))


def test_every_view_opens_or_shows_a_placeholder(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    for name, spec in VIEWS.items():
        if spec.in_nav:
            page = window.show_view(name)
            assert page is not None and window.current_view_name() == name
            if isinstance(page, PlaceholderView):
                assert page.title_label.text() == spec.title


def test_navigate_forwards_the_filter(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    window.show_view("resources")
    window.ctx.navigate.emit("portfolio", {"rag": "red"})
    assert window.current_view_name() == "portfolio"
    view = window.page("portfolio")
    assert view.model.filter().facets == {"rag": frozenset({"red"})}
    assert "of 40 projects" in window.status_view.text()


def test_undo_and_redo_actions(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    ctx = window.ctx
    pid = ctx.store.project_id("DCX-101")
    old = ctx.store.get("project", pid)["next_steps"]
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"next_steps": "Sign contract"},
                                      "Edit next steps of DCX-101"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    window.undo_action.trigger()
    assert ctx.store.get("project", pid)["next_steps"] == old
    window.redo_action.trigger()
    assert ctx.store.get("project", pid)["next_steps"] == "Sign contract"


def test_recent_files_and_window_state_are_saved(qtbot, tmp_path, settings, demo_path):
    from pmo_desktop.ui import settings as app_settings

    window = _window(qtbot, tmp_path, settings, demo_path)
    assert app_settings.recent_files(settings)[0] == str(demo_path.resolve())
    assert app_settings.last_portfolio(settings) == str(demo_path.resolve())
    window.close()
    assert settings.value("window/geometry") is not None


def test_dropping_a_portfolio_opens_it(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    other = tmp_path / "other.pmo"
    from pmo_desktop.store import open_store

    open_store(other).close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.store.path == other
    view = window.page("portfolio")
    assert view.stack.currentWidget() is view.empty


def test_first_run_builds_the_demo_in_the_profile(qapp, qtbot, tmp_path, monkeypatch):
    from pmo_desktop.ui.app import FIRST_RUN_ENV, start

    monkeypatch.setenv(FIRST_RUN_ENV, "demo")  # the welcome page's test: tests/ui/test_welcome.py
    profile = tmp_path / "profile"
    window = start(qapp, None, str(profile), today=TODAY)
    assert window is not None
    qtbot.addWidget(window)
    # The demo is built off the GUI thread; the window opens it when it is ready.
    qtbot.waitUntil(lambda: window.store is not None, timeout=60_000)
    assert (profile / "Portfolio.pmo").exists()
    assert (profile / "pmo-desktop.ini").exists()
    assert window.store.path == profile / "Portfolio.pmo"
    assert window.page("portfolio").model.total_count() == 40
    window.close()
    # The second start opens the same portfolio again (no second demo build).
    again = start(qapp, None, str(profile), today=TODAY)
    qtbot.addWidget(again)
    assert again.store.path.resolve() == (profile / "Portfolio.pmo").resolve()
    again.close()


def test_crash_handler_writes_a_log(tmp_path):
    from pmo_desktop.ui import crash

    previous = crash.install(tmp_path, show_dialog=False)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    logs = list(Path(tmp_path).glob("crash-*.log"))
    assert logs and "RuntimeError: boom" in logs[0].read_text()


def test_a_profile_that_cannot_be_created_is_said_in_one_sentence(qtbot, tmp_path, monkeypatch,
                                                                 capsys):
    from PySide6.QtWidgets import QMessageBox

    from pmo_desktop.ui import app as app_module

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert app_module.run_app(db=None, profile=str(blocker / "profile")) == 2
    assert len(shown) == 1 and shown[0].startswith(
        f"PMO Desktop cannot create its folder {blocker / 'profile'}: ")
    assert "--profile DIR" in shown[0]
    assert capsys.readouterr().err.strip() == shown[0]
