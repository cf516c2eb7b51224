"""Building blocks of the pack: tables with repeating headers, RAG chips, tiles.

Free text from the data always goes through ``esc`` into a Paragraph so it wraps and
prints literally; short fixed-width values (numbers, dates, codes, RAG words) are plain
strings, which reportlab draws without markup and much faster.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)

from pmo_desktop.domain.rag import Rag, Trend

from .theme import (
    COND, COND_BOLD, INK, MUTED, NAVY, PALE, RULE, WHITE, ZEBRA, esc, ink_on, rag_fill,
    rag_text_colour, styles,
)


@dataclass(frozen=True)
class Col:
    """One table column: title, share of the width, alignment, wrapping free text."""

    title: str
    width: float
    align: str = "LEFT"  # LEFT | RIGHT | CENTER
    wrap: bool = False


@dataclass(frozen=True)
class RagCell:
    """A cell filled with the RAG colour and printing its word (and trend/calc)."""

    rag: Rag
    text: str


@dataclass(frozen=True)
class Fill:
    """A cell with a background colour and a short text (heat maps)."""

    colour: colors.Color
    text: str
    ink: colors.Color | None = None  # None: INK or WHITE, whichever reads better on it


def rag_word(rag: Rag, trend: Trend | None = None) -> str:
    word = rag.label if rag is not Rag.NOT_SET else "Not set"
    return f"{word} {trend.arrow}" if trend is not None else word


@dataclass(frozen=True)
class Text:
    """Data text for a table cell: drawn plain when it fits, else an escaped Paragraph."""

    text: str
    bold: bool = False


def para(text: object, style: str = "cell") -> Any:
    """Data text: a ``Text`` for table cells (``cell*`` styles), else a Paragraph."""
    if style.startswith("cell"):
        return Text("" if text is None else str(text), bold=style == "cell_bold")
    return Paragraph(esc(text), getattr(styles(), style))


@lru_cache(maxsize=64)
def _cell_style(size: float, bold: bool, align: str, head: bool) -> ParagraphStyle:
    return ParagraphStyle(
        f"cell-{size}-{bold}-{align}-{head}", fontName=COND_BOLD if bold or head else COND,
        fontSize=size, leading=size + 1.8, textColor=WHITE if head else INK,
        alignment={"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}[align])


def markup(text: str, style: str = "body") -> Paragraph:
    """A Paragraph of markup we wrote (every data part already escaped)."""
    return Paragraph(text, getattr(styles(), style))


def table(cols: Sequence[Col], rows: Sequence[Sequence[Any]], width: float,
          extra: Sequence[tuple[Any, ...]] = (), zebra: bool = True,
          font_size: float = 7.6, repeat: int = 1) -> Table:
    """A full-width table whose header repeats on every page it spans.

    Text that fits its column is drawn as a plain string (fast, never parsed as
    markup); longer text becomes an escaped, wrapping Paragraph, so nothing is clipped.
    """
    widths = fit_widths(cols, rows, width, font_size)
    room = [w - _PAD for w in widths]
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), COND), ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 1.8), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, 0), COND_BOLD), ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
    ]

    def text(value: str, bold: bool, i: int, r: int) -> Any:
        font = COND_BOLD if bold or r == 0 else COND
        if "\n" not in value and stringWidth(value, font, font_size) <= room[i]:
            if bold and r:
                cmds.append(("FONTNAME", (i, r), (i, r), COND_BOLD))
            return value
        if "\n" in value and all(stringWidth(v, font, font_size) <= room[i]
                                 for v in value.split("\n")):
            return value
        return Paragraph(esc(value), _cell_style(font_size, bold, cols[i].align, r == 0))

    for i, c in enumerate(cols):
        if c.align != "LEFT":
            cmds.append(("ALIGN", (i, 0), (i, -1), c.align))
    if zebra and len(rows) > 3:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]))
    chip_cols: set[int] = set()
    body: list[list[Any]] = [[text(c.title, True, i, 0) for i, c in enumerate(cols)]]
    for r, row in enumerate(rows, start=1):
        out: list[Any] = []
        for i, value in enumerate(row):
            if isinstance(value, RagCell):
                cmds += [("BACKGROUND", (i, r), (i, r), rag_fill(value.rag)),
                         ("TEXTCOLOR", (i, r), (i, r), rag_text_colour(value.rag))]
                chip_cols.add(i)
                out.append(value.text)
            elif isinstance(value, Fill):
                cmds += [("BACKGROUND", (i, r), (i, r), value.colour),
                         ("TEXTCOLOR", (i, r), (i, r), value.ink or ink_on(value.colour))]
                chip_cols.add(i)
                out.append(value.text)
            elif isinstance(value, Text):
                out.append(text(value.text, value.bold, i, r))
            elif isinstance(value, Flowable) or isinstance(value, list):
                out.append(value)
            else:
                out.append(text("" if value is None else str(value), False, i, r))
        body.append(out)
    for i in sorted(chip_cols):
        cmds += [("FONTNAME", (i, 1), (i, -1), COND_BOLD), ("ALIGN", (i, 1), (i, -1), "CENTER"),
                 ("LINEAFTER", (i, 1), (i, -1), 1.2, WHITE)]
    cmds += list(extra)
    return Table(body, colWidths=widths, repeatRows=repeat, style=TableStyle(cmds),
                 hAlign="LEFT")


_PAD = 7.5


def _text_width(value: Any, font_size: float) -> float:
    if isinstance(value, RagCell | Fill):
        text, font = value.text, COND_BOLD
    elif isinstance(value, Text):
        text, font = value.text, COND_BOLD if value.bold else COND
    elif isinstance(value, str):
        text, font = value, COND
    else:
        return 0.0
    return max(stringWidth(line, font, font_size) for line in text.split("\n"))


def fit_widths(cols: Sequence[Col], rows: Sequence[Sequence[Any]], width: float,
               font_size: float) -> list[float]:
    """Share ``width`` by the columns' weights, then widen any plain-text column whose
    longest value would not fit, taking the room from the wrapping columns."""
    total = sum(c.width for c in cols)
    widths = [width * c.width / total for c in cols]
    need = [0.0] * len(cols)
    for row in rows:
        for i, value in enumerate(row):
            if not cols[i].wrap:
                need[i] = max(need[i], _text_width(value, font_size) + _PAD)
    extra = sum(max(0.0, n - w) for n, w in zip(need, widths))
    if extra <= 0:
        return widths
    flexible = [i for i, c in enumerate(cols) if c.wrap]
    room = sum(widths[i] * 0.45 for i in flexible)
    take = min(extra, room)
    if take <= 0:
        return widths
    for i in range(len(cols)):
        if not cols[i].wrap and need[i] > widths[i]:
            widths[i] += (need[i] - widths[i]) * take / extra
    shrink = sum(widths[i] for i in flexible)
    for i in flexible:
        widths[i] -= take * widths[i] / shrink
    return widths


def empty(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().muted)


def heading(text: str, level: int = 2) -> Paragraph:
    st = styles()
    return Paragraph(esc(text), {1: st.h1, 2: st.h2, 3: st.h3}[level])


def section_title(title: str, lead: str | None = None) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(esc(title), st.h1), Rule(NAVY, 1.4, 0, 6)]
    if lead:
        out.append(Paragraph(lead, st.muted))
        out.append(Spacer(1, 4))
    return out


class Rule(Flowable):
    """A horizontal line across the frame."""

    def __init__(self, colour: colors.Color = RULE, thickness: float = 0.6,
                 space_before: float = 2, space_after: float = 4) -> None:
        super().__init__()
        self.colour, self.thickness = colour, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return (availWidth, self.thickness)

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self._width, 0)


def tiles(items: Sequence[tuple[str, str, str | None]], width: float) -> Table:
    """Key figures in a row of tiles: (big value, label, sub-line)."""
    st = styles()
    cells = []
    n = len(items)
    col_w = (width - 3 * mm * (n - 1)) / n
    longest = max(stringWidth(v, "DejaVuSans-Bold", 15) for v, _l, _s in items)
    number = st.big_number
    if longest > col_w - 10:  # shrink the figures so that none wraps
        size = max(9.0, 15 * (col_w - 10) / longest)
        number = ParagraphStyle("big_fit", parent=st.big_number, fontSize=size, leading=size + 4)
    for value, label, sub in items:
        parts: list[Flowable] = [Paragraph(esc(value), number),
                                 Paragraph(esc(label), st.big_label)]
        if sub:
            parts.append(Paragraph(esc(sub), st.big_label))
        cells.append(parts)
    n = len(items)
    gap = 3 * mm
    col = (width - gap * (n - 1)) / n
    widths: list[float] = []
    row: list[Any] = []
    for i, c in enumerate(cells):
        if i:
            widths.append(gap)
            row.append("")
        widths.append(col)
        row.append(c)
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for i in range(0, len(row), 2):
        style.append(("BACKGROUND", (i, 0), (i, 0), PALE))
    return Table([row], colWidths=widths, style=TableStyle(style), hAlign="LEFT")


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


class RoomFor(CondPageBreak):
    """A new page unless the whole block fits here, or at least its first ``start``
    points do (a heading, the table head and a few rows). Unlike ``KeepTogether`` a
    long block starts where there is room and continues overleaf with its header
    repeated, so the page before it is not left half empty."""

    def __init__(self, flowables: Sequence[Flowable], start: float) -> None:
        super().__init__(start)
        self.flowables, self.start = list(flowables), start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        total = sum(f.wrap(availWidth, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                    for f in self.flowables)
        self.height = min(total, self.start)
        return super().wrap(availWidth, availHeight)


def block(title: str, body: Flowable, rows: int) -> list[Flowable]:
    """A heading with its table: together when short, else started where there is room."""
    head = heading(title)
    start = 45 * mm if rows > 4 else 1e6  # a table of a few rows never splits
    return [RoomFor([head, body], start), head, body]


def note(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().muted)


def legend_rag() -> Paragraph:
    return Paragraph(
        "RAG is printed as colour and word. Arrows compare with the last closed period: "
        "↑ better, → no change, ↓ worse, ★ new. <i>calc</i> shows the calculated rating "
        "where it differs from the one reported by the project manager.", styles().muted)


MUTED_COLOUR = MUTED
