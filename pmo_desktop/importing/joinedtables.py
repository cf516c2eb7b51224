"""Step 3, a log written on two sheets: the requests on one ("Registro SM": number,
title, requester, status) and their impact analysis on another ("Análise de Impacto":
the same numbers, cost, days, the board's decision). The second sheet names no title, so
on its own it is no log of any kind; its first column holding the first's numbers says
whose fields it adds. It is read as the same kind, matched by those numbers."""

from __future__ import annotations

from datetime import date
from typing import Any

from .cellvalue import is_empty
from .columnmatch import assign
from .columns import apply_mapping
from .detected import DetectedTable, column_values
from .vocab import LOG_KINDS

__all__ = ["tables_joined_by_key"]

_LOGS = frozenset((*LOG_KINDS, "change_request"))
_SHARE = 0.6  # of the second sheet's keys found among the first's
_MIN_KEYS = 3


def _keys(values: list[Any]) -> set[str]:
    return {str(v).strip().upper() for v in values if not is_empty(v)}


def tables_joined_by_key(tables: list[DetectedTable], as_of: date | None) -> None:
    """Gives each table not read as a log whose first column holds the IDs of a log
    found on another sheet of the file that log's kind, its columns mapped as that kind's (the ID
    among them), when three columns or more read so."""
    logs: list[tuple[DetectedTable, set[str]]] = []
    for t in tables:
        ref = t.column_for("ref") if t.entity in _LOGS else None
        if ref is not None:
            logs.append((t, _keys(column_values(t, ref.index, 500))))
    if not logs:
        return
    for t in tables:
        if t.entity in _LOGS or t.hidden or t.profile or t.accepted or len(t.columns) < 3:
            continue  # (a table of another kind: its first column holding a log's IDs
            # says more than the header words that made it a budget or a project list)
        first = min(t.columns, key=lambda c: c.index)
        keys = _keys(column_values(t, first.index, 500))
        if len(keys) < _MIN_KEYS or all(k.isdigit() for k in keys):
            continue  # (row numbers 1, 2, 3 are any log's)
        for log, known in logs:
            if log.sheet == t.sheet or len(keys & known) < _SHARE * len(keys):
                continue
            mapping, _score = assign(t, str(log.entity), as_of)
            if mapping.get(first.index, ("", 0.0))[0] != "ref" or len(mapping) < 3:
                continue
            apply_mapping(t, log.entity, mapping)
            first.note = (f"the key: each row adds to the "
                          f"{str(log.entity).replace('_', ' ')} of sheet '{log.sheet}' "
                          f"with this number")
            break
