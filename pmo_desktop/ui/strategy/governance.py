"""The Governance view: stage gates (decision, by whom, conditions, DCA; those due
first), the benefits register with realised % (§7.2) and the stakeholder register with
the power/interest grid (§7.4). Read off the GUI thread; records are edited through
the command line's ``edit`` (or undone with ``undo``) for now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from pmo_desktop.domain.governance import grid_quadrant, realised_pct
from pmo_desktop.store import Store
from pmo_desktop.store.queries_strategy import (
    benefit_actual_rows, benefit_rows, gate_rows, stakeholder_rows,
)

from ..context import AppContext
from ..viewkit.fmt import label
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.models import RIGHT, Column, RowTableModel
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page

__all__ = ["GovernanceView", "PowerInterestGrid"]

Row = dict[str, Any]
QUADRANTS = (("keep satisfied", 0, 0), ("manage closely", 1, 0), ("monitor", 0, 1),
             ("keep informed", 1, 1))  # (name, column, row) on the grid


@dataclass(frozen=True)
class GovernanceRead:
    gates: list[Row]
    benefits: list[Row]
    stakeholders: list[Row]


def _text(key: str) -> Callable[[Row], str]:
    return lambda r: "—" if r.get(key) in (None, "") else str(r[key])


def _gate_columns() -> list[Column[Row]]:
    return [Column(tr("Project"), lambda r: f"{r['project_code']}  {r['project_name'] or ''}",
                   width=240, fill=True),
            Column(tr("Gate"), _text("gate_code"), width=70),
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
    """Gates, benefits and stakeholders.

    Signals:
        loaded(): the rows shown are the store's.
    """

    ENTITIES = frozenset({"gate", "benefit", "benefit_actual", "stakeholder", "project"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "governance_view", parent)
        self.gates = RowTableModel(_gate_columns(), parent=self)
        self.benefits = RowTableModel(_benefit_columns(), parent=self)
        self.stakeholders = RowTableModel(_stakeholder_columns(), parent=self)
        header, self._subtitle = page_header(tr("Governance: gates, benefits, stakeholders"))
        self.tabs = QTabWidget(self)
        for model, name, title in ((self.gates, "gates_table", tr("Stage gates")),
                                   (self.benefits, "benefits_table", tr("Benefits"))):
            table = make_table_view(model, name, self)
            fit_columns(table, model.columns())
            self.tabs.addTab(table, title)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        people = make_table_view(self.stakeholders, "stakeholders_table", self)
        fit_columns(people, self.stakeholders.columns())
        self.grid = PowerInterestGrid(self)
        split.addWidget(people)
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

    def read_job(self) -> Callable[[Store], GovernanceRead]:
        def read(store: Store) -> GovernanceRead:
            latest: dict[str, float] = {}
            for a in benefit_actual_rows(store):
                if a["value"] is not None:
                    latest[a["benefit"]] = float(a["value"])
            benefits = [{**b, "latest": latest.get(b["ref"]),
                         "realised": realised_pct(b["baseline_value"], b["target_value"],
                                                  latest.get(b["ref"]))}
                        for b in benefit_rows(store)]
            gates = sorted(gate_rows(store), key=lambda g: (g["decision"] is not None,
                                                           g["planned_date"] or ""))
            return GovernanceRead(gates, benefits, stakeholder_rows(store))
        return read

    def fill(self, value: GovernanceRead) -> None:
        self.gates.set_rows(value.gates)
        self.benefits.set_rows(value.benefits)
        self.stakeholders.set_rows(value.stakeholders)
        self.grid.set_rows(value.stakeholders)
        due = sum(1 for g in value.gates if not g["decision"])
        self._subtitle.setText(tr("{g} gates ({d} without a decision) · {b} benefits · "
                                  "{s} stakeholders").format(
            g=len(value.gates), d=due, b=len(value.benefits), s=len(value.stakeholders)))
        self._stack.setCurrentIndex(0 if value.gates or value.benefits or value.stakeholders
                                    else 1)
