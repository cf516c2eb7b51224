"""Earned value by month: the phased PV, EV and AC of a project and of a roll-up
(DOMAIN.md §5), the EAC the portfolio chose, Earned Schedule and display totals.

A project's money is a series of monthly financial lines (``planned``, ``actual``,
``forecast``, ``earned``), periods written ``YYYY-MM``. The rules, stated once:

* **PV** of a month is its planned amount; PV to date is the sum up to and including
  the status month (the status month counts whole, as the portfolio's status does).
* **AC** of a month is its actual amount, for months up to the status month.
* **EV**: the ``earned`` lines when the project records any; otherwise EV to date is
  ``BAC × % complete`` and it is phased over the months like the actual cost (the cost
  efficiency to date held in every month; like the plan when nothing is spent yet), so
  the months add up to the EV the status reports.
* **AT** (actual time, Earned Schedule) counts months from the first line to the status
  month inclusive; **PD** from the first line to the last.
* **EAC**: the three of §5.2 (typical, atypical, composite) and the reported one are
  always computed; the portfolio's ``eac_method`` setting says which one ETC, VAC,
  VAC % and TCPI(EAC) use. When the chosen one is undefined (no AC, CPI 0 …) the
  reported one stands in, then the BAC; ``eac_method_used`` says which.
* **Roll-ups** sum PV, EV, AC, BAC and the chosen EACs month by month and compute the
  indices from the sums; they never average an index (§5.4).
* **Display totals** are sums of the rows as displayed (round-half-up), so a printed
  total always equals the sum of its printed rows (§5.6).
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from .evm import EvmResult, compute, earned_schedule
from .money import round_half_up

EAC_METHOD_NAMES = ("reported", "cpi", "cpi_spi", "atypical")
"""The values of the portfolio setting ``eac_method`` (``settings_rules.EAC_METHODS``)."""

_EAC_FIELDS = {"cpi": "eac_typical", "cpi_spi": "eac_composite", "atypical": "eac_atypical"}


# --- months ------------------------------------------------------------------------------


def month_index(period: str) -> int:
    """``'2026-03'`` → a running month number (year × 12 + month − 1)."""
    found = _MONTHS.get(period)
    return found if found is not None else int(period[:4]) * 12 + int(period[5:7]) - 1


# The months of 1990–2109 by name: ten thousand projects' lines name few months.
_MONTHS = {f"{y:04d}-{m:02d}": y * 12 + m - 1 for y in range(1990, 2110) for m in range(1, 13)}


def month_name(index: int) -> str:
    """The inverse of ``month_index``: ``'YYYY-MM'``."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_span(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    return [month_name(i) for i in range(month_index(first), month_index(last) + 1)]


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(period: str) -> date:
    """The last day of a ``YYYY-MM`` month."""
    year, month = int(period[:4]), int(period[5:7])
    return date(year, month, calendar.monthrange(year, month)[1])


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


# --- EAC ----------------------------------------------------------------------------------


def eac_with_pf(bac: float, ev: float, ac: float, pf: float) -> float | None:
    """The generic EAC of ISO 21508: ``AC + (BAC − EV) / PF`` (``None`` when PF is 0).

    PF 1 is the atypical EAC, CPI the typical one, CPI × SPI the composite; a CPI
    given as an input (a textbook's 0.83) goes in here.
    """
    return None if pf == 0 else ac + (bac - ev) / pf


def choose_eac(method: str, evm: EvmResult, reported: float | None
               ) -> tuple[float | None, str]:
    """The EAC of ``method`` (``EAC_METHOD_NAMES``) and the method that gave it.

    An undefined chosen EAC falls back to the reported one, then to the BAC (a project
    without a forecast is taken to land on budget), each named in the second value.
    """
    if method not in EAC_METHOD_NAMES:
        raise ValueError(f"unknown EAC method {method!r}")
    if method != "reported":
        value: float | None = getattr(evm, _EAC_FIELDS[method])
        if value is not None and math.isfinite(value):
            return value, method
    if reported is not None:
        return reported, "reported"
    return evm.bac, "bac"


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


def _planned_duration(months: Sequence[MonthFigures]) -> int:
    """Months from the first line to the last month with planned value."""
    last = max((i for i, m in enumerate(months) if m.pv), default=-1)
    return last + 1


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


# --- roll-ups -----------------------------------------------------------------------------


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


# --- projections, in-year -----------------------------------------------------------------


def eac_projection(result: PhasedEvm, as_of: date, finish: date | None
                   ) -> list[tuple[str, float]]:
    """The S-curve's EAC line: from AC at the status month straight to the chosen EAC
    at the forecast finish month (``[]`` without AC, EAC or a finish after the status
    month's start)."""
    ac, eac = result.evm.ac, result.eac
    if ac is None or eac is None or finish is None:
        return []
    start, end = month_index(month_of(as_of)), month_index(month_of(finish))
    if end <= start:
        return [(month_of(as_of), ac), (month_of(as_of), eac)]
    steps = end - start
    return [(month_name(start + k), ac + (eac - ac) * k / steps) for k in range(steps + 1)]


def fiscal_year(as_of: date, start: str) -> tuple[str, str]:
    """The first and last month of the fiscal year holding ``as_of``; ``start`` is the
    setting ``fiscal_year_start`` (``MM-DD``; the year runs from that day's month)."""
    month = int(start[:2])
    year = as_of.year if as_of.month >= month else as_of.year - 1
    first = year * 12 + month - 1
    return month_name(first), month_name(first + 11)


@dataclass(frozen=True)
class InYear:
    """This fiscal year: its budget (planned), the forecast outturn (actual to date
    then forecast) and the spend to date."""

    first: str
    last: str
    budget: float
    forecast: float
    actual: float

    @property
    def variance(self) -> float:
        """Budget − forecast (negative: the year is forecast to overspend)."""
        return self.budget - self.forecast


def in_year(result: PhasedEvm, as_of: date, fiscal_start: str) -> InYear:
    """``InYear`` of a phased result for the fiscal year holding ``as_of``."""
    first, last = fiscal_year(as_of, fiscal_start)
    rows = [m for m in result.months if first <= m.period <= last]
    return InYear(first, last, budget=math.fsum(m.pv for m in rows),
                  forecast=math.fsum(m.outturn for m in rows),
                  actual=math.fsum(m.ac or 0.0 for m in rows))


# --- display totals -----------------------------------------------------------------------


def shown(value: float | None, places: int = 2) -> Decimal | None:
    """An amount as displayed: rounded half-up to ``places`` (``None`` stays)."""
    if value is None or not math.isfinite(value):
        return None
    return round_half_up(value, places)


def shown_total(values: Iterable[float | None], places: int = 2) -> Decimal | None:
    """The total to display under rows: the sum of the rows *as displayed*, so the
    printed total equals the sum of the printed rows (``None`` when every row is)."""
    rounded = [d for d in (shown(v, places) for v in values) if d is not None]
    return sum(rounded, Decimal(0)) if rounded else None


__all__ = [
    "EAC_METHOD_NAMES", "EvPhasing", "InYear", "MonthSums", "lumps", "monthly_from_sums", "MonthFigures", "MonthLine", "PhasedEvm", "choose_eac",
    "eac_projection", "eac_with_pf", "ev_by_month", "ev_phasing", "fiscal_year", "in_year", "month_end", "month_index",
    "month_name", "month_span", "monthly", "phase", "rollup", "shown", "shown_total",
]
