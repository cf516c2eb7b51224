"""Risks & RAID register with a 5×5 heat map (navigation name: ``"risks"``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import RaidView


def create_view(ctx: AppContext) -> QWidget:
    return RaidView(ctx)


__all__ = ["RaidView", "create_view"]
