"""Step 5, one row: a data row's parsed values made into a record to create, update or
leave as it is — its parents found or planned, its key, its changes against the store —
or the reason it is rejected or skipped. Rows of a financial or allocation table are
summed by their key (project and month) and compared with the store at the end."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from pmo_desktop.domain.schedule import completion_status, iso_date
from pmo_desktop.store.schema import ENTITIES

from .detected import DetectedTable, column_values
from .parsed import ParsedTable
from .milestonenames import repeated_names
from .plancontext import Context, code_from, same_value
from .planned import Record
from .projectmerge import merge_project
from .resourcerows import person_key, sheet_month, unnamed_demand
from .vocab import ALLOCATION_PERSON_FIELDS, MONTH_OF_YEAR, RAID, norm

_MILESTONE_NAME = re.compile(r"^\s*m\d+\b|milestone|meilenstein|\bhito\b|\bjalon\b|\bmarco\b|"
                             r"go[ -]?live|sign[ -]?off|\bgate\b", re.I)
NO_OWNER = "no owner"
KEPT_NAME = "kept the stored name"
# A column read as a record's name with less confidence than this does not rename it.
WEAK_NAME = 0.8
NO_PROJECT = ("", "", False)


def working_days(period: str) -> int:
    """Monday–Friday days of a ``YYYY-MM`` month (21 or 22, sometimes 20 or 23)."""
    try:
        year, month = int(period[:4]), int(period[5:7])
        first = date(year, month, 1)
    except ValueError:
        return 21
    days = (date(year + month // 12, month % 12 + 1, 1) - first).days
    return sum(1 for d in range(days) if (first.weekday() + d) % 7 < 5)


# Kinds whose record two sheets of an import may give, each adding its fields (a
# project's list and its form; a change log's requests and their impact analysis)
_MERGED = frozenset((*RAID, "change_request", "lesson"))


_WEAK_PROJECT = 0.9  # below: a project column matched by a word it shares with another


def _weak_project(table: DetectedTable, parsed: ParsedTable, ctx: Context) -> str | None:
    """The header of ``table``'s project column when it was matched weakly and none of
    its cells names a project the portfolio holds or this import lists, else None."""
    col = table.column_for("project_id")
    if col is None or col.confidence >= _WEAK_PROJECT:
        return None
    known = ctx._names("project", "code")
    for i in parsed.data:
        row = table.rows[i]
        value = row[col.index] if col.index < len(row) else None
        if value is not None and str(value).strip() and \
                any(p in known for p in _projects_in(str(value))):
            return None
    return col.header


# a project's name with its code in brackets after it: "SCS Member Portal (KDS-AU-0142)";
# or its code (letters, then a digit) before its name: "NPD-2403 Cold Brew", "P2 行李处理系统"
_CODE_IN_BRACKETS = re.compile(r"^(\S.*?)\s*\((?=[^)]*\d)([A-Za-z0-9][\w./-]{1,19})\)$")
_CODE_FIRST = re.compile(r"^([A-Za-z]{1,6}[-_/]?\d[\w./-]{0,14})(?:\s*[-–—:]\s*|\s+)(\S.*)$")


def _sole_project(table: DetectedTable, parsed: ParsedTable) -> str | None:
    """The one project every data row of ``table`` names in its project column
    (normalised), if they all name it — alone, or among others ("Launch, Marketing": a
    task in two of a tool's projects)."""
    col = table.column_for("project_id")
    if col is None:
        return None
    common: set[str] | None = None
    for i in parsed.data:
        row = table.rows[i]
        value = row[col.index] if col.index < len(row) else None
        if value is not None and str(value).strip():
            named = _projects_in(str(value))
            common = named if common is None else common & named
            if not common:
                return None
    return common.pop() if common is not None and len(common) == 1 else None


def _projects_in(text: str) -> set[str]:
    """The projects a cell names (normalised): one, or several with commas between."""
    return {norm(p) for p in [text, *re.split(r"\s*[,;]\s*", text)] if norm(p)}


class Builder:
    """Turns one row's parsed values into a Record (or a rejection)."""

    def __init__(self, ctx: Context, parsed: ParsedTable, entity: str) -> None:
        table = parsed.table
        self.ctx = ctx
        self.parsed = parsed
        self.table: DetectedTable = table
        self.entity = entity
        self.has_project_col = table.column_for("project_id") is not None
        # An ID column left empty in every row (a template's, never filled in) keys the
        # rows by their titles, as a table without one does; one ID anywhere makes it a key.
        ref_col = table.column_for("ref")
        self.has_ref_col = ref_col is not None and bool(column_values(table, ref_col.index, 1))
        self.has_dates = any(c.field in ("forecast_date", "baseline_date", "actual_date", "_start")
                             for c in table.columns)
        self.aggregate: dict[tuple[Any, ...], Record] = {}
        self.tasks: list[Record] = []
        self.repeats: dict[int, int] = {}  # a row rejected as a duplicate → the row it repeats
        self.adding = False  # the row names its item by ID alone, to add fields to it
        self.explicit_milestones = 0
        self.named_milestones = 0
        self.dated_milestones: list[Record] = []
        # a milestone repeated by site under its own ID: what tells each row's apart
        self.told_apart = repeated_names(table, parsed) if entity == "milestone" else {}
        self.wide = [c for c in table.columns if c.period]
        self.file = table.file_name
        self.sheet = table.sheet
        self.private = any(c.field and c.field[0] == "_" for c in table.columns)
        # what the last row said of its project: NO_PROJECT, or a project the portfolio
        # does not hold as (name, code, created); read and cleared by planrows
        self.note: tuple[str, str, bool] | None = None
        self.unit, self.unit_guessed = ((parsed.unit, parsed.unit_guessed)
                                        if entity == "allocation" else ("hours", False))
        self.sole_project = _sole_project(table, parsed) if ctx.project_code else None
        # a column read as the project only weakly ("Projet / Lot": a project, or a work
        # package) none of whose cells names a project of the portfolio or of this import:
        # its rows are the import's project's, and the table says so (planrows)
        # (one project named on every row is the team's name for the import's: read_as)
        self.weak_project = _weak_project(table, parsed, ctx) if ctx.project_code and \
            ctx.create_projects is False and self.sole_project is None else None
        # the file's name for the project that the import's project stands for
        self.read_as: str | None = None

    def _keep_name(self, rec: Record, changes: dict[str, tuple[Any, Any]]) -> None:
        """A stored record's name (or title) is not blanked, nor renamed from a column read
        as the name only by a weak match: the change is held back and the record says so
        (``KEPT_NAME``); its other changes go ahead."""
        field_name = next((f for f in ("name", "title") if f in changes), None)
        if field_name is None or not changes[field_name][0]:
            return
        old, new = changes[field_name]
        col = self.table.column_for(field_name)
        if new not in (None, "") and (col is None or col.confidence >= WEAK_NAME):
            return
        del changes[field_name]
        where = f"column {col.letter} '{col.header}'" if col is not None else "the file"
        why = ("is empty" if new in (None, "") else
               f"reads '{new}', and {where} is the {field_name} only by a weak match")
        rec.warnings += (f"{KEPT_NAME} '{old}' (row {rec.row}: {why})",)

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
        self.note = NO_PROJECT
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
        if not title and not values.get("ref"):
            return (self.col("title") or "", "no title or description")
        if title and len(str(title)) > 120:
            if "description" in ENTITIES[self.entity].fields:
                values.setdefault("description", title)
            values["title"] = str(title)[:117].rstrip() + "…"
        no_owner = not values.get("owner") and self.entity in RAID and not (
            self.entity == "decision" and values.get("decided_by"))  # the decider owns it
        project, why = self._project(values, row)
        if why is not None:
            return why
        self.adding = not title
        if not title:  # a row of a sheet that adds fields to items named by their IDs
            title = values["title"] = self._known_title(project, str(values["ref"]))
            if not title:
                return (self.col("title") or "", "no title or description")
        ref = values.get("ref")
        if not ref:
            if self.has_ref_col:
                return (self.col("ref") or "", "no ID in the ID column")
            ref = self.ctx.ref_by_title(self.entity, project, str(values["title"]), values)
        ref = values["ref"] = str(ref)
        values["project_id"] = project
        rec = self._keyed(row, (project, ref), values, ref, self.entity)
        if no_owner and isinstance(rec, Record) and not self._existing_owner(rec, project):
            rec.warnings += (NO_OWNER,)
        return rec

    def _known_title(self, project: Any, ref: str) -> Any:
        """The title of the item ``ref`` of ``project`` that another sheet of this import
        gives, or the store holds (None when neither does)."""
        ent = ENTITIES[self.entity]
        earlier = self.ctx.project_records.get((ent.table, ent.raid_type or "", project, ref))
        if earlier is not None:
            return earlier.values.get("title")
        if type(project) is tuple:  # a project this import creates holds nothing yet
            return None
        row = self.ctx.rows_by_key(self.entity).get((project, ref))
        return row.get("title") if row else None

    def _existing_owner(self, rec: Record, project: Any) -> Any:
        """The owner the store already holds for an updated item (None for a new one)."""
        if rec.existing_id is None:
            return None
        row = self.ctx.rows_by_key(rec.entity).get((project, rec.key))
        return row.get("owner") if row else None

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
                code = code_from(str(name), {k for k in names})
        code = str(code)
        values["code"] = code
        # a project named earlier by a child row is created here, with these values
        self.ctx.parents = [p for p in self.ctx.parents
                            if not (p.entity == "project" and p.key == code)]
        rec = self._record(row, {"code": code}, values, code)
        if isinstance(rec, Record) and rec.action == "create" and not name:
            self.forget(rec)  # a new project needs a name (the store refuses one without)
            return (self.col("code") or "", f"no name for the new project '{code}'")
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
        if row - 1 in self.told_apart:  # "Permits obtained – MI-Bicocca"
            name = values["name"] = f"{name} – {self.told_apart[row - 1]}"
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
            # with no baseline, the target a finished milestone was given is its plan
            planned = values.get("baseline_date") or (
                values.get("forecast_date") if values.get("actual_date") else None)
            values["status"] = completion_status(iso_date(planned), iso_date(finish))
        rec = self._record(row, {"project_id": project, "name": str(name)}, values, str(name))
        if isinstance(rec, Record):
            if explicit:
                self.explicit_milestones += 1
                if named or duration == 0:  # a zero-length task is a milestone by its plan
                    self.named_milestones += 1
                else:
                    self.dated_milestones.append(rec)
            elif start is not None or (duration or 0) > 0:
                self.tasks.append(rec)
        return rec

    def _project(self, values: dict[str, Any], row: int) -> tuple[Any, tuple[str, str] | None]:
        """The row's project (an id, or a Ref to one this import creates), or why it has
        none: the row names a project the portfolio does not hold and the import may not
        create it, or it names none and the import names none either."""
        text = values.pop("project_id", None)
        name = values.pop("_project_name", None)  # (beside a column of codes)
        if not text and (named := self.ctx.sheet_projects.get(
                (self.table.file_name, self.table.sheet))) is not None:
            text, name = named  # one sheet per project: the sheet's ("P2417 BEV-Mid")
        if not text or self.weak_project is not None or not norm(str(text)):  # ("—": none)
            project = self.ctx.default_project(self.table, row)
            return project, (None if project is not None else self._no_project())
        ctx, text = self.ctx, str(text)
        written = text
        if ctx._names("project", "code").get(norm(text)) is None:
            # "SCS Member Portal (KDS-AU-0142)", "NPD-2403 Cold Brew": the project's code
            # with its name after or before it
            if (coded := _CODE_IN_BRACKETS.match(text.strip())) is not None:
                text, name = coded.group(2), name or coded.group(1)
            elif (coded := _CODE_FIRST.match(text.strip())) is not None:
                text, name = coded.group(1), name or coded.group(2)
        found = ctx._names("project", "code").get(norm(text))
        if found is not None and (type(found) is not tuple or found[1] in ctx.listed):
            return found, None  # in the portfolio, or in a project list of this import
        if found is None and not ctx.may_create_project(text) and \
                self.sole_project is not None and self.sole_project in _projects_in(written):
            # a tracker of one project ("Projects: PayNow Collections" on every row of an
            # Asana export), imported into the project the import names: the file's name
            # for it is the team's, the project the one chosen
            project = ctx.default_project(self.table, row)
            if project is not None:
                self.read_as = written.strip()
                return project, None
        if found is None and not ctx.may_create_project(text):
            self.note = (text.strip(), ctx.new_code(text), False)
            return None, (self.col("project_id") or "",
                          f"project '{text.strip()}' is not in the portfolio "
                          f"({ctx.hints['new_project']})")
        project = found if found is not None else ctx.parent("project", text, row, self.table,
                                                             name=name)
        self.note = (str(name).strip() if name and found is None else text.strip(),
                     project[1], True)
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
            measure = self.parsed.measures[row - 1]
            read = self.parsed.wide[row - 1]
            if isinstance(read, tuple):
                return read
            for c, amount in read:
                period = self.ctx.column_period(c)
                if period:
                    # a budget line's own row ("Budget" beside "Actual / Forecast") is the
                    # plan under a quarter marked actual ("Q1 (A)"); else the column says
                    entries.append((period, {"planned" if row - 1 in self.parsed.planned_rows
                                             else c.measure or measure: amount}))
        else:
            period = values.get("period")
            if isinstance(period, str) and period.startswith(MONTH_OF_YEAR):
                year = values.get("_year")  # "Period" 10 of "Fiscal Year" 2025
                period = f"{year:04d}-{period[len(MONTH_OF_YEAR):]}" \
                    if isinstance(year, int) and 1900 < year < 2200 else None
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

    def _build_benefit(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        """A benefit of the portfolio (no project: ``linked_projects`` names the projects
        that enable it, as the register writes them), keyed by its ID, else found by its
        title or numbered (BEN-001…)."""
        title = values.get("title")
        if not title and values.get("measure"):  # a results framework's indicator
            title = values["title"] = values["measure"]
        if not title:
            return (self.col("title") or "", "no benefit title")
        if len(str(title)) > 120:
            values.setdefault("description", title)
            values["title"] = str(title)[:117].rstrip() + "…"
        ref = values.get("ref")
        if not ref:
            if self.has_ref_col:
                return (self.col("ref") or "", "no ID in the ID column")
            ref = self.ctx.ref_by_title("benefit", None, str(title), values)
        values["ref"] = str(ref)
        return self._record(row, {"ref": str(ref)}, values, str(ref))

    def _build_stakeholder(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        """A stakeholder of the portfolio (no project: ``projects`` names those they have a
        stake in, as the register writes them), keyed by their name as written (a person
        or a body: "Walsh, Liam", "Hutt City Council")."""
        name = values.get("name")
        if not name:
            return (self.col("name") or "", "no name")
        name = values["name"] = " ".join(str(name).split())
        return self._record(row, {"name": name}, values, name)

    def _build_resource(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str]:
        name = values.get("name")
        if not name:
            return (self.col("name") or "", "no name")
        role = values.pop("role_id", None)
        if role:
            values["role_id"] = self.ctx.parent("role", str(role), row, self.table)
        name = values["name"] = self.ctx.spelling("resource", " ".join(str(name).split()))
        rec = self._record(row, {"name": name}, values, name)
        if isinstance(rec, Record) and rec.action == "create":
            # a person a resource plan of this import books is this one, not another new
            # one of the same name (resource tables are planned before allocations)
            self.ctx._names("resource", "name")[norm(person_key(name))] = ("resource", name)
        return rec

    def _build_allocation(self, row: int, values: dict[str, Any]) -> Record | tuple[str, str] | None:
        person = values.pop("resource_id", None) or unnamed_demand(values)
        if not person:
            return (self.col("resource_id") or "", "no resource named")
        project, why = self._project(values, row)
        if why is not None:
            return why
        role = values.pop("role_id", None)
        if role:
            values["role_id"] = self.ctx.parent("role", str(role), row, self.table)
        own = {f: v for f in ALLOCATION_PERSON_FIELDS
               if (v := values.pop(f, None)) is not None and v != ""}
        known = len(self.ctx.parents)
        resource = self.ctx.parent("resource", str(person), row, self.table)
        if len(self.ctx.parents) > known:  # a new person: with the row's role, team, rate
            new = self.ctx.parents[-1].values
            new.update(own)
            if role:
                new["role_id"] = values["role_id"]
        entries: list[tuple[str, float]] = []
        if self.wide:
            efforts = self.parsed.wide[row - 1]
            if isinstance(efforts, tuple):
                return efforts
            for c, hours in efforts:
                period = self.ctx.column_period(c)
                if period and c.months > 1:
                    # a quarter: its three months each get their share; FTE (a rate) is
                    # each month's, hours and days (a total) are split evenly
                    share = hours / c.months if self.unit in ("hours", "days") else hours
                    entries.extend((m, self._hours(share, m))
                                   for m in months_to(period, c.months))
                elif period:
                    entries.append((period, self._hours(hours, period, c.workdays)))
        else:
            # one sheet per month: the sheet's name is the month
            values["period"] = values.get("period") or sheet_month(
                self.ctx.periods.get(id(self.table)))
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

    def _hours(self, amount: float, period: str, workdays: int | None = None) -> float:
        """Effort as stored (hours) from the table's unit (DOMAIN §4.2): days × hours per
        day; FTE (or % of time) × the working days of the column's span (a week's five)
        or else of the month × hours per day."""
        if self.unit == "hours":
            return amount
        per_day = self.ctx.hours_per_day()
        if self.unit == "days":
            return round(amount * per_day, 4)
        fte = amount / 100.0 if self.unit == "pct" else amount
        return round(fte * (workdays or working_days(period)) * per_day, 4)

    def finish(self) -> list[Record | tuple[int, str, str]]:
        """Aggregated records (financials, allocations) compared with the store, or why
        one is not imported (its first row, column, reason): another table of the import
        already gives that project's month."""
        out: list[Record | tuple[int, str, str]] = []
        for rec in self.aggregate.values():
            ent = ENTITIES[rec.entity]
            keyvals = {k: rec.values[k] for k in ent.key}
            if rec.entity == "allocation" and not rec.values.get("hours") and \
                    self.ctx.rows_by_key("allocation").get(tuple(keyvals.values())) is None:
                continue  # an empty month: nothing booked, nothing to create
            values = {k: v for k, v in rec.values.items()}
            made = self._record(rec.row, keyvals, values, rec.key, entity=rec.entity)
            out.append(made if isinstance(made, Record) else (rec.row, made[0], made[1]))
        return out

    def forget(self, rec: Record) -> None:
        """``rec`` will not be imported after all: a later row with its key is not a
        duplicate of it."""
        ent = ENTITIES[rec.entity]
        pkey = (ent.table, ent.raid_type or "", *(rec.values.get(k) for k in ent.key))
        if self.ctx.planned.get(pkey) == (self.file, self.sheet, rec.row):
            del self.ctx.planned[pkey]

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
            if seen[:2] == (self.file, self.sheet):
                self.repeats[row] = seen[2]
            where = f"row {seen[2]}" if seen[:2] == (self.file, self.sheet) else \
                f"row {seen[2]} of '{seen[1]}' in {seen[0]}"
            earlier = self.ctx.project_records.get(pkey) \
                if seen[:2] != (self.file, self.sheet) and (e == "project" or self.adding) \
                else None  # (a log's item given twice is a duplicate, unless the later
            # row only adds fields to it: one named by its ID alone)
            if earlier is not None:
                merging = Record(e, row, "create", display, values, {}, None, self.sheet,
                               self.file, ())
                return merge_project(self.ctx, earlier, merging, key, where)
            return ("", f"duplicate: {display} is already in {where}")
        planned[pkey] = (self.file, self.sheet, row)
        existing = None
        if tuple not in map(type, key):  # a parent planned in this import: a new key
            existing = self.ctx.rows_by_key(e).get(key)
        rec = Record(e, row, "create", display, values, {}, None, self.sheet, self.file, ())
        if e == "project" or e in _MERGED:
            self.ctx.project_records[pkey] = rec
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
                   if k not in keys and get(k) != v and not same_value(get(k), v)}
        moving = set(changes)
        self._keep_name(rec, changes)
        rec.changes = changes
        rec.action = "update" if changes else "unchanged"
        if len(changes) < len(moving):  # a name held back stays as stored
            values = {k: existing.get(k) if k in moving and k not in changes else v
                      for k, v in values.items()}
        rec.given = values
        rec.values = {k: v for k, (_o, v) in changes.items()}
        return rec


def months_to(last: str, count: int) -> list[str]:
    """The ``count`` months (``YYYY-MM``) ending with ``last``, oldest first."""
    end = int(last[:4]) * 12 + int(last[5:7]) - 1
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(end - count + 1, end + 1)]
