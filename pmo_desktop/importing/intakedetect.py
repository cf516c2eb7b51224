"""Step 3 and 4 for intake lists (issue 17): what says a table's rows are proposals, and
how a status or stage cell reads as one of the pipeline's stages.

A demand or intake list (one row per idea, proposal or request) shares much with a
project list: names, sponsors, business units, money. ``proposal_evidence`` weighs
what tells them apart, as points added to the proposal's score beside the other kinds
(``columns.detect``): a status column in the pipeline's own words (idea, submitted,
under assessment), money that is estimated or requested rather than a budget held, a
submitted date, objectives named, effort by role; against it, what a running project
has (a RAG, % complete, actual or baseline dates, a project manager). A table with no
such evidence, or one about changes (a change-request log), is no proposal list. When
the two kinds score close, ``doubt`` holds the table back as for any other pair.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from pmo_desktop.domain.governance import PROPOSAL_STATUSES

from . import values as V
from .choices import ENUM_SYNONYMS, enum_parser
from .detected import DetectedTable, column_values
from .fields import values_fit
from .headers import header_matches
from .headerwords_intake import (
    CHANGE_WORDS, ENTITY_WORDS, ESTIMATE_WORDS, OWN_STAGE_WORDS, PIPELINE_WORDS, REQUEST_WORDS,
)
from .vocab import norm, split_header

__all__ = ["pipeline_parser", "proposal_evidence", "stage_of"]

# the generic status words (``choices``) onto the pipeline's stages
_FOLD = {"submitted": "submitted", "approved": "approved", "rejected": "rejected",
         "deferred": "deferred", "under_assessment": "assessed",
         "awaiting_decision": "assessed", "draft": "idea", "open": "submitted",
         "pending": "submitted", "in_progress": "started", "implemented": "started",
         "validated": "approved", **{s: s for s in PROPOSAL_STATUSES}}
_GENERIC = tuple(sorted(set(ENUM_SYNONYMS["status"].values()) | set(PROPOSAL_STATUSES)))
_STAGES = ", ".join(PROPOSAL_STATUSES)


def stage_of(text: str) -> str | None:
    """The pipeline stage a cell's words name by the intake words alone (the cell's
    first one or two words too: "Approved – Q3 start"), or None."""
    t = norm(text)
    found = PIPELINE_WORDS.get(t)
    words = t.split()
    for n in (2, 1):
        if found is None and len(words) > n:
            found = PIPELINE_WORDS.get(" ".join(words[:n]))
    return found


def pipeline_parser() -> Callable[[Any], str | None]:
    """A parser of a proposal's status: the intake words (EN/FR/DE/ES/IT/PT/NL), then the
    status words every list uses, folded onto the pipeline's stages."""
    generic = enum_parser(_GENERIC, "status")

    def parse(value: Any) -> str | None:
        if V.is_empty(value):
            return None
        raw = V.text(value) or ""
        stage = stage_of(raw)
        if stage is None:
            try:
                stage = _FOLD.get(generic(value) or "")
            except V.ValueProblem:
                stage = None
        if stage is None:
            raise V.ValueProblem(f"'{raw}' is not a pipeline stage ({_STAGES})")
        return stage

    return V.problems_only(parse)


# What a running project has and a proposal has not (fields of a project list; not its
# manager: an "Owner" reads as one, and intake lists have owners too).
_DELIVERY = ("rag_overall", "rag_schedule", "rag_cost", "rag_scope", "rag_risk",
             "rag_resource", "pct_complete", "start_actual", "finish_actual",
             "start_baseline", "finish_baseline", "start_forecast", "finish_forecast",
             "dca_rating", "status_date", "eac")


def _words(text: str | None) -> set[str]:
    return set(norm(text or "").split())


def proposal_evidence(table: DetectedTable, mapping: dict[int, tuple[str, float]],
                      as_of: date | None) -> float | None:
    """Points for reading ``table`` as proposals (``mapping``: its columns as proposal
    fields), negative when it looks like projects under way; None when nothing says
    its rows are proposals, or the table is about changes."""
    fields = {f: ci for ci, (f, _c) in mapping.items()}
    if "name" not in fields:
        return None
    place = _words(table.sheet) | _words(table.region.title)
    headers = set().union(*(_words(split_header(c.header)[0]) for c in table.columns))
    named = bool(place & set(ENTITY_WORDS))
    if place & CHANGE_WORDS or headers & CHANGE_WORDS and not named:
        return None  # a change log: "Solicitudes de cambio", "CR ID", "Change title"
    named = named or bool(place & REQUEST_WORDS)
    by_index = {c.index: c for c in table.columns}
    points = 0.0
    if "status" in fields:
        cells = [V.text(v) or "" for v in column_values(table, fields["status"])]
        cells = [c for c in cells if c.strip()]
        own = sum(1 for c in cells if norm(c) in OWN_STAGE_WORDS or
                  " ".join(norm(c).split()[:2]) in OWN_STAGE_WORDS)
        staged = sum(1 for c in cells if stage_of(c) is not None)
        if cells and own * 4 >= len(cells):
            points += 1.5
        elif cells and staged * 5 >= len(cells) * 4 and own:
            points += 0.75
    if "estimated_cost" in fields:
        header = by_index[fields["estimated_cost"]].header
        if _words(header) & ESTIMATE_WORDS:
            points += 0.75
    points += sum(w for f, w in (("submitted_date", 0.5), ("_objectives", 0.5),
                                 ("effort_by_role", 0.5), ("decision_date", 0.25))
                  if f in fields)
    if points < 1.0 and not named:
        return None
    return points - 0.75 * _delivery_columns(table, mapping, as_of)


def _delivery_columns(table: DetectedTable, mapping: dict[int, tuple[str, float]],
                      as_of: date | None) -> int:
    """How many columns the proposal leaves out read as a running project's (a RAG,
    % complete, baseline or actual dates, a project manager), by header and values."""
    count = 0
    for col in table.columns:
        if col.index in mapping or col.period:
            continue
        for fname, conf in header_matches(col.header, "project")[:2]:
            if fname in _DELIVERY and conf >= 0.9 and values_fit(
                    "project", fname, col, column_values(table, col.index), as_of):
                count += 1
                break
    return count
