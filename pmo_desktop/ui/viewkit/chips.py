"""A row of removable filter chips ("Programme: Digital ✕") with a "Clear all" link."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.plain import plain_label, plain_tip


class _Chip(QFrame):
    removed = Signal(str)

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self._key = key
        self.text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(4)
        label = plain_label(text)
        layout.addWidget(label)
        close = QToolButton()
        close.setObjectName("chipClose")
        close.setIcon(icon("close"))
        close.setIconSize(QSize(12, 12))
        close.setAutoRaise(True)
        close.setToolTip(plain_tip(f"Remove the filter “{text}”"))
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(self._on_close)
        layout.addWidget(close)

    @Slot()
    def _on_close(self) -> None:
        self.removed.emit(self._key)


class ChipBar(QWidget):
    """Shows ``(key, text)`` chips; emits ``chip_removed(key)`` or ``cleared()``.

    Signals:
        chip_removed(str): the user removed the chip with this key.
        cleared(): the user asked to clear every chip.
    """

    chip_removed = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._clear = QLabel('<a href="#">Clear all</a>')
        self._clear.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._clear.linkActivated.connect(self._on_clear)
        self._chips: list[_Chip] = []
        self._layout.addWidget(self._clear)
        self._layout.addStretch(1)
        self.setVisible(False)

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        """Show ``chips``; the chips already shown stay (each is a few widgets to build
        and style, and a table's every reset asks again)."""
        shown = {(chip._key, chip.text): chip for chip in self._chips}
        kept = [shown.pop((key, text), None) for key, text in chips]
        for chip in self._chips:
            self._layout.removeWidget(chip)
        for chip in shown.values():
            chip.deleteLater()
        self._chips = []
        for pos, ((key, text), old) in enumerate(zip(chips, kept)):
            chip = old if old is not None else self._new_chip(key, text)
            self._layout.insertWidget(pos, chip)
            self._chips.append(chip)
        self.setVisible(bool(chips))

    def _new_chip(self, key: str, text: str) -> _Chip:
        chip = _Chip(key, text, self)
        chip.removed.connect(self.chip_removed)
        return chip

    def chip_keys(self) -> list[str]:
        return [chip._key for chip in self._chips]

    @Slot(str)
    def _on_clear(self, _link: str) -> None:
        self.cleared.emit()
