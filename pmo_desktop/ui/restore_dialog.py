"""File › Restore backup…: the open portfolio's backups (when, why, size, projects); the
chosen one is restored by the main window through ``operations.backups.restore_backup``
after a confirmation, which names the backup of the current file it takes first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from pmo_desktop.operations.backups import BackupRow, backup_folder, list_backups
from pmo_desktop.ui.plain import plain_label

REASONS = {"daily": "Daily", "import": "Before an import", "migration": "Before an upgrade",
           "restore": "Before a restore", "manual": "By hand"}
HEADERS = ("Taken", "Why", "Size", "Projects")


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size = size / 1024  # type: ignore[assignment]
    return str(size)


class BackupsModel(QAbstractTableModel):
    """The backups of one portfolio, newest first."""

    def __init__(self, rows: list[BackupRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{row.taken_at:%a %d %b %Y %H:%M:%S}", REASONS.get(row.reason, row.reason),
                    size_text(row.size),
                    "unreadable" if row.projects is None else f"{row.projects:,}")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """The backups of ``portfolio``; Restore emits the chosen file.

    Signals:
        restore_chosen(str): the backup file to restore.
    """

    restore_chosen = Signal(str)

    def __init__(self, portfolio: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self._portfolio = portfolio
        self.model = BackupsModel(list_backups(portfolio), self)
        col = QVBoxLayout(self)
        intro = plain_label(self.tr(
            "Backups of {name} (kept in {folder}). Restoring one replaces the portfolio "
            "with it; the portfolio as it is now is backed up first, so nothing is lost.")
            .format(name=portfolio.name, folder=backup_folder(portfolio)), wrap=True)
        col.addWidget(intro)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_restore)
        col.addWidget(self.table, 1)
        self.empty = plain_label(self.tr("No backups yet: one is taken every day the "
                                         "portfolio is opened and before every import."))
        self.empty.setVisible(not self.model.rows)
        col.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button: QPushButton = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._on_restore)
        self.file_button = buttons.addButton(self.tr("From another file…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setToolTip(self.tr("Restore a copy kept elsewhere (pmo-desktop backup "
                                            "--out, a USB stick, a shared drive)"))
        self.file_button.clicked.connect(self._on_choose_file)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        if self.model.rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.model.rows))
        self.resize(640, 400)

    @Slot()
    def _on_choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"),
                                              str(self._portfolio.parent),
                                              self.tr("Portfolios (*.pmo);;All files (*)"))
        if path:
            self.restore_chosen.emit(path)
            self.accept()

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].path if rows else None

    @Slot()
    def _on_restore(self) -> None:
        path = self.chosen()
        if path is not None:
            self.restore_chosen.emit(str(path))
            self.accept()
