"""The portfolio view: the project table, its filters as chips, and the project actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray, QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox,
    QPushButton, QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from pmo_desktop.store import StoreError
from pmo_desktop.ui.commands import (
    CreateCommand, DeleteCommand, EditFieldsCommand, child_counts, entity_label, run,
)
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.icons import icon
from pmo_desktop.ui.plain import inform, menu_text, message_box, plain_label, warn
from pmo_desktop.ui.viewkit.roles import Role
from pmo_desktop.ui.viewkit.chips import ChipBar
from pmo_desktop.ui.viewkit.delegates import EditorDelegate, ProgressBarDelegate, RagChipDelegate
from pmo_desktop.ui.viewkit.empty_state import EmptyPanel

from .columns import COLUMN_INDEX, COLUMNS
from .filters import FACET_TITLES, FACETS, TRENDS, PortfolioFilter
from .model import PortfolioModel

SETTINGS_HEADER = "portfolio/header"
SETTINGS_GROUPED = "portfolio/grouped"
HEADER_STATE_VERSION = 1
EMPTY_TEXT = "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio"


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
        self.search.textChanged.connect(self._on_search_changed)
        top.addWidget(self.search, 1)

        self.filter_button = QToolButton()
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setText("Filter")
        self.filter_button.setIcon(icon("filter"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_menu.aboutToShow.connect(self._on_filter_menu_about_to_show)
        self.filter_button.setMenu(self.filter_menu)
        top.addWidget(self.filter_button)

        self.group_button = QToolButton()
        self.group_button.setObjectName("groupButton")
        self.group_button.setText("Group")
        self.group_button.setToolTip("Group the projects by programme")
        self.group_button.setIcon(icon("group"))
        self.group_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.group_button.setCheckable(True)
        self.group_button.toggled.connect(self._on_group_toggled)
        top.addWidget(self.group_button)

        self.columns_button = QToolButton()
        self.columns_button.setText("Columns")
        self.columns_button.setIcon(icon("columns"))
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(self._on_columns_menu_about_to_show)
        self.columns_button.setMenu(self.columns_menu)
        top.addWidget(self.columns_button)

        self.new_button = QPushButton(icon("add", "#ffffff"), "New project")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self._on_new_project)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.chips = ChipBar()
        self.chips.chip_removed.connect(self._on_chip_removed)
        self.chips.cleared.connect(self._on_filters_cleared)
        layout.addWidget(self.chips)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.clicked.connect(self._on_clicked)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)
        self.table.setIconSize(QSize(16, 16))
        self._default_delegate = EditorDelegate(self.table)
        self._rag_delegate = RagChipDelegate(self.table)
        self._bar_delegate = ProgressBarDelegate(self.table)
        self.table.setItemDelegate(self._default_delegate)
        for i, col in enumerate(COLUMNS):
            if col.kind == "rag":
                self.table.setItemDelegateForColumn(i, self._rag_delegate)
            elif col.kind == "progress":
                self.table.setItemDelegateForColumn(i, self._bar_delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        header.sortIndicatorChanged.connect(self._on_header_changed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(self.table)

        self.empty = EmptyPanel("No projects yet", EMPTY_TEXT, "portfolio")
        self.empty.setObjectName("portfolioEmpty")
        self.empty.add_button("Import a tracker…", primary=True).clicked.connect(
            self.import_requested)
        self.empty.add_button("Open the demo portfolio").clicked.connect(self.demo_requested)
        self.empty.add_button("New project").clicked.connect(self._on_new_project)
        self.stack.addWidget(self.empty)

        self.loading = EmptyPanel("Loading the portfolio…",
                                  "The projects appear here in a moment.", "portfolio")
        self.loading.setObjectName("portfolioLoading")
        self.stack.addWidget(self.loading)

        self.no_match = EmptyPanel("No projects match these filters",
                                   "Remove a filter chip above, or clear them all.", "filter")
        self.no_match.add_button("Clear filters", primary=True).clicked.connect(
            self._on_filters_cleared)
        self.stack.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)
        self._build_actions()

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.find_action = self._action("Find", self._on_find, QKeySequence.StandardKey.Find)
        self.new_action = self._action("New project…", self._on_new_project, "Ctrl+N", "add")
        self.edit_action = self._action("Edit project…", self._on_edit_project, "Ctrl+E", "edit")
        self.rag_action = self._action("Update status and RAG…", self._on_edit_rag, "Ctrl+R")
        self.duplicate_action = self._action("Duplicate project…", self._on_duplicate_project,
                                             "Ctrl+D", "duplicate")
        self.delete_action = QAction(icon("delete"), "Delete project…", self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_project)
        self.table.addAction(self.delete_action)
        self.open_action = self._action("Open project", self._on_open_current, None, "project")

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
        grouped = self._ctx.settings.value(SETTINGS_GROUPED, False, type=bool)
        self.group_button.setChecked(bool(grouped))

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
        if self.model.total_count() == 0 and self.model.rows_loading():
            self.stack.setCurrentWidget(self.loading)
        elif self.model.total_count() == 0:
            self.stack.setCurrentWidget(self.empty)
        elif self.model.shown_count() == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)

    @Slot(int, int)
    def _on_shown_changed(self, _shown: int, _total: int) -> None:
        self.summary_changed.emit(self.summary())

    def _update_chips(self) -> None:
        flt = self.model.filter()
        labels = {f"{facet}:{value}": label for facet in FACETS
                  for value, label in self.model.distinct(facet)}
        self.chips.set_chips(flt.chips(labels))

    # -- filters -------------------------------------------------------------------------
    @Slot(str)
    def _on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timeout(self) -> None:
        self.model.set_filter(self.model.filter().with_text(self.search.text()))

    @Slot()
    def _on_find(self) -> None:
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
        clear.triggered.connect(self._on_filters_cleared)

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
        self._ctx.settings.setValue(SETTINGS_GROUPED, grouped)

    # -- columns -------------------------------------------------------------------------
    def _fill_columns_menu(self, menu: QMenu) -> None:
        header = self.table.horizontalHeader()
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
    def _on_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    @Slot(bool)
    def _on_column_toggled(self, checked: bool) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.table.horizontalHeader().setSectionHidden(int(action.data()), not checked)
            self._save_header()

    @Slot()
    def _on_reset_columns(self) -> None:
        self._reset_columns()

    # -- opening and editing --------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if self.model.is_group_row(index.row()):
            self.model.toggle_group(index.row())

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model.status(index) is None:
            return
        col = COLUMNS[index.column()]
        if col.kind == "rag":
            self._edit_rag(self.model.status(index))
        elif not col.field:
            self._open(self.model.status(index))

    @Slot()
    def _on_open_current(self) -> None:
        status = self.current_status()
        if status is not None:
            self._open(status)

    def _open(self, status: Any) -> None:
        self._ctx.navigate.emit("project", {"code": status.code})

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        status = self.model.status(index)
        menu = QMenu(self)
        if status is not None:
            menu.addAction(self.open_action)
            menu.addAction(self.edit_action)
            menu.addAction(self.rag_action)
            menu.addSeparator()
            menu.addAction(self.duplicate_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _dialog_context(self) -> dict[str, Any]:
        return {"programmes": [name for name, _l in self.model.distinct("programme")],
                "people": sorted({p for f in ("manager", "sponsor")
                                  for p, _l in self.model.distinct(f)}, key=str.casefold)}

    @Slot()
    def _on_new_project(self) -> None:
        from .project_dialog import ProjectDialog

        dialog = ProjectDialog(self._ctx, None, self, **self._dialog_context())
        if dialog.exec():
            values = dialog.values()
            if run(self._ctx, CreateCommand(self._ctx, "project", values,
                                            f"New project {values['code']}")):
                self.select_code(values["code"])

    def _current_row(self) -> tuple[Any, dict[str, Any] | None]:
        """The selected project's status and its stored row (None when gone)."""
        status = self.current_status()
        if status is None:
            return None, None
        return status, self._ctx.store.get("project", status.id)

    @Slot()
    def _on_edit_project(self) -> None:
        status, row = self._current_row()
        if row is None:
            return
        from .project_dialog import ProjectDialog

        dialog = ProjectDialog(self._ctx, row, self, calculated=status.calculated,
                               **self._dialog_context())
        if dialog.exec():
            self._push_edit(status, dialog.values(), f"Edit project {status.code}")

    @Slot()
    def _on_edit_rag(self) -> None:
        status = self.current_status()
        if status is not None:
            self._edit_rag(status)

    def _edit_rag(self, status: Any) -> None:
        from .project_dialog import StatusDialog

        row = self._ctx.store.get("project", status.id)
        if row is None:
            return
        dialog = StatusDialog(self._ctx, row, status.calculated, self)
        if dialog.exec():
            self._push_edit(status, dialog.values(), f"Update status of {status.code}")

    def _push_edit(self, status: Any, values: dict[str, Any], text: str) -> None:
        try:
            command = EditFieldsCommand(self._ctx, "project", status.id, values, text)
        except StoreError as exc:
            warn(self, "Not saved", str(exc))
            return
        if command.new_values and not run(self._ctx, command):
            warn(self, "Not saved", command.error or "The change was refused.")

    @Slot()
    def _on_duplicate_project(self) -> None:
        _status, row = self._current_row()
        if row is None:
            return
        from .project_dialog import ProjectDialog, suggest_code

        copy = dict(row)
        copy["code"] = suggest_code(row["code"], self._ctx.store)
        copy["name"] = f"{row['name']} (copy)"
        dialog = ProjectDialog(self._ctx, copy, self, duplicate=True, **self._dialog_context())
        if dialog.exec():
            values = dialog.values()
            if run(self._ctx, CreateCommand(self._ctx, "project", values,
                                            f"Duplicate {row['code']} as {values['code']}")):
                self.select_code(values["code"])

    @Slot()
    def _on_delete_project(self) -> None:
        statuses = self.selected_statuses() or [s for s in [self.current_status()] if s]
        if not statuses:
            return
        if len(statuses) > 1:
            inform(self, "Delete project", "Select one project to delete at a time.")
            return
        status = statuses[0]
        counts = child_counts(self._ctx, "project", status.id)
        parts = [f"{n} {entity_label(name)}{'s' if n != 1 else ''}"
                 for name, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        detail = ("It takes with it " + ", ".join(parts) + "." if parts
                  else "Nothing else is recorded against it.")
        box = message_box(self, QMessageBox.Icon.Warning, "Delete project",
                          f"Delete {status.code} — {status.name}?",
                          f"{detail}\nYou can undo this with Ctrl+Z.")
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            command = DeleteCommand(self._ctx, "project", status.id,
                                    f"Delete project {status.code}")
        except StoreError as exc:
            warn(self, "Not deleted", str(exc))
            return
        run(self._ctx, command)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter on a row opens the project (unless a cell is being edited).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.table.state() != QAbstractItemView.State.EditingState):
            self._on_open_current()
            return True
        return super().eventFilter(watched, event)


__all__ = ["PortfolioView", "Role", "COLUMN_INDEX"]
