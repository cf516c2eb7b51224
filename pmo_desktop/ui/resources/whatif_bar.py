"""The what-if bar of the Resources view: pick projects, shift them N months or scale
their hours, stack the moves; commit the scenario (one undo step) or discard it.

Nothing is written until Commit. Signals:
    moves_changed(list): the scenario's moves (``domain.whatif.Move``) after a change.
    commit_requested(list): Commit was pressed with these moves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSpinBox, QWidget,
)

from pmo_desktop.domain.whatif import Move

from ..viewkit.i18n import tr


class WhatIfBar(QWidget):
    moves_changed = Signal(list)
    commit_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources_whatif")
        self.moves: list[Move] = []
        self.projects = QListWidget(self)
        self.projects.setObjectName("whatif_projects")
        self.projects.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.projects.setFlow(QListWidget.Flow.LeftToRight)
        self.projects.setWrapping(False)
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
        self.projects.clear()
        for code in sorted(names):
            item = QListWidgetItem(code, self.projects)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(names[code] or code)
            item.setSelected(code in chosen)

    def selected(self) -> list[str]:
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.projects.selectedItems()]

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
