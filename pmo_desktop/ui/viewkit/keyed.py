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
only swaps the ``PreparedRows`` in (``set_prepared``). The read computes each column's
ascending order there too (``keyed_keys``), so a sort of 100,000 rows picks an order
instead of sorting on the GUI thread.

After an edit a view need not read every row again: ``replace_rows`` puts the edited
rows in place (their keys recomputed) and the proxy moves just those rows.

``KeyedFilterProxy`` (``keyed_proxy``) answers the same calls as ``RowFilterProxy`` (``set_text``,
``set_facet``, ``set_codes``, ``clear_filters``, ``facet_values``, ``sort``), over a
``KeyedTableModel``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Signal

from . import keyed_keys
from .keyed_keys import PreparedRows, descending_order, prepare_rows
from .keyed_proxy import KeyedFilterProxy
from .models import Column, RowTableModel

T = TypeVar("T")


class Preparer(Protocol[T]):
    def __call__(self, rows: Sequence[T], columns: Sequence[Column[T]] | None = None
                 ) -> PreparedRows[T]: ...


class KeyedTableModel(RowTableModel[T], Generic[T]):
    """A ``RowTableModel`` that hands out its sort keys, orders, filter texts, facets and
    codes as lists (computed once per load, per column on first use), and refreshes
    single rows in place (``replace_rows``).

    Signals:
        rows_replaced(list): positions whose row ``replace_rows`` swapped (the keys
            already follow); emitted before ``dataChanged``, so a proxy can re-place them.
    """

    rows_replaced = Signal(list)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._forget()

    def _forget(self) -> None:
        self._sort_keys: dict[int, list[Any]] = {}
        self._kinds: dict[int, str] = {}
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._facet_keys: dict[str, list[str | None]] = {}
        self._codes: list[str | None] | None = None
        self._index: tuple[Callable[[T], Any], dict[Any, int]] | None = None

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
        self._forget()
        self._columns = list(prepared.columns)
        self._rows = prepared.rows
        self._search = prepared.search
        self._sort_keys = dict(prepared.sort_keys)
        self._kinds = dict(prepared.kinds)
        self._orders = dict(prepared.orders)
        self._facet_keys = dict(prepared.facets)
        self._codes = prepared.codes if self._code_of else None
        self.endResetModel()

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's sort value in ``column`` (as ``SORT_ROLE`` gives it)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys, self._kinds[column] = keyed_keys.column_keys(self._columns[column], self._rows)
            self._sort_keys[column] = keys
        return keys

    def sort_order(self, column: int, descending: bool = False) -> list[int]:
        """Every row position sorted by ``column`` (stable; blanks first ascending, last
        descending). The model keeps it: do not change the list."""
        order = self._orders.get((column, descending))
        if order is None:
            ascending = self._orders.get((column, False))
            if ascending is None:
                ascending = keyed_keys.ascending_order(self.sort_keys(column))
                self._orders[(column, False)] = ascending
            order = descending_order(ascending, self.sort_keys(column)) if descending \
                else ascending
            self._orders[(column, descending)] = order
        return order

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

    # -- one-row refresh -------------------------------------------------------
    def position_of(self, key: Callable[[T], Any], value: Any) -> int | None:
        """The position of the row whose ``key`` is ``value`` (an index by ``key`` is
        kept until the next load: pass the same function each time)."""
        if self._index is None or self._index[0] is not key:
            self._index = (key, dict(zip(map(key, self._rows), range(len(self._rows)))))
        return self._index[1].get(value)

    def replace_rows(self, rows: Sequence[T], key: Callable[[T], Any]) -> list[int]:
        """Show each of ``rows`` in place of the loaded row with the same ``key`` (a
        record's id), with its filter text, sort keys and facets recomputed: what an
        edit changed, without reloading the rest. Rows not loaded are left out.
        Returns the positions replaced."""
        positions = []
        for row in rows:
            at = self.position_of(key, key(row))
            if at is not None:
                self._replace(at, row)
                positions.append(at)
        if positions:
            self.rows_replaced.emit(positions)
            last = self.columnCount() - 1
            for at in positions:
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        return positions

    def _replace(self, at: int, row: T) -> None:
        self._rows[at] = row
        if at < len(self._search):
            self._search[at] = " ".join(c.text(row) for c in self._columns
                                        if c.searched).lower()
        for column, keys in list(self._sort_keys.items()):
            kind = self._kinds.get(column, keyed_keys.MIXED)
            raw = keyed_keys.raw_key(self._columns[column])(row)
            if not keyed_keys.fits(raw, kind):  # the column changes kind: compute it again
                for drop in (self._sort_keys, self._kinds):
                    drop.pop(column, None)
                self._orders.pop((column, False), None)
                self._orders.pop((column, True), None)
                continue
            new = keyed_keys.orderable_key(raw, kind)
            if keys[at] != new:
                keys[at] = new
                self._orders.pop((column, False), None)
                self._orders.pop((column, True), None)
        for name, keys in self._facet_keys.items():
            getter = self._facets.get(name)
            keys[at] = getter(row) if getter else None
        if self._codes is not None and self._code_of is not None:
            self._codes[at] = self._code_of(row)


__all__ = ["KeyedFilterProxy", "KeyedTableModel", "PreparedRows", "prepare_rows"]
