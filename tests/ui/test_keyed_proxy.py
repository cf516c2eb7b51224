"""Sorting and filtering on precomputed keys (viewkit/keyed.py): the same rows in the same
order as the QSortFilterProxyModel it replaces, without asking the model cell by cell."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from pmo_desktop.ui.viewkit import keyed, keyed_keys
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


# -- precomputed orders, incremental filtering, one-row refresh (issue 12, 100k RAID) ----
ORDERS = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]


def sources(proxy) -> list[int]:  # type: ignore[no-untyped-def]
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def reference_order(rows: list[Item], column: int, descending: bool) -> list[int]:
    """How the proxy sorted before orders were precomputed: a stable sort of the rows
    with a key, blanks apart (first ascending, last descending)."""
    key = [lambda r: r.code.lower(), lambda r: r.title.lower(), lambda r: r.score][column]
    blank = [i for i, r in enumerate(rows) if key(r) is None]
    present = [i for i, r in enumerate(rows) if key(r) is not None]
    present.sort(key=lambda i: key(rows[i]), reverse=descending)
    return present + blank if descending else blank + present


def keyed_pair(rows: list[Item], prepared: bool = False):  # type: ignore[no-untyped-def]
    model = KeyedTableModel(columns(), code_of=lambda r: r.code, facets=FACETS)
    proxy = KeyedFilterProxy()
    proxy.setSourceModel(model)
    if prepared:
        model.set_prepared(model.preparer()(rows))
    else:
        model.set_rows(rows)
    return model, proxy


@pytest.mark.parametrize("prepared", [False, True])
def test_precomputed_orders_are_the_stable_sort_of_before(qapp, prepared, monkeypatch):
    rows = items(500)  # many ties in every column
    model, proxy = keyed_pair(rows, prepared)
    sorts: list[int] = []  # the sorts run on the GUI thread (none when prepared)
    real, real_desc = keyed_keys.ascending_order, keyed.descending_order
    monkeypatch.setattr(keyed_keys, "ascending_order",
                        lambda keys, *a: sorts.append(len(keys)) or real(keys, *a))
    monkeypatch.setattr(keyed, "descending_order",
                        lambda asc, keys: sorts.append(-len(keys)) or real_desc(asc, keys))
    for column in (0, 1, 2):
        for order in ORDERS + ORDERS[::-1]:  # each order computed, then taken again
            proxy.sort(column, order)
            assert sources(proxy) == reference_order(
                rows, column, order == Qt.SortOrder.DescendingOrder), (column, order)
    proxy.set_facet("kind", ["risk", "action"])
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    expected = [i for i in reference_order(rows, 2, True) if rows[i].kind != "issue"]
    assert sources(proxy) == expected
    assert sorts == ([] if prepared else [500, -500] * 3)  # once per column and way


class CountingTexts(list):  # type: ignore[type-arg]
    """A model's filter texts that count the rows the proxy looks at."""

    looked = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        CountingTexts.looked += 1
        return super().__getitem__(i)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i in range(len(self)):
            yield self[i]


def test_typing_more_of_the_text_filters_like_a_fresh_filter(qapp):
    rows = items(600)
    model, proxy = keyed_pair(rows)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_facet("kind", ["risk", "issue"])
    for text in ("t", "ti", "title a", "title alpha", "title alpha 1", "title alpha 10",
                 "title alpha 1", "alpha 1", "beta", "beta 3", ""):
        proxy.set_text(text)
        _, fresh = keyed_pair(rows)
        fresh.sort(2, Qt.SortOrder.DescendingOrder)
        fresh.set_facet("kind", ["risk", "issue"])
        fresh.set_text(text)
        assert sources(proxy) == sources(fresh), text
    model._search = CountingTexts(model._search)
    proxy.set_text("alpha")
    shown = proxy.rowCount()
    CountingTexts.looked = 0
    proxy.set_text("alpha 3")  # typed on: only the rows shown are looked at again
    assert CountingTexts.looked == shown < 600
    proxy.set_text("alpha")
    proxy.set_text("alpha 3")
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # a sort after an incremental filter
    fresh.set_text("alpha 3")
    fresh.sort(1, Qt.SortOrder.AscendingOrder)
    assert sources(proxy) == sources(fresh) and 0 < proxy.rowCount() < 600


def _edited(rows: list[Item], at: int, **change) -> list[Item]:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    out = list(rows)
    out[at] = replace(rows[at], **change)
    return out


def _by_title(r: Item) -> str:
    return r.title


def test_replacing_one_row_updates_exactly_that_row_and_keeps_sort_and_filter(qapp):
    rows = [Item(f"P-{i:03d}", f"Title {i:03d}", i % 25, ("risk", "issue")[i % 2])
            for i in range(200)]
    model, proxy = keyed_pair(rows, prepared=True)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_facet("kind", ["risk"])
    proxy.set_text("title")
    before = {r: model.index(r, 1).data() for r in range(model.rowCount())}
    top = sources(proxy)[0]
    target = 40  # a risk scored 15, in the middle
    picked = QPersistentModelIndex(proxy.index(sources(proxy).index(target), 1))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    new = _edited(rows, target, score=30, title="Title moved")  # to the top
    assert model.replace_rows([new[target]], _by_title) == []  # no row has that title yet
    assert model.replace_rows([new[target]], lambda r: r.code) == [target]
    assert changed == [(target, target)]
    assert model.row(target).score == 30 and model.index(target, 1).data() == "Title moved"
    assert all(model.index(r, 1).data() == before[r] for r in range(200) if r != target)
    _, fresh = keyed_pair(new)
    fresh.sort(2, Qt.SortOrder.DescendingOrder)
    fresh.set_facet("kind", ["risk"])
    fresh.set_text("title")
    assert sources(proxy) == sources(fresh) and sources(proxy)[:2] == [target, top]
    assert picked.isValid() and picked.row() == 0 and picked.data() == "Title moved"
    # out of the filter (an issue now), then back in at its sorted place
    newer = _edited(new, target, kind="issue")
    model.replace_rows([newer[target]], lambda r: r.code)
    assert target not in sources(proxy) and proxy.rowCount() == 99
    model.replace_rows([new[target]], lambda r: r.code)
    assert sources(proxy) == sources(fresh)
    # the new keys sort as a reload would, in both directions and in every column
    for column in (0, 1, 2):
        for order in ORDERS:
            proxy.sort(column, order)
            fresh.sort(column, order)
            assert sources(proxy) == sources(fresh), (column, order)


def test_a_replaced_row_of_another_kind_of_key_sorts_its_column_again(qapp, qtmodeltester):
    model, proxy = keyed_pair(items(60), prepared=True)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    odd = Item("P-999", "Odd one", "n/a", "risk")  # type: ignore[arg-type]  # text in a number column
    target = model.row(7)
    model.replace_rows([odd], lambda r: r.code if r.code != "P-999" else target.code)
    keys = [model.sort_keys(2)[s] for s in sources(proxy)]
    assert keys[-1] == (1, 0.0, "n/a") and model.row(sources(proxy)[-1]) == odd
    numbers = [k[1] for k in keys if k is not None and k[0] == 0]
    assert numbers == sorted(numbers)
    qtmodeltester.check(proxy)


def test_long_sorts_run_in_pieces_with_the_order_of_one_sort(monkeypatch):
    # A sort of 100,000 texts held the GIL for 50-150 ms (the window waited); now runs of
    # ``RUN`` rows are sorted one by one, then merged: the same stable order.
    import random

    monkeypatch.setattr(keyed_keys, "RUN", 64)
    rng = random.Random(7)
    keys = [rng.choice([None, *"abcdefgh"]) for _ in range(1000)]  # many ties and blanks
    calls: list[int] = []
    real_sorted = sorted

    def counted(seq, **kw):  # type: ignore[no-untyped-def]
        seq = list(seq)
        calls.append(len(seq))
        return real_sorted(seq, **kw)

    monkeypatch.setattr(keyed_keys, "sorted", counted, raising=False)
    order = keyed_keys.ascending_order(keys)
    blanks = [i for i, k in enumerate(keys) if k is None]
    expected = blanks + real_sorted((i for i, k in enumerate(keys) if k is not None),
                                    key=keys.__getitem__)
    assert order == expected
    assert max(calls[:-1]) <= 64 and calls[-1] == len(keys) - len(blanks)  # runs, a merge
    assert keyed_keys.descending_order(order, keys) == [
        i for i in real_sorted(range(len(keys)), key=lambda i: (keys[i] is None,
                                                                 _Neg(keys[i])))]


class _Neg:
    """Sorts text the other way round (ties keep their order: a stable sort)."""

    def __init__(self, key):  # type: ignore[no-untyped-def]
        self.key = key

    def __lt__(self, other):  # type: ignore[no-untyped-def]
        return self.key is not None and other.key is not None and other.key < self.key


def test_only_searched_columns_feed_the_filter_text(qapp):
    # Numbers and dates with a sort key are not formatted for a search nobody types in
    # them; the prepared texts, the model's own and a replaced row's all agree.
    cols = columns()
    formatted: list[str] = []
    cols[2] = Column("Score", lambda r: formatted.append("x") or cols_text(r),
                     key=lambda r: r.score, searched=False)
    rows = items(40)
    prepared = keyed_keys.prepare_rows(cols, rows)
    assert formatted == []  # never formatted to be searched or sorted
    assert prepared.search[1] == f"{rows[1].code} {rows[1].title}".lower()
    plain = RowTableModel(cols)
    plain.set_rows(rows)
    assert plain._search == prepared.search
    model = KeyedTableModel(cols)
    model.set_prepared(prepared)
    changed = Item(rows[1].code, "Renamed", 3, rows[1].kind)
    model.replace_rows([changed], key=lambda r: r.code if r is not None else None)
    assert model.search_texts()[1] == f"{changed.code} renamed".lower()


def cols_text(r: Item) -> str:
    return "—" if r.score is None else str(r.score)
