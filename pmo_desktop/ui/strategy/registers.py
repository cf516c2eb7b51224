"""One editable register of the Governance view: a row of tool buttons (Add…, Edit…,
Delete…) over a table of stored records, with the keyboard of a desktop list (Insert
adds, Enter or a double-click edits, Del deletes) and the same verbs on a context menu.

Every verb goes through the record form and the undoable commands every register
uses (``ui/record_actions.py``): one undo step each, and the view reloads when the
change is announced. A form or confirmation is opened without a nested event loop and
deletes itself when closed; ``dialog`` is the one last opened (for tests). No lambda
holds the panel: the actions and keys call its bound methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget,
)

from ..context import AppContext
from ..record_actions import delete_selected, edit_current, install_register_keys
from ..viewkit.i18n import tr
from ..viewkit.models import RowTableModel
from ..viewkit.record_rows import current_record, keep_current, selected_records
from ..viewkit.table_copy import table_actions
from ..viewkit.widgets import fit_columns, make_table_view

__all__ = ["RegisterPanel"]

Row = dict[str, Any]
# Opens the form of a new record (or a chooser first); returns what it opened.
Adder = Callable[[], "QDialog | QMessageBox | None"]


class RegisterPanel(QWidget):
    """``entity``'s records in ``model`` (rows with their ``id``), editable.

    ``adder`` opens the form of a new record (the caller knows what a new one needs:
    its project, its benefit); without one, Add is not offered. ``title`` names the
    record in its form's title when the form alone would not (a gate's project)."""

    def __init__(self, ctx: AppContext, entity: str, model: RowTableModel[Row],
                 name: str, noun: str, adder: Adder | None, parent: QWidget | None = None,
                 title: Callable[[Row], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_panel")
        self.ctx = ctx
        self.entity = entity
        self.noun = noun
        self._adder = adder
        self._title = title
        self.dialog: QDialog | QMessageBox | None = None
        self.table = make_table_view(model, name, self)
        fit_columns(self.table, model.columns())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.add_action = self._action(f"{entity}_add", tr("Add {noun}…").format(noun=noun),
                                       tr("Add a {noun} (Insert)").format(noun=noun), self.add)
        self.edit_action = self._action(f"{entity}_edit", tr("Edit…"),
                                        tr("Edit the {noun} (Enter)").format(noun=noun),
                                        self.edit)
        self.delete_action = self._action(
            f"{entity}_delete", tr("Delete…"), tr("Delete the {noun} (Del)").format(noun=noun),
            self.delete)
        self.add_action.setVisible(adder is not None)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"{action.objectName()}_button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        install_register_keys(self.table, on_edit=self._edit_at, on_delete=self._delete_rows,
                              on_add=self.add if adder is not None else None)
        keep_current(self.table)
        self.table.selectionModel().selectionChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    # -- state -----------------------------------------------------------------
    def current(self) -> Row | None:
        """The record of the current row."""
        return current_record(self.table)

    @Slot()
    def refresh(self) -> None:
        """Edit and Delete act on a selection; without one they are off."""
        chosen = bool(selected_records(self.table))
        self.edit_action.setEnabled(chosen and not self.ctx.store.read_only)
        self.delete_action.setEnabled(chosen and not self.ctx.store.read_only)
        self.add_action.setEnabled(not self.ctx.store.read_only)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        self.refresh()
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self._adder is not None:
            menu.addAction(self.add_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addActions(table_actions(self.table))  # Copy, Export table…
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- the verbs -------------------------------------------------------------
    def _keep(self, dialog: QDialog | QMessageBox | None) -> None:
        if dialog is None:
            return
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog

    @Slot()
    def add(self) -> None:
        if self._adder is not None and not self.ctx.store.read_only:
            self._keep(self._adder())

    @Slot()
    def edit(self) -> None:
        record = self.current()
        if self.ctx.store.read_only or record is None:
            return
        dialog = edit_current(self.ctx, self.window(), self.table, self.entity)
        if dialog is not None and self._title is not None:
            dialog.setWindowTitle(self._title(record))
        self._keep(dialog)

    @Slot()
    def delete(self) -> None:
        if not self.ctx.store.read_only:
            self._keep(delete_selected(self.ctx, self.window(), self.table, self.entity))

    def _edit_at(self, _index: QModelIndex) -> None:
        self.edit()

    def _delete_rows(self, _rows: list[QModelIndex]) -> None:
        self.delete()
