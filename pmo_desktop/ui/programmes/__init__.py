"""The Programmes dialog: programmes added, edited and deleted by hand."""

from __future__ import annotations

from .dialog import ProgrammesDialog, open_programmes

__all__ = ["ProgrammesDialog", "open_programmes"]
