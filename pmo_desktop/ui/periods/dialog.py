"""The "Close period…" dialog: pick an as-of date, freeze every project's status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from pmo_desktop.domain.periods import close_date_problem
from pmo_desktop.operations import Result
from pmo_desktop.operations.periods import close_period
from pmo_desktop.store.periods import close_limit, closed_dates

from ..viewkit.i18n import tr
from ..context import AppContext


class ClosePeriodDialog(QDialog):
    """Ask for the as-of date and a label, then close the period (the operation).

    ``period_id`` holds the new period after a successful ``accept()``.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period_id: int | None = None
        self._busy = False
        self.setObjectName("close_period_dialog")
        self.setWindowTitle(tr("Close reporting period"))
        self.setMinimumWidth(440)
        intro = QLabel(tr(
            "Closing a period freezes every project's status (RAG, % complete, financials, "
            "summary) as of the date below. Trend arrows and “changed since last period” "
            "then compare against it. A closed period cannot be changed; the latest one can be "
            "reopened from the Periods view."), self)
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("as_of_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd MMM yyyy")
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("label_edit")
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setPlaceholderText(tr("Optional"))
        self.message = QLabel("", self)
        self.message.setObjectName("close_period_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("As of"), self.date_edit)
        form.addRow(tr("Label"), self.label_edit)
        form.addRow(tr("Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.ok_button
        ok.setText(tr("Close period"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._closed = closed_dates(ctx.store)
        self._limit, self._limit_is_setting = close_limit(ctx.store)
        # A period describes a day that has happened: the picker stops at the as-of date.
        self.date_edit.setMaximumDate(QDate(self._limit.year, self._limit.month,
                                            self._limit.day))
        self._auto_label = ""
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.set_as_of(min(ctx.as_of(), self._limit))

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def set_as_of(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._on_date_edit_date_changed(self.date_edit.date())

    def as_of(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    @Slot(QDate)
    def _on_date_edit_date_changed(self, _day: QDate) -> None:
        day = self.as_of()
        label = day.strftime("%B %Y")
        if not self.label_edit.text() or self.label_edit.text() == self._auto_label:
            self.label_edit.setText(label)
        self._auto_label = label
        problem = self.problem(day)
        self._say(problem or "", error=True)
        self.ok_button.setEnabled(problem is None)

    def problem(self, day: date) -> str | None:
        """Why ``day`` cannot be closed (the store's rule), or ``None``."""
        return close_date_problem(day, limit=self._limit,
                                  limit_is_setting=self._limit_is_setting, closed=self._closed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #D4351C;" if error else "")
        self.message.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        """The period is being closed (off the GUI thread)."""
        return self._busy

    def accept(self) -> None:
        """Close the period off the GUI thread (it freezes every project's status: seconds
        at 10,000 projects); the dialog closes when it is done, or says why it was refused
        and stays open. The operation's ``Result`` reaches every view through
        ``ctx.changed`` (trends and snapshots feed every view: it reloads them all)."""
        if self._busy:
            return
        day = self.as_of()
        label = self.label_edit.text().strip() or None
        notes = self.notes_edit.text().strip() or None
        self._busy = True
        self.ok_button.setEnabled(False)
        self._say(tr("Closing the period…"))
        self.ctx.runner.op(
            lambda store, _progress, _cancelled: close_period(
                store, day, label=label, source="ui", notes=notes),
            title=tr("Close reporting period"), parent=self, show_progress=False,
            on_done=lambda result: self._done(result, day), on_error=self._refused)

    def _done(self, result: Result, day: date) -> None:
        self._busy = False
        self.period_id = result.value
        self.ctx.status_message.emit(tr("Closed the period ending {d}.").format(
            d=day.strftime("%d %b %Y")))
        super().accept()

    def _refused(self, message: str) -> None:
        self._busy = False
        self._say(message or tr("The period was not closed."), error=True)
        self.ok_button.setEnabled(self.problem(self.as_of()) is None)


def close_period_dialog(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Run the dialog modally; True when a period was closed."""
    dialog = ClosePeriodDialog(ctx, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.period_id is not None
