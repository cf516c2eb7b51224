"""The table models' base, and the column-spec model and filter proxy of the views.

``TableModel`` is what every table model of the app shares: titled columns over a
list of rows, read-only unless a subclass says otherwise, answering the display, sort
and tooltip roles from small per-cell methods (``text``, ``sort_key``, ``tooltip``,
``role_data``), with tooltips shown literally. ``RowTableModel`` is a ``TableModel`` whose
cells come from ``Column`` specs: how a row becomes the cell's text, its sort key, its
chip or heat colour and its tooltip. Rows come from the store query layer already
computed (RAG, band, EVM), so nothing here decides anything.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from pmo_desktop.ui.plain import plain_tip, shown_tip

from .i18n import tr
from .roles import Role

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# WORKAROUND for https://github.com/python/cpython/issues/93910: on Python 3.11 a
# ``Role.X`` lookup costs ~0.5 µs, too much for data(), called for every cell and role.
_SORT, _CHIP, _HEAT = int(Role.SORT), int(Role.CHIP), int(Role.HEAT)
_CODE, _FILTER = int(Role.CODE), int(Role.FILTER)


def _shown_tips(data: Callable[..., Any]) -> Callable[..., Any]:
    """``data()`` whose tooltips are shown literally (see ``plain.shown_tip``)."""

    @functools.wraps(data)
    def wrapper(self: Any, index: Index, role: int = _DISPLAY) -> Any:
        value = data(self, index, role)
        return shown_tip(value) if role == _TOOLTIP else value

    wrapper.shown_tips = True  # type: ignore[attr-defined]
    return wrapper


class TableModel(QAbstractTableModel, Generic[T]):
    """Titled columns over ``self._rows``: the base of every table model.

    A subclass names its columns in ``_TITLES`` (translated when shown) or overrides
    ``column_count``/``title``, and answers per cell: ``text`` (display), ``sort_key``
    (``Role.SORT``; the lower-case text unless overridden), ``tooltip`` and
    ``role_data`` (any other role). Cells are addressed by row position and column.
    Tracker text reaches tooltips and Qt reads a tooltip that looks like HTML as HTML,
    so tooltips are made literal here (``_tip``); a subclass that answers ``data()``
    itself gets the same treatment without asking.
    """

    _TITLES: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("data")
        if own is not None and not getattr(own, "shown_tips", False):
            cls.data = _shown_tips(own)  # type: ignore[method-assign]

    # -- rows ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, position: int) -> T:
        return self._rows[position]

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    # -- per cell (override) -------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._TITLES)

    def title(self, column: int) -> str:
        return tr(self._TITLES[column])

    def header_tip(self, column: int) -> str | None:
        return None

    def header_alignment(self, column: int) -> int | None:
        return None

    def text(self, position: int, column: int) -> str:
        return ""

    def sort_key(self, position: int, column: int) -> Any:
        return self.text(position, column).lower()

    def tooltip(self, position: int, column: int) -> str | None:
        return None

    def role_data(self, position: int, column: int, role: int) -> Any:
        return None

    def _tip(self, text: str | None) -> Any:
        return shown_tip(text)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count()

    def flags(self, index: Index) -> Qt.ItemFlag:
        return READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count():
            return None
        if role == _DISPLAY:
            return self.title(section)
        if role == _TOOLTIP:
            return self.header_tip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, position: int, column: int, role: int = _DISPLAY) -> Any:
        """``data()`` of the cell at row ``position`` (valid), without an index: what a
        proxy asks for every role of every cell it paints."""
        if role == _DISPLAY:
            return self.text(position, column)
        if role == _SORT:
            return self.sort_key(position, column)
        if role == _TOOLTIP:
            return self._tip(self.tooltip(position, column))
        return self.role_data(position, column, role)


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column of a ``RowTableModel`` shows a row."""

    title: str
    text: Callable[[T], str]
    key: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    chip: Callable[[T], str | None] | None = None
    heat: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    width: int | None = None
    header_tip: str | None = None
    fill: bool = False  # takes the width the other columns leave (see ``fit_columns``)
    # Whether the filter box looks in this column's text (a number or a date need not be
    # formatted 100,000 times for a search nobody types in it).
    searched: bool = True


class RowTableModel(TableModel[T]):
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
        self._search: list[str] = []
        self._code_of = code_of
        self._facets = facets or {}

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.set_table(self._columns, rows)

    def set_table(self, columns: Sequence[Column[T]], rows: Sequence[T]) -> None:
        """Replace the columns and the rows (for tables whose columns follow the data)."""
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = list(rows)
        searched = [c for c in self._columns if c.searched]
        self._search = [" ".join(c.text(r) for c in searched).lower() for r in self._rows]
        self.endResetModel()

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def facet(self, row: int, name: str) -> str | None:
        """The value of a named filter facet (``"type"``, ``"status"``…) of a row."""
        getter = self._facets.get(name)
        return getter(self._rows[row]) if getter else None

    # -- cells -----------------------------------------------------------------
    def column_count(self) -> int:
        return len(self._columns)

    def title(self, column: int) -> str:
        return self._columns[column].title

    def header_tip(self, column: int) -> str | None:
        return self._columns[column].header_tip

    def header_alignment(self, column: int) -> int | None:
        align = self._columns[column].align
        return int(align) if align != LEFT else None

    def text(self, position: int, column: int) -> str:
        return self._columns[column].text(self._rows[position])

    def sort_key(self, position: int, column: int) -> Any:
        spec, row = self._columns[column], self._rows[position]
        return spec.key(row) if spec.key else spec.text(row).lower()

    def tooltip(self, position: int, column: int) -> str | None:
        spec = self._columns[column]
        return spec.tooltip(self._rows[position]) if spec.tooltip else None

    def _tip(self, text: str | None) -> Any:
        return plain_tip(text) or None  # always literal: the views' tooltips quote data

    def role_data(self, position: int, column: int, role: int) -> Any:
        row, spec = self._rows[position], self._columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        if role == _CHIP:
            return spec.chip(row) if spec.chip else None
        if role == _HEAT:
            return spec.heat(row) if spec.heat else None
        if role == _CODE:
            return self._code_of(row) if self._code_of else None
        if role == _FILTER:
            return self._search[position]
        if role == Qt.ItemDataRole.FontRole and self._emphasis and self._emphasis(row):
            return self._bold
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Free text plus named facets over a ``RowTableModel``; sorts on ``Role.SORT``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._facets: dict[str, frozenset[str]] = {}
        self._codes: frozenset[str] | None = None
        self.setSortRole(Role.SORT)
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

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        index = model.index(source_row, 0, source_parent)
        if self._text and self._text not in (index.data(_FILTER) or ""):
            return False
        if self._codes is not None and index.data(_CODE) not in self._codes:
            return False
        return all(model.facet(source_row, name) in values
                   for name, values in self._facets.items())
