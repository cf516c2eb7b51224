"""Named reads of schedules: a project's plan (its tasks in plan order) and the
portfolio's roadmap (projects on a time axis with their milestones and top-level phases).

A bar's dates are the actual ones where the work started or finished, else the
forecast, else the baseline (``TaskRow.start`` / ``finish``, ``RoadmapProject``); the
baseline is kept apart so a slipped bar can show it as a ghost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

from .queries import portfolio_status
from .queries_common import Source, database, rag_key

if TYPE_CHECKING:
    from .store import Store

_TASK_COLUMNS = (
    "id", "project_id", "ref", "wbs", "name", "outline_level", "parent_ref", "is_summary",
    "is_milestone", "start_baseline", "finish_baseline", "start_forecast",
    "finish_forecast", "start_actual", "finish_actual", "duration_days", "pct_complete",
    "status", "owner", "resources", "predecessors", "critical", "notes", "sort_order",
    "priority",
)


@dataclass(frozen=True)
class TaskRow:
    """One stored task of a plan (dates ISO text, flags as bools)."""

    id: int
    project_id: int
    ref: str
    wbs: str | None
    name: str
    outline_level: int
    parent_ref: str | None
    is_summary: bool
    is_milestone: bool
    start_baseline: str | None
    finish_baseline: str | None
    start_forecast: str | None
    finish_forecast: str | None
    start_actual: str | None
    finish_actual: str | None
    duration_days: float | None
    pct_complete: float | None
    status: str | None
    owner: str | None
    resources: str | None
    predecessors: str | None
    critical: bool
    notes: str | None
    sort_order: int | None
    priority: str | None = None  # low, medium, high, critical

    @property
    def start(self) -> str | None:
        """Where the bar starts: actual, else forecast, else baseline."""
        return self.start_actual or self.start_forecast or self.start_baseline

    @property
    def finish(self) -> str | None:
        """Where the bar ends: actual, else forecast, else baseline."""
        return self.finish_actual or self.finish_forecast or self.finish_baseline


def _task(row: dict[str, Any]) -> TaskRow:
    values = {c: row[c] for c in _TASK_COLUMNS}
    values["outline_level"] = int(row["outline_level"] or 1)
    for flag in ("is_summary", "is_milestone", "critical"):
        values[flag] = bool(row[flag])
    values["name"] = row["name"] or ""
    return TaskRow(**values)


def project_tasks(source: Source, project_id: int) -> list[TaskRow]:
    """The tasks of project ``project_id`` in plan order (``sort_order``, then ref)."""
    db = database(source)
    return [_task(r) for r in db.query(
        f"SELECT {', '.join(_TASK_COLUMNS)} FROM task WHERE project_id = ?"
        " ORDER BY sort_order IS NULL, sort_order, ref", [project_id])]


def task_counts(source: Source) -> dict[int, int]:
    """Project id → how many tasks its plan has (projects without a plan are absent)."""
    db = database(source)
    return {int(r["project_id"]): int(r["n"]) for r in db.query(
        "SELECT project_id, COUNT(*) AS n FROM task GROUP BY project_id")}


@dataclass(frozen=True)
class MilestoneMark:
    """A milestone as the roadmap draws it: a diamond at ``date``, a ghost at
    ``baseline_date`` when it slipped."""

    id: int
    project_id: int
    name: str
    baseline_date: str | None
    forecast_date: str | None
    actual_date: str | None
    critical: bool
    status: str | None

    @property
    def date(self) -> str | None:
        return self.actual_date or self.forecast_date or self.baseline_date


@dataclass(frozen=True)
class RoadmapProject:
    """One project's bar: its dates, its programme, its milestones and plan phases."""

    id: int
    code: str
    name: str
    programme: str | None
    stage: str | None
    state: str | None
    rag_overall: str | None
    start_baseline: str | None
    finish_baseline: str | None
    start: str | None
    finish: str | None
    pct_complete: float | None
    milestones: tuple[MilestoneMark, ...]
    phases: tuple[TaskRow, ...]  # the plan's top-level tasks (outline level 1)


def roadmap(source: Source, project_ids: Iterable[int] | None = None) -> list[RoadmapProject]:
    """Every project (or those of ``project_ids``) by programme then code, with its
    milestones by date and its plan's top-level tasks in plan order."""
    db = database(source)
    wanted = None if project_ids is None else {int(i) for i in project_ids}
    milestones: dict[int, list[MilestoneMark]] = {}
    for r in db.query(
            "SELECT id, project_id, name, baseline_date, forecast_date, actual_date,"
            " critical, status FROM milestone ORDER BY COALESCE(actual_date,"
            " forecast_date, baseline_date), name"):
        if wanted is None or r["project_id"] in wanted:
            milestones.setdefault(int(r["project_id"]), []).append(MilestoneMark(
                int(r["id"]), int(r["project_id"]), r["name"] or "", r["baseline_date"],
                r["forecast_date"], r["actual_date"], bool(r["critical"]), r["status"]))
    phases: dict[int, list[TaskRow]] = {}
    for r in db.query(
            f"SELECT {', '.join(_TASK_COLUMNS)} FROM task WHERE COALESCE(outline_level, 1) = 1"
            " ORDER BY project_id, sort_order IS NULL, sort_order, ref"):
        if wanted is None or r["project_id"] in wanted:
            phases.setdefault(int(r["project_id"]), []).append(_task(r))
    out = []
    for r in db.query(
            "SELECT p.id, p.code, p.name, g.name AS programme, p.stage, p.state,"
            " p.rag_overall, p.start_baseline, p.finish_baseline,"
            " COALESCE(p.start_actual, p.start_forecast, p.start_baseline) AS start,"
            " COALESCE(p.finish_actual, p.finish_forecast, p.finish_baseline) AS finish,"
            " p.pct_complete FROM project p LEFT JOIN programme g ON g.id = p.programme_id"
            " ORDER BY g.name IS NULL, g.name, p.code"):
        pid = int(r["id"])
        if wanted is not None and pid not in wanted:
            continue
        out.append(RoadmapProject(
            pid, r["code"], r["name"] or "", r["programme"], r["stage"], r["state"],
            r["rag_overall"], r["start_baseline"], r["finish_baseline"], r["start"],
            r["finish"], r["pct_complete"], tuple(milestones.get(pid, ())),
            tuple(phases.get(pid, ()))))
    return out


def roadmap_rags(store: Store, as_of: date) -> dict[int, str]:
    """Project id → the overall RAG the portfolio shows (reported, else calculated;
    ``"not_set"`` when neither): the colour of its roadmap bar."""
    return {s.id: rag_key(s.rag) for s in portfolio_status(store.db, as_of, store.thresholds())}


@dataclass(frozen=True)
class RoadmapRead:
    """What the Roadmap view shows: the bars, their RAG and the programmes' names."""

    projects: list[RoadmapProject]
    rags: dict[int, str]
    programmes: list[str]


def roadmap_read(store: Store, as_of: date) -> RoadmapRead:
    """The roadmap with each bar's RAG as of ``as_of`` (one read for the view)."""
    projects = roadmap(store)
    names = sorted({p.programme for p in projects if p.programme})
    return RoadmapRead(projects, roadmap_rags(store, as_of), names)


__all__ = ["MilestoneMark", "RoadmapProject", "RoadmapRead", "TaskRow", "project_tasks",
           "roadmap", "roadmap_rags", "roadmap_read", "task_counts"]
