"""Reporting periods: list the closed ones, view a snapshot, close a period."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .dialog import ClosePeriodDialog, close_period_dialog
from .view import PeriodsView


def create_view(ctx: AppContext) -> QWidget:
    return PeriodsView(ctx)


__all__ = ["ClosePeriodDialog", "PeriodsView", "close_period_dialog", "create_view"]
