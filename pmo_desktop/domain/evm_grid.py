"""Earned value of many projects at once: the rules of ``evm_phased`` over flat columns.

At 10,000 projects × 36 months a Python object per financial line (a tuple, its floats,
a loop turn in ``phase``) costs more than everything else together. The store reads the
lines of the projects instead as two flat columns of floats, one entry a line, each
project's lines one after the other, in month order (``store.queries_money.money_grid``):

* ``planned``: the line's planned amount (0 where none);
* ``outturn``: its actual cost up to the status month, then its forecast, else its plan
  (0 where none): the outturn of ``evm_phased``, and its AC up to the status month;

and, for the projects that record earned value, their ``earned`` column (0 where none).
A project's lines are a ``Span`` of those columns when they are one a month with no month
missing (the usual case); the store leaves any other project to ``evm_phased.phase``.

``phase_span`` gives a span's ``PhasedEvm`` (without months) with the same additions in
the same order as ``phase``, so the two agree to the last bit; ``Rollup`` adds the
projects' months up by the rules of ``evm_phased.monthly_from_sums`` (EV of a month: the
earned lines, else the actual or planned amounts × the project's ``EvPhasing`` weight,
the lumps in the last month up to the status month), a column of a month at a time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, reduce
from itertools import accumulate, repeat, zip_longest
from operator import add, mul

from .evm_phased import (
    EvPhasing, Line, MonthFigures, PhasedEvm, _result, ev_phasing, month_index, month_name,
    month_of, monthly, phase,
)


@dataclass(frozen=True)
class Span:
    """One project's lines in a ``MoneyGrid``: ``count`` months from the month
    ``first`` (``evm_phased.month_index``), at ``start`` in the columns; ``earned_at``
    is where they start in the ``earned`` column (-1: the project records no EV)."""

    first: int
    start: int
    count: int
    earned_at: int = -1


@dataclass(frozen=True)
class MoneyGrid:
    """The financial lines of many projects as of a status month (see the module doc):
    ``spans`` by project id, and ``irregular``, by project id, the lines of projects
    whose months are not consecutive, as ``phase`` takes them."""

    as_of: date
    planned: Sequence[float]
    outturn: Sequence[float]
    earned: Sequence[float]
    spans: dict[int, Span]
    irregular: dict[int, list[Line]] = field(default_factory=dict)

    @cached_property
    def status(self) -> int:
        """The status month's index."""
        return month_index(month_of(self.as_of))

    def upto(self, span: Span) -> int:
        """How many of the span's months fall in or before the status month."""
        k = self.status - span.first + 1
        return 0 if k < 0 else span.count if k > span.count else k


def phase_span(grid: MoneyGrid, span: Span, *, bac: float | None,
               pct_complete: float | None = None, reported_eac: float | None = None,
               method: str = "reported") -> PhasedEvm:
    """``evm_phased.phase(lines, detail=False)`` of a project's span, to the last bit:
    PV, AC and EV to date, the chosen EAC and Earned Schedule."""
    s, n = span.start, span.count
    upto = grid.upto(span)
    planned = grid.planned[s:s + n]
    series = list(accumulate(planned))  # cumulative PV per month, as phase adds it
    pv_to = series[upto - 1] if upto else 0.0
    ac_to = reduce(add, grid.outturn[s:s + upto], 0.0)
    has_earned = span.earned_at >= 0
    ev: float | None
    if has_earned:
        ev = reduce(add, grid.earned[span.earned_at:span.earned_at + upto], 0.0)
    else:
        ev = None if bac is None or pct_complete is None else bac * pct_complete
    pd = n
    while pd and not planned[pd - 1]:
        pd -= 1
    return _result((), bac, pv_to, ev, ac_to if upto else None, reported_eac, method,
                   float(grid.status - span.first + 1), pd, series,
                   ev_phasing(has_earned, ev, ac_to, pv_to))


def phase_project(grid: MoneyGrid, project_id: int, *, bac: float | None,
                  pct_complete: float | None = None, reported_eac: float | None = None,
                  method: str = "reported") -> PhasedEvm:
    """A project's ``PhasedEvm`` (without months): from its span, else from its lines
    by ``phase`` (a project without lines has neither)."""
    span = grid.spans.get(project_id)
    if span is not None:
        return phase_span(grid, span, bac=bac, pct_complete=pct_complete,
                          reported_eac=reported_eac, method=method)
    return phase(grid.irregular.get(project_id, ()), grid.as_of, bac=bac,
                 pct_complete=pct_complete, reported_eac=reported_eac, method=method,
                 detail=False)


Sums = dict[int, list[float]]
"""Month index → ``[pv, ev, ac, outturn]`` (the lumps apart)."""


class Rollup:
    """The months of a roll-up (a programme, the portfolio): ``add`` each project with
    its ``EvPhasing`` (or ``merge`` roll-ups), then ``months``. Projects are added up by
    the month they start in, a month at a time over all of them (``zip_longest``), so no
    Python object is made per line."""

    def __init__(self, grid: MoneyGrid) -> None:
        self.grid = grid
        self._by_first: dict[int, tuple[list[Sequence[float]], ...]] = {}
        self._loose: Sums = {}
        self._last_past = -1  # the latest month up to the status month with a line
        self._lumps: list[float] = []
        self._sums: Sums | None = None

    def add(self, project_id: int, how: EvPhasing) -> None:
        """Add a project's months (nothing for a project without lines)."""
        self._sums = None
        span = self.grid.spans.get(project_id)
        if span is not None:
            self._add_span(span, how)
        elif project_id in self.grid.irregular:
            self._add_lines(self.grid.irregular[project_id], how)

    def _add_span(self, span: Span, how: EvPhasing) -> None:
        g, s, n = self.grid, span.start, span.count
        upto = g.upto(span)
        planned, outturn = g.planned[s:s + n], g.outturn[s:s + n]
        actual = g.outturn[s:s + upto]
        ev: Sequence[float] = ()
        if how.earned:
            ev = g.earned[span.earned_at:span.earned_at + upto]
        elif how.per_actual:
            ev = list(map(mul, actual, repeat(how.per_actual)))
        elif how.per_planned:
            ev = list(map(mul, planned[:upto], repeat(how.per_planned)))
        if how.lump:
            self._lumps.append(how.lump)
        if upto and span.first + upto > self._last_past:
            self._last_past = span.first + upto - 1
        columns = self._by_first.get(span.first)
        if columns is None:
            columns = self._by_first[span.first] = ([], [], [], [])
        columns[0].append(planned)
        columns[1].append(ev)
        columns[2].append(actual)
        columns[3].append(outturn)

    def _add_lines(self, lines: Iterable[Line], how: EvPhasing) -> None:
        """A project whose months are not consecutive, line by line (as
        ``evm_phased.ev_by_month`` and the store's sums by month weigh them)."""
        status = self.grid.status
        for period, planned, actual, forecast, earned in lines:
            m = month_index(period)
            row = self._loose.setdefault(m, [0.0, 0.0, 0.0, 0.0])
            row[0] += planned or 0.0
            if m <= status:
                self._last_past = max(self._last_past, m)
                row[1] += (earned or 0.0) if how.earned else (
                    (actual or 0.0) * how.per_actual + (planned or 0.0) * how.per_planned)
                row[2] += actual or 0.0
                row[3] += actual or 0.0
            else:
                row[3] += forecast if forecast is not None else (planned or 0.0)
        if how.lump:
            self._lumps.append(how.lump)

    def merge(self, parts: Iterable[Rollup]) -> None:
        """Add other roll-ups' months (the portfolio from its programmes')."""
        self._sums = None
        for part in parts:
            for m, row in part.sums().items():
                mine = self._loose.setdefault(m, [0.0, 0.0, 0.0, 0.0])
                for i, value in enumerate(row):
                    mine[i] += value
            self._lumps += part._lumps
            self._last_past = max(self._last_past, part._last_past)

    def sums(self) -> Sums:
        """The sums by month of the months with lines, without the lumps."""
        if self._sums is None:
            out = {m: list(v) for m, v in self._loose.items()}
            for first, columns in self._by_first.items():
                for i, rows in enumerate(columns):
                    for k, total in enumerate(map(sum, zip_longest(*rows, fillvalue=0.0))):
                        out.setdefault(first + k, [0.0, 0.0, 0.0, 0.0])[i] += total
            self._sums = out
        return self._sums

    def months(self) -> tuple[MonthFigures, ...]:
        """The roll-up's months (``evm_phased.monthly``), the projects' lumps of EV in
        the last month up to the status month that has a line (as
        ``monthly_from_sums`` puts them)."""
        rows = {month_name(m): list(v) for m, v in self.sums().items()}
        lump = math.fsum(self._lumps)
        if lump:
            month = self._last_past if self._last_past >= 0 else self.grid.status
            rows.setdefault(month_name(month), [0.0, 0.0, 0.0, 0.0])[1] += lump
        return monthly(rows, self.grid.as_of)


__all__ = ["MoneyGrid", "Rollup", "Span", "phase_project", "phase_span"]
