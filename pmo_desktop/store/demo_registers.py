"""The demo portfolio's registers: RAID items, change requests and lessons.

Drawn from the recipe with the builder's random stream: the same draws in the same
order, so a seed always builds the same portfolio.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain import enums

if TYPE_CHECKING:
    from .demo import DemoBuilder, ProjectPlan


def raid(b: DemoBuilder, tx: Any) -> None:
    if b.raid_items is not None:
        raid_spread(b, tx, b.raid_items)
        return
    rng = b.rng
    per_project = max(1, round(200 / max(1, len(b.plans)))) if len(b.plans) <= 200 else 5
    for p in b.plans:
        counters: dict[str, int] = {}
        for _ in range(rng.randint(max(1, per_project - 2), per_project + 2)):
            kind, values = raid_item(b, p, counters)
            tx.create(kind, values)


def raid_spread(b: DemoBuilder, tx: Any, total: int) -> None:
    """Exactly ``total`` RAID items, spread evenly over the projects (the first ones one
    more), of the six types by the usual weights; written in bulk, one statement a type."""
    n = len(b.plans)
    by_kind: dict[str, list[tuple[dict[str, Any], None]]] = {k: [] for k in enums.RAID_TYPES}
    for i, p in enumerate(b.plans):
        counters: dict[str, int] = {}
        for _ in range(total // n + (1 if i < total % n else 0)):
            kind, values = raid_item(b, p, counters)
            by_kind[kind].append((values, None))
    for kind, rows in by_kind.items():
        if rows:
            tx.create_many(kind, rows)


def raid_item(b: DemoBuilder, p: ProjectPlan, counters: dict[str, int]
              ) -> tuple[str, dict[str, Any]]:
    """One RAID item of project ``p``: its type and values (its ref numbered by type)."""
    rng = b.rng
    kind = rng.choices(enums.RAID_TYPES, [40, 20, 10, 10, 7, 13])[0]
    counters[kind] = counters.get(kind, 0) + 1
    ref = f"{kind[0].upper()}-{counters[kind]:03d}"
    raised = b.today - timedelta(days=rng.randint(5, 200))
    base: dict[str, Any] = {
        "project_id": p.pid, "ref": ref, "owner": b.person() if rng.random() > 0.04 else None,
        "date_raised": raised.isoformat(), "raised_by": b.person(),
    }
    base.update(raid_values(b, kind, p, raised))
    return kind, base

def raid_values(b: DemoBuilder, kind: str, p: ProjectPlan, raised: date) -> dict[str, Any]:
    rng, r = b.rng, b.recipe
    due = (b.today + timedelta(days=rng.randint(-30, 90))).isoformat()
    if kind == "risk":
        title, category, desc = rng.choice(r["risks"])
        prob = rng.choices([1, 2, 3, 4, 5], [15, 30, 30, 18, 7])[0]
        imp = rng.choices([1, 2, 3, 4, 5], [10, 30, 30, 20, 10])[0]
        status = rng.choices(["open", "monitoring", "closed"], [70, 20, 10])[0]
        return {"title": title, "description": desc, "category": category,
                "threat_or_opportunity": "threat" if rng.random() > 0.08 else "opportunity",
                "probability": prob, "impact": imp,
                "residual_probability": max(1, prob - 1), "residual_impact": imp,
                "proximity": rng.choice(enums.PROXIMITIES),
                "response": rng.choice(["reduce", "reduce", "accept", "transfer", "avoid"]),
                "response_actions": "Weekly review with the supplier; contingency held.",
                "status": status, "trend": rng.choice(enums.RISK_TRENDS),
                "review_date": due, "escalation": "board" if prob * imp >= 20 else "none"}
    if kind == "issue":
        title, severity = rng.choice(r["issues"])
        return {"title": title, "severity": severity, "priority": severity,
                "issue_type": "problem_concern",
                "status": rng.choice(["open", "in_progress", "escalated", "resolved"]),
                "due_date": due, "description": f"{title} affecting {p.name}."}
    if kind == "assumption":
        return {"title": rng.choice(r["assumptions"]), "status": rng.choice(enums.ASSUMPTION_STATUSES),
                "validate_by": due, "impact_if_false": "Plan and budget would need revisiting."}
    if kind == "dependency":
        return {"title": rng.choice(r["dependencies"]), "direction": rng.choice(enums.DEPENDENCY_DIRECTIONS),
                "dependency_type": "internal", "need_by_date": due,
                "status": rng.choice(enums.DEPENDENCY_STATUSES[:3])}
    if kind == "decision":
        return {"title": rng.choice(r["decisions"]), "status": rng.choice(["pending", "pending", "approved"]),
                "options": "A: proceed as planned; B: extend by four weeks; C: descope reporting.",
                "rationale": "Protects the go-live date at the lowest cost.", "due_date": due,
                "escalation": "board"}
    return {"title": rng.choice(r["actions"]), "status": rng.choice(["open", "open", "done"]),
            "due_date": due}

def changes(b: DemoBuilder, tx: Any) -> None:
    rng = b.rng
    titles = b.recipe["change_requests"]
    count = max(len(enums.CR_STATUSES) * 2, len(b.plans) * 3 // 5)
    for i in range(count):
        p = b.plans[(i * 7) % len(b.plans)]
        status = enums.CR_STATUSES[i % len(enums.CR_STATUSES)]
        cost = float(round(rng.uniform(-0.02, 0.12) * p.bac, -3))
        decided = status in enums.CR_DECIDED_STATUSES or status in ("implemented", "closed")
        ref = f"CR-{i + 1:03d}"
        tx.create("change_request", {
            "project_id": p.pid, "ref": ref, "title": titles[i % len(titles)],
            "description": f"{titles[i % len(titles)]} for {p.name}.",
            "cr_type": rng.choice(enums.CR_TYPES), "requester": b.person(),
            "date_raised": (b.today - timedelta(days=rng.randint(10, 120))).isoformat(),
            "impact_cost": cost, "impact_schedule_days": rng.choice([0, 5, 10, 20, 30]),
            "priority": rng.choice(enums.PRIORITIES), "status": status,
            "authority_level": "project_board" if abs(cost) > 50000 else "change_authority",
            "recommendation": "Approve" if cost < 0.08 * p.bac else "Defer to next stage",
            "decision_date": (b.today - timedelta(days=rng.randint(1, 30))).isoformat()
            if decided else None,
            "approver": "Portfolio Board" if decided else None,
        })
        if status in ("approved", "implemented", "closed") and cost > 0:
            tx.create("baseline", {
                "project_id": p.pid, "version": i + 1,
                "effective_date": b.today.isoformat(), "bac": p.bac + cost,
                "approved_by": "Portfolio Board", "reason": titles[i % len(titles)],
                "source_cr": ref})

def lessons(b: DemoBuilder, tx: Any) -> None:
    lessons = b.recipe["lessons"]
    for i in range(max(15, len(b.plans) // 3)):
        p = b.plans[(i * 3) % len(b.plans)]
        title, event, rec = lessons[i % len(lessons)]
        tx.create("lesson", {
            "project_id": p.pid, "ref": f"L-{i + 1:03d}", "title": title, "event": event,
            "recommendations": rec, "lesson_type": b.rng.choice(enums.LESSON_TYPES),
            "effect_type": "to_improve",  # (the recipe's lessons are each from a problem)
            "date_logged": (b.today - timedelta(days=b.rng.randint(5, 300))).isoformat(),
            "logged_by": b.person(), "status": "open"})
