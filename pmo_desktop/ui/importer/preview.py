"""Page 3's models: counts per table, and every planned record colour-coded by action.

A row of ``PreviewModel`` is a record to create, update or leave unchanged, a row
skipped (with its reason) or a row rejected (with its column and reason). The colours
come from ``labels``; the filter proxy reads ``Role.ACTION`` and ``Role.TABLE``.
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
from pmo_desktop.ui.viewkit.models import CENTRE, RIGHT, TableModel
from pmo_desktop.ui.viewkit.roles import Role

from . import labels as L

Index = QModelIndex | QPersistentModelIndex
_MAX_DETAIL = 6
# Looked up once: the filter reads them for each of up to 100k rows (``Role.X`` is
# slow on Python 3.11, see ``viewkit.models``).
_ACTION, _TABLE = int(Role.ACTION), int(Role.TABLE)


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
    elif r.action == "merged":  # its fields went to another row's record of the project
        text = r.warnings[0] if r.warnings else ""
        return text[:1].upper() + text[1:]
    else:
        parts = [f"{_field(k)}: {show(k, v)}" for k, v in r.values.items()
                 if v not in (None, "") and k != "ref"]
    more = len(parts) - _MAX_DETAIL
    return "  ·  ".join(parts[:_MAX_DETAIL]) + (f"  ·  +{more} more" if more > 0 else "")


class PlanSummaryModel(TableModel[TablePlan]):
    """One row per planned table: rows found and what would happen to them."""

    _TITLES = ("File", "Sheet", "Imports as", "Rows", "New", "Changed", "Unchanged",
               "Skipped", "Rejected")
    _ACTIONS = (None, None, None, None, "create", "update", "unchanged", "skipped", "rejected")

    def set_plan(self, plan: Plan | None) -> None:
        self.set_rows(plan.tables if plan else [])

    def counts(self, tp: TablePlan) -> list[int]:
        return [tp.data_rows, tp.count("create"), tp.count("update"), tp.count("unchanged"),
                len(tp.skipped), len(tp.rejected)]

    def text(self, position: int, column: int) -> str:
        if column < 3:
            return self._names(position)[column]
        n = self.counts(self._rows[position])[column - 3]
        return f"{n:,}" if n else "–"

    def sort_key(self, position: int, column: int) -> Any:
        if column < 3:
            return self._names(position)[column]
        return self.counts(self._rows[position])[column - 3]

    def _names(self, position: int) -> tuple[str, str, str]:
        tp = self._rows[position]
        held = L.tr(" — held back (a guess)") if tp.held else ""
        return (tp.table.file_name, tp.table.sheet, L.entity_label(tp.entity) + held)

    def tooltip(self, position: int, column: int) -> str | None:
        warnings = self._rows[position].warnings
        return "\n".join(warnings) if warnings else None

    def role_data(self, position: int, column: int, role: int) -> Any:
        tp, col = self._rows[position], column
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col >= 4 and self.counts(tp)[col - 3]:
            return L.action_colour(self._ACTIONS[col] or "")
        if role == Role.TABLE:
            return position
        return None


class PreviewModel(TableModel[tuple[str, int, Any]]):
    """Every planned row, in the order of the tables, colour-coded by action."""

    ACTION, SHEET, ROW, TYPE, KEY, DETAIL = range(6)
    _TITLES = ("Action", "Sheet", "Row", "Record", "Key", "What changes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None  # rows: (action, table index, payload)

    def set_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        rows: list[tuple[str, int, Any]] = []
        if plan is not None:
            rows += [(p.action, -1, p) for p in plan.parents if p.action != "unchanged"]
            for ti, tp in enumerate(plan.tables):
                rows += [(r.action, ti, r) for r in tp.records]
                rows += [("skipped", ti, s) for s in tp.skipped]
                rows += [("rejected", ti, rj) for rj in tp.rejected]
        self.set_rows(rows)

    def action_counts(self) -> dict[str, int]:
        out = dict.fromkeys(L.ACTIONS, 0)
        for action, _ti, _p in self._rows:
            out[action] = out.get(action, 0) + 1
        return out

    def text(self, position: int, column: int) -> str:
        return self._text(*self._rows[position], column)

    def sort_key(self, position: int, column: int) -> Any:
        action, _ti, payload = self._rows[position]
        if column == self.ROW:
            return self._row_number(action, payload)
        if column == self.ACTION:
            return L.ACTIONS.index(action)
        return self.text(position, column).lower()

    def tooltip(self, position: int, column: int) -> str | None:
        if column != self.DETAIL:
            return None
        text = self.text(position, column)
        notes = _notes(self._rows[position][2])
        if notes:
            text = text.removeprefix("⚠ " + notes[0] + "  ·  ")
        return "\n".join([*(f"⚠ {n}" for n in notes), text.replace("  ·  ", "\n")])

    def role_data(self, position: int, column: int, role: int) -> Any:
        action, ti, _payload = self._rows[position]
        col = column
        if role == _ACTION:
            return action
        if role == _TABLE:
            return ti
        if role == Role.CHIP and col == self.ACTION:
            return L.action_colour(action).name()
        if role == Qt.ItemDataRole.BackgroundRole:
            return L.action_tint(action)
        if role == Qt.ItemDataRole.ForegroundRole and col != self.ACTION \
                and action in ("unchanged", "skipped"):
            return L.action_colour("unchanged")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.ROW:
                return int(RIGHT)
            if col == self.ACTION:
                return int(CENTRE)
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
    if not isinstance(payload, Record) or payload.action == "merged":
        return []  # (a merged row's one note says where its fields went: its detail)
    return [w[:1].upper() + w[1:] for w in payload.warnings]


class PreviewFilterProxy(QSortFilterProxyModel):
    """Shows one action (or all) of one table (or all); sorts on ``Role.SORT``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action: str | None = None
        self._table: int | None = None
        self.setSortRole(Role.SORT)

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
        if self._action is not None and index.data(_ACTION) != self._action:
            return False
        return self._table is None or index.data(_TABLE) in (self._table, -1)
