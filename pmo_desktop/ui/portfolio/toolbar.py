"""The portfolio view's top row: title, search, the Filter menu, Group, the Columns menu
and New project; and what the Filter, Group and Columns controls do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QToolButton, QVBoxLayout,
)

from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.plain import menu_text, plain_label

from .columns import COLUMNS
from .filters import FACET_TITLES, FACETS, TRENDS, PortfolioFilter

if TYPE_CHECKING:
    from .view import PortfolioView

SETTINGS_GROUPED = "portfolio/grouped"


def _menu_button(text: str, icon_name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setIcon(icon(icon_name))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


class Toolbar(QObject):
    """Builds the top row of the view and runs its Filter, Group and Columns controls."""

    def __init__(self, view: PortfolioView, ctx: AppContext) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = ctx
        self.model = view.model

    def build(self) -> QHBoxLayout:
        view = self.view
        top = QHBoxLayout()
        top.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        title = QLabel("Portfolio")
        title.setObjectName("viewTitle")
        self.subtitle = plain_label()
        self.subtitle.setObjectName("viewSubtitle")
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles)
        top.addStretch(1)

        self.search = QLineEdit()
        self.search.setObjectName("portfolioSearch")
        self.search.setPlaceholderText("Search projects  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(view.on_search_changed)
        top.addWidget(self.search, 1)

        self.filter_button = _menu_button("Filter", "filter")
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_menu.aboutToShow.connect(self._on_filter_menu_about_to_show)
        self.filter_button.setMenu(self.filter_menu)
        top.addWidget(self.filter_button)

        self.group_button = _menu_button("Group", "group")
        self.group_button.setObjectName("groupButton")
        self.group_button.setToolTip("Group the projects by programme")
        self.group_button.setCheckable(True)
        self.group_button.toggled.connect(self._on_group_toggled)
        top.addWidget(self.group_button)

        self.columns_button = _menu_button("Columns", "columns")
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(self._on_columns_menu_about_to_show)
        self.columns_button.setMenu(self.columns_menu)
        top.addWidget(self.columns_button)

        self.programmes_button = QPushButton("Programmes…")
        self.programmes_button.setObjectName("portfolioProgrammes")
        self.programmes_button.setToolTip("Add, edit or delete programmes")
        self.programmes_button.clicked.connect(self._on_programmes_clicked)
        top.addWidget(self.programmes_button)

        self.new_button = QPushButton(icon("add", "#ffffff"), "New project")
        self.new_button.setObjectName("primary")
        top.addWidget(self.new_button)
        return top

    def _on_programmes_clicked(self) -> None:
        from pmo_desktop.ui.programmes import open_programmes

        self.programmes_dialog = open_programmes(self.ctx, self.view)

    def restore(self) -> None:
        grouped = self.ctx.settings.value(SETTINGS_GROUPED, False, type=bool)
        self.group_button.setChecked(bool(grouped))

    # -- filters -------------------------------------------------------------------------
    @Slot()
    def _on_filter_menu_about_to_show(self) -> None:
        menu = self.filter_menu
        menu.clear()
        flt = self.model.filter()
        for facet in FACETS:
            sub = menu.addMenu(FACET_TITLES[facet])
            chosen = flt.facets.get(facet, frozenset())
            for value, label in self.model.distinct(facet):
                act = sub.addAction(menu_text(label))
                act.setCheckable(True)
                act.setChecked(value in chosen)
                act.setData((facet, value))
                act.triggered.connect(self._on_facet_action)
        menu.addSeparator()
        stale = menu.addAction("Stale status only")
        stale.setCheckable(True)
        stale.setChecked(flt.stale)
        stale.triggered.connect(self._on_stale_toggled)
        for key, label in TRENDS.items():
            act = menu.addAction(f"{label} since the last period")
            act.setCheckable(True)
            act.setChecked(flt.trend == key)
            act.setData(("trend", key))
            act.triggered.connect(self._on_facet_action)
        menu.addSeparator()
        clear = menu.addAction("Clear all filters")
        clear.setEnabled(flt.active)
        clear.triggered.connect(self.view._on_filters_cleared)

    @Slot()
    def _on_facet_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        facet, value = action.data()
        flt = self.model.filter()
        if facet == "trend":
            flt = PortfolioFilter.from_dict({**flt.to_dict(), "trend": "" if flt.trend == value
                                             else value})
        else:
            flt = flt.toggled(facet, value)
        self.model.set_filter(flt)

    @Slot(bool)
    def _on_stale_toggled(self, checked: bool) -> None:
        self.model.set_filter(PortfolioFilter.from_dict({**self.model.filter().to_dict(),
                                                         "stale": checked}))

    @Slot(bool)
    def _on_group_toggled(self, grouped: bool) -> None:
        self.model.set_grouped(grouped)
        self.ctx.settings.setValue(SETTINGS_GROUPED, grouped)

    # -- columns -------------------------------------------------------------------------
    def _fill_columns_menu(self, menu: QMenu) -> None:
        header = self.view.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            act = menu.addAction(col.title if col.kind != "rag" or col.key == "rag_overall"
                                 else f"RAG: {col.tip.split(' RAG')[0]}")
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(i))
            act.setEnabled(i != 0)
            act.setData(i)
            act.toggled.connect(self._on_column_toggled)
        menu.addSeparator()
        menu.addAction("Reset columns").triggered.connect(self._on_reset_columns)

    @Slot()
    def _on_columns_menu_about_to_show(self) -> None:
        self.columns_menu.clear()
        self._fill_columns_menu(self.columns_menu)

    @Slot(QPoint)
    def on_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        self._fill_columns_menu(menu)
        menu.popup(self.view.table.horizontalHeader().mapToGlobal(pos))

    @Slot(bool)
    def _on_column_toggled(self, checked: bool) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.view.table.horizontalHeader().setSectionHidden(int(action.data()), not checked)
            self.view._save_header()

    @Slot()
    def _on_reset_columns(self) -> None:
        self.view._reset_columns()
