"""Dashboard: figure tiles and charts of the portfolio, each a click-through."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import DashboardView


def create_view(ctx: AppContext) -> QWidget:
    return DashboardView(ctx)


__all__ = ["DashboardView", "create_view"]
