"""Step 3, columns that are periods: a table's header cells as ``Column``s, each with the
month it stands for when months (or quarters) run across the table.

A period may be written in the header itself ("Jan-26", "2026-03", "Q1 2026") or in a
merged group cell above a row of measures ("Q1 FY26" over Budget | Actual | Variance):
then each lower cell says which money the column holds, and a column that holds none we
store (a variance, a percentage, a remaining balance) is not read as one, so it is never
added into another measure. A fiscal quarter ("Q1 FY26", "FY26 Q1") keeps its quarter and
fiscal year (``Column.fiscal_quarter``): which months it means depends on the portfolio's
fiscal-year start, known when the import is planned (``plancontext``).
"""

from __future__ import annotations

import re
import statistics
from datetime import date, datetime, timedelta
from typing import Any

from pmo_desktop.domain.fiscal import fiscal_quarter_months

from . import values as V
from .book import Sheet
from .dates import quarter_without_year
from .detected import Column
from .region import Region
from .vocab import MONTHS, measure_in, norm, split_header


def header_lines(value: object, header: str) -> tuple[str, ...]:
    """The lines of a header cell written on two or more ("Owner\nResponsable"), a line
    wholly in brackets kept with the one above ("Type\n(Inbound / Outbound)"); none when
    the cell is on one line or the header is not the cell's alone (a group's label
    before it)."""
    if not isinstance(value, str) or "\n" not in value.strip():
        return ()
    lines: list[str] = []
    for raw in value.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if lines and line.startswith("(") and line.endswith(")"):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    if len(lines) < 2 or " ".join(lines) != header:
        return ()
    return tuple(lines)


def period_columns(sheet: Sheet, region: Region, as_of: date | None) -> list[Column]:
    """The columns of ``region``, each with its period (and measure) when it has one."""
    columns: list[Column] = []
    years: dict[int, int] = {}  # column → the year a group cell over it names ("2025")
    named = _context_year(sheet, region)  # the one year the sheet and title name, if any
    dated = _dated_above(sheet, region) if named is None else None
    if dated is not None:  # "Rev D – 07/02/2025" over weeks "W/C 03-Mar": the file's date
        as_of = dated  # places months written with no year
    starts: dict[int, tuple[int, bool]] = {}  # first column under "FY 2024/25", "Budget 2025"
    upper = sheet.rows[region.header_rows[0] - 1] if len(region.header_rows) == 2 else None
    lower = sheet.rows[region.header_row - 1]
    for ci in sorted(region.headers):
        header = region.headers[ci]
        _base, hints = split_header(header)
        col = Column(ci, header, hints=hints)
        hv = lower[ci] if ci < len(lower) else ""
        col.lines = header_lines(hv, header)
        col.period = _period_header(header if isinstance(hv, str) else hv, as_of)
        if col.period is None and isinstance(hv, str) and hv.strip() != header:
            col.period = _period_header(hv, as_of)  # "gen-26" under "Allocazione mensile"
        col.fiscal_quarter = (_fiscal_quarter(header) or (
            _fiscal_quarter(hv) if isinstance(hv, str) and hv.strip() != header else None)) \
            if col.period else None  # ("Q1 FY26" under a group "FY 2025-26")
        if col.period and _is_quarter(hv if isinstance(hv, str) else ""):
            col.months = 3
        group = region.groups.get(ci)
        if group is not None and _YEAR.fullmatch(str(group).strip()):
            years[ci] = int(str(group).strip()[:4])
        elif col.period and group is not None:  # months under "Actual spend" | "Forecast"
            col.measure = _group_measure(str(group))
            col.period = _in_groups_year(col.period, str(group), as_of)
        if col.period and group is not None and region.groups.get(ci - 1) != group and \
                (named := year_named(str(group))) is not None:
            starts[ci] = named  # "FY 2024/25" over Apr … Mar: where its months start
        if col.period is None and upper is not None and ci in region.groups:
            # a month over Budget | Actual | Forecast (a merged upper header row)
            uv = upper[ci] if ci < len(upper) and not V.is_empty(upper[ci]) else \
                region.groups[ci]
            if not (isinstance(hv, str) and _not_a_measure(hv)):
                col.period = _period_header(uv, as_of) or _quarter_of_context(str(uv), named)
            if col.period:
                col.measure = (_MEASURES.get(norm(str(hv))) or measure_in([hv])) \
                    if isinstance(hv, str) else None
                col.fiscal_quarter = _fiscal_quarter(str(uv))
                col.months = 3 if _is_quarter(str(uv)) else 1
        columns.append(col)
    for col in columns:  # "FY26 Q1 (Jul–Sep)": the quarter's own months say which;
        if col.fiscal_quarter is not None:  # or its year's, "FY 2025-26 (Apr–Mar)" over it
            group = region.groups.get(col.index)
            spelled = _months_named(col.header) or (_months_named(group) if group else None) \
                or _in_year_named(col.fiscal_quarter, group)
            if spelled is not None:
                col.period, col.fiscal_quarter = spelled, None
    for col in columns:  # "Q1 (Apr-Jun)" under "FY 2025-26": its months in that year
        if col.period is None and (group := region.groups.get(col.index)) and \
                isinstance(hv := lower[col.index] if col.index < len(lower) else None, str):
            col.period = _quarter_in_year(hv, str(group))
            if col.period is not None:
                col.months = 3
            elif (fq := _quarter_of_span(hv, str(group))) is not None:
                # "Q1 (A)" under "2025/26": the first quarter of that financial year,
                # its months by the portfolio's fiscal-year start; "(A)" its actuals
                col.fiscal_quarter, col.months = fq, 3
                col.period = f"{fq[1]:04d}-{3 * fq[0]:02d}"
                col.measure = _letter_measure(hv)
    _months_in_a_row(columns, {ci: v for ci, v in enumerate(lower) if isinstance(v, str)},
                     years, starts, named)
    _month_and_year(columns, {ci: str(g) for ci, g in region.groups.items() if g},
                    {ci: v for ci, v in enumerate(lower) if isinstance(v, str)})
    _dates_below(columns, sheet, region)
    _weeks_of_groups_year(columns, region.groups)
    _weeks_of_context_year(columns, named or ((dated.year, False) if dated else None))
    _weeks(columns)
    _years_across(columns, {ci: v for ci, v in enumerate(lower) if isinstance(v, str)})
    _lone_month_of_text(columns, sheet, region)
    _month_and_short_year(columns, {ci: v for ci, v in enumerate(lower) if isinstance(v, str)})
    _month_spans(columns, named, as_of)
    _day_spans(columns, region.groups, named, as_of)
    codes = V.rag_legend(_notes_by(sheet, region))
    top = region.first_row - 1
    top_rows = region.header_rows[0] - 1
    dayfirst = V.dayfirst_evidence(
        v for row in sheet.rows[top:top + _DATE_SAMPLE]
        for v in row[region.first_col:region.last_col + 1] if isinstance(v, str))
    scale = V.title_scale([v for r in range(max(0, top_rows - 6), top_rows)
                           for v in sheet.rows[r] if isinstance(v, str)])
    for col in columns:
        col.rag_codes = codes
        col.dayfirst = dayfirst
        col.scale = scale
    return columns


# A month's name and two digits: "janv. 26", "Jan 26" (a day of it, or its year)
_MONTH_SHORT_YEAR = re.compile(r"^\s*([^\W\d_]{3,9})\.?\s+(\d{2})\s*$")


def _month_and_short_year(columns: list[Column], own: dict[int, str]) -> None:
    """Months across written "janv. 26" … "déc. 26": one by one each reads as a day
    ("26 January"), together they are the months of 2026. Three or more such headers
    whose number stays the same from one month to the next, or goes up by one where the
    months start again, are month and year."""
    found = []
    for col in columns:
        m = _MONTH_SHORT_YEAR.match(own.get(col.index, col.header))
        month = MONTHS.get(norm(m.group(1))) or MONTHS.get(norm(m.group(1))[:3]) if m else None
        if col.period and m and month:
            found.append((col, month, int(m.group(2))))
    if len(found) < 3 or not all(
            n2 == n1 and m2 > m1 or n2 == n1 + 1 and m2 <= m1
            for (_a, m1, n1), (_b, m2, n2) in zip(found, found[1:])):
        return
    for col, month, year in found:
        col.period = f"{2000 + year:04d}-{month:02d}"


def _lone_month_of_text(columns: list[Column], sheet: Sheet, region: Region) -> None:
    """A month's name alone over a column of text, no month beside it, is a word that
    spells like one: Portuguese "Marco" (a milestone) is "Março" without its cedilla."""
    by_index = {c.index: c for c in columns}
    for col in columns:
        if not col.period or any(
                (n := by_index.get(col.index + d)) is not None and n.period for d in (-1, 1)):
            continue
        if any(ch.isdigit() for ch in col.header):
            continue  # "Mar 2025", "03/25": a month written as one
        values = [row[col.index] for row in sheet.rows[region.first_row - 1:region.last_row]
                  if col.index < len(row) and not V.is_empty(row[col.index])]
        texts = sum(isinstance(v, str) and not _figure(v) for v in values)
        if values and texts * 2 > len(values):
            col.period = None


def _figure(text: str) -> bool:
    try:
        return V.parse_money(text) is not None
    except V.ValueProblem:
        return False


_WEEK_DAYS = 5
_DATE_SAMPLE = 200  # rows read for how the table writes its dates


def _weeks(columns: list[Column]) -> None:
    """Period columns that are weeks ("w/c 06/10/25", "KW 14", or dates a week apart in
    one month): each spans a week's working days, not its month's."""
    plain = [c for c in columns if c.period and c.measure is None and c.fiscal_quarter is None]
    by_month: dict[str, int] = {}
    for col in plain:
        by_month[col.period or ""] = by_month.get(col.period or "", 0) + 1
    for col in plain:
        if by_month[col.period or ""] >= 3 or _WEEK_OF.match(col.header.strip()):
            col.workdays = _WEEK_DAYS


# a week's number alone: "W14", "wk 14", "KW 14", "Sem 14", "第14周"
_WEEK_NUMBER = re.compile(r"(?:w|wk|kw|cw|week|woche|sem|semana|semaine|uge|vecka|uke|第)\s*"
                          r"(\d{1,2})\s*(?:周|週)?")


def _weeks_of_groups_year(columns: list[Column], groups: dict[int, str]) -> None:
    """Weeks written by their number alone ("W14" … "W26") under a group naming one year
    ("2026年 第二季度（周次）", "Weeks 2026"): the calendar weeks of that year, each its
    Monday's month. Three or more in a row; a week's number with no year stays none (it
    may count a project's weeks)."""
    found: list[tuple[Column, str]] = []
    for col in columns:
        group = groups.get(col.index)
        if col.period or not group or not col.header.startswith(group):
            continue
        m = _WEEK_NUMBER.fullmatch(col.header[len(group):].strip().lower())
        named = year_named(group)
        if m is None or named is None or named[1]:
            continue
        period = _period_header(f"W{int(m.group(1)):02d} {named[0]}", None)
        if period is not None:
            found.append((col, period))
    if len(found) >= 3:
        for col, period in found:
            col.period, col.workdays = period, _WEEK_DAYS


def _month_spans(columns: list[Column], named: tuple[int, bool] | None,
                 as_of: date | None) -> None:
    """Terms named by their months in brackets ("1er cuatr. (sep-ene)", "2º cuatr.
    (feb-jun)", "Verano (jul)"), two or more in a row, each following the last: each a
    period of its months, its amounts the last month's span. The first begins in the
    year the sheet or the title names ("Curso 2025/26"), else in the as-of date's."""
    found: list[tuple[Column, int, int]] = []
    for col in columns:
        if col.period or _is_quarter(col.header):
            continue  # (a quarter left unread is so on purpose: "Obligated" under one)
        for hint in reversed(split_header(col.header)[1]):
            m = _MONTH_RANGE.fullmatch(hint.strip())
            first, last = (MONTHS.get(norm(m.group(1))), MONTHS.get(norm(m.group(2)))) if m \
                else (MONTHS.get(norm(hint)),) * 2
            if first and last:
                found.append((col, first, last))
                break
    if len(found) < 2:
        return
    year = named[0] if named is not None and not named[1] else \
        (as_of or date.today()).year
    previous: int | None = None
    spans: list[tuple[Column, str, int]] = []
    for col, first, last in found:
        if previous is not None:
            if first != previous % 12 + 1:
                return  # (not one term after another)
            year += previous == 12
        months = (last - first) % 12 + 1
        end = year + (last < first)
        spans.append((col, f"{end:04d}-{last:02d}", months))
        year, previous = end, last
    for col, period, months in spans:
        col.period, col.months = period, months


# A sprint's or a period's days, day first, with no year: "02.03.–13.03.", "16/03 - 27/03"
_DAY_SPAN = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})\.?\s*[–—-]\s*(\d{1,2})[./](\d{1,2})\.?(?!\d)")
_MAX_SPAN_DAYS = 31
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _day_spans(columns: list[Column], groups: dict[int, str],
               named: tuple[int, bool] | None, as_of: date | None) -> None:
    """Sprints or periods headed by their first and last days ("S14 02.03.–13.03.", three
    or more in a row): each its first day's month, as many working days as it has. The
    year is the one a group over them names ("PI 2026-2"), else the sheet's, else the
    as-of date's."""
    found: list[tuple[Column, date, date]] = []
    for col in columns:
        m = _DAY_SPAN.search(col.header)  # (over a month a group's "PI 2026-2" seemed)
        if m is None:
            continue
        group = groups.get(col.index)
        in_group = _A_YEAR.search(group) if group else None
        year = int(in_group.group(0)) if in_group else \
            named[0] if named is not None and not named[1] else (as_of or date.today()).year
        try:
            first = date(year, int(m.group(2)), int(m.group(1)))
            last = date(year + (int(m.group(4)) < int(m.group(2))), int(m.group(4)),
                        int(m.group(3)))
        except ValueError:
            return
        if not 0 <= (last - first).days <= _MAX_SPAN_DAYS:
            return
        found.append((col, first, last))
    if len(found) < 3 or any(b[1] <= a[1] for a, b in zip(found, found[1:])):
        return
    for col, first, last in found:
        col.period = f"{first.year:04d}-{first.month:02d}"
        col.workdays = sum((first + timedelta(days=d)).weekday() < 5
                           for d in range((last - first).days + 1))


def _weeks_of_context_year(columns: list[Column], named: tuple[int, bool] | None) -> None:
    """Weeks written by their number alone ("Uge 14" … "Uge 26") over a table whose
    sheet or title names one calendar year ("Opdateret 09-03-2026", "Plan 2026"): that
    year's calendar weeks, three or more in a row, numbered upwards. Weeks counted from
    1 are a project's own weeks ("Week 1" … "Week 12"), no calendar's, and stay none."""
    if named is None or named[1]:
        return
    found: list[tuple[Column, int]] = []
    for col in columns:
        m = None if col.period else _WEEK_NUMBER.fullmatch(col.header.strip().lower())
        if m is not None and 1 <= int(m.group(1)) <= 53:
            found.append((col, int(m.group(1))))
    numbers = [n for _c, n in found]
    if len(found) < 3 or numbers[0] == 1 or numbers != sorted(set(numbers)):
        return
    for col, n in found:
        period = _period_header(f"W{n:02d} {named[0]}", None)
        if period is None:
            return
        col.period, col.workdays = period, _WEEK_DAYS


# the label of a row of dates that ends each period ("Period end →", "w/e", "Fin de période")
_ENDS = re.compile(r"\b(?:end|ending|ends|we|w e|fin|ende|einde|fim|cierre)\b")
_MIN_DATED = 3


def _dates_below(columns: list[Column], sheet: Sheet, region: Region) -> None:
    """Period labels that say no date ("P10 25/26", "wk 10", "S06") over a row of dates,
    one under each, rising (a period's end or a week's start), the row otherwise empty
    but for one label beside them ("Period end →"): the dates place the periods (a
    4-weekly period ending on the 3rd of January is December's), and a row of dates under
    the labels is the header's, not a record: the table's data start under it. The row
    may stand over the labels too ("w/c (Sun) →" over "wk 10")."""
    if region.first_row > region.last_row:
        return
    below, above = region.first_row - 1, region.header_rows[0] - 2
    for i in (below, above):  # (the dates under the labels, or over them)
        if not 0 <= i < len(sheet.rows):
            continue
        if _dates_in(columns, sheet.rows[i], region):
            if i == below:
                region.first_row += 1
            return


def _dates_in(columns: list[Column], row: list[Any], region: Region) -> bool:
    """Whether ``row`` dates the columns ``_dates_below`` looks for (and so dates them)."""
    dated = [c for c in columns if c.period is None and c.index < len(row)
             and isinstance(row[c.index], (date, datetime))]
    if len(dated) < _MIN_DATED:
        return False
    own = {c.index for c in dated}
    others = [ci for ci in range(region.first_col, min(region.last_col + 1, len(row)))
              if ci not in own and not V.is_empty(row[ci])]
    if len(others) > 1 or others and (others[0] == region.first_col
                                      or not isinstance(row[others[0]], str)):
        return False  # (a record names itself in its first cell)
    days = [v.date() if isinstance(v := row[c.index], datetime) else v for c in dated]
    if any(b <= a for a, b in zip(days, days[1:])):
        return False
    gap = statistics.median((b - a).days for a, b in zip(days, days[1:]))
    ends = bool(others) and _ENDS.search(norm(str(row[others[0]]))) is not None
    for col, day in zip(dated, days):
        mid = day - timedelta(days=gap // 2) if ends and gap > 7 else day
        col.period = f"{mid.year:04d}-{mid.month:02d}"
        if 7 <= gap <= 28:  # weeks, four-weekly periods: each spans its own working days
            col.workdays = round(gap * _WEEK_DAYS / 7)
    return True


def _notes_by(sheet: Sheet, region: Region) -> list[str]:
    """The text of the rows just above the table's header and just under its end, where
    a title, a legend or a note stands."""
    top, end = region.header_rows[0] - 1, region.last_row
    rows = [*range(max(0, top - 6), top), *range(end, min(len(sheet.rows), end + 8))]
    return [v for r in rows for v in sheet.rows[r] if isinstance(v, str) and v.strip()]


_YEAR = re.compile(r"(?:19|20)\d{2}(?:\.0)?")


# "Q1 FY26", "Q3 FY2026", "FY26 Q1", "FY 26/Q2", "Q2 FY'26"
_FISCAL_QUARTER = re.compile(
    r"^(?:q([1-4])\W*fy\W*(\d{2}|\d{4})|fy\W*(\d{2}|\d{4})\W*q([1-4]))$")


def _fiscal_quarter(text: str) -> tuple[int, int] | None:
    """(quarter, four-digit fiscal year) of a fiscal quarter's label, else None."""
    m = _FISCAL_QUARTER.match(norm(split_header(text)[0] or text).replace(" ", ""))
    if m is None:
        return None
    quarter, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    y = int(year)
    return int(quarter), (2000 + y if y < 100 else y)


_MONTH_RANGE = re.compile(r"([^\W\d_]{3,9})\.?\s*[-–—/]\s*([^\W\d_]{3,9})")


def _quarter_months(hints: list[str]) -> tuple[int, int] | None:
    """(first, last) month of the three a quarter's bracket names ("Jul–Sep"), or None."""
    m = next((_MONTH_RANGE.fullmatch(h.strip()) for h in hints
              if _MONTH_RANGE.fullmatch(h.strip())), None)
    if m is None:
        return None
    first, last = (MONTHS.get(w) or MONTHS.get(w[:3]) for w in (norm(m.group(1)),
                                                                  norm(m.group(2))))
    if first is None or last is None or (last - first) % 12 != 2:
        return None
    return first, last


def _quarter_in_year(label: str, group: str) -> str | None:
    """The last month of a quarter that names its months ("Q1 (Apr-Jun)") under a group
    that names its year ("FY 2025-26"): ``_quarter_of_context`` with the group's year."""
    named = year_named(group)
    return _quarter_of_context(label, named) if named is not None else None


_BARE_QUARTER = re.compile(r"q([1-4])")
# A measure marked by its letter after a period ("Q1 (A)", "Q4 (F)", "Jan (B)")
_MEASURE_LETTERS = {"a": "actual", "act": "actual", "f": "forecast", "fc": "forecast",
                    "fcst": "forecast", "b": "planned", "bud": "planned", "p": "planned"}


def _quarter_of_span(label: str, group: str) -> tuple[int, int] | None:
    """(quarter, fiscal year named after its last year) of a bare quarter ("Q1", "Q1
    (A)") under a group naming a financial year as a span of two ("2025/26", "FY
    2025-26"); else None."""
    m = _BARE_QUARTER.fullmatch(norm(split_header(label)[0] or "").replace(" ", ""))
    span = _YEAR_SPAN.search(group) or _SHORT_SPAN.search(group)
    named = year_named(group)
    if m is None or span is None or named is None or named[1]:
        return None
    return int(m.group(1)), named[0] + 1


def _letter_measure(label: str) -> str | None:
    hints = split_header(label)[1]
    return next((_MEASURE_LETTERS[norm(h)] for h in hints if norm(h) in _MEASURE_LETTERS),
                None) or (measure_in(hints) if hints else None)


def _year_start(quarter: int, first: int) -> int:
    """The fiscal year's first month, from a quarter's number and its first month."""
    return (first - 1 - 3 * (quarter - 1)) % 12 + 1


def _months_named(text: str | None) -> str | None:
    """The last month of a fiscal quarter whose header names its months ("FY26 Q1
    (Jul–Sep)": September 2025, the fiscal year 2026 ending in June), as ``YYYY-MM``."""
    if not text:
        return None
    quarter = _fiscal_quarter(text)
    months = _quarter_months(split_header(text)[1]) if quarter else None
    if quarter is None or months is None:
        return None
    q, fy = quarter
    first, last = months
    start = _year_start(q, first)
    fy_end = (start - 2) % 12 + 1  # ... and its last, in the year the label names
    year = fy if start == 1 or last <= fy_end else fy - 1
    return f"{year:04d}-{last:02d}"


_QUARTER_LABEL = re.compile(r"\b(?:q[1-4]|[1-4]q|quarter|quartal|trimestre|kwartaal|kvartal)\b|"
                            # a trimestre before its year: "T1 2026", "1T 2026"
                            r"\b(?:t[1-4]|[1-4]t) (?:19|20)\d\d\b")


def _is_quarter(text: str) -> bool:
    """A period header naming a quarter ("Q1 FY26", "Q3 2025", "Trimestre 2", "1.
    čtvrtletí")."""
    base = split_header(text)[0] or text
    return bool(_QUARTER_LABEL.search(norm(base))) or quarter_without_year(base) is not None


def _in_year_named(quarter: tuple[int, int], group: str | None) -> str | None:
    """The last month of a fiscal quarter under a group naming its year's months ("FY
    2025-26 (Apr–Mar)" over "Q1 FY26": June 2025), as ``YYYY-MM``."""
    if not group:
        return None
    m = next((_MONTH_RANGE.fullmatch(h.strip()) for h in split_header(group)[1]
              if _MONTH_RANGE.fullmatch(h.strip())), None)
    first, last = (None, None) if m is None else (
        MONTHS.get(norm(m.group(1))) or MONTHS.get(norm(m.group(1))[:3]),
        MONTHS.get(norm(m.group(2))) or MONTHS.get(norm(m.group(2))[:3]))
    if first is None or last is None or (last - first) % 12 != 11:
        return None
    return fiscal_quarter_months(quarter[0], quarter[1], f"{first:02d}-01")[-1]


# A lower header cell under a period that names a figure we do not store: it is not read.
_NOT_MEASURES = re.compile(
    r"\b(?:var|variance|variances|diff|difference|delta|remaining|balance|"
    # money promised, not yet spent: an obligation, a commitment, an encumbrance
    r"obligated|obligations?|committed|commitments?|encumbered|encumbrances?|"
    r"abweichung|differenz|ecart|desviacion|diferencia|varianza|scostamento|differenza|"
    r"variacao|desvio|afwijking|verschil)\b|%|\bpct\b|\bpercent")


def _group_measure(text: str) -> str | None:
    """The figure a group cell over months names ("Actual spend", "Forecast", "Budget
    2026"), if it names one and no other."""
    found = {_MEASURES[w] for w in norm(text).split() if w in _MEASURES}
    if not found and (other := measure_in([text])) is not None:
        found = {other}  # (a language kept in a module of its own: "Thực hiện")
    return found.pop() if len(found) == 1 and not _not_a_measure(text) else None


def _not_a_measure(text: str) -> bool:
    return bool(_NOT_MEASURES.search(norm(text)))


_MEASURES = {w: m for m, ws in {
    "planned": "budget|plan|planned|baseline|pv|bac|presupuesto|ppto|soll|budget initial|"
               "orcamento|orcado|budgetiert|previsto|begroting|budsjett|budget prevu|"
               "preventivo|stanziato|piano|gepland|planerat|budjetti",
    "actual": "actual|actuals|spend|spent|ac|real|ist|gasto|reel|realizado|consuntivo|"
              "expended|expenditure|expenditures|disbursed|paid|"
              "speso|effettivo|rendicontato|realise|werkelijk|gerealiseerd|faktisk|utfall|"
              "toteutunut|skutecznie|wykonanie|realizace",
    "forecast": "forecast|fcst|etc|outturn|prognose|prevision|estimate|projection|"
                "previsione|stima|verwachting|prognos",
    "earned": "earned|ev|earned value"}.items() for w in ws.split("|")}


def _in_groups_year(period: str, group: str, as_of: date | None) -> str:
    """A week's date written without its year ("T15 07.04") under a month that has one
    ("kwiecień 2025"): the year is the month's, or the one next to it for a week that
    starts in December under January (or ends the other way)."""
    over = _period_header(group, as_of) if _YEAR_IN.search(group) else None
    if over is None or over == period:
        return period
    gy, gm = int(over[:4]), int(over[5:7])
    m = int(period[5:7])
    y = min((gy - 1, gy, gy + 1), key=lambda y: abs(y * 12 + m - gy * 12 - gm))
    return f"{y:04d}-{m:02d}"


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _months_in_a_row(columns: list[Column], own: dict[int, str], years: dict[int, int],
                     starts: dict[int, tuple[int, bool]],
                     context: tuple[int, bool] | None) -> None:
    """Month names written without a year ("Jan … Dec", "octobre … septembre") are
    consecutive months (``own``: the header row's cells, under any group's label): the
    first is placed by the year a merged cell over it names
    ("2025" over Jul … Dec, "2026" over Jan … Jun; "FY 2024/25" over Apr … Mar), else by
    the one year the sheet's name, its title or the table's other headers name ("Budget
    2025", "Summe 2025"), else by the as-of date (``period_of``); each next one follows
    it, into the next year after December, so a calendar year read in March does not put
    October to December before January."""
    previous: tuple[int, int] | None = None
    for col in columns:
        month = (MONTHS.get(norm(col.header)) or MONTHS.get(norm(own.get(col.index, "")))
                 if col.period else None)
        if month is None or col.period is None:
            continue
        if col.index in years:
            col.period = f"{years[col.index]:04d}-{month:02d}"
            previous = (years[col.index], month)
            continue
        start = starts.get(col.index) or (context if previous is None else None)
        if start is not None:
            year, fiscal = start
            # a fiscal year is named after the year it ends in ("FY25": Apr 2024 – Mar 2025)
            year -= 1 if fiscal and month != 1 else 0
            col.period = f"{year:04d}-{month:02d}"
            previous = (year, month)
            continue
        if previous is None:
            previous = (int(col.period[:4]), month)
            continue
        year = previous[0] + (1 if month <= previous[1] else 0)
        col.period = f"{year:04d}-{month:02d}"
        previous = (year, month)


# "FY 2024/25", "2024-2025", "FY25", "FY 2026", "Budget 2025" (a year standing alone: not
# the year of a date such as "Stand 12.05.2025")
_YEAR_SPAN = re.compile(r"(?<![\d./-])((?:19|20)\d{2})\s*[/–-]\s*(\d{2}|(?:19|20)\d{2})(?![\d./-])")
_FISCAL_YEAR = re.compile(r"(?i)(?<![^\W\d_])fy\s*'?\s*((?:19|20)?\d{2})(?!\d)")
_SHORT_SPAN = re.compile(r"(?i)(?<![^\W\d_])fy\s*'?\s*(\d{2})\s*[/-]\s*(\d{2})(?!\d)")
_ONE_YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d{2})(?![\d./-])")


def year_named(text: str) -> tuple[int, bool] | None:
    """The year a label names for the months under or beside it, and whether it is a
    fiscal year named after its last year ("FY25"): (2024, False) for "FY 2024/25",
    (2025, True) for "FY25", (2025, False) for "Budget 2025"; None for none or several."""
    span = _YEAR_SPAN.search(text)
    if span is not None:
        first, second = int(span.group(1)), int(span.group(2))
        if second % 100 == (first + 1) % 100 or second == first + 1:
            return first, False
        return None  # "2024-2026": several years
    short = _SHORT_SPAN.search(text)  # "FY25-26", "FY 25/26": from 2025 to 2026
    if short is not None and int(short.group(2)) == (int(short.group(1)) + 1) % 100:
        return 2000 + int(short.group(1)), False
    fiscal = _FISCAL_YEAR.search(text)
    if fiscal is not None:
        y = int(fiscal.group(1))
        return (2000 + y if y < 100 else y), True
    found = {int(y) for y in _ONE_YEAR.findall(text)}
    return (found.pop(), False) if len(found) == 1 else None


# what may stand beside the year of a year's column: nothing, a word for a year, or the
# money it holds ("Budget FY26", "2027 Plan")
_YEAR_WORDS = frozenset({"fy", "cy", "year", "yr", "jahr", "gj", "wj", "ano", "annee", "anno",
                         "ejercicio", "exercice", "esercizio", "exercicio", "boekjaar", "ar",
                         "haushaltsjahr", "geschaftsjahr", "wirtschaftsjahr", "hj"})


def _year_column(header: str) -> tuple[int, bool, str] | None:
    """A header that is a year and nothing else of substance: (the year it ends in,
    whether it is a fiscal year, the words beside it). "FY2026" and "FY 2025/26" are
    fiscal years ending in 2026; "2026" is the calendar year."""
    base = (split_header(header)[0] or header).strip()
    if base.endswith(".0"):
        base = base[:-2]  # a year typed as a number
    named = year_named(base)
    if named is None:
        return None
    for rx in (_YEAR_SPAN, _SHORT_SPAN, _FISCAL_YEAR, _ONE_YEAR):
        m = rx.search(base)
        if m is not None:
            break
    if m is None:
        return None
    rest = norm(f"{base[:m.start()]} {base[m.end():]}")
    # (a budget's later years counted from this one: "Budget Year +1 2026/27", "Y+2")
    words = {w for w in rest.split() if not (w.isdigit() and len(w) == 1)}
    rest = " ".join(w for w in rest.split() if w in words)
    if words - _YEAR_WORDS and (len(words) > 2 or measure_in([rest]) is None):
        return None  # "Total FY25–29", "Headcount 2026": not a year's money
    year, fiscal = named
    if rx in (_YEAR_SPAN, _SHORT_SPAN):  # "2025/26" starts in 2025, ends in 2026
        return year + 1, True, rest
    return year, fiscal or "fy" in words, rest


def _years_across(columns: list[Column], own: dict[int, str]) -> None:
    """Years in a row of headers ("FY2025 | FY2026 | FY2027", "2026 Plan | 2027 Plan",
    "FY2025 Actual | FY2026 Forecast"), each the year after the one before, are periods,
    each with the money its own words name: a year's amount
    is its last month's, as a quarter's is (a fiscal year's last month is known when the
    import is planned, from the portfolio's fiscal-year start). One year alone is not a
    row of years ("Budget FY25" is a budget). A column's ``own`` label is read when its
    header with its group's is not a year ("Budget Year 2025/26" under "Medium Term
    Revenue & Expenditure Framework")."""
    run: list[tuple[Column, tuple[int, bool, str]]] = []

    def close() -> None:
        if len(run) >= 2 and len({label[0] for _c, label in run}) >= 2:
            for col, (year, fiscal, rest) in run:
                col.period, col.months = f"{year:04d}-12", 12
                col.fiscal_quarter = (4, year) if fiscal else None
                col.measure = measure_in([rest]) if rest else None
        run.clear()

    for col in columns:
        label = None if col.period else (
            _year_column(col.header) or (_year_column(own[col.index])
                                         if own.get(col.index, col.header) != col.header
                                         else None))
        if label is not None and run and (
                col.index == run[-1][0].index + 1 and label[1] == run[-1][1][1] and (
                    label[0] == run[-1][1][0] + 1 or label[0] == run[-1][1][0] and
                    label[2] != run[-1][1][2] and measure_in([label[2]]) is not None)):
            # (the next year, or the same year's other money: "2025 Soll" | "2025 Ist")
            run.append((col, label))
            continue
        close()
        if label is not None:
            run.append((col, label))
    close()


_QUARTER = re.compile(r"q([1-4])")


def _quarter_of_context(text: str, named: tuple[int, bool] | None) -> str | None:
    """The last month of a quarter written without its year but with its months ("Q1
    (Apr-Jun)", "Q4 (Jan–Mar)"), in the fiscal year the sheet names ("Budget FY25-26"),
    as ``YYYY-MM``: a quarter's amounts are its last month's, as a fiscal quarter's are."""
    base, hints = split_header(text)
    q = _QUARTER.fullmatch(norm(base or "").replace(" ", ""))
    months = _quarter_months(hints) if q is not None else None
    if q is None and named is not None and not named[1] and \
            (n := quarter_without_year(base or text)) is not None:
        return f"{named[0]:04d}-{3 * n:02d}"  # "1. čtvrtletí" under a budget of 2025
    if q is None or months is None or named is None:
        return None
    first, last = months
    start = _year_start(int(q.group(1)), first)
    year, fiscal = named
    if fiscal and start != 1:
        year -= 1  # "FY26" ends in 2026: it starts in 2025
    return f"{year + (1 if last < start else 0):04d}-{last:02d}"


def _context_year(sheet: Sheet, region: Region) -> tuple[int, bool] | None:
    """The one year the sheet's name, the lines above the table or the table's headers
    that are no months name ("Budget 2025", "Summe 2025"), if they name exactly one."""
    top = region.header_rows[0] - 1
    texts = [sheet.name, *(v for r in range(max(0, top - 6), top) for v in sheet.rows[r]
                           if isinstance(v, str)),
             *(h for h in region.headers.values() if MONTHS.get(norm(h)) is None)]
    found = {y for y in map(year_named, texts) if y is not None}
    return found.pop() if len(found) == 1 else None


_FULL_DATE = re.compile(r"(?<![\d./-])(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|"
                        r"\d{1,2}-\d{1,2}-(?:19|20)\d{2}|"
                        r"(?:19|20)\d{2}-\d{2}-\d{2})(?![\d./-])")


def _dated_above(sheet: Sheet, region: Region) -> date | None:
    """The date the lines above the table give (a revision's or a status date), when
    the dates they give all fall in one year: what months written without their year
    are near."""
    top = region.header_rows[0] - 1
    found: list[date] = []
    for r in range(max(0, top - 6), top):
        for v in sheet.rows[r]:
            if isinstance(v, date):
                found.append(v)
            elif isinstance(v, str):
                for text in _FULL_DATE.findall(v):
                    try:
                        d = V.parse_date(text)
                    except (V.ValueProblem, ValueError):
                        continue
                    if isinstance(d, date):
                        found.append(d)
    return found[0] if found and len({d.year for d in found}) == 1 else None


_MONTH_NUMBER = re.compile(r"([a-z]+) ?(\d{2})")


def _month_and_year(columns: list[Column], groups: dict[int, str],
                    own: dict[int, str]) -> None:
    """Months written with two digits ("janv. 26 … déc. 26", "Nov 25, Dec 25, Jan 26"),
    in the header (under a block's title too) or in a group cell over its measures
    ("Jan 25" over "Plan | Ist"):
    the digits are the year when the months follow each other and the number stays the
    same but for a step up after December (Excel's "mmm-yy"). Otherwise they are days
    ("Mar 15, Mar 22": weeks), read as dates are."""
    found: list[tuple[Column, int, int]] = []
    for col in columns:
        if not col.period:
            continue
        for label in (col.header, own.get(col.index), groups.get(col.index)):
            match = _MONTH_NUMBER.fullmatch(norm(label)) if label else None
            if match and match.group(1) in MONTHS:
                found.append((col, MONTHS[match.group(1)], int(match.group(2))))
                break
    months = [(m, y) for i, (_c, m, y) in enumerate(found)  # a group's columns: one month
              if i == 0 or (m, y) != found[i - 1][1:] or
              groups.get(found[i - 1][0].index) != groups.get(found[i][0].index)]
    if len(months) < 2:
        return
    for (m1, y1), (m2, y2) in zip(months, months[1:]):
        if m2 != m1 % 12 + 1 or y2 != y1 + (1 if m1 == 12 else 0):
            return
    for col, month, year in found:
        col.period = f"{2000 + year:04d}-{month:02d}"


# A week's label before its date: "w/c 05/01/2026", "Week ending 9 Jan", "semaine du 5/1".
_WEEK_OF = re.compile(
    r"(?i)(?:w\s*/\s*[ce]|wc|we|wk|week\s+(?:commencing|beginning|starting|ending|of)|"
    r"semaine\s+du|woche\s+(?:ab|vom)|semana\s+del?|settimana\s+del|semana\s+de|"
    r"week\s+van)\s*[.:]?\s+(?=\d)|"
    # a week's number before its first day: "KW 14 31.03", "T14\n31.03", "S1\n06-Jan"
    r"(?:kw|cw|wk|w|t|v|uge|sem|s)\s*\d{1,2}\s*[\n:,-]?\s+(?=\d{1,2}\s*[./-]\s*[\da-z])")


_QUARTER_ALONE = re.compile(r"\s*[QqTtKk]\s?[1-4]\s*")  # "Q1", "T3" (trimestre), "K2"


def _period_header(value: Any, as_of: date | None) -> str | None:
    if V.is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None
    if isinstance(value, str):
        week = _WEEK_OF.match(value.strip())
        if week:  # "w/c 05/01/2026": the week's date (a month holds its weeks' amounts)
            value = value.strip()[week.end():]
        base, hints = split_header(value)
        if base and base != value.strip():
            aside = _period_header(base, as_of)  # "FY26 Q1 (Jul–Sep)": its months aside
            if aside:
                return aside
            if _QUARTER_ALONE.fullmatch(base) and len(hints) == 1:  # "Q1 (Jul–Sep 2025)": its
                spelled = _period_header(hints[0], as_of)  # months and year, in brackets
                if spelled:
                    return spelled
        t = norm(value)
        if not t or len(t.split()) > 3:
            return None
    try:
        return V.period_of(value, as_of=as_of)
    except (V.ValueProblem, ValueError):
        return None


