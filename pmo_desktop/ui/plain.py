"""Show data as plain text: Qt guesses rich text from ``<``, so a project named
``<b>R&D</b>`` would otherwise render bold (and an ``<img>`` would load a file).

Every label, tooltip and message box that shows a value from the portfolio goes
through one of these.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText lives in QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally; returns it for chaining."""
    label.setTextFormat(PLAIN)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False,
                name: str = "") -> QLabel:
    """A ``QLabel`` that never interprets its text as HTML (word-wrapped if ``wrap``,
    with the object name ``name`` if given)."""
    label = plain(QLabel(text, parent))
    if wrap:
        label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def plain_tip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally (``""`` stays empty: no tooltip).

    Tooltips have no text format of their own, and ``html.escape`` is not enough
    (``&lt;`` itself makes Qt read the text as rich), so convert it to rich text
    that says exactly ``text``.
    """
    return GuiQt.convertFromPlainText(text) if text else ""


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                informative: str = "") -> QMessageBox:
    """A message box whose texts are shown literally (not shown yet: call ``exec()``)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(PLAIN)
    if informative:
        box.setInformativeText(informative)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` with the text shown literally."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.information`` with the text shown literally."""
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def menu_text(text: str) -> str:
    """``text`` for a menu item, button or tab, where ``&`` marks a keyboard mnemonic:
    ``Risks & RAID`` (or a programme named ``R&D``) is shown as written, not as
    ``Risks _RAID``."""
    return text.replace("&", "&&")


def shown_tip(value: Any) -> Any:
    """``value`` for ``ToolTipRole``: text that Qt would read as HTML (a sheet named
    ``<b>R&D</b>``, a cell holding ``<img src=…>``) is made literal; other text and
    non-text values pass unchanged."""
    if isinstance(value, str) and GuiQt.mightBeRichText(value):
        return plain_tip(value)
    return value
