"""Step 5's memory: the store's rows loaded once per entity, and what this import has
planned so far (parents to create, keys taken, refs numbered, spellings used).

Nothing here reads a cell: the planner is given parsed rows (``parse``).
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any, Collection

from pmo_desktop.domain.fiscal import fiscal_quarter_months

from .detected import Column, DetectedTable
from .planned import Record, Ref
from .resourcerows import person_key
from .vocab import norm, strip_accents

# How a rejected row says what to do about its project: the CLI's words unless the caller
# (the import wizard) passes its own.
HINTS = {"no_project": "--project CODE", "new_project": "use --create-projects to add it"}


class Context:
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
        # key → the project record planned for it (another table giving the same project —
        # a project list and its status form — adds its other fields to it)
        self.project_records: dict[tuple[Any, ...], Record] = {}
        self.titles: dict[tuple[str, Any], dict[str, list[dict[str, Any]]]] = {}
        self.used_refs: dict[tuple[str, Any], set[str]] = {}
        self.labels: dict[tuple[str, int], str] = {}  # (entity, id) → code or name
        self.task_tops: dict[str, int] = {}  # file → top tasks numbered by its plans so far
        self._default_norm = norm(project_code) if project_code else ""
        self.columns: list[str] | None = None  # fields to load from the store (None: all)
        # tables that are one sheet per period of the same layout: id → (group, rank)
        self.periods: dict[int, tuple[str, tuple[int, ...]]] = {}
        self.period_sheets: dict[str, set[tuple[str, str]]] = {}  # group → (file, sheet)s
        self._full: set[str] = set()
        self._hours_per_day: float | None = None
        self._fiscal_start: str | None = None
        self._spellings: dict[str, dict[str, str]] = {}
        # (file, sheet) → the projects the status forms on that sheet name (planned first)
        self.form_projects: dict[tuple[str, str], list[Any]] = {}
        # (file, sheet) → (code, name) of the project a sheet of one per project names
        self.sheet_projects: dict[tuple[str, str], tuple[str, str]] = {}

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

    def column_period(self, column: Column) -> str | None:
        """The month a period column's amounts go to: a fiscal quarter's last month
        under the portfolio's fiscal-year start ("Q1 FY26" from April: 2025-06), as a
        calendar quarter is read (its last month); else the column's own month."""
        if column.fiscal_quarter is None:
            return column.period
        if self._fiscal_start is None:
            start = "04-01"  # the store's default (store/db.py)
            try:
                start = str(self.store.settings().get("fiscal_year_start") or start)
            except (AttributeError, TypeError, ValueError):
                pass
            self._fiscal_start = start
        quarter, year = column.fiscal_quarter
        try:
            return fiscal_quarter_months(quarter, year, self._fiscal_start)[-1]
        except ValueError:
            return column.period

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
                        if entity == "resource":
                            table.setdefault(norm(person_key(str(v))), row["id"])
            self._lookup[entity] = table
        return self._lookup[entity]

    def parent(self, entity: str, text: str, row: int, table: DetectedTable,
               name: str | None = None) -> Any:
        """Id of the parent named ``text``, or a Ref to one planned for creation (a
        project named ``name`` when the row gives its name beside its code)."""
        key_field = "code" if entity == "project" else "name"
        names = self._names(entity, key_field)
        if entity == "resource":  # "Lee, Ann" is "Ann Lee" (resourcegrid.person_key)
            text = person_key(text)
        n = norm(text)
        if n in names:
            return names[n]
        if entity == "project":
            code = code_from(text, set(names))
            values = {"code": code, "name": str(name).strip() if name else text.strip()}
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
            self._new_codes[n] = code_from(name, set(self._names("project", "code")))
        return self._new_codes[n]

    def default_project(self, table: DetectedTable, row: int) -> Any:
        """The project of a row that names none: the project a status form on its sheet
        names (when it holds one form), the project whose code or name is the sheet's name
        (one sheet per project: in the portfolio, or listed by a project list of this
        import), else the one the import names."""
        on_form = self.form_projects.get((table.file_name, table.sheet), ())
        if len(on_form) == 1:
            return on_form[0]
        by_code = self._names("project", "code")
        sheet = by_code.get(norm(table.sheet)) if table.sheet else None
        if sheet is not None and (type(sheet) is not tuple or sheet[1] in self.listed):
            return sheet  # (in the portfolio, or in a project list of this import)
        if not self.project_code:
            return None
        names = self._lookup.get("project")
        if names is not None:  # the common case: named once, then looked up
            found = names.get(self._default_norm)
            if found is not None:
                return found
        return self.parent("project", self.project_code, row, table)

    def ref_by_title(self, e: str, project: Any, title: str,
                     values: dict[str, Any] | None = None) -> str:
        """No ID column: find the item by its title (of several with that title, the one
        whose other values agree most with the row's), or number a new one (R-001…)."""
        key = (e, project)
        if key not in self.titles:
            by_title: dict[str, list[dict[str, Any]]] = {}
            used: set[str] = set()
            for stored, row in self.rows_by_key(e).items():
                pid, ref = stored if len(stored) == 2 else (None, stored[0])  # (a benefit's
                if pid == project:  # key is its ref alone: it belongs to the portfolio)
                    by_title.setdefault(norm(row.get("title") or ""), []).append(row)
                    used.add(str(ref))
            self.titles[key] = by_title
            self.used_refs[key] = used
        found = self.titles[key].get(norm(title))
        if found:
            best = 0
            if len(found) > 1 and values:
                def agree(row: dict[str, Any]) -> int:
                    return sum(1 for k, v in values.items()
                               if k not in ("title", "ref", "project_id") and k in row
                               and same_value(row[k], v))
                scores = [agree(row) for row in found]
                best = scores.index(max(scores))
            return str(found.pop(best)["ref"])
        used = self.used_refs[key]
        prefix = {"risk": "R", "issue": "I", "assumption": "A", "dependency": "D",
                  "decision": "DEC", "action": "ACT", "change_request": "CR",
                  "lesson": "L", "benefit": "BEN"}.get(e, "X")
        n = len(used) + 1
        while f"{prefix}-{n:03d}" in used:
            n += 1
        ref = f"{prefix}-{n:03d}"
        used.add(ref)
        return ref


def period_sheets(tables: list[DetectedTable], ranks: dict[int, tuple[int, ...] | None]
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
        found = [ranks.get(id(t)) for t in members]
        if any(r is None for r in found) or len({r[0] for r in found if r}) != 1:
            continue
        group = f"{path}|{signature}"
        for t, rank in zip(members, found):
            assert rank is not None
            out[id(t)] = (group, rank)
            sheets.setdefault(group, set()).add((t.file_name, t.sheet))
    return out, sheets


# A project's code at the start of a sheet's name ("P2417 BEV-Mid", "PRJ-031 Portal"):
# letters and two digits or more; not a period's label ("FY26", "W14", "Q3", "P10")
_SHEET_CODE = re.compile(r"^([A-Za-z]{1,5}[-_]?\d{2,}[A-Za-z]?)(?:\s*[-–—:]\s*|\s+)(\S.*)$")
_PERIOD_CODE = re.compile(
    r"^(?:(?:fy|cy)[-_]?\d{2}(?:\d{2})?|(?:q|h|w|wk|kw|cw|p|m|s|t|v|sprint|pi)[-_]?\d{1,2})$", re.I)


def sheet_projects(tables: list[DetectedTable]) -> dict[tuple[str, str], tuple[str, str]]:
    """A file of one sheet per project: two sheets or more whose tables are of one kind
    with the same headers and no project column, each sheet named by a different
    project's code and name ("P2417 BEV-Mid", "P2475 Klapa tylna"), and no other sheet
    with such a table. (file name, sheet) → (code, name): each sheet's rows are that
    project's, not all the one project the import names (where one sheet's rows would
    collide with another's)."""
    groups: dict[tuple[str, str, str | None], list[DetectedTable]] = {}
    for t in tables:
        if t.entity not in (None, "project") and t.column_for("project_id") is None:
            groups.setdefault((t.path, t.signature, t.entity), []).append(t)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for members in groups.values():
        named = {}
        for t in members:
            m = _SHEET_CODE.match(t.sheet.strip())
            if m is None or _PERIOD_CODE.match(m.group(1)):
                break
            named[t.sheet] = (m.group(1), m.group(2).strip())
        else:
            codes = {norm(code) for code, _n in named.values()}
            if len(named) >= 2 and len(codes) == len(named):
                for t in members:
                    out[(t.file_name, t.sheet)] = named[t.sheet]
    return out


def code_from(name: str, taken: set[str]) -> str:
    """A project code for a project named in a row: ``"CRM Upgrade"`` → ``"CRM-UPGRADE"``."""
    words = re.findall(r"[A-Za-z0-9]+", strip_accents(name).upper())
    base = "-".join(words)[:24].strip("-") or "PROJECT"
    code, n = base, 2
    while norm(code) in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def same_value(old: Any, new: Any) -> bool:
    if old == new:
        return True
    if old is None or old == "":
        return new is None or new == ""
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(new, bool):
        return math.isclose(float(old), float(new), rel_tol=1e-9, abs_tol=1e-9)
    return bool(old == new) or str(old) == str(new)
