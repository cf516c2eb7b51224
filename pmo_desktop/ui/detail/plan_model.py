"""The Plan tab's tree of tasks: a ``QAbstractItemModel`` over one project's plan.

A task's parent is the task its ``parent_ref`` names; a plan read without parent refs
(or naming one that is not there) nests by outline level instead (the nearest task
above with a lower level). Columns: ID/WBS, task, start, finish, duration, % complete,
owner; a summary task is bold, a critical one says so in its tooltip.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt,
)
from PySide6.QtGui import QFont

from pmo_desktop.domain.money import format_pct
from pmo_desktop.store.queries_schedule import TaskRow

from ..plain import plain_tip
from ..viewkit.fmt import fmt_date
from ..viewkit.i18n import tr
from ..viewkit.models import CENTRE, RIGHT
from ..viewkit.roles import Role

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (tr("ID / WBS"), tr("Task"), tr("Start"), tr("Finish"), tr("Duration"),
           tr("% complete"), tr("Owner"))
WIDTHS = (76, 210, 100, 100, 74, 76, 120)
ROW_HEIGHT = 24
_ID = int(Role.ID)  # the task's id


def _duration(t: TaskRow) -> str:
    if t.is_milestone:
        return tr("milestone")
    if t.duration_days is None:
        return ""
    days = t.duration_days
    return f"{days:g} d"


def _cell(t: TaskRow, column: int) -> str:
    if column == 0:
        return t.wbs or t.ref
    if column == 1:
        return t.name
    if column == 2:
        return "" if t.is_milestone else fmt_date(t.start)
    if column == 3:
        return fmt_date(t.finish)
    if column == 4:
        return _duration(t)
    if column == 5:
        return format_pct(t.pct_complete * 100 if t.pct_complete is not None else None, 0)
    return t.owner or t.resources or ""


def _tip(t: TaskRow) -> str:
    lines = [f"{t.wbs or t.ref}  {t.name}"]
    if t.critical:
        lines.append(tr("On the critical path"))
    if t.finish_baseline and t.finish_baseline != t.finish:
        lines.append(tr("Baseline {a} – {b}").format(a=fmt_date(t.start_baseline),
                                                    b=fmt_date(t.finish_baseline)))
    if t.predecessors:
        lines.append(tr("After {p}").format(p=t.predecessors))
    if t.status:
        lines.append(tr("Status {s}").format(s=t.status.replace("_", " ")))
    if t.priority:
        lines.append(tr("Priority {p}").format(p=t.priority))
    if t.notes:
        lines.append(t.notes)
    return "\n".join(lines)


class PlanModel(QAbstractItemModel):
    """Tasks as a tree; ``task(index)`` is the row's ``TaskRow``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[TaskRow] = []
        self._parent: list[int] = []  # task index → parent's task index (-1: top)
        self._children: dict[int, list[int]] = {-1: []}
        self._row: list[int] = []  # task index → its row under its parent
        self._bold = QFont()
        self._bold.setBold(True)

    def set_tasks(self, tasks: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self.tasks = list(tasks)
        by_ref = {t.ref: i for i, t in enumerate(self.tasks)}
        self._parent, self._children, self._row = [], {-1: []}, []
        stack: list[int] = []  # the open ancestors, by outline level
        for i, t in enumerate(self.tasks):
            while stack and self.tasks[stack[-1]].outline_level >= t.outline_level:
                stack.pop()
            named = by_ref.get(t.parent_ref) if t.parent_ref else None
            parent = named if named is not None and named < i else (stack[-1] if stack else -1)
            self._parent.append(parent)
            siblings = self._children.setdefault(parent, [])
            self._row.append(len(siblings))
            siblings.append(i)
            stack.append(i)
        self.endResetModel()

    def task(self, index: Index) -> TaskRow | None:
        return self.tasks[index.internalId()] if index.isValid() else None

    def index_of(self, task_id: int) -> QModelIndex:
        for i, t in enumerate(self.tasks):
            if t.id == task_id:
                return self.createIndex(self._row[i], 0, i)
        return QModelIndex()

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        key = parent.internalId() if parent.isValid() else -1
        children = self._children.get(key, [])
        if not (0 <= row < len(children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        up = self._parent[child.internalId()]
        return QModelIndex() if up < 0 else self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        if parent.isValid() and parent.column() != 0:
            return 0
        key = parent.internalId() if parent.isValid() else -1
        return len(self._children.get(key, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.tasks[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(t, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(_tip(t))
        if role == Qt.ItemDataRole.FontRole and t.is_summary:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return RIGHT if index.column() in (4, 5) else CENTRE
        if role == _ID:
            return t.id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, ROW_HEIGHT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None


__all__ = ["COLUMNS", "PlanModel", "WIDTHS"]
