"""What the data-quality checks read, as named queries (not the whole pack snapshot).

``check_inputs`` reads, in one consistent transaction, only what ``checks.evaluate``
looks at: each project's status, the milestones not done, the RAID items, and people's
committed load in the look-ahead. The rows are the same plain rows the pack is built
from (``pack_rows``), so ``pmo-desktop check``, the Data quality view and the pack's
quality section agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .sqlitedb import Database

from pmo_desktop.domain.portfolio_rules import lookahead_months
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands, with_risk_bands

from .pack_rewind import committed_load, restrict, util_rows
from .pack_rows import MilestoneRow, PortfolioState, ProjectRow, RaidRow, UtilRow
from .queries import portfolio_status

if TYPE_CHECKING:
    from .store import Store

RAID_KINDS = ("risk", "issue", "assumption", "dependency", "decision", "action")
"""The RAID registers, in the order the pack and the checks list them."""


@dataclass
class CheckInputs:
    """What the checks run on: every project's status, the registers, the thresholds."""

    projects: list[ProjectRow]
    state: PortfolioState
    thresholds: RagThresholds


def read_settings(db: Database) -> dict[str, Any]:
    """The portfolio's settings (defaults, then the stored values)."""
    from .db import DEFAULT_SETTINGS

    values = dict(DEFAULT_SETTINGS)
    for row in db.query("SELECT key, value FROM setting"):
        values[row["key"]] = json.loads(row["value"])
    return values


def thresholds_of(settings: dict[str, Any]) -> tuple[RagThresholds, RiskBands]:
    """The RAG thresholds (with the risk bands folded in: one rule) and the bands."""
    bands = RiskBands.from_dict(settings.get("risk_bands") or {})
    return with_risk_bands(RagThresholds.from_dict(settings.get("rag_thresholds") or {}),
                           bands), bands


@contextmanager
def consistent_read(store: Store) -> Iterator[Database]:
    """One read transaction on the store's connection (or on a fresh read-only one
    when the store's is busy writing), rolled back afterwards."""
    db, fresh = store.db, store.db.conn.in_transaction
    if fresh:
        db = store.reader()
    try:
        db.conn.execute("BEGIN")
        yield db
    finally:
        try:
            db.conn.execute("ROLLBACK")
        finally:
            if fresh:
                db.conn.close()


def open_milestones(db: Database) -> list[MilestoneRow]:
    """Milestones not done (no actual date) and not cancelled, in entry order."""
    return [MilestoneRow(project_code=code, name=str(name), ref=ref, critical=bool(critical),
                         baseline_date=baseline, forecast_date=forecast, actual_date=actual,
                         status=status, owner=owner)
            for code, name, ref, critical, baseline, forecast, actual, status, owner
            in db.conn.execute(
                "SELECT p.code, m.name, m.ref, m.critical, m.baseline_date, m.forecast_date,"
                " m.actual_date, m.status, m.owner FROM milestone m"
                " JOIN project p ON p.id = m.project_id"
                " WHERE (m.actual_date IS NULL OR m.actual_date = '')"
                " AND COALESCE(m.status, '') != 'cancelled' ORDER BY m.id")]


def raid_items(db: Database) -> list[RaidRow]:
    """The RAID items with what the checks read (owner, status, due dates), register
    by register in entry order; open or not is ``RaidRow.is_open`` (a domain rule)."""
    order = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(RAID_KINDS))
    kinds = ",".join(f"'{k}'" for k in RAID_KINDS)
    return [RaidRow(project_code=code, type=kind, ref=str(ref or ""), title=title or "",
                    owner=owner, status=status, due_date=due, review_date=review)
            for code, kind, ref, title, owner, status, due, review in db.conn.execute(
                "SELECT p.code, r.type, r.ref, r.title, r.owner, r.status, r.due_date,"
                " r.review_date FROM raid_item r JOIN project p ON p.id = r.project_id"
                f" WHERE r.type IN ({kinds}) ORDER BY CASE r.type {order} END, r.id")]


def lookahead_load(db: Database, as_of: date) -> list[UtilRow]:
    """Each person's committed load per month of the look-ahead (``UtilRow``).

    Plain tuples straight from the cursor (no row dicts, no rows by id): at 10,000
    projects this read was a third of the checks' time, all of it Python holding the
    GIL while the window waited to paint."""
    months = lookahead_months(as_of)
    marks = ",".join("?" * len(months))
    conn = db.conn
    roles = {int(rid): name for rid, name in conn.execute("SELECT id, name FROM role")}
    people = {int(rid): (name, roles.get(int(role_id or 0)), team)
              for rid, name, role_id, team in conn.execute(
                  "SELECT id, name, role_id, team FROM resource")}
    code_of = {int(pid): str(code) for pid, code in conn.execute("SELECT id, code FROM project")}
    load = committed_load(
        (row[1:] for row in conn.execute(
            "SELECT id, resource_id, project_id, period, hours, booking FROM allocation"
            f" WHERE period IN ({marks})", months)), set(months), code_of)
    # In the order ``util_rows`` sorts to (person, month: each pair is unique), so its
    # sort finds the rows in order: one pass, not a sort of every row holding the GIL.
    return util_rows((row[1:] for row in conn.execute(
        "SELECT c.id, c.resource_id, c.period, c.hours FROM capacity c"
        " LEFT JOIN resource r ON r.id = c.resource_id"
        f" WHERE c.period IN ({marks}) ORDER BY r.name, c.period", months)),
        people, set(months), load)


def check_inputs(store: Store, as_of: date) -> CheckInputs:
    """Everything ``checks.evaluate`` needs, as of ``as_of``, read in one transaction."""
    with consistent_read(store) as db:
        thresholds, _bands = thresholds_of(read_settings(db))
        projects = [ProjectRow.from_status(s) for s in portfolio_status(db, as_of, thresholds)]
        state = PortfolioState(milestones=open_milestones(db), raid=raid_items(db),
                               utilisation=lookahead_load(db, as_of))
    restrict(state, {p.code for p in projects})  # people working on these projects
    return CheckInputs(projects, state, thresholds)


__all__ = ["CheckInputs", "RAID_KINDS", "check_inputs", "consistent_read", "lookahead_load",
           "open_milestones", "raid_items", "read_settings", "thresholds_of"]
