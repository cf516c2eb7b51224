"""Named reads of closed reporting periods: RAG mix per period, period summaries, the
frozen status rows of a period, each project's frozen overall RAG."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pmo_desktop.domain import rag as ragmod

from .queries import periods, snapshots
from .queries_common import RAG_KEYS, Source, database, rag_key, safe_rag, snapshot_rag


@dataclass(frozen=True)
class PeriodMix:
    """How many projects had each overall RAG when a period was closed."""

    period_id: int
    as_of: str
    label: str
    counts: dict[str, int]


@dataclass(frozen=True)
class PeriodSummary:
    """A closed period with its RAG counts."""

    id: int
    as_of: str
    label: str
    closed_at: str
    notes: str | None
    projects: int
    counts: dict[str, int]


def period_summaries(source: Source) -> list[PeriodSummary]:
    """Every closed period, newest first, with its overall-RAG counts."""
    db = database(source)
    mix = {m.period_id: m.counts for m in rag_mix(db, count=-1)}
    return [PeriodSummary(int(p["id"]), p["as_of"], p["label"] or p["as_of"], p["closed_at"],
                          p["notes"], int(p["projects"] or 0),
                          mix.get(int(p["id"]), {k: 0 for k in RAG_KEYS}))
            for p in reversed(periods(db))]


def period_rows(source: Source, period_id: int) -> list[dict[str, Any]]:
    """The frozen status rows of one period, by project code."""
    db = database(source)
    return list(db.query("""SELECT * FROM status_snapshot WHERE period_id = ?
        ORDER BY project_code""", [period_id]))


def rag_mix(source: Source, count: int = 6) -> list[PeriodMix]:
    """Overall-RAG counts of the last ``count`` closed periods, oldest first."""
    db = database(source)
    rows = list(db.query("""
        SELECT * FROM (SELECT * FROM reporting_period ORDER BY as_of DESC LIMIT ?)
        ORDER BY as_of""", [count]))
    counts: dict[int, dict[str, int]] = {int(r["id"]): {k: 0 for k in RAG_KEYS} for r in rows}
    for r in db.query("""
            SELECT period_id, COALESCE(rag_overall, calc_overall) AS rag, COUNT(*) AS n
            FROM status_snapshot GROUP BY period_id, COALESCE(rag_overall, calc_overall)"""):
        if int(r["period_id"]) in counts:
            counts[int(r["period_id"])][rag_key(r["rag"])] += int(r["n"])
    return [PeriodMix(int(r["id"]), r["as_of"], r["label"] or r["as_of"], counts[int(r["id"])])
            for r in rows]


def snapshot_rags(source: Source, period_id: int) -> dict[str, ragmod.Rag]:
    """Each project's overall RAG (reported, else calculated) frozen in a period."""
    db = database(source)
    return {code: safe_rag(snapshot_rag(row, "overall"))
            for code, row in snapshots(db, period_id).items()}


__all__ = ["PeriodMix", "PeriodSummary", "period_rows", "period_summaries", "rag_mix",
           "snapshot_rags"]
