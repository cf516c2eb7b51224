"""Editing in the Resources view: people, roles, allocations and a person's months.

``ResourceEditing`` puts a row of buttons under the view's title (so they are there on
an empty portfolio too) and gives the heat map the keyboard of a register: Enter (or a
double-click) edits the person or role of the current row, Del deletes the selected
people (or roles) after a confirmation that says what goes with them, Insert adds a
person. Every change is one undo step: a bulk change of months is one ``BatchCommand``
holding the edits that undo it (``operations.batch``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout, QCheckBox, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget,
)

from pmo_desktop.operations import Result
from pmo_desktop.operations.allocations import add_person
from pmo_desktop.operations.batch import Edit, apply_many
from pmo_desktop.store.queries import month_of
from pmo_desktop.store.queries_resources import HeatRow

from .. import commands
from ..context import AppContext
from ..viewkit.table_copy import table_actions
from ..record_actions import add_record, delete_records, edit_record, install_register_keys
from ..record_form import RecordDialog

if TYPE_CHECKING:
    from .allocate import AllocateDialog
    from .month_grid import PlanDialog
    from .view import ResourcesView

__all__ = ["BatchCommand", "CAPACITY_MONTHS", "ResourceEditing", "run_edits"]

#: How many months of standard capacity a person added by hand is given.
CAPACITY_MONTHS = 12


class BatchCommand(commands.StoreCommand):
    """A change of several records as one undo step. ``first`` writes it the first
    time and returns a ``Result`` whose ``value`` is the edits that undo it; undo and
    redo then apply the edits each step hands back (``batch.apply_many``)."""

    def __init__(self, ctx: AppContext, first: Callable[[], Result], text: str) -> None:
        super().__init__(ctx, text)
        self._first: Callable[[], Result] | None = first
        self._undo_edits: list[Edit] = []
        self._redo_edits: list[Edit] = []

    @classmethod
    def written(cls, ctx: AppContext, result: Result, text: str) -> BatchCommand:
        """The undo step of a change already written (off the GUI thread, by the
        runner, which announced it): pushing it writes nothing."""
        command = cls(ctx, lambda: result, text)
        command._first = None
        command._undo_edits = list(result.value)
        command._applied = True
        return command

    def _do(self) -> Result:
        if self._first is not None:
            result = self._first()
            self._first = None
        else:
            result = apply_many(self.ctx.store, self._redo_edits, source=commands.SOURCE)
        self._undo_edits = list(result.value)
        return result

    def _undo(self) -> Result:
        result = apply_many(self.ctx.store, self._undo_edits, source=commands.SOURCE)
        self._redo_edits = list(result.value)
        return result


def run_edits(ctx: AppContext, edits: list[Edit], text: str) -> str | None:
    """Write ``edits`` as one undo step; ``None`` when done (or nothing to do), else
    why the store refused (nothing was written)."""
    if not edits:
        return None
    command = BatchCommand(ctx, lambda: apply_many(ctx.store, edits, source=commands.SOURCE),
                           text)
    if commands.run(ctx, command):
        return None
    return command.error or "The change was refused."


def _button(text: str, name: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class ResourceEditing(QObject):
    """The Resources view's editing: buttons, keys, a context menu, the dialogs."""

    def __init__(self, view: ResourcesView, header: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.ctx: AppContext = view.ctx
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for text, name, tip, slot in (
                ("Add person…", "resources_add_person", "Add a person (Insert)",
                 self.add_person),
                ("Add role…", "resources_add_role", "Add a role", self.add_role),
                ("Edit…", "resources_edit", "Edit the person or role (Enter)", self.edit),
                ("Delete…", "resources_delete", "Delete the selected people (Del)",
                 self.delete),
                ("Allocate…", "resources_allocate",
                 "Book a person on a project for a run of months", self.allocate),
                ("Plan months…", "resources_plan",
                 "The person's capacity and allocations by month: set, move, clear, paste",
                 self.plan)):
            bar.addWidget(_button(text, name, tip, slot))
        bar.addStretch(1)
        layout = header.layout()
        if isinstance(layout, QBoxLayout):
            layout.addLayout(bar)
        table = view.table
        install_register_keys(table, on_edit=self._on_edit_key, on_delete=self._on_delete_key,
                              on_add=self._on_add_key)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_menu)

    def _on_edit_key(self, _index: QModelIndex) -> None:
        self.edit()

    def _on_delete_key(self, _rows: list[QModelIndex]) -> None:
        self.delete()

    def _on_add_key(self) -> None:
        self.add_person()

    # -- what is selected ---------------------------------------------------------------
    def _row_at(self, index: QModelIndex) -> HeatRow | None:
        if not index.isValid():
            return None
        source = self.view.proxy.mapToSource(index)
        return self.view.model.row(source.row()) if source.isValid() else None

    def current(self) -> HeatRow | None:
        return self._row_at(self.view.table.currentIndex())

    def selected(self) -> list[HeatRow]:
        model = self.view.table.selectionModel()
        rows = [self._row_at(i) for i in (model.selectedRows() if model else [])]
        found = [r for r in rows if r is not None]
        current = self.current()
        return found or ([current] if current is not None else [])

    def _person_id(self, row: HeatRow | None) -> int | None:
        if row is None or row.kind != "person":
            return None
        return self.ctx.store.find_id("resource", {"name": row.name})

    def _role_id(self, row: HeatRow | None) -> int | None:
        if row is None or row.kind != "role":
            return None
        return self.ctx.store.find_id("role", {"name": row.role})

    def _say(self, text: str) -> None:
        self.ctx.status_message.emit(text)

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def add_person(self) -> RecordDialog:
        """The person form, with standard capacity for the next months (one undo step)."""
        ctx = self.ctx
        fill = QCheckBox(f"Give them a standard capacity for the next {CAPACITY_MONTHS} "
                         "months (working days × hours per day × FTE)")
        fill.setObjectName("resources_fill_capacity")
        fill.setChecked(True)

        def submit(values: dict[str, Any]) -> str | None:
            months = CAPACITY_MONTHS if fill.isChecked() else 0
            command = BatchCommand(ctx, lambda: add_person(
                ctx.store, values, first=month_of(ctx.as_of()), months=months,
                source=commands.SOURCE), f"Add person {values.get('name')}")
            if commands.run(ctx, command):
                return None
            return command.error or "The change was refused."

        dialog = RecordDialog(ctx, "resource", creating=True, on_submit=submit,
                              title="New person", parent=self.view)
        layout = dialog.layout()
        if layout is not None:
            layout.insertWidget(1, fill)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    @Slot()
    def add_role(self) -> RecordDialog:
        return add_record(self.ctx, self.view, "role")

    @Slot()
    def edit(self, row: HeatRow | None = None) -> RecordDialog | None:
        """The form of the current row's person or role."""
        row = row or self.current()
        if row is None:
            self._say("Select a person or a role to edit.")
            return None
        person, role = self._person_id(row), self._role_id(row)
        if person is not None:
            return edit_record(self.ctx, self.view, "resource", person)
        if role is not None:
            return edit_record(self.ctx, self.view, "role", role)
        self._say(f"“{row.name}” is not a role that can be edited: give its people a role.")
        return None

    @Slot()
    def delete(self) -> QMessageBox | None:
        """Delete the selected people (with their capacity and allocations), or, when
        only roles are selected, those roles (their people keep no role)."""
        rows = self.selected()
        people = [i for i in (self._person_id(r) for r in rows) if i is not None]
        if people:
            return delete_records(self.ctx, self.view, "resource", people)
        roles = [i for i in (self._role_id(r) for r in rows) if i is not None]
        if roles:
            return delete_records(self.ctx, self.view, "role", roles)
        self._say("Select the people or roles to delete.")
        return None

    @Slot()
    def allocate(self) -> AllocateDialog:
        from .allocate import AllocateDialog

        dialog = AllocateDialog(self.ctx, resource_id=self._person_id(self.current()),
                                parent=self.view)
        dialog.open()
        return dialog

    @Slot()
    def plan(self, row: HeatRow | None = None) -> PlanDialog | None:
        """The month grid of the current person."""
        from .month_grid import PlanDialog

        person = self._person_id(row or self.current())
        if person is None:
            self._say("Select a person to plan their months.")
            return None
        for open_one in self.view.findChildren(PlanDialog):
            if open_one.resource_id == person and open_one.isVisible():
                open_one.raise_()  # one grid per person
                open_one.activateWindow()
                return open_one
        dialog = PlanDialog(self.ctx, person, month_of(self.ctx.as_of()), parent=self.view)
        dialog.show()
        return dialog

    @Slot(QPoint)
    def _on_menu(self, pos: QPoint) -> None:
        row = self._row_at(self.view.table.indexAt(pos))
        menu = QMenu(self.view)
        menu.setObjectName("resources_menu")
        if row is not None and row.kind == "person":
            menu.addAction("Plan months…", lambda: self.plan(row))
            menu.addAction("Edit person…", lambda: self.edit(row))
            menu.addAction("Allocate…", self.allocate)
            menu.addSeparator()
            menu.addAction("Delete…", self.delete)
        elif row is not None:
            menu.addAction("Edit role…", lambda: self.edit(row))
        menu.addAction("Add person…", self.add_person)
        menu.addAction("Add role…", self.add_role)
        menu.addSeparator()
        menu.addActions(table_actions(self.view.table))  # Copy, Export table…
        menu.popup(self.view.table.viewport().mapToGlobal(pos))
