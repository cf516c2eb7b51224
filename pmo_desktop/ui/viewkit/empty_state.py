"""An empty-state panel: an icon, a title, one sentence on what to do, optional buttons.

(``widgets.EmptyState`` is the one-sentence kind a page shows in place of its table.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pmo_desktop.ui.icons import icon_pixmap
from pmo_desktop.ui.plain import plain_label


class EmptyPanel(QWidget):
    """Centred message for a view with nothing to show."""

    def __init__(self, title: str, text: str, icon_name: str = "empty",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        self._icon = QLabel()
        self._icon.setPixmap(icon_pixmap(icon_name, 48, "#8a96a3"))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self._icon)
        self.title_label = plain_label(title)
        self.title_label.setObjectName("emptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title_label)
        self.text_label = plain_label(text)
        self.text_label.setObjectName("emptyText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(520)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label)
        row.addStretch(1)
        outer.addLayout(row)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        outer.addSpacing(8)
        outer.addLayout(self._buttons)
        outer.addStretch(3)

    def add_button(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setObjectName("primary")
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
