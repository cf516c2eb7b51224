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

from .evm import EvmResult, compute, earned_schedule
from .money import round_half_up

EAC_METHOD_NAMES = ("reported", "cpi", "cpi_spi", "atypical")
"""The values of the portfolio setting ``eac_method`` (``settings_rules.EAC_METHODS``)."""

_EAC_FIELDS = {"cpi": "eac_typical", "cpi_spi": "eac_composite", "atypical": "eac_atypical"}


# --- months ------------------------------------------------------------------------------


def month_index(period: str) -> int:
    """``'2026-03'`` → a running month number (year × 12 + month − 1)."""
    return int(period[:4]) * 12 + int(period[5:7]) - 1


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


@dataclass(frozen=True)
class MonthLine:
    """One financial line: a project's money in one month (``None`` = not given)."""

    period: str
    planned: float | None = None
    actual: float | None = None
    forecast: float | None = None
    earned: float | None = None


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


def _ev_months(lines: Sequence[MonthLine], upto: int, ev_now: float | None) -> list[float]:
    """The EV of each line up to the status month (index ``< upto``), by the rule above."""
    if any(ln.earned is not None for ln in lines):
        return [_num(ln.earned) for ln in lines[:upto]]
    if not ev_now or upto == 0:
        return [0.0] * upto
    for weights in ([_num(ln.actual) for ln in lines[:upto]],
                    [_num(ln.planned) for ln in lines[:upto]]):
        total = sum(weights)
        if total > 0:
            return [ev_now * w / total for w in weights]
    return [0.0] * (upto - 1) + [ev_now]


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


def phase(lines: Iterable[MonthLine], as_of: date, *, bac: float | None,
          pct_complete: float | None = None, reported_eac: float | None = None,
          method: str = "reported") -> PhasedEvm:
    """A project's phased earned value as of ``as_of``.

    ``pct_complete`` is a fraction (0.35); it gives EV (``BAC × %``) only when no
    line records ``earned``. ``reported_eac`` is the PM's own forecast; ``method`` the
    portfolio's ``eac_method``. With no lines at all PV and AC are ``None``; EV can
    still come from the % complete.
    """
    dense = _dense(lines)
    upto = _status_upto(dense, as_of)
    has_earned = any(ln.earned is not None for ln in dense)
    ev_now: float | None = None
    if not has_earned and bac is not None and pct_complete is not None:
        ev_now = bac * pct_complete
    ev = _ev_months(dense, upto, ev_now)
    months = _figures(dense, upto, ev)
    if not dense:
        return _result((), bac, None, ev_now, None, reported_eac, method, None, 0)
    pv_to = months[upto - 1].pv_cum if upto else 0.0
    ac_to = months[upto - 1].ac_cum if upto else None
    ev_to = months[upto - 1].ev_cum if upto else ev_now
    at = float(month_index(month_of(as_of)) - month_index(dense[0].period) + 1)
    return _result(months, bac, pv_to, ev_to, ac_to, reported_eac, method, at,
                   _planned_duration(months))


def _planned_duration(months: Sequence[MonthFigures]) -> int:
    """Months from the first line to the last month with planned value."""
    last = max((i for i, m in enumerate(months) if m.pv), default=-1)
    return last + 1


def _result(months: tuple[MonthFigures, ...], bac: float | None, pv: float | None,
            ev: float | None, ac: float | None, reported: float | None, method: str,
            at: float | None, pd: int) -> PhasedEvm:
    base = compute(bac, pv, ev, ac, eac=reported)
    eac, used = choose_eac(method, base, reported)
    evm = compute(bac, pv, ev, ac, eac=eac)
    es, sv_t, spi_t = _schedule(months, pd, ev, at)
    return PhasedEvm(months=months, evm=evm, eac=eac, eac_reported=reported,
                     eac_method=method, eac_method_used=used, es=es, sv_t=sv_t,
                     spi_t=spi_t, at=at, pd=pd)


def _schedule(months: Sequence[MonthFigures], pd: int, ev: float | None, at: float | None
              ) -> tuple[float | None, float | None, float | None]:
    """ES, SV(t) and SPI(t) from the cumulative PV of the planned months."""
    if not pd or ev is None:
        return None, None, None
    sched = earned_schedule([m.pv_cum for m in months[:pd]], ev,
                            at if at is not None else math.nan)
    return sched.es, sched.sv_t, sched.spi_t


# --- roll-ups -----------------------------------------------------------------------------


def rollup(items: Iterable[PhasedEvm], as_of: date, method: str = "reported") -> PhasedEvm:
    """A programme's or the portfolio's phased earned value: months summed by period,
    PV/EV/AC/BAC and the projects' chosen EACs summed, every index computed from the
    sums (never averaged). Its ``eac_method_used`` is ``method`` (each project chose
    its own fallback); ES comes from the summed cumulative PV.
    """
    parts = list(items)
    sums: dict[str, list[float]] = {}
    upto = month_of(as_of)
    for part in parts:
        for m in part.months:
            row = sums.setdefault(m.period, [0.0, 0.0, 0.0, 0.0])
            row[0] += m.pv
            row[1] += m.ev or 0.0
            row[2] += m.ac or 0.0
            row[3] += m.outturn
    months = _rolled_months(sums, upto)
    bac, pv, ev, ac, eac, reported = (_total(v) for v in zip(*(
        (p.evm.bac, p.evm.pv, p.evm.ev, p.evm.ac, p.eac, p.eac_reported) for p in parts)
    )) if parts else (None,) * 6
    evm = compute(bac, pv, ev, ac, eac=eac)
    at = None
    if months:
        at = float(month_index(upto) - month_index(months[0].period) + 1)
    pd = _planned_duration(months)
    es, sv_t, spi_t = _schedule(months, pd, ev, at)
    return PhasedEvm(months=months, evm=evm, eac=eac, eac_reported=reported,
                     eac_method=method, eac_method_used=method, es=es, sv_t=sv_t,
                     spi_t=spi_t, at=at, pd=pd)


def _total(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None and not math.isnan(v)]
    return math.fsum(present) if present else None


def _rolled_months(sums: Mapping[str, list[float]], upto: str) -> tuple[MonthFigures, ...]:
    if not sums:
        return ()
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
    "EAC_METHOD_NAMES", "InYear", "MonthFigures", "MonthLine", "PhasedEvm", "choose_eac",
    "eac_projection", "eac_with_pf", "fiscal_year", "in_year", "month_end", "month_index",
    "month_name", "month_span", "phase", "rollup", "shown", "shown_total",
]
