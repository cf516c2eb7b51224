"""The pack's strategy and governance pages (issue 17): "Portfolio balance and
priorities" (objectives coverage, the ranked candidates, the efficient frontier, the
recommended selection), "Benefits" (realised against target, §7.2) and the stage-gate
decisions due, shown under "Decisions and asks of the board".

The recommended selection is the best the current envelope buys when proposals compete
with the unfinished projects: the envelope is what those projects cost (forecast, else
budget), so the page says which proposals would earn a place and which projects would
lose theirs if the portfolio were chosen again today.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.platypus import Flowable, Spacer

from pmo_desktop.domain.enums import label
from pmo_desktop.domain.governance import gate_label, realised_pct
from pmo_desktop.domain.money import format_money
from pmo_desktop.domain.priorities import objective_lines, prioritise

from .context import Ctx
from .flow import Col, empty, heading, para, section_title, table
from .parts import day_text
from .theme import ACCENT, BOLD, INK, MUTED, RULE, SANS, esc

GATE_LOOKAHEAD_DAYS = 60  # gates planned this far ahead are "due" in the pack
RANKED_SHOWN = 15
_NOT_KEPT = ("Not shown for a closed period: objectives, priorities, gates and benefits "
             "are printed in a pack of the portfolio as it stands.")


def _frontier_chart(points: list[tuple[float, float]], budget: float,
                    chosen: tuple[float, float], currency: str, width: float) -> Drawing:
    height = 150.0
    left, bottom, top, right = 46.0, 22.0, 16.0, 20.0
    d = Drawing(width, height)
    d.add(String(left, height - 11, "Efficient frontier: the best total score each budget "
                 "buys; the dot is the recommended selection", fontName=BOLD,
                 fontSize=8, fillColor=INK))
    max_b = max([b for b, _v in points] + [budget, 1.0])
    max_v = max([v for _b, v in points] + [1.0])
    span_w, span_h = width - left - right, height - bottom - top - 4

    def xy(b: float, v: float) -> tuple[float, float]:
        return left + span_w * b / max_b, bottom + span_h * v / max_v

    d.add(Line(left, bottom, left + span_w, bottom, strokeColor=RULE))
    d.add(Line(left, bottom, left, bottom + span_h, strokeColor=RULE))
    for frac in (0.0, 0.5, 1.0):
        x, y = xy(max_b * frac, max_v * frac)
        d.add(String(x, 8, format_money(max_b * frac, currency, compact=True), fontName=SANS,
                     fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
        d.add(String(left - 4, y - 2, f"{max_v * frac:,.0f}", fontName=SANS, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))
    steps: list[float] = []
    last = 0.0
    for b, v in sorted(points):
        steps += [*xy(b, last), *xy(b, v)]
        last = v
    steps += [*xy(max_b, last)]
    d.add(PolyLine(steps, strokeColor=ACCENT, strokeWidth=1.4))
    bx, _ = xy(budget, 0)
    d.add(Line(bx, bottom, bx, bottom + span_h, strokeColor=MUTED, strokeDashArray=[3, 2]))
    d.add(String(bx + 3, bottom + span_h - 8, "envelope", fontName=SANS, fontSize=6.5,
                 fillColor=MUTED))
    cx, cy = xy(*chosen)
    d.add(Circle(cx, cy, 3.4, fillColor=colour_dot(), strokeColor=INK, strokeWidth=0.6))
    return d


def colour_dot() -> Any:
    from reportlab.lib import colors

    return colors.HexColor("#F2C14E")


def priorities(ctx: Ctx) -> list[Flowable]:
    data = ctx.data.strategy
    title = "Portfolio balance and priorities"
    if data is None:
        return section_title(title) + [empty(_NOT_KEPT)]
    if not data.objectives and not data.criteria:
        return section_title(title) + [empty(
            "No objectives or scoring criteria have been set for this portfolio.")]
    lines = objective_lines(data)
    unserved = [line for line in lines if line.unserved]
    envelope = sum(i.cost for i in data.projects)
    result = prioritise(data, envelope, include_proposals=True, frontier_steps=40)
    chosen = set(result["selected"])
    lead = (f"{len(lines)} objectives; "
            + (f"<b>{len(unserved)} served by nothing</b>. " if unserved
               else "each served by at least one project or proposal. ")
            + f"Candidates are ranked by the scoring model ({len(data.criteria)} criteria, "
            "0–100). The recommended selection is the best the current envelope of "
            f"{esc(ctx.money(envelope))} buys when proposals compete with the unfinished "
            "projects (exact, not greedy).")
    out = section_title(title, lead)
    out.append(heading("Objectives and what serves them"))
    rows = [[para(f"{o.code} {o.name}", "cell_bold"), para(o.owner or "—"),
             "—" if o.weight is None else f"{o.weight:.0%}",
             str(len(o.projects)) if o.projects else ("none" if o.unserved else "0"),
             str(len(o.proposals)), ctx.money(o.budget),
             f"{o.rag['red']} R · {o.rag['amber']} A · {o.rag['green']} G"
             if o.projects else "—"] for o in lines]
    out.append(table([Col("Objective", 3.4, wrap=True), Col("Owner", 2.0, wrap=True),
                      Col("Weight", 0.8, "RIGHT"), Col("Projects", 0.9, "RIGHT"),
                      Col("Proposals", 1.0, "RIGHT"), Col("Budget", 1.1, "RIGHT"),
                      Col("RAG of projects", 1.6)], rows, ctx.width))
    kinds = {i.code: i.kind for i in data.candidates(True)}
    out.append(heading(f"Ranked candidates (top {RANKED_SHOWN} of "
                       f"{len(result['candidates'])})"))
    ranked = [[str(n), c["code"], para(c["name"]), label(kinds.get(c["code"], "")),
               f"{c['score']:.1f}", ctx.money(c["cost"]),
               "Selected" if c["code"] in chosen else "—"]
              for n, c in enumerate(result["candidates"][:RANKED_SHOWN], 1)]
    out.append(table([Col("Rank", 0.6, "RIGHT"), Col("Code", 1.1), Col("Name", 3.6, wrap=True),
                      Col("Kind", 1.0), Col("Score", 0.8, "RIGHT"), Col("Cost", 1.1, "RIGHT"),
                      Col("Recommended", 1.2)], ranked, ctx.width))
    out.append(Spacer(1, 6))
    out.append(_frontier_chart([(p["budget"], p["total_score"]) for p in result["frontier"]],
                               result["budget"], (result["total_cost"], result["total_score"]),
                               ctx.data.currency, ctx.width))
    fund = [c for c in result["candidates"] if kinds.get(c["code"]) == "proposal"
            and c["code"] in chosen]
    drop = [c for c in result["candidates"] if kinds.get(c["code"]) == "project"
            and c["code"] not in chosen]
    out.append(heading("Recommended selection"))
    out.append(para(
        f"{len(chosen)} of {len(result['candidates'])} candidates, total score "
        f"{result['total_score']:,.1f} for {ctx.money(result['total_cost'])}. "
        f"Proposals that earn a place: {', '.join(c['code'] for c in fund) or 'none'}. "
        f"Projects that would not be chosen again today (review at their next gate): "
        f"{', '.join(c['code'] for c in drop) or 'none'}.", "body"))
    return out


def benefits(ctx: Ctx) -> list[Flowable]:
    rows_in = ctx.data.benefits
    if ctx.data.strategy is None:
        return section_title("Benefits") + [empty(_NOT_KEPT)]
    if not rows_in:
        return section_title("Benefits") + [empty("No benefits have been registered.")]
    actuals: dict[str, tuple[str, float]] = {}
    for a in ctx.data.benefit_actuals:  # ordered by date: the last one wins
        if a["value"] is not None:
            actuals[a["benefit"]] = (a["actual_date"], float(a["value"]))
    statuses: dict[str, int] = {}
    rows = []
    for b in rows_in:
        statuses[b["status"] or "planned"] = statuses.get(b["status"] or "planned", 0) + 1
        latest = actuals.get(b["ref"])
        pct = realised_pct(b["baseline_value"], b["target_value"],
                           latest[1] if latest else None)
        rows.append([b["ref"], para(b["title"], "cell_bold"), para(b["owner"] or "No owner"),
                     para(b["measure"] or "—"), _num(b["baseline_value"]),
                     _num(b["target_value"]),
                     f"{_num(latest[1])} ({day_text(latest[0])})" if latest else "—",
                     "—" if pct is None else f"{pct:.0%}", label(b["status"] or "planned"),
                     para(b["linked_projects"] or "—")])
    lead = (f"{len(rows_in)} benefits: " + ", ".join(
        f"{n} {label(s).lower()}" for s, n in sorted(statuses.items()))
        + ". Realised % = (latest actual − baseline) / (target − baseline), so a measure "
        "meant to fall reads the same way as one meant to rise.")
    out = section_title("Benefits", lead)
    out.append(table([Col("Ref", 0.9), Col("Benefit", 2.6, wrap=True),
                      Col("Owner", 1.7, wrap=True), Col("Measure", 1.7, wrap=True),
                      Col("Baseline", 1.05, "RIGHT"), Col("Target", 0.9, "RIGHT"),
                      Col("Latest actual", 1.6, "RIGHT"), Col("Realised", 1.0, "RIGHT"),
                      Col("Status", 1.0), Col("Projects", 1.3, wrap=True)], rows, ctx.width))
    return out


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


def gates_due(ctx: Ctx) -> list[dict[str, Any]]:
    """Gates without a decision planned by the as-of date plus ``GATE_LOOKAHEAD_DAYS``
    (the overdue ones too), soonest first."""
    until = (ctx.data.as_of + timedelta(days=GATE_LOOKAHEAD_DAYS)).isoformat()
    return [g for g in ctx.data.gates
            if not g.get("decision") and g.get("planned_date")
            and g["planned_date"] <= until]


def gate_decisions(ctx: Ctx) -> list[Flowable]:
    """The "Stage gate decisions due" part of "Decisions and asks of the board"."""
    due = gates_due(ctx)
    out: list[Flowable] = [heading("Stage gate decisions due")]
    if ctx.data.strategy is None:
        out.append(empty(_NOT_KEPT))
        return out
    if not due:
        out.append(empty(f"No stage gate is due in the next {GATE_LOOKAHEAD_DAYS} days."))
        return out
    today = ctx.data.as_of
    rows = [[g["project_code"], para(g["project_name"] or ""),
             para(gate_label(g["gate_code"], ctx.data.gate_names)),
             day_text(g["planned_date"]),
             _when(date.fromisoformat(g["planned_date"]), today)] for g in due]
    out.append(table([Col("Project", 1.2), Col("Name", 3.0, wrap=True),
                      Col("Gate", 2.0, wrap=True),
                      Col("Planned", 1.3), Col("Due", 1.6)], rows, ctx.width))
    return out


def _when(day: date, today: date) -> str:
    gap = (day - today).days
    if gap < 0:
        return f"{-gap} days overdue"
    return "today" if gap == 0 else f"in {gap} days"
