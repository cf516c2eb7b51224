"""The register's side panel: the heat map with its inherent/residual toggle, the
movement since the last closed period in a line of words, and the bands' legend."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pmo_desktop.domain.raid import Movement
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.store.queries_raid import HeatMovement

from ..viewkit.i18n import tr
from ..viewkit.widgets import MutedLabel, SectionTitle
from .heatmap import MARK, RiskHeatmap

_WORDS = ((Movement.UP, "up"), (Movement.DOWN, "down"), (Movement.IN, "new"),
          (Movement.ACROSS, "across"), (Movement.OUT, "out"))


class HeatPanel(QWidget):
    """Signals: ``residual_changed(bool)`` when the user switches maps;
    ``heatmap.cell_clicked`` for a cell."""

    residual_changed = Signal(bool)

    def __init__(self, bands: RiskBands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raid_side")
        self.residual = False
        self._grids: tuple[list[list[int]], list[list[int]]] = ([[0] * 5] * 5, [[0] * 5] * 5)
        self._movement: HeatMovement | None = None
        self.heatmap = RiskHeatmap(bands, self)
        self.inherent_button = QPushButton(tr("Inherent"), self)
        self.inherent_button.setObjectName("raid_heat_inherent")
        self.inherent_button.setToolTip(tr("Where the risks sit before their responses"))
        self.residual_button = QPushButton(tr("Residual"), self)
        self.residual_button.setObjectName("raid_heat_residual")
        self.residual_button.setToolTip(tr("Where the risks sit after their responses"))
        self._mode = QButtonGroup(self)
        mode = QHBoxLayout()
        mode.setSpacing(0)
        for n, button in enumerate((self.inherent_button, self.residual_button)):
            button.setCheckable(True)
            self._mode.addButton(button, n)
            mode.addWidget(button)
        self.inherent_button.setChecked(True)
        self._mode.idClicked.connect(self._on_mode)
        self.movement_note = MutedLabel("", self)
        self.movement_note.setObjectName("raid_movement")
        self.movement_note.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # breaks between bands on a narrow panel
        note = MutedLabel(tr("Open threats by probability × impact. Click a cell to filter; "
                             "click it again to clear. ▲ ▼ + ◆: moved into a cell since "
                             "the last closed period; dashed, −: left it."), self)
        note.setWordWrap(True)
        side = QVBoxLayout(self)
        side.setSpacing(6)
        side.setContentsMargins(10, 0, 0, 0)
        side.addWidget(SectionTitle(tr("Risk heat map"), self))
        side.addLayout(mode)
        side.addWidget(self.heatmap)
        side.addWidget(self.movement_note)
        side.addWidget(self.legend)
        side.addWidget(note)
        side.addStretch(1)

    def set_data(self, bands: RiskBands, inherent: list[list[int]],
                 residual: list[list[int]]) -> None:
        """The counts (the movement read earlier stays until ``set_movement``)."""
        self.heatmap.set_bands(bands)
        self.legend.setText("&nbsp; ".join(
            f"<span style='color:{b.colour}'>■</span>&nbsp;{b.label}" for b in bands.bands))
        self._grids = (inherent, residual)
        self._show()

    def set_movement(self, movement: HeatMovement | None) -> None:
        """The risks that moved since the last closed period (``None``: none closed)."""
        self._movement = movement
        self._show()

    def set_residual(self, residual: bool) -> None:
        """Show the residual (after response) or the inherent map."""
        (self.residual_button if residual else self.inherent_button).setChecked(True)
        if residual != self.residual:
            self.residual = residual
            self._show()
            self.residual_changed.emit(residual)

    @Slot(int)
    def _on_mode(self, mode: int) -> None:
        self.set_residual(mode == 1)

    def _show(self) -> None:
        self.heatmap.what = tr("open threats (residual)") if self.residual else \
            tr("open threats")
        self.heatmap.set_counts(self._grids[1] if self.residual else self._grids[0])
        move = self._movement
        if move is None:  # (also while the first read of it is on its way)
            self.heatmap.set_movement([], "")
            self.movement_note.setText(tr("Close a reporting period to see how the risks "
                                          "move from one period to the next."))
            return
        moved = move.residual if self.residual else move.moved
        self.heatmap.set_movement(moved, move.period)
        counts = {h: sum(1 for m in moved if m.how is h) for h in Movement}
        parts = [f"{MARK.get(h, '−')}{counts[h]} {tr(word)}" for h, word in _WORDS if counts[h]]
        self.movement_note.setText(
            tr("Since {p}: {what}").format(p=move.period, what=" · ".join(parts)) if parts
            else tr("No risk moved since {p}.").format(p=move.period))


__all__ = ["HeatPanel"]
