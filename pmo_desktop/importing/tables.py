"""Step 2: find the tables of a sheet — header row(s), columns and the rows below.

A header is a row of short labels (two or more) with rows of values below it; title
blocks, logos and notes above it are single cells or long sentences and are passed
over. Two header rows count as one when the upper one groups the lower (merged cells
or gaps that the lower row fills). A table runs down until a new header, a long run
of blank rows, or a row that does not fit its columns (a footer or a note). Tables
side by side on the same rows (an empty column between them, each with a header of its
own) are found as separate tables. Excel Table objects are taken as they are declared.

Row kinds used by the planner (``classify_row``): data, blank, section heading,
subtotal/total, repeated header, footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .read import Sheet
from .vocab import MONTHS, SYNONYMS, norm

MAX_LABEL = 60
MAX_GAP = 10
# The first cell of a block of notes under a table.
_NOTES = re.compile(r"\s*(notes?|nb|n\.b\.|key|legend|sources?|instructions?|guidance|"
                    r"notas?|hinweise?|anmerkungen?|remarques?|observa[cç][oõ]es)\s*:?\s*$|"
                    r"\s*(notes?|nb|n\.b\.|sources?|key)\s*:", re.I)

_ALL_SYNONYMS = frozenset(s for ent in SYNONYMS.values() for syns in ent.values() for s in syns)
_TOTAL = re.compile(
    r"^\s*(sub[\s-]?total|grand total|totals?\b|total\s|project total|overall total|suma?\b|"
    r"summe|gesamt|zwischensumme|total general|sous[\s-]total|totaux|importe total|subtotals)",
    re.I)
# The characters a string ``_TOTAL`` matches can start with (a quick test before it);
# "İıſ" are what re.IGNORECASE also folds onto i and s, and the whitespace ``\s``
# matches is str.isspace's (U+3000 is the highest).
_TOTAL_FIRST = frozenset("sgtpoziSGTPOZIİıſ") | {
    c for c in map(chr, range(0x3001)) if c.isspace()}
_GRAND_TOTAL = re.compile(r"^\s*(grand total|totals?\b|project total|overall total|summe|gesamt|"
                          r"total general|totaux|subtotals|total\s*\()", re.I)


@dataclass
class Region:
    """Where a table sits: header rows and data rows are 1-based, columns 0-based."""

    sheet: str
    header_rows: tuple[int, ...]
    first_col: int
    last_col: int
    first_row: int  # first data row
    last_row: int  # last data row (may be < first_row: an empty template)
    headers: dict[int, str]  # column → header text (both rows joined for two-row headers)
    excel_table: str | None = None
    title: str | None = None
    groups: dict[int, str] = field(default_factory=dict)  # upper row label per column

    @property
    def header_row(self) -> int:
        return self.header_rows[-1]

    def header_lower(self) -> set[str]:
        cached: set[str] | None = self.__dict__.get("_lower")
        if cached is None:
            cached = {" ".join(v.split()).lower() for v in self.headers.values()} | \
                {v.strip().lower() for v in self.headers.values()}
            self.__dict__["_lower"] = cached
        return cached


def _empty(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


def _is_label(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip()) and len(v.strip()) <= MAX_LABEL and \
        not re.fullmatch(r"[\d.,\s%£$€()-]+", v.strip())


def _is_periodish(v: Any) -> bool:
    if isinstance(v, (date, datetime)):
        return True
    if isinstance(v, (int, float, str)) and not isinstance(v, bool) and \
            re.fullmatch(r"(19|20)\d\d(\.0)?", str(v).strip()):
        return True  # a year over a row of months
    if isinstance(v, str):
        t = norm(v)
        words = t.split()
        return bool(words) and (words[0] in MONTHS or t[:3] in MONTHS) and len(words) <= 2 \
            or bool(re.fullmatch(r"(\d{4} \d{1,2}|w\d{1,2}|wk \d{1,2}|week \d{1,2}|q[1-4]( \d{2,4})?)", t))
    return False


def _vocab_hit(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    t = norm(re.sub(r"\(.*?\)", "", v))
    if t in _ALL_SYNONYMS:
        return True
    words = t.split()
    return len(words) <= 4 and any(w in _ALL_SYNONYMS and len(w) > 3 for w in words)


def _row_cells(row: list[Any]) -> list[int]:
    return [i for i, v in enumerate(row)
            if v != "" and v is not None and (type(v) is not str or v.strip())]


def header_score(row: list[Any]) -> float:
    """How much a row looks like a header (0 = not at all)."""
    cells = _row_cells(row)
    if len(cells) < 2:
        return 0.0
    labels = [i for i in cells if _is_label(row[i])]
    periods = [i for i in cells if not _is_label(row[i]) and _is_periodish(row[i])]
    longs = [i for i in cells if isinstance(row[i], str) and len(row[i].strip()) > MAX_LABEL]
    if len(labels) < 2 or longs and len(longs) * 3 > len(cells):
        return 0.0
    if any(isinstance(row[i], (int, float)) and not isinstance(row[i], bool)
           and not (float(row[i]).is_integer() and 1900 <= row[i] <= 2100) for i in cells):
        return 0.0  # a header holds no amounts (years are fine)
    if (len(labels) + len(periods)) < 0.75 * len(cells):
        return 0.0
    hits = sum(_vocab_hit(row[i]) for i in labels)
    if hits == 0 and len(labels) < 3:
        return 0.0
    distinct = len({norm(str(row[i])) for i in labels}) / len(labels)
    return (len(labels) + 2.0 * hits) * distinct


def _fits(row: list[Any], c0: int, c1: int) -> bool:
    cells = _row_cells(row)
    inside = [i for i in cells if c0 - 2 <= i <= c1]  # an unlabelled phase column may sit left
    return bool(inside) and len(inside) * 2 >= len(cells)


def _merged_span(sheet: Sheet, r0: int) -> dict[int, tuple[int, int]]:
    """0-based row → {first col: (first col, last col)} of horizontal merges."""
    out: dict[int, tuple[int, int]] = {}
    for a, c1, b, c2 in sheet.merged:
        if a == r0 and c2 > c1:
            out[c1] = (c1, c2)
    return out


def _two_row(sheet: Sheet, upper: int, lower: int, c0: int, c1: int) -> bool:
    rows = sheet.rows
    if lower >= len(rows) or header_score(rows[lower]) <= 0:
        return False
    up, lo = rows[upper], rows[lower]
    lo_cells = [i for i in _row_cells(lo) if c0 <= i <= c1]
    if any(not _is_label(lo[i]) and not _is_periodish(lo[i]) for i in lo_cells):
        return False
    spans = _merged_span(sheet, upper)
    if any(b > a and any(a <= i <= b for i in lo_cells) for a, b in spans.values()):
        return True
    up_cells = set(_row_cells(up))
    gaps_filled = any(i not in up_cells for i in lo_cells)
    lower_gaps = any(i not in lo_cells for i in up_cells if c0 <= i <= c1)
    nxt = lower + 1
    while nxt < len(rows) and not _row_cells(rows[nxt]):
        nxt += 1
    data_below = nxt < len(rows) and header_score(rows[nxt]) < header_score(lo)
    return gaps_filled and lower_gaps and data_below


def _combine(sheet: Sheet, upper: int, lower: int, c0: int, c1: int) -> tuple[dict[int, str], dict[int, str]]:
    up, lo = sheet.rows[upper], sheet.rows[lower]
    group: dict[int, str] = {}
    spans = _merged_span(sheet, upper)
    current = ""
    for c in range(c0, c1 + 1):
        v = up[c] if c < len(up) else ""
        if not _empty(v):
            current = str(v).strip()
            a, b = spans.get(c, (c, c))
            for k in range(a, b + 1):
                group[k] = current
        elif c not in group and current and (c < len(lo) and not _empty(lo[c])) and \
                not spans:  # no merge info: a label groups the unlabelled columns to its right
            group[c] = current
    headers: dict[int, str] = {}
    for c in range(c0, c1 + 1):
        low = lo[c] if c < len(lo) else ""
        g = group.get(c, "")
        if not _empty(low):
            text = _header_text(low)
            headers[c] = f"{g} {text}".strip() if g and norm(g) != norm(text) else text
        elif g and not _empty(up[c] if c < len(up) else ""):
            headers[c] = g
    return headers, group


def _header_text(v: Any) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _title_above(rows: list[list[Any]] | _Zone, h: int) -> str | None:
    for r in range(h - 1, max(-1, h - 6), -1):
        cells = _row_cells(rows[r])
        if len(cells) == 1 and isinstance(rows[r][cells[0]], str):
            return str(rows[r][cells[0]]).strip()
    return None


def find_tables(sheet: Sheet) -> list[Region]:
    """Every table of the sheet, top to bottom."""
    rows = sheet.rows
    out: list[Region] = []
    taken: set[int] = set()
    for t in sheet.tables:
        h0 = t.header_row - 1
        if h0 >= len(rows):
            continue
        headers = {c: _header_text(rows[h0][c]) for c in range(t.first_col, t.last_col + 1)
                   if c < len(rows[h0]) and not _empty(rows[h0][c])}
        last = min(t.last_row, len(rows))  # a table sized for more rows than the data
        while last > t.header_row and not _row_cells(rows[last - 1][t.first_col:t.last_col + 1]):
            last -= 1
        out.append(Region(sheet.name, (t.header_row,), t.first_col, t.last_col,
                          t.header_row + 1, last, headers, t.name, _title_above(rows, h0)))
        taken.update(range(h0, t.last_row))
    r = 0
    n = len(rows)
    while r < n:
        if r in taken or header_score(rows[r]) <= 0:
            r += 1
            continue
        regions, end = _region_at(sheet, r, taken)
        out.extend(regions)
        r = end
    out.sort(key=lambda g: (g.header_row, g.first_col))
    return out


def region_at_header(sheet: Sheet, header_row: int, last_row: int | None = None,
                     column: int | None = None) -> Region | None:
    """The table of ``sheet`` whose header is on ``header_row`` (1-based), or None when
    that row is outside the sheet or holds no cells.

    The row is taken as detection would take it (with a second header row below it, and
    the data down to where the table ends) when detection starting there keeps it as the
    header; otherwise the row alone is the header and the data runs down to ``last_row``
    (where the table ended before; the sheet's end when that is not below the header).
    When the row holds tables side by side, the one over ``column`` (0-based; the
    nearest, the first when not given) is taken.
    """
    rows = sheet.rows
    if not 1 <= header_row <= len(rows):
        return None
    h = header_row - 1
    cells = [c for c, v in enumerate(rows[h]) if not _empty(v)]
    if not cells:
        return None
    regions, _end = _region_at(sheet, h, set())
    if regions and regions[0].header_row == header_row:
        if column is None or len(regions) == 1:
            return regions[0]
        return min(regions, key=lambda g: 0 if g.first_col <= column <= g.last_col else
                   min(abs(column - g.first_col), abs(column - g.last_col)))
    headers = {c: _header_text(rows[h][c]) for c in cells}
    last = last_row if last_row is not None and last_row > h + 1 else len(rows)
    return Region(sheet.name, (h + 1,), min(cells), max(cells), h + 2, last, headers,
                  None, _title_above(rows, h))


def _pick_header(rows: list[list[Any]], r: int) -> int:
    """Among header-like rows at the top of a block, the best before the data starts."""
    best, best_score = r, header_score(rows[r])
    k, seen = r + 1, 0
    while k < len(rows) and seen < 3:
        if not _row_cells(rows[k]):
            k += 1
            continue
        s = header_score(rows[k])
        if s <= 0:
            break
        if s > best_score * 1.5 and len(_row_cells(rows[k])) >= len(_row_cells(rows[best])):
            best, best_score = k, s
        seen += 1
        k += 1
    return best


def _region_at(sheet: Sheet, r: int, taken: set[int]) -> tuple[list[Region], int]:
    """The table(s) whose header is found from row ``r`` (0-based) down, and the row to
    look on from: one table, or several when the header row holds tables side by side."""
    rows = sheet.rows
    h = _pick_header(rows, r)
    cells = _row_cells(rows[h])
    c0, c1 = min(cells), max(cells)
    header_rows: tuple[int, ...] = (h,)
    if h + 1 < len(rows) and _two_row(sheet, h, h + 1, c0, c1):
        lo_cells = _row_cells(rows[h + 1])
        c0, c1 = min(c0, min(lo_cells)), max(c1, max(lo_cells))
        headers, groups = _combine(sheet, h, h + 1, c0, c1)
        header_rows = (h, h + 1)
    else:
        headers = {c: _header_text(rows[h][c]) for c in cells}
        groups = {}
    hr = header_rows[-1]
    last = _extent(rows, hr, c0, c1, headers, taken, len(rows))
    end = max(last + 1, hr + 1)
    first_data = hr + 2  # 1-based
    hrows = tuple(x + 1 for x in header_rows)
    parts = _side_by_side(rows, hr, last, headers) if len(headers) < c1 - c0 + 1 else None
    if not parts:
        c0 = _widen_left(rows, hr, last, c0, 0)
        return [Region(sheet.name, hrows, c0, c1, first_data, last + 1, headers, None,
                       _title_above(rows, header_rows[0]), groups)], end
    out: list[Region] = []
    for a, b, lo, hi in parts:  # each table within its own columns, down to where it ends
        zone = _Zone(rows, lo, hi)
        own = {c: t for c, t in headers.items() if a <= c <= b}
        plast = _extent(zone, hr, a, b, own, taken, last + 1)
        pa = _widen_left(zone, hr, plast, a, lo)
        out.append(Region(sheet.name, hrows, pa, b, first_data, plast + 1, own, None,
                          _title_above(zone, header_rows[0]),
                          {c: g for c, g in groups.items() if pa <= c <= b}))
    return out, end


def _extent(rows: list[list[Any]] | _Zone, hr: int, c0: int, c1: int, headers: dict[int, str],
            taken: set[int], stop: int) -> int:
    """The last row (0-based) of the table whose header ends on row ``hr`` and whose
    columns are ``c0``..``c1``, looking no further than row ``stop`` - 1."""
    hdr_norm = {norm(v) for v in headers.values()}
    last = hr
    k = last + 1
    gap = 0
    types: dict[int, list[bool]] = {}
    tracked = filled = 0
    inside = c0 <= 2  # no cell can sit left of c0 - 2
    while k < stop and k not in taken:
        row = rows[k]
        if inside and gap == 0 and tracked >= 500 and len(row) <= c1 + 1 and c0 < len(row) \
                and row[c0] is not None and row[c0] != "":
            last = k  # the common case below, decided without listing the row's cells
            k += 1
            continue
        rc = [i for i, v in enumerate(row) if v != "" and v is not None]
        if rc and gap == 0 and rc[0] >= c0 - 2 and rc[-1] <= c1 and tracked >= 500:
            last = k  # the common case: a full row inside the columns
            k += 1
            continue
        if rc and all(type(row[i]) is str and not row[i].strip() for i in rc):
            rc = []
        if not rc:
            gap += 1
            if gap > MAX_GAP:
                break
            k += 1
            continue
        if gap and header_score(row) > 0 and _looks_like_new_header(row, hdr_norm):
            break
        if gap and _NOTES.match(str(row[rc[0]])):
            break  # "Notes:", "Key", "Source: …" under the table
        if len(rc) == 1 and isinstance(row[rc[0]], str) and _header_follows(rows, k, stop,
                                                                             hdr_norm):
            break  # "Risks" over the header of the next table on the sheet
        if gap >= 2 and tracked and len(rc) <= 2 and filled >= 4 * tracked:
            break  # after blank rows, a line or two of text under a table of full rows
        if not _fits(row, c0, c1):
            if gap or k == last + 1:
                break
        elif gap and _misfit_after_gap(row, rc, types):
            break
        if tracked < 500:  # the columns' types, for telling notes from data
            tracked += 1
            filled += len(rc)
            for c in rc:
                types.setdefault(c, []).append(isinstance(row[c], str))
        gap = 0
        last = k
        k += 1
    return last


def _widen_left(rows: list[list[Any]] | _Zone, hr: int, last: int, c0: int, lo: int) -> int:
    """``c0`` moved left over the unlabelled columns that carry data (phase, sprint), not
    past column ``lo``."""
    data = rows[hr + 1:last + 1] if isinstance(rows, list) else \
        [rows[k] for k in range(hr + 1, last + 1)]
    while c0 > lo and any(c0 - 1 < len(row) and not _empty(row[c0 - 1]) for row in data):
        c0 -= 1
    return c0


class _Zone:
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


def _side_by_side(rows: list[list[Any]], hr: int, last: int, headers: dict[int, str]
                  ) -> list[tuple[int, int, int, int | None]] | None:
    """Tables side by side under one header row (0-based ``hr``, data down to ``last``):
    (first, last header column, and the columns each may use) of each, left to right;
    None when it is one table.

    The header splits where one or more of its cells are empty and at least one of those
    columns is empty (or nearly) in the rows below too. Each side is a table of its own
    when its header has three labels or more, it holds data, and it has a column that
    names its rows (an ID, title or name header, or distinct texts down its first
    column); a side that is not (a couple of columns beyond a spacer, a block of scores)
    stays with the table to its left (or right, for the first)."""
    cols = sorted(headers)
    if sum(_is_label(t) for t in headers.values()) < 2 * _MIN_SIDE_LABELS:
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


def _nearly_empty(data: list[list[Any]], c: int, allowed: int) -> bool:
    used = 0
    for row in data:
        if c < len(row) and not _empty(row[c]):
            used += 1
            if used > allowed:
                return False
    return True


def _own_table(hrow: list[Any], headers: dict[int, str], run: list[int],
               data: list[list[Any]]) -> bool:
    """Whether the header columns ``run`` make a table of their own (see _side_by_side)."""
    if sum(_is_label(headers[c]) for c in run) < _MIN_SIDE_LABELS:
        return False
    if header_score([hrow[c] if c < len(hrow) else None for c in run]) <= 0:
        return False
    if not any(c < len(row) and not _empty(row[c]) for row in data for c in run):
        return False  # nothing below: a strip of labels (months over bars of colour)
    if any(norm(headers[c]) in _KEY_HEADERS for c in run):
        return True
    first = [row[run[0]] for row in data[:200] if run[0] < len(row) and not _empty(row[run[0]])]
    texts = [norm(v) for v in first if isinstance(v, str)]
    return len(texts) >= 2 and len(texts) * 2 >= len(first) and len(set(texts)) == len(texts)


def _header_follows(rows: list[list[Any]] | _Zone, k: int, stop: int,
                    hdr_norm: set[str]) -> bool:
    """The first filled row below row ``k`` (within two) is another table's header."""
    for j in range(k + 1, min(k + 3, stop, len(rows))):
        nxt = rows[j]
        if _row_cells(nxt):
            return len(_row_cells(nxt)) >= 3 and header_score(nxt) > 0 and \
                _looks_like_new_header(nxt, hdr_norm)
    return False


def _looks_like_new_header(row: list[Any], hdr_norm: set[str]) -> bool:
    """After blank rows: the header of another table — the same headers again, or a row
    of labels most of which are header words. A row holding numbers, or only a couple
    of header words among other text ("Action 401 … In Progress"), is data."""
    cells = _row_cells(row)
    labels = [norm(str(row[i])) for i in cells if _is_label(row[i])]
    same = sum(t in hdr_norm for t in labels)
    if labels and same * 2 >= len(labels):
        return True
    if any(isinstance(row[i], (int, float)) for i in cells):
        return False
    hits = sum(_vocab_hit(row[i]) for i in cells)
    return hits >= 2 and hits * 2 >= len(cells) and len(labels) == len(cells)


def _misfit_after_gap(row: list[Any], cells: list[int], types: dict[int, list[bool]]) -> bool:
    """After blank rows, a lone sentence in a column of numbers is a note, not data."""
    if len(cells) > 1:
        return False
    v = row[cells[0]]
    if not isinstance(v, str):
        return False
    if not types:
        return False  # nothing seen yet: a phase heading right under the header
    seen = types.get(cells[0], [])
    mostly_numbers = bool(seen) and sum(seen) * 2 < len(seen)
    return mostly_numbers or len(v.strip()) > 40


# -- row kinds --------------------------------------------------------------------------

def classify_rows(rows: list[list[Any]], region: Region, name_cols: set[int]
                  ) -> tuple[list[int], list[tuple[int, str]]]:
    """The region's data rows (0-based indexes) and its skipped rows ((Excel row,
    reason)), as ``classify_row`` decides them, blank rows in neither.

    A row whose first three cells are filled, none of them a total label and the first
    not a header word, is data whatever else it holds (``classify_row`` would say so):
    that common case is decided here without building the row's list of values."""
    data: list[int] = []
    skipped: list[tuple[int, str]] = []
    after_total = False
    c0, c1 = region.first_col, region.last_col + 1
    hdr = region.header_lower()
    first = _TOTAL_FIRST

    def total(v: str) -> bool:  # ``_TOTAL.match`` for a non-empty string, quick when it can't
        return v[0] in first and _TOTAL.match(v) is not None

    for i in range(region.first_row - 1, region.last_row):
        row = rows[i]
        if not after_total and len(row) >= c0 + 3 and c1 >= c0 + 3:
            a, b, c = row[c0], row[c0 + 1], row[c0 + 2]
            if (a is not None and a != "" and b is not None and b != "" and c is not None
                    and c != "" and not (type(a) is str and (total(a) or a.strip().lower() in hdr))
                    and not (type(b) is str and total(b)) and not (type(c) is str and total(c))):
                data.append(i)
                continue
        kind, reason = classify_row(row, region, name_cols, after_total)
        if kind == "data":
            data.append(i)
        elif kind != "blank":
            skipped.append((i + 1, reason or kind))
            after_total = after_total or kind == "grand"
    return data, skipped


_ID_LIKE = re.compile(r"^\s*[A-Za-z]{0,5}[-_ ./#]?\d+[A-Za-z]?\s*$")


def _total_row(vals: list[Any], at: int) -> bool:
    """A row whose cell ``vals[at]`` starts like a total label ("Total", "Subtotal …") is
    a total row unless it reads like a record: an ID before the label ("R1", "Total loss
    of the data centre"), a label that is a sentence, or more than one other piece of
    text (an owner, a status)."""
    if at > 0 and type(vals[0]) is str and _ID_LIKE.match(vals[0]):
        return False
    if len(vals[at].split()) > 6:  # a sentence, not a label
        return False
    others = sum(1 for i, w in enumerate(vals) if i != at and type(w) is str and w.strip())
    return others <= 1


def classify_row(row: list[Any], region: Region, name_cols: set[int],
                 after_total: bool) -> tuple[str, str | None]:
    """(kind, reason): data / blank / section / total / footer / header."""
    c0 = region.first_col
    span = row[c0:region.last_col + 1]
    vals = [v for v in span if v is not None and (type(v) is not str or v)]
    if not vals or (len(vals) < 3 and all(type(v) is str and not v.strip() for v in vals)):
        return "blank", None
    for at, v in enumerate(vals[:3]):
        if type(v) is str and _TOTAL.match(v) and _total_row(vals, at):
            t = v.strip()
            kind = "grand" if _GRAND_TOTAL.match(t) else "total"
            return kind, f"{'total' if kind == 'grand' else 'subtotal'} row ('{t[:40]}')"
    if after_total:
        return "footer", "below the table's total row (footer)"
    if len(vals) >= 2:
        first = vals[0]
        if type(first) is str and first.strip().lower() in region.header_lower():
            hdr = region.header_lower()
            texts = [v.strip() for v in vals if type(v) is str]
            if sum(t.lower() in hdr for t in texts) * 2 > len(texts):
                return "header", "repeated header row"
        return "data", None
    cells = [c0 + i for i, v in enumerate(span) if v != "" and v is not None]
    texts = [str(row[c]).strip() for c in cells if isinstance(row[c], str)]
    if len(cells) == 1 and texts:
        c = cells[0]
        width = region.last_col - region.first_col + 1
        if c not in region.headers or (c not in name_cols and width >= 3):
            return "section", f"section heading ('{texts[0][:40]}')"
    return "data", None
