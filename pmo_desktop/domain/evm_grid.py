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
the same order as ``phase``, so the two agree to the last bit; ``phase_projects`` gives
many projects' at once, equal to it, with a numpy column per figure
(``evm_columns``). ``Rollup`` adds the projects' months up by the rules of
``evm_rollup.monthly_from_sums`` (EV of a month: the earned lines, else the actual or
planned amounts × the project's ``EvPhasing`` weight, the lumps in the last month up to
the status month), all the spans' cells at once (``evm_columns.month_sums``).

numpy is imported only when many projects are phased or rolled up (``evm_columns``):
one project's figures, the store and the app's start-up do without it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, reduce
from itertools import accumulate
from operator import add
from typing import TYPE_CHECKING

from .evm_eac import EAC_METHOD_NAMES
from .evm_months import month_index, month_name, month_of
from .evm_phased import EvPhasing, Line, MonthFigures, PhasedEvm, _result, ev_phasing, phase
from .evm_rollup import monthly

if TYPE_CHECKING:  # numpy is imported where thousands of projects are phased at once
    from . import evm_columns as ec


@dataclass(frozen=True)
class Span:
    """One project's lines in a ``MoneyGrid``: ``count`` months from the month
    ``first`` (``evm_months.month_index``), at ``start`` in the columns; ``earned_at``
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

    @cached_property
    def columns(self) -> tuple[ec.Floats, ec.Floats, ec.Floats]:
        """``planned``, ``outturn`` and ``earned`` as numpy arrays (``evm_columns``)."""
        from . import evm_columns as ec

        return ec.floats(self.planned), ec.floats(self.outturn), ec.floats(self.earned)

    def span_table(self, spans: Sequence[Span]) -> ec.Spans:
        """Those spans as columns (``evm_columns.Spans``)."""
        from . import evm_columns as ec

        return ec.span_table([(s.first, s.start, s.count, s.earned_at) for s in spans],
                             self.status)


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


ProjectFields = tuple[int, float | None, float | None, float | None]
"""A project's id, BAC, % complete (a fraction) and reported EAC."""


def phase_projects(grid: MoneyGrid, projects: Sequence[ProjectFields],
                   method: str = "reported") -> list[PhasedEvm]:
    """``phase_project`` of each project, equal to it to the last bit, a column of
    numbers per figure for the projects whose span and fields are finite floats
    (``evm_columns``); the others one at a time."""
    if method not in EAC_METHOD_NAMES:
        raise ValueError(f"unknown EAC method {method!r}")
    spans, status = grid.spans, grid.status
    picked: list[int] = []
    rows: list[Span] = []
    fields: list[tuple[float, float, float, bool]] = []
    for i, (pid, bac, pct, eac) in enumerate(projects):
        span = spans.get(pid)
        if (span is None or span.first > status or type(bac) is not float
                or (span.earned_at < 0 and type(pct) is not float)
                or (eac is not None and type(eac) is not float)):
            continue
        picked.append(i)
        rows.append(span)
        fields.append((bac, pct if type(pct) is float else 0.0,
                       math.nan if eac is None else eac, eac is not None))
    out: list[PhasedEvm | None] = [None] * len(projects)
    if picked:
        from . import evm_columns as ec

        for i, phased in zip(picked, ec.phase_spans(*grid.columns, grid.span_table(rows),
                                                    status, fields, method)):
            out[i] = phased
    return [phased if phased is not None else phase_project(
        grid, pid, bac=bac, pct_complete=pct, reported_eac=eac, method=method)
        for phased, (pid, bac, pct, eac) in zip(out, projects)]


Sums = dict[int, list[float]]
"""Month index → ``[pv, ev, ac, outturn]`` (the lumps apart)."""


class Rollup:
    """The months of a roll-up (a programme, the portfolio): ``add`` each project with
    its ``EvPhasing`` (or ``merge`` roll-ups), then ``months``. The projects' spans are
    added up by month all at once (``evm_columns.month_sums``), so no Python object is
    made per line."""

    def __init__(self, grid: MoneyGrid) -> None:
        self.grid = grid
        self._spans: list[Span] = []
        self._hows: list[EvPhasing] = []
        self._loose: Sums = {}
        self._last_past = -1  # the latest month up to the status month with a line
        self._lumps: list[float] = []
        self._sums: tuple[Sums, int, list[float]] | None = None

    def add(self, project_id: int, how: EvPhasing) -> None:
        """Add a project's months (nothing for a project without lines)."""
        self._sums = None
        span = self.grid.spans.get(project_id)
        if span is not None:
            self._spans.append(span)
            self._hows.append(how)
        elif project_id in self.grid.irregular:
            self._add_lines(self.grid.irregular[project_id], how)

    def _add_lines(self, lines: Iterable[Line], how: EvPhasing) -> None:
        """A project whose months are not consecutive, line by line (as
        ``evm_rollup.ev_by_month`` and the store's sums by month weigh them)."""
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
            sums, last_past, lumps = part._summed()
            for m, row in sums.items():
                mine = self._loose.setdefault(m, [0.0, 0.0, 0.0, 0.0])
                for i, value in enumerate(row):
                    mine[i] += value
            self._lumps += lumps
            self._last_past = max(self._last_past, last_past)

    def _summed(self) -> tuple[Sums, int, list[float]]:
        """The sums by month of the months with lines (without the lumps), the latest
        month up to the status month with a line, and the lumps."""
        if self._sums is None:
            self._sums = self._sum_spans()
        return self._sums

    def _sum_spans(self) -> tuple[Sums, int, list[float]]:
        out = {m: list(v) for m, v in self._loose.items()}
        lumps = self._lumps + [how.lump for how in self._hows if how.lump]
        if not self._spans:
            return out, self._last_past, lumps
        from . import evm_columns as ec

        table = self.grid.span_table(self._spans)
        for m, row in ec.month_sums(*self.grid.columns, table, self._hows).items():
            mine = out.get(m)
            if mine is None:
                out[m] = row
            else:
                for i, value in enumerate(row):
                    mine[i] += value
        return out, max(self._last_past, ec.last_past(table)), lumps

    def sums(self) -> Sums:
        """The sums by month of the months with lines, without the lumps."""
        return self._summed()[0]

    def months(self) -> tuple[MonthFigures, ...]:
        """The roll-up's months (``evm_rollup.monthly``), the projects' lumps of EV in
        the last month up to the status month that has a line (as
        ``monthly_from_sums`` puts them)."""
        sums, last_past, lumps = self._summed()
        rows = {month_name(m): list(v) for m, v in sums.items()}
        lump = math.fsum(lumps)
        if lump:
            month = last_past if last_past >= 0 else self.grid.status
            rows.setdefault(month_name(month), [0.0, 0.0, 0.0, 0.0])[1] += lump
        return monthly(rows, self.grid.as_of)


__all__ = ["MoneyGrid", "ProjectFields", "Rollup", "Span", "phase_project", "phase_projects",
           "phase_span"]
