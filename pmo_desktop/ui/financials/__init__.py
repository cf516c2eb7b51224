"""Financials: per-project BAC/AC/EAC/VAC/CPI/SPI with rolled-up totals."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import FinancialsView


def create_view(ctx: AppContext) -> QWidget:
    return FinancialsView(ctx)


__all__ = ["FinancialsView", "create_view"]
