"""Lessons learned across projects (DOMAIN §7.3), kept by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import LessonsView


def create_view(ctx: AppContext) -> QWidget:
    return LessonsView(ctx)


__all__ = ["LessonsView", "create_view"]
