"""Step 3, mapping: which field each column of a table feeds, for one kind of record.

``assign`` matches every header to the kind's fields (``headers``: exact, stemmed and by
spelling, across the languages of the vocabulary; a label under a merged group cell also
alone) and takes the best one-to-one mapping greedily, checking each choice against the
column's values (``fields``): a column whose values do not read as its field falls back
to a related field they do read as ("Status" of Green/Amber/Red is the RAG), and a bare
entity word ("Project") gives way to a header that names the field outright ("Project
Name"). ``columns.detect`` runs it for every kind and keeps the best.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from . import values as V
from .detected import SAMPLE, Column, DetectedTable, column_values
from .fields import FALLBACK, kind_of, month_numbers, values_fit, values_read
from .headers import KEY_NAMES, dimension_of, header_matches, is_qualified, qualified_event
from .rowkinds import is_total_label
from .vocab import ENTITY_WORDS, LOG_KINDS, SYNONYMS, norm, split_header

__all__ = ["SPANS", "assign", "bare_entity_word", "counts_rows", "match_text", "range_column",
           "range_pair"]


def assign(table: DetectedTable, entity: str, as_of: date | None,
           fixed: dict[int, str | None] | None = None) -> tuple[dict[int, tuple[str, float]], float]:
    """Greedy one-to-one mapping of columns to fields; returns (mapping, score)."""
    cands: list[tuple[float, int, str]] = []
    for col in table.columns:
        if col.period:
            continue
        found = dict(column_matches(table, col, entity))
        under = _under_group(table, col)
        if under:  # "Datos del proyecto" over "Código | Proyecto": the label alone counts
            for fname, conf in header_matches(under, entity):
                found[fname] = max(found.get(fname, 0.0), round(conf * _UNDER_GROUP, 2))
        for fname, conf in found.items():
            cands.append((conf, col.index, fname))
    cands = _prefer_specific(table, entity, cands)
    cands = _prefer_real_ids(table, cands)
    cands = _project_codes_first(table, cands)
    cands = _dates_not_text(table, entity, cands)
    cands = _ties_by_values(table, entity, as_of, cands)
    # (of two headers as sure of a field, the one that names it: "Business Sponsor" is the
    # sponsor beside "Requester"; not a key, which the record's own noun names: "Claim
    # No." is a claims register's key beside the "Contractor Ref")
    words = {c.index: set(norm(c.header).split()) for c in table.columns}
    cands.sort(key=lambda x: (-x[0], x[2] in _KEYS or not set(x[2].split("_")) <= words[x[1]],
                              x[1]))
    used_cols: set[int] = set()
    used_fields: set[str] = set()
    out: dict[int, tuple[str, float]] = {}
    by_index = {c.index: c for c in table.columns}
    fit_cache: dict[tuple[int, str], bool] = {}
    for conf, ci, fname in cands:
        if ci in used_cols:
            continue
        if fname in used_fields:
            _taken_to_fallback(table, entity, as_of, (conf, ci, fname), out, used_fields)
            if ci in out:
                used_cols.add(ci)
            continue
        key = (ci, fname)
        if key not in fit_cache:
            col, sample = by_index[ci], column_values(table, ci)
            fit_cache[key] = values_fit(entity, fname, col, sample, as_of) or (
                conf >= 0.95 and not _kept_as_text(entity, fname) and
                _own_words(entity, fname, col, sample, as_of))
        if not fit_cache[key]:
            if any(c2 == conf and ci2 == ci and f2 != fname and f2 not in used_fields
                   for c2, ci2, f2 in cands):
                continue  # "Gravité" of 1–5 is the impact, not a severity's word: the
                # column's other field as sure as this one is tried before a fallback
            fb = FALLBACK.get(fname)
            if fname == "impact" and V.header_money(by_index[ci].header)[1] is not None:
                fb = "impact_cost"  # "Schadenshöhe (T€)": the damage in money, no 1–5 rating
            dim = dimension_of(by_index[ci].header)
            if dim and dim in SYNONYMS[entity] and dim not in used_fields:
                fb = dim  # "Budget" of G/A/R in a status list: the cost's RAG
            if fb == "notes" and _numbers_only(column_values(table, ci)):
                fb = None  # a "Severity" of 12, 16, 20 (a P×I score): no words to keep
            if fb and fb in SYNONYMS[entity] and fb not in used_fields and \
                    values_fit(entity, fb, by_index[ci], column_values(table, ci), as_of):
                out[ci] = (fb, round(conf * 0.8, 2))
                used_cols.add(ci)
                used_fields.add(fb)
            continue
        out[ci] = (fname, conf)
        used_cols.add(ci)
        used_fields.add(fname)
    _project_name_beside(table, cands, out)
    _second_claim(table, entity, as_of, cands, out, used_fields)
    _names_not_codes(table, entity, cands, out, used_fields)
    _make_room(table, entity, as_of, cands, out, used_fields)
    _named_first(entity, cands, out, used_fields)
    _bare_word_as_key(table, entity, out, used_fields)
    _programme_per_row(table, entity, out, used_fields)
    _programme_codes_as_project(table, entity, out, used_fields)
    _date_ranges(table, entity, out, used_fields)
    _name_from_text(table, entity, cands, out)
    _name_by_shape(table, entity, cands, out, used_fields)
    _benefit_named_by_text(table, entity, as_of, out, used_fields)
    _own_noun(table, entity, as_of, out, used_fields)
    _sheet_noun_key(table, entity, out, used_fields)
    _sheet_noun_name(table, entity, out, used_fields)
    _baseline_beside_bare(table, entity, as_of, out, used_fields)
    _most_likely(table, entity, as_of, out, used_fields)
    _revised_over_planned(table, entity, as_of, out, used_fields)
    _event_dates(table, entity, as_of, out, used_fields)
    if entity == "task":
        _stepped_names(table, out)
        _row_ids(table, out)
    if entity == "financial":
        _month_numbers_need_a_year(table, out)
    tool = _tool_columns(table)
    score = sum(conf * (_TOOL_WEIGHT if ci in tool else 1.0) for ci, (_f, conf) in out.items())
    return out, score


# A tracker tool's export: the columns it writes whatever its rows track (Jira's
# "Summary", "Assignee", "Resolution", Asana's "Section/Column", Azure DevOps' "Area
# Path"), named by the columns only that tool writes. Any kind reads them alike, so they
# say little of which kind the rows are: the team's own columns ("Custom field (Budget
# Impact)", "CR Number", "Approver") say more, and count in full.
_TOOL_EXPORTS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"issue key"}), frozenset({
        "summary", "issue key", "issue id", "issue type", "status", "project key",
        "project name", "project type", "project lead", "project description", "priority",
        "resolution", "assignee", "reporter", "creator", "created", "updated", "last viewed",
        "resolved", "due date", "labels", "description", "environment", "watchers",
        "sprint", "parent", "parent id", "parent summary", "status category",
        "status category changed", "fix version s", "affects version s", "component s",
        "original estimate", "remaining estimate", "time spent", "votes", "security level"})),
    (frozenset({"task id", "section column"}), frozenset({
        "task id", "created at", "completed at", "last modified", "name", "section column",
        "assignee", "assignee email", "start date", "due date", "tags", "notes", "projects",
        "parent task", "blocked by dependencies", "blocking dependencies"})),
    (frozenset({"work item type"}), frozenset({
        "id", "work item type", "title", "assigned to", "state", "reason", "area path",
        "iteration path", "tags", "parent", "created date", "changed date", "closed date",
        "created by", "changed by", "activated date", "resolved date", "description"})),
)
_TOOL_WEIGHT = 0.5  # a tool's own column, as evidence of the kind: half a column


def _tool_columns(table: DetectedTable) -> frozenset[int]:
    """The columns of a tracker tool's own, when the table is its export (the tool's
    signature columns and four more of its own); none otherwise."""
    heads = {c.index: norm(c.header) for c in table.columns}
    names = set(heads.values())
    for signature, own in _TOOL_EXPORTS:
        if signature <= names and len(names & own) >= len(signature) + 4:
            return frozenset(ci for ci, h in heads.items() if h in own)
    return frozenset()


def _month_numbers_need_a_year(table: DetectedTable, out: dict[int, tuple[str, float]]) -> None:
    """A period column of numbers 1–12 is months only beside a year column ("Fiscal
    Year" | "Period", an ERP's postings); without one ("WEEK" 1, 2, 3 …) it names no
    month and is left out."""
    fields = {f: ci for ci, (f, _c) in out.items()}
    if "period" in fields and "_year" not in fields and \
            month_numbers(column_values(table, fields["period"])):
        del out[fields["period"]]


def _ties_by_values(table: DetectedTable, entity: str, as_of: date | None,
                    cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """Two fields a header names as surely ("Progress": the % complete or the status)
    are tried in the order of how many of the column's values read as each: a
    Planner export's "Progress" of "Not started", "In progress", "Completed" is the
    status, a column of 40 % its percentage. Fields of free text are left in order."""
    tied: dict[tuple[float, int], list[str]] = {}
    for conf, ci, fname in cands:
        tied.setdefault((conf, ci), []).append(fname)
    if all(len(f) == 1 for f in tied.values()):
        return cands
    by_index = {c.index: c for c in table.columns}
    rank: dict[tuple[int, str], int] = {}
    for (conf, ci), fields in tied.items():
        # (free text reads as anything: a kind's words against it prove nothing)
        if len(fields) > 1 and all(kind_of(entity, f) not in ("text", "fk") for f in fields):
            sample = [v for v in column_values(table, ci) if not V.is_empty(v)]
            for fname in fields:
                rank[(ci, fname)] = -values_read(entity, fname, by_index[ci], sample, as_of)
    return sorted(cands, key=lambda x: (-x[0], x[1], rank.get((x[1], x[2]), 0)))


_PLANNED_WORDS = frozenset({"planned", "plan", "original", "scheduled", "target", "prevista",
                            "previsto", "planificada", "planificado", "geplant", "prevue"})
_REVISED_WORDS = frozenset({"revised", "current", "latest", "updated", "rescheduled",
                            "revisada", "revisado", "revidiert", "aktualisiert", "revisee",
                            "actualizada", "actualizado", "atualizada",
                            # a forecast beside a plan is its current date, too
                            "forecast", "fcst", "forecasted", "projected", "proyectada",
                            "proyectado", "prognose", "prognostiziert", "prevision",
                            "prognoza", "prognozowany", "prognozowana"})
_BASELINE_OF_FORECAST = {"forecast_date": "baseline_date", "start_forecast": "start_baseline",
                         "finish_forecast": "finish_baseline"}


def _revised_over_planned(table: DetectedTable, entity: str, as_of: date | None,
                          out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """"Planned Date" took the forecast of a tracker that has a "Revised Date" too: the
    revised date is the forecast, the planned one the baseline it was revised from."""
    for ci, fname, conf, baseline, others in _forecasts_beside(
            table, entity, out, used_fields, _PLANNED_WORDS, _REVISED_WORDS):
        for other in others:
            if any(f == fname and c >= 0.85 for f, c in header_matches(other.header, entity)) \
                    and values_fit(entity, fname, other, column_values(table, other.index),
                                   as_of):
                out[other.index] = (fname, conf)
                out[ci] = (baseline, round(conf * 0.95, 2))
                used_fields.add(baseline)
                break
    # "Termin geplant" left out beside "Termin Prognose", which took the forecast: the
    # plan the forecast is measured against
    for _ci, fname, conf, baseline, others in _forecasts_beside(
            table, entity, out, used_fields, _REVISED_WORDS, _PLANNED_WORDS):
        for other in others:
            if any(f == fname for f, _c in header_matches(other.header, entity)) and \
                    values_fit(entity, baseline, other, column_values(table, other.index), as_of):
                out[other.index] = (baseline, round(conf * 0.9, 2))
                used_fields.add(baseline)
                break


def _forecasts_beside(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                      used_fields: set[str], held_words: frozenset[str],
                      other_words: frozenset[str]
                      ) -> Iterator[tuple[int, str, float, str, list[Column]]]:
    """Each column holding a forecast date under a header of ``held_words`` whose
    baseline no column holds yet: (its index, field, confidence, the baseline field, the
    columns left without a field whose headers have ``other_words``)."""
    by_index = {c.index: c for c in table.columns}
    for ci, (fname, conf) in list(out.items()):
        baseline = _BASELINE_OF_FORECAST.get(fname)
        if baseline is None or baseline in used_fields or baseline not in SYNONYMS[entity] \
                or not set(norm(by_index[ci].header).split()) & held_words:
            continue
        yield ci, fname, conf, baseline, [
            o for o in table.columns if o.index not in out and not o.period
            and set(norm(o.header).split()) & other_words]


def _event_dates(table: DetectedTable, entity: str, as_of: date | None,
                 out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """Columns of dates headed by a qualifier and an event no date word names ("Planned
    Approval", "Forecast Approval" of a validation plan's documents): the end of each
    item as planned, forecast or done; a plan that reads its "Planned Start" as the
    forecast reads the planned end so too."""
    starts = {f.split("_")[1] for f, _c in out.values() if f.startswith("start_")}
    found = []
    under: dict[int, str] = {}  # column → the event group its qualifier stands under
    for col in table.columns:
        if col.index in out or col.period:
            continue
        group = table.region.groups.get(col.index)
        own = own_label(col.header, group)
        if entity == "project" and _MEETINGS & set(norm(own).split()):
            continue  # "Planned Review" of a gate: a meeting on the way, no project's end
        if any(conf >= 0.9 and kind_of(e, f) != "date" for e in ("task", "milestone")
               if e != entity for f, conf in header_matches(own, e)[:1]):
            continue  # "Pred." under "PLANNED TIMING": a plan's predecessors, no event
        field = qualified_event(own, entity)
        if field is None and group and own != col.header:  # "Baseline" under "Go-live"
            field = qualified_event(own, entity, group)
        if field is not None and group and own != col.header:
            under[col.index] = group
        if field is not None:
            found.append((col, field, "planned" in norm(own).split()))
    if len(set(under.values())) > 1:  # "First Patient In" … "Database Lock": the last
        last = list(under.values())[-1]  # event is the item's end, the others on the way
        found = [f for f in found if under.get(f[0].index, last) == last]
    forecast = any(f.endswith("forecast") for _c, f, _p in found)
    for col, field, planned in found:
        if field == "finish_baseline" and planned and starts == {"forecast"} and \
                not forecast:
            field = "finish_forecast"
        values = [v for v in column_values(table, col.index) if not V.is_empty(v)]
        if sum(isinstance(v, (int, float)) for v in values) * 2 > len(values):
            continue  # ("Actual Spend": amounts, which read as days since 1900 too)
        if field not in used_fields and values_fit(entity, field, col, values, as_of):
            out[col.index] = (field, _EVENT_DATE)
            used_fields.add(field)


_EVENT_DATE = 0.7
# Meetings a project holds on its way, never its end
_MEETINGS = frozenset({"review", "reviews", "meeting", "visit", "inspection", "audit",
                       "board", "committee", "workshop", "steerco", "panel", "revue",
                       "revision", "reunion", "besprechung", "sitzung"})


# A three-point estimate's middle point: what the estimate is taken to be
_MOST_LIKELY = frozenset({"most likely", "likely", "ml", "expected", "base", "base case",
                          "p50", "most probable", "realistic", "mas probable", "probable",
                          "wahrscheinlich", "plus probable"})


def _most_likely(table: DetectedTable, entity: str, as_of: date | None,
                 out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """A group naming a field over a three-point estimate ("Cost Impact (£k)" over "Min |
    Most Likely | Max"): its most likely point is the field."""
    for col in table.columns:
        group = table.region.groups.get(col.index)
        if col.index in out or col.period or not group or \
                norm(split_header(own_label(col.header, group))[0]) not in _MOST_LIKELY:
            continue
        head = re.split(r"\s[—–-]\s|:", group)[0]  # "Cost Impact (£k) — 3-point estimate"
        best = next(((f, c) for f, c in header_matches(head, entity)
                     if c >= 0.9 and f not in used_fields), None)
        if best is None:
            continue
        sample = column_values(table, col.index)
        probe = Column(col.index, head, hints=split_header(head)[1] + col.hints)
        if values_fit(entity, best[0], probe, sample, as_of):
            out[col.index] = (best[0], round(best[1] * _OWN_LABEL, 2))
            used_fields.add(best[0])


# What names a record of each kind, and the free-text fields a header may have given
# the column that could name it instead
_NAMING = {"task": "name", "milestone": "name", "project": "name"}
_FREE_TEXT = frozenset({"notes", "description", "summary"})


def _name_from_text(table: DetectedTable, entity: str, cands: list[tuple[float, int, str]],
                    out: dict[int, tuple[str, float]]) -> None:
    """No column names the records, and one read as free text could: it names them
    ("Activity Description", a look-ahead's only text beside the ID, is the task's name,
    not a note on a task with none). So does the description of the kind itself, in a
    few words a row ("Descripción del proyecto" in a list of capex requests,
    "Omschrijving baat" in a benefits register)."""
    naming = _NAMING.get(entity, "title")
    if any(f == naming for f, _c in out.values()):
        return
    for conf, ci, fname in cands:
        if fname == naming and conf >= _TEXT_NAMES and ci in out and out[ci][0] in _FREE_TEXT:
            freed = out[ci][0]
            out[ci] = (naming, conf)
            _free_field_to_next(cands, out, freed)
            return
    if entity == "milestone":
        _gates_name(table, out)
    if entity not in _NAMING and entity != "benefit":  # ("Omschrijving baat": a benefit's)
        return
    words = {w for w in SYNONYMS[entity].get(naming, ()) if " " not in w}  # "proyecto"
    for ci, (fname, conf) in sorted(out.items()):
        if fname != "description":
            continue
        header = next(c.header for c in table.columns if c.index == ci)
        if set(norm(header).split()) & words and _few_words(column_values(table, ci)):
            out[ci] = (naming, conf)
            return


_KEYS = frozenset({"ref", "code"})
# how sure a header must be of a name to name records no other column names ("Task
# Description" under a group band over "Step ID | Task Description | Owner")
_TEXT_NAMES = 0.5


def _free_field_to_next(cands: list[tuple[float, int, str]],
                        out: dict[int, tuple[str, float]], freed: str) -> None:
    """A field a column gave up goes to the surest column left without one that reads
    as it ("Comments", the notes once "Task Description" names the tasks)."""
    for conf, ci, fname in sorted(cands, key=lambda x: (-x[0], x[1])):
        if fname == freed and ci not in out:
            out[ci] = (freed, conf)
            return


# A stage-gate schedule's rows are its gates ("G3 (DFS → FEED)")
_GATE_WORDS = frozenset({"gate", "stage gate", "phase gate", "gate name", "gate review",
                         "quality gate", "decision gate", "toll gate", "tollgate"})


def _gates_name(table: DetectedTable, out: dict[int, tuple[str, float]]) -> None:
    """A milestone schedule no column names but its "Gate": the gates are the milestones
    (beside a "Milestone" column, the gate is only its group)."""
    if any(f == "name" for f, _c in out.values()):
        return
    for col in table.columns:
        if col.index not in out and not col.period and norm(
                own_label(col.header, table.region.groups.get(col.index))) in _GATE_WORDS:
            texts = [v for v in column_values(table, col.index) if isinstance(v, str) and v.strip()]
            if texts:
                out[col.index] = ("name", _GATE_NAME)
                return


_GATE_NAME = 0.8
# Fields that name or say what a record is: with one of them mapped, a record has a name
_SAYS_WHAT = frozenset({"name", "title", "description", "decision", "event",
                        "recommendations", "code"})
# Plans, whose rows' dates say what they are, named by the column of short texts beside
# their key when no header says which names them
_NAMED_BY_SHAPE = frozenset({"milestone", "task"})
# ... and a project list by the column beside its code (a tender pipeline's "Requirement")
_KEY_NAMED_BY_SHAPE = {"milestone": "ref", "task": "ref", "project": "code"}
_BY_SHAPE = 0.5  # a column read as the records' names by its values alone: a guess


def _name_by_shape(table: DetectedTable, entity: str, cands: list[tuple[float, int, str]],
                   out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """No header names a plan's rows ("Permis / autorisation" of a permits tracker, the
    thing the list is of): the column right of the rows' key, no header word claims, of
    short texts nearly all different and no codes, names them, as a guess."""
    key_field = _KEY_NAMED_BY_SHAPE.get(entity)
    if key_field is None or (_SAYS_WHAT - {key_field}) & used_fields or \
            key_field not in used_fields:
        return
    key = next(ci for ci, (f, _c) in out.items() if f == key_field)
    # (a project list's key may come after its name: "Requirement | Solicitation No.")
    beside = (key + 1, key - 1) if entity == "project" else (key + 1,)
    claimed = 0.9 if entity == "project" else 0.6  # ("Requirement": a stakeholder's
    # "requirements" by its spelling alone)
    for col in (c for i in beside for c in table.columns if c.index == i):
        if col.index in out or col.period or any(
                conf >= claimed for kind in SYNONYMS
                for _f, conf in header_matches(col.header, kind)):
            continue  # (a header another kind has a word for: "Activités" names a task)
        if _names_by_shape(column_values(table, col.index)):
            out[col.index] = (_NAMING[entity], _BY_SHAPE)
            used_fields.add(_NAMING[entity])
            return


def _names_by_shape(values: list[Any]) -> bool:
    """Short texts nearly all different, of two words or more, no codes: names."""
    sample = [v for v in values if not V.is_empty(v)]
    texts = [v.strip() for v in sample if isinstance(v, str) and v.strip()]
    return not (len(texts) < 3 or len(texts) * 5 < len(sample) * 4 or _code_like(texts) or
                not _few_words(texts) or len(set(texts)) * 5 < len(texts) * 4 or
                sum(len(t.split()) >= 2 for t in texts) * 2 < len(texts))


def _few_words(sample: list[Any]) -> bool:
    """Most values are a name's length of text (a dozen words at most), not paragraphs."""
    texts = [v for v in sample if isinstance(v, str) and v.strip()]
    return bool(texts) and sum(len(v.split()) <= 12 for v in texts) * 5 >= len(texts) * 4


_BENEFIT_OWN = frozenset({"measure", "baseline_value", "target_value"})


# what only a dependency has: the other side, when it is needed, its kind and direction
_DEPENDENCY_OWN = frozenset({"counterparty", "need_by_date", "dependency_type", "direction"})


def _benefit_named_by_text(table: DetectedTable, entity: str, as_of: date | None,
                           out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """A benefits list with its measure, baseline and target but no header the title's
    words (a German savings list's "Maßnahme", the improvement it measures): the first
    column left of them holding a different text on each row names the benefits. So a
    project list keyed by its codes with no name's header (a schools programme's
    "Escola"): the first such column after the code names the projects."""
    if entity == "benefit" and "title" not in used_fields and \
            len(used_fields & _BENEFIT_OWN) >= 2:
        naming, words = "title", 2
        first = min(ci for ci, (f, _c) in out.items() if f in _BENEFIT_OWN)
        after = -1
    elif entity == "project" and "name" not in used_fields and "code" in used_fields and \
            len(used_fields) >= 4:
        naming, words, first = "name", 1, len(table.rows[0]) if table.rows else 0
        after = next(ci for ci, (f, _c) in out.items() if f == "code")
    elif entity == "dependency" and not used_fields & {"title", "description"} and \
            "ref" in used_fields and len(used_fields & _DEPENDENCY_OWN) >= 2:
        # a register of what depends on what ("Consumer app" | "Provider app" |
        # "Need-by date"): the first text after the ID, the dependent side, names each
        naming, words, first = "title", 1, len(table.rows[0]) if table.rows else 0
        after = next(ci for ci, (f, _c) in out.items() if f == "ref")
    else:
        return
    by_index = {c.index: c for c in table.columns}
    for ci in sorted(by_index):
        if ci >= first:
            return
        col = by_index[ci]
        if ci <= after or ci in out or col.period:
            continue
        sample = column_values(table, ci)
        texts = [norm(V.text(v) or "") for v in sample]
        # (each different; a dependent side may depend on several: half of them)
        distinct = len(set(texts)) * (2 if entity == "dependency" else 1)
        if len(texts) >= 3 and distinct >= len(texts) and \
                values_fit(entity, naming, col, sample, as_of) and \
                sum(len(t.split()) >= words for t in texts) * 2 >= len(texts):
            out[ci] = (naming, _TITLE_BY_TEXT)
            used_fields.add(naming)
            return


_TITLE_BY_TEXT = 0.6


# A date another column's bare header took, its own header saying it is the plan's: the
# baseline (Primavera's "Planned Start" beside "Start", "Data prevista" beside "Data")
_PLANNED = {"start_forecast": "start_baseline", "finish_forecast": "finish_baseline"}
_BASELINE_OF = {baseline: current for current, baseline in _PLANNED.items()}


def _baseline_beside_bare(table: DetectedTable, entity: str, as_of: date | None,
                          out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """A bare "Start" took the baseline start of a project list that has a "Baseline
    Start" too (Clarity, Planview): the column that says baseline is the baseline, the
    bare one the current (forecast) date."""
    by_index = {c.index: c for c in table.columns}
    for ci, (fname, conf) in list(out.items()):
        current = _BASELINE_OF.get(fname)
        col = by_index[ci]
        if current is None or current in used_fields or \
                is_qualified(col.header) or current not in SYNONYMS[entity]:
            continue
        for other in table.columns:
            if other.index in out or other.period or not is_qualified(other.header, 0):
                continue
            if any(f == fname for f, _c in header_matches(other.header, entity)[:1]) and \
                    values_fit(entity, fname, other, column_values(table, other.index), as_of):
                out[other.index] = (fname, conf)
                out[ci] = (current, round(conf * 0.95, 2))
                used_fields.add(current)
                break
    # … or the baseline column took it first, and the bare one was left without a field
    for col in table.columns:
        if col.index in out or col.period or is_qualified(col.header):
            continue
        found = header_matches(col.header, entity)[:1]
        current = _BASELINE_OF.get(found[0][0]) if found else None
        if current is None or current in used_fields or current not in SYNONYMS[entity] or \
                found[0][1] < 0.9 or not values_fit(
                    entity, current, col, column_values(table, col.index), as_of):
            continue
        out[col.index] = (current, round(found[0][1] * 0.95, 2))
        used_fields.add(current)


# the words that make a noun an identifier: "Objective ID", "Feature Key", "KPI No"
_ID_WORDS = frozenset({"id", "ref", "no", "nr", "number", "key", "code"})
_OWN_NOUN = 0.8


def _own_noun(table: DetectedTable, entity: str, as_of: date | None,
              out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """Records a tracker names in its own noun, which no vocabulary has: "Objective ID"
    beside "PI Objective", "Feature Key" beside "Feature". The column the noun ends, left
    without a field, names the records; the noun's identifier is their reference."""
    naming = _NAMING.get(entity, "title")
    if naming not in SYNONYMS[entity] or naming in used_fields:
        return
    words = {c.index: norm(split_header(c.header)[0]).split() for c in table.columns
             if not c.period}
    ids = {w[0]: ci for ci, w in words.items() if len(w) == 2 and w[1] in _ID_WORDS and
           w[0] not in _ID_WORDS and w[0].isalpha()}
    by_index = {c.index: c for c in table.columns}
    for ci, w in words.items():
        key = ids.get(w[-1]) if w and len(w) <= 3 else None
        if key is None or ci in out or key == ci or not values_fit(
                entity, naming, by_index[ci], column_values(table, ci), as_of):
            continue
        out[ci] = (naming, _OWN_NOUN)
        used_fields.add(naming)
        if key not in out and "ref" in SYNONYMS[entity] and "ref" not in used_fields:
            out[key] = ("ref", _OWN_NOUN)
            used_fields.add("ref")
        return


def _sheet_noun_key(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                    used_fields: set[str]) -> None:
    """The number of the records' own noun, as the sheet or the title calls them
    ("Submittal No." in a "Submittal Register", "RFI #" in an "RFI Log"), is their
    reference when no column is: a value on every row, each a different one."""
    if "ref" in used_fields or "ref" not in SYNONYMS.get(entity, {}):
        return
    named = set(norm(f"{table.sheet} {table.region.title or ''}").split())
    for col in table.columns:
        w = norm(split_header(col.header)[0]).split()
        if col.index in out or col.period or len(w) != 2 or w[1] not in _ID_WORDS or \
                len(w[0]) < 3 or not w[0].isalpha() or w[0] not in named:
            continue
        if _every_row(table, col.index):
            out[col.index] = ("ref", _OWN_NOUN)
            used_fields.add("ref")
            return


def _sheet_noun_name(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                     used_fields: set[str]) -> None:
    """A plan's records in the noun the sheet, title or file calls them, headed by that
    noun alone ("Permiso" in "permisos_sectoriales", "Permit" on a "Permits" sheet):
    the column names the records, when its texts are names (short, nearly all
    different, not codes)."""
    naming = _NAMING.get(entity)
    if entity not in _NAMED_BY_SHAPE or naming is None or naming in used_fields:
        return
    named = set(norm(f"{table.sheet} {table.region.title or ''}").replace("_", " ").split())
    for col in table.columns:
        w = norm(split_header(col.header)[0]).split()
        if col.index in out or col.period or len(w) != 1 or len(w[0]) < 4 or \
                not any(n.startswith(w[0]) and len(n) - len(w[0]) <= 2 for n in named):
            continue
        texts = [v.strip() for v in column_values(table, col.index)
                 if isinstance(v, str) and v.strip()]
        if len(texts) >= 3 and not _code_like(texts) and _few_words(texts) and \
                len(set(texts)) * 5 >= len(texts) * 4:
            out[col.index] = (naming, _OWN_NOUN)
            used_fields.add(naming)
            return


_NEAR_TIE = 0.05  # a column this much surer of one field than another is as sure of both
# ... and of a name a record must have, when no other column gives it ("Site / Project":
# the site is the project)
_NAMED_FIRST = 0.15
_ROOM_MIN = 0.7


def _named_first(entity: str, cands: list[tuple[float, int, str]],
                 out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """A record needs its title (or name): a column that reads as the title about as
    surely as the other field it took ("Objective / Key Result": the benefit's
    objective, or its title) is the title when no column is."""
    named = next((f for f in ("title", "name") if f in SYNONYMS.get(entity, {})), None)
    if named is None or named in used_fields:
        return
    for conf, ci, fname in sorted(cands, reverse=True):
        if fname != named or ci not in out:
            continue
        held, held_conf = out[ci]
        if held in ("ref", "code", "project_id") or held_conf - conf > _NAMED_FIRST:
            continue
        out[ci] = (named, conf)
        used_fields.discard(held)
        used_fields.add(named)
        return


def _make_room(table: DetectedTable, entity: str, as_of: date | None,
               cands: list[tuple[float, int, str]], out: dict[int, tuple[str, float]],
               used_fields: set[str]) -> None:
    """A column left without a field, whose field another column holds that is about as
    sure of a free field, takes its field and the other column moves: "Thema" (topic) is
    the action's title when "Beschreibung / Maßnahme" reads as its description as well as
    its title (a greedy choice would leave the topic out)."""
    by_col: dict[int, list[tuple[float, str]]] = {}
    for conf, ci, fname in cands:
        if conf >= _ROOM_MIN:
            by_col.setdefault(ci, []).append((conf, fname))
    holder = {f: ci for ci, (f, _c) in out.items()}
    by_index = {c.index: c for c in table.columns}
    for ci, options in by_col.items():
        if ci in out:
            continue
        for conf, fname in sorted(options, key=lambda x: -x[0]):
            other = holder.get(fname)
            if other is None:
                continue
            held = out[other][1]
            moves = [(c2, f2) for c2, f2 in by_col.get(other, ())
                     if f2 not in used_fields and c2 >= held - _NEAR_TIE]
            moves = [(c2, f2) for c2, f2 in moves if values_fit(
                entity, f2, by_index[other], column_values(table, other), as_of)]
            if not moves or not values_fit(entity, fname, by_index[ci],
                                           column_values(table, ci), as_of):
                continue
            c2, f2 = max(moves)
            out[other] = (f2, c2)
            out[ci] = (fname, conf)
            used_fields.add(f2)
            holder[f2], holder[fname] = other, ci
            break


_PLAN_WORDS = frozenset({
    "planned", "plan", "original", "target", "baseline", "geplant", "geplante", "gepland",
    "prevista", "previsto", "prevue", "prevu", "planifie", "planifiee", "planificada",
    "planificado", "planerad", "planlagt", "suunniteltu", "planowany", "planowana"})


def _taken_to_fallback(table: DetectedTable, entity: str, as_of: date | None,
                       cand: tuple[float, int, str], out: dict[int, tuple[str, float]],
                       used_fields: set[str]) -> None:
    """A column whose field another took, and whose values do not read as that field
    anyway, goes to the field's fallback when its values read as that, at its own
    header's rank: "Strategy" (Avoid, Reduce) took the response, so "Risk Treatment /
    Response" (sentences) holds the response actions, before a weaker "Current Controls"."""
    conf, ci, fname = cand
    fb = FALLBACK.get(fname)
    col = next(c for c in table.columns if c.index == ci)
    if fname in _PLANNED and _PLAN_WORDS & set(norm(col.header).split()):
        fb = _PLANNED[fname]  # "Planned Start" beside a bare "Start" (Primavera): the plan
    own = fname == "title" and entity in SYNONYMS[entity] and \
        norm(split_header(col.header)[0]) in ENTITY_WORDS.get(entity, ())
    if own:
        fb = entity  # a bare "Decision" beside "Decision Required": what was decided
    if not fb or fb in used_fields or fb not in SYNONYMS[entity] or \
            kind_of(entity, fb) == "enum":  # a list field's claim is _second_claim's
        return
    sample = column_values(table, ci)
    if (own or fb in _PLANNED.values() or not values_fit(entity, fname, col, sample, as_of)) \
            and values_fit(entity, fb, col, sample, as_of):
        out[ci] = (fb, round(conf * 0.8, 2))
        used_fields.add(fb)


def _second_claim(table: DetectedTable, entity: str, as_of: date | None,
                  cands: list[tuple[float, int, str]], out: dict[int, tuple[str, float]],
                  used_fields: set[str]) -> None:
    """A column left out because another took its field ("Overall RAG" took the RAG, so
    "Project Status" had none) gets the field's fallback when that is free, is a list
    field (a lifecycle state, not free text) and its values read as it (Active, On
    Hold): the values decide between the two meanings of the header."""
    for conf, ci, fname in cands:  # best first
        fb = FALLBACK.get(fname)
        if ci in out or fname not in used_fields or not fb or fb in used_fields or \
                fb not in SYNONYMS[entity] or kind_of(entity, fb) != "enum":
            continue
        col = next(c for c in table.columns if c.index == ci)
        if values_fit(entity, fb, col, column_values(table, ci), as_of):
            out[ci] = (fb, round(conf * 0.8, 2))
            used_fields.add(fb)


def _names_not_codes(table: DetectedTable, entity: str, cands: list[tuple[float, int, str]],
                     out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """Two headers that name the records ("Item" | "Marco"), the first's values codes
    (PR-CWB-0412-M1 …), the second's words: the words are the name, the codes the key
    (when the records have one and no column holds it)."""
    for naming in ("name", "title"):
        holder = next((ci for ci, (f, _c) in out.items() if f == naming), None)
        if holder is None:
            continue
        codes = [V.text(v) or "" for v in _record_values(table, holder)]
        if not (_codes(codes) and all(any(ch.isdigit() for ch in c) for c in codes)):
            continue

        def words(ci: int) -> bool:  # a name's few words a row, most of them two or more
            sample = column_values(table, ci)
            return _few_words(sample) and \
                sum(len(str(v).split()) > 1 for v in sample) * 2 > len(sample)
        other = next(((conf, ci) for conf, ci, f in cands if f == naming and ci not in out
                      and conf >= 0.6 and words(ci)), None)
        if other is None:
            continue
        out[other[1]] = (naming, other[0])
        del out[holder]
        keyed = next((ci for ci, (f, _c) in out.items() if f == "ref"), None)
        if keyed is not None and len(set(codes)) == len(codes) and _repeats(
                [V.text(v) or "" for v in _record_values(table, keyed)]):
            del out[keyed]  # ("Study Number" of a few studies, again and again: no key)
            used_fields.discard("ref")
        if "ref" in SYNONYMS.get(entity, {}) and "ref" not in used_fields:
            out[holder] = ("ref", _CODES_AS_KEY)
            used_fields.add("ref")


def _repeats(values: list[str]) -> bool:
    """Values of which each is written twice or more on average: no key of the rows."""
    filled = [v for v in values if v]
    return len(filled) >= 4 and len(set(filled)) * 2 <= len(filled)


_CODES_AS_KEY = 0.8


_NUMBER_TEXT = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def _numbers_only(sample: list[Any]) -> bool:
    """Whether every filled value of a column is a number (none a word)."""
    filled = [v for v in sample if not V.is_empty(v)]
    return bool(filled) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) or
        isinstance(v, str) and _NUMBER_TEXT.fullmatch(v.strip()) is not None for v in filled)


def _kept_as_text(entity: str, fname: str) -> bool:
    """A list field with a text field of the same meaning to fall back on ("Benefit
    Type" of Social, Environmental: the benefit's category), other than the notes: words
    the list does not know are kept there whole rather than left empty."""
    fb = FALLBACK.get(fname)
    return fb is not None and fb != "notes" and fb in SYNONYMS[entity] and \
        kind_of(entity, fb) != "enum"


def _own_words(entity: str, fname: str, col: Column, sample: list[Any],
               as_of: date | None) -> bool:
    """A column headed outright by a list field's name ("Status") whose values are a few
    short words, some of them the field's, is that field in the team's own words ("MET",
    "OPEN", "AT RISK"): it is mapped, and a word the field does not know is left empty
    with a warning naming the cell, rather than the whole column left out."""
    if kind_of(entity, fname) != "enum":
        return False
    words = [norm(str(v)) for v in sample if not V.is_empty(v)]
    if len(words) < 2 or any(len(w.split()) > 3 for w in words) or \
            len(set(words)) > max(3, len(words) // 2):
        return False
    filled = [v for v in sample if not V.is_empty(v)]
    return values_read(entity, fname, col, filled, as_of) * 4 >= len(words)


def bare_entity_word(table: DetectedTable, entity: str, col: int) -> bool:
    header = next((c.header for c in table.columns if c.index == col), "")
    return norm(split_header(header)[0]) in ENTITY_WORDS.get(entity, ())


def _prefer_specific(table: DetectedTable, entity: str,
                     cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """A bare entity word ("Project") next to a header that names the field outright
    ("Project Name") is not the name: the specific header goes first."""
    best: dict[str, tuple[float, int]] = {}
    for conf, ci, fname in cands:
        if not bare_entity_word(table, entity, ci) and conf >= 0.9 and \
                conf > best.get(fname, (0.0, -1))[0]:
            best[fname] = (conf, ci)
    out = []
    for conf, ci, fname in cands:
        if fname in best and bare_entity_word(table, entity, ci):
            conf = min(conf, round(best[fname][0] - 0.01, 2))
        out.append((conf, ci, fname))
    return out


def _dates_not_text(table: DetectedTable, entity: str,
                    cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """A column of dates that its header may call a date field ("Data decisão CCB": the
    decision's date) is not read as text the header may also name (the decision)."""
    dated = {ci for _c, ci, f in cands if kind_of(entity, f) == "date"}
    if not dated:
        return cands
    drop: set[int] = set()
    for ci in dated:
        sample = [v for v in column_values(table, ci, 50) if not V.is_empty(v)]
        if sample and sum(isinstance(v, date) for v in sample) * 10 >= len(sample) * 9:
            drop.add(ci)
    return [(c, ci, f) for c, ci, f in cands
            if ci not in drop or kind_of(entity, f) != "text"]


def _prefer_real_ids(table: DetectedTable,
                     cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """Of two columns that may hold the records' key ("S.No." and "Issue ID"), one that
    only counts the rows (1, 2, 3 …) gives way to one whose values are the IDs; and a
    tool's own IDs (Trello's "Card ID" of hex digits) give way to the numbers people use
    ("Card #": 101, 102 …)."""
    keyed: dict[str, list[int]] = {}
    for _conf, ci, fname in cands:
        if fname in _KEY_FIELDS:
            keyed.setdefault(fname, []).append(ci)
    shared = {ci for cols in keyed.values() if len(set(cols)) > 1 for ci in set(cols)}
    if not shared:
        return cands
    machine = {ci for ci in shared if _machine_ids(column_values(table, ci))}
    counting = {ci for ci in shared - machine if counts_rows(column_values(table, ci))}
    if machine and machine < shared:
        weaker = machine  # (the people's numbers, counting or not, are the key)
    elif counting and counting < shared:
        weaker = counting
    else:
        return cands
    return [(round(conf - 0.15, 2) if ci in weaker and fname in _KEY_FIELDS else conf, ci,
             fname) for conf, ci, fname in cands]


_KEY_FIELDS = frozenset({"ref", "code"})


def _project_name_beside(table: DetectedTable, cands: list[tuple[float, int, str]],
                         out: dict[int, tuple[str, float]]) -> None:
    """The project's name beside the column of its codes that names the row's project
    ("Proyecto" beside "Código"): kept, to name a project the import creates."""
    coded = next((ci for ci, (f, _c) in out.items() if f == "project_id"), None)
    if coded is None or not _code_like(column_values(table, coded)):
        return
    named = [(conf, ci) for conf, ci, f in cands
             if f == "project_id" and ci != coded and ci not in out and conf >= 0.6
             and not _code_like(column_values(table, ci))]
    if named:
        conf, ci = max(named)
        out[ci] = ("_project_name", round(conf * 0.9, 2))


def _code_like(values: list[Any]) -> bool:
    """Codes (written on some rows at least): single words of at most 20 characters, each
    with a digit ("DOR-02", "WS-03", "PRJ0010234")."""
    texts = [t for v in values if (t := V.text(v)) and t.strip("-–—/ ").lower() not in
             ("", "n", "na", "n a")]  # ("—", "n/a": no project, said so)
    return len(texts) >= 2 and all(
        len(t) <= 20 and len(t.split()) == 1 and any(ch.isdigit() for ch in t) for t in texts)


def _project_codes_first(table: DetectedTable,
                         cands: list[tuple[float, int, str]]) -> list[tuple[float, int, str]]:
    """Of two columns that may name each row's project ("Codice progetto" of DOR-02
    beside "Progetto" of names), the one of codes names it, however surely the other's
    header reads: a code finds the project in the portfolio as written."""
    named = {ci: conf for conf, ci, f in cands if f == "project_id"}
    if len(named) < 2:
        return cands
    codes = {ci for ci, conf in named.items()
             if conf >= 0.6 and _code_like(column_values(table, ci))}
    if not codes or len(codes) == len(named):
        return cands
    top = max(named.values())
    return [(max(conf, round(top + 0.01, 2)) if ci in codes and f == "project_id" else conf,
             ci, f) for conf, ci, f in cands]


def counts_rows(values: list[Any]) -> bool:
    """Values that number the rows: 1, 2, 3 … (written as numbers or digits), the run
    broken at most by a few section headings written in the same column ("GRID
    MODERNIZATION" over 1 … 11, "GENERATION" over 12 …)."""
    nums: list[float] = []
    words = 0
    for v in values:
        t = V.text(v)
        if t is None:
            return False
        if t.replace(".", "", 1).isdigit():
            nums.append(float(t))
        elif any(ch.isdigit() for ch in t) and len(t.split()) == 1:
            return False  # "R-001": an ID (a numbered heading, "1. Technical risks", is
            # a section's)
        else:
            words += 1
    return len(nums) >= 3 and words * 2 <= len(nums) and \
        all(b - a == 1 for a, b in zip(nums, nums[1:]))


def _bare_word_as_key(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                      used_fields: set[str]) -> None:
    """The bare entity word left out beside "Project Name" holds the records' keys when
    its values read as codes (short, one word, all different) and no column has them; so
    does a bare "Number" (ServiceNow's PRJ0010234), and a number or ID of something else
    whose values are numbered codes ("No. Solicitud" MX-CPX-001, "Site ID" SD-578).
    A log's reference likewise, in the place of a weaker one: "Quality Event Number"
    (DEV-002311 on every row) before a "CAPA Number" read as the reference only weakly
    and left empty on some rows."""
    key = "code" if "code" in SYNONYMS.get(entity, {}) else \
        "ref" if "ref" in SYNONYMS.get(entity, {}) else None
    if key is None:
        return
    holder = next((ci for ci, (f, _c) in out.items() if f == key), None)
    if holder is not None and not _machine_ids(column_values(table, holder)) and \
            not (key == "ref" and out[holder][1] < 0.9 and not _every_row(table, holder)):
        return  # (a tool's GUIDs, ServiceNow's sys_id, give way to the records' numbers)
    for col in table.columns:
        keyed = _KEYED.search(col.header) is not None or \
            bool(set(norm(col.header).split()) & KEY_NAMES)
        if col.period or (col.index in out and not (keyed and out[col.index][1] < 0.6)) \
                or not (bare_entity_word(table, entity, col.index) or
                        norm(col.header) in _BARE_NUMBER or keyed):
            continue
        sample = [v for v in _record_values(table, col.index)  # (not a repeated header)
                  if not (isinstance(v, str) and norm(v) == norm(col.header))]
        values = [V.text(v) or "" for v in sample]
        if (keyed or norm(col.header) in _BARE_NUMBER) and counts_rows(sample):
            continue  # a row's number (1, 2, 3 …), not its code
        if keyed and not all(any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v)
                             for v in values):
            continue  # "Request No", "Site ID": codes ("MX-CPX-001", "SD-578"), not a
            # tool's row numbers (monday's "Item ID" 1834501990)
        if _codes(values) and (key == "code" or holder is not None and col.index < holder
                               or holder is None and keyed
                               and not _another_kinds_key(col.header, entity)):
            if holder is not None:
                del out[holder]
            out[col.index] = (key, 0.8)
            used_fields.add(key)
            return


def _another_kinds_key(header: str, entity: str) -> bool:
    """Whether the header is surely another kind of log's key ("EW No.", an early
    warning's number, in what may be an action log): no key of ``entity``'s then."""
    return any(f == "ref" and c >= 0.9 for other in LOG_KINDS if other != entity
               for f, c in header_matches(header, other))


def _record_values(table: DetectedTable, col: int) -> list[Any]:
    """The column's values on rows that hold more than that one cell, and are no total's
    label: a section's heading written alone in the column of codes ("Zahlungen" over
    RM-07 …) is none, nor "TOTAL PORTFOLIO" under the last code."""
    return [v for v in column_values(table, col, with_others=True)
            if not (isinstance(v, str) and is_total_label(v))]


def _every_row(table: DetectedTable, col: int) -> bool:
    """Whether the column holds a code on every row, each a different one."""
    r = table.region
    rows = [row for row in table.rows[r.first_row - 1:r.last_row][:SAMPLE]
            if any(not V.is_empty(v) for v in row)]
    values = [row[col] if col < len(row) else None for row in rows]
    return _codes(values)


def _codes(values: list[Any]) -> bool:
    """Every row's own code: short single words, all different, none missing."""
    texts = [V.text(v) or "" for v in values]
    return bool(texts) and len(set(texts)) == len(texts) and \
        all(0 < len(v) <= 20 and len(v.split()) == 1 for v in texts)


def _programme_per_row(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                       used_fields: set[str]) -> None:
    """A list with no project-name column whose "Programme Name" differs on every row
    names its records by it: a biotech's programmes (Aurora, Borealis) are its projects.
    A programme that groups projects repeats its name down the column."""
    if entity != "project" or "name" in used_fields:
        return
    at = next((ci for ci, (f, _c) in out.items() if f == "programme_id"), None)
    if at is None:
        return
    values = [norm(V.text(v) or "") for v in column_values(table, at)]
    values = [v for v in values if v]
    if len(values) >= 3 and len(set(values)) == len(values):
        out[at] = ("name", out[at][1])
        used_fields.discard("programme_id")
        used_fields.add("name")


def _programme_codes_as_project(table: DetectedTable, entity: str,
                                out: dict[int, tuple[str, float]], used_fields: set[str]) -> None:
    """A plan, budget or log with no project column whose "Programme" column holds codes
    (a carmaker's vehicle programmes P2417, P2475) names each row's project by them: a
    programme of the portfolio groups projects under a name, not a code on every row."""
    if "project_id" not in SYNONYMS.get(entity, {}) or "project_id" in used_fields:
        return
    for col in table.columns:
        if col.index in out or col.period:
            continue
        if not any(f == "programme_id" and c >= 0.9
                   for f, c in header_matches(col.header, "project")):
            continue
        values = _record_values(table, col.index)
        if _code_like(values) and not counts_rows(values):
            out[col.index] = ("project_id", _PROGRAMME_AS_PROJECT)
            used_fields.add("project_id")
            return


_PROGRAMME_AS_PROJECT = 0.75  # (a guess: it names projects the portfolio holds, or creates)


_GUID = re.compile(r"[0-9a-f]{20,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                   re.I)  # (GUIDs, database object ids of 24 hex digits, hashes)


def _machine_ids(values: list[Any]) -> bool:
    """Values a tool made for itself: GUIDs ("0f3a9c0e5b7d14e2a8c6b0d9e1f2a3b4"), object
    ids ("65fc3e1fd72445a1b2c3d4e5"), not all digits."""
    return bool(values) and sum(isinstance(v, str) and bool(_GUID.fullmatch(v.strip()))
                                and not v.strip().isdigit()
                                for v in values) * 10 >= len(values) * 9


_BARE_NUMBER = frozenset({"number", "no", "nr", "num"})
_KEYED = re.compile(r"#|\bn\s*[º°]")
_NUMBERED = re.compile(r"^(.*?)\s*(\d)$")


def _stepped_names(table: DetectedTable, out: dict[int, tuple[str, float]]) -> None:
    """A tree exported one level to a column ("Title 1 | Title 2 | Title 3", Azure
    DevOps; "Level 1 | Level 2" plans): the name column numbered 1 has its next levels
    beside it, each row's name in the column of its level (``_name_2``, ``_name_3`` …)."""
    at = next((ci for ci, (f, _c) in out.items() if f == "name"), None)
    if at is None:
        return
    by_index = {c.index: c for c in table.columns}
    first = _NUMBERED.match(by_index[at].header.strip())
    if first is None or first.group(2) != "1":
        return
    conf, level, ci = out[at][1], 1, at
    while True:
        ci += 1
        col = by_index.get(ci)
        nxt = _NUMBERED.match(col.header.strip()) if col is not None else None
        if nxt is None or nxt.group(1) != first.group(1) or int(nxt.group(2)) != level + 1 \
                or ci in out and not out[ci][0].startswith("_"):
            return
        level += 1
        out[ci] = (f"_name_{level}", conf)


# The start a column of date spans feeds ("2024-08-01 - 2025-05-15"), and the finish
# beside it (``range_pair``), for the kinds that have both
SPANS = {"project": (("start_forecast", "finish_forecast"), ("start_baseline", "finish_baseline")),
         "task": (("start_forecast", "finish_forecast"), ("start_baseline", "finish_baseline"))}


def range_column(table: DetectedTable, col: int) -> bool:
    """Whether most of a column's filled cells give a span of two dates."""
    values = [v for v in column_values(table, col) if not V.is_empty(v)]
    return len(values) >= 2 and sum(V.date_range(v) is not None for v in values) * 5 >= \
        len(values) * 4


def range_pair(entity: str | None, start: str, used: set[str]) -> str | None:
    """The finish a span column read as ``start`` feeds too, when no column has it."""
    for a, b in SPANS.get(entity or "", ()):
        if a == start:
            return b if b not in used else None
    return None


def _date_ranges(table: DetectedTable, entity: str, out: dict[int, tuple[str, float]],
                 used: set[str]) -> None:
    """A column of spans ("Timeline" of monday.com) left unmapped feeds a start and its
    finish: the forecast's when free, else the baseline's."""
    if entity not in SPANS:
        return
    for col in table.columns:
        if col.index in out or col.period or not range_column(table, col.index):
            continue
        for start, finish in SPANS[entity]:
            if start not in used and finish not in used or \
                    start not in used and (start, finish) == SPANS[entity][-1]:
                out[col.index] = (start, 0.8)
                used.add(start)
                return


_UNIQUE = frozenset({"unique", "uid", "guid"})
_ROW_ID = frozenset({"id", "task id", "no", "nr", "task no", "row id"})


def _row_ids(table: DetectedTable, out: dict[int, tuple[str, float]]) -> None:
    """MS Project's export keys its tasks by "Unique ID" beside the "ID" its
    Predecessors column names (the row's number): that column is kept as ``_id``, so each
    predecessor is found by it."""
    by_index = {c.index: c for c in table.columns}
    ref = next((ci for ci, (f, _c) in out.items() if f == "ref"), None)
    if ref is None or not _UNIQUE & set(norm(by_index[ref].header).split()):
        return
    for col in table.columns:
        if col.index not in out and norm(col.header) in _ROW_ID:
            out[col.index] = ("_id", out[ref][1])
            return


_UNDER_GROUP = 0.9  # a label read without the group over it: a little less sure


def _under_group(table: DetectedTable, col: Column) -> str | None:
    """A column's own label under a merged group cell ("Código" under "Datos del
    proyecto"), when its header is the two joined; else None."""
    group = table.region.groups.get(col.index)
    if not group or not col.header.startswith(group + " "):
        return None
    return col.header[len(group) + 1:]


_ONE_LINE = 0.9  # a field only one line of a header cell names: a little less sure
_SYSTEM_FIELD = 0.8


_OWN_LABEL = 0.85  # a column's own label under its group's, read without it: a guess
# Group labels that only say the columns under them describe the record: "Stammdaten",
# "Project information", "GENEL BİLGİ", "Datos del sitio". A column's own label under one
# is read as sure as a header of its own. (The first word of such a label, or the label)
_GENERIC_FIRST = frozenset({
    "general", "generale", "details", "detail", "data", "datos", "dados", "daten", "dati",
    "donnees", "gegevens", "information", "informations", "informacion", "informacao",
    "info", "identification", "identificacion", "identificacao", "stammdaten", "basisdaten",
    "allgemein", "allgemeines", "allgemeine", "algemeen", "algemene", "genel", "basic",
    "master"})
_GENERIC_GROUPS = frozenset({"project information", "project info", "project details",
                             # the list's own kind over its first columns ("PROJECT")
                             "project", "projekt", "proyecto", "projet", "projeto",
                             "progetto", "project data"})


def _generic_group(group: str) -> bool:
    if group.endswith(":"):  # an export's object prefix ("Monitoring Event: Name")
        return True
    words = norm(group).split()
    return bool(words) and (" ".join(words) in _GENERIC_GROUPS or
                            len(words) <= 4 and words[0] in _GENERIC_FIRST)


def own_label(header: str, group: str | None) -> str:
    """A column's header without the group label joined onto it."""
    return header[len(group):].strip() if group and header.startswith(group) else header


def column_matches(table: DetectedTable, col: Column, entity: str) -> list[tuple[str, float]]:
    """The fields of ``entity`` a column's header may mean, best first. A header cell on
    several lines whose whole names nothing surely is read line by line: a bilingual
    tracker writes each name twice ("Risk owner" over "Responsable du risque"), and a
    field two lines agree on is as sure as its surest line."""
    group = table.region.groups.get(col.index)
    if group and col.header.startswith(group) and _generic_group(group) and \
            (own := header_matches(own_label(col.header, group), entity)):
        # a generic group ("PROJECT", "Stammdaten") says nothing of its columns: "Owner
        # Sponsor" under "PROJECT" is the sponsor, no "project owner"
        return sorted(own, key=lambda kv: -kv[1])
    found = dict(header_matches(match_text(table, col), entity))
    if group and max(found.values(), default=0.0) < _OWN_LABEL and \
            col.header.startswith(group):
        # a group's label over its columns ("Initiative details" over "Stage", "Owner";
        # "Response" over "Proximity") that makes them unreadable together, or only
        # weakly read: the column's own label, a little less sure
        rank = 1.0 if _generic_group(group) else _OWN_LABEL
        for fname, conf in header_matches(own_label(col.header, group), entity):
            found[fname] = max(found.get(fname, 0.0), round(conf * rank, 2))
    if col.header.startswith("_"):  # a form tool's own field ("_id", "_submitted_by"
        # of a KoboToolbox or ODK export): its record number, no key people write
        found = {f: round(c * _SYSTEM_FIELD, 2) for f, c in found.items()}
    if not col.lines or max(found.values(), default=0.0) >= 0.9:
        return sorted(found.items(), key=lambda kv: -kv[1])
    by_line: dict[str, list[float]] = {}
    for line in col.lines:
        for fname, conf in header_matches(line, entity):
            by_line.setdefault(fname, []).append(conf)
    for fname, confs in by_line.items():
        conf = max(confs) if len(confs) > 1 else round(confs[0] * _ONE_LINE, 2)
        found[fname] = max(found.get(fname, 0.0), conf)
    return sorted(found.items(), key=lambda kv: -kv[1])


def match_text(table: DetectedTable, col: Column) -> str:
    if norm(col.header) == "pct":  # a bare "%" belongs to the column on its left
        left = next((c for c in table.columns if c.index == col.index - 1), None)
        if left is not None:
            return f"{left.header} %"
    return col.header
