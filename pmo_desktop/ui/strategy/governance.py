"""The Governance view: stage gates (decision, by whom, conditions, DCA; those due
first; each named by its place in the portfolio's gate sequence, the setting
``gate_names``), the benefits register with realised % (§7.2) and the measured actuals
of the benefit selected, and the stakeholder register with the power/interest grid
(§7.4). Read off the GUI thread.

Each register is edited in place (``registers.RegisterPanel``): Add…, Edit…, Delete…
(Insert, Enter, Del) through the record form and the undoable commands every register
uses, one undo step each; the view reloads from the change. A new gate asks which
project first (the current gate's is offered) and proposes the first gate of the
sequence that project has not recorded; a new actual belongs to the benefit selected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QInputDialog, QLabel, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.governance import (
    gate_label, gate_position, grid_quadrant, next_gate, realised_pct,
)
from pmo_desktop.store import Store
from pmo_desktop.store.queries_project import project_index
from pmo_desktop.store.queries_strategy import (
    benefit_actual_rows, benefit_rows, gate_rows, stakeholder_rows,
)

from ..context import AppContext
from ..record_actions import add_record
from ..record_form import RecordDialog
from ..viewkit.fmt import label
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.models import RIGHT, Column, RowTableModel
from ..viewkit.widgets import page_header, stacked_page
from .registers import RegisterPanel

__all__ = ["GovernanceView", "PowerInterestGrid"]

Row = dict[str, Any]
QUADRANTS = (("keep satisfied", 0, 0), ("manage closely", 1, 0), ("monitor", 0, 1),
             ("keep informed", 1, 1))  # (name, column, row) on the grid


@dataclass(frozen=True)
class GovernanceRead:
    gates: list[Row]
    benefits: list[Row]
    stakeholders: list[Row]
    actuals: dict[str, list[Row]] = field(default_factory=dict)  # by benefit ref
    projects: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    gate_names: tuple[str, ...] = ()


def _text(key: str) -> Callable[[Row], str]:
    return lambda r: "—" if r.get(key) in (None, "") else str(r[key])


def _gate_columns() -> list[Column[Row]]:
    return [Column(tr("Project"), lambda r: f"{r['project_code']}  {r['project_name'] or ''}",
                   width=240, fill=True),
            Column(tr("Gate"), lambda r: r["gate_label"], key=lambda r: r["gate_order"],
                   width=150, tooltip=lambda r: tr("Gate {n} of the portfolio's sequence")
                   .format(n=r["gate_order"] + 1) if r["gate_order"] < 99 else
                   tr("Not a gate of the portfolio's sequence (Portfolio settings)")),
            Column(tr("Planned"), _text("planned_date"), width=90),
            Column(tr("Held"), _text("actual_date"), width=90),
            Column(tr("Decision"), lambda r: label(r["decision"]) if r["decision"] else
                   tr("due"), width=150,
                   chip=lambda r: "red" if r["decision"] == "stop" else None),
            Column(tr("Decided by"), _text("decided_by"), width=150),
            Column(tr("DCA"), lambda r: label(r["dca_rating"]) if r["dca_rating"] else "—",
                   width=100),
            Column(tr("Conditions"), _text("conditions"), width=260)]


def _benefit_columns() -> list[Column[Row]]:
    return [Column(tr("Ref"), _text("ref"), width=70),
            Column(tr("Benefit"), _text("title"), width=230, fill=True),
            Column(tr("Owner"), _text("owner"), width=170),
            Column(tr("Measure"), _text("measure"), width=170),
            Column(tr("Baseline"), _text("baseline_value"), align=RIGHT, width=70),
            Column(tr("Target"), _text("target_value"), align=RIGHT, width=70),
            Column(tr("Latest"), _text("latest"), align=RIGHT, width=70),
            Column(tr("Realised"), lambda r: "—" if r["realised"] is None
                   else f"{r['realised']:.0%}", key=lambda r: r["realised"] or 0,
                   align=RIGHT, width=70),
            Column(tr("Status"), lambda r: label(r["status"]), width=90,
                   chip=lambda r: {"not_realised": "red", "realised": "green"}.get(
                       r["status"] or ""))]


def _actual_columns() -> list[Column[Row]]:
    return [Column(tr("Measured"), _text("actual_date"), width=100),
            Column(tr("Value"), _text("value"), key=lambda r: r["value"] or 0, align=RIGHT,
                   width=80),
            Column(tr("Realised"), lambda r: "—" if r["realised"] is None
                   else f"{r['realised']:.0%}", key=lambda r: r["realised"] or 0,
                   align=RIGHT, width=80),
            Column(tr("Notes"), _text("notes"), width=300, fill=True)]


def _stakeholder_columns() -> list[Column[Row]]:
    return [Column(tr("Stakeholder"), _text("name"), width=190, fill=True),
            Column(tr("Position"), _text("position"), width=170),
            Column(tr("Power"), _text("power"), align=RIGHT, width=54),
            Column(tr("Interest"), _text("interest"), align=RIGHT, width=60),
            Column(tr("Approach"), lambda r: grid_quadrant(r["power"], r["interest"]) or "—",
                   width=120),
            Column(tr("Now → wanted"), lambda r: f"{label(r['current_engagement'])} → "
                   f"{label(r['desired_engagement'])}", width=170)]


class PowerInterestGrid(QWidget):
    """The power/interest grid (§7.4): each stakeholder's name in its quadrant, placed by
    its two ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("power_interest_grid")
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = [r for r in rows if r.get("power") and r.get("interest")]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(30, 10, -10, -26)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        fills = {"manage closely": "#f6d5cf", "keep satisfied": "#f8ecc9",
                 "keep informed": "#d9e8f5", "monitor": "#e8ebee"}
        half_w, half_h = area.width() / 2, area.height() / 2
        for name, col, row in QUADRANTS:
            cell = QRectF(area.left() + col * half_w, area.top() + row * half_h, half_w, half_h)
            p.fillRect(cell, QColor(fills[name]))
            p.setPen(QColor("#6b7580"))
            p.drawText(cell.adjusted(6, 4, -6, -4),
                       int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight),
                       name.capitalize())
        p.setPen(text)
        p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 18),
                   int(Qt.AlignmentFlag.AlignCenter), tr("Interest →"))
        p.save()
        p.translate(14, area.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-60, -8, 120, 16), int(Qt.AlignmentFlag.AlignCenter), tr("Power →"))
        p.restore()
        seen: dict[int, int] = {}  # names on one power level stack, one line each
        for r in sorted(self.rows, key=lambda r: (-int(r["power"]), int(r["interest"]))):
            power, interest = int(r["power"]), int(r["interest"])
            n = seen.get(power, 0)
            seen[power] = n + 1
            x = area.left() + area.width() * _place(interest)
            y = area.bottom() - area.height() * _place(power) + n * 15
            p.setBrush(QColor("#2f6fb0"))
            p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
            name = str(r["name"])
            shown = name if len(name) <= 22 else name[:21] + "…"
            if x > area.left() + area.width() * 0.7:  # near the right edge: label to the left
                p.drawText(QRectF(x - 156, y - 8, 150, 16),
                           int(Qt.AlignmentFlag.AlignRight), shown)
            else:
                p.drawText(QRectF(x + 5, y - 8, 150, 16), int(Qt.AlignmentFlag.AlignLeft),
                           shown)
        p.end()


def _place(rating: int) -> float:
    """Where a 1–5 rating sits along its axis (0–1): 1–2 in the low half, 3–5 in the
    high half (``domain.governance.grid_quadrant``: 3 and above is high)."""
    if rating >= 3:
        return 0.5 + (rating - 2.5) / 3 * 0.5
    return (rating - 0.5) / 2 * 0.5


class GovernanceView(LoadingPage):
    """Gates, benefits (with the actuals of the one selected) and stakeholders, each
    editable in place.

    Signals:
        loaded(): the rows shown are the store's.
    """

    ENTITIES = frozenset({"gate", "benefit", "benefit_actual", "stakeholder", "project",
                          "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "governance_view", parent)
        self.read: GovernanceRead | None = None
        self.gates = RowTableModel(_gate_columns(), parent=self)
        self.benefits = RowTableModel(_benefit_columns(), parent=self)
        self.actuals = RowTableModel(_actual_columns(), parent=self)
        self.stakeholders = RowTableModel(_stakeholder_columns(), parent=self)
        self.chooser: QInputDialog | None = None  # the project chooser of a new gate
        header, self._subtitle = page_header(tr("Governance: gates, benefits, stakeholders"))
        self.tabs = QTabWidget(self)
        self.gate_panel = RegisterPanel(ctx, "gate", self.gates, "gates_table", tr("gate"),
                                        self.add_gate, self, title=_gate_title)
        self.tabs.addTab(self.gate_panel, tr("Stage gates"))
        self.tabs.addTab(self._benefits_page(), tr("Benefits"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.stakeholder_panel = RegisterPanel(ctx, "stakeholder", self.stakeholders,
                                               "stakeholders_table", tr("stakeholder"),
                                               self.add_stakeholder, self)
        self.grid = PowerInterestGrid(self)
        split.addWidget(self.stakeholder_panel)
        split.addWidget(self.grid)
        split.setSizes([700, 560])
        self.tabs.addTab(split, tr("Stakeholders"))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._stack = stacked_page(self, header, page, tr("No gates, benefits or "
                                                          "stakeholders yet."))
        self.add_placeholder(self._stack)
        self.reload()

    def _benefits_page(self) -> QSplitter:
        self.benefit_panel = RegisterPanel(self.ctx, "benefit", self.benefits,
                                           "benefits_table", tr("benefit"),
                                           self.add_benefit, self)
        self.actual_panel = RegisterPanel(self.ctx, "benefit_actual", self.actuals,
                                          "actuals_table", tr("actual"), self.add_actual,
                                          self)
        self.actual_title = QLabel("", self.actual_panel)
        self.actual_title.setObjectName("actuals_title")
        self.actual_title.setTextFormat(Qt.TextFormat.PlainText)
        self.actual_panel.buttons.insertWidget(0, self.actual_title)
        self.benefit_panel.table.selectionModel().currentRowChanged.connect(
            self._show_actuals)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.benefit_panel)
        split.addWidget(self.actual_panel)
        split.setSizes([420, 200])
        return split

    def read_job(self) -> Callable[[Store], GovernanceRead]:
        def read(store: Store) -> GovernanceRead:
            names = store.gate_names()
            benefits = benefit_rows(store)
            by_ref = {b["ref"]: b for b in benefits}
            actuals: dict[str, list[Row]] = {}
            for a in benefit_actual_rows(store):
                b = by_ref.get(a["benefit"], {})
                actuals.setdefault(a["benefit"], []).append({**a, "realised": realised_pct(
                    b.get("baseline_value"), b.get("target_value"), a["value"])})
            latest = {ref: next((a["value"] for a in reversed(rows) if a["value"] is not None),
                                None) for ref, rows in actuals.items()}
            benefits = [{**b, "latest": latest.get(b["ref"]),
                         "realised": realised_pct(b["baseline_value"], b["target_value"],
                                                  latest.get(b["ref"]))}
                        for b in benefits]
            gates = [{**g, "gate_label": gate_label(g["gate_code"], names),
                      "gate_order": _order(gate_position(g["gate_code"], names))}
                     for g in gate_rows(store)]
            gates.sort(key=lambda g: (g["decision"] is not None, g["planned_date"] or ""))
            return GovernanceRead(gates, benefits, stakeholder_rows(store), actuals,
                                  project_index(store), names)
        return read

    def fill(self, value: GovernanceRead) -> None:
        self.read = value
        self.gates.set_rows(value.gates)
        self.benefits.set_rows(value.benefits)
        self.stakeholders.set_rows(value.stakeholders)
        self.grid.set_rows(value.stakeholders)
        self._show_actuals()
        due = sum(1 for g in value.gates if not g["decision"])
        self._subtitle.setText(tr("{g} gates ({d} without a decision) · {b} benefits · "
                                  "{s} stakeholders · gates: {seq}").format(
            g=len(value.gates), d=due, b=len(value.benefits), s=len(value.stakeholders),
            seq=" → ".join(value.gate_names)))
        # Always the registers: a benefit or stakeholder needs no project, so even an
        # empty portfolio can start here.
        self._stack.setCurrentIndex(0)

    @Slot()
    def _show_actuals(self) -> None:
        benefit = self.benefit_panel.current()
        rows = self.read.actuals.get(benefit["ref"], []) if benefit and self.read else []
        self.actuals.set_rows(rows)
        self.actual_title.setText(
            tr("Actuals of {ref} “{title}”").format(ref=benefit["ref"], title=benefit["title"])
            if benefit else tr("Actuals: select a benefit"))
        self.actual_panel.add_action.setEnabled(benefit is not None
                                                and not self.ctx.store.read_only)

    # -- adding (each returns the dialog it opened) ------------------------------
    def add_gate(self) -> QInputDialog | None:
        """Ask which project the gate is of (the current gate's first), then open its
        form."""
        projects = self.read.projects if self.read else []
        if not projects:
            self.ctx.status_message.emit(tr("Add a project first: a gate belongs to one."))
            return None
        current = self.gate_panel.current()
        items = [f"{code} — {name}" for code, name in projects]
        chooser = QInputDialog(self.window())
        chooser.setObjectName("gateProjectChooser")
        chooser.setWindowTitle(tr("New gate"))
        chooser.setLabelText(tr("Which project is the gate of?"))
        chooser.setComboBoxItems(items)
        if current is not None:
            chooser.setTextValue(next((i for i in items
                                       if i.split(" — ")[0] == current["project_code"]),
                                      items[0]))
        chooser.textValueSelected.connect(self.add_gate_to)
        self.chooser = chooser
        chooser.open()
        return chooser

    @Slot(str)
    def add_gate_to(self, chosen: str) -> RecordDialog | None:
        """The form of a new gate of the project ``chosen`` (``CODE — name`` or a
        code), proposing the first gate of the sequence it has not recorded."""
        code = chosen.split(" — ")[0].strip()
        pid = self.ctx.store.project_id(code)
        if pid is None:
            return None
        recorded = [g["gate_code"] for g in (self.read.gates if self.read else [])
                    if g["project_code"] == code]
        dialog = add_record(self.ctx, self.window(), "gate", fixed={"project_id": pid},
                            initial={"gate_code": next_gate(recorded, self.ctx.store
                                                            .gate_names())})
        dialog.setWindowTitle(tr("New gate of {code}").format(code=code))
        self.gate_panel._keep(dialog)
        return dialog

    def add_benefit(self) -> RecordDialog:
        return add_record(self.ctx, self.window(), "benefit", initial={"status": "planned"})

    def add_actual(self) -> RecordDialog | None:
        """A measured value of the benefit selected, dated the as-of date."""
        benefit = self.benefit_panel.current()
        if benefit is None:
            self.ctx.status_message.emit(tr("Select the benefit the value is of first."))
            return None
        dialog = add_record(self.ctx, self.window(), "benefit_actual",
                            fixed={"benefit_id": benefit["id"]},
                            initial={"actual_date": self.ctx.as_of().isoformat()})
        dialog.setWindowTitle(tr("New actual of {ref}").format(ref=benefit["ref"]))
        return dialog

    def add_stakeholder(self) -> RecordDialog:
        return add_record(self.ctx, self.window(), "stakeholder")


def _gate_title(row: Row) -> str:
    return tr("Edit gate {gate} of {code} {name}").format(
        gate=row["gate_code"], code=row["project_code"], name=row["project_name"] or "")


def _order(position: int | None) -> int:
    """A gate's sort key: its place in the sequence, gates outside it last."""
    return 99 if position is None else position
