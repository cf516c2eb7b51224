"""The portfolio view's project actions: new, open, edit, update status and RAG,
duplicate and delete, with their shortcuts and the table's context menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from pmo_desktop.store import StoreError
from pmo_desktop.ui.commands import (
    CreateCommand, DeleteCommand, EditFieldsCommand, child_counts, entity_label, run,
)
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.table_copy import table_actions
from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.plain import inform, message_box, warn

from .columns import COLUMNS

if TYPE_CHECKING:
    from .view import PortfolioView


class ProjectActions(QObject):
    """What a user can do to a project from the portfolio view (the view is the parent of
    every action, menu and dialog, so its shortcuts work wherever the view has focus)."""

    def __init__(self, view: PortfolioView, ctx: AppContext) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = ctx
        self.model = view.model

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self.view)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def build(self) -> None:
        """Create the actions (after the view's table, which holds Delete)."""
        view, table = self.view, self.view.table
        self.find_action = self._action("Find", view.on_find, QKeySequence.StandardKey.Find)
        self.new_action = self._action("New project…", self.on_new_project, "Ctrl+N", "add")
        self.edit_action = self._action("Edit project…", self._on_edit_project, "Ctrl+E", "edit")
        self.rag_action = self._action("Update status and RAG…", self._on_edit_rag, "Ctrl+R")
        self.duplicate_action = self._action("Duplicate project…", self._on_duplicate_project,
                                             "Ctrl+D", "duplicate")
        self.delete_action = QAction(icon("delete"), "Delete project…", table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_project)
        table.addAction(self.delete_action)
        self.open_action = self._action("Open project", self.on_open_current, None, "project")
        table.customContextMenuRequested.connect(self._on_context_menu)
        table.doubleClicked.connect(self._on_double_clicked)

    # -- opening -------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model.status(index) is None:
            return
        col = COLUMNS[index.column()]
        if col.kind == "rag":
            self._edit_rag(self.model.status(index))
        elif not col.field:
            self._open(self.model.status(index))

    @Slot()
    def on_open_current(self) -> None:
        status = self.view.current_status()
        if status is not None:
            self._open(status)

    def _open(self, status: Any) -> None:
        self.ctx.navigate.emit("project", {"code": status.code})

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        table = self.view.table
        index = table.indexAt(pos)
        status = self.model.status(index)
        menu = QMenu(self.view)
        if status is not None:
            menu.addAction(self.open_action)
            menu.addAction(self.edit_action)
            menu.addAction(self.rag_action)
            menu.addSeparator()
            menu.addAction(self.duplicate_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addSeparator()
        menu.addActions(table_actions(table))  # Copy, Export table…
        menu.popup(table.viewport().mapToGlobal(pos))

    # -- editing -------------------------------------------------------------------------
    def _dialog_context(self) -> dict[str, Any]:
        return {"programmes": [name for name, _l in self.model.distinct("programme")],
                "people": sorted({p for f in ("manager", "sponsor")
                                  for p, _l in self.model.distinct(f)}, key=str.casefold)}

    @Slot()
    def on_new_project(self) -> None:
        from .project_dialog import ProjectDialog

        dialog = ProjectDialog(self.ctx, None, self.view, **self._dialog_context())
        if dialog.exec():
            values = dialog.values()
            if run(self.ctx, CreateCommand(self.ctx, "project", values,
                                           f"New project {values['code']}")):
                self.view.select_code(values["code"])

    def _current_row(self) -> tuple[Any, dict[str, Any] | None]:
        """The selected project's status and its stored row (None when gone)."""
        status = self.view.current_status()
        if status is None:
            return None, None
        return status, self.ctx.store.get("project", status.id)

    @Slot()
    def _on_edit_project(self) -> None:
        status, row = self._current_row()
        if row is None:
            return
        from .project_dialog import ProjectDialog

        dialog = ProjectDialog(self.ctx, row, self.view, calculated=status.calculated,
                               **self._dialog_context())
        if dialog.exec():
            self._push_edit(status, dialog.values(), f"Edit project {status.code}")

    @Slot()
    def _on_edit_rag(self) -> None:
        status = self.view.current_status()
        if status is not None:
            self._edit_rag(status)

    def _edit_rag(self, status: Any) -> None:
        from .project_dialog import StatusDialog

        row = self.ctx.store.get("project", status.id)
        if row is None:
            return
        dialog = StatusDialog(self.ctx, row, status.calculated, self.view)
        if dialog.exec():
            self._push_edit(status, dialog.values(), f"Update status of {status.code}")

    def _push_edit(self, status: Any, values: dict[str, Any], text: str) -> None:
        try:
            command = EditFieldsCommand(self.ctx, "project", status.id, values, text)
        except StoreError as exc:
            warn(self.view, "Not saved", str(exc))
            return
        if command.new_values and not run(self.ctx, command):
            warn(self.view, "Not saved", command.error or "The change was refused.")

    @Slot()
    def _on_duplicate_project(self) -> None:
        _status, row = self._current_row()
        if row is None:
            return
        from .project_dialog import ProjectDialog, suggest_code

        copy = dict(row)
        copy["code"] = suggest_code(row["code"], self.ctx.store)
        copy["name"] = f"{row['name']} (copy)"
        dialog = ProjectDialog(self.ctx, copy, self.view, duplicate=True,
                               **self._dialog_context())
        if dialog.exec():
            values = dialog.values()
            if run(self.ctx, CreateCommand(self.ctx, "project", values,
                                           f"Duplicate {row['code']} as {values['code']}")):
                self.view.select_code(values["code"])

    @Slot()
    def _on_delete_project(self) -> None:
        view = self.view
        statuses = view.selected_statuses() or [s for s in [view.current_status()] if s]
        if not statuses:
            return
        if len(statuses) > 1:
            inform(view, "Delete project", "Select one project to delete at a time.")
            return
        status = statuses[0]
        counts = child_counts(self.ctx, "project", status.id)
        parts = [f"{n} {entity_label(name)}{'s' if n != 1 else ''}"
                 for name, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        detail = ("It takes with it " + ", ".join(parts) + "." if parts
                  else "Nothing else is recorded against it.")
        box = message_box(view, QMessageBox.Icon.Warning, "Delete project",
                          f"Delete {status.code} — {status.name}?",
                          f"{detail}\nYou can undo this with Ctrl+Z.")
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            command = DeleteCommand(self.ctx, "project", status.id,
                                    f"Delete project {status.code}")
        except StoreError as exc:
            warn(view, "Not deleted", str(exc))
            return
        run(self.ctx, command)
