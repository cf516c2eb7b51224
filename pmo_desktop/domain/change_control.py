"""Change control (DOMAIN.md §6): the change-request workflow, the authority a change
needs, and what an approval does to a project's baseline.

Pure rules, no I/O. The store keeps a CR's status as a value of ``enums.CR_STATUSES``
and the portfolio's delegation limits as the setting ``DELEGATION_SETTING``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .enums import AUTHORITY_LEVELS, CR_STATUSES, label

DRAFT, SUBMITTED, UNDER_ASSESSMENT, AWAITING_DECISION = CR_STATUSES[:4]
APPROVED, REJECTED, DEFERRED, WITHDRAWN, IMPLEMENTED, CLOSED = CR_STATUSES[4:]
PM, CHANGE_AUTHORITY, PROJECT_BOARD, PORTFOLIO_BOARD = AUTHORITY_LEVELS

#: The decisions a change authority takes, by the status each leaves the CR in.
DECISIONS = (APPROVED, REJECTED, DEFERRED)

#: Where a CR may go next from each status (DOMAIN §6.1). Forward along
#: draft → submitted → under assessment → awaiting decision → approved / rejected /
#: deferred → implemented → closed, plus the ways back a PMO uses:
#: - a submission or an assessment can be sent back (under assessment → submitted,
#:   awaiting decision → under assessment: "needs more analysis");
#: - a deferred CR comes back later: re-submitted, or put to the decision again, or
#:   decided at once when the forum revisits it (deferred → approved / rejected);
#: - until it is decided, the requester may withdraw it;
#: - a rejected or withdrawn CR is closed (kept for audit, never deleted by the workflow).
#: A decision is final: an approved CR is implemented, then closed.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    DRAFT: (SUBMITTED, WITHDRAWN),
    SUBMITTED: (UNDER_ASSESSMENT, DRAFT, WITHDRAWN),
    UNDER_ASSESSMENT: (AWAITING_DECISION, SUBMITTED, WITHDRAWN),
    AWAITING_DECISION: (APPROVED, REJECTED, DEFERRED, UNDER_ASSESSMENT, WITHDRAWN),
    DEFERRED: (SUBMITTED, AWAITING_DECISION, APPROVED, REJECTED, WITHDRAWN),
    APPROVED: (IMPLEMENTED,),
    IMPLEMENTED: (CLOSED,),
    REJECTED: (CLOSED,),
    WITHDRAWN: (CLOSED,),
    CLOSED: (),
}

#: The verb of the step that moves a CR *to* a status (buttons, messages).
STEP_VERBS: dict[str, str] = {
    DRAFT: "Back to draft", SUBMITTED: "Submit", UNDER_ASSESSMENT: "Assess",
    AWAITING_DECISION: "Put to decision", APPROVED: "Approve", REJECTED: "Reject",
    DEFERRED: "Defer", WITHDRAWN: "Withdraw", IMPLEMENTED: "Implement", CLOSED: "Close",
}


def normal_status(status: str | None) -> str:
    """The stored status, ``draft`` when none (a CR just typed in has not been submitted)."""
    return status if status in TRANSITIONS else DRAFT


def next_steps(status: str | None) -> tuple[str, ...]:
    """The statuses a CR in ``status`` may move to, in workflow order."""
    return TRANSITIONS[normal_status(status)]


def can_move(status: str | None, to_status: str) -> bool:
    return to_status in next_steps(status)


def transition_problem(status: str | None, to_status: str) -> str | None:
    """Why a CR in ``status`` cannot move to ``to_status`` (one sentence), or ``None``."""
    if to_status not in TRANSITIONS:
        return (f"'{to_status}' is not a change-request status (one of "
                f"{', '.join(CR_STATUSES)}).")
    here = normal_status(status)
    if to_status in TRANSITIONS[here]:
        return None
    allowed = ", ".join(label(s).lower() for s in TRANSITIONS[here]) or "nothing (it is closed)"
    return (f"a change request that is {label(here).lower()} cannot be "
            f"{_past(to_status)}; from {label(here).lower()} it can go to {allowed}.")


def _past(status: str) -> str:
    return {SUBMITTED: "submitted", UNDER_ASSESSMENT: "put under assessment",
            AWAITING_DECISION: "put to a decision", DRAFT: "sent back to draft",
            }.get(status, label(status).lower())


# -- authority -----------------------------------------------------------------

#: The setting that holds the portfolio's delegation limits (``DelegationLimits.to_dict``).
DELEGATION_SETTING = "delegation_limits"


@dataclass(frozen=True)
class Limit:
    """The most one level may approve: |cost impact| ≤ ``cost`` (portfolio currency)
    and |schedule impact| ≤ ``days`` (calendar days)."""

    cost: float
    days: int


@dataclass(frozen=True)
class DelegationLimits:
    """The portfolio's change authority (DOMAIN §6.2) [default example values].

    A CR needs the lowest level whose limits hold both its |cost| and |schedule|
    impact: the PM up to £10k and 5 days, the change authority up to £50k and 20 days,
    the project board up to £250k and 60 days, the portfolio board above that. A CR
    that changes scope (type ``scope``, or a scope impact written down) needs at least
    ``scope_level``: the PM's tolerance is for time and money, not for what is delivered.

    Stored as the setting ``delegation_limits``:
    ``{"pm": {"cost": 10000, "days": 5}, "change_authority": {…}, "project_board": {…},
    "scope_level": "change_authority"}``.
    """

    pm: Limit = Limit(10_000.0, 5)
    change_authority: Limit = Limit(50_000.0, 20)
    project_board: Limit = Limit(250_000.0, 60)
    scope_level: str = CHANGE_AUTHORITY

    def limit(self, level: str) -> Limit | None:
        """The limit of ``level``; ``None`` for the portfolio board (no upper limit)."""
        found = {PM: self.pm, CHANGE_AUTHORITY: self.change_authority,
                 PROJECT_BOARD: self.project_board}.get(level)
        return found

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> DelegationLimits:
        """From the stored setting (partial or older dicts take the defaults; numbers
        typed as text are read)."""
        data = data or {}
        default = cls()
        values: dict[str, Any] = {}
        for level in (PM, CHANGE_AUTHORITY, PROJECT_BOARD):
            base: Limit = getattr(default, level)
            given = data.get(level)
            if isinstance(given, Mapping):
                values[level] = Limit(_number(given.get("cost"), base.cost),
                                      int(_number(given.get("days"), base.days)))
        scope = data.get("scope_level")
        if scope in AUTHORITY_LEVELS:
            values["scope_level"] = scope
        return cls(**values)


def _number(value: Any, default: float) -> float:
    try:
        return float(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def authority_needed(limits: DelegationLimits, cost: float | None, days: int | None,
                     changes_scope: bool = False) -> str:
    """The lowest level of ``enums.AUTHORITY_LEVELS`` that may approve a CR with this
    cost and schedule impact (either sign: a saving or a gain of time is still a
    change to the baseline). A missing impact counts as none."""
    money = abs(cost or 0.0)
    time = abs(days or 0)
    floor = AUTHORITY_LEVELS.index(limits.scope_level) if changes_scope else 0
    for level in AUTHORITY_LEVELS[floor:]:
        limit = limits.limit(level)
        if limit is None or (money <= limit.cost and time <= limit.days):
            return level
    return PORTFOLIO_BOARD


#: Who each authority level is, in a sentence ("for the project board to decide").
LEVEL_NAMES = {PM: "project manager", CHANGE_AUTHORITY: "change authority",
               PROJECT_BOARD: "project board", PORTFOLIO_BOARD: "portfolio board"}


def outranks(level: str | None, needed: str) -> bool:
    """Whether ``level`` is at or above ``needed`` (an unknown level outranks nothing)."""
    if level not in AUTHORITY_LEVELS:
        return False
    return AUTHORITY_LEVELS.index(level) >= AUTHORITY_LEVELS.index(needed)


# -- baselines -----------------------------------------------------------------


@dataclass(frozen=True)
class Rebaseline:
    """The next baseline version an approval writes (DOMAIN §6.3)."""

    version: int
    effective_date: date
    bac: float | None
    finish_date: date | None
    schedule_days: int
    cost: float


def rebaselines(cost: float | None, days: int | None) -> bool:
    """Only an approval with a cost or a schedule impact writes a baseline version."""
    return bool(cost) or bool(days)


def next_baseline(current_version: int, bac: float | None, finish: date | None,
                  cost: float | None, days: int | None, effective: date) -> Rebaseline:
    """Version n+1 = version n + the CR's deltas: BAC + cost impact, finish + schedule
    days. A project without a BAC (or a finish) keeps none: there is nothing to add to.
    (A project with no recorded version has its original recorded as version 0 first,
    so that the track record "vs original" stays readable.)"""
    delta = cost or 0.0
    shift = days or 0
    return Rebaseline(
        version=current_version + 1,
        effective_date=effective,
        bac=None if bac is None else bac + delta,
        finish_date=None if finish is None else finish + timedelta(days=shift),
        schedule_days=shift, cost=delta)


def moves_milestone(baseline: date | None, actual: date | None, effective: date) -> bool:
    """Whether a schedule change effective on ``effective`` moves this milestone's
    baseline date.

    Rule: the change moves the work still ahead of it — every milestone not yet
    complete whose baseline date is on or after the effective date. Two kinds stay:

    - a completed milestone (``actual`` set): it happened against the plan of its day,
      and its hit or miss is history (ANSI-748: no retroactive re-planning);
    - a milestone baselined before the effective date and still open: it is already
      late against the plan the board held then; moving it would hide a miss that
      happened before the change was approved.

    The CR model has no list of affected milestones (DOMAIN §6.1 mentions one), so the
    whole remaining schedule moves with the finish date, as a schedule CR usually means.
    """
    return baseline is not None and actual is None and baseline >= effective


def shifted(day: date, days: int) -> date:
    return day + timedelta(days=days)


__all__ = [
    "APPROVED", "AWAITING_DECISION", "CHANGE_AUTHORITY", "CLOSED", "DECISIONS", "DEFERRED",
    "DELEGATION_SETTING", "DRAFT", "DelegationLimits", "IMPLEMENTED", "LEVEL_NAMES", "Limit", "PM",
    "PORTFOLIO_BOARD", "PROJECT_BOARD", "REJECTED", "Rebaseline", "STEP_VERBS", "SUBMITTED",
    "TRANSITIONS", "UNDER_ASSESSMENT", "WITHDRAWN", "authority_needed", "can_move",
    "moves_milestone", "next_baseline", "next_steps", "normal_status", "outranks",
    "rebaselines", "shifted", "transition_problem",
]
