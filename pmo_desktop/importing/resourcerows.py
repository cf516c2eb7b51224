"""Step 5 for resource plans: whose a row's hours are and which month they fall in.

``person_key`` makes "Lee, Ann" and "Ann Lee" one person; ``unnamed_demand`` gives a
row that names a role and no person the role's stand-in resource (its demand, not yet
given to anyone); ``sheet_month`` is the month of a table on one of a file's sheets
named for months (one sheet per month), from the rank the planner gave that sheet.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pmo_desktop.domain.capacity import placeholder_name

__all__ = ["person_key", "sheet_month", "unnamed_demand"]

_COMMA_NAME = re.compile(r"^\s*([^,\d]+?)\s*,\s*([^,\d]+?)\s*$")


def person_key(name: str) -> str:
    """A person's name as one key: "Lee, Ann" → "Ann Lee" (surname first with a comma
    is the same person as first name first); other names unchanged but for spacing."""
    m = _COMMA_NAME.match(name)
    if m and len(m.group(1).split()) <= 3 and len(m.group(2).split()) <= 3:
        return f"{m.group(2)} {m.group(1)}"
    return " ".join(name.split())


def unnamed_demand(values: dict[str, Any]) -> str | None:
    """For a row with a role and no person: the stand-in resource of that role."""
    role = values.get("role_id")
    return placeholder_name(str(role)) if role and str(role).strip() else None


def sheet_month(period: tuple[str, tuple[int, ...]] | None) -> str | None:
    """``'2027-03'`` from a period sheet's (group, rank) when the sheets are months
    (rank ``(0, ordinal)``); None for weeks, sprints, or a sheet that is no period."""
    if period is None or len(period[1]) != 2 or period[1][0] != 0:
        return None
    return date.fromordinal(abs(period[1][1])).strftime("%Y-%m")
