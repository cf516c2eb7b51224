"""What every view is given: the open store, settings, the undo stack, app signals.

There is no global app object: the main window builds one ``AppContext`` per open
portfolio and passes it to each view's ``create_view(ctx)``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QUndoStack

from pmo_desktop.operations import Result
from pmo_desktop.store import Changes, Store
from pmo_desktop.store.queries import as_of_date


def as_result(change: Result | Changes | None) -> Result:
    """The ``Result`` of what changed: a store ``Changes`` that names no record (an
    import or undo of unknown kinds, a closed period) or ``None`` means everything."""
    if isinstance(change, Result):
        return change
    if change is None or not change:
        return Result(batch_id=getattr(change, "batch_id", None), reload_all=True)
    return Result.of(change)


def as_changes(result: Result) -> Changes | None:
    """The legacy ``Changes`` of a ``Result`` (``None`` when it changed nothing); an
    empty ``Changes`` tells its listeners to reload everything."""
    if result.reload_all or result.settings_changed:
        return Changes(batch_id=result.batch_id)
    if not result:
        return None
    return Changes(created=list(result.created), updated=list(result.updated),
                   deleted=list(result.deleted), batch_id=result.batch_id)


class AppContext(QObject):
    """The open portfolio and the app-wide signals.

    Signals:
        changed(Result): THE change signal. An operation finished (the runner emits it,
            ``notify`` too); a view reloads when ``result.touches(<the kinds it shows>)``.
        changes_applied(Changes): the same change as a store ``Changes``, for listeners
            not yet on ``changed`` (emitted after each ``changed``; an empty ``Changes``
            means "reload everything"). To be removed once every view is on ``changed``.
        navigate(str, dict): show a view (``"portfolio"``, ``"dashboard"``, ``"risks"``,
            ``"resources"``, ``"financials"``, ``"changes"``, ``"quality"``, ``"project"``)
            with a filter, e.g. ``("portfolio", {"rag": "red"})`` or
            ``("project", {"code": "DCX-101"})``.
        status_message(str): a short message for the status bar.
    """

    changes_applied = Signal(object)
    changed = Signal(object)  # Result: an operation finished (see ui/runner.py)
    navigate = Signal(str, dict)
    status_message = Signal(str)

    def __init__(self, store: Store, settings: QSettings, undo_stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo_stack = undo_stack
        from pmo_desktop.ui.runner import Runner

        self.runner = Runner(self)
        self.changed.connect(self._on_changed)

    def as_of(self) -> date:
        """The portfolio's as-of date (its setting, else today)."""
        return as_of_date(self.store.settings())

    def notify(self, change: Result | Changes | None = None) -> None:
        """Tell the views that the store changed (``changed``; see ``as_result``)."""
        self.changed.emit(as_result(change))

    @Slot(object)
    def _on_changed(self, result: Result) -> None:
        changes = as_changes(result)
        if changes is not None:
            self.changes_applied.emit(changes)

    def preference(self, key: str, default: Any = None) -> Any:
        return self.settings.value(f"preferences/{key}", default)
