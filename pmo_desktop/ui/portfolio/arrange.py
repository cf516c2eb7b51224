"""Filtering, sorting and grouping of the portfolio rows (a base of ``PortfolioModel``).

Everything runs over Python lists of positions into the loaded rows: filter keys
are built once per load (``filters.RowKeys``), sort keys per column the first time
that column is sorted, so a sort or a filter of 10,000 projects stays a few list
operations. Grouped by programme, each programme gets a header row (a negative
entry in ``_display``) followed by its projects unless it is collapsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from pmo_desktop.domain import enums
from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.queries import ProjectStatus
from pmo_desktop.store.queries import status_is_stale as is_stale

from .cells import _RAG_KEYS, Index, PortfolioCells
from .columns import COLUMNS
from .filters import FACETS, NOT_SET, PortfolioFilter, RowKeys


def distinct_values(rows: Sequence[ProjectStatus], facet: str) -> list[tuple[str, str]]:
    """``(value, label)`` pairs of ``facet`` present in ``rows``, for the filter menus."""
    if facet == "rag":
        return [(k, Rag.parse(None if k == NOT_SET else k).label)
                for k in ("red", "amber", "green", NOT_SET)]
    seen: set[str] = {v for v in (getattr(s, facet) for s in rows) if v}
    if facet == "stage":
        order = {v: i for i, v in enumerate(enums.PROJECT_STAGES)}
        return [(v, enums.label(v)) for v in sorted(seen, key=lambda v: (order.get(v, 99), v))]
    if facet == "state":
        order = {v: i for i, v in enumerate(enums.PROJECT_STATES)}
        return [(v, enums.label(v)) for v in sorted(seen, key=lambda v: (order.get(v, 99), v))]
    return [(v, v) for v in sorted(seen, key=str.casefold)]


def row_keys(rows: Sequence[ProjectStatus], as_of: date, stale_days: int) -> RowKeys:
    """What the filter looks at for each of ``rows`` (plain Python: any thread)."""
    keys = RowKeys()
    for s in rows:
        stage, state = s.stage or "", s.state or ""
        hay = f"{s.code} {s.name} {s.programme or ''} {s.manager or ''} " \
              f"{s.sponsor or ''} {stage} {state}".replace("_", " ").lower()
        keys.append(haystack=hay, programme=s.programme or "",
                    rag=s.rag if s.rag in _RAG_KEYS else NOT_SET, stage=stage,
                    state=state, manager=s.manager or "", code=s.code,
                    stale=is_stale(s, as_of, stale_days))
    return keys


@dataclass(frozen=True)
class PreparedRows:
    """Rows with their filter keys and filter-menu values, built off the GUI thread."""

    rows: list[ProjectStatus]
    keys: RowKeys
    distinct: dict[str, list[tuple[str, str]]]


def prepare_rows(rows: list[ProjectStatus], as_of: date, stale_days: int) -> PreparedRows:
    """``rows`` with what filtering them and listing their values needs (any thread)."""
    return PreparedRows(rows, row_keys(rows, as_of, stale_days),
                        {facet: distinct_values(rows, facet) for facet in FACETS})


class PortfolioArrangement(PortfolioCells):
    """Which rows show, in which order, under which programme headers."""

    # -- state -----------------------------------------------------------------------
    def filter(self) -> PortfolioFilter:
        return self._filter

    def set_filter(self, flt: PortfolioFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._apply_filter()
        self.endResetModel()
        self.shown_changed.emit(len(self._visible), len(self._rows))

    def is_grouped(self) -> bool:
        return self._grouped

    def set_grouped(self, grouped: bool) -> None:
        if grouped == self._grouped:
            return
        self.beginResetModel()
        self._grouped = grouped
        self._regroup()
        self.endResetModel()

    def visible_codes(self) -> list[str]:
        """The codes shown, in display order (group by group when grouped)."""
        return [self._rows[i].code for i in self._display if i >= 0]

    def distinct(self, facet: str) -> list[tuple[str, str]]:
        """``(value, label)`` pairs present in the rows, for the filter menus."""
        if facet not in self._distinct:
            self._distinct[facet] = distinct_values(self._rows, facet)
        return self._distinct[facet]

    def _row_keys(self) -> RowKeys:
        if self._keys is None:
            self._keys = row_keys(self._rows, self._as_of, self._stale_days)
        return self._keys

    def _take_prepared(self, prepared: PreparedRows) -> None:
        """Use the filter keys and menu values a background read built for the rows."""
        self._keys = prepared.keys
        self._distinct = dict(prepared.distinct)

    def _trends(self) -> list[str]:
        """Per row: ``worse``/``better``/``''`` for the overall RAG (only when filtered on)."""
        if self._trend_keys is None:
            self._trend_keys = [{"↓": "worse", "↑": "better"}.get(
                self._chip(i, "overall").arrow, "") for i in range(len(self._rows))]
        return self._trend_keys

    def _apply_filter(self) -> None:
        if self._filter.active:
            trends = self._trends() if self._filter.trend else None
            self._visible = self._filter.apply(self._row_keys(), self._order, trends)
        else:
            self._visible = list(self._order)
        self._regroup()

    def _regroup(self) -> None:
        if not self._grouped:
            self._groups = []
            self._display = self._visible
            return
        groups: dict[str, list[int]] = {}
        for i in self._visible:
            groups.setdefault(self._rows[i].programme or "", []).append(i)
        self._groups = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
        display: list[int] = []
        for g, (name, rows) in enumerate(self._groups):
            display.append(-(g + 1))
            if name not in self._collapsed:
                display.extend(rows)
        self._display = display

    def group_rows(self) -> list[int]:
        """The table rows that are programme headers."""
        return [r for r, v in enumerate(self._display) if v < 0]

    def is_group_row(self, row: int) -> bool:
        return 0 <= row < len(self._display) and self._display[row] < 0

    def toggle_group(self, row: int) -> None:
        """Collapse or expand the programme whose header is at ``row``."""
        if not self.is_group_row(row):
            return
        name = self._groups[-self._display[row] - 1][0]
        self.beginResetModel()
        self._collapsed ^= {name}
        self._regroup()
        self.endResetModel()

    def _sort_key_list(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            col = COLUMNS[column]
            if col.kind == "text" and col.key not in ("stage", "state"):
                keys = [v.casefold() if v else None
                        for v in (getattr(s, col.key) for s in self._rows)]
            else:
                keys = [self._sort_value(i, col) for i in range(len(self._rows))]
            self._sort_keys[column] = keys
        return keys

    def _sorted(self, rows: Any) -> list[int]:
        rows = list(rows)
        if self._sort_column < 0:
            return rows
        keys = self._sort_key_list(self._sort_column)
        present = [i for i in rows if keys[i] is not None]
        missing = [i for i in rows if keys[i] is None]
        present.sort(key=keys.__getitem__,
                     reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return present + missing  # blanks last in either direction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            column = -1

        def change() -> None:
            self._sort_column, self._sort_order = column, order
            self._order = self._sorted(range(len(self._rows)))
            self._apply_filter()

        self._relayout(change)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _set_order(self, order: list[int], visible: list[int]) -> None:
        self._order = order
        self._visible = visible
        self._regroup()

    def _relayout(self, change: Any) -> None:
        """Run ``change`` (which reorders, never adds or drops rows) as a layout change."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = [self._pos(i) for i in old] if old else []
        change()
        if old:
            # Only the rows held by persistent indexes (the current one, the selection)
            # are looked up, not a map of every row.
            wanted = {p for p in positions if p is not None}
            rows = {v: r for r, v in enumerate(self._display) if v in wanted}
            new = [self.index(rows[p], i.column()) if p in rows else QModelIndex()
                   for p, i in zip(positions, old)]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


__all__ = ["PortfolioArrangement", "PreparedRows", "distinct_values", "prepare_rows", "row_keys"]
