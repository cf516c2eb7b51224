"""Reporting periods: the closed periods, one frozen snapshot at a time, and closing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QMessageBox, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import format_money, format_pct
from pmo_desktop.store import Store
from pmo_desktop.operations.periods import reopen_period
from pmo_desktop.store.queries_common import NOT_SET, RAG_KEYS, rag_key
from pmo_desktop.store.queries_periods import PeriodSummary, period_rows, period_summaries

from ..context import AppContext
from ..plain import message_box, plain_tip, warn
from ..viewkit.fmt import date_key, fmt_date, rag_chip, rag_text, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.models import CENTRE, RIGHT, Column, RowTableModel
from ..viewkit.roles import Role
from ..viewkit.widgets import (
    EmptyState, MutedLabel, apply_column_widths, make_table_view, named_button, page_header,
)
from .dialog import ClosePeriodDialog

Row = dict[str, Any]
Read = tuple[list[PeriodSummary], "int | None", PreparedRows[Row]]  # periods, shown, its rows
DIMS = ("overall", "schedule", "cost", "scope", "risk", "resource", "benefits")


def period_columns() -> list[Column[PeriodSummary]]:
    def count(key: str, title: str) -> Column[PeriodSummary]:
        return Column(title, lambda p: str(p.counts.get(key, 0)),
                      key=lambda p: p.counts.get(key, 0), align=RIGHT, width=56)

    return [
        Column(tr("Period"), lambda p: p.label, key=lambda p: p.as_of, width=128,
               tooltip=lambda p: tr("Closed {at}").format(at=p.closed_at.replace("T", " "))
               + (f"\n{p.notes}" if p.notes else "")),
        Column(tr("As of"), lambda p: fmt_date(p.as_of), key=lambda p: p.as_of, width=96),
        Column(tr("Projects"), lambda p: str(p.projects), key=lambda p: p.projects,
               align=RIGHT, width=66),
        count("red", tr("Red")), count("amber", tr("Amber")), count("green", tr("Green")),
    ]


def snapshot_columns(money: Any) -> list[Column[Row]]:
    def rag(dim: str) -> Column[Row]:
        def value(r: Row) -> str | None:
            return r.get(f"rag_{dim}") or r.get(f"calc_{dim}")

        return Column(dim.capitalize(), lambda r: rag_text(value(r)),
                      key=lambda r: rag_key(value(r)), chip=lambda r: rag_chip(value(r)),
                      align=CENTRE, width=76)

    return [
        Column(tr("Code"), lambda r: r["project_code"], width=80),
        Column(tr("Project"), lambda r: text_or_dash(r["project_name"]), width=220),
        Column(tr("Programme"), lambda r: text_or_dash(r["programme"]), width=170),
        Column(tr("Manager"), lambda r: text_or_dash(r["manager"]), width=130),
        *(rag(d) for d in DIMS),
        Column(tr("% done"), lambda r: format_pct(
            r["pct_complete"] * 100 if r["pct_complete"] is not None else None, 0),
            key=lambda r: r["pct_complete"], align=RIGHT, width=64),
        Column(tr("BAC"), lambda r: money(r["bac"]), key=lambda r: r["bac"], align=RIGHT,
               width=96),
        Column(tr("EAC"), lambda r: money(r["eac"]), key=lambda r: r["eac"], align=RIGHT,
               width=96),
        Column(tr("Status date"), lambda r: fmt_date(r["status_date"]),
               key=lambda r: date_key(r["status_date"]), width=100),
        Column(tr("Summary"), lambda r: text_or_dash(r["summary"]), width=320,
               tooltip=lambda r: r["summary"]),
    ]


class PeriodsView(LoadingPage):
    """Closed periods on the left, the selected one's frozen snapshot on the right."""

    ENTITIES = frozenset({"reporting_period"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "periods_view", parent)
        money = lambda v: format_money(v, ctx.store.currency, compact=True)  # noqa: E731
        self.period_model: RowTableModel[PeriodSummary] = RowTableModel(period_columns(),
                                                                         parent=self)
        self.snapshot_model: KeyedTableModel[Row] = KeyedTableModel(
            snapshot_columns(money), code_of=lambda r: r["project_code"],
            facets={"rag": lambda r: rag_key(r["rag_overall"] or r["calc_overall"])},
            parent=self)
        self.snapshot_proxy = KeyedFilterProxy(self)
        self.snapshot_proxy.setSourceModel(self.snapshot_model)
        self.selected_period: int | None = None
        self._snapshot_loading = False
        self._read_keep: int | None = None  # the period shown when the last reload began
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Reporting periods"))
        self.close_button = named_button(tr("Close period…"), "close_period_button",
                                         self._on_close_button_clicked, self)
        self.reopen_button = named_button(tr("Reopen period…"), "reopen_period_button",
                                          self._on_reopen_button_clicked, self)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.period_view = make_table_view(self.period_model, "period_table", self)
        self.period_view.setSortingEnabled(False)
        apply_column_widths(self.period_view, [c.width for c in period_columns()])
        self.period_view.selectionModel().selectionChanged.connect(
            self._on_period_selection_changed)
        self.snapshot_view = make_table_view(self.snapshot_proxy, "snapshot_table", self)
        apply_column_widths(self.snapshot_view,
                            [c.width for c in self.snapshot_model.columns()])
        self.snapshot_view.doubleClicked.connect(self._on_snapshot_double_clicked)
        self.rag_filter = QComboBox(self)
        self.rag_filter.setObjectName("snapshot_rag_filter")
        self.rag_filter.addItem(tr("All RAGs"), None)
        for key in RAG_KEYS:
            self.rag_filter.addItem(rag_text(None if key == NOT_SET else key), key)
        self.rag_filter.currentIndexChanged.connect(self._on_rag_filter_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("snapshot_search")
        self.search.setPlaceholderText(tr("Filter projects…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.snapshot_proxy.set_text)
        self._snapshot_title = MutedLabel("", self)
        tools = QHBoxLayout()
        tools.addWidget(self._snapshot_title, 1)
        tools.addWidget(self.search)
        tools.addWidget(self.rag_filter)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.snapshot_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("periods_splitter")
        splitter.addWidget(self.period_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 860])
        splitter.setChildrenCollapsible(False)
        self._stack = QStackedWidget(self)
        self._empty = EmptyState(tr(
            "No closed periods yet — use “Close period…” to freeze every project's status "
            "as of a date, so packs can show trend arrows."))
        self._stack.addWidget(splitter)
        self._stack.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))
        self.reopen_button.setEnabled(False)

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], Read]:
        keep = self._read_keep = self.selected_period
        prepare = self.snapshot_model.preparer()

        def read(store: Store) -> Read:
            summaries = period_summaries(store)
            ids = [p.id for p in summaries]
            shown = keep if keep in ids else (ids[0] if ids else None)
            return summaries, shown, prepare(period_rows(store, shown)
                                             if shown is not None else [])
        return read

    def fill(self, value: Read) -> None:
        summaries, shown, rows = value
        self.period_model.set_rows(summaries)
        self._stack.setCurrentIndex(0 if summaries else 1)
        if summaries:
            latest = summaries[0]
            self._subtitle.setText(tr("{n} closed · latest {l} ({d})").format(
                n=len(summaries), l=latest.label, d=fmt_date(latest.as_of)))
        else:
            self._subtitle.setText(tr("No period closed yet"))
        self.reopen_button.setEnabled(bool(summaries))
        self.reopen_button.setToolTip(plain_tip(
            tr("Reopen {l}, the latest closed period: its frozen statuses are removed, so it "
               "can be closed again").format(l=summaries[0].label) if summaries else ""))
        if self.selected_period != self._read_keep \
                and self.selected_period in {p.id for p in summaries}:
            self._select_row(self.selected_period)  # picked meanwhile: its own read fills it
        else:
            self._set_snapshot(shown, rows)

    def select_period(self, period_id: int | None) -> None:
        """Show the snapshot of ``period_id`` (read-only; its rows load off the GUI
        thread)."""
        if self.defer_filter({"period_id": period_id}):
            return
        self._select_row(period_id)
        self._show_snapshot(period_id)

    def _select_row(self, period_id: int | None) -> None:
        ids = [p.id for p in self.period_model.rows]
        if period_id in ids:
            row = ids.index(period_id)
            if self.period_view.currentIndex().row() != row:
                self.selected_period = period_id  # the selection slot need not read it
                self.period_view.selectRow(row)

    def _show_snapshot(self, period_id: int | None) -> None:
        self.selected_period = period_id
        self._snapshot_loading = True
        self._snapshot_title.setText(tr("Loading…"))
        prepare = self.snapshot_model.preparer()
        self.ctx.runner.query(
            lambda store: prepare(period_rows(store, period_id) if period_id is not None
                                  else []),
            lambda rows: self._on_snapshot_read(period_id, rows),
            key=f"{self._read_key()}:snapshot", on_error=self._on_snapshot_failed)

    def _on_snapshot_read(self, period_id: int | None, rows: PreparedRows[Row]) -> None:
        self._snapshot_loading = False
        if period_id == self.selected_period:
            self._set_snapshot(period_id, rows)
        self.loaded.emit()

    def _on_snapshot_failed(self, message: str) -> None:
        self._snapshot_loading = False
        self._snapshot_title.setText(message)
        self.loaded.emit()

    def is_loading(self) -> bool:
        return super().is_loading() or self._snapshot_loading

    def _set_snapshot(self, period_id: int | None, prepared: PreparedRows[Row]) -> None:
        self.selected_period = period_id
        self._select_row(period_id)
        self.snapshot_model.set_prepared(prepared)
        rows = prepared.rows
        summary = next((p for p in self.period_model.rows if p.id == period_id), None)
        self._snapshot_title.setText(
            tr("{l}: {n} projects frozen on {d} — read-only").format(
                l=summary.label, n=len(rows), d=summary.closed_at[:10]) if summary else "")

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        if filters.get("period_id") is not None:
            self.select_period(int(filters["period_id"]))
        rag = filters.get("rag")
        self.rag_filter.setCurrentIndex(max(0, self.rag_filter.findData(rag)) if rag else 0)

    # -- slots -----------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_period_selection_changed(self, selected: QItemSelection, _old: QItemSelection
                                     ) -> None:
        rows = {i.row() for i in selected.indexes()}
        if rows:
            period = self.period_model.row(min(rows))
            if period.id != self.selected_period:
                self._show_snapshot(period.id)

    @Slot(int)
    def _on_rag_filter_changed(self, index: int) -> None:
        key = self.rag_filter.itemData(index)
        self.snapshot_proxy.set_facet("rag", [key] if key else None)

    @Slot(QModelIndex)
    def _on_snapshot_double_clicked(self, index: QModelIndex) -> None:
        code = index.data(Role.CODE)
        if code:
            self.navigate("project", {"code": code})

    @Slot()
    def _on_close_button_clicked(self) -> None:
        dialog = ClosePeriodDialog(self.ctx, self)
        if dialog.exec() and dialog.period_id is not None:
            self.select_period(dialog.period_id)

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        latest = self.period_model.rows[0] if self.period_model.rows else None
        if latest is not None and self.confirm_reopen(latest):
            self.reopen(latest)

    def confirm_reopen(self, period: PeriodSummary) -> bool:
        """Ask before reopening ``period``, naming its date and what is removed."""
        box = message_box(
            self, QMessageBox.Icon.Question, tr("Reopen period"),
            tr("Reopen the period ending {d} ({l})?").format(d=fmt_date(period.as_of),
                                                             l=period.label),
            tr("The {n} project statuses frozen on {c} are removed; the reopening is recorded "
               "in the change log. Close the period again to take a new snapshot.").format(
                n=period.projects, c=period.closed_at[:10]))
        box.setObjectName("reopen_period_confirm")
        reopen = box.addButton(tr("Reopen period"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is reopen

    def reopen(self, period: PeriodSummary) -> None:
        """Reopen ``period`` (the latest one only; the store refuses any other) off the GUI
        thread; every view reloads from the operation's ``Result`` (``ctx.changed``)."""
        day = date.fromisoformat(period.as_of[:10])
        self.reopen_button.setEnabled(False)
        self.ctx.runner.op(
            lambda store, _progress, _cancelled: reopen_period(store, day, source="ui"),
            title=tr("Reopen period"), parent=self,
            on_done=lambda _result: self.ctx.status_message.emit(
                tr("Reopened the period ending {d}.").format(d=fmt_date(period.as_of))),
            on_error=self._reopen_refused)

    def _reopen_refused(self, message: str) -> None:
        self.reopen_button.setEnabled(bool(self.period_model.rows))
        if message:
            warn(self, tr("Reopen period"), message)
