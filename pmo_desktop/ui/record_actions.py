"""Add, edit, delete and quick-change records of any register, undoably, from any view.

Each opens what it needs without a nested event loop (``open()``, not ``exec()``) and
pushes one undoable command (``ui/commands.py``) when the user confirms; the views hear
the change on ``ctx.changed``. ``install_register_keys`` gives a register table the
keyboard of a desktop list: Enter edits the current row, Del deletes the selected rows
(after a confirmation that says what goes with them), Insert adds one; a double-click
edits too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from pmo_desktop.operations.records import entity_label
from pmo_desktop.store import StoreError

from . import commands
from .context import AppContext
from .plain import message_box
from .record_form import RecordDialog, describe
from .viewkit.record_rows import current_record, selected_records

__all__ = ["add_record", "delete_message", "delete_records", "delete_selected", "edit_current",
           "edit_record", "install_register_keys", "set_fields"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s" if not word.endswith("y") \
        else f"{n} {word[:-1]}ies"


def add_record(ctx: AppContext, parent: QWidget | None, entity: str, *,
               fixed: Mapping[str, Any] | None = None,
               initial: Mapping[str, Any] | None = None,
               fields: Sequence[str] | None = None) -> RecordDialog:
    """Open the form for a new ``entity`` record; Create pushes an undoable create."""
    dialog: RecordDialog

    def submit(values: dict[str, Any]) -> str | None:
        command = commands.CreateCommand(ctx, entity, values, f"Add {describe(entity, values)}")
        if commands.run(ctx, command):
            return None
        return command.error or "The change was refused."

    dialog = RecordDialog(ctx, entity, initial, fixed=fixed, fields=fields, creating=True,
                          on_submit=submit, parent=parent)
    dialog.open()
    return dialog


def edit_record(ctx: AppContext, parent: QWidget | None, entity: str, entity_id: int, *,
                fields: Sequence[str] | None = None) -> RecordDialog | None:
    """Open the form on a stored record; Save pushes an undoable edit of the fields
    that changed (``None``, and a status message, when the record is gone)."""
    record = ctx.store.get(entity, entity_id)
    if record is None:
        ctx.status_message.emit(f"That {entity_label(entity)} no longer exists.")
        return None
    dialog: RecordDialog

    def submit(_values: dict[str, Any]) -> str | None:
        changed = dialog.changed()
        if not changed:
            return None
        try:
            command = commands.EditFieldsCommand(ctx, entity, entity_id, changed,
                                                 f"Edit {describe(entity, record)}")
        except StoreError as exc:
            return str(exc)
        if commands.run(ctx, command):
            return None
        return command.error or "The change was refused."

    dialog = RecordDialog(ctx, entity, record, fields=fields, creating=False,
                          on_submit=submit, parent=parent)
    dialog.open()
    return dialog


def delete_message(ctx: AppContext, entity: str, ids: Sequence[int]) -> str:
    """The confirmation's text: what is deleted, everything that goes with it, and the
    records that stay but lose their link to it (a programme's projects)."""
    goes: dict[str, int] = {}
    stays: dict[str, int] = {}
    names = []
    for entity_id in ids:
        record = ctx.store.get(entity, entity_id)
        if record is not None:
            names.append(describe(entity, record))
        for kind, n in commands.child_counts(ctx, entity, entity_id).items():
            goes[kind] = goes.get(kind, 0) + n
        for kind, n in ctx.store.linked_count(entity, entity_id).items():
            stays[kind] = stays.get(kind, 0) + n
    head = (f"Delete {names[0]}?" if len(names) == 1
            else f"Delete {_plural(len(names), entity_label(entity))}?")
    if goes:
        head += " This also deletes " + ", ".join(
            _plural(n, entity_label(kind)) for kind, n in sorted(goes.items()) if n) + "."
    if stays:
        whose = "Its" if len(names) == 1 else "Their"
        head += (f" {whose} " + " and ".join(
            _plural(n, entity_label(kind)) for kind, n in sorted(stays.items()))
            + f" stay, with no {entity_label(entity)}.")
    return head + " You can undo this (Edit > Undo)."


def delete_records(ctx: AppContext, parent: QWidget | None, entity: str,
                   ids: Sequence[int]) -> QMessageBox | None:
    """Ask, then delete the records (and what goes with them) as one undo step."""
    ids = [int(i) for i in ids]
    if not ids:
        return None
    box = message_box(parent, QMessageBox.Icon.Question, "Delete",
                      delete_message(ctx, entity, ids))
    box.setObjectName("deleteConfirm")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(button: int) -> None:
        if button != QMessageBox.StandardButton.Yes:
            return
        stack = ctx.undo_stack
        stack.beginMacro(f"Delete {_plural(len(ids), entity_label(entity))}")
        try:
            for entity_id in ids:
                try:
                    command = commands.DeleteCommand(ctx, entity, entity_id,
                                                     f"Delete {entity_label(entity)}")
                except StoreError as exc:
                    ctx.status_message.emit(str(exc))
                    continue
                commands.run(ctx, command)
        finally:
            stack.endMacro()

    box.finished.connect(answered)
    box.open()
    return box


def edit_current(ctx: AppContext, parent: QWidget | None, view: QAbstractItemView,
                 entity: str) -> RecordDialog | None:
    """The form on the record of ``view``'s current row (a register of plain rows with
    an ``id``); ``None`` when there is none."""
    record = current_record(view)
    return None if record is None else edit_record(ctx, parent, entity, int(record["id"]))


def delete_selected(ctx: AppContext, parent: QWidget | None, view: QAbstractItemView,
                    entity: str) -> QMessageBox | None:
    """Ask, then delete the records of ``view``'s selected rows (``delete_records``)."""
    return delete_records(ctx, parent, entity, [int(r["id"]) for r in selected_records(view)])


def set_fields(ctx: AppContext, entity: str, entity_id: int, values: Mapping[str, Any],
               text: str) -> bool:
    """An undoable quick change (close, reopen, complete); ``False`` when refused."""
    try:
        command = commands.EditFieldsCommand(ctx, entity, entity_id, dict(values), text)
    except StoreError as exc:
        ctx.status_message.emit(str(exc))
        return False
    if not command.new_values:
        return True
    return commands.run(ctx, command)


class _RegisterKeys(QObject):
    def __init__(self, view: QAbstractItemView, on_edit: Callable[[QModelIndex], None],
                 on_delete: Callable[[list[QModelIndex]], None],
                 on_add: Callable[[], None] | None) -> None:
        super().__init__(view)
        self.view = view
        self.on_edit = on_edit
        self.on_delete = on_delete
        self.on_add = on_add

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.view.currentIndex()
            if index.isValid():
                self.on_edit(index)
                return True
        elif key == Qt.Key.Key_Delete:
            model = self.view.selectionModel()
            rows = model.selectedRows() if model is not None else []
            if not rows and self.view.currentIndex().isValid():
                rows = [self.view.currentIndex()]
            if rows:
                self.on_delete(rows)
                return True
        elif key == Qt.Key.Key_Insert and self.on_add is not None:
            self.on_add()
            return True
        return False


def install_register_keys(view: QAbstractItemView, *, on_edit: Callable[[QModelIndex], None],
                          on_delete: Callable[[list[QModelIndex]], None],
                          on_add: Callable[[], None] | None = None) -> QObject:
    """Enter/Return edits the current row, Del deletes the selected rows, Insert adds;
    a double-click edits. Returns the event filter (owned by ``view``)."""
    keys = _RegisterKeys(view, on_edit, on_delete, on_add)
    view.installEventFilter(keys)
    view.doubleClicked.connect(on_edit)
    return keys
