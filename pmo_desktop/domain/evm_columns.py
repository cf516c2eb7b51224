"""Earned value of many projects at once, a column of numbers per quantity (numpy).

``evm.compute`` and Earned Schedule element by element: the same IEEE operations in the
same order as the one-project functions (a division, a product, a difference are
correctly rounded in numpy as in Python), so each project's figures equal theirs to the
last bit. Running totals are ``np.cumsum`` along a project's row, which adds one month
after another as ``itertools.accumulate`` does; nothing here sums by ``np.sum`` (its
pairwise order changes the last bits).

The roll-up's sums by month (``month_sums``) add each month's amounts project after
project (``np.bincount``, in index order); a roll-up's rule is the penny as displayed.

Only ``evm_grid`` imports this module, inside the functions that phase thousands of
projects: the store and the app start without numpy, and the first
money book of a process pays its import (about 0.1 s).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import NDArray

from .evm import EvmResult
from .evm_eac import EAC_FIELDS
from .evm_phased import EvPhasing, PhasedEvm, ev_phasing

Floats = NDArray[np.float64]
Flags = NDArray[np.bool_]
Ints = NDArray[np.int64]

_FIELDS = tuple(f.name for f in fields(EvmResult))


@dataclass(frozen=True)
class Column:
    """A figure of many projects: ``values`` where ``valid`` (else ``None``)."""

    values: Floats
    valid: Flags

    def where(self, mask: Flags, other: Column) -> Column:
        """This column where ``mask``, ``other`` elsewhere."""
        return Column(np.where(mask, self.values, other.values),
                      np.where(mask, self.valid, other.valid))

    def tolist(self) -> list[float | None]:
        out: list[float | None] = list(self.values.tolist())
        for i in np.flatnonzero(~self.valid).tolist():
            out[i] = None
        return out


EvmColumns = dict[str, Column]
"""``EvmResult``'s fields by name, a ``Column`` each."""


def _ratio(a: Floats, b: Floats, ok: Flags) -> Column:
    """``evm._ratio`` (``None`` when b is 0 or NaN) where ``ok``."""
    return Column(a / b, ok & (b != 0) & (b == b))


def _scaled(col: Column, factor: float) -> Column:
    return Column(col.values * factor, col.valid)


def compute_columns(bac: Floats, pv: Floats, ev: Floats, ac: Floats, eac: Floats,
                    has_eac: Flags) -> EvmColumns:
    """``evm.compute(bac, pv, ev, ac, eac=eac)`` of each row (``eac`` where ``has_eac``,
    else none given), for rows of finite floats: ``evm._compute_plain``'s operations."""
    yes = np.ones(len(bac), dtype=np.bool_)
    with np.errstate(all="ignore"):
        cv, sv = ev - ac, ev - pv
        cpi, spi = _ratio(ev, ac, yes), _ratio(ev, pv, yes)
        remaining = bac - ev
        eac_typical = _ratio(bac, cpi.values, cpi.valid)
        perf = Column(cpi.values * spi.values, cpi.valid & spi.valid)
        used = Column(np.where(has_eac, eac, eac_typical.values), has_eac | eac_typical.valid)
        vac = Column(bac - used.values, used.valid)
        composite = _ratio(remaining, perf.values, perf.valid)
        every = Column(bac, yes)
        return {
            "bac": every, "pv": Column(pv, yes), "ev": Column(ev, yes), "ac": Column(ac, yes),
            "cv": Column(cv, yes), "sv": Column(sv, yes),
            "cv_pct": _scaled(_ratio(cv, ev, yes), 100.0),
            "sv_pct": _scaled(_ratio(sv, pv, yes), 100.0),
            "cpi": cpi, "spi": spi, "eac_typical": eac_typical,
            "eac_atypical": Column(ac + remaining, yes),
            "eac_composite": Column(ac + composite.values, composite.valid),
            "etc": Column(used.values - ac, used.valid), "vac": vac,
            "vac_pct": _scaled(_ratio(vac.values, bac, vac.valid), 100.0),
            "tcpi_bac": _ratio(remaining, bac - ac, yes),
            "tcpi_eac": _ratio(remaining, used.values - ac, used.valid),
            "pct_complete": _scaled(_ratio(ev, bac, yes), 100.0),
            "pct_spent": _scaled(_ratio(ac, bac, yes), 100.0),
        }


def choose(mask: Flags, a: EvmColumns, b: EvmColumns) -> EvmColumns:
    """``a``'s rows where ``mask``, ``b``'s elsewhere."""
    return {name: a[name].where(mask, b[name]) for name in _FIELDS}


def results(cols: EvmColumns) -> list[EvmResult]:
    """The rows as ``EvmResult``s."""
    return [EvmResult(*row) for row in zip(*(cols[name].tolist() for name in _FIELDS))]


@dataclass(frozen=True)
class Spans:
    """Projects' lines in flat columns (``evm_grid.Span``): ``count`` months at
    ``start`` from the month ``first``, ``upto`` of them up to the status month;
    ``earned_at``: where their earned amounts start (-1: none)."""

    first: Ints
    start: Ints
    count: Ints
    upto: Ints
    earned_at: Ints


@dataclass(frozen=True)
class ToDate:
    """What ``evm_grid.phase_span`` reads off a project's lines: PV, AC and the earned
    amounts to date, PD, and the cumulative PV that Earned Schedule reads."""

    pv: Floats
    ac: Floats
    earned: Floats
    pd: Ints
    finite: Flags  # every amount of the row finite (else its figures are left to phase)
    cum_pv: list[Floats]  # per width group: cumulative PV rows (PV_0 = 0 first)
    rows: list[Ints]  # per width group: the rows it holds


def floats(column: Sequence[float]) -> Floats:
    """A column of floats as a numpy array (an ``array('d')`` is not copied)."""
    return np.asarray(column, dtype=np.float64)


def span_table(spans: Sequence[tuple[int, int, int, int]], status: int) -> Spans:
    """``(first, start, count, earned_at)`` of each span as ``Spans``, with how many of
    their months fall in or before the ``status`` month."""
    table = np.array(spans, dtype=np.int64).reshape(-1, 4)
    first, count = table[:, 0], table[:, 2]
    upto = np.clip(status - first + 1, 0, count)
    return Spans(first, table[:, 1], count, upto, table[:, 3])


def last_past(spans: Spans) -> int:
    """The latest month of the spans up to the status month (-1: none)."""
    past = spans.upto > 0
    return int((spans.first + spans.upto)[past].max()) - 1 if past.any() else -1


def _rows(column: Floats, start: Ints, count: Ints, width: int) -> Floats:
    """Each span's amounts as a row of ``width`` (zeros after its last month)."""
    k = np.arange(width)
    inside = k < count[:, None]
    at = np.where(inside, start[:, None] + k, 0)
    return np.where(inside, column[at], 0.0)


def _at(rows: Floats, k: Ints) -> Floats:
    """Each row's value at column ``k`` (0.0 where ``k`` < 0)."""
    picked = rows[np.arange(len(k)), np.maximum(k, 0)]
    return np.where(k >= 0, picked + 0.0, 0.0)  # + 0.0: a sum from 0.0 is never -0.0


def to_date(planned: Floats, outturn: Floats, earned: Floats, spans: Spans) -> ToDate:
    """PV, AC and earned to date and PD of each span (``phase_span``: sums by
    ``accumulate``/``reduce``, a month after another), rows grouped by width (the
    next power of two of their month count) so a long project pads no others."""
    n = len(spans.first)
    pv, ac, got = np.zeros(n), np.zeros(n), np.zeros(n)
    pd = np.zeros(n, dtype=np.int64)
    finite = np.ones(n, dtype=np.bool_)
    cum_pv: list[Floats] = []
    groups: list[Ints] = []
    width = np.left_shift(1, np.ceil(np.log2(np.maximum(spans.count, 1))).astype(np.int64))
    for w in np.unique(width).tolist():
        rows = np.flatnonzero(width == w)
        start, count, last = spans.start[rows], spans.count[rows], spans.upto[rows] - 1
        plan = _rows(planned, start, count, w)
        cum = np.cumsum(plan, axis=1)
        spent = _rows(outturn, start, count, w)
        pv[rows] = _at(cum, last)
        ac[rows] = _at(np.cumsum(spent, axis=1), last)
        finite[rows] = np.isfinite(cum).all(axis=1) & np.isfinite(spent).all(axis=1)
        at = spans.earned_at[rows]
        mine = at >= 0
        if mine.any():
            amounts = _rows(earned, at[mine], count[mine], w)
            got[rows[mine]] = _at(np.cumsum(amounts, axis=1), last[mine])
            finite[rows[mine]] &= np.isfinite(amounts).all(axis=1)
        nonzero = plan != 0
        pd[rows] = np.where(nonzero.any(axis=1), w - np.argmax(nonzero[:, ::-1], axis=1), 0)
        cum_pv.append(np.concatenate([np.zeros((len(rows), 1)), cum], axis=1))
        groups.append(rows)
    return ToDate(pv, ac, got, pd, finite, cum_pv, groups)


@dataclass(frozen=True)
class Schedule:
    """Earned Schedule of each row (``evm.earned_schedule``): ES, SV(t), SPI(t)."""

    es: Column
    sv_t: Column
    spi_t: Column


def schedule(sums: ToDate, ev: Floats, at: Floats) -> Schedule:
    """``evm_phased._schedule(series, pd, ev, at)`` of each row, for finite ``ev`` and
    ``at``: ``C`` the last month t ≤ PD with PV_t ≤ EV (``bisect_right`` − 1 when the
    series never decreases, the largest such t otherwise: the same t),
    ``ES = C + (EV − PV_C) / (PV_{C+1} − PV_C)``, or PD when EV ≥ PV_PD."""
    n = len(ev)
    es = np.zeros(n)
    for cum, rows in zip(sums.cum_pv, sums.rows):
        w = cum.shape[1] - 1
        pd, value = sums.pd[rows], ev[rows]
        r = np.arange(len(rows))
        last = cum[r, pd]
        below = (cum <= value[:, None]) & (np.arange(w + 1) <= pd[:, None])
        c = w - np.argmax(below[:, ::-1], axis=1)
        with np.errstate(all="ignore"):
            part = c + (value - cum[r, c]) / (cum[r, np.minimum(c + 1, w)] - cum[r, c])
        es[rows] = np.where(value >= last, pd.astype(np.float64), part)
    ok = (sums.pd > 0) & (ev >= 0)
    with np.errstate(all="ignore"):
        return Schedule(Column(es, ok), Column(es - at, ok),
                        Column(es / at, ok & (at > 0)))


def month_sums(planned: Floats, outturn: Floats, earned: Floats, spans: Spans,
               hows: Sequence[EvPhasing]) -> dict[int, list[float]]:
    """The sums by month (index) of the spans' PV, EV, AC and outturn, for the months
    with lines. EV of a month up to the status month: the earned amount
    (``EvPhasing.earned``), else the outturn (there the actual cost) × ``per_actual``,
    else the plan × ``per_planned``; the lumps are the caller's. Each sum adds its cells
    span after span, month after month (``np.bincount`` adds in index order)."""
    count = spans.count
    if not len(count) or not count.sum():
        return {}
    n = len(hows)
    earning = np.fromiter((h.earned for h in hows), dtype=np.bool_, count=n)
    per_actual = np.fromiter((h.per_actual for h in hows), dtype=np.float64, count=n)
    per_planned = np.fromiter((h.per_planned for h in hows), dtype=np.float64, count=n)
    row = np.repeat(np.arange(len(count)), count)
    k = np.arange(len(row)) - np.repeat(np.cumsum(count) - count, count)
    cell = spans.start[row] + k
    base = int(spans.first.min())
    month = spans.first[row] + k - base
    past = k < spans.upto[row]
    pv, out = planned[cell], outturn[cell]
    ka, kp = per_actual[row], per_planned[row]
    ev = np.where(ka != 0, out * ka, pv * kp)
    mine = earning[row] & past & (spans.earned_at[row] >= 0)
    if mine.any():
        ev[mine] = earned[spans.earned_at[row[mine]] + k[mine]]
    ev = np.where(past, ev, 0.0)
    months = int(month.max()) + 1
    lines = np.flatnonzero(np.bincount(month, minlength=months))
    sums = [np.bincount(month, weights=w, minlength=months)[lines].tolist()
            for w in (pv, ev, np.where(past, out, 0.0), out)]
    return {base + m: list(row) for m, *row in zip(lines.tolist(), *sums)}


_EARNED = EvPhasing(earned=True)


def phase_spans(planned: Floats, outturn: Floats, earned: Floats, spans: Spans, status: int,
                fields_: Sequence[tuple[float, float, float, bool]], method: str
                ) -> list[PhasedEvm | None]:
    """``evm_grid.phase_span`` of each span (with a month up to the ``status`` month) and
    its fields ``(bac, pct_complete, reported_eac, has_reported_eac)``, plain floats
    (NaN for an EAC not given), to the last bit; ``None`` for a row with an amount or a
    figure that is not finite (``compute``'s general rules are left to ``phase``)."""
    values = np.array(fields_, dtype=np.float64).reshape(-1, 4)
    bac, pct, eac = values[:, 0], values[:, 1], values[:, 2]
    has_eac = values[:, 3] != 0
    sums = to_date(planned, outturn, earned, spans)
    earning = spans.earned_at >= 0
    ev = np.where(earning, sums.earned, bac * pct)
    pv, ac = sums.pv, sums.ac
    finite = (sums.finite & np.isfinite(bac) & np.isfinite(ev) & np.isfinite(pv)
              & np.isfinite(ac) & (np.isfinite(eac) | ~has_eac))
    base = compute_columns(bac, pv, ev, ac, eac, has_eac)
    fallback = np.where(has_eac, eac, bac)  # evm_eac.choose_eac
    if method == "reported":
        chosen, good = fallback, np.zeros(len(bac), dtype=np.bool_)
    else:
        own = base[EAC_FIELDS[method]]
        good = own.valid & np.isfinite(own.values)
        chosen = np.where(good, own.values, fallback)
    same = has_eac & (chosen == eac)  # evm_phased._result: base if eac == reported
    evm = base if same.all() else choose(same, base, compute_columns(
        bac, pv, ev, ac, chosen, np.ones(len(bac), dtype=np.bool_)))
    at = (status - spans.first + 1).astype(np.float64)  # AT: months to the status month
    used = [method if g else "reported" if h else "bac"
            for g, h in zip(good.tolist(), has_eac.tolist())]
    sched = schedule(sums, ev, at)
    out: list[PhasedEvm | None] = []
    for (ok, result, eac_, reported, used_, es, sv_t, spi_t, at_, pd, earns, ev_, ac_,
         pv_) in zip(finite.tolist(), results(evm), chosen.tolist(), eac.tolist(), used,
                     sched.es.tolist(), sched.sv_t.tolist(), sched.spi_t.tolist(),
                     at.tolist(), sums.pd.tolist(), earning.tolist(), ev.tolist(),
                     ac.tolist(), pv.tolist()):
        if not ok:
            out.append(None)
            continue
        how = _EARNED if earns else ev_phasing(False, ev_, ac_, pv_)
        out.append(PhasedEvm((), result, eac_, None if math.isnan(reported) else reported,
                             method, used_, es, sv_t, spi_t, at_, pd, how))
    return out


__all__ = ["Column", "EvmColumns", "Schedule", "Spans", "ToDate", "choose",
           "compute_columns", "floats", "last_past", "month_sums", "phase_spans", "results",
           "schedule", "span_table", "to_date"]
