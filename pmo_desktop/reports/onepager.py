"""Per-project one-pagers in PRINCE2 highlight-report form (DOMAIN.md §1.4).

Exceptions first: the projects come in the pack's severity order (Red, Amber, Green,
then false greens and size). Each page: header, RAG strip, summary with finance and
tolerance, milestones (this period and next), top risks and issues, change requests
and the asks of the board.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from pmo_desktop.domain.enums import label
from pmo_desktop.domain.rag import Rag, cost_var_pct
from pmo_desktop.store.pack_data import (
    ChangeRow, MilestoneRow, ProjectRow, RaidRow, parse_day,
)

from .context import Ctx
from .doc import Anchor
from .flow import Col, Fill, RagCell, empty, heading, para, rag_word, table
from .model import DIMENSIONS, SEVERITY_RANK, plural, rag_value
from .parts import day_text, days_text, rag_cell, severity_cell
from .theme import BOLD, INK, NAVY, PALE, RULE, WHITE, esc, hex_colour, rag_fill, rag_text_colour, styles


class ProjectIndex:
    """The registers grouped by project, once for all one-pagers."""

    def __init__(self, ctx: Ctx) -> None:
        self.milestones: dict[str, list[MilestoneRow]] = {}
        self.raid: dict[str, list[RaidRow]] = {}
        self.changes: dict[str, list[ChangeRow]] = {}
        for m in ctx.data.state.milestones:
            self.milestones.setdefault(m.project_code, []).append(m)
        for r in ctx.data.state.raid:
            self.raid.setdefault(r.project_code, []).append(r)
        for c in ctx.data.state.changes:
            self.changes.setdefault(c.project_code, []).append(c)


def one_pagers(ctx: Ctx, index: ProjectIndex) -> list[Flowable]:
    out: list[Flowable] = []
    total = len(ctx.model.projects)
    for i, p in enumerate(ctx.model.projects):
        if i:
            out.append(PageBreak())
        out += one_pager(ctx, p, index, f"Project highlight reports · {i + 1} of {total}")
    return out


def _header(ctx: Ctx, p: ProjectRow, kicker: str) -> Table:
    st = styles()
    rag = rag_value(p.rag)
    top = Paragraph(f'<font color="#AFC4DA" size="6.8">{esc(kicker.upper())}</font>', st.body)
    title = Paragraph(f'<font color="#FFFFFF" size="13"><b>{esc(p.code)}  {esc(p.name)}</b></font>',
                      st.body)
    facts = " · ".join(esc(x) for x in (
        p.programme or "No programme", f"Sponsor: {p.sponsor or '—'}",
        f"PM: {p.manager or '—'}", f"Stage: {label(p.stage) or '—'}",
        f"Status date: {day_text(p.status_date)}"))
    sub = Paragraph(f'<font color="#DCE6F0" size="7.6">{facts}</font>', st.body)
    chip_w = 30 * mm
    t = Table([[[top, Spacer(1, 2), title, Spacer(1, 3), sub], rag_word(rag)]],
              colWidths=[ctx.width - chip_w, chip_w],
              style=TableStyle([
                  ("BACKGROUND", (0, 0), (0, 0), NAVY), ("BACKGROUND", (1, 0), (1, 0), rag_fill(rag)),
                  ("TEXTCOLOR", (1, 0), (1, 0), rag_text_colour(rag)),
                  ("FONTNAME", (1, 0), (1, 0), BOLD), ("FONTSIZE", (1, 0), (1, 0), 12),
                  ("ALIGN", (1, 0), (1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("LEFTPADDING", (0, 0), (0, 0), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]), hAlign="LEFT")
    return t


def _strip(ctx: Ctx, p: ProjectRow) -> Table:
    before = ctx.data.previous_projects.get(p.code)
    cols = [Col("", 1.3)] + [Col(label(d), 1, "CENTER") for d in DIMENSIONS]
    now = ["This period"] + [rag_cell(ctx, p, d) for d in DIMENSIONS]
    rows: list[list[Any]] = [now]
    if before is not None:
        last: list[Any] = ["Last period"]
        for d in DIMENSIONS:
            r = rag_value(before.rag) if d == "overall" else rag_value(before.reported.get(d))
            last.append(RagCell(r, rag_word(r)))
        rows.append(last)
    calc: list[Any] = ["Calculated"]
    for d in DIMENSIONS:
        if d in p.calculated:
            r = rag_value(p.calculated.get(d))
            calc.append(RagCell(r, rag_word(r)))
        else:
            calc.append("n/a")
    rows.append(calc)
    return table(cols, rows, ctx.width, zebra=False, font_size=7.2)


def _finance(ctx: Ctx, p: ProjectRow, width: float, pairs: int = 1) -> Table:
    pf = ctx.model.finance_of[p.code]
    e = pf.evm  # its VAC % as the one-pagers have always printed it (VAC / BAC × 100)
    cost_pct = cost_var_pct(p.bac, p.eac)
    tol = p.tolerance_cost_pct
    slip = p.next_milestone_slip
    finish = None
    b, f = parse_day(p.finish_baseline), parse_day(p.finish_forecast)
    if b and f:
        finish = (f - b).days
    rows = [
        ("Budget (BAC)", ctx.money(p.bac, compact=False)),
        ("Actual to date", ctx.money(p.ac, compact=False)),
        ("Forecast (EAC)", ctx.money(pf.eac, compact=False)),
        ("Variance (VAC)", ctx.money(e.vac, compact=False) + f"  ({ctx.pct(e.vac_pct)})"),
        ("CPI · SPI · BEI", f"{ctx.index(e.cpi)} · {ctx.index(e.spi)} · "
                            f"{ctx.model.bei[p.code].text if p.code in ctx.model.bei else 'n/a'}"),
        ("Complete", ctx.pct(None if p.pct_complete is None else p.pct_complete * 100, 0)),
        ("Cost tolerance", _tolerance(cost_pct, tol, "%", rag_value(p.calculated.get("cost")),
                                      "cost")),
        ("Finish", f"{day_text(p.finish_forecast)} ({days_text(finish)} vs baseline)"),
        ("Time tolerance", _tolerance(float(finish) if finish is not None else None,
                                      p.tolerance_time_days, " d",
                                      rag_value(p.calculated.get("schedule")), "schedule")),
        ("Re-baselined", plural(p.rebaselines, "time")),
    ]
    _ = slip
    per = -(-len(rows) // pairs)  # rows per column pair
    grid: list[list[str]] = []
    for i in range(per):
        line: list[str] = []
        for k in range(pairs):
            j = k * per + i
            line += list(rows[j]) if j < len(rows) else ["", ""]
        grid.append(line)
    gap = 4 * mm if pairs > 1 else 0
    pair_w = (width - gap * (pairs - 1)) / pairs
    widths: list[float] = []
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSansCondensed"),
        ("FONTSIZE", (0, 0), (-1, -1), 7.6), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBELOW", (0, 0), (-1, -2), 0.4, WHITE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6)]
    for k in range(pairs):
        col = len(widths)
        if k:
            widths.append(gap)
            style += [("BACKGROUND", (col, 0), (col, -1), WHITE),
                      ("LINEBELOW", (col, 0), (col, -1), 0, WHITE)]
            col += 1
        widths += [pair_w * 0.42, pair_w * 0.58]
        style += [("FONTNAME", (col + 1, 0), (col + 1, -1), "DejaVuSansCondensed-Bold"),
                  ("ALIGN", (col + 1, 0), (col + 1, -1), "RIGHT")]
    if pairs > 1:
        grid = [sum(([""] + line[2 * k:2 * k + 2] if k else line[:2] for k in range(pairs)), [])
                for line in grid]
    return Table(grid, colWidths=widths, hAlign="LEFT", style=TableStyle(style))


def _tolerance(value: float | None, tolerance: float | int | None, unit: str,
               calculated: Rag, dimension: str) -> str:
    """The deviation and its verdict, which is the calculated RAG of ``dimension`` (one
    rule: 'exception' only when the calculated rating is Red, as §2.3 and the appendix
    say); the project's own tolerance is printed beside it for reference."""
    if value is None:
        return "—"
    shown = f"{value:+.1f}{unit}" if unit == "%" else f"{value:+.0f}{unit}"
    shown = shown.replace("-", "−")
    verdict = {Rag.RED: "exception (Red)", Rag.AMBER: "at risk (Amber)",
               Rag.GREEN: "within (Green)"}.get(calculated)
    limit = f"limit {tolerance:g}{unit}" if tolerance is not None else None
    tail = ", ".join(t for t in (verdict, limit) if t)
    return f"{shown}: {tail}" if tail else shown


def _summary(ctx: Ctx, p: ProjectRow, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [heading("Status summary", 3), para(p.summary or "No summary given.", "body")]
    if p.rag_justification:
        out += [heading("RAG justification", 3), para(p.rag_justification, "body")]
    out += [heading("Next reporting period", 3), para(p.next_steps or "No next steps given.", "body")]
    flags = []
    green = [f.message for f in ctx.data.findings
             if f.check == "false_green" and (f.project or f.item) == p.code]
    if green:  # the same finding as the summary and the data-quality checks
        flags.append("Possible false green: " + green[0])
    else:
        shown, calc = rag_value(p.rag), rag_value(p.calculated.get("overall"))
        if shown is not Rag.NOT_SET and calc > shown:
            flags.append(f"Reported {shown.label} but calculated {calc.label}.")
    if p.critical_overdue:
        flags.append(f"{plural(p.critical_overdue, 'critical milestone')} overdue.")
    if flags:
        out += [Spacer(1, 4)] + [Paragraph("⚠ " + esc(f), st.small) for f in flags]
    return out


def _history(ctx: Ctx, p: ProjectRow, width: float) -> list[Flowable]:
    periods = ctx.data.history_periods
    if not periods:
        return []
    seen = ctx.data.history.get(p.code, {})
    cols = [Col(f"{x.as_of:%b %y}", 1, "CENTER") for x in periods]
    row: list[Any] = []
    for x in periods:
        r = rag_value(seen.get(x.id))
        row.append(RagCell(r, r.label if x.id in seen else "—"))
    if ctx.data.period is None:
        cols.append(Col("Now", 1, "CENTER"))
        now = rag_value(p.rag)
        row.append(RagCell(now, now.label))
    return [heading("Overall RAG by period", 3), table(cols, [row], width, zebra=False,
                                                       font_size=6.8)]


def _milestones(ctx: Ctx, p: ProjectRow, index: ProjectIndex, width: float) -> list[Flowable]:
    d = ctx.data
    ms = index.milestones.get(p.code, [])
    start = d.period_start
    done = [m for m in ms if (a := parse_day(m.actual_date)) is not None and start <= a <= d.as_of]
    upcoming = sorted((m for m in ms if not m.actual_date and (m.status or "") != "cancelled"),
                      key=lambda m: (m.forecast_date or m.baseline_date or "", m.name))
    shown = done + upcoming[:5]
    out: list[Flowable] = [heading("Milestones: completed this period and the next five", 3)]
    if not shown:
        return out + [empty("No milestones recorded.")]
    rows = [[para(m.name), "Yes" if m.critical else "", day_text(m.baseline_date),
             day_text(m.actual_date or m.forecast_date), "—" if m.slip is None else str(m.slip),
             _ms_cell(m.state(d.as_of, start))] for m in shown]
    return out + [table([Col("Milestone", 3.2, wrap=True), Col("Critical", 0.8, "CENTER"),
                         Col("Baseline", 1.2), Col("Actual / forecast", 1.4),
                         Col("Slip (d)", 0.8, "RIGHT"), Col("Status", 1.5, "CENTER")],
                        rows, width)]


def _raid(ctx: Ctx, p: ProjectRow, index: ProjectIndex, width: float) -> list[Flowable]:
    d = ctx.data
    raid = index.raid.get(p.code, [])
    risks = sorted((r for r in raid if r.type == "risk" and r.is_open and r.is_threat),
                   key=lambda r: (-(r.score or 0), r.ref))[:3]
    issues = sorted((r for r in raid if r.type == "issue" and r.is_open),
                    key=lambda r: (SEVERITY_RANK.get(r.severity or "", 9), r.ref))[:3]
    out: list[Flowable] = [heading("Key risks and issues", 3)]
    if not risks and not issues:
        return out + [empty("No open risks or issues.")]
    rows = []
    for r in risks:
        band = d.risk_bands.band(r.score) if r.score else None
        score = Fill(hex_colour(band.colour), f"{r.score} {band.label}") if band else "—"
        rows.append(["Risk", r.ref, para(r.title), score, para(r.owner or "No owner"),
                     para(r.response_actions or label(r.response) or "—")])
    for r in issues:
        rows.append(["Issue", r.ref, para(r.title), severity_cell(r), para(r.owner or "No owner"),
                     para(r.next_action or label(r.status) or "—")])
    return out + [table([Col("Type", 0.7), Col("ID", 0.8), Col("Title", 2.6, wrap=True),
                         Col("Score / severity", 1.3, "CENTER"), Col("Owner", 1.5, wrap=True),
                         Col("Response / next action", 2.6, wrap=True)], rows, width)]


def _requests(ctx: Ctx, p: ProjectRow, index: ProjectIndex, width: float) -> list[Flowable]:
    raid = index.raid.get(p.code, [])
    crs = sorted(index.changes.get(p.code, []), key=lambda c: (c.date_raised or "", c.ref),
                 reverse=True)[:4]
    asks = [r for r in raid if r.type == "decision" and r.is_open
            and (r.escalation or "") in ("board", "portfolio")]
    out: list[Flowable] = [heading("Requests for change and asks of the board", 3)]
    rows = [[c.ref if c.ref.upper().startswith("CR") else f"CR {c.ref}", para(c.title),
             label(c.status), ctx.money(c.impact_cost), days_text(c.impact_schedule_days)]
            for c in crs]
    rows += [[f"Decision {r.ref}", para(r.title), label(r.status), "", day_text(r.due_date)]
             for r in asks]
    if not rows:
        return out + [empty("No change requests or decisions for the board.")]
    return out + [table([Col("Item", 1.3), Col("Title", 4, wrap=True), Col("Status", 1.4),
                         Col("Cost", 1, "RIGHT"), Col("Time / due", 1.1, "RIGHT")], rows, width)]


def _columns(left: list[Flowable], right: list[Flowable], left_w: float, right_w: float,
             gap: float) -> Table:
    return Table([[left, right]], colWidths=[left_w + gap, right_w], hAlign="LEFT",
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, 0), gap),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0)]))


_LONG_TEXT = 900  # characters of free text above which the landscape page flows in one column


def one_pager(ctx: Ctx, p: ProjectRow, index: ProjectIndex, kicker: str) -> list[Flowable]:
    w, gap = ctx.width, 6 * mm
    out: list[Flowable] = [Anchor(f"p-{p.code}", f"{p.code} {p.name}", level=1),
                           _header(ctx, p, kicker), Spacer(1, 5), _strip(ctx, p), Spacer(1, 6)]
    free_text = sum(len(x or "") for x in (p.summary, p.rag_justification, p.next_steps))
    if ctx.meta.landscape and free_text <= _LONG_TEXT:
        left_w = w * 0.56
        right_w = w - left_w - gap
        left = _summary(ctx, p, left_w) + _milestones(ctx, p, index, left_w) + \
            _raid(ctx, p, index, left_w)
        right = [heading("Finance and tolerances", 3), _finance(ctx, p, right_w)] + \
            _history(ctx, p, right_w) + _requests(ctx, p, index, right_w)
        return out + [_columns(left, right, left_w, right_w, gap)]
    # Portrait flows in one column: nested tables would be laid out twice (slow).
    out += _history(ctx, p, w) + _summary(ctx, p, w)
    out += [heading("Finance and tolerances", 3), _finance(ctx, p, w, pairs=2)]
    out += _milestones(ctx, p, index, w) + _raid(ctx, p, index, w)
    out.append(CondPageBreak(30 * mm))
    return out + _requests(ctx, p, index, w)


_MS_RAG = {"complete_on_time": (Rag.GREEN, "Done"), "complete_late": (Rag.AMBER, "Done late"),
           "missed": (Rag.RED, "Missed"), "forecast_late": (Rag.AMBER, "Forecast late"),
           "due_this_period": (Rag.GREEN, "Due"), "not_due": (Rag.NOT_SET, "Not due"),
           "cancelled": (Rag.NOT_SET, "Cancelled")}


def _ms_cell(state: str) -> RagCell:
    rag, text = _MS_RAG.get(state, (Rag.NOT_SET, label(state)))
    return RagCell(rag, text)


_ = (RULE, WHITE)
