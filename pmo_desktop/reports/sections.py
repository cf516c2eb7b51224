"""The portfolio-level sections of the pack, in DOMAIN.md §1.2 order: decisions, the RAG
matrix, financials, milestones and change requests (the front is in ``front``; risks,
resources, what changed and data quality in ``registers``).

Each builder takes the ``Ctx`` and returns flowables; none of them reads the store or
computes a figure (``PackModel`` and ``domain`` did).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from pmo_desktop.domain.enums import label
from pmo_desktop.domain.plan_measures import Bei
from pmo_desktop.domain.rag import Rag
from pmo_desktop.domain.rag_calc import outside_tolerance
from pmo_desktop.domain.schedule import iso_date as parse_date
from pmo_desktop.domain.schedule import slip_days

from .context import Ctx
from .strategy_sections import gate_decisions
from .flow import (
    Col, RagCell, empty, heading, legend_rag, para, rag_word, section_title, table, tiles
)
from .model import DIMENSIONS, plural, rag_value
from .money_charts import index_trend, s_curve
from .parts import LIST_LIMIT, day_text, days_text, more, rag_cell
from .theme import NAVY, PALE, esc


# -- decisions --------------------------------------------------------------------------------
def decisions(ctx: Ctx) -> list[Flowable]:
    mdl = ctx.model
    out = section_title(
        "Decisions and asks of the board",
        f"{plural(mdl.decisions_asked, 'decision')} requested: "
        "escalated decisions first, then change requests above delegated authority.")
    out.append(heading("Escalated decisions"))
    if mdl.decisions:
        rows = [[f"{r.project_code}/{r.ref}", para(r.title, "cell_bold"), para(r.options),
                 para(r.rationale), para(r.owner or "No owner"), day_text(r.due_date)]
                for r in mdl.decisions]
        out.append(table([Col("ID", 1.25), Col("Decision requested", 2.6, wrap=True),
                          Col("Options considered", 3, wrap=True),
                          Col("Recommendation / rationale", 2.6, wrap=True),
                          Col("Owner", 1.5, wrap=True), Col("Needed by", 1.2)],
                         rows, ctx.width))
    else:
        out.append(empty("No decisions have been escalated to the board."))
    out.append(heading("Change requests awaiting decision"))
    if mdl.crs_awaiting:
        out.append(_cr_table(ctx, mdl.crs_awaiting, decided=False))
    else:
        out.append(empty("No change requests are awaiting a decision."))
    out += gate_decisions(ctx)
    return out


def _cr_table(ctx: Ctx, crs: list[Any], decided: bool) -> Table:
    if decided:
        rows = [[f"{c.project_code}/{c.ref}", para(c.title), label(c.status),
                 day_text(c.decision_date), para(c.approver or "—"),
                 ctx.money(c.impact_cost), days_text(c.impact_schedule_days)] for c in crs]
        return table([Col("ID", 1.3), Col("Change", 3.4, wrap=True), Col("Decision", 1.2),
                      Col("Date", 1.1), Col("Decided by", 1.6, wrap=True),
                      Col("Cost", 1, "RIGHT"), Col("Time", 0.9, "RIGHT")], rows, ctx.width)
    rows = [[f"{c.project_code}/{c.ref}", para(c.title, "cell_bold"), label(c.cr_type),
             ctx.money(c.impact_cost), days_text(c.impact_schedule_days), label(c.authority_level),
             para(c.recommendation or "—"), day_text(c.date_raised)] for c in crs]
    return table([Col("ID", 1.3), Col("Change requested", 3, wrap=True), Col("Type", 1),
                  Col("Cost", 1, "RIGHT"), Col("Time", 0.8, "RIGHT"), Col("Authority", 1.5),
                  Col("Recommendation", 1.8, wrap=True), Col("Raised", 1.1)], rows, ctx.width)


def rag_matrix(ctx: Ctx) -> list[Flowable]:
    out = section_title("Portfolio RAG overview",
                        "Projects sorted by worst RAG, then by size. Each cell is the rating "
                        "reported by the project manager.")
    out += [legend_rag(), Spacer(1, 5)]
    cols = [Col("Project", 3.3, wrap=True)] + [Col(label(dm), 1.05, "CENTER") for dm in DIMENSIONS]
    cols.append(Col("Budget", 1.0, "RIGHT"))
    rows = []
    for p in ctx.model.projects:
        rows.append([para(f"{p.code}  {p.name}")] + [rag_cell(ctx, p, dm) for dm in DIMENSIONS]
                    + [ctx.money(p.bac)])
    out.append(table(cols, rows, ctx.width, font_size=7.2) if rows else empty("No projects in scope."))
    return out


# -- financials ---------------------------------------------------------------------------------
def financials(ctx: Ctx) -> list[Flowable]:
    mdl, f = ctx.model, ctx.model.finance
    out = section_title("Financials",
                        "Budget at completion (BAC), actual cost to date, forecast at completion "
                        "(EAC) and variance at completion (VAC = BAC − EAC; negative is an "
                        "overrun). Portfolio indices are sums first, then ratios.")
    out.append(tiles([(ctx.money(f.bac), "Budget (BAC)", None),
                      (ctx.money(f.ac), "Actual to date", None),
                      (ctx.money(f.eac), "Forecast (EAC)", None),
                      (ctx.money(f.vac), "Variance (VAC)", ctx.pct(f.vac_pct)),
                      (ctx.index(f.cpi), "CPI", None), (ctx.index(f.spi), "SPI", None)],
                     ctx.width))
    out.append(Spacer(1, 8))
    fin = mdl.finance_of  # worst variance first
    projects = sorted(mdl.projects, key=lambda p: ((fin[p.code].vac or 0.0) if p.bac else 0,
                                                   p.code))
    rows: list[list[Any]] = [[para("Portfolio total", "cell_bold"), ctx.money(f.bac),
                               ctx.money(f.ac), ctx.money(f.eac), ctx.money(f.vac),
                               ctx.pct(f.vac_pct), ctx.index(f.cpi), ctx.index(f.spi), ""]]
    for p in projects:
        pf = fin[p.code]  # EAC as the totals count it
        rows.append([para(f"{p.code}  {p.name}"), ctx.money(p.bac), ctx.money(p.ac),
                     ctx.money(pf.eac), ctx.money(pf.vac), ctx.pct(pf.vac_pct),
                     ctx.index(pf.evm.cpi), ctx.index(pf.evm.spi), RagCell(rag_value(p.calculated.get("cost")),
                                               rag_word(rag_value(p.calculated.get("cost"))))])
    out.append(table([Col("Project", 3.4, wrap=True), Col("BAC", 1.1, "RIGHT"),
                      Col("Actual", 1.1, "RIGHT"), Col("EAC", 1.1, "RIGHT"),
                      Col("VAC", 1.1, "RIGHT"), Col("VAC %", 0.9, "RIGHT"),
                      Col("CPI", 0.75, "RIGHT"), Col("SPI", 0.75, "RIGHT"),
                      Col("Cost (calc)", 1.1, "CENTER")], rows, ctx.width, repeat=2,
                     extra=[("LINEBELOW", (0, 1), (-1, 1), 1.2, NAVY),
                            ("FONTNAME", (1, 1), (-1, 1), "DejaVuSansCondensed-Bold"),
                            ("BACKGROUND", (0, 1), (-1, 1), PALE)]))
    return out + money_trends(ctx)


def money_trends(ctx: Ctx) -> list[Flowable]:
    """The S-curve, CPI/SPI by period and the projects outside tolerance with their TCPI."""
    money = ctx.data.money
    if money is None:
        return []
    out: list[Flowable] = [Spacer(1, 8), heading("Earned value over time")]
    if money.curve:
        out.append(s_curve(money, ctx.data.currency, ctx.width))
    if sum(1 for p in money.periods if p.projects) > 1:
        out += [Spacer(1, 6), index_trend(money, ctx.width)]
    out += [Spacer(1, 6), heading("Projects outside tolerance")]
    rows: list[list[Any]] = []
    for p in ctx.model.projects:
        pf = ctx.model.finance_of[p.code]
        outside = outside_tolerance(p.bac, pf.eac, p.tolerance_cost_pct,
                                    slip_days(parse_date(p.finish_baseline),
                                              parse_date(p.finish_forecast)),
                                    p.tolerance_time_days, ctx.data.thresholds)
        if outside:
            rows.append([para(f"{p.code}  {p.name}"), " and ".join(outside),
                         ctx.money(pf.vac), ctx.pct(pf.vac_pct), ctx.index(pf.evm.cpi),
                         ctx.index(pf.evm.tcpi_bac), ctx.index(pf.evm.tcpi_eac)])
    if not rows:
        out.append(empty("No project is forecast outside its tolerances."))
        return out
    out.append(para("TCPI is the cost efficiency the remaining work needs: to land on the "
                    "budget (to BAC) or on the forecast (to EAC); above 1 is harder than "
                    "so far, a negative TCPI means the budget is already spent.", "small"))
    out.append(table([Col("Project", 3.4, wrap=True), Col("Outside", 1.1),
                      Col("VAC", 1.1, "RIGHT"), Col("VAC %", 0.9, "RIGHT"),
                      Col("CPI", 0.75, "RIGHT"), Col("TCPI to BAC", 1.0, "RIGHT"),
                      Col("TCPI to EAC", 1.0, "RIGHT")], rows, ctx.width, repeat=1))
    return out


# -- milestones ---------------------------------------------------------------------------------
def milestones(ctx: Ctx) -> list[Flowable]:
    ms, d = ctx.model.milestones, ctx.data
    out = section_title(
        "Milestones", f"This period: {d.period_start:%d %b %Y} to {d.as_of:%d %b %Y}. Missed "
        "are milestones due this period and not done, and every critical milestone past its "
        "baseline or forecast date and not done. Slip and lateness are in calendar days "
        "against the current baseline.")
    crit = sum(1 for m in ms.missed if m.critical)
    out.append(heading(f"Due this period and overdue: {len(ms.met)} met, {len(ms.missed)} missed"
                       + (f" ({crit} critical)" if crit else "")))
    rows = []
    for m in ms.missed[:LIST_LIMIT * 2]:
        late = ms.late[m.key]
        rows.append([para(ctx.project_label(m.project_code)), para(m.name),
                     "Yes" if m.critical else "", day_text(m.baseline_date), day_text(m.forecast_date),
                     RagCell(Rag.RED, f"Missed, {plural(late, 'day')} late")])
    for m in ms.met[:max(0, LIST_LIMIT * 2 - len(rows))]:
        late = (m.slip or 0) > 0
        rows.append([para(ctx.project_label(m.project_code)), para(m.name),
                     "Yes" if m.critical else "", day_text(m.baseline_date), day_text(m.actual_date),
                     RagCell(Rag.AMBER, f"Met, {plural(m.slip or 0, 'day')} late") if late
                     else RagCell(Rag.GREEN, "Met")])
    if rows:
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 2.6, wrap=True),
                          Col("Critical", 0.8, "CENTER"), Col("Baseline", 1.2),
                          Col("Actual / forecast", 1.4), Col("Status", 1.5, "CENTER")],
                         rows, ctx.width))
        out += more(len(rows), len(ms.missed) + len(ms.met))
    else:
        out.append(empty("No milestone was due this period and none is overdue."))
    out.append(heading(f"Slipped milestones ({len(ms.slipped)} open, forecast after baseline)"))
    if ms.slipped:
        rows = [[para(ctx.project_label(m.project_code)), para(m.name),
                 "Yes" if m.critical else "", day_text(m.baseline_date), day_text(m.forecast_date),
                 f"{slip}", "new" if moved is None else days_text(moved) if moved else "—"]
                for m, slip, moved in ms.slipped[:LIST_LIMIT]]
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 2.6, wrap=True),
                          Col("Critical", 0.8, "CENTER"), Col("Baseline", 1.2),
                          Col("Forecast", 1.2), Col("Slip (days)", 1, "RIGHT"),
                          Col("Since last pack", 1.2, "RIGHT")], rows, ctx.width))
        out += more(min(len(ms.slipped), LIST_LIMIT), len(ms.slipped))
    else:
        out.append(empty("No open milestone is forecast after its baseline."))
    counts = {b: sum(1 for _m, band in ms.lookahead if band == b) for b in (30, 60, 90)}
    out.append(heading(f"Look-ahead: {counts[30]} in the next 30 days, {counts[60]} in 31–60, "
                       f"{counts[90]} in 61–90"))
    if ms.lookahead:
        rows = [[f"≤ {band} d", para(ctx.project_label(m.project_code)), para(m.name),
                 "Yes" if m.critical else "", day_text(m.forecast_date or m.baseline_date),
                 "—" if m.slip is None else str(m.slip)] for m, band in ms.lookahead[:LIST_LIMIT]]
        out.append(table([Col("Window", 0.9), Col("Project", 3, wrap=True),
                          Col("Milestone", 2.6, wrap=True), Col("Critical", 0.8, "CENTER"),
                          Col("Forecast", 1.2), Col("Slip (days)", 1, "RIGHT")], rows, ctx.width))
        out += more(min(len(ms.lookahead), LIST_LIMIT), len(ms.lookahead))
    else:
        out.append(empty("No milestones are forecast in the next 90 days."))
    return out + _bei(ctx)


def _bei(ctx: Ctx) -> list[Flowable]:
    """Baseline Execution Index: the portfolio's, and the projects below target."""
    beis = {p.code: ctx.model.bei[p.code] for p in ctx.model.projects if p.code in ctx.model.bei}
    total = Bei(sum(b.completed for b in beis.values()), sum(b.baselined for b in beis.values()))
    th = ctx.data.thresholds
    out = [heading(f"Baseline Execution Index: {total.text} across the portfolio")]
    out.append(para(
        "Tasks of the plans and milestones completed by the as-of date, of those baselined "
        f"to complete by then (summary tasks excluded; a milestone in both the plan and the "
        f"register counted once). Target {th.bei_amber:.2f} or more.", "muted"))
    low = sorted(((code, b) for code, b in beis.items()
                  if b.value is not None and b.value < th.bei_amber),
                 key=lambda t: (t[1].value or 0.0, t[0]))
    if not low:
        out.append(empty(f"No project is below the target of {th.bei_amber:.2f}."))
        return out
    rows = []
    for code, b in low[:LIST_LIMIT * 2]:
        rag = Rag.RED if (b.value or 0.0) < th.bei_red else Rag.AMBER
        rows.append([para(ctx.project_label(code)), f"{b.value:.2f}", str(b.completed),
                     str(b.baselined), RagCell(rag, rag_word(rag))])
    out.append(table([Col("Project", 4, wrap=True), Col("BEI", 0.8, "RIGHT"),
                      Col("Completed", 1.1, "RIGHT"), Col("Due by now", 1.1, "RIGHT"),
                      Col("Rating", 1.1, "CENTER")], rows, ctx.width))
    out += more(len(rows), len(low))
    return out


# -- change requests --------------------------------------------------------------------------------
def changes(ctx: Ctx) -> list[Flowable]:
    mdl, d = ctx.model, ctx.data
    since = f"since {d.previous.label}" if d.previous else "to date"
    out = section_title("Change requests",
                        "Awaiting a decision by this board, and the log of decisions "
                        + esc(since) + ".")  # the lead is markup: escape the label
    out.append(heading(f"Awaiting decision ({len(mdl.crs_awaiting)})"))
    out.append(_cr_table(ctx, mdl.crs_awaiting, decided=False) if mdl.crs_awaiting
               else empty("No change requests are awaiting a decision."))
    out.append(heading(f"Decided {since} ({len(mdl.crs_decided)})"))
    out.append(_cr_table(ctx, mdl.crs_decided[:LIST_LIMIT * 2], decided=True) if mdl.crs_decided
               else empty("No change requests were decided in this period."))
    return out


__all__ = ["changes", "decisions", "financials", "milestones", "rag_matrix"]
