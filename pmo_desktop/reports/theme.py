"""Fonts, colours and paragraph styles of the pack (one look, defined once).

DejaVu is registered from ``resources/fonts`` and embedded, so £ € – ’ and accented
names print. RAG colours come from ``domain.rag`` (always printed with their text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pmo_desktop.domain.colour import text_on
from pmo_desktop.domain.rag import Rag, rag_or_not_set
from pmo_desktop.resources import resource_path

SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
COND = "DejaVuSansCondensed"
COND_BOLD = "DejaVuSansCondensed-Bold"

INK = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5B6670")
FAINT = colors.HexColor("#6B7580")  # 4.8:1 on white (WCAG AA)
RULE = colors.HexColor("#D5DAE0")
ZEBRA = colors.HexColor("#F5F7FA")
NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2A6F97")
PALE = colors.HexColor("#EAF1F7")
WHITE = colors.white


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the DejaVu family once per process (embedded subsets in the PDF)."""
    files = {
        SANS: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
        ITALIC: "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
        COND: "DejaVuSansCondensed.ttf", COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
    }
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=ITALIC,
                                  boldItalic="DejaVuSans-BoldOblique")
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND,
                                  boldItalic=COND_BOLD)


def esc(value: object) -> str:
    """Escape data text for a Paragraph: ``<b>R&D</b>`` prints literally."""
    return escape("" if value is None else str(value))


rag_of = rag_or_not_set


def rag_fill(rag: Rag) -> colors.Color:
    return colors.HexColor(rag.colour)


def hex_of(colour: colors.Color) -> str:
    """``#RRGGBB`` of a reportlab colour."""
    return "#" + colour.hexval()[2:].rjust(6, "0")[-6:]


def ink_on(fill: colors.Color) -> colors.Color:
    """INK or WHITE, whichever has the higher WCAG contrast on ``fill``."""
    return INK if _dark_text(hex_of(fill)) else WHITE


@lru_cache(maxsize=256)
def _dark_text(fill: str) -> bool:
    return text_on(fill, hex_of(INK), hex_of(WHITE)) == hex_of(INK)


def tint(colour: colors.Color, opacity: float) -> colors.Color:
    """``colour`` drawn at ``opacity`` over white paper."""
    return colors.Color(*(opacity * c + (1 - opacity) for c in colour.rgb()))


def rag_text_colour(rag: Rag) -> colors.Color:
    return ink_on(rag_fill(rag))


def hex_colour(value: str) -> colors.Color:
    return colors.HexColor(value)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles, scaled once for the page size."""

    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    message: ParagraphStyle
    big_number: ParagraphStyle
    big_label: ParagraphStyle
    center: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12.5, textColor=INK,
                          alignment=TA_LEFT)

    def s(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)  # type: ignore[arg-type]

    cell = s("cell", fontName=COND, fontSize=7.6, leading=9.4)
    return Styles(
        title=s("title", fontName=BOLD, fontSize=26, leading=31, textColor=NAVY),
        h1=s("h1", fontName=BOLD, fontSize=16, leading=20, textColor=NAVY, spaceAfter=4,
             spaceBefore=18),  # only when a section shares a page (none at a page top)
        h2=s("h2", fontName=BOLD, fontSize=11, leading=14, textColor=NAVY, spaceBefore=10,
             spaceAfter=4),
        h3=s("h3", fontName=BOLD, fontSize=8.6, leading=11, textColor=ACCENT, spaceBefore=6,
             spaceAfter=2),
        body=base,
        small=s("small", fontSize=7.6, leading=10),
        muted=s("muted", fontSize=8, leading=11, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=COND_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=COND_BOLD,
                                 textColor=WHITE),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell, fontName=COND_BOLD,
                                       textColor=WHITE, alignment=TA_RIGHT),
        message=s("message", fontSize=9.6, leading=13.5, leftIndent=13, bulletIndent=0,
                  spaceAfter=5, bulletColor=ACCENT, bulletFontSize=8),
        big_number=s("big_number", fontName=BOLD, fontSize=15, leading=19, textColor=NAVY,
                     alignment=TA_CENTER),
        big_label=s("big_label", fontSize=7.4, leading=9.5, textColor=MUTED,
                    alignment=TA_CENTER),
        center=s("center", alignment=TA_CENTER),
    )
