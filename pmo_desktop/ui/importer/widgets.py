"""Small pieces of the wizard: the step header and the inline message bar.

Both show plain text only (``Qt.TextFormat.PlainText``): file, sheet and header
names come from untrusted files and must never be read as rich text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from pmo_desktop.ui.icons import icon, icon_pixmap
from pmo_desktop.ui.plain import plain_label, plain_tip
from pmo_desktop.ui.viewkit.i18n import tr
from pmo_desktop.ui.viewkit.theme import colours


def check_pixmap(size: int, colour: str, ratio: float = 2.0) -> QPixmap:
    """A filled circle with a white tick: "done"."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(0, 0, size, size)
    pen = QPen(QColor("#ffffff"), size / 11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(size * 0.28, size * 0.52), QPointF(size * 0.44, size * 0.67),
                    QPointF(size * 0.73, size * 0.36)])
    p.end()
    return pixmap


class FilesModel(QStringListModel):
    """The chosen paths, shown as "name — folder" (the full path in the tooltip)."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            path = Path(str(super().data(index, Qt.ItemDataRole.DisplayRole)))
            return f"{path.name}    —  {path.parent}"
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return plain_tip(str(super().data(index, Qt.ItemDataRole.DisplayRole)))  # a path
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            return icon("open")
        return super().data(index, role)


class StepHeader(QWidget):
    """"① Files — ② Tables & columns — ③ Preview — ④ Done", the current step bold."""

    STEPS = ("Choose files", "Tables & columns", "Preview", "Done")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_steps")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._labels: list[QLabel] = []
        for i, name in enumerate(self.STEPS):
            if i:
                sep = plain_label("›", self)
                sep.setStyleSheet(f"color: {colours().muted};")
                layout.addWidget(sep)
            label = plain_label(f"{i + 1}  {tr(name)}", self, name=f"import_step_{i}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bold = label.font()
            bold.setBold(True)
            # room for the bold current step, so the pill never clips its text
            label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(label.text()) + 24)
            self._labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_current(0)

    def set_current(self, step: int) -> None:
        c = colours()
        for i, label in enumerate(self._labels):
            if i == step:
                style = (f"background: {c.accent}; color: {c.accent_text}; font-weight: 600;"
                         " border-radius: 11px; padding: 3px 10px;")
            elif i < step:
                style = f"color: {c.text}; padding: 3px 10px;"
            else:
                style = f"color: {c.muted}; padding: 3px 10px;"
            label.setStyleSheet(style)


class MessageBar(QFrame):
    """One inline message (error, warning or information) with a close button.

    Signals:
        closed(): the user dismissed the message.
    """

    closed = Signal()
    _ICONS = {"error": "info", "warning": "info", "info": "info"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_message")
        self.kind = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._icon = QLabel(self)
        self.text = plain_label("", self, wrap=True, name="import_message_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(tr("Dismiss"))
        close.clicked.connect(self._on_close_clicked)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        """Show ``text`` (plain) as an ``'error'``, ``'warning'`` or ``'info'``."""
        c = colours()
        colour = {"error": c.danger, "warning": c.warning}.get(kind, c.accent)
        self.kind = kind
        self.setStyleSheet(
            f"QFrame#import_message {{ border: 1px solid {colour}; border-left: 4px solid {colour};"
            f" border-radius: 4px; background: {c.base}; }}")
        self._icon.setPixmap(icon_pixmap(self._ICONS.get(kind, "info"), 16, colour))
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.text.setText("")
        self.hide()

    @Slot()
    def _on_close_clicked(self) -> None:
        self.clear()
        self.closed.emit()
