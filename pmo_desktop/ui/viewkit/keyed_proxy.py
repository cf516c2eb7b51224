"""``KeyedFilterProxy``: sorting and filtering a ``KeyedTableModel`` on its precomputed
orders, filter texts and facets (see ``keyed``), without asking it cell by cell."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress
from operator import and_
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Slot,
)

from .models import TableModel

if TYPE_CHECKING:
    from .keyed import KeyedTableModel

Index = QModelIndex | QPersistentModelIndex


def _keyed(model: QAbstractItemModel | None) -> bool:
    """A ``KeyedTableModel`` (by what it answers: ``keyed`` imports this module)."""
    return model is not None and hasattr(model, "sort_order") and hasattr(model, "rows_replaced")


class _Desc:
    """A key that sorts the other way round (for bisecting a descending order)."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.key < self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and bool(self.key == other.key)

    __hash__ = None  # type: ignore[assignment]


class KeyedFilterProxy(QAbstractProxyModel):
    """Free text, named facets and project codes over a ``KeyedTableModel``; sorts on its
    precomputed orders (blanks first when ascending, as ``RowFilterProxy``).

    Filtering keeps a mask of the rows that pass (recomputed only when a filter
    changes), so a sort only picks the passing rows out of the new order; typing more
    of the same text filters only the rows already shown; a row the model replaced
    (``rows_replaced``) moves to its sorted place, or in or out of the filter, alone.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._facets: dict[str, frozenset[str]] = {}
        self._codes: frozenset[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, in sort order
        self._rows: list[int] = []  # the source rows shown, in sort order
        self._pos: dict[int, int] | None = None  # source row -> proxy row (when asked)
        self._mask: list[bool] | None = None  # source row passes the filters (None: ask)
        self._cells: Callable[[int, int, int], Any] | None = None  # the model's ``cell``

    # -- source ----------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        if not _keyed(model):
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
        model.rows_replaced.connect(self._on_source_rows_replaced)  # type: ignore[attr-defined]
        own_data = type(model).data is not TableModel.data  # type: ignore[comparison-overlap]
        self._cells = None if own_data else model.cell  # type: ignore[attr-defined]
        self._mask = None
        self._order = self._sorted()
        self._filter()
        self.endResetModel()

    def _model(self) -> KeyedTableModel[Any] | None:
        model = self.sourceModel()
        return model if _keyed(model) else None  # type: ignore[return-value]

    @Slot()
    def _on_source_reset(self) -> None:
        self._mask = None
        self._order = self._sorted()
        self._filter()
        self.endResetModel()

    @Slot()
    def _on_source_layout_changed(self) -> None:
        self.beginResetModel()
        self._on_source_reset()

    @Slot(QModelIndex, QModelIndex)
    def _on_source_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        rows = [r for r in self._positions(range(top.row(), bottom.row() + 1)) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), top.column()),
                                  self.index(max(rows), bottom.column()))

    @Slot(list)
    def _on_source_rows_replaced(self, sources: list[int]) -> None:
        for source in sources:
            self._place(source)

    # -- sorting and filtering -------------------------------------------------
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _sorted(self) -> list[int]:
        model = self._model()
        count = model.rowCount() if model is not None else 0
        if model is None or not 0 <= self._sort_column < model.columnCount():
            return list(range(count))
        return list(model.sort_order(self._sort_column, self._descending()))

    def _filtered(self) -> bool:
        return bool(self._text or self._facets or self._codes is not None)

    def _passing(self) -> list[bool]:
        """Whether each source row passes every filter (kept until a filter changes)."""
        model = self._model()
        if self._mask is None and model is not None:
            mask: list[bool] | None = None
            if self._text:
                text = self._text
                mask = [text in hay for hay in model.search_texts()]
            wanted = [(self._codes, model.code_keys())] if self._codes is not None else []
            wanted += [(values, model.facet_keys(name)) for name, values in self._facets.items()]
            for values, keys in wanted:
                passes = list(map(values.__contains__, keys))
                mask = passes if mask is None else list(map(and_, mask, passes))
            self._mask = mask if mask is not None else [True] * model.rowCount()
        return self._mask or []

    def _accepts(self, source: int) -> bool:
        """Whether one source row passes every filter (asking the model for that row)."""
        model = self._model()
        if model is None:
            return False
        if self._text and self._text not in model.search_texts()[source]:
            return False
        if self._codes is not None and model.code_keys()[source] not in self._codes:
            return False
        return all(model.facet_keys(name)[source] in values
                   for name, values in self._facets.items())

    def _filter(self) -> None:
        order = self._order
        if self._model() is None or not self._filtered():
            self._rows = list(order)
        else:
            passing = self._passing()
            self._rows = list(compress(order, map(passing.__getitem__, order)))
        self._pos = None

    def _refilter(self) -> None:
        self.beginResetModel()
        self._mask = None
        self._filter()
        self.endResetModel()

    def _place_key(self) -> Callable[[int], Any]:
        """The key the order is sorted by, per source row (for bisecting it)."""
        model = self._model()
        if model is None or not 0 <= self._sort_column < model.columnCount():
            return lambda i: i
        keys = model.sort_keys(self._sort_column)
        if self._descending():
            return lambda i: (1, 0, i) if keys[i] is None else (0, _Desc(keys[i]), i)
        return lambda i: (0, 0, i) if keys[i] is None else (1, keys[i], i)

    def _place(self, source: int) -> None:
        """Move one source row whose keys changed to its place in the order, and in or
        out of the rows shown (one move, insert or remove; the rest stay)."""
        key = self._place_key()
        self._order.remove(source)
        bisect.insort(self._order, source, key=key)
        passes = self._accepts(source)
        if self._mask is not None:
            self._mask[source] = passes
        before = self._position(source)
        if before is not None:
            del self._rows[before]
        after = bisect.bisect_left(self._rows, key(source), key=key) if passes else None
        if before is not None:
            self._rows.insert(before, source)  # back, until the move below
        self._pos = None
        root = QModelIndex()
        if before is not None and after is not None and before != after:
            self.beginMoveRows(root, before, before, root, after + 1 if after > before else after)
            del self._rows[before]
            self._rows.insert(after, source)
            self.endMoveRows()
        elif before is not None and after is None:
            self.beginRemoveRows(root, before, before)
            del self._rows[before]
            self.endRemoveRows()
        elif before is None and after is not None:
            self.beginInsertRows(root, after, after)
            self._rows.insert(after, source)
            self.endInsertRows()
        self._pos = None

    def _position(self, source: int) -> int | None:
        """The proxy row showing ``source`` (``None``: filtered out)."""
        return self._positions([source])[0]

    def _positions(self, sources: Sequence[int] | range) -> list[int | None]:
        """The proxy rows showing ``sources``; a few are looked up (no index of every
        row: a sort keeps a dozen persistent indexes, most on the same row)."""
        unique = set(sources)
        if self._pos is None and len(unique) <= 16:
            rows, found = self._rows, dict[int, int | None]()
            for s in unique:
                try:
                    found[s] = rows.index(s)
                except ValueError:
                    found[s] = None
            return [found[s] for s in sources]
        if self._pos is None:
            self._pos = dict(zip(self._rows, range(len(self._rows))))
        return [self._pos.get(s) for s in sources]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else -1
                   for i in before]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted()
        self._filter()
        rows = self._positions(sources)
        after = [self.index(r, i.column()) if r is not None else QModelIndex()
                 for r, i in zip(rows, before)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sortColumn(self) -> int:  # noqa: N802
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order

    def set_text(self, text: str) -> None:
        """Keep rows whose filter text holds ``text``; typing more of the same text
        filters only the rows already shown."""
        new, old = text.strip().lower(), self._text
        model = self._model()
        if old and old in new and new != old and model is not None:
            hay = model.search_texts()
            self.beginResetModel()
            self._text = new
            self._rows = [i for i in self._rows if new in hay[i]]
            self._pos, self._mask = None, None
            self.endResetModel()
            return
        self._text = new
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
        row = self._position(source_index.row())
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
        if self._cells is not None:  # the model answers as TableModel.data: skip the index
            return self._cells(self._rows[index.row()], index.column(), role)
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


__all__ = ["KeyedFilterProxy"]
