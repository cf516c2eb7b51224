"""The portfolio view: every project with its status, as a table or grouped by programme.

``create_view(ctx)`` is what the main window's view registry calls.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmo_desktop.ui.context import AppContext


def create_view(ctx: AppContext) -> QWidget:
    from .view import PortfolioView

    return PortfolioView(ctx)


__all__ = ["create_view"]
