"""The main window: one portfolio at a time, the view navigation, the status bar.

One ``AppContext`` per open portfolio is built here and handed to every view; opening
another portfolio stops its background work, closes the old store, clears the undo
stack and rebuilds the views. ``ctx.changed(Result)`` is routed here to what the
window itself shows (titles, counts); each view reloads itself when the result
``touches`` the kinds of record it declares. The parts live beside it:
``window_parts`` (nav panel, status bar, menus) and ``window_actions`` (File menu,
drops).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QMessageBox, QStackedWidget, QWidget

from pmo_desktop.operations import Result
from pmo_desktop.store import Store, StoreError, StoreLocked, open_store
from pmo_desktop.store.lock import lock_path
from pmo_desktop.store.summaries import status_counts
from pmo_desktop.ui import settings as app_settings
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.plain import message_box, plain_tip, warn
from pmo_desktop.ui.runner import Runner
from pmo_desktop.ui.undo_stack import UndoStack
from pmo_desktop.ui.views import DEFAULT_VIEW, VIEWS, PlaceholderView, create_view
from pmo_desktop.ui.window_actions import PORTFOLIO_SUFFIX, TRACKER_SUFFIXES, WindowActions
from pmo_desktop.ui.window_parts import (
    NAV_WIDTH, build_menus, build_nav, build_status_bar, status_counts_text,
    status_counts_tip,
)

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "NAV_WIDTH", "PORTFOLIO_SUFFIX", "TRACKER_SUFFIXES",
           "status_counts_text"]


class MainWindow(WindowActions):
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
        self.undo_stack = UndoStack(self)
        self.ctx: AppContext | None = None
        # Long work that is not about the open portfolio (building the demo file).
        self.runner = Runner(None, self)
        self._pages: dict[str, QWidget] = {}
        self._current = ""
        self._dialogs: list[QWidget] = []
        self.welcome: QWidget | None = None  # the first-run page (``show_welcome``)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build_ui()
        build_menus(self)
        self._restore_window()
        self._update_actions()

    # -- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(build_nav(self))
        # PySide builds ~25 widget classes' enum types (~40 ms) the first time Python asks
        # any scroll area for its viewport; ask now, before the window shows, so that the
        # first view or tab to ask does not freeze for it.
        self.nav.viewport()
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        self.import_button.clicked.connect(self._on_import)
        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        build_status_bar(self, self.statusBar())

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
    def open_portfolio(self, path: str | Path, view: str | None = None) -> bool:
        """Open the portfolio file at ``path`` (created empty when missing) for editing,
        holding its lock; when another app holds it, offer to open it read-only."""
        try:
            store = open_store(path, exclusive=True)
        except StoreLocked as exc:
            read_only = self._open_read_only(Path(path), exc)
            if read_only is None:
                return False
            store = read_only
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

    def show_welcome(self) -> None:
        """The welcome page instead of a portfolio (``ui/welcome.py``)."""
        from pmo_desktop.ui.welcome import WelcomePage

        self._close_portfolio()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.nav.setEnabled(False)  # no views without a portfolio
        self._update_titles()
        self._update_actions()

    def set_store(self, store: Store, view: str | None = None) -> None:
        """Show ``store`` (closing the one shown before, or the welcome page)."""
        self._close_portfolio()
        if self.welcome is not None:
            self.stack.removeWidget(self.welcome)
            self.welcome.deleteLater()
            self.welcome = None
            self.nav.setEnabled(True)
        ctx = AppContext(store, self.settings, self.undo_stack, self)
        ctx.navigate.connect(self._on_navigate)
        ctx.status_message.connect(self._on_status_message)
        ctx.changed.connect(self._on_changed)
        self.ctx = ctx
        app_settings.add_recent(self.settings, store.path)
        self._update_titles()
        self._update_actions()
        if store.read_only:
            self.statusBar().showMessage(
                f"Opened read-only ({store.read_only_reason}): changes cannot be saved.")
        name = view or str(self.settings.value("window/view", DEFAULT_VIEW) or DEFAULT_VIEW)
        self.show_view(name if name in VIEWS and VIEWS[name].in_nav else DEFAULT_VIEW)
        self._update_counts()
        self._check_pages(ctx)
        self.take_daily_backup(ctx)
        self.portfolio_opened.emit(str(store.path))

    @staticmethod
    def _check_pages(ctx: AppContext) -> None:
        """Check a large file's pages off the GUI thread now, so that the first edit does
        not wait for it (an edit made meanwhile waits for the check to finish). Damage
        found is said on the status bar, and every write refuses it with that message."""
        store = ctx.store
        if not store.read_only and not store.pages_checked:
            ctx.runner.query(store.check_pages, lambda _none: None, key="store.pages")

    def _close_portfolio(self) -> None:
        """Drop the views, stop the old portfolio's background work, close its store."""
        old, self.ctx = self.ctx, None
        self._clear_pages()
        self.undo_stack.clear()
        if old is not None:
            old.runner.shutdown()  # cancels its reads, lets a running change finish
            old.store.close()
            old.deleteLater()

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

    def _update_counts(self) -> None:
        """Read the status bar's counts off the GUI thread."""
        if self.ctx is None:
            self.status_counts.clear()
            return
        self.ctx.runner.query(status_counts, self._show_counts, key="window.counts")

    def _show_counts(self, value: tuple[dict[str, int], dict[str, int]]) -> None:
        counts, open_raid = value
        self.status_counts.setText(status_counts_text(counts, open_raid))
        self.status_counts.setToolTip(status_counts_tip(counts, open_raid))

    def _update_actions(self) -> None:
        has = self.ctx is not None
        # Read-only: what writes is off (a pack is recorded in the portfolio too);
        # edits in the views are refused by the store with a message.
        writable = has and not self.ctx.store.read_only  # type: ignore[union-attr]
        self.history_action.setEnabled(has)
        self.programmes_action.setEnabled(has)
        for action in (self.import_action, self.close_period_action, self.pack_action,
                       self.restore_action):
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
    def _on_changed(self, result: Result) -> None:
        """What the window shows of the portfolio: its name and date, its counts."""
        if result.reload_all or result.created or result.deleted or "setting" in result.entities:
            self._update_titles()
            self._update_counts()

    # -- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for page in self._pages.values():
            save = getattr(page, "save_state", None)
            if callable(save):
                save()
        self.settings.sync()
        self.runner.shutdown()
        if self.ctx is not None:
            self.ctx.runner.shutdown()
            self.ctx.runner.wait()  # cancelled reads end at once; no thread outlives the app
            self.ctx.store.close()
            self.ctx = None
        super().closeEvent(event)
