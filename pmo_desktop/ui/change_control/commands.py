"""Undoable workflow steps of a change request, and the dialog that takes a decision.

``ChangeStepCommand`` holds one operation and its inverse: ``_do`` runs
``operations.changes.move_change`` (a decision goes to ``decide_change``), which writes
one batch; ``_undo`` undoes that batch (``operations.undo.undo_batch``: the CR's fields
back, and for an approval the baseline version it wrote removed and the project's BAC,
finish and milestone baseline dates restored — refused, with a message, when later
edits stand on it). Redo takes the step again, as a new batch.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import change_control as cc
from pmo_desktop.domain.money import format_money
from pmo_desktop.operations import Result
from pmo_desktop.operations.changes import move_change
from pmo_desktop.operations.undo import undo_batch

from ..commands import SOURCE, StoreCommand
from ..context import AppContext
from ..plain import plain_label
from ..viewkit.i18n import tr

__all__ = ["ChangeStepCommand", "DecisionDialog", "step_text"]


def step_text(row: dict[str, Any], to_status: str) -> str:
    """The undo stack's text: ``Approve CR-004 (DCX-101)``."""
    return f"{cc.STEP_VERBS[to_status]} {row.get('ref')} ({row.get('project_code')})"


class ChangeStepCommand(StoreCommand):
    """One workflow step of one change request (see the module docstring)."""

    def __init__(self, ctx: AppContext, cr_id: int, to_status: str, text: str, *,
                 by: str | None = None, note: str | None = None,
                 on: date | None = None) -> None:
        super().__init__(ctx, text)
        self.cr_id = cr_id
        self.to_status = to_status
        self.by = by
        self.note = note
        self.on = on
        self.batch_id: int | None = None
        self.result: Result | None = None

    def _do(self) -> Result:
        result = move_change(self.ctx.store, self.cr_id, self.to_status, by=self.by,
                             note=self.note, on=self.on, source=SOURCE)
        self.batch_id = result.batch_id
        self.result = result
        for warning in result.warnings:
            self.ctx.status_message.emit(warning)
        return result

    def _undo(self) -> Result:
        assert self.batch_id is not None
        return undo_batch(self.ctx.store, self.batch_id, source=SOURCE)


class DecisionDialog(QDialog):
    """Approve, reject or defer one CR: who decided (required) and the decision's
    wording; shows the impact, the authority the CR needs and, for an approval that
    rebaselines, what moves. Opened with ``open()``; ``accepted`` when OK is valid."""

    def __init__(self, row: dict[str, Any], decision: str, currency: str, by: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.row = row
        self.decision = decision
        verb = cc.STEP_VERBS[decision]
        self.setWindowTitle(tr("{v} {r}").format(v=verb, r=row.get("ref")))
        cost, days = row.get("impact_cost") or 0.0, row.get("impact_schedule_days") or 0
        needed = cc.LEVEL_NAMES.get(str(row.get("authority_needed")), "")
        lines = [
            f"{row.get('project_code')}/{row.get('ref')} — {row.get('title') or ''}",
            tr("Impact: cost {c}, schedule {d:+d} days. For the {n} to decide.").format(
                c=format_money(cost, currency), d=int(days), n=needed),
        ]
        if decision == cc.APPROVED and cc.rebaselines(cost, days):
            lines.append(tr("Approving writes the project's next baseline version: BAC and "
                            "baseline finish move by the impact, and so do the open "
                            "milestones from today on."))
        summary = plain_label("\n".join(lines), self, wrap=True)
        summary.setObjectName("decisionSummary")
        self.by = QLineEdit(by, self)
        self.by.setObjectName("decision_by")
        self.by.setPlaceholderText(tr("a person or a forum, e.g. Portfolio Board"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decision_note")
        self.note.setPlaceholderText(tr("the decision's wording (optional)"))
        self.note.setTabChangesFocus(True)
        self.error = plain_label("", self)
        self.error.setObjectName("decision_error")
        self.error.setStyleSheet("color: #b42318;")
        form = QFormLayout()
        form.addRow(tr("Decided by *"), self.by)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(verb)
        ok.setObjectName("decisionOk")
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.by.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, str | None]:
        """(who decided, the note or ``None``)."""
        return self.by.text().strip(), self.note.toPlainText().strip() or None

    @Slot()
    def _on_ok(self) -> None:
        if not self.values()[0]:
            self.error.setText(tr("Say who decided."))
            self.by.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
