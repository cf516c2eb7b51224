"""A view page that reads off the GUI thread: placeholder first, filled by the runner.

``LoadingPage.reload()`` asks the subclass for a read (``read_job()``: a function of a
``Store`` that returns plain rows or dataclasses, built on the GUI thread with whatever
the view's controls say) and runs it through ``ctx.runner.query`` on a reading copy of
the portfolio; ``fill(value)`` then runs on the GUI thread. Until the first answer the
page shows a "Loading…" placeholder; a later reload keeps the current figures on screen
until the fresh ones arrive. Reloads asked for in one turn of the event loop (a change
announced on two signals, a control changed twice) start one read; a newer read
supersedes an older one still running (the runner's ``key``).

The page reloads on ``ctx.changed(Result)`` when ``result.touches(ENTITIES)``
(``ViewPage``); a hidden page only marks itself stale.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from pmo_desktop.store import Store

from ..context import AppContext
from .i18n import tr
from .page import ViewPage
from .widgets import EmptyState



class LoadingPage(ViewPage):
    """A ``ViewPage`` whose data is read through the app's runner.

    Signals:
        loaded(): ``fill`` ran with fresh data (tests and benchmarks wait on it).
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, object_name, parent)
        self._loading = False
        self._filled = False
        self._placeholder: tuple[QStackedWidget, int] | None = None
        self._placeholder_label: EmptyState | None = None
        self._pending_filters: dict[str, Any] | None = None
        self._queued = QTimer(self)
        self._queued.setSingleShot(True)
        self._queued.setInterval(0)
        self._queued.timeout.connect(self._start_read)

    # -- for subclasses --------------------------------------------------------
    def read_job(self) -> Callable[[Store], Any]:
        """The read to run off the GUI thread (captures the controls' current values)."""
        raise NotImplementedError

    def fill(self, value: Any) -> None:
        """Show what ``read_job`` returned (GUI thread)."""
        raise NotImplementedError

    def defer_filter(self, filters: dict[str, Any]) -> bool:
        """Before the first fill, keep ``filters`` to apply once the data is in (a filter
        may name a programme or period the controls do not list yet); True if kept."""
        if self._filled:
            return False
        self._pending_filters = dict(filters)
        return True

    def add_placeholder(self, stack: QStackedWidget) -> int:
        """Add the "Loading…" page to ``stack``; shown until the first fill."""
        label = EmptyState(tr("Loading…"), stack)
        label.setObjectName("loading_state")
        index = stack.addWidget(label)
        self._placeholder, self._placeholder_label = (stack, index), label
        if not self._filled:
            stack.setCurrentIndex(index)
        return index

    # -- loading ---------------------------------------------------------------
    def reload(self) -> None:
        """Read again (once, however often this is called in one event-loop turn)."""
        self._loading = True
        if self._placeholder is not None and not self._filled:
            if self._placeholder_label is not None:
                self._placeholder_label.setText(tr("Loading…"))
            self._placeholder[0].setCurrentIndex(self._placeholder[1])
        self._queued.start()

    def is_loading(self) -> bool:
        """A read is queued or running."""
        return self._loading

    def has_data(self) -> bool:
        """The page has been filled at least once."""
        return self._filled

    @Slot()
    def _start_read(self) -> None:
        self.ctx.runner.query(self.read_job(), self._on_read, key=self._read_key(),
                              on_error=self._on_read_failed)

    def _read_key(self) -> str:
        return f"view:{self.objectName()}:{id(self)}"

    def _on_read(self, value: Any) -> None:
        if self._queued.isActive():
            return  # a newer reload is queued: its answer fills the page
        self._loading = False
        self._filled = True
        self.fill(value)
        pending, self._pending_filters = self._pending_filters, None
        if pending is not None:
            self.apply_filter(pending)
        self.loaded.emit()

    def _on_read_failed(self, message: str) -> None:
        if self._queued.isActive():
            return
        self._loading = False
        if self._placeholder_label is not None and not self._filled:
            self._placeholder_label.setText(tr("This view could not be read: {m}").format(
                m=message))
        self.ctx.status_message.emit(message)
        self.loaded.emit()


__all__ = ["LoadingPage"]
