"""Bulk edits of a person's plan: set, move and clear a run of months at once.

A person's capacity row and each of their project allocation rows (``PersonPlan``)
hold one record per month. These functions turn what a PMO manager asks for — "80 h
in each of Jan–Jun", "move Mar–May two months later", "clear Q3", a row pasted from
Excel — into the list of ``batch.Edit``s that does it; ``batch.apply_many`` writes
that list in one transaction and hands back the list that undoes it, so the whole
run is one undo step. ``add_person`` creates a person with their standard capacity in
one write.

An amount is typed as hours (``80``, ``80h``), days (``10d``: days × the person's hours
per day) or a percentage (``50%``: of that month's capacity for an allocation, of a
standard month — working days × hours per day × FTE — for capacity).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pmo_desktop.domain.capacity import monthly_capacity_hours
from pmo_desktop.importing import values as V
from pmo_desktop.store import ENTITIES, Store
from pmo_desktop.store.queries_common import add_months, month_range
from pmo_desktop.store.queries_plan import PersonPlan, PlanCell, person_plan

from .batch import Edit, apply_many
from .result import Result

__all__ = ["Amount", "RowKey", "add_person", "cell_edits", "clear_edits", "day_hours",
           "hours_for", "move_edits", "parse_amount", "person_plan", "set_edits",
           "standard_hours"]

RowKey = tuple[str, int | None]  # ("capacity", None) or ("allocation", project_id)

_AMOUNT = re.compile(r"^\s*(?P<n>[-+]?[\d.,]+)\s*(?P<unit>%|h|hrs?|hours?|d|days?)?\s*$",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A typed amount: ``value`` in ``unit`` (``h`` hours, ``d`` days, ``%``)."""

    value: float
    unit: str = "h"


def parse_amount(text: Any) -> Amount | None:
    """``"80"``/``"80h"`` hours, ``"10d"`` days, ``"50%"``; ``None`` for empty (clear).
    ``ValueError`` saying what is wrong otherwise (a negative amount too)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        number, unit = float(text), "h"
    else:
        m = _AMOUNT.match(str(text))
        parsed = V.parse_number(m.group("n")) if m else None
        if m is None or parsed is None:
            raise ValueError(f"'{text}' is not an amount of time (e.g. 80, 80h, 10d or 50%).")
        number = parsed
        unit = (m.group("unit") or "h").lower()[:1]
    if number < 0:
        raise ValueError(f"'{text}' is negative; hours are 0 or more.")
    return Amount(number, unit)


def day_hours(plan: PersonPlan, default: float) -> float:
    """The person's working hours per day, else the portfolio's."""
    return float(plan.hours_per_day or default or 7.5)


def standard_hours(plan: PersonPlan, period: str, default_day: float) -> float:
    """A standard month of the person: working days × hours per day × FTE."""
    return monthly_capacity_hours(period, day_hours(plan, default_day),
                                  float(plan.fte if plan.fte is not None else 1.0))


def hours_for(plan: PersonPlan, key: RowKey, period: str, amount: Amount,
              default_day: float) -> float:
    """``amount`` in hours for ``period`` of row ``key``."""
    if amount.unit == "d":
        return round(amount.value * day_hours(plan, default_day), 6)
    if amount.unit == "%":
        base = None
        if key[0] == "allocation":
            cell = plan.capacity.cells.get(period)
            base = cell.hours if cell is not None else None
        if base is None:
            base = standard_hours(plan, period, default_day)
        return round(amount.value / 100.0 * base, 6)
    return amount.value


def _cell_edit(plan: PersonPlan, key: RowKey, period: str, hours: float | None,
               booking: str | None, like: PlanCell | None) -> Edit | None:
    entity, project_id = key
    row = plan.row(key)
    cell = row.cells.get(period) if row is not None else None
    if hours is None:
        return None if cell is None else Edit("delete", entity, cell.id,
                                              expected={"hours": cell.hours})
    if cell is not None:
        values: dict[str, Any] = {}
        if cell.hours != hours:
            values["hours"] = hours
        if entity == "allocation" and booking and booking != cell.booking:
            values["booking"] = booking
        return Edit("update", entity, cell.id, values,
                    expected={"hours": cell.hours}) if values else None
    new: dict[str, Any] = {"resource_id": plan.resource_id, "period": period, "hours": hours}
    if entity == "allocation":
        template = like or (next(iter(row.cells.values())) if row and row.cells else None)
        new.update(project_id=project_id,
                   booking=booking or (template.booking if template else None) or "committed",
                   role_id=template.role_id if template else None)
    return Edit("create", entity, values=new)


def cell_edits(plan: PersonPlan, cells: Mapping[tuple[RowKey, str], float | None], *,
               booking: str | None = None) -> list[Edit]:
    """The edits that give each ``(row, month)`` its hours (``None`` clears it); a new
    allocation takes ``booking`` (else the row's)."""
    out = []
    for (key, period), hours in cells.items():
        if key[0] not in ("capacity", "allocation"):
            raise ValueError(f"'{key[0]}' is not a row of a person's plan.")
        edit = _cell_edit(plan, key, period, hours, booking, None)
        if edit is not None:
            out.append(edit)
    return out


def set_edits(plan: PersonPlan, key: RowKey, months: Sequence[str], amount: Amount | None,
              *, booking: str | None = None, default_day: float = 7.5) -> list[Edit]:
    """Give each of ``months`` of row ``key`` the ``amount`` (``None``: clear them)."""
    return cell_edits(plan, {(key, m): None if amount is None else
                             hours_for(plan, key, m, amount, default_day) for m in months},
                      booking=booking)


def clear_edits(plan: PersonPlan, key: RowKey, months: Sequence[str]) -> list[Edit]:
    return set_edits(plan, key, months, None)


def move_edits(plan: PersonPlan, key: RowKey, months: Sequence[str], by: int) -> list[Edit]:
    """Move what ``months`` of row ``key`` hold ``by`` months (later when positive):
    each month's hours, booking and role go to the month ``by`` away; the months left
    behind are cleared, and what the run lands on is replaced."""
    row = plan.row(key)
    if row is None or by == 0:
        return []
    moved = {add_months(m, by): row.cells[m] for m in months if m in row.cells}
    out = []
    for period in sorted(set(months) | set(moved)):
        source = moved.get(period)
        if source is None and period not in months:
            continue
        edit = _cell_edit(plan, key, period, None if source is None else source.hours,
                          source.booking if source else None, source)
        if edit is not None:
            out.append(edit)
    return out


def add_person(store: Store, values: Mapping[str, Any], *, first: str | None = None,
               months: int = 0, source: str = "ui") -> Result:
    """Create a person (``values`` by column) and, with ``months``, their standard
    capacity for ``months`` months from ``first`` (not before their start date's month
    nor after their end date's), in one write. ``value`` is the edits that undo it."""
    ent = ENTITIES["resource"]
    with store.write(source) as tx:
        new_id = tx.create("resource", dict(values))
        stored = tx.get("resource", new_id) or {}
        plan = person_plan(store, new_id)
        if plan is not None and first and months > 0:
            start = str(stored.get("start_date") or "")[:7]
            end = str(stored.get("end_date") or "")[:7]
            span = [m for m in month_range(first, months)
                    if m >= start and (not end or m <= end)]
            day = float(store.setting("hours_per_day") or 7.5)
            edits = set_edits(plan, ("capacity", None), span, Amount(100.0, "%"),
                              default_day=day)
            apply_many(store, edits, source=source)  # inside this write: one transaction
    # Deleting the person takes their capacity with them.
    undo = [Edit("delete", "resource", new_id,
                 expected={c: stored.get(c) for c in (*ent.key, *ent.fields)})]
    return Result.of(tx.changes, value=undo)
