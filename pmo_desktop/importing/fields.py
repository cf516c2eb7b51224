"""Step 3, fields: what kind of value each field holds, the parser a column of it gets
(its column-wide decisions taken from a sample of its values), and whether a column's
values read as a field at all."""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any, Callable

from pmo_desktop.domain import enums
from pmo_desktop.domain.capacity import hours_a_day
from pmo_desktop.domain.governance import FIELD_CHOICES, FIELD_KINDS

from . import values as V
from .choices import scheme_stage_parser
from .detected import Column
from .predecessors import unit_days
from .vocab import (DEPENDENCY_TYPES, ISSUE_TYPES, MONTH_OF_YEAR, RAID_TYPE_WORDS, norm,
                    split_header)


# -- field kinds --------------------------------------------------------------------------

RAG_FIELDS = {"rag_overall", "rag_schedule", "rag_cost", "rag_scope", "rag_risk",
              "rag_resource", "rag_benefits"}
SCALE_FIELDS = {"probability", "impact", "residual_probability", "residual_impact"}
PCT_FIELDS = {"pct_complete", "tolerance_cost_pct", "target_utilisation"}
# Percentages stored as a number of per cent (10 = 10 %), not a fraction: the project
# form, the demo and the pack's cost-variance tests (domain.rag.cost_var_pct) read them so.
POINTS_FIELDS = {"tolerance_cost_pct"}
INT_FIELDS = {"tier", "impact_schedule_days", "tolerance_time_days", "version", "_duration",
              "outline_level", "sort_order", "_year"}
FLOAT_FIELDS = {"hours", "fte", "hours_per_day", "duration_days"}
BOOL_FIELDS = {"critical", "_flag", "_summary", "is_summary", "is_milestone"}
MONEY_FIELDS = {"bac", "eac", "planned", "actual", "forecast", "earned", "cost_rate", "budget",
                "expected_value", "impact_cost"}
# Fields that hold a short line of text (a place), not a paragraph or a number.
SHORT_TEXT_FIELDS = {"location"}
DATE_FIELDS = {"start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
               "start_actual", "finish_actual", "status_date", "baseline_date",
               "forecast_date", "actual_date", "date_raised", "due_date", "review_date",
               "closed_date", "need_by_date", "committed_date", "decision_date",
               "validate_by", "implemented_date", "date_logged", "start_date", "end_date",
               "_start"}
FK_FIELDS = {"project_id", "programme_id", "role_id", "resource_id"}


def enum_choices(entity: str | None, field_name: str) -> tuple[str, ...] | None:
    own = FIELD_CHOICES.get((entity or "", field_name))  # strategy and governance
    if own:
        return own
    if field_name == "status":
        if entity in enums.RAID_STATUSES:
            return enums.RAID_STATUSES[entity]
        return {"change_request": enums.CR_STATUSES, "milestone": enums.MILESTONE_STATUSES,
                "task": enums.TASK_STATUSES, "lesson": ("open", "closed")}.get(entity or "")
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


_PER_YEAR = re.compile(r"\s*(?:p\.?\s?a\.?|per (?:annum|year|month)|a year|/\s?(?:yr|year|month))$",
                       re.I)


def _measure_value(v: Any, comma: bool | None) -> float | None:
    """A benefit's baseline or target as a number, its unit left to the measure."""
    if not isinstance(v, str):
        return V.parse_money(v, 1.0, comma)
    s = _PER_YEAR.sub("", v.strip())
    if s.endswith("%"):
        return V.parse_float(s[:-1].strip())
    try:
        return V.parse_money(s, 1.0, comma)
    except V.ValueProblem:
        return V.parse_float(s)  # "23.4 working days", "31 km", "2.5 hrs"


def kind_of(entity: str | None, field_name: str) -> str:
    own = FIELD_KINDS.get((entity or "", field_name))  # strategy and governance
    if own:
        return own
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
FALLBACK = {"issue_type": "category", "benefit_type": "category",
            "response": "response_actions", "rag_overall": "state",
            "impact": "impact_analysis", "category": "notes", "state": "summary",
            "severity": "notes", "priority": "notes",
            "_type": "direction"}  # a dependency's "Type" of Inbound / Outbound


def _middle_date(sample: list[Any]) -> date | None:
    """The middle of a column's dates written with their year, the year a date written
    without one ("Mar 13", "26.02.") is nearest to; None with fewer than two."""
    days = sorted(v.toordinal() for v in sample if isinstance(v, date))
    return date.fromordinal(days[len(days) // 2]) if len(days) >= 2 else None


def month_numbers(sample: list[Any]) -> bool:
    """Whether a period column holds months' numbers (1–12, SAP's "010"), most of them."""
    filled = [v for v in sample if not V.is_empty(v)]
    months = sum(_month_text(v) is not None for v in filled)
    return len(filled) >= 3 and months * 5 >= len(filled) * 4


def _month_text(value: Any) -> str | None:
    """"10", 10 or SAP's "010": the month's number as two digits; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    text = str(int(value)) if isinstance(value, (int, float)) and float(value).is_integer() \
        else str(value).strip()
    return f"{int(text):02d}" if text.isdigit() and 1 <= int(text) <= 12 else None


def _month_number(value: Any) -> str | None:
    if V.is_empty(value):
        return None
    month = _month_text(value)
    if month is None:
        raise V.ValueProblem(f"'{value}' is not a month's number")
    return f"{MONTH_OF_YEAR}{month}"


_WEEK_SHARE = re.compile(r"\s*([1-9])\s*/\s*([1-9])\s*")


def _fte(value: Any) -> float | None:
    """A share of full time: 0.8, "80%", or a week's days written as a fraction ("4/5")."""
    if isinstance(value, str):
        m = _WEEK_SHARE.fullmatch(value)
        if m and int(m.group(1)) <= int(m.group(2)):
            return round(int(m.group(1)) / int(m.group(2)), 4)
        if "%" in value:
            return V.parse_percent(value)
    return V.parse_float(value)


_YES_NO = {"yes", "no", "y", "n", "true", "false", "si", "ja", "nein", "oui", "non", "sim",
           "nao", "x"}


_WEEKS = re.compile(r"\b(?:weeks?|wks?|semanas?|semaines?|wochen|weken|uger|veckor|uker|"
                    r"settimane|tygodnie|viikkoa)\b")


def _in_weeks(value: Any) -> int | None:
    """A count of weeks as days; a value that says its own unit ("10 days") as it says."""
    if isinstance(value, str) and not re.fullmatch(r"\s*[+-]?\d+(?:[.,]\d+)?\s*", value):
        return V.parse_days(value)
    weeks = V.parse_float(value)
    return None if weeks is None else int(round(weeks * 7))


def make_parser(entity: str | None, field_name: str, column: Column, sample: list[Any],
                as_of: date | None, *, fractions: bool = False) -> Callable[[Any], Any]:
    """The parser of one column, with its column-wide decisions taken from ``sample``;
    ``fractions``: its cells show their numbers as percentages ("0%"), so 1 is 100 %."""
    kind = kind_of(entity, field_name)
    if field_name in ("duration_days", "_duration"):  # "5d", "3 wks", "10 days": working days
        from .predecessors import duration_in

        hints = split_header(column.header)[1]  # "Original Duration(h)": bare numbers in hours
        return duration_in(next((h for h in hints if unit_days(h)), None))
    if field_name == "predecessors":  # "2FS+3d; 5SS-1d", "1.0, 1.01": links
        from .predecessors import parse_links

        return parse_links
    if kind == "date":
        dayfirst = V.decide_dayfirst(  # the column's own dates first, then the table's
            sample, True if column.dayfirst is None else column.dayfirst)
        ref = _middle_date(sample) or as_of  # "Mar 13" among 2026's dates is in 2026
        return lambda v: V.iso(V.parse_date(v, dayfirst=dayfirst, as_of=ref))
    if kind == "money":
        scale, _cur = V.header_money(column.header)
        scale = column.scale if scale == 1.0 else scale  # "All figures £'000" above
        comma = V.decide_decimal_comma(sample)
        return lambda v: V.parse_money(v, scale, comma)
    if kind == "pct" and field_name in POINTS_FIELDS:
        pscale = 1.0 if fractions else V.decide_percent_scale(sample)
        return lambda v: _points(V.parse_percent(v, pscale))
    if kind == "pct":
        pscale = 1.0 if fractions else V.decide_percent_scale(sample)
        return lambda v: V.parse_percent(v, pscale)
    if kind == "rag":
        return V.legend_rag_parser(column.rag_codes) if column.rag_codes else V.parse_rag
    if kind == "scale":
        rule = V.decide_scale(sample, column.hints)
        return lambda v: V.parse_scale(v, rule)
    if kind == "int" and field_name.endswith("_days"):  # "+6 wks", "-10 days"
        if any(_WEEKS.search(norm(h)) for h in split_header(column.header)[1]):
            return _in_weeks  # "Impact (Schedule, weeks)": a bare 3 is three weeks
        return V.parse_days
    if kind == "int":
        return V.parse_int
    if field_name == "hours_per_day" and per_week(column.header):  # "Hours per week": 20 → 4
        return lambda v: _per_day(V.parse_float(v))
    if kind == "float" and field_name == "fte":  # 0.5, "50%", or "4/5" (four days a week)
        return _fte
    if kind == "float" and entity == "benefit":  # a measure's value as written: "7.8%" is
        # 7.8 (the unit is the measure's), "£412,000" and "1.2m" are amounts, "23.4
        # working days" and "31 km" are 23.4 and 31, "NZ$186,000 p.a." is 186,000
        comma = V.decide_decimal_comma(sample)
        return lambda v: _measure_value(v, comma)
    if kind == "float":
        return V.parse_float
    if kind == "bool":
        return V.parse_bool
    if kind == "period":
        dayfirst = V.decide_dayfirst(sample)
        if entity == "financial" and month_numbers(sample):
            return _month_number  # "Period" 1–12 beside a "Fiscal Year" (an ERP's postings)
        return lambda v: V.period_of(v, dayfirst=dayfirst, as_of=as_of)
    if kind == "enum" and entity == "proposal" and field_name == "status":
        from .intakedetect import pipeline_parser  # the intake list's words (issue 17)

        return pipeline_parser()
    if kind == "enum":
        choices = enum_choices(entity, field_name) or ()
        parse = V.enum_parser(choices, "status" if field_name == "status" else field_name,
                              entity)
        if field_name == "stage":  # "Stage 5" under "RIBA Stage": in that scheme
            return scheme_stage_parser(column.header, parse)
        return parse
    if kind == "raid_type":
        return raid_type
    if field_name in PERSON_FIELDS:
        return V.person
    return V.text


_WEEK_WORDS = frozenset({"week", "weekly", "wk", "semana", "semanal", "semanales",
                         "semanais", "woche", "wochenstunden", "semaine", "hebdomadaire",
                         "hebdomadaires", "settimana", "settimanali"})


def per_week(header: str) -> bool:
    """Whether a header counts hours by the week ("Hours per week", "Wochenstunden")."""
    return bool(_WEEK_WORDS & set(norm(header).split()))


def _per_day(hours: float | None) -> float | None:
    return None if hours is None else round(hours_a_day(hours), 6)


def _points(fraction: float | None) -> float | None:
    return None if fraction is None else round(fraction * 100.0, 6)


def raid_type(value: Any) -> str | None:
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


def values_read(entity: str, field_name: str, column: Column, sample: list[Any],
                as_of: date | None) -> int:
    """How many of ``sample`` read as the field (without a problem)."""
    parse = make_parser(entity, field_name, column, sample, as_of)
    ok = 0
    for v in sample:
        try:
            parse(v)
            ok += 1
        except (V.ValueProblem, ValueError, TypeError, OverflowError):
            pass
    return ok


def values_fit(entity: str, field_name: str, column: Column, sample: list[Any],
               as_of: date | None) -> bool:
    """Do most of the column's values read as the field?"""
    if sample and column.header:  # (a header written again over each group of rows)
        own = column.header.strip().lower()
        sample = [v for v in sample if not (isinstance(v, str) and v.strip().lower() == own)]
    kind = kind_of(entity, field_name)
    if kind == "raid_type" and not sample:
        return False
    if not sample or kind in ("text", "fk"):
        if field_name in SHORT_TEXT_FIELDS and sample:
            return _short_texts(sample)
        if field_name in PERSON_FIELDS and sample:
            return _people(sample)
        if field_name in ("title", "name", "description") and sample:
            texts = sum(isinstance(v, str) and not re.fullmatch(r"[\d.\s-]+", v) for v in sample)
            flags = sum(isinstance(v, str) and norm(v) in _YES_NO for v in sample)
            # a risk level ("Moderate", "High") names nothing: ServiceNow's "risk"
            levels = sum(map(V.is_level_word, sample))
            return texts * 2 >= len(sample) and flags * 2 < len(sample) and \
                levels * 5 < texts * 4
        return True
    if field_name == "hours_per_day":  # a working day's hours: more than 0, at most 24
        return _day_hours(entity, column, sample, as_of) * 2 >= len(sample)
    ok = values_read(entity, field_name, column, sample, as_of)
    need = 0.6 if kind in ("rag", "enum", "raid_type") else 0.5
    if kind == "raid_type" and len(sample) < 2:
        return False
    if field_name == "response":  # a bare strategy word, not a paragraph of actions
        short = sum(isinstance(v, str) and len(v.split()) <= 3 for v in sample)
        return ok >= need * len(sample) and short * 2 >= len(sample)
    return ok >= need * len(sample)


def _words_of(value: Any) -> list[str] | None:
    """The words of a text cell; ``None`` for a number, a date or a bare figure."""
    if not isinstance(value, str) or re.fullmatch(r"[\d.,\s/:%$£€+-]+", value):
        return None
    return value.split()


def _short_texts(sample: list[Any]) -> bool:
    """Most values are a few words of text (a place: "Leeds", "Lot 4, Austin TX"), not
    figures, dates, paragraphs or e-mail addresses."""
    filled = [v for v in sample if not V.is_empty(v)]
    short = sum(w is not None and 0 < len(w) <= 8 and "@" not in v
                for v, w in zip(filled, map(_words_of, filled)))
    return short * 2 >= len(filled)


def _people(sample: list[Any]) -> bool:
    """Most values read as people (or teams, roles, accounts): text, not figures or
    dates, of a few words on each of their lines ("Ann Lee", "Dev team\nPM") or in each
    language a bilingual tracker writes them in ("Steering Committee / Comité directeur")."""
    def person_like(value: Any) -> bool:
        lines = [ln for ln in re.split(r"\n|\s+/\s+", value) if ln.strip()] \
            if isinstance(value, str) else []
        return bool(lines) and all(0 < len(_words_of(ln) or ()) <= 6 for ln in lines)
    filled = [v for v in sample if not V.is_empty(v)]
    return sum(map(person_like, filled)) * 2 >= len(filled)


def _day_hours(entity: str, column: Column, sample: list[Any], as_of: date | None) -> int:
    parse = make_parser(entity, "hours_per_day", column, sample, as_of)
    ok = 0
    for v in sample:
        try:
            hours = parse(v)
        except (V.ValueProblem, ValueError, TypeError, OverflowError):
            continue
        ok += hours is not None and 0 < hours <= 24
    return ok
