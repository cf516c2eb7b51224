"""What the main window's File menu and drops do: new, open, recent, the demo, import,
import history, close a period, the steering pack (restore, About, shortcuts: its base
``BackupActions``).

``WindowActions`` is a mixin of ``MainWindow`` (it uses ``ctx``, ``runner``,
``open_portfolio``, ``settings`` and ``paths`` of the window).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QListWidget, QMenu, QPushButton, QTableView, QWidget,
)

from pmo_desktop.operations import Result
from pmo_desktop.operations.portfolios import new_portfolio
from pmo_desktop.store import StoreError
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.backup_actions import BackupActions
# Imported with the window, not on the first Import: loading the importer (~0.3 s) would
# otherwise stall the window when the user first drops a tracker.
from pmo_desktop.ui.importer import ImportHistoryDialog, ImportWizard
from pmo_desktop.ui.plain import inform, menu_text, warn
from pmo_desktop.ui.undo_stack import UndoStack

if TYPE_CHECKING:
    from pmo_desktop.store import Store
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.paths import AppPaths
    from pmo_desktop.ui.runner import Runner

TRACKER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".xml", ".mpp")
PORTFOLIO_SUFFIX = ".pmo"


class WindowActions(BackupActions):
    """File-menu actions and drag-and-drop of the main window (its base class)."""

    # What ``MainWindow`` sets up (``window_parts`` builds the widgets and actions).
    settings: QSettings
    paths: AppPaths
    undo_stack: UndoStack
    ctx: AppContext | None
    runner: Runner
    _dialogs: list[QWidget]
    nav: QListWidget
    nav_title: QLabel
    nav_subtitle: QLabel
    import_button: QPushButton
    status_view: QLabel
    status_counts: QLabel
    status_as_of: QLabel
    status_portfolio: QLabel
    recent_menu: QMenu
    new_action: QAction
    open_action: QAction
    demo_action: QAction
    import_action: QAction
    history_action: QAction
    close_period_action: QAction
    pack_action: QAction
    export_action: QAction
    template_action: QAction
    programmes_action: QAction
    undo_action: QAction
    redo_action: QAction
    settings_action: QAction
    restore_action: QAction
    view_actions: dict[str, QAction]

    @property
    def store(self) -> Store | None:
        return self.ctx.store if self.ctx else None

    def open_portfolio(self, path: str | Path, view: str | None = None) -> bool:
        raise NotImplementedError

    def _on_status_message(self, text: str) -> None:
        raise NotImplementedError

    def _on_view_action(self) -> None:
        raise NotImplementedError

    # -- portfolios ------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.store.path.parent if self.store else self.paths.data_dir)

    @Slot()
    def _on_new_portfolio(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New portfolio", self._start_dir(),
                                              "Portfolios (*.pmo)")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != PORTFOLIO_SUFFIX:
            target = target.with_suffix(PORTFOLIO_SUFFIX)
        if target.exists():
            warn(self, "New portfolio",
                 f"{target.name} already exists; use File › Open to open it.")
            return
        try:
            new_portfolio(target, name=target.stem)
        except (StoreError, OSError, ValueError) as exc:
            warn(self, "New portfolio", str(exc))
            return
        self.open_portfolio(target, "portfolio")

    @Slot()
    def _on_open_portfolio(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open portfolio", self._start_dir(),
                                              "Portfolios (*.pmo);;All files (*)")
        if path:
            self.open_portfolio(path)

    @Slot()
    def _on_recent_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = app_settings.recent_files(self.settings)
        for path in recent:
            action = self.recent_menu.addAction(menu_text(Path(path).name))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(self._on_recent_action)
        if not recent:
            self.recent_menu.addAction("No recent portfolios").setEnabled(False)

    @Slot()
    def _on_recent_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        path = str(action.data())
        if not Path(path).exists():
            inform(self, "Open recent", f"{path} is no longer there.")
            app_settings.remove_recent(self.settings, path)
            return
        self.open_portfolio(path)

    def demo_path(self) -> Path:
        return self.paths.data_dir / "Demo portfolio.pmo"

    @Slot()
    def _on_open_demo(self) -> None:
        path = self.demo_path()
        if path.exists():
            self.open_portfolio(path)
            return

        def built(error: str) -> None:
            if error:
                warn(self, "Demo portfolio", f"The demo could not be built: {error}")
            else:
                self.open_portfolio(path)

        self.build_demo(path, built)

    def build_demo(self, path: Path, on_done: Callable[[str], None],
                   today: date | None = None) -> None:
        """Build the demo portfolio at ``path`` off the GUI thread, then
        ``on_done(error)`` ("" when it is ready); File › Open the demo is off meanwhile."""
        from pmo_desktop.ui.dialogs import build_demo_file

        def finished(error: str) -> None:
            self.demo_action.setEnabled(True)
            on_done(error)

        self.demo_action.setEnabled(False)
        build_demo_file(self.runner, path, finished, parent=self, today=today)

    # -- import and periods ----------------------------------------------------------
    @Slot()
    def _on_import(self) -> None:
        self.import_files(None)

    def import_files(self, paths: list[str] | None) -> None:
        """Open the import wizard (on ``paths`` when given)."""
        if self.ctx is None:
            return
        wizard = ImportWizard(self.ctx.store, paths=paths or None, parent=self)
        wizard.import_applied.connect(self._on_import_applied)
        self._keep_dialog(wizard)

    @Slot()
    def _on_import_history(self) -> None:
        if self.ctx is None:
            return
        dialog = ImportHistoryDialog(self.ctx.store, parent=self, runner=self.ctx.runner)
        dialog.batch_undone.connect(self._on_batch_undone)
        self._keep_dialog(dialog)

    def _keep_dialog(self, dialog: QWidget) -> None:
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        self._dialogs.append(dialog)
        dialog.open()  # type: ignore[attr-defined]

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)  # type: ignore[arg-type]
            dialog.deleteLater()

    @Slot(int)
    def _on_import_applied(self, batch_id: int) -> None:
        if self.ctx is not None:  # an import may write any kind of record
            self.ctx.notify(Result(batch_id=batch_id, reload_all=True))
            self._on_status_message(f"Import batch {batch_id} applied.")

    @Slot(int)
    def _on_batch_undone(self, batch_id: int) -> None:
        if self.ctx is not None:
            self.ctx.notify(Result(batch_id=batch_id, reload_all=True))
            self._on_status_message(f"Import batch {batch_id} undone.")

    @Slot()
    def _on_close_period(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.periods import close_period_dialog

        if close_period_dialog(self.ctx, self):  # it notifies the views itself
            self._on_status_message("Reporting period closed.")

    @Slot()
    def _on_programmes(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.programmes import ProgrammesDialog

        self._keep_dialog(ProgrammesDialog(self.ctx, self))

    @Slot()
    def _on_steering_pack(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.report import ReportDialog

        self._keep_dialog(ReportDialog(self.ctx, self))

    # -- export (ui/exports) -----------------------------------------------------------
    @Slot()
    def _on_export(self) -> None:
        if self.ctx is not None:
            from pmo_desktop.ui.exports import ExportDialog

            self._keep_dialog(ExportDialog(self.ctx, self))

    @Slot()
    def _on_team_template(self) -> None:
        if self.ctx is not None:
            from pmo_desktop.ui.exports import TemplateDialog

            self._keep_dialog(TemplateDialog(self.ctx, self))

    def export_table(self, view: QTableView) -> None:
        """A table's Export table… (``viewkit.table_copy``), named after the view shown."""
        if self.ctx is not None:
            from pmo_desktop.ui.exports import export_view_table
            from pmo_desktop.ui.views import VIEWS

            spec = VIEWS.get(self.current_view_name())
            export_view_table(self.ctx, view, self, spec.title if spec else "Table")

    def current_view_name(self) -> str:
        raise NotImplementedError

    @Slot()
    def _on_portfolio_settings(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.settings_dialog import SettingsDialog

        self._keep_dialog(SettingsDialog(self.ctx, self))

    # -- drag and drop ---------------------------------------------------------------
    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        files = self._dropped_files(event)
        if files and all(f.suffix.lower() in (*TRACKER_SUFFIXES, PORTFOLIO_SUFFIX)
                         for f in files):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._dropped_files(event)
        portfolios = [f for f in files if f.suffix.lower() == PORTFOLIO_SUFFIX]
        trackers = [str(f) for f in files if f.suffix.lower() in TRACKER_SUFFIXES]
        event.acceptProposedAction()
        if portfolios:
            self.open_portfolio(portfolios[0])
        elif trackers:
            self.import_files(trackers)
