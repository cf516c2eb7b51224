"""Resources: utilisation heat map by role and person × month."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import ResourcesView


def create_view(ctx: AppContext) -> QWidget:
    return ResourcesView(ctx)


__all__ = ["ResourcesView", "create_view"]
