"""Step 3 for resource plans: the person × project × months grids teams write.

A resource plan names a person (or only a role), a project and effort by month: months
across (wide), or one sheet per month with an effort column. ``refine`` runs after a
table's kind is detected and weighs that evidence — a person column, a project column,
effort numbers under month headers or on a sheet named for a month, the words of the
sheet, title and headers — against the kind found; when the plan scores higher the
table is read as allocations. It then tidies the shapes such plans take:

- a person's name written on their first row only: carried down to the rows under it
  that name a project and hold effort, unless the row names another role (then it is
  that role's demand, not yet given to anyone);
- a "%" column after each month column: the percentage of the hours before it, left
  out (the hours are read).

Whose the hours are and which month a sheet is: ``resourcerows`` (the planner's step).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import values as V
from .detected import DetectedTable, lines_above
from .vocab import DAY_WORDS, FTE_WORDS, HOUR_WORDS, norm

__all__ = ["number_share", "refine"]

_PCT_HEADERS = {"%", "% alloc", "% allocation", "% fte", "pct", "%age", "percent", "% time"}
_TOTAL = re.compile(r"^\s*(sub[\s-]?total|grand total|totals?\b|sum\b|summe|gesamt)", re.I)
_MARGIN = 0.5  # how far the plan's score must beat the kind first found


def _month_sheet(sheet: str, as_of: date | None) -> bool:
    """Whether a sheet is named for a month ("Mar 2027", "2027-03", "March")."""
    name = norm(sheet)
    if name in V.MONTHS or (name[:3] in V.MONTHS and name.isalpha()):
        return True
    try:
        return V.parse_date(sheet, as_of=as_of) is not None
    except (V.ValueProblem, ValueError, TypeError, OverflowError):
        return False


_SHARE_ROWS = 1_000  # rows looked at: detection reads a sample, not a 100k-row table


def number_share(table: DetectedTable, col: int) -> float:
    """Share of the column's filled data cells that are numbers (in its first rows)."""
    r = table.region
    seen = nums = 0
    for row in table.rows[r.first_row - 1:min(r.last_row, r.first_row - 1 + _SHARE_ROWS)]:
        v = row[col] if col < len(row) else None
        if V.is_empty(v):
            continue
        seen += 1
        nums += isinstance(v, (int, float)) and not isinstance(v, bool)
    return nums / seen if seen else 0.0


def names_effort(table: DetectedTable) -> bool:
    """Whether the table's title, the lines above it, its sheet's name or its period
    headers name a unit of people's time (FTE, days, hours): not money."""
    texts = [table.region.title or "", *lines_above(table), table.sheet]
    effort = FTE_WORDS | DAY_WORDS | HOUR_WORDS

    def units(t: str) -> set[str]:
        return set(norm(t).replace("man days", "mandays").replace("person days", "persondays")
                   .split()) & effort

    # (a unit of a letter or two in a title is as likely a name: "ONE HR Program" is
    # human resources, "MD" a managing director; under the months it is the unit)
    return any(units(t) - _SHORT_UNITS for t in texts) or \
        any(units(c.header) for c in table.columns if c.period)


_SHORT_UNITS = frozenset({"h", "hr", "md", "pd"})


# A currency named over a table ("Belopp i SEK exkl. moms", "(EUR)", "in £"): its codes
# as titles write them, in capitals, or its sign
_CURRENCY = re.compile(
    r"(?<![^\W\d_])(?:GBP|USD|EUR|CHF|AUD|CAD|INR|BRL|MXN|SGD|NZD|HKD|ZAR|SEK|NOK|DKK|PLN|"
    r"CZK|JPY|CNY|CLP|PEN|COP|ARS|HUF|RON|ISK|UAH|RUB|AED|SAR|ILS|KRW|NGN|GHS|KES|TZS|UGX|"
    r"EGP|MAD|XOF|PHP|THB|VND|IDR|MYR|TRY)(?![^\W\d_])|[£$€¥₹₺₽₪₩₦₴₵₱฿₫₸₡]")


def names_money(table: DetectedTable) -> bool:
    """Whether the table's title, the lines above it or its sheet's name name a currency
    ("Marknadsbudget 2026" over "Belopp i SEK", a sheet "SE 2026 (SEK)")."""
    return any(_CURRENCY.search(t) for t in (table.region.title or "", *lines_above(table),
                                              table.sheet))


_MONTH_HOURS = 24 * 31  # more than a month has: no one's effort in a month


def beyond_effort(table: DetectedTable, cols: list[int]) -> bool:
    """Whether most numbers under the month columns are more than a month's hours: money
    ("16 305,26" spent on licences in January), not anyone's time."""
    r = table.region
    nums = sorted(abs(float(v)) for row in table.rows[r.first_row - 1:r.last_row]
                  for v in (row[c] if c < len(row) else None for c in cols)
                  if isinstance(v, (int, float)) and not isinstance(v, bool) and v)
    return bool(nums) and nums[len(nums) // 2] > _MONTH_HOURS


def _plan_score(table: DetectedTable, as_of: date | None, rival: str | None
                ) -> tuple[float, dict[int, tuple[str, float]]] | None:
    """The evidence that ``table`` is a resource plan rather than a ``rival`` kind, and
    its allocation mapping."""
    from .columnmatch import assign
    from .columns import _named  # columns builds tables and calls us

    mapping, score = assign(table, "allocation", as_of)
    fields = {f: c for c, (f, _) in mapping.items()}
    if "resource_id" not in fields or "project_id" not in fields:
        return None
    months = [c.index for c in table.columns if c.period]
    if len(months) >= 2:
        effort = sum(number_share(table, c) for c in months) / len(months)
    elif "hours" in fields and "period" not in fields and _month_sheet(table.sheet, as_of):
        effort = number_share(table, fields["hours"])
    else:
        return None
    if effort < 0.5:
        return None
    # Effort by month is what the plan is for; a kind that has no months to put it in
    # (a people list, a project list) would leave all of it unread.
    unread = 0.0 if rival in ("financial", "allocation") else 2.0 * effort
    return score + 2.0 * effort + unread + _named(table, "allocation"), mapping


_RELATIVE_MONTH = re.compile(r"^(m|month|mes|mois|monat|mese)\s*\d{1,2}$")


def _relative_plan(table: DetectedTable, as_of: date | None) -> bool:
    """A plan by role or person over months counted from the start ("M1" … "M9", no
    dates): its rows read as the resources it names, the months left out (they cannot
    be placed in the calendar). Evidence: a name column whose header says resource or
    person, and three or more relative-month columns of numbers."""
    from .columnmatch import assign
    from .columns import apply_mapping

    months = [c for c in table.columns if _RELATIVE_MONTH.match(norm(c.header))]
    if len(months) < 3 or sum(number_share(table, c.index) for c in months) / len(months) < 0.5:
        return False
    mapping, _score = assign(table, "resource", as_of)
    name = next((c for c, (f, _) in mapping.items() if f == "name"), None)
    header = next((c.header for c in table.columns if c.index == name), "")
    if name is None or not set(norm(header).split()) & _PERSON_WORDS:
        return False
    apply_mapping(table, "resource", mapping)
    for c in months:
        c.note = "a month counted from the start, not a date"
    return True


_PERSON_WORDS = {"resource", "resources", "person", "people", "staff", "role", "member",
                 "employee", "recurso", "ressource", "personne"}


def refine(table: DetectedTable, as_of: date | None) -> None:
    """Read ``table`` as allocations when that is what the evidence says (in place),
    and tidy an allocation table's names and percentage columns."""
    if table.hidden or table.entity == "task" or table.profile:
        return
    if table.entity is None and _relative_plan(table, as_of):
        return
    if table.entity != "allocation":
        found = _plan_score(table, as_of, table.entity)
        if found is None:
            return
        score, mapping = found
        if score < table.scores.get(table.entity or "", 0.0) + _MARGIN:
            return
        from .columns import apply_mapping

        table.scores["allocation"] = round(score, 2)
        apply_mapping(table, "allocation", mapping)
    else:  # read as allocations by its headers: the effort by month that the runner-up
        # kind would leave unread counts for it as well
        rival = max((k for k in table.scores if k != "allocation"),
                    key=lambda k: table.scores[k], default=None)
        found = _plan_score(table, as_of, rival)
        if found is not None:
            table.scores["allocation"] = round(max(found[0], table.scores["allocation"]), 2)
    _drop_percent_columns(table)
    _carry_names(table)


def _drop_percent_columns(table: DetectedTable) -> None:
    by_index = {c.index: c for c in table.columns}
    for col in table.columns:
        before = by_index.get(col.index - 1)
        if norm(col.header) in _PCT_HEADERS or col.header.strip() == "%":
            if before is not None and before.period:
                col.field, col.confidence = None, 0.0
                col.note = "the percentage of the month to its left, whose hours are read"


def _is_total(row: list[Any], c0: int, c1: int) -> bool:
    return any(isinstance(v, str) and _TOTAL.match(v) for v in row[c0:c1 + 1])


def _carry_names(table: DetectedTable) -> None:
    """A person named on their first row only: their name on the project rows under it."""
    cols = {c.field: c.index for c in table.columns if c.field}
    who, project = cols.get("resource_id"), cols.get("project_id")
    if who is None or project is None:
        return
    role = cols.get("role_id")
    r = table.region
    last_name: Any = None
    last_role: Any = None
    for row in table.rows[r.first_row - 1:r.last_row]:
        if who >= len(row) or _is_total(row, r.first_col, r.last_col):
            last_name = None
            continue
        name = row[who]
        this_role = row[role] if role is not None and role < len(row) else None
        if not V.is_empty(name):
            last_name, last_role = name, this_role
            continue
        if last_name is None or project >= len(row) or V.is_empty(row[project]):
            continue
        if not V.is_empty(this_role) and not V.is_empty(last_role) and \
                norm(str(this_role)) != norm(str(last_role)):
            continue  # another role's demand, not yet named
        row[who] = last_name
