"""Change requests by status."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import ChangesView


def create_view(ctx: AppContext) -> QWidget:
    return ChangesView(ctx)


__all__ = ["ChangesView", "create_view"]
