"""Sorting and filtering on precomputed keys (viewkit/keyed.py): the same rows in the same
order as the QSortFilterProxyModel it replaces, without asking the model cell by cell."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from pmo_desktop.ui.viewkit.keyed import KeyedFilterProxy, KeyedTableModel
from pmo_desktop.ui.viewkit.models import Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Item:
    code: str
    title: str
    score: int | None
    kind: str


def items(n: int) -> list[Item]:
    kinds = ("risk", "issue", "action")
    return [Item(f"P-{(i * 7919) % 997:03d}", f"Title {'Alpha' if i % 3 else 'beta'} {i % 11}",
                 None if i % 5 == 0 else (i * 37) % 25, kinds[i % 3]) for i in range(n)]


def columns() -> list[Column[Item]]:
    return [Column("Code", lambda r: r.code),
            Column("Title", lambda r: r.title),
            Column("Score", lambda r: "—" if r.score is None else str(r.score),
                   key=lambda r: r.score)]


FACETS = {"kind": lambda r: r.kind}


class CountingModel(KeyedTableModel[Item]):
    """Counts the cells the proxy asks for."""

    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        CountingModel.calls += 1
        return super().data(index, role)


def pair(qapp, rows: list[Item]):  # type: ignore[no-untyped-def]
    old_model = RowTableModel(columns(), code_of=lambda r: r.code, facets=FACETS)
    old = RowFilterProxy()
    old.setSourceModel(old_model)
    old_model.set_rows(rows)
    new_model = KeyedTableModel(columns(), code_of=lambda r: r.code, facets=FACETS)
    new = KeyedFilterProxy()
    new.setSourceModel(new_model)
    new_model.set_rows(rows)
    return old, new


def shown(proxy) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{proxy.index(r, 0).data()}|{proxy.index(r, 1).data()}|{proxy.index(r, 2).data()}"
            for r in range(proxy.rowCount())]


@pytest.mark.parametrize("column", [0, 1, 2])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorts_like_the_proxy_it_replaces(qapp, column, order):
    old, new = pair(qapp, items(300))
    old.sort(column, order)
    new.sort(column, order)
    if column == 2:  # blanks first ascending, last descending: as QSortFilterProxyModel
        scores = [new.index(r, 2).data() for r in range(new.rowCount())]
        blanks = [r for r, s in enumerate(scores) if s == "—"]
        assert blanks == (list(range(len(blanks))) if order == Qt.SortOrder.AscendingOrder
                          else list(range(len(scores) - len(blanks), len(scores))))
        numbers = [int(s) for s in scores if s != "—"]
        assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
        assert sorted(shown(new)) == sorted(shown(old))
    else:
        keys = [new.index(r, column).data().lower() for r in range(new.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert [s.split("|")[column].lower() for s in shown(new)] == \
            [s.split("|")[column].lower() for s in shown(old)]
    assert new.sortColumn() == column and new.sortOrder() == order


def test_filters_like_the_proxy_it_replaces(qapp):
    old, new = pair(qapp, items(300))
    for proxy in (old, new):
        proxy.sort(1, Qt.SortOrder.AscendingOrder)
        proxy.set_text("alpha 3")
    assert shown(new) == shown(old) and 0 < new.rowCount() < 300
    for proxy in (old, new):
        proxy.set_facet("kind", ["issue", "action"])
    assert shown(new) == shown(old) and new.facet_values("kind") == {"issue", "action"}
    for proxy in (old, new):
        proxy.set_codes(["P-000", "P-029"])
    assert shown(new) == shown(old)
    for proxy in (old, new):
        proxy.clear_filters()
    assert new.rowCount() == 300 and new.facet_values("kind") is None
    for proxy in (old, new):
        proxy.set_facet("kind", ["risk"])
    assert shown(new) == shown(old)
    assert {new.mapToSource(new.index(r, 0)).row() % 3 for r in range(new.rowCount())} == {0}


def test_a_reload_keeps_the_sort_and_the_filters(qapp):
    model = KeyedTableModel(columns(), facets=FACETS)
    proxy = KeyedFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(items(90))
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_facet("kind", ["risk"])
    model.set_rows(items(150))
    scores = [model.row(proxy.mapToSource(proxy.index(r, 0)).row()).score
              for r in range(proxy.rowCount())]
    assert proxy.rowCount() == 50
    present = [s for s in scores if s is not None]
    assert present == sorted(present, reverse=True) and scores[-1] is None
    for r in range(proxy.rowCount()):  # source and proxy map both ways
        assert proxy.mapFromSource(proxy.mapToSource(proxy.index(r, 1))).row() == r


def test_the_selection_follows_its_row_when_sorted(qapp):
    model = KeyedTableModel(columns())
    proxy = KeyedFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(items(40))
    picked = QPersistentModelIndex(proxy.index(7, 1))
    title = picked.data()
    source_row = proxy.mapToSource(proxy.index(7, 0)).row()
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert picked.isValid() and picked.data() == title
    assert proxy.mapToSource(proxy.index(picked.row(), 0)).row() == source_row


def test_passes_the_model_tester(qapp, qtmodeltester):
    _old, new = pair(qapp, items(60))
    qtmodeltester.check(new)
    new.sort(2, Qt.SortOrder.AscendingOrder)
    new.set_text("beta")
    qtmodeltester.check(new)


def test_a_sort_of_many_rows_asks_the_model_for_no_cells(qapp):
    """The bug: QSortFilterProxyModel called data() at every comparison (168k calls to
    sort the RAID register at 10,000 projects)."""
    model = CountingModel(columns(), facets=FACETS)
    proxy = KeyedFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(items(20_000))
    CountingModel.calls = 0
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    proxy.set_text("alpha")
    proxy.set_facet("kind", ["issue"])
    assert CountingModel.calls == 0
    assert 0 < proxy.rowCount() < 20_000
    titles = [proxy.index(r, 1).data().lower() for r in range(proxy.rowCount())]
    assert titles == sorted(titles)
