"""A realistic, deterministic demo portfolio, written through the store's operations.

Names and texts come from ``resources/demo_recipe.json``. Each project has a latent
"health" that drifts over six monthly periods; the reported status, spend, progress
and milestone slips follow it, and each month is closed into snapshots, so trends,
slips, over-allocation, false greens and stale reports all exist. The registers (RAID,
change requests, lessons) are drawn in ``demo_registers``.
"""

from __future__ import annotations

import json
import random
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from pmo_desktop.domain import enums
from pmo_desktop.domain.capacity import monthly_capacity_hours
from pmo_desktop.resources import resource_path

from . import demo_registers as registers
from . import demo_strategy
from .demo_plans import PlanInput, PlanMaker, finish_slip_days
from .periods import close_period
from .store import Store

PERIODS = 6
SOURCE = "demo"


def month_add(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def month_end(day: date) -> date:
    return date(day.year, day.month, monthrange(day.year, day.month)[1])


def months_between(first: date, last: date) -> list[str]:
    out, cur = [], date(first.year, first.month, 1)
    while cur <= last:
        out.append(cur.strftime("%Y-%m"))
        cur = month_add(cur, 1)
    return out


@dataclass
class ProjectPlan:
    """What the generator decided for one project before writing it."""

    pid: int
    code: str
    name: str
    start: date
    finish: date
    bac: float
    health: list[float]  # 0 good … 2 troubled, one value per period + now
    cost_factor: float
    months: list[str]
    eac: float = 0.0


class DemoBuilder:
    def __init__(self, store: Store, projects: int, seed: int, today: date,
                 progress: Callable[[str], None] | None = None,
                 raid_items: int | None = None, plans: bool = True) -> None:
        self.store = store
        self.n = projects
        self.raid_items = raid_items  # None: the usual few per project
        self.rng = random.Random(seed)
        self.today = today
        self.progress = progress or (lambda _m: None)
        self.recipe: dict[str, Any] = json.loads(
            resource_path("demo_recipe.json").read_text(encoding="utf-8"))
        self.plans: list[ProjectPlan] = []
        self.people: list[tuple[int, str]] = []
        self.capacity: dict[int, float] = {}
        self.load: dict[int, float] = {}
        self.hot: set[int] = set()
        self.role_ids: dict[str, int] = {}
        # Plans draw from their own stream: with or without them, the rest is the same.
        self.plan_maker = PlanMaker(seed, today, self.recipe["first_names"],
                                    self.recipe["last_names"]) if plans else None
        self.checkpoints = [month_end(month_add(today, -k)) for k in range(PERIODS, 0, -1)]

    # -- helpers --------------------------------------------------------------
    def person(self) -> str:
        r = self.recipe
        return f"{self.rng.choice(r['first_names'])} {self.rng.choice(r['last_names'])}"

    def _project_names(self) -> list[tuple[int, str]]:
        progs = self.recipe["programmes"]
        names: list[tuple[int, str]] = []
        for i in range(self.n):
            g = i % len(progs)
            k = i // len(progs)
            curated = progs[g]["projects"]
            if k < len(curated):
                names.append((g, curated[k]))
            else:
                parts = self.recipe["name_parts"]
                names.append((g, f"{self.rng.choice(parts['areas'])} "
                                 f"{self.rng.choice(parts['things'])} "
                                 f"{self.rng.choice(parts['verbs'])}"))
        return names

    # -- steps ------------------------------------------------------------------
    def build(self) -> dict[str, int]:
        self.progress("portfolio")
        self.store.set_settings({**self.recipe["portfolio"], "as_of": self.today.isoformat()},
                                source=SOURCE)
        with self.store.write(SOURCE) as tx:
            prog_ids = tx.create_many("programme", [
                ({"name": p["name"], "sro": p["sro"]}, None) for p in self.recipe["programmes"]])
            for role in self.recipe["roles"]:
                self.role_ids[role] = tx.create("role", {"name": role, "target_utilisation": 0.85})
            self._people(tx)
            self._projects(tx, prog_ids)
        self.progress("raid")
        # Registers exist before the history, so past packs and "since last pack" see them.
        with self.store.write(SOURCE) as tx:
            registers.raid(self, tx)
            registers.changes(self, tx)
            registers.lessons(self, tx)
        with self.store.write(SOURCE) as tx:
            demo_strategy.build(self, tx)
        self.progress("history")
        for k, as_of in enumerate(self.checkpoints):
            self._status(k, as_of)
            close_period(self.store, as_of, source=SOURCE)
        self._status(PERIODS, self.today)
        self._late_changes()
        return self.store.counts()

    def _late_changes(self) -> None:
        """Movement since the last pack: a few risks escalate, some close, one is new."""
        rng = self.rng
        risks = self.store.rows("risk", "status = 'open'")
        with self.store.write(SOURCE) as tx:
            for risk in rng.sample(risks, k=min(len(risks), max(3, len(risks) // 12))):
                if rng.random() < 0.5:
                    tx.update("risk", risk["id"], {
                        "probability": min(5, (risk["probability"] or 1) + 1),
                        "trend": "increasing"})
                else:
                    tx.update("risk", risk["id"], {
                        "status": "closed", "closed_date": self.today.isoformat()})

    def _people(self, tx: Any) -> None:
        rng = self.rng
        count = max(60, int(self.n * 1.5))
        seen: set[str] = set()
        roles = self.recipe["roles"]
        first = month_add(self.today, -PERIODS)
        # capacity through the Resources view's default window (this month and the next 11)
        months = months_between(first, month_add(self.today, 11))
        full = {m: monthly_capacity_hours(m, 7.5, 1.0) for m in months}
        for i in range(count):
            name = self.person()
            while name in seen:
                name = f"{self.person()}" if len(seen) < 1000 else f"{self.person()} {i}"
            seen.add(name)
            role = roles[i % len(roles)]
            fte = rng.choice([1.0, 1.0, 1.0, 0.8, 0.6])
            email = name.lower().replace(" ", ".").replace("'", "") + "@northwind.example"
            rid = tx.create("resource", {
                "name": name, "email": email, "role_id": self.role_ids[role],
                "team": self.recipe["teams"][i % len(self.recipe["teams"])], "fte": fte,
                "hours_per_day": 7.5, "cost_rate": float(rng.choice([450, 550, 650, 750, 900])),
            })
            self.people.append((rid, role))
            self.capacity[rid] = 7.5 * 21 * fte
            tx.create_many("capacity", [
                ({"resource_id": rid, "period": m, "hours": round(full[m] * fte, 1)}, None)
                for m in months])

    def _projects(self, tx: Any, prog_ids: list[int]) -> None:
        rng = self.rng
        progs = self.recipe["programmes"]
        counters = [100] * len(progs)
        tasks: list[tuple[dict[str, Any], None]] = []
        for g, name in self._project_names():
            counters[g] += 1
            code = f"{progs[g]['prefix']}-{counters[g]}"
            start = self.today - timedelta(days=rng.randint(20, 400))
            finish = start + timedelta(days=rng.randint(330, 900))
            bac = float(round(rng.lognormvariate(13.6, 0.7), -3))
            trouble = rng.choices([0.0, 1.0, 2.0], [0.6, 0.28, 0.12])[0]
            health, h = [], max(0.0, trouble * 0.8 - rng.random() * 0.6)
            for _ in range(PERIODS + 1):
                h = min(2.4, max(0.0, h + rng.uniform(-0.4, 0.4) + 0.05 * trouble))
                health.append(h)
            state = rng.choices(["active", "on_hold", "proposed"], [0.9, 0.05, 0.05])[0]
            pid = tx.create("project", {
                "code": code, "name": name, "programme_id": prog_ids[g],
                "sponsor": self.person(), "manager": self.person(),
                "priority": rng.choice(enums.PRIORITIES), "tier": rng.choice([1, 2, 2, 3]),
                "state": state, "start_baseline": start.isoformat(),
                "finish_baseline": finish.isoformat(), "start_forecast": start.isoformat(),
                "finish_forecast": finish.isoformat(), "start_actual": start.isoformat(),
                "bac": bac, "tolerance_cost_pct": 10.0, "tolerance_time_days": 14,
                "description": f"{name} for the {progs[g]['name']} programme.",
            })
            plan = ProjectPlan(pid, code, name, start, finish, bac, health,
                         1.0 + 0.055 * trouble + rng.uniform(-0.04, 0.03),
                         months_between(start, finish))
            self.plans.append(plan)
            tx.create("baseline", {"project_id": pid, "version": 0,
                                   "effective_date": start.isoformat(), "bac": bac,
                                   "finish_date": finish.isoformat(),
                                   "approved_by": "Investment Committee",
                                   "reason": "Full business case approved"})
            self._finance(tx, plan)
            milestones = self._milestones(tx, plan, trouble)
            self._allocations(tx, plan)
            if self.plan_maker is not None:
                tasks += [(row, None) for row in self.plan_maker.rows(PlanInput(
                    pid, start, finish, health[PERIODS], milestones))]
        if tasks:  # in one go: 10,000 projects' plans in seconds
            tx.create_many("task", tasks)

    def _finance(self, tx: Any, p: ProjectPlan) -> None:
        n = len(p.months)
        weights = [1.0 + 1.5 * (1 - abs(2 * (i + 0.5) / n - 1)) for i in range(n)]
        total = sum(weights)
        now = self.today.strftime("%Y-%m")
        rows: list[tuple[dict[str, Any], None]] = []
        for month, w in zip(p.months, weights):
            planned = round(p.bac * w / total, 2)
            past = month < now
            noise = self.rng.uniform(0.9, 1.12)
            rows.append(({
                "project_id": p.pid, "period": month, "planned": planned,
                "actual": round(planned * p.cost_factor * noise, 2) if past else None,
                "forecast": round(planned * p.cost_factor, 2) if not past else None,
            }, None))
        tx.create_many("financial", rows)
        p.eac = round(sum((r["actual"] or 0.0) + (r["forecast"] or 0.0) for r, _ in rows), -3)

    def _milestones(self, tx: Any, p: ProjectPlan, trouble: float) -> list[dict[str, Any]]:
        names = self.recipe["milestones"]
        count = min(len(names), 4 + self.rng.randint(0, 3))
        chosen = [names[int(i * (len(names) - 1) / (count - 1))] for i in range(count)]
        span = (p.finish - p.start).days
        rows = []
        for i, name in enumerate(chosen):
            base = p.start + timedelta(days=int(span * (i + 1) / count))
            slip = int(max(0.0, self.rng.gauss(trouble * 12, 8)))
            forecast = base + timedelta(days=slip)
            actual = None
            if forecast < self.today:
                missed = trouble >= 2 and self.rng.random() < 0.35
                actual = None if missed else forecast
            critical = name in ("Go-live", "User acceptance complete", "Build complete")
            rows.append(({
                "project_id": p.pid, "name": name, "ref": f"M{i + 1:02d}",
                "critical": 1 if critical else 0, "baseline_date": base.isoformat(),
                "forecast_date": forecast.isoformat(),
                "actual_date": actual.isoformat() if actual else None,
                "owner": self.person(),
            }, None))
        tx.create_many("milestone", rows)
        return [values for values, _ in rows]

    def _allocations(self, tx: Any, p: ProjectPlan) -> None:
        """Book 2–4 people, preferring the least loaded; a few people are over-booked."""
        first = month_add(self.today, -PERIODS).strftime("%Y-%m")
        last = month_add(self.today, 6).strftime("%Y-%m")
        months = [m for m in p.months if first <= m <= last]
        if not self.load:
            self.load = {rid: 0.0 for rid, _ in self.people}
            self.hot = {rid for rid, _ in self.rng.sample(self.people, k=min(6, len(self.people)))}
        pool = self.rng.sample(self.people, k=min(len(self.people), 10))
        pool.sort(key=lambda person: self.load[person[0]])
        rows = []
        for rid, role in pool[: self.rng.randint(2, 4)]:
            room = (1.3 if rid in self.hot else 0.9) * self.capacity[rid] - self.load[rid]
            hours = min(float(self.rng.choice([20, 30, 40, 50, 60, 75])), room)
            if hours < 10:
                continue
            self.load[rid] += hours
            for m in months:
                rows.append(({
                    "resource_id": rid, "project_id": p.pid, "period": m,
                    "hours": float(round(hours + self.rng.choice([0, 0, 5, -5]))),
                    "booking": "committed" if self.rng.random() < 0.85 else "proposed",
                    "role_id": self.role_ids[role],
                }, None))
        tx.create_many("allocation", rows)

    def _status(self, k: int, as_of: date) -> None:
        """Write every project's reported status as it stood at checkpoint ``k``."""
        rng = self.rng
        with self.store.write(SOURCE) as tx:
            for p in self.plans:
                if as_of < p.start:
                    continue
                h = p.health[k]
                level = 0 if h < 0.8 else 1 if h < 1.6 else 2
                dims: dict[str, str] = {}
                for dim in ("schedule", "cost", "scope", "risk", "resource", "benefits"):
                    lead = dim in ("schedule", "cost", "risk")
                    d = level - (0 if lead else 1) + (1 if rng.random() < 0.06 else 0)
                    d -= 1 if lead and rng.random() < 0.25 else 0
                    dims[dim] = enums.RAG_VALUES[min(2, max(0, d))]
                overall = max(dims.values(), key=enums.RAG_VALUES.index)
                if level == 2 and rng.random() < 0.15:
                    overall = "green"  # a false green for the data-quality checks
                elapsed = max(0.0, min(1.0, (as_of - p.start).days / max(1, (p.finish - p.start).days)))
                pct = round(max(0.0, min(1.0, elapsed * (1.05 - 0.12 * h))), 2)
                slip = finish_slip_days(h)
                forecast = p.finish + timedelta(days=slip)
                stale = k == PERIODS and rng.random() < 0.1
                status_day = as_of - timedelta(days=rng.randint(40, 80) if stale else rng.randint(0, 6))
                rag_name = enums.RAG_VALUES[level]
                # Teams rewrite the summary when the picture changes, not every month.
                summaries = self.recipe["summaries"][rag_name]
                text = summaries[(p.pid + level) % len(summaries)].format(ms="the next milestone")
                text = text[:1].upper() + text[1:]
                values: dict[str, Any] = {
                    "rag_overall": overall, **{f"rag_{d}": v for d, v in dims.items()},
                    "pct_complete": pct, "finish_forecast": forecast.isoformat(),
                    "status_date": max(p.start, status_day).isoformat(), "summary": text,
                    "next_steps": self.recipe["actions"][(p.pid + level) % len(self.recipe["actions"])] + ".",
                    "stage": _stage(elapsed), "eac": p.eac,
                    "rag_justification": None if level == 0 else
                    "Recovery plan agreed with the sponsor." if level == 1 else
                    "Exception report to follow; tolerance forecast to be breached.",
                }
                if elapsed >= 1.0:
                    values.update(state="completed", pct_complete=1.0,
                                  finish_actual=min(forecast, as_of).isoformat())
                tx.update("project", p.pid, values)


def _stage(elapsed: float) -> str:
    if elapsed < 0.1:
        return "initiation"
    if elapsed < 0.25:
        return "planning"
    if elapsed < 0.95:
        return "delivery"
    return "closing" if elapsed < 1.0 else "closed"


def build_demo(store: Store, projects: int = 40, seed: int = 7, today: date | None = None,
               progress: Callable[[str], None] | None = None,
               raid_items: int | None = None, plans: bool = True) -> dict[str, int]:
    """Fill an empty store with the demo portfolio; returns the entity counts.

    ``plans``: give about three projects in five a plan of tasks (``demo_plans``);
    without them every other record is the same.

    ``raid_items``: exactly this many RAID items in all (spread over the projects and
    the six types) instead of the usual few per project."""
    if store.counts()["project"]:
        from .db import StoreError

        raise StoreError(f"{store.path} already holds projects; the demo needs an empty portfolio.")
    return DemoBuilder(store, projects, seed, today or date.today(), progress,
                       raid_items, plans).build()
