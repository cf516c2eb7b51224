"""The head of a project's page: its facts, its RAG by period and its status texts.

``ProjectHead`` builds the widgets above the tabs (on the page the view gives it, in
the order the page has always made them) and ``fill`` shows one project's detail in
them: the facts in two columns, the last six periods' RAG per dimension beside now and
calculated, and the summary, next steps and justification (each hidden when empty).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import MISSING, format_pct
from pmo_desktop.store.labels import field_label
from pmo_desktop.store.queries_common import parse_date, shown_rag, snapshot_rag
from pmo_desktop.store.queries_project import ProjectDetail

from ..plain import plain_label
from ..viewkit.fmt import fmt_date, label, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.models import RowTableModel
from ..viewkit.widgets import MutedLabel, SectionTitle, apply_column_widths, make_table_view
from .columns import DIMENSIONS, rag_columns

__all__ = ["FACTS", "ProjectHead"]

Row = dict[str, Any]

FACTS = (
    ("programme", field_label("programme_id")), ("sponsor", field_label("sponsor")),
    ("manager", field_label("manager")), ("stage", field_label("stage")),
    ("state", field_label("state")), ("baseline", tr("Baseline")),
    ("forecast_finish", field_label("finish_forecast")),
    ("status_date", field_label("status_date")), ("pct", field_label("pct_complete")),
    ("bei", tr("BEI")), ("bac", field_label("bac")), ("eac", field_label("eac")),
    ("ac", tr("Actual to date")),
)
_FACT_ROWS = -(-len(FACTS) // 2)  # two columns of facts


class ProjectHead:
    """The facts, the RAG by period and the texts of the page above the tabs.

    The widgets are made on ``page`` (the RAG model belongs to ``owner``, the view);
    ``layout`` holds them, for the view to put in its splitter. ``money`` formats an
    amount in the portfolio's currency (read when the page is filled).
    """

    def __init__(self, page: QWidget, owner: QObject,
                 money: Callable[[float | None], str]) -> None:
        self._money = money
        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        for n, (key, title) in enumerate(FACTS):
            name = MutedLabel(title, page)
            value = plain_label(MISSING, page)
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            facts.addWidget(name, n % _FACT_ROWS, (n // _FACT_ROWS) * 2)
            facts.addWidget(value, n % _FACT_ROWS, (n // _FACT_ROWS) * 2 + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        self.rag_model: RowTableModel[Row] = RowTableModel([], parent=owner)
        self.rag_view = make_table_view(self.rag_model, "rag_history", page)
        self.rag_view.setSortingEnabled(False)
        self.rag_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.rag_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rag_view.verticalHeader().setDefaultSectionSize(25)
        self.rag_view.horizontalHeader().setStretchLastSection(False)
        self.rag_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rag_view.setAlternatingRowColors(False)
        self.summary = _TextBlock(field_label("summary"), page)
        self.next_steps = _TextBlock(field_label("next_steps"), page)
        self.justification = _TextBlock(field_label("rag_justification"), page)
        text = QVBoxLayout()
        text.setSpacing(8)
        for block in (self.summary, self.next_steps, self.justification):
            text.addWidget(block)
        text.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addLayout(facts)
        left.addWidget(SectionTitle(tr("RAG by period"), page))
        left.addWidget(self.rag_view)
        self.layout = QHBoxLayout()
        self.layout.setSpacing(16)
        self.layout.addLayout(left, 3)
        self.layout.addLayout(text, 2)

    def fill(self, d: ProjectDetail) -> None:
        """Show ``d``'s facts, texts and RAG by period."""
        p, s = d.project, d.status
        stale = tr("  (stale)") if d.stale else ""
        values = {
            "programme": text_or_dash(p["programme"]), "sponsor": text_or_dash(p["sponsor"]),
            "manager": text_or_dash(p["manager"]), "stage": label(p["stage"]),
            "state": label(p["state"]),
            "baseline": f"{fmt_date(p['start_baseline'])} – {fmt_date(p['finish_baseline'])}",
            "forecast_finish": fmt_date(p["finish_forecast"]),
            "status_date": fmt_date(p["status_date"]) + stale,
            "pct": format_pct(s.pct_complete * 100 if s.pct_complete is not None else None, 0),
            "bei": s.bei.text,
            "bac": self._money(s.bac), "eac": self._money(s.eac), "ac": self._money(s.ac),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.summary.set_text(s.summary)
        self.next_steps.set_text(s.next_steps)
        self.justification.set_text(s.rag_justification)
        self._fill_rag(d)

    def _fill_rag(self, d: ProjectDetail) -> None:
        history = d.rag_history[-6:]
        periods = [{"short": _short(h["as_of"], h["label"]), "label": h["label"]}
                   for h in history]
        rows = []
        for order, dim in enumerate(DIMENSIONS):
            rows.append({
                "dim": dim, "order": order,
                "history": [snapshot_rag(h["snapshot"], dim) for h in history],
                "now": shown_rag(d.status, dim),
                "calc": d.status.calculated.get(dim), "trend": d.trends[dim],
            })
        columns = rag_columns(periods)  # type: ignore[arg-type]
        self.rag_model.set_table(columns, rows)
        apply_column_widths(self.rag_view, [c.width for c in columns])
        header = self.rag_view.horizontalHeader().sizeHint().height()
        self.rag_view.setFixedHeight(25 * len(rows) + header + 2 * self.rag_view.frameWidth()
                                     + 2)


def _short(as_of: str, fallback: str) -> str:
    day = parse_date(as_of)
    return day.strftime("%b") if day else fallback


class _TextBlock(QFrame):
    """A titled paragraph that hides itself when there is no text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = plain_label("", self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(SectionTitle(title, self))
        layout.addWidget(self._label)

    def set_text(self, text: str | None) -> None:
        self._label.setText(text or "")
        self.setVisible(bool(text))

    def text(self) -> str:
        return self._label.text()
