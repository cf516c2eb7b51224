"""Earned value of a programme or of the portfolio, month by month (DOMAIN.md §5.4):
roll-ups sum PV, EV, AC, BAC and the projects' chosen EACs month by month and compute the
indices from the sums; they never average an index.

The months come either from the projects' own phased months (``evm_phased``) or from
sums the store adds up by period (``MonthSums``) for thousands of projects read without
detail; both follow the rules of ``evm_phased.phase``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple

from .evm import compute
from .evm_months import month_index, month_of, month_span
from .evm_phased import EvPhasing, Line, MonthFigures, PhasedEvm, _schedule


def rollup(items: Iterable[PhasedEvm], as_of: date, method: str = "reported",
           months: Sequence[MonthFigures] | None = None) -> PhasedEvm:
    """A programme's or the portfolio's phased earned value: months summed by period,
    PV/EV/AC/BAC and the projects' chosen EACs summed, every index computed from the
    sums (never averaged). Its ``eac_method_used`` is ``method`` (each project chose
    its own fallback); ES comes from the summed cumulative PV.

    ``months``: the summed months when they were summed elsewhere (``monthly`` over
    the store's sums by period, for thousands of projects read without detail);
    otherwise the parts' own months are added up.
    """
    parts = list(items)
    if months is None:
        sums: dict[str, list[float]] = {}
        for part in parts:
            for m in part.months:
                row = sums.setdefault(m.period, [0.0, 0.0, 0.0, 0.0])
                row[0] += m.pv
                row[1] += m.ev or 0.0
                row[2] += m.ac or 0.0
                row[3] += m.outturn
        months = monthly(sums, as_of)
    bac, pv, ev, ac, eac, reported = (_total(v) for v in zip(*(
        (p.evm.bac, p.evm.pv, p.evm.ev, p.evm.ac, p.eac, p.eac_reported) for p in parts)
    )) if parts else (None,) * 6
    evm = compute(bac, pv, ev, ac, eac=eac)
    at = None
    if months:
        at = float(month_index(month_of(as_of)) - month_index(months[0].period) + 1)
    pd = _planned_duration(months)
    es, sv_t, spi_t = _schedule([m.pv_cum for m in months], pd, ev, at)
    return PhasedEvm(months=tuple(months), evm=evm, eac=eac, eac_reported=reported,
                     eac_method=method, eac_method_used=method, es=es, sv_t=sv_t,
                     spi_t=spi_t, at=at, pd=pd)


def _planned_duration(months: Sequence[MonthFigures]) -> int:
    """Months from the first line to the last month with planned value."""
    last = max((i for i, m in enumerate(months) if m.pv), default=-1)
    return last + 1


class MonthSums(NamedTuple):
    """Plain sums of many projects' lines for one month, as the store adds them up:
    ``*_to`` only when the month is up to the status month, ``*_after`` only after it;
    ``actual_weighted``/``planned_weighted`` are amounts × each project's
    ``EvPhasing.per_actual``/``per_planned``."""

    planned: float = 0.0
    actual_to: float = 0.0
    forecast_after: float = 0.0
    planned_unforecast_after: float = 0.0
    earned_to: float = 0.0
    actual_weighted: float = 0.0
    planned_weighted: float = 0.0


def ev_by_month(lines: Sequence[Line], how: EvPhasing, as_of: date,
                into: dict[str, float]) -> None:
    """Add a project's EV by month up to the status month to ``into`` from its actual
    and planned amounts (``how``'s weights; ordered ``lines``). Earned lines and lumps
    are not weighted amounts and are left to the caller."""
    ka, kp = how.per_actual, how.per_planned
    if not (ka or kp):
        return
    status = month_of(as_of)
    for period, planned, actual, _forecast, _earned in lines:
        if period > status:
            break
        into[period] = into.get(period, 0.0) + (actual or 0.0) * ka + (planned or 0.0) * kp


def lumps(items: Iterable[PhasedEvm]) -> float:
    """The EV that projects put whole in the status month (``EvPhasing.lump``)."""
    return math.fsum(p.ev_phasing.lump for p in items)


def monthly_from_sums(sums: Mapping[str, MonthSums], as_of: date, lump: float = 0.0
                      ) -> tuple[MonthFigures, ...]:
    """The months of a roll-up from the store's ``MonthSums``, by the rules of
    ``phase``: EV = earned + weighted actual + weighted plan (+ the lumps, in the last
    month up to the status month); the outturn is the actual up to the status month,
    then the forecast, else the plan."""
    upto = month_of(as_of)
    rows = {period: [s.planned, s.earned_to + s.actual_weighted + s.planned_weighted,
                     s.actual_to, s.actual_to + s.forecast_after + s.planned_unforecast_after]
            for period, s in sums.items()}
    if lump:
        past = [p for p in rows if p <= upto]
        rows.setdefault(max(past, default=upto), [0.0, 0.0, 0.0, 0.0])[1] += lump
    return monthly(rows, as_of)


def _total(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None and not math.isnan(v)]
    return math.fsum(present) if present else None


def monthly(sums: Mapping[str, Sequence[float]], as_of: date) -> tuple[MonthFigures, ...]:
    """Months from sums by period ``{period: (pv, ev, ac, outturn)}``: every month from
    the first to the last, with running totals; EV and AC stop at the status month."""
    if not sums:
        return ()
    upto = month_of(as_of)
    out = []
    pv_cum = ev_cum = ac_cum = out_cum = 0.0
    for period in month_span(min(sums), max(sums)):
        pv, ev, ac, outturn = sums.get(period, (0.0, 0.0, 0.0, 0.0))
        past = period <= upto
        pv_cum += pv
        out_cum += outturn
        if past:
            ev_cum += ev
            ac_cum += ac
        out.append(MonthFigures(period, pv, ev if past else None, ac if past else None,
                                outturn, pv_cum, ev_cum if past else None,
                                ac_cum if past else None, out_cum))
    return tuple(out)


__all__ = ["MonthSums", "ev_by_month", "lumps", "monthly", "monthly_from_sums", "rollup"]
