"""Resource capacity, utilisation bands and hotspots (DOMAIN.md §4).

Effort is in hours; periods are calendar months written ``YYYY-MM``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")
_ARTEFACT_DP = 9


def utilisation_pct(allocated_hours: float, capacity_hours: float) -> float | None:
    """Allocated / capacity × 100; ``None`` when there is no capacity (≤ 0)."""
    if capacity_hours <= 0:
        return None
    return allocated_hours * 100.0 / capacity_hours


class UtilBand(Enum):
    """Heatmap bands of §4.3 (lower bound inclusive unless stated)."""

    NONE = "none"          # u = 0, or no capacity
    FREE = "free"          # capacity, nothing booked (0 %): only from ``cell_band``
    LOW = "low"            # 0 < u < 50
    UNDER = "under"        # 50 ≤ u < 80
    TARGET = "target"      # 80 ≤ u ≤ 100
    OVER = "over"          # 100 < u ≤ 110
    HOTSPOT = "hotspot"    # u > 110

    @property
    def label(self) -> str:
        """Short meaning for a legend."""
        return _UTIL_LABELS[self]

    @property
    def colour(self) -> str:
        """Cell fill as ``#RRGGBB``: grey, light to darker blue, amber, red."""
        return _UTIL_COLOURS[self]


_UTIL_LABELS = {
    UtilBand.NONE: "Not available", UtilBand.FREE: "0 % booked", UtilBand.LOW: "Low utilisation",
    UtilBand.UNDER: "Spare capacity", UtilBand.TARGET: "Fully allocated",
    UtilBand.OVER: "Over-allocated", UtilBand.HOTSPOT: "Hotspot",
}
_UTIL_COLOURS = {
    UtilBand.NONE: "#B1B4B6", UtilBand.FREE: "#FFFFFF", UtilBand.LOW: "#E8F1F8", UtilBand.UNDER: "#A7CBE8",
    UtilBand.TARGET: "#1D70B8", UtilBand.OVER: "#FFBF00", UtilBand.HOTSPOT: "#D4351C",
}


def util_band(pct: float | None) -> UtilBand:
    """The band of a utilisation percentage (``None``, 0 or negative → ``NONE``)."""
    if pct is None:
        return UtilBand.NONE
    u = round(pct, _ARTEFACT_DP)
    if u <= 0:
        return UtilBand.NONE
    if u < 50:
        return UtilBand.LOW
    if u < 80:
        return UtilBand.UNDER
    if u <= 100:
        return UtilBand.TARGET
    return UtilBand.OVER if u <= 110 else UtilBand.HOTSPOT


@dataclass(frozen=True)
class Hotspot:
    """A (person or role, month) whose demand exceeds capacity by the threshold."""

    who: str
    period: str
    demand: float
    capacity: float
    utilisation_pct: float
    excess: float


def hotspots(demand: Mapping[tuple[str, str], float],
             capacity: Mapping[tuple[str, str], float],
             threshold: float = 1.1) -> list[Hotspot]:
    """Cells where ``demand / capacity > threshold``, worst excess hours first.

    Keys are ``(who, 'YYYY-MM')``. The default 1.1 suits people; use 1.0 for roles
    (§4.3). Cells with no or zero capacity have no defined utilisation and are not
    returned here. Ties sort by who, then period.
    """
    found: list[Hotspot] = []
    for key, hours in demand.items():
        cap = capacity.get(key, 0.0)
        if cap <= 0 or round(hours / cap, _ARTEFACT_DP) <= threshold:
            continue
        found.append(Hotspot(who=key[0], period=key[1], demand=hours, capacity=cap,
                             utilisation_pct=hours * 100.0 / cap, excess=hours - cap))
    found.sort(key=lambda h: (-h.excess, h.who, h.period))
    return found


def fte(hours: float, standard_hours: float) -> float | None:
    """Hours as full-time equivalents; ``None`` when ``standard_hours ≤ 0``."""
    return None if standard_hours <= 0 else hours / standard_hours


def parse_period(period: str) -> tuple[int, int]:
    """``'2025-03'`` → ``(2025, 3)``; ``ValueError`` for anything else."""
    match = _PERIOD.match(period)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"A period is written YYYY-MM, not {period!r}")
    return int(match.group(1)), int(match.group(2))


# Working days in a week: the Monday–Friday week ``working_days`` counts.
WORKING_DAYS_PER_WEEK = 5


def hours_a_day(hours_a_week: float) -> float:
    """A person's weekly hours (a team budget's "Hours per week") as the hours of their
    working day, which with a full FTE gives the same capacity: 20 h a week → 4 h a day."""
    return hours_a_week / WORKING_DAYS_PER_WEEK


def working_days(period: str) -> int:
    """Monday–Friday days in a ``YYYY-MM`` month (public holidays are not known here)."""
    year, month = parse_period(period)
    days = calendar.monthrange(year, month)[1]
    return sum(1 for d in range(1, days + 1) if calendar.weekday(year, month, d) < 5)


def monthly_capacity_hours(period: str, hours_per_day: float = 7.5,
                           fraction: float = 1.0) -> float:
    """Working days × hours per day × contracted fraction (0.6 = a 0.6 FTE part-timer)."""
    return working_days(period) * hours_per_day * fraction


# --- Capacity with leave, units, cells (issue 16) -------------------------------------

#: Units an effort figure may be written in: hours, days, full-time equivalents, % of time.
UNITS = ("h", "d", "fte", "%")


def capacity_hours(period: str, hours_per_day: float = 7.5, fraction: float = 1.0,
                   leave_hours: float = 0.0, holiday_hours: float = 0.0) -> float:
    """§4.2: working days × hours per day × contracted fraction − leave − holidays,
    never below 0 (a month of leave leaves no capacity, not a negative one)."""
    gross = monthly_capacity_hours(period, hours_per_day, fraction)
    return max(0.0, gross - leave_hours - holiday_hours)


def standard_fte_hours(period: str, hours_per_day: float = 7.5) -> float:
    """The hours of one full-time equivalent in ``period`` (§4.2)."""
    return monthly_capacity_hours(period, hours_per_day, 1.0)


def to_hours(value: float, unit: str, period: str, *, hours_per_day: float = 7.5,
             capacity: float | None = None) -> float:
    """``value`` written in ``unit`` (``h``, ``d``, ``fte``, ``%``) as hours of ``period``.

    Days × hours per day; FTE × a standard month; a percentage of the person's capacity
    that month when known, else of a standard month (§4.2).
    """
    if unit == "h":
        return value
    if unit == "d":
        return value * hours_per_day
    if unit == "fte":
        return value * standard_fte_hours(period, hours_per_day)
    if unit == "%":
        base = capacity if capacity is not None else standard_fte_hours(period, hours_per_day)
        return value / 100.0 * base
    raise ValueError(f"'{unit}' is not a unit of effort (h, d, fte or %).")


def utilisation_ratio(demand: float, capacity: float) -> float | None:
    """Demand / capacity; ``None`` when there is no capacity (not available)."""
    return None if capacity <= 0 else demand / capacity


def cell_band(demand: float, capacity: float) -> UtilBand:
    """The heat-map band of one (person, month): ``NONE`` when there is no capacity
    (not available, even if something is booked), ``FREE`` when capacity is there and
    nothing is booked (0 % booked), else the band of the utilisation."""
    if capacity <= 0:
        return UtilBand.NONE
    if round(demand, _ARTEFACT_DP) <= 0:
        return UtilBand.FREE
    return util_band(demand * 100.0 / capacity)


def cell_text(demand: float, capacity: float) -> str:
    """What a heat-map cell says besides its colour: ``n/a``, ``0%``, ``85%``."""
    ratio = utilisation_ratio(demand, capacity)
    if ratio is None:
        return "n/a" if demand <= 0 else f"{demand:.0f}h"
    return f"{ratio * 100:.0f}%"


#: A role's demand not yet given to a named person is booked on a stand-in resource
#: named after the role: "Developer (unnamed)". It has no capacity of its own.
PLACEHOLDER_SUFFIX = " (unnamed)"


def placeholder_name(role: str) -> str:
    """The stand-in resource that holds ``role``'s unnamed demand."""
    return f"{role.strip()}{PLACEHOLDER_SUFFIX}"


def is_placeholder(name: str) -> bool:
    """Whether ``name`` is a role's stand-in rather than a person."""
    return name.endswith(PLACEHOLDER_SUFFIX)
