"""Change control: change requests across projects, their workflow and decisions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .commands import ChangeStepCommand, DecisionDialog
from .view import ChangeControlView


def create_view(ctx: AppContext) -> QWidget:
    return ChangeControlView(ctx)


__all__ = ["ChangeControlView", "ChangeStepCommand", "DecisionDialog", "create_view"]
