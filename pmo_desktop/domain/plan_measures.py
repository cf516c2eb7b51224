"""Schedule measures of a project's plan: the Baseline Execution Index and the slip of
its critical work (DOMAIN.md §2.7), as of a status date. Pure counting; the RAG rule
that reads them is ``rag.rate_plan``.

**The items counted.** A project's plan items are the tasks of its plan and the
milestones of its milestone register, with three rules:

* summary tasks (phases, the rolled-up rows) are not items: their children are;
* cancelled tasks and milestones are not items;
* a plan task flagged as a milestone that has the name (ignoring case and spacing) or
  the reference of a milestone in the register *is* that milestone: it is counted once,
  with the register's dates and status (the register is where milestones are tracked).

**BEI** = items *completed by the status date* ÷ items *baselined to complete by the
status date* (DCMA 14-point check 14):

* baselined to complete by the status date: the baseline finish is on or before it;
* completed by the status date: among the items with a baseline finish, those with an
  actual finish on or before the status date, or, with no actual finish, those marked
  complete (status ``complete``, a milestone's ``complete_on_time``/``complete_late``,
  or 100 %) — work finished ahead of its baseline counts too, so BEI can exceed 1
  (8 of 6 = 1.33, ahead of plan); items without a baseline are in neither count;
* n/a when nothing was baselined to complete by the status date.

**Critical slip**: the most calendar days by which a critical item finishes after its
baseline finish. An unfinished item cannot finish before the status date, so an open
item whose forecast (or baseline) finish has passed finishes on the status date at the
earliest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .schedule import CANCELLED, COMPLETE_LATE, COMPLETE_ON_TIME

# A task's status ``complete`` (``enums.TASK_STATUSES``) or a milestone's completed ones.
DONE_STATUSES = frozenset({"complete", COMPLETE_ON_TIME, COMPLETE_LATE})


class PlanItem(NamedTuple):
    """A task or a milestone as the plan measures read it (dates already parsed).

    A named tuple: a portfolio's status builds one per task and milestone (55,000 at
    10,000 projects), and a tuple is several times quicker to make than a dataclass.
    """

    name: str
    ref: str | None = None
    baseline_start: date | None = None
    baseline_finish: date | None = None
    forecast_finish: date | None = None
    actual_finish: date | None = None
    pct_complete: float | None = None  # a ratio: 1.0 is done
    status: str | None = None
    critical: bool = False
    summary: bool = False
    milestone: bool = False

    @property
    def cancelled(self) -> bool:
        return (self.status or "") == CANCELLED

    @property
    def marked_complete(self) -> bool:
        """Reported done without an actual finish date."""
        return (self.status or "") in DONE_STATUSES or (self.pct_complete or 0.0) >= 1.0

    def completed_by(self, day: date) -> bool:
        """Completed on or before ``day`` (see the module's rule)."""
        if self.actual_finish is not None:
            return self.actual_finish <= day
        return self.marked_complete

    def finish_as_of(self, day: date) -> date | None:
        """Where the item finishes as known on ``day``: its actual finish; else its
        forecast (or baseline) finish, but not before ``day`` while it is open."""
        if self.actual_finish is not None:
            return self.actual_finish
        planned = self.forecast_finish or self.baseline_finish
        if planned is None or self.marked_complete:
            return planned
        return max(planned, day)


@dataclass(frozen=True)
class Bei:
    """A Baseline Execution Index: ``completed`` of ``baselined`` items."""

    completed: int = 0
    baselined: int = 0

    @property
    def value(self) -> float | None:
        """completed ÷ baselined; ``None`` (n/a) when nothing was baselined."""
        return None if self.baselined <= 0 else self.completed / self.baselined

    @property
    def text(self) -> str:
        """``0.83 (5 of 6)``, or ``n/a`` when nothing was due."""
        value = self.value
        if value is None:
            return "n/a"
        return f"{value:.2f} ({self.completed} of {self.baselined})"


def _same(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def plan_items(tasks: Iterable[PlanItem], milestones: Iterable[PlanItem]) -> list[PlanItem]:
    """The items a project's measures count: its register milestones, then its plan's
    tasks that are not summaries, not cancelled and not one of those milestones."""
    milestones = list(milestones)
    known = {_same(m.name) for m in milestones} | {_same(m.ref) for m in milestones if m.ref}
    out = [m._replace(milestone=True) for m in milestones if not m.cancelled]
    for t in tasks:
        if t.summary or t.cancelled:
            continue
        if t.milestone and (_same(t.name) in known or (t.ref and _same(t.ref) in known)):
            continue  # the register's milestone stands for it (cancelled there: not counted)
        out.append(t)
    return out


def count_bei(items: Iterable[PlanItem], status_date: date) -> Bei:
    """The BEI of ``items`` (already ``plan_items``) as of ``status_date``."""
    due = done = 0
    for item in items:
        if item.baseline_finish is None:
            continue
        if item.baseline_finish <= status_date:
            due += 1
        if item.completed_by(status_date):
            done += 1
    return Bei(done, due)


def critical_slip_days(items: Iterable[PlanItem], status_date: date) -> int | None:
    """The largest finish slip (calendar days) of a critical item with a baseline
    finish; ``None`` when no critical item has one. Negative is early."""
    worst: int | None = None
    for item in items:
        if not item.critical or item.baseline_finish is None:
            continue
        finish = item.finish_as_of(status_date)
        if finish is None:
            continue
        slip = (finish - item.baseline_finish).days
        worst = slip if worst is None else max(worst, slip)
    return worst


@dataclass(frozen=True)
class PlanEvidence:
    """What a project's plan says about its schedule, as of a status date.

    ``baseline_start``/``baseline_finish``: the plan's baselined span (earliest start,
    latest finish), the fallback duration a slip percentage is taken of.
    """

    bei: Bei
    critical_slip_days: int | None
    baseline_start: date | None
    baseline_finish: date | None


def plan_evidence(tasks: Iterable[PlanItem], milestones: Iterable[PlanItem],
                  status_date: date) -> PlanEvidence | None:
    """The plan's evidence, or ``None`` when the project has no plan (no task that is
    not a summary): a project without a plan is rated as before."""
    tasks = list(tasks)
    if not any(not t.summary for t in tasks):
        return None
    items = plan_items(tasks, milestones)
    starts = [t.baseline_start for t in tasks if t.baseline_start is not None]
    finishes = [t.baseline_finish for t in tasks if t.baseline_finish is not None]
    return PlanEvidence(count_bei(items, status_date), critical_slip_days(items, status_date),
                        min(starts) if starts else None, max(finishes) if finishes else None)


def project_bei(tasks: Iterable[PlanItem], milestones: Iterable[PlanItem],
                status_date: date) -> Bei:
    """A project's BEI over its plan and milestone register (``plan_items``)."""
    return count_bei(plan_items(tasks, milestones), status_date)


__all__ = ["Bei", "PlanEvidence", "PlanItem", "count_bei", "critical_slip_days",
           "plan_evidence", "plan_items", "project_bei"]
