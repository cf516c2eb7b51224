"""Step 3: match header cells to fields and decide what each table holds.

A table's entity is the one whose fields its headers match best (``headers``), helped
by the sheet name and the title above the table, and checked against the column's
values (``fields``: a "Status" of Green/Amber/Red is a RAG, a "Type" of Risk/Issue
splits a RAID log). Every header cell is kept, mapped or not. ``build_table`` makes a
``DetectedTable`` (``detected``) of a region the tables step found.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from pmo_desktop.store.labels import field_label

from . import values as V
from .book import Sheet, Workbook
from .budgetlines import budget_lines
from .columnmatch import (SPANS, assign, bare_entity_word, column_matches, own_label,
                          range_column, range_pair)
from .markedscale import read_marked
from .detected import SAMPLE, Column, DetectedTable, Source, column_values  # noqa: F401
from .fields import enum_choices, kind_of, make_parser, raid_type, values_fit  # noqa: F401
from .headers import header_matches
from .intakedetect import proposal_evidence
from .plandetect import plan_or
from .region import Region
from .resourcegrid import beyond_effort, names_effort, names_money, number_share, refine as refine_resource_plan
from .widecols import period_columns
from .vocab import (ENTITY_NAMES, ENTITY_WORDS, LOG_KINDS, NON_DATA_SHEETS, RAID, measure_in,
                    norm)

__all__ = ["Column", "DetectedTable", "Source", "column_values", "kind_of", "make_parser",
           "enum_choices", "header_matches", "values_fit", "build_table", "detect", "remap",
           "apply_mapping", "apply_profile", "header_signature", "assign", "SAMPLE"]


# -- entity detection ----------------------------------------------------------------------

IDENTITY: dict[str, tuple[tuple[str, ...], ...]] = {
    # all groups must be present; each group is satisfied by any of its fields
    "project": (("name", "code"),),
    "milestone": (("name",), ("forecast_date", "baseline_date", "actual_date", "_start")),
    "financial": (("period", "_wide"), ("planned", "actual", "forecast", "earned", "_wide")),
    "resource": (("name",), ("email", "role_id", "team", "fte", "cost_rate", "location")),
    # a person's effort, or a role's not yet given to anyone (demand by role)
    "allocation": (("resource_id", "role_id"), ("hours", "_wide"), ("period", "_wide")),
    "change_request": (("title", "description"),),
    "lesson": (("title", "description", "event", "recommendations"),),
    "task": (("name",), ("start_forecast", "finish_forecast", "start_actual", "finish_actual",
                         "start_baseline", "finish_baseline", "duration_days", "parent_ref")),
}
for _t in RAID:
    IDENTITY[_t] = (("title", "description"),)
IDENTITY["decision"] = (("title", "description", "decision"),)  # "Decision made" alone
IDENTITY["proposal"] = (("name",),)  # and evidence of its own (intakedetect)
# a benefit has a title and what only a benefit has: a measure, a baseline or target value,
# a type or a realisation period (a "Benefits" column on a project list is not enough)
IDENTITY["benefit"] = (("title",), ("measure", "baseline_value", "target_value",
                                    "benefit_type", "realisation_start", "threshold"))
# a stakeholder has a name and what only a stakeholder has: power, interest or engagement
# (a team list's "Role" or a project list's "Owner" are not enough)
IDENTITY["stakeholder"] = (("name",), ("power", "interest", "current_engagement",
                                       "desired_engagement"))


def sheet_words(text: str) -> set[str]:
    return set(norm(text).split())


@lru_cache(maxsize=None)
def _kind_words(entity: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words naming ``entity``'s records: single words, and phrases ("lessons
    learned", "משימות לביצוע") padded for a search in a padded text."""
    words = ENTITY_WORDS.get(entity, ())
    return (frozenset(w for w in words if " " not in w),
            tuple(f" {w} " for w in words if " " in w))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_PLAN_WORDS = frozenset({"plan", "planning", "schedule"})
_PLANNED_KINDS = ("resource", "allocation", "financial")


def _entity_hint(entity: str, text: str | None) -> float:
    if not text:
        return 0.0
    single, phrases = _kind_words(entity)
    t = norm(text)
    words = t.split()
    hit = single.intersection(words)
    if hit and hit <= _PLAN_WORDS and entity in ("task", "milestone") and any(
            w in _kind_words(other)[0] for other in _PLANNED_KINDS for w in words):
        return 0.0  # "Contractor Plan", "Cost Plan": a plan of people or money, not tasks
    if hit:
        return 1.0
    padded = f" {t} "
    if any(p in padded for p in phrases):
        return 1.0
    # Chinese and Japanese write no spaces: "リスク評価表" (the risk assessment sheet)
    # holds "リスク" inside it
    return 1.0 if _CJK.search(t) and any(
        len(w) >= 2 and _CJK.match(w) and w in t for w in single) else 0.0


_FILE_NAMED = 1.0  # (a sheet's name says it twice as surely)


def _file_named(table: DetectedTable, entity: str) -> float:
    """What a workbook's file name says for ``entity`` ("Bitacora_problemas_proveedores
    .xlsx": a log of problems) for a table on a sheet whose name names no kind of record
    ("Bitácora", "Sheet1"), said of a log's records only: a file named for a status
    report or a plan holds tasks, risks and money as often as projects. (A CSV's sheet
    is its file's name already.)"""
    book = Path(table.path).stem
    if entity not in LOG_KINDS or not book or norm(book) == norm(table.sheet) or \
            _names_a_kind(table.sheet):
        return 0.0
    return _entity_hint(entity, book)


@lru_cache(maxsize=1024)
def _names_a_kind(sheet: str) -> bool:
    """Whether a sheet's name names any kind of record (asked once a sheet, not once a
    kind and table)."""
    return any(_entity_hint(e, sheet) for e in ENTITY_NAMES)


def sheet_named(table: DetectedTable, entity: str) -> bool:
    """Whether the sheet's name or the table's title names ``entity``'s records."""
    return bool(_entity_hint(entity, table.sheet) or _entity_hint(entity, table.region.title))


def _named(table: DetectedTable, entity: str) -> float:
    """What the sheet's name, the table's title and its headers' words ("Task Name",
    "Risk ID") say for ``entity``, as points added to its columns' score. A sheet named
    for a workstream ("Credit Risk", "Market Risk") over headers that name another kind
    of record ("Issue ID", "Issue Title") is an issue log: the headers say what each row
    is, so the sheet's (and the title's) word then counts for little."""
    sheet = 2.0 * _entity_hint(entity, table.sheet) or _FILE_NAMED * _file_named(table, entity)
    title = 1.0 * _entity_hint(entity, table.region.title)
    if (sheet or title) and entity in LOG_KINDS:
        logs = _logs_named(table, entity)
        if max(logs.values(), default=0) >= 2 and logs.get(entity, 0) < max(logs.values()):
            sheet, title = sheet / 4, title / 4
    # (a group's label over several columns, "Monthly demand (FTE)" over the months or
    # "RESOURCE DETAILS" over a person's columns, is one label, not one a column)
    groups = table.region.groups
    own = [(c, own_label(c.header, groups.get(c.index))) for c in table.columns[:12]
           if norm(c.header) not in _TOOL_HEADERS]
    heads = sum(_entity_hint(entity, label) for c, label in own if not c.period) \
        + max((_entity_hint(entity, label) for c, label in own if c.period), default=0.0) \
        + sum(_entity_hint(entity, g) for g in {groups[c.index] for c, _l in own
                                                 if c.index in groups})
    # two headers or more that name a log's record ("Issue ID", "Issue Title") say outright
    # what each row is
    return sheet + title + (1.0 if heads >= 2 and entity in LOG_KINDS else 0.5) * heads + \
        (1.0 if _ref_prefix(table) in _REF_PREFIXES.get(entity, ()) else 0.0)


# The letters a register numbers its records with, by kind: a change log's "CHG0031842",
# "CR-014", an engineering change's "ECR-0012", a risk register's "RSK-07" (one letter is no
# evidence: "A-004" is an action or an assumption)
_REF_PREFIXES = {
    "change_request": ("cr", "chg", "rfc", "crq", "vo", "ccn", "ecr", "ecn", "eco", "ecm"),
    "risk": ("rsk", "risk"),
    "issue": ("iss", "issue", "ncr"), "action": ("act", "ai"), "decision": ("dec",),
    "dependency": ("dep",), "assumption": ("asm", "asu"), "lesson": ("ll", "lsn", "les"),
    "milestone": ("ms",), "benefit": ("ben",), "task": ("tsk",), "stakeholder": ("stk",),
    "project": ("prj", "proj")}
_PREFIXED = re.compile(r"([A-Za-z]{2,5})[-_ ]?\d+")


def _ref_prefix(table: DetectedTable) -> str | None:
    """The letters all (nine in ten) of the records' numbers in one of the first three
    columns begin with, lower case; None when no column is numbered so."""
    for c in table.columns[:3]:
        values = [v for v in column_values(table, c.index, 60) if isinstance(v, str)]
        if len(values) < 2:
            continue
        found = [m.group(1).lower() for v in values if (m := _PREFIXED.fullmatch(v.strip()))]
        if len(found) * 10 >= len(values) * 9 and len(set(found)) == 1:
            return found[0]
    return None


# A tracker tool's own column names, the same whatever its rows are: Jira calls every
# work item an issue ("Issue key", "Issue Type" over change requests, risks, stories)
_TOOL_HEADERS = frozenset({"issue key", "issue type", "parent issue",
                           "issue links", "linked issues", "work item id", "work item type"})


def _logs_named(table: DetectedTable, entity: str | None = None) -> dict[str, int]:
    """How many of the table's first headers name each kind of log's record by its word;
    with ``entity``, not a kind whose word names one of its own fields (a change
    request's "Decisione", "Data decisione" are its decision, no decision log's)."""
    out: dict[str, int] = {}
    groups = table.region.groups
    for c in table.columns[:12]:
        if norm(c.header) in _TOOL_HEADERS:
            continue
        words = sheet_words(c.header)
        kinds = [e for e in LOG_KINDS if words & set(ENTITY_WORDS.get(e, ()))]
        if kinds and entity is not None:
            own = header_matches(own_label(c.header, groups.get(c.index)), entity)[:1]
            kinds = [e for e in kinds
                     if not any(conf >= 0.9 and f.split("_")[0] == e for f, conf in own)]
        for e in kinds:
            out[e] = out.get(e, 0) + 1
    return out


_REGISTER_HEADERS = 6


def _a_register_s_headers(table: DetectedTable) -> bool:
    """Six headers or more that one kind of record's words name surely: a register on a
    sheet whose name says otherwise ("Benefits Scorecard", "Stakeholders & RACI")."""
    groups = table.region.groups
    labels = [own_label(c.header, groups.get(c.index)) for c in table.columns if not c.period]
    best = 0
    for entity in ENTITY_NAMES:
        sure = sum(1 for label in labels if any(
            conf >= 0.9 for _f, conf in header_matches(label, entity)[:1]))
        best = max(best, sure)
    return best >= _REGISTER_HEADERS


def _non_data_sheet(name: str) -> bool:
    """A sheet of reference lists, instructions or charts. A list of a kind of record
    ("Resource List", "Project list") is that kind's data, not a list of choices."""
    t = norm(name)
    said = [w for w in NON_DATA_SHEETS if re.search(rf"\b{re.escape(w)}\b", t)]
    if said and set(said) <= _LIST_WORDS and \
            any(set(t.split()) & set(words) for words in ENTITY_WORDS.values()):
        return False
    if said == ["key"] and t.startswith("key ") and len(t.split()) <= 3:
        return False  # "Key Dates", "Key Deliverables": "key" says which, not a legend
    if said and set(t.split()) & _REGISTER_WORDS:
        return False  # "Validation Tracker", "KPI Register": a register of that work
    return bool(said)


_REGISTER_WORDS = frozenset({"tracker", "log", "register", "registry",
                            "targets"})  # ("KPI Targets": each KPI's baseline and target)


_LIST_WORDS = frozenset({"list", "lists", "key"})  # ("Key Milestones", "Key Risks")


def _lists_of_choices(table: DetectedTable) -> bool:
    """A sheet of drop-down lists: side by side, each column lists a field's choices
    ("Alto, Medio, Basso" | "Aperto, In risoluzione, Chiuso" | "Mitigazione …"), each from
    the top down without a gap, no value twice, the lists of different lengths, all short
    words without a digit. No register's rows look so: its statuses, owners or levels
    repeat, and its columns have gaps where cells were left empty, or hold dates and
    numbers."""
    r = table.region
    rows = table.rows[r.first_row - 1:r.last_row]
    if not 3 <= len(rows) <= _CHOICE_LIST_ROWS or \
            any(sheet_named(table, e) for e in ENTITY_NAMES):
        return False  # (a sheet named "Actions" holds actions, however few)
    lengths = []
    for c in table.columns:
        cells = [row[c.index] if c.index < len(row) else None for row in rows]
        filled = [v for v in cells if not V.is_empty(v)]
        if not filled:
            continue
        if len(filled) < len(cells) and any(not V.is_empty(v) for v in cells[len(filled):]):
            return False  # a gap: a cell left empty in a record
        words = [norm(str(v)) for v in filled]
        if any(not isinstance(v, str) or len(v) > 40 or any(ch.isdigit() for ch in v)
               for v in filled) or \
                len(set(words)) < len(words):
            return False
        lengths.append(len(filled))
    return len(lengths) >= 3 and max(lengths) >= 3 and len(set(lengths)) > 1


_CHOICE_LIST_ROWS = 15


_SUPPLY_WORDS = frozenset({
    "supply", "capacity", "available", "availability", "disponibilita", "disponibile",
    "disponibilidad", "disponible", "disponibles", "disponibilite", "capacite", "capacidad",
    "capacidade", "disponibilidade", "verfugbarkeit", "verfugbar", "kapazitat", "capaciteit",
    "beschikbaarheid", "offerta", "oferta", "angebot", "aanbod"})


def _supply(table: DetectedTable) -> bool:
    """The table's title, or a block's title merged over all its columns ("BLOCK A –
    CAPACITY (available FTE)"), says it holds what people can give, not what is asked."""
    groups = {str(table.region.groups.get(c.index) or "") for c in table.columns}
    over_all = groups.pop() if len(groups) == 1 else ""
    words = sheet_words(f"{table.region.title or ''} {over_all}")
    return bool(words & _SUPPLY_WORDS)


def _identity_ok(entity: str, fields: set[str], table: DetectedTable | None = None,
                 mapping: dict[int, tuple[str, float]] | None = None) -> bool:
    if entity == "project" and "name" not in fields and len(fields) < 4:
        return False  # an "ID" alone does not make a project list
    if entity == "milestone" and table is not None and mapping is not None and \
            not fields & {"forecast_date", "baseline_date", "actual_date", "_start"}:
        name_col = next((c for c, (f, _) in mapping.items() if f == "name"), None)
        header = next((c.header for c in table.columns if c.index == name_col), "")
        return bool(sheet_words(header) & set(ENTITY_WORDS["milestone"][:10]))
    if entity == "benefit" and "title" not in fields:
        # a results framework: each indicator, with its baseline and target, is the benefit
        return "measure" in fields and bool(fields & {"baseline_value", "target_value"})
    return all(any(f in fields for f in group) for group in IDENTITY.get(entity, ()))


# What only a risk register has: a log with none of these whose sheet, title and headers
# do not say "risk" is as like an issue or action log, and loses a tie with them
_RISK_OWN = frozenset({"probability", "impact", "residual_probability", "residual_impact",
                       "impact_cost", "proximity", "response", "response_actions", "trigger",
                       "contingency", "trend"})
_NO_RISK_EVIDENCE = 0.5
_NO_PROJECT_NAME = 1.5
# A project list holds each project once: rows that name a few projects again and again
# (a CTMS's visits, each naming its study) are another kind's, each naming its project
_REPEATED_PROJECTS = 2.0


def _projects_repeat(table: DetectedTable, mapping: dict[int, tuple[str, float]]) -> bool:
    by_field = {f: c for c, (f, _conf) in mapping.items()}
    col = by_field.get("code", by_field.get("name"))
    if col is None:
        return False
    values = [str(v).strip() for v in column_values(table, col) if not V.is_empty(v)]
    return len(values) >= 6 and len(set(values)) * 2 <= len(values)


def detect(table: DetectedTable, as_of: date | None) -> None:
    """Choose the table's entity and map its columns (in place)."""
    if table.hidden or _lists_of_choices(table) or \
            _non_data_sheet(table.sheet) and not _a_register_s_headers(table):
        table.entity = None
        for c in table.columns:
            c.field, c.confidence = None, 0.0
        return
    periods = [c for c in table.columns if c.period]
    wide = len(periods) >= 3
    # months with a measure each ("Enero" over "Ppto. | Real"): money by month
    measured = len({c.measure for c in periods if c.measure})  # which: as mapped fields
    shares = [number_share(table, c.index) for c in periods
              if any(not V.is_empty(v) for v in column_values(table, c.index))] if wide else []
    numbers = sum(shares) / len(shares) if shares else 0.0  # (months to come may be empty)
    best: tuple[float, str | None, dict[int, tuple[str, float]]] = (0.0, None, {})
    headers = " ".join(c.header for c in table.columns)
    # a sheet named for stakeholders holds them, or a list of people that is no register
    # (names, aliases and roles): not a team's resources
    stakeholders = _entity_hint("stakeholder", table.sheet) > 0
    mappings: dict[str, dict[int, tuple[str, float]]] = {}
    unevidenced_risk = False  # a risk register's columns with nothing only a risk has
    for entity in ENTITY_NAMES:
        if entity == "task":
            continue  # a plan: decided below, from the best of the other kinds
        if stakeholders and entity != "stakeholder":
            continue
        mapping, score = assign(table, entity, as_of)
        fields = {f for f, _ in mapping.values()}
        if wide:
            fields.add("_wide")
        if not _identity_ok(entity, fields, table, mapping) or len(mapping) < 2 and not wide:
            continue
        if entity == "allocation" and "resource_id" not in fields and _supply(table):
            continue  # hours each role has to give (its capacity), not work asked of it
        if entity == "financial" and wide and names_effort(table) and (
                not measured or not beyond_effort(table, [c.index for c in periods])):
            continue  # "Role demand by quarter (FTE)": people's time, not money; so are
            # "billable days per month" under "Actuals" | "Forecast"
        if entity == "allocation" and wide and "resource_id" not in fields and \
                beyond_effort(table, [c.index for c in periods]):
            continue  # amounts no one's month of work can be: money by month
        if entity == "financial" and not (
                {"planned", "actual", "forecast", "earned"} & fields or measured or
                _entity_hint("financial", table.sheet) or _entity_hint("financial", headers)
                or wide and measure_in([table.sheet, table.region.title or ""]) is not None
                or wide and _measure_rows(table) >= 2 and not any(
                    sheet_named(table, e) for e in ENTITY_NAMES if e != "financial")
                # amounts by month no one's time can be, under a currency's name
                or wide and names_money(table) and beyond_effort(
                    table, [c.index for c in periods])):
            continue
        score += _named(table, entity)
        if entity == "risk" and not fields & _RISK_OWN and _named(table, "risk") == 0:
            score -= _NO_RISK_EVIDENCE  # (an issue or action log, as often as not)
            unevidenced_risk = True
        if entity == "project" and "name" not in fields and fields & {"bac", "eac"}:
            score -= _NO_PROJECT_NAME  # a project list names its projects; a cost report
            # by cost code (its budget, its EAC) names its lines by a code and a
            # description only
        if entity == "project" and _projects_repeat(table, mapping):
            score -= _REPEATED_PROJECTS
        if entity == "proposal":  # an intake list, told from a project list (issue 17)
            evidence = proposal_evidence(table, mapping, as_of)
            if evidence is None:
                continue
            score += evidence
        if wide and entity in ("financial", "allocation"):
            # the months are what the table is for; another kind would leave their
            # numbers unread
            score += 2.0 + 2.0 * numbers + (measured if entity == "financial" else 0)

        table.scores[entity] = round(score, 2)
        mappings[entity] = mapping
        if score > best[0]:
            best = (score, entity, mapping)
    if unevidenced_risk and best[1] == "risk":
        # nothing says risk, and an issue or action log reads about as well: a log's
        # fields a risk register shares (an assignee's company read as its actionee)
        # do not make it one
        rival = max(((table.scores[e], e) for e in ("issue", "action") if e in table.scores),
                    default=None)
        if rival is not None and rival[0] >= best[0] - 1.0:
            table.scores["risk"] = round(rival[0] - _NO_RISK_EVIDENCE, 2)
            best = (rival[0], rival[1], mappings[rival[1]])
    if "financial" not in table.scores and (lines := budget_lines(table)) is not None:
        table.scores["financial"] = lines[1]  # a budget without months (budgetlines)
        if lines[1] > best[0]:
            best = (lines[1], "financial", lines[0])
    chosen, mapping = plan_or(table, as_of, best, _named(table, "task"),
                              _named(table, best[1]) if best[1] else 0.0)
    if chosen is None:
        table.entity = None
        return
    apply_mapping(table, chosen, mapping)
    if table.split_col is not None:
        _other_types_fields(table, chosen, as_of)


def _other_types_fields(table: DetectedTable, chosen: str, as_of: date | None) -> None:
    """A RAID log of several types read as the kind its columns fit best: the columns
    only another type of its rows has a word for are read as that type reads them (the
    risks' "Probability (1-5)" in a log read as an issue log, which has no probability)."""
    counts: dict[str, int] = {}
    for v in column_values(table, table.split_col or 0, 500):
        try:
            t = raid_type(v)
        except V.ValueProblem:
            continue
        if t and t != chosen:
            counts[t] = counts.get(t, 0) + 1
    used = {c.field for c in table.columns if c.field}
    for kind in sorted(counts, key=lambda k: -counts[k]):
        mapping, _score = assign(table, kind, as_of)
        for c in table.columns:
            f, conf = mapping.get(c.index, (None, 0.0))
            if c.field is None and f is not None and f not in used:
                c.field, c.confidence = f, conf
                used.add(f)


def _pair_spans(table: DetectedTable, entity: str | None) -> None:
    """A start column whose cells give spans of two dates feeds the finish too."""
    starts = {a for a, _b in SPANS.get(entity or "", ())}
    used = {c.field for c in table.columns if c.field}
    for c in table.columns:
        if c.field in starts and range_column(table, c.index):
            c.pair = range_pair(entity, c.field, used)
            c.note = "dates from–to: the first is the start" + (
                f", the second the {field_label(c.pair).lower()}" if c.pair else "")


def _measure_rows(table: DetectedTable) -> int:
    """How many of the first rows name the money they hold in their own label ("Planned",
    "Actual", "Forecast"): months across, measures down, is a budget."""
    r = table.region
    count = 0
    for row in table.rows[r.first_row - 1:min(r.last_row, r.first_row - 1 + SAMPLE)]:
        label = next((v for v in row[r.first_col:r.last_col + 1]
                      if isinstance(v, str) and v.strip()), None)
        count += label is not None and len(label.split()) <= 3 and \
            measure_in([label]) is not None
    return count


def apply_mapping(table: DetectedTable, entity: str | None,
                  mapping: dict[int, tuple[str, float]]) -> None:
    table.entity = entity
    table.split_col = None
    for c in table.columns:
        f, conf = mapping.get(c.index, (None, 0.0))
        c.field, c.confidence, c.pair = f, conf, None
    _pair_spans(table, entity)
    _note_misfits(table, entity)
    if entity in RAID:
        type_col = table.column_for("_type")
        if type_col is not None:
            counts: dict[str, int] = {}
            for v in column_values(table, type_col.index, 500):
                try:
                    t = raid_type(v)
                except V.ValueProblem:
                    continue
                if t:
                    counts[t] = counts.get(t, 0) + 1
            table.split_col = type_col.index
            if counts:
                table.entity = max(counts, key=lambda k: counts[k])
        # a table with only a description (or a decision log with only its decisions)
        # uses it as the title
        if table.column_for("title") is None:
            desc = table.column_for("description") or table.column_for("decision")
            if desc is not None:
                desc.field = "title"
    elif entity in ("change_request", "lesson") and table.column_for("title") is None:
        desc = table.column_for("description")
        if desc is not None:
            desc.field = "title"


def _note_misfits(table: DetectedTable, entity: str | None) -> None:
    """A column whose header names a field but whose values do not read as it is left
    out; its ``note`` says so (shown in the wizard, listed in the table's warnings), as
    does a bare entity word ("Project") whose field a more specific header took."""
    used = {c.field for c in table.columns if c.field}
    for c in table.columns:
        c.note = None
        if c.field or c.period or entity is None:
            continue
        if bare_entity_word(table, entity, c.index):
            taken = next((o for o in table.columns for f, conf in
                          column_matches(table, c, entity)[:1]
                          if o.field == f and conf >= 0.9), None)
            if taken is not None and taken.field:
                c.note = (f"its header reads as {taken.field.replace('_', ' ')} too, which "
                          f"comes from {taken.letter} '{taken.header}': left out")
                continue
        best = next(((f, conf) for f, conf in column_matches(table, c, entity)
                     if conf >= 0.9 and f not in used and not f.startswith("_")), None)
        if best is None:
            continue
        budget = table.column_for("budget") if entity == "financial" else None
        if budget is not None:  # a budget's lines without months (budgetlines)
            c.note = (f"the lines' budget is read from {budget.letter} '{budget.header}' "
                      "alone: left out")
            continue
        sample = [V.text(v) or "" for v in column_values(table, c.index, 50) if not V.is_empty(v)]
        shown = ", ".join(f"'{v[:20]}'" for v in list(dict.fromkeys(sample))[:3])
        c.note = (f"its header reads as '{field_label(best[0], entity)}', but its values "
                  f"({shown}) do not: left out")


def remap(table: DetectedTable, entity: str | None, as_of: date | None) -> None:
    """The user chose another entity: map the columns for it."""
    if entity is None:
        apply_mapping(table, None, {})
        return
    mapping, _ = assign(table, entity, as_of)
    apply_mapping(table, entity, mapping)


# -- building tables -----------------------------------------------------------------------

def header_signature(headers: list[str]) -> str:
    text = "|".join(norm(h) for h in headers)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _fill_merged_down(sheet: Sheet, region: Region) -> None:
    """A value merged down a column of the table's data ("Workstream" spanning its
    issues) belongs to every row it spans: copied into the empty cells below it."""
    rows = sheet.rows
    for r0, c0, r1, c1 in sheet.merged:
        if c0 != c1 or r1 <= r0 or r0 < region.first_row - 1 or r0 >= len(rows) \
                or not region.first_col <= c0 <= region.last_col:
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if V.is_empty(value):
            continue
        for r in range(r0 + 1, min(r1, region.last_row - 1, len(rows) - 1) + 1):
            if c0 < len(rows[r]) and V.is_empty(rows[r][c0]):
                rows[r][c0] = value


def build_table(path: str, wb: Workbook, sheet: Sheet, region: Region,
                as_of: date | None) -> DetectedTable:
    if sheet.merged:
        _fill_merged_down(sheet, region)
    read_marked(sheet, region)  # "X" in one of five probability columns (markedscale)
    columns = period_columns(sheet, region, as_of)
    uncached = [(r, c) for r, c in sheet.uncached
                if region.first_row - 1 <= r <= region.last_row - 1
                and region.first_col <= c <= region.last_col]
    t = DetectedTable(path, sheet.name, region, sheet.rows, columns, hidden=sheet.hidden,
                      uncached=uncached, source=Source.of(wb, sheet.name), grid=sheet)
    t.signature = header_signature([c.header for c in columns])
    detect(t, as_of)
    refine_resource_plan(t, as_of)  # a person × project × months grid (resourcegrid.py)
    return t


def apply_profile(table: DetectedTable, profile: dict[str, Any], as_of: date | None) -> None:
    """A saved mapping (header → field) and entity override what was detected."""
    mapping: dict[str, str | None] = profile.get("mapping") or {}
    entity = profile.get("entity")
    table.entity = entity
    for c in table.columns:
        if c.header in mapping:
            c.field = mapping[c.header]
            c.confidence = 1.0 if c.field else 0.0
    apply_mapping(table, entity, {c.index: (c.field, c.confidence) for c in table.columns
                                  if c.field})
    table.profile = True
