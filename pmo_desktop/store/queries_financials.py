"""Named reads of Financials: BAC, AC, EAC, VAC, CPI, SPI per project and rolled up, and
the view's whole page (those rows and the phased money of the portfolio or a programme)
in one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmo_desktop.domain import evm_grid as evg
from pmo_desktop.domain import rag as ragmod
from pmo_desktop.domain.evm import EvmResult, compute, rollup
from pmo_desktop.domain.settings_rules import DEFAULT_EAC_METHOD

from .pack_data import forecast_or_budget
from .queries import portfolio_status
from .queries_common import Source, database, one_read, rag_key
from .queries_money import MoneyBook, money_book, money_grid
from .queries_project import programme_names


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
               programme: str | None = None, grid: evg.MoneyGrid | None = None
               ) -> Financials:
    """BAC, AC, EAC, VAC, CPI, SPI per project (of one programme when given).

    Totals are sums of the rows; the total indices are computed from those sums,
    never averaged (DOMAIN.md §5.4). ``grid``: those projects' lines by month, when
    already read (``queries_money.money_grid``).
    """
    db = database(source)
    where, params = ("g.name = ?", [programme]) if programme else ("", [])
    rows = []
    for s in portfolio_status(db, as_of, thresholds, where=where, params=params, grid=grid):
        eac = forecast_or_budget(s.eac, s.bac)
        rows.append(FinancialRow(s.code, s.name, s.programme, rag_key(s.rag), eac,
                                 compute(s.bac, s.pv, s.ev, s.ac, eac=eac)))
    total = rollup((r.evm.bac, r.evm.pv, r.evm.ev, r.evm.ac) for r in rows)
    eacs = [r.eac for r in rows if r.eac is not None]
    total_eac = sum(eacs) if eacs else None
    if total_eac is not None:  # VAC and friends from the summed bottom-up EAC
        total = compute(total.bac, total.pv, total.ev, total.ac, eac=total_eac)
    return Financials(rows, total, total_eac)


@dataclass(frozen=True)
class FinancialsPage:
    """What the Financials view shows: the programmes to pick from, the projects' rows
    (of the programme picked) and their phased money (``MoneyBook``, no programme
    roll-ups: the total is the portfolio's or the programme's)."""

    programmes: list[str]
    financials: Financials
    book: MoneyBook


def financials_page(source: Source, as_of: date, thresholds: ragmod.RagThresholds,
                    programme: str | None = None,
                    method: str = DEFAULT_EAC_METHOD) -> FinancialsPage:
    """The Financials view's page in one read: one read transaction, the financial
    lines read once (``money_grid``) for the money book and for the SPI(t) of the
    rows' calculated RAG."""
    db = database(source)
    with one_read(db):
        grid = money_grid(db, as_of, programme=programme)
        return FinancialsPage(
            programme_names(db), financials(db, as_of, thresholds, programme, grid),
            money_book(db, as_of, method, programme=programme, by_programme=False,
                       grid=grid))


__all__ = ["FinancialRow", "Financials", "FinancialsPage", "financials", "financials_page"]
