"""The front of the pack: the cover with its contents, and the executive summary."""

from __future__ import annotations


from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle


from .charts import rag_bars
from .context import Ctx
from .doc import PageRef
from .flow import (
    Col, RagCell, Rule, block, empty, heading, note, para, rag_word, section_title, table, tiles
)
from .model import long_date, period_text, plural
from .parts import more, rag_cell
from .theme import BOLD, NAVY, RULE, WHITE, esc, rag_fill, rag_text_colour, styles


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


__all__ = ["contents", "cover", "cover_with_contents", "summary"]
