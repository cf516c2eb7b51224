"""Named read of Financials: BAC, AC, EAC, VAC, CPI, SPI per project and rolled up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.evm import EvmResult, compute, rollup

from .pack_data import forecast_or_budget
from .queries import portfolio_status
from .queries_common import Source, database, rag_key


@dataclass(frozen=True)
class FinancialRow:
    """One project's money: ``eac`` is its forecast (its BAC when it has none, see
    ``forecast_or_budget``); ``evm`` the indices, with VAC from that forecast."""

    code: str
    name: str
    programme: str | None
    rag: str
    eac: float | None
    evm: EvmResult


@dataclass(frozen=True)
class Financials:
    rows: list[FinancialRow]
    total: EvmResult
    total_eac: float | None


def financials(source: Source, as_of: date,
               thresholds: ragmod.RagThresholds | None = None,
               programme: str | None = None) -> Financials:
    """BAC, AC, EAC, VAC, CPI, SPI per project (of one programme when given).

    Totals are sums of the rows; the total indices are computed from those sums,
    never averaged (DOMAIN.md §5.4).
    """
    db = database(source)
    where, params = ("g.name = ?", [programme]) if programme else ("", [])
    rows = []
    for s in portfolio_status(db, as_of, thresholds, where=where, params=params):
        eac = forecast_or_budget(s.eac, s.bac)
        rows.append(FinancialRow(s.code, s.name, s.programme, rag_key(s.rag), eac,
                                 compute(s.bac, s.pv, s.ev, s.ac, eac=eac)))
    total = rollup((r.evm.bac, r.evm.pv, r.evm.ev, r.evm.ac) for r in rows)
    eacs = [r.eac for r in rows if r.eac is not None]
    total_eac = sum(eacs) if eacs else None
    if total_eac is not None:  # VAC and friends from the summed bottom-up EAC
        total = compute(total.bac, total.pv, total.ev, total.ac, eac=total_eac)
    return Financials(rows, total, total_eac)


__all__ = ["FinancialRow", "Financials", "financials"]
