"""Step 4 for a table: its rows classified and its cells parsed, ready to be planned.

``parse_table`` decides which rows are data (``rowkinds``), reads a RAID log's Type
column, parses every mapped column once per distinct value (``colparse``, parsers from
``fields``) and hands back a ``ParsedTable``: each data row's values as one dict, the
rows rejected for an unreadable essential value, the values left empty for being
unreadable, and — for tables with months across — each row's amounts as read. The
planner (``plan``, ``planrows``, ``builder``) only reads what this step gives it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterator

from pmo_desktop.store.labels import field_label
from pmo_desktop.store.schema import ENTITIES

from . import values as V
from .book import col_letter
from .colparse import FAIL, ColumnParser, cells_of, row_dicts
from .detected import Column, DetectedTable, column_values
from .fields import kind_of, make_parser, raid_type
from .rowkinds import classify_rows
from .units import effort_unit, measure_of, sheet_period

__all__ = ["ParsedTable", "parse_table", "sheet_period"]

Wide = list[tuple[Column, float]]  # a wide row's amounts: (month column, amount)


@dataclass
class ParsedTable:
    """One table's rows as the planner takes them (rows are 0-based sheet rows)."""

    table: DetectedTable
    data: list[int]  # the data rows, in order
    kinds: list[str]  # each data row's entity; "!" where its RAID type cannot be read
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (Excel row, reason)
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Iterator[dict[str, Any]]] = field(default_factory=dict)  # per kind
    problems: dict[int, tuple[str, str]] = field(default_factory=dict)  # row → (column, why)
    unread: dict[int, list[str]] = field(default_factory=dict)  # row → values left empty
    untyped: set[int] = field(default_factory=set)  # rows of a split table with no type
    unit: str = "hours"  # an allocation table's unit of effort
    unit_guessed: bool = False

    def next_values(self, kind: str) -> dict[str, Any]:
        """The next data row of ``kind``: its values by field, empty cells left out."""
        return next(self.values[kind])

    def bad_type(self, i: int) -> tuple[str, str]:
        """(column, reason) of a row whose RAID type cannot be read."""
        col = self.table.split_col or 0
        return (col_letter(col), f"type: '{V.text(self.table.rows[i][col])}' is not a RAID type")

    def has_wide_values(self, i: int) -> bool:
        """Whether row ``i`` holds anything in a month column (a table with months across)."""
        row = self.table.rows[i]
        return any(c.index < len(row) and not V.is_empty(row[c.index])
                   for c in self.table.columns if c.period)

    def wide_money(self, i: int) -> Wide | tuple[str, str]:
        """Row ``i``'s amounts by month column, or (column, reason) at the first unreadable."""
        return self._wide(i, lambda raw, c: V.parse_money(raw, V.header_money(c.header)[0]),
                          "amount")

    def wide_hours(self, i: int) -> Wide | tuple[str, str]:
        """Row ``i``'s effort by month column, or (column, reason) at the first unreadable."""
        return self._wide(i, lambda raw, c: V.parse_float(raw), "hours")

    def measure(self, i: int) -> str:
        """The money row ``i`` holds across its months (planned, actual, …)."""
        return measure_of(self.table, i + 1)

    def _wide(self, i: int, parse: Callable[[Any, Column], float | None],
              what: str) -> Wide | tuple[str, str]:
        row = self.table.rows[i]
        out: Wide = []
        for c in self.table.columns:
            if not c.period:
                continue
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


def parse_table(table: DetectedTable, entity: str, as_of: date | None, *,
                split: bool = False) -> ParsedTable:
    """``table``'s rows as ``entity`` records (by their Type column's kinds when ``split``)."""
    rows = table.rows
    warnings: list[str] = []
    name_cols = {c.index for c in table.columns if c.field in ("title", "name", "ref")}
    uncached = set(table.uncached)
    if uncached:
        cells = ", ".join(f"{col_letter(c)}{r + 1}" for r, c in sorted(uncached)[:5])
        warnings.append(f"Formulas without a saved value were left out ({cells}"
                        f"{' …' if len(uncached) > 5 else ''}); open and save the file "
                        "in Excel to store their results.")
    # 1. which rows are data
    data, skipped = classify_rows(rows, table.region, name_cols)
    out = ParsedTable(table, data, [entity] * len(data), skipped, warnings)
    if entity == "allocation":
        out.unit, out.unit_guessed = effort_unit(table)
    # 2. the row's kind of RAID item, when a Type column splits the table
    kinds = out.kinds
    if split and table.split_col is not None:
        type_col = ColumnParser(table.split_col, "_type", raid_type)
        for j, t in enumerate(type_col.values(rows, data)):
            kinds[j] = t if isinstance(t, str) else ("!" if t is FAIL else entity)
            if t is None:
                out.untyped.add(data[j])
    # 3. parse column by column (each distinct value once), per kind
    colours = _rag_fills(table)
    parsed: dict[str, tuple[list[ColumnParser], list[list[Any]]]] = {}
    for kind in dict.fromkeys(kinds):
        if kind == "!":
            continue
        idx = [i for i, k in zip(data, kinds) if k == kind]
        cols = _parsers(table, kind, as_of)
        parsed[kind] = (cols, [c.parse_all(raw) for c, raw in zip(cols, cells_of(rows, idx, cols))])
    # 4. one dict of values per row, column by column
    for kind, (cols, columns) in parsed.items():
        idx = [i for i, k in zip(data, kinds) if k == kind]
        if not (colours or uncached or any(c.failed for c in cols)):
            fnames = [c.fname for c in cols]  # every cell read: each row's dict when used
            out.values[kind] = row_dicts(fnames, columns) if cols else ({} for _ in idx)
            continue
        out.values[kind] = iter(_slow_dicts(out, kind, idx, cols, columns, colours, uncached))
    return out


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
    for col in table.columns:
        if not col.field or col.field == "_type":
            continue
        f = col.field
        if f in ("project_id", "programme_id", "role_id", "resource_id"):
            out.append(ColumnParser(col.index, f, V.text))
            continue
        sample = column_values(table, col.index, 200)
        out.append(ColumnParser(col.index, f, make_parser(entity, f, col, sample, as_of)))
    return out


def _rag_fills(table: DetectedTable) -> dict[tuple[int, int], str]:
    """Fill colours of empty RAG cells (openpyxl is opened only when there are some)."""
    cols = [c.index for c in table.columns if c.field and kind_of(table.entity, c.field) == "rag"]
    if not cols or table.source is None:
        return {}
    r = table.region
    empty = [(i, c) for i in range(r.first_row - 1, r.last_row) for c in cols
             if c >= len(table.rows[i]) or V.is_empty(table.rows[i][c])]
    if not empty:
        return {}
    fills = table.source.fill_colours(empty)
    return {k: rag for k, rgb in fills.items() if (rag := V.rag_from_colour(rgb))}
