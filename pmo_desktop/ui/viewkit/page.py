"""The base of each view page: reload on store changes, lazily when hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from pmo_desktop.operations import Result

from ..context import AppContext


def affects(result: Result, entities: frozenset[str]) -> bool:
    """True when ``result`` touches one of ``entities`` (a view of no declared kinds, or a
    result that names no record, reloads on every change)."""
    if not entities or not result:
        return True
    return result.touches(entities)


class ViewPage(QWidget):
    """A view over the open portfolio that reloads when its entities change.

    Subclasses set ``ENTITIES`` (the entity names they show; empty means every
    change) and implement ``reload``. A hidden page only marks itself stale and
    reloads when shown again, so one edit does not rebuild every view.
    """

    ENTITIES: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(object_name)
        self._stale = False
        ctx.changed.connect(self._on_ctx_changed)

    def reload(self) -> None:
        raise NotImplementedError

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show what ``filters`` asks for (called when the app navigates here)."""

    def navigate(self, view: str, filters: dict[str, Any]) -> None:
        self.ctx.navigate.emit(view, filters)

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        if not affects(result, self.ENTITIES):
            return
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)
