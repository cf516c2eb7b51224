"""Colour contrast (WCAG 2.x): the text colour on a RAG or band fill is chosen, not guessed."""

from __future__ import annotations

MIN_CONTRAST = 4.5
"""WCAG AA for normal-size text."""


def _channel(value: int) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """Relative luminance of ``#RRGGBB`` (0 black … 1 white)."""
    text = hex_colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    r, g, b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """The WCAG contrast ratio of two ``#RRGGBB`` colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(fill: str, dark: str = "#1B1F24", light: str = "#FFFFFF") -> str:
    """Whichever of ``dark`` and ``light`` text contrasts more with ``fill``."""
    return dark if contrast_ratio(fill, dark) >= contrast_ratio(fill, light) else light
