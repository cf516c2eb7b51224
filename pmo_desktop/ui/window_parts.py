"""The main window's parts that hold no state: the navigation panel, the status bar,
the menus, and the status bar's counts text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton, QStatusBar,
    QVBoxLayout, QWidget,
)

from pmo_desktop.ui.icons import icon, icon_pixmap
from pmo_desktop.ui.plain import menu_text, plain_label
from pmo_desktop.ui.views import VIEWS

if TYPE_CHECKING:
    from pmo_desktop.ui.window_actions import WindowActions as MainWindow

NAV_WIDTH = 176


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def status_counts_text(counts: dict[str, int], open_raid: dict[str, int]) -> str:
    """The status bar's counts: RAID figures are *open* items, as the RAID view's tabs
    and the dashboard count them (``queries_raid.open_raid_counts``)."""
    return " · ".join((
        _count(counts.get("programme", 0), "programme", "programmes"),
        _count(counts.get("project", 0), "project", "projects"),
        _count(open_raid.get("risk", 0), "open risk", "open risks"),
        _count(sum(open_raid.values()), "open RAID item", "open RAID items"),
        _count(counts.get("resource", 0), "person", "people"),
    ))


def status_counts_tip(counts: dict[str, int], open_raid: dict[str, int]) -> str:
    return (f"{counts.get('risk', 0):,} risks and "
            f"{sum(counts.get(k, 0) for k in open_raid):,} RAID items in all, open and closed")


def build_nav(window: MainWindow) -> QWidget:
    """The left panel: the portfolio's name and as-of date, the views, Import."""
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
    window.nav_title = plain_label("PMO Desktop")  # the portfolio name
    window.nav_title.setObjectName("navTitle")
    window.nav_subtitle = plain_label("")
    window.nav_subtitle.setObjectName("navSubtitle")
    names.addWidget(window.nav_title)
    names.addWidget(window.nav_subtitle)
    brand.addLayout(names, 1)
    col.addLayout(brand)
    col.addSpacing(8)
    window.nav = QListWidget()
    window.nav.setObjectName("navList")
    window.nav.setIconSize(QSize(18, 18))
    window.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    window.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for spec in VIEWS.values():
        if spec.in_nav:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setSizeHint(QSize(NAV_WIDTH - 16, 32))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(f"{spec.title}  ({spec.shortcut})" if spec.shortcut else spec.title)
            window.nav.addItem(item)
    col.addWidget(window.nav, 1)
    window.import_button = QPushButton(icon("import"), "Import tracker…")
    window.import_button.setObjectName("navImport")
    window.import_button.setToolTip("Import a team tracker (Ctrl+I) — or drop the file here")
    wrap = QHBoxLayout()
    wrap.setContentsMargins(10, 0, 10, 0)
    wrap.addWidget(window.import_button)
    col.addLayout(wrap)
    return nav


def build_status_bar(window: MainWindow, bar: QStatusBar) -> None:
    """The view's summary, the portfolio's counts, its as-of date and its file."""
    bar.setSizeGripEnabled(True)
    window.status_view = plain_label()
    window.status_view.setObjectName("statusView")
    window.status_counts = plain_label()
    window.status_counts.setObjectName("statusCounts")
    window.status_as_of = plain_label()
    window.status_as_of.setObjectName("statusAsOf")
    window.status_portfolio = plain_label()
    window.status_portfolio.setObjectName("statusPortfolio")
    for label in (window.status_view, window.status_counts, window.status_as_of,
                  window.status_portfolio):
        bar.addPermanentWidget(label)


def add_action(window: MainWindow, menu: QMenu, text: str, slot: Callable[..., Any],
               shortcut: Any = None, icon_name: str | None = None) -> QAction:
    action = QAction(text, window)
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


def build_menus(w: MainWindow) -> None:
    """File, Edit (the undo stack), View (one action per view), Help."""
    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    w.new_action = add_action(w, file_menu, "&New portfolio…", w._on_new_portfolio,
                              "Ctrl+Shift+N", "new")
    w.open_action = add_action(w, file_menu, "&Open portfolio…", w._on_open_portfolio,
                               QKeySequence.StandardKey.Open, "open")
    w.recent_menu = file_menu.addMenu("Open &recent")
    w.recent_menu.aboutToShow.connect(w._on_recent_about_to_show)
    w.demo_action = add_action(w, file_menu, "Open the &demo portfolio", w._on_open_demo)
    file_menu.addSeparator()
    w.import_action = add_action(w, file_menu, "&Import tracker…", w._on_import, "Ctrl+I",
                                 "import")
    w.history_action = add_action(w, file_menu, "Import &history…", w._on_import_history,
                                  "Ctrl+H", "history")
    w.restore_action = add_action(w, file_menu, "Restore &backup…", w._on_restore_backup)
    file_menu.addSeparator()
    w.close_period_action = add_action(w, file_menu, "&Close reporting period…",
                                       w._on_close_period, None, "periods")
    w.pack_action = add_action(w, file_menu, "&Steering pack (PDF)…", w._on_steering_pack,
                               QKeySequence.StandardKey.Print, "report")
    w.export_action = add_action(w, file_menu, "E&xport to Excel…", w._on_export, "Ctrl+Shift+E")
    w.template_action = add_action(w, file_menu, "&Team template…", w._on_team_template)
    file_menu.addSeparator()
    add_action(w, file_menu, "&Quit", w.close, QKeySequence.StandardKey.Quit, "quit")

    edit_menu = bar.addMenu("&Edit")
    w.undo_action = w.undo_stack.createUndoAction(w, "&Undo")
    w.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
    w.undo_action.setIcon(icon("undo"))
    w.redo_action = w.undo_stack.createRedoAction(w, "&Redo")
    w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    w.redo_action.setIcon(icon("redo"))
    edit_menu.addAction(w.undo_action)
    edit_menu.addAction(w.redo_action)
    edit_menu.addSeparator()
    w.settings_action = add_action(w, edit_menu, "Portfolio &settings…",
                                   w._on_portfolio_settings, "Ctrl+,")
    w.programmes_action = add_action(w, edit_menu, "&Programmes…", w._on_programmes)

    view_menu = bar.addMenu("&View")
    w.view_actions = {}
    for spec in VIEWS.values():
        if not spec.in_nav:
            continue
        action = add_action(w, view_menu, menu_text(spec.title), w._on_view_action,
                            spec.shortcut or None, spec.icon)
        action.setData(spec.name)
        w.view_actions[spec.name] = action

    help_menu = bar.addMenu("&Help")
    add_action(w, help_menu, "&Keyboard shortcuts", w._on_shortcuts, "F1")
    add_action(w, help_menu, "&About PMO Desktop", w._on_about, None, "info")
