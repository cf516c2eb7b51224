"""The pack's scope: programmes and their projects, each with a tick (``ScopeModel``).

A two-level item model for a ``QTreeView``: programme rows (ticked, unticked or partly
ticked from their projects) with project rows under them. The ticks live in plain
lists, so filling the tree with 10,000 projects is one model reset, and reading or
applying a scope is a pass over lists, not a widget call per item (a ``QTreeWidget``
took 0.25 s to fill at 10,000 projects, and restoring a scope item by item over a
second, each tick re-counting its programme).

Ticking a programme ticks all its projects; ticking a project re-counts its programme.

A programme's projects are shown ``BATCH`` at a time: expanding a programme of 10,000
projects lays out 500 rows, not 10,000 (0.15 s through a Python model). When the tree
(with uniform row heights, so it does not measure each row) paints the last row
shown, the next batch is added (just after, from the event loop),
so scrolling down or End keeps going. Not ``canFetchMore``/``fetchMore``: a
``QTreeView`` calls ``fetchMore`` on every layout of an expanded item and every
insertion lays it out again, so it would fetch everything anyway, laying out the
growing list each time. The ticks cover every project, shown or not.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer,
)

from pmo_desktop.store.pack_record import PackChoices

from ..viewkit.i18n import tr
from ..viewkit.roles import Role

CODE_ROLE = Role.CODE
"""A project row's code (``None`` on a programme row)."""
PROGRAMME_ROLE = Qt.ItemDataRole.UserRole
"""A programme row's programme name (``""``: the projects without a programme)."""

BATCH = 500
"""Project rows a programme shows at first, and adds each time the tree asks for more."""
_TOP = 0  # internal id of a programme row; a project row's is its programme's row + 1
_CHECKED, _UNCHECKED, _PARTLY = (Qt.CheckState.Checked, Qt.CheckState.Unchecked,
                                 Qt.CheckState.PartiallyChecked)
_Index = QModelIndex | QPersistentModelIndex
# Bound once: a tree asks every row's flags on a change or an expand (enum ``|`` costs µs).
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemIsUserCheckable)
_LEAF_FLAGS = _FLAGS | Qt.ItemFlag.ItemNeverHasChildren  # the tree skips hasChildren()
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class ScopeModel(QAbstractItemModel):
    """Programmes and their projects with ticks; everything is ticked when filled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._programmes: list[str] = []
        self._projects: list[list[tuple[str, str]]] = []
        self._on: list[list[bool]] = []  # a tick per project
        self._count: list[int] = []  # ticked projects per programme
        self._shown: list[int] = []  # project rows the tree has been given per programme
        self._growing: set[int] = set()  # programmes whose next batch is on its way
        self._filling = 0  # which filling a scheduled batch belongs to

    # -- filling and reading ---------------------------------------------------------
    def set_choices(self, choices: PackChoices) -> None:
        """Show the programmes and projects of ``choices``, all ticked."""
        self.beginResetModel()
        self._programmes = list(choices.programmes)
        self._projects = [list(projects) for projects in choices.programmes.values()]
        self._on = [[True] * len(projects) for projects in self._projects]
        self._count = [len(projects) for projects in self._projects]
        self._shown = [min(BATCH, len(projects)) for projects in self._projects]
        self._growing.clear()
        self._filling += 1
        self.endResetModel()

    def programme_count(self) -> int:
        return len(self._programmes)

    def ticked_projects(self) -> int:
        """How many projects are ticked (none means nothing to report on)."""
        return sum(self._count)

    def scope(self) -> tuple[list[str], list[str]]:
        """The ticked programmes (whole) and projects (of the others); ``([], [])`` when
        everything is ticked (the whole portfolio)."""
        programmes: list[str] = []
        projects: list[str] = []
        for name, rows, ticks, count in zip(self._programmes, self._projects, self._on,
                                            self._count):
            if count == len(rows) and name:
                programmes.append(name)
                continue
            projects.extend(code for (code, _name), on in zip(rows, ticks) if on)
        if self.ticked_projects() == sum(len(rows) for rows in self._projects):
            return [], []
        return programmes, projects

    def select(self, programmes: set[str], projects: set[str]) -> None:
        """Tick the projects of ``programmes`` and the ``projects``; untick the rest.
        Both empty: tick everything."""
        everything = not programmes and not projects
        for row, (name, rows) in enumerate(zip(self._programmes, self._projects)):
            whole = everything or name in programmes
            self._on[row] = [whole or code in projects for code, _name in rows]
            self._count[row] = sum(self._on[row])
        self._all_changed()

    # -- QAbstractItemModel ----------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._programmes) \
                else QModelIndex()
        if parent.internalId() != _TOP or row >= self._shown[parent.row()]:
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._programmes)
        if parent.internalId() == _TOP:
            return self._shown[parent.row()]
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._programmes)
        return parent.internalId() == _TOP and bool(self._projects[parent.row()])

    def show_more(self, row: int) -> None:
        """Add the next ``BATCH`` project rows of programme ``row`` (if there are more)."""
        self._growing.discard(row)
        shown = self._shown[row]
        more = min(BATCH, len(self._projects[row]) - shown)
        if more <= 0:
            return
        self.beginInsertRows(self.index(row, 0), shown, shown + more - 1)
        self._shown[row] += more
        self.endInsertRows()

    def _grow_after(self, group: int) -> None:
        """The tree painted the last row shown: add the next batch from the event loop."""
        if group in self._growing or self._shown[group] >= len(self._projects[group]):
            return
        self._growing.add(group)
        filling = self._filling
        QTimer.singleShot(0, self, lambda: self.show_more(group)
                          if filling == self._filling else None)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _FLAGS if index.internalId() == _TOP else _LEAF_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, top = index.row(), index.internalId() == _TOP
        if top:
            name = self._programmes[row]
            if role == Qt.ItemDataRole.DisplayRole:
                return name or tr("(no programme)")
            if role == Qt.ItemDataRole.CheckStateRole:
                count, total = self._count[row], len(self._projects[row])
                return _CHECKED if count == total else _UNCHECKED if not count else _PARTLY
            if role == PROGRAMME_ROLE:
                return name
            return None
        group = index.internalId() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            if row == self._shown[group] - 1:
                self._grow_after(group)
            code, name = self._projects[group][row]
            return f"{code}  {name}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return _CHECKED if self._on[group][row] else _UNCHECKED
        if role == CODE_ROLE:
            return self._projects[group][row][0]
        return None

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = Qt.CheckState(value) != _UNCHECKED if not isinstance(value, bool) else value
        row = index.row()
        if index.internalId() == _TOP:
            self._on[row] = [on] * len(self._projects[row])
            self._count[row] = len(self._projects[row]) if on else 0
            self._changed(row, [role])
            return True
        group = index.internalId() - 1
        if self._on[group][row] != on:
            self._on[group][row] = on
            self._count[group] += 1 if on else -1
        self.dataChanged.emit(index, index, [role])
        top = self.index(group, 0)
        self.dataChanged.emit(top, top, [role])
        return True

    def _all_changed(self) -> None:
        for row in range(len(self._programmes)):
            self._changed(row, [Qt.ItemDataRole.CheckStateRole])

    def _changed(self, row: int, roles: list[int]) -> None:
        """A programme's tick and its shown projects' ticks changed."""
        top = self.index(row, 0)
        self.dataChanged.emit(top, top, roles)
        if self._shown[row]:
            self.dataChanged.emit(self.index(0, 0, top),
                                  self.index(self._shown[row] - 1, 0, top), roles)


__all__ = ["CODE_ROLE", "PROGRAMME_ROLE", "ScopeModel"]
