"""The Programmes dialog: every programme with its SRO, description and projects;
add, edit and delete through the record form, each one undo step.

Deleting a programme keeps its projects (they are left without a programme) and the
confirmation says so; undo puts the programme back and links them again. The list is
one small named read (``queries_registers.programme_rows``: a portfolio has tens of
programmes) and follows every change announced on ``ctx.changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from pmo_desktop.domain.money import format_money
from pmo_desktop.operations import Result
from pmo_desktop.store.queries_registers import programme_rows

from ..context import AppContext
from ..record_actions import add_record, delete_selected, edit_current, install_register_keys
from ..viewkit.fmt import text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import RIGHT, Column, RowFilterProxy, RowTableModel
from ..viewkit.page import affects
from ..viewkit.record_rows import ActionBar, keep_current, selected_records
from ..viewkit.widgets import EmptyState, fit_columns, make_table_view

__all__ = ["ProgrammesDialog", "open_programmes"]

Row = dict[str, Any]
ENTITIES = frozenset({"programme", "project", "setting"})


def programme_columns(currency: str) -> list[Column[Row]]:
    return [
        Column(tr("Programme"), lambda g: g["name"], width=220),
        Column(tr("SRO"), lambda g: text_or_dash(g["sro"]), width=160),
        Column(tr("Projects"), lambda g: str(g["projects"]), key=lambda g: g["projects"],
               align=RIGHT, width=80),
        Column(tr("Budget (BAC)"), lambda g: format_money(g["bac"], currency),
               key=lambda g: g["bac"] or 0, align=RIGHT, width=120),
        Column(tr("Description"), lambda g: text_or_dash(g["description"]), width=300,
               fill=True, tooltip=lambda g: g["description"]),
    ]


class ProgrammesDialog(QDialog):
    """The programmes of the portfolio; Insert adds, Enter edits, Del deletes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmesDialog")
        self.setWindowTitle(tr("Programmes"))
        self.ctx = ctx
        self.dialog: QWidget | None = None  # the form or confirmation last opened
        self.model: RowTableModel[Row] = RowTableModel(programme_columns(ctx.store.currency),
                                                       parent=self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self.proxy, "programmes_table", self)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, self.model.columns())
        self.empty = EmptyState(tr("No programmes yet — add one to group projects."), self)
        self.bar = ActionBar(self)
        self.bar.add(tr("Add…"), "programme_add", self.add, tip=tr("Add a programme (Insert)"))
        self.edit_button = self.bar.add(tr("Edit…"), "programme_edit", self.edit,
                                        tip=tr("Edit the programme (Enter)"))
        self.delete_button = self.bar.add(tr("Delete"), "programme_delete", self.delete,
                                          tip=tr("Delete the selected programmes (Del); "
                                                 "their projects stay"))
        self.bar.add_stretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        install_register_keys(self.table, on_edit=lambda _i: self.edit(),
                              on_delete=lambda _rows: self.delete(), on_add=self.add)
        keep_current(self.table)
        self.table.selectionModel().selectionChanged.connect(self._refresh_buttons)
        ctx.changed.connect(self._on_ctx_changed)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        self.model.set_table(programme_columns(self.ctx.store.currency),
                             programme_rows(self.ctx.store))
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._refresh_buttons()

    def select_name(self, name: str) -> bool:
        """Make the programme called ``name`` the current row."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data() == name:
                self.table.selectRow(r)
                self.table.setCurrentIndex(index)
                return True
        return False

    # -- actions ---------------------------------------------------------------
    # Each opens its dialog without waiting for it (``self.dialog``).
    def add(self) -> None:
        self.dialog = add_record(self.ctx, self, "programme")

    def edit(self) -> None:
        self.dialog = edit_current(self.ctx, self, self.table, "programme") or self.dialog

    def delete(self) -> None:
        self.dialog = delete_selected(self.ctx, self, self.table, "programme") or self.dialog

    # -- slots -----------------------------------------------------------------
    @Slot()
    def _refresh_buttons(self) -> None:
        chosen = bool(selected_records(self.table))
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        if affects(result, ENTITIES):
            self.reload()


def open_programmes(ctx: AppContext, parent: QWidget | None) -> ProgrammesDialog:
    """Open the Programmes dialog (not modal: the window stays usable behind it)."""
    dialog = ProgrammesDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
