"""The app's undo stack: a ``QUndoStack`` that Python's garbage collector cannot corrupt.

``QUndoStack.push`` makes a command a Shiboken *child* of the stack's Python wrapper
while the C++ stack owns it. When a stack and its commands end up in a reference cycle
(a command keeps its ``AppContext``, the context keeps the stack), the collector clears
the cycle's objects in an order of its own; clearing a command's wrapper first takes it
off the stack's children and hands its ownership back to Python, which then deletes the
C++ command the stack still lists. The stack's own destructor later deletes it again:
segmentation faults "garbage-collecting" in ``QUndoCommand::~QUndoCommand`` from
``QUndoStack::clear`` (seen in the UI tests' full passes, about one run in four, and
reproduced every time by ``tests/ui/test_undo_stack_collect.py``).

The collector calls every finaliser of a cycle before it clears any object of it, so
``UndoStack.__del__`` empties the stack there, through C++: each command is deleted
once, by its owner, and its wrapper is marked dead before the collector reaches it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack


class UndoStack(QUndoStack):
    """Use this, never a bare ``QUndoStack``, for any stack commands are pushed on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def __del__(self) -> None:
        if shiboken6.isValid(self):
            # No slot runs while the cycle is torn down: its objects are half gone.
            self.blockSignals(True)
            self.clear()


__all__ = ["UndoStack"]
