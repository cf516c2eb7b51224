"""The what-if bar of the Resources view: pick projects, shift them N months or scale
their hours, stack the moves; commit the scenario (one undo step) or discard it.

Nothing is written until Commit. Signals:
    moves_changed(list): the scenario's moves (``domain.whatif.Move``) after a change.
    commit_requested(list): Commit was pressed with these moves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel, QItemSelection, QItemSelectionModel, QModelIndex, QObject,
    QPersistentModelIndex, Qt, Signal, Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QLabel, QListView, QPushButton, QSpinBox,
    QWidget,
)

from pmo_desktop.domain.whatif import Move

from ..viewkit.i18n import tr


class ProjectCodes(QAbstractListModel):
    """The projects to choose from: a code per row, its name as the tooltip. A model, not
    a QListWidget: at 10,000 projects the widget's items took 200 ms of the GUI thread
    to make and its layout 130 ms more to measure."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes: list[str] = []
        self.names: dict[str, str] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.codes):
            return None
        code = self.codes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.names.get(code) or code
        return None

    def set_names(self, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.codes = sorted(names)
        self.names = dict(names)
        self.endResetModel()


class WhatIfBar(QWidget):
    moves_changed = Signal(list)
    commit_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources_whatif")
        self.moves: list[Move] = []
        self.codes = ProjectCodes(self)
        self.projects = QListView(self)
        self.projects.setObjectName("whatif_projects")
        self.projects.setModel(self.codes)
        self.projects.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.projects.setFlow(QListView.Flow.LeftToRight)
        self.projects.setWrapping(False)
        self.projects.setUniformItemSizes(False)
        self.projects.setLayoutMode(QListView.LayoutMode.Batched)  # lays out as it shows
        self.projects.setFixedHeight(30)
        self.projects.setToolTip(tr("Select one or more projects to move"))
        self.shift = QSpinBox(self)
        self.shift.setObjectName("whatif_shift")
        self.shift.setRange(-24, 24)
        self.shift.setPrefix(tr("shift "))
        self.shift.setSuffix(tr(" mo"))
        self.scale = QDoubleSpinBox(self)
        self.scale.setObjectName("whatif_scale")
        self.scale.setRange(0.0, 5.0)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(1.0)
        self.scale.setPrefix("× ")
        self.add = QPushButton(tr("Add move"), self)
        self.add.setObjectName("whatif_add")
        self.add.clicked.connect(self._on_add_clicked)
        self.summary = QLabel(tr("What-if: no moves"), self)
        self.summary.setObjectName("whatif_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.commit = QPushButton(tr("Commit"), self)
        self.commit.setObjectName("whatif_commit")
        self.commit.setToolTip(tr("Write the scenario: one change, undone in one step"))
        self.commit.clicked.connect(self._on_commit_clicked)
        self.discard = QPushButton(tr("Discard"), self)
        self.discard.setObjectName("whatif_discard")
        self.discard.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("What-if:"), self))
        layout.addWidget(self.projects, 2)
        layout.addWidget(self.shift)
        layout.addWidget(self.scale)
        layout.addWidget(self.add)
        layout.addWidget(self.summary, 2)
        layout.addWidget(self.commit)
        layout.addWidget(self.discard)
        self._update()

    def set_projects(self, names: dict[str, str]) -> None:
        """The projects to choose from (code → name), keeping the selection."""
        chosen = set(self.selected())
        self.codes.set_names(names)
        self.select([c for c in self.codes.codes if c in chosen])

    def select(self, codes: list[str]) -> None:
        """Select exactly ``codes`` (those on the list)."""
        rows = {c: n for n, c in enumerate(self.codes.codes)}
        selection = QItemSelection()
        for code in codes:
            if code in rows:
                index = self.codes.index(rows[code], 0)
                selection.select(index, index)
        self.projects.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def selected(self) -> list[str]:
        """The selected projects' codes, in the list's order."""
        rows = sorted(i.row() for i in self.projects.selectionModel().selectedIndexes())
        return [self.codes.codes[r] for r in rows if r < len(self.codes.codes)]

    def add_moves(self, codes: list[str], months: int = 0, factor: float = 1.0) -> None:
        """Stack a shift and/or a scale of each of ``codes`` on the scenario."""
        for code in codes:
            if months:
                self.moves.append(Move("shift", code, months=months))
            if abs(factor - 1.0) > 1e-9:
                self.moves.append(Move("scale", code, factor=factor))
        self._update()
        self.moves_changed.emit(list(self.moves))

    @Slot()
    def clear(self) -> None:
        """Discard the scenario (nothing was written)."""
        had = bool(self.moves)
        self.moves = []
        self._update()
        if had:
            self.moves_changed.emit([])

    def _update(self) -> None:
        self.summary.setText("; ".join(m.label for m in self.moves) if self.moves
                             else tr("no moves"))
        self.commit.setEnabled(bool(self.moves))
        self.discard.setEnabled(bool(self.moves))

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_moves(self.selected(), self.shift.value(), self.scale.value())

    @Slot()
    def _on_commit_clicked(self) -> None:
        if self.moves:
            self.commit_requested.emit(list(self.moves))
