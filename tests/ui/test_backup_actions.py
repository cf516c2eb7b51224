"""Keeping the file safe in the app: the daily backup when a portfolio opens, File ›
Restore backup…, Help › About, Help › Keyboard shortcuts, the rotating log and the
crash dialog — real windows over real portfolio files."""

from __future__ import annotations

import logging
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pmo_desktop import __version__
from pmo_desktop.store import open_store
from pmo_desktop.store import backups as store_backups
from pmo_desktop.ui.about import AboutDialog, ShortcutsDialog
from pmo_desktop.ui.backup_actions import DAILY_BACKUP_AFTER_MS
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.restore_dialog import RestoreDialog, size_text
from tests.ui.test_app_shell import _window


def test_opening_a_portfolio_takes_todays_backup_once(qtbot, tmp_path, settings, demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    # Not while the first views read and paint: it starts once they have filled.
    assert store_backups.list_backups(demo_path) == []
    qtbot.waitUntil(lambda: len(store_backups.list_backups(demo_path)) == 1, timeout=20_000)
    [daily] = store_backups.list_backups(demo_path)
    assert daily.reason == "daily" and daily.taken_at.date() == datetime.now().date()
    assert store_backups.project_count(daily.path) == 40
    assert window.open_portfolio(demo_path)  # opened again the same day: no second one
    qtbot.wait(300)
    window.ctx.runner.wait()
    assert len(store_backups.list_backups(demo_path)) == 1


def test_a_portfolio_closed_before_its_backup_starts_gets_none(qtbot, tmp_path, settings,
                                                               demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    window._close_portfolio()
    qtbot.wait(DAILY_BACKUP_AFTER_MS + 500)
    window.runner.wait()
    assert store_backups.list_backups(demo_path) == []


def test_restore_dialog_lists_the_backups_and_restore_brings_one_back(qtbot, tmp_path,
                                                                      settings, demo_path):
    old = store_backups.take_backup(demo_path, "manual", now=datetime(2026, 11, 1, 9, 0, 0))
    window = _window(qtbot, tmp_path, settings, demo_path)
    qtbot.waitUntil(lambda: len(store_backups.list_backups(demo_path)) == 2, timeout=20_000)
    with window.store.write() as tx:
        tx.create("project", {"code": "ZZ-NEW", "name": "After the backups"})
    dialog = RestoreDialog(demo_path, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert cells[1] == ["Sun 01 Nov 2026 09:00:00", "By hand",
                        size_text(old.stat().st_size), "40"]
    assert cells[0][1] == "Daily" and cells[0][3] == "40"  # the daily one, taken at open
    assert size_text(2_365_000) == "2.3 MB" and size_text(900) == "900 bytes"
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restore_chosen) as chosen:
        dialog.restore_button.click()
    assert chosen.args == [str(old)]
    window.restore_from(Path(chosen.args[0]))
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    assert window.store.counts()["project"] == 40
    assert window.page("portfolio").model.total_count() == 40
    kept = [b for b in store_backups.list_backups(demo_path) if b.reason == "restore"]
    assert len(kept) == 1 and store_backups.project_count(kept[0].path) == 41


def test_restore_dialog_without_backups_says_how_they_come(qtbot, tmp_path):
    path = tmp_path / "none.pmo"
    open_store(path).close()
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "one is taken every day" in dialog.empty.text()


def test_about_shows_the_version_and_the_folders(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "cfg", tmp_path / "data")
    dialog = AboutDialog(paths, tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert {k: w.text() for k, w in dialog.folders.items()} == {
        "data": str(tmp_path / "data"), "logs": str(tmp_path / "data" / "logs"),
        "backups": str(tmp_path / "backups")}
    assert dialog.findChild(type(dialog.folders["data"]), "aboutTitle").text() == \
        f"PMO Desktop {__version__}"


def test_keyboard_shortcuts_lists_the_menus_and_the_views_keys(qtbot, tmp_path, settings,
                                                                demo_path):
    window = _window(qtbot, tmp_path, settings, demo_path)
    page = window.show_view("portfolio")
    dialog = ShortcutsDialog(window, ("Portfolio", page))
    qtbot.addWidget(dialog)
    rows = {(dialog.model.item(r, 0).text(), dialog.model.item(r, 1).text(),
             dialog.model.item(r, 2).text()) for r in range(dialog.model.rowCount())}
    assert ("File", "Ctrl+I", "Import tracker") in rows
    assert ("Help", "F1", "Keyboard shortcuts") in rows
    assert ("Edit", "Ctrl+Z", "Undo") in rows
    assert ("Portfolio", "Ctrl+N", "New project") in rows
    assert ("Dialogs", "Esc", "Close the dialog without saving") in rows


def test_the_log_rolls_over_and_the_crash_dialog_names_the_log(qtbot, tmp_path):
    from pmo_desktop.ui import crash

    path = crash.setup_logging(tmp_path / "logs")
    root = logging.getLogger()
    [handler] = [h for h in root.handlers if isinstance(h, RotatingFileHandler)
                 and Path(h.baseFilename) == path]
    try:
        assert (handler.maxBytes, handler.backupCount) == (crash.LOG_BYTES, crash.LOG_KEPT)
        handler.maxBytes = 2000
        for n in range(100):
            logging.getLogger("pmo_desktop.test").info("line %d %s", n, "x" * 40)
        handler.flush()
        assert (tmp_path / "logs" / "pmo-desktop.log.1").exists()
        assert path.stat().st_size <= 2000
    finally:
        root.removeHandler(handler)
        handler.close()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash_file = crash.write_crash_log(tmp_path / "logs", type(exc), exc, exc.__traceback__)
        box = crash.crash_box(crash_file, exc)
    qtbot.addWidget(box)
    assert "RuntimeError: boom" in box.informativeText()
    assert str(crash_file) in box.informativeText()
    assert f"Log folder (send it with a report):\n{tmp_path / 'logs'}" in box.informativeText()


def test_a_refused_restore_says_why_and_reopens_the_portfolio_untouched(qtbot, tmp_path,
                                                                        settings, demo_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = _window(qtbot, tmp_path, settings, demo_path)
    qtbot.waitUntil(lambda: len(store_backups.list_backups(demo_path)) == 1, timeout=20_000)
    window.ctx.runner.wait()
    text = tmp_path / "minutes.pmo"
    text.write_text("not a portfolio")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    window.restore_from(text)
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    assert seen == ["minutes.pmo is not a PMO Desktop portfolio (not an SQLite file); "
                    "nothing was restored."]
    assert window.store.path == demo_path and window.store.counts()["project"] == 40
    assert [b.reason for b in store_backups.list_backups(demo_path)] == ["daily"]


def test_restore_dialog_also_takes_a_file_kept_elsewhere(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "p.pmo"
    open_store(path).close()
    elsewhere = tmp_path / "usb" / "copy.pmo"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(elsewhere), "")))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.restore_chosen) as chosen:
        dialog.file_button.click()
    assert chosen.args == [str(elsewhere)]
