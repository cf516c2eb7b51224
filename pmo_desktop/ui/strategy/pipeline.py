"""The Pipeline view: proposals by stage (idea → submitted → assessed → approved →
started, or rejected / deferred), with a count per stage, and buttons that move the
selected proposal to each stage the pipeline allows from where it is. Moving an
approved one to started makes it a project with its code (``operations.pipeline``); each
move is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pmo_desktop.domain.governance import PIPELINE_STEPS, PROPOSAL_STATUSES
from pmo_desktop.domain.money import format_money
from pmo_desktop.operations import Result
from pmo_desktop.operations.pipeline import move_proposal
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import Store
from pmo_desktop.store.queries_strategy import proposal_rows

from ..commands import StoreCommand, run
from ..context import AppContext
from ..viewkit.fmt import label
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.models import RIGHT, Column, RowTableModel
from ..viewkit.record_rows import current_record, keep_current
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page

__all__ = ["MoveProposalCommand", "PipelineView"]

Row = dict[str, Any]


class MoveProposalCommand(StoreCommand):
    """Move a proposal to another stage (starting it makes its project); undone by
    undoing its batch."""

    def __init__(self, ctx: AppContext, proposal_id: int, code: str, status: str) -> None:
        super().__init__(ctx, f"Move proposal {code} to {label(status).lower()}")
        self.proposal_id, self.status = proposal_id, status
        self.batch_id: int | None = None

    def _do(self) -> Result:
        result = move_proposal(self.ctx.store, self.proposal_id, {"status": self.status},
                               source="ui", batch=self.text())
        self.batch_id = result.batch_id
        return result

    def _undo(self) -> Result:
        assert self.batch_id is not None
        return undo_batch(self.ctx.store, self.batch_id)


@dataclass(frozen=True)
class PipelineRead:
    rows: list[Row]
    currency: str


def _columns(currency: str) -> list[Column[Row]]:
    order = {s: n for n, s in enumerate(PROPOSAL_STATUSES)}
    return [
        Column(tr("Stage"), lambda r: label(r["status"]),
               key=lambda r: (order.get(r["status"], 99), r["code"]), width=90,
               chip=lambda r: {"rejected": "red", "started": "green"}.get(r["status"] or "")),
        Column(tr("Code"), lambda r: r["code"], width=80),
        Column(tr("Proposal"), lambda r: r["name"] or "", width=240, fill=True),
        Column(tr("Sponsor"), lambda r: r["sponsor"] or "—", width=140),
        Column(tr("Estimated cost"), lambda r: format_money(r["estimated_cost"], currency,
                                                            compact=True),
               key=lambda r: r["estimated_cost"] or 0, align=RIGHT, width=100),
        Column(tr("Start"), lambda r: r["start_date"] or "—", width=90),
        Column(tr("Expected benefits"), lambda r: r["expected_benefits"] or "", width=260),
    ]


class PipelineView(LoadingPage):
    """Proposals by stage, and the moves the pipeline allows.

    Signals:
        loaded(): the rows shown are the store's.
    """

    ENTITIES = frozenset({"proposal", "project"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "pipeline_view", parent)
        self.model = RowTableModel(_columns("GBP"), parent=self)
        self.move_buttons: dict[str, QPushButton] = {}
        self.last_command: MoveProposalCommand | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Intake pipeline"))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.funnel = QLabel("", self)
        self.funnel.setObjectName("pipeline_funnel")
        layout.addWidget(self.funnel)
        moves = QHBoxLayout()
        moves.addWidget(QLabel(tr("Move the selected proposal to:"), self))
        for status in PROPOSAL_STATUSES[1:]:
            button = QPushButton(label(status), self)
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            moves.addWidget(button)
            self.move_buttons[status] = button
        moves.addStretch(1)
        layout.addLayout(moves)
        self.table = make_table_view(self.model, "pipeline_table", self)
        fit_columns(self.table, self.model.columns())
        keep_current(self.table)
        self.table.selectionModel().currentChanged.connect(self._refresh_buttons)
        layout.addWidget(self.table, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No proposals yet: add one (pmo-desktop add proposal …) or import an intake "
            "list."))
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    def read_job(self) -> Callable[[Store], PipelineRead]:
        def read(store: Store) -> PipelineRead:
            return PipelineRead(proposal_rows(store), store.currency)
        return read

    def fill(self, value: PipelineRead) -> None:
        order = {s: n for n, s in enumerate(PROPOSAL_STATUSES)}
        rows = sorted(value.rows, key=lambda r: (order.get(r["status"], 99), r["code"]))
        self.model.set_table(_columns(value.currency), rows)
        counts = {s: sum(1 for r in value.rows if r["status"] == s) for s in PROPOSAL_STATUSES}
        flow = " → ".join(f"{label(s)} {counts[s]}" for s in PROPOSAL_STATUSES[:5])
        self.funnel.setText(f"{flow}    |    {label('rejected')} {counts['rejected']} · "
                            f"{label('deferred')} {counts['deferred']}")
        open_cost = sum(r["estimated_cost"] or 0 for r in value.rows
                        if r["status"] not in ("started", "rejected"))
        self._subtitle.setText(tr("{n} proposals · {c} asked for in the pipeline").format(
            n=len(value.rows), c=format_money(open_cost, value.currency, compact=True)))
        self._stack.setCurrentIndex(0 if value.rows else 1)
        self._refresh_buttons()

    def move_to(self, status: str) -> bool:
        record = current_record(self.table)
        if record is None:
            return False
        self.last_command = MoveProposalCommand(self.ctx, int(record["id"]), record["code"],
                                                status)
        return run(self.ctx, self.last_command)

    @Slot()
    def _refresh_buttons(self) -> None:
        record = current_record(self.table)
        allowed = PIPELINE_STEPS.get(record["status"], ()) if record else ()
        for status, button in self.move_buttons.items():
            button.setEnabled(status in allowed)
