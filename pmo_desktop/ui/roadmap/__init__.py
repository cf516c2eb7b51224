"""Roadmap: the portfolio's projects on a time axis, grouped by programme."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import RoadmapView


def create_view(ctx: AppContext) -> QWidget:
    return RoadmapView(ctx)


__all__ = ["RoadmapView", "create_view"]
