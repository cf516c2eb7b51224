"""Undoable edits: ``QUndoCommand``s that each hold an operation and its inverse.

A command's ``_do()``/``_undo()`` call one operation of ``pmo_desktop.operations.records``
(create, update, delete, restore: one transaction, every field change in the change
log) and the views are told through ``ctx.notify`` with its ``Result``. Undo is an
operation too: it writes the old values back, and the log records it; an undo or redo
that would overwrite a later change (from the command line, another window) is refused.

Push commands with ``run(ctx, command)``: it applies the command first and only
puts it on the undo stack when the store accepted it, so a refused edit (a
duplicate code, a record deleted meanwhile) shows a message instead of leaving a
command on the stack that never happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from pmo_desktop.operations import Result
from pmo_desktop.operations import records
from pmo_desktop.operations.records import entity_label
from pmo_desktop.store import ENTITIES, Deleted, Record, StoreError
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.plain import message_box

_log = logging.getLogger(__name__)

SOURCE = "ui"


def _announce(ctx: AppContext, result: Result) -> None:
    """Tell the views what the operation changed."""
    ctx.notify(result)  # type: ignore[arg-type]  # a Result reads as Changes does


class StoreCommand(QUndoCommand):
    """Base: ``_do()``/``_undo()`` run an operation and return its ``Result``; errors
    become messages."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._applied = False  # set by run(): the first redo() from push() is a no-op
        self._skip_undo = False  # set when a redo failed: the undo putting the index back
        self.error: str | None = None
        self.refusal_box: QMessageBox | None = None

    # subclasses
    def _do(self) -> Result:
        raise NotImplementedError

    def _undo(self) -> Result:
        raise NotImplementedError

    def apply(self) -> Result:
        """Apply now (raises ``StoreError``); the next ``redo()`` will not apply again."""
        result = self._do()
        self._applied = True
        _announce(self.ctx, result)
        return result

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._guard(self._do, undoing=False)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._guard(self._undo, undoing=True)

    def _guard(self, step: Callable[[], Result], undoing: bool) -> None:
        try:
            result = step()
        except Exception as exc:  # noqa: BLE001 - StoreError or the database's own error
            self._refused(exc, undoing)
            return
        _announce(self.ctx, result)

    def _refused(self, exc: Exception, undoing: bool) -> None:
        """Nothing was written: say so (status bar and a message box) and put the
        stack's index back where it was."""
        self.error = refusal(exc)
        action = "undo" if undoing else "redo"
        message = f"Could not {action} “{self.text()}”: {self.error}"
        self.ctx.status_message.emit(message)
        self.refusal_box = _show_refusal(self.ctx, f"Cannot {action}", message)
        stack = self.ctx.undo_stack
        # QUndoStack moves its index after this returns; move it back at once, with the
        # step that puts it back made a no-op (the store is already in that state).
        if undoing:
            self._applied = True
        else:
            self._skip_undo = True
        target = stack.index()

        def restore(_index: int) -> None:
            stack.indexChanged.disconnect(restore)
            stack.setIndex(target)

        stack.indexChanged.connect(restore)


def _show_refusal(ctx: AppContext, title: str, message: str) -> QMessageBox:
    """A message box (plain text) over the window; ``open()``, not ``exec()``: it is
    shown from inside QUndoStack's undo/redo, which must return first. The command
    keeps it (a box without a parent window would otherwise be gone at once)."""
    parent = ctx.parent()
    box = message_box(parent if isinstance(parent, QWidget) else None,
                      QMessageBox.Icon.Warning, title, message)
    box.setObjectName("undoRefusedBox")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def refusal(exc: Exception) -> str:
    """The message for a store write that failed (nothing was written)."""
    if isinstance(exc, StoreError):
        return str(exc)
    # The database's own error (ui/ does not import sqlite3): keep it for the log too.
    _log.warning("store write failed", exc_info=exc)
    return f"the database refused the change ({exc})."


def run(ctx: AppContext, command: StoreCommand) -> bool:
    """Apply ``command`` and push it on the undo stack; ``False`` (and a message) if refused."""
    try:
        result = command._do()
    except Exception as exc:  # noqa: BLE001 - StoreError or the database's own error
        command.error = refusal(exc)
        ctx.status_message.emit(command.error[:1].upper() + command.error[1:])
        return False
    command._applied = True
    _announce(ctx, result)
    ctx.undo_stack.push(command)
    return True


class EditFieldsCommand(StoreCommand):
    """Set fields of one record (``records.update``); undo writes the old values back,
    refused when the fields no longer hold what the edit left."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int,
                 new_values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.entity_id = entity_id
        current = ctx.store.get(entity, entity_id)
        if current is None:
            raise StoreError(f"That {entity} no longer exists.")
        # with what the edit implies (a milestone's status from its dates), so the undo
        # writes that back too
        implied = records.implied_values(ctx.store, entity, current, new_values)
        self.new_values = {k: v for k, v in implied.items() if current.get(k) != v}
        self.old_values = {k: current.get(k) for k in self.new_values}
        self._undone = False

    def _write(self, values: dict[str, Any], expected: dict[str, Any] | None) -> Result:
        return records.update(self.ctx.store, self.entity, self.entity_id, values,
                              expected=expected, source=SOURCE)

    def _do(self) -> Result:
        # A redo expects what the undo left; the first apply writes over what it read.
        result = self._write(self.new_values, self.old_values if self._undone else None)
        self._undone = False
        return result

    def _undo(self) -> Result:
        result = self._write(self.old_values, self.new_values)
        self._undone = True
        return result


class CreateCommand(StoreCommand):
    """Create a record (``records.create``); undo deletes it (refused when it was
    changed since); redo brings it back with the same id (``records.restore``)."""

    def __init__(self, ctx: AppContext, entity: str, values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.values = dict(values)
        self.entity_id: int | None = None

    def _do(self) -> Result:
        if self.entity_id is None:
            result = records.create(self.ctx.store, self.entity, self.values, source=SOURCE)
            self.entity_id = int(result.value)
            # What was stored (a ref the operation gave, say) is what undo expects.
            stored = self.ctx.store.get(self.entity, self.entity_id) or {}
            ent = ENTITIES[self.entity]
            self.values = {c: stored.get(c) for c in dict.fromkeys((*ent.key, *ent.fields))
                           if c in stored and (c in self.values or stored.get(c) is not None)}
            return result
        return records.restore(self.ctx.store,
                               Deleted(Record(self.entity, self.entity_id, self.values)),
                               source=SOURCE)

    def _undo(self) -> Result:
        assert self.entity_id is not None
        # What the create left: its values, and nothing in the fields it did not set.
        expected = {**self.values, **{f: None for f in ENTITIES[self.entity].fields
                                      if f not in self.values}}
        return records.delete(self.ctx.store, self.entity, self.entity_id,
                              expected=expected, source=SOURCE)


def child_counts(ctx: AppContext, entity: str, entity_id: int) -> dict[str, int]:
    """How many records of each kind go with this one when it is deleted."""
    return records.children_count(ctx.store, entity, entity_id)


class DeleteCommand(StoreCommand):
    """Delete a record with its children (``records.delete``); undo puts back what the
    delete took (``records.restore``)."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.entity_id = entity_id
        if ctx.store.get(entity, entity_id) is None:
            raise StoreError(f"That {entity} no longer exists.")
        self.deleted: Deleted | None = None

    def _do(self) -> Result:
        result = records.delete(self.ctx.store, self.entity, self.entity_id, source=SOURCE)
        self.deleted = result.value
        return result

    def _undo(self) -> Result:
        assert self.deleted is not None
        return records.restore(self.ctx.store, self.deleted, source=SOURCE)


__all__ = ["CreateCommand", "DeleteCommand", "EditFieldsCommand", "StoreCommand",
           "child_counts", "entity_label", "refusal", "run"]
