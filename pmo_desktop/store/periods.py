"""Reporting periods: closing one freezes every project's status into snapshots."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.periods import close_date_problem, reopen_problem

from .db import StoreError
from .ops import _now
from .queries import RAG_FIELDS, as_of_date, periods, portfolio_status

if TYPE_CHECKING:
    from .store import Store

CALC_FIELDS = ("overall", "schedule", "cost", "risk", "resource")


def close_period(store: Store, as_of: date, label: str | None = None,
                 source: str = "ui", notes: str | None = None) -> int:
    """Freeze the status of every project as of ``as_of``; returns the period id.

    Refused (``StoreError``) for a date already closed, after the latest closable date
    (``close_limit``) or before the last closed period (``domain.periods``).
    """
    iso = as_of.isoformat()
    problem = close_problem(store, as_of)
    if problem:
        raise StoreError(problem)
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
        tx.log("reporting_period", period_id, iso, "create",
               new={"as_of": iso, "projects": len(rows)})
    return period_id


def snapshot_count(store: Store, period_id: int) -> int:
    """How many project statuses the period ``period_id`` froze."""
    row = store.db.execute("SELECT COUNT(*) FROM status_snapshot WHERE period_id = ?",
                           [period_id]).fetchone()
    return int(row[0])


def period_list(store: Store) -> list[dict[str, Any]]:
    """The closed periods, oldest first, each with ``projects`` (its snapshots)."""
    return periods(store.db)


def closed_dates(store: Store) -> list[date]:
    """The as-of dates of the closed periods, oldest first."""
    return [date.fromisoformat(r["as_of"]) for r in
            store.query("SELECT as_of FROM reporting_period ORDER BY as_of")]


def close_limit(store: Store, today: date | None = None) -> tuple[date, bool]:
    """The latest date a period may close on, and whether it is the portfolio's
    as-of setting (``True``) or today (``False``)."""
    settings = store.settings()
    return as_of_date(settings, today), bool(settings.get("as_of"))


def close_problem(store: Store, as_of: date) -> str | None:
    """Why the period ending ``as_of`` cannot be closed now, or ``None``."""
    limit, is_setting = close_limit(store)
    return close_date_problem(as_of, limit=limit, limit_is_setting=is_setting,
                              closed=closed_dates(store))


def reopen_period(store: Store, as_of: date, source: str = "ui") -> dict[str, Any]:
    """Reopen the latest closed period: its snapshots and the period itself are deleted,
    and a 'reopen' entry in the change log records what it was.

    Returns ``{"as_of", "label", "projects"}`` of the reopened period. Any other
    period is refused (``StoreError``); the schema's triggers enforce it too.
    """
    iso = as_of.isoformat()
    problem = reopen_problem(as_of, closed_dates(store))
    if problem:
        raise StoreError(problem)
    period = store.query("SELECT * FROM reporting_period WHERE as_of = ?", [iso])[0]
    period_id = int(period["id"])
    with store.write(source) as tx:
        tx.db.execute("INSERT INTO period_reopening(period_id) VALUES (?)", [period_id])
        removed = tx.db.execute("DELETE FROM status_snapshot WHERE period_id = ?",
                                [period_id]).rowcount
        tx.db.execute("DELETE FROM reporting_period WHERE id = ?", [period_id])
        tx.db.execute("DELETE FROM period_reopening WHERE period_id = ?", [period_id])
        tx.log("reporting_period", period_id, iso, "reopen",
               old={"as_of": iso, "label": period["label"], "notes": period["notes"],
                    "closed_at": period["closed_at"], "projects": removed})
    return {"as_of": iso, "label": period["label"], "projects": removed}


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
