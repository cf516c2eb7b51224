"""Step 1, Gantt sheets: a timeline band's columns as dates.

Many plans have no start or finish column: a task list on the left and, on the right, a
*timeline band* — a header run of consecutive week, month or day columns ("KW 50",
"W51", "Wk 1", dates of Mondays, month names, day dates, or plain numbers under a row of
month names or years) — whose bars are filled cells. ``find_bands`` finds the bands of a
sheet from its values and merged cells alone (cheap: only the first ``SCAN_ROWS`` rows
are looked at) and maps each band column to the days it covers:

- weeks are ISO weeks, with the year wrapping where the numbers start again (KW 52, 1);
- numbers under a month name are that month's days (when they run to 28 or more), its
  ISO weeks (when they are), or else equal parts of it (weeks 1…4 of "Novembre");
- numbers under a row of years are months;
- the year comes from the labels themselves, a row of years above, a year written in a
  title above or the sheet's name, dates elsewhere in the sheet, else the import's
  as-of year (with a note saying so).

``bars`` (``timelinebars``) reads the fills and gives each row its span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterator

from .book import Sheet, col_letter
from .timelinedates import Period, date_periods, iso_week, month_period, sub_month, with_years
from .vocab import MONTHS, norm

MIN_RUN = 4  # period columns in a row before they count as a timeline
SCAN_ROWS = 300  # a band's labels are looked for in the first rows only
UPPER = 3  # rows above a band that may hold its months or years

_WEEK = re.compile(r"^(?:kw|cw|wk|w|week|woche|wo|sem|semana|semaine|s)\s*(\d{1,2})"
                   r"(?:\s+((?:19|20)?\d{2}))?$")
_YEAR_WEEK = re.compile(r"^((?:19|20)\d{2})\s*(?:kw|cw|wk|w)\s*(\d{1,2})$")

Token = tuple[str, int, int]  # ("w" week | "m" month | "i" number | "y" year, n, year or 0)


@dataclass
class Band:
    """A timeline over columns ``first``..``last`` (0-based) whose finest labels are on
    row ``row`` (0-based); ``periods[k]`` is column ``first + k``'s first and last day
    (None where a column names no period)."""

    sheet: str
    row: int
    first: int
    last: int
    unit: str  # "day", "week" or "month"
    periods: list[Period | None]
    label_rows: list[int] = field(default_factory=list)  # rows whose band cells are labels
    notes: list[str] = field(default_factory=list)

    @property
    def columns(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def where(self) -> str:
        return f"{col_letter(self.first)}{self.row + 1}:{col_letter(self.last)}{self.row + 1}"

    def period(self, col: int) -> Period | None:
        return self.periods[col - self.first] if self.first <= col <= self.last else None


def token(value: Any) -> Token | tuple[str, date] | None:
    """A header cell as a period label: a week, a month, a date, a number or a year."""
    if isinstance(value, datetime):
        return ("d", value.date())
    if isinstance(value, date):
        return ("d", value)
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 1 <= value <= 366:
            return ("i", value, 0)
        return ("y", value, value) if 1900 <= value <= 2100 else None
    if not isinstance(value, str) or len(value) > 24:
        return None
    t = norm(value)
    if t.isdigit():
        return token(int(t))
    m = _WEEK.match(t)
    if m:
        return ("w", int(m.group(1)), _full_year(m.group(2)))
    m = _YEAR_WEEK.match(t)
    if m:
        return ("w", int(m.group(2)), int(m.group(1)))
    words = t.split()
    if 1 <= len(words) <= 2 and words[0] in MONTHS and \
            (len(words) == 1 or (words[1].isdigit() and len(words[1]) in (2, 4))):
        return ("m", MONTHS[words[0]], _full_year(words[1] if len(words) == 2 else None))
    return None


def _full_year(text: str | None) -> int:
    if not text:
        return 0
    y = int(text)
    return y + 2000 if y < 100 else y


def _row_tokens(sheet: Sheet, r: int, covered: dict[tuple[int, int], tuple[int, int]]
                ) -> list[Any]:
    """The tokens of row ``r``; a cell inside a merge takes its first cell's token."""
    row = sheet.rows[r]
    out: list[Any] = []
    for c, v in enumerate(row):
        if (v is None or v == "") and (r, c) in covered:
            a, b = covered[(r, c)]
            v = sheet.rows[a][b] if b < len(sheet.rows[a]) else None
        out.append(token(v))
    return out


def _merges(sheet: Sheet, last_row: int) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, col) of every cell inside a merge (top rows only) → its first cell."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in sheet.merged:
        if r0 > last_row or (r1 - r0 + 1) * (c1 - c0 + 1) > 100_000:
            continue
        for r in range(r0, min(r1, last_row) + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out[(r, c)] = (r0, c0)
    return out


def _follows(prev: Any, cur: Any) -> bool:
    """``cur`` continues a run that ends with ``prev`` (the same label again is a merge)."""
    if cur is None or cur[0] != prev[0]:
        return False
    if prev[0] == "d":
        return bool(cur[1] >= prev[1])
    p, n = prev[1], cur[1]
    if n in (p, p + 1):
        return True
    if prev[0] == "w":
        return n == 1 and p >= 52
    if prev[0] == "m":
        return n == 1 and p == 12
    return prev[0] == "i" and n == 1 and p >= 4


def _runs(toks: list[Any]) -> Iterator[tuple[int, int, str]]:
    """Maximal runs of consecutive columns of one kind whose labels follow on."""
    c, n = 0, len(toks)
    while c < n:
        t = toks[c]
        if t is None or t[0] == "y":
            c += 1
            continue
        end = c
        while end + 1 < n and _follows(toks[end], toks[end + 1]):
            end += 1
        if len({toks[k][1] for k in range(c, end + 1)}) >= MIN_RUN:
            yield c, end, t[0]
        c = end + 1


def _spaced_months(toks: list[Any], width: int) -> tuple[int, int] | None:
    """Month names every k columns (k ≥ 2) with nothing between: a month over k
    unlabelled columns (its weeks); the columns the months cover."""
    at = [c for c, t in enumerate(toks) if t is not None and t[0] == "m"]
    if len(at) < MIN_RUN:
        return None
    gaps = {b - a for a, b in zip(at, at[1:])}
    if len(gaps) != 1 or (k := gaps.pop()) < 2 or k > 6:
        return None
    if any(toks[c] is not None for c in range(at[0], at[-1]) if c not in at):
        return None
    if not all(_follows(toks[a], toks[b]) and toks[a][1] != toks[b][1]
               for a, b in zip(at, at[1:])):
        return None
    return at[0], min(at[-1] + k - 1, width - 1)


class _Tokens:
    """Row → its tokens, worked out the first time a row is asked for."""

    def __init__(self, sheet: Sheet, covered: dict[tuple[int, int], tuple[int, int]]) -> None:
        self.sheet, self.covered = sheet, covered
        self.rows: dict[int, list[Any]] = {}

    def __getitem__(self, r: int) -> list[Any]:
        got = self.rows.get(r)
        if got is None:
            got = self.rows[r] = _row_tokens(self.sheet, r, self.covered)
        return got


def _candidates(rows: list[list[Any]], top: int) -> list[int]:
    """Rows that may carry a band's labels: MIN_RUN cells or more over rows that have
    (at least one of the next three) MIN_RUN fewer — a timeline's cells are empty below
    it, a table's header is followed by full rows (so most sheets cost a count a row)."""
    counts = [len(row) - row.count(None) - row.count("") for row in rows[:top + 3]]
    out = []
    for r in range(top):
        below = counts[r + 1:r + 4]
        if counts[r] >= MIN_RUN and (not below or min(below) <= counts[r] - MIN_RUN):
            out.append(r)
    return out


def find_bands(sheet: Sheet, as_of: date) -> list[Band]:
    """The timeline bands of ``sheet``, top to bottom (none on most sheets)."""
    rows = sheet.rows
    top = min(len(rows), SCAN_ROWS)
    candidates = _candidates(rows, top) if top else []
    if not candidates:
        return []
    toks = _Tokens(sheet, _merges(sheet, top))
    found: list[tuple[int, int, int, str]] = []
    for r in candidates:
        runs = list(_runs(toks[r]))
        spaced = _spaced_months(toks[r], len(rows[r])) if not runs else None
        found.extend((r, a, b, kind) for a, b, kind in runs)
        if spaced is not None:
            found.append((r, spaced[0], spaced[1], "ms"))
    bands: list[Band] = []
    for r, a, b, kind in found:
        if any(r2 in (r + 1, r + 2) and min(b, b2) - max(a, a2) + 1 >= (b - a + 1) // 2
               for r2, a2, b2, _k in found):
            continue  # an upper label row (months, Mondays) of a finer run below
        band = _band(sheet, toks, r, a, b, kind, as_of)
        if band is not None:
            bands.append(band)
    return bands


def _upper(toks: _Tokens, r: int, a: int, b: int, kinds: str) -> tuple[int, dict[int, Any]]:
    """The nearest row above ``r`` (within ``UPPER``) with labels of ``kinds`` over
    columns ``a``..``b``: (row, column → label, carried right over unlabelled columns)."""
    for u in range(r - 1, max(-1, r - 1 - UPPER), -1):
        row = toks[u]
        hits = {c: row[c] for c in range(a, min(b, len(row) - 1) + 1)
                if row[c] is not None and row[c][0] in kinds}
        if not hits:
            continue
        carried: dict[int, Any] = {}
        current = None
        for c in range(a, b + 1):
            current = hits.get(c, current)
            if current is not None:
                carried[c] = current
        return u, carried
    return -1, {}


def _band(sheet: Sheet, toks: _Tokens, r: int, a: int, b: int, kind: str,
          as_of: date) -> Band | None:
    row = toks[r]
    labels = [row[c] for c in range(a, b + 1)]
    year_row, years = _upper(toks, r, a, b, "y")
    month_row, months = _upper(toks, r, a, b, "m")
    upper = [x for x in (year_row, month_row) if x >= 0]
    if kind == "d":
        periods, unit = date_periods([t[1] for t in labels])
        if not periods:
            return None
        band = Band(sheet.name, r, a, b, unit, periods)
        band.label_rows = sorted({r, *upper, *_date_rows_above(toks, r, a, b)})
        return band
    if kind in ("ms", "i") and (months or kind == "ms"):
        over = dict(zip(range(a, b + 1), _carried(row, a, b))) if kind == "ms" else months
        seq = [(over[c][1], over[c][2] or (years[c][2] if c in years else 0))
               for c in range(a, b + 1)]
        unit = "sub"
    elif kind == "i" and years and all(1 <= t[1] <= 12 for t in labels):
        seq = [(t[1], years[c][2]) for c, t in zip(range(a, b + 1), labels)]
        unit = "month"
    elif kind in ("w", "m"):
        seq = [(t[1], t[2] or (years[c][2] if c in years else 0))
               for c, t in zip(range(a, b + 1), labels)]
        unit = "week" if kind == "w" else "month"
    else:
        return None
    notes: list[str] = []
    seq = with_years(sheet, seq, unit, r, a, b, as_of, notes)
    if kind == "ms":
        periods = sub_month(sheet, seq, [0] * len(seq), r, a)
        unit = "week"
    elif unit == "sub":
        periods = sub_month(sheet, seq, [t[1] for t in labels], month_row, a)
        unit = "day" if any(p and p[0] == p[1] for p in periods) else "week"
    elif unit == "week":
        periods = [iso_week(y, w) for w, y in seq]
    else:
        periods = [month_period(y, m) for m, y in seq]
    band = Band(sheet.name, r, a, b, unit, periods, sorted({r, *upper}), notes)
    return band if sum(p is not None for p in periods) >= MIN_RUN else None


def _carried(row: list[Any], a: int, b: int) -> list[Any]:
    """The labels of columns ``a``..``b``, each unlabelled column taking the one to its left."""
    out, current = [], None
    for c in range(a, b + 1):
        current = row[c] if c < len(row) and row[c] is not None else current
        out.append(current)
    return out


def _date_rows_above(toks: _Tokens, r: int, a: int, b: int) -> list[int]:
    return [u for u in range(max(0, r - UPPER), r)
            if sum(1 for c in range(a, min(b + 1, len(toks[u])))
                   if toks[u][c] is not None and toks[u][c][0] == "d") >= 2]
