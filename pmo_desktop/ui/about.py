"""Help › About (version and the app's folders) and Help › Keyboard shortcuts (read from
the main window's own actions, so the list is always the one the menus use)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QMainWindow, QMenu,
    QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop import __version__
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.plain import plain_label

# Keys no action declares (Qt's own).
WIDGET_SHORTCUTS = (
    ("Dialogs", "Esc", "Close the dialog without saving"),
    ("Tables", "Ctrl+A", "Select every row"),
)


def _folder_label(path: Path | None, missing: str) -> QWidget:
    label = plain_label(str(path) if path else missing)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """The version, the data, log and backup folders (selectable, to paste in a mail)."""

    def __init__(self, paths: AppPaths, backups: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About PMO Desktop"))
        col = QVBoxLayout(self)
        title = plain_label(f"PMO Desktop {__version__}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        col.addWidget(title)
        col.addWidget(plain_label(self.tr(
            "Offline portfolio management: merge team trackers, check them, print the "
            "steering pack. No server, no account, no network."), wrap=True))
        form = QFormLayout()
        self.folders = {
            "data": _folder_label(paths.data_dir, ""),
            "logs": _folder_label(paths.log_dir, ""),
            "backups": _folder_label(backups, self.tr("(open a portfolio: its backups are "
                                                      "kept in a folder beside it)")),
        }
        form.addRow(self.tr("Version:"), plain_label(__version__))
        form.addRow(self.tr("Data folder:"), self.folders["data"])
        form.addRow(self.tr("Log folder:"), self.folders["logs"])
        form.addRow(self.tr("Backup folder:"), self.folders["backups"])
        col.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.setMinimumWidth(560)


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if not k.isEmpty())


def _text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def shortcut_rows(window: QMainWindow, view: tuple[str, QWidget] | None = None
                  ) -> list[tuple[str, str, str]]:
    """(where, keys, what it does) for every menu action with a shortcut, then the
    actions of ``view`` (its title and widget: the view on screen), then Qt's own keys."""
    rows: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        stack: list[QAction] = list(menu.actions()) if isinstance(menu, QMenu) else []
        while stack:
            action = stack.pop(0)
            sub = action.menu()
            if isinstance(sub, QMenu):
                stack[0:0] = list(sub.actions())
            elif _keys(action):
                rows.append((top.text().replace("&", ""), _keys(action), _text(action)))
    if view is not None:
        title, widget = view
        seen = {(keys, text) for _, keys, text in rows}
        for action in widget.findChildren(QAction):
            if _keys(action) and (_keys(action), _text(action)) not in seen:
                seen.add((_keys(action), _text(action)))
                rows.append((title, _keys(action), _text(action)))
    return rows + list(WIDGET_SHORTCUTS)


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: one table, by menu."""

    def __init__(self, window: QMainWindow, view: tuple[str, QWidget] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Keys"),
                                              self.tr("Does")])
        for row in shortcut_rows(window, view):
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        col = QVBoxLayout(self)
        col.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.resize(620, 560)
