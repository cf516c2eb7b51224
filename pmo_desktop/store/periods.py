"""Reporting periods: closing one freezes every project's status into snapshots."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from .db import StoreError
from .ops import _now
from .queries import RAG_FIELDS, portfolio_status

if TYPE_CHECKING:
    from .store import Store

CALC_FIELDS = ("overall", "schedule", "cost", "risk", "resource")


def close_period(store: Store, as_of: date, label: str | None = None,
                 source: str = "ui", notes: str | None = None) -> int:
    """Freeze the status of every project as of ``as_of``; returns the period id."""
    iso = as_of.isoformat()
    if store.query("SELECT 1 FROM reporting_period WHERE as_of = ?", [iso]):
        raise StoreError(f"The period ending {iso} is already closed.")
    latest = store.query("SELECT MAX(as_of) AS as_of FROM reporting_period")[0]["as_of"]
    if latest and iso < latest:
        # A snapshot is taken from today's data: back-dating it would freeze the wrong
        # status and break the order that trends and packs rely on.
        raise StoreError(f"Periods close in order: the last closed period ends {latest}, "
                         f"so {iso} cannot be closed now.")
    statuses = portfolio_status(store.db, as_of, store.thresholds())
    with store.write(source) as tx:
        cur = tx.db.execute(
            "INSERT INTO reporting_period(as_of, label, closed_at, notes) VALUES (?,?,?,?)",
            [iso, label or as_of.strftime("%B %Y"), _now(), notes])
        period_id = int(cur.lastrowid or 0)
        rows = [_snapshot_row(period_id, s) for s in statuses]
        if rows:
            cols = list(rows[0])
            tx.db.conn.executemany(
                f"INSERT INTO status_snapshot ({', '.join(cols)}) VALUES "
                f"({', '.join('?' * len(cols))})", [[r[c] for c in cols] for r in rows])
        tx.db.execute(
            "INSERT INTO change_log(at, source, entity, entity_id, key, op, new)"
            " VALUES (?,?,?,?,?,?,?)",
            [_now(), source, "reporting_period", period_id, iso, "create",
             json.dumps({"as_of": iso, "projects": len(rows)})])
    return period_id


def _snapshot_row(period_id: int, s: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "period_id": period_id, "project_code": s.code, "project_name": s.name,
        "programme": s.programme, "manager": s.manager, "sponsor": s.sponsor,
        "stage": s.stage, "state": s.state, "status_date": s.status_date,
        "pct_complete": s.pct_complete, "bac": s.bac, "pv": s.pv, "ev": s.ev, "ac": s.ac,
        "eac": s.eac, "start_baseline": s.start_baseline,
        "finish_baseline": s.finish_baseline, "finish_forecast": s.finish_forecast,
        "rag_justification": s.rag_justification, "summary": s.summary,
        "next_steps": s.next_steps, "open_risks": s.open_risks,
        "max_risk_score": s.max_risk_score,
        "data": json.dumps({
            "critical_overdue": s.critical_overdue, "overdue_milestones": s.overdue_milestones,
            "open_high_risks": s.open_high_risks, "peak_utilisation": s.peak_utilisation,
            "next_milestone": s.next_milestone, "next_milestone_date": s.next_milestone_date,
            "next_milestone_slip": s.next_milestone_slip, "priority": s.priority}),
    }
    for dim in RAG_FIELDS:
        row[f"rag_{dim}"] = s.reported.get(dim)
    for dim in CALC_FIELDS:
        row[f"calc_{dim}"] = s.calculated.get(dim)
    return row
