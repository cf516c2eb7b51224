"""Ctrl+Z never overwrites a later write from the command line (or another window); a
second app on the same portfolio is told who has it and may open it read-only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from pmo_desktop.store import open_store
from pmo_desktop.ui.commands import CreateCommand, EditFieldsCommand, run
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
HOLD = """
import sys, time
from pmo_desktop.store import open_store
store = open_store(sys.argv[1], exclusive=True)
print("ready", flush=True)
time.sleep(60)
"""


def _refusal_box(qtbot) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "undoRefusedBox"
                    and w.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=3000)
    return boxes[0]


def test_undo_refuses_when_the_command_line_changed_the_field_since(ctx, store, demo_path,
                                                                    qtbot):
    pid = store.project_id("FIN-101")
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"summary": "Edited in the app."},
                                      "Edit FIN-101"))
    with open_store(demo_path) as cli_store:  # "the CLI": another connection, same file
        with cli_store.write("cli") as tx:
            tx.update("project", pid, {"summary": "Written by the script."})

    ctx.undo_stack.undo()
    box = _refusal_box(qtbot)
    assert "changed elsewhere" in box.text() and "Written by the script." in box.text()
    assert box.textFormat().name == "PlainText"
    assert store.get("project", pid)["summary"] == "Written by the script."
    qtbot.waitUntil(lambda: ctx.undo_stack.index() == 1)  # the edit stays undoable
    box.accept()

    # Once the field holds what the edit left again, undo goes through.
    with open_store(demo_path) as cli_store:
        with cli_store.write("cli") as tx:
            tx.update("project", pid, {"summary": "Edited in the app."})
    ctx.undo_stack.undo()
    assert ctx.undo_stack.index() == 0
    assert store.get("project", pid)["summary"] != "Edited in the app."


def test_redo_refuses_when_the_field_was_changed_after_the_undo(ctx, store, demo_path, qtbot):
    pid = store.project_id("FIN-101")
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"manager": "Ann App"}, "Edit"))
    ctx.undo_stack.undo()
    with open_store(demo_path) as cli_store:
        with cli_store.write("cli") as tx:
            tx.update("project", pid, {"manager": "Scott Script"})
    ctx.undo_stack.redo()
    assert "Scott Script" in _refusal_box(qtbot).text()
    assert store.get("project", pid)["manager"] == "Scott Script"


def test_undo_of_a_create_refuses_when_the_record_was_edited_elsewhere(ctx, store, demo_path,
                                                                      qtbot):
    command = CreateCommand(ctx, "project", {"code": "NEW-9", "name": "New"}, "New project")
    assert run(ctx, command)
    with open_store(demo_path) as cli_store:
        with cli_store.write("cli") as tx:
            tx.update("project", command.entity_id, {"sponsor": "Board"})
    ctx.undo_stack.undo()
    assert "sponsor" in _refusal_box(qtbot).text()
    assert store.get("project", command.entity_id)["sponsor"] == "Board"


def _answer_in_use_box(qtbot, button_text: str, seen: list[str]) -> None:
    """Answer the (modal) 'in use' question once it shows."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "portfolioInUseBox":
            qtbot.wait(20)
            return answer()
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button")

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, answer)


def test_a_second_app_is_told_who_has_the_file_and_may_open_it_read_only(
        qtbot, tmp_path, settings, demo_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(demo_path)],
                              stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
        qtbot.addWidget(window)

        seen: list[str] = []
        _answer_in_use_box(qtbot, "Cancel", seen)
        assert not window.open_portfolio(demo_path)
        assert window.ctx is None
        assert f"(pid {holder.pid}) since " in seen[0] and "in use by" in seen[0]

        _answer_in_use_box(qtbot, "Open read-only", seen)
        assert window.open_portfolio(demo_path)
        assert window.store is not None and window.store.read_only
        assert "[read-only]" in window.windowTitle()
        assert not window.import_action.isEnabled()
        assert not window.close_period_action.isEnabled()
        ctx = window.ctx
        pid = window.store.project_id("FIN-101")
        messages: list[str] = []
        ctx.status_message.connect(messages.append)
        assert not run(ctx, EditFieldsCommand(ctx, "project", pid, {"summary": "x"}, "Edit"))
        assert "is open read-only (in use by " in messages[-1]
    finally:
        holder.kill()
        holder.wait()


def test_the_app_holds_the_lock_while_open_and_gives_it_back(qtbot, tmp_path, settings,
                                                             demo_path):
    from pmo_desktop.store.lock import lock_path, read_holder

    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(demo_path)
    holder = read_holder(demo_path)
    assert holder is not None and holder.is_this_process
    window.close()
    assert not lock_path(demo_path).exists()


def test_a_lock_from_another_computer_says_how_to_take_it_over(qtbot, tmp_path, settings,
                                                               demo_path):
    import json

    from pmo_desktop.store.lock import lock_path

    lock_path(demo_path).write_text(json.dumps({
        "user": "bo", "host": "pmo-laptop-7", "pid": 4242, "since": "2026-11-20T09:14:00"}))
    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    seen: list[str] = []
    _answer_in_use_box(qtbot, "Cancel", seen)
    assert not window.open_portfolio(demo_path)
    assert "bo@pmo-laptop-7 (pid 4242) since 20 Nov 2026 09:14" in seen[0]
    assert "delete portfolio.pmo.lock beside the portfolio" in seen[0]


def test_a_portfolio_nobody_else_holds_opens_for_editing(qtbot, tmp_path, settings, demo_path):
    """The first app on a file may write: no read-only marker, import and close enabled."""
    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(demo_path)
    store = window.ctx.store
    assert store.read_only is False and store.read_only_reason is None
    assert "[read-only]" not in window.windowTitle()
    assert window.import_action.isEnabled() and window.close_period_action.isEnabled()
    window.close()
