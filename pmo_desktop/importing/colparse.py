"""Step 4, a table's columns parsed at once: each mapped column's parser runs once per
distinct value, the cells taken out of the rows in C, each row's values then put in
one dict (``row_dicts``). ``FAIL`` marks a cell its parser could not read."""

from __future__ import annotations

from itertools import repeat
from operator import itemgetter
from typing import Any, Callable, Iterator, Sequence

from . import values as V
from .book import col_letter

FAIL = object()


class ColumnParser:
    """One mapped column parsed once for all its distinct values."""

    def __init__(self, index: int, fname: str, parse: Callable[[Any], Any]) -> None:
        self.index = index
        self.fname = fname
        self.parse = parse
        self.cache: dict[Any, Any] = {}
        self.errors: dict[Any, str] = {}
        self.letter_ = col_letter(index)
        self.failed = False

    def values(self, rows: list[list[Any]], wanted: list[int]) -> list[Any]:
        """Parsed values of the rows ``wanted`` (0-based); ``FAIL`` where unreadable."""
        ci = self.index
        picked = [rows[i] for i in wanted]
        if not picked or min(map(len, picked)) > ci:
            raw = [r[ci] for r in picked]
        else:
            raw = [r[ci] if ci < len(r) else None for r in picked]
        return self.parse_all(raw)

    def parse_all(self, raw: Sequence[Any]) -> list[Any]:
        """Parsed values of one column's cells; ``FAIL`` where unreadable.

        The parser (chosen once for the column) runs once per distinct value."""
        if self.parse is V.text:  # plain text: strip, no cache (titles are all different)
            try:  # a column of strings (the usual case): stripped in C
                stripped = list(map(str.strip, raw))
            except TypeError:
                return [(v.strip() or None) if type(v) is str and v.strip() != "[]" else
                        (None if v is None or type(v) is str else V.text(v)) for v in raw]
            if "[]" in stripped:  # an export's empty list is no text (``V.is_empty``)
                stripped = ["" if v == "[]" else v for v in stripped]
            return [v or None for v in stripped] if "" in stripped else stripped
        # One pass in C over the cells, looking each up in the cache; a value not seen
        # before stops it (KeyError), is parsed and cached, and the pass goes on.
        out: list[Any] = []
        it = iter(raw)
        get = self.cache.__getitem__
        try:
            while True:
                try:
                    out.extend(map(get, it))
                    break
                except KeyError as exc:
                    out.append(self._one(exc.args[0]))
        except TypeError:  # an unhashable cell: one by one
            out = [self._one(v) for v in raw]
        if self.errors:
            self.failed = self.failed or FAIL in out
        return out

    def _one(self, v: Any) -> Any:
        try:
            hit = self.cache.get(v, FAIL)
        except TypeError:
            hit = FAIL
        if hit is FAIL and (_unhashable(v) or v not in self.errors):
            hit = self._slow(v)
        if hit is FAIL:
            self.failed = True
        return hit

    def _slow(self, v: Any) -> Any:
        if V.is_empty(v):
            result: Any = None
        else:
            try:
                result = self.parse(v)
            except (V.ValueProblem, ValueError, TypeError, OverflowError) as exc:
                try:
                    self.errors[v] = str(exc)
                    self.cache[v] = FAIL  # looked up, not parsed again
                except TypeError:
                    pass
                return FAIL
        try:
            self.cache[v] = result
        except TypeError:
            pass
        return result

    def error(self, v: Any) -> str:
        try:
            return self.errors.get(v) or f"'{V.text(v)}' cannot be read"
        except TypeError:
            return f"'{V.text(v)}' cannot be read"


def cells_of(rows: list[list[Any]], wanted: list[int], cols: list[ColumnParser]) -> list[Sequence[Any]]:
    """The raw cells of each column in ``cols`` for the rows ``wanted``."""
    if not cols:
        return []
    if not wanted:
        return [[] for _ in cols]
    if wanted[-1] - wanted[0] + 1 == len(wanted):  # every row of a stretch: a slice
        picked = rows[wanted[0]:wanted[-1] + 1]
    else:
        picked = [rows[i] for i in wanted]
    need = max(c.index for c in cols) + 1
    if min(map(len, picked)) < need:
        picked = [r if len(r) >= need else [*r, *([None] * (need - len(r)))] for r in picked]
    if len(cols) == 1:
        ci = cols[0].index
        return [[r[ci] for r in picked]]
    # row by row in C, then transposed: twice as quick as one pass per column (which
    # walks every row's cells again for each column)
    return list(zip(*map(itemgetter(*[c.index for c in cols]), picked)))


def _unhashable(v: Any) -> bool:
    try:
        hash(v)
    except TypeError:
        return True
    return False


def row_dicts(fnames: list[str], columns: list[list[Any]]) -> Iterator[dict[str, Any]]:
    """Each row's values by field, empty cells left out.

    Every dict is built in C (``map(dict, map(zip, …))``); the rows that had an empty
    cell then lose those fields."""
    dicts = list(map(dict, map(zip, repeat(fnames), zip(*columns))))
    gaps: set[int] = set()
    for col in columns:
        if None in col:
            gaps.update(i for i, v in enumerate(col) if v is None)
    for i in gaps:
        d = dicts[i]
        for k in [k for k, v in d.items() if v is None]:
            del d[k]
    return iter(dicts)
