"""Logging a lesson by hand: the record form with today's date and an open status."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..record_actions import add_record
from ..record_form import RecordDialog

__all__ = ["add_lesson"]


def add_lesson(ctx: AppContext, parent: QWidget | None, project_id: int) -> RecordDialog:
    """Open the form for a new lesson of the project (logged on the as-of date, open)."""
    return add_record(ctx, parent, "lesson", fixed={"project_id": project_id},
                      initial={"date_logged": ctx.as_of().isoformat(), "status": "open"})
