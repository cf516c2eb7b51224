"""The steering committee pack dialog (options, presets, build off the GUI thread)."""

from __future__ import annotations

from .dialog import ReportDialog

__all__ = ["ReportDialog"]
