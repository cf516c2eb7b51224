"""A read-only table model over plain row objects, described by column specs.

Each ``Column`` says how a row becomes the cell's text, its sort key, its chip or
heat colour and its tooltip; the model only answers roles. Rows come from the store
query layer already computed (RAG, band, EVM), so nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QFont
from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel,
    Qt,
)

from pmo_desktop.ui.plain import plain_tip

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""Raw sort key of a cell (number, ISO date or lower-case text; ``None`` sorts first)."""
CHIP_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""``#RRGGBB`` fill of a chip drawn behind the cell text, or ``None``."""
CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
"""The project code a row belongs to (double-click opens the project)."""
HEAT_ROLE = int(Qt.ItemDataRole.UserRole) + 4
"""``#RRGGBB`` fill of a heat-map cell, or ``None``."""
FILTER_ROLE = int(Qt.ItemDataRole.UserRole) + 5
"""Lower-case text the free-text filter searches (same for every column of a row)."""

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row."""

    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = _LEFT
    chip: Callable[[T], str | None] | None = None
    heat: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    width: int | None = None
    header_tip: str | None = None
    fill: bool = False  # takes the width the other columns leave (see ``fit_columns``)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of plain objects shown through ``Column`` specs (read-only)."""

    def __init__(self, columns: Sequence[Column[T]],
                 code_of: Callable[[T], str | None] | None = None,
                 facets: dict[str, Callable[[T], str | None]] | None = None,
                 parent: QObject | None = None,
                 emphasis: Callable[[T], bool] | None = None) -> None:
        super().__init__(parent)
        self._emphasis = emphasis
        self._bold = QFont()
        self._bold.setBold(True)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._search: list[str] = []
        self._code_of = code_of
        self._facets = facets or {}

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [" ".join(c.text(r) for c in self._columns).lower() for r in self._rows]
        self.endResetModel()

    def set_table(self, columns: Sequence[Column[T]], rows: Sequence[T]) -> None:
        """Replace the columns and the rows (for tables whose columns follow the data)."""
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        self._search = [" ".join(c.text(r) for c in self._columns).lower() for r in self._rows]
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._rows[index]

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def facet(self, row: int, name: str) -> str | None:
        """The value of a named filter facet (``"type"``, ``"status"``…) of a row."""
        getter = self._facets.get(name)
        return getter(self._rows[row]) if getter else None

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align != _LEFT:
            return int(column.align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.key(row) if column.key else column.text(row).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (plain_tip(column.tooltip(row)) or None) if column.tooltip else None
        if role == CHIP_ROLE:
            return column.chip(row) if column.chip else None
        if role == HEAT_ROLE:
            return column.heat(row) if column.heat else None
        if role == CODE_ROLE:
            return self._code_of(row) if self._code_of else None
        if role == FILTER_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(row):
            return self._bold
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Free text plus named facets over a ``RowTableModel``; sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._facets: dict[str, frozenset[str]] = {}
        self._codes: frozenset[str] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_facet(self, name: str, values: Sequence[str] | None) -> None:
        """Keep rows whose facet ``name`` is one of ``values`` (``None``: any)."""
        self.beginFilterChange()
        if values is None:
            self._facets.pop(name, None)
        else:
            self._facets[name] = frozenset(values)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_codes(self, codes: Sequence[str] | None) -> None:
        """Keep rows of these project codes only (``None``: all projects)."""
        self.beginFilterChange()
        self._codes = None if codes is None else frozenset(codes)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_filters(self) -> None:
        self.beginFilterChange()
        self._text, self._facets, self._codes = "", {}, None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def facet_values(self, name: str) -> frozenset[str] | None:
        return self._facets.get(name)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        index = model.index(source_row, 0, source_parent)
        if self._text and self._text not in (index.data(FILTER_ROLE) or ""):
            return False
        if self._codes is not None and index.data(CODE_ROLE) not in self._codes:
            return False
        return all(model.facet(source_row, name) in values
                   for name, values in self._facets.items())
