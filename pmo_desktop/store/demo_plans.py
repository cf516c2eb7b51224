"""The demo's project plans: phases → tasks → milestones, as a scheduler would show them.

About three projects in five get a plan (a realistic share: the others are tracked
by milestones alone). A plan's phases split the project's baseline span; each phase is
a chain of tasks (the critical path) with now and then a task beside the chain that has
float; the project's own milestones sit in the phase whose window holds their baseline
date, with their own baseline, forecast and actual dates. Forecasts slip as the
project's latest health says (the same slip as its reported finish forecast, so the
last task ends where the project's forecast does); what lies before the demo's today
is done (actual dates, 100 %), what spans it is in progress.

The plans draw from their own random stream (seeded from the demo's seed), so adding
them changes no other demo record. Every plan has between ``MIN_TASKS`` and
``MAX_TASKS`` rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from pmo_desktop.domain.plan import working_days as plan_working_days

SHARE = 0.6
MIN_TASKS, MAX_TASKS = 8, 40

# Phase name, share of the baseline span, the tasks a phase may hold (in order).
PHASES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("Initiation", 0.08, ("Confirm scope and objectives", "Stakeholder analysis",
                          "Project initiation document", "Mobilise the team")),
    ("Design", 0.20, ("Current-state assessment", "Requirements workshops",
                      "Solution architecture", "Detailed design", "Design authority review")),
    ("Build", 0.34, ("Environment set-up", "Build iteration 1", "Build iteration 2",
                     "Build iteration 3", "Data migration scripts", "Integration build")),
    ("Test", 0.20, ("Test strategy and scripts", "System integration testing",
                    "Performance testing", "User acceptance testing", "Defect fixing")),
    ("Deployment", 0.11, ("Cut-over planning", "Training and comms", "Dress rehearsal",
                          "Go-live and hypercare")),
    ("Closure", 0.07, ("Handover to operations", "Benefits tracking set-up",
                       "Lessons learned review", "Project closure report")),
)


def finish_slip_days(health: float) -> int:
    """How many days a project of ``health`` (0 good … 2.4 troubled) forecasts its
    finish late (the demo's reported forecast and its plan's last task agree)."""
    return int(max(0.0, health - 0.5) * 30)


def working_days(first: date, last: date) -> float:
    """Weekdays from ``first`` to ``last`` inclusive (``domain.plan``'s count), as the
    float a task's duration is stored as."""
    return float(plan_working_days(first, last))


@dataclass(frozen=True)
class PlanInput:
    """What a plan is made from: the project's id, span, latest health and milestones."""

    pid: int
    start: date
    finish: date
    health: float
    milestones: Sequence[dict[str, Any]]  # rows of ``milestone`` (ISO dates)


class PlanMaker:
    """Draws the plans of the demo's projects from its own seeded stream."""

    def __init__(self, seed: int, today: date, first_names: Sequence[str],
                 last_names: Sequence[str]) -> None:
        self.rng = random.Random(f"plans-{seed}")
        self.today = today
        self.first_names, self.last_names = list(first_names), list(last_names)

    def person(self) -> str:
        return f"{self.rng.choice(self.first_names)} {self.rng.choice(self.last_names)}"

    def rows(self, p: PlanInput) -> list[dict[str, Any]]:
        """The task rows of ``p``'s plan (none when this project has no plan)."""
        if self.rng.random() >= SHARE:
            return []
        span = max(60, (p.finish - p.start).days)
        slip = finish_slip_days(p.health)
        team = [self.person() for _ in range(self.rng.randint(3, 6))]
        budget = self.rng.randint(MIN_TASKS, MAX_TASKS)
        milestones = sorted(p.milestones, key=lambda m: m["baseline_date"] or "")
        rows: list[dict[str, Any]] = []
        offset, previous = 0.0, None
        for number, (phase, share, names) in enumerate(PHASES, start=1):
            first = p.start + timedelta(days=int(span * offset))
            offset += share
            last = p.finish if number == len(PHASES) else \
                p.start + timedelta(days=int(span * offset) - 1)
            inside = [m for m in milestones if first.isoformat() <= (m["baseline_date"] or "")
                      <= last.isoformat() or (number == len(PHASES) and
                                              (m["baseline_date"] or "") > last.isoformat())]
            room = max(1, min(len(names), (budget - len(rows)) // (len(PHASES) - number + 1) - 1
                              - len(inside)))
            children, previous = self._phase(p, str(number), first, last, names[:room],
                                             inside, previous, span, slip, team)
            rows.append(self._summary(p.pid, str(number), phase, children, team[0]))
            rows.extend(children)
        for order, row in enumerate(rows, start=1):
            row["sort_order"] = order
        return rows

    # -- one phase --------------------------------------------------------------
    def _phase(self, p: PlanInput, wbs: str, first: date, last: date,
               names: Sequence[str], milestones: Sequence[dict[str, Any]],
               previous: str | None, span: int, slip: int, team: Sequence[str]
               ) -> tuple[list[dict[str, Any]], str | None]:
        rng = self.rng
        out: list[dict[str, Any]] = []
        days = max(len(names), (last - first).days + 1)
        weights = [rng.uniform(0.6, 1.4) for _ in names]
        bounds = [int(days * sum(weights[:k]) / sum(weights)) for k in range(len(names))]
        bounds.append(days)  # the phase ends on its last day, whatever the rounding
        chain: list[tuple[str, date]] = []  # the critical chain's tasks and baseline finishes
        for k, name in enumerate(names):
            base_start = first + timedelta(days=bounds[k])
            base_finish = first + timedelta(days=max(bounds[k], bounds[k + 1] - 1))
            beside = 0 < k < len(names) - 1 and rng.random() < 0.25  # off the chain: float
            ref = f"{wbs}.{k + 1}"
            row = self._task(p, ref, name, base_start, base_finish, span, slip,
                             rng.choice(team))
            row["critical"] = 0 if beside else 1
            if beside:  # shorter than its slot: it has float
                self._schedule(row, p, base_start, base_start + timedelta(
                    days=(base_finish - base_start).days // 2), span, slip)
            if previous and not beside:
                lag = rng.choice(["", "", "", "+2d", "+5d"])
                row["predecessors"] = f"{previous}FS{lag}" if lag else previous
            elif previous:
                row["predecessors"] = f"{previous}SS"
            out.append(row)
            if not beside:
                previous = ref
                chain.append((ref, base_finish))
        for j, m in enumerate(milestones, start=len(names) + 1):
            day = m["baseline_date"] or ""
            before = [ref for ref, end in chain if end.isoformat() <= day]
            out.append(self._milestone(p.pid, f"{wbs}.{j}", m, before[-1] if before else
                                       (chain[0][0] if chain else previous)))
        return out, previous

    def _dates(self, base: date, span: int, slip: int, p: PlanInput) -> date:
        """Where a baseline date ``base`` is forecast: the slip grows along the plan."""
        along = max(0.0, min(1.0, (base - p.start).days / span))
        return base + timedelta(days=int(round(slip * along)))

    def _task(self, p: PlanInput, ref: str, name: str, base_start: date, base_finish: date,
              span: int, slip: int, owner: str) -> dict[str, Any]:
        row: dict[str, Any] = {
            "project_id": p.pid, "ref": ref, "wbs": ref, "name": name, "outline_level": 2,
            "parent_ref": ref.rsplit(".", 1)[0], "is_summary": 0, "is_milestone": 0,
            "start_baseline": base_start.isoformat(), "finish_baseline": base_finish.isoformat(),
            "owner": owner, "resources": owner,
        }
        self._schedule(row, p, base_start, base_finish, span, slip)
        return row

    def _schedule(self, row: dict[str, Any], p: PlanInput, base_start: date,
                  base_finish: date, span: int, slip: int) -> None:
        """(Re)write ``row``'s baseline finish, forecast, actual, duration, % complete
        and status."""
        start = self._dates(base_start, span, slip, p)
        finish = max(start, self._dates(base_finish, span, slip, p))
        row.update(finish_baseline=base_finish.isoformat(), start_forecast=start.isoformat(),
                   finish_forecast=finish.isoformat(), start_actual=None, finish_actual=None,
                   duration_days=working_days(start, finish))
        if finish < self.today:
            row.update(start_actual=start.isoformat(), finish_actual=finish.isoformat(),
                       pct_complete=1.0, status="complete")
        elif start <= self.today:
            done = (self.today - start).days / max(1, (finish - start).days + 1)
            row.update(start_actual=start.isoformat(), pct_complete=round(done, 2),
                       status="in_progress")
        else:
            row.update(pct_complete=0.0, status="not_started")

    def _milestone(self, pid: int, ref: str, m: dict[str, Any],
                   previous: str | None) -> dict[str, Any]:
        day = m["actual_date"] or m["forecast_date"] or m["baseline_date"]
        done = m["actual_date"] is not None
        return {
            "project_id": pid, "ref": ref, "wbs": ref, "name": m["name"], "outline_level": 2,
            "parent_ref": ref.rsplit(".", 1)[0], "is_summary": 0, "is_milestone": 1,
            "start_baseline": m["baseline_date"], "finish_baseline": m["baseline_date"],
            "start_forecast": m["forecast_date"], "finish_forecast": m["forecast_date"],
            "start_actual": m["actual_date"], "finish_actual": m["actual_date"],
            "duration_days": 0.0, "pct_complete": 1.0 if done else 0.0,
            "status": "complete" if done else ("late" if day < self.today.isoformat()
                                               else "not_started"),
            "owner": m["owner"], "critical": m["critical"],
            "predecessors": previous,
        }

    def _summary(self, pid: int, ref: str, name: str, children: Sequence[dict[str, Any]],
                 owner: str) -> dict[str, Any]:
        """A phase row: its children's span, their weighted % complete."""
        def span(column: str, pick: Any) -> str | None:
            values = [c[column] for c in children if c[column]]
            return pick(values) if values else None

        weights = [(c["duration_days"] or 0.0) + 1.0 for c in children]
        done = sum(w * (c["pct_complete"] or 0.0) for w, c in zip(weights, children))
        pct = round(done / sum(weights), 2) if weights else 0.0
        finished = all(c["finish_actual"] for c in children)
        started = span("start_actual", min)
        start_f, finish_f = span("start_forecast", min), span("finish_forecast", max)
        return {
            "project_id": pid, "ref": ref, "wbs": ref, "name": name, "outline_level": 1,
            "parent_ref": None, "is_summary": 1, "is_milestone": 0,
            "start_baseline": span("start_baseline", min),
            "finish_baseline": span("finish_baseline", max),
            "start_forecast": start_f, "finish_forecast": finish_f,
            "start_actual": started,
            "finish_actual": span("finish_actual", max) if finished else None,
            "duration_days": working_days(date.fromisoformat(start_f),
                                          date.fromisoformat(finish_f))
            if start_f and finish_f else None,
            "pct_complete": 1.0 if finished else pct,
            "status": "complete" if finished else "in_progress" if started else "not_started",
            "owner": owner, "critical": int(any(c["critical"] for c in children)),
        }


__all__ = ["MAX_TASKS", "MIN_TASKS", "PlanInput", "PlanMaker", "finish_slip_days",
           "working_days"]
