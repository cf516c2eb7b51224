"""Strategy and demand (issue 17): objectives and the ranked, budget-constrained
portfolio (``StrategyView``), and the intake pipeline of proposals (``PipelineView``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .governance import GovernanceView
from .pipeline import PipelineView
from .view import StrategyView


def create_view(ctx: AppContext) -> QWidget:
    return StrategyView(ctx)


def create_pipeline(ctx: AppContext) -> QWidget:
    return PipelineView(ctx)


def create_governance(ctx: AppContext) -> QWidget:
    return GovernanceView(ctx)


__all__ = ["GovernanceView", "PipelineView", "StrategyView", "create_governance",
           "create_pipeline", "create_view"]
