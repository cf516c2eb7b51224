"""Small building blocks shared by the dashboard, project page and register views.

Kept apart from ``ui/widgets`` (the shell's delegates) so these views have no
ordering dependency on it: column-spec table models, a filter proxy, chip and heat
cell delegates that only paint from roles, clickable tiles, a reloading page base
and palette helpers.
"""

from .delegates import ChipDelegate, HeatCellDelegate
from .models import (
    CENTRE, CHIP_ROLE, CODE_ROLE, FILTER_ROLE, HEAT_ROLE, RIGHT, SORT_ROLE, Column,
    RowFilterProxy, RowTableModel,
)
from .page import ViewPage, affects
from .theme import band_text_colour, is_dark, muted_colour
from .widgets import (
    EmptyState, MutedLabel, SectionTitle, Tile, apply_column_widths, fit_columns,
    make_table_view, page_header,
)

__all__ = [
    "CENTRE", "CHIP_ROLE", "CODE_ROLE", "FILTER_ROLE", "HEAT_ROLE", "RIGHT", "SORT_ROLE",
    "ChipDelegate", "Column", "EmptyState", "HeatCellDelegate", "MutedLabel",
    "RowFilterProxy", "RowTableModel", "SectionTitle", "Tile", "ViewPage", "affects",
    "apply_column_widths", "band_text_colour", "fit_columns", "is_dark", "make_table_view",
    "muted_colour", "page_header",
]
