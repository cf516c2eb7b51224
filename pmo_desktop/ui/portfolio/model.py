"""The portfolio model: one row per project from ``portfolio_status``, grouped or flat.

One query fills it (``portfolio_status`` plus the last closed period's snapshots for
the trends). A large portfolio (``BACKGROUND_FROM`` projects or more) loads in two
steps: the projects' own fields first (``portfolio_projects``, one fast query), so
the table is on screen at once with "…" in the figure columns, then the full
statuses from a ``FiguresWorker`` on a read-only connection; they replace the rows
on the GUI thread (``figures_loaded``), re-sorting and re-filtering if the sort or
the filter depends on them. Sorting and filtering run over Python lists: sort keys
are computed per column the first time that column is sorted, filter keys once per
load, and cells are formatted only when a view asks for them, so a screenful of a
10,000-row portfolio formats a screenful of rows.

Grouped by programme, each programme gets a header row (``Role.KIND == "group"``)
followed by its projects; a collapsed programme hides its projects. It stays a flat
table so a ``QTableView`` never walks every row (a ``QTreeView`` lays out all rows
through Python calls on each reset, which costs 100+ ms at 10,000 rows).
Edits in place go through ``EditFieldsCommand`` on the undo stack; the model then
refreshes from ``ctx.changes_applied`` like every other view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot,
)
from PySide6.QtGui import QColor, QFont

from pmo_desktop.domain import enums
from pmo_desktop.domain.money import format_money
from pmo_desktop.domain.rag import Rag, RagThresholds, Trend, false_green, rag_or_not_set, trend
from pmo_desktop.store import Changes, StoreError
from pmo_desktop.store.queries import (
    ProjectStatus, last_period, portfolio_projects, portfolio_status, snapshots,
)
from pmo_desktop.store.queries import status_is_stale as is_stale
from pmo_desktop.ui.viewkit import theme
from pmo_desktop.ui.commands import EditFieldsCommand, run
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.plain import plain_tip
from pmo_desktop.ui.viewkit.roles import Role

from .columns import COLUMN_INDEX, COLUMNS, RAG_DIMENSIONS, Column
from .filters import NOT_SET, PortfolioFilter, RowKeys
from .loader import FiguresWorker

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole

# Entities whose changes never alter a portfolio row.
_IRRELEVANT = frozenset({
    "issue", "assumption", "dependency", "decision", "action", "change_request", "baseline",
    "lesson", "role", "import_batch",
})
_NUMERIC = {"money", "days", "count", "progress"}
_RAG_KEYS = frozenset({"red", "amber", "green"})
# Roles the views ask for on every cell that this model never answers.
_UNUSED_ROLES = frozenset({
    int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.CheckStateRole),
    int(Qt.ItemDataRole.SizeHintRole), int(Qt.ItemDataRole.StatusTipRole),
    int(Qt.ItemDataRole.WhatsThisRole), int(Qt.ItemDataRole.AccessibleTextRole),
})
# Columns computed from other tables (empty until the figures are loaded).
_FIGURE_KEYS = frozenset({
    "actual", "forecast", "variance", "next_milestone", "milestone_date", "slip", "high_risks",
})
PENDING = "…"
PENDING_TIP = "Loading the figures…"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


_rag = rag_or_not_set


def _date_text(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return date.fromisoformat(iso[:10]).strftime("%d %b %Y")
    except ValueError:
        return iso


@dataclass(frozen=True)
class Chip:
    """What a RAG cell shows (all a delegate needs)."""

    key: str
    label: str
    colour: str
    arrow: str
    arrow_colour: str | None
    outline: bool
    mark: bool
    tip: str
    ordinal: int


class PortfolioModel(QAbstractTableModel):
    """Projects as rows; see the module docstring.

    Signals:
        loaded(): rows were (re)loaded from the store (figures may still be loading).
        figures_loaded(): every row has its figures (financials, milestones, risks,
            utilisation, calculated RAG); emitted after ``loaded`` in any case.
        shown_changed(int, int): rows shown after filtering, and all rows.
    """

    # Portfolios at least this big show their rows first and read the figures off
    # the GUI thread; smaller ones read everything at once (a few ms at 40 rows).
    BACKGROUND_FROM = 2000

    loaded = Signal()
    figures_loaded = Signal()
    shown_changed = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[ProjectStatus] = []
        self._prev: dict[str, dict[str, Any]] = {}
        self._has_period = False
        self._period_label = ""
        self._as_of = date.today()
        self._stale_days = RagThresholds().stale_days
        self._slip_days = RagThresholds().schedule_abs_days
        self._currency = "GBP"
        self._filter = PortfolioFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._grouped = False
        self._order: list[int] = []  # all rows in sort order
        self._visible: list[int] = []  # rows passing the filter, in sort order
        self._groups: list[tuple[str, list[int]]] = []
        self._collapsed: set[str] = set()
        self._display: list[int] = []  # what each table row shows: a row, or -(group + 1)
        self._keys: RowKeys | None = None
        self._trend_keys: list[str] | None = None
        self._distinct: dict[str, list[tuple[str, str]]] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        self._cells: dict[int, list[str]] = {}
        self._chips: dict[tuple[int, str], Chip] = {}
        self._by_id: dict[int, int] = {}
        self._figures_ready = True
        self._generation = 0
        self._worker: FiguresWorker | None = None
        self.formatted_rows = 0  # how many rows have been formatted (bench/tests)
        ctx.changes_applied.connect(self._on_changes_applied)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def _query(self, where: str = "", params: list[Any] | None = None) -> list[ProjectStatus]:
        store = self._ctx.store
        return portfolio_status(store.db, self._as_of, store.thresholds(), where, params)

    def _load(self) -> None:
        store = self._ctx.store
        self._as_of = self._ctx.as_of()
        th = store.thresholds()
        self._stale_days = th.stale_days
        self._slip_days = th.schedule_abs_days  # a longer slip is outside tolerance
        self._currency = store.currency
        self._cancel_figures()
        rows = portfolio_projects(store.db)
        if len(rows) < self.BACKGROUND_FROM:
            rows = self._query()
        else:
            self._figures_ready = False
            worker = FiguresWorker(store.reader, self._as_of, th, self._generation)
            worker.succeeded.connect(self._on_figures_succeeded)
            worker.failed.connect(self._on_figures_failed)
            self._worker = worker
        self._rows = rows
        period = last_period(store.db)
        self._has_period = period is not None
        self._period_label = str(period.get("label") or period.get("as_of")) if period else ""
        self._prev = snapshots(store.db, int(period["id"])) if period else {}
        self._by_id = {s.id: i for i, s in enumerate(self._rows)}
        self._clear_caches()

    def _clear_caches(self) -> None:
        self._keys = None
        self._trend_keys = None
        self._distinct = {}
        self._sort_keys = {}
        self._cells = {}
        self._chips = {}

    def reload(self) -> None:
        """Read every project again, keeping the filter, sort and grouping."""
        self.beginResetModel()
        self._load()
        self._order = self._sorted(range(len(self._rows)))
        self._apply_filter()
        self.endResetModel()
        self.loaded.emit()
        self.shown_changed.emit(len(self._visible), len(self._rows))
        if self._worker is not None:
            self._worker.start()
        else:
            self.figures_loaded.emit()

    # -- figures read off the GUI thread ---------------------------------------------
    def figures_ready(self) -> bool:
        """Whether every row has its figures (see the module docstring)."""
        return self._figures_ready

    def _cancel_figures(self) -> None:
        self._generation += 1
        self._figures_ready = True
        if self._worker is not None:
            self._worker.succeeded.disconnect(self._on_figures_succeeded)
            self._worker.failed.disconnect(self._on_figures_failed)
            self._worker.cancel()
            self._worker = None

    @Slot(int, object)
    def _on_figures_succeeded(self, generation: int, rows: list[ProjectStatus]) -> None:
        if generation != self._generation:
            return
        self._worker = None
        if [s.id for s in rows] != [s.id for s in self._rows]:
            self.reload()  # the projects changed meanwhile: read them again
            return
        self._swap_rows(rows)
        self._figures_ready = True
        self.figures_loaded.emit()

    @Slot(int, str)
    def _on_figures_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self._figures_ready = True  # show what there is rather than "…" for ever
        self._clear_caches()
        if self._display:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._display) - 1,
                                                               len(COLUMNS) - 1))
        if message:
            self._ctx.status_message.emit(f"The portfolio figures could not be read: {message}")
        self.figures_loaded.emit()

    def _swap_rows(self, rows: list[ProjectStatus]) -> None:
        """Put the full statuses in place of the rows shown (same projects, same order)."""
        old_display = self._display
        self._rows = rows
        self._clear_caches()
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

    def _set_order(self, order: list[int], visible: list[int]) -> None:
        self._order = order
        self._visible = visible
        self._regroup()

    def _relayout(self, change: Any) -> None:
        """Run ``change`` (which reorders, never adds or drops rows) as a layout change."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        codes = [self._code_at(i) for i in old] if old else []
        change()
        if old:
            rows = {self._rows[v].code: r for r, v in enumerate(self._display) if v >= 0}
            new = [self.index(rows[c], i.column()) if c in rows else QModelIndex()
                   for c, i in zip(codes, old)]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def refresh_projects(self, ids: list[int]) -> None:
        """Re-read some projects in place (rows keep their positions)."""
        fresh = self._query(f"p.id IN ({','.join(str(int(i)) for i in ids)})")
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
    def _on_changes_applied(self, changes: Changes) -> None:
        entities = changes.entities
        if entities and entities <= _IRRELEVANT:
            return
        if not self._figures_ready:
            self.reload()  # the figures being read predate this change
            return
        if (changes and entities == {"project"} and not changes.created
                and not changes.deleted and not self._grouped_field_changed(changes)):
            self.refresh_projects(sorted({i for _e, i, _k in changes.updated}))
            return
        self.reload()

    def _grouped_field_changed(self, changes: Changes) -> bool:
        # A project moved to another programme changes the groups: reload then.
        if not self._grouped:
            return False
        for _e, pid, _k in changes.updated:
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

    # -- state -----------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        return self._as_of

    @property
    def period_label(self) -> str:
        return self._period_label

    def total_count(self) -> int:
        return len(self._rows)

    def shown_count(self) -> int:
        return len(self._visible)

    def filter(self) -> PortfolioFilter:
        return self._filter

    def set_filter(self, flt: PortfolioFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._apply_filter()
        self.endResetModel()
        self.shown_changed.emit(len(self._visible), len(self._rows))

    def is_grouped(self) -> bool:
        return self._grouped

    def set_grouped(self, grouped: bool) -> None:
        if grouped == self._grouped:
            return
        self.beginResetModel()
        self._grouped = grouped
        self._regroup()
        self.endResetModel()

    def visible_codes(self) -> list[str]:
        """The codes shown, in display order (group by group when grouped)."""
        return [self._rows[i].code for i in self._display if i >= 0]

    def distinct(self, facet: str) -> list[tuple[str, str]]:
        """``(value, label)`` pairs present in the rows, for the filter menus."""
        if facet not in self._distinct:
            self._distinct[facet] = self._distinct_values(facet)
        return self._distinct[facet]

    def _distinct_values(self, facet: str) -> list[tuple[str, str]]:
        if facet == "rag":
            return [(k, Rag.parse(None if k == NOT_SET else k).label)
                    for k in ("red", "amber", "green", NOT_SET)]
        seen: set[str] = set()
        for s in self._rows:
            value = getattr(s, facet)
            if value:
                seen.add(value)
        if facet == "stage":
            order = {v: i for i, v in enumerate(enums.PROJECT_STAGES)}
            return [(v, enums.label(v)) for v in sorted(seen, key=lambda v: (order.get(v, 99), v))]
        if facet == "state":
            order = {v: i for i, v in enumerate(enums.PROJECT_STATES)}
            return [(v, enums.label(v)) for v in sorted(seen, key=lambda v: (order.get(v, 99), v))]
        return [(v, v) for v in sorted(seen, key=str.casefold)]

    # -- filtering and sorting ------------------------------------------------------
    def _row_keys(self) -> RowKeys:
        if self._keys is None:
            keys = RowKeys()
            as_of, days = self._as_of, self._stale_days
            for s in self._rows:
                stage, state = s.stage or "", s.state or ""
                hay = f"{s.code} {s.name} {s.programme or ''} {s.manager or ''} " \
                      f"{s.sponsor or ''} {stage} {state}".replace("_", " ").lower()
                keys.append(haystack=hay, programme=s.programme or "",
                            rag=s.rag if s.rag in _RAG_KEYS else NOT_SET, stage=stage,
                            state=state, manager=s.manager or "", code=s.code,
                            stale=is_stale(s, as_of, days))
            self._keys = keys
        return self._keys

    def _trends(self) -> list[str]:
        """Per row: ``worse``/``better``/``''`` for the overall RAG (only when filtered on)."""
        if self._trend_keys is None:
            self._trend_keys = [{"↓": "worse", "↑": "better"}.get(
                self._chip(i, "overall").arrow, "") for i in range(len(self._rows))]
        return self._trend_keys

    def _apply_filter(self) -> None:
        if self._filter.active:
            trends = self._trends() if self._filter.trend else None
            self._visible = self._filter.apply(self._row_keys(), self._order, trends)
        else:
            self._visible = list(self._order)
        self._regroup()

    def _regroup(self) -> None:
        if not self._grouped:
            self._groups = []
            self._display = self._visible
            return
        groups: dict[str, list[int]] = {}
        for i in self._visible:
            groups.setdefault(self._rows[i].programme or "", []).append(i)
        self._groups = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
        display: list[int] = []
        for g, (name, rows) in enumerate(self._groups):
            display.append(-(g + 1))
            if name not in self._collapsed:
                display.extend(rows)
        self._display = display

    def group_rows(self) -> list[int]:
        """The table rows that are programme headers."""
        return [r for r, v in enumerate(self._display) if v < 0]

    def is_group_row(self, row: int) -> bool:
        return 0 <= row < len(self._display) and self._display[row] < 0

    def toggle_group(self, row: int) -> None:
        """Collapse or expand the programme whose header is at ``row``."""
        if not self.is_group_row(row):
            return
        name = self._groups[-self._display[row] - 1][0]
        self.beginResetModel()
        self._collapsed ^= {name}
        self._regroup()
        self.endResetModel()

    def _sort_key_list(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            col = COLUMNS[column]
            if col.kind == "text" and col.key not in ("stage", "state"):
                keys = [v.casefold() if v else None
                        for v in (getattr(s, col.key) for s in self._rows)]
            else:
                keys = [self._sort_value(i, col) for i in range(len(self._rows))]
            self._sort_keys[column] = keys
        return keys

    def _sorted(self, rows: Any) -> list[int]:
        rows = list(rows)
        if self._sort_column < 0:
            return rows
        keys = self._sort_key_list(self._sort_column)
        present = [i for i in rows if keys[i] is not None]
        missing = [i for i in rows if keys[i] is None]
        present.sort(key=keys.__getitem__,
                     reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return present + missing  # blanks last in either direction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            column = -1

        def change() -> None:
            self._sort_column, self._sort_order = column, order
            self._order = self._sorted(range(len(self._rows)))
            self._apply_filter()

        self._relayout(change)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _code_at(self, index: Index) -> str | None:
        status = self.status(index)
        return status.code if status else None

    # -- lookups ---------------------------------------------------------------------
    def _pos(self, index: Index) -> int | None:
        """The position in ``_rows`` of a project index (``None`` for a group row)."""
        if not index.isValid() or index.row() >= len(self._display):
            return None
        value = self._display[index.row()]
        return value if value >= 0 else None

    def status(self, index: Index) -> ProjectStatus | None:
        pos = self._pos(index)
        return self._rows[pos] if pos is not None else None

    def status_by_code(self, code: str) -> ProjectStatus | None:
        for s in self._rows:
            if s.code == code:
                return s
        return None

    def index_for_code(self, code: str, column: int = 0) -> QModelIndex:
        for r, i in enumerate(self._display):
            if i >= 0 and self._rows[i].code == code:
                return self.index(r, column)
        return QModelIndex()

    # -- formatting (lazy) -----------------------------------------------------------
    def _chip(self, i: int, dim: str) -> Chip:
        chip = self._chips.get((i, dim))
        if chip is not None:
            return chip
        s = self._rows[i]
        reported = _rag(s.reported.get(dim))
        calculated = _rag(s.calculated.get(dim))
        shown = reported if reported is not Rag.NOT_SET else calculated
        arrow, arrow_colour, prev_text = "", None, ""
        snap = self._prev.get(s.code)
        c = theme.colours()
        if snap is not None:
            prev = _rag(snap.get(f"rag_{dim}") or snap.get(f"calc_{dim}"))
            move = trend(prev, shown)
            prev_text = f"\n{self._period_label}: {prev.label} ({move.label})"
            # Unchanged dimensions stay quiet; the overall chip always shows its arrow.
            if move is not Trend.NEW and (move is not Trend.UNCHANGED or dim == "overall"):
                arrow = move.arrow
                arrow_colour = {Trend.IMPROVED: c.success, Trend.DETERIORATED: c.danger}.get(
                    move, c.muted)
        elif self._has_period and dim == "overall":
            arrow, arrow_colour, prev_text = Trend.NEW.arrow, c.accent, "\nNew since the last period"
        tip = f"{dim.capitalize()}: {shown.label}"
        calculated_text = calculated.label if self._figures_ready else PENDING
        tip += f"\nReported: {reported.label} · Calculated: {calculated_text}"
        mark = false_green(reported, calculated)
        if mark:
            tip += "\nFalse green? Reported Green but calculated Red."
        if dim == "overall" and s.rag_justification and reported != calculated:
            tip += f"\nJustification: {s.rag_justification}"
        if reported is Rag.NOT_SET and calculated is not Rag.NOT_SET:
            tip += "\n(outlined: calculated, not reported)"
        chip = Chip(key=shown.key or NOT_SET, label=shown.label, colour=shown.colour,
                    arrow=arrow, arrow_colour=arrow_colour,
                    outline=reported is Rag.NOT_SET and calculated is not Rag.NOT_SET,
                    mark=mark, tip=tip + prev_text, ordinal=int(shown))
        self._chips[(i, dim)] = chip
        return chip

    def _raw(self, i: int, col: Column) -> Any:
        s = self._rows[i]
        key = col.key
        if key == "actual":
            return s.ac
        if key == "forecast":
            return s.eac
        if key == "variance":
            return None if s.eac is None or s.bac is None else s.eac - s.bac
        if key == "milestone_date":
            return s.next_milestone_date
        if key == "slip":
            return s.next_milestone_slip
        if key == "high_risks":
            return s.open_high_risks
        return getattr(s, key, None)

    def _sort_value(self, i: int, col: Column) -> Any:
        if col.kind == "rag":
            return self._chip(i, col.key[4:]).ordinal
        value = self._raw(i, col)
        if value is None or value == "":
            return None
        if col.kind == "text":
            if col.key in ("stage", "state"):
                order = enums.PROJECT_STAGES if col.key == "stage" else enums.PROJECT_STATES
                return (order.index(value) if value in order else 99, str(value))
            return str(value).casefold()
        return value

    def _format(self, i: int, col: Column) -> str:
        if col.kind == "rag":
            chip = self._chip(i, col.key[4:])
            return f"{chip.label} {chip.arrow}".strip()
        value = self._raw(i, col)
        if col.kind == "money":
            return format_money(value, self._currency, compact=True) if value is not None else "—"
        if col.kind == "progress":
            return f"{round(value * 100)}%" if value is not None else "—"
        if col.kind == "date":
            return _date_text(value)
        if col.kind == "days":
            if value is None:
                return "—"
            return "on time" if value == 0 else (f"+{value} d" if value > 0 else f"−{-value} d")
        if col.kind == "count":
            return str(value) if value else "—"
        if col.key in ("stage", "state", "priority"):
            return enums.label(value)
        return str(value) if value is not None else ""

    def _row_cells(self, i: int) -> list[str]:
        cells = self._cells.get(i)
        if cells is None:
            cells = [self._format(i, col) for col in COLUMNS]
            self._cells[i] = cells
            self.formatted_rows += 1
        return cells

    # -- Qt model interface ---------------------------------------------------------
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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._pos(index) is None:
            return base
        if COLUMNS[index.column()].field:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

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
        if role in _UNUSED_ROLES or not index.isValid():
            return None
        pos = self._pos(index)
        if pos is None:
            return self._group_data(index, role) if self.is_group_row(index.row()) else None
        col = COLUMNS[index.column()]
        s = self._rows[pos]
        if not self._figures_ready and self._pending(s, col):
            return self._pending_data(s, col, role)
        if role == DISPLAY:
            return self._row_cells(pos)[index.column()]
        if role == EDIT:
            return self._edit_value(s, col)
        if role == Role.SORT:
            return self._sort_value(pos, col)
        if role == Role.KEY:
            return s.code
        if role == Role.ID:
            return s.id
        if role == Role.KIND:
            return "item"
        if col.kind == "rag" and role in _CHIP_ROLES:
            chip = self._chip(pos, col.key[4:])
            return _CHIP_ROLES[role](chip)
        if col.kind == "progress":
            if role == Role.PROGRESS:
                return s.pct_complete
            if role == Role.PROGRESS_TEXT:
                return self._row_cells(pos)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.kind in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(pos, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(pos, col)) or None
        if role == Qt.ItemDataRole.FontRole and col.key == "code":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    @staticmethod
    def _pending(s: ProjectStatus, col: Column) -> bool:
        """Whether the cell waits for the figures (a reported RAG is shown at once)."""
        if col.kind == "rag":
            return _rag(s.reported.get(col.key[4:])) is Rag.NOT_SET
        return col.key in _FIGURE_KEYS

    def _pending_data(self, s: ProjectStatus, col: Column, role: int) -> Any:
        if role == DISPLAY:
            return PENDING
        if role == Qt.ItemDataRole.ToolTipRole:
            return PENDING_TIP
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.kind in _NUMERIC else _LEFT
        if role == Role.KEY:
            return s.code
        if role == Role.ID:
            return s.id
        if role == Role.KIND:
            return "item"
        return None

    def _foreground(self, i: int, col: Column) -> QColor | None:
        s = self._rows[i]
        c = theme.colours()
        if col.key == "status_date" and is_stale(s, self._as_of, self._stale_days):
            return QColor(c.danger)
        if col.key == "slip" and s.next_milestone_slip:
            return QColor(c.danger if s.next_milestone_slip > self._slip_days else c.warning) \
                if s.next_milestone_slip > 0 else QColor(c.success)
        if col.key == "variance" and s.eac is not None and s.bac is not None and s.eac > s.bac:
            return QColor(c.danger)
        if col.key == "high_risks" and s.open_high_risks:
            return QColor(c.danger)
        return None

    def _tooltip(self, i: int, col: Column) -> str | None:
        s = self._rows[i]
        if col.key in ("name", "summary"):
            parts = [f"{s.code} — {s.name}"]
            if s.summary:
                parts.append(s.summary)
            if s.next_steps:
                parts.append(f"Next: {s.next_steps}")
            return "\n".join(parts)
        if col.key == "status_date":
            if is_stale(s, self._as_of, self._stale_days):
                return (f"Stale: no status update within {self._stale_days} days "
                        f"of {self._as_of:%d %b %Y}")
            return "Last status update"
        if col.key == "next_milestone" and s.next_milestone:
            return f"{s.next_milestone} — due {_date_text(s.next_milestone_date)}"
        if col.key in ("bac", "actual", "forecast", "variance"):
            value = self._raw(i, col)
            return format_money(value, self._currency) if value is not None else None
        return None

    def _edit_value(self, s: ProjectStatus, col: Column) -> Any:
        if col.key == "pct_complete":
            return round((s.pct_complete or 0) * 100)
        if col.kind == "date":
            iso = self._raw(self._by_id[s.id], col)
            if iso:
                d = date.fromisoformat(iso[:10])
                return QDate(d.year, d.month, d.day)
            return QDate.fromJulianDay(QDate.currentDate().toJulianDay())
        value = self._raw(self._by_id[s.id], col)
        return "" if value is None else str(value)

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

    @staticmethod
    def store_value(col: Column, value: Any) -> Any:
        """Turn an editor's value into the stored one (raises ``ValueError``)."""
        if col.key == "pct_complete":
            number = float(value)
            if not 0 <= number <= 100:
                raise ValueError("% complete must be between 0 and 100.")
            return round(number / 100, 4)
        if col.kind == "date":
            if isinstance(value, QDate):
                return value.toString("yyyy-MM-dd") if value.isValid() else None
            if isinstance(value, date):
                return value.isoformat()
            text = str(value or "").strip()
            return date.fromisoformat(text).isoformat() if text else None
        text = str(value or "").strip()
        return text or None


_CHIP_ROLES: dict[int, Any] = {
    Role.RAG_KEY: lambda c: c.key,
    Role.RAG_COLOUR: lambda c: c.colour,
    Role.RAG_LABEL: lambda c: c.label,
    Role.TREND: lambda c: c.arrow,
    Role.TREND_COLOUR: lambda c: c.arrow_colour,
    Role.RAG_OUTLINE: lambda c: c.outline,
    Role.RAG_MARK: lambda c: c.mark,
    Qt.ItemDataRole.ToolTipRole: lambda c: plain_tip(c.tip),  # quotes the justification
    Qt.ItemDataRole.TextAlignmentRole: lambda c: _LEFT,
}

__all__ = ["COLUMN_INDEX", "PortfolioModel"]
