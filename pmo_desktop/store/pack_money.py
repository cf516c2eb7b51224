"""The money a pack draws (issue 15): the portfolio S-curve, CPI and SPI by closed
period and the EAC method, read with the rest of the pack's snapshot.

A pack of the portfolio as it stands gets the S-curve by month (``money_book``); a pack
of a closed period draws its S-curve from what the closed periods froze (cumulative PV,
EV and AC at each period end), so later edits of the lines cannot change it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from .sqlitedb import Database

from pmo_desktop.domain.evm_outlook import eac_projection

from .queries_money import PeriodMoney, eac_method, money_book, period_money


@dataclass(frozen=True)
class PackMoney:
    """``curve``: (label, PV, EV, AC) cumulative points, oldest first; ``projection``:
    the EAC line (label, amount) from AC today to the EAC at the latest forecast finish;
    ``periods``: the closed periods up to the pack with what they froze."""

    eac_method: str
    by_month: bool
    curve: list[tuple[str, float, float | None, float | None]]
    projection: list[tuple[str, float]]
    periods: list[PeriodMoney]


def load_pack_money(db: Database, settings: dict[str, Any], day: date,
                    codes: Collection[str], live: bool) -> PackMoney:
    """The ``PackMoney`` of the projects ``codes`` as of ``day``."""
    method = eac_method(settings)
    periods = period_money(db, codes=codes, until=day)
    if live:
        book = money_book(db, day, method, codes=codes, by_programme=False)
        curve = [(m.period, m.pv_cum, m.ev_cum, m.ac_cum) for m in book.total.months]
        projection = eac_projection(book.total, day, book.finish)
    else:
        curve = [(p.as_of[:7], p.pv or 0.0, p.ev, p.ac) for p in periods if p.projects]
        last = next((p for p in reversed(periods) if p.projects), None)
        projection = [] if last is None or last.ac is None or last.eac is None else [
            (last.as_of[:7], last.ac), ("completion", last.eac)]
    return PackMoney(method, live, curve, projection, periods)


__all__ = ["PackMoney", "load_pack_money"]
