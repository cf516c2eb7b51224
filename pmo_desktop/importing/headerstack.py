"""Step 2, headers written down several rows: a label that goes on under itself.

Narrow columns make people write one label over two or three rows::

    original          Start-Date     estimated
    estimated effort  yyyy/mm/dd     percent
    (person hours)    or N/A         complete
    8                 2018-04-19     1

The rows under the header are read as more of it (``continuations``) only on evidence
from the table's shape, never from the words: each is a row of short labels, every label
under a header cell (it continues a column; a row that fills the gaps between header
cells is a group row, ``tables._two_row``), with no blank row between, and every label
(two at least) over a column whose data below is numbers or dates. A row of data has
text where the data has text (a task's name, its owner), so it stays data, even when
its dates are written "TBC".

``stack`` joins each column's texts into one label; a text that only says how to write
the value (``yyyy/mm/dd``, ``or N/A``) goes in brackets, where the header's words leave
it as a hint: ``"Start-Date (yyyy/mm/dd or N/A)"``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .headercells import blank, is_label, row_cells

MAX_MORE = 2
"""At most this many rows under the header are taken as more of it."""

_SAMPLE = 8
_FORMAT_WORDS = frozenset({"yyyy", "yy", "mm", "m", "dd", "d", "mmm", "or", "n", "a", "na",
                           "tbc", "tbd", "jj", "aaaa", "tt", "jjjj", "hh"})


def _typed(v: Any) -> bool:
    """A value a header would not hold: a number or a date."""
    return isinstance(v, (int, float, date, datetime)) and not isinstance(v, bool)


def continuations(rows: list[list[Any]], header: int, c0: int, c1: int,
                  headers: dict[int, str]) -> list[int]:
    """The rows (0-based) right under ``header`` that carry its labels on, or []."""
    more: list[int] = []
    k = header + 1
    while len(more) < MAX_MORE and k < len(rows):
        cells = row_cells(rows[k])
        if not cells or any(not c0 <= c <= c1 or c not in headers or not is_label(rows[k][c])
                            for c in cells):
            break
        more.append(k)
        k += 1
    if not more:
        return []
    data = [r for r in rows[k:k + _SAMPLE] if row_cells(r)]
    worded = {c for r in more for c in row_cells(rows[r])}
    typed = [c for c in worded if _mostly_typed([r[c] for r in data if c < len(r)])]
    return more if len(typed) == len(worded) >= 2 else []


def _mostly_typed(values: list[Any]) -> bool:
    """Whether a column's data (its filled cells) is mostly numbers or dates."""
    filled = [v for v in values if not blank(v)]
    return bool(filled) and sum(_typed(v) for v in filled) * 2 > len(filled)


def _is_format(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and all(w in _FORMAT_WORDS for w in words)


def stack(rows: list[list[Any]], more: list[int],
          headers: dict[int, str]) -> dict[int, str]:
    """Each column's label with the texts written under it joined on."""
    out: dict[int, str] = {}
    for c, text in headers.items():
        words, hints = [text], list[str]()
        for r in more:
            v = rows[r][c] if c < len(rows[r]) else None
            if blank(v):
                continue
            part = " ".join(str(v).split())
            (hints if _is_format(part) else words).append(part)
        label = " ".join(words)
        out[c] = f"{label} ({' '.join(hints)})" if hints else label
    return out
