"""Step 2: find the tables of a sheet — header row(s), columns and the rows below.

A header is a row of short labels (two or more) with rows of values below it; title
blocks, logos and notes above it are single cells or long sentences and are passed
over. Two header rows count as one when the upper one groups the lower (merged cells
or gaps that the lower row fills). A table runs down until a new header, a long run
of blank rows, or a row that does not fit its columns (a footer or a note). Excel
Table objects are taken as they are declared.

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


def _title_above(rows: list[list[Any]], h: int) -> str | None:
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
        last = t.last_row
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
        region, end = _region_at(sheet, r, taken)
        if region is None:
            r += 1
            continue
        out.append(region)
        r = end
    out.sort(key=lambda g: (g.header_row, g.first_col))
    return out


def region_at_header(sheet: Sheet, header_row: int, last_row: int | None = None) -> Region | None:
    """The table of ``sheet`` whose header is on ``header_row`` (1-based), or None when
    that row is outside the sheet or holds no cells.

    The row is taken as detection would take it (with a second header row below it, and
    the data down to where the table ends) when detection starting there keeps it as the
    header; otherwise the row alone is the header and the data runs down to ``last_row``
    (where the table ended before; the sheet's end when that is not below the header).
    """
    rows = sheet.rows
    if not 1 <= header_row <= len(rows):
        return None
    h = header_row - 1
    cells = [c for c, v in enumerate(rows[h]) if not _empty(v)]
    if not cells:
        return None
    region, _end = _region_at(sheet, h, set())
    if region is not None and region.header_row == header_row:
        return region
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


def _region_at(sheet: Sheet, r: int, taken: set[int]) -> tuple[Region | None, int]:
    rows = sheet.rows
    h = _pick_header(rows, r)
    cells = _row_cells(rows[h])
    c0, c1 = min(cells), max(cells)
    header_rows = (h,)
    if h + 1 < len(rows) and _two_row(sheet, h, h + 1, c0, c1):
        lo_cells = _row_cells(rows[h + 1])
        c0, c1 = min(c0, min(lo_cells)), max(c1, max(lo_cells))
        headers, groups = _combine(sheet, h, h + 1, c0, c1)
        header_rows = (h, h + 1)
    else:
        headers = {c: _header_text(rows[h][c]) for c in cells}
        groups = {}
    hdr_norm = {norm(v) for v in headers.values()}
    last = header_rows[-1]
    k = last + 1
    gap = 0
    types: dict[int, list[bool]] = {}
    tracked = 0
    inside = c0 <= 2  # no cell can sit left of c0 - 2
    while k < len(rows) and k not in taken:
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
        if not _fits(row, c0, c1):
            if gap or k == last + 1:
                break
        elif gap and _misfit_after_gap(row, rc, types):
            break
        if tracked < 500:  # the columns' types, for telling notes from data
            tracked += 1
            for c in rc:
                types.setdefault(c, []).append(isinstance(row[c], str))
        gap = 0
        last = k
        k += 1
    # unlabelled columns just left of the header that carry data (phase, sprint)
    data = rows[header_rows[-1] + 1:last + 1]
    while c0 > 0 and any(c0 - 1 < len(row) and not _empty(row[c0 - 1]) for row in data):
        c0 -= 1
    first_data = header_rows[-1] + 2  # 1-based
    region = Region(sheet.name, tuple(x + 1 for x in header_rows), c0, c1, first_data,
                    last + 1, headers, None, _title_above(rows, header_rows[0]), groups)
    return region, max(last + 1, header_rows[-1] + 1)


def _looks_like_new_header(row: list[Any], hdr_norm: set[str]) -> bool:
    labels = [norm(str(row[i])) for i in _row_cells(row) if _is_label(row[i])]
    same = sum(t in hdr_norm for t in labels)
    hits = sum(_vocab_hit(row[i]) for i in _row_cells(row))
    return same * 2 >= len(labels) or hits >= 2


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
