"""Sorting and filtering a ``RowTableModel`` on precomputed keys, for tables of many rows.

A ``QSortFilterProxyModel`` over a Python model asks the model for a cell's sort value
at every comparison and for a row's filter text at every row: at 10,000 projects the
RAID register (55,000 items) made 168,000 ``data()`` calls for one sort, 4–5 s with the
window frozen. Here the model computes each column's sort keys once (the first time
that column is sorted), each row's filter text and facets once per load, and the proxy
sorts and filters plain Python lists (tens of milliseconds), as the portfolio model does.

At 10,000 projects even computing those keys once is too long for the GUI thread (the
filter text of 55,000 RAID rows formats 600,000 cells), so a view's background read calls
``model.preparer()`` (made on the GUI thread) to compute them there, and the GUI thread
only swaps the ``PreparedRows`` in (``set_prepared``).

``KeyedFilterProxy`` answers the same calls as ``RowFilterProxy`` (``set_text``,
``set_facet``, ``set_codes``, ``clear_filters``, ``facet_values``, ``sort``), over a
``KeyedTableModel``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Slot,
)

from .models import Column, RowTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def _orderable(keys: list[Any]) -> list[Any]:
    """Sort keys that compare, case-insensitively: blanks stay ``None``; a column mixing
    kinds sorts numbers, then text, then anything else (as text)."""
    kinds = {type(k) for k in keys if k is not None}
    if kinds <= {int, float, bool}:
        return keys
    if kinds == {str}:
        return [None if k is None else k.lower() for k in keys]

    def key(k: Any) -> Any:
        if k is None:
            return None
        if isinstance(k, (int, float)):
            return (0, float(k), "")
        return (1, 0.0, k.lower()) if isinstance(k, str) else (2, 0.0, str(k).lower())

    return [key(k) for k in keys]


def column_keys(column: Column[T], rows: Sequence[T]) -> list[Any]:
    """Each row's sort value in ``column`` (as ``SORT_ROLE`` gives it), comparable."""
    col = column
    get = col.key if col.key is not None else (lambda r: col.text(r).lower())
    return _orderable([get(r) for r in rows])


@dataclass(frozen=True)
class PreparedRows(Generic[T]):
    """Rows with every key the model and its proxy use, computed on any thread."""

    columns: list[Column[T]]
    rows: list[T]
    search: list[str]
    sort_keys: dict[int, list[Any]]
    facets: dict[str, list[str | None]]
    codes: list[str | None]


def prepare_rows(columns: Sequence[Column[T]], rows: Sequence[T],
                 facets: dict[str, Callable[[T], str | None]] | None = None,
                 code_of: Callable[[T], str | None] | None = None) -> PreparedRows[T]:
    """Filter texts (as ``RowTableModel``), sort keys of every column, facets and codes of
    ``rows``: plain Python, safe off the GUI thread (the column functions only format)."""
    cols, items = list(columns), list(rows)
    search = [" ".join(c.text(r) for c in cols).lower() for r in items]
    sort_keys = {n: column_keys(col, items) for n, col in enumerate(cols)}
    return PreparedRows(cols, items, search, sort_keys,
                        {name: [get(r) for r in items] for name, get in (facets or {}).items()},
                        [code_of(r) for r in items] if code_of else [None] * len(items))


class Preparer(Protocol[T]):
    def __call__(self, rows: Sequence[T], columns: Sequence[Column[T]] | None = None
                 ) -> PreparedRows[T]: ...


class KeyedTableModel(RowTableModel[T], Generic[T]):
    """A ``RowTableModel`` that hands out its sort keys, filter texts, facets and codes
    as lists (computed once per load, per column on first use)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sort_keys: dict[int, list[Any]] = {}
        self._facet_keys: dict[str, list[str | None]] = {}
        self._codes: list[str | None] | None = None

    def _forget(self) -> None:
        self._sort_keys, self._facet_keys, self._codes = {}, {}, None

    def set_rows(self, rows: Sequence[T]) -> None:
        self._forget()
        super().set_rows(rows)

    def set_table(self, columns: Sequence[Column[T]], rows: Sequence[T]) -> None:
        self._forget()
        super().set_table(columns, rows)

    def preparer(self) -> Preparer[T]:
        """A function that prepares rows for this model on a worker thread: with the
        model's current columns, or the ``columns`` the read decides."""
        cols, facets, code_of = list(self._columns), dict(self._facets), self._code_of

        def prepare(rows: Sequence[T], columns: Sequence[Column[T]] | None = None
                    ) -> PreparedRows[T]:
            return prepare_rows(cols if columns is None else columns, rows, facets, code_of)
        return prepare

    def set_prepared(self, prepared: PreparedRows[T]) -> None:
        """Show prepared rows (and their columns): no per-row work on the GUI thread."""
        self.beginResetModel()
        self._columns = list(prepared.columns)
        self._rows = prepared.rows
        self._search = prepared.search
        self._sort_keys = dict(prepared.sort_keys)
        self._facet_keys = dict(prepared.facets)
        self._codes = prepared.codes if self._code_of else None
        self.endResetModel()

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's sort value in ``column`` (as ``SORT_ROLE`` gives it)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = column_keys(self._columns[column], self._rows)
        return keys

    def search_texts(self) -> list[str]:
        """Each row's lower-case filter text (``FILTER_ROLE``)."""
        return self._search

    def facet_keys(self, name: str) -> list[str | None]:
        """Each row's value of the facet ``name``."""
        keys = self._facet_keys.get(name)
        if keys is None:
            getter = self._facets.get(name)
            keys = [getter(r) for r in self._rows] if getter else [None] * len(self._rows)
            self._facet_keys[name] = keys
        return keys

    def code_keys(self) -> list[str | None]:
        """Each row's project code (``CODE_ROLE``)."""
        if self._codes is None:
            code_of = self._code_of
            self._codes = [code_of(r) for r in self._rows] if code_of else \
                [None] * len(self._rows)
        return self._codes


class KeyedFilterProxy(QAbstractProxyModel):
    """Free text, named facets and project codes over a ``KeyedTableModel``; sorts on its
    precomputed keys (blanks first when ascending, as ``RowFilterProxy``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._facets: dict[str, frozenset[str]] = {}
        self._codes: frozenset[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, in sort order
        self._rows: list[int] = []  # the source rows shown, in sort order
        self._pos: dict[int, int] = {}  # source row -> proxy row

    # -- source ----------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        if not isinstance(model, KeyedTableModel):
            raise TypeError("KeyedFilterProxy needs a KeyedTableModel")
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        model.layoutChanged.connect(self._on_source_layout_changed)
        self._order = self._sorted()
        self._filter()
        self.endResetModel()

    def _model(self) -> KeyedTableModel[Any] | None:
        model = self.sourceModel()
        return model if isinstance(model, KeyedTableModel) else None

    @Slot()
    def _on_source_reset(self) -> None:
        self._order = self._sorted()
        self._filter()
        self.endResetModel()

    @Slot()
    def _on_source_layout_changed(self) -> None:
        self.beginResetModel()
        self._order = self._sorted()
        self._filter()
        self.endResetModel()

    @Slot(QModelIndex, QModelIndex)
    def _on_source_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        rows = [self._pos[r] for r in range(top.row(), bottom.row() + 1) if r in self._pos]
        if rows:
            self.dataChanged.emit(self.index(min(rows), top.column()),
                                  self.index(max(rows), bottom.column()))

    # -- sorting and filtering -------------------------------------------------
    def _sorted(self) -> list[int]:
        model = self._model()
        count = model.rowCount() if model is not None else 0
        if model is None or not 0 <= self._sort_column < model.columnCount():
            return list(range(count))
        keys = model.sort_keys(self._sort_column)
        blank = [i for i in range(count) if keys[i] is None]
        present = [i for i in range(count) if keys[i] is not None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        present.sort(key=keys.__getitem__, reverse=descending)
        return present + blank if descending else blank + present

    def _filter(self) -> None:
        model = self._model()
        rows = self._order
        if model is not None and self._text:
            hay, text = model.search_texts(), self._text
            rows = [i for i in rows if text in hay[i]]
        if model is not None and self._codes is not None:
            codes, wanted = model.code_keys(), self._codes
            rows = [i for i in rows if codes[i] in wanted]
        if model is not None:
            for name, values in self._facets.items():
                keys = model.facet_keys(name)
                rows = [i for i in rows if keys[i] in values]
        self._rows = list(rows)
        self._pos = {source: row for row, source in enumerate(self._rows)}

    def _refilter(self) -> None:
        self.beginResetModel()
        self._filter()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else -1
                   for i in before]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted()
        self._filter()
        after = [self.index(self._pos[s], i.column()) if s in self._pos else QModelIndex()
                 for s, i in zip(sources, before)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sortColumn(self) -> int:  # noqa: N802
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self._refilter()

    def set_facet(self, name: str, values: Sequence[str] | None) -> None:
        """Keep rows whose facet ``name`` is one of ``values`` (``None``: any)."""
        if values is None:
            self._facets.pop(name, None)
        else:
            self._facets[name] = frozenset(values)
        self._refilter()

    def set_codes(self, codes: Sequence[str] | None) -> None:
        """Keep rows of these project codes only (``None``: all projects)."""
        self._codes = None if codes is None else frozenset(codes)
        self._refilter()

    def clear_filters(self) -> None:
        self._text, self._facets, self._codes = "", {}, None
        self._refilter()

    def facet_values(self, name: str) -> frozenset[str] | None:
        return self._facets.get(name)

    # -- Qt proxy API ----------------------------------------------------------
    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() \
                or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        row = self._pos.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)
                                    and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and bool(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return model.data(model.index(self._rows[index.row()], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return model.headerData(section, orientation, role) if model is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


__all__ = ["KeyedFilterProxy", "KeyedTableModel", "PreparedRows", "prepare_rows"]
