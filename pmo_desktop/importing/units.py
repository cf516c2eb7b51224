"""Step 4, what a table's numbers and sheets stand for: an allocation table's unit of
effort (hours, days, FTE, % of time), the money a wide row holds (planned, actual, …),
and the period a sheet is named for (one sheet per month, week or sprint)."""

from __future__ import annotations

import re
from datetime import date

from . import values as V
from .detected import DetectedTable, column_values, lines_above
from .vocab import DAY_WORDS, FTE_WORDS, HOUR_WORDS, measure_in, norm, split_header


_PERIOD_NO = re.compile(r"(week|wk|w|sprint|iteration|iter|period|per|p|month|round|cycle|"
                        r"semana|woche|semaine|periodo)\s*(\d{1,3})")


def sheet_period(name: str, as_of: date | None) -> tuple[int, ...] | None:
    """A sheet named for a period, as something that sorts: "Mar-26", "2026-03",
    "March", "Jan 2026" → (0, ordinal of the date); "Week 12", "Sprint 5" → (1, 12)."""
    n = norm(name)
    m = _PERIOD_NO.fullmatch(n)
    if m:
        return (1, int(m.group(2)))
    month = V.MONTHS.get(n) or (V.MONTHS.get(n[:3]) if len(n) >= 3 and n.isalpha() else None)
    if month and n.isalpha():
        return (0, V._near(month, 1, as_of).toordinal())
    for text in (name, *_dates_in(name)):  # "2026-03", or "Statusbericht 03-2025"
        try:
            d = V.parse_date(text, as_of=as_of)
        except (V.ValueProblem, ValueError, TypeError, OverflowError):
            continue
        if d:
            return (0, d.toordinal())
    return None


# A month written inside a sheet's name: "Statusbericht 03-2025", "Status March 2025"
_NUMBERS_IN_NAME = re.compile(r"(?<![\d.])(\d{4}[-./]\d{1,2}|\d{1,2}[-./]\d{4})(?![\d.])")
_WORDS_IN_NAME = re.compile(r"\b([^\W\d_]{3,9})\.?[\s'-]*(\d{4}|\d{2})\b")


def _dates_in(name: str) -> list[str]:
    """The months a sheet's name writes among its other words."""
    out = [m.group(1) for m in _NUMBERS_IN_NAME.finditer(name)]
    out += [f"{m.group(1)} {m.group(2)}" for m in _WORDS_IN_NAME.finditer(name)
            if norm(m.group(1)) in V.MONTHS]
    return out


_UNIT_HEADERS = {"unit", "units", "uom", "unit of measure", "measure", "unidad", "einheit",
                 "unite", "unidade"}
_PCT_WORDS = {"pct", "percent", "percentage", "allocation pct"}
_TOTAL_WORDS = {"total", "totals", "sum", "summa", "summe", "totale", "totaal", "som",
                "suma", "yhteensa", "razem", "celkem"}


def effort_unit(table: DetectedTable) -> tuple[str, bool]:
    """What an allocation table's numbers are: hours, days, FTE or % of time — from a
    Unit column, the headers, the title or the sheet's name; else, when every number is
    at most 1.5 (no month has 1.5 hours in it), FTE. Returns (unit, guessed)."""
    heads = [c.header for c in table.columns if c.field == "hours" or c.period or
             _TOTAL_WORDS & set(norm(c.header).split())]  # "Summa h" beside the weeks
    for c in table.columns:
        if norm(c.header) in _UNIT_HEADERS:
            seen = {norm(str(v)) for v in column_values(table, c.index, 200)
                    if not V.is_empty(v)}
            if len(seen) == 1:
                heads.append(seen.pop())
    numbers = [v for c in table.columns if c.field == "hours" or c.period
               for v in column_values(table, c.index, 200)
               if isinstance(v, (int, float)) and not isinstance(v, bool)]
    # the headers first, then the title (the lines above the table, nearest first), then
    # the sheet's name; a text that names two units ("40 h = 100 %", a legend) says neither
    for text in (" ".join(heads), table.region.title or "", *lines_above(table),
                 table.sheet):
        # a number's unit is a quantity, not the table's ("SHUTDOWN – 35 DAYS" over weeks)
        words = set(_QUANTITY.sub(" ", norm(text)).replace("man days", "mandays")
                    .replace("person days", "persondays").split())
        if words & FTE_WORDS and words & DAY_WORDS == {"day"}:
            words.discard("day")  # "headcount per week, day and night shifts": people
        named = [unit for unit, vocabulary in (
            ("fte", FTE_WORDS), ("days", DAY_WORDS), ("pct", _PCT_WORDS),
            ("hours", HOUR_WORDS)) if words & vocabulary]
        if named in (["pct"], ["fte", "pct"]) and numbers and \
                sorted(numbers)[len(numbers) // 2] <= 1.5:
            return "fte", False  # "FTE, %", "100% = full time": 0.4 is 40 % of a person
        if len(named) == 1:
            return named[0], False
        if set(named) == {"fte", "pct"} and numbers:  # "FTE, %" over 40, 60 …
            return "pct", False
    if numbers and max(numbers) <= 1.5 and any(numbers):
        return "fte", True
    return "hours", False


_QUANTITY = re.compile(r"\b\d+(?:[.,]\d+)? ?(?:days?|hours?|hrs?|weeks?|wks?)\b")


def measure_columns(table: DetectedTable) -> list[int]:
    """The columns that say which money each row holds: most of their cells name a
    measure in a word or two ("Budget", "Actual spend", "Forecast (EAC)"). A line's name
    that happens to hold such a word ("Depot AC chargers", "Driver EV training") is no
    measure."""
    region = table.region
    out = []
    for ci in range(region.first_col, region.last_col + 1):
        texts = [v for v in column_values(table, ci, 200) if isinstance(v, str) and v.strip()]
        named = sum(len(norm(split_header(v)[0] or v).split()) <= 2 and
                    measure_in([v]) is not None for v in texts)
        if texts and named * 2 >= len(texts):
            out.append(ci)
    return out


def measure_of(table: DetectedTable, row: int, columns: list[int]) -> str:
    """Which money a wide row (1-based ``row``) holds: its label in one of ``columns``
    (``measure_columns``), else the sheet's name or the title."""
    cells = [v for ci in columns if ci < len(table.rows[row - 1])
             and isinstance(v := table.rows[row - 1][ci], str)]
    return measure_in(cells + [table.sheet, table.region.title or ""]) or "planned"
