"""Earned value by month of one project (DOMAIN.md §5): its phased PV, EV and AC, the
EAC the portfolio chose and Earned Schedule.

A project's money is a series of monthly financial lines (``planned``, ``actual``,
``forecast``, ``earned``), periods written ``YYYY-MM`` (``evm_months``). The rules,
stated once:

* **PV** of a month is its planned amount; PV to date is the sum up to and including
  the status month (the status month counts whole, as the portfolio's status does).
* **AC** of a month is its actual amount, for months up to the status month.
* **EV**: the ``earned`` lines when the project records any; otherwise EV to date is
  ``BAC × % complete`` and it is phased over the months like the actual cost (the cost
  efficiency to date held in every month; like the plan when nothing is spent yet), so
  the months add up to the EV the status reports.
* **AT** (actual time, Earned Schedule) counts months from the first line to the status
  month inclusive; **PD** from the first line to the last.
* **EAC**: the one of the portfolio's ``eac_method`` (``evm_eac.choose_eac``);
  ``eac_method_used`` says which one gave it.

Roll-ups of many projects are ``evm_rollup``; the S-curve's EAC line and the fiscal
year's figures ``evm_outlook``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .evm import EvmResult, compute, earned_schedule
from .evm_eac import choose_eac
from .evm_months import _MONTHS, month_index, month_of, month_span


# --- inputs and outputs -------------------------------------------------------------------


class MonthLine(NamedTuple):
    """One financial line: a project's money in one month (``None`` = not given).
    A tuple, so ten thousand projects' lines cost little to read."""

    period: str
    planned: float | None = None
    actual: float | None = None
    forecast: float | None = None
    earned: float | None = None


@dataclass(frozen=True)
class EvPhasing:
    """How a project's EV to date spreads over its months up to the status month: the
    ``earned`` lines themselves (``earned``), else ``per_actual`` × each month's actual
    cost, else ``per_planned`` × each month's plan, else ``lump`` all in the status
    month. One rule for a project's months and for the portfolio's weighted sums."""

    earned: bool = False
    per_actual: float = 0.0
    per_planned: float = 0.0
    lump: float = 0.0


def ev_phasing(has_earned: bool, ev: float | None, ac_to: float, pv_to: float) -> EvPhasing:
    """The ``EvPhasing`` of a project from its EV, AC and PV to date."""
    if has_earned:
        return EvPhasing(earned=True)
    if not ev:
        return EvPhasing()
    if ac_to > 0:
        return EvPhasing(per_actual=ev / ac_to)
    if pv_to > 0:
        return EvPhasing(per_planned=ev / pv_to)
    return EvPhasing(lump=ev)


@dataclass(frozen=True)
class MonthFigures:
    """One month of a phased series: the month's own amounts and the running totals.

    ``ev``, ``ac`` and their running totals are ``None`` after the status month;
    ``outturn`` is the month's actual up to the status month, then its forecast (its
    plan when no forecast was given), and ``outturn_cum`` its running total.
    """

    period: str
    pv: float
    ev: float | None
    ac: float | None
    outturn: float
    pv_cum: float
    ev_cum: float | None
    ac_cum: float | None
    outturn_cum: float

    @property
    def cpi(self) -> float | None:
        """Cumulative CPI at the end of this month (``None`` without AC)."""
        return _ratio(self.ev_cum, self.ac_cum)

    @property
    def spi(self) -> float | None:
        """Cumulative SPI at the end of this month (``None`` without PV)."""
        return _ratio(self.ev_cum, self.pv_cum)


@dataclass(frozen=True)
class PhasedEvm:
    """A project's (or a roll-up's) earned value to a status date, month by month.

    ``evm`` holds every §5.2 figure with the chosen EAC as its management EAC (so its
    ``etc``, ``vac``, ``vac_pct`` and ``tcpi_eac`` follow the portfolio's method);
    ``eac`` is that EAC, ``eac_method`` the setting and ``eac_method_used`` the method
    that gave it (a fallback when the chosen one is undefined).
    """

    months: tuple[MonthFigures, ...]
    evm: EvmResult
    eac: float | None
    eac_reported: float | None
    eac_method: str
    eac_method_used: str
    es: float | None
    sv_t: float | None
    spi_t: float | None
    at: float | None
    pd: int
    ev_phasing: EvPhasing = EvPhasing()

    def month(self, period: str) -> MonthFigures | None:
        """The figures of one month, ``None`` outside the series."""
        for m in self.months:
            if m.period == period:
                return m
        return None


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def _num(value: float | None) -> float:
    return 0.0 if value is None or math.isnan(value) else float(value)


# --- one project --------------------------------------------------------------------------


def _ev_months(lines: Sequence[MonthLine], upto: int, how: EvPhasing) -> list[float]:
    """The EV of each line up to the status month (index ``< upto``), by ``how``."""
    if how.earned:
        return [_num(ln.earned) for ln in lines[:upto]]
    out = [_num(ln.actual) * how.per_actual + _num(ln.planned) * how.per_planned
           for ln in lines[:upto]]
    if how.lump and out:
        out[-1] += how.lump
    return out


def _dense(lines: Iterable[MonthLine], last: str | None = None) -> list[MonthLine]:
    """The lines in month order with a blank line for every month between (up to
    ``last`` when that is later), lines of one month added together."""
    by_month: dict[str, MonthLine] = {}
    for ln in lines:
        seen = by_month.get(ln.period)
        by_month[ln.period] = ln if seen is None else MonthLine(
            ln.period, *(_add(a, b) for a, b in
                         ((seen.planned, ln.planned), (seen.actual, ln.actual),
                          (seen.forecast, ln.forecast), (seen.earned, ln.earned))))
    if not by_month:
        return []
    first, final = min(by_month), max(by_month)
    if last is not None and last > final:
        final = last
    return [by_month.get(m) or MonthLine(m) for m in month_span(first, final)]


def _add(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else a + b


def _figures(lines: Sequence[MonthLine], upto: int, ev: Sequence[float]
             ) -> tuple[MonthFigures, ...]:
    out = []
    pv_cum = ev_cum = ac_cum = outturn_cum = 0.0
    for i, ln in enumerate(lines):
        past = i < upto
        pv = _num(ln.planned)
        ac = _num(ln.actual) if past else None
        outturn = _num(ln.actual) if past else _num(
            ln.forecast if ln.forecast is not None else ln.planned)
        pv_cum += pv
        outturn_cum += outturn
        if past:
            ev_cum += ev[i]
            ac_cum += _num(ln.actual)
        out.append(MonthFigures(
            period=ln.period, pv=pv, ev=ev[i] if past else None, ac=ac, outturn=outturn,
            pv_cum=pv_cum, ev_cum=ev_cum if past else None, ac_cum=ac_cum if past else None,
            outturn_cum=outturn_cum))
    return tuple(out)


def _status_upto(lines: Sequence[MonthLine], as_of: date) -> int:
    """How many lines fall in or before the status month."""
    status = month_of(as_of)
    return sum(1 for ln in lines if ln.period <= status)


Line = tuple[str, float | None, float | None, float | None, float | None]
"""A ``MonthLine`` or a plain tuple of the same shape (as the store reads it)."""


def phase(lines: Sequence[Line], as_of: date, *, bac: float | None,
          pct_complete: float | None = None, reported_eac: float | None = None,
          method: str = "reported", detail: bool = True) -> PhasedEvm:
    """A project's phased earned value as of ``as_of``.

    ``lines`` in month order (as the store reads them); ``pct_complete`` is a fraction
    (0.35) and gives EV (``BAC × %``) only when no line records ``earned``.
    ``reported_eac`` is the PM's own forecast; ``method`` the portfolio's
    ``eac_method``. With ``detail=False`` the months are left out (``months == ()``):
    the figures to date and Earned Schedule are the same, for a tenth of the work.
    With no lines PV and AC are ``None``; EV can still come from the % complete.
    """
    if not lines:
        ev0 = None if bac is None or pct_complete is None else bac * pct_complete
        return _result((), bac, None, ev0, None, reported_eac, method, None, 0, [])
    status = month_of(as_of)
    index = _MONTHS.get(lines[0][0]) or month_index(lines[0][0])
    first = index
    series: list[float] = []  # cumulative PV per month from the first line
    cum = pv_to = ac_to = earned_to = 0.0
    has_earned, ordered, last_planned, prev = False, True, -1, ""
    for period, planned, actual, _forecast, earned in lines:
        if period < prev:
            ordered = False
        prev = period
        index = _MONTHS.get(period) or month_index(period)
        i = index - first
        while len(series) <= i:
            series.append(cum)
        if planned:
            cum += planned
            last_planned = i
        series[i] = cum
        if earned is not None:
            has_earned = True
        if period <= status:
            pv_to += planned or 0.0
            ac_to += actual or 0.0
            earned_to += earned or 0.0
    if not ordered:
        return phase(sorted(lines), as_of, bac=bac, pct_complete=pct_complete,
                     reported_eac=reported_eac, method=method, detail=detail)
    if has_earned:
        ev: float | None = earned_to
    else:
        ev = None if bac is None or pct_complete is None else bac * pct_complete
    upto_any = lines[0][0] <= status
    how = ev_phasing(has_earned, ev, ac_to, pv_to)
    months: tuple[MonthFigures, ...] = ()
    if detail:
        dense = _dense(MonthLine(*ln) for ln in lines)
        upto = _status_upto(dense, as_of)
        months = _figures(dense, upto, _ev_months(dense, upto, how))
    at = float(month_index(status) - first + 1)
    return _result(months, bac, pv_to, ev, ac_to if upto_any else None, reported_eac,
                   method, at, last_planned + 1, series, how)


def _result(months: tuple[MonthFigures, ...], bac: float | None, pv: float | None,
            ev: float | None, ac: float | None, reported: float | None, method: str,
            at: float | None, pd: int, series: Sequence[float],
            how: EvPhasing = EvPhasing()) -> PhasedEvm:
    base = compute(bac, pv, ev, ac, eac=reported)
    eac, used = choose_eac(method, base, reported)
    evm = base if eac == reported else compute(bac, pv, ev, ac, eac=eac)
    es, sv_t, spi_t = _schedule(series, pd, ev, at)
    return PhasedEvm(months=months, evm=evm, eac=eac, eac_reported=reported,
                     eac_method=method, eac_method_used=used, es=es, sv_t=sv_t,
                     spi_t=spi_t, at=at, pd=pd, ev_phasing=how)


def _schedule(series: Sequence[float], pd: int, ev: float | None, at: float | None
              ) -> tuple[float | None, float | None, float | None]:
    """ES, SV(t) and SPI(t) from the cumulative PV of the months up to the last
    planned one."""
    if not pd or ev is None:
        return None, None, None
    sched = earned_schedule(series[:pd], ev,
                            at if at is not None else math.nan)
    return sched.es, sched.sv_t, sched.spi_t


__all__ = ["EvPhasing", "Line", "MonthFigures", "MonthLine", "PhasedEvm", "ev_phasing", "phase"]
