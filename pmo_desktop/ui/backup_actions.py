"""What keeps the file safe, as the main window offers it: the daily backup when a
portfolio opens, File › Restore backup…, Help › About and Help › Keyboard shortcuts.

``BackupActions`` is a base of ``WindowActions`` (so of ``MainWindow``); the work is done
by ``operations.backups``, off the GUI thread.
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from pmo_desktop.operations.backups import backup_folder, daily_backup, restore_backup
from pmo_desktop.ui.plain import message_box, warn

if TYPE_CHECKING:
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.paths import AppPaths
    from pmo_desktop.ui.runner import Runner, Task

log = logging.getLogger(__name__)
# The daily backup starts this long after a portfolio opens: copying the file (and its
# final fsync) while the first views read and paint took the GUI thread's core and
# disk (a QSettings sync on the GUI thread waited 180 ms behind the copy's writes).
DAILY_BACKUP_AFTER_MS = 3000
RESTORE_TITLE = "Restoring the backup…"


class BackupActions(QMainWindow):
    """File › Restore backup…, Help › About, Help › Keyboard shortcuts, the daily backup."""

    paths: AppPaths
    ctx: AppContext | None
    runner: Runner

    def open_portfolio(self, path: str | Path, view: str | None = None) -> bool:
        raise NotImplementedError

    def _close_portfolio(self) -> None:
        raise NotImplementedError

    def _keep_dialog(self, dialog: QWidget) -> None:
        raise NotImplementedError

    def current_view_name(self) -> str:
        raise NotImplementedError

    def page(self, name: str) -> QWidget | None:
        raise NotImplementedError

    # -- the daily backup ----------------------------------------------------------------
    def take_daily_backup(self, ctx: AppContext) -> None:
        """Back the just-opened portfolio up off the GUI thread unless it has a backup
        from today, ``DAILY_BACKUP_AFTER_MS`` after it opened (once the first views have
        filled), unless it was closed meanwhile; a failure is logged and said on the
        status bar, never in the way."""
        if ctx.store.read_only:
            return
        context = weakref.ref(ctx)

        def start() -> None:
            if self.ctx is not None and self.ctx is context():
                self._start_daily_backup(self.ctx)

        QTimer.singleShot(DAILY_BACKUP_AFTER_MS, self, start)

    def _start_daily_backup(self, ctx: AppContext) -> None:
        # Closing the portfolio cancels the query, and the copy stops. The job sees its
        # task through a weak reference: a task held by its own job is a reference cycle,
        # and the collector freeing a finished QThread from a cycle crashed the process.
        task: list[weakref.ref[Task]] = []

        def stop() -> bool:
            running = task[0]() if task else None
            return running is not None and running.is_cancelled()

        def work(store: Any) -> Path | None:
            return daily_backup(store.path, cancelled=stop).value  # type: ignore[no-any-return]

        task.append(weakref.ref(ctx.runner.query(
            work, self._on_daily_backup, key="store.daily_backup",
            on_error=self._on_daily_backup_failed)))

    def _on_daily_backup(self, made: Path | None) -> None:
        if made is not None:
            log.info("Daily backup written to %s", made)

    def _on_daily_backup_failed(self, message: str) -> None:
        log.warning("The daily backup failed: %s", message)
        self.statusBar().showMessage(f"Today's backup could not be written: {message}", 15000)

    # -- restore -------------------------------------------------------------------------
    @Slot()
    def _on_restore_backup(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx.store.path, self)
        dialog.restore_chosen.connect(self._on_restore_chosen)
        self._keep_dialog(dialog)

    @Slot(str)
    def _on_restore_chosen(self, backup: str) -> None:
        if self.ctx is None:
            return
        name = self.ctx.store.path.name
        box = message_box(self, QMessageBox.Icon.Question, "Restore backup",
                          f"Replace {name} with the backup {Path(backup).name}?",
                          "The portfolio as it is now is backed up first, so this can be "
                          "undone by restoring that backup.")
        box.setObjectName("confirmRestoreBox")
        yes = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is yes:
            self.restore_from(Path(backup))

    def restore_from(self, backup: Path) -> None:
        """Close the portfolio, restore ``backup`` over it off the GUI thread, reopen it
        (reopened as it was when the backup is refused)."""
        if self.ctx is None:
            return
        self._restoring = (self.ctx.store.path, self.current_view_name() or None)
        self._close_portfolio()
        path = self._restoring[0]
        self.runner.job(lambda _progress, _cancelled: restore_backup(path, backup),
                        title=RESTORE_TITLE, parent=self, on_done=self._on_restored,
                        on_error=self._on_restore_failed)

    def _on_restored(self, result: Any) -> None:
        path, view = self._restoring
        if self.open_portfolio(path, view):
            self.statusBar().showMessage(
                f"Restored {path.name} ({result.value['projects']} projects); the portfolio "
                f"as it was is in {result.value['previous'] or 'no backup (there was none)'}.",
                15000)

    def _on_restore_failed(self, message: str) -> None:
        path, view = self._restoring
        warn(self, "Restore backup", message or "The restore was cancelled.")
        self.open_portfolio(path, view)

    # -- help ----------------------------------------------------------------------------
    @Slot()
    def _on_about(self) -> None:
        from pmo_desktop.ui.about import AboutDialog

        folder = backup_folder(self.ctx.store.path) if self.ctx is not None else None
        self._keep_dialog(AboutDialog(self.paths, folder, self))

    @Slot()
    def _on_shortcuts(self) -> None:
        from pmo_desktop.ui.about import ShortcutsDialog
        from pmo_desktop.ui.views import VIEWS

        name = self.current_view_name()
        page = self.page(name) if name else None
        view = (VIEWS[name].title, page) if page is not None and name in VIEWS else None
        self._keep_dialog(ShortcutsDialog(self, view))
