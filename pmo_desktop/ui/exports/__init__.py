"""File › Export to Excel…, File › Team template… and a table's Export table…: each
asks where to write, then writes the file off the GUI thread (``ctx.runner.query`` over
a read-only copy of the portfolio: exporting changes nothing in it)."""

from .dialogs import ExportDialog, TemplateDialog, export_view_table

__all__ = ["ExportDialog", "TemplateDialog", "export_view_table"]
