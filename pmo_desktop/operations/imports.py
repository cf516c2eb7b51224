"""Importing trackers: the one orchestration the command line and the import wizard share.

The steps, each usable alone (the wizard runs them one at a time, with the user's
corrections in between; ``pmo-desktop import`` runs them in a row through
``import_files``):

1. ``read_files``: files → their tables (with a saved mapping profile applied), or one
   sentence saying why a file cannot be read; the other files are still read.
2. ``plan_import``: tables → a ``Plan`` (create / update / unchanged / rejected), nothing
   written.
3. ``apply_import``: the plan written in one transaction as one import batch, recording
   the files it came from (``batch_info``); returns a ``Result``.

A file whose tables to import hold no data rows is refused as an empty template
(``empty_template``, ``empty_template_error``): the rule lives here, once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pmo_desktop.importing.api import (
    FileResult, ImportResult, as_of_date, change_entity, read_and_detect, save_profile,
)
from pmo_desktop.importing.apply import ImportCancelled, write_plan
from pmo_desktop.importing.columns import DetectedTable
from pmo_desktop.importing.gcpause import without_gc
from pmo_desktop.importing.plan import Plan, TablePlan, plan_tables
from pmo_desktop.importing.read import ReadError
from pmo_desktop.importing.vocab import norm

from pmo_desktop.store import StoreError

from .backups import backup_before_import
from .result import Cancelled, OperationCancelled, Progress, Result, never, no_progress

if TYPE_CHECKING:
    from pmo_desktop.store import Store

__all__ = ["FileRead", "apply_import", "batch_info", "empty_template", "remember_mappings",
           "empty_template_error", "import_files", "plan_import", "read_files"]

# shares of ``import_files``' progress bar: reading, planning, writing
_READ, _PLAN = 0.4, 0.2
CANCELLED = "The import was cancelled; nothing was written."


@dataclass
class FileRead:
    """One file's outcome: its tables, or the sentence saying why it cannot be read."""

    path: str
    tables: list[DetectedTable] = field(default_factory=list)
    error: str | None = None
    sha256: str | None = None  # of the file's bytes (None for a readable file with no table)

    @property
    def name(self) -> str:
        return Path(self.path).name


def _part(progress: Progress, start: float, share: float) -> Progress:
    """``progress`` for a step that fills ``share`` of the bar from ``start``."""
    if progress is no_progress:
        return no_progress

    def step(fraction: float, text: str) -> None:
        progress(start + share * fraction, text)
    return step


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _read_one(store: Store | None, path: str, as_of: date, progress: Progress,
              cancelled: Cancelled) -> FileRead:
    try:
        tables = read_and_detect(path, store=store, as_of=as_of, progress=progress,
                                 cancelled=cancelled)
    except ImportCancelled as exc:
        raise OperationCancelled(CANCELLED) from exc
    except ReadError as exc:
        return FileRead(path, error=str(exc), sha256=_sha256(path))
    except (OSError, ValueError) as exc:
        return FileRead(path, error=f"{Path(path).name} could not be read: {exc}.",
                        sha256=_sha256(path))
    source = tables[0].source if tables else None
    return FileRead(path, tables, sha256=source.sha256 if source is not None else None)


def read_files(store: Store | None, paths: Sequence[str], *, as_of: date | None = None,
               progress: Progress = no_progress,
               cancelled: Cancelled = never) -> list[FileRead]:
    """Read and detect every file; a file that cannot be read is reported, the others
    are still read. A mapping profile saved in ``store`` applies to the tables it fits.

    Progress reaches inside each file (between its sheets), with "…" while a file is
    being read; ``cancelled()`` is asked at the same points and raises
    ``OperationCancelled``."""
    as_of = as_of or as_of_date(store)
    out: list[FileRead] = []
    n = max(1, len(paths))
    for i, path in enumerate(paths):
        if cancelled():
            raise OperationCancelled(CANCELLED)

        def step(fraction: float, text: str, i: int = i) -> None:
            progress((i + fraction) / n, text + ("…" if fraction < 1 else ""))

        out.append(_read_one(store, str(path), as_of, step, cancelled))
    progress(1.0, "Done")
    return out


def plan_import(store: Store, tables: list[DetectedTable], *, project_code: str | None = None,
                as_of: date | None = None, create_projects: bool | Collection[str] = False,
                hints: Mapping[str, str] | None = None, roll_up_plan: bool = False,
                progress: Progress = no_progress, cancelled: Cancelled = never) -> Plan:
    """Compare ``tables`` with the portfolio: what an import would create, update, leave
    unchanged or reject; nothing is written.

    ``project_code`` names the project of rows that name none. Rows naming a project the
    portfolio does not hold are rejected unless ``create_projects`` allows it (True: every
    such project; a collection: the names, as the rows write them, that may be created).
    ``hints`` replaces the words a rejection uses to say what to do about its project.
    With ``roll_up_plan``, each project a plan's tasks belong to gets its start, finish
    and % complete from the plan (planned as project updates, shown with the rest)."""
    plan = plan_tables(store, tables, project_code=project_code,
                       as_of=as_of or as_of_date(store), create_projects=create_projects,
                       hints=hints, roll_up=roll_up_plan, progress=progress,
                       cancelled=cancelled)
    if cancelled():
        raise OperationCancelled(CANCELLED)
    return plan


def empty_template(tables: Sequence[TablePlan]) -> bool:
    """Whether the tables to import (those with an entity, and a plan's tasks) hold no
    data rows at all."""
    known = [x for t in tables if t.entity for x in (t, t.tasks) if x is not None]
    return bool(known) and all(t.data_rows == 0 and not t.records for t in known)


def empty_template_error(names: Sequence[str]) -> str:
    """The sentence refusing ``names`` (file names) as empty templates."""
    return f"{', '.join(names)} holds no data rows: it looks like an empty template."


def batch_info(files: Sequence[FileRead], project_code: str | None) -> dict[str, Any]:
    """What an import batch records: file names, path(s), SHA-256 and project.

    One file is recorded as it is; several as their names joined (at most 500
    characters), their paths joined with "; " and one SHA-256 of their SHA-256s.
    """
    paths = [f.path for f in files]
    shas = [f.sha256 or "" for f in files]
    one = len(paths) == 1
    return {"file_name": ", ".join(Path(p).name for p in paths)[:500],
            "path": paths[0] if one else "; ".join(paths),
            "sha256": shas[0] if one else hashlib.sha256("".join(shas).encode()).hexdigest(),
            "project_code": project_code}


def _plan_counts(plan: Plan) -> dict[str, int]:
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    names = {"create": "created", "update": "updated", "unchanged": "unchanged"}
    for tp in plan.tables:
        for r in tp.records:
            if r.action in names:
                counts[names[r.action]] += 1
    counts["skipped"] = sum(len(tp.skipped) for tp in plan.tables)
    counts["rejected"] = sum(len(tp.rejected) for tp in plan.tables)
    return counts


def _warnings(plan: Plan) -> list[str]:
    return list(dict.fromkeys(w for tp in plan.tables for w in tp.warnings))


@without_gc
def apply_import(store: Store, plan: Plan, files: Sequence[FileRead], *,
                 project_code: str | None = None, progress: Progress = no_progress,
                 cancelled: Cancelled = never) -> Result:
    """Write ``plan`` in one transaction as one import batch recording ``files``.

    The ``Result`` lists what was created and updated, ``batch_id`` (None when there was
    nothing to write; ``value`` is the same) and counts. A cancel (``OperationCancelled``)
    or any failure writes nothing at all. A plan that writes anything first backs the
    portfolio up (``backups.backup_before_import``)."""
    counts = _plan_counts(plan)
    if counts["created"] or counts["updated"]:
        progress(0.0, "Backing up the portfolio before the import…")
        backup_before_import(store)
    try:
        changes = write_plan(store, plan, batch_info(files, project_code),
                             progress=progress, cancelled=cancelled)
    except ImportCancelled as exc:
        raise OperationCancelled(CANCELLED) from exc
    if changes is None:
        return Result(counts=counts, warnings=_warnings(plan))
    return Result.of(changes, counts=counts, warnings=_warnings(plan),
                     value=changes.batch_id)


@without_gc
def import_files(store: Store, paths: Sequence[str], *, dry_run: bool,
                 project_code: str | None = None, create_projects: bool = False,
                 roll_up_plan: bool = False, kinds: Mapping[str, str | None] | None = None,
                 accept: Sequence[str] = (),
                 progress: Progress = no_progress, cancelled: Cancelled = never) -> Result:
    """Import ``paths`` into ``store`` as one batch (or only plan it with ``dry_run``):
    ``pmo-desktop import``.

    ``value`` is the ``ImportResult`` (its ``to_json()`` is the CLI's ``--json``). Rows
    naming a project the portfolio does not hold are rejected unless
    ``create_projects``. ``roll_up_plan`` sets each plan's project's start, finish and %
    complete from its tasks. ``kinds`` (sheet name → entity, or None to leave the sheet
    out) overrides the kind found for the tables of those sheets (``--as SHEET=KIND``).
    A table whose kind is only a guess (``importing.doubt``) is held back, planned but
    not written, unless its sheet is in ``accept`` (``--accept SHEET``) or ``kinds``.
    When any file cannot be read or is an empty template, or a sheet of ``kinds`` or
    ``accept`` is in none of the files, nothing at all is written and
    ``value.exit_code`` is 2."""
    as_of = as_of_date(store)
    reads = read_files(store, [str(p) for p in paths], as_of=as_of,
                       progress=_part(progress, 0.0, _READ), cancelled=cancelled)
    missing = [("--as", s) for s in _override_kinds(reads, kinds or {}, as_of)]
    missing += [("--accept", s) for s in _accept(reads, accept)]
    if missing and reads and reads[0].error is None:
        sheets = sorted({t.sheet for f in reads for t in f.tables})
        option = missing[0][0]
        reads[0].error = (f"{option}: no sheet named "
                          f"{', '.join(repr(s) for o, s in missing if o == option)} in "
                          f"the files (their sheets: {', '.join(sheets) or 'none'})")
    plan = plan_import(store, [t for f in reads for t in f.tables], project_code=project_code,
                       as_of=as_of, create_projects=create_projects,
                       roll_up_plan=roll_up_plan, progress=_part(progress, _READ, _PLAN),
                       cancelled=cancelled)
    by_table: dict[int, list[TablePlan]] = {}
    for tp in plan.tables:
        by_table.setdefault(id(tp.table), []).append(tp)
    files: list[FileResult] = []
    for f in reads:
        fr = FileResult(f.path, f.sha256, f.error,
                        [tp for t in f.tables for tp in by_table.get(id(t), [])])
        if fr.error is None and empty_template(fr.tables):
            fr.error = empty_template_error([f.name])
        files.append(fr)
    report = ImportResult(files, plan, None, dry_run)
    if dry_run or report.exit_code:
        return Result(counts=_plan_counts(plan), warnings=_warnings(plan), value=report)
    result = apply_import(store, plan, reads, project_code=project_code,
                          progress=_part(progress, _READ + _PLAN, 1 - _READ - _PLAN),
                          cancelled=cancelled)
    report.batch = result.batch_id
    result.value = report
    chosen = _chosen_tables(reads, kinds or {}) if result.batch_id is not None else []
    if chosen:  # the next file with the same headers is read the way the person said
        remembered = remember_mappings(store, chosen)
        result.warnings += remembered.warnings
        result.counts["profiles"] = remembered.counts["profiles"]
    return result


def _chosen_tables(reads: Sequence[FileRead], kinds: Mapping[str, str | None]) -> list[DetectedTable]:
    """The tables whose kind a person named (``--as``) or confirmed (``--accept``)."""
    named = {norm(sheet) for sheet, kind in kinds.items() if kind}
    return [t for f in reads for t in f.tables
            if t.entity and (t.accepted or norm(t.sheet) in named)]


def remember_mappings(store: Store, tables: Sequence[DetectedTable]) -> Result:
    """Save each table's entity, mapping and header row as the mapping profile for the
    next file with the same headers. The import is already in: a profile that cannot
    be saved is a warning (the user re-maps next time), not a failure."""
    result = Result()
    saved = 0
    for table in tables:
        try:
            save_profile(store, table)
        except StoreError as exc:
            result.warnings.append(f"The mapping of {table.file_name}, sheet "
                                   f"'{table.sheet}', was not remembered: {exc}")
        else:
            saved += 1
    result.counts["profiles"] = saved
    return result


def _accept(reads: Sequence[FileRead], sheets: Sequence[str]) -> list[str]:
    """Take the kind found for the tables of ``sheets`` even when it is a guess; the
    names of ``sheets`` no file has."""
    wanted = {norm(s) for s in sheets}
    seen: set[str] = set()
    for f in reads:
        for table in f.tables:
            if norm(table.sheet) in wanted:
                table.accepted = True
                seen.add(norm(table.sheet))
    return [s for s in sheets if norm(s) not in seen]


def _override_kinds(reads: Sequence[FileRead], kinds: Mapping[str, str | None],
                    as_of: date) -> list[str]:
    """Read the tables of the sheets ``kinds`` names as the kind it gives (a person's
    choice over the importer's); the names of ``kinds`` no file has a sheet for."""
    wanted = {norm(sheet): kind for sheet, kind in kinds.items()}
    seen: set[str] = set()
    for f in reads:
        for table in f.tables:
            key = norm(table.sheet)
            if key in wanted:
                change_entity(table, wanted[key], as_of)
                seen.add(key)
    return [sheet for sheet in kinds if norm(sheet) not in seen]
