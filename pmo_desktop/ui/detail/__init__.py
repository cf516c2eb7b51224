"""Project detail: one project's header, RAG history, summary and its records."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .view import ProjectDetailView


def create_view(ctx: AppContext) -> QWidget:
    return ProjectDetailView(ctx)


__all__ = ["ProjectDetailView", "create_view"]
