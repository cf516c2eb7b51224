"""Step 3, one kind of record written on several sheets with the same columns: a sheet per
status, stage or year ("Live matters" | "Closed FY25", "Pipeline" | "In flight" |
"Closed", "2023" | "2024"). Each sheet is detected on its own; a sheet whose rows say less
(ten closed matters with a client, a partner and two dates) can read better as another
kind than the sheet beside it with the same headers. A sheet that shares half its
headers or more with another is read as that one's kind when the other is read far
more surely (half again its score or more, or it has the very same headers), that kind
sums best over the two, and the sheet's name and title do not name its own kind (a RAID
workbook's "Risks" and "Issues" share their ID, title, owner and status columns and stay
two kinds).
"""

from __future__ import annotations

from datetime import date

from .columnmatch import assign
from .columns import _identity_ok, apply_mapping, sheet_named
from .detected import DetectedTable
from .vocab import norm

__all__ = ["same_kind_as_siblings"]

_SHARE = 0.5  # of the narrower table's headers found in the other's
_MIN_SHARED = 3
_SURER = 1.5  # how much more surely the sibling is read than the table that follows it
# A plan's tables (tasks, milestones) are decided with their own evidence (plandetect)
_OWN_RULES = frozenset({"task", "milestone"})


def _headers(table: DetectedTable) -> frozenset[str]:
    return frozenset(norm(c.header) for c in table.columns if c.header and not c.period)


def same_kind_as_siblings(tables: list[DetectedTable], as_of: date | None) -> None:
    """Gives tables on different sheets of one file that share most of their headers
    the kind they read best as together, their columns mapped as that kind's (in place;
    a table whose columns do not make that kind keeps its own)."""
    heads = [(t, _headers(t)) for t in tables if t.form is None and t.entity not in _OWN_RULES]
    for i, (a, ha) in enumerate(heads):
        for b, hb in heads[i + 1:]:
            if a.sheet == b.sheet or a.entity == b.entity or not (a.entity or b.entity) or \
                    _wide(a) != _wide(b):
                continue  # (a roster and its people's hours by week share the people's
                # columns: two kinds, not one template)
            shared = len(ha & hb)
            if shared < _MIN_SHARED or shared < _SHARE * min(len(ha), len(hb)):
                continue
            kinds = (set(a.scores) | set(b.scores)) - _OWN_RULES
            best = max(sorted(kinds), key=lambda e: a.scores.get(e, 0.0) + b.scores.get(e, 0.0))
            for t, other in ((a, b), (b, a)):
                if t.entity != best and other.entity == best and _follows(t, other, ha == hb):
                    _read_as(t, best, as_of)


def _wide(table: DetectedTable) -> bool:
    """Whether the table has periods across (three columns or more)."""
    return sum(1 for c in table.columns if c.period) >= 3


def _follows(table: DetectedTable, other: DetectedTable, same: bool) -> bool:
    """Whether ``table`` is read far less surely than ``other`` (or has the very same
    headers: one template copied to an "Archive" or "Done" sheet) and its sheet and
    title do not name the kind it is read as."""
    own = table.scores.get(table.entity or "", 0.0)
    surer = other.scores.get(other.entity or "", 0.0)
    return (same or surer >= _SURER * own) and \
        not (table.entity and sheet_named(table, table.entity))


def _read_as(table: DetectedTable, entity: str, as_of: date | None) -> None:
    mapping, _score = assign(table, entity, as_of)
    fields = {f for f, _c in mapping.values()}
    if len(mapping) >= 2 and _identity_ok(entity, fields, table, mapping):
        apply_mapping(table, entity, mapping)
