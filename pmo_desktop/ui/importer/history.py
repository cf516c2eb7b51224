"""The import history: every batch (when, file, counts, undone?) with Undo."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pmo_desktop.importing.api import list_batches
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import Store, StoreError
from pmo_desktop.ui.runner import Runner
from pmo_desktop.ui.viewkit import make_table_view
from pmo_desktop.ui.viewkit.models import TableModel
from pmo_desktop.ui.viewkit.widgets import page_header
from pmo_desktop.ui.viewkit.roles import Role

from . import labels as L
from .widgets import MessageBar

tr = L.tr
Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _when(text: str | None) -> str:
    if not text:
        return ""
    try:
        return datetime.fromisoformat(text).strftime("%d %b %Y %H:%M")
    except ValueError:
        return text


def _summary(batch: dict[str, Any]) -> dict[str, int]:
    s = batch.get("summary") or {}
    if isinstance(s, str):
        try:
            s = json.loads(s)
        except ValueError:
            s = {}
    return {k: int(s.get(k) or 0) for k in ("created", "updated", "deleted")}


class BatchesModel(TableModel[dict[str, Any]]):
    """Import batches, newest first."""

    ID, WHEN, FILE, PROJECT, CREATED, UPDATED, STATE = range(7)
    _TITLES = ("Batch", "Imported", "File", "Project", "Created", "Updated", "State")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_batches(self, batches: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [b for b in batches if str(b.get("source") or "import") == "import"]
        self.endResetModel()

    def batch(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b, col = self._rows[index.row()], index.column()
        counts = _summary(b)
        undone = bool(b.get("undone_at"))
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(b["id"]), _when(b.get("imported_at")), b.get("file_name") or "",
                    b.get("project_code") or "", f"{counts['created']:,}",
                    f"{counts['updated']:,}",
                    tr("Undone ") + _when(b.get("undone_at")) if undone else tr("Applied")][col]
        if role == Role.SORT:
            return [b["id"], b.get("imported_at") or "", (b.get("file_name") or "").lower(),
                    b.get("project_code") or "", counts["created"], counts["updated"],
                    int(undone)][col]
        if role == Role.ID:
            return int(b["id"])
        if role == Role.CHIP and col == self.STATE:
            return L.action_colour("unchanged" if undone else "create").name()
        if role == Qt.ItemDataRole.ForegroundRole and undone and col != self.STATE:
            return L.action_colour("unchanged")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ID, self.CREATED,
                                                                 self.UPDATED):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FILE:
            return b.get("path") or None
        return None


class ImportHistoryDialog(QDialog):
    """The import batches, with Undo for the selected one.

    Signals:
        batch_undone(int): the batch just undone.
    """

    batch_undone = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        # Undo runs off the GUI thread (a large batch takes seconds), in turn with the
        # app's other operations when the window hands its runner over.
        self.runner = runner if runner is not None else Runner(None, self)
        self._busy = False
        self.setObjectName("import_history")
        self.setWindowTitle(tr("Import history"))
        self.setMinimumSize(720, 420)
        self.resize(900, 520)
        self.store = store
        self.model = BatchesModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        head, _sub = page_header(
            tr("Import history"),
            tr("Undo puts back exactly what was there before an import. It is refused when "
               "later edits changed the same fields."), self)
        _sub.setWordWrap(True)
        layout.addWidget(head)
        self.message = MessageBar(self)
        self.message.setObjectName("history_message")
        layout.addWidget(self.message)
        self.view = make_table_view(self.model, "import_history_view", self)
        for col, width in ((0, 60), (1, 140), (2, 280), (3, 90), (4, 70), (5, 70)):
            self.view.setColumnWidth(col, width)
        self.view.setSortingEnabled(False)  # newest first, as the store lists them
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.undo_button = QPushButton(tr("Undo import"), self)
        self.undo_button.setObjectName("history_undo")
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setObjectName("history_close")
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_batches(list_batches(self.store))
        except StoreError as exc:
            self.message.show_message("error", str(exc))
        if self.model.rowCount():
            self.view.selectRow(0)
        elif not self.message.kind:
            self.message.show_message("info", tr("No imports yet: File › Import (Ctrl+I) "
                                                 "brings in a team's tracker."))
        self._update_buttons()

    def select_batch(self, batch_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.batch(row)["id"] == batch_id:
                self.view.selectRow(row)
                return

    def selected_batch(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        b = self.selected_batch()
        self.undo_button.setEnabled(b is not None and not b.get("undone_at"))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._update_buttons()

    @property
    def busy(self) -> bool:
        """An undo is running."""
        return self._busy

    @Slot()
    def _on_undo_clicked(self) -> None:
        b = self.selected_batch()
        if b is None or self._busy:
            return
        batch_id = int(b["id"])
        store = self.store
        self._busy = True
        self.undo_button.setEnabled(False)
        self.message.show_message("info", tr("Undoing batch {b}…").replace("{b}", str(batch_id)))
        self.runner.job(lambda _progress, _cancelled: undo_batch(store, batch_id),
                        title=tr("Undo import"), parent=self, show_progress=False,
                        on_done=lambda result: self._undone(batch_id, result.value),
                        on_error=self._refused)

    def _refused(self, message: str) -> None:
        # UndoConflict included: one sentence saying which
        self._busy = False
        self.message.show_message("error", message or tr("This import could not be undone."))
        self._update_buttons()

    def _undone(self, batch_id: int, result: dict[str, Any]) -> None:
        self._busy = False
        self.message.show_message(
            "info", tr("Batch {b} undone: {c} records removed and {u} restored.")
            .replace("{b}", str(batch_id)).replace("{c}", str(result.get("deleted", 0)))
            .replace("{u}", str(result.get("updated", 0))))
        self.reload()
        self.select_batch(batch_id)
        self.batch_undone.emit(batch_id)
