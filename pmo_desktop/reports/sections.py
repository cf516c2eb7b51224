"""The portfolio-level sections of the pack, in DOMAIN.md §1.2 order.

Each builder takes the ``Ctx`` and returns flowables; none of them reads the store.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)

from pmo_desktop.domain.capacity import util_band
from pmo_desktop.domain.enums import label
from pmo_desktop.domain.rag import Rag, Trend, trend
from pmo_desktop.store.checks import CHECK_TITLES, SEVERITIES, summarise
from pmo_desktop.store.pack_data import (
    RaidRow, lookahead_months, parse_day,
)

from .charts import rag_bars, risk_heatmap
from .context import Ctx
from .doc import PageRef
from .flow import (
    Col, Fill, RagCell, Rule, block, empty, heading, legend_rag, markup, note, para, rag_word,
    section_title, table, tiles,
)
from .model import DIMENSIONS, long_date, period_text, plural, rag_value
from .theme import (
    BOLD, MUTED, NAVY, PALE, RULE, WHITE, esc, hex_colour, rag_fill, rag_text_colour,
    styles,
)

LIST_LIMIT = 30


def _more(shown: int, total: int, where: str = "the project highlight reports") -> list[Flowable]:
    if total > shown:
        return [Spacer(1, 2), note(f"Showing {shown} of {total}; the rest are in {where}.")]
    return []


def _day(text: str | None) -> str:
    day = parse_day(text)
    return f"{day:%d %b %Y}" if day else "—"


# -- cover --------------------------------------------------------------------------------
def _logo(ctx: Ctx, size: float) -> Flowable:
    path = ctx.meta.logo
    if path is not None and path.is_file():
        img = Image(str(path))
        scale = min(size / img.imageWidth, size / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        return img
    from reportlab.graphics.shapes import Drawing, Rect, String

    words = [w for w in (ctx.meta.organisation or ctx.data.portfolio).split() if w[:1].isalpha()]
    initials = "".join(w[0] for w in words[:2]).upper() or "P"
    d = Drawing(size, size)
    d.add(Rect(0, 0, size, size, rx=6, ry=6, fillColor=NAVY, strokeColor=None))
    d.add(String(size / 2, size / 2 - 7, initials, fontName=BOLD, fontSize=20, fillColor=WHITE,
                 textAnchor="middle"))
    return d


def cover(ctx: Ctx, facts_width: float | None = None) -> list[Flowable]:
    st, d, m = styles(), ctx.data, ctx.meta
    fw = facts_width or ctx.width
    org = m.organisation or d.organisation
    head = Table([[_logo(ctx, 22 * mm), [
        Paragraph(esc(org or d.portfolio), st.h2),
        Paragraph(esc(d.portfolio), st.muted)]]],
        colWidths=[26 * mm, ctx.width - 26 * mm],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]), hAlign="LEFT")
    facts = [
        ("Forum", m.forum), ("Meeting date", m.meeting_date),
        ("Status (as-of) date", long_date(d.as_of)), ("Reporting period", period_text(d)),
        ("Pack version", m.version), ("Marking", m.marking),
        ("Scope", _scope_text(ctx)), ("Data version", d.data_hash),
    ]
    rows = [[Paragraph(esc(k), st.muted), Paragraph(esc(v), st.body)] for k, v in facts]
    fact_table = Table(rows, colWidths=[42 * mm, fw - 42 * mm], hAlign="LEFT",
                       style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                         ("TOPPADDING", (0, 0), (-1, -1), 4),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    marking = Table([[Paragraph(f"<b>{esc(m.marking.upper())}</b>", st.center)]],
                    colWidths=[ctx.width], style=TableStyle([
                        ("BOX", (0, 0), (-1, -1), 1, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    top_gap = 18 * mm if not m.landscape else 4 * mm
    return [head, Spacer(1, top_gap), Paragraph("Steering Committee Pack", st.title),
            Spacer(1, 3), Paragraph(esc(m.forum), st.h2), Rule(NAVY, 1.6, 4, 10),
            fact_table, Spacer(1, 10 * mm if not m.landscape else 4 * mm), marking]


def cover_with_contents(ctx: Ctx, sections: list[tuple[str, str]]) -> list[Flowable]:
    """Portrait: the contents below the cover; landscape: beside the facts."""
    if not ctx.meta.landscape:
        return cover(ctx) + contents(ctx, sections)
    left_w = ctx.width * 0.62
    flow = cover(ctx, left_w)
    facts = flow.index(next(f for f in flow if isinstance(f, Table) and len(f._cellvalues) > 4))
    side = Table([[flow[facts], contents(ctx, sections)[1:]]],
                 colWidths=[left_w, ctx.width - left_w], hAlign="LEFT",
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LEFTPADDING", (1, 0), (1, 0), 10 * mm),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return flow[:facts] + [side] + flow[facts + 1:]


def _scope_text(ctx: Ctx) -> str:
    d = ctx.data
    parts = []
    if d.scope_programmes:
        parts.append("Programmes: " + ", ".join(d.scope_programmes))
    if d.scope_projects:
        parts.append("Projects: " + ", ".join(d.scope_projects))
    scope = "; ".join(parts) if parts else "Whole portfolio"
    return f"{scope} ({len(d.projects)} of {d.all_projects} projects)"


def contents(ctx: Ctx, sections: list[tuple[str, str]]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Spacer(1, 8 * mm), Paragraph("In this pack", st.h2)]
    for i, (_key, title) in enumerate(sections, start=1):
        out.append(Paragraph(f"{i}.&nbsp;&nbsp;{esc(title)}", st.body))
    return out


# -- executive summary ----------------------------------------------------------------------
def summary(ctx: Ctx) -> list[Flowable]:
    st, d, mdl = styles(), ctx.data, ctx.model
    f = mdl.finance
    out = section_title("Executive summary", esc(period_text(d)) + f" · as of {long_date(d.as_of)}")
    overall, move = mdl.overall()
    vac_label = "Forecast variance" + (" (overrun)" if (f.vac or 0) < 0 else "")
    out.append(tiles([
        (str(len(d.projects)), "Projects in scope", None),
        (ctx.money(f.bac), "Approved budget (BAC)", None),
        (ctx.money(f.eac), "Forecast at completion", None),
        (ctx.money(f.vac), vac_label, ctx.pct(f.vac_pct)),
        (str(mdl.decisions_asked), "Decisions asked", None),
    ], ctx.width))
    out.append(Spacer(1, 8))
    ov = Table([[Paragraph("<b>Overall portfolio status</b> (worst of tier-1 projects)", st.body),
                 rag_word(overall, move)]], colWidths=[ctx.width - 34 * mm, 34 * mm],
               style=TableStyle([
                   ("BACKGROUND", (1, 0), (1, 0), rag_fill(overall)),
                   ("TEXTCOLOR", (1, 0), (1, 0), rag_text_colour(overall)),
                   ("FONTNAME", (1, 0), (1, 0), BOLD), ("FONTSIZE", (1, 0), (1, 0), 10),
                   ("ALIGN", (1, 0), (1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                   ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 5),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]), hAlign="LEFT")
    out += [ov, Spacer(1, 4), heading("Key messages")]
    for msg in mdl.messages:
        out.append(Paragraph(esc(msg), st.message, bulletText="▪"))
    out += _exceptions(ctx)
    prev_label = d.previous.label if d.previous else "Last period"
    rows = []
    for c in mdl.rag_counts:
        move_txt = "—" if c.before is None else (f"{c.now - c.before:+d}".replace("-", "−")
                                                 if c.now != c.before else "no change")
        rows.append([RagCell(c.rag, c.rag.label), str(c.now),
                     "—" if c.before is None else str(c.before), move_txt, ctx.pct(c.bac_share, 0)])
    counts = table([Col("RAG", 2), Col("Projects now", 2, "RIGHT"),
                    Col(prev_label, 2, "RIGHT"), Col("Movement", 2, "RIGHT"),
                    Col("Share of budget", 2, "RIGHT")], rows, ctx.width * 0.62, zebra=False)
    bars = [("This pack", [(c.rag, c.now) for c in mdl.rag_counts])]
    if d.previous is not None:
        bars.append((prev_label, [(c.rag, c.before or 0) for c in mdl.rag_counts]))
    out.append(KeepTogether([heading("Projects by RAG"), counts, Spacer(1, 8),
                             rag_bars(bars, ctx.width * 0.9)]))
    return out


EXCEPTION_ROWS = 12
MORE_CODES = 80  # codes named in the 'and N more' line


def _exceptions(ctx: Ctx) -> list[Flowable]:
    """Every false green (as the data-quality checks find them), then every Red project."""
    greens, reds = ctx.model.exceptions()
    picked = [(p, True) for p in greens] + [(p, False) for p in reds]
    if not picked:
        return [heading("False greens and Red projects"),
                empty("No project is Red and the checks found no false green.")]
    flagged = {f.project or f.item: f.message for f in ctx.data.findings
               if f.check == "false_green"}
    rows = [[para(f"{p.code}  {p.name}"), rag_cell(ctx, p, "overall"), ctx.money(p.bac),
             ctx.pct(None if not p.bac or p.eac is None else 100.0 * (p.eac - p.bac) / p.bac),
             para(("False green: " + flagged[p.code]) if green
                  else p.rag_justification or p.summary or "—")]
            for p, green in picked[:EXCEPTION_ROWS]]
    body = table([Col("Project", 3, wrap=True), Col("Overall", 1.1, "CENTER"),
                  Col("Budget", 0.9, "RIGHT"), Col("Cost var.", 0.9, "RIGHT"),
                  Col("Why it is an exception", 4, wrap=True)], rows, ctx.width)
    title = (f"Exceptions: {plural(len(greens), 'possible false green')} and "
             f"{plural(len(reds), 'Red project')}")
    out = block(title, body, len(rows))
    rest = picked[EXCEPTION_ROWS:]
    if rest:
        more_greens = sum(1 for _p, green in rest if green)
        parts = []
        if more_greens:
            parts.append(plural(more_greens, "false green"))
        if len(rest) > more_greens:
            parts.append(plural(len(rest) - more_greens, "Red project"))
        st = styles().muted
        codes = [p.code for p, _g in rest]
        listed = ", ".join(codes[:MORE_CODES]) + (
            f" and {len(codes) - MORE_CODES} others" if len(codes) > MORE_CODES else "")
        more: list[Flowable] = [Spacer(1, 2),
                                note(f"And {len(rest)} more ({' and '.join(parts)}): {listed}.")]
        if more_greens and "quality" in ctx.sections:
            more.append(PageRef("Every false green is listed under Data quality on page ",
                                "s-quality", st.fontName, st.fontSize, st.textColor))
        if "rag_matrix" in ctx.sections:
            more.append(PageRef("Every project's ratings are in the Portfolio RAG overview "
                                "from page ", "s-rag_matrix", st.fontName, st.fontSize,
                                st.textColor))
        out.append(KeepTogether(more))
    return out


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
                 para(r.rationale), para(r.owner or "No owner"), _day(r.due_date)]
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
    return out


def _cr_table(ctx: Ctx, crs: list[Any], decided: bool) -> Table:
    if decided:
        rows = [[f"{c.project_code}/{c.ref}", para(c.title), label(c.status),
                 _day(c.decision_date), para(c.approver or "—"),
                 ctx.money(c.impact_cost), _days(c.impact_schedule_days)] for c in crs]
        return table([Col("ID", 1.3), Col("Change", 3.4, wrap=True), Col("Decision", 1.2),
                      Col("Date", 1.1), Col("Decided by", 1.6, wrap=True),
                      Col("Cost", 1, "RIGHT"), Col("Time", 0.9, "RIGHT")], rows, ctx.width)
    rows = [[f"{c.project_code}/{c.ref}", para(c.title, "cell_bold"), label(c.cr_type),
             ctx.money(c.impact_cost), _days(c.impact_schedule_days), label(c.authority_level),
             para(c.recommendation or "—"), _day(c.date_raised)] for c in crs]
    return table([Col("ID", 1.3), Col("Change requested", 3, wrap=True), Col("Type", 1),
                  Col("Cost", 1, "RIGHT"), Col("Time", 0.8, "RIGHT"), Col("Authority", 1.5),
                  Col("Recommendation", 1.8, wrap=True), Col("Raised", 1.1)], rows, ctx.width)


def _days(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{value:+d} d".replace("-", "−") if value else "0 d"


# -- RAG matrix ---------------------------------------------------------------------------------
def rag_cell(ctx: Ctx, p: Any, dim: str) -> RagCell:
    before = ctx.data.previous_projects.get(p.code)
    now = rag_value(p.rag) if dim == "overall" else rag_value(p.reported.get(dim))
    prev = None
    if before is not None:
        prev = rag_value(before.rag) if dim == "overall" else rag_value(before.reported.get(dim))
    t = trend(prev, now) if ctx.data.previous is not None else None
    text = rag_word(now, t)
    calc = rag_value(p.calculated.get(dim)) if dim in p.calculated else Rag.NOT_SET
    if calc is not Rag.NOT_SET and now is not Rag.NOT_SET and calc != now:
        text += f"\ncalc {calc.label}"
    return RagCell(now, text)


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
                     "Yes" if m.critical else "", _day(m.baseline_date), _day(m.forecast_date),
                     RagCell(Rag.RED, f"Missed, {plural(late, 'day')} late")])
    for m in ms.met[:max(0, LIST_LIMIT * 2 - len(rows))]:
        late = (m.slip or 0) > 0
        rows.append([para(ctx.project_label(m.project_code)), para(m.name),
                     "Yes" if m.critical else "", _day(m.baseline_date), _day(m.actual_date),
                     RagCell(Rag.AMBER, f"Met, {plural(m.slip or 0, 'day')} late") if late
                     else RagCell(Rag.GREEN, "Met")])
    if rows:
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 2.6, wrap=True),
                          Col("Critical", 0.8, "CENTER"), Col("Baseline", 1.2),
                          Col("Actual / forecast", 1.4), Col("Status", 1.5, "CENTER")],
                         rows, ctx.width))
        out += _more(len(rows), len(ms.missed) + len(ms.met))
    else:
        out.append(empty("No milestone was due this period and none is overdue."))
    out.append(heading(f"Slipped milestones ({len(ms.slipped)} open, forecast after baseline)"))
    if ms.slipped:
        rows = [[para(ctx.project_label(m.project_code)), para(m.name),
                 "Yes" if m.critical else "", _day(m.baseline_date), _day(m.forecast_date),
                 f"{slip}", "new" if moved is None else _days(moved) if moved else "—"]
                for m, slip, moved in ms.slipped[:LIST_LIMIT]]
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 2.6, wrap=True),
                          Col("Critical", 0.8, "CENTER"), Col("Baseline", 1.2),
                          Col("Forecast", 1.2), Col("Slip (days)", 1, "RIGHT"),
                          Col("Since last pack", 1.2, "RIGHT")], rows, ctx.width))
        out += _more(min(len(ms.slipped), LIST_LIMIT), len(ms.slipped))
    else:
        out.append(empty("No open milestone is forecast after its baseline."))
    counts = {b: sum(1 for _m, band in ms.lookahead if band == b) for b in (30, 60, 90)}
    out.append(heading(f"Look-ahead: {counts[30]} in the next 30 days, {counts[60]} in 31–60, "
                       f"{counts[90]} in 61–90"))
    if ms.lookahead:
        rows = [[f"≤ {band} d", para(ctx.project_label(m.project_code)), para(m.name),
                 "Yes" if m.critical else "", _day(m.forecast_date or m.baseline_date),
                 "—" if m.slip is None else str(m.slip)] for m, band in ms.lookahead[:LIST_LIMIT]]
        out.append(table([Col("Window", 0.9), Col("Project", 3, wrap=True),
                          Col("Milestone", 2.6, wrap=True), Col("Critical", 0.8, "CENTER"),
                          Col("Forecast", 1.2), Col("Slip (days)", 1, "RIGHT")], rows, ctx.width))
        out += _more(min(len(ms.lookahead), LIST_LIMIT), len(ms.lookahead))
    else:
        out.append(empty("No milestones are forecast in the next 90 days."))
    return out


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
        rows = [[f"{r.project_code}/{r.ref}", para(r.title, "cell_bold"), _severity(r),
                 label(r.status), para(r.owner or "No owner"), _day(r.due_date)]
                for r in mdl.top_issues]
        out += block(f"Top {plural(len(mdl.top_issues), 'issue')}", table(
            [Col("ID", 1.3), Col("Issue", 3.6, wrap=True), Col("Severity", 1.2, "CENTER"),
             Col("Status", 1.2), Col("Owner", 1.8, wrap=True), Col("Due", 1.2)],
            rows, ctx.width), len(rows))
    else:
        out += [heading("Top issues"), empty("No open issues.")]
    return out


_SEVERITY_RAG = {"critical": Rag.RED, "high": Rag.RED, "medium": Rag.AMBER, "low": Rag.GREEN}


def _severity(r: RaidRow) -> RagCell:
    return RagCell(_SEVERITY_RAG.get(r.severity or "", Rag.NOT_SET), label(r.severity) or "Not set")


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
        out += _more(min(len(people), LIST_LIMIT), len(people), "the Resources view")
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
        rows = [[para(ctx.project_label(m.project_code)), para(m.name), _day(m.forecast_date),
                 _days(moved)] for m, moved in mv.slipped[:LIST_LIMIT]]
        out.append(table([Col("Project", 3, wrap=True), Col("Milestone", 3, wrap=True),
                          Col("Forecast now", 1.3), Col("Moved by", 1.1, "RIGHT")], rows, ctx.width))
        out += _more(min(len(mv.slipped), LIST_LIMIT), len(mv.slipped))
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
                     [[para(f"{p.code}  {p.name}"), para(p.manager or "—"), _day(p.status_date),
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
             para(r.owner or "No owner"), _day(r.date_raised)] for r in items[:LIST_LIMIT]]
    out.append(table([Col("ID", 1.3), Col("Risk", 4, wrap=True), Col("Score", 0.8, "RIGHT"),
                      Col("Owner", 2, wrap=True), Col("Raised", 1.2)], rows, ctx.width))
    return out + _more(min(len(items), LIST_LIMIT), len(items), "the Risks view")


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


Builder = Callable[[Ctx], list[Flowable]]
__all__ = ["changes", "contents", "cover", "decisions", "financials", "milestones", "movement",
           "quality", "rag_matrix", "resources", "risks", "summary"]
_ = (MUTED, markup)
