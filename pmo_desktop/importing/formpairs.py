"""Step 3, a form's cells: the label cells of a sheet that name a project's field, and
the value each one labels, scored.

A label's value sits to its right (past the empty cells of a merge), beneath it (a row
of labels over a row of values), after a colon in the same cell ("Statut global:
Orange"), or on the lines of text under a heading alone on its row ("Next steps").
Each reading is a ``Pair`` whose ``score`` is the label's words (how surely they name
the field, ``label_fields``) times how well the value reads as that field
(``value_fit``): a label whose value does not fit is no pair at all.

A pair inside a table is not a form's: a label cell in a column of data (a milestone
named "Go live" among others) or a row of labels over rows of values (a table's
header) gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable

from pmo_desktop.store.schema import PROJECT_FIELDS

from . import values as V
from .detected import Column
from .fields import FALLBACK, PERSON_FIELDS, kind_of, make_parser
from .formwords import FORM_WORDS, REPORT_WORDS, TEXT_FIELDS
from .headercells import blank, vocab_hit
from .headers import header_matches
from .vocab import ENTITY_NAMES, MONTHS, norm, split_header

MAX_ROWS = 200  # a form sits at the top of its sheet: cells further down are not read
MAX_COLS = 16  # nor further right: a form is narrow
MAX_LINES = 20  # lines of text under a heading
MIN_LABEL = 0.6  # a label's words name a field at least this surely
_FIELDS = frozenset(PROJECT_FIELDS) | {"code"}
_FORM_INDEX: dict[str, list[str]] = {}
for _f, _words in FORM_WORDS.items():
    for _w in _words.split("|"):
        _FORM_INDEX.setdefault(norm(_w), []).append(_f)
_FORM_TERMS = frozenset(w for k in _FORM_INDEX for w in k.split() if len(w) > 3)
_FORM_KEYS = [(k, frozenset(k.split())) for k in _FORM_INDEX if len(k) > 3]
# Little words a label holds besides its meaning ("Logros del periodo", "Date of report")
_FILLERS = frozenset("de du des del della dei do da di der die das den la le les el los "
                     "las il lo of the for van het een a an et und y e en".split())
_INLINE = re.compile(r"^\s*([^:\d][^:]{1,38}?)\s*:\s*(\S.*)$", re.S)
_TEXTUAL = ("text", "fk")
Fills = Callable[[list[tuple[int, int]]], dict[tuple[int, int], str]]
"""The fill colours (RGB hex) of a sheet's cells, asked for the cells given."""


@dataclass(frozen=True)
class Pair:
    """One label and the value it labels (cells 0-based; the same cell when inline)."""

    field: str
    score: float  # label words × value fit, 0–1
    label: str  # as written, without its colon
    row: int
    col: int
    vrow: int
    vcol: int
    value: Any
    how: str  # "right" | "below" | "inline" | "lines" | "fill"

    @property
    def cells(self) -> set[tuple[int, int]]:
        """The label's cell and its value's (every line of text under a heading)."""
        if self.how == "lines":
            return {(self.row, self.col)} | {(k, self.vcol) for k in range(self.row + 1,
                                                                          self.vrow + 1)}
        return {(self.row, self.col), (self.vrow, self.vcol)}


def label_text(v: Any) -> str | None:
    """A cell's text as a label (without a trailing colon), or None when it cannot be one."""
    if not isinstance(v, str):
        return None
    t = " ".join(v.split()).rstrip(":").strip()
    if not t or len(t) > 40 or len(t.split()) > 6 or not re.search(r"[^\W\d_]", t):
        return None
    return t


def label_fields(text: str, spelling: bool = False) -> list[tuple[str, float]]:
    """The project fields a label may name, surest first (at least ``MIN_LABEL``); by
    its spelling too ("Proejct manager") with ``spelling``, as for a cell ending in a
    colon (the costly test is not run on every cell of a sheet)."""
    base = split_header(text)[0] or text
    n = norm(base)
    if not n or not (spelling or n in _FORM_INDEX or vocab_hit(base) or
                     set(n.split()) & _FORM_TERMS):
        return []  # (the cheap test first: most cells of a sheet are no label)
    found = {f: c for f, c in header_matches(base, "project", spelling) if f in _FIELDS}
    for f, conf in _form_words(n):
        found[f] = max(found.get(f, 0.0), conf)
    for f, c in list(found.items()):  # "Status" over "Active" is the lifecycle state
        fb = FALLBACK.get(f)
        if fb in _FIELDS and fb not in found:
            found[fb] = round(c * 0.8, 2)
    return sorted(((f, c) for f, c in found.items() if c >= MIN_LABEL), key=lambda x: -x[1])


def _form_words(n: str) -> list[tuple[str, float]]:
    """The fields of ``FORM_WORDS`` a normalised label names: all its words (0.9), or
    holds among a few others ("Logros del periodo": ``summary``, less surely)."""
    if n in _FORM_INDEX:
        return [(f, 0.9) for f in _FORM_INDEX[n]]
    words = [w for w in n.split() if w not in _FILLERS]
    if len(words) < 2 or len(words) > 5:
        return []
    out: dict[str, float] = {}
    for key, kset in _FORM_KEYS:
        if kset <= set(words) and " ".join(words) != key:
            conf = 0.85 * (len(kset) / len(words)) ** 0.5 + (0.05 if words[-1] in kset else 0)
            for f in _FORM_INDEX[key]:
                out[f] = max(out.get(f, 0.0), round(conf, 2))
    return list(out.items())


def value_fit(field: str, label: str, value: Any, as_of: date | None) -> float:
    """How well ``value`` reads as ``field`` (0 = not at all): a typed field's value must
    parse; a name, code or person must look like one; free text fits least surely."""
    if V.is_empty(value):
        return 0.0
    kind = kind_of("project", field)
    if kind in _TEXTUAL:
        return _text_fit(field, value)
    parse = make_parser("project", field, Column(0, label), [value], as_of)
    try:
        read = parse(value)
        if read is not None and kind == "rag" and not isinstance(value, str):
            return 0.6  # 1–3 for a RAG: a table's coding more than a report's words
        return 1.0 if read is not None else 0.0
    except (V.ValueProblem, ValueError, TypeError, OverflowError):
        return 0.0


def _text_fit(field: str, value: Any) -> float:
    if field == "code":
        t = V.text(value) or ""
        return 0.9 if len(t) <= 20 and len(t.split()) <= 2 else 0.0
    if not isinstance(value, str) or re.fullmatch(r"[\d\s.,:/%€$£-]*", value):
        return 0.0  # a number or a date is no name, person or text of a report
    words = value.split()
    if field == "name":
        return 0.85 if len(value) <= 100 and len(words) <= 12 and not _rag_word(value) \
            and not _report_words(value) else 0.0
    if field in PERSON_FIELDS:  # (a role in brackets after the name: "Grace Achieng (CFO)")
        person = re.sub(r"\([^)]*\)", "", value).split()
        return 0.85 if 0 < len(person) <= 6 and not _rag_word(value) else 0.0
    return 0.5 if _rag_word(value) else 0.7


def _report_words(value: str) -> bool:
    """A report's title or period ("Q3 status", "Monthly report Nov 2026"): no name."""
    return all(w in REPORT_WORDS or w in MONTHS or re.fullmatch(r"(q|h|w|wk|fy|kw|s)?\d+", w)
               for w in norm(value).split())


def _rag_word(value: str) -> bool:
    try:
        return len(value.split()) <= 2 and V.parse_rag(value) is not None
    except V.ValueProblem:
        return False


def _best(label: str, fields: list[tuple[str, float]], value: Any, as_of: date | None,
          r: int, c: int, vr: int, vc: int, how: str,
          only: tuple[str, ...] = ()) -> list[Pair]:
    out = []
    for field, conf in fields:
        if only and field not in only:
            continue
        fit = value_fit(field, label, value, as_of)
        if fit > 0:
            out.append(Pair(field, round(conf * fit, 3), label, r, c, vr, vc, value, how))
    return out


class Grid:
    """The top of a sheet, read for labels (each cell's label fields asked once)."""

    def __init__(self, rows: list[list[Any]],
                 merged: list[tuple[int, int, int, int]] | None = None) -> None:
        self.rows = [list(row[:MAX_COLS]) for row in rows[:MAX_ROWS]]
        # a cell merged across columns → its last column (a label over A:C, its value in D)
        self.merged_to = {(r1, c1): c2 for r1, c1, _r2, c2 in merged or () if c2 > c1}
        self._filled = [[c for c, v in enumerate(row) if not blank(v)] for row in self.rows]
        self._labels: dict[tuple[int, int], list[tuple[str, float]]] = {}
        # a text's label fields, asked once however many cells repeat it (a table's
        # statuses, owners and dates)
        self._by_text: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self.data_runs: dict[tuple[int, int], bool] = {}  # cell → in a column of data

    def cell(self, r: int, c: int) -> Any:
        row = self.rows[r] if 0 <= r < len(self.rows) else []
        return row[c] if 0 <= c < len(row) else None

    def filled(self, r: int) -> list[int]:
        return self._filled[r] if 0 <= r < len(self._filled) else []

    def fields(self, r: int, c: int) -> list[tuple[str, float]]:
        key = (r, c)
        if key not in self._labels:
            v = self.cell(r, c)
            t = label_text(v)
            if not t:
                self._labels[key] = []
                return self._labels[key]
            asked = (t, str(v).rstrip().endswith(":"))
            if asked not in self._by_text:
                self._by_text[asked] = label_fields(*asked)
            self._labels[key] = self._by_text[asked]
        return self._labels[key]

    def is_label(self, r: int, c: int) -> bool:
        return bool(self.fields(r, c))


def find_pairs(grid: Grid, as_of: date | None) -> list[Pair]:
    """Every reading of a label and its value in ``grid``, best first (a label cell may
    have several: the form chooses)."""
    out: list[Pair] = []
    runs = grid.data_runs
    for r in range(len(grid.rows)):
        cells = grid.filled(r)
        row = grid.rows[r]
        if all(not isinstance(row[c], str) or runs.get((r, c)) or
               _in_data_column(grid, r, c) for c in cells):
            continue  # a row of a table's data (or of numbers alone): no label in it
            # (each column's run is weighed once, for all its rows)
        # (a cell in a column of a table's data is no label: its words are not weighed)
        labels = [c for c in cells if not _in_data_column(grid, r, c) and grid.is_label(r, c)]
        below = _label_row(grid, r, cells, labels)
        for c in cells:
            out += _inline(grid, r, c, as_of)
            if c not in labels or _in_data_column(grid, r, c):
                continue
            label = label_text(grid.cell(r, c)) or ""
            right = _right_of(grid, r, c, cells)
            if right is not None:
                out += _best(label, grid.fields(r, c), grid.cell(r, right), as_of,
                             r, c, r, right, "right")
            elif below:
                out += _best(label, grid.fields(r, c), grid.cell(r + 1, c), as_of,
                             r, c, r + 1, c, "below")
            elif cells == [c]:
                out += _lines(grid, r, c, label, as_of)
    out.sort(key=lambda p: (-p.score, p.row, p.col))
    return out


def _inline(grid: Grid, r: int, c: int, as_of: date | None) -> list[Pair]:
    """"Statut global: Orange" in one cell."""
    v = grid.cell(r, c)
    m = _INLINE.match(v) if isinstance(v, str) and len(v) <= 400 else None
    if m is None or label_text(m.group(1)) is None or _in_data_column(grid, r, c):
        return []
    label = m.group(1).strip()
    return _best(label, label_fields(label, True), m.group(2).strip(), as_of, r, c, r, c,
                 "inline")


def _right_of(grid: Grid, r: int, c: int, cells: list[int]) -> int | None:
    """The cell holding the value right of the label at (r, c): the next filled cell
    within four columns (a value merged over several), unless it is a label itself."""
    nxt = next((k for k in cells if k > c), None)
    end = grid.merged_to.get((r, c), c)
    if nxt is None or nxt - end > 4 or grid.is_label(r, nxt) and not _typed(grid, r, nxt):
        return None
    return nxt


def _typed(grid: Grid, r: int, c: int) -> bool:
    """A cell that is a label's word but reads as a RAG, date or number too ("Green")."""
    v = grid.cell(r, c)
    return not isinstance(v, str) or _rag_word(v)


def _label_row(grid: Grid, r: int, cells: list[int], labels: list[int]) -> bool:
    """Row ``r`` is a row of labels over one row of their values: two labels or more,
    most of its cells labels, the row beneath filled under them with values, and the
    row under that not filled the same way (rows of values under a header: a table)."""
    if len(labels) < 2 or len(labels) * 3 < len(cells) * 2:
        return False
    under = [c for c in labels if not blank(grid.cell(r + 1, c))]
    if len(under) * 2 < len(labels) or sum(grid.is_label(r + 1, c) and not _typed(grid, r + 1, c)
                                           for c in under) * 2 >= len(under):
        return False
    again = [c for c in under if not blank(grid.cell(r + 2, c)) and not grid.is_label(r + 2, c)]
    return len(again) * 2 < len(under) and not _other_header(grid, r, cells)


def _other_header(grid: Grid, r: int, cells: list[int]) -> bool:
    """Row ``r`` reads better as the header of another kind of record ("ID | Risk |
    Owner" over one risk) than as a project's labels."""
    texts = [t for t in (label_text(grid.cell(r, c)) for c in cells) if t]

    def weight(entity: str) -> float:
        return sum(max((conf for _f, conf in header_matches(t, entity, False)), default=0.0)
                   for t in texts)
    own = weight("project")
    return any(weight(e) > own for e in ENTITY_NAMES if e != "project")


def _in_data_column(grid: Grid, r: int, c: int) -> bool:
    """The label cell sits in a run of filled cells of its column with four or more rows
    that carry values to their right, most of whose cells are no labels: a column of a
    table's data, not a form's labels (lines of text under a heading carry none)."""
    known = grid.data_runs.get((r, c))
    if known is not None:
        return known
    top = r
    while top > 0 and not blank(grid.cell(top - 1, c)):
        top -= 1
    bottom = r
    while bottom + 1 < len(grid.rows) and not blank(grid.cell(bottom + 1, c)):
        bottom += 1
    rows = [k for k in range(top, bottom + 1)
            if grid.filled(k)[-1] > c or _inline_label(grid, k, c)]
    # data: four rows or more, fewer than half of them labels (of a long run, of rows
    # sampled evenly down it: each cell weighed as a label costs a lookup of its words)
    data = False
    if len(rows) >= 4:
        sample = rows[::max(1, len(rows) // _RUN_SAMPLE)]
        labels = sum(grid.is_label(k, c) or _inline_label(grid, k, c) for k in sample)
        data = labels * 2 < len(sample)
    for k in range(top, bottom + 1):
        grid.data_runs[(k, c)] = data
    return data


_RUN_SAMPLE = 24  # rows of a column's run weighed for labels


def _inline_label(grid: Grid, r: int, c: int) -> bool:
    v = grid.cell(r, c)
    m = _INLINE.match(v) if isinstance(v, str) and len(v) <= 400 else None
    return m is not None and bool(label_text(m.group(1)) and label_fields(m.group(1)))


def _lines(grid: Grid, r: int, c: int, label: str, as_of: date | None) -> list[Pair]:
    """A heading alone on its row over lines of text (up to a blank row or a sure
    label: a line may hold a label's word, "Finance marts" under "Next steps")."""
    lines: list[str] = []
    k = r + 1
    while k < len(grid.rows) and len(lines) < MAX_LINES:
        cells = grid.filled(k)
        if not cells or len(cells) > 2 or not c <= cells[0] <= c + 1 or \
                max((conf for _f, conf in grid.fields(k, cells[0])), default=0.0) >= 0.8 or \
                _inline_label(grid, k, cells[0]):
            break
        v = grid.cell(k, cells[0])
        if not isinstance(v, str):
            break
        lines.append(" ".join(v.split()))
        k += 1
    if not lines:
        return []
    return _best(label, grid.fields(r, c), "\n".join(lines), as_of, r, c, k - 1, c, "lines",
                 only=TEXT_FIELDS)


def colour_pairs(grid: Grid, fills: Fills) -> list[Pair]:
    """RAG labels whose value is a cell filled green, amber or red with no text in it:
    the first such cell right of the label (within three columns), else beneath it."""
    wanted: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in range(len(grid.rows)):
        cells = grid.filled(r)
        for i, c in enumerate(cells):
            if not any(kind_of("project", f) == "rag" for f, _ in grid.fields(r, c)) or \
                    i + 1 < len(cells) and cells[i + 1] - c <= 3 or _in_data_column(grid, r, c):
                continue
            wanted[(r, c)] = [(r, c + k) for k in (1, 2, 3)] + [(r + 1, c)]
    if not wanted:
        return []
    colours = fills(sorted({k for near in wanted.values() for k in near
                            if blank(grid.cell(*k))}))
    out = []
    for (r, c), near in wanted.items():
        at = next((k for k in near if k in colours), None)
        rag = V.rag_from_colour(colours[at]) if at is not None else None
        if at is None or rag is None:
            continue
        vr, vc = at
        label = label_text(grid.cell(r, c)) or ""
        out += [replace(p, score=round(p.score * 0.9, 3), how="fill")
                for p in _best(label, grid.fields(r, c), rag, None, r, c, vr, vc, "fill")
                if kind_of("project", p.field) == "rag"]
    return out
