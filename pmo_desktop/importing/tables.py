"""Step 2: find the tables of a sheet — header row(s), columns and the rows below.

A header is a row of short labels (two or more) with rows of values below it; title
blocks, logos and notes above it are single cells or long sentences and are passed
over. Two header rows count as one when the upper one groups the lower (merged cells
or gaps that the lower row fills). A table runs down until a new header, a long run
of blank rows, or a row that does not fit its columns (a footer or a note). Tables
side by side on the same rows (an empty column between them, each with a header of its
own) are found as separate tables. Excel Table objects are taken as they are declared.

Row kinds (``rowkinds``: data, blank, section heading, subtotal/total, repeated header,
footer) are decided by the parse step for each table it is given.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from .headerstack import continuations, stack
from .headercells import blank, header_score, is_label, is_periodish, row_cells, vocab_hit
from .book import Sheet
from .region import Region
from .rowkinds import ends_in_total, instruction_row
from .sidebyside import side_by_side, Zone
from .vocab import norm

MAX_GAP = 10
# The first cell of a block of notes under a table.
_NOTES = re.compile(r"\s*(notes?|nb|n\.b\.|key|legend|sources?|instructions?|guidance|"
                    r"notas?|hinweise?|anmerkungen?|remarques?|observa[cç][oõ]es)\s*:?\s*$|"
                    r"\s*(notes?|nb|n\.b\.|sources?|key)\s*:", re.I)

def _fits(row: list[Any], c0: int, c1: int) -> bool:
    cells = row_cells(row)
    inside = [i for i in cells if c0 - 2 <= i <= c1]  # an unlabelled phase column may sit left
    return bool(inside) and len(inside) * 2 >= len(cells)


def _merged_span(sheet: Sheet, r0: int) -> dict[int, tuple[int, int]]:
    """0-based row → {first col: (first col, last col)} of horizontal merges."""
    out: dict[int, tuple[int, int]] = {}
    for a, c1, b, c2 in sheet.merged:
        if a == r0 and c2 > c1:
            out[c1] = (c1, c2)
    return out


def _periods_under_banner(lo: list[Any], cells: list[int],
                          spans: dict[int, tuple[int, int]]) -> bool:
    """Whether a row that holds no label is a header's second row all the same: three
    periods or more (months written as dates), every one under a cell merged across
    them in the row above ("Level of effort 2026" over Jan-26 … Dec-26; "ACTUALS" over
    Jan–Feb and "FORECAST" over Mar–Dec)."""
    return len(cells) >= 3 and all(not is_label(lo[i]) for i in cells) and all(
        any(a <= i <= b for a, b in spans.values()) for i in cells)


def _two_row(sheet: Sheet, upper: int, lower: int, c0: int, c1: int) -> bool:
    rows = sheet.rows
    if lower >= len(rows):
        return False
    up, lo = rows[upper], rows[lower]
    lo_cells = [i for i in row_cells(lo) if c0 <= i <= c1]
    if any(not is_label(lo[i]) and not is_periodish(lo[i]) for i in lo_cells):
        return False
    spans = _merged_span(sheet, upper)
    if header_score(lo) <= 0 and not _periods_under_banner(lo, lo_cells, spans):
        return False
    if any(b > a and any(a <= i <= b for i in lo_cells) for a, b in spans.values()):
        return True
    up_cells = set(row_cells(up))
    gaps_filled = any(i not in up_cells for i in lo_cells)
    lower_gaps = any(i not in lo_cells for i in up_cells if c0 <= i <= c1)
    nxt = lower + 1
    while nxt < len(rows) and not row_cells(rows[nxt]):
        nxt += 1
    data_below = nxt < len(rows) and header_score(rows[nxt]) < header_score(lo)
    return gaps_filled and lower_gaps and data_below


_YEAR_LABEL = re.compile(r"(?:(?:19|20)\d{2}(?:\.0)?|fy ?\d{2,4}(?: \d{2,4})?)")


def _years_over(sheet: Sheet, h: int, c0: int, c1: int) -> bool:
    """Whether the row above header row ``h`` names only years (or fiscal years), each
    over month names of the header: the months' years, so a header of two rows."""
    if h == 0:
        return False
    up, lo = sheet.rows[h - 1], sheet.rows[h]
    cells = row_cells(up)
    return bool(cells) and all(
        c0 <= i <= c1 and _YEAR_LABEL.fullmatch(norm(str(up[i]))) is not None
        for i in cells) and any(
        i < len(lo) and isinstance(lo[i], str) and is_periodish(lo[i]) for i in cells)


def _combine(sheet: Sheet, upper: int, lower: int, c0: int, c1: int) -> tuple[dict[int, str], dict[int, str]]:
    up, lo = sheet.rows[upper], sheet.rows[lower]
    group: dict[int, str] = {}
    spans = _merged_span(sheet, upper)
    current = ""
    for c in range(c0, c1 + 1):
        v = up[c] if c < len(up) else ""
        if not blank(v):
            current = str(v).strip()
            a, b = spans.get(c, (c, c))
            for k in range(a, b + 1):
                group[k] = current
        elif c not in group and current and (c < len(lo) and not blank(lo[c])) and \
                not spans:  # no merge info: a label groups the unlabelled columns to its right
            group[c] = current
    headers: dict[int, str] = {}
    for c in range(c0, c1 + 1):
        low = lo[c] if c < len(lo) else ""
        g = group.get(c, "")
        if not blank(low):
            text = _header_text(low)
            headers[c] = f"{g} {text}".strip() if g and norm(g) != norm(text) else text
        elif g and not blank(up[c] if c < len(up) else ""):
            headers[c] = g
    return headers, group


# A CRM's or CTMS's export names each column by its object, a colon, then the field:
# "Monitoring Event: Planned Visit Date", "Study Site: Site Name", "Account: Owner"
_OBJECT_FIELD = re.compile(r"([^\W\d][^:]{0,38}?):\s+(\S.*)")


def object_prefixes(headers: dict[int, str]) -> dict[int, str]:
    """Each column's object prefix, as a group over the field's own name ("Monitoring
    Event:" over "Name"), when most of the header is written so and an object names two
    columns or more; else nothing. A group label ending in a colon is read as the
    columns' generic group (``columnmatch``)."""
    found = {}
    for c, text in headers.items():
        m = _OBJECT_FIELD.fullmatch(text)
        if m and len(m.group(1).split()) <= 4:
            found[c] = m.group(1) + ":"
    if len(found) < 3 or len(found) * 2 < len(headers):
        return {}
    named = [p for p in found.values()]
    if not any(named.count(p) >= 2 for p in set(named)):
        return {}
    return found


def _header_text(v: Any) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _title_above(rows: list[list[Any]] | Zone, h: int) -> str | None:
    for r in range(h - 1, max(-1, h - 6), -1):
        cells = row_cells(rows[r])
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
                   if c < len(rows[h0]) and not blank(rows[h0][c])}
        last = min(t.last_row, len(rows))  # a table sized for more rows than the data
        while last > t.header_row and not row_cells(rows[last - 1][t.first_col:t.last_col + 1]):
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
    return [_merged_headings(sheet, _past_instructions(rows, g))
            for g in _join_repeated(rows, out)]


def _merged_headings(sheet: Sheet, region: Region) -> Region:
    """``region`` with its rows that are one cell merged across the table's width among
    its records ("INTERNAL (OPS)" over A:M): section headings, even in the column of the
    records' names, where a lone name would otherwise be a record."""
    width = region.last_col - region.first_col + 1
    if width < 3 or not sheet.merged:
        return region
    heads = {a + 1 for a, c1, b, c2 in sheet.merged
             if a == b and region.first_row <= a + 1 <= region.last_row
             and c1 <= region.first_col + 1 and c2 - c1 + 1 >= max(3, width * 3 // 4)
             and len(row_cells(sheet.rows[a][region.first_col:region.last_col + 1])) == 1}
    return replace(region, merged_rows=frozenset(heads)) if heads else region


_GROUP_GAP = 3  # rows between a block and the header repeated over the next one


def _same_keys(rows: list[list[Any]], a: Region, b: Region) -> bool:
    """Whether block ``b`` repeats a value of block ``a``'s first column (each numbered
    1, 2, 3 … afresh, or the same names again): blocks of different things (one per
    project), not groups of one table."""
    c = a.first_col

    def keys(g: Region) -> set[str]:
        return {str(rows[k][c]).strip().lower() for k in range(g.first_row - 1, g.last_row)
                if k < len(rows) and c < len(rows[k]) and not blank(rows[k][c])}
    return bool(keys(a) & keys(b))


def _join_repeated(rows: list[list[Any]], regions: list[Region]) -> list[Region]:
    """Blocks of one table whose header is written again over each block (monday.com
    and Smartsheet groups, one block per stage or status): one table, its group names
    and repeated headers rows among its rows (``classify_row`` skips them). Blocks join
    when their headers are the same labels in the same columns, only blank rows or a
    one-cell group name lie between them, the first does not end in a total (a demand
    block and a supply block, each with its total, are two tables) and the second does
    not repeat the first's keys (each project's milestones numbered from 1)."""
    out: list[Region] = []
    for g in regions:
        prev = out[-1] if out else None
        if prev is not None and prev.excel_table is None and g.excel_table is None and \
                g.headers == prev.headers and len(g.header_rows) == 1 and \
                len(prev.header_rows) == 1 and \
                0 < g.header_row - prev.last_row <= _GROUP_GAP + 1 and \
                not ends_in_total(rows, prev) and not _same_keys(rows, prev, g) and \
                all(len(row_cells(rows[k][g.first_col:g.last_col + 1])) <= 1
                    for k in range(prev.last_row, g.header_row - 1)):
            heads = {k + 1 for k in range(prev.last_row, g.header_row - 1)
                     if row_cells(rows[k][g.first_col:g.last_col + 1])}
            out[-1] = replace(prev, last_row=g.last_row, group_rows=prev.group_rows | heads)
            continue
        out.append(g)
    return out


def _past_instructions(rows: list[list[Any]], region: Region) -> Region:
    """``region`` without a template's instruction rows under its header (they say what
    to write in each column, or show a filled-in example; read as data they would spoil
    what the columns hold): an instruction row and an example row, two at most."""
    for _ in range(2):
        i = region.first_row - 1
        if not (region.first_row <= region.last_row and i < len(rows) and
                (instruction_row(rows[i], region.first_col, region.last_col) or
                 _column_numbers(rows[i][region.first_col:region.last_col + 1]))):
            break
        region = replace(region, first_row=region.first_row + 1)
    return region


def _column_numbers(cells: list[Any]) -> bool:
    """A row that numbers the columns under the header (0 | 1 | 2 …, as public forms
    print them): four or more whole numbers, each one more than the one before."""
    nums = [v for v in cells if v is not None and v != ""]
    if len(nums) < 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and
                                float(v).is_integer() for v in nums):
        return False
    return all(b - a == 1 for a, b in zip(nums, nums[1:]))


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
    cells = [c for c, v in enumerate(rows[h]) if not blank(v)]
    if not cells:
        return None
    regions, _end = _region_at(sheet, h, set())
    if regions and regions[0].header_row == header_row:
        if column is None or len(regions) == 1:
            return _past_instructions(rows, regions[0])
        return _past_instructions(rows, min(
            regions, key=lambda g: 0 if g.first_col <= column <= g.last_col else
            min(abs(column - g.first_col), abs(column - g.last_col))))
    headers = {c: _header_text(rows[h][c]) for c in cells}
    last = last_row if last_row is not None and last_row > h + 1 else len(rows)
    return _past_instructions(rows, Region(sheet.name, (h + 1,), min(cells), max(cells), h + 2,
                                           last, headers, None, _title_above(rows, h)))


def _pick_header(rows: list[list[Any]], r: int, sheet: Sheet | None = None) -> int:
    """Among header-like rows at the top of a block, the best before the data starts;
    a row of merged group cells over the row under it stays (a two-row header)."""
    best, best_score = r, header_score(rows[r])
    cells = row_cells(rows[r])
    if _field_codes(rows[r], cells) and r + 1 < len(rows) and \
            len(row_cells(rows[r + 1])) >= len(cells) and \
            not _field_codes(rows[r + 1], row_cells(rows[r + 1])) and \
            header_score(rows[r + 1]) >= best_score * 0.5 > 0 and \
            sum(vocab_hit(v) for v in rows[r + 1]) * 2 >= len(row_cells(rows[r + 1])):
        return r + 1  # a database's field codes over the names people read (Primavera)
    if sheet is not None and cells and r + 1 < len(rows) and \
            _merged_span(sheet, r) and _two_row(sheet, r, r + 1, min(cells), max(cells)):
        return r
    k, seen = r + 1, 0
    while k < len(rows) and seen < 5:
        if not row_cells(rows[k]):
            k += 1
            continue
        s = header_score(rows[k])
        if s <= 0 and (best != r or _holds_data(rows[k])):
            break  # (a title block's lines of text above the header are looked past)
        if s > best_score * 1.5 and len(row_cells(rows[k])) >= len(row_cells(rows[best])) \
                or s > 0 and _periods_over(rows[best], rows[k]):
            best, best_score = k, s
        seen += 1
        k += 1
    if best > r and sheet is not None:
        above = row_cells(rows[best - 1])
        if above and _merged_span(sheet, best - 1) and \
                _two_row(sheet, best - 1, best, min(above), max(above)):
            return best - 1  # group cells over the header: a two-row header
    return best


def _periods_over(upper: list[Any], lower: list[Any]) -> bool:
    """``upper`` is a row of period labels ("Wk 14 | Wk 15 …"; a label of the row and a
    total's beside them, a quarter of its cells at most) over the cells of
    ``lower``, a header that names its columns too ("Consultant | Role | 31/03 | 07/04"):
    the lower row is the header."""
    cells = row_cells(upper)
    under = set(row_cells(lower))
    # (besides the labels, the row's own name and a total's: "Week →" | wk 10 … | "Σ")
    others = [c for c in cells if not is_periodish(upper[c])]
    return bool(cells) and len(cells) - len(others) >= 3 * len(others) and \
        all(len(str(upper[c]).split()) <= 2 for c in others) and \
        set(cells) <= under and min(under) < min(cells)


def _group_row_above(sheet: Sheet, h: int, cells: list[int]) -> bool:
    """Row ``h - 1`` holds short labels merged over the header at ``h`` ("Inherent
    Assessment" over "Prob | Impact | Score"), and the header is not itself the upper row
    of a two-row header."""
    rows = sheet.rows
    above = row_cells(rows[h - 1])
    if not cells or not above or not _merged_span(sheet, h - 1) or \
            any(not is_label(rows[h - 1][c]) for c in above):
        return False
    if h + 1 < len(rows) and row_cells(rows[h + 1]) and \
            _two_row(sheet, h, h + 1, min(cells), max(cells)):
        return False
    return _two_row(sheet, h - 1, h, min(cells), max(cells))


def _holds_data(row: list[Any]) -> bool:
    """A row with an amount or a date in it: a record, not a line of a title block."""
    return any(isinstance(v, (int, float, date, datetime)) and not isinstance(v, bool) and
               not (isinstance(v, (int, float)) and float(v).is_integer() and 1900 <= v <= 2100)
               for v in row if v is not None)


_FIELD_CODE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")


def _field_codes(row: list[Any], cells: list[int]) -> bool:
    """A row of a database's field codes ("task_code | act_start_date | complete_pct"):
    every cell a lower-case word joined by underscores, most with one."""
    codes = [isinstance(row[c], str) and row[c].strip().islower() and
             " " not in row[c].strip() for c in cells]
    joined = sum(isinstance(row[c], str) and bool(_FIELD_CODE.fullmatch(row[c].strip()))
                 for c in cells)
    return len(cells) >= 3 and all(codes) and joined * 2 > len(cells)


def _region_at(sheet: Sheet, r: int, taken: set[int]) -> tuple[list[Region], int]:
    """The table(s) whose header is found from row ``r`` (0-based) down, and the row to
    look on from: one table, or several when the header row holds tables side by side."""
    rows = sheet.rows
    h = _pick_header(rows, r, sheet)
    cells = row_cells(rows[h])
    if h == r and h > 0 and h - 1 not in taken and _group_row_above(sheet, h, cells):
        h -= 1  # merged group cells over the header, on a row no header word is on
        cells = row_cells(rows[h])
    c0, c1 = min(cells), max(cells)
    header_rows: tuple[int, ...] = (h,)
    if _years_over(sheet, h, c0, c1):  # "2025" merged over Jul … Dec, "2026" over Jan … Jun
        h -= 1
    if h + 1 < len(rows) and _two_row(sheet, h, h + 1, c0, c1):
        lo_cells = row_cells(rows[h + 1])
        c0, c1 = min(c0, min(lo_cells)), max(c1, max(lo_cells))
        headers, groups = _combine(sheet, h, h + 1, c0, c1)
        header_rows = (h, h + 1)
    else:
        headers = {c: _header_text(rows[h][c]) for c in cells}
        groups = object_prefixes(headers)
    more = continuations(rows, header_rows[-1], c0, c1, headers)
    if more:
        headers = stack(rows, more, headers)
        header_rows = (*header_rows, *more)
    hr = header_rows[-1]
    last = _extent(rows, hr, c0, c1, headers, taken, len(rows))
    end = max(last + 1, hr + 1)
    first_data = hr + 2  # 1-based
    hrows = tuple(x + 1 for x in header_rows)
    parts = side_by_side(rows, hr, last, headers, groups) \
        if len(headers) < c1 - c0 + 1 else None
    if not parts:
        c0 = _widen_left(rows, hr, last, c0, 0)
        return [Region(sheet.name, hrows, c0, c1, first_data, last + 1, headers, None,
                       _title_above(rows, header_rows[0]), groups)], end
    out: list[Region] = []
    for a, b, lo, hi in parts:  # each table within its own columns, down to where it ends
        zone = Zone(rows, lo, hi)
        own = {c: t for c, t in headers.items() if a <= c <= b}
        plast = _extent(zone, hr, a, b, own, taken, last + 1)
        pa = _widen_left(zone, hr, plast, a, lo)
        out.append(Region(sheet.name, hrows, pa, b, first_data, plast + 1, own, None,
                          _title_above(zone, header_rows[0]),
                          {c: g for c, g in groups.items() if pa <= c <= b}))
    return out, end


def _extent(rows: list[list[Any]] | Zone, hr: int, c0: int, c1: int, headers: dict[int, str],
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
        elif gap and _misfit_after_gap(row, rc, types) and \
                not _heading_over_rows(rows, k, stop, c0, c1, hdr_norm):
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


def _widen_left(rows: list[list[Any]] | Zone, hr: int, last: int, c0: int, lo: int) -> int:
    """``c0`` moved left over the unlabelled columns that carry data (phase, sprint), not
    past column ``lo``."""
    data = rows[hr + 1:last + 1] if isinstance(rows, list) else \
        [rows[k] for k in range(hr + 1, last + 1)]
    while c0 > lo and any(c0 - 1 < len(row) and not blank(row[c0 - 1]) for row in data):
        c0 -= 1
    return c0



def _header_follows(rows: list[list[Any]] | Zone, k: int, stop: int,
                    hdr_norm: set[str]) -> bool:
    """The first filled row below row ``k`` (within two) is another table's header."""
    for j in range(k + 1, min(k + 3, stop, len(rows))):
        nxt = rows[j]
        if row_cells(nxt):
            return len(row_cells(nxt)) >= 3 and header_score(nxt) > 0 and \
                _looks_like_new_header(nxt, hdr_norm) and not _keys_go_on(rows, k, nxt)
    return False


def _keys_go_on(rows: list[list[Any]] | Zone, k: int, nxt: list[Any]) -> bool:
    """The row after a line of text goes on numbering the records above it ("DEC-009",
    a note, then "DEC-010"): the note sits inside the table, no new table starts."""
    first = row_cells(nxt)[0]
    for i in range(k - 1, max(-1, k - 4), -1):
        above = rows[i]
        if row_cells(above):
            a, b = above[first] if first < len(above) else None, nxt[first]
            return isinstance(a, str) and isinstance(b, str) and \
                any(ch.isdigit() for ch in a) and _KEY_SHAPE.sub("#", a.strip()) == \
                _KEY_SHAPE.sub("#", b.strip()) and len(a.strip()) <= 20
    return False


_KEY_SHAPE = re.compile(r"\d+")


def _looks_like_new_header(row: list[Any], hdr_norm: set[str]) -> bool:
    """After blank rows: the header of another table — the same headers again, or a row
    of labels most of which are header words. A row holding numbers, or only a couple
    of header words among other text ("Action 401 … In Progress"), is data."""
    cells = row_cells(row)
    labels = [norm(str(row[i])) for i in cells if is_label(row[i])]
    same = sum(t in hdr_norm for t in labels)
    if labels and same * 2 >= len(labels):
        return True
    if any(isinstance(row[i], (int, float)) for i in cells):
        return False
    hits = sum(vocab_hit(row[i]) for i in cells)
    return hits >= 2 and hits * 2 >= len(cells) and len(labels) == len(cells)


def _heading_over_rows(rows: list[list[Any]] | Zone, k: int, stop: int, c0: int,
                       c1: int, hdr_norm: set[str]) -> bool:
    """Row ``k``'s lone text heads more rows of the table right under it (a project's
    name over its milestones; "CLOSED ACTIONS" over a meeting's name over its actions),
    so it is a section heading, not a note under the table."""
    end = min(stop, len(rows), k + 4)
    for j in range(k + 1, end):
        cells = row_cells(rows[j])
        if len(cells) == 1 and isinstance(rows[j][cells[0]], str) and j < end - 1:
            continue  # a heading under the heading
        return len(cells) >= 3 and cells[0] >= c0 - 2 and cells[-1] <= c1 and \
            (header_score(rows[j]) <= 0 or not _looks_like_new_header(rows[j], hdr_norm))
    return False


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
