"""Allocate…: book a person on a project for a run of months, as one undo step.

Person, project, the first and last month (``2027-01``, ``Jan 2027``), the amount each
month (``80``, ``10d``, ``50%`` of their capacity that month) and the booking
(proposed or committed). Months already booked on that project are given the new
amount. Each field's error shows under it; nothing is written until all read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import enums
from pmo_desktop.importing import values as V
from pmo_desktop.operations.allocations import parse_amount, person_plan, set_edits
from pmo_desktop.store.queries import month_of
from pmo_desktop.store.queries_common import add_months, month_range

from ..context import AppContext
from ..plain import plain_label
from ..portfolio.project_fields import _FieldForm, _form
from .editing import run_edits

__all__ = ["AllocateDialog", "MAX_MONTHS"]

#: The longest run one allocation may book (five years).
MAX_MONTHS = 60


def _month(text: str) -> str | None:
    try:
        return V.period_of(text.strip()) if text.strip() else None
    except (V.ValueProblem, ValueError):
        return None


class AllocateDialog(QDialog):
    """``fields`` by name (resource, project, from, to, hours, booking); ``errors``."""

    def __init__(self, ctx: AppContext, *, resource_id: int | None = None,
                 project_id: int | None = None, first: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocateDialog")
        self.setWindowTitle("Allocate a person to a project")
        self.ctx = ctx
        start = first or month_of(ctx.as_of())
        self._form = _FieldForm()
        self.errors = self._form.errors
        form = _form()
        person = QComboBox()
        for row in sorted(ctx.store.rows("resource"), key=lambda r: str(r["name"])):
            person.addItem(str(row["name"]), row["id"])
        project = QComboBox()
        project.setEditable(True)
        project.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in sorted(ctx.store.rows("project"), key=lambda r: str(r["code"])):
            project.addItem(f"{row['code']} — {row['name'] or ''}", row["id"])
        booking = QComboBox()
        for value in enums.BOOKINGS:
            booking.addItem(enums.label(value), value)
        booking.setCurrentIndex(booking.findData("committed"))
        first_month, last_month, hours = QLineEdit(start), QLineEdit(add_months(start, 5)), \
            QLineEdit()
        hours.setPlaceholderText("80, 10d or 50% each month")
        self.fields: dict[str, QWidget] = {
            "resource": person, "project": project, "from": first_month, "to": last_month,
            "hours": hours, "booking": booking}
        labels = {"resource": "Person *", "project": "Project *", "from": "From month *",
                  "to": "To month *", "hours": "Each month *", "booking": "Booking"}
        for name, widget in self.fields.items():
            self._form.add(form, 0, name, labels[name], widget)
        if resource_id is not None:
            person.setCurrentIndex(max(person.findData(resource_id), 0))
        project.setCurrentIndex(project.findData(project_id) if project_id is not None else -1)
        self.banner = plain_label(name="formError", wrap=True)
        self.banner.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Allocate")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        note = plain_label("Months already booked on this project take the new amount.",
                           wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(520, 340)

    def _project_id(self) -> int | None:
        combo = self.fields["project"]
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
            return int(combo.currentData())
        code = text.split(" — ")[0].strip()
        return self.ctx.store.project_id(code) if code else None

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(resource_id, project_id, months, amount, booking; errors by field)."""
        errors: dict[str, str] = {}
        person = self.fields["resource"]
        assert isinstance(person, QComboBox)
        resource_id = person.currentData()
        if resource_id is None:
            errors["resource"] = "Choose a person (add people with Add person…)."
        project_id = self._project_id()
        if project_id is None:
            errors["project"] = "Choose a project (type its code)."
        texts = {n: w.text() for n, w in self.fields.items() if isinstance(w, QLineEdit)}
        first, last = _month(texts["from"]), _month(texts["to"])
        for name, value in (("from", first), ("to", last)):
            if value is None:
                errors[name] = f"'{texts[name]}' is not a month (e.g. 2027-01 or Jan 2027)."
        months: list[str] = []
        if first and last:
            if last < first:
                errors["to"] = "The last month is before the first."
            else:
                months = [m for m in month_range(first, MAX_MONTHS + 1) if m <= last]
                if len(months) > MAX_MONTHS:
                    errors["to"] = f"At most {MAX_MONTHS} months at a time."
        try:
            amount = parse_amount(texts["hours"])
            if amount is None:
                errors["hours"] = "How much each month? (e.g. 80, 10d or 50%)"
        except ValueError as exc:
            amount, errors["hours"] = None, str(exc)
        booking = self.fields["booking"]
        assert isinstance(booking, QComboBox)
        return ({"resource_id": resource_id, "project_id": project_id, "months": months,
                 "amount": amount, "booking": booking.currentData()}, errors)

    @Slot()
    def _on_accept(self) -> None:
        values, errors = self.read()
        self._form.show_errors(errors)
        if errors:
            return
        plan = person_plan(self.ctx.store, int(values["resource_id"]))
        if plan is None:
            self.banner.setText("That person no longer exists.")
            self.banner.setVisible(True)
            return
        day = float(self.ctx.store.setting("hours_per_day") or 7.5)
        edits = set_edits(plan, ("allocation", int(values["project_id"])), values["months"],
                          values["amount"], booking=values["booking"], default_day=day)
        months = values["months"]
        error = run_edits(self.ctx, edits, f"Allocate {plan.name} {months[0]}–{months[-1]}")
        self.banner.setText(error or "")
        self.banner.setVisible(bool(error))
        if error is None:
            self.accept()
