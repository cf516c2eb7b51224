"""The portfolio model: one row per project, grouped or flat (``PortfolioModel``).

A small portfolio is read at once (its full statuses and the last closed period's
snapshots, a few ms at 40 projects). A large one (``BACKGROUND_FROM`` projects or
more) is read in two steps through the app's runner (``ctx.runner.query``, a
read-only copy off the GUI thread): the projects' own fields first
(``portfolio_reads.project_rows``, one fast query), shown with "…" in the figure
columns, then the full statuses and the trends' base, which replace the rows on the
GUI thread (``figures_loaded``),
re-sorting and re-filtering if the sort or the filter depends on them. A newer read
supersedes an older one, so a change while the figures load reads them again.

The model is built in layers, one concern each: ``cells.PortfolioCells`` (rows,
caches, what each cell shows), ``arrange.PortfolioArrangement`` (filter, sort,
programme groups), and this module (loading, reacting to ``ctx.changed``, the Qt
model interface). It stays a flat table so a ``QTableView`` never walks every row
(a ``QTreeView`` lays out all rows through Python calls on each reset, which costs
100+ ms at 10,000 rows). Edits in place go through ``EditFieldsCommand`` on the undo
stack; the model then refreshes from ``ctx.changed`` like every other view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont

from pmo_desktop.operations import Result
from pmo_desktop.store import Store, StoreError
from pmo_desktop.store.portfolio_reads import (
    PortfolioFigures, TrendBase, portfolio_figures, project_count, project_rows,
    project_statuses, trend_base,
)
from pmo_desktop.store.queries import ProjectStatus
from pmo_desktop.ui.viewkit import theme
from pmo_desktop.ui.commands import EditFieldsCommand, run
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.plain import plain_tip
from pmo_desktop.ui.viewkit.roles import Role

from .arrange import PortfolioArrangement, PreparedRows, prepare_rows
from .cells import (
    _CHIP_ROLES, _LEFT, _NUMERIC, _RIGHT, _UNUSED_ROLES, DISPLAY, EDIT, Index,
)
from .columns import COLUMN_INDEX, COLUMNS, RAG_DIMENSIONS

# Roles as ints: ``data()`` compares against them for every cell of every repaint.
_DISPLAY, _EDIT = int(DISPLAY), int(EDIT)
_ALIGN, _FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP, _FONT = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.FontRole)
_SORT, _KEY, _ID, _KIND = int(Role.SORT), int(Role.KEY), int(Role.ID), int(Role.KIND)
_PROGRESS, _PROGRESS_TEXT = int(Role.PROGRESS), int(Role.PROGRESS_TEXT)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
_EDITABLE = tuple(bool(col.field) for col in COLUMNS)

# Kinds of record whose changes never alter a portfolio row.
_IRRELEVANT = frozenset({
    "issue", "assumption", "dependency", "decision", "action", "change_request", "baseline",
    "lesson", "role", "import_batch",
})


class PortfolioModel(PortfolioArrangement):
    """Projects as rows; see the module docstring.

    Signals (and those of ``PortfolioCells``):
        rows_started(): a large portfolio's rows are being read off the GUI thread.
    """

    rows_started = Signal()

    # Portfolios at least this big show their rows first and read the figures off
    # the GUI thread; smaller ones read everything at once (a few ms at 40 rows).
    BACKGROUND_FROM = 2000

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self._rows_loading = False
        self._figures_key = f"portfolio.figures.{id(self)}"
        self._code_font: QFont | None = None  # the code column's (one per model)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def rows_loading(self) -> bool:
        """Whether the rows themselves are still being read (a large portfolio's first
        step; the view shows a placeholder while it has none to show)."""
        return self._rows_loading

    def _settings(self) -> None:
        store = self._ctx.store
        self._as_of = self._ctx.as_of()
        th = store.thresholds()
        self._stale_days = th.stale_days
        self._slip_days = th.schedule_abs_days  # a longer slip is outside tolerance
        self._bei_amber, self._bei_red = th.bei_amber, th.bei_red
        self._currency = store.currency

    def reload(self) -> None:
        """Read every project again, keeping the filter, sort and grouping.

        A small portfolio is read here; a large one in two reads off the GUI thread:
        the projects' own fields (the rows shown meanwhile stay), then the figures."""
        self._settings()
        self._generation += 1
        if project_count(self._ctx.store) >= self.BACKGROUND_FROM:
            self._rows_loading = True
            self._figures_ready = False
            generation, as_of, days = self._generation, self._as_of, self._stale_days
            self.rows_started.emit()
            self._ctx.runner.query(
                lambda store: prepare_rows(project_rows(store), as_of, days),
                lambda rows: self._on_rows(generation, rows),
                key=self._figures_key,
                on_error=lambda message: self._on_figures_failed(generation, message))
            return
        rows = project_statuses(self._ctx.store, self._as_of)
        self._set_base(trend_base(self._ctx.store))
        self._show_rows(rows, figures_ready=True)
        self.figures_loaded.emit()

    def _on_rows(self, generation: int, prepared: PreparedRows) -> None:
        if generation != self._generation:
            return
        self._rows_loading = False
        self._show_rows(prepared.rows, figures_ready=False, prepared=prepared)
        self._read_figures()

    def _show_rows(self, rows: list[ProjectStatus], *, figures_ready: bool,
                   prepared: PreparedRows | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._figures_ready = figures_ready
        self._by_id = {s.id: i for i, s in enumerate(self._rows)}
        self._clear_caches()
        if prepared is not None:
            self._take_prepared(prepared)
        self._order = self._sorted(range(len(self._rows)))
        self._apply_filter()
        self.endResetModel()
        self.loaded.emit()
        self.shown_changed.emit(len(self._visible), len(self._rows))

    # -- figures read off the GUI thread ---------------------------------------------
    def _read_figures(self) -> None:
        as_of, days, generation = self._as_of, self._stale_days, self._generation

        def read(store: Store) -> tuple[PortfolioFigures, PreparedRows]:
            figures = portfolio_figures(store, as_of)
            return figures, prepare_rows(figures.statuses, as_of, days)

        def done(value: tuple[PortfolioFigures, PreparedRows]) -> None:
            self._on_figures(generation, *value)

        def failed(message: str) -> None:
            self._on_figures_failed(generation, message)

        self._ctx.runner.query(read, done, key=self._figures_key, on_error=failed)

    def _on_figures(self, generation: int, figures: PortfolioFigures,
                    prepared: PreparedRows) -> None:
        if generation != self._generation:
            return
        rows = figures.statuses
        if [s.id for s in rows] != [s.id for s in self._rows]:
            self.reload()  # the projects changed meanwhile: read them again
            return
        self._set_base(figures.base)
        self._swap_rows(rows, prepared)
        self._figures_ready = True
        self.figures_loaded.emit()

    def _on_figures_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._rows_loading = False
        self._figures_ready = True  # show what there is rather than "…" for ever
        self._clear_caches()
        if self._display:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._display) - 1,
                                                               len(COLUMNS) - 1))
        if message:
            self._ctx.status_message.emit(f"The portfolio figures could not be read: {message}")
        self.figures_loaded.emit()

    def _swap_rows(self, rows: list[ProjectStatus], prepared: PreparedRows) -> None:
        """Put the full statuses in place of the rows shown (same projects, same order)."""
        old_display = self._display
        self._rows = rows
        self._clear_caches()
        self._take_prepared(prepared)
        order = self._sorted(range(len(rows))) if self._sort_column >= 0 else self._order
        visible = (self._filter.apply(self._row_keys(), order,
                                      self._trends() if self._filter.trend else None)
                   if self._filter.active else list(order))
        if sorted(visible) != sorted(self._visible):
            # The filter selects other rows now (RAG or trend): a reset.
            self.beginResetModel()
            self._order = order
            self._visible = visible
            self._regroup()
            self.endResetModel()
            self.shown_changed.emit(len(self._visible), len(self._rows))
            return
        if order == self._order and visible == self._visible:
            if old_display:
                self.dataChanged.emit(self.index(0, 0), self.index(len(old_display) - 1,
                                                                   len(COLUMNS) - 1))
            return
        self._relayout(lambda: self._set_order(order, visible))

    def refresh_projects(self, ids: list[int]) -> None:
        """Re-read some projects in place (rows keep their positions)."""
        fresh = project_statuses(self._ctx.store, self._as_of, ids)
        if len(fresh) != len([i for i in ids if i in self._by_id]):
            self.reload()
            return
        for status in fresh:
            pos = self._by_id[status.id]
            self._rows[pos] = status
            self._cells.pop(pos, None)
            for dim in ("overall", *RAG_DIMENSIONS):
                self._chips.pop((pos, dim), None)
        self._keys = None
        self._trend_keys = None
        self._distinct = {}
        self._sort_keys = {}
        last = len(COLUMNS) - 1
        for status in fresh:
            index = self.index_for_code(status.code)
            if index.isValid():
                self.dataChanged.emit(index, self.index(index.row(), last, index.parent()))

    @Slot(object)
    def _on_changed(self, result: Result) -> None:
        if not result.reload_all and result.entities <= _IRRELEVANT:
            return  # nothing the table shows (or nothing at all) changed
        if not self._figures_ready:
            self.reload()  # the figures being read predate this change
            return
        if (not result.reload_all and result.entities == {"project"} and not result.created
                and not result.deleted and not self._grouped_field_changed(result)):
            self.refresh_projects(sorted({i for _e, i, _k in result.updated}))
            return
        self.reload()

    def _grouped_field_changed(self, result: Result) -> bool:
        # A project moved to another programme changes the groups: reload then.
        if not self._grouped:
            return False
        for _e, pid, _k in result.updated:
            pos = self._by_id.get(pid)
            row = self._ctx.store.get("project", pid)
            if pos is None or row is None:
                return True
            programme = self._rows[pos].programme
            current = self._ctx.store.get("programme", row["programme_id"]) if row.get(
                "programme_id") else None
            if (current or {}).get("name") != programme:
                return True
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._display)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        if role == DISPLAY:
            return col.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tip or col.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.kind in _NUMERIC - {"progress"} else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = index.row()
        if row < 0:
            return _NO_FLAGS
        display = self._display
        if row >= len(display) or display[row] < 0:
            return _BASE_FLAGS
        return _EDIT_FLAGS if _EDITABLE[index.column()] else _BASE_FLAGS

    def _group_data(self, index: Index, role: int) -> Any:
        name, rows = self._groups[-self._display[index.row()] - 1]
        if role == DISPLAY and index.column() == 0:
            label = name or "No programme"
            arrow = "▸" if name in self._collapsed else "▾"
            return f"{arrow}  {label}   ·   {len(rows)} project{'s' if len(rows) != 1 else ''}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(theme.colours().nav)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Role.KIND:
            return "group"
        if role == Role.KEY:
            return name
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role in _UNUSED_ROLES:
            return None
        return self._answer(index, role)

    def _answer(self, index: Index, role: int) -> Any:
        # Asked for every role of every cell of each repaint: the index is read once
        # (an invalid index has row -1).
        row, column = index.row(), index.column()
        display = self._display
        if not 0 <= row < len(display):
            return None
        pos = display[row]
        if pos < 0:
            return self._group_data(index, role)
        col = COLUMNS[column]
        s = self._rows[pos]
        if not self._figures_ready and self._pending(s, col):
            return self._pending_data(s, col, role)
        if role == _DISPLAY:
            return self._row_cells(pos)[column]
        if role == _EDIT:
            return self._edit_value(s, col)
        if role == _SORT:
            return self._sort_value(pos, col)
        if role == _KEY:
            return s.code
        if role == _ID:
            return s.id
        if role == _KIND:
            return "item"
        if col.kind == "rag" and role in _CHIP_ROLES:
            chip = self._chip(pos, col.key[4:])
            return _CHIP_ROLES[role](chip)
        if col.kind == "progress":
            if role == _PROGRESS:
                return s.pct_complete
            if role == _PROGRESS_TEXT:
                return self._row_cells(pos)[column]
        if role == _ALIGN:
            return _RIGHT if col.kind in _NUMERIC else _LEFT
        if role == _FOREGROUND:
            return self._foreground(pos, col)
        if role == _TOOLTIP:
            return plain_tip(self._tooltip(pos, col)) or None
        if role == _FONT and col.key == "code":
            if self._code_font is None:
                self._code_font = QFont()
                self._code_font.setWeight(QFont.Weight.DemiBold)
            return self._code_font
        return None

    def rag_chip(self, index: Index) -> tuple[Any, ...] | None:
        """The RAG chip of a cell as the delegate paints it, in one call instead of a
        role each: label, colour, trend arrow, its colour, outlined, marked (the
        ``Role.RAG_*``/``Role.TREND*`` answers); ``None`` where ``Role.RAG_KEY`` is."""
        row = index.row()
        display = self._display
        if not 0 <= row < len(display) or display[row] < 0:
            return None
        pos = display[row]
        col = COLUMNS[index.column()]
        if col.kind != "rag":
            return None
        if not self._figures_ready and self._pending(self._rows[pos], col):
            return None
        chip = self._chip(pos, col.key[4:])
        return chip.label, chip.colour, chip.arrow, chip.arrow_colour, chip.outline, chip.mark

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid():
            return False
        s = self.status(index)
        col = COLUMNS[index.column()]
        if s is None or not col.field:
            return False
        try:
            new = self.store_value(col, value)
        except ValueError as exc:
            self._ctx.status_message.emit(str(exc))
            return False
        try:
            command = EditFieldsCommand(self._ctx, "project", s.id, {col.field: new},
                                        f"Edit {col.title.lower()} of {s.code}")
        except StoreError as exc:
            self._ctx.status_message.emit(str(exc))
            return False
        if not command.new_values:
            return True
        return run(self._ctx, command)


__all__ = ["COLUMN_INDEX", "PortfolioModel", "TrendBase"]
