"""What every view is given: the open store, settings, the undo stack, app signals.

There is no global app object: the main window builds one ``AppContext`` per open
portfolio and passes it to each view's ``create_view(ctx)``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from pmo_desktop.operations import Result
from pmo_desktop.store import Changes, Store
from pmo_desktop.store.queries import as_of_date
from pmo_desktop.ui.undo_stack import UndoStack


def as_result(change: Result | Changes | None) -> Result:
    """The ``Result`` of what changed: a store ``Changes`` that names no record (an
    import or undo of unknown kinds, a closed period) or ``None`` means everything."""
    if isinstance(change, Result):
        return change
    if change is None or not change:
        return Result(batch_id=getattr(change, "batch_id", None), reload_all=True)
    return Result.of(change)


class AppContext(QObject):
    """The open portfolio and the app-wide signals.

    Signals:
        changed(Result): THE change signal. An operation finished (the runner emits it,
            ``notify`` too); a view reloads when ``result.touches(<the kinds it shows>)``.
        navigate(str, dict): show a view (``"portfolio"``, ``"dashboard"``, ``"risks"``,
            ``"resources"``, ``"financials"``, ``"changes"``, ``"quality"``, ``"project"``)
            with a filter, e.g. ``("portfolio", {"rag": "red"})`` or
            ``("project", {"code": "DCX-101"})``.
        status_message(str): a short message for the status bar.
    """

    changed = Signal(object)  # Result: an operation finished (see ui/runner.py)
    navigate = Signal(str, dict)
    status_message = Signal(str)

    def __init__(self, store: Store, settings: QSettings, undo_stack: UndoStack | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if undo_stack is not None and not isinstance(undo_stack, UndoStack):
            # A bare QUndoStack can be corrupted by the garbage collector (ui/undo_stack.py).
            raise TypeError("AppContext needs a pmo_desktop.ui.undo_stack.UndoStack")
        self.store = store
        self.settings = settings
        self.undo_stack = undo_stack if undo_stack is not None else UndoStack(self)
        from pmo_desktop.ui.runner import Runner

        self.runner = Runner(self)

    def as_of(self) -> date:
        """The portfolio's as-of date (its setting, else today)."""
        return as_of_date(self.store.settings())

    def notify(self, change: Result | Changes | None = None) -> None:
        """Tell the views that the store changed (``changed``; see ``as_result``)."""
        self.changed.emit(as_result(change))

    def preference(self, key: str, default: Any = None) -> Any:
        return self.settings.value(f"preferences/{key}", default)
