"""Resources: utilisation per person × month as a heat map, grouped by role or team,
committed or committed + proposed bookings; a click on a cell lists the projects behind
it; capacity vs demand by role as a chart under it; and a what-if bar whose moves
redraw both at once (computed on the GUI thread from the inputs the background read
kept: ``bench/resource_bench.py`` times it) until they are committed or discarded.

The heat map's rows and columns come from ``heat_map.render``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
    QVBoxLayout, QWidget,
)

from pmo_desktop.domain.portfolio_rules import LOOKAHEAD_MONTHS, is_over_allocated
from pmo_desktop.domain.whatif import Move
from pmo_desktop.operations import Result
from pmo_desktop.operations.whatif import Utilisation, commit_scenario, load, scenario_label
from pmo_desktop.store import Store
from pmo_desktop.store.labels import plural
from pmo_desktop.store.queries import month_of
from pmo_desktop.store.queries_resources import HeatRow
from pmo_desktop.store.queries_whatif import UtilisationInputs

from .. import commands
from ..context import AppContext
from ..viewkit.delegates import HeatCellDelegate
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel
from ..viewkit.loading import LoadingPage
from ..viewkit.widgets import apply_column_widths, make_table_view, page_header, stacked_page
from .editing import BatchCommand, ResourceEditing
from .heat_map import HeatRead, legend_html, render, row_name
from .role_chart import RoleChart, month_title as _month_title
from .whatif_bar import WhatIfBar

DEFAULT_MONTHS = 12  # this month and the next 11


class ResourcesView(LoadingPage):
    """Utilisation heat map with its what-if bar and role chart; ``apply_filter`` takes
    ``over_allocated``, ``people``, ``role`` and ``text``.

    Signals:
        committed(): a what-if scenario was written and put on the undo stack.
    """

    committed = Signal()

    ENTITIES = frozenset({"resource", "role", "capacity", "allocation", "project", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "resources_view", parent)
        self.model: KeyedTableModel[HeatRow] = KeyedTableModel(
            [], facets={
                "kind": lambda r: "person" if r.kind == "person" else "role",
                "over": lambda r: "over" if is_over_allocated(r.peak_pct) else "ok",
                "person": lambda r: r.name if r.kind == "person" else None,
                "role": lambda r: r.role,
            }, parent=self, emphasis=lambda r: r.kind != "person")
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.inputs: UtilisationInputs | None = None
        self.grid: Utilisation | None = None
        self._titles: list[str] = []
        self._picked: tuple[str, str] | None = None  # the cell last clicked: (row, month)
        self._build()
        self.reload()

    # -- building -------------------------------------------------------------------
    def _combo(self, name: str, items: tuple[tuple[str, Any], ...], current: int = 0
               ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(current)
        return combo

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Resources"))
        self.horizon = self._combo("resources_horizon", (
            (tr("Look-ahead ({n} months)").format(n=LOOKAHEAD_MONTHS + 1),
             LOOKAHEAD_MONTHS + 1),
            (tr("Next 6 months"), 6), (tr("This month + 11"), DEFAULT_MONTHS),
            (tr("Next 24 months"), 24), (tr("Next 36 months"), 36)), 2)
        self.horizon.currentIndexChanged.connect(self._on_horizon_changed)
        self.group_by = self._combo("resources_group", (
            (tr("By role"), "role"), (tr("By team"), "team")))
        self.group_by.currentIndexChanged.connect(self._on_view_switched)
        self.booking = self._combo("resources_booking", (
            (tr("Committed only"), True), (tr("Committed + proposed"), False)))
        self.booking.currentIndexChanged.connect(self._on_view_switched)
        self.show_filter = self._combo("resources_show", (
            (tr("Groups and people"), "all"), (tr("Groups only"), "roles"),
            (tr("Over-allocated people"), "over")))
        self.show_filter.currentIndexChanged.connect(self._on_show_filter_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("resources_search")
        self.search.setPlaceholderText(tr("Filter by name, role, team…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self.proxy.set_text)
        legend = QLabel(self)
        legend.setObjectName("resources_legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)  # wraps between bands instead of widening the window
        legend.setText(legend_html())
        tools = QHBoxLayout()
        tools.addWidget(legend, 1)
        for w in (self.search, self.group_by, self.booking, self.show_filter, self.horizon):
            tools.addWidget(w)
        self.whatif = WhatIfBar(self)
        self.whatif.moves_changed.connect(self._on_moves_changed)
        self.whatif.commit_requested.connect(self._on_commit_requested)
        self.table = make_table_view(self.proxy, "resources_table", self)
        self.table.setItemDelegate(HeatCellDelegate(self.table))
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.clicked.connect(self._on_cell_clicked)
        self.details = QListWidget(self)
        self.details.setObjectName("resources_cell_projects")
        self.details.setToolTip(tr("Double-click a project to open it"))
        self.details.setWordWrap(True)
        self.details.itemActivated.connect(self._on_project_activated)
        self.details_title = QLabel(tr("Click a month to see the projects behind it"), self)
        self.details_title.setObjectName("resources_cell_title")
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        self.details_title.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details_title)
        side_layout.addWidget(self.details, 1)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(side)
        top.setStretchFactor(0, 5)
        top.setStretchFactor(1, 1)
        top.setSizes([1100, 220])
        self.chart = RoleChart(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("resources_split")
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 180])
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(tools)
        page_layout.addWidget(self.whatif)
        page_layout.addWidget(split, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No people or capacity yet — import a resource plan (Ctrl+I), or add people "
            "with Add person…, to see who is over-allocated."))
        self.editing = ResourceEditing(self, header)  # buttons under the title, keys, menu
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    # -- reading (off the GUI thread) and rendering --------------------------------------
    def _options(self) -> tuple[bool, str]:
        return bool(self.booking.currentData()), str(self.group_by.currentData() or "role")

    def read_job(self) -> Callable[[Store], HeatRead]:
        months = int(self.horizon.currentData() or DEFAULT_MONTHS)
        first = month_of(self.ctx.as_of())
        committed_only, group_by = self._options()
        moves = list(self.whatif.moves)
        prepare = self.model.preparer()

        def read(store: Store) -> HeatRead:
            inputs = load(store, first, months, moves)
            return render(inputs, moves, committed_only, group_by, prepare)
        return read

    def fill(self, value: HeatRead) -> None:
        self.inputs = value.inputs
        self.whatif.set_projects(value.inputs.project_names)
        self._show(value)

    def _show(self, value: HeatRead) -> None:
        self.grid = value.grid
        columns = value.columns
        if value.prepared is not None:
            self.model.set_prepared(value.prepared)
        else:  # a redraw on the GUI thread: rows and columns only (the table never sorts)
            self.model.set_table(columns, value.rows)
        if [c.title for c in columns] != self._titles:
            self._titles = [c.title for c in columns]
            apply_column_widths(self.table, [c.width for c in columns])
        self._stack.setCurrentIndex(0 if value.rows else 1)
        months = value.grid.months
        self.chart.show_data(months, value.grid.role_capacity, value.grid.role_demand)
        first = _month_title(months[0]) if months else ""
        last = _month_title(months[-1]) if months else ""
        committed_only, group_by = self._options()
        what = tr("committed bookings") if committed_only else \
            tr("committed + proposed bookings")
        text = tr("{p} in {r} · {o} over-allocated · {w}, {a} – {b}").format(
            p=plural(value.people, "person", "people"),
            r=plural(len(value.sizes), "role" if group_by == "role" else "team"),
            o=value.over, w=what, a=first, b=last)
        if value.grid.marks:
            worse = sum(1 for m in value.grid.marks.values() if m == "worse")
            text += tr(" · what-if: {w} worse, {b} better").format(
                w=worse, b=len(value.grid.marks) - worse)
        self._subtitle.setText(text)
        self._show_cell(self.table.currentIndex())

    def rerender(self) -> None:
        """Redraw from the kept inputs (a what-if move, a switch): no store read."""
        if self.inputs is None:
            return
        committed_only, group_by = self._options()
        self._show(render(self.inputs, list(self.whatif.moves), committed_only, group_by,
                          None))

    # -- the cell drill-down ---------------------------------------------------------
    def _cell_at(self, name: str, month: str) -> QModelIndex:
        """The proxy index of ``name``'s ``month`` (invalid when not shown)."""
        if self.grid is None or month not in self.grid.months:
            return QModelIndex()
        at = self.model.position_of(row_name, name)
        if at is None:
            return QModelIndex()
        return self.proxy.mapFromSource(
            self.model.index(at, 2 + self.grid.months.index(month)))

    def _show_cell(self, index: QModelIndex) -> None:
        """The projects behind a cell; a redraw shows the same person's month again."""
        self.details.clear()
        if not index.isValid() and self._picked is not None:
            index = self._cell_at(*self._picked)
        row = self.editing._row_at(index) if index.isValid() else None
        month_col = index.column() - 2 if index.isValid() else -1
        if row is None or self.grid is None or not 0 <= month_col < len(self.grid.months):
            self.details_title.setText(tr("Click a month to see the projects behind it"))
            return
        month = self.grid.months[month_col]
        self._picked = (row.name, month)
        names = [row.name] if row.kind == "person" else [
            p.name for p in self.grid.people
            if (p.role if row.kind == "role" else p.team) == row.name]
        hours: dict[str, float] = {}
        for name in names:
            for code, h in self.grid.projects_in(name, month).items():
                hours[code] = hours.get(code, 0.0) + h
        cell = row.cells[month_col]
        self.details_title.setText(tr("{who}, {m}: {a:,.0f} h of {c:,.0f} h").format(
            who=row.name, m=_month_title(month), a=cell.allocated, c=cell.capacity))
        project_names = self.inputs.project_names if self.inputs else {}
        for code, h in sorted(hours.items(), key=lambda kv: (-kv[1], kv[0])):
            item = QListWidgetItem(f"{code} — {project_names.get(code, '')}: {h:,.0f} h",
                                   self.details)
            item.setData(Qt.ItemDataRole.UserRole, code)
        if not hours:
            self.details.addItem(tr("Nothing booked"))

    @Slot(QModelIndex)
    def _on_cell_clicked(self, index: QModelIndex) -> None:
        self._show_cell(index)

    @Slot(QListWidgetItem)
    def _on_project_activated(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self.navigate("project", {"code": str(code)})

    # -- what-if -------------------------------------------------------------------------
    @Slot(list)
    def _on_moves_changed(self, moves: list[Move]) -> None:
        if self.inputs is not None and any(
                abs(m.months) > 24 for m in moves):  # beyond what the read kept
            self.reload()
            return
        self.rerender()

    @Slot(list)
    def _on_commit_requested(self, moves: list[Move]) -> None:
        """Write the scenario off the GUI thread (a big project is a thousand rows), then
        put it on the undo stack as one step."""
        label = scenario_label(moves)
        self.whatif.setEnabled(False)

        def job(store: Store, _progress: Any, _cancelled: Any) -> Result:
            return commit_scenario(store, moves, source=commands.SOURCE)

        def done(result: Result) -> None:
            self.whatif.setEnabled(True)
            self.ctx.undo_stack.push(BatchCommand.written(self.ctx, result, label))
            self.whatif.clear()
            self.committed.emit()

        def failed(message: str) -> None:
            self.whatif.setEnabled(True)
            self.ctx.status_message.emit(message)

        self.ctx.runner.op(job, title=tr("What-if"), parent=self, on_done=done,
                           on_error=failed, show_progress=False)

    # -- filters ---------------------------------------------------------------------------
    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.search.clear()
        self.proxy.set_facet("person", None)
        self.proxy.set_facet("role", None)
        if filters.get("over_allocated"):
            # Over-allocated in the look-ahead: the window the dashboard tile counted in.
            self.booking.setCurrentIndex(0)
            self.horizon.setCurrentIndex(self.horizon.findData(LOOKAHEAD_MONTHS + 1))
            self.show_filter.setCurrentIndex(self.show_filter.findData("over"))
        else:
            self.show_filter.setCurrentIndex(0)
        people = filters.get("people")
        if people:
            self.proxy.set_facet("person", [str(p) for p in people])
        if filters.get("role"):
            self.proxy.set_facet("role", [str(filters["role"])])
        if filters.get("text"):
            self.search.setText(str(filters["text"]))

    @Slot(int)
    def _on_horizon_changed(self, _index: int) -> None:
        self.reload()

    @Slot(int)
    def _on_view_switched(self, _index: int) -> None:
        self.rerender()

    @Slot(int)
    def _on_show_filter_changed(self, _index: int) -> None:
        key = self.show_filter.currentData()
        self.proxy.set_facet("kind", ["role"] if key == "roles" else
                             ["person"] if key == "over" else None)
        self.proxy.set_facet("over", ["over"] if key == "over" else None)
