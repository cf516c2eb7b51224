"""Named reads of the RAID register: every item with its score and band, open counts per
type, and the 5×5 heat map of open threats."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.portfolio_rules import is_open_raid
from pmo_desktop.domain.raid import Cell, Flag, Moved, movement, raid_flags
from pmo_desktop.domain.risk import Band, RiskBands

from .pack_rewind import Rewinder, closed_periods
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
    # The full columns of DOMAIN §3 (defaults: rows built without them still work).
    programme: str | None = None
    residual_probability: int | None = None
    residual_impact: int | None = None
    residual_score: int | None = None
    residual_band: Band | None = None
    proximity: str | None = None
    escalation: str | None = None
    resolution: str | None = None
    decision_date: str | None = None
    decided_by: str | None = None
    options: str | None = None
    counterparty: str | None = None
    need_by_date: str | None = None
    review_date: str | None = None
    closed_date: str | None = None
    linked_ref: str | None = None
    impact_cost: float | None = None  # money, in the portfolio's currency
    # A tracker's own words for mapped values: {field: text}, only while the stored
    # value is still the one the importer mapped them to.
    source_text: dict[str, str] | None = None
    flags: tuple[Flag, ...] = ()  # at the as-of date the register was read for


def _source_text(text: str | None, r: dict[str, Any]) -> dict[str, str] | None:
    """The imported words of the fields that still hold the value they were mapped to."""
    if not text:
        return None
    try:
        kept = json.loads(text)
    except ValueError:
        return None
    out = {f: str(pair[0]) for f, pair in kept.items()
           if isinstance(pair, list) and len(pair) == 2 and r.get(f) == pair[1]}
    return out or None


# The item's columns the register reads (the rest, descriptions and notes, stay on disk).
_READ = ("id", "type", "ref", "title", "owner", "status", "category", "probability", "impact",
         "severity", "due_date", "need_by_date", "validate_by", "threat_or_opportunity",
         "response", "trend", "next_action", "response_actions", "residual_probability",
         "residual_impact", "proximity", "escalation", "resolution", "decision_date",
         "decided_by", "options", "counterparty", "review_date", "closed_date", "linked_ref",
         "impact_cost", "source_text")


def raid_register(source: Source, bands: RiskBands | None = None,
                  project_code: str | None = None, as_of: date | None = None, *,
                  ids: Collection[int] | None = None,
                  limit: int | None = None) -> list[RaidRow]:
    """Every RAID item (optionally one project's, or only the items ``ids``), by project
    then type then ref; ``limit``: the first so many only (a first screenful, read
    along the project-code index without sorting the rest); with ``as_of``, each item's
    flags (``domain.raid.raid_flags``) at that date.

    At 100,000 items this is most of the register's load, so it reads only the columns
    a ``RaidRow`` holds, as tuples, works each band out once per (probability, impact)
    and fills each row's attributes in one step (``_fill``) rather than through the
    frozen dataclass's ``__init__`` (one ``object.__setattr__`` per field: 3× slower)."""
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
    cursor = db.execute(f"""
            SELECT {", ".join(f"r.{c}" for c in _READ)}, p.code, p.name, g.name FROM {tables}
            LEFT JOIN programme g ON g.id = p.programme_id {where}
            ORDER BY p.code, r.type, r.ref, r.id {'' if limit is None else 'LIMIT ?'}""",
                        [*params, limit] if limit is not None else params)
    banded: dict[tuple[Any, Any], Band | None] = {}

    def band_of(p: Any, i: Any) -> Band | None:
        key = (p, i)
        if key not in banded:
            banded[key] = risk_band(p, i, bands)
        return banded[key]

    out: list[RaidRow] = []
    for row in cursor:
        (rid, kind, ref, title, owner, status, category, p, i, severity, due_date, need_by,
         validate_by, threat, response, trend, next_action, response_actions, rp, ri,
         proximity, escalation, resolution, decision_date, decided_by, options,
         counterparty, review_date, closed_date, linked_ref, impact_cost, words, code, name,
         programme) = row
        risk = kind == "risk"
        band = band_of(p, i) if risk else None
        residual = band_of(rp, ri) if risk else None
        due = due_date or need_by or validate_by
        out.append(_fill({
            "id": rid, "type": kind, "ref": ref or "", "project_code": code,
            "project_name": name, "title": title or "", "owner": owner, "status": status,
            "category": category, "probability": p if band is not None else None,
            "impact": i if band is not None else None,
            "score": p * i if band is not None else None, "band": band,
            "severity": severity, "due_date": due, "threat_or_opportunity": threat,
            "response": response, "trend": trend, "is_open": is_open_raid(status),
            "next_action": next_action or response_actions, "programme": programme,
            "residual_probability": rp if residual is not None else None,
            "residual_impact": ri if residual is not None else None,
            "residual_score": rp * ri if residual is not None else None,
            "residual_band": residual, "proximity": proximity, "escalation": escalation,
            "resolution": resolution, "decision_date": decision_date,
            "decided_by": decided_by, "options": options, "counterparty": counterparty,
            "need_by_date": need_by, "review_date": review_date,
            "closed_date": closed_date, "linked_ref": linked_ref, "impact_cost": impact_cost,
            "source_text": _source_text(words, dict(zip(_READ, row))) if words else None,
            "flags": raid_flags(status, owner, review_date, due, as_of)
            if as_of is not None else ()}))
    return out


_FIELDS = frozenset(f.name for f in fields(RaidRow))
_new = object.__new__


def _fill(values: dict[str, Any]) -> RaidRow:
    """A ``RaidRow`` of ``values`` (every field named), as ``RaidRow(**values)`` makes it."""
    row: RaidRow = _new(RaidRow)
    row.__dict__.update(values)
    return row


def open_raid_counts(source: Source) -> dict[str, int]:
    """Open RAID items per type (every type present), by the rule ``RaidRow.is_open`` uses."""
    db = database(source)
    counts = {t: 0 for t in RAID_TYPES}
    for kind, n in db.execute(f"""SELECT r.type, COUNT(*) FROM raid_item r
            WHERE {OPEN_RAID_SQL} GROUP BY r.type""").fetchall():
        if kind in counts:
            counts[kind] = int(n)
    return counts


def heat_cell(r: RaidRow, residual: bool = False) -> tuple[int, int] | None:
    """Where an item sits on the heat map of open threats (inherent or residual
    position), ``None`` when it is not on it."""
    if r.type != "risk" or not r.is_open or (r.threat_or_opportunity or "threat") != "threat":
        return None
    p, i = (r.residual_probability, r.residual_impact) if residual else \
        (r.probability, r.impact)
    return (p, i) if p and i else None


def risk_heatmap(rows: list[RaidRow], residual: bool = False) -> list[list[int]]:
    """Counts of open scored threats per cell: ``grid[probability-1][impact-1]``
    (their residual position with ``residual``)."""
    grid = [[0] * 5 for _ in range(5)]
    for r in rows:
        cell = heat_cell(r, residual)
        if cell is not None:
            grid[cell[0] - 1][cell[1] - 1] += 1
    return grid


def project_scopes(source: Source) -> list[tuple[str, str, str | None]]:
    """Every project as (code, name, programme name), by code: what a register can be
    scoped to."""
    db = database(source)
    return [(str(c), str(n or ""), g) for c, n, g in db.execute(
        """SELECT p.code, p.name, g.name FROM project p
           LEFT JOIN programme g ON g.id = p.programme_id ORDER BY p.code""").fetchall()]


@dataclass(frozen=True)
class HeatMovement:
    """The threats that moved on the heat map since the last closed period."""

    period: str  # that period's label
    moved: list[Moved]  # on the map of inherent positions
    residual: list[Moved]  # on the map of residual positions


def _cell_then(r: dict[str, Any], residual: bool) -> Cell | None:
    """``heat_cell`` of a row as the change log rewinds it (a plain dict)."""
    if not is_open_raid(r.get("status")) or \
            (r.get("threat_or_opportunity") or "threat") != "threat":
        return None
    p, i = (r.get("residual_probability"), r.get("residual_impact")) if residual else \
        (r.get("probability"), r.get("impact"))
    return (int(p), int(i)) if isinstance(p, int) and isinstance(i, int) \
        and 1 <= p <= 5 and 1 <= i <= 5 else None


Placed = tuple[Cell | None, str, str, str]  # cell, project code, ref, title


def _moves(then: dict[int, Placed], now: dict[int, Placed]) -> list[Moved]:
    moved: list[Moved] = []
    for rid in sorted(then.keys() | now.keys()):
        before, after = then.get(rid), now.get(rid)
        was, is_ = before[0] if before else None, after[0] if after else None
        how = movement(was, is_)
        if how is not None:
            _cell, code, ref, title = after or before  # type: ignore[misc]
            moved.append(Moved(code, ref, title, was, is_, how))
    return moved


def heat_movement(source: Source, rows: list[RaidRow]) -> HeatMovement | None:
    """How the open threats of ``rows`` (the register as read now) moved since the last
    closed period, on the inherent and the residual map: the risks as they were then
    come from the change log (``pack_rewind.Rewinder``); ``None`` before any period is
    closed. Only the risks the log touched since then are read and compared (the others
    are where they were), so this costs what changed, not the size of the register."""
    db = database(source)
    periods = closed_periods(db)
    if not periods:
        return None
    cut = periods[-1].cut
    rewinder = Rewinder(db, only=("risk",), touched_after=cut)
    rewinder.rewind_to(cut)
    touched = rewinder.touched["risk"] if rewinder.touched is not None else set()
    codes = {int(pid): str(code) for pid, code in db.execute("SELECT id, code FROM project")}
    if any(int(r.get("project_id") or 0) not in codes for r in rewinder.rows["risk"].values()):
        projects = Rewinder(db, only=("project",), touched_after=cut)  # one deleted since
        projects.rewind_to(cut)
        codes.update({pid: str(p.get("code")) for pid, p in projects.rows["project"].items()})
    risks = [r for r in rows if r.type == "risk" and r.id in touched]
    out = []
    for residual in (False, True):
        then = {rid: (_cell_then(r, residual), codes.get(int(r.get("project_id") or 0), "?"),
                      str(r.get("ref") or ""), str(r.get("title") or ""))
                for rid, r in rewinder.rows["risk"].items()}
        now = {r.id: (heat_cell(r, residual), r.project_code, r.ref, r.title) for r in risks}
        out.append(_moves(then, now))
    return HeatMovement(periods[-1].label, out[0], out[1])


__all__ = ["HeatMovement", "RaidRow", "heat_cell", "heat_movement", "open_raid_counts",
           "project_scopes", "raid_register", "risk_heatmap"]
