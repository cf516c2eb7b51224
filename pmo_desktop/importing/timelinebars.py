"""Step 1, Gantt sheets: each row's bar on a timeline band, read from the cells' fills,
and the sheet's cells rewritten so the next steps see dates, not a timeline.

``attach_timelines`` is called by the reader for each .xlsx sheet. Most sheets have no
band (``timeline.find_bands`` looks at values only) and cost nothing more; only under a
band whose cells are empty of values (or hold markers) are the fills read (``xlsxfills``,
down to the band's last row). A row's bar runs from the first day of its first filled
column to the last day of its last one:

- a colour that fills most of the band around the bars is the background; a colour down
  the same column on (nearly) every row is a shading (weekends, today), not a bar;
- a gap inside a row's bar is read as one bar from first to last, with a note; when
  most rows have gaps, the colours are not bars (a RAG history, a heat map): the
  sheet is left as it is;
- a single-column bar is a milestone (start = finish, the column's last day) when its
  cell holds a marker (◆, "M", "x") or its colour is used only by single-column bars
  (a one-day bar starts and finishes on its day anyway); colours carry no other
  meaning (a legend is not read).

The band's label rows and cells are emptied; the table gets "Start (from timeline)" and
"Finish (from timeline)" in the first columns right of its task columns (an unlabelled
name column gets the header "Task"); where the table has start or finish columns of its
own, they win and only their empty cells are filled from the bars. What was read is
said in ``Sheet.notes``, shown with the table's warnings. A band whose bars are drawn
by conditional formatting (formulas: not read) is emptied too, with a note saying so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .book import Limits, Sheet, col_letter
from .timeline import Band, find_bands
from .vocab import SYNONYMS, norm, split_header
from .xlsxfills import FillReader

START_HEADER = "Start (from timeline)"
FINISH_HEADER = "Finish (from timeline)"
NAME_HEADER = "Task"
MAX_BAR_ROWS = 20_000  # rows under one band whose bars are read
_MARKERS = {"◆", "♦", "◇", "◊", "⬥", "⬦", "●", "○", "■", "□", "▲", "△", "★", "☆", "x", "m", "*",
            "✓", "✔", "o", "1"}
# (a plan's own names of its dates too: "Fecha de finalización" beside a Smartsheet Gantt)
_START_WORDS = set(SYNONYMS["project"]["start_baseline"]) | \
    set(SYNONYMS["task"]["start_forecast"]) | set(SYNONYMS["task"]["start_baseline"])
_FINISH_WORDS = set(SYNONYMS["project"]["finish_baseline"]) | \
    set(SYNONYMS["task"]["finish_forecast"]) | set(SYNONYMS["task"]["finish_baseline"])


@dataclass
class Bar:
    row: int  # 0-based row of the task's label
    start: date
    finish: date
    milestone: bool = False
    gaps: bool = False


@dataclass
class Gantt:
    band: Band
    header: int  # 0-based row of the table's header
    label_last: int  # last task column (left of the band)
    rows: list[int]  # task rows (0-based)
    bars: dict[int, Bar] = field(default_factory=dict)


def attach_timelines(data: bytes, sheets: list[Sheet], as_of: date, limits: Limits) -> None:
    """Read the Gantt bars of every sheet that has a timeline band, in place."""
    reader: FillReader | None = None
    for sheet in sheets:
        if not sheet.xml_part or not sheet.rows:
            continue
        bands = find_bands(sheet, as_of)
        for i, band in enumerate(bands):
            stop = min(bands[i + 1].label_rows) if i + 1 < len(bands) else len(sheet.rows)
            reader = reader or FillReader(data)
            gantt = read_gantt(reader, sheet, band, stop, limits)
            if gantt is None:
                continue
            if gantt.bars:
                rewrite(sheet, gantt)
            elif _drawn_over(reader, sheet, band):
                _blank_band(sheet, gantt)
                sheet.notes.append((min(band.label_rows), gantt.rows[-1], (
                    f"The timeline in columns {col_letter(band.first)}:"
                    f"{col_letter(band.last)} ({band.unit}s) is drawn by conditional "
                    "formatting, which is not read; its columns were left out.")))


def _drawn_over(reader: FillReader, sheet: Sheet, band: Band) -> bool:
    """Conditional formatting colours the band's cells (its bars are formulas)."""
    assert sheet.xml_part is not None
    return any(c1 <= band.first and c2 >= band.last and r2 > band.row
               for _r1, c1, r2, c2 in reader.drawn(sheet.xml_part))


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _cell(sheet: Sheet, r: int, c: int) -> Any:
    row = sheet.rows[r]
    return row[c] if c < len(row) else None


def _header_row(sheet: Sheet, band: Band) -> int:
    """The band's row, or the row below it when that one names the task columns and
    has only short labels (weekday letters) over the band."""
    below = band.row + 1
    if below >= len(sheet.rows):
        return band.row
    left_here = any(not _empty(_cell(sheet, band.row, c)) for c in range(band.first))
    left_below = sum(isinstance(_cell(sheet, below, c), str) and
                     not _empty(_cell(sheet, below, c)) for c in range(band.first))
    short = all(_empty(v) or (isinstance(v, str) and len(v.strip()) <= 3)
                for v in (_cell(sheet, below, c) for c in band.columns))
    return below if not left_here and left_below >= 2 and short else band.row


def read_gantt(reader: FillReader, sheet: Sheet, band: Band, stop: int,
               limits: Limits) -> Gantt | None:
    """The bars under ``band`` down to row ``stop`` (0-based, excluded), or None when the
    band's cells hold values (a table with months across, not a timeline)."""
    header = _header_row(sheet, band)
    last = min(stop, len(sheet.rows), header + 1 + MAX_BAR_ROWS) - 1
    if min(stop, len(sheet.rows)) - 1 > last:
        band.notes.append(f"Only the first {MAX_BAR_ROWS:,} rows under the timeline "
                          f"{band.where} were read for its bars.")
    tasks = [r for r in range(header + 1, last + 1)
             if any(not _empty(v) for v in sheet.rows[r][:band.first])]
    if not tasks or band.first == 0 or sheet.xml_part is None:
        return None
    label_last = max(c for c in range(band.first)
                     if any(not _empty(_cell(sheet, r, c)) for r in [header, *tasks]))
    spans = _task_spans(sheet, band, tasks, last)
    values = {(r, band.first + k): v for t in tasks for r in spans[t]
              for k, v in enumerate(sheet.rows[r][band.first:band.last + 1])
              if v is not None and v != "" and not _empty(v)}
    area = len(tasks) * (band.last - band.first + 1)
    if sum(not _marker(v) for v in values.values()) > max(2, 0.05 * area):
        return None
    fills = reader.cells(sheet.xml_part, (header + 1, last), (band.first, band.last),
                         limits.max_cells)
    _spread_merges(sheet, band, fills, header + 1, last)
    gantt = Gantt(band, header, label_last, tasks)
    _drop_background(fills, band, [r for t in tasks for r in spans[t]])
    owner = {r: t for t in tasks for r in spans[t]}
    cells: dict[int, dict[int, str]] = {t: {} for t in tasks}
    for (r, c), key in fills.items():
        if r in owner:
            cells[owner[r]].setdefault(c, key)
    for (r, c), v in values.items():
        if _marker(v):  # a note written in the band is not a bar
            cells[owner[r]][c] = "marker"
    single = _milestone_colours(cells)
    for t, own in cells.items():
        cols = sorted(c for c in own if band.period(c) is not None)
        if not cols:
            continue
        points = _points(cols, own, {c: values.get((t, c)) for c in cols})
        if points is not None:  # "◇ … ◆": a milestone's baseline and forecast, not a bar
            cols = [points]
        first, final = band.period(cols[0]), band.period(cols[-1])
        assert first is not None and final is not None
        milestone = len(cols) == 1 and own[cols[0]] in ("marker", *single)
        start = final[1] if milestone else first[0]
        gaps = cols[-1] - cols[0] + 1 > len(cols)
        gantt.bars[t] = Bar(t, start, final[1], milestone, gaps)
    if len(gantt.bars) >= 4 and sum(b.gaps for b in gantt.bars.values()) * 2 > len(gantt.bars):
        return None  # colours scattered along most rows: a RAG history or a heat map
    return gantt


_HOLLOW = {"◇", "◊", "⬦", "○", "□", "△", "☆"}  # a plan's baseline drawn beside its forecast
_DIAMONDS = {"◆", "♦", "◇", "◊", "⬥", "⬦"}  # milestones' own marks, never a bar's cells


def _points(cols: list[int], own: dict[int, str], values: dict[int, Any]) -> int | None:
    """The column of a milestone drawn as markers apart from each other (a hollow ◇ where
    it was planned, a filled ◆ where it is forecast or was met): the last filled one (or
    the last marker); None when the row's cells are a bar (filled, or side by side)."""
    marks = [str(values.get(c) or "").strip() for c in cols]
    if len(cols) < 2 or any(own[c] != "marker" for c in cols) or (
            any(b - a == 1 for a, b in zip(cols, cols[1:]))
            and not all(m in _DIAMONDS for m in marks)):  # (a bar drawn "x x x" is a bar)
        return None
    filled = [c for c in cols if str(values.get(c) or "").strip() not in _HOLLOW]
    return (filled or cols)[-1]


def _marker(v: Any) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v == 1
    return isinstance(v, str) and v.strip().lower() in _MARKERS


def _task_spans(sheet: Sheet, band: Band, tasks: list[int], last: int) -> dict[int, range]:
    """Each task row and the rows its merged label covers (a task written on two rows)."""
    out = {t: range(t, t + 1) for t in tasks}
    for r0, c0, r1, _c1 in sheet.merged:
        if r0 in out and c0 < band.first and r1 > r0 and not _empty(_cell(sheet, r0, c0)):
            out[r0] = range(r0, min(r1, last) + 1)
    return out


def _spread_merges(sheet: Sheet, band: Band, fills: dict[tuple[int, int], str],
                   lo: int, hi: int) -> None:
    """A merged block inside the band is filled as its first cell is."""
    for r0, c0, r1, c1 in sheet.merged:
        key = fills.get((r0, c0))
        if key is None or r1 < lo or r0 > hi or c1 < band.first or c0 > band.last:
            continue
        for r in range(max(r0, lo), min(r1, hi) + 1):
            for c in range(max(c0, band.first), min(c1, band.last) + 1):
                fills[(r, c)] = key


def _drop_background(fills: dict[tuple[int, int], str], band: Band, rows: list[int]) -> None:
    """Forget the background colour and the column shadings (see the module's text)."""
    if not rows or not fills:
        return
    width = band.last - band.first + 1
    row_set = set(rows)
    mine = {k: v for k, v in fills.items() if k[0] in row_set}
    by_colour = Counter(mine.values())
    colours_in_row: dict[int, set[str]] = {}
    for (r, _c), key in mine.items():
        colours_in_row.setdefault(r, set()).add(key)
    for key, n in by_colour.items():
        in_rows = [r for r, ks in colours_in_row.items() if key in ks]
        with_others = sum(len(colours_in_row[r]) > 1 for r in in_rows)
        if n >= 0.4 * width * len(rows) and with_others * 2 >= len(in_rows):
            for k in [k for k, v in mine.items() if v == key]:
                fills.pop(k, None)
    if len(rows) < 4:
        return
    down = Counter((c, key) for (r, c), key in fills.items() if r in row_set)
    shaded = [(c, key) for (c, key), n in down.items() if n >= 0.8 * len(rows)]
    per_colour = Counter(key for _c, key in shaded)
    for c, key in shaded:
        if per_colour[key] * 2 < width:
            for r in rows:
                if fills.get((r, c)) == key:
                    del fills[(r, c)]


def _milestone_colours(cells: dict[int, dict[int, str]]) -> set[str]:
    """Colours used only by single-column bars (at least two), when other colours draw
    longer bars: the plan's milestone colour."""
    singles: Counter[str] = Counter()
    longer: set[str] = set()
    for own in cells.values():
        keys = set(own.values())
        if len(own) == 1:
            singles.update(keys)
        else:
            longer.update(keys)
    return {k for k, n in singles.items() if n >= 2 and k not in longer} if longer else set()


# -- the cells the next steps see -----------------------------------------------------

def _own_column(sheet: Sheet, gantt: Gantt, words: set[str]) -> int | None:
    for c in range(gantt.band.first):
        v = _cell(sheet, gantt.header, c)
        if isinstance(v, str) and not _empty(v):
            t = norm(split_header(v)[0])
            if t in words or any(w in words for w in t.split() if len(w) > 2):
                return c
    return None


def rewrite(sheet: Sheet, gantt: Gantt) -> None:
    """The sheet as the next steps should see it (see the module's text)."""
    band = gantt.band
    rows = sheet.rows
    dated = [b for b in gantt.bars.values() if any(
        isinstance(_cell(sheet, b.row, c), (date, datetime)) for c in range(band.first))]
    if dated and all(b.milestone for b in dated) and _dated(sheet, gantt):
        # a milestone chart drawn beside the milestones' own dates: the marks add nothing
        last = _blank_band(sheet, gantt)
        sheet.notes.append((min(band.label_rows), last, (
            f"The timeline in columns {col_letter(band.first)}:{col_letter(band.last)} "
            f"marks each row's milestone; the dates are read from the table's own columns.")))
        return
    start_col = _own_column(sheet, gantt, _START_WORDS)
    finish_col = _own_column(sheet, gantt, _FINISH_WORDS)
    last = _blank_band(sheet, gantt)
    free = gantt.label_last + 1
    filled: dict[str, list[int]] = {}
    disagree: list[str] = []
    added = False
    for which, own in (("start", start_col), ("finish", finish_col)):
        col = own
        if own is not None and not _agrees(sheet, gantt, own, which):
            disagree.append(str(_cell(sheet, gantt.header, own)).strip())
            continue
        if col is None:
            col, free, added = free, free + 1, True
            _put(rows, gantt.header, col, START_HEADER if which == "start" else FINISH_HEADER)
        for bar in gantt.bars.values():
            if _empty(_cell(sheet, bar.row, col)):
                _put(rows, bar.row, col, bar.start if which == "start" else bar.finish)
                if own is not None:
                    filled.setdefault(str(_cell(sheet, gantt.header, col)).strip(), []).append(bar.row)
    _name_header(sheet, gantt)
    _notes(sheet, gantt, filled, disagree, last, added)


def _dated(sheet: Sheet, gantt: Gantt) -> bool:
    """Whether a column left of the band holds a date on most of the rows with a mark
    (a section's row, coloured across, has none)."""
    marked = [r for r, b in gantt.bars.items() if b.milestone]
    return any(sum(isinstance(_cell(sheet, r, c), (date, datetime)) for r in marked) * 2
               > len(marked) for c in range(gantt.band.first))


def _blank_band(sheet: Sheet, gantt: Gantt) -> int:
    """Empty the band's labels and cells (and its merges) down to the last task row."""
    band = gantt.band
    last = max(gantt.rows[-1], max(gantt.bars, default=0))
    blank_rows = sorted({*band.label_rows, gantt.header, *range(gantt.header + 1, last + 1)})
    for r in blank_rows:
        row = sheet.rows[r]
        for c in range(band.first, min(band.last + 1, len(row))):
            row[c] = None
    sheet.merged = [m for m in sheet.merged if not (
        m[0] in blank_rows and band.first <= m[1] and m[3] <= band.last)]
    return last


def _agrees(sheet: Sheet, gantt: Gantt, col: int, which: str) -> bool:
    """The bars and the dates the table has of its own agree on most rows (a timeline
    whose header was not moved on with the plan does not)."""
    slack = {"day": 1, "week": 7}.get(gantt.band.unit, 31)
    pairs = []
    for bar in gantt.bars.values():
        own = _cell(sheet, bar.row, col)
        if isinstance(own, date):
            mine = own.date() if isinstance(own, datetime) else own
            pairs.append(abs((mine - (bar.start if which == "start" else bar.finish)).days))
    return len(pairs) < 2 or sum(d <= slack for d in pairs) * 2 >= len(pairs)


def _put(rows: list[list[Any]], r: int, c: int, value: Any) -> None:
    row = rows[r]
    if c >= len(row):
        row.extend([None] * (c + 1 - len(row)))
    row[c] = value


def _name_header(sheet: Sheet, gantt: Gantt) -> None:
    """Give the column that names the tasks a header when it has none."""
    for c in range(gantt.label_last + 1):
        texts = sum(isinstance(_cell(sheet, r, c), str) and not _empty(_cell(sheet, r, c))
                    for r in gantt.rows)
        if texts * 2 >= len(gantt.rows):
            if _empty(_cell(sheet, gantt.header, c)):
                _put(sheet.rows, gantt.header, c, NAME_HEADER)
            return


def _rows_text(rows: list[int]) -> str:
    """``[3]`` → ``"row 4"``, ``[3, 4]`` → ``"rows 4, 5"`` (eight at most)."""
    shown = ", ".join(str(r + 1) for r in rows[:8])
    return f"row{'s' if len(rows) > 1 else ''} {shown}" + (" …" if len(rows) > 8 else "")


def _notes(sheet: Sheet, gantt: Gantt, filled: dict[str, list[int]], disagree: list[str],
           last: int, added: bool) -> None:
    band = gantt.band
    where = f"columns {col_letter(band.first)}:{col_letter(band.last)} ({band.unit}s)"
    out = list(band.notes)
    if added:
        out.append(f"Dates of {len(gantt.bars)} rows were read from the coloured timeline in "
                   f"{where}; a legend giving colours a meaning is not read.")
    if disagree:
        out.append(f"The coloured timeline in {where} disagrees with "
                   f"{' and '.join(repr(h) for h in disagree)} on most rows; it was not used "
                   "for them.")
    elif not added and not filled:
        out.append(f"The coloured timeline in {where} was left out: the table's own start "
                   "and finish columns give the dates.")
    gaps = sorted(b.row for b in gantt.bars.values() if b.gaps)
    if gaps and (added or filled):
        out.append(f"The timeline bar of {_rows_text(gaps)} has gaps; it was read as one bar "
                   "from the first to the last filled column.")
    for header, rs in filled.items():
        out.append(f"Empty '{header}' cells of {_rows_text(sorted(rs))} were filled from "
                   "the timeline.")
    top = min(band.label_rows + [gantt.header])
    sheet.notes.extend((top, last, text) for text in out)
