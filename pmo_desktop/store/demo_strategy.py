"""The demo portfolio's strategy, demand and governance (issue 17): Northwind Group's
objectives and what serves them, the scoring model and every project's scores, an intake
pipeline of proposals, stage gates, benefits with their measured actuals, stakeholders.

Drawn from a random stream of its own (the seed + 17), so the rest of the demo is the
same with or without it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .demo import DemoBuilder

OBJECTIVES = [
    ("OBJ-1", "Grow digital self-service", "Chief Digital Officer", 0.25,
     "Two in three customer journeys completed online, end to end, by 2028."),
    ("OBJ-2", "Cut the cost to serve by 15 %", "Chief Financial Officer", 0.20,
     "Run-rate operating cost per customer 15 % below FY2025 by March 2028."),
    ("OBJ-3", "Stay compliant and operationally resilient", "Chief Risk Officer", 0.25,
     "Meet every regulatory deadline; important business services within impact "
     "tolerance."),
    ("OBJ-4", "Modernise core technology", "Chief Information Officer", 0.15,
     "Retire end-of-life platforms and the second data centre."),
    ("OBJ-5", "Be a great place to work", "Chief People Officer", 0.05,
     "Engagement score above 75 and regretted attrition below 8 %."),
    ("OBJ-6", "Net zero operations by 2030", "Head of Sustainability", 0.10,
     "Scope 1 and 2 emissions net zero; supplier emissions measured."),
]
# Programme (by its place in the recipe) → the objectives its projects serve, and how.
SERVES = [
    [("OBJ-1", "extreme"), ("OBJ-2", "moderate")],  # Digital Customer Experience
    [("OBJ-2", "strong"), ("OBJ-3", "low")],  # Finance Transformation
    [("OBJ-4", "extreme"), ("OBJ-2", "low"), ("OBJ-3", "moderate")],  # Infrastructure
    [("OBJ-3", "extreme")],  # Regulatory & Compliance
    [("OBJ-5", "strong"), ("OBJ-2", "low")],  # People & Workplace
]
CRITERIA = [
    ("Strategic alignment", 0.30, "higher_is_better",
     ["Supports no stated objective", "Supports one objective weakly",
      "Supports one objective clearly", "Supports two or more objectives",
      "Essential to a board-level objective"]),
    ("Financial return", 0.25, "higher_is_better",
     ["NPV negative", "NPV under £250k or payback over 5 years",
      "NPV £250k–£1m, payback 3–5 years", "NPV £1m–£5m, payback 2–3 years",
      "NPV over £5m, payback under 2 years"]),
    ("Delivery risk", 0.15, "reverse",
     ["Proven approach, experienced team", "Minor unknowns", "Some new technology or supplier",
      "Several critical dependencies", "Unproven technology, many dependencies"]),
    ("Urgency and regulation", 0.20, "higher_is_better",
     ["Can wait two years", "Can wait a year", "Needed within a year",
      "Needed within six months", "Regulatory deadline or service at risk"]),
    ("Feasibility", 0.10, "higher_is_better",
     ["Needs skills we lack", "Needs much hiring", "Needs some contractors",
      "Mostly in-house skills", "Fully within current capacity"]),
]
# Programme → the criteria scores its projects lean to (the draws vary around these).
LEAN = [(4, 4, 3, 3, 3), (3, 4, 2, 3, 4), (4, 3, 3, 3, 3), (5, 2, 3, 5, 3), (3, 2, 2, 2, 4)]

PROPOSALS: list[dict[str, Any]] = [
    dict(code="PRO-001", name="Open Banking API Gateway", sponsor="Priya Raman",
         department="Digital", status="submitted", cost=850_000,
         effort="Software Developer=2400; Solution Architect=400; Test Analyst=600",
         serves=[("OBJ-1", "strong"), ("OBJ-4", "moderate")], scores=(4, 4, 3, 3, 3),
         benefits="New partner channels; £1.1m a year in API revenue by year three."),
    dict(code="PRO-002", name="AI Assistant for the Contact Centre", sponsor="Priya Raman",
         department="Customer Operations", status="assessed", cost=1_200_000,
         effort="Data Engineer=1200; Software Developer=1600; Change Manager=500",
         serves=[("OBJ-1", "strong"), ("OBJ-2", "strong")], scores=(5, 4, 4, 3, 2),
         benefits="25 % of calls contained; £900k a year lower handling cost."),
    dict(code="PRO-003", name="Robotic Invoice Matching", sponsor="Martin O'Connor",
         department="Finance", status="approved", cost=320_000,
         effort="Business Analyst=300; Software Developer=500",
         serves=[("OBJ-2", "strong")], scores=(3, 5, 2, 3, 5),
         benefits="Three FTE redeployed; invoices paid in 10 days, not 24."),
    dict(code="PRO-004", name="Cloud Cost Management (FinOps)", sponsor="Helen Schäfer",
         department="Technology", status="assessed", cost=180_000,
         effort="Infrastructure Engineer=400; Data Engineer=200",
         serves=[("OBJ-2", "moderate"), ("OBJ-6", "low")], scores=(3, 5, 1, 3, 5),
         benefits="12 % lower cloud spend within a year."),
    dict(code="PRO-005", name="Customer Data Platform", sponsor="Priya Raman",
         department="Marketing", status="submitted", cost=1_600_000,
         effort="Data Engineer=2000; Solution Architect=500; Security Analyst=300",
         serves=[("OBJ-1", "moderate")], scores=(3, 3, 4, 2, 2),
         benefits="One view of the customer; 3 % uplift in cross-sell."),
    dict(code="PRO-006", name="Branch Estate Rationalisation", sponsor="Aoife Gallagher",
         department="Property", status="idea", cost=2_400_000, effort="",
         serves=[("OBJ-2", "moderate"), ("OBJ-6", "moderate")], scores=(),
         benefits="Eleven leases exited; £1.8m a year saved."),
    dict(code="PRO-007", name="Cyber Security Operations Centre", sponsor="Dr. Samuel Okafor",
         department="Risk", status="approved", cost=950_000,
         effort="Security Analyst=1800; Infrastructure Engineer=600",
         serves=[("OBJ-3", "extreme"), ("OBJ-4", "low")], scores=(5, 2, 3, 5, 3),
         benefits="Mean time to detect under one hour; cyber insurance premium held."),
    dict(code="PRO-008", name="Staff Recognition App", sponsor="Aoife Gallagher",
         department="People", status="rejected", cost=120_000,
         effort="Software Developer=300; UX Designer=150",
         serves=[("OBJ-5", "low")], scores=(2, 1, 2, 1, 4),
         benefits="Engagement +2 points (unproven)."),
    dict(code="PRO-009", name="Mainframe Batch Offload", sponsor="Helen Schäfer",
         department="Technology", status="deferred", cost=2_100_000,
         effort="Software Developer=3200; Test Analyst=1200; Solution Architect=400",
         serves=[("OBJ-4", "strong"), ("OBJ-2", "moderate")], scores=(4, 3, 5, 2, 2),
         benefits="MIPS cost down 30 %; licence renewal avoided in 2029."),
    dict(code="PRO-010", name="Digital Identity Verification", sponsor="Dr. Samuel Okafor",
         department="Risk", status="assessed", cost=410_000,
         effort="Software Developer=600; Business Analyst=200; Security Analyst=200",
         serves=[("OBJ-1", "moderate"), ("OBJ-3", "strong")], scores=(4, 3, 2, 4, 4),
         benefits="Onboarding in minutes; fraud losses down £300k a year."),
    dict(code="PRO-011", name="Payment Screening Automation", sponsor="Dr. Samuel Okafor",
         department="Compliance", status="submitted", cost=600_000,
         effort="Business Analyst=400; Software Developer=700; Test Analyst=400",
         serves=[("OBJ-3", "extreme")], scores=(4, 1, 3, 5, 3),
         benefits="Regulatory finding closed; false positives down 40 %."),
    dict(code="PRO-012", name="Lakehouse Analytics Platform", sponsor="Martin O'Connor",
         department="Data", status="idea", cost=1_100_000, effort="",
         serves=[("OBJ-4", "moderate")], scores=(),
         benefits="Month-end reporting two days faster."),
]

# (title, owner, measure, baseline, target, type, programme index, objective, status)
BENEFITS = [
    ("Self-service share of customer journeys", "Chief Digital Officer",
     "% of journeys completed online", 41.0, 66.0, "quantifiable_non_financial", 0, "OBJ-1"),
    ("Lower contact-centre handling cost", "Director of Customer Operations",
     "£ cost per contact", 6.40, 4.80, "cash_releasing", 0, "OBJ-2"),
    ("Faster month-end close", "Group Financial Controller",
     "working days to close", 9.0, 5.0, "non_cash_releasing", 1, "OBJ-2"),
    ("Procurement savings", "Chief Procurement Officer",
     "£k saved a year", 0.0, 2_400.0, "cash_releasing", 1, "OBJ-2"),
    ("Second data centre exited", "Chief Information Officer",
     "£k run cost a year", 3_100.0, 900.0, "cash_releasing", 2, "OBJ-4"),
    ("Fewer priority-1 incidents", "Head of IT Operations",
     "P1 incidents a quarter", 14.0, 4.0, "quantifiable_non_financial", 2, "OBJ-3"),
    ("Consumer Duty outcomes evidenced", "Chief Risk Officer",
     "% of products with outcome testing", 20.0, 100.0, "qualitative", 3, "OBJ-3"),
    ("Faster suspicious-activity review", "Money Laundering Reporting Officer",
     "days to close an alert", 12.0, 3.0, "non_cash_releasing", 3, "OBJ-3"),
    ("Staff engagement", "Chief People Officer",
     "engagement index", 68.0, 75.0, "quantifiable_non_financial", 4, "OBJ-5"),
    ("Payroll run cost", "HR Operations Director",
     "£ per payslip", 7.90, 5.50, "cash_releasing", 4, "OBJ-2"),
]

STAKEHOLDERS = [
    ("Eleanor Whitcombe", "Northwind Group plc", "Group Chief Executive", "internal", 5, 3,
     "supportive", "leading", "Portfolio sponsor; chairs the Investment Committee",
     "Monthly one-to-one"),
    ("Financial Conduct Authority", "FCA", "Supervisor", "external", 5, 4, "neutral",
     "supportive", "Regulator for Consumer Duty and operational resilience",
     "Quarterly supervisory meeting"),
    ("Martin O'Connor", "Northwind Group plc", "Chief Financial Officer", "internal", 5, 5,
     "supportive", "leading", "Holds the change budget; SRO Finance Transformation",
     "Weekly"),
    ("Works Council", "Northwind Group plc", "Employee representatives", "internal", 3, 5,
     "resistant", "neutral", "Must be consulted on the branch and office changes",
     "Monthly forum"),
    ("Helen Schäfer", "Northwind Group plc", "Chief Information Officer", "internal", 4, 5,
     "leading", "leading", "SRO Infrastructure Modernisation", "Weekly"),
    ("Internal Audit", "Northwind Group plc", "Head of Internal Audit", "internal", 4, 2,
     "neutral", "supportive", "Reviews gate evidence and benefits claims", "Quarterly"),
    ("Branch managers", "Retail network", "Regional branch managers", "internal", 2, 5,
     "resistant", "supportive", "Front line of the self-service shift", "Fortnightly call"),
    ("Atlas Cloud Services", "Atlas Cloud Services Ltd", "Strategic supplier", "external", 3,
     3, "supportive", "supportive", "Hosting partner for the data-centre exit", "Monthly QBR"),
    ("Customer Panel", "Northwind customers", "Customer representatives", "external", 1, 4,
     "neutral", "supportive", "Tests new digital journeys", "Each release"),
    ("Trade union (Unite)", "Unite", "Branch officers", "external", 3, 4, "resistant",
     "neutral", "Consulted on payroll outsourcing", "As needed"),
    ("Local councils", "Local authorities", "Planning officers", "external", 1, 1,
     "unaware", "neutral", "Planning consent for office redesign", "As needed"),
]

GATES = (("Gate 1", -75), ("Gate 2", -30), ("Gate 3", 0))  # days from the project's start


def build(b: DemoBuilder, tx: Any) -> None:
    """Write the strategy, demand and governance records of the demo."""
    rng = random.Random(b.rng.getstate()[1][0] + 17)
    today = b.today
    obj_ids = {code: tx.create("objective", {"code": code, "name": name, "owner": owner,
                                             "weight": weight, "description": text})
               for code, name, owner, weight, text in OBJECTIVES}
    crit_ids = []
    for order, (name, weight, direction, rubric) in enumerate(CRITERIA, 1):
        crit_ids.append(tx.create("criterion", {
            "name": name, "weight": weight, "direction": direction, "sort_order": order,
            **{f"rubric_{n}": text for n, text in enumerate(rubric, 1)}}))
    progs = b.recipe["programmes"]
    contributions: list[tuple[dict[str, Any], None]] = []
    scores: list[tuple[dict[str, Any], None]] = []
    gates: list[tuple[dict[str, Any], None]] = []
    for p in b.plans:
        g = next(i for i, prog in enumerate(progs) if p.code.startswith(prog["prefix"] + "-"))
        for code, level in SERVES[g]:
            contributions.append(({"objective_id": obj_ids[code], "item": p.code,
                                   "level": level}, None))
        for cid, lean in zip(crit_ids, LEAN[g]):
            value = min(5, max(1, lean + rng.choice((-1, 0, 0, 0, 1))))
            scores.append(({"criterion_id": cid, "item": p.code, "value": value}, None))
        gates += [(row, None) for row in _gates(rng, p.pid, p.start, p.finish, today)]
    for proposal in PROPOSALS:
        start = today + timedelta(days=rng.randint(45, 200))
        tx.create("proposal", {
            "code": proposal["code"], "name": proposal["name"],
            "sponsor": proposal["sponsor"], "department": proposal["department"],
            "status": proposal["status"], "estimated_cost": float(proposal["cost"]),
            "effort_by_role": proposal["effort"] or None,
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=rng.randint(180, 420))).isoformat(),
            "expected_benefits": proposal["benefits"],
            "submitted_date": None if proposal["status"] == "idea" else
            (today - timedelta(days=rng.randint(20, 120))).isoformat(),
            "decision_date": (today - timedelta(days=rng.randint(1, 15))).isoformat()
            if proposal["status"] in ("approved", "rejected", "deferred") else None,
            "decided_by": "Investment Committee"
            if proposal["status"] in ("approved", "rejected", "deferred") else None,
            "description": f"{proposal['name']}, sponsored by {proposal['sponsor']}.",
        })
        for code, level in proposal["serves"]:
            contributions.append(({"objective_id": obj_ids[code], "item": proposal["code"],
                                   "level": level}, None))
        for cid, value in zip(crit_ids, proposal["scores"]):
            scores.append(({"criterion_id": cid, "item": proposal["code"], "value": value},
                           None))
    tx.create_many("contribution", contributions)
    tx.create_many("score", scores)
    if gates:
        tx.create_many("gate", gates)
    _benefits(b, tx, rng)
    for (name, org, position, side, power, interest, current, desired, role,
         frequency) in STAKEHOLDERS:
        tx.create("stakeholder", {
            "name": name, "organisation": org, "position": position, "side": side,
            "power": power, "interest": interest, "current_engagement": current,
            "desired_engagement": desired, "role_in_project": role, "frequency": frequency,
            "relationship_owner": "Portfolio Director",
            "last_contact": (today - timedelta(days=rng.randint(3, 60))).isoformat()})


def _gates(rng: random.Random, pid: int, start: date, finish: date,
           today: date) -> list[dict[str, Any]]:
    """Gates 1–3 around the start, Gate 4 (readiness for service) a month before the
    finish: those passed with a decision, the next ones planned."""
    planned = [(code, start + timedelta(days=offset)) for code, offset in GATES]
    planned.append(("Gate 4", finish - timedelta(days=30)))
    rows = []
    for code, day in planned:
        row: dict[str, Any] = {"project_id": pid, "gate_code": code,
                               "planned_date": day.isoformat()}
        if day <= today:
            decision = rng.choices(["go", "go_with_conditions", "hold", "recycle"],
                                   [0.7, 0.22, 0.05, 0.03])[0]
            row.update(actual_date=(day + timedelta(days=rng.randint(0, 10))).isoformat(),
                       decision=decision, decided_by="Investment Committee",
                       dca_rating=rng.choice(["green", "amber_green", "amber_green",
                                              "amber"]),
                       review_report_ref=f"GR-{pid:04d}-{code[-1]}")
            if decision == "go_with_conditions":
                row["conditions"] = rng.choice([
                    "Resource plan signed off by the delivery director before mobilising.",
                    "Benefits profile agreed with the business owner within 30 days.",
                    "Supplier contract schedule 4 resolved before build starts."])
        rows.append(row)
    return rows


def _benefits(b: DemoBuilder, tx: Any, rng: random.Random) -> None:
    progs = b.recipe["programmes"]
    today = b.today
    for n, (title, owner, measure, base, target, kind, g, objective) in enumerate(BENEFITS, 1):
        codes = [p.code for p in b.plans if p.code.startswith(progs[g]["prefix"] + "-")][:2]
        start = today - timedelta(days=rng.randint(120, 300))
        progress = rng.choice([0.35, 0.6, 0.9, 1.3, 1.6, -0.05])
        measured = [start + timedelta(days=91 * q) for q in range(1, 5)]
        measured = [day for day in measured if day <= today]
        reached = progress * len(measured) / 4  # the share of the way the last actual is
        status = ("realised" if reached >= 1 else "at_risk" if reached < 0.15
                  else "on_track" if reached >= 0.25 else "planned")
        bid = tx.create("benefit", {
            "ref": f"BEN-{n:03d}", "title": title, "owner": owner, "measure": measure,
            "benefit_type": kind, "category": objective, "objective": objective,
            "baseline_value": base, "baseline_date": start.isoformat(),
            "target_value": target,
            "target_date": (start + timedelta(days=rng.randint(500, 900))).isoformat(),
            "threshold": base + (target - base) * 0.6, "linked_projects": "; ".join(codes),
            "realisation_start": start.isoformat(), "frequency": "quarterly",
            "measurement_method": "Management information pack", "status": status,
        })
        for q, day in enumerate(measured, 1):
            value = base + (target - base) * progress * q / 4
            tx.create("benefit_actual", {"benefit_id": bid, "actual_date": day.isoformat(),
                                         "value": round(value, 2)})
