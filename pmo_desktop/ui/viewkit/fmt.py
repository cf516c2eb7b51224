"""Text for cells: dates, enumerations, day counts, RAG chips (display only)."""

from __future__ import annotations

import functools
from typing import Any

from pmo_desktop.domain import enums
from pmo_desktop.domain.money import MINUS, MISSING
from pmo_desktop.domain.rag import Rag, Trend
from pmo_desktop.store.queries_common import NOT_SET, parse_date, safe_rag

GREY = "#B1B4B6"
BLUE = "#1D70B8"

MILESTONE_COLOURS = {
    "missed": Rag.RED.colour, "forecast_late": Rag.AMBER.colour,
    "complete_late": "#85994B", "complete_on_time": Rag.GREEN.colour,
    "due_this_period": BLUE, "not_due": GREY, "cancelled": GREY,
}
TREND_COLOURS = {
    Trend.IMPROVED: Rag.GREEN.colour, Trend.DETERIORATED: Rag.RED.colour,
    Trend.UNCHANGED: GREY, Trend.NEW: BLUE,
}


def fmt_date(value: Any) -> str:
    """``'2026-11-21'`` → ``'21 Nov 2026'``; missing → ``—``."""
    try:
        return _kept_date_text(value)
    except TypeError:  # not hashable: not one of the stored values the cache is for
        return _date_text(value)


def _date_text(value: Any) -> str:
    day = parse_date(value)
    return day.strftime("%d %b %Y") if day else MISSING


# A register of 100,000 rows holds a few hundred dates, and strftime was most of the
# time it took to show them: each stored value's text is kept.
_kept_date_text = functools.lru_cache(maxsize=4096, typed=True)(_date_text)


def date_key(value: Any) -> str:
    """Sort key of a date cell (ISO text; missing sorts first)."""
    return str(value)[:10] if value else ""


def label(value: Any) -> str:
    """``'on_hold'`` → ``'On hold'``; missing → ``—``."""
    return enums.label(str(value)) if value not in (None, "") else MISSING


def days(value: int | None) -> str:
    """A signed day count: ``+14 d``, ``−3 d``, ``0 d``."""
    if value is None:
        return MISSING
    if value > 0:
        return f"+{value} d"
    return f"{MINUS}{-value} d" if value < 0 else "0 d"


def rag_text(value: str | None) -> str:
    return safe_rag(None if value == NOT_SET else value).label


def rag_chip(value: str | None) -> str | None:
    rag = safe_rag(None if value == NOT_SET else value)
    return rag.colour


def text_or_dash(value: Any) -> str:
    return MISSING if value in (None, "") else str(value)
