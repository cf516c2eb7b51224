"""Undoable edits: ``QUndoCommand``s over the store's operations.

Each command writes through ``store.write("ui")`` (one transaction, every field
change in the change log) and tells the views through ``ctx.notify(changes)``.
Undo is an operation too: it writes the old values back, and the log records it.

Push commands with ``run(ctx, command)``: it applies the command first and only
puts it on the undo stack when the store accepted it, so a refused edit (a
duplicate code, a record deleted meanwhile) shows a message instead of leaving a
command on the stack that never happened.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from pmo_desktop.store import Changes, StoreError
from pmo_desktop.store.ops import PROJECT_CHILDREN
from pmo_desktop.store.schema import ENTITIES
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.plain import message_box

_log = logging.getLogger(__name__)

SOURCE = "ui"
# Children captured with a deleted resource (besides the project's children).
_RESOURCE_CHILDREN = ("allocation", "capacity")
_SKIP = ("id", "type")


def _values(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _SKIP}


class StoreCommand(QUndoCommand):
    """Base: ``_do()``/``_undo()`` write and return ``Changes``; errors become messages."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._applied = False  # set by run(): the first redo() from push() is a no-op
        self._skip_undo = False  # set when a redo failed: the undo putting the index back
        self.error: str | None = None
        self.refusal_box: QMessageBox | None = None

    # subclasses
    def _do(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError

    def apply(self) -> Changes:
        """Apply now (raises ``StoreError``); the next ``redo()`` will not apply again."""
        changes = self._do()
        self._applied = True
        self.ctx.notify(changes)
        return changes

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

    def _guard(self, step: Any, undoing: bool) -> None:
        try:
            changes = step()
        except Exception as exc:  # noqa: BLE001 - StoreError or the database's own error
            self._refused(exc, undoing)
            return
        self.ctx.notify(changes)

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


def changed_since(current: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """The fields whose stored value is no longer what an edit left there."""
    return [k for k, v in expected.items() if current.get(k) != v]


def changed_elsewhere(entity: str, key: str, fields: list[str],
                      current: dict[str, Any]) -> StoreError:
    """The refusal for an undo (or redo) that would overwrite a later change."""
    shown = ", ".join(f"{f.replace('_', ' ')} (now “{current.get(f)}”)" for f in fields)
    return StoreError(f"{entity_label(entity)} {key} was changed elsewhere after this edit — "
                      f"{shown}; this would overwrite that change, so nothing was changed.")


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
        changes = command._do()
    except Exception as exc:  # noqa: BLE001 - StoreError or the database's own error
        command.error = refusal(exc)
        ctx.status_message.emit(command.error[:1].upper() + command.error[1:])
        return False
    command._applied = True
    ctx.notify(changes)
    ctx.undo_stack.push(command)
    return True


class EditFieldsCommand(StoreCommand):
    """Set fields of one record; undo writes the old values back."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int,
                 new_values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.entity_id = entity_id
        current = ctx.store.get(entity, entity_id)
        if current is None:
            raise StoreError(f"That {entity} no longer exists.")
        self.new_values = {k: v for k, v in new_values.items() if current.get(k) != v}
        self.old_values = {k: current.get(k) for k in self.new_values}
        self._undone = False

    def _write(self, values: dict[str, Any], expected: dict[str, Any] | None = None) -> Changes:
        """Write ``values``; with ``expected``, only if the fields still hold it (another
        window or the command line may have written them since)."""
        with self.ctx.store.write(SOURCE) as tx:
            if expected is not None:
                current = tx.get(self.entity, self.entity_id)
                if current is None:
                    raise StoreError(f"That {entity_label(self.entity)} no longer exists.")
                moved = changed_since(current, expected)
                if moved:
                    key = tx.key_text(ENTITIES[self.entity], current)
                    raise changed_elsewhere(self.entity, key, moved, current)
            tx.update(self.entity, self.entity_id, values)
        return tx.changes

    def _do(self) -> Changes:
        # A redo expects what the undo left; the first apply writes over what it read.
        changes = self._write(self.new_values, self.old_values if self._undone else None)
        self._undone = False
        return changes

    def _undo(self) -> Changes:
        changes = self._write(self.old_values, self.new_values)
        self._undone = True
        return changes


class CreateCommand(StoreCommand):
    """Create a record; undo deletes it; redo brings it back with the same id."""

    def __init__(self, ctx: AppContext, entity: str, values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.values = dict(values)
        self.entity_id: int | None = None

    def _do(self) -> Changes:
        with self.ctx.store.write(SOURCE) as tx:
            if self.entity_id is None:
                self.entity_id = tx.create(self.entity, self.values)
            else:
                tx.restore(self.entity, self.entity_id, self.values)
        return tx.changes

    def _undo(self) -> Changes:
        assert self.entity_id is not None
        with self.ctx.store.write(SOURCE) as tx:
            current = tx.get(self.entity, self.entity_id)
            if current is not None:
                moved = changed_since(current, self.values)
                moved += [f for f in ENTITIES[self.entity].fields
                          if f not in self.values and current.get(f) is not None]
                if moved:
                    key = tx.key_text(ENTITIES[self.entity], current)
                    raise changed_elsewhere(self.entity, key, moved, current)
            tx.delete(self.entity, self.entity_id)
        return tx.changes


def children_of(ctx: AppContext, entity: str, entity_id: int) -> list[tuple[str, dict[str, Any]]]:
    """The records deleted together with this one (a project's or a resource's)."""
    names: tuple[str, ...] = ()
    column = ""
    if entity == "project":
        names, column = PROJECT_CHILDREN, "project_id"
    elif entity == "resource":
        names, column = _RESOURCE_CHILDREN, "resource_id"
    out: list[tuple[str, dict[str, Any]]] = []
    for name in names:
        out += [(name, row) for row in ctx.store.rows(name, f"{column} = ?", [entity_id])]
    return out


def child_counts(ctx: AppContext, entity: str, entity_id: int) -> dict[str, int]:
    """How many records of each kind go with this one when it is deleted."""
    counts: dict[str, int] = {}
    for name, _row in children_of(ctx, entity, entity_id):
        counts[name] = counts.get(name, 0) + 1
    return counts


class DeleteCommand(StoreCommand):
    """Delete a record (a project with its children); undo restores what was captured."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.entity = entity
        self.entity_id = entity_id
        row = ctx.store.get(entity, entity_id)
        if row is None:
            raise StoreError(f"That {entity} no longer exists.")
        self.record = _values(row)
        self.children = [(name, int(r["id"]), _values(r))
                         for name, r in children_of(ctx, entity, entity_id)]

    def _do(self) -> Changes:
        with self.ctx.store.write(SOURCE) as tx:
            tx.delete(self.entity, self.entity_id)
        return tx.changes

    def _undo(self) -> Changes:
        with self.ctx.store.write(SOURCE) as tx:
            tx.restore(self.entity, self.entity_id, self.record)
            for name, child_id, values in self.children:
                tx.restore(name, child_id, values)
        return tx.changes


def entity_label(entity: str) -> str:
    """``change_request`` → ``change request`` (for command texts)."""
    return ENTITIES[entity].name.replace("_", " ") if entity in ENTITIES else entity
