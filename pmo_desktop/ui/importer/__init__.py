"""The import wizard (files → tables and columns → preview → apply) and the import history.

``ImportWizard(store, paths, parent)`` and ``ImportHistoryDialog(store, parent)`` are
what the main window opens; the pipeline itself lives in ``pmo_desktop.importing``.
"""

from .history import ImportHistoryDialog
from .wizard import ImportWizard

__all__ = ["ImportHistoryDialog", "ImportWizard"]
