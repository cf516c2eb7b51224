"""The row of buttons above the RAID register: Add (a menu of the six kinds), the
register's actions on the selection (``RaidActions``) and the column chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ..viewkit.i18n import tr
from .actions import RaidActions
from .chooser import ColumnChooser


def action_row(parent: QWidget, actions: RaidActions, chooser: ColumnChooser) -> QHBoxLayout:
    """The buttons (children of ``parent``), left-aligned, in a row of their own."""
    add = QToolButton(parent)
    add.setObjectName("raid_add")
    add.setText(tr("Add"))
    add.setMenu(actions.add_menu)
    add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    add.setToolTip(tr("Add a risk, issue, assumption, dependency, decision or action "
                      "(Insert)"))
    row = QHBoxLayout()
    row.setSpacing(4)
    row.addWidget(add)
    for action, name in ((actions.edit_action, "raid_edit_button"),
                         (actions.close_action, "raid_close_button"),
                         (actions.reopen_action, "raid_reopen_button"),
                         (actions.materialise_action, "raid_materialise_button"),
                         (actions.delete_action, "raid_delete_button")):
        row.addWidget(_button(parent, action, name))
    columns = QToolButton(parent)
    columns.setObjectName("raid_columns")
    columns.setText(tr("Columns"))
    columns.setToolTip(tr("Choose the columns of this tab (or right-click the header)"))
    columns.clicked.connect(lambda: chooser.menu().popup(
        columns.mapToGlobal(columns.rect().bottomLeft())))
    row.addWidget(columns)
    row.addStretch(1)
    return row


def _button(parent: QWidget, action: QAction, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setObjectName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setText(action.text().split("\t")[0])
    return button


__all__ = ["action_row"]
