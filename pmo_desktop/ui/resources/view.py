"""Resources: committed utilisation per role and person × month, as a heat map."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.capacity import UtilBand
from pmo_desktop.domain.portfolio_rules import LOOKAHEAD_MONTHS, is_over_allocated
from pmo_desktop.domain.money import MISSING, format_pct
from pmo_desktop.store.labels import plural
from pmo_desktop.store.queries import month_of
from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import parse_date
from pmo_desktop.store.queries_resources import HeatRow, ResourceHeatmap, resource_heatmap

from ..context import AppContext
from ..viewkit.delegates import HeatCellDelegate
from ..viewkit.fmt import text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.models import CENTRE, RIGHT, Column
from ..viewkit.widgets import apply_column_widths, make_table_view, page_header, stacked_page
from .editing import ResourceEditing

LEGEND = (UtilBand.LOW, UtilBand.UNDER, UtilBand.TARGET, UtilBand.OVER, UtilBand.HOTSPOT,
          UtilBand.NONE)


def _month_title(month: str) -> str:
    day = parse_date(f"{month}-01")
    return day.strftime("%b %y") if day else month


def _cell_text(k: int) -> Callable[[HeatRow], str]:
    def text(r: HeatRow) -> str:
        pct = r.cells[k].pct
        return MISSING if pct is None else format_pct(pct, 0)
    return text


def _cell_heat(k: int) -> Callable[[HeatRow], str | None]:
    return lambda r: r.cells[k].band.colour


def _cell_key(k: int) -> Callable[[HeatRow], Any]:
    return lambda r: r.cells[k].pct


def _cell_tip(k: int) -> Callable[[HeatRow], str]:
    def tip(r: HeatRow) -> str:
        c = r.cells[k]
        return tr("{who}: {a:,.0f} h allocated of {c:,.0f} h capacity ({p}) — {b}").format(
            who=r.name, a=c.allocated, c=c.capacity, p=format_pct(c.pct, 0), b=c.band.label)
    return tip


def heat_columns(months: list[str], sizes: dict[str, int]) -> list[Column[HeatRow]]:
    """``sizes`` is the number of people per role (shown on the role rows)."""
    cols: list[Column[HeatRow]] = [
        Column(tr("Role / person"), lambda r: r.name if r.kind == "role" else f"    {r.name}",
               width=210),
        Column(tr("Team"), lambda r: text_or_dash(r.team) if r.kind == "person" else
               plural(sizes.get(r.role, 0), "person", "people"), width=150),
    ]
    for k, month in enumerate(months):
        cols.append(Column(_month_title(month), _cell_text(k), key=_cell_key(k),
                           heat=_cell_heat(k), tooltip=_cell_tip(k), align=CENTRE, width=72))
    cols.append(Column(tr("Peak"), lambda r: format_pct(r.peak_pct, 0),
                       key=lambda r: r.peak_pct, align=RIGHT, width=64))
    return cols


class _Read(NamedTuple):
    """What the background read hands to ``fill``."""

    heat: ResourceHeatmap
    sizes: dict[str, int]  # people per role
    prepared: PreparedRows[HeatRow]
    people: int
    over: int  # people over-allocated in some month


class ResourcesView(LoadingPage):
    """Utilisation heat map; ``apply_filter`` takes ``over_allocated``, ``people``,
    ``role`` and ``text``."""

    ENTITIES = frozenset({"resource", "role", "capacity", "allocation", "project", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "resources_view", parent)
        self.model: KeyedTableModel[HeatRow] = KeyedTableModel(
            [], facets={
                "kind": lambda r: r.kind,
                "over": lambda r: "over" if is_over_allocated(r.peak_pct) else "ok",
                "person": lambda r: r.name if r.kind == "person" else None,
                "role": lambda r: r.role,
            }, parent=self, emphasis=lambda r: r.kind == "role")
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Resources"))
        self.horizon = QComboBox(self)
        self.horizon.setObjectName("resources_horizon")
        # The look-ahead the dashboard, check and the pack count over-allocation in.
        self.horizon.addItem(tr("Look-ahead ({n} months)").format(n=LOOKAHEAD_MONTHS + 1),
                             LOOKAHEAD_MONTHS + 1)
        for months in (6, 9, 12):
            self.horizon.addItem(tr("Next {n} months").format(n=months), months)
        self.horizon.setCurrentIndex(self.horizon.findData(6))
        self.horizon.currentIndexChanged.connect(self._on_horizon_changed)
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("resources_show")
        for text, key in ((tr("Roles and people"), "all"), (tr("Roles only"), "roles"),
                          (tr("Over-allocated people"), "over")):
            self.show_filter.addItem(text, key)
        self.show_filter.currentIndexChanged.connect(self._on_show_filter_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("resources_search")
        self.search.setPlaceholderText(tr("Filter by name, role, team…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.proxy.set_text)
        legend = QLabel(self)
        legend.setObjectName("resources_legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)  # wraps between bands instead of widening the window
        legend.setText("&nbsp; ".join(
            f"<span style='background-color:{b.colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{b.label}" for b in LEGEND))
        tools = QHBoxLayout()
        tools.addWidget(legend, 1)
        tools.addWidget(self.search)
        tools.addWidget(self.show_filter)
        tools.addWidget(self.horizon)
        self.table = make_table_view(self.proxy, "resources_table", self)
        self.table.setItemDelegate(HeatCellDelegate(self.table))
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(tools)
        page_layout.addWidget(self.table, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No people or capacity yet — import a resource plan (Ctrl+I), or add people "
            "with Add person…, to see who is over-allocated."))
        self.editing = ResourceEditing(self, header)  # buttons under the title, keys, menu
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    def read_job(self) -> Callable[[Store], _Read]:
        months = int(self.horizon.currentData() or 6)
        first = month_of(self.ctx.as_of())
        prepare = self.model.preparer()

        def read(store: Store) -> _Read:
            heat = resource_heatmap(store, first, months)
            sizes = {r.role: 0 for r in heat.rows}
            for r in heat.rows:
                sizes[r.role] += r.kind == "person"
            people = [r for r in heat.rows if r.kind == "person"]
            # Counted here, off the GUI thread: each peak reads every month's cell.
            over = sum(1 for r in people if is_over_allocated(r.peak_pct))
            return _Read(heat, sizes, prepare(heat.rows, heat_columns(heat.months, sizes)),
                         len(people), over)
        return read

    def fill(self, value: _Read) -> None:
        heat, sizes, prepared = value.heat, value.sizes, value.prepared
        columns = prepared.columns
        self.model.set_prepared(prepared)
        apply_column_widths(self.table, [c.width for c in columns])
        self._stack.setCurrentIndex(0 if heat.rows else 1)
        first = _month_title(heat.months[0]) if heat.months else ""
        last = _month_title(heat.months[-1]) if heat.months else ""
        self._subtitle.setText(tr(
            "{p} in {r} · {o} over-allocated · committed bookings, {a} – {b}"
        ).format(p=plural(value.people, "person", "people"), r=plural(len(sizes), "role"),
                 o=value.over, a=first, b=last))

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.search.clear()
        self.proxy.set_facet("person", None)
        self.proxy.set_facet("role", None)
        if filters.get("over_allocated"):
            # Over-allocated in the look-ahead: the window the dashboard tile counted in.
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
    def _on_show_filter_changed(self, _index: int) -> None:
        key = self.show_filter.currentData()
        self.proxy.set_facet("kind", ["role"] if key == "roles" else
                             ["person"] if key == "over" else None)
        self.proxy.set_facet("over", ["over"] if key == "over" else None)
