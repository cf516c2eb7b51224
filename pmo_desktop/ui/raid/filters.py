"""The RAID register's filters: the type tabs, the text box, the scope, flag and band
choices and "Open only"; each sets a facet of the register's proxy. ``apply`` takes the
filters another view asks for (``RaidView.apply_filter``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, \
    QTabBar, QWidget

from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.domain.raid import Flag

from ..context import AppContext
from ..viewkit.choices import ChoiceListModel, use_choices
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy
from .scope import ScopeBox

TYPE_TITLES = {"risk": "Risks", "issue": "Issues", "assumption": "Assumptions",
               "dependency": "Dependencies", "decision": "Decisions", "action": "Actions"}
FLAG_CHOICES = [(None, "Any flag"), ("flagged", "Flagged (any)"),
                *((f"flag:{f.value}", f.label) for f in Flag)]

Cell = tuple[int, int]


class RaidFilters(QObject):
    """The filter widgets of the register (children of ``view``) over ``proxy``;
    ``set_cell`` selects a heat-map cell (``None``: none), which the view owns.

    ``tools`` lays out the type tabs and the text box, ``row`` the other filters.

    Signals:
        changed(): a filter changed what the table shows.
        tab_changed(object): the type tab chosen (a RAID type, ``None`` for all).
    """

    changed = Signal()
    tab_changed = Signal(object)

    def __init__(self, view: QWidget, ctx: AppContext, proxy: KeyedFilterProxy,
                 set_cell: Callable[[Cell | None], None]) -> None:
        super().__init__(view)
        self.proxy = proxy
        self._set_cell = set_cell
        self.types: list[str | None] = [None, *RAID_TYPES]
        self.type_tabs = QTabBar(view)
        self.type_tabs.setObjectName("raid_type_tabs")
        self.type_tabs.setDrawBase(False)
        self.type_tabs.setExpanding(False)
        for kind in self.types:
            self.type_tabs.addTab(tr("All") if kind is None else tr(TYPE_TITLES[kind]))
        self.type_tabs.currentChanged.connect(self._on_type_tabs_changed)
        self.search = QLineEdit(view)
        self.search.setObjectName("raid_search")
        self.search.setPlaceholderText(tr("Filter by project, title, owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.proxy.set_text)
        self.band_filter = QComboBox(view)
        self.band_filter.setObjectName("raid_band_filter")
        self.band_filter.addItem(tr("Any band"), None)
        for band in ctx.store.risk_bands().bands[::-1]:
            self.band_filter.addItem(band.label, band.value)
        self.band_filter.currentIndexChanged.connect(self._on_band_filter_changed)
        self.scope = ScopeBox(view)
        self.scope.scope_changed.connect(self._on_scope_changed)
        self.flag_filter = _combo(view, "raid_flag_filter",
                                  [(k, tr(t)) for k, t in FLAG_CHOICES], 11)
        self.flag_filter.setToolTip(tr("Open items whose review or due date has passed, "
                                       "or that have no owner"))
        self.flag_filter.currentIndexChanged.connect(self._on_flag_filter_changed)
        self.open_only = QCheckBox(tr("Open only"), view)
        self.open_only.setObjectName("raid_open_only")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._on_open_toggled)
        self.clear_button = QPushButton(tr("Clear filters"), view)
        self.clear_button.setObjectName("raid_clear_filters")
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.tools = QHBoxLayout()
        self.tools.setSpacing(8)
        self.tools.addWidget(self.type_tabs)
        self.tools.addStretch(1)
        self.tools.addWidget(self.search)
        self.row = QHBoxLayout()
        self.row.setSpacing(6)
        for widget in (self.scope, self.flag_filter, self.band_filter, self.open_only,
                       self.clear_button):
            self.row.addWidget(widget)

    def filter_open_only(self) -> None:
        """Filter by "Open only" as it stands (the box starts ticked)."""
        self._on_open_toggled(self.open_only.isChecked())

    def current_kind(self) -> str | None:
        """The RAID type of the tab shown (``None``: all)."""
        index = self.type_tabs.currentIndex()
        return self.types[index] if 0 <= index < len(self.types) else None

    def show_risks(self) -> None:
        """Show the risks' tab (a heat-map cell holds risks only)."""
        self.type_tabs.setCurrentIndex(self.types.index("risk"))

    def show_counts(self, counts: dict[str, int], totals: dict[str, int]) -> None:
        """Each type's tab with its open items, and all its items in the tooltip."""
        for n, kind in enumerate(self.types):
            if kind is not None:
                self.type_tabs.setTabText(n, f"{tr(TYPE_TITLES[kind])} ({counts[kind]})")
                self.type_tabs.setTabToolTip(n, tr("{o} open of {t} in all").format(
                    o=counts[kind], t=totals[kind]))

    def apply(self, filters: dict[str, Any]) -> None:
        """Clear the filters, then set those of ``filters`` (``RaidView.apply_filter``)."""
        self.clear()
        kind = filters.get("type")
        if kind in self.types:
            self.type_tabs.setCurrentIndex(self.types.index(kind))
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
            self.scope.set_scope("project", str(filters["code"]))
        elif filters.get("programme"):
            self.scope.set_scope("programme", str(filters["programme"]))
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

    def clear(self) -> None:
        """Every filter back to showing all open items."""
        self.search.clear()
        self.band_filter.setCurrentIndex(0)
        self.type_tabs.setCurrentIndex(0)
        self.scope.set_scope(None)
        self.flag_filter.setCurrentIndex(0)
        self.proxy.set_facet("band", None)
        self._set_cell(None)
        self.open_only.setChecked(True)

    # -- slots -----------------------------------------------------------------
    @Slot(int)
    def _on_type_tabs_changed(self, index: int) -> None:
        kind = self.types[index] if 0 <= index < len(self.types) else None
        self.proxy.set_facet("type", None if kind is None else [kind])
        self.tab_changed.emit(kind)
        self.changed.emit()

    @Slot(int)
    def _on_band_filter_changed(self, index: int) -> None:
        band = self.band_filter.itemData(index)
        self.proxy.set_facet("band", [band] if band else None)
        self.changed.emit()

    @Slot(bool)
    def _on_open_toggled(self, checked: bool) -> None:
        self.proxy.set_facet("open", ["open"] if checked else None)
        self.changed.emit()

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.clear()

    @Slot(object)
    def _on_scope_changed(self, codes: list[str] | None) -> None:
        self.proxy.set_codes(codes)
        self.changed.emit()

    @Slot(int)
    def _on_flag_filter_changed(self, _index: int) -> None:
        chosen = self.flag_filter.currentData()
        for key, _text in FLAG_CHOICES:
            if key is not None:
                self.proxy.set_facet(key, ["yes"] if key == chosen else None)
        self.changed.emit()


def _combo(parent: QWidget, name: str, items: list[tuple[Any, str]], chars: int) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    model = ChoiceListModel(items, combo)
    use_choices(combo, model, chars)
    return combo


__all__ = ["FLAG_CHOICES", "TYPE_TITLES", "RaidFilters"]
