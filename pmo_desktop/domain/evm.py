"""Earned value management: indices, forecasts and Earned Schedule (DOMAIN.md §5).

Everything is computed at full float precision; rounding is for display only (§5.6).
No function here raises on bad numbers: an undefined quantity (a missing input or a
division by zero) is ``None``, which the views print as "—" / "n/a".
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Num = float | None


@dataclass(frozen=True)
class EvmResult:
    """The EVM metrics of §5.2; ``None`` where undefined.

    ``*_pct`` fields are percent numbers (12.5 means 12.5 %), including
    ``pct_complete`` (EV/BAC) and ``pct_spent`` (AC/BAC).
    """

    bac: Num
    pv: Num
    ev: Num
    ac: Num
    cv: Num
    sv: Num
    cv_pct: Num
    sv_pct: Num
    cpi: Num
    spi: Num
    eac_typical: Num
    eac_atypical: Num
    eac_composite: Num
    etc: Num
    vac: Num
    vac_pct: Num
    tcpi_bac: Num
    tcpi_eac: Num
    pct_complete: Num
    pct_spent: Num


def _sub(a: Num, b: Num) -> Num:
    return None if a is None or b is None else a - b


def _add(a: Num, b: Num) -> Num:
    return None if a is None or b is None else a + b


def _div(a: Num, b: Num) -> Num:
    if a is None or b is None or b == 0 or math.isnan(b):
        return None
    return a / b


def _pct(a: Num, b: Num) -> Num:
    ratio = _div(a, b)
    return None if ratio is None else ratio * 100.0


def _clean(value: float | None) -> Num:
    if value is None or math.isnan(value):
        return None
    return float(value)


def forecast_or_budget(eac: float | None, bac: float | None) -> float | None:
    """The forecast a total counts for a project: its EAC, else its BAC.

    A project with no forecast is taken to land on budget until the PM says
    otherwise. The dashboard, the financials and the steering pack all total
    forecasts with this one rule, so their figures agree.
    """
    return eac if eac is not None else bac


def compute(bac: float | None, pv: float | None, ev: float | None, ac: float | None, *,
            eac: float | None = None) -> EvmResult:
    """All §5.2 metrics from the four base quantities.

    ``eac`` is an optional management (bottom-up) estimate at completion: when given
    it drives ``etc``, ``vac``, ``vac_pct`` and ``tcpi_eac``; otherwise ``eac_typical``
    (BAC/CPI) does. The three EAC methods are always computed.

    Edge cases (§5.4): AC = 0 → CPI ``None``; PV = 0 → SPI ``None``; EV = 0 with
    AC > 0 → CPI = 0 and EAC typical is infinite, returned as ``None`` (fall back to
    the atypical or a bottom-up EAC); CPI × SPI = 0 → composite ``None``; BAC = AC →
    TCPI(BAC) ``None`` (infinite); BAC < AC gives a negative TCPI(BAC), which means the
    budget is exhausted.
    """
    if _plain(bac, pv, ev, ac) and (eac is None or _plain(eac)):
        return _compute_plain(bac, pv, ev, ac, eac)  # type: ignore[arg-type]
    return _compute_general(bac, pv, ev, ac, eac)


def _compute_general(bac: float | None, pv: float | None, ev: float | None,
                     ac: float | None, eac: float | None) -> EvmResult:
    bac, pv, ev, ac, eac = (_clean(v) for v in (bac, pv, ev, ac, eac))
    cv, sv = _sub(ev, ac), _sub(ev, pv)
    cpi, spi = _div(ev, ac), _div(ev, pv)
    remaining = _sub(bac, ev)
    eac_typical = _div(bac, cpi)
    perf = None if cpi is None or spi is None else cpi * spi
    eac_used = eac if eac is not None else eac_typical
    vac = _sub(bac, eac_used)
    return EvmResult(
        bac=bac, pv=pv, ev=ev, ac=ac, cv=cv, sv=sv,
        cv_pct=_pct(cv, ev), sv_pct=_pct(sv, pv), cpi=cpi, spi=spi,
        eac_typical=eac_typical,
        eac_atypical=_add(ac, remaining),
        eac_composite=_add(ac, _div(remaining, perf)),
        etc=_sub(eac_used, ac), vac=vac, vac_pct=_pct(vac, bac),
        tcpi_bac=_div(remaining, _sub(bac, ac)),
        tcpi_eac=_div(remaining, _sub(eac_used, ac)),
        pct_complete=_pct(ev, bac), pct_spent=_pct(ac, bac),
    )


def _plain(*values: float | None) -> bool:
    """Every value a finite float (not ``None``, not an int, not NaN or infinite)."""
    return all(type(v) is float and math.isfinite(v) for v in values)


def _ratio(a: float, b: float) -> Num:
    return None if b == 0 or b != b else a / b


def _compute_plain(bac: float, pv: float, ev: float, ac: float, eac: float | None
                   ) -> EvmResult:
    """``compute`` of finite floats (the usual case, 10,000 times for a portfolio):
    the same operations in the same order, without the checks for ``None``."""
    cv, sv = ev - ac, ev - pv
    cpi, spi = _ratio(ev, ac), _ratio(ev, pv)
    remaining = bac - ev
    eac_typical = None if cpi is None else _ratio(bac, cpi)
    perf = None if cpi is None or spi is None else cpi * spi
    eac_used = eac if eac is not None else eac_typical
    vac = None if eac_used is None else bac - eac_used
    cv_pct, sv_pct = _ratio(cv, ev), _ratio(sv, pv)
    vac_pct = None if vac is None else _ratio(vac, bac)
    complete, spent = _ratio(ev, bac), _ratio(ac, bac)
    return EvmResult(
        bac=bac, pv=pv, ev=ev, ac=ac, cv=cv, sv=sv,
        cv_pct=None if cv_pct is None else cv_pct * 100.0,
        sv_pct=None if sv_pct is None else sv_pct * 100.0, cpi=cpi, spi=spi,
        eac_typical=eac_typical, eac_atypical=ac + remaining,
        eac_composite=None if perf is None or (q := _ratio(remaining, perf)) is None
        else ac + q,
        etc=None if eac_used is None else eac_used - ac, vac=vac,
        vac_pct=None if vac_pct is None else vac_pct * 100.0,
        tcpi_bac=_ratio(remaining, bac - ac),
        tcpi_eac=None if eac_used is None else _ratio(remaining, eac_used - ac),
        pct_complete=None if complete is None else complete * 100.0,
        pct_spent=None if spent is None else spent * 100.0,
    )


def rollup(items: Iterable[tuple[float | None, float | None, float | None, float | None]]
           ) -> EvmResult:
    """Portfolio EVM from ``(bac, pv, ev, ac)`` per project: sum first, then divide.

    Never average indices (§5.4). ``None`` inputs are skipped; a quantity that is
    ``None`` for every item stays ``None``. Amounts must be in one currency.
    """
    totals: list[float | None] = [None, None, None, None]
    for item in items:
        for i, value in enumerate(item):
            if value is not None and not math.isnan(value):
                current = totals[i]
                totals[i] = value if current is None else current + value
    return compute(*totals)


def variance_at_completion(bac: float | None, eac: float | None) -> tuple[Num, Num]:
    """``(VAC, VAC %)``: ``BAC − EAC`` (negative is an overrun) and ``100 × VAC / BAC``
    (``None`` without a BAC or a forecast; the percent also with a zero BAC)."""
    vac = None if bac is None or eac is None else bac - eac
    return vac, None if vac is None or not bac else 100.0 * vac / bac


@dataclass(frozen=True)
class ProjectFinance:
    """One project's figures as the financials and one-pagers print them.

    ``eac`` is the forecast the totals count (``forecast_or_budget``); ``vac`` and
    ``vac_pct`` come from it (``variance_at_completion``); ``evm`` holds the §5.2
    metrics with that forecast as the management EAC.
    """

    eac: Num
    vac: Num
    vac_pct: Num
    evm: EvmResult


def project_finance(bac: float | None, pv: float | None, ev: float | None,
                    ac: float | None, eac: float | None) -> ProjectFinance:
    """The figures of ``ProjectFinance`` from a project's BAC, PV, EV, AC and EAC."""
    forecast = forecast_or_budget(eac, bac)
    vac, vac_pct = variance_at_completion(bac, forecast)
    return ProjectFinance(eac=forecast, vac=vac, vac_pct=vac_pct,
                          evm=compute(bac, pv, ev, ac, eac=forecast))


@dataclass(frozen=True)
class EarnedSchedule:
    """Earned Schedule (Lipke): ES and the time-based variance and index, in periods."""

    es: Num
    sv_t: Num
    spi_t: Num


def _earned_periods(pv_cumulative: Sequence[float], ev: float) -> float | None:
    n = len(pv_cumulative)
    if n == 0 or math.isnan(ev) or ev < 0:
        return None
    if ev >= pv_cumulative[-1]:
        return float(n)
    pv = [0.0, *pv_cumulative]
    if pv == sorted(pv):  # never decreasing (no negative month): bisect finds C
        c = bisect_right(pv, ev) - 1
    else:
        c = max(t for t in range(n + 1) if pv[t] <= ev)
    # C is the largest such t and EV < PV_n, so PV_{C+1} > EV ≥ PV_C: never 0 / 0.
    return c + (ev - pv[c]) / (pv[c + 1] - pv[c])


def earned_schedule(pv_cumulative: Sequence[float], ev: float, at: float) -> EarnedSchedule:
    """ES, SV(t) and SPI(t) (§5.3, §5.4).

    ``pv_cumulative`` holds cumulative PV at the end of periods 1..n (PV_0 = 0 is
    implied); ``at`` is the actual time in the same period units (fractional
    mid-period). ``ES = C + (EV − PV_C)/(PV_{C+1} − PV_C)`` with C the largest t where
    PV_t ≤ EV; when EV ≥ PV_n, ES = PD = n. ``SPI(t)`` is ``None`` when ``at ≤ 0``.
    An empty series or a negative EV gives all ``None``.
    """
    es = _earned_periods(pv_cumulative, ev)
    if es is None or at is None or math.isnan(at):
        return EarnedSchedule(es=es, sv_t=None, spi_t=None)
    return EarnedSchedule(es=es, sv_t=es - at, spi_t=es / at if at > 0 else None)


def bei(completed: int, baselined: int) -> float | None:
    """Baseline Execution Index (DCMA check 14): completed / baselined by the status date.

    ``None`` (n/a) when nothing was baselined to complete. Target ≥ 0.95.
    """
    return None if baselined <= 0 else completed / baselined
