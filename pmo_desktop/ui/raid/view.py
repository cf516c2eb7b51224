"""Risks & RAID: the register across projects, by type, with a 5×5 heat map."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSplitter, QTabBar,
    QToolButton, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.raid import Flag
from pmo_desktop.domain.risk import RiskBands
from pmo_desktop.operations import Result
from pmo_desktop.store import Store
from pmo_desktop.store.queries import as_of_date
from pmo_desktop.store.queries_raid import (
    HeatMovement, RaidRow, heat_movement, raid_register, risk_heatmap,
)

from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.choices import ChoiceListModel, use_choices
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page
from .actions import RaidActions
from .chooser import ColumnChooser
from .columns import raid_facets, register_columns
from .heatpanel import HeatPanel
from .scope import ScopeBox, Scopes, read_scopes

SIDE_WIDTH = 224  # the heat map's panel beside the register
SPLITTER_KEY = "raid/splitter"  # where the user left the heat map (or that they shut it)
FIRST_ROWS = 300  # shown while the whole register loads (more than a screenful)
EDITED_ROWS = 500  # an edit of more items than this reloads the register instead

TYPE_TITLES = {"risk": "Risks", "issue": "Issues", "assumption": "Assumptions",
               "dependency": "Dependencies", "decision": "Decisions", "action": "Actions"}
FLAG_CHOICES = [(None, "Any flag"), ("flagged", "Flagged (any)"),
                *((f"flag:{f.value}", f.label) for f in Flag)]


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
        self._types: list[str | None] = [None, *RAID_TYPES]
        self._data: RaidData | None = None
        self._movement_pending = False
        # Every filter (type, band, open, heat-map cell, codes and the text box) changes
        # the proxy's rows; the subtitle counts what the table shows after each change.
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_subtitle)
        self._build()
        self.reload()
        self._on_open_toggled(self.open_only.isChecked())

    # -- building --------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[Any, str]], chars: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        model = ChoiceListModel(items, combo)
        use_choices(combo, model, chars)
        return combo

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setText(action.text().split("\t")[0])
        return button

    def _build_actions(self) -> QHBoxLayout:
        self.raid_actions = RaidActions(self.ctx, self.table, self.selected_rows,
                                        self.current_row, self.scope_project_id,
                                        self._open_project)
        self.raid_actions.kind_of_tab = self.current_kind
        add = QToolButton(self)
        add.setObjectName("raid_add")
        add.setText(tr("Add"))
        add.setMenu(self.raid_actions.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setToolTip(tr("Add a risk, issue, assumption, dependency, decision or action "
                          "(Insert)"))
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(add)
        a = self.raid_actions
        for action, name in ((a.edit_action, "raid_edit_button"),
                             (a.close_action, "raid_close_button"),
                             (a.reopen_action, "raid_reopen_button"),
                             (a.materialise_action, "raid_materialise_button"),
                             (a.delete_action, "raid_delete_button")):
            row.addWidget(self._button(action, name))
        columns = QToolButton(self)
        columns.setObjectName("raid_columns")
        columns.setText(tr("Columns"))
        columns.setToolTip(tr("Choose the columns of this tab (or right-click the header)"))
        columns.clicked.connect(lambda: self.chooser.menu().popup(
            columns.mapToGlobal(columns.rect().bottomLeft())))
        row.addWidget(columns)
        row.addStretch(1)
        return row

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Risks & RAID"))
        self.type_tabs = QTabBar(self)
        self.type_tabs.setObjectName("raid_type_tabs")
        self.type_tabs.setDrawBase(False)
        self.type_tabs.setExpanding(False)
        for kind in self._types:
            self.type_tabs.addTab(tr("All") if kind is None else tr(TYPE_TITLES[kind]))
        self.type_tabs.currentChanged.connect(self._on_type_tabs_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("raid_search")
        self.search.setPlaceholderText(tr("Filter by project, title, owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.proxy.set_text)
        self.band_filter = QComboBox(self)
        self.band_filter.setObjectName("raid_band_filter")
        self.band_filter.addItem(tr("Any band"), None)
        for band in self.ctx.store.risk_bands().bands[::-1]:
            self.band_filter.addItem(band.label, band.value)
        self.band_filter.currentIndexChanged.connect(self._on_band_filter_changed)
        self.scope = ScopeBox(self)
        self.scope.scope_changed.connect(self._on_scope_changed)
        self.flag_filter = self._combo("raid_flag_filter", [(k, tr(t)) for k, t in FLAG_CHOICES],
                                       11)
        self.flag_filter.setToolTip(tr("Open items whose review or due date has passed, "
                                       "or that have no owner"))
        self.flag_filter.currentIndexChanged.connect(self._on_flag_filter_changed)
        self.open_only = QCheckBox(tr("Open only"), self)
        self.open_only.setObjectName("raid_open_only")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._on_open_toggled)
        self.clear_button = QPushButton(tr("Clear filters"), self)
        self.clear_button.setObjectName("raid_clear_filters")
        self.clear_button.clicked.connect(self._on_clear_clicked)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.type_tabs)
        tools.addStretch(1)
        tools.addWidget(self.search)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.scope)
        filters.addWidget(self.flag_filter)
        filters.addWidget(self.band_filter)
        filters.addWidget(self.open_only)
        filters.addWidget(self.clear_button)
        self.table = make_table_view(self.proxy, "raid_table", self)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        fit_columns(self.table, self.model.columns())
        self.chooser = ColumnChooser(self.table, self.register, self.ctx.settings)
        self.chooser.set_tab(None)
        action_row = self._build_actions()
        action_row.addLayout(filters)
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
        page_layout.addLayout(tools)
        page_layout.addLayout(action_row)
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
        self._show_counts(counts, totals)
        self._update_subtitle()

    def _show_counts(self, counts: dict[str, int], totals: dict[str, int]) -> None:
        for n, kind in enumerate(self._types):
            if kind is not None:
                self.type_tabs.setTabText(n, f"{tr(TYPE_TITLES[kind])} ({counts[kind]})")
                self.type_tabs.setTabToolTip(n, tr("{o} open of {t} in all").format(
                    o=counts[kind], t=totals[kind]))

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
        self._on_clear_clicked()
        kind = filters.get("type")
        if kind in self._types:
            self.type_tabs.setCurrentIndex(self._types.index(kind))
        bands = filters.get("band")
        if bands:
            values = [bands] if isinstance(bands, str) else list(bands)
            if len(values) == 1:
                self.band_filter.setCurrentIndex(max(0, self.band_filter.findData(values[0])))
            else:
                self.proxy.set_facet("band", values)
        if "open" in filters:
            self.open_only.setChecked(bool(filters["open"]))
        if filters.get("code"):
            self.set_scope("project", str(filters["code"]))
        elif filters.get("programme"):
            self.set_scope("programme", str(filters["programme"]))
        flag = filters.get("flag")
        if flag:
            key = flag if str(flag).startswith("flag") else f"flag:{flag}"
            self.flag_filter.setCurrentIndex(max(0, self.flag_filter.findData(key)))
        cell = filters.get("cell")
        if cell:
            self._set_cell((int(cell[0]), int(cell[1])))
        if filters.get("threat"):
            self.proxy.set_facet("threat", ["threat"])
        if filters.get("text"):
            self.search.setText(str(filters["text"]))
        self._update_subtitle()

    def _set_cell(self, cell: tuple[int, int] | None) -> None:
        self.heatmap.set_selected(cell)
        facet, other = ("rcell", "cell") if self.side.residual else ("cell", "rcell")
        self.proxy.set_facet(other, None)
        self.proxy.set_facet(facet, None if cell is None else [f"{cell[0]}-{cell[1]}"])
        if cell is not None:
            self.type_tabs.setCurrentIndex(self._types.index("risk"))
            self.proxy.set_facet("threat", ["threat"])
        else:
            self.proxy.set_facet("threat", None)
        self._update_subtitle()

    # -- slots -----------------------------------------------------------------
    @Slot(int)
    def _on_type_tabs_changed(self, index: int) -> None:
        kind = self._types[index] if 0 <= index < len(self._types) else None
        self.proxy.set_facet("type", None if kind is None else [kind])
        self.chooser.set_tab(kind)
        self._update_subtitle()

    @Slot(int)
    def _on_band_filter_changed(self, index: int) -> None:
        band = self.band_filter.itemData(index)
        self.proxy.set_facet("band", [band] if band else None)
        self._update_subtitle()

    @Slot(bool)
    def _on_open_toggled(self, checked: bool) -> None:
        self.proxy.set_facet("open", ["open"] if checked else None)
        self._update_subtitle()

    @Slot(int, int)
    def _on_heatmap_cell_clicked(self, probability: int, impact: int) -> None:
        cell = (probability, impact)
        current = self.proxy.facet_values("rcell" if self.side.residual else "cell")
        self._set_cell(None if current == frozenset({f"{probability}-{impact}"}) else cell)

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.search.clear()
        self.band_filter.setCurrentIndex(0)
        self.type_tabs.setCurrentIndex(0)
        self.scope.set_scope(None)
        self.flag_filter.setCurrentIndex(0)
        self.proxy.set_facet("band", None)
        self._set_cell(None)
        self.open_only.setChecked(True)

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
        index = self.type_tabs.currentIndex()
        return self._types[index] if 0 <= index < len(self._types) else None

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

    @Slot(object)
    def _on_scope_changed(self, codes: list[str] | None) -> None:
        self.proxy.set_codes(codes)
        self._update_subtitle()

    @Slot(int)
    def _on_flag_filter_changed(self, _index: int) -> None:
        chosen = self.flag_filter.currentData()
        for key, _text in FLAG_CHOICES:
            if key is not None:
                self.proxy.set_facet(key, ["yes"] if key == chosen else None)
        self._update_subtitle()

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
        self._show_counts(counts, totals)
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
