"""The roadmap's tooltips: what a row's bar says in words (plain text)."""

from __future__ import annotations

from pmo_desktop.domain.money import format_pct
from pmo_desktop.store.queries_common import NOT_SET

from ..viewkit.fmt import fmt_date, label, rag_text
from ..viewkit.i18n import tr
from .layout import Diamond, Row


def _dates(start: str | None, finish: str | None) -> str:
    return f"{fmt_date(start)} – {fmt_date(finish)}"


def _pct(value: float | None) -> str:
    return format_pct(value * 100 if value is not None else None, 0)


def row_tip(row: Row, rags: dict[int, str]) -> str:
    """Programme: its projects and span; project: code, name, RAG, dates against the
    baseline, % complete, stage; phase: its dates, baseline and % complete."""
    if row.kind == "group":
        span = tr("{a} – {b}").format(a=row.span[0].strftime("%d %b %Y"),
                                      b=row.span[1].strftime("%d %b %Y")) if row.span else ""
        return "\n".join(x for x in (row.label, tr("{n} projects").format(n=row.count)
                                     if row.count != 1 else tr("1 project"), span) if x)
    p = row.project
    assert p is not None
    if row.kind == "phase" and row.task is not None:
        t = row.task
        lines = [f"{t.wbs or t.ref}  {t.name}", tr("Dates {d}").format(d=_dates(t.start, t.finish))]
        if t.finish_baseline:
            lines.append(tr("Baseline {d}").format(d=_dates(t.start_baseline, t.finish_baseline)))
        lines.append(tr("Complete {p}").format(p=_pct(t.pct_complete)))
        lines.append(tr("{code} — double-click to open the plan").format(code=p.code))
        return "\n".join(lines)
    rag = rags.get(p.id, NOT_SET)
    lines = [f"{p.code}  {p.name}",
             tr("RAG {r}").format(r=rag_text(rag)) + (f" · {label(p.stage)}" if p.stage else ""),
             tr("Dates {d}").format(d=_dates(p.start, p.finish)),
             tr("Baseline {d}").format(d=_dates(p.start_baseline, p.finish_baseline)),
             tr("Complete {p}").format(p=_pct(p.pct_complete))]
    if p.milestones:
        lines.append(tr("{n} milestones").format(n=len(p.milestones)))
    lines.append(tr("Double-click or Enter to open the project"))
    return "\n".join(lines)


def diamond_tip(d: Diamond) -> str:
    """A milestone: its name, whether critical, its date, baseline and slip."""
    lines = [d.name + (tr("  (critical)") if d.critical else ""),
             (tr("Achieved {d}") if d.achieved else tr("Forecast {d}")).format(
                 d=d.day.strftime("%d %b %Y"))]
    if d.baseline is not None:
        lines.append(tr("Baseline {d}").format(d=d.baseline.strftime("%d %b %Y")))
        if d.slip_days:
            lines.append(tr("Slipped {n} days").format(n=d.slip_days) if d.slip_days > 0
                         else tr("{n} days early").format(n=-d.slip_days))
    return "\n".join(lines)


__all__ = ["diamond_tip", "row_tip"]
