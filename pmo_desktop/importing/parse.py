"""Step 4 for a table: its rows classified and its cells parsed, ready to be planned.

``parse_table`` decides which rows are data (``rowkinds``), reads a RAID log's Type
column, parses every mapped column once per distinct value (``colparse``, parsers from
``fields``) and hands back a ``ParsedTable``: each data row's values as one dict, the
rows rejected for an unreadable essential value, the values left empty for being
unreadable, and — for tables with months across — each row's amounts as read. The
planner (``planrows``, ``builder``) only reads what this step gives it (``parsed``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Callable

from pmo_desktop.store.labels import field_label
from pmo_desktop.store.schema import ENTITIES, RAID_TYPE_FIELDS

from . import values as V
from .book import col_letter
from .colparse import FAIL, ColumnParser, cells_of, row_dicts
from .detected import SAMPLE, Column, DetectedTable, column_values
from .choices import exact_choice
from .fields import enum_choices, kind_of, make_parser, raid_type
from .rowcontinue import continued_rows, joined
from .parsed import ParsedTable, Wide
from .rowkinds import classify_rows
from .units import effort_unit, measure_columns, measure_of, sheet_period
from .vocab import measure_in

__all__ = ["ParsedTable", "parse_table", "sheet_period"]

def parse_table(table: DetectedTable, entity: str, as_of: date | None, *,
                split: bool = False) -> ParsedTable:
    """``table``'s rows as ``entity`` records (by their Type column's kinds when ``split``)."""
    rows = table.rows
    warnings: list[str] = list(table.read_notes)
    name_cols = {c.index for c in table.columns if c.field in ("title", "name", "ref")}
    uncached = set(table.uncached)
    if uncached:
        cells = ", ".join(f"{col_letter(c)}{r + 1}" for r, c in sorted(uncached)[:5])
        warnings.append(f"Formulas without a saved value were left out ({cells}"
                        f"{' …' if len(uncached) > 5 else ''}); open and save the file "
                        "in Excel to store their results.")
    # 1. which rows are data (a record's text carried on under it is not a record)
    data, skipped = classify_rows(rows, table.region, name_cols)
    more = continued_rows(table, entity, data)
    if more:
        carried = {j: i for i, js in more.items() for j in js}
        data = [i for i in data if i not in carried]
        skipped = sorted([*skipped, *((j + 1, f"the text of row {i + 1}, carried on")
                                      for j, i in carried.items())])
    out = ParsedTable(table, data, [entity] * len(data), skipped, warnings)
    _project_written_once(out, entity)
    if entity == "allocation":
        out.unit, out.unit_guessed = effort_unit(table)
    _read_wide(out, entity)
    _section_bookings(out, entity)
    # 2. the row's kind of RAID item, when a Type column splits the table
    kinds = out.kinds
    if split and table.split_col is not None:
        type_col = ColumnParser(table.split_col, "_type", raid_type)
        for j, t in enumerate(type_col.values(rows, data)):
            kinds[j] = t if isinstance(t, str) else ("!" if t is FAIL else entity)
            if t is None:
                out.untyped.add(data[j])
            elif t is FAIL:
                raw = rows[data[j]][table.split_col]
                out.bad_types[data[j]] = (col_letter(table.split_col),
                                          f"type: '{V.text(raw)}' is not a RAID type")
    # 3. parse column by column (each distinct value once), per kind
    colours = _rag_fills(table)
    parsed: dict[str, tuple[list[ColumnParser], list[list[Any]]]] = {}
    for kind in dict.fromkeys(kinds):
        if kind == "!":
            continue
        idx = [i for i, k in zip(data, kinds) if k == kind]
        cols = _parsers(table, kind, as_of)
        raws = joined(cells_of(rows, idx, cols), [c.index for c in cols], idx, rows, more)
        parsed[kind] = (cols, [c.parse_all(raw) for c, raw in zip(cols, raws)])
        if kind in RAID_TYPE_FIELDS:
            _keep_words(out, idx, cols, raws, parsed[kind][1])
    # 4. one dict of values per row, column by column
    for kind, (cols, columns) in parsed.items():
        idx = [i for i, k in zip(data, kinds) if k == kind]
        if not (colours or uncached or any(c.failed for c in cols)):
            fnames = [c.fname for c in cols]  # every cell read: each row's dict when used
            out.values[kind] = row_dicts(fnames, columns) if cols else ({} for _ in idx)
            continue
        out.values[kind] = iter(_slow_dicts(out, kind, idx, cols, columns, colours, uncached))
    return out


# RAID fields whose cells trackers fill with words the importer maps onto a stored value.
WORD_FIELDS = frozenset({
    "probability", "impact", "residual_probability", "residual_impact", "severity",
    "status", "proximity", "response", "escalation", "priority", "trend",
    "threat_or_opportunity",
})


def _same_words(text: str, value: Any) -> bool:
    def norm(x: str) -> str:
        return " ".join(x.replace("_", " ").replace("-", " ").lower().split())
    return norm(text) == norm(str(value))


def _keep_words(out: ParsedTable, idx: list[int], cols: list[ColumnParser],
                raws: list[Any], values: list[list[Any]]) -> None:
    """Note each cell of ``WORD_FIELDS`` whose text is not the value it was read as
    (``Likely`` read as 4, ``WIP`` as in progress): ``out.source_text``."""
    same: dict[tuple[str, Any], bool] = {}  # (text, value) → alike: cells repeat their words
    for col, raw_col, value_col in zip(cols, raws, values):
        if col.fname not in WORD_FIELDS:
            continue
        for i, raw, value in zip(idx, raw_col, value_col):
            if value is None or value is FAIL or not isinstance(raw, str):
                continue
            text = raw.strip()
            if not text:
                continue
            alike = same.get((text, value))
            if alike is None:
                alike = same[(text, value)] = _same_words(text, value)
            if not alike:
                out.source_text.setdefault(i, {})[col.fname] = text


def _slow_dicts(out: ParsedTable, kind: str, idx: list[int], cols: list[ColumnParser],
                columns: list[list[Any]], colours: dict[tuple[int, int], str],
                uncached: set[tuple[int, int]]) -> list[dict[str, Any]]:
    """Each row's values when a cell could not be read, a RAG cell is told by its colour
    or a formula has no saved value: row by row, noting what rejects a row and what is
    left empty."""
    rows = out.table.rows
    essential = _essential(kind)
    dicts: list[dict[str, Any]] = [{} for _ in idx]
    for col, vals in zip(cols, columns):
        fname = col.fname
        slow = col.failed or bool(colours) or bool(uncached)
        if not slow:
            for d, v in zip(dicts, vals):
                if v is not None:
                    d[fname] = v
            continue
        for i, d, v in zip(idx, dicts, vals):
            if uncached and (i, col.index) in uncached:
                continue
            if v is FAIL:
                why = f"{field_label(fname)}: {col.error(rows[i][col.index])}"
                if fname in essential:
                    if i not in out.problems:
                        out.problems[i] = (col.letter_, why)
                else:  # the row is imported without it, and says so
                    out.unread.setdefault(i, []).append(f"{col.letter_}{i + 1} {why}")
            elif v is not None:
                d[fname] = v
            elif colours and (i, col.index) in colours:
                d[fname] = colours[(i, col.index)]
    return dicts


# Fields a row cannot do without: an unreadable value there rejects the row. Any other
# unreadable value is left empty, the row imported, and the record and table say so.
_ESSENTIAL = {"title", "name", "code", "ref", "project_id", "resource_id", "role_id",
              "programme_id", "period"}
_ESSENTIAL_OF = {"milestone": {"forecast_date", "baseline_date", "actual_date", "_start"},
                 "financial": {"planned", "actual", "forecast", "earned"},
                 "allocation": {"hours"}}


def _essential(entity: str) -> set[str]:
    ent = ENTITIES.get(entity)
    own = set(ent.key) | set(ent.required) if ent else set()
    return _ESSENTIAL | _ESSENTIAL_OF.get(entity, set()) | own


def _parsers(table: DetectedTable, entity: str, as_of: date | None) -> list[ColumnParser]:
    out = []
    fractions = _percent_formatted(table, entity)
    dated = written_on(table)  # the day the tracker says it was written, for yearless dates
    for col in table.columns:
        if not col.field or col.field == "_type":
            continue
        f = col.field
        if f in ("project_id", "programme_id", "role_id", "resource_id", "_project_name"):
            out.append(ColumnParser(col.index, f, V.text))
            continue
        sample = column_values(table, col.index, 200)
        if col.pair is not None or f.startswith("start_") and \
                V.date_range(next((v for v in sample if v), None)) is not None:
            out += _span_parsers(col, f, sample, as_of)
            continue
        ref = dated or as_of if kind_of(entity, f) == "date" else as_of
        out.append(ColumnParser(col.index, f, make_parser(
            entity, f, col, sample, ref, fractions=col.index in fractions)))
    return out


# A date written with its year in a title block: "Stand: 27.03.2026", "Last updated:
# 2026-03-27", "peildatum 27-03-2026"; or a year alone: "Register 2026", "(Jahr 2026)"
_FULL_DATE = re.compile(r"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\b")
_YEAR = re.compile(r"(?<![\d.,/-])(20\d\d)(?![\d.,/-]?\d)")


def written_on(table: DetectedTable) -> date | None:
    """The day the tracker was written, as its title block or file name says ("Stand:
    27.03.2026", "…_2026-04-02.csv"): the latest date written there with its year, else
    the middle of the one year named there; None when they name none or several years.
    A date written without its year takes the year nearest this day."""
    texts: list[str] = []
    top = table.region.header_rows[0] - 1
    for row in table.rows[max(0, top - 8):top]:
        for v in row:
            if isinstance(v, date):
                texts.append(v.isoformat()[:10])
            elif isinstance(v, str) and v.strip():
                texts.append(v)
    texts.append(Path(table.path).name.replace("_", " "))
    days = []
    for t in texts:
        for m in _FULL_DATE.finditer(t):
            try:
                d = V.parse_date(m.group(1), dayfirst=not m.group(1)[:4].isdigit())
            except (V.ValueProblem, ValueError):
                continue
            if d is not None:
                days.append(d)
    if days:
        return max(days)
    years = {int(y) for t in texts for y in _YEAR.findall(t)}
    return date(years.pop(), 7, 2) if len(years) == 1 else None


def _span_parsers(col: Column, start: str, sample: list[Any],
                  as_of: date | None) -> list[ColumnParser]:
    """A column of date spans ("2024-08-01 - 2025-05-15"): its start, and its finish
    when the column feeds that too (``Column.pair``)."""
    dayfirst = V.decide_dayfirst(
        part for v in sample if isinstance(v, str) for part in re.split(r"\s[-–—]\s|\sto\s", v))

    def part(k: int) -> Any:
        def read(value: Any) -> Any:
            if V.is_empty(value):
                return None
            span = V.date_range(value, dayfirst=dayfirst, as_of=as_of)
            if span is None:
                day = V.parse_date(value, dayfirst=dayfirst, as_of=as_of)  # one date alone
                return day.isoformat() if day is not None else None
            return span[k].isoformat()
        return read

    out = [ColumnParser(col.index, start, part(0))]
    if col.pair is not None:
        out.append(ColumnParser(col.index, col.pair, part(1)))
    return out


def _percent_formatted(table: DetectedTable, entity: str) -> set[int]:
    """The percentage columns most of whose first numbers are formatted as a percentage
    ("0%"): they hold fractions whatever their values (a 1 is 100 %, a 1.2 is 120 %),
    where values alone would read a column of 0, 1 and 1.2 as per cent points."""
    cols = [c.index for c in table.columns if c.field and kind_of(entity, c.field) == "pct"]
    if not cols or table.source is None or table.form is not None:
        return set()  # (a form's row is its labels' values, not the sheet's cells)
    r = table.region
    last = min(r.last_row, r.first_row + SAMPLE, len(table.rows)) - 1
    numbers = {(i, c) for i in range(r.first_row - 1, last + 1) for c in cols
               if c < len(table.rows[i]) and isinstance(table.rows[i][c], (int, float))
               and not isinstance(table.rows[i][c], bool)}
    if not numbers:
        return set()
    shown = table.source.percent_cells((r.first_row - 1, last), (min(cols), max(cols))) & numbers
    return {c for c in cols if 2 * sum(1 for _i, k in shown if k == c) >
            sum(1 for _i, k in numbers if k == c)}


def _rag_fills(table: DetectedTable) -> dict[tuple[int, int], str]:
    """The colours of RAG cells that are empty or hold only a shape ("●"): a filled
    cell's fill, a shape's own colour (openpyxl is opened only when there are some)."""
    cols = [c.index for c in table.columns if c.field and kind_of(table.entity, c.field) == "rag"]
    if not cols or table.source is None:
        return {}
    r = table.region
    empty = [(i, c) for i in range(r.first_row - 1, r.last_row) for c in cols
             if c >= len(table.rows[i]) or V.is_empty(table.rows[i][c])
             or V.is_rag_mark(table.rows[i][c])]
    if not empty:
        return {}
    fills = table.source.fill_colours(empty)
    return {k: rag for k, rgb in fills.items() if (rag := V.rag_from_colour(rgb))}


def _project_written_once(out: ParsedTable, entity: str) -> None:
    """A budget's or a resource plan's project written on its first line only, its other
    lines (cost lines, people) left blank under it: each blank belongs to the project
    above it, up to a total row (which closes the project's lines); a resource plan's
    person likewise, over the projects they work on. Copied into the blank cells, as a
    value merged down is (``columns._fill_merged_down``)."""
    keys = {"financial": ("project_id",), "allocation": ("project_id", "resource_id")}
    role = out.table.column_for("role_id") if entity == "allocation" else None
    for fname in keys.get(entity, ()):
        col = out.table.column_for(fname)
        if col is not None and out.data:
            # (a line that names its own role and no one is demand for that role)
            _written_once(out, col.index, role.index if role and fname == "resource_id"
                          else None)


def _written_once(out: ParsedTable, ci: int, own: int | None = None) -> None:
    rows = out.table.rows
    first = rows[out.data[0]]
    if ci >= len(first) or V.is_empty(first[ci]):
        return
    closed = {r - 1 for r, why in out.skipped if "total" in why}
    current: Any = None
    last = out.data[0] - 1
    for i in out.data:
        if any(k in closed for k in range(last + 1, i)):
            current = None  # a total between: the project's lines ended with it
        row = rows[i]
        if ci < len(row) and not V.is_empty(row[ci]):
            current = row[ci]
        elif own is not None and own < len(row) and not V.is_empty(row[own]):
            current = None
        elif current is not None:
            if ci >= len(row):
                row.extend([None] * (ci + 1 - len(row)))
            row[ci] = current
        last = i


def _section_bookings(out: ParsedTable, entity: str) -> None:
    """Bookings grouped under section headings ("CONFIRMED", "PROPOSED", "Propuesto"),
    with no Booking column: each row takes the booking its heading names outright; a
    heading that names none (a team, a phase) ends the previous one's reach."""
    table = out.table
    if entity != "allocation" or table.column_for("booking") is not None:
        return
    headings = {r - 1 for r, why in out.skipped if why.startswith("section heading")}
    if not headings:
        return
    choices = enum_choices("allocation", "booking") or ()
    booking: str | None = None
    r = table.region
    for i in range(r.first_row - 1, min(r.last_row, len(table.rows))):
        if i in headings:
            cells = table.rows[i][r.first_col:r.last_col + 1]
            label = next((v for v in cells if not V.is_empty(v)), None)
            booking = exact_choice(choices, "booking", label)
        elif booking is not None:
            out.sections[i] = {"booking": booking}


def _read_wide(out: ParsedTable, entity: str) -> None:
    """A table with months across: each data row's amounts (financial) or effort
    (allocation) by month, or the first cell that cannot be read; and which rows hold
    anything in those columns."""
    table = out.table
    wide = [c for c in table.columns if c.period]
    if not wide:
        return
    rows = table.rows
    out.wide_filled = {i for i in out.data
                       if any(c.index < len(rows[i]) and not V.is_empty(rows[i][c.index])
                              for c in wide)}
    if entity == "financial":
        # a header's own scale ("Jan (£k)"), else the one stated above ("All figures £'000")
        scales = {c.index: s if (s := V.header_money(c.header)[0]) != 1.0 else c.scale
                  for c in wide}
        labels = measure_columns(table)
        for i in out.data:
            out.wide[i] = _wide_row(rows[i], wide, lambda raw, c: V.parse_money(
                raw, scales[c.index]), "amount")
            out.measures[i] = measure_of(table, i + 1, labels)
            if labels and measure_in([v for ci in labels if ci < len(rows[i])
                                      and isinstance(v := rows[i][ci], str)]) == "planned":
                out.planned_rows.add(i)
    elif entity == "allocation":
        marks: dict[str, str] = {}  # a code written instead of effort → its first cell
        effort = _effort_parser(out.unit, marks)
        for i in out.data:
            out.wide[i] = _wide_row(rows[i], wide, partial(_effort_at, effort, i), "hours")
        if marks:
            shown = ", ".join(f"'{m}' ({cell})" for m, cell in list(marks.items())[:5])
            out.warnings.append(f"Cells that hold a word and no effort were read as no "
                                f"effort that period: {shown}.")


def _effort_at(effort: Callable[[Any, str], float | None], i: int, raw: Any,
               c: Column) -> float | None:
    return effort(raw, f"{c.letter}{i + 1}")


def _effort_parser(unit: str, marks: dict[str, str]) -> Callable[[Any, str], float | None]:
    """A period's effort in the table's unit: in a plan of FTE or % of time, a cell
    written as a percentage ("50%", "%70") is that share of a person (0.5 FTE, 70 %). A
    cell of letters alone ("AL", "XMAS", "Leave", "TBC") is a code for no work planned
    (kept in ``marks``, for the warning), not a mistake that loses the row."""
    per = 1.0 if unit == "fte" else 100.0

    def parse(raw: Any, cell: str) -> float | None:
        if isinstance(raw, str) and not any(ch.isdigit() for ch in raw) and \
                any(ch.isalpha() for ch in raw) and len(raw.strip()) <= 20:
            marks.setdefault(raw.strip(), cell)
            return None
        if unit in ("fte", "pct") and isinstance(raw, str) and "%" in raw:
            share = V.parse_percent(raw)
            return None if share is None else round(share * per, 6)
        return V.parse_float(raw)
    return parse


def _wide_row(row: list[Any], wide: list[Column], parse: Callable[[Any, Column], float | None],
              what: str) -> Wide | tuple[str, str]:
    out: Wide = []
    for c in wide:
        raw = row[c.index] if c.index < len(row) else None
        if V.is_empty(raw):
            continue
        try:
            amount = parse(raw, c)
        except V.ValueProblem as exc:
            return (c.letter, f"{what}: {exc}")
        if amount is not None:
            out.append((c, amount))
    return out
