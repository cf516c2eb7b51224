"""The app's one UI kit: what every view and dialog builds on.

* ``roles``: the ``Role`` enum every model fills and every delegate reads.
* ``models``: ``TableModel`` (the base of every table model), the column-spec
  ``RowTableModel`` and its ``RowFilterProxy``.
* ``delegates``: every delegate (chips, heat cells, RAG chips, progress bars, editors).
* ``theme``: the palette and style sheet, and colours derived from a palette.
* ``i18n``: the one ``tr``.
* ``widgets``, ``chips``, ``empty_state``, ``date_edit``: code-built pieces of the pages.
* ``page``: the reloading base of each view page; ``fmt``: cell text.
"""

from .delegates import ChipDelegate, HeatCellDelegate
from .i18n import tr
from .models import CENTRE, RIGHT, Column, RowFilterProxy, RowTableModel, TableModel
from .page import ViewPage, affects
from .roles import Role
from .theme import band_text_colour, is_dark, muted_colour
from .widgets import (
    EmptyState, MutedLabel, SectionTitle, Tile, apply_column_widths, fit_columns,
    make_table_view, page_header,
)

__all__ = [
    "CENTRE", "RIGHT", "ChipDelegate", "Column", "EmptyState", "HeatCellDelegate",
    "MutedLabel", "Role", "RowFilterProxy", "RowTableModel", "SectionTitle", "TableModel",
    "Tile", "ViewPage", "affects", "apply_column_widths", "band_text_colour", "fit_columns",
    "is_dark", "make_table_view", "muted_colour", "page_header", "tr",
]
