"""The wizard's long work as jobs for the app's runner (``ui/runner.Task``): each is
``job(progress, cancelled) -> value`` over ``operations/imports.py`` and never touches a
widget.

Reading and planning use their own read-only connection to the portfolio (the store's
``reading_copy()``); applying writes through the store's one writer connection while the
modal wizard keeps the GUI thread away from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import date
from typing import Any, TypeVar

from pmo_desktop.importing.columns import DetectedTable
from pmo_desktop.importing.plan import Plan
from pmo_desktop.operations import Cancelled, Progress, Result
from pmo_desktop.operations.imports import FileRead, apply_import, plan_import, read_files
from pmo_desktop.store import Store
from pmo_desktop.store.queries_project import project_index

Job = Callable[[Progress, Cancelled], Any]
T = TypeVar("T")


def _reading(store: Store, work: Callable[[Store], T]) -> T:
    reader = store.reading_copy()
    try:
        return work(reader)
    finally:
        reader.close()


def projects_job(store: Store) -> Job:
    """``(code, name)`` of every project, for the project pickers."""
    def run(_progress: Progress, _cancelled: Cancelled) -> list[tuple[str, str]]:
        return _reading(store, project_index)
    return run


def detect_job(store: Store, paths: list[str], as_of: date) -> Job:
    """Read and detect every file; a bad file is reported, the others still read."""
    def run(progress: Progress, cancelled: Cancelled) -> list[FileRead]:
        return _reading(store, lambda reader: read_files(
            reader, paths, as_of=as_of, progress=progress, cancelled=cancelled))
    return run


def plan_job(store: Store, tables: list[DetectedTable], project_code: str | None,
             as_of: date, new_projects: Collection[str] = (),
             hints: Mapping[str, str] | None = None, roll_up_plan: bool = False) -> Job:
    """Plan the import; of the projects rows name that the portfolio does not hold, only
    ``new_projects`` (names as the rows write them) may be created. ``roll_up_plan``:
    plans set their projects' start, finish and % complete."""
    def run(progress: Progress, cancelled: Cancelled) -> Plan:
        return _reading(store, lambda reader: plan_import(
            reader, tables, project_code=project_code, as_of=as_of,
            create_projects=set(new_projects), hints=hints, roll_up_plan=roll_up_plan,
            progress=progress, cancelled=cancelled))
    return run


def apply_job(store: Store, plan: Plan, files: list[FileRead],
              project_code: str | None) -> Job:
    """Write the plan as one batch recording ``files``; the job's value is the ``Result``."""
    def run(progress: Progress, cancelled: Cancelled) -> Result:
        return apply_import(store, plan, files, project_code=project_code,
                            progress=progress, cancelled=cancelled)
    return run
