"""Page 2's models: the tables found, and the column mapping of the selected table.

Both hold the ``DetectedTable`` objects the pipeline returned and change them only
through the importing API (``change_entity``, ``change_field``, ``table_at_header``); the
editors' choices come from ``Role.CHOICES`` / ``Role.RANGE`` so delegates decide nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from pmo_desktop.importing.api import (
    DetectedTable,
    apply_profile,
    change_entity,
    change_field,
    doubt_of,
    header_row_limit,
    table_at_header,
)
from pmo_desktop.importing.columns import Column, column_values
from pmo_desktop.ui.viewkit.models import CENTRE, EDITABLE, READ_ONLY, RIGHT, TableModel
from pmo_desktop.ui.viewkit.roles import Role

from . import labels as L

Index = QModelIndex | QPersistentModelIndex

ProfileLookup = Callable[[str], dict[str, Any] | None]


class TablesModel(TableModel[DetectedTable]):
    """Every table found in the files: file, sheet, range, entity, header row, rows.

    Signals:
        table_changed(int): the table on that row was re-detected or re-mapped.
    """

    table_changed = Signal(int)

    FILE, SHEET, RANGE, ENTITY, HEADER, ROWS, MAPPED = range(7)
    _TITLES = ("File", "Sheet", "Range", "Imports as", "Header row", "Rows", "Columns mapped")

    def __init__(self, as_of: date, profile: ProfileLookup | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._as_of = as_of
        self._profile = profile
        self.edited: set[int] = set()  # rows the user changed (their mapping is saved)

    # -- data -------------------------------------------------------------------------
    def set_tables(self, tables: list[DetectedTable]) -> None:
        self.edited.clear()
        self.set_rows(tables)

    def tables(self) -> list[DetectedTable]:
        return list(self._rows)

    def table(self, row: int) -> DetectedTable:
        return self._rows[row]

    def edited_tables(self) -> list[DetectedTable]:
        return [self._rows[r] for r in sorted(self.edited) if self._rows[r].entity]

    def refresh_row(self, row: int) -> None:
        self.edited.add(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- cells ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if index.column() in (self.ENTITY, self.HEADER) else READ_ONLY

    def text(self, position: int, column: int) -> str:
        return self._text(self._rows[position], column)

    def sort_key(self, position: int, column: int) -> Any:
        t = self._rows[position]
        return {self.HEADER: t.shown_header_row, self.ROWS: _data_rows(t)}.get(
            column, self._text(t, column))

    def tooltip(self, position: int, column: int) -> str | None:
        return self._tooltip(self._rows[position], column)

    def role_data(self, position: int, column: int, role: int) -> Any:
        t, col = self._rows[position], column
        if role == Qt.ItemDataRole.EditRole:
            return {self.ENTITY: t.entity, self.HEADER: t.shown_header_row}.get(
                col, self._text(t, col))
        if role == Role.CHOICES and col == self.ENTITY:
            return L.entity_choices()
        if role == Role.TENTATIVE and col == self.ENTITY:
            return bool(doubt_of(t))
        if role == Role.RANGE and col == self.HEADER:
            return (1, header_row_limit(t))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.HEADER, self.ROWS, self.MAPPED):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.ENTITY and (
                not t.entity or doubt_of(t)):
            return L.action_colour("skipped")
        return None

    def _text(self, t: DetectedTable, col: int) -> str:
        if col == self.FILE:
            return t.file_name
        if col == self.SHEET:
            return t.sheet + (L.tr(" (hidden)") if t.hidden else "")
        if col == self.RANGE:
            return t.range
        if col == self.ENTITY:
            guess = L.tr("? (a guess)") if doubt_of(t) else ""
            return L.entity_label(t.entity) + guess
        if col == self.HEADER:
            return str(t.shown_header_row)
        if col == self.ROWS:
            return f"{_data_rows(t):,}"
        mapped = sum(1 for c in t.columns if c.field)
        return f"{mapped} of {len(t.columns)}"

    def _tooltip(self, t: DetectedTable, col: int) -> str | None:
        if col == self.ENTITY:
            best = sorted(t.scores.items(), key=lambda kv: -kv[1])[:3]
            told = ", ".join(f"{L.entity_label(e)} {s:g}" for e, s in best)
            extra = L.tr("Mapping from a saved profile. ") if t.profile else ""
            doubt = doubt_of(t)
            if doubt:
                extra = (L.tr("Held back until you choose its kind: ") + doubt + ". ")
            return extra + (L.tr("Best matches: ") + told if told else "")
        if col == self.SHEET and t.region.title:
            return t.region.title
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        t = self._rows[row]
        if col == self.ENTITY:
            if value == t.entity and not doubt_of(t):
                return False
            change_entity(t, value, self._as_of)  # (the same kind: the guess confirmed)
        elif col == self.HEADER:
            if int(value) == t.shown_header_row:
                return False
            new = table_at_header(t, int(value), self._as_of)
            if new is None:
                return False
            if self._profile is not None:
                profile = self._profile(new.signature)
                if profile:
                    apply_profile(new, profile, self._as_of, move=False)
            self._rows[row] = new
        else:
            return False
        self.refresh_row(row)
        self.table_changed.emit(row)
        return True


def _data_rows(t: DetectedTable) -> int:
    return max(0, t.region.last_row - t.region.first_row + 1)


def _sample_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


class MappingModel(TableModel[Column]):
    """The columns of one table: header, letter, field (editable), confidence, samples.

    Signals:
        mapping_changed(): a column was mapped to another field by hand.
    """

    mapping_changed = Signal()

    HEADER, LETTER, FIELD, CONFIDENCE, SAMPLE = range(5)
    _TITLES = ("Column header", "Col", "Imports into", "Match", "Sample values")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: DetectedTable | None = None
        self._samples: list[str] = []

    def set_table(self, table: DetectedTable | None) -> None:
        self._table = table
        self._samples = [self._sample(table, c.index) for c in table.columns] if table else []
        self.set_rows(table.columns if table else [])

    def table(self) -> DetectedTable | None:
        return self._table

    @staticmethod
    def _sample(table: DetectedTable, col: int) -> str:
        seen: list[str] = []
        for v in column_values(table, col, 40):
            text = _sample_text(v) if v not in (None, "") else ""
            if text and text not in seen:
                seen.append(text[:40])
            if len(seen) == 3:
                break
        return " · ".join(seen)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if index.column() == self.FIELD else READ_ONLY

    def text(self, position: int, column: int) -> str:
        return self._text(position, column)

    def sort_key(self, position: int, column: int) -> Any:
        c = self._column(position)
        return {self.LETTER: c.index, self.CONFIDENCE: c.confidence if c.field else -1.0
                }.get(column, self._text(position, column))

    def tooltip(self, position: int, column: int) -> str | None:
        return self._tooltip(self._column(position))

    def role_data(self, position: int, column: int, role: int) -> Any:
        assert self._table is not None
        c, col = self._column(position), column
        mapped = bool(c.field)
        if role == Qt.ItemDataRole.EditRole:
            return c.field if col == self.FIELD else self._text(position, col)
        if role == Role.CHOICES and col == self.FIELD:
            return L.field_choices(self._table.entity)
        if role == Role.FLAG:
            return None if mapped else "unmapped"
        if role == Role.CHIP and col == self.CONFIDENCE:
            return L.confidence_colour(c.confidence, mapped).name()
        if role == Qt.ItemDataRole.BackgroundRole and not mapped:
            tint = L.confidence_colour(0.0, False)
            tint.setAlpha(30)
            return tint
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LETTER, self.CONFIDENCE):
            return int(CENTRE)
        return None

    def _column(self, position: int) -> Column:
        """The table's column on ``position`` (read each time: remapping changes them)."""
        assert self._table is not None
        return self._table.columns[position]

    def _text(self, row: int, col: int) -> str:
        assert self._table is not None
        c = self._table.columns[row]
        if col == self.HEADER:
            return " ".join(c.header.split())
        if col == self.LETTER:
            return c.letter
        if col == self.FIELD:
            period = f"  ({c.period})" if c.period and c.field else ""
            return L.field_label(c.field, self._table.entity) + period
        if col == self.CONFIDENCE:
            return f"{round(c.confidence * 100)} %" if c.field else L.tr("Unmapped")
        return self._samples[row]

    def _tooltip(self, c: Column) -> str:
        parts = []
        if not c.field:
            parts.append(L.tr("Nothing will be imported from this column."))
        if c.period:
            parts.append(L.tr("Month column: ") + c.period)
        if c.hints:
            parts.append(L.tr("Values named in the header: ") + ", ".join(c.hints))
        if c.note:
            parts.append(str(c.note))
        return "\n".join(parts) if parts else L.tr("Matched with ") + f"{round(c.confidence * 100)} %"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._table is None or role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() != self.FIELD:
            return False
        c = self._table.columns[index.row()]
        if value == c.field:
            return False
        change_field(self._table, c.index, value or None)
        # another column may have lost this field, and a RAID type column re-splits
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.mapping_changed.emit()
        return True
