"""Step 4 for intake lists (issue 17): the cells of an intake table that are not a
proposal's fields, read for the planner (``intake``).

``parse_intake`` marks the columns that give scores on one of the portfolio's
criteria (headed by its name; ``SCORE`` + the name) and one role's effort ("Developer
effort (days)"; ``EFFORT`` + the role), parses the table as proposals
(``parse.parse_table``) and reads each data row's status cell, scores 1–5, effort by
role and the objectives it names into an ``IntakeRow``; what cannot be read is noted
there with its cell, to be left out of the row.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import values as V
from .detected import Column, DetectedTable, column_values
from .fuzzy import close_matches
from .parse import parse_table
from .parsed import IntakeRow, ParsedTable
from .vocab import norm, split_header

__all__ = ["EFFORT", "SCORE", "parse_intake", "score_columns"]

_CLOSE = 0.88  # a criterion's name spelt nearly the same (difflib's ratio)
LEFT = "; left out"  # the end of a note of a value left out of its row

SCORE = "_score:"
"""A column's field for the scores on one criterion: ``"_score:" + the criterion's name``."""
EFFORT = "_effort:"
"""A column's field for one role's effort: ``"_effort:" + the role`` (its unit in its header)."""

# words around a criterion's name in its column's header ("Strategic fit score")
_SCORE_WORDS = frozenset(("score", "scores", "rating", "note", "bewertung", "punkte",
                          "puntuacion", "punteggio", "pontuacao", "valutazione", "cijfer"))


def _stripped(header: str) -> str:
    return " ".join(w for w in norm(split_header(header)[0]).split() if w not in _SCORE_WORDS)


def _whole_1_5(value: Any) -> int | None:
    """A score 1–5 (a whole number, "4" or 4.0), else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() and 1 <= number <= 5 else None


def score_columns(table: DetectedTable, criteria: dict[str, str]) -> dict[int, str]:
    """Columns of ``table`` headed by a criterion's name (``criteria``: normalised name →
    the name as stored), by column index: those no field took, and one a field took only
    when its header is the criterion's name exactly and its cells are all scores 1–5."""
    out: dict[int, str] = {}
    for col in table.columns:
        if col.field and col.field[:len(SCORE)] == SCORE:  # a saved profile's, or planned
            if col.field[len(SCORE):] in criteria.values():
                out[col.index] = col.field[len(SCORE):]
                continue
            col.field, col.confidence = None, 0.0  # a criterion no longer in the portfolio
        if col.period:
            continue
        h = _stripped(col.header)
        if not h:
            continue
        found = criteria.get(h)
        if col.field:
            sample = column_values(table, col.index)
            if found is None or col.field in ("code", "name") or not sample or \
                    any(_whole_1_5(v) is None for v in sample):
                continue
        elif found is None:
            close = close_matches(h, list(criteria), n=2, cutoff=_CLOSE) \
                if criteria else []
            if len(close) != 1:
                continue
            found = criteria[close[0]]
        out[col.index] = found
    return out


# Effort columns: "Developer effort (days)", "Effort – BA (h)", "Aufwand Entwickler (PT)".
_EFFORT_WORDS = frozenset(("effort", "efforts", "workload", "charge", "aufwand", "esfuerzo",
                           "impegno", "esforco", "inspanning"))
_DAYS = frozenset(("days", "day", "d", "pd", "md", "mandays", "jours", "jour", "j", "jh",
                   "tage", "tag", "pt", "dias", "dia", "giorni", "gg", "dagen", "person",
                   "man", "homme", "personentage"))
_JOINS = frozenset(("in", "en", "par", "per", "by", "de", "du", "des", "of", "pro", "je",
                    "for", "pour", "fur", "por", "para", "voor", "der", "del", "da", "do"))
_HOURS = frozenset(("hours", "hour", "h", "hrs", "hr", "heures", "stunden", "std", "horas",
                    "ore", "uren", "u"))


def _effort_role(header: str) -> tuple[str, str] | None:
    """(role, unit) of an effort column's header ("" for no role), or None for another
    column; the unit is "days" or "hours" (hours unless the header says days)."""
    base, hints = split_header(header)
    words = norm(base).split()
    if not set(words) & _EFFORT_WORDS:
        return None
    said = set(words) | {w for h in hints for w in norm(h).split()}
    days = said & _DAYS and (not said & _HOURS or "j" in said)  # "j/h": jours-homme
    kept = [w for w in re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", base)
            if norm(w) not in _EFFORT_WORDS | _DAYS | _HOURS]
    while kept and norm(kept[0]) in _JOINS:
        kept.pop(0)
    while kept and norm(kept[-1]) in _JOINS:
        kept.pop()
    return " ".join(kept), "days" if days else "hours"


def _effort_columns(table: DetectedTable) -> list[Column]:
    """Mark the columns that give one role's effort (``EFFORT`` + role); the effort
    columns that name no role, which are left out, are returned."""
    roleless = []
    for col in table.columns:
        if col.period or (col.field and not col.field.startswith(EFFORT)):
            continue
        found = _effort_role(col.header)
        if found is None:
            continue
        if not found[0]:
            roleless.append(col)
            continue
        col.field, col.confidence = EFFORT + found[0], 1.0
    return roleless

def parse_intake(table: DetectedTable, criteria: dict[str, str], as_of: date | None
                 ) -> tuple[ParsedTable, dict[int, IntakeRow]]:
    """``table`` parsed as proposals, and what each data row (0-based) says besides:
    ``criteria`` are the portfolio's criteria (normalised name → name)."""
    for index, name in score_columns(table, criteria).items():
        col = next(c for c in table.columns if c.index == index)
        col.field, col.confidence = SCORE + name, 1.0
    roleless = _effort_columns(table)
    parsed = parse_table(table, "proposal", as_of)
    if roleless:
        shown = ", ".join(f"{c.letter} '{c.header}'" for c in roleless)
        parsed.warnings.append(f"Effort without a role left out ({shown}): a proposal keeps "
                               "its effort by role; head each role's column with its name "
                               "('Developer effort (days)') to import it.")
    status = table.column_for("status")
    scores = [(c, c.field[len(SCORE):]) for c in table.columns
              if c.field and c.field.startswith(SCORE)]
    efforts = [(c, _effort_role(c.header)) for c in table.columns
               if c.field and c.field.startswith(EFFORT)]
    objectives = table.column_for("_objectives")
    out: dict[int, IntakeRow] = {}
    for i in parsed.data:
        cells = table.rows[i]
        row = out[i] = IntakeRow()

        def cell(col: Column) -> tuple[str, str]:
            value = cells[col.index] if col.index < len(cells) else None
            return f"{col.letter}{i + 1}", V.text(value) or ""

        if status is not None:
            row.status = cell(status)
        for col, criterion in scores:
            where, text = cell(col)
            if not text:
                continue
            score = _whole_1_5(text)
            if score is None:
                row.left_out.append(f"{where} '{text}': not a score 1–5 on '{criterion}'{LEFT}")
            else:
                row.scores.append((criterion, score))
        for col, found in efforts:
            where, text = cell(col)
            if not text or found is None:
                continue
            try:
                amount = V.parse_float(text)
            except V.ValueProblem:
                amount = None
            if amount is None or amount < 0:
                row.left_out.append(f"{where} '{text}': not an amount of effort{LEFT}")
            else:
                row.efforts.append((found[0], found[1], amount))
        if objectives is not None:
            where, text = cell(objectives)
            row.objectives = (where, _names(text))
    return parsed, out


def _names(text: str) -> list[str]:
    """An objectives cell's names: "Grow revenue; Cut cost", one a line, or by commas."""
    parts = [p.strip(" -•\t") for p in re.split(r"[;\n|]+|,(?!\d)", text)]
    return [p for p in parts if p]
