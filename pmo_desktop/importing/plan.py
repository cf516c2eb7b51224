"""Step 5: compare the parsed rows with the store by business key — nothing is written.

Every data row ends as a record to create, update (field-level old → new) or leave
unchanged, or is rejected with its row, column and reason; rows that are not data
(section headings, subtotals, footers, blank template rows) are skipped with a reason.

Parents named by a row (a project, programme, role or resource that is not in the
store yet) are planned as records of their own and created first by ``apply``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from datetime import date
from typing import Any, Callable, Collection, Iterator, Mapping, Sequence

from pmo_desktop.store.labels import field_label
from pmo_desktop.store.schema import ENTITIES

from . import values as V
from .columns import DetectedTable, column_values, kind_of, make_parser
from .gcpause import without_gc
from .read import col_letter
from .tables import classify_rows
from .vocab import RAID, norm

Ref = tuple[str, str]  # ("project", "CODE"): a parent planned in this import


@dataclass(slots=True)
class Record:
    """One record the import would write (or leave as it is)."""

    entity: str
    row: int
    action: str  # "create" | "update" | "unchanged"
    key: str
    values: dict[str, Any]  # as stored; parents as ids or Refs
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    existing_id: int | None = None
    sheet: str = ""
    file: str = ""
    # e.g. "no owner": stored, flagged (a tuple: most records have none, and an empty
    # tuple costs no object the garbage collector must visit)
    warnings: tuple[str, ...] = ()

    @property
    def provenance(self) -> tuple[str, str, int]:
        return (self.file, self.sheet, self.row)


@dataclass
class NewProject:
    """A project that rows name and the portfolio does not hold (yet)."""

    name: str  # as the first row writes it
    code: str  # the code it is (or would be) created with
    rows: list[int] = field(default_factory=list)
    created: bool = False  # False: the import may not create it, and these rows are rejected


@dataclass
class TablePlan:
    table: DetectedTable
    entity: str | None
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    rejected: list[tuple[int, str | None, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data_rows: int = 0
    # projects this table's rows name that are not in the portfolio, by normalised name
    new_projects: dict[str, NewProject] = field(default_factory=dict)
    no_project: int = 0  # rows rejected because neither the row nor the import names a project

    def count(self, action: str) -> int:
        return sum(1 for r in self.records if r.action == action)

    def unknown_project_rows(self) -> int:
        """Rows rejected because the project they name is not in the portfolio."""
        return sum(len(p.rows) for p in self.new_projects.values() if not p.created)


@dataclass
class Plan:
    """The whole import: tables' plans plus the parents they need created."""

    tables: list[TablePlan] = field(default_factory=list)
    parents: list[Record] = field(default_factory=list)
    project_code: str | None = None
    labels: dict[tuple[str, int], str] = field(default_factory=dict)

    def label(self, fname: str, value: Any) -> Any:
        """A parent id or Ref shown as its code or name (for previews and JSON)."""
        if isinstance(value, tuple):
            return value[1]
        if fname.endswith("_id") and isinstance(value, int):
            return self.labels.get((fname[:-3], value), value)
        return value

    def new_projects(self) -> list[NewProject]:
        """Every project rows of a non-project table name that the portfolio does not
        hold: created (allowed) or not (their rows rejected), rows of all tables."""
        out: dict[str, NewProject] = {}
        for tp in self.tables:
            for key, p in tp.new_projects.items():
                if key not in out:
                    out[key] = NewProject(p.name, p.code, [], p.created)
                out[key].rows += p.rows
        return list(out.values())

    @property
    def writes(self) -> int:
        n = sum(1 for p in self.parents if p.action != "unchanged")
        return n + sum(1 for t in self.tables for r in t.records if r.action != "unchanged")


class _Context:
    """Store rows loaded once per entity, and what this import has planned so far."""

    def __init__(self, store: Any, project_code: str | None, as_of: date | None,
                 create_projects: bool | Collection[str] = False) -> None:
        self.store = store
        self.as_of = as_of
        self.project_code = project_code
        self.create_projects = create_projects if isinstance(create_projects, bool) else \
            {norm(str(n)) for n in create_projects}
        self.listed: set[str] = set()  # codes of projects a project list of this import creates
        self.hints: dict[str, str] = dict(HINTS)
        self._new_codes: dict[str, str] = {}  # unknown project name → the code it would get
        self._by_key: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        self._lookup: dict[str, dict[str, Any]] = {}
        self.parents: list[Record] = []
        self.planned: dict[tuple[Any, ...], tuple[str, str, int]] = {}  # key → file, sheet, row
        self.titles: dict[tuple[str, Any], dict[str, list[dict[str, Any]]]] = {}
        self.used_refs: dict[tuple[str, Any], set[str]] = {}
        self.labels: dict[tuple[str, int], str] = {}  # (entity, id) → code or name
        self._default_norm = norm(project_code) if project_code else ""
        self.columns: list[str] | None = None  # fields to load from the store (None: all)
        # tables that are one sheet per period of the same layout: id → (group, rank)
        self.periods: dict[int, tuple[str, tuple[int, ...]]] = {}
        self.period_sheets: dict[str, set[tuple[str, str]]] = {}  # group → (file, sheet)s
        self._full: set[str] = set()
        self._hours_per_day: float | None = None
        self._spellings: dict[str, dict[str, str]] = {}

    def spelling(self, entity: str, name: str) -> str:
        """The one spelling of a name this import uses: the store's, else the first met
        ("sarah jones " and "Sarah  Jones" are the same person)."""
        names = self._spellings.get(entity)
        if names is None:
            names = self._spellings[entity] = {
                norm(str(key[0])): str(key[0]) for key in self.rows_by_key(entity)}
        return names.setdefault(norm(name), name)

    def hours_per_day(self) -> float:
        """The portfolio's working day in hours (DOMAIN §4.2; 7.5 unless set)."""
        if self._hours_per_day is None:
            value = 7.5
            try:
                value = float(self.store.settings().get("hours_per_day") or 7.5)
            except (AttributeError, TypeError, ValueError):
                pass
            self._hours_per_day = value
        return self._hours_per_day

    def rows_by_key(self, entity: str) -> dict[tuple[Any, ...], dict[str, Any]]:
        if entity not in self._by_key:
            self._by_key[entity] = self.store.rows_by_key(entity, columns=self.columns) \
                if self.columns is not None else self.store.rows_by_key(entity)
            if self.columns is None:
                self._full.add(entity)
        return self._by_key[entity]

    def full_row(self, entity: str, key: tuple[Any, ...]) -> dict[str, Any]:
        """A stored row with every field (when a value to compare was not loaded)."""
        if entity not in self._full:
            self._by_key[entity] = self.store.rows_by_key(entity)
            self._full.add(entity)
        return self._by_key[entity][key]

    # -- parents -------------------------------------------------------------------------
    def _names(self, entity: str, key_field: str) -> dict[str, Any]:
        """Lower-case code/name → id for a parent entity."""
        if entity not in self._lookup:
            table: dict[str, Any] = {}
            for row in self.rows_by_key(entity).values():
                self.labels[(entity, row["id"])] = str(row.get(key_field) or row.get("name"))
                for f in (key_field, "name"):
                    v = row.get(f)
                    if v:
                        table.setdefault(norm(str(v)), row["id"])
            self._lookup[entity] = table
        return self._lookup[entity]

    def parent(self, entity: str, text: str, row: int, table: DetectedTable) -> Any:
        """Id of the parent named ``text``, or a Ref to one planned for creation."""
        key_field = "code" if entity == "project" else "name"
        names = self._names(entity, key_field)
        n = norm(text)
        if n in names:
            return names[n]
        if entity == "project":
            code = _code_from(text, set(names))
            values = {"code": code, "name": text.strip()}
        else:
            code = text.strip()
            values = {"name": code}
        ref: Ref = (entity, code)
        names[n] = ref
        names[norm(code)] = ref
        self.parents.append(Record(entity, row, "create", code, values, sheet=table.sheet,
                                   file=table.file_name))
        return ref

    def may_create_project(self, name: str) -> bool:
        """Whether this import may create the project a row names (decided once, here)."""
        allowed = self.create_projects
        return allowed if isinstance(allowed, bool) else norm(name) in allowed

    def new_code(self, name: str) -> str:
        """The code a project named ``name`` would be created with."""
        n = norm(name)
        if n not in self._new_codes:
            self._new_codes[n] = _code_from(name, set(self._names("project", "code")))
        return self._new_codes[n]

    def default_project(self, table: DetectedTable, row: int) -> Any:
        if not self.project_code:
            return None
        names = self._lookup.get("project")
        if names is not None:  # the common case: named once, then looked up
            found = names.get(self._default_norm)
            if found is not None:
                return found
        return self.parent("project", self.project_code, row, table)


_PERIOD_NO = re.compile(r"(week|wk|w|sprint|iteration|iter|period|per|p|month|round|cycle|"
                        r"semana|woche|semaine|periodo)\s*(\d{1,3})")


def _sheet_period(name: str, as_of: date | None) -> tuple[int, ...] | None:
    """A sheet named for a period, as something that sorts: "Mar-26", "2026-03",
    "March", "Jan 2026" → (0, ordinal of the date); "Week 12", "Sprint 5" → (1, 12)."""
    n = norm(name)
    m = _PERIOD_NO.fullmatch(n)
    if m:
        return (1, int(m.group(2)))
    month = V.MONTHS.get(n) or (V.MONTHS.get(n[:3]) if len(n) >= 3 and n.isalpha() else None)
    if month and n.isalpha():
        return (0, V._near(month, 1, as_of).toordinal())
    try:
        d = V.parse_date(name, as_of=as_of)
    except (V.ValueProblem, ValueError, TypeError, OverflowError):
        return None
    return (0, d.toordinal()) if d else None


def _period_sheets(tables: list[DetectedTable], as_of: date | None
                   ) -> tuple[dict[int, tuple[str, tuple[int, ...]]], dict[str, set[tuple[str, str]]]]:
    """Tables of one file with the same headers, on sheets that are all named for periods
    of one kind (months, weeks, sprints): id(table) → (group, rank of its period), and
    group → its (file name, sheet)s."""
    groups: dict[tuple[str, str, str | None], list[DetectedTable]] = {}
    for t in tables:
        groups.setdefault((t.path, t.signature, t.entity), []).append(t)
    out: dict[int, tuple[str, tuple[int, ...]]] = {}
    sheets: dict[str, set[tuple[str, str]]] = {}
    for (path, signature, _e), members in groups.items():
        if len(members) < 2 or len({t.sheet for t in members}) < 2:
            continue
        ranks = [_sheet_period(t.sheet, as_of) for t in members]
        if any(r is None for r in ranks) or len({r[0] for r in ranks if r}) != 1:
            continue
        group = f"{path}|{signature}"
        for t, rank in zip(members, ranks):
            assert rank is not None
            out[id(t)] = (group, rank)
            sheets.setdefault(group, set()).add((t.file_name, t.sheet))
    return out, sheets


_UNIT_HEADERS = {"unit", "units", "uom", "unit of measure", "measure", "unidad", "einheit",
                 "unite", "unidade"}
_FTE_WORDS = {"fte", "ftes", "etp", "vza", "headcount"}
_DAY_WORDS = {"days", "day", "md", "pd", "mandays", "persondays", "dias", "tage", "jours"}
_PCT_WORDS = {"pct", "percent", "percentage", "allocation pct"}
_HOUR_WORDS = {"hours", "hrs", "hr", "horas", "stunden", "heures", "effort hours"}


def _effort_unit(table: DetectedTable) -> tuple[str, bool]:
    """What an allocation table's numbers are: hours, days, FTE or % of time — from a
    Unit column, the headers, the title or the sheet's name; else, when every number is
    at most 1.5 (no month has 1.5 hours in it), FTE. Returns (unit, guessed)."""
    texts = [table.sheet, table.region.title or ""]
    texts += [c.header for c in table.columns if c.field == "hours" or c.period]
    for c in table.columns:
        if norm(c.header) in _UNIT_HEADERS:
            seen = {norm(str(v)) for v in column_values(table, c.index, 200)
                    if not V.is_empty(v)}
            if len(seen) == 1:
                texts.append(seen.pop())
    words = set(norm(" ".join(texts)).replace("man days", "mandays")
                .replace("person days", "persondays").split())
    for unit, vocabulary in (("fte", _FTE_WORDS), ("days", _DAY_WORDS), ("pct", _PCT_WORDS),
                             ("hours", _HOUR_WORDS)):
        if words & vocabulary:
            return unit, False
    numbers = [v for c in table.columns if c.field == "hours" or c.period
               for v in column_values(table, c.index, 200)
               if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if numbers and max(numbers) <= 1.5 and any(numbers):
        return "fte", True
    return "hours", False


def _working_days(period: str) -> int:
    """Monday–Friday days of a ``YYYY-MM`` month (21 or 22, sometimes 20 or 23)."""
    try:
        year, month = int(period[:4]), int(period[5:7])
        first = date(year, month, 1)
    except ValueError:
        return 21
    days = (date(year + month // 12, month % 12 + 1, 1) - first).days
    return sum(1 for d in range(days) if (first.weekday() + d) % 7 < 5)


def _code_from(name: str, taken: set[str]) -> str:
    """A project code for a project named in a row: ``"CRM Upgrade"`` → ``"CRM-UPGRADE"``."""
    words = re.findall(r"[A-Za-z0-9]+", V.strip_accents(name).upper())
    base = "-".join(words)[:24].strip("-") or "PROJECT"
    code, n = base, 2
    while norm(code) in taken:
        code, n = f"{base}-{n}", n + 1
    return code


# -- per-row parsing ---------------------------------------------------------------------

_MILESTONE_NAME = re.compile(r"^\s*m\d+\b|milestone|meilenstein|\bhito\b|\bjalon\b|\bmarco\b|"
                             r"go[ -]?live|sign[ -]?off|\bgate\b", re.I)
_TEMPLATE_ONLY = {"ref", "_type", "pct_complete", "expected_value"}


_FAIL = object()
NO_OWNER = "no owner"
_NO_PROJECT = ("", "", False)


class _Column:
    """One mapped column parsed once for all its distinct values."""

    def __init__(self, index: int, fname: str, parse: Callable[[Any], Any]) -> None:
        self.index = index
        self.fname = fname
        self.parse = parse
        self.cache: dict[Any, Any] = {}
        self.errors: dict[Any, str] = {}
        self.letter_ = col_letter(index)
        self.failed = False

    def values(self, rows: list[list[Any]], wanted: list[int]) -> list[Any]:
        """Parsed values of the rows ``wanted`` (0-based); ``_FAIL`` where unreadable."""
        ci = self.index
        picked = [rows[i] for i in wanted]
        if not picked or min(map(len, picked)) > ci:
            raw = [r[ci] for r in picked]
        else:
            raw = [r[ci] if ci < len(r) else None for r in picked]
        return self.parse_all(raw)

    def parse_all(self, raw: Sequence[Any]) -> list[Any]:
        """Parsed values of one column's cells; ``_FAIL`` where unreadable.

        The parser (chosen once for the column) runs once per distinct value."""
        if self.parse is V.text:  # plain text: strip, no cache (titles are all different)
            try:  # a column of strings (the usual case): stripped in C
                out = list(map(str.strip, raw))
            except TypeError:
                return [(v.strip() or None) if type(v) is str else
                        (None if v is None else V.text(v)) for v in raw]
            return [v or None for v in out] if "" in out else out
        # One pass in C over the cells, looking each up in the cache; a value not seen
        # before stops it (KeyError), is parsed and cached, and the pass goes on.
        out: list[Any] = []
        it = iter(raw)
        get = self.cache.__getitem__
        try:
            while True:
                try:
                    out.extend(map(get, it))
                    break
                except KeyError as exc:
                    out.append(self._one(exc.args[0]))
        except TypeError:  # an unhashable cell: one by one
            out = [self._one(v) for v in raw]
        if self.errors:
            self.failed = self.failed or _FAIL in out
        return out

    def _one(self, v: Any) -> Any:
        try:
            hit = self.cache.get(v, _FAIL)
        except TypeError:
            hit = _FAIL
        if hit is _FAIL and (_unhashable(v) or v not in self.errors):
            hit = self._slow(v)
        if hit is _FAIL:
            self.failed = True
        return hit

    def _slow(self, v: Any) -> Any:
        if V.is_empty(v):
            result: Any = None
        else:
            try:
                result = self.parse(v)
            except (V.ValueProblem, ValueError, TypeError, OverflowError) as exc:
                try:
                    self.errors[v] = str(exc)
                    self.cache[v] = _FAIL  # looked up, not parsed again
                except TypeError:
                    pass
                return _FAIL
        try:
            self.cache[v] = result
        except TypeError:
            pass
        return result

    def error(self, v: Any) -> str:
        try:
            return self.errors.get(v) or f"'{V.text(v)}' cannot be read"
        except TypeError:
            return f"'{V.text(v)}' cannot be read"


def _cells(rows: list[list[Any]], wanted: list[int], cols: list[_Column]) -> list[Sequence[Any]]:
    """The raw cells of each column in ``cols`` for the rows ``wanted``."""
    if not cols:
        return []
    if not wanted:
        return [[] for _ in cols]
    if wanted[-1] - wanted[0] + 1 == len(wanted):  # every row of a stretch: a slice
        picked = rows[wanted[0]:wanted[-1] + 1]
    else:
        picked = [rows[i] for i in wanted]
    need = max(c.index for c in cols) + 1
    if min(map(len, picked)) < need:
        picked = [r if len(r) >= need else [*r, *([None] * (need - len(r)))] for r in picked]
    if len(cols) == 1:
        ci = cols[0].index
        return [[r[ci] for r in picked]]
    # row by row in C, then transposed: twice as quick as one pass per column (which
    # walks every row's cells again for each column)
    return list(zip(*map(itemgetter(*[c.index for c in cols]), picked)))


def _unhashable(v: Any) -> bool:
    try:
        hash(v)
    except TypeError:
        return True
    return False


def _parsers(table: DetectedTable, entity: str, as_of: date | None) -> list[_Column]:
    out = []
    for col in table.columns:
        if not col.field or col.field == "_type":
            continue
        f = col.field
        if f in ("project_id", "programme_id", "role_id", "resource_id"):
            out.append(_Column(col.index, f, V.text))
            continue
        sample = column_values(table, col.index, 200)
        out.append(_Column(col.index, f, make_parser(entity, f, col, sample, as_of)))
    return out


def _rag_fills(table: DetectedTable) -> dict[tuple[int, int], str]:
    """Fill colours of empty RAG cells (openpyxl is opened only when there are some)."""
    cols = [c.index for c in table.columns if c.field and kind_of(table.entity, c.field) == "rag"]
    if not cols or table.workbook is None:
        return {}
    r = table.region
    empty = [(i, c) for i in range(r.first_row - 1, r.last_row) for c in cols
             if c >= len(table.rows[i]) or V.is_empty(table.rows[i][c])]
    if not empty:
        return {}
    fills = table.workbook.fill_colours(table.sheet, empty)
    return {k: rag for k, rgb in fills.items() if (rag := V.rag_from_colour(rgb))}


# -- the planner -----------------------------------------------------------------------------

def project_in_store(store: Any, text: str) -> bool:
    """Whether ``text`` names a project of the portfolio (by code or name, as rows do)."""
    return norm(text) in _Context(store, None, None)._names("project", "code")


# How a rejected row says what to do about its project: the CLI's words unless the caller
# (the import wizard) passes its own.
HINTS = {"no_project": "--project CODE", "new_project": "use --create-projects to add it"}


@without_gc
def plan_tables(store: Any, tables: list[DetectedTable], *, project_code: str | None = None,
                as_of: date | None = None,
                create_projects: bool | Collection[str] = False,
                hints: Mapping[str, str] | None = None,
                progress: Callable[[float, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Plan:
    """Compare every detected table with the store; pure apart from reading it.

    A project list (a table of projects) creates the projects it lists. Any other row
    that names a project the portfolio does not hold is rejected, unless
    ``create_projects`` allows it: True for every such project, or a collection of the
    names (as the rows write them) that may be created. ``project_code`` names the
    project of rows that name none. ``hints`` replaces the words of ``HINTS``.
    """
    ctx = _Context(store, project_code, as_of, create_projects)
    ctx.hints = {**HINTS, **(hints or {})}
    ctx.columns = _store_columns(tables)
    ctx.periods, ctx.period_sheets = _period_sheets(tables, as_of)
    plan = Plan(project_code=project_code)
    # project lists first (the other tables may name their projects); then one sheet per
    # month (or week, sprint …) with the same layout: the latest is planned first, so
    # that a record in several of them is taken from the latest
    order = sorted(tables, key=lambda t: [t.entity != "project",
                                          *[-x for x in ctx.periods.get(id(t), ("", ()))[1]]])
    for i, table in enumerate(order):
        if cancelled and cancelled():
            break
        if progress:
            progress(i / max(1, len(tables)), f"Planning {table.sheet}")
        plan.tables.extend(_plan_table(ctx, table))
    place = {id(t): i for i, t in enumerate(tables)}
    plan.tables.sort(key=lambda tp: place[id(tp.table)])  # back in the files' order
    for name in ("project", "programme", "role", "resource"):
        ctx._names(name, "code" if name == "project" else "name")
    plan.parents = ctx.parents
    plan.labels = ctx.labels
    return plan


# fields the planner may set or read besides the mapped ones (compared on re-import)
_ALWAYS_LOADED = ("title", "owner", "name", "code", "description", "status", "forecast_date",
                  "baseline_date", "category", "planned", "actual", "forecast", "earned",
                  "hours", "period", "ref", "project_id", "programme_id", "role_id",
                  "resource_id")


def _store_columns(tables: list[DetectedTable]) -> list[str]:
    """Only the stored fields this import can compare: what is mapped, and what it adds."""
    mapped = {c.field for t in tables for c in t.columns if c.field and c.field[0] != "_"}
    return sorted(mapped | set(_ALWAYS_LOADED))


def _plan_table(ctx: _Context, table: DetectedTable) -> list[TablePlan]:
    plans = _plan_table_kinds(ctx, table)
    misfits = [f"{c.letter} '{c.header}' ({c.note})" for c in table.columns
               if c.note and not c.field]
    if misfits and table.entity:
        plans[0].warnings.append("Columns left out: " + "; ".join(misfits) + ".")
    note = table.workbook.note if table.workbook is not None else None
    if note:
        plans[0].warnings.insert(0, note)
    return plans


def _plan_table_kinds(ctx: _Context, table: DetectedTable) -> list[TablePlan]:
    entity = table.entity
    if entity is None:
        tp = TablePlan(table, None)
        if len(table.columns) >= 3 and table.region.last_row >= table.region.first_row:
            # (a two-column block is a lookup, a key or a note: not worth a word)
            tp.warnings.append("Not imported: no kind of record was recognised in its headers "
                               "(a tracker names its rows by an ID, title, name or code, and "
                               "dates its money by month); choose one in the import wizard "
                               "to import it.")
        return [tp]
    if table.split_col is not None:
        return _plan_split(ctx, table)
    tp = TablePlan(table, entity)
    _plan_rows(ctx, table, entity, tp, None)
    return [tp]


def _plan_split(ctx: _Context, table: DetectedTable) -> list[TablePlan]:
    """A RAID log with a Type column: one plan per kind, rows sorted by their type."""
    by_type: dict[str, TablePlan] = {}
    order: list[str] = []
    first = TablePlan(table, table.entity)
    _plan_rows(ctx, table, table.entity or "risk", first, by_type)
    for t in RAID:
        if t in by_type:
            order.append(t)
    plans = [by_type[t] for t in order] or [first]
    if plans[0] is not first:
        plans[0].skipped = first.skipped + plans[0].skipped
        plans[0].rejected = first.rejected + plans[0].rejected
        plans[0].warnings = first.warnings + plans[0].warnings
        plans[0].data_rows += first.data_rows
    return plans


def _plan_rows(ctx: _Context, table: DetectedTable, entity: str, tp: TablePlan,
               split: dict[str, TablePlan] | None) -> None:
    region = table.region
    rows = table.rows
    name_cols = {c.index for c in table.columns if c.field in ("title", "name", "ref")}
    uncached = set(table.uncached)
    if uncached:
        cells = ", ".join(f"{col_letter(c)}{r + 1}" for r, c in sorted(uncached)[:5])
        tp.warnings.append(f"Formulas without a saved value were left out ({cells}"
                           f"{' …' if len(uncached) > 5 else ''}); open and save the file "
                           "in Excel to store their results.")
    # 1. which rows are data
    data, skipped = classify_rows(rows, region, name_cols)
    tp.skipped += skipped
    # 2. the row's kind of RAID item, when a Type column splits the table
    kinds: list[str] = [entity] * len(data)
    untyped: set[int] = set()  # rows of a split table with an empty Type cell
    if split is not None and table.split_col is not None:
        type_col = _Column(table.split_col, "_type", _raid_type_of)
        for j, t in enumerate(type_col.values(rows, data)):
            kinds[j] = t if isinstance(t, str) else ("!" if t is _FAIL else entity)
            if t is None:
                untyped.add(data[j])
    # 3. parse column by column (each distinct value once), per kind
    colours = _rag_fills(table)
    parsed: dict[str, tuple[list[_Column], list[list[Any]]]] = {}
    for kind in dict.fromkeys(kinds):
        if kind == "!":
            continue
        idx = [i for i, k in zip(data, kinds) if k == kind]
        cols = _parsers(table, kind, ctx.as_of)
        parsed[kind] = (cols, [c.parse_all(raw) for c, raw in zip(cols, _cells(rows, idx, cols))])
    # 4. one dict of values per row, column by column
    row_values: dict[str, Iterator[dict[str, Any]]] = {}
    problems: dict[int, tuple[str, str]] = {}  # rows rejected: (column, why)
    unread: dict[int, list[str]] = {}  # rows imported without a value they hold
    for kind, (cols, columns) in parsed.items():
        essential = _essential(kind)
        idx = [i for i, k in zip(data, kinds) if k == kind]
        if not (colours or uncached or any(c.failed for c in cols)):
            fnames = [c.fname for c in cols]  # every cell read: each row's dict when used
            row_values[kind] = _row_dicts(fnames, columns) if cols else ({} for _ in idx)
            continue
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
                if v is _FAIL:
                    why = f"{_label(fname)}: {col.error(rows[i][col.index])}"
                    if fname in essential:
                        if i not in problems:
                            problems[i] = (col.letter_, why)
                    else:  # the row is imported without it, and says so
                        unread.setdefault(i, []).append(f"{col.letter_}{i + 1} {why}")
                elif v is not None:
                    d[fname] = v
                elif colours and (i, col.index) in colours:
                    d[fname] = colours[(i, col.index)]
        row_values[kind] = iter(dicts)
    del parsed
    builder = _Builder(ctx, table, entity)
    build = builder.handler(entity)
    wide = [c.index for c in table.columns if c.period]  # months across: values off-dict
    for i, kind in zip(data, kinds):
        r = i + 1
        if kind == "!":
            tp.data_rows += 1
            raw = rows[i][table.split_col or 0]
            tp.rejected.append((r, col_letter(table.split_col or 0),
                                f"type: '{V.text(raw)}' is not a RAID type"))
            continue
        values = next(row_values[kind])
        target = tp
        if split is not None:
            if kind not in split:
                split[kind] = TablePlan(table, kind)
            target = split[kind]
        problem = problems.get(i)
        if problem is None and values.keys() <= _TEMPLATE_ONLY and not (
                wide and any(c < len(rows[i]) and not V.is_empty(rows[i][c]) for c in wide)):
            tp.skipped.append((r, "blank template row (no content besides its number)"))
            continue
        target.data_rows += 1
        if problem:
            target.rejected.append((r, problem[0], problem[1]))
            continue
        if kind != builder.entity:
            builder.entity = kind
            build = builder.handler(kind)
        outcome = build(r, values)
        if builder.note is not None:
            _note_project(target, builder.note, r)
            builder.note = None
        if isinstance(outcome, tuple):
            if outcome[0] == "skip":
                target.data_rows -= 1
                target.skipped.append((r, outcome[1]))
            else:
                target.rejected.append((r, outcome[0] or None, outcome[1]))
            continue
        if outcome is not None:
            if i in unread:
                outcome.warnings += tuple(f"{w}; left empty" for w in unread[i])
            if i in untyped:
                outcome.warnings += (f"no type in {col_letter(table.split_col or 0)}{r}: "
                                     f"imported as {'an' if kind[0] in 'aeiou' else 'a'} "
                                     f"{kind.replace('_', ' ')}",)
            target.records.append(outcome)
    for rec_plan in builder.finish():
        tp.records.append(rec_plan)
    if builder.unit != "hours":
        per_day = f"{ctx.hours_per_day():g} h"
        how = {"days": f"days × {per_day}",
               "fte": f"FTE × the month's working days × {per_day}",
               "pct": f"% of time × the month's working days × {per_day}"}[builder.unit]
        why = "every number is at most 1.5" if builder.unit_guessed else \
            "the table's unit, title or headers say so"
        tp.warnings.append(f"Effort read as {builder.unit.upper() if builder.unit == 'fte' else builder.unit}"
                           f" ({why}) and stored as hours: {how}.")
    if entity == "milestone":
        _milestones_only(tp, builder)
    tp.skipped.sort()
    for target in [tp, *(split or {}).values()]:
        _owner_warning(target)
        _unread_warning(target)


def _note_project(tp: TablePlan, note: tuple[str, str, bool], row: int) -> None:
    """A row of ``tp`` named no project, or one the portfolio does not hold."""
    if note is _NO_PROJECT:
        tp.no_project += 1
        return
    name, code, created = note
    key = norm(name)
    found = tp.new_projects.get(key)
    if found is None:
        found = tp.new_projects[key] = NewProject(name, code, [], created)
    found.rows.append(row)


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


def _unread_warning(tp: TablePlan) -> None:
    """Values that could not be read were left empty: the table lists where."""
    cells = [w for r in tp.records for w in r.warnings if w.endswith("; left empty")]
    if not cells:
        return
    shown = "; ".join(c.removesuffix("; left empty") for c in cells[:5])
    more = f" and {len(cells) - 5} more" if len(cells) > 5 else ""
    tp.warnings.append(f"{len(cells)} value{'s' if len(cells) != 1 else ''} could not be read "
                       f"and {'were' if len(cells) != 1 else 'was'} left empty, the rows "
                       f"imported without {'them' if len(cells) != 1 else 'it'}: {shown}{more}.")


def _owner_warning(tp: TablePlan) -> None:
    """RAID rows without an owner are imported, and the table says so."""
    rows = [r.row for r in tp.records if NO_OWNER in r.warnings]
    if not rows:
        return
    shown = ", ".join(str(r) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
    kind = (tp.entity or "RAID item").replace("_", " ")
    tp.warnings.append(f"{len(rows)} {kind} row{'s' if len(rows) != 1 else ''} without an "
                       f"owner (row{'s' if len(rows) != 1 else ''} {shown}): imported without "
                       "one; the data-quality checks list RAID items without an owner (the "
                       "Data quality view, or 'pmo-desktop check').")


def _row_dicts(fnames: list[str], columns: list[list[Any]]) -> Iterator[dict[str, Any]]:
    """Each row's values by field, empty cells left out.

    Every dict is built in C (``map(dict, map(zip, …))``); the rows that had an empty
    cell then lose those fields."""
    dicts = list(map(dict, map(zip, repeat(fnames), zip(*columns))))
    gaps: set[int] = set()
    for col in columns:
        if None in col:
            gaps.update(i for i, v in enumerate(col) if v is None)
    for i in gaps:
        d = dicts[i]
        for k in [k for k, v in d.items() if v is None]:
            del d[k]
    return iter(dicts)


def _label(fname: str) -> str:
    return field_label(fname)


def _raid_type_of(value: Any) -> str | None:
    from .columns import raid_type

    return raid_type(value)


# -- building one record ------------------------------------------------------------------

class _Builder:
    """Turns one row's parsed values into a Record (or a rejection)."""

    def __init__(self, ctx: _Context, table: DetectedTable, entity: str) -> None:
        self.ctx = ctx
        self.table = table
        self.entity = entity
        self.has_project_col = table.column_for("project_id") is not None
        self.has_ref_col = table.column_for("ref") is not None
        self.has_dates = any(c.field in ("forecast_date", "baseline_date", "actual_date", "_start")
                             for c in table.columns)
        self.aggregate: dict[tuple[Any, ...], Record] = {}
        self.tasks: list[Record] = []
        self.explicit_milestones = 0
        self.named_milestones = 0
        self.dated_milestones: list[Record] = []
        self.wide = [c for c in table.columns if c.period]
        self.file = table.file_name
        self.sheet = table.sheet
        self.private = any(c.field and c.field[0] == "_" for c in table.columns)
        # what the last row said of its project: _NO_PROJECT, or a project the portfolio
        # does not hold as (name, code, created); read and cleared by _plan_rows
        self.note: tuple[str, str, bool] | None = None
        self.unit, self.unit_guessed = (_effort_unit(table) if entity == "allocation"
                                        else ("hours", False))

    def col(self, fname: str) -> str | None:
        c = self.table.column_for(fname)
        return c.letter if c else None

    def build(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str] | None:
        return self.handler(self.entity)(row, values)

    def handler(self, e: str) -> Callable[[int, dict[str, Any]], Record | tuple[str, str] | None]:
        """What builds a row of entity ``e`` (set ``entity`` to ``e`` before calling it)."""
        if e in RAID or e in ("change_request", "lesson"):
            return self._raid
        found: Callable[[int, dict[str, Any]], Any] | None = getattr(self, f"_build_{e}", None)
        if found is None:
            return lambda row, values: ("", f"importing {e} rows is not supported")
        return found

    # -- kinds -----------------------------------------------------------------------------
    def _no_project(self) -> tuple[str, str]:
        self.note = _NO_PROJECT
        hint = self.ctx.hints["no_project"]
        if self.has_project_col:
            col = self.col("project_id") or ""
            return (col, f"no project: the row's project cell is empty; name the project of "
                         f"such rows ({hint})")
        return ("", f"no project: the table has no project column; name one to attach these "
                    f"rows to ({hint})")

    def _raid(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        title = values.get("title")
        if not title and self.entity == "lesson":  # "What went well", "Recommendation"
            title = values.get("event") or values.get("recommendations")
            if title:
                values["title"] = title
        if not title:
            return (self.col("title") or "", "no title or description")
        if len(str(title)) > 120:
            if "description" in ENTITIES[self.entity].fields:
                values.setdefault("description", title)
            values["title"] = str(title)[:117].rstrip() + "…"
        no_owner = not values.get("owner") and self.entity in RAID and not (
            self.entity == "decision" and values.get("decided_by"))  # the decider owns it
        project, why = self._project(values, row)
        if why is not None:
            return why
        ref = values.get("ref")
        if not ref:
            if self.has_ref_col:
                return (self.col("ref") or "", "no ID in the ID column")
            ref = self._ref_by_title(project, str(values["title"]), values)
        ref = values["ref"] = str(ref)
        values["project_id"] = project
        rec = self._keyed(row, (project, ref), values, ref, self.entity)
        if no_owner and isinstance(rec, Record) and not self._existing_owner(rec, project):
            rec.warnings += (NO_OWNER,)
        return rec

    def _existing_owner(self, rec: Record, project: Any) -> Any:
        """The owner the store already holds for an updated item (None for a new one)."""
        if rec.existing_id is None:
            return None
        row = self.ctx.rows_by_key(rec.entity).get((project, rec.key))
        return row.get("owner") if row else None

    def _ref_by_title(self, project: Any, title: str,
                      values: dict[str, Any] | None = None) -> str:
        """No ID column: find the item by its title (of several with that title, the one
        whose other values agree most with the row's), or number a new one (R-001…)."""
        e = self.entity
        key = (e, project)
        if key not in self.ctx.titles:
            by_title: dict[str, list[dict[str, Any]]] = {}
            used: set[str] = set()
            for (pid, ref), row in self.ctx.rows_by_key(e).items():
                if pid == project:
                    by_title.setdefault(norm(row.get("title") or ""), []).append(row)
                    used.add(str(ref))
            self.ctx.titles[key] = by_title
            self.ctx.used_refs[key] = used
        found = self.ctx.titles[key].get(norm(title))
        if found:
            best = 0
            if len(found) > 1 and values:
                def agree(row: dict[str, Any]) -> int:
                    return sum(1 for k, v in values.items()
                               if k not in ("title", "ref", "project_id") and k in row
                               and _same(row[k], v))
                scores = [agree(row) for row in found]
                best = scores.index(max(scores))
            return str(found.pop(best)["ref"])
        used = self.ctx.used_refs[key]
        prefix = {"risk": "R", "issue": "I", "assumption": "A", "dependency": "D",
                  "decision": "DEC", "action": "ACT", "change_request": "CR",
                  "lesson": "L"}.get(e, "X")
        n = len(used) + 1
        while f"{prefix}-{n:03d}" in used:
            n += 1
        ref = f"{prefix}-{n:03d}"
        used.add(ref)
        return ref

    def _build_project(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        code, name = values.get("code"), values.get("name")
        if not code and not name:
            return (self.col("name") or self.col("code") or "", "no project code or name")
        programme = values.pop("programme_id", None)
        if programme:
            values["programme_id"] = self.ctx.parent("programme", str(programme), row, self.table)
        names = self.ctx._names("project", "code")
        if not code:
            found = names.get(norm(str(name)))
            if isinstance(found, tuple):
                code = found[1]
            elif found is not None:
                code = next(r["code"] for r in self.ctx.rows_by_key("project").values()
                            if r["id"] == found)
            else:
                code = _code_from(str(name), {k for k in names})
        code = str(code)
        values["code"] = code
        # a project named earlier by a child row is created here, with these values
        self.ctx.parents = [p for p in self.ctx.parents
                            if not (p.entity == "project" and p.key == code)]
        rec = self._record(row, {"code": code}, values, code)
        if isinstance(rec, Record) and rec.action == "create":
            names[norm(code)] = ("project", code)
            self.ctx.listed.add(code)
            if name:
                names.setdefault(norm(str(name)), ("project", code))
        return rec

    def _build_milestone(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str] | None:
        name = values.get("name")
        if not name:
            return (self.col("name") or "", "no milestone name")
        start = values.pop("_start", None)
        duration = values.pop("_duration", None)
        flag = values.pop("_flag", None)
        if values.pop("_summary", None):
            return ("skip", "a summary task")
        end = values.get("forecast_date")
        if self.has_dates and not (end or start or values.get("baseline_date")
                                   or values.get("actual_date")):
            return ("skip", "no date (a summary or heading row)")
        project, why = self._project(values, row)
        if why is not None:
            return why
        if end is None and start is not None:
            values["forecast_date"] = start
        named = bool(_MILESTONE_NAME.search(str(name))) or flag == 1
        if flag == 0 and self.table.column_for("_flag") is not None:
            named = False
            if start is not None and start != end:
                start = start or end
        explicit = named or bool(start and start == end) or duration == 0
        if values.get("pct_complete") is not None and "status" not in values and \
                values["pct_complete"] >= 1:
            # done: late when it finished after its baseline (domain.schedule's rule)
            finish = values.get("actual_date") or values.get("forecast_date")
            base = values.get("baseline_date")
            values["status"] = "complete_late" if finish and base and str(finish) > str(base) \
                else "complete_on_time"
        rec = self._record(row, {"project_id": project, "name": str(name)}, values, str(name))
        if isinstance(rec, Record):
            if explicit:
                self.explicit_milestones += 1
                if named or duration == 0:  # a zero-length task is a milestone by its plan
                    self.named_milestones += 1
                else:
                    self.dated_milestones.append(rec)
            elif start is not None:
                self.tasks.append(rec)
        return rec

    def _project(self, values: dict[str, Any], row: int) -> tuple[Any, tuple[str, str] | None]:
        """The row's project (an id, or a Ref to one this import creates), or why it has
        none: the row names a project the portfolio does not hold and the import may not
        create it, or it names none and the import names none either."""
        text = values.pop("project_id", None)
        if not text:
            project = self.ctx.default_project(self.table, row)
            return project, (None if project is not None else self._no_project())
        ctx, text = self.ctx, str(text)
        found = ctx._names("project", "code").get(norm(text))
        if found is not None and (type(found) is not tuple or found[1] in ctx.listed):
            return found, None  # in the portfolio, or in a project list of this import
        if found is None and not ctx.may_create_project(text):
            self.note = (text.strip(), ctx.new_code(text), False)
            return None, (self.col("project_id") or "",
                          f"project '{text.strip()}' is not in the portfolio "
                          f"({ctx.hints['new_project']})")
        project = found if found is not None else ctx.parent("project", text, row, self.table)
        self.note = (text.strip(), project[1], True)
        return project, None

    def _build_financial(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str] | None:
        project, why = self._project(values, row)
        if why is not None:
            return why
        measures = {k: values[k] for k in ("planned", "actual", "forecast", "earned")
                    if values.get(k) is not None}
        category = values.get("category")
        entries: list[tuple[str, dict[str, float]]] = []
        if self.wide:
            measure = _measure_of(self.table, row)
            for c in self.wide:
                raw = self.table.rows[row - 1][c.index] if c.index < len(self.table.rows[row - 1]) else None
                if V.is_empty(raw):
                    continue
                try:
                    amount = V.parse_money(raw, V.header_money(c.header)[0])
                except V.ValueProblem as exc:
                    return (c.letter, f"amount: {exc}")
                if amount is not None and c.period:
                    entries.append((c.period, {c.measure or measure: amount}))
        else:
            period = values.get("period")
            if not period:
                return (self.col("period") or "", "no period: the row has no month or date")
            if not measures:
                return ("skip", "no amount")
            entries.append((period, measures))
        for period, amounts in entries:
            key = (project, period)
            rec = self.aggregate.get(key)
            if rec is None:
                vals: dict[str, Any] = {"project_id": project, "period": period}
                vals.update(amounts)
                if category:
                    vals["category"] = category
                self.aggregate[key] = Record("financial", row, "create", period, vals,
                                             sheet=self.table.sheet, file=self.table.file_name)
            else:
                for k, v in amounts.items():
                    rec.values[k] = round((rec.values.get(k) or 0.0) + v, 6)
                if rec.values.get("category") != category:
                    rec.values.pop("category", None)
        return None

    def _build_resource(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        name = values.get("name")
        if not name:
            return (self.col("name") or "", "no name")
        role = values.pop("role_id", None)
        if role:
            values["role_id"] = self.ctx.parent("role", str(role), row, self.table)
        name = values["name"] = self.ctx.spelling("resource", " ".join(str(name).split()))
        return self._record(row, {"name": name}, values, name)

    def _build_allocation(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str] | None:
        person = values.pop("resource_id", None)
        if not person:
            return (self.col("resource_id") or "", "no resource named")
        resource = self.ctx.parent("resource", str(person), row, self.table)
        project, why = self._project(values, row)
        if why is not None:
            return why
        role = values.pop("role_id", None)
        if role:
            values["role_id"] = self.ctx.parent("role", str(role), row, self.table)
        entries: list[tuple[str, float]] = []
        if self.wide:
            for c in self.wide:
                raw = self.table.rows[row - 1][c.index] if c.index < len(self.table.rows[row - 1]) else None
                if V.is_empty(raw):
                    continue
                try:
                    hours = V.parse_float(raw)
                except V.ValueProblem as exc:
                    return (c.letter, f"hours: {exc}")
                if hours is not None and c.period:
                    entries.append((c.period, self._hours(hours, c.period)))
        else:
            if not values.get("period"):
                return (self.col("period") or "", "no period: the row has no month or date")
            entries.append((values["period"],
                            self._hours(values.get("hours") or 0.0, values["period"])))
        for period, hours in entries:
            key = (resource, project, period)
            rec = self.aggregate.get(key)
            if rec is None:
                vals = {k: v for k, v in values.items() if k not in ("period", "hours")}
                vals.update({"resource_id": resource, "project_id": project, "period": period,
                             "hours": hours})
                self.aggregate[key] = Record("allocation", row, "create",
                                             f"{person}/{period}", vals,
                                             sheet=self.table.sheet, file=self.table.file_name)
            else:
                rec.values["hours"] = round((rec.values.get("hours") or 0.0) + hours, 6)
        return None

    def _hours(self, amount: float, period: str) -> float:
        """Effort as stored (hours) from the table's unit (DOMAIN §4.2): days × hours per
        day; FTE (or % of time) × the month's working days × hours per day."""
        if self.unit == "hours":
            return amount
        per_day = self.ctx.hours_per_day()
        if self.unit == "days":
            return round(amount * per_day, 4)
        fte = amount / 100.0 if self.unit == "pct" else amount
        return round(fte * _working_days(period) * per_day, 4)

    def finish(self) -> list[Record]:
        """Aggregated records (financials, allocations) compared with the store."""
        out = []
        for rec in self.aggregate.values():
            ent = ENTITIES[rec.entity]
            keyvals = {k: rec.values[k] for k in ent.key}
            if rec.entity == "allocation" and not rec.values.get("hours") and \
                    self.ctx.rows_by_key("allocation").get(tuple(keyvals.values())) is None:
                continue  # an empty month: nothing booked, nothing to create
            values = {k: v for k, v in rec.values.items()}
            made = self._record(rec.row, keyvals, values, rec.key, entity=rec.entity)
            if isinstance(made, Record):
                out.append(made)
        return out

    # -- compare with the store -----------------------------------------------------------
    def _record(self, row: int, keyvals: dict[str, Any], values: dict[str, Any], display: str,
                entity: str | None = None) -> Record | tuple[str, str]:
        e = entity or self.entity
        values.update(keyvals)
        return self._keyed(row, tuple([keyvals[k] for k in ENTITIES[e].key]), values, display, e)

    def _keyed(self, row: int, key: tuple[Any, ...], values: dict[str, Any], display: str,
               e: str) -> Record | tuple[str, str]:
        """``_record`` once ``values`` holds the key fields and ``key`` their values."""
        ent = ENTITIES[e]
        if self.private and any(k[0] == "_" for k in values):
            values = {k: v for k, v in values.items() if k[0] != "_"}
        pkey = (ent.table, ent.raid_type or "", *key)
        planned = self.ctx.planned
        seen = planned.get(pkey)
        if seen is not None:
            later = self.ctx.periods.get(id(self.table))
            if later is not None and seen[:2] in self.ctx.period_sheets.get(later[0], ()):
                return ("skip", f"an earlier period: {display} is taken from row {seen[2]} of "
                                f"'{seen[1]}'")
            where = f"row {seen[2]}" if seen[:2] == (self.file, self.sheet) else \
                f"row {seen[2]} of '{seen[1]}' in {seen[0]}"
            return ("", f"duplicate: {display} is already in {where}")
        planned[pkey] = (self.file, self.sheet, row)
        existing = None
        if tuple not in map(type, key):  # a parent planned in this import: a new key
            existing = self.ctx.rows_by_key(e).get(key)
        rec = Record(e, row, "create", display, values, {}, None, self.sheet, self.file, ())
        if existing is None:
            if None in values.values():
                rec.values = {k: v for k, v in values.items() if v is not None}
            if e == "milestone" and "baseline_date" not in rec.values and \
                    rec.values.get("forecast_date") and \
                    self.table.column_for("baseline_date") is None:
                rec.values["baseline_date"] = rec.values["forecast_date"]
            return rec
        rec.existing_id = existing["id"]
        if not existing.keys() >= values.keys():  # a field was not loaded: load all
            existing = self.ctx.full_row(e, key)
        keys = ent.key
        get = existing.get
        changes = {k: (get(k), v) for k, v in values.items()
                   if k not in keys and get(k) != v and not _same(get(k), v)}
        rec.changes = changes
        rec.action = "update" if changes else "unchanged"
        rec.values = {k: v for k, (_o, v) in changes.items()}
        return rec


def _same(old: Any, new: Any) -> bool:
    if old == new:
        return True
    if old is None or old == "":
        return new is None or new == ""
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(new, bool):
        return math.isclose(float(old), float(new), rel_tol=1e-9, abs_tol=1e-9)
    return bool(old == new) or str(old) == str(new)


def _measure_of(table: DetectedTable, row: int) -> str:
    """Which money a wide row holds: its own label, else the sheet's name."""
    words = {"planned": ("plan", "planned", "budget", "baseline", "pv", "projected", "presupuesto",
                         "soll"),
             "actual": ("actual", "actuals", "spend", "spent", "ac", "real", "ist", "gasto"),
             "forecast": ("forecast", "fcst", "etc", "outturn", "prognose", "estimate"),
             "earned": ("earned", "ev")}
    region = table.region
    cells = [v for v in table.rows[row - 1][region.first_col:region.last_col + 1]
             if isinstance(v, str)]
    for text in cells + [table.sheet, table.region.title or ""]:
        t = set(norm(text).split())
        for measure, ws in words.items():
            if t & set(ws):
                return measure
    return "planned"


def _milestones_only(tp: TablePlan, builder: _Builder) -> None:
    """A plan with milestone rows: its other tasks are skipped, not made milestones."""
    if builder.named_milestones:  # "M1: …" rows name the milestones; one-day tasks are tasks
        builder.tasks += builder.dated_milestones
    if not builder.explicit_milestones or not builder.tasks:
        return
    drop = {id(r) for r in builder.tasks}
    kept = []
    for rec in tp.records:
        if id(rec) in drop:
            tp.skipped.append((rec.row, "a task, not a milestone (it has a duration)"))
            tp.data_rows -= 1
        else:
            kept.append(rec)
    tp.records = kept
    tp.skipped.sort()
