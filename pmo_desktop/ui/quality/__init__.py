"""The Data quality view: pre-flight findings, click through to the item."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import FindingsModel, QualityView


def create_view(ctx: AppContext) -> QWidget:
    return QualityView(ctx)


__all__ = ["FindingsModel", "QualityView", "create_view"]
