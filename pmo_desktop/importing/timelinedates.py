"""Step 1, Gantt sheets: the days each column of a timeline band covers, and the year
of a band whose labels name none (see ``timeline``)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from .book import Sheet, col_letter

Period = tuple[date, date]
SCAN_ROWS = 300  # rows looked at for a title's year or a date on the sheet
_YEAR_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def date_periods(days: list[date]) -> tuple[list[Period | None], str]:
    """Dates across as days, weeks (Mondays, a week apart) or months, by their step."""
    distinct = sorted(set(days))
    steps = sorted((y - x).days for x, y in zip(distinct, distinct[1:]))
    if not steps:
        return [], ""
    step = steps[len(steps) // 2]
    if step <= 3:
        return [(d, d) for d in days], "day"
    if step == 7:
        return [(d, d + timedelta(days=6)) for d in days], "week"
    if 28 <= step <= 31:
        return [(d.replace(day=1), month_end(d.year, d.month)) for d in days], "month"
    return [], ""


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def month_period(y: int, m: int) -> Period | None:
    return (date(y, m, 1), month_end(y, m)) if 1 <= m <= 12 else None


def iso_week(y: int, w: int) -> Period | None:
    """ISO week ``w`` of ``y``, Monday to Sunday (None for a week 53 the year lacks)."""
    try:
        monday = date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def with_years(sheet: Sheet, seq: list[tuple[int, int]], unit: str, r: int, a: int,
                b: int, as_of: date, notes: list[str]) -> list[tuple[int, int]]:
    """Each column's (number, year): years written win; the others follow on from the
    nearest one, a step up each time the numbers start again."""
    wraps = [0]
    for (p, _y), (n, _y2) in zip(seq, seq[1:]):
        wraps.append(wraps[-1] + (1 if n < p else 0))
    known = [(k, y) for k, (_n, y) in enumerate(seq) if y]
    if known:
        k0, y0 = known[0]
        start = y0 - wraps[k0]
    else:
        start = _title_year(sheet, r) or 0
        if not start:
            anchor, what = _date_in_sheet(sheet, a, b), "a date on the sheet"
            if anchor is None:
                anchor, what = as_of, "the import's as-of date"
            start = _year_around(seq, wraps, unit, anchor)
            if what != "a date on the sheet":
                notes.append(f"The timeline {col_letter(a)}{r + 1}:{col_letter(b)}{r + 1} of "
                             f"sheet '{sheet.name}' names no year: {start} was taken from "
                             f"{what}; check its dates.")
    return [(n, y or start + wraps[k]) for k, (n, y) in enumerate(seq)]


def _year_around(seq: list[tuple[int, int]], wraps: list[int], unit: str, anchor: date) -> int:
    """The first year that puts ``anchor`` inside the band, else ``anchor``'s year."""
    for start in (anchor.year, anchor.year - 1):
        first = _rough(unit, seq[0][0], start)
        last = _rough(unit, seq[-1][0], start + wraps[-1])
        if first and last and first[0] <= anchor <= last[1]:
            return start
    return anchor.year


def _rough(unit: str, n: int, y: int) -> Period | None:
    if unit == "week":
        return iso_week(y, n)
    return month_period(y, n)


def _title_year(sheet: Sheet, r: int) -> int | None:
    texts = [sheet.name] + [v for row in sheet.rows[max(0, r - 10):r] for v in row
                            if isinstance(v, str) and len(v) <= 200]
    for t in texts:
        m = _YEAR_TEXT.search(t)
        if m:
            return int(m.group(1))
    return None


def _date_in_sheet(sheet: Sheet, a: int, b: int) -> date | None:
    """The earliest date written outside the band's columns (a start, a status date)."""
    best: date | None = None
    for row in sheet.rows[:SCAN_ROWS]:
        for c, v in enumerate(row):
            if isinstance(v, date) and not a <= c <= b:
                d = v.date() if isinstance(v, datetime) else v
                best = d if best is None or d < best else best
    return best


def sub_month(sheet: Sheet, seq: list[tuple[int, int]], nums: list[int], month_row: int,
               a: int) -> list[Period | None]:
    """Numbered columns under month names: days, ISO weeks, or equal parts of the month."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    start = 0
    for k in range(len(seq)):
        if k and seq[k] != seq[k - 1]:
            start = k
        groups.setdefault((seq[k][0], seq[k][1], start), []).append(k)
    out: list[Period | None] = [None] * len(seq)
    spans = {c0: c1 - c0 + 1 for r0, c0, _r1, c1 in sheet.merged if r0 == month_row}
    for (m, y, first), ks in groups.items():
        if not 1 <= m <= 12:
            continue
        days = calendar.monthrange(y, m)[1]
        mine = [nums[k] for k in ks]
        if any(mine) and max(mine) >= 28 and all(1 <= d <= days for d in mine):
            for k in ks:
                out[k] = (date(y, m, nums[k]), date(y, m, nums[k]))
            continue
        weeks = [iso_week(y, w) for w in mine] if all(mine) else []
        if weeks and all(p is not None and p[0] <= month_end(y, m) and
                         p[1] >= date(y, m, 1) for p in weeks):
            for k, p in zip(ks, weeks):
                out[k] = p
            continue
        parts = max(len(ks), spans.get(a + first, len(ks)))
        for j, k in enumerate(ks):
            lo = 1 + (days * j) // parts
            hi = (days * (j + 1)) // parts
            out[k] = (date(y, m, lo), date(y, m, max(lo, hi)))
    return out
