"""The main window: menus, the view navigation, the status bar, drag-and-drop import.

One ``AppContext`` per open portfolio is built here and handed to every view; opening
another portfolio closes the old store, clears the undo stack and rebuilds the views.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QFontMetrics, QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.store import Changes, Store, StoreError, StoreLocked, open_store
from pmo_desktop.store.lock import lock_path
from pmo_desktop.store.queries_views import open_raid_counts
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.icons import icon, icon_pixmap
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.plain import inform, menu_text, message_box, plain_label, plain_tip, warn
from pmo_desktop.ui.views import DEFAULT_VIEW, VIEWS, PlaceholderView, create_view

log = logging.getLogger(__name__)

TRACKER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".xml")
PORTFOLIO_SUFFIX = ".pmo"
NAV_WIDTH = 176


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def status_counts_text(counts: dict[str, int], open_raid: dict[str, int]) -> str:
    """The status bar's counts: RAID figures are *open* items, as the RAID view's tabs
    and the dashboard count them (``queries_views.open_raid_counts``)."""
    return " · ".join((
        _count(counts.get("programme", 0), "programme", "programmes"),
        _count(counts.get("project", 0), "project", "projects"),
        _count(open_raid.get("risk", 0), "open risk", "open risks"),
        _count(sum(open_raid.values()), "open RAID item", "open RAID items"),
        _count(counts.get("resource", 0), "person", "people"),
    ))


class MainWindow(QMainWindow):
    """The application window over one portfolio at a time.

    Signals:
        portfolio_opened(str): a portfolio file was opened (its path).
        view_shown(str): a view became the current page (its name).
    """

    portfolio_opened = Signal(str)
    view_shown = Signal(str)

    def __init__(self, settings: QSettings, paths: AppPaths,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.paths = paths
        self.undo_stack = QUndoStack(self)
        self.ctx: AppContext | None = None
        self._pages: dict[str, QWidget] = {}
        self._current = ""
        self._dialogs: list[QWidget] = []
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build_ui()
        self._build_menus()
        self._restore_window()
        self._update_actions()

    # -- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        nav = QWidget()
        nav.setObjectName("navPanel")
        nav.setFixedWidth(NAV_WIDTH)
        col = QVBoxLayout(nav)
        col.setContentsMargins(0, 14, 0, 10)
        col.setSpacing(6)
        brand = QHBoxLayout()
        brand.setContentsMargins(14, 0, 10, 0)
        logo = QLabel()
        logo.setPixmap(icon_pixmap("app", 28))
        brand.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.nav_title = plain_label("PMO Desktop")  # the portfolio name
        self.nav_title.setObjectName("navTitle")
        self.nav_subtitle = plain_label("")
        self.nav_subtitle.setObjectName("navSubtitle")
        names.addWidget(self.nav_title)
        names.addWidget(self.nav_subtitle)
        brand.addLayout(names, 1)
        col.addLayout(brand)
        col.addSpacing(8)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in VIEWS.values():
            if spec.in_nav:
                item = QListWidgetItem(icon(spec.icon), spec.title)
                item.setSizeHint(QSize(NAV_WIDTH - 16, 32))
                item.setData(Qt.ItemDataRole.UserRole, spec.name)
                item.setToolTip(f"{spec.title}  ({spec.shortcut})" if spec.shortcut else spec.title)
                self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        col.addWidget(self.nav, 1)
        self.import_button = QPushButton(icon("import"), "Import tracker…")
        self.import_button.setObjectName("navImport")
        self.import_button.setToolTip("Import a team tracker (Ctrl+I) — or drop the file here")
        self.import_button.clicked.connect(self._on_import)
        wrap = QHBoxLayout()
        wrap.setContentsMargins(10, 0, 10, 0)
        wrap.addWidget(self.import_button)
        col.addLayout(wrap)
        row.addWidget(nav)

        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        self.status_view = plain_label()
        self.status_view.setObjectName("statusView")
        self.status_counts = plain_label()
        self.status_counts.setObjectName("statusCounts")
        self.status_as_of = plain_label()
        self.status_as_of.setObjectName("statusAsOf")
        self.status_portfolio = plain_label()
        self.status_portfolio.setObjectName("statusPortfolio")
        for label in (self.status_view, self.status_counts, self.status_as_of,
                      self.status_portfolio):
            bar.addPermanentWidget(label)

    def _add(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None,
             icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_action = self._add(file_menu, "&New portfolio…", self._on_new_portfolio,
                                    "Ctrl+Shift+N", "new")
        self.open_action = self._add(file_menu, "&Open portfolio…", self._on_open_portfolio,
                                     QKeySequence.StandardKey.Open, "open")
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._on_recent_about_to_show)
        self._add(file_menu, "Open the &demo portfolio", self._on_open_demo)
        file_menu.addSeparator()
        self.import_action = self._add(file_menu, "&Import tracker…", self._on_import, "Ctrl+I",
                                       "import")
        self.history_action = self._add(file_menu, "Import &history…", self._on_import_history,
                                        "Ctrl+H", "history")
        file_menu.addSeparator()
        self.close_period_action = self._add(file_menu, "&Close reporting period…",
                                             self._on_close_period, None, "periods")
        self.pack_action = self._add(file_menu, "&Steering pack (PDF)…", self._on_steering_pack,
                                     QKeySequence.StandardKey.Print, "report")
        file_menu.addSeparator()
        self._add(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "quit")

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu("&View")
        self.view_actions: dict[str, QAction] = {}
        for spec in VIEWS.values():
            if not spec.in_nav:
                continue
            action = self._add(view_menu, menu_text(spec.title), self._on_view_action,
                               spec.shortcut or None, spec.icon)
            action.setData(spec.name)
            self.view_actions[spec.name] = action

        help_menu = bar.addMenu("&Help")
        self._add(help_menu, "&About PMO Desktop", self._on_about, None, "info")

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            width, height = 1280, 760
            if screen is not None:
                width = min(width, screen.width() - 40)
                height = min(height, screen.height() - 40)
            self.resize(width, height)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Small laptops (1366×768 with a task bar) must show the whole window.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 1024), min(hint.height(), 600))

    # -- portfolios --------------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        return self.ctx.store if self.ctx else None

    def open_portfolio(self, path: str | Path, view: str | None = None) -> bool:
        """Open the portfolio file at ``path`` (created empty when missing) for editing,
        holding its lock; when another app holds it, offer to open it read-only."""
        try:
            store = open_store(path, exclusive=True)
        except StoreLocked as exc:
            store = self._open_read_only(Path(path), exc)
            if store is None:
                return False
        except (StoreError, OSError) as exc:
            warn(self, "Cannot open the portfolio", str(exc))
            return False
        self.set_store(store, view)
        return True

    def _open_read_only(self, path: Path, locked: StoreLocked) -> Store | None:
        """Ask: the portfolio is in use by … — Open read-only / Cancel."""
        holder = getattr(locked, "holder", None)
        who = holder.describe() if holder is not None else "another program"
        hint = ("You can open it read-only: you can look at everything, but nothing can "
                "be changed until it is closed there.")
        if holder is not None and not holder.on_this_host:  # we cannot tell if it still runs
            hint += (f" If PMO Desktop is no longer running on {holder.host}, delete "
                     f"{lock_path(path).name} beside the portfolio to edit it here.")
        box = message_box(self, QMessageBox.Icon.Warning, "Portfolio in use",
                          f"{path.name} is in use by {who}.", hint)
        box.setObjectName("portfolioInUseBox")
        read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is not read_only:
            return None
        try:
            return open_store(path, read_only=f"in use by {who}")
        except (StoreError, OSError) as exc:
            warn(self, "Cannot open the portfolio", str(exc))
            return None

    def set_store(self, store: Store, view: str | None = None) -> None:
        """Show ``store`` (closing the one shown before)."""
        old = self.ctx
        self._clear_pages()
        self.undo_stack.clear()
        if old is not None:
            old.runner.shutdown()  # the views' reads end before their store closes
            old.store.close()
            old.deleteLater()
        ctx = AppContext(store, self.settings, self.undo_stack, self)
        ctx.navigate.connect(self._on_navigate)
        ctx.status_message.connect(self._on_status_message)
        ctx.changes_applied.connect(self._on_changes_applied)
        self.ctx = ctx
        app_settings.add_recent(self.settings, store.path)
        self._update_titles()
        self._update_actions()
        if store.read_only:
            self.statusBar().showMessage(
                f"Opened read-only ({store.read_only_reason}): changes cannot be saved.")
        name = view or str(self.settings.value("window/view", DEFAULT_VIEW) or DEFAULT_VIEW)
        self.show_view(name if name in VIEWS and VIEWS[name].in_nav else DEFAULT_VIEW)
        QTimer.singleShot(0, self._update_counts)
        self.portfolio_opened.emit(str(store.path))

    def _clear_pages(self) -> None:
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages = {}
        self._current = ""
        self.status_view.clear()

    def _update_titles(self) -> None:
        if self.ctx is None:
            self.setWindowTitle("PMO Desktop")
            self.nav_subtitle.clear()
            return
        store = self.ctx.store
        as_of = self.ctx.as_of()
        marker = " [read-only]" if store.read_only else ""
        self.setWindowTitle(f"{store.name}{marker} — as of {as_of:%d %b %Y} — PMO Desktop")
        bold = QFont(self.nav_title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.nav_title.setText(QFontMetrics(bold).elidedText(
            store.name, Qt.TextElideMode.ElideRight, NAV_WIDTH - 72))
        self.nav_title.setToolTip(plain_tip(str(store.path)))
        self.nav_subtitle.setText(f"As of {as_of:%d %b %Y}")
        self.status_portfolio.setText(store.path.name + marker)
        self.status_portfolio.setToolTip(plain_tip(
            f"{store.path}\nRead-only: {store.read_only_reason}" if store.read_only
            else str(store.path)))
        self.status_as_of.setText(f"As of {as_of:%d %b %Y}")

    @Slot()
    def _update_counts(self) -> None:
        if self.ctx is None:
            self.status_counts.clear()
            return
        counts = self.ctx.store.counts()
        open_raid = open_raid_counts(self.ctx.store.db)
        self.status_counts.setText(status_counts_text(counts, open_raid))
        self.status_counts.setToolTip(
            f"{counts.get('risk', 0):,} risks and "
            f"{sum(counts.get(k, 0) for k in open_raid):,} RAID items in all, open and closed")

    def _update_actions(self) -> None:
        has = self.ctx is not None
        # Read-only: what writes is off (a pack is recorded in the portfolio too);
        # edits in the views are refused by the store with a message.
        writable = has and not self.ctx.store.read_only  # type: ignore[union-attr]
        self.history_action.setEnabled(has)
        for action in (self.import_action, self.close_period_action, self.pack_action):
            action.setEnabled(writable)
        self.import_button.setEnabled(writable)

    # -- views -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget | None:
        return self._pages.get(name)

    def current_view_name(self) -> str:
        return self._current

    def show_view(self, name: str, filters: dict[str, Any] | None = None) -> QWidget | None:
        """Make ``name`` the current page (building it on first use)."""
        if self.ctx is None or name not in VIEWS:
            return None
        page = self._pages.get(name)
        if page is None:
            page = create_view(VIEWS[name], self.ctx)
            self._connect_view(page)
            self._pages[name] = page
            self.stack.addWidget(page)
        if name == "project" and isinstance(page, PlaceholderView):
            # No project page in this build: show the project in the portfolio instead.
            return self.show_view("portfolio", {"code": (filters or {}).get("code", "")})
        self.stack.setCurrentWidget(page)
        self._current = name
        if filters is not None and hasattr(page, "apply_filter"):
            page.apply_filter(dict(filters))
        self._sync_nav(name)
        summary = getattr(page, "summary", None)
        self.status_view.setText(summary() if callable(summary) else "")
        if VIEWS[name].in_nav:
            self.settings.setValue("window/view", name)
        self.view_shown.emit(name)
        return page

    def _connect_view(self, page: QWidget) -> None:
        signal = getattr(page, "summary_changed", None)
        if signal is not None:
            signal.connect(self._on_view_summary)
        for name, slot in (("import_requested", self._on_import),
                           ("demo_requested", self._on_open_demo)):
            sig = getattr(page, name, None)
            if sig is not None:
                sig.connect(slot)

    def _sync_nav(self, name: str) -> None:
        self.nav.blockSignals(True)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(row)
                break
        else:
            self.nav.clearSelection()
        self.nav.scrollToTop()
        self.nav.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_nav_changed(self, current: QListWidgetItem | None,
                        _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_view(str(current.data(Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_view_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_view(str(action.data()))

    @Slot(str, dict)
    def _on_navigate(self, name: str, filters: dict) -> None:
        self.show_view(name, filters)

    @Slot(str)
    def _on_view_summary(self, text: str) -> None:
        page = self.sender()
        if page is self._pages.get(self._current):
            self.status_view.setText(text)

    @Slot(str)
    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot(object)
    def _on_changes_applied(self, changes: Changes) -> None:
        if not changes or changes.created or changes.deleted or "setting" in changes.entities:
            self._update_titles()
            QTimer.singleShot(0, self._update_counts)

    # -- file actions ------------------------------------------------------------------
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
            store = open_store(target, exclusive=True)
            store.set_settings({"name": target.stem})
        except (StoreError, OSError) as exc:
            warn(self, "New portfolio", str(exc))
            return
        self.set_store(store, "portfolio")

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
        from pmo_desktop.ui.dialogs import build_demo_file

        path = self.demo_path()
        if not path.exists():
            error = build_demo_file(path, self)
            if error:
                warn(self, "Demo portfolio", f"The demo could not be built: {error}")
                return
        self.open_portfolio(path)

    # -- import and periods --------------------------------------------------------------
    @Slot()
    def _on_import(self) -> None:
        self.import_files(None)

    def import_files(self, paths: list[str] | None) -> None:
        """Open the import wizard (on ``paths`` when given)."""
        if self.ctx is None:
            return
        try:
            from pmo_desktop.ui.importer import ImportWizard
        except ImportError:
            inform(self, "Import", "The importer is not in this build yet.")
            return
        wizard = ImportWizard(self.ctx.store, paths=paths or None, parent=self)
        wizard.import_applied.connect(self._on_import_applied)
        wizard.finished.connect(self._on_dialog_finished)
        self._dialogs.append(wizard)
        wizard.open()

    @Slot()
    def _on_import_history(self) -> None:
        if self.ctx is None:
            return
        try:
            from pmo_desktop.ui.importer import ImportHistoryDialog
        except ImportError:
            inform(self, "Import history",
                   "The importer is not in this build yet.")
            return
        dialog = ImportHistoryDialog(self.ctx.store, parent=self)
        dialog.batch_undone.connect(self._on_batch_undone)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialogs.append(dialog)
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog = self.sender()
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)  # type: ignore[arg-type]
            dialog.deleteLater()

    @Slot(int)
    def _on_import_applied(self, batch_id: int) -> None:
        if self.ctx is not None:
            self.ctx.notify(Changes(batch_id=batch_id))
            self._on_status_message(f"Import batch {batch_id} applied.")

    @Slot(int)
    def _on_batch_undone(self, batch_id: int) -> None:
        if self.ctx is not None:
            self.ctx.notify(Changes(batch_id=batch_id))
            self._on_status_message(f"Import batch {batch_id} undone.")

    @Slot()
    def _on_close_period(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.periods import close_period_dialog

        if close_period_dialog(self.ctx, self):  # it notifies the views itself
            self._on_status_message("Reporting period closed.")

    @Slot()
    def _on_steering_pack(self) -> None:
        if self.ctx is None:
            return
        from pmo_desktop.ui.report import ReportDialog

        dialog = ReportDialog(self.ctx, self)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialogs.append(dialog)
        dialog.open()

    @Slot()
    def _on_about(self) -> None:
        from pmo_desktop import __version__

        QMessageBox.about(self, "About PMO Desktop",
                          f"<b>PMO Desktop</b> {__version__}<br>Offline portfolio management: "
                          "merge team trackers, check them, print the steering pack.")

    # -- drag and drop -----------------------------------------------------------------
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

    # -- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for page in self._pages.values():
            save = getattr(page, "save_state", None)
            if callable(save):
                save()
        self.settings.sync()
        if self.ctx is not None:
            self.ctx.runner.shutdown()
            self.ctx.store.close()
            self.ctx = None
        super().closeEvent(event)
