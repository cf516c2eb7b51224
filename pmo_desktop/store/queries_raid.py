"""Named reads of the RAID register: every item with its score and band, open counts per
type, and the 5×5 heat map of open threats."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.portfolio_rules import is_open_raid
from pmo_desktop.domain.risk import Band, RiskBands

from .queries_common import OPEN_RAID_SQL, Source, database, risk_band


@dataclass(frozen=True)
class RaidRow:
    """One RAID item with its project, score and band."""

    id: int
    type: str
    ref: str
    project_code: str
    project_name: str
    title: str
    owner: str | None
    status: str | None
    category: str | None
    probability: int | None
    impact: int | None
    score: int | None
    band: Band | None
    severity: str | None
    due_date: str | None
    threat_or_opportunity: str | None
    response: str | None
    trend: str | None
    is_open: bool
    next_action: str | None


def raid_register(source: Source, bands: RiskBands | None = None,
                  project_code: str | None = None, *, ids: Collection[int] | None = None,
                  limit: int | None = None) -> list[RaidRow]:
    """Every RAID item (optionally one project's, or only the items ``ids``), by project
    then type then ref; ``limit``: the first so many only (a first screenful, read
    along the project-code index without sorting the rest)."""
    db = database(source)
    bands = bands or RiskBands()
    where, params = "", []
    if project_code is not None:
        where, params = "WHERE p.code = ?", [project_code]
    if ids is not None:
        where = f"{where} {'AND' if where else 'WHERE'} r.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(ids)))
    tables = "project p CROSS JOIN raid_item r ON r.project_id = p.id" if limit is not None \
        else "raid_item r JOIN project p ON p.id = r.project_id"
    out: list[RaidRow] = []
    for r in db.query(f"""
            SELECT r.*, p.code AS project_code, p.name AS project_name FROM {tables} {where}
            ORDER BY p.code, r.type, r.ref, r.id {'' if limit is None else 'LIMIT ?'}""",
                      [*params, limit] if limit is not None else params):
        band = risk_band(r["probability"], r["impact"], bands) if r["type"] == "risk" else None
        score = r["probability"] * r["impact"] if band is not None else None
        out.append(RaidRow(
            id=r["id"], type=r["type"], ref=r["ref"] or "", project_code=r["project_code"],
            project_name=r["project_name"], title=r["title"] or "", owner=r["owner"],
            status=r["status"], category=r["category"],
            probability=r["probability"] if band is not None else None,
            impact=r["impact"] if band is not None else None, score=score, band=band,
            severity=r["severity"], due_date=r["due_date"] or r["need_by_date"]
            or r["validate_by"], threat_or_opportunity=r["threat_or_opportunity"],
            response=r["response"], trend=r["trend"],
            is_open=is_open_raid(r["status"]),
            next_action=r["next_action"] or r["response_actions"],
        ))
    return out


def open_raid_counts(source: Source) -> dict[str, int]:
    """Open RAID items per type (every type present), by the rule ``RaidRow.is_open`` uses."""
    db = database(source)
    counts = {t: 0 for t in RAID_TYPES}
    for kind, n in db.execute(f"""SELECT r.type, COUNT(*) FROM raid_item r
            WHERE {OPEN_RAID_SQL} GROUP BY r.type""").fetchall():
        if kind in counts:
            counts[kind] = int(n)
    return counts


def risk_heatmap(rows: list[RaidRow], residual: bool = False) -> list[list[int]]:
    """Counts of open scored threats per cell: ``grid[probability-1][impact-1]``."""
    grid = [[0] * 5 for _ in range(5)]
    for r in rows:
        if r.type == "risk" and r.is_open and r.probability and r.impact \
                and (r.threat_or_opportunity or "threat") == "threat":
            grid[r.probability - 1][r.impact - 1] += 1
    return grid


__all__ = ["RaidRow", "open_raid_counts", "raid_register", "risk_heatmap"]
