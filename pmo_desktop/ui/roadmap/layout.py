"""The roadmap's geometry, apart from painting: the time scale, the rows shown and
where each bar, milestone and ghost goes.

Nothing here draws or reads the store: ``RoadmapCanvas`` paints what these compute,
and the tests check these numbers rather than pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from pmo_desktop.store.queries_common import parse_date
from pmo_desktop.store.queries_schedule import RoadmapProject, TaskRow

ZOOMS = ("month", "quarter", "year")
PX_PER_DAY = {"month": 5.0, "quarter": 1.6, "year": 0.45}
ROW_H = 26
HEADER_H = 44
LEFT_W = 300
NO_PROGRAMME = "No programme"


@dataclass(frozen=True)
class Tick:
    """A boundary on the time axis: where it is, its label, whether it is a top-band one."""

    x: float
    label: str
    major: bool


def _month_start(day: date, months: int = 0) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    return date(day.year + y, m + 1, 1)


@dataclass(frozen=True)
class Scale:
    """Days to pixels: ``x(day)`` from the axis' origin (the chart's left edge at
    scroll 0) at the zoom's pixels per day."""

    origin: date
    end: date
    zoom: str = "quarter"

    @property
    def px_per_day(self) -> float:
        return PX_PER_DAY[self.zoom]

    @property
    def width(self) -> float:
        return self.x(self.end)

    def x(self, day: date) -> float:
        return (day - self.origin).days * self.px_per_day

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=int(x // self.px_per_day))

    def with_zoom(self, zoom: str) -> Scale:
        return Scale(self.origin, self.end, zoom)

    def ticks(self, x0: float, x1: float) -> list[Tick]:
        """The axis' boundaries between ``x0`` and ``x1``: years (major) and the zoom's
        unit (months, or quarters at quarter and year zoom)."""
        step = 1 if self.zoom == "month" else 3
        first = self.day_at(max(0.0, x0))
        day = _month_start(date(first.year, 1, 1))
        out: list[Tick] = []
        while day <= self.end:
            x = self.x(day)
            if x > x1:
                break
            if day.month == 1:
                out.append(Tick(x, str(day.year), True))
            unit = day.strftime("%b") if step == 1 else f"Q{(day.month - 1) // 3 + 1}"
            if x >= x0 - 400:
                out.append(Tick(x, unit, False))
            day = _month_start(day, step)
        return out


def axis_over(days: Iterable[date], today: date, zoom: str = "quarter") -> Scale:
    """A scale from the month before the first of ``days`` to a month after the last
    (``today`` is always on it)."""
    every = [today, *days]
    return Scale(_month_start(min(every), -1), _month_start(max(every), 2), zoom)


def task_days(tasks: Iterable[TaskRow]) -> list[date]:
    """Every date a plan's bars, ghosts and diamonds are drawn at."""
    out = []
    for t in tasks:
        for text in (t.start, t.finish, t.start_baseline, t.finish_baseline):
            d = parse_date(text)
            if d:
                out.append(d)
    return out


def _extremes(texts: Iterable[str | None]) -> list[date]:
    """The first and last of stored ISO dates (they sort as text: only two are parsed)."""
    kept = [t for t in texts if t]
    ends = (parse_date(min(kept)), parse_date(max(kept))) if kept else ()
    return [d for d in ends if d is not None]


def axis_for(projects: Sequence[RoadmapProject], today: date, zoom: str = "quarter") -> Scale:
    """A scale from a month before the earliest date shown to a month after the last
    (today is always on it)."""
    texts: list[str | None] = []
    for p in projects:
        texts += (p.start, p.finish, p.start_baseline, p.finish_baseline)
        for m in p.milestones:
            texts += (m.date, m.baseline_date)
    return axis_over(_extremes(texts), today, zoom)


@dataclass(slots=True)
class Row:
    """One line of the roadmap: a programme's header, a project, or a phase of its plan."""

    kind: str  # "group", "project", "phase"
    label: str
    programme: str
    project: RoadmapProject | None = None
    task: TaskRow | None = None
    count: int = 0  # a group's projects
    span: tuple[date, date] | None = None  # a group's first start and last finish

    @property
    def expandable(self) -> bool:
        return self.kind == "group" or (self.project is not None and self.kind == "project"
                                        and bool(self.project.phases))


def programme_of(p: RoadmapProject) -> str:
    return p.programme or NO_PROGRAMME


def group(projects: Iterable[RoadmapProject]) -> dict[str, list[RoadmapProject]]:
    """Programme name → its projects, in the order given."""
    groups: dict[str, list[RoadmapProject]] = {}
    for p in projects:
        groups.setdefault(programme_of(p), []).append(p)
    return groups


def spans(projects: Iterable[RoadmapProject]) -> dict[str, tuple[date, date] | None]:
    """Programme name → its projects' first start and last finish."""
    return {name: _span(members) for name, members in group(projects).items()}


def build_rows(projects: Sequence[RoadmapProject], collapsed: set[str], expanded: set[int],
               spans: dict[str, tuple[date, date] | None] | None = None) -> list[Row]:
    """Group headers and their projects in the order given (by programme, then code);
    a collapsed programme shows its header only, an expanded project its phases.
    ``spans``: each programme's span, when known (else worked out from ``projects``)."""
    rows: list[Row] = []
    for name, members in group(projects).items():
        span = spans[name] if spans is not None and name in spans else _span(members)
        rows.append(Row("group", name, name, count=len(members), span=span))
        if name in collapsed:
            continue
        for p in members:
            rows.append(Row("project", p.name, name, project=p))
            if p.id in expanded:
                rows.extend(Row("phase", t.name, name, project=p, task=t) for t in p.phases)
    return rows


def _span(members: Sequence[RoadmapProject]) -> tuple[date, date] | None:
    starts = _extremes(p.start for p in members)
    ends = _extremes(p.finish for p in members)
    return (starts[0], ends[-1]) if starts and ends else None


@dataclass(frozen=True)
class Bar:
    """A bar's extent in chart pixels (the finish day is drawn in full)."""

    x0: float
    x1: float


def bar(scale: Scale, start: str | None, finish: str | None) -> Bar | None:
    s, f = parse_date(start), parse_date(finish)
    if s is None and f is None:
        return None
    s, f = s or f, f or s
    assert s is not None and f is not None
    if f < s:
        s, f = f, s
    return Bar(scale.x(s), scale.x(f + timedelta(days=1)))


def ghost_bar(scale: Scale, start: str | None, finish: str | None,
              baseline_start: str | None, baseline_finish: str | None) -> Bar | None:
    """The baseline behind a bar, when the bar moved away from it."""
    if (baseline_start, baseline_finish) == (start, finish) or not baseline_finish:
        return None
    if parse_date(baseline_finish) == parse_date(finish) and \
            parse_date(baseline_start) in (None, parse_date(start)):
        return None
    return bar(scale, baseline_start, baseline_finish)


@dataclass(frozen=True)
class Diamond:
    """A milestone's mark: its centre, and the ghost's at the baseline when it slipped."""

    x: float
    ghost_x: float | None
    critical: bool
    achieved: bool
    name: str
    day: date
    baseline: date | None

    @property
    def slip_days(self) -> int:
        return (self.day - self.baseline).days if self.baseline else 0


def diamonds(scale: Scale, project: RoadmapProject) -> list[Diamond]:
    """The project's milestones at their dates (actual, else forecast, else baseline);
    one that moved from its baseline keeps a ghost there."""
    out = []
    half = scale.px_per_day / 2  # the middle of the day
    for m in project.milestones:
        day = parse_date(m.date)
        if day is None:
            continue
        base = parse_date(m.baseline_date)
        ghost = scale.x(base) + half if base is not None and base != day else None
        out.append(Diamond(scale.x(day) + half, ghost, m.critical, m.actual_date is not None,
                           m.name, day, base))
    return out


def task_diamond(scale: Scale, task: TaskRow) -> Diamond | None:
    """A milestone task of a plan as a diamond (with its ghost when it slipped)."""
    day = parse_date(task.finish or task.start)
    if day is None:
        return None
    base = parse_date(task.finish_baseline or task.start_baseline)
    half = scale.px_per_day / 2
    ghost = scale.x(base) + half if base is not None and base != day else None
    return Diamond(scale.x(day) + half, ghost, task.critical, task.finish_actual is not None,
                   task.name, day, base)


__all__ = ["Bar", "Diamond", "HEADER_H", "LEFT_W", "NO_PROGRAMME", "PX_PER_DAY", "ROW_H",
           "Row", "Scale", "Tick", "ZOOMS", "axis_for", "axis_over", "bar", "build_rows",
           "diamonds", "ghost_bar", "group", "programme_of", "spans", "task_days",
           "task_diamond"]
