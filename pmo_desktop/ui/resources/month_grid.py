"""A person's plan as a month grid: capacity and each project's allocation by month.

Select a run of months in a row (or several rows) and set them to an amount (``80``,
``10d``, ``50%``), move them some months later or earlier, or clear them; type into a
cell; paste a block copied from Excel (Ctrl+V, from the current cell). Each of these is
one undo step, however many months it touches (``editing.run_edits``). The grid
re-reads the person's plan whenever their capacity or allocations change (an undo, the
command line, an import) and keeps the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.capacity import util_band
from pmo_desktop.domain.money import format_pct
from pmo_desktop.operations import Result
from pmo_desktop.operations.allocations import (
    RowKey, cell_edits, hours_for, move_edits, parse_amount, person_plan, set_edits,
)
from pmo_desktop.operations.batch import Edit
from pmo_desktop.store.queries_common import add_months, month_range
from pmo_desktop.store.queries_plan import PersonPlan

from ..context import AppContext
from ..plain import plain_label
from .editing import run_edits
from .view import _month_title

__all__ = ["PlanDialog"]

MONTHS = 12
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled
_ENTITIES = {"capacity", "allocation", "resource", "project", "role", "setting"}


def _hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    return f"{hours:g}" if abs(hours) < 1e6 else f"{hours:,.0f}"


class PlanDialog(QDialog):
    """The month grid of resource ``resource_id``, ``MONTHS`` months from ``first``."""

    def __init__(self, ctx: AppContext, resource_id: int, first: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.resource_id = resource_id
        self.first = first
        self.plan: PersonPlan | None = None
        self.row_keys: list[RowKey | None] = []
        self._filling = False
        self._build()
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.resize(1100, 460)

    def _build(self) -> None:
        self.summary = plain_label(name="plan_summary", wrap=True)
        self.prev = QPushButton("◀ Earlier")
        self.prev.setObjectName("plan_prev")
        self.prev.clicked.connect(lambda: self.scroll_months(-3))
        self.next = QPushButton("Later ▶")
        self.next.setObjectName("plan_next")
        self.next.clicked.connect(lambda: self.scroll_months(3))
        nav = QHBoxLayout()
        nav.addWidget(self.summary, 1)
        nav.addWidget(self.prev)
        nav.addWidget(self.next)
        self.grid = QTableWidget(self)
        self.grid.setObjectName("plan_grid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.itemChanged.connect(self._on_item_changed)
        self.grid.installEventFilter(self)
        self.amount = QLineEdit()
        self.amount.setObjectName("plan_amount")
        self.amount.setPlaceholderText("80, 10d or 50%")
        self.amount.setMaximumWidth(130)
        self.amount.returnPressed.connect(self.set_selected)
        self.booking = QComboBox()
        self.booking.setObjectName("plan_booking")
        for text, value in (("Keep booking", None), ("Proposed", "proposed"),
                            ("Committed", "committed")):
            self.booking.addItem(text, value)
        self.move_by = QSpinBox()
        self.move_by.setObjectName("plan_move_by")
        self.move_by.setRange(-36, 36)
        self.move_by.setValue(1)
        self.move_by.setSuffix(" month(s)")
        tools = QHBoxLayout()
        tools.addWidget(QLabel("Selected months:"))
        tools.addWidget(self.amount)
        tools.addWidget(self.booking)
        for text, name, slot in (("Set", "plan_set", self.set_selected),
                                 ("Clear", "plan_clear", self.clear_selected)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addSpacing(16)
        tools.addWidget(self.move_by)
        move = QPushButton("Move")
        move.setObjectName("plan_move")
        move.setToolTip("Move the selected months later (or earlier, below 0)")
        move.clicked.connect(self.move_selected)
        tools.addWidget(move)
        tools.addStretch(1)
        add = QPushButton("Add project…")
        add.setObjectName("plan_add_project")
        add.clicked.connect(self._on_add_project)
        tools.addWidget(add)
        self.message = plain_label(name="plan_message", wrap=True)
        self.message.setStyleSheet("color: #D4351C;")
        hint = plain_label("Type in a cell, or select months and Set, Move or Clear them "
                           "(Del clears, Ctrl+V pastes from a spreadsheet). Each change is "
                           "one step of Edit > Undo.", wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(tools)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)

    # -- reading --------------------------------------------------------------------
    @property
    def months(self) -> list[str]:
        return month_range(self.first, MONTHS)

    def reload(self) -> None:
        """Re-read the person's plan and refill the grid, keeping the selection."""
        plan = person_plan(self.ctx.store, self.resource_id)
        if plan is None:
            self.close()
            return
        kept = [(i.row(), i.column()) for i in self.grid.selectedIndexes()]
        current = (self.grid.currentRow(), self.grid.currentColumn())
        self.plan = plan
        self.setWindowTitle(f"Plan — {plan.name}")
        facts = [plan.role or "No role", plan.team or "",
                 f"{plan.fte:g} FTE" if plan.fte is not None else "",
                 f"{plan.hours_per_day:g} h a day" if plan.hours_per_day else ""]
        self.summary.setText(f"{plan.name} · " + " · ".join(f for f in facts if f))
        self._fill(plan)
        if current[0] >= 0:
            self.grid.setCurrentCell(*current)
        model = self.grid.selectionModel()
        for row, column in kept:
            if row < self.grid.rowCount():
                model.select(self.grid.model().index(row, column),
                             model.SelectionFlag.Select)

    def _fill(self, plan: PersonPlan) -> None:
        months = self.months
        self._filling = True
        try:
            self.grid.clear()
            self.grid.setColumnCount(len(months))
            self.grid.setHorizontalHeaderLabels([_month_title(m) for m in months])
            self.row_keys = [r.key for r in plan.rows] + [None, None]
            labels = ["Capacity (h)"] + [
                f"{r.code} — {r.name}" + ("" if r.booking() == "committed"
                                          else f" ({r.booking() or 'mixed'})")
                for r in plan.allocations] + ["Booked, all projects", "Utilisation (committed)"]
            self.grid.setRowCount(len(labels))
            self.grid.setVerticalHeaderLabels(labels)
            italic = QFont(self.grid.font())
            italic.setItalic(True)
            for r, row in enumerate(plan.rows):
                for c, month in enumerate(months):
                    cell = row.cells.get(month)
                    item = QTableWidgetItem(_hours_text(cell.hours if cell else None))
                    item.setFlags(_EDITABLE)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if cell is not None and cell.booking == "proposed":
                        item.setFont(italic)
                        item.setToolTip("Proposed")
                    self.grid.setItem(r, c, item)
            base = len(plan.rows)
            for c, month in enumerate(months):
                booked = plan.allocated(month)
                capacity = plan.capacity.cells.get(month)
                cap = capacity.hours if capacity else None
                pct = (plan.allocated(month, committed_only=True) * 100.0 / cap
                       if cap else None)
                total = QTableWidgetItem(_hours_text(booked) if booked else "")
                util = QTableWidgetItem(format_pct(pct, 0) if pct is not None else "")
                band = util_band(pct)
                util.setBackground(QBrush(QColor(band.colour)))
                util.setToolTip(band.label)
                for k, item in enumerate((total, util)):
                    item.setFlags(_READ_ONLY)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.grid.setItem(base + k, c, item)
            self.grid.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Stretch)  # the months share the width
        finally:
            self._filling = False

    def selection(self) -> dict[RowKey, list[str]]:
        """The selected months of each editable row (the current cell when none)."""
        months = self.months
        indexes = self.grid.selectedIndexes() or (
            [self.grid.currentIndex()] if self.grid.currentIndex().isValid() else [])
        out: dict[RowKey, list[str]] = {}
        for index in indexes:
            key = self.row_keys[index.row()] if index.row() < len(self.row_keys) else None
            if key is not None:
                out.setdefault(key, []).append(months[index.column()])
        return {k: sorted(v) for k, v in out.items()}

    def _day(self) -> float:
        return float(self.ctx.store.setting("hours_per_day") or 7.5)

    # -- changes --------------------------------------------------------------------
    def _write(self, edits: list[Edit], text: str) -> bool:
        if self.plan is None:
            return False
        error = run_edits(self.ctx, edits, f"{text} ({self.plan.name})")
        self.message.setText(error or "")
        return error is None

    def _need_selection(self) -> dict[RowKey, list[str]] | None:
        chosen = self.selection()
        if not chosen:
            self.message.setText("Select the months to change first.")
            return None
        return chosen

    @Slot()
    def set_selected(self) -> bool:
        """Give the selected months the amount typed (booking as chosen)."""
        chosen = self._need_selection()
        if chosen is None or self.plan is None:
            return False
        try:
            amount = parse_amount(self.amount.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        if amount is None:
            self.message.setText("Type the hours to set (e.g. 80, 10d or 50%), or Clear.")
            return False
        edits = [e for key, months in chosen.items() for e in set_edits(
            self.plan, key, months, amount, booking=self.booking.currentData(),
            default_day=self._day())]
        return self._write(edits, f"Set {sum(map(len, chosen.values()))} months")

    @Slot()
    def clear_selected(self) -> bool:
        chosen = self._need_selection()
        if chosen is None or self.plan is None:
            return False
        edits = [e for key, months in chosen.items()
                 for e in set_edits(self.plan, key, months, None)]
        return self._write(edits, f"Clear {sum(map(len, chosen.values()))} months")

    @Slot()
    def move_selected(self, by: int | None = None) -> bool:
        chosen = self._need_selection()
        if chosen is None or self.plan is None:
            return False
        step = self.move_by.value() if by is None else by
        edits = [e for key, months in chosen.items()
                 for e in move_edits(self.plan, key, months, step)]
        if not self._write(edits, f"Move months {step:+d}"):
            return False
        self._select_moved(step)
        return True

    def _select_moved(self, step: int) -> None:
        """Select where the run went (so Move can be pressed again)."""
        indexes = self.grid.selectedIndexes()
        model = self.grid.selectionModel()
        model.clearSelection()
        for index in indexes:
            column = index.column() + step
            if 0 <= column < self.grid.columnCount():
                model.select(self.grid.model().index(index.row(), column),
                             model.SelectionFlag.Select)

    def paste(self, text: str | None = None) -> bool:
        """Paste tab-separated rows (from Excel) from the current cell on."""
        if self.plan is None:
            return False
        text = QGuiApplication.clipboard().text() if text is None else text
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or column < 0 or not text.strip():
            return False
        cells: dict[tuple[RowKey, str], float | None] = {}
        try:
            for i, line in enumerate(text.rstrip("\r\n").split("\n")):
                key = self.row_keys[row + i] if row + i < len(self.row_keys) else None
                if key is None:
                    break
                for j, value in enumerate(line.rstrip("\r").split("\t")):
                    month = add_months(self.months[column], j)
                    amount = parse_amount(value)
                    cells[(key, month)] = None if amount is None else hours_for(
                        self.plan, key, month, amount, self._day())
        except ValueError as exc:
            self.message.setText(f"Nothing pasted: {exc}")
            return False
        edits = cell_edits(self.plan, cells, booking=self.booking.currentData())
        return self._write(edits, f"Paste {len(cells)} months")

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.plan is None:
            return
        key = self.row_keys[item.row()]
        if key is None:
            return
        month = self.months[item.column()]
        try:
            amount = parse_amount(item.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            self.reload()
            return
        hours = None if amount is None else hours_for(self.plan, key, month, amount,
                                                       self._day())
        edits = cell_edits(self.plan, {(key, month): hours},
                           booking=self.booking.currentData())
        if not self._write(edits, f"Set {_month_title(month)}"):
            self.reload()

    def scroll_months(self, by: int) -> None:
        self.first = add_months(self.first, by)
        self.grid.clearSelection()
        self.reload()

    @Slot()
    def _on_add_project(self) -> None:
        from .allocate import AllocateDialog

        dialog = AllocateDialog(self.ctx, resource_id=self.resource_id, first=self.first,
                                parent=self)
        dialog.open()

    @Slot(object)
    def _on_changed(self, result: Result) -> None:
        if result.touches(_ENTITIES) and self.isVisible():
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (watched is self.grid and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and self.grid.state() != QAbstractItemView.State.EditingState):
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected()
                return True
        return super().eventFilter(watched, event)
