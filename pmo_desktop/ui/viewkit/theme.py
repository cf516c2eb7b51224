"""Palette helpers: the views follow the system light/dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from pmo_desktop.domain.colour import text_on


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: the text colour halfway towards the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() + back.red()) // 2, (text.green() + back.green()) // 2,
                  (text.blue() + back.blue()) // 2)


def band_text_colour(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill`` (WCAG, as the pack does)."""
    return QColor(text_on(fill.name(), "#0B0C0C", "#FFFFFF"))


def card_style(widget: QWidget, selector: str) -> str:
    """A bordered card in the palette's base colour (for tiles and chart panels)."""
    pal = widget.palette()
    base = pal.color(QPalette.ColorRole.Base).name()
    border = pal.color(QPalette.ColorRole.Mid).name()
    return (f"{selector} {{ background: {base}; border: 1px solid {border};"
            f" border-radius: 6px; }}")
