"""What a RAG cell of the portfolio shows: a ``Chip`` built from a row's reported and
calculated RAG, the trend since the last closed period and a tooltip that says why.

``PortfolioCells`` caches the chips per row and dimension; ``make_chip`` builds one and
reads nothing but its arguments (the theme's colours come in already asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pmo_desktop.domain.rag import Rag, Trend, false_green, rag_or_not_set, trend
from pmo_desktop.store.queries import ProjectStatus
from pmo_desktop.ui.viewkit import theme

from .filters import NOT_SET

__all__ = ["Chip", "PENDING", "cached_rag", "make_chip"]

PENDING = "…"

_RAGS: dict[Any, Rag] = {}


def cached_rag(value: str | Rag | None) -> Rag:
    """``rag_or_not_set``, remembered per stored value: a repaint reads a few RAG words
    (``"Green"``, ``"A"``…) thousands of times."""
    try:
        return _RAGS[value]
    except KeyError:
        rag = _RAGS[value] = rag_or_not_set(value)
        return rag
    except TypeError:  # not hashable: read it each time
        return rag_or_not_set(value)


@dataclass(frozen=True)
class Chip:
    """What a RAG cell shows (all a delegate needs)."""

    key: str
    label: str
    colour: str
    arrow: str
    arrow_colour: str | None
    outline: bool
    mark: bool
    tip: str
    ordinal: int


def make_chip(s: ProjectStatus, dim: str, snap: dict[str, Any] | None, *,
              has_period: bool, period_label: str, figures_ready: bool,
              c: theme.Colours) -> Chip:
    """Row ``s``'s chip for dimension ``dim``; ``snap`` is its snapshot in the last
    closed period (``None`` when it had none), ``has_period`` whether there is one."""
    reported = cached_rag(s.reported.get(dim))
    calculated = cached_rag(s.calculated.get(dim))
    shown = reported if reported is not Rag.NOT_SET else calculated
    arrow, arrow_colour, prev_text = "", None, ""
    if snap is not None:
        prev = cached_rag(snap.get(f"rag_{dim}") or snap.get(f"calc_{dim}"))
        move = trend(prev, shown)
        prev_text = f"\n{period_label}: {prev.label} ({move.label})"
        # Unchanged dimensions stay quiet; the overall chip always shows its arrow.
        if move is not Trend.NEW and (move is not Trend.UNCHANGED or dim == "overall"):
            arrow = move.arrow
            arrow_colour = {Trend.IMPROVED: c.success, Trend.DETERIORATED: c.danger}.get(
                move, c.muted)
    elif has_period and dim == "overall":
        arrow, arrow_colour, prev_text = Trend.NEW.arrow, c.accent, "\nNew since the last period"
    tip = f"{dim.capitalize()}: {shown.label}"
    calculated_text = calculated.label if figures_ready else PENDING
    tip += f"\nReported: {reported.label} · Calculated: {calculated_text}"
    mark = false_green(reported, calculated)
    if mark:
        tip += "\nFalse green? Reported Green but calculated Red."
    if dim == "overall" and s.rag_justification and reported != calculated:
        tip += f"\nJustification: {s.rag_justification}"
    if reported is Rag.NOT_SET and calculated is not Rag.NOT_SET:
        tip += "\n(outlined: calculated, not reported)"
    return Chip(key=shown.key or NOT_SET, label=shown.label, colour=shown.colour,
                arrow=arrow, arrow_colour=arrow_colour,
                outline=reported is Rag.NOT_SET and calculated is not Rag.NOT_SET,
                mark=mark, tip=tip + prev_text, ordinal=int(shown))
