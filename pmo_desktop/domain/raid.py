"""RAID item rules kept in one place (DOMAIN.md §3): what closing and reopening an item
means for each type, the flags a register raises, how a materialised risk becomes an
issue, and how a risk moved on the heat map between two dates.

* **close**: each type has its own closing status (a risk or an issue is ``closed``, a
  dependency ``delivered``, a decision ``approved``, an action ``done``…), and closing
  stamps ``closed_date``; **reopen** puts the type's opening status back and clears it.
* **flags** of an open item: its review date has passed (``review_overdue``), its due
  date (need-by date of a dependency, validate-by of an assumption) has passed
  (``overdue``), it has no owner (``no_owner``: PRINCE2 wants exactly one).
* **materialise**: a risk that happened becomes an issue whose severity follows the
  risk's impact (residual when assessed, else inherent), and the risk is ``materialised``.
* **movement**: where an open threat sat on the 5×5 grid at a period's close and where it
  sits now: ``in`` (new on the map), ``out`` (closed, gone), ``up``/``down`` (score
  higher/lower), ``across`` (another cell with the same score).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .portfolio_rules import is_open_raid

CLOSING_STATUS: dict[str, str] = {
    "risk": "closed", "issue": "closed", "assumption": "closed",
    "dependency": "delivered", "decision": "approved", "action": "done",
}
"""The status ``close`` sets, per RAID type (each is a closed status of that type)."""
OPENING_STATUS: dict[str, str] = {
    "risk": "open", "issue": "open", "assumption": "open",
    "dependency": "on_track", "decision": "pending", "action": "open",
}
"""The status ``reopen`` sets, per RAID type (each is an open status of that type)."""
MATERIALISED = "materialised"
"""A risk's status once it has happened (and become an issue)."""

_SEVERITY_BY_IMPACT = {1: "low", 2: "low", 3: "medium", 4: "high", 5: "critical"}


def close_values(kind: str, closed_on: date) -> dict[str, str]:
    """The fields closing an item of ``kind`` sets: its closing status and closed date."""
    return {"status": CLOSING_STATUS[kind], "closed_date": closed_on.isoformat()}


def reopen_values(kind: str) -> dict[str, str | None]:
    """The fields reopening an item of ``kind`` sets: its opening status, no closed date."""
    return {"status": OPENING_STATUS[kind], "closed_date": None}


def can_close(status: str | None) -> bool:
    """Whether an item with ``status`` can be closed (it is open)."""
    return is_open_raid(status)


def can_reopen(status: str | None) -> bool:
    """Whether an item with ``status`` can be reopened (it is closed)."""
    return not is_open_raid(status)


def can_materialise(kind: str, status: str | None) -> bool:
    """Only an open risk can happen and become an issue."""
    return kind == "risk" and is_open_raid(status) and status != MATERIALISED


def severity_from_impact(impact: int | None, residual_impact: int | None = None) -> str | None:
    """An issue's severity from the impact of the risk it came from (the residual impact
    when the risk was assessed after its response, else the inherent one):
    1–2 low, 3 medium, 4 high, 5 critical; ``None`` when the risk has no impact."""
    level = residual_impact if residual_impact is not None else impact
    return _SEVERITY_BY_IMPACT.get(level) if level is not None else None


class Flag(Enum):
    """Something an open RAID item needs attention for."""

    REVIEW_OVERDUE = "review_overdue"
    OVERDUE = "overdue"
    NO_OWNER = "no_owner"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self][0]

    @property
    def short(self) -> str:
        """A word for a narrow column: ``Review``, ``Overdue``, ``No owner``."""
        return _FLAG_LABELS[self][1]


_FLAG_LABELS = {Flag.REVIEW_OVERDUE: ("Review overdue", "Review"),
                Flag.OVERDUE: ("Overdue", "Overdue"), Flag.NO_OWNER: ("No owner", "No owner")}


def _before(day: str | None, as_of: date) -> bool:
    return bool(day) and str(day)[:10] < as_of.isoformat()


def raid_flags(status: str | None, owner: str | None, review_date: str | None,
               due_date: str | None, as_of: date) -> tuple[Flag, ...]:
    """The flags of one item at ``as_of`` (ISO dates; a closed item raises none).

    A review or due date *before* ``as_of`` is overdue; on the day itself it is not."""
    if not is_open_raid(status):
        return ()
    out: list[Flag] = []
    if _before(review_date, as_of):
        out.append(Flag.REVIEW_OVERDUE)
    if _before(due_date, as_of):
        out.append(Flag.OVERDUE)
    if not (owner or "").strip():
        out.append(Flag.NO_OWNER)
    return tuple(out)


class Movement(Enum):
    """How a threat moved on the heat map between a period's close and now."""

    IN = "in"
    OUT = "out"
    UP = "up"
    DOWN = "down"
    ACROSS = "across"


Cell = tuple[int, int]  # (probability, impact)


def movement(before: Cell | None, after: Cell | None) -> Movement | None:
    """``before``/``after``: the cell at the period's close and now (``None``: not on the
    map then/now); ``None`` when it did not move."""
    if before == after:
        return None
    if before is None:
        return Movement.IN
    if after is None:
        return Movement.OUT
    was, now = before[0] * before[1], after[0] * after[1]
    return Movement.UP if now > was else Movement.DOWN if now < was else Movement.ACROSS


@dataclass(frozen=True)
class Moved:
    """One risk that moved: its project and ref, title, from → to, and how."""

    code: str
    ref: str
    title: str
    before: Cell | None
    after: Cell | None
    how: Movement

    def sentence(self) -> str:
        where = {Movement.IN: f"new at {_cell(self.after)}",
                 Movement.OUT: f"left {_cell(self.before)}"}.get(
            self.how, f"{self.how.value} {_cell(self.before)} → {_cell(self.after)}")
        return f"{self.code} {self.ref} {self.title}: {where}"


def _cell(cell: Cell | None) -> str:
    return "—" if cell is None else f"P{cell[0]}×I{cell[1]}"


__all__ = ["CLOSING_STATUS", "Cell", "Flag", "MATERIALISED", "Moved", "Movement",
           "OPENING_STATUS", "can_close", "can_materialise", "can_reopen", "close_values",
           "movement", "raid_flags", "reopen_values", "severity_from_impact"]
