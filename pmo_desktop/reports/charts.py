"""Vector charts drawn with reportlab.graphics (never bitmaps)."""

from __future__ import annotations

from typing import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from pmo_desktop.domain.rag import Rag
from pmo_desktop.domain.risk import IMPACT_LABELS, PROBABILITY_LABELS, RiskBands

from .theme import (
    BOLD, COND, INK, MUTED, RULE, SANS, WHITE, hex_colour, ink_on, rag_fill, rag_text_colour, tint,
)


def risk_heatmap(grid: Sequence[Sequence[int]], bands: RiskBands, title: str,
                 width: float) -> Drawing:
    """5×5 grid: probability up the side (5 at top), impact along the bottom.

    Each cell is shaded by its band and prints the count of risks in it; the band
    name is printed small in every cell so the grid reads in greyscale too.
    """
    label_w, label_h, title_h = 62.0, 30.0, 16.0
    cell = min((width - label_w) / 5.0, 34.0)
    height = title_h + 5 * cell + label_h
    d = Drawing(label_w + 5 * cell, height)
    d.add(String(label_w, height - 11, title, fontName=BOLD, fontSize=8.5, fillColor=INK))
    top = height - title_h
    for p in range(5, 0, -1):
        y = top - (6 - p) * cell
        d.add(String(label_w - 4, y + cell / 2 - 3, f"{PROBABILITY_LABELS[p]} {p}",
                     fontName=COND, fontSize=6.4, fillColor=MUTED, textAnchor="end"))
        for i in range(1, 6):
            x = label_w + (i - 1) * cell
            band = bands.band(p * i)
            count = grid[p - 1][i - 1]
            fill = hex_colour(band.colour)
            d.add(Rect(x, y, cell, cell, fillColor=fill, strokeColor=WHITE, strokeWidth=1.2,
                       fillOpacity=1 if count else 0.35))
            ink = ink_on(fill if count else tint(fill, 0.35))  # as it prints on paper
            if count:
                d.add(String(x + cell / 2, y + cell / 2 - 2, str(count), fontName=BOLD,
                             fontSize=10, fillColor=ink, textAnchor="middle"))
            d.add(String(x + cell / 2, y + 3, band.label, fontName=COND, fontSize=4.6,
                         fillColor=ink, textAnchor="middle"))
    for i in range(1, 6):
        x = label_w + (i - 1) * cell + cell / 2
        d.add(String(x, top - 5 * cell - 9, f"{i} {IMPACT_LABELS[i]}", fontName=COND,
                     fontSize=6.0, fillColor=MUTED, textAnchor="middle"))
    d.add(String(label_w + 2.5 * cell, 2, "Impact →", fontName=SANS, fontSize=6.6,
                 fillColor=MUTED, textAnchor="middle"))
    d.add(String(4, top - 5 * cell - 9, "Probability ↑", fontName=SANS, fontSize=6.6,
                 fillColor=MUTED))
    return d


def rag_bars(rows: Sequence[tuple[str, Sequence[tuple[Rag, int]]]], width: float) -> Drawing:
    """Stacked horizontal bars of project counts by RAG (one bar per period)."""
    label_w, bar_h, gap = 86.0, 17.0, 8.0
    height = len(rows) * (bar_h + gap) + 4
    d = Drawing(width, height)
    span = width - label_w - 4
    for k, (label, parts) in enumerate(rows):
        y = height - (k + 1) * (bar_h + gap) + gap / 2
        d.add(String(label_w - 6, y + bar_h / 2 - 3, label, fontName=SANS, fontSize=7.4,
                     fillColor=MUTED, textAnchor="end"))
        total = sum(n for _r, n in parts) or 1
        x = label_w
        for rag, n in parts:
            if not n:
                continue
            w = span * n / total
            d.add(Rect(x, y, w, bar_h, fillColor=rag_fill(rag), strokeColor=WHITE,
                       strokeWidth=1))
            text = f"{rag.label} {n}" if w > 44 else str(n)
            d.add(String(x + w / 2, y + bar_h / 2 - 3, text, fontName=BOLD, fontSize=7.2,
                         fillColor=rag_text_colour(rag), textAnchor="middle"))
            x += w
    d.add(Line(label_w, 0, label_w, height, strokeColor=RULE, strokeWidth=0.6))
    return d
