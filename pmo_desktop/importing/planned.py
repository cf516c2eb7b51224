"""Step 5's shapes: what an import would write — records to create, update or leave,
rows skipped or rejected (with row, column and reason), per table and in all."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .detected import DetectedTable


Ref = tuple[str, str]  # ("project", "CODE"): a parent planned in this import
# The actions that write: "unchanged" leaves a record as stored, and "merged" is a row
# whose fields were added to another row's record of the same project (projectmerge)
WRITES = frozenset({"create", "update"})


@dataclass(slots=True)
class Record:
    """One record the import would write (or leave as it is)."""

    entity: str
    row: int
    action: str  # "create" | "update" | "unchanged" | "merged"
    key: str
    values: dict[str, Any]  # as stored; parents as ids or Refs
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    existing_id: int | None = None
    sheet: str = ""
    file: str = ""
    # e.g. "no owner": stored, flagged (a tuple: most records have none, and an empty
    # tuple costs no object the garbage collector must visit)
    warnings: tuple[str, ...] = ()
    # the tracker's words for values it mapped ({field: text}; apply keeps them as the
    # record's ``source_text``); never part of what a plan shows
    source_text: dict[str, str] | None = None
    # an update's (or unchanged record's) values as the tracker gives them, unchanged ones
    # too: what the record holds once applied (``values`` keeps only what changes)
    given: dict[str, Any] | None = None

    @property
    def provenance(self) -> tuple[str, str, int]:
        return (self.file, self.sheet, self.row)


@dataclass
class NewProject:
    """A project that rows name and the portfolio does not hold (yet)."""

    name: str  # as the first row writes it
    code: str  # the code it is (or would be) created with
    rows: list[int] = field(default_factory=list)
    created: bool = False  # False: the import may not create it, and these rows are rejected


@dataclass
class TablePlan:
    table: DetectedTable
    entity: str | None
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    rejected: list[tuple[int, str | None, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data_rows: int = 0
    # projects this table's rows name that are not in the portfolio, by normalised name
    new_projects: dict[str, NewProject] = field(default_factory=dict)
    no_project: int = 0  # rows rejected because neither the row nor the import names a project
    # a plan read as milestones: the plan of its rows as tasks (also in ``Plan.tables``)
    tasks: "TablePlan | None" = None
    # a table of tasks: each task's project and values as the file gives them (what a
    # roll-up of the project's dates reads)
    task_values: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)
    held: str = ""  # why the table's kind is a guess: nothing of it is planned
    # the project every row names, not in the portfolio, and the import's project it is
    # read as (``Builder._project``)
    read_as: tuple[str, str] | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.records if r.action == action)

    def unknown_project_rows(self) -> int:
        """Rows rejected because the project they name is not in the portfolio."""
        return sum(len(p.rows) for p in self.new_projects.values() if not p.created)


@dataclass
class Plan:
    """The whole import: tables' plans plus the parents they need created."""

    tables: list[TablePlan] = field(default_factory=list)
    parents: list[Record] = field(default_factory=list)
    project_code: str | None = None
    labels: dict[tuple[str, int], str] = field(default_factory=dict)

    def label(self, fname: str, value: Any) -> Any:
        """A parent id or Ref shown as its code or name (for previews and JSON)."""
        if isinstance(value, tuple):
            return value[1]
        if fname.endswith("_id") and isinstance(value, int):
            return self.labels.get((fname[:-3], value), value)
        return value

    def new_projects(self) -> list[NewProject]:
        """Every project rows of a non-project table name that the portfolio does not
        hold: created (allowed) or not (their rows rejected), rows of all tables."""
        out: dict[str, NewProject] = {}
        for tp in self.tables:
            for key, p in tp.new_projects.items():
                if key not in out:
                    out[key] = NewProject(p.name, p.code, [], p.created)
                out[key].rows += p.rows
        return list(out.values())

    @property
    def writes(self) -> int:
        n = sum(1 for p in self.parents if p.action != "unchanged")
        return n + sum(1 for t in self.tables for r in t.records if r.action in WRITES)
