"""The portfolio view's states besides the table: empty, loading, and no project matching
the filters; and which of them (or the table) the view shows."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from pmo_desktop.ui.viewkit.empty_state import EmptyPanel

from .model import PortfolioModel

EMPTY_TEXT = "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio"


class StatePanels:
    """The three panels, added to ``stack`` after the table."""

    def __init__(self, stack: QStackedWidget) -> None:
        self.stack = stack
        self.empty = EmptyPanel("No projects yet", EMPTY_TEXT, "portfolio")
        self.empty.setObjectName("portfolioEmpty")
        self.import_button = self.empty.add_button("Import a tracker…", primary=True)
        self.demo_button = self.empty.add_button("Open the demo portfolio")
        self.new_button = self.empty.add_button("New project")
        stack.addWidget(self.empty)

        self.loading = EmptyPanel("Loading the portfolio…",
                                  "The projects appear here in a moment.", "portfolio")
        self.loading.setObjectName("portfolioLoading")
        stack.addWidget(self.loading)

        self.no_match = EmptyPanel("No projects match these filters",
                                   "Remove a filter chip above, or clear them all.", "filter")
        self.clear_button = self.no_match.add_button("Clear filters", primary=True)
        stack.addWidget(self.no_match)

    def show_for(self, model: PortfolioModel, table: QWidget) -> None:
        """Show the panel for what ``model`` holds, or ``table`` when it has rows to show."""
        if model.total_count() == 0 and model.rows_loading():
            self.stack.setCurrentWidget(self.loading)
        elif model.total_count() == 0:
            self.stack.setCurrentWidget(self.empty)
        elif model.shown_count() == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(table)
