"""The keys a ``KeyedTableModel`` sorts and filters on, computed on any thread.

Plain Python (no Qt), so a view's background read can compute them all: each row's
filter text (its cells' texts, lower-case), each column's sort keys made comparable,
and each column's stable ascending order, so a click on a header only picks an order
(or turns it round) instead of sorting 100,000 rows on the GUI thread.

Orders are those of Python's stable sort, blanks (``None``) first when ascending and
last when descending, rows with equal keys in their loaded order either way (what
``list.sort(reverse=True)`` and ``QSortFilterProxyModel`` give).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain, groupby
from typing import Any, Generic, TypeVar

from .models import Column

T = TypeVar("T")

# What a column's keys are, which decides how they are made comparable.
NUMBERS, TEXT, MIXED = "numbers", "text", "mixed"


def key_kind(keys: Sequence[Any]) -> str:
    """``NUMBERS`` (or only blanks), ``TEXT`` or ``MIXED`` (anything else)."""
    kinds = {type(k) for k in keys if k is not None}
    if kinds <= {int, float, bool}:
        return NUMBERS
    return TEXT if kinds == {str} else MIXED


def fits(key: Any, kind: str) -> bool:
    """Whether ``key`` can join a column of ``kind`` without changing its kind."""
    if key is None or kind == MIXED:
        return True
    if kind == NUMBERS:
        return isinstance(key, (int, float, bool))
    return isinstance(key, str)


def orderable_key(key: Any, kind: str) -> Any:
    """``key`` as it compares in a column of ``kind``: text case-insensitively; in a
    column mixing kinds numbers first, then text, then anything else (as text)."""
    if key is None or kind == NUMBERS:
        return key
    if kind == TEXT:
        return key.lower()
    if isinstance(key, (int, float)):
        return (0, float(key), "")
    return (1, 0.0, key.lower()) if isinstance(key, str) else (2, 0.0, str(key).lower())


def orderable(keys: list[Any]) -> tuple[list[Any], str]:
    """Sort keys that compare (blanks stay ``None``), and the column's kind."""
    kind = key_kind(keys)
    if kind == NUMBERS:
        return keys, kind
    if kind == TEXT:
        return [None if k is None else k.lower() for k in keys], kind
    return [orderable_key(k, kind) for k in keys], kind


def raw_key(column: Column[T]) -> Callable[[T], Any]:
    """A row's sort value in ``column`` (as ``SORT_ROLE`` gives it), before ``orderable``."""
    col = column
    return col.key if col.key is not None else (lambda r: col.text(r).lower())


def column_keys(column: Column[T], rows: Sequence[T]) -> tuple[list[Any], str]:
    """Each row's sort value in ``column``, comparable, and the column's kind."""
    return orderable(list(map(raw_key(column), rows)))


RUN = 16_384
"""Rows sorted in one go: a sort runs in C holding the GIL (100,000 texts: 50–150 ms with
the window waiting on it), so longer lists are sorted in runs of this many, then merged."""


def _sorted(positions: list[int], key: Callable[[int], Any]) -> list[int]:
    """``sorted(positions, key=key)``, the GIL free between runs: each run sorted alone,
    then one more sort that merges the sorted runs (n·log(runs) comparisons, not
    n·log(n)); stable, as one sort is."""
    if len(positions) <= RUN:
        return sorted(positions, key=key)
    runs: list[int] = []
    for start in range(0, len(positions), RUN):
        runs += sorted(positions[start:start + RUN], key=key)
    return sorted(runs, key=key)


def ascending_order(keys: list[Any], positions: list[int] | None = None) -> list[int]:
    """Row positions by ``keys`` ascending: blanks first; ties in loaded order.
    ``positions``: ``list(range(len(keys)))`` if the caller has it (shared int objects)."""
    every = positions if positions is not None else list(range(len(keys)))
    if None not in keys:
        return _sorted(every, keys.__getitem__)
    blank = [i for i in every if keys[i] is None]
    present = [i for i in every if keys[i] is not None]
    return blank + _sorted(present, keys.__getitem__)


def descending_order(ascending: list[int], keys: list[Any]) -> list[int]:
    """``ascending`` turned round as a stable descending sort: the highest keys first,
    ties still in loaded order, blanks last (in loaded order)."""
    groups = [list(g) for _, g in groupby(ascending, keys.__getitem__)]
    blank = groups.pop(0) if groups and keys[groups[0][0]] is None else []
    groups.reverse()
    return list(chain.from_iterable(groups)) + blank


@dataclass(frozen=True)
class PreparedRows(Generic[T]):
    """Rows with every key the model and its proxy use, computed on any thread."""

    columns: list[Column[T]]
    rows: list[T]
    search: list[str]
    sort_keys: dict[int, list[Any]]
    facets: dict[str, list[str | None]]
    codes: list[str | None]
    kinds: dict[int, str] = field(default_factory=dict)  # per column, as ``key_kind``
    # Every row position sorted, per (column, descending): what a header click shows.
    orders: dict[tuple[int, bool], list[int]] = field(default_factory=dict)


def prepare_rows(columns: Sequence[Column[T]], rows: Sequence[T],
                 facets: dict[str, Callable[[T], str | None]] | None = None,
                 code_of: Callable[[T], str | None] | None = None) -> PreparedRows[T]:
    """Filter texts (as ``RowTableModel``), sort keys and orders (both ways) of every
    column, facets and codes of ``rows``: plain Python, safe off the GUI thread (the
    column functions only format). Each cell's text is formatted once, for both, and
    only where it is searched or sorted on (not a number or date column with a key)."""
    cols, items = list(columns), list(rows)
    texts = {n: list(map(c.text, items)) for n, c in enumerate(cols)
             if c.searched or c.key is None}
    searched = [texts[n] for n, c in enumerate(cols) if c.searched]
    search = [" ".join(cells).lower() for cells in zip(*searched)] if searched \
        else [""] * len(items)
    positions = list(range(len(items)))
    sort_keys: dict[int, list[Any]] = {}
    kinds: dict[int, str] = {}
    orders: dict[tuple[int, bool], list[int]] = {}
    for n, col in enumerate(cols):
        if col.key is None:  # the text, lower-case: already comparable
            lowered = [t.lower() for t in texts[n]]
            sort_keys[n], kinds[n] = lowered, TEXT if lowered else key_kind(lowered)
        else:
            sort_keys[n], kinds[n] = orderable(list(map(col.key, items)))
        orders[(n, False)] = ascending_order(sort_keys[n], positions)
        orders[(n, True)] = descending_order(orders[(n, False)], sort_keys[n])
    return PreparedRows(cols, items, search, sort_keys,
                        {name: list(map(get, items)) for name, get in (facets or {}).items()},
                        list(map(code_of, items)) if code_of else [None] * len(items),
                        kinds, orders)


__all__ = ["MIXED", "NUMBERS", "TEXT", "PreparedRows", "ascending_order", "column_keys",
           "descending_order", "fits", "key_kind", "orderable", "orderable_key",
           "prepare_rows", "raw_key"]
