"""Step 2, tables side by side: a header row whose columns hold two or more tables on
the same rows (an empty column between them, each with labels of its own), and a view
of a sheet through one table's columns (``Zone``)."""

from __future__ import annotations

from typing import Any

from .headercells import blank, header_score, is_label
from .vocab import ENTITY_WORDS, LOG_KINDS, SYNONYMS, norm


class Zone:
    """A sheet's rows seen through columns ``lo``..``hi`` only (the cells outside read as
    empty): where one of the tables sitting side by side on the same rows is looked for."""

    def __init__(self, rows: list[list[Any]], lo: int, hi: int | None) -> None:
        self.rows, self.lo, self.hi = rows, lo, hi

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, k: int) -> list[Any]:
        row = self.rows[k]
        inner = row[self.lo:] if self.hi is None else row[self.lo:self.hi + 1]
        return [None] * self.lo + inner if self.lo else inner


_KEY_HEADERS = frozenset(s for ent in SYNONYMS.values() for f, syns in ent.items()
                         if f in ("ref", "title", "name") for s in syns)
_MIN_SIDE_LABELS = 3


def side_by_side(rows: list[list[Any]], hr: int, last: int, headers: dict[int, str],
                 groups: dict[int, str] | None = None
                 ) -> list[tuple[int, int, int, int | None]] | None:
    """Tables side by side under one header row (0-based ``hr``, data down to ``last``):
    (first, last header column, and the columns each may use) of each, left to right;
    None when it is one table.

    The header splits where one or more of its cells are empty and at least one of those
    columns is empty (or nearly) in the rows below too. Each side is a table of its own
    when its header has three labels or more, it holds data, and it has a column that
    names its rows (an ID, title or name header, or distinct texts down its first
    column), unless a row of group cells heads columns on both sides ("PROJECT",
    "SCHEDULE" | "FINANCE", "RAG STATUS" over one portfolio's columns); a side that is
    not (a couple of columns beyond a spacer, a block of scores) stays with the table to
    its left (or right, for the first)."""
    cols = sorted(headers)
    if sum(is_label(t) for t in headers.values()) < 2 * _MIN_SIDE_LABELS:
        return None
    data = rows[hr + 1:last + 1]
    allowed = len(data) // 20  # stray notes in a spacer column
    runs: list[list[int]] = [[cols[0]]]
    seps: list[tuple[int, int]] = []  # between runs[i] and runs[i + 1]: the empty columns
    for c in cols[1:]:
        prev = runs[-1][-1]
        if c == prev + 1:
            runs[-1].append(c)
            continue
        empty = [g for g in range(prev + 1, c) if _nearly_empty(data, g, allowed)]
        if empty:
            seps.append((empty[0], empty[-1]))
            runs.append([c])
        else:  # an unlabelled column of data: the same table
            runs[-1].append(c)
    if len(runs) < 2:
        return None
    if groups and sum(any(c in groups for c in run) for run in runs) >= 2 and \
            len({k for run in runs for k in _kinds_named(groups, run)}) < 2:
        return None  # group cells over the header on both sides of the spacer: one table
        # (unless they name two kinds of record: "Issues" | "Actions", two tables)
    hrow = rows[hr]
    own = [_own_table(hrow, headers, run, data) for run in runs]
    if sum(own) < 2:
        return None
    # sides that are not tables of their own join their neighbour
    parts: list[tuple[int, int, int, int | None]] = []  # first, last col, zone lo, zone hi
    lead = None  # the first column of sides before the first table
    for i, (run, ok) in enumerate(zip(runs, own)):
        lo = 0 if i == 0 else seps[i - 1][1] + 1
        hi = seps[i][0] - 1 if i < len(seps) else None
        if ok:
            first = run[0] if lead is None else lead
            parts.append((first, run[-1], 0 if lead is not None or not parts else lo, hi))
            lead = None
        elif parts:
            a, _b, plo, _hi = parts[-1]
            parts[-1] = (a, run[-1], plo, hi)
        elif lead is None:
            lead = run[0]
    return parts


def _kinds_named(groups: dict[int, str], run: list[int]) -> set[str]:
    """The kinds of log the group cells over ``run`` name ("Registro de incidencias"; a
    portfolio's "Schedule", "Finance" and "RAG status" are parts of one project's row)."""
    words = {w for c in run if c in groups for w in norm(groups[c]).split()}
    return {kind for kind in LOG_KINDS if words & set(ENTITY_WORDS[kind])}


def _nearly_empty(data: list[list[Any]], c: int, allowed: int) -> bool:
    used = 0
    for row in data:
        if c < len(row) and not blank(row[c]):
            used += 1
            if used > allowed:
                return False
    return True


def _own_table(hrow: list[Any], headers: dict[int, str], run: list[int],
               data: list[list[Any]]) -> bool:
    """Whether the header columns ``run`` make a table of their own (see side_by_side)."""
    if sum(is_label(headers[c]) for c in run) < _MIN_SIDE_LABELS:
        return False
    if header_score([hrow[c] if c < len(hrow) else None for c in run]) <= 0:
        return False
    if not any(c < len(row) and not blank(row[c]) for row in data for c in run):
        return False  # nothing below: a strip of labels (months over bars of colour)
    if any(norm(headers[c]) in _KEY_HEADERS for c in run):
        return True
    if any(c < len(hrow) and isinstance(hrow[c], str) and norm(hrow[c]) in _KEY_HEADERS
           for c in run):  # its own label under a group cell over the table ("Nº", "Acción")
        return True
    first = [row[run[0]] for row in data[:200] if run[0] < len(row) and not blank(row[run[0]])]
    texts = [norm(v) for v in first if isinstance(v, str)]
    return len(texts) >= 2 and len(texts) * 2 >= len(first) and len(set(texts)) == len(texts)
