"""Which columns of the register show, per tab, chosen from the header's context menu (or
the Columns button) and remembered in QSettings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Slot
from PySide6.QtWidgets import QMenu, QTableView

from ..viewkit.i18n import tr
from .columns import DEFAULT_COLUMNS, RegisterColumn

SETTINGS_KEY = "raid/columns/{tab}"


class ColumnChooser(QObject):
    """Shows the columns chosen for the current tab (``set_tab``); ``menu()`` toggles
    them; the choice is kept under ``raid/columns/<tab>``."""

    def __init__(self, table: QTableView, columns: Sequence[RegisterColumn],
                 settings: QSettings) -> None:
        super().__init__(table)
        self.table = table
        self.ids = [c.id for c in columns]
        self.titles = {c.id: c.column.header_tip or c.column.title for c in columns}
        self.settings = settings
        self.tab: str | None = None
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def _key(self) -> str:
        return SETTINGS_KEY.format(tab=self.tab or "all")

    def shown(self) -> list[str]:
        """The ids of the columns the current tab shows."""
        value = self.settings.value(self._key())
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and value:
            chosen = [str(v) for v in value if str(v) in self.ids]
            if chosen:
                return chosen
        return list(DEFAULT_COLUMNS[self.tab])

    def set_tab(self, tab: str | None) -> None:
        self.tab = tab
        self.apply()

    def apply(self) -> None:
        shown = set(self.shown())
        for n, cid in enumerate(self.ids):
            self.table.setColumnHidden(n, cid not in shown)

    def set_shown(self, cid: str, on: bool) -> None:
        """Show or hide one column on the current tab (and remember it)."""
        shown = [c for c in self.shown() if c != cid]
        if on:
            shown.append(cid)
        if not shown:  # the title at least
            shown = ["title"]
        self.settings.setValue(self._key(), [c for c in self.ids if c in shown])
        self.apply()

    def reset(self) -> None:
        self.settings.remove(self._key())
        self.apply()

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        menu.setObjectName("raid_columns_menu")
        shown = set(self.shown())
        for cid in self.ids:
            act = menu.addAction(self.titles[cid])
            act.setObjectName(f"raid_column_{cid}")
            act.setCheckable(True)
            act.setChecked(cid in shown)
            act.toggled.connect(lambda on, c=cid: self.set_shown(c, on))
        menu.addSeparator()
        reset = menu.addAction(tr("Default columns"))
        reset.setObjectName("raid_columns_reset")
        reset.triggered.connect(self.reset)
        return menu

    @Slot(QPoint)
    def _on_header_menu(self, pos: QPoint) -> None:
        self.menu().popup(self.table.horizontalHeader().mapToGlobal(pos))


__all__ = ["ColumnChooser", "SETTINGS_KEY"]
