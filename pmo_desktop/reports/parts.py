"""Small pieces the pack's sections share: dates and day counts as printed, the
"showing N of M" note, a RAG cell with its trend, a RAID severity cell."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from pmo_desktop.domain.enums import label
from pmo_desktop.domain.rag import Rag, trend
from pmo_desktop.store.pack_data import RaidRow, parse_day

from .context import Ctx
from .flow import RagCell, note, rag_word
from .model import rag_value

LIST_LIMIT = 30


def more(shown: int, total: int, where: str = "the project highlight reports") -> list[Flowable]:
    if total > shown:
        return [Spacer(1, 2), note(f"Showing {shown} of {total}; the rest are in {where}.")]
    return []


def day_text(text: str | None) -> str:
    day = parse_day(text)
    return f"{day:%d %b %Y}" if day else "—"

def days_text(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{value:+d} d".replace("-", "−") if value else "0 d"


def rag_cell(ctx: Ctx, p: Any, dim: str) -> RagCell:
    before = ctx.data.previous_projects.get(p.code)
    now = rag_value(p.rag) if dim == "overall" else rag_value(p.reported.get(dim))
    prev = None
    if before is not None:
        prev = rag_value(before.rag) if dim == "overall" else rag_value(before.reported.get(dim))
    t = trend(prev, now) if ctx.data.previous is not None else None
    text = rag_word(now, t)
    calc = rag_value(p.calculated.get(dim)) if dim in p.calculated else Rag.NOT_SET
    if calc is not Rag.NOT_SET and now is not Rag.NOT_SET and calc != now:
        text += f"\ncalc {calc.label}"
    return RagCell(now, text)


SEVERITY_RAG = {"critical": Rag.RED, "high": Rag.RED, "medium": Rag.AMBER, "low": Rag.GREEN}


def severity_cell(r: RaidRow) -> RagCell:
    return RagCell(SEVERITY_RAG.get(r.severity or "", Rag.NOT_SET), label(r.severity) or "Not set")


__all__ = ["LIST_LIMIT", "day_text", "days_text", "more", "rag_cell", "severity_cell"]
