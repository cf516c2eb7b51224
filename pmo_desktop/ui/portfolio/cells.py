"""The portfolio model's rows and how each cell reads (the base of ``PortfolioModel``).

``PortfolioCells`` holds the loaded rows (``ProjectStatus``), the trends' base (the
last closed period's snapshots) and the caches, and turns a row and a column into
what a cell shows: text formatted lazily, sort values, RAG chips (``Chip``, built by
``rag_chips.make_chip``), colours, tooltips, the editor's value and back
(``store_value``). It never reads the store.
``arrange.PortfolioArrangement`` adds filtering, sorting and grouping on top, and
``model.PortfolioModel`` the loading and the Qt model interface.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal, Slot,
)
from PySide6.QtGui import QColor, QGuiApplication

from pmo_desktop.domain import enums
from pmo_desktop.domain.money import format_money
from pmo_desktop.domain.rag import Rag, RagThresholds
from pmo_desktop.store.portfolio_reads import TrendBase
from pmo_desktop.store.queries import ProjectStatus
from pmo_desktop.store.queries import status_is_stale as is_stale
from pmo_desktop.ui.viewkit import theme
from pmo_desktop.ui.context import AppContext
from pmo_desktop.ui.plain import plain_tip
from pmo_desktop.ui.viewkit.roles import Role

from .columns import COLUMNS, Column
from .filters import PortfolioFilter, RowKeys
from .rag_chips import PENDING, Chip, cached_rag, make_chip

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole

_NUMERIC = {"money", "days", "count", "progress", "index"}
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
    "bei",
})
PENDING_TIP = "Loading the figures…"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _date_text(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return date.fromisoformat(iso[:10]).strftime("%d %b %Y")
    except ValueError:
        return iso


class PortfolioCells(QAbstractTableModel):
    """The rows, the trends' base and the caches; what each cell shows.

    Signals:
        loaded(): rows were (re)loaded from the store (figures may still be loading).
        figures_loaded(): every row has its figures (financials, milestones, risks,
            utilisation, calculated RAG); emitted after ``loaded`` in any case.
        shown_changed(int, int): rows shown after filtering, and all rows.
    """

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
        self._bei_amber, self._bei_red = RagThresholds().bei_amber, RagThresholds().bei_red
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
        self._theme: theme.Colours | None = None  # the scheme's colours, asked once
        self.formatted_rows = 0  # how many rows have been formatted (bench/tests)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        """The cached colours (trend arrows, warning text) follow a switch between the
        light and dark schemes."""
        self._chips = {}
        self._theme = None
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, self.columnCount() - 1))

    def _set_base(self, base: TrendBase) -> None:
        """Compare the trends with ``base`` (the last closed period)."""
        self._has_period = base.exists
        self._period_label = base.label
        self._prev = base.snapshots

    def _clear_caches(self) -> None:
        self._keys = None
        self._trend_keys = None
        self._distinct = {}
        self._sort_keys = {}
        self._cells = {}
        self._chips = {}

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

    def figures_ready(self) -> bool:
        """Whether every row has its figures (see the module docstring)."""
        return self._figures_ready

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

    def _chip(self, i: int, dim: str) -> Chip:
        chip = self._chips.get((i, dim))
        if chip is not None:
            return chip
        s = self._rows[i]
        chip = self._chips[(i, dim)] = make_chip(
            s, dim, self._prev.get(s.code), has_period=self._has_period,
            period_label=self._period_label, figures_ready=self._figures_ready,
            c=self._colours())
        return chip

    def _colours(self) -> theme.Colours:
        """The theme's colours for the current scheme (asking Qt for the scheme on every
        cell of a repaint cost a tenth of it)."""
        if self._theme is None:
            self._theme = theme.colours()
        return self._theme

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
        if key == "bei":
            return s.bei.value
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
        if col.kind == "index":
            return "—" if value is None else f"{value:.2f}"
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

    @staticmethod
    def _pending(s: ProjectStatus, col: Column) -> bool:
        """Whether the cell waits for the figures (a reported RAG is shown at once)."""
        if col.kind == "rag":
            return cached_rag(s.reported.get(col.key[4:])) is Rag.NOT_SET
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
        c = self._colours()
        if col.key == "status_date" and is_stale(s, self._as_of, self._stale_days):
            return QColor(c.danger)
        if col.key == "slip" and s.next_milestone_slip:
            return QColor(c.danger if s.next_milestone_slip > self._slip_days else c.warning) \
                if s.next_milestone_slip > 0 else QColor(c.success)
        if col.key == "variance" and s.eac is not None and s.bac is not None and s.eac > s.bac:
            return QColor(c.danger)
        if col.key == "high_risks" and s.open_high_risks:
            return QColor(c.danger)
        if col.key == "bei" and s.bei.value is not None and s.bei.value < self._bei_amber:
            return QColor(c.danger if s.bei.value < self._bei_red else c.warning)
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
        if col.key == "bei":
            return (f"BEI {s.bei.text}: completed of due by {self._as_of:%d %b %Y}"
                    if s.bei.value is not None else "BEI n/a: nothing was due by then")
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

__all__ = ["Chip", "PENDING", "PENDING_TIP", "PortfolioCells"]
