"""Page 3's models: counts per table, and every planned record colour-coded by action.

A row of ``PreviewModel`` is a record to create, update or leave unchanged, a row
skipped (with its reason) or a row rejected (with its column and reason). The colours
come from ``labels``; the filter proxy reads ``ACTION_ROLE`` and ``TABLE_ROLE``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pmo_desktop.importing.api import Plan
from pmo_desktop.importing.columns import kind_of
from pmo_desktop.importing.plan import Record, TablePlan
from pmo_desktop.ui.viewkit.models import CHIP_ROLE, SORT_ROLE

from . import labels as L
from .base import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
ACTION_ROLE = int(Qt.ItemDataRole.UserRole) + 30
"""``'create'`` / ``'update'`` / ``'unchanged'`` / ``'skipped'`` / ``'rejected'``."""
TABLE_ROLE = int(Qt.ItemDataRole.UserRole) + 31
"""Index of the row's table in the plan (−1 for a parent created for the import)."""

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_MAX_DETAIL = 6


def _value_text(value: Any, kind: str = "text") -> str:
    if value is None or value == "":
        return "∅"
    if kind == "pct" and isinstance(value, (int, float)):
        return f"{value * 100:.0f}%"
    if kind in ("enum", "rag") and isinstance(value, str):
        return value.replace("_", " ")
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{value:,.0f}"
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def _field(k: str) -> str:
    return L.field_label(k) if k != "ref" else "ID"


def record_detail(plan: Plan, r: Record) -> str:
    """What the record writes: its values, or each changed field as old → new."""
    def show(k: str, v: Any) -> str:
        return _value_text(plan.label(k, v), kind_of(r.entity, k))

    if r.action == "update":
        parts = [f"{_field(k)}: {show(k, o)} → {show(k, n)}" for k, (o, n) in r.changes.items()]
    elif r.action == "unchanged":
        return L.tr("Already up to date")
    else:
        parts = [f"{_field(k)}: {show(k, v)}" for k, v in r.values.items()
                 if v not in (None, "") and k != "ref"]
    more = len(parts) - _MAX_DETAIL
    return "  ·  ".join(parts[:_MAX_DETAIL]) + (f"  ·  +{more} more" if more > 0 else "")


class PlanSummaryModel(TitledTableModel):
    """One row per planned table: rows found and what would happen to them."""

    _TITLES = ("File", "Sheet", "Imports as", "Rows", "New", "Changed", "Unchanged",
               "Skipped", "Rejected")
    _ACTIONS = (None, None, None, None, "create", "update", "unchanged", "skipped", "rejected")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tables: list[TablePlan] = []

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._tables = list(plan.tables) if plan else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tables)

    def counts(self, tp: TablePlan) -> list[int]:
        return [tp.data_rows, tp.count("create"), tp.count("update"), tp.count("unchanged"),
                len(tp.skipped), len(tp.rejected)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tables):
            return None
        tp, col = self._tables[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col < 3:
                return (tp.table.file_name, tp.table.sheet, L.entity_label(tp.entity))[col]
            n = self.counts(tp)[col - 3]
            return n if role == SORT_ROLE else (f"{n:,}" if n else "–")
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col >= 4 and self.counts(tp)[col - 3]:
            return L.action_colour(self._ACTIONS[col] or "")
        if role == Qt.ItemDataRole.ToolTipRole and tp.warnings:
            return "\n".join(tp.warnings)
        if role == TABLE_ROLE:
            return index.row()
        return None


class PreviewModel(TitledTableModel):
    """Every planned row, in the order of the tables, colour-coded by action."""

    ACTION, SHEET, ROW, TYPE, KEY, DETAIL = range(6)
    _TITLES = ("Action", "Sheet", "Row", "Record", "Key", "What changes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._rows: list[tuple[str, int, Any]] = []  # action, table index, payload

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = []
        if plan is not None:
            self._rows += [(p.action, -1, p) for p in plan.parents if p.action != "unchanged"]
            for ti, tp in enumerate(plan.tables):
                self._rows += [(r.action, ti, r) for r in tp.records]
                self._rows += [("skipped", ti, s) for s in tp.skipped]
                self._rows += [("rejected", ti, rj) for rj in tp.rejected]
        self.endResetModel()

    def action_counts(self) -> dict[str, int]:
        out = dict.fromkeys(L.ACTIONS, 0)
        for action, _ti, _p in self._rows:
            out[action] = out.get(action, 0) + 1
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._plan is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action, ti, payload = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, ti, payload, col)
        if role == SORT_ROLE:
            if col == self.ROW:
                return self._row_number(action, payload)
            if col == self.ACTION:
                return L.ACTIONS.index(action)
            return self._text(action, ti, payload, col).lower()
        if role == ACTION_ROLE:
            return action
        if role == TABLE_ROLE:
            return ti
        if role == CHIP_ROLE and col == self.ACTION:
            return L.action_colour(action).name()
        if role == Qt.ItemDataRole.BackgroundRole:
            return L.action_tint(action)
        if role == Qt.ItemDataRole.ForegroundRole and col != self.ACTION \
                and action in ("unchanged", "skipped"):
            return L.action_colour("unchanged")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.ROW:
                return int(_RIGHT)
            if col == self.ACTION:
                return int(_CENTRE)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DETAIL:
            text = self._text(action, ti, payload, col)
            notes = _notes(payload)
            if notes:
                text = text.removeprefix("⚠ " + notes[0] + "  ·  ")
            return "\n".join([*(f"⚠ {n}" for n in notes), text.replace("  ·  ", "\n")])
        return None

    @staticmethod
    def _row_number(action: str, payload: Any) -> int:
        return payload.row if isinstance(payload, Record) else int(payload[0])

    def _text(self, action: str, ti: int, payload: Any, col: int) -> str:
        assert self._plan is not None
        if col == self.ACTION:
            return L.tr(L.ACTION_LABELS[action])
        if col == self.ROW:
            n = self._row_number(action, payload)
            return str(n) if n else ""
        if isinstance(payload, Record):
            if col == self.SHEET:
                return payload.sheet
            if col == self.TYPE:
                kind = payload.entity.replace("_", " ").capitalize()
                return kind + (L.tr(" (new parent)") if ti < 0 else "")
            if col == self.KEY:
                return payload.key
            notes = _notes(payload)
            detail = record_detail(self._plan, payload)
            return f"⚠ {notes[0]}  ·  {detail}" if notes else detail
        tp = self._plan.tables[ti]
        if col == self.SHEET:
            return tp.table.sheet
        if col == self.TYPE:
            return L.entity_label(tp.entity) if tp.entity else ""
        if col == self.KEY:
            return ""
        if action == "skipped":
            return str(payload[1])
        _row, letter, reason = payload
        return (L.tr("Column ") + f"{letter}: {reason}") if letter else str(reason)


def _notes(payload: Any) -> list[str]:
    """A record's warnings as sentences ("no owner" → "No owner")."""
    if not isinstance(payload, Record):
        return []
    return [w[:1].upper() + w[1:] for w in payload.warnings]


class PreviewFilterProxy(QSortFilterProxyModel):
    """Shows one action (or all) of one table (or all); sorts on ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action: str | None = None
        self._table: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_table(self, table: int | None) -> None:
        self.beginFilterChange()
        self._table = table
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._action is not None and index.data(ACTION_ROLE) != self._action:
            return False
        return self._table is None or index.data(TABLE_ROLE) in (self._table, -1)
