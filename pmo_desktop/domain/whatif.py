"""What-if moves over resource allocations (DOMAIN.md §4): shift a project's
allocations (and its dates) by N months, scale them by a factor, stack several moves,
and say which (person, month) cells got worse or better.

Everything here is pure: a scenario is a list of ``Move``s applied to plain
``Booking`` rows; the store is not touched until a scenario is committed
(``operations.whatif``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .capacity import parse_period, utilisation_ratio

_ARTEFACT_DP = 9
_EPSILON = 1e-9
_SHIFT = re.compile(r"^\s*(?P<code>.+?)\s*:\s*(?P<n>[-+]?\d+)\s*$")
_SCALE = re.compile(r"^\s*(?P<code>.+?)\s*:\s*[x×*]?(?P<f>\d+(?:\.\d+)?)\s*$", re.IGNORECASE)


class Booking(NamedTuple):
    """Hours of one person (or, with ``person`` None, one role) on one project in a month
    (a tuple: a window of 500 people × 36 months holds tens of thousands)."""

    person: str | None
    project: str
    period: str
    hours: float
    booking: str = "committed"
    role: str | None = None


@dataclass(frozen=True)
class Move:
    """One step of a scenario: ``shift`` a project by ``months`` (later when positive),
    or ``scale`` its hours by ``factor``."""

    kind: str  # "shift" | "scale"
    project: str
    months: int = 0
    factor: float = 1.0

    @property
    def label(self) -> str:
        if self.kind == "shift":
            return f"{self.project} {self.months:+d} month{'s' if abs(self.months) != 1 else ''}"
        return f"{self.project} ×{self.factor:g}"


def parse_shift(text: str) -> Move:
    """``'ALPHA:+3'`` → shift ALPHA three months later; ``ValueError`` otherwise."""
    m = _SHIFT.match(text)
    if not m:
        raise ValueError(f"A shift is written CODE:+N or CODE:-N, not {text!r}")
    return Move("shift", m.group("code"), months=int(m.group("n")))


def parse_scale(text: str) -> Move:
    """``'ALPHA:0.5'`` → halve ALPHA's hours; ``ValueError`` otherwise."""
    m = _SCALE.match(text)
    if not m:
        raise ValueError(f"A scale is written CODE:FACTOR (e.g. ALPHA:0.5), not {text!r}")
    return Move("scale", m.group("code"), factor=float(m.group("f")))


def shift_period(period: str, months: int) -> str:
    """``'2027-11'`` shifted by 3 → ``'2028-02'``."""
    year, month = parse_period(period)
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def shift_date(day: date, months: int) -> date:
    """``day`` moved by whole months; the 31st lands on a shorter month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def apply_move(bookings: Iterable[Booking], move: Move) -> list[Booking]:
    """``bookings`` with ``move`` applied to its project's rows (others unchanged)."""
    out = []
    for b in bookings:
        if b.project != move.project:
            out.append(b)
        elif move.kind == "shift":
            out.append(b._replace(period=shift_period(b.period, move.months)))
        elif move.kind == "scale":
            out.append(b._replace(hours=b.hours * move.factor))
        else:
            raise ValueError(f"'{move.kind}' is not a what-if move (shift or scale).")
    return out


def apply_moves(bookings: Iterable[Booking], moves: Sequence[Move]) -> list[Booking]:
    """Every move in order (a stacked scenario): shift then scale = scale then shift."""
    rows = list(bookings)
    for move in moves:
        rows = apply_move(rows, move)
    return rows


def net_shift(moves: Sequence[Move], project: str) -> int:
    """How many months the scenario moves ``project`` in all."""
    return sum(m.months for m in moves if m.kind == "shift" and m.project == project)


def net_factor(moves: Sequence[Move], project: str) -> float:
    """The factor the scenario scales ``project``'s hours by in all."""
    factor = 1.0
    for m in moves:
        if m.kind == "scale" and m.project == project:
            factor *= m.factor
    return factor


def demand_by_person(bookings: Iterable[Booking], *, committed_only: bool = False
                     ) -> dict[tuple[str, str], float]:
    """Hours per (person, month); role-only demand (no person) is left out."""
    out: dict[tuple[str, str], float] = {}
    for b in bookings:
        if b.person is None or (committed_only and b.booking != "committed"):
            continue
        key = (b.person, b.period)
        out[key] = out.get(key, 0.0) + b.hours
    return out


def _excess(demand: float, capacity: float) -> float:
    """Hours over capacity (all of it when there is none)."""
    return max(0.0, demand - capacity) if capacity > 0 else max(0.0, demand)


def compare(before: Mapping[tuple[str, str], float], after: Mapping[tuple[str, str], float],
            capacity: Mapping[tuple[str, str], float]) -> dict[tuple[str, str], str]:
    """Cells whose over-allocation changed: ``'worse'`` when the hours over capacity
    grew, ``'better'`` when they shrank. Cells under capacity before and after are
    neither, however their hours moved: spare time is not a problem to flag."""
    marks: dict[tuple[str, str], str] = {}
    for key in set(before) | set(after):
        cap = capacity.get(key, 0.0)
        was = round(_excess(before.get(key, 0.0), cap), _ARTEFACT_DP)
        now = round(_excess(after.get(key, 0.0), cap), _ARTEFACT_DP)
        if now > was:
            marks[key] = "worse"
        elif now < was:
            marks[key] = "better"
    return marks


def over_allocated(demand: Mapping[tuple[str, str], float],
                   capacity: Mapping[tuple[str, str], float],
                   threshold: float = 1.0) -> list[tuple[str, str, float | None]]:
    """(person, month, utilisation ratio) where demand exceeds ``threshold`` × capacity,
    or anything is booked where there is no capacity (ratio ``None``); by person, month."""
    out = []
    for key, hours in demand.items():
        over, ratio = is_over(hours, capacity.get(key, 0.0), threshold)
        if over:
            out.append((key[0], key[1], ratio))
    out.sort(key=lambda t: (t[0], t[1]))
    return out


def is_over(hours: float, capacity: float, threshold: float = 1.0) -> tuple[bool, float | None]:
    """Whether one cell is over-allocated (see ``over_allocated``), and its ratio."""
    ratio = hours / capacity if capacity > 0 else None
    if hours <= _EPSILON:
        return False, ratio
    # the tolerance of a float's artefacts (0.1 + 0.2), without round()'s cost: this
    # runs for every cell of a what-if redraw
    return ratio is None or ratio > threshold + _EPSILON, ratio


__all__ = ["Booking", "Move", "apply_move", "apply_moves", "compare", "demand_by_person",
           "is_over", "net_factor", "net_shift", "over_allocated", "parse_scale", "parse_shift",
           "shift_date", "shift_period"]
