"""Step 3: match header cells to fields and decide what each table holds.

A header matches a field by its normalised text (exact synonym), by containing a
synonym (``"Risk Owner"`` holds ``owner``) or by spelling (fuzzy), each with a
confidence 0–1. A table's entity is the one whose fields its headers match best,
helped by the sheet name and the title above the table, and checked against the
column's values (a "Status" of Green/Amber/Red is a RAG, a "Type" of Risk/Issue
splits a RAID log). Every header cell is kept, mapped or not.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field as dc_field
from datetime import date
from typing import Any, Callable

from pmo_desktop.domain import enums
from pmo_desktop.store.labels import field_label

from . import values as V
from .read import Sheet, Workbook, col_letter
from .tables import Region
from .vocab import (
    ENTITY_NAMES, ENTITY_WORDS, ISSUE_TYPES, DEPENDENCY_TYPES, NON_DATA_SHEETS, PREFERRED,
    RAID, RAID_TYPE_WORDS, SYNONYMS, norm, split_header,
)

MIN_CONFIDENCE = 0.55
SAMPLE = 60


@dataclass
class Column:
    """One header cell of a table and the field it feeds (None = not imported)."""

    index: int  # 0-based sheet column
    header: str
    field: str | None = None
    confidence: float = 0.0
    hints: list[str] = dc_field(default_factory=list)
    period: str | None = None  # a month written as a column (wide → long)
    note: str | None = None
    measure: str | None = None  # a wide money column's own measure ("Jan-26" over "Actual")

    @property
    def letter(self) -> str:
        return col_letter(self.index)


@dataclass
class DetectedTable:
    """A table found in a file, with its (changeable) entity and column mapping."""

    path: str
    sheet: str
    region: Region
    rows: list[list[Any]]
    columns: list[Column]
    entity: str | None = None
    scores: dict[str, float] = dc_field(default_factory=dict)
    split_col: int | None = None  # a RAID "Type" column
    hidden: bool = False
    signature: str = ""
    uncached: list[tuple[int, int]] = dc_field(default_factory=list)
    workbook: Workbook | None = None
    profile: bool = False  # a saved mapping profile was applied
    detected_signature: str = ""  # the signature as first detected, when its header row was changed

    @property
    def file_name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def header_row(self) -> int:
        return self.region.header_row

    @property
    def range(self) -> str:
        r = self.region
        last = max(r.last_row, r.header_row)
        return f"{col_letter(r.first_col)}{r.header_rows[0]}:{col_letter(r.last_col)}{last}"

    def mapping(self) -> dict[str, str | None]:
        """Header → field, as saved in a mapping profile."""
        return {c.header: c.field for c in self.columns}

    def column_for(self, field_name: str) -> Column | None:
        return next((c for c in self.columns if c.field == field_name), None)


# -- field kinds --------------------------------------------------------------------------

RAG_FIELDS = {"rag_overall", "rag_schedule", "rag_cost", "rag_scope", "rag_risk",
              "rag_resource", "rag_benefits"}
SCALE_FIELDS = {"probability", "impact", "residual_probability", "residual_impact"}
PCT_FIELDS = {"pct_complete", "tolerance_cost_pct", "target_utilisation"}
INT_FIELDS = {"tier", "impact_schedule_days", "tolerance_time_days", "version", "_duration"}
FLOAT_FIELDS = {"hours", "fte", "hours_per_day"}
BOOL_FIELDS = {"critical", "_flag", "_summary"}
MONEY_FIELDS = {"bac", "eac", "planned", "actual", "forecast", "earned", "cost_rate",
                "expected_value", "impact_cost"}
DATE_FIELDS = {"start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
               "start_actual", "finish_actual", "status_date", "baseline_date",
               "forecast_date", "actual_date", "date_raised", "due_date", "review_date",
               "closed_date", "need_by_date", "committed_date", "decision_date",
               "validate_by", "implemented_date", "date_logged", "start_date", "end_date",
               "_start"}
FK_FIELDS = {"project_id", "programme_id", "role_id", "resource_id"}


def enum_choices(entity: str | None, field_name: str) -> tuple[str, ...] | None:
    if field_name == "status":
        if entity in enums.RAID_STATUSES:
            return enums.RAID_STATUSES[entity]
        return {"change_request": enums.CR_STATUSES, "milestone": enums.MILESTONE_STATUSES,
                "lesson": ("open", "closed")}.get(entity or "")
    return {
        "stage": enums.PROJECT_STAGES, "state": enums.PROJECT_STATES,
        "priority": enums.PRIORITIES, "severity": enums.SEVERITIES,
        "threat_or_opportunity": enums.THREAT_OR_OPPORTUNITY, "response": enums.RISK_RESPONSES,
        "proximity": enums.PROXIMITIES, "trend": enums.RISK_TRENDS,
        "escalation": enums.ESCALATION_LEVELS, "direction": enums.DEPENDENCY_DIRECTIONS,
        "dependency_type": DEPENDENCY_TYPES, "issue_type": ISSUE_TYPES,
        "cr_type": enums.CR_TYPES, "authority_level": enums.AUTHORITY_LEVELS,
        "booking": enums.BOOKINGS, "lesson_type": enums.LESSON_TYPES,
    }.get(field_name)


def kind_of(entity: str | None, field_name: str) -> str:
    if field_name in RAG_FIELDS:
        return "rag"
    if field_name in SCALE_FIELDS:
        return "scale"
    if field_name in PCT_FIELDS:
        return "pct"
    if field_name in MONEY_FIELDS:
        return "money"
    if field_name in DATE_FIELDS:
        return "date"
    if field_name in INT_FIELDS:
        return "int"
    if field_name in FLOAT_FIELDS:
        return "float"
    if field_name in BOOL_FIELDS:
        return "bool"
    if field_name == "period":
        return "period"
    if field_name in FK_FIELDS:
        return "fk"
    if field_name == "_type":
        return "raid_type"
    if enum_choices(entity, field_name):
        return "enum"
    return "text"


# Fields naming a person: "Priya Shah <priya@corp>" → "Priya Shah", "mailto:x@y" → "x@y".
PERSON_FIELDS = {"owner", "actionee", "raised_by", "decided_by", "requester", "logged_by",
                 "manager", "sponsor", "approver"}

# A column whose values do not fit the field goes to its fallback field instead.
FALLBACK = {"issue_type": "category", "response": "response_actions", "rag_overall": "state",
            "impact": "impact_analysis", "category": "notes", "state": "summary",
            "severity": "notes", "priority": "notes"}


# -- header matching ------------------------------------------------------------------------

_MATCH_CACHE: dict[str, dict[str, dict[str, float]]] = {}
# synonym → [(entity, field, is the field's first synonym)]
_INDEX: dict[str, list[tuple[str, str, bool]]] = {}
for _e, _fields in SYNONYMS.items():
    for _f, _syns in _fields.items():
        for _i, _s in enumerate(_syns):
            _INDEX.setdefault(_s, []).append((_e, _f, _s == _syns[0]))
_SYN_WORDS = [(s, frozenset(s.split()), s.split()) for s in _INDEX]
_FUZZY_KEYS = [s for s in _INDEX if len(s) >= 4]


def _all_matches(h: str) -> dict[str, dict[str, float]]:
    """Normalised header → entity → field → confidence, over the whole vocabulary."""
    if h in _MATCH_CACHE:
        return _MATCH_CACHE[h]
    out: dict[str, dict[str, float]] = {}

    def put(syn: str, conf: float) -> None:
        for e, f, first in _INDEX[syn]:
            c = 1.0 if (first and conf >= 0.95) else conf
            if out.setdefault(e, {}).get(f, 0.0) < c:
                out[e][f] = round(min(c, 1.0), 2)

    words = h.split()
    wordset = frozenset(words)
    if h in _INDEX:
        put(h, 0.95)
    if len(words) > 1:
        for syn, sset, sw in _SYN_WORDS:
            if sset <= wordset and syn != h and (len(sw) > 1 or len(syn) >= 4):
                conf = 0.85 * (len(sw) / len(words)) ** 0.5
                if words[-len(sw):] == sw:
                    conf += 0.05  # the head noun comes last: "Risk Owner"
                elif len(sw) == 1 and words[0] == sw[0]:
                    conf -= 0.1  # "Project Occurrence" is not a project
                if conf >= MIN_CONFIDENCE:
                    put(syn, conf)
    if h not in _INDEX and len(h) >= 4:
        for close in difflib.get_close_matches(h, _FUZZY_KEYS, n=3, cutoff=0.84):
            if _words_close(words, close.split()):
                ratio = difflib.SequenceMatcher(None, h, close).ratio()
                for e, f, _first in _INDEX[close]:
                    if out.setdefault(e, {}).get(f, 0.0) < 0.7:
                        out[e][f] = round(0.9 * ratio, 2)
    _MATCH_CACHE[h] = out
    return out


def header_matches(header: str, entity: str) -> list[tuple[str, float]]:
    """Fields of ``entity`` the header may mean, best first, with confidence."""
    base, _hints = split_header(header)
    found = dict(_all_matches(norm(base)).get(entity, {}))
    h = norm(base)
    for src, dst in PREFERRED.get(entity, {}).items():
        if src in found and h in SYNONYMS[entity].get(src, []):
            found[dst] = max(found.get(dst, 0), round(found[src] - 0.02, 2))
            found[src] = round(found[src] - 0.05, 2)
    return sorted(found.items(), key=lambda kv: -kv[1])


def _words_close(a: list[str], b: list[str]) -> bool:
    """A typo, not another word: same number of words, each nearly the same."""
    return len(a) == len(b) and all(
        x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in zip(a, b))


# -- value checks ------------------------------------------------------------------------------

def column_values(table: DetectedTable, col: int, limit: int = SAMPLE) -> list[Any]:
    r = table.region
    out: list[Any] = []
    for row in table.rows[r.first_row - 1:r.last_row]:
        if col < len(row) and not V.is_empty(row[col]):
            out.append(row[col])
            if len(out) >= limit:
                break
    return out


_YES_NO = {"yes", "no", "y", "n", "true", "false", "si", "ja", "nein", "oui", "non", "sim",
           "nao", "x"}


def make_parser(entity: str | None, field_name: str, column: Column, sample: list[Any],
                as_of: date | None) -> Callable[[Any], Any]:
    """The parser of one column, with its column-wide decisions taken from ``sample``."""
    kind = kind_of(entity, field_name)
    if kind == "date":
        dayfirst = V.decide_dayfirst(sample)
        return lambda v: V.iso(V.parse_date(v, dayfirst=dayfirst, as_of=as_of))
    if kind == "money":
        scale, _cur = V.header_money(column.header)
        comma = V.decide_decimal_comma(sample)
        return lambda v: V.parse_money(v, scale, comma)
    if kind == "pct":
        pscale = V.decide_percent_scale(sample)
        return lambda v: V.parse_percent(v, pscale)
    if kind == "rag":
        return V.parse_rag
    if kind == "scale":
        rule = V.decide_scale(sample, column.hints)
        return lambda v: V.parse_scale(v, rule)
    if kind == "int":
        return V.parse_int
    if kind == "float" and field_name == "fte":  # 0.5, or "50%"
        return lambda v: V.parse_percent(v) if isinstance(v, str) and "%" in v \
            else V.parse_float(v)
    if kind == "float":
        return V.parse_float
    if kind == "bool":
        return V.parse_bool
    if kind == "period":
        dayfirst = V.decide_dayfirst(sample)
        return lambda v: V.period_of(v, dayfirst=dayfirst, as_of=as_of)
    if kind == "enum":
        choices = enum_choices(entity, field_name) or ()
        return V.enum_parser(choices, "status" if field_name == "status" else field_name, entity)
    if kind == "raid_type":
        return _raid_type
    if field_name in PERSON_FIELDS:
        return V.person
    return V.text


def _raid_type(value: Any) -> str | None:
    if V.is_empty(value):
        return None
    t = norm(str(value))
    found = RAID_TYPE_WORDS.get(t) or RAID_TYPE_WORDS.get(t.split()[0] if t else "")
    if found is None:
        close = difflib.get_close_matches(t, list(RAID_TYPE_WORDS), n=1, cutoff=0.8)
        found = RAID_TYPE_WORDS[close[0]] if close else None
    if found is None:
        raise V.ValueProblem(f"'{value}' is not a RAID type (risk, issue, assumption, "
                             "dependency, decision, action)")
    return found


def values_fit(entity: str, field_name: str, column: Column, sample: list[Any],
               as_of: date | None) -> bool:
    """Do most of the column's values read as the field?"""
    kind = kind_of(entity, field_name)
    if kind == "raid_type" and not sample:
        return False
    if not sample or kind in ("text", "fk"):
        if field_name in ("title", "name", "description") and sample:
            texts = sum(isinstance(v, str) and not re.fullmatch(r"[\d.\s-]+", v) for v in sample)
            flags = sum(isinstance(v, str) and norm(v) in _YES_NO for v in sample)
            return texts * 2 >= len(sample) and flags * 2 < len(sample)
        return True
    parse = make_parser(entity, field_name, column, sample, as_of)
    ok = 0
    for v in sample:
        try:
            parse(v)
            ok += 1
        except (V.ValueProblem, ValueError, TypeError, OverflowError):
            pass
    need = 0.6 if kind in ("rag", "enum", "raid_type") else 0.5
    if kind == "raid_type" and len(sample) < 2:
        return False
    if field_name == "response":  # a bare strategy word, not a paragraph of actions
        short = sum(isinstance(v, str) and len(v.split()) <= 3 for v in sample)
        return ok >= need * len(sample) and short * 2 >= len(sample)
    return ok >= need * len(sample)


# -- entity detection ----------------------------------------------------------------------

IDENTITY: dict[str, tuple[tuple[str, ...], ...]] = {
    # all groups must be present; each group is satisfied by any of its fields
    "project": (("name", "code"),),
    "milestone": (("name",), ("forecast_date", "baseline_date", "actual_date", "_start")),
    "financial": (("period", "_wide"), ("planned", "actual", "forecast", "earned", "_wide")),
    "resource": (("name",), ("email", "role_id", "team", "fte", "cost_rate", "location")),
    "allocation": (("resource_id",), ("hours", "_wide"), ("period", "_wide")),
    "change_request": (("title", "description"),),
    "lesson": (("title", "description", "event", "recommendations"),),
}
for _t in RAID:
    IDENTITY[_t] = (("title", "description"),)


def sheet_words(text: str) -> set[str]:
    return set(norm(text).split())


def _entity_hint(entity: str, text: str | None) -> float:
    if not text:
        return 0.0
    words = sheet_words(text)
    return 1.0 if words & set(ENTITY_WORDS.get(entity, ())) else 0.0


def _non_data_sheet(name: str) -> bool:
    t = norm(name)
    return any(re.search(rf"\b{re.escape(w)}\b", t) for w in NON_DATA_SHEETS)


def assign(table: DetectedTable, entity: str, as_of: date | None,
           fixed: dict[int, str | None] | None = None) -> tuple[dict[int, tuple[str, float]], float]:
    """Greedy one-to-one mapping of columns to fields; returns (mapping, score)."""
    cands: list[tuple[float, int, str]] = []
    for col in table.columns:
        if col.period:
            continue
        for fname, conf in header_matches(_match_text(table, col), entity):
            cands.append((conf, col.index, fname))
    cands = _prefer_specific(table, entity, cands)
    cands.sort(key=lambda x: (-x[0], x[1]))
    used_cols: set[int] = set()
    used_fields: set[str] = set()
    out: dict[int, tuple[str, float]] = {}
    by_index = {c.index: c for c in table.columns}
    fit_cache: dict[tuple[int, str], bool] = {}
    for conf, ci, fname in cands:
        if ci in used_cols or fname in used_fields:
            continue
        key = (ci, fname)
        if key not in fit_cache:
            col = by_index[ci]
            fit_cache[key] = values_fit(entity, fname, col, column_values(table, ci), as_of)
        if not fit_cache[key]:
            fb = FALLBACK.get(fname)
            if fb and fb in SYNONYMS[entity] and fb not in used_fields and \
                    values_fit(entity, fb, by_index[ci], column_values(table, ci), as_of):
                out[ci] = (fb, round(conf * 0.8, 2))
                used_cols.add(ci)
                used_fields.add(fb)
            continue
        out[ci] = (fname, conf)
        used_cols.add(ci)
        used_fields.add(fname)
    _bare_word_as_key(table, entity, out, used_fields)
    score = sum(conf for _f, conf in out.values())
    return out, score


def _bare_entity_word(table: DetectedTable, entity: str, col: int) -> bool:
    header = next((c.header for c in table.columns if c.index == col), "")
    return norm(split_header(header)[0]) in ENTITY_WORDS.get(entity, ())


def _prefer_specific(table: DetectedTable, entity: str,
                     cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """A bare entity word ("Project") next to a header that names the field outright
    ("Project Name") is not the name: the specific header goes first."""
    best: dict[str, tuple[float, int]] = {}
    for conf, ci, fname in cands:
        if not _bare_entity_word(table, entity, ci) and conf >= 0.9 and \
                conf > best.get(fname, (0.0, -1))[0]:
            best[fname] = (conf, ci)
    out = []
    for conf, ci, fname in cands:
        if fname in best and _bare_entity_word(table, entity, ci):
            conf = min(conf, round(best[fname][0] - 0.01, 2))
        out.append((conf, ci, fname))
    return out


def _bare_word_as_key(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                      used_fields: set[str]) -> None:
    """The bare entity word left out beside "Project Name" holds the records' keys when
    its values read as codes (short, one word, all different) and no column has them."""
    if "code" not in SYNONYMS.get(entity, {}) or "code" in used_fields:
        return
    for col in table.columns:
        if col.index in out or col.period or not _bare_entity_word(table, entity, col.index):
            continue
        values = [V.text(v) or "" for v in column_values(table, col.index)]
        if values and len(set(values)) == len(values) and \
                all(len(v) <= 20 and len(v.split()) == 1 for v in values):
            out[col.index] = ("code", 0.8)
            used_fields.add("code")
            return


def _match_text(table: DetectedTable, col: Column) -> str:
    if norm(col.header) == "pct":  # a bare "%" belongs to the column on its left
        left = next((c for c in table.columns if c.index == col.index - 1), None)
        if left is not None:
            return f"{left.header} %"
    return col.header


def _identity_ok(entity: str, fields: set[str], table: DetectedTable | None = None,
                 mapping: dict[int, tuple[str, float]] | None = None) -> bool:
    if entity == "project" and "name" not in fields and len(fields) < 4:
        return False  # an "ID" alone does not make a project list
    if entity == "milestone" and table is not None and mapping is not None and \
            not fields & {"forecast_date", "baseline_date", "actual_date", "_start"}:
        name_col = next((c for c, (f, _) in mapping.items() if f == "name"), None)
        header = next((c.header for c in table.columns if c.index == name_col), "")
        return bool(sheet_words(header) & set(ENTITY_WORDS["milestone"][:10]))
    return all(any(f in fields for f in group) for group in IDENTITY.get(entity, ()))


def detect(table: DetectedTable, as_of: date | None) -> None:
    """Choose the table's entity and map its columns (in place)."""
    if _non_data_sheet(table.sheet) or table.hidden:
        table.entity = None
        for c in table.columns:
            c.field, c.confidence = None, 0.0
        return
    wide = sum(1 for c in table.columns if c.period) >= 3
    best: tuple[float, str | None, dict[int, tuple[str, float]]] = (0.0, None, {})
    headers = " ".join(c.header for c in table.columns)
    for entity in ENTITY_NAMES:
        mapping, score = assign(table, entity, as_of)
        fields = {f for f, _ in mapping.values()}
        if wide:
            fields.add("_wide")
        if not _identity_ok(entity, fields, table, mapping) or len(mapping) < 2 and not wide:
            continue
        if entity == "financial" and not (
                {"planned", "actual", "forecast", "earned"} & fields or
                _entity_hint("financial", table.sheet) or _entity_hint("financial", headers)):
            continue
        score += 2.0 * _entity_hint(entity, table.sheet)
        score += 1.0 * _entity_hint(entity, table.region.title)
        score += 0.5 * sum(_entity_hint(entity, c.header) for c in table.columns[:12])
        if wide and entity in ("financial", "allocation"):
            score += 2.0
        table.scores[entity] = round(score, 2)
        if score > best[0]:
            best = (score, entity, mapping)
    _, chosen, mapping = best
    if chosen is None:
        table.entity = None
        return
    apply_mapping(table, chosen, mapping)


def apply_mapping(table: DetectedTable, entity: str | None,
                  mapping: dict[int, tuple[str, float]]) -> None:
    table.entity = entity
    table.split_col = None
    for c in table.columns:
        f, conf = mapping.get(c.index, (None, 0.0))
        c.field, c.confidence = f, conf
    _note_misfits(table, entity)
    if entity in RAID:
        type_col = table.column_for("_type")
        if type_col is not None:
            counts: dict[str, int] = {}
            for v in column_values(table, type_col.index, 500):
                try:
                    t = _raid_type(v)
                except V.ValueProblem:
                    continue
                if t:
                    counts[t] = counts.get(t, 0) + 1
            table.split_col = type_col.index
            if counts:
                table.entity = max(counts, key=lambda k: counts[k])
        # a table with only a description uses it as the title
        if table.column_for("title") is None:
            desc = table.column_for("description")
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
        if _bare_entity_word(table, entity, c.index):
            taken = next((o for o in table.columns for f, conf in
                          header_matches(_match_text(table, c), entity)[:1]
                          if o.field == f and conf >= 0.9), None)
            if taken is not None and taken.field is not None:
                c.note = (f"its header reads as {taken.field.replace('_', ' ')} too, which "
                          f"comes from {taken.letter} '{taken.header}': left out")
                continue
        best = next(((f, conf) for f, conf in header_matches(_match_text(table, c), entity)
                     if conf >= 0.9 and f not in used and not f.startswith("_")), None)
        if best is None:
            continue
        sample = [t for v in column_values(table, c.index, 50) if (t := V.text(v)) is not None]
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
    columns: list[Column] = []
    for ci in sorted(region.headers):
        header = region.headers[ci]
        _base, hints = split_header(header)
        col = Column(ci, header, hints=hints)
        hv = sheet.rows[region.header_row - 1][ci] if ci < len(sheet.rows[region.header_row - 1]) else ""
        col.period = _period_header(header if isinstance(hv, str) else hv, as_of)
        if col.period is None and ci in region.groups and len(region.header_rows) == 2:
            # a month over Budget | Actual | Forecast (a merged upper header row)
            upper = sheet.rows[region.header_rows[0] - 1]
            uv = upper[ci] if ci < len(upper) and not V.is_empty(upper[ci]) else \
                region.groups[ci]
            col.period = _period_header(uv, as_of)
            if col.period:
                col.measure = _MEASURES.get(norm(str(hv))) if isinstance(hv, str) else None
        columns.append(col)
    uncached = [(r, c) for r, c in sheet.uncached
                if region.first_row - 1 <= r <= region.last_row - 1
                and region.first_col <= c <= region.last_col]
    t = DetectedTable(path, sheet.name, region, sheet.rows, columns, hidden=sheet.hidden,
                      uncached=uncached, workbook=wb)
    t.signature = header_signature([c.header for c in columns])
    detect(t, as_of)
    return t


_MEASURES = {w: m for m, ws in {
    "planned": "budget|plan|planned|baseline|pv|bac|presupuesto|soll|budget initial",
    "actual": "actual|actuals|spend|spent|ac|real|ist|gasto|reel|realizado",
    "forecast": "forecast|fcst|etc|outturn|prognose|prevision|estimate|projection",
    "earned": "earned|ev|earned value"}.items() for w in ws.split("|")}


def _period_header(value: Any, as_of: date | None) -> str | None:
    if V.is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None
    if isinstance(value, str):
        t = norm(value)
        if not t or len(t.split()) > 3:
            return None
    try:
        return V.period_of(value, as_of=as_of)
    except (V.ValueProblem, ValueError):
        return None


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
