"""The portfolio view: the project table, its filters as chips, and the project actions.

This module is the view's frame: the table and its remembered columns, the chips and the
search, and the public API. The top row and its Filter, Group and Columns controls are in
``toolbar``, the project actions and context menu in ``actions``, and the empty, loading
and no-match panels in ``states``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray, QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal, Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.viewkit.chips import ChipBar
from pmo_desktop.ui.viewkit.delegates import EditorDelegate, ProgressBarDelegate, RagChipDelegate
from pmo_desktop.ui.viewkit.table_copy import install_table_tools
from pmo_desktop.ui.viewkit.roles import Role

from .actions import ProjectActions
from .columns import COLUMN_INDEX, COLUMNS
from .filters import FACETS, PortfolioFilter
from .model import PortfolioModel
from .states import StatePanels
from .toolbar import Toolbar

SETTINGS_HEADER = "portfolio/header"
HEADER_STATE_VERSION = 1


class PortfolioView(QWidget):
    """Projects of the portfolio with sort, filter chips, grouping and editing.

    Signals:
        summary_changed(str): "12 of 40 projects" for the status bar.
        import_requested(): the empty state's "Import a tracker…" was clicked.
        demo_requested(): the empty state's "Open the demo portfolio" was clicked.
    """

    summary_changed = Signal(str)
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioView")
        self._ctx = ctx
        self.model = PortfolioModel(ctx, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._on_search_timeout)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)
        self._header_timer.timeout.connect(self._save_header)
        self.toolbar = Toolbar(self, ctx)
        self.project_actions = ProjectActions(self, ctx)
        self._build()
        self._restore()
        self.model.modelReset.connect(self._on_model_reset)
        self.model.shown_changed.connect(self._on_shown_changed)
        self.model.loaded.connect(self._on_loaded)
        self.model.figures_loaded.connect(self._on_loaded)
        self.model.rows_started.connect(self._on_rows_started)
        self._on_loaded()
        self._on_rows_started()
        self._on_model_reset()
        self._on_shown_changed(self.model.shown_count(), self.model.total_count())

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addLayout(self.toolbar.build())
        bar = self.toolbar
        self.subtitle, self.search = bar.subtitle, bar.search
        self.filter_button, self.filter_menu = bar.filter_button, bar.filter_menu
        self.group_button, self.new_button = bar.group_button, bar.new_button
        self.columns_button, self.columns_menu = bar.columns_button, bar.columns_menu
        self.new_button.clicked.connect(self.project_actions.on_new_project)

        self.chips = ChipBar()
        self.chips.chip_removed.connect(self._on_chip_removed)
        self.chips.cleared.connect(self._on_filters_cleared)
        layout.addWidget(self.chips)

        self.stack = QStackedWidget()
        self.table = self._build_table()
        self.table.installEventFilter(self)  # Enter opens the project
        self.stack.addWidget(self.table)
        self.states = StatePanels(self.stack)
        self.empty, self.loading = self.states.empty, self.states.loading
        self.no_match = self.states.no_match
        self.states.import_button.clicked.connect(self.import_requested)
        self.states.demo_button.clicked.connect(self.demo_requested)
        self.states.new_button.clicked.connect(self.project_actions.on_new_project)
        self.states.clear_button.clicked.connect(self._on_filters_cleared)
        layout.addWidget(self.stack, 1)
        self.project_actions.build()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("portfolioTable")
        table.setModel(self.model)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.clicked.connect(self._on_clicked)
        install_table_tools(table)  # Ctrl+C, Export table…
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setIconSize(QSize(16, 16))
        self._default_delegate = EditorDelegate(table)
        self._rag_delegate = RagChipDelegate(table)
        self._bar_delegate = ProgressBarDelegate(table)
        table.setItemDelegate(self._default_delegate)
        for i, col in enumerate(COLUMNS):
            if col.kind == "rag":
                table.setItemDelegateForColumn(i, self._rag_delegate)
            elif col.kind == "progress":
                table.setItemDelegateForColumn(i, self._bar_delegate)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.toolbar.on_header_menu)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        header.sortIndicatorChanged.connect(self._on_header_changed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    # -- settings ----------------------------------------------------------------------
    def _restore(self) -> None:
        header = self.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            header.resizeSection(i, col.width)
            header.setSectionHidden(i, not col.visible)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        state = self._ctx.settings.value(SETTINGS_HEADER)
        if isinstance(state, QByteArray) and not state.isEmpty():
            if header.restoreState(state) and header.count() != len(COLUMNS):
                self._reset_columns()
        self.toolbar.restore()

    @Slot()
    def _save_header(self) -> None:
        self._ctx.settings.setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    @Slot()
    def _on_header_changed(self) -> None:
        self._header_timer.start()

    def _reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, col in enumerate(COLUMNS):
            visual = header.visualIndex(i)
            if visual != i:
                header.moveSection(visual, i)
            header.setSectionHidden(i, not col.visible)
            header.resizeSection(i, col.width)
        self._save_header()

    # -- public API ----------------------------------------------------------------------
    def apply_filter(self, data: dict[str, Any]) -> None:
        """Show the projects ``data`` selects (see ``filters.PortfolioFilter.from_dict``)."""
        if "code" in data and len(data) == 1:
            self.select_code(str(data["code"]))
            return
        flt = PortfolioFilter.from_dict(data)
        self.search.blockSignals(True)
        self.search.setText(flt.text)
        self.search.blockSignals(False)
        self.model.set_filter(flt)

    def select_code(self, code: str) -> bool:
        index = self.model.index_for_code(code)
        if not index.isValid():
            self.model.set_filter(PortfolioFilter())
            self.search.clear()
            index = self.model.index_for_code(code)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def current_status(self) -> Any:
        return self.model.status(self.table.currentIndex())

    def selected_statuses(self) -> list[Any]:
        rows = self.table.selectionModel().selectedRows(0)
        out = [self.model.status(i) for i in rows]
        return [s for s in out if s is not None]

    def summary(self) -> str:
        shown, total = self.model.shown_count(), self.model.total_count()
        noun = "project" if total == 1 else "projects"
        return f"{total} {noun}" if shown == total else f"{shown} of {total} {noun} shown"

    # -- model signals -------------------------------------------------------------------
    @Slot()
    def _on_loaded(self) -> None:
        parts = [f"As of {self.model.as_of:%d %b %Y}"]
        if self.model.period_label:
            parts.append(f"trends against {self.model.period_label}")
        if not self.model.figures_ready():
            parts.append("loading the figures…")
        self.subtitle.setText("  ·  ".join(parts))

    @Slot()
    def _on_rows_started(self) -> None:
        """A large portfolio's rows are on their way: say so until there are some."""
        if self.model.rows_loading() and self.model.total_count() == 0:
            self.stack.setCurrentWidget(self.loading)
            self.subtitle.setText(f"As of {self.model.as_of:%d %b %Y}  ·  loading the projects…")

    @Slot()
    def _on_model_reset(self) -> None:
        self.table.clearSpans()
        for row in self.model.group_rows():
            self.table.setSpan(row, 0, 1, len(COLUMNS))
        self._update_chips()
        self.states.show_for(self.model, self.table)

    @Slot(int, int)
    def _on_shown_changed(self, _shown: int, _total: int) -> None:
        self.summary_changed.emit(self.summary())

    def _update_chips(self) -> None:
        flt = self.model.filter()
        # The menus' labels are looked up only for the facets the filter uses (every
        # reset, a sort too, comes here).
        labels = {f"{facet}:{value}": label for facet in FACETS if flt.facets.get(facet)
                  for value, label in self.model.distinct(facet)}
        self.chips.set_chips(flt.chips(labels))

    # -- search and chips ---------------------------------------------------------------
    @Slot(str)
    def on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timeout(self) -> None:
        self.model.set_filter(self.model.filter().with_text(self.search.text()))

    @Slot()
    def on_find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot(str)
    def _on_chip_removed(self, key: str) -> None:
        if key == "text":
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.model.set_filter(self.model.filter().without(key))

    @Slot()
    def _on_filters_cleared(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter(PortfolioFilter())

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if self.model.is_group_row(index.row()):
            self.model.toggle_group(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter on a row opens the project (unless a cell is being edited).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.project_actions.on_open_current()
            return True
        return super().eventFilter(watched, event)


__all__ = ["PortfolioView", "Role", "COLUMN_INDEX"]
