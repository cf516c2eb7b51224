"""The project page's Milestones tab: the table with a bar to add, edit, complete, mark
critical and delete milestones.

Every change is one undoable step (``record_actions``/``ui/commands.py``), also when it
touches several selected milestones. Completing sets the actual date (the as-of date,
or the day the user picks), 100 % complete and the status the domain gives a milestone
completed that day (``domain.schedule.completion_status``: on time or late against its
baseline). Keys: Enter edits, Del deletes (after a confirmation), Insert adds.

A change to milestones shows at once: the panel reads the project's milestones again
(one small named read) while the page's full reload, off the GUI thread in a large
portfolio, follows; the current milestone stays current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.schedule import completion_status, iso_date
from pmo_desktop.operations import Result
from pmo_desktop.operations.fields import field_spec, parse_value
from pmo_desktop.store.queries_project import project_milestones

from ..context import AppContext
from ..plain import plain_label
from ..record_actions import (
    add_record, delete_records, edit_record, install_register_keys, set_fields,
)
from ..record_form import describe
from ..viewkit.date_edit import OptionalDateEdit
from ..viewkit.i18n import tr
from ..viewkit.record_rows import ActionBar, current_record, keep_current, selected_records

__all__ = ["CompleteDialog", "MilestonePanel", "complete_values"]

Row = dict[str, Any]


def complete_values(milestone: Row, day: date) -> dict[str, Any]:
    """The fields a milestone completed on ``day`` gets (as stored)."""
    return {
        "actual_date": parse_value(field_spec("milestone", "actual_date"), day.isoformat()),
        "status": completion_status(iso_date(milestone.get("baseline_date")), day),
        "pct_complete": 1.0,
    }


class CompleteDialog(QDialog):
    """Asks on which day the milestones were completed (the as-of date to start with)."""

    def __init__(self, names: Sequence[str], day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeMilestones")
        self.setMinimumWidth(340)
        self.setWindowTitle(tr("Complete milestone") if len(names) == 1
                            else tr("Complete {n} milestones").format(n=len(names)))
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.setObjectName("completeDate")
        self.date_edit.set_value(day)
        form = QFormLayout()
        shown = ", ".join(names[:3]) + (tr(" and {n} more").format(n=len(names) - 3)
                                         if len(names) > 3 else "")
        form.addRow(plain_label(shown, self, wrap=True))
        form.addRow(tr("Completed on"), self.date_edit)
        self.error = plain_label("", self)
        self.error.setObjectName("completeError")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Complete"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def day(self) -> date | None:
        return self.date_edit.value()

    @Slot()
    def _on_accepted(self) -> None:
        if self.day() is None:
            self.error.setText(tr("Pick the day the milestone was completed."))
            self.error.setVisible(True)
            return
        self.accept()


class MilestonePanel(QWidget):
    """The milestones table of one project with its actions (``project_id()`` says
    which project the page shows)."""

    def __init__(self, ctx: AppContext, table: QTableView, project_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestone_panel")
        self.ctx = ctx
        self.table = table
        self.project_id = project_id
        self.dialog: QWidget | None = None  # the dialog or confirmation last opened
        self.bar = ActionBar(self)
        self.add_button = self.bar.add(tr("Add…"), "milestone_add", self.add,
                                       tip=tr("Add a milestone (Insert)"))
        self.edit_button = self.bar.add(tr("Edit…"), "milestone_edit", self.edit,
                                        tip=tr("Edit the milestone (Enter)"))
        self.complete_button = self.bar.add(tr("Complete…"), "milestone_complete",
                                            self.ask_complete,
                                            tip=tr("Record the selected milestones as done"))
        self.critical_button = self.bar.add(tr("Critical ★"), "milestone_critical",
                                            self._on_critical_clicked, checkable=True,
                                            tip=tr("Mark or unmark the selected milestones "
                                                   "as critical"))
        self.delete_button = self.bar.add(tr("Delete"), "milestone_delete", self.delete,
                                          tip=tr("Delete the selected milestones (Del)"))
        self.bar.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(table, 1)
        table.setParent(self)
        install_register_keys(table, on_edit=lambda _i: self.edit(),
                              on_delete=lambda _rows: self.delete(), on_add=self.add)
        selection = table.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._on_selection_changed)
            selection.currentChanged.connect(lambda *_: self.refresh_buttons())
        model = table.model()
        model.modelReset.connect(self.refresh_buttons)
        keep_current(table)
        ctx.changed.connect(self._on_ctx_changed)
        self.refresh_buttons()

    # -- state -----------------------------------------------------------------
    def selected(self) -> list[Row]:
        return selected_records(self.table)

    def refresh_buttons(self) -> None:
        """Enable what applies to the selection; the Critical button shows the current
        milestone's flag."""
        chosen = self.selected()
        has_project = self.project_id() is not None
        self.add_button.setEnabled(has_project)
        for button in (self.edit_button, self.complete_button, self.critical_button,
                       self.delete_button):
            button.setEnabled(bool(chosen))
        current = current_record(self.table) or (chosen[0] if chosen else None)
        self.critical_button.blockSignals(True)
        self.critical_button.setChecked(bool(current and current.get("critical")))
        self.critical_button.blockSignals(False)

    # -- actions ---------------------------------------------------------------
    def add(self) -> None:
        """Open the form for a new milestone of the project (``self.dialog``)."""
        pid = self.project_id()
        if pid is not None:
            self.dialog = add_record(self.ctx, self, "milestone", fixed={"project_id": pid})

    def edit(self) -> None:
        """Open the form on the current milestone (``self.dialog``)."""
        record = current_record(self.table) or next(iter(self.selected()), None)
        if record is not None:
            self.dialog = edit_record(self.ctx, self, "milestone", int(record["id"]))

    def delete(self) -> None:
        ids = [int(r["id"]) for r in self.selected()]
        if ids:
            self.dialog = delete_records(self.ctx, self, "milestone", ids)

    def ask_complete(self) -> CompleteDialog | None:
        chosen = self.selected()
        if not chosen:
            return None
        dialog = CompleteDialog([str(r["name"]) for r in chosen], self.ctx.as_of(), self)
        dialog.accepted.connect(lambda: self.complete(chosen, dialog.day() or
                                                      self.ctx.as_of()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def complete(self, milestones: Sequence[Row], day: date) -> None:
        """Complete the milestones on ``day``: one undo step."""
        self._each(milestones, tr("Complete {what}"),
                   lambda m: complete_values(m, day))

    def set_critical(self, milestones: Sequence[Row], critical: bool) -> None:
        """Mark (or unmark) the milestones critical: one undo step."""
        text = tr("Mark {what} critical") if critical else tr("Unmark {what} critical")
        self._each(milestones, text, lambda _m: {"critical": 1 if critical else 0})

    def _each(self, milestones: Sequence[Row], text: str,
              values: Callable[[Row], dict[str, Any]]) -> None:
        many = len(milestones) > 1
        stack = self.ctx.undo_stack
        if many:
            stack.beginMacro(text.format(what=tr("{n} milestones").format(n=len(milestones))))
        try:
            for m in milestones:
                set_fields(self.ctx, "milestone", int(m["id"]), values(m),
                           text.format(what=describe("milestone", m)))
        finally:
            if many:
                stack.endMacro()
        self.refresh_buttons()

    # -- slots -----------------------------------------------------------------
    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        pid = self.project_id()
        source = getattr(self.table.model(), "sourceModel", lambda: None)()
        if pid is None or source is None or not result.touches({"milestone"}):
            return
        source.set_rows(project_milestones(self.ctx.store, pid, self.ctx.as_of()))

    @Slot()
    def _on_critical_clicked(self) -> None:
        self.set_critical(self.selected(), self.critical_button.isChecked())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection,
                              _deselected: QItemSelection) -> None:
        self.refresh_buttons()
