"""The Roadmap section: projects as bars on a time axis, grouped by programme.

Drawn as vectors on the canvas (no image): quarter ticks with their years, each
project's bar in its overall RAG colour over a grey ghost of its baseline, milestones
as diamonds (critical ones red and larger; an open one hollow; a slipped one with its
baseline as a grey ghost joined by a dotted line), and a dashed status-date line.

Programmes fill the pages in order, each whole on one page when it fits (so a page
never ends in the middle of a programme that a fresh page would hold); a programme
longer than a page continues on the next ("… (continued)"). Data text is drawn with ``drawString`` (never parsed as
markup), its whitespace folded to single spaces and cut to the label column's width.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from pmo_desktop.domain.rag import Rag

from .context import Ctx
from .flow import empty, section_title
from .model import long_date
from .roadmap_model import Axis, Line, Mark, axis_of, groups_of, lines_of
from .theme import (
    BOLD, COND, COND_BOLD, INK, MUTED, NAVY, PALE, RULE, WHITE, ZEBRA, ink_on, rag_fill, tint,
)

HEAD_H = 24.0  # the axis band
GROUP_H = 15.0  # a programme's header row
ROW_H = 13.0  # a project's row
LEGEND_H = 16.0
CRITICAL = colors.HexColor(Rag.RED.colour)
GHOST = colors.HexColor("#9AA3AD")
TODAY = colors.HexColor("#B10E1E")


@dataclass(frozen=True)
class Chunk:
    """One programme's rows on one page (``continued``: not its first page)."""

    programme: str
    lines: list[Line]
    continued: bool = False

    @property
    def height(self) -> float:
        return GROUP_H + ROW_H * len(self.lines)


def _fold(text: str) -> str:
    return " ".join(text.split())


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) to ``width`` points."""
    text = _fold(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class RoadmapChart(Flowable):
    """The axis band and the rows of ``chunks``, as wide as the frame."""

    def __init__(self, chunks: list[Chunk], axis: Axis, as_of_day: date,
                 status_label: str) -> None:
        super().__init__()
        self.chunks, self.axis, self.as_of = chunks, axis, as_of_day
        self.status_label = status_label
        self.width = 0.0
        self.height = HEAD_H + sum(c.height for c in chunks)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return (availWidth, self.height)

    # -- geometry ---------------------------------------------------------------
    @property
    def label_w(self) -> float:
        return min(0.32 * self.width, 200.0)

    def x(self, day: date) -> float:
        left = self.label_w + 4
        ax = self.axis
        days = (min(max(day, ax.first), ax.last) - ax.first).days
        return left + (self.width - left) * days / ax.span

    # -- drawing -------------------------------------------------------------------
    def draw(self) -> None:
        c: Canvas = self.canv
        c.saveState()
        top = self.height
        self._axis(c, top)
        y = top - HEAD_H
        for chunk in self.chunks:
            y = self._group(c, chunk, y)
        self._today(c, top)
        c.restoreState()

    def _axis(self, c: Canvas, top: float) -> None:
        quarters = self.axis.quarters()
        left = self.label_w + 4
        each = (self.width - left) / max(1, len(quarters))
        c.setFillColor(NAVY)
        c.rect(left, top - HEAD_H, self.width - left, HEAD_H, stroke=0, fill=1)
        c.setFont(COND_BOLD, 7.2)
        c.setFillColor(MUTED)
        c.drawString(0, top - HEAD_H + 4, "Project")
        for q in quarters:
            x = self.x(q)
            c.setStrokeColor(WHITE if q.month == 1 else tint(WHITE, 0.5))
            c.setLineWidth(0.8 if q.month == 1 else 0.3)
            c.line(x, top - HEAD_H, x, top - HEAD_H / 2 if q.month != 1 else top)
            c.setFillColor(WHITE)
            if each >= 22:
                c.setFont(COND, 6.8)
                c.drawString(x + 2, top - HEAD_H + 4, f"Q{(q.month - 1) // 3 + 1}")
            if q.month == 1 or q == quarters[0]:
                c.setFont(COND_BOLD, 7.4)
                c.drawString(x + 2, top - 9, str(q.year))

    def _grid(self, c: Canvas, y_top: float, y_bottom: float) -> None:
        c.setLineWidth(0.3)
        for q in self.axis.quarters()[1:]:
            c.setStrokeColor(RULE if q.month != 1 else GHOST)
            x = self.x(q)
            c.line(x, y_bottom, x, y_top)

    def _group(self, c: Canvas, chunk: Chunk, y: float) -> float:
        c.setFillColor(PALE)
        c.rect(0, y - GROUP_H, self.width, GROUP_H, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont(BOLD, 8.2)
        title = chunk.programme + (" (continued)" if chunk.continued else "")
        count = f"  ·  {len(chunk.lines)} project{'s' if len(chunk.lines) != 1 else ''}"
        c.drawString(3, y - GROUP_H + 4.4, fit(title, BOLD, 8.2, self.width * 0.6) + count)
        y -= GROUP_H
        self._grid(c, y, y - ROW_H * len(chunk.lines))
        for i, line in enumerate(chunk.lines):
            if i % 2:
                c.setFillColor(ZEBRA)
                c.rect(0, y - ROW_H, self.width, ROW_H, stroke=0, fill=1)
                self._grid(c, y, y - ROW_H)
            self._row(c, line, y - ROW_H)
            y -= ROW_H
        return y

    def _row(self, c: Canvas, line: Line, y: float) -> None:
        mid = y + ROW_H / 2
        fill = rag_fill(line.rag)
        c.setFillColor(fill)
        c.setStrokeColor(fill)
        c.rect(2, mid - 3.6, 9, 7.2, stroke=0, fill=1)
        c.setFillColor(ink_on(fill))
        c.setFont(COND_BOLD, 5.6)
        c.drawCentredString(6.5, mid - 2, line.rag.label[:1] if line.rag is not Rag.NOT_SET
                            else "–")
        c.setFillColor(INK)
        c.setFont(COND_BOLD, 7.2)
        code = fit(line.code, COND_BOLD, 7.2, self.label_w * 0.4)
        c.drawString(14, mid - 2.5, code)
        used = 14 + stringWidth(code, COND_BOLD, 7.2) + 4
        c.setFont(COND, 7.2)
        c.drawString(used, mid - 2.5, fit(line.name, COND, 7.2, self.label_w - used - 2))
        if line.base_start and line.base_finish and line.base_finish >= line.base_start:
            x0, x1 = self.x(line.base_start), self.x(line.base_finish)
            c.setFillColor(tint(GHOST, 0.45))
            c.rect(x0, y + 1.6, max(1.0, x1 - x0), 2.4, stroke=0, fill=1)
        if line.start and line.finish and line.finish >= line.start:
            x0, x1 = self.x(line.start), self.x(line.finish)
            c.setFillColor(tint(fill, 0.55) if line.rag is not Rag.NOT_SET else tint(GHOST, 0.6))
            c.setStrokeColor(fill if line.rag is not Rag.NOT_SET else GHOST)
            c.setLineWidth(0.6)
            c.rect(x0, mid - 2.2, max(1.2, x1 - x0), 5.4, stroke=1, fill=1)
        for mark in line.marks:
            self._mark(c, mark, mid + 0.5)

    def _mark(self, c: Canvas, m: Mark, mid: float) -> None:
        x = self.x(m.day)
        if m.ghost is not None:
            gx = self.x(m.ghost)
            c.setStrokeColor(GHOST)
            c.setLineWidth(0.5)
            c.setDash(1, 1.2)
            c.line(gx, mid, x, mid)
            c.setDash()
            diamond(c, gx, mid, 2.8, WHITE, GHOST)
        size = 3.9 if m.critical else 3.0
        colour = CRITICAL if m.critical else NAVY
        diamond(c, x, mid, size, colour if m.done else WHITE, colour)

    def _today(self, c: Canvas, top: float) -> None:
        if not self.axis.first <= self.as_of < self.axis.last:
            return
        x = self.x(self.as_of)
        c.setStrokeColor(TODAY)
        c.setLineWidth(0.9)
        c.setDash(3, 2)
        c.line(x, 0, x, top - HEAD_H)
        c.setDash()
        c.setFillColor(TODAY)
        c.setFont(COND_BOLD, 6.4)
        label = self.status_label
        w = stringWidth(label, COND_BOLD, 6.4)
        lx = min(max(x - w / 2, self.label_w + 4), self.width - w)
        c.setFillColor(WHITE)
        c.rect(lx - 1.5, top - HEAD_H - 8.6, w + 3, 8, stroke=0, fill=1)
        c.setFillColor(TODAY)
        c.drawString(lx, top - HEAD_H - 6.6, label)


def diamond(c: Canvas, x: float, y: float, r: float, fill: colors.Color,
            stroke: colors.Color) -> None:
    path = c.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    c.setFillColor(fill)
    c.setStrokeColor(stroke)
    c.setLineWidth(0.7)
    c.drawPath(path, stroke=1, fill=1)


class Legend(Flowable):
    """What the symbols mean, in one line."""

    ITEMS = ("Forecast (overall RAG)", "Baseline", "Milestone (filled: done)",
             "Critical milestone", "Slipped: baseline", "Status date")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return (availWidth, LEGEND_H)

    def draw(self) -> None:
        c: Canvas = self.canv
        c.saveState()
        c.setFont(COND, 7)
        x, y = 0.0, 6.0
        amber = rag_fill(Rag.AMBER)
        for i, text in enumerate(self.ITEMS):
            if i == 0:
                c.setFillColor(tint(amber, 0.55))
                c.setStrokeColor(amber)
                c.rect(x, y - 2, 14, 5.4, stroke=1, fill=1)
            elif i == 1:
                c.setFillColor(tint(GHOST, 0.45))
                c.rect(x, y - 1, 14, 2.4, stroke=0, fill=1)
            elif i == 2:
                diamond(c, x + 7, y + 0.7, 3.0, NAVY, NAVY)
            elif i == 3:
                diamond(c, x + 7, y + 0.7, 3.9, CRITICAL, CRITICAL)
            elif i == 4:
                diamond(c, x + 7, y + 0.7, 2.8, WHITE, GHOST)
            else:
                c.setStrokeColor(TODAY)
                c.setDash(3, 2)
                c.line(x + 7, y - 4, x + 7, y + 6)
                c.setDash()
            c.setFillColor(MUTED)
            c.drawString(x + 17, y - 1.6, text)
            x += 17 + stringWidth(text, COND, 7) + 10
        c.restoreState()


def _pages(groups: list[tuple[str, list[Line]]], first: float, full: float) -> list[list[Chunk]]:
    """Chunks per page, filled in order: a programme goes whole onto the page in hand
    when it fits there, else onto a new page; one longer than a page starts where it
    is (when a few of its rows fit) and continues over as many pages as it needs. The
    first page has ``first`` points, the others ``full``."""
    pages: list[list[Chunk]] = [[]]
    room = first - HEAD_H

    def new_page() -> None:
        nonlocal room
        pages.append([])
        room = full - HEAD_H

    for name, lines in groups:
        need = GROUP_H + ROW_H * len(lines)
        if need > room and pages[-1] and (need <= full - HEAD_H
                                          or room < GROUP_H + ROW_H * _MIN_ROWS):
            new_page()
        rest, continued = lines, False
        while rest:
            fits = max(1, int((room - GROUP_H) // ROW_H))
            pages[-1].append(Chunk(name, rest[:fits], continued))
            room -= GROUP_H + ROW_H * len(rest[:fits])
            rest, continued = rest[fits:], True
            if rest:
                new_page()
    return [p for p in pages if p]


# A programme split over pages starts on the page in hand only when this many rows fit.
_MIN_ROWS = 3


def roadmap(ctx: Ctx) -> list[Flowable]:
    lines = lines_of(ctx.data, ctx.model)
    as_of = ctx.data.as_of
    lead = (f"Projects by programme on a time axis, as of {long_date(as_of)}: each bar runs "
            "from the actual (else forecast) start to the forecast finish, over its baseline; "
            "a slipped milestone shows its baseline as a hollow grey diamond.")
    out: list[Flowable] = section_title("Roadmap", lead)
    if not lines:
        return out + [empty("No projects in scope.")]
    out.append(Legend())
    used = sum(f.wrap(ctx.width, ctx.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in out)
    axis = axis_of(lines, as_of)
    label = f"Status date {as_of:%d %b %Y}"
    pages = _pages(groups_of(lines), ctx.height - used - 24, ctx.height - 2)
    for i, chunks in enumerate(pages):
        if i:
            out.append(PageBreak())
        out.append(RoadmapChart(chunks, axis, as_of, label))
    return out


__all__ = ["Legend", "RoadmapChart", "diamond", "fit", "roadmap"]
