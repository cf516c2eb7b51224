"""The read-only snapshot a steering pack is built from, and the record of each pack.

``load_pack_data`` reads everything the pack needs in one transaction on a read-only
connection and returns plain dataclasses; the report code never queries while drawing.

Two ways to get the portfolio at a date:

* a **live** pack (no period): each project's status is computed now
  (``portfolio_status``) and compared with the last closed period;
* a **period** pack: project statuses are the frozen ``status_snapshot`` rows of that
  period, compared with the period before.

Registers that are not snapshotted are rewound through the change log (``pack_rewind``).
The rows are in ``pack_rows``; the data-quality findings come from ``checks.evaluate``
on the same rows; the record of packs produced is in ``pack_record``.
"""


from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .sqlitedb import Database

from pmo_desktop.domain.evm import forecast_or_budget
from pmo_desktop.domain.governance import DEFAULT_GATES, gate_sequence
from pmo_desktop.domain.priorities import StrategyData
from pmo_desktop.domain.portfolio_rules import lookahead_months
from pmo_desktop.domain.rag import RagThresholds
from pmo_desktop.domain.risk import RiskBands

from .check_data import read_settings, thresholds_of
from .checks import Finding, evaluate
from .db import StoreError
from .pack_money import PackMoney, load_pack_money
from .pack_record import PackChoices, pack_choices, packs, record_pack
from .pack_rewind import COMPARED, REWOUND, Rewinder, closed_periods, registers, restrict
from .pack_rows import (
    ChangeRow, MilestoneRow, PeriodInfo, PortfolioState, ProjectRow, RaidRow, UtilRow, parse_day
)
from .queries import portfolio_status
from .queries_strategy import benefit_actual_rows, benefit_rows, gate_rows, load_strategy

if TYPE_CHECKING:
    from .store import Store

HISTORY_PERIODS = 6  # one-pagers show the overall RAG of the last six closed periods


@dataclass
class PackData:
    """Everything a pack shows, fetched in one go (reports never query the store)."""

    portfolio: str
    organisation: str
    currency: str
    as_of: date
    period: PeriodInfo | None
    previous: PeriodInfo | None
    thresholds: RagThresholds
    risk_bands: RiskBands
    data_hash: str
    programmes: list[str]
    scope_programmes: list[str]
    scope_projects: list[str]
    projects: list[ProjectRow]
    previous_projects: dict[str, ProjectRow]
    state: PortfolioState
    previous_state: PortfolioState | None
    findings: list[Finding]
    all_projects: int = 0
    # Overall RAG (reported, else calculated) per closed period up to the pack, oldest first.
    history_periods: list[PeriodInfo] = field(default_factory=list)
    history: dict[str, dict[int, str | None]] = field(default_factory=dict)
    money: PackMoney | None = None  # the S-curve, CPI/SPI by period, the EAC method
    # Strategy, demand and governance (issue 17), as they stand now (not rewound for a
    # closed period): the model and candidates, gates of the projects in scope, benefits.
    strategy: StrategyData | None = None
    gates: list[dict[str, Any]] = field(default_factory=list)
    benefits: list[dict[str, Any]] = field(default_factory=list)
    benefit_actuals: list[dict[str, Any]] = field(default_factory=list)
    gate_names: tuple[str, ...] = DEFAULT_GATES  # the portfolio's gate sequence

    @property
    def live(self) -> bool:
        return self.period is None

    @property
    def period_start(self) -> date:
        """The first day of the period the pack covers (day after the previous as-of)."""
        if self.previous is not None:
            return self.previous.as_of + timedelta(days=1)
        return self.as_of.replace(day=1)

    @property
    def codes(self) -> set[str]:
        return {p.code for p in self.projects}


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _scope(projects: list[ProjectRow], programmes: list[str], known_programmes: list[str],
           codes: list[str]) -> list[ProjectRow]:
    lower = {p.lower(): p for p in known_programmes}
    unknown = [p for p in programmes if p.lower() not in lower]
    if unknown:
        raise StoreError(f"There is no programme named '{unknown[0]}'; the programmes are: "
                         f"{', '.join(known_programmes) or 'none'}.")
    wanted = {lower[p.lower()].lower() for p in programmes}
    all_codes = {p.code.lower() for p in projects}
    missing = [c for c in codes if c.lower() not in all_codes]
    if missing:
        raise StoreError(f"There is no project '{missing[0]}' in this pack's period.")
    picked = {c.lower() for c in codes}
    out = []
    for p in projects:
        in_prog = (p.programme or "").lower() in wanted
        in_list = p.code.lower() in picked
        if (not programmes and not codes) or in_prog or in_list:
            out.append(p)
    return out


def load_pack_data(store: Store, period: date | None = None, programmes: list[str] | None = None,
                   projects: list[str] | None = None, as_of: date | None = None) -> PackData:
    """Read the snapshot of one pack (raises ``StoreError`` for an unknown period/scope)."""
    db = store.reader()
    try:
        db.conn.execute("BEGIN")  # one consistent read of the whole file
        return _load(db, period, list(programmes or []), list(projects or []), as_of)
    finally:
        try:
            db.conn.execute("ROLLBACK")
        finally:
            db.conn.close()


def _load(db: Database, period: date | None, programmes: list[str],
          codes: list[str], as_of: date | None) -> PackData:
    from .queries import as_of_date

    settings = read_settings(db)
    thresholds, bands = thresholds_of(settings)  # one rule for risk bands and the risk RAG
    all_periods = closed_periods(db)
    rewinder = Rewinder(db)
    chosen: PeriodInfo | None = None
    if period is not None:
        chosen = next((p for p in all_periods if p.as_of == period), None)
        if chosen is None:
            closed = ", ".join(p.as_of.isoformat() for p in all_periods[-6:]) or "none yet"
            raise StoreError(f"No reporting period was closed on {period.isoformat()} "
                             f"(closed periods: {closed}).")
        day = chosen.as_of
        previous = next((p for p in reversed(all_periods) if p.as_of < day), None)
        rows = [ProjectRow.from_snapshot(r) for r in db.query(
            "SELECT * FROM status_snapshot WHERE period_id = ? ORDER BY project_code",
            [chosen.id])]
        rewinder.rewind_to(chosen.cut)
        data_hash = _hash(f"period:{chosen.id}:{chosen.cut}")
    else:
        day = as_of or as_of_date(settings)
        previous = next((p for p in reversed(all_periods) if p.as_of < day), None)
        if previous is None and all_periods and all_periods[-1].as_of == day:
            previous = all_periods[-2] if len(all_periods) > 1 else None
        rows = [ProjectRow.from_status(s) for s in portfolio_status(db, day, thresholds)]
        last = db.execute("SELECT MAX(id), COUNT(*) FROM change_log").fetchone()
        data_hash = _hash(f"{last[0]}:{last[1]}")
    state = registers(rewinder.copy(REWOUND), day, with_util=True)
    known = sorted({str(g.get("name")) for g in rewinder.rows["programme"].values()} |
                   {p.programme for p in rows if p.programme})
    prev_rows: dict[str, ProjectRow] = {}
    prev_state = None
    if previous is not None:
        prev_rows = {r["project_code"]: ProjectRow.from_snapshot(r) for r in db.query(
            "SELECT * FROM status_snapshot WHERE period_id = ?", [previous.id])}
        rewinder.rewind_to(previous.cut, after=chosen.cut if chosen else None)
        prev_state = registers(rewinder.copy(COMPARED + ("baseline",)) | {
            n: {} for n in ("role", "resource", "capacity", "allocation")}, previous.as_of,
            with_util=False)
    for p in rows:
        attrs = state.attributes.get(p.code, {})
        p.tier = attrs.get("tier")
        p.tolerance_cost_pct = attrs.get("tolerance_cost_pct")
        p.tolerance_time_days = attrs.get("tolerance_time_days")
        p.rebaselines = state.rebaselines.get(p.code, 0)
    scoped = _scope(rows, programmes, known, codes)
    in_scope = {p.code for p in scoped}
    restrict(state, in_scope)
    if prev_state is not None:
        restrict(prev_state, in_scope | (set(prev_rows) - {p.code for p in rows}))
    findings = evaluate(scoped, state, day, thresholds)
    shown = [p for p in all_periods if p.as_of <= day][-HISTORY_PERIODS:]
    history: dict[str, dict[int, str | None]] = defaultdict(dict)
    if shown:
        ids = ",".join(str(p.id) for p in shown)
        for r in db.query(f"SELECT period_id, project_code, rag_overall, calc_overall"
                          f" FROM status_snapshot WHERE period_id IN ({ids})"):
            if r["project_code"] in in_scope:
                history[r["project_code"]][int(r["period_id"])] = (
                    r["rag_overall"] or r["calc_overall"])
    return PackData(
        portfolio=str(settings.get("name") or "Portfolio"),
        organisation=str(settings.get("organisation") or ""),
        currency=str(settings.get("currency") or "GBP"), as_of=day, period=chosen,
        previous=previous, thresholds=thresholds, risk_bands=bands, data_hash=data_hash,
        programmes=known, scope_programmes=programmes, scope_projects=codes,
        projects=scoped, previous_projects=prev_rows, state=state, previous_state=prev_state,
        findings=findings, all_projects=len(rows), history_periods=shown, history=dict(history),
        money=load_pack_money(db, settings, day, in_scope, chosen is None),
        gate_names=gate_sequence(settings.get("gate_names")),
        **({} if chosen is not None else _strategy(db, in_scope)))


def _strategy(db: Database, in_scope: set[str]) -> dict[str, Any]:
    """Strategy, gates and benefits as they stand now: only for a pack of the portfolio
    as it stands (the change log does not rewind them, so a closed period's pack, which
    must print the same later, leaves them out)."""
    return {"strategy": load_strategy(db), "benefits": benefit_rows(db),
            "gates": [g for g in gate_rows(db) if g["project_code"] in in_scope],
            "benefit_actuals": benefit_actual_rows(db)}


__all__ = [
    "ChangeRow", "MilestoneRow", "PackChoices", "PackData", "pack_choices", "PeriodInfo",
    "PortfolioState", "ProjectRow", "RaidRow", "UtilRow", "forecast_or_budget",
    "load_pack_data", "lookahead_months", "packs", "parse_day", "record_pack",
]
