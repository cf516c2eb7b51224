"""What the Roadmap section draws, computed from the pack's snapshot (pure, no drawing).

Each project in scope is a ``Line``: its bar (actual, else forecast, else baseline dates;
a plan's span where the project itself has no dates), its baseline as a ghost, its
overall RAG and its milestones (``Mark``). The dates are the pack's: a period pack reads
the project rows, milestones and plan tasks rewound to that period, so a closed
period's roadmap does not move when plans are edited later.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from pmo_desktop.domain.rag import Rag
from pmo_desktop.store.pack_data import PackData, parse_day

from .model import PackModel, rag_value

NO_PROGRAMME = "No programme"
# The axis keeps to this window around the as-of date, so one bad date (a year 1900
# start, a 2099 finish) does not squash every bar; bars beyond it are cut at its edge.
YEARS_BEFORE, YEARS_AFTER = 3, 5


@dataclass(frozen=True)
class Mark:
    """A milestone diamond: at ``day``; ``ghost`` is its baseline when it slipped."""

    name: str
    day: date
    ghost: date | None
    critical: bool
    done: bool


@dataclass(frozen=True)
class Line:
    """One project's row of the roadmap."""

    code: str
    name: str
    programme: str
    rag: Rag
    start: date | None
    finish: date | None
    base_start: date | None
    base_finish: date | None
    marks: tuple[Mark, ...]

    def days(self) -> list[date]:
        out = [d for d in (self.start, self.finish, self.base_start, self.base_finish) if d]
        for m in self.marks:
            out += [m.day] + ([m.ghost] if m.ghost else [])
        return out


@dataclass(frozen=True)
class Axis:
    """The time axis: ``first`` (a quarter's first day) to ``last`` (exclusive)."""

    first: date
    last: date

    @property
    def span(self) -> int:
        return max(1, (self.last - self.first).days)

    def quarters(self) -> list[date]:
        """The first day of every quarter from ``first`` up to ``last``."""
        out, day = [], self.first
        while day < self.last:
            out.append(day)
            day = _next_quarter(day)
        return out


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(day: date) -> date:
    start = _quarter_start(day)
    return date(start.year + 1, 1, 1) if start.month == 10 else date(start.year,
                                                                      start.month + 3, 1)


def _clamp(day: date, low: date, high: date) -> date:
    return min(max(day, low), high)


def axis_of(lines: list[Line], as_of: date) -> Axis:
    """Whole quarters around every date of the roadmap and the as-of date, kept within
    ``YEARS_BEFORE``/``YEARS_AFTER`` of the as-of date."""
    low = date(as_of.year - YEARS_BEFORE, 1, 1)
    high = date(as_of.year + YEARS_AFTER, 12, 31)
    days = [_clamp(d, low, high) for line in lines for d in line.days()] + [as_of]
    return Axis(_quarter_start(min(days)), _next_quarter(max(days)))


def _day(value: object) -> date | None:
    return parse_day(value) if value else None


def lines_of(data: PackData, model: PackModel) -> list[Line]:
    """The projects in scope by programme (named ones A–Z, then those without), each
    programme's projects by start date then code."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    for m in data.state.milestones:
        if (m.status or "") == "cancelled":
            continue
        base = _day(m.baseline_date)
        day = _day(m.actual_date) or _day(m.forecast_date) or base
        if day is None:
            continue
        ghost = base if base is not None and day > base else None
        marks[m.project_code].append(Mark(m.name, day, ghost, m.critical,
                                          _day(m.actual_date) is not None))
    spans: dict[str, tuple[list[date], list[date]]] = defaultdict(lambda: ([], []))
    for t in data.state.tasks:
        starts, finishes = spans[t.project_code]
        start = _day(t.start_actual) or _day(t.start_forecast) or _day(t.start_baseline)
        finish = _day(t.finish_actual) or _day(t.finish_forecast) or _day(t.finish_baseline)
        starts += [start] if start else []
        finishes += [finish] if finish else []
    out = []
    for p in model.projects:
        attrs = data.state.attributes.get(p.code, {})
        starts, finishes = spans.get(p.code, ([], []))
        start = (_day(attrs.get("start_actual")) or _day(attrs.get("start_forecast"))
                 or _day(attrs.get("start_baseline")) or _day(p.start_baseline)
                 or (min(starts) if starts else None))
        finish = (_day(attrs.get("finish_actual")) or _day(attrs.get("finish_forecast"))
                  or _day(p.finish_forecast) or _day(attrs.get("finish_baseline"))
                  or _day(p.finish_baseline) or (max(finishes) if finishes else None))
        out.append(Line(
            p.code, p.name, p.programme or NO_PROGRAMME, rag_value(p.rag), start, finish,
            _day(attrs.get("start_baseline")) or _day(p.start_baseline),
            _day(attrs.get("finish_baseline")) or _day(p.finish_baseline),
            tuple(sorted(marks.get(p.code, ()), key=lambda k: (k.day, k.name)))))
    out.sort(key=lambda ln: (ln.programme == NO_PROGRAMME, ln.programme.casefold(),
                             ln.start or date.max, ln.code))
    return out


def groups_of(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """``lines`` (already in order) by programme."""
    out: list[tuple[str, list[Line]]] = []
    for line in lines:
        if not out or out[-1][0] != line.programme:
            out.append((line.programme, []))
        out[-1][1].append(line)
    return out


__all__ = ["Axis", "Line", "Mark", "NO_PROGRAMME", "axis_of", "groups_of", "lines_of"]
