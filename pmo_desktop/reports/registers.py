"""The registers' sections of the pack: top risks and issues, resource hotspots, what
changed since the last pack, and data quality."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pmo_desktop.domain.capacity import util_band
from pmo_desktop.domain.enums import label
from pmo_desktop.domain.rag import Rag, Trend
from pmo_desktop.store.checks import CHECK_TITLES, SEVERITIES, summarise
from pmo_desktop.store.pack_data import RaidRow, lookahead_months, parse_day

from .charts import risk_heatmap
from .context import Ctx
from .flow import Col, Fill, RagCell, block, empty, heading, note, para, section_title, table
from .model import long_date, plural
from .parts import LIST_LIMIT, day_text, days_text, more, severity_cell
from .theme import esc, hex_colour


# -- risks and issues -----------------------------------------------------------------------------
def risks(ctx: Ctx) -> list[Flowable]:
    mdl, d = ctx.model, ctx.data
    threats = mdl.open_threats()
    out = section_title("Top risks and issues",
                        f"{plural(len(threats), 'open threat')} scored on the 5×5 grid "
                        "(score = probability "
                        "× impact). Board-escalated risks first, then by score.")
    half = (ctx.width - 6 * mm) / 2
    maps = Table([[risk_heatmap(mdl.heat(), d.risk_bands, "Current position", half),
                   risk_heatmap(mdl.heat(residual=True), d.risk_bands,
                                "Residual (after response)", half)]],
                 colWidths=[half + 3 * mm, half + 3 * mm],
                 style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]), hAlign="LEFT")
    out += [maps, Spacer(1, 4)]
    if mdl.top_risks:
        rows = []
        for line in mdl.top_risks:
            r = line.risk
            band = d.risk_bands.band(r.score or 1)
            rows.append([f"{r.project_code}/{r.ref}", para(r.title, "cell_bold"),
                         para(r.owner or "No owner"),
                         Fill(hex_colour(band.colour), f"{r.score} {band.label}"),
                         "—" if line.previous_score is None else str(line.previous_score),
                         f"{line.trend.arrow} {line.trend.label}", label(r.proximity) or "—",
                         para(r.next_action or r.response_actions or label(r.response) or "—"),
                         "Board" if (r.escalation or "") == "board" else ""])
        out += block(f"Top {plural(len(mdl.top_risks), 'risk')}", table(
            [Col("ID", 1.3), Col("Risk", 2.3, wrap=True), Col("Owner", 1.4, wrap=True),
             Col("Score", 1.1, "CENTER"), Col("Last", 0.6, "RIGHT"), Col("Trend", 1.1),
             Col("Proximity", 1.2), Col("Response / next action", 2.6, wrap=True),
             Col("Board", 0.8)], rows, ctx.width), len(rows))
    else:
        out += [heading("Top risks"), empty("No open scored threats.")]
    if mdl.top_issues:
        rows = [[f"{r.project_code}/{r.ref}", para(r.title, "cell_bold"), severity_cell(r),
                 label(r.status), para(r.owner or "No owner"), day_text(r.due_date)]
                for r in mdl.top_issues]
        out += block(f"Top {plural(len(mdl.top_issues), 'issue')}", table(
            [Col("ID", 1.3), Col("Issue", 3.6, wrap=True), Col("Severity", 1.2, "CENTER"),
             Col("Status", 1.2), Col("Owner", 1.8, wrap=True), Col("Due", 1.2)],
            rows, ctx.width), len(rows))
    else:
        out += [heading("Top issues"), empty("No open issues.")]
    return out


# -- resources -------------------------------------------------------------------------------------
def resources(ctx: Ctx) -> list[Flowable]:
    d = ctx.data
    months = lookahead_months(d.as_of)
    out = section_title("Resource hotspots",
                        "Committed bookings against capacity, this month and the next three. "
                        "Cells show utilisation; over 100% is over-allocated.")
    by_role: dict[str, dict[str, list[float]]] = {}
    for u in d.state.utilisation:
        cell = by_role.setdefault(u.role or "No role", {}).setdefault(u.period, [0.0, 0.0])
        cell[0] += u.allocated
        cell[1] += u.capacity
    out.append(heading("Utilisation by role and month"))
    if by_role:
        rows = []
        for role in sorted(by_role):
            row: list[Any] = [para(role)]
            for m in months:
                alloc, cap = by_role[role].get(m, [0.0, 0.0])
                row.append(_util_fill(100.0 * alloc / cap if cap else None))
            rows.append(row)
        out.append(table([Col("Role", 2.6, wrap=True)] + [Col(_month(m), 1.2, "CENTER") for m in months],
                         rows, ctx.width * 0.8, zebra=False))
    else:
        out.append(empty("No capacity or bookings recorded for the look-ahead."))
    people = sorted((u for u in d.state.utilisation if u.over_allocated),
                    key=lambda u: (-(u.allocated - u.capacity), u.resource, u.period))
    out.append(heading(f"People over-allocated "
                       f"({plural(len({u.resource for u in people}), 'person', 'people')}, "
                       f"{plural(len(people), 'person-month')})"))
    if people:
        rows = [[para(u.resource), para(u.role or "—"), para(u.team or "—"), _month(u.period),
                 f"{u.capacity:,.0f}", f"{u.allocated:,.0f}", _util_fill(u.pct),
                 para(", ".join(u.projects))] for u in people[:LIST_LIMIT]]
        out.append(table([Col("Person", 1.8, wrap=True), Col("Role", 1.8, wrap=True),
                          Col("Team", 1.2, wrap=True), Col("Month", 1), Col("Capacity h", 1, "RIGHT"),
                          Col("Booked h", 1, "RIGHT"), Col("Utilisation", 1.1, "CENTER"),
                          Col("Projects", 2, wrap=True)], rows, ctx.width))
        out += more(min(len(people), LIST_LIMIT), len(people), "the Resources view")
    else:
        out.append(empty("Nobody is booked over capacity in the look-ahead."))
    return out


def _month(period: str) -> str:
    return date.fromisoformat(period + "-01").strftime("%b %Y")


def _util_fill(pct: float | None) -> Fill:
    band = util_band(pct)
    text = "—" if pct is None else f"{pct:.0f}%"
    return Fill(hex_colour(band.colour), text)


# -- what changed ---------------------------------------------------------------------------------
def movement(ctx: Ctx) -> list[Flowable]:
    d, mv = ctx.data, ctx.model.movement
    if d.previous is None:
        return section_title("What changed since the last pack") + [
            empty("There is no earlier closed period to compare with.")]
    out = section_title("What changed since the last pack",
                        f"Compared with {esc(d.previous.label)} (as of {long_date(d.previous.as_of)}).")
    out.append(heading(f"RAG moves: {len(mv.deteriorated)} worse, {len(mv.improved)} better"))
    moves = [(p, a, b, Trend.DETERIORATED) for p, a, b in mv.deteriorated] + \
            [(p, a, b, Trend.IMPROVED) for p, a, b in mv.improved]
    if moves:
        rows = [[para(f"{p.code}  {p.name}"), RagCell(a, a.label), RagCell(b, b.label),
                 f"{t.arrow} {t.label}", para(p.rag_justification or "—")]
                for p, a, b, t in moves]
        out.append(table([Col("Project", 3, wrap=True), Col("Was", 1, "CENTER"),
                          Col("Now", 1, "CENTER"), Col("Movement", 1.1),
                          Col("Justification", 3.4, wrap=True)], rows, ctx.width))
    else:
        out.append(empty("No project changed its overall RAG."))
    out.append(heading(f"Milestones slipped further ({len(mv.slipped)})"))
    if mv.slipped:
        rows = [[para(ctx.project_label(m.project_code)), para(m.name), day_text(m.forecast_date),
                 days_text(moved)] for m, moved in mv.slipped[:LIST_LIMIT]]
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 3, wrap=True),
                          Col("Forecast now", 1.3), Col("Moved by", 1.1, "RIGHT")], rows, ctx.width))
        out += more(min(len(mv.slipped), LIST_LIMIT), len(mv.slipped))
    else:
        out.append(empty("No milestone forecast moved later."))
    out += _risk_list(ctx, f"New risks raised ({len(mv.new_risks)})", mv.new_risks)
    if mv.recorded_risks:
        out.append(note(f"A further {mv.recorded_risks} risk{'s were' if mv.recorded_risks != 1 else ' was'}"
                        " added to the register with a raised date before the last pack."))
    out += _risk_list(ctx, f"Risks closed ({len(mv.closed_risks)})", mv.closed_risks)
    out += _risk_list(ctx, f"Risks escalated to the board ({len(mv.escalated)})", mv.escalated)
    out.append(heading(f"New projects ({len(mv.new_projects)})"))
    out.append(table([Col("Project", 3, wrap=True), Col("Programme", 2.4, wrap=True),
                      Col("Manager", 1.6, wrap=True), Col("Budget", 1, "RIGHT")],
                     [[para(f"{p.code}  {p.name}"), para(p.programme or "—"), para(p.manager or "—"),
                       ctx.money(p.bac)] for p in mv.new_projects], ctx.width)
               if mv.new_projects else empty("No new projects."))
    out.append(heading(f"Stale status reports ({len(mv.stale)})"))
    out.append(table([Col("Project", 3, wrap=True), Col("Manager", 2, wrap=True),
                      Col("Last update", 1.2), Col("Age (days)", 1, "RIGHT")],
                     [[para(f"{p.code}  {p.name}"), para(p.manager or "—"), day_text(p.status_date),
                       _age(d.as_of, p.status_date)] for p in mv.stale], ctx.width)
               if mv.stale else empty(f"Every status is at most {d.thresholds.stale_days} days old."))
    return out


def _age(as_of: date, text: str | None) -> str:
    day = parse_day(text)
    return "never" if day is None else str((as_of - day).days)


def _risk_list(ctx: Ctx, title: str, items: list[RaidRow]) -> list[Flowable]:
    out: list[Flowable] = [heading(title)]
    if not items:
        return out + [empty("None.")]
    rows = [[f"{r.project_code}/{r.ref}", para(r.title), "—" if r.score is None else str(r.score),
             para(r.owner or "No owner"), day_text(r.date_raised)] for r in items[:LIST_LIMIT]]
    out.append(table([Col("ID", 1.3), Col("Risk", 4, wrap=True), Col("Score", 0.8, "RIGHT"),
                      Col("Owner", 2, wrap=True), Col("Raised", 1.2)], rows, ctx.width))
    return out + more(min(len(items), LIST_LIMIT), len(items), "the Risks view")


# -- data quality ----------------------------------------------------------------------------------
def quality(ctx: Ctx) -> list[Flowable]:
    findings = ctx.data.findings
    counts = summarise(findings)
    out = section_title("Data quality",
                        f"Pre-flight checks on the data behind this pack: {counts['high']} high, "
                        f"{counts['medium']} medium and {counts['low']} low-severity findings.")
    if not findings:
        return out + [empty("No findings: the data passed every check.")]
    by_check: dict[str, dict[str, int]] = {}
    for f in findings:
        by_check.setdefault(f.check, {s: 0 for s in SEVERITIES})[f.severity] += 1
    rows: list[list[Any]] = [[CHECK_TITLES.get(c, c), str(v["high"] or ""), str(v["medium"] or ""),
             str(v["low"] or ""), str(sum(v.values()))] for c, v in by_check.items()]
    out.append(table([Col("Check", 3), Col("High", 1, "RIGHT"), Col("Medium", 1, "RIGHT"),
                      Col("Low", 1, "RIGHT"), Col("Total", 1, "RIGHT")], rows, ctx.width * 0.7))
    shown = [f for f in findings if f.severity != "low"]
    out.append(heading(f"High and medium findings ({len(shown)})"))
    sev_rag = {"high": Rag.RED, "medium": Rag.AMBER, "low": Rag.GREEN}
    if shown:
        rows = [[RagCell(sev_rag[f.severity], f.severity.capitalize()),
                 CHECK_TITLES.get(f.check, f.check), para(f.item), para(f.message)] for f in shown]
        out.append(table([Col("Severity", 1, "CENTER"), Col("Check", 2), Col("Item", 2, wrap=True),
                          Col("Finding", 5, wrap=True)], rows, ctx.width))
    else:
        out.append(empty("None."))
    low = len(findings) - len(shown)
    if low:
        out.append(Spacer(1, 4))
        out.append(note(f"{plural(low, 'low-severity finding')} "
                        f"{'is' if low == 1 else 'are'} not listed here; the PMO team "
                        "holds the full list in the Data quality panel."))
    return out


__all__ = ["movement", "quality", "resources", "risks"]
