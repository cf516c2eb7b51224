"""Strategy and demand (issue 17): objectives and the ranked, budget-constrained
portfolio (``StrategyView``), and the intake pipeline of proposals (``PipelineView``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .pipeline import PipelineView
from .view import StrategyView


def create_view(ctx: AppContext) -> QWidget:
    return StrategyView(ctx)


def create_pipeline(ctx: AppContext) -> QWidget:
    return PipelineView(ctx)


__all__ = ["PipelineView", "StrategyView", "create_pipeline", "create_view"]
