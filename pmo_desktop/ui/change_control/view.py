"""Change control: the change requests across projects, their workflow and decisions.

The register (status, type, cost and schedule impact, the authority each needs,
requester, decision) filters by status and project; the buttons under it take the
selected CR's next workflow steps (Submit, Assess, Put to decision, Approve, Reject,
Defer, Implement, Close, Withdraw) as undoable commands; a decision asks who decided.
New / Edit / Delete use the generic record form. Rows load off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import change_control as cc
from pmo_desktop.domain.enums import AUTHORITY_LEVELS, CR_STATUSES
from pmo_desktop.domain.money import format_money
from pmo_desktop.domain.rag import Rag
from pmo_desktop.operations.changes import change_register
from pmo_desktop.store import Store
from pmo_desktop.store.queries_project import project_index

from .. import commands, record_actions
from ..context import AppContext
from ..plain import warn
from ..viewkit.fmt import date_key, days, fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.models import CENTRE, RIGHT, Column
from ..viewkit.widgets import (
    EmptyState, MutedLabel, fit_columns, make_table_view, named_button, page_header,
)
from .commands import ChangeStepCommand, DecisionDialog, step_text

Row = dict[str, Any]
Read = tuple[PreparedRows[Row], list[str]]  # the rows, every project code

#: The form's fields: what a requester and an assessor type. The workflow's own fields
#: (status, decision, approver, dates, authority) are set by the steps, not typed.
FORM_FIELDS = ("ref", "title", "description", "cr_type", "requester", "date_raised",
               "impact_cost", "impact_schedule_days", "impact_scope", "impact_benefits",
               "impact_risk", "priority", "funding_source", "options", "recommendation")
#: The step buttons, in workflow order.
STEPS = ("submitted", "under_assessment", "awaiting_decision", "approved", "rejected",
         "deferred", "implemented", "closed", "withdrawn")
OPEN = "open"  # the status filter's "still open" choice
_DONE = frozenset({"closed", "rejected", "withdrawn"})
_CHIPS = {"approved": Rag.GREEN.colour, "implemented": Rag.GREEN.colour,
          "rejected": Rag.RED.colour, "awaiting_decision": Rag.AMBER.colour,
          "deferred": Rag.AMBER.colour}


#: How the register names an authority level.
AUTHORITY_TEXT = {"pm": tr("PM"), "change_authority": tr("Change authority"),
                  "project_board": tr("Project board"),
                  "portfolio_board": tr("Portfolio board")}


def columns(money: Callable[[Any], str]) -> list[Column[Row]]:
    def decision_tip(r: Row) -> str | None:
        if not r.get("approver"):
            return None
        return " — ".join(x for x in (fmt_date(r.get("decision_date")), r.get("decision"))
                          if x)

    return [
        Column(tr("Project"), lambda r: r["project_code"], width=76,
               tooltip=lambda r: r.get("project_name")),
        Column(tr("Ref"), lambda r: text_or_dash(r.get("ref")), width=64),
        Column(tr("Title"), lambda r: text_or_dash(r.get("title")), width=220, fill=True,
               tooltip=lambda r: r.get("description") or r.get("title")),
        Column(tr("Status"), lambda r: label(cc.normal_status(r.get("status"))),
               key=lambda r: CR_STATUSES.index(cc.normal_status(r.get("status"))),
               chip=lambda r: _CHIPS.get(str(r.get("status"))), align=CENTRE, width=140),
        Column(tr("Type"), lambda r: label(r.get("cr_type")), width=76),
        Column(tr("Cost impact"), lambda r: money(r.get("impact_cost")),
               key=lambda r: r.get("impact_cost") or 0.0, align=RIGHT, width=90),
        Column(tr("Schedule"), lambda r: days(r.get("impact_schedule_days")),
               key=lambda r: r.get("impact_schedule_days") or 0, align=RIGHT, width=72,
               header_tip=tr("Schedule impact, calendar days")),
        Column(tr("Authority needed"), lambda r: AUTHORITY_TEXT[r["authority_needed"]],
               key=lambda r: AUTHORITY_LEVELS.index(r["authority_needed"]), width=120,
               header_tip=tr("Who may approve it, from the portfolio's delegation limits")),
        Column(tr("Requester"), lambda r: text_or_dash(r.get("requester")), width=110),
        Column(tr("Raised"), lambda r: fmt_date(r.get("date_raised")),
               key=lambda r: date_key(r.get("date_raised")), width=92),
        Column(tr("Decided by"), lambda r: text_or_dash(r.get("approver")),
               key=lambda r: date_key(r.get("decision_date")), tooltip=decision_tip, width=130,
               header_tip=tr("Who decided (the date and wording in the tooltip)")),
    ]


class ChangeControlView(LoadingPage):
    """The change-request register with its workflow buttons (module docstring)."""

    ENTITIES = frozenset({"change_request", "project", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "change_control_view", parent)
        # The currency is read on the GUI thread (read_job), never by the background read.
        self._currency = ctx.store.currency
        money = lambda v: format_money(v, self._currency, compact=True)  # noqa: E731
        self.model: KeyedTableModel[Row] = KeyedTableModel(
            columns(money), code_of=lambda r: r["project_code"],
            facets={"status": lambda r: cc.normal_status(r.get("status"))}, parent=self)
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.decided_by = ""  # the last name typed in a decision, offered next time
        self.dialog: Any = None  # the open decision or record dialog (tests fill it)
        self.step_buttons: dict[str, QPushButton] = {}
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Change control"))
        self.new_button = named_button(tr("New…"), "cr_new", self._on_new, self)
        self.edit_button = named_button(tr("Edit…"), "cr_edit", self._on_edit, self)
        self.delete_button = named_button(tr("Delete"), "cr_delete", self._on_delete, self)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.search = QLineEdit(self)
        self.search.setObjectName("cr_search")
        self.search.setPlaceholderText(tr("Filter change requests…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("cr_status_filter")
        self.status_filter.addItem(tr("All statuses"), None)
        self.status_filter.addItem(tr("Open (not closed, rejected or withdrawn)"), OPEN)
        for status in CR_STATUSES:
            self.status_filter.addItem(label(status), status)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.project_filter = QComboBox(self)
        self.project_filter.setObjectName("cr_project_filter")
        self.project_filter.addItem(tr("All projects"), None)
        self.project_filter.currentIndexChanged.connect(self._on_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.project_filter)
        self.table = make_table_view(self.proxy, "cr_table", self)
        fit_columns(self.table, self.model.columns())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        record_actions.install_register_keys(
            self.table, on_edit=lambda _i: self._on_edit(),
            on_delete=lambda _rows: self._on_delete(), on_add=self._on_new)
        steps = QHBoxLayout()
        steps.addWidget(MutedLabel(tr("Next step:"), self))
        for status in STEPS:
            button = named_button(cc.STEP_VERBS[status], f"cr_step_{status}",
                                  lambda *_checked, s=status: self.take_step(s), self)
            self.step_buttons[status] = button
            steps.addWidget(button)
        steps.addStretch(1)
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(filters)
        inner.addWidget(self.table, 1)
        inner.addLayout(steps)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(page)
        self._empty = EmptyState(tr("No change requests yet — import a change log or use "
                                    "“New…” to raise one."))
        self._stack.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], Read]:
        self._currency = self.ctx.store.currency
        prepare = self.model.preparer()

        def read(store: Store) -> Read:
            return prepare(change_register(store)), [c for c, _ in project_index(store)]
        return read

    def fill(self, value: Read) -> None:
        prepared, codes = value
        keep = self.selected()
        self.model.set_prepared(prepared)
        current = self.project_filter.currentData()
        self.project_filter.blockSignals(True)
        self.project_filter.clear()
        self.project_filter.addItem(tr("All projects"), None)
        for code in codes:
            self.project_filter.addItem(code, code)
        self.project_filter.setCurrentIndex(max(0, self.project_filter.findData(current)))
        self.project_filter.blockSignals(False)
        self._on_filter_changed()
        rows = prepared.rows
        self._stack.setCurrentIndex(0 if rows else 1)
        waiting = sum(1 for r in rows if r.get("status") == "awaiting_decision")
        still_open = sum(1 for r in rows if cc.normal_status(r.get("status")) not in _DONE)
        self._subtitle.setText(tr("{n} change requests · {o} open · {w} awaiting a decision")
                               .format(n=len(rows), o=still_open, w=waiting))
        if keep is not None:
            self.select(int(keep["id"]))
        self._update_buttons()

    # -- selection and filters -------------------------------------------------
    def selected(self) -> Row | None:
        """The selected change request's row, or ``None``."""
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row(source.row()) if source.isValid() else None

    def select(self, cr_id: int) -> bool:
        """Select the CR with this id if it is shown."""
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if int(self.model.row(source.row())["id"]) == cr_id:
                self.table.selectRow(row)
                return True
        return False

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        if "project" in filters:
            self.project_filter.setCurrentIndex(
                max(0, self.project_filter.findData(filters["project"])))
        if "status" in filters:
            self.status_filter.setCurrentIndex(
                max(0, self.status_filter.findData(filters["status"])))

    @Slot()
    def _on_filter_changed(self, _index: int = 0) -> None:
        status = self.status_filter.currentData()
        if status == OPEN:
            self.proxy.set_facet("status", [s for s in CR_STATUSES if s not in _DONE])
        else:
            self.proxy.set_facet("status", [status] if status else None)
        code = self.project_filter.currentData()
        self.proxy.set_codes([code] if code else None)
        self._update_buttons()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        allowed = set(row["next_steps"]) if row is not None else set()
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed)
            button.setVisible(status != "withdrawn" or status in allowed or row is None)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    # -- workflow --------------------------------------------------------------
    def take_step(self, to_status: str) -> None:
        """Move the selected CR to ``to_status``: at once, or — for a decision — after
        the decision dialog (``self.dialog``) says who decided."""
        row = self.selected()
        if row is None or to_status not in row["next_steps"]:
            return
        if to_status in cc.DECISIONS:
            dialog = DecisionDialog(row, to_status, self.ctx.store.currency,
                                    by=self.decided_by, parent=self)
            dialog.accepted.connect(lambda: self._decided(row, to_status, dialog))
            self.dialog = dialog
            dialog.open()
            return
        self._run(ChangeStepCommand(self.ctx, int(row["id"]), to_status,
                                    step_text(row, to_status)))

    def _decided(self, row: Row, decision: str, dialog: DecisionDialog) -> None:
        by, note = dialog.values()
        self.decided_by = by
        self._run(ChangeStepCommand(self.ctx, int(row["id"]), decision,
                                    step_text(row, decision), by=by, note=note))

    def _run(self, command: ChangeStepCommand) -> None:
        if not commands.run(self.ctx, command) and command.error:
            warn(self, tr("Change control"), command.error[:1].upper() + command.error[1:])

    # -- records ---------------------------------------------------------------
    @Slot()
    def _on_new(self) -> None:
        code = self.project_filter.currentData()
        row = self.selected()
        project_id = self.ctx.store.project_id(code) if code else (
            int(row["project_id"]) if row is not None else None)
        if project_id is None:
            self.ctx.status_message.emit(tr("Choose a project (the project filter or a change "
                                            "request of it) to raise a change request on."))
            return
        self.dialog = record_actions.add_record(
            self.ctx, self, "change_request", fixed={"project_id": project_id, "status": "draft"},
            fields=FORM_FIELDS)

    @Slot()
    def _on_edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.dialog = record_actions.edit_record(self.ctx, self, "change_request",
                                                     int(row["id"]), fields=FORM_FIELDS)

    @Slot()
    def _on_delete(self) -> None:
        row = self.selected()
        if row is not None:
            self.dialog = record_actions.delete_records(self.ctx, self, "change_request",
                                                        [int(row["id"])])


__all__ = ["ChangeControlView", "FORM_FIELDS", "STEPS", "columns"]
