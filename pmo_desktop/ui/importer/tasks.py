"""The wizard's long work, run off the GUI thread: read files, plan, apply.

Each job is a plain function ``job(progress, cancelled) -> result`` that never touches
a widget; ``TaskThread`` runs one and hands back progress, the result or a one-sentence
message through queued signals. Reading and planning use their own read-only
connection to the portfolio (``read_only``); applying writes through the store's one
writer connection while the modal wizard keeps the GUI thread away from it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Collection, Mapping

from PySide6.QtCore import QThread, Signal

from pmo_desktop.importing.api import (
    DetectedTable,
    ImportCancelled,
    Plan,
    ReadError,
    apply_plan,
    plan_tables,
    read_and_detect,
)
from pmo_desktop.importing.api import batch_info as _batch_info
from pmo_desktop.store import Store, StoreError

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


class JobCancelled(Exception):
    """The user cancelled a job; its result is dropped."""


def read_only(store: Store) -> Store:
    return store.reading_copy()


@dataclass
class FileRead:
    """One file's outcome: its tables, or the sentence saying why it cannot be read."""

    path: str
    tables: list[DetectedTable] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def sha256(self) -> str | None:
        wb = self.tables[0].workbook if self.tables else None
        return wb.sha256 if wb is not None else None


def detect_job(store: Store, paths: list[str], as_of: date) -> Job:
    """Read and detect every file; a bad file is reported, the others still read.

    Progress and cancelling reach inside each file (between its sheets)."""
    def run(progress: Progress, cancelled: Cancelled) -> list[FileRead]:
        reader = read_only(store)
        out: list[FileRead] = []
        n = len(paths)
        try:
            for i, path in enumerate(paths):
                if cancelled():
                    raise JobCancelled()

                def step(fraction: float, text: str, i: int = i) -> None:
                    progress((i + fraction) / n, text + ("…" if fraction < 1 else ""))

                try:
                    tables = read_and_detect(path, store=reader, as_of=as_of,
                                             progress=step, cancelled=cancelled)
                    out.append(FileRead(path, tables))
                except ImportCancelled as exc:
                    raise JobCancelled() from exc
                except ReadError as exc:
                    out.append(FileRead(path, error=str(exc)))
                except (OSError, ValueError) as exc:
                    out.append(FileRead(path, error=f"{Path(path).name} could not be read: "
                                                    f"{exc}."))
            progress(1.0, "Done")
        finally:
            reader.close()
        return out
    return run


def plan_job(store: Store, tables: list[DetectedTable], project_code: str | None,
             as_of: date, new_projects: Collection[str] = (),
             hints: Mapping[str, str] | None = None) -> Job:
    """Plan the import; of the projects rows name that the portfolio does not hold, only
    ``new_projects`` (names as the rows write them) may be created."""
    def run(progress: Progress, cancelled: Cancelled) -> Plan:
        reader = read_only(store)
        try:
            plan = plan_tables(reader, tables, project_code=project_code, as_of=as_of,
                               create_projects=set(new_projects), hints=hints,
                               progress=progress, cancelled=cancelled)
        finally:
            reader.close()
        if cancelled():
            raise JobCancelled()
        return plan
    return run


def batch_info(files: list[FileRead], project_code: str | None) -> dict[str, Any]:
    """What the import batch records: file names, path(s), SHA-256, project."""
    return _batch_info([f.path for f in files], [f.sha256 for f in files], project_code)


def apply_job(store: Store, plan: Plan, batch: dict[str, Any]) -> Job:
    def run(progress: Progress, cancelled: Cancelled) -> int | None:
        return apply_plan(store, plan, batch, progress=progress, cancelled=cancelled)
    return run


def message_of(exc: BaseException) -> str:
    """One sentence for the user."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, (ImportCancelled, JobCancelled)):
        return ""
    if isinstance(exc, (ReadError, StoreError)) and text:
        return text
    return f"Something went wrong: {text or type(exc).__name__}."


class TaskThread(QThread):
    """Runs one job off the GUI thread.

    Signals:
        progress(int, str): percent done and what is being done.
        succeeded(object): the job's result.
        failed(str): a one-sentence message; empty when the user cancelled.
    """

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self.result: Any = None
        self.ok = False  # the job returned (its result is in ``result``)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.emit(max(0, min(100, int(round(fraction * 100)))), text)

    def run(self) -> None:
        try:
            result = self._job(self._on_progress, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message
            self.failed.emit("" if self._cancel.is_set() else message_of(exc))
        else:
            # Even when cancel came too late: an apply that committed must be reported.
            self.result, self.ok = result, True
            self.succeeded.emit(result)
