"""Risks & RAID: the register across projects, by type, with a 5×5 heat map."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.operations import Result
from pmo_desktop.store import Store
from pmo_desktop.store.queries import as_of_date
from pmo_desktop.store.queries_raid import (
    HeatMovement, RaidRow, heat_movement, raid_register, risk_heatmap,
)

from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page
from .actions import RaidActions
from .chooser import ColumnChooser
from .columns import raid_facets, register_columns
from .filters import RaidFilters
from .heatpanel import HeatPanel
from .scope import Scopes, read_scopes
from .toolbar import action_row

SIDE_WIDTH = 224  # the heat map's panel beside the register
SPLITTER_KEY = "raid/splitter"  # where the user left the heat map (or that they shut it)
FIRST_ROWS = 300  # shown while the whole register loads (more than a screenful)
EDITED_ROWS = 500  # an edit of more items than this reloads the register instead


@dataclass(frozen=True)
class RaidData:
    """What the register's background read hands the view."""

    bands: RiskBands
    rows: PreparedRows[RaidRow]
    heatmap: list[list[int]]
    counts: dict[str, int]  # open items per type
    totals: dict[str, int]  # all items per type
    residual: list[list[int]]  # the heat map of residual positions
    scopes: Scopes  # the scope box's programmes and projects


class RaidView(LoadingPage):
    """The RAID register; ``apply_filter`` takes ``type``, ``band``, ``open``, ``code``,
    ``programme``, ``flag`` (``flagged`` or a ``Flag`` value), ``cell``
    (``[probability, impact]``), ``threat`` (``True``: threats only, as the dashboard's
    risk tiles count) and ``text``."""

    ENTITIES = frozenset({*RAID_TYPES, "project", "setting"})  # setting: the risk bands

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "raid_view", parent)
        self.register = register_columns()
        self.model: KeyedTableModel[RaidRow] = KeyedTableModel(
            [c.column for c in self.register], code_of=lambda r: r.project_code,
            facets=raid_facets(), parent=self)
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._data: RaidData | None = None
        self._movement_pending = False
        # Every filter (type, band, open, heat-map cell, codes and the text box) changes
        # the proxy's rows; the subtitle counts what the table shows after each change.
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_subtitle)
        self._build()
        self.reload()
        self.filters.filter_open_only()

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Risks & RAID"))
        self.filters = RaidFilters(self, self.ctx, self.proxy, self._set_cell)
        self.filters.changed.connect(self._update_subtitle)
        # The filters' widgets, as other views and the tests reach them.
        f = self.filters
        self._types = f.types
        self.type_tabs, self.search, self.band_filter = f.type_tabs, f.search, f.band_filter
        self.scope, self.flag_filter, self.open_only = f.scope, f.flag_filter, f.open_only
        self.clear_button = f.clear_button
        self.table = make_table_view(self.proxy, "raid_table", self)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        fit_columns(self.table, self.model.columns())
        self.chooser = ColumnChooser(self.table, self.register, self.ctx.settings)
        self.chooser.set_tab(None)
        self.filters.tab_changed.connect(self.chooser.set_tab)
        self.raid_actions = RaidActions(self.ctx, self.table, self.selected_rows,
                                        self.current_row, self.scope_project_id,
                                        self._open_project)
        self.raid_actions.kind_of_tab = self.current_kind
        actions = action_row(self, self.raid_actions, self.chooser)
        actions.addLayout(self.filters.row)
        self.table.selectionModel().selectionChanged.connect(self.raid_actions.refresh)
        self.proxy.modelReset.connect(self.raid_actions.refresh)
        self.side = HeatPanel(self.ctx.store.risk_bands(), self)
        self.heatmap = self.side.heatmap
        self.heatmap.cell_clicked.connect(self._on_heatmap_cell_clicked)
        self.side.residual_changed.connect(self._on_residual_changed)
        self.side.setMinimumWidth(SIDE_WIDTH)
        self.side.setMaximumWidth(320)
        # The heat map gives way to the register: the user can drag it narrower or shut it.
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("raid_splitter")
        self.body.setChildrenCollapsible(True)
        self.body.addWidget(self.table)
        self.body.addWidget(self.side)
        self.body.setCollapsible(0, False)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setSizes([10_000, SIDE_WIDTH])
        state = self.ctx.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.body.restoreState(state)
        self.body.splitterMoved.connect(self._on_splitter_moved)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.filters.tools)
        page_layout.addLayout(actions)
        page_layout.addWidget(self.body, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No risks, issues or other RAID items yet — import a RAID log (Ctrl+I)."))
        self.add_placeholder(self._stack)

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], RaidData]:
        prepare = self.model.preparer()

        def read(store: Store) -> RaidData:
            bands = store.risk_bands()
            rows = raid_register(store, bands, as_of=as_of_date(store.settings()))
            counts, totals = _counts(rows)
            return RaidData(bands, prepare(rows), risk_heatmap(rows), counts, totals,
                            risk_heatmap(rows, residual=True), read_scopes(store))
        return read

    def fill(self, value: RaidData) -> None:
        bands, rows, counts, totals = value.bands, value.rows.rows, value.counts, value.totals
        self._data = value
        self.model.set_prepared(value.rows)
        self.scope.set_scopes(value.scopes)
        self.side.set_data(bands, value.heatmap, value.residual)
        self._read_movement(value.rows.rows)
        # The register shows as soon as there is a project to add an item to.
        self._stack.setCurrentIndex(0 if rows or len(value.scopes[0]) > 1 else 1)
        self.filters.show_counts(counts, totals)
        self._update_subtitle()

    def _read_movement(self, rows: list[RaidRow]) -> None:
        """How the risks moved since the last closed period: a read of its own (it
        rewinds the change log), so the register shows without waiting for it."""
        self._movement_pending = True
        self.ctx.runner.query(lambda store: heat_movement(store, rows), self._on_movement,
                              key=f"{self._read_key()}:movement",
                              on_error=self._on_movement_failed)

    def _on_movement(self, movement: HeatMovement | None) -> None:
        self._movement_pending = False
        self.side.set_movement(movement)

    def _on_movement_failed(self, message: str) -> None:
        self._movement_pending = False
        self.ctx.status_message.emit(message)

    def movement_loading(self) -> bool:
        """Whether the heat map's movement is still being read."""
        return self._movement_pending

    @Slot()
    def _update_subtitle(self) -> None:
        if not self.has_data():
            self._subtitle.setText(tr("Loading…"))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self._subtitle.setText(tr("{s} of {t} items shown").format(s=shown, t=total))

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.filters.apply(filters)
        self._update_subtitle()

    def _set_cell(self, cell: tuple[int, int] | None) -> None:
        self.heatmap.set_selected(cell)
        facet, other = ("rcell", "cell") if self.side.residual else ("cell", "rcell")
        self.proxy.set_facet(other, None)
        self.proxy.set_facet(facet, None if cell is None else [f"{cell[0]}-{cell[1]}"])
        if cell is not None:
            self.filters.show_risks()
            self.proxy.set_facet("threat", ["threat"])
        else:
            self.proxy.set_facet("threat", None)
        self._update_subtitle()

    # -- slots -----------------------------------------------------------------
    @Slot(int, int)
    def _on_heatmap_cell_clicked(self, probability: int, impact: int) -> None:
        cell = (probability, impact)
        current = self.proxy.facet_values("rcell" if self.side.residual else "cell")
        self._set_cell(None if current == frozenset({f"{probability}-{impact}"}) else cell)

    @Slot(int, int)
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.ctx.settings.setValue(SPLITTER_KEY, self.body.saveState())

    # -- selection, scope, heat map ----------------------------------------------
    def _row_at(self, proxy_row: int) -> RaidRow:
        return self.model.row(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def selected_rows(self) -> list[RaidRow]:
        """The items selected in the table (in the table's order)."""
        model = self.table.selectionModel()
        rows = sorted({i.row() for i in model.selectedRows()}) if model is not None else []
        return [self._row_at(n) for n in rows]

    def current_row(self) -> RaidRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            selected = self.selected_rows()
            return selected[0] if selected else None
        return self._row_at(index.row())

    def current_kind(self) -> str | None:
        return self.filters.current_kind()

    def scope_project_id(self) -> int | None:
        """The project the scope box names (where a new item goes), else ``None``."""
        scope = self.scope.scope()
        return self.ctx.store.project_id(scope[1]) if scope and scope[0] == "project" else None

    def set_scope(self, kind: str | None, name: str = "") -> None:
        """Show one programme's (``"programme"``, its name) or one project's (``"project"``,
        its code) items; ``None``: every project's."""
        self.scope.set_scope(kind, name)

    def _open_project(self, code: str) -> None:
        self.navigate("project", {"code": code, "tab": "raid"})

    @Slot(bool)
    def _on_residual_changed(self, _residual: bool) -> None:
        """The other map: a cell chosen on one filters the same cell on the other."""
        cell = self.heatmap._selected
        if cell is not None:
            self.proxy.set_facet("cell", None)
            self.proxy.set_facet("rcell", None)
            self._set_cell(cell)

    # -- speed at 100,000 items (issue 12): the first rows at once, and an edit re-reads
    # only the items it changed. The whole register still loads in the background.
    def reload(self) -> None:
        super().reload()
        if not self.has_data():  # nothing on screen yet: a first screenful, then the rest
            self._queued.stop()  # (read at the same time, they would share the CPU)
            self.ctx.runner.query(self._first_rows_job(), self._on_first_rows,
                                  key=f"{self._read_key()}:first",
                                  on_error=lambda _message: self._start_read())

    def _first_rows_job(self) -> Callable[[Store], PreparedRows[RaidRow]]:
        prepare = self.model.preparer()
        return lambda store: prepare(raid_register(
            store, store.risk_bands(), as_of=as_of_date(store.settings()), limit=FIRST_ROWS))

    def _on_first_rows(self, rows: PreparedRows[RaidRow]) -> None:
        if self.has_data():
            return  # the whole register is in already
        if rows.rows:
            self.model.set_prepared(rows)
            self._stack.setCurrentIndex(0)
            self._subtitle.setText(tr("Loading… the first {n} items are shown").format(
                n=len(rows.rows)))
        self._start_read()

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        ids = self._edited_items(result)
        if not ids:
            super()._on_ctx_changed(result)
            return
        try:  # a few rows by id: a millisecond, cheaper than a trip to a worker thread
            store = self.ctx.store
            rows = raid_register(store, store.risk_bands(), as_of=as_of_date(store.settings()),
                                 ids=ids)
        except Exception:  # noqa: BLE001 - any failure: read it all, as before
            self.reload()
            return
        self._on_items_read(rows)

    def _edited_items(self, result: Result) -> list[int]:
        """The RAID items ``result`` edited when that is all it did (none added or deleted,
        nothing else changed) and the register is loaded; else none (a reload)."""
        if self._data is None or self.is_loading() or result.reload_all \
                or result.settings_changed or result.created or result.deleted:
            return []
        if not result.updated or len(result.updated) > EDITED_ROWS \
                or any(entity not in RAID_TYPES for entity, _id, _key in result.updated):
            return []
        return sorted({int(entity_id) for _entity, entity_id, _key in result.updated})

    def _on_items_read(self, rows: list[RaidRow]) -> None:
        data = self._data
        if data is None or self.is_loading():
            return  # a reload is on its way
        before = [self.model.row(at) for at in
                  (self.model.position_of(_item_id, r.id) for r in rows) if at is not None]
        if len(before) != len(rows):  # an item this view has not loaded: read it all
            self.reload()
            return
        counts, totals = dict(data.counts), dict(data.totals)
        grid = [list(cells) for cells in data.heatmap]
        residual = [list(cells) for cells in data.residual]
        for sign, items in ((-1, before), (1, rows)):
            for r in items:
                counts[r.type] += sign * r.is_open
                totals[r.type] += sign
            for target, counted in ((grid, risk_heatmap(items)),
                                    (residual, risk_heatmap(items, residual=True))):
                for p, cells in enumerate(counted):
                    for i, n in enumerate(cells):
                        target[p][i] += sign * n
        self._data = replace(data, counts=counts, totals=totals, heatmap=grid,
                             residual=residual)
        self.model.replace_rows(rows, _item_id)
        self.side.set_data(data.bands, grid, residual)
        self.filters.show_counts(counts, totals)
        self._update_subtitle()


def _counts(rows: list[RaidRow]) -> tuple[dict[str, int], dict[str, int]]:
    """Open items per type, and all items per type (every type present): one pass."""
    counts, totals = dict.fromkeys(RAID_TYPES, 0), dict.fromkeys(RAID_TYPES, 0)
    for r in rows:
        if r.type in totals:
            totals[r.type] += 1
            counts[r.type] += r.is_open
    return counts, totals


def _item_id(row: RaidRow) -> int:
    return row.id


__all__ = ["RaidView"]
