"""The Strategy view: objectives with the projects, budget and RAG behind each (and the
objectives nothing serves); the ranked list, re-sorted as a criterion's weight moves
with the ranks that changed marked; the best selection a budget buys and the efficient
frontier with that selection marked.

The read (``operations.strategy``: the model, the candidates, the exact selection, the
frontier) runs off the GUI thread. Moving a weight re-ranks on the GUI thread from what
was read (pure arithmetic in ``domain.scoring``: milliseconds for hundreds of
candidates); letting go of the slider, or changing the budget, reads the selection
again in the background with the weights shown. The weights moved here are a what-if,
shown as shares of 100 %; Save weights stores those shares as the model (in whole per
cent adding up to exactly 100 %, DOMAIN §8.1), one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QPushButton, QSlider, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain import scoring
from pmo_desktop.domain.money import format_money
from pmo_desktop.operations import Result
from pmo_desktop.operations.record_rules import set_weights
from pmo_desktop.operations.strategy import (
    ObjectiveLine, StrategyData, load_strategy, objective_lines, prioritise,
)
from pmo_desktop.operations.scenarios import (
    ScenarioResult, compare_scenarios, save_scenario, scenarios,
)
from pmo_desktop.store import Store

from .. import commands
from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.loading import LoadingPage
from ..viewkit.models import RIGHT, Column, RowTableModel
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page
from .frontier import FrontierChart

__all__ = ["RankRow", "SetWeightsCommand", "StrategyView"]


class SetWeightsCommand(commands.StoreCommand):
    """Set the criteria's weights together (``record_rules.set_weights``: refused unless
    they add up to 100 %); undo puts back the weights they replaced."""

    def __init__(self, ctx: AppContext, weights: dict[str, float], text: str) -> None:
        super().__init__(ctx, text)
        stored = {str(r["name"]): r["weight"] for r in ctx.store.rows("criterion")}
        self.new = {name: _typed(w) for name, w in weights.items()}
        self.old = {name: _typed(stored.get(name)) for name in weights}

    def _do(self) -> Result:
        return set_weights(self.ctx.store, self.new, source=commands.SOURCE)

    def _undo(self) -> Result:  # what was there, even a model that did not add up
        return set_weights(self.ctx.store, self.old, source=commands.SOURCE, check=False)


def _typed(weight: float | None) -> str:
    return "" if weight is None else f"{weight * 100:g}%"


@dataclass(frozen=True)
class RankRow:
    rank: int
    moved: int  # places up (+) or down (−) against the stored weights
    code: str
    name: str
    kind: str
    score: float
    cost: float
    selected: bool
    forced: str | None = None


@dataclass
class StrategyRead:
    data: StrategyData
    lines: list[ObjectiveLine]
    result: dict[str, Any]
    currency: str
    base: list[scoring.Ranked] = field(default_factory=list)  # by the stored weights
    scenarios: list[ScenarioResult] = field(default_factory=list)


def _objective_columns(currency: str) -> list[Column[ObjectiveLine]]:
    def rag(line: ObjectiveLine) -> str:
        r = line.rag
        return f"{r['red']} red · {r['amber']} amber · {r['green']} green" \
            if line.projects else "—"

    return [
        Column(tr("Objective"), lambda o: f"{o.code}  {o.name}", width=260, fill=True),
        Column(tr("Owner"), lambda o: o.owner or "—", width=150),
        Column(tr("Weight"), lambda o: "—" if o.weight is None else f"{o.weight:.0%}",
               key=lambda o: o.weight or 0, align=RIGHT, width=60),
        Column(tr("Projects"), lambda o: str(len(o.projects)) if o.projects else
               (tr("none: nothing serves it") if o.unserved else tr("none yet")),
               key=lambda o: len(o.projects), width=150,
               tooltip=lambda o: ", ".join(o.projects + o.proposals) or None),
        Column(tr("Proposals"), lambda o: str(len(o.proposals)), key=lambda o: len(o.proposals),
               align=RIGHT, width=70),
        Column(tr("Budget"), lambda o: format_money(o.budget, currency, compact=True),
               key=lambda o: o.budget, align=RIGHT, width=80),
        Column(tr("RAG of its projects"), rag, width=190),
    ]


def _scenario_columns(currency: str) -> list[Column[ScenarioResult]]:
    return [
        Column(tr("Scenario"), lambda r: r.name, width=110, fill=True),
        Column(tr("Budget"), lambda r: format_money(r.budget, currency, compact=True),
               key=lambda r: r.budget, align=RIGHT, width=70),
        Column(tr("Selected"), lambda r: str(len(r.selected)), key=lambda r: len(r.selected),
               align=RIGHT, width=64, tooltip=lambda r: ", ".join(r.selected) or None),
        Column(tr("Score"), lambda r: f"{r.total_score:,.0f}", key=lambda r: r.total_score,
               align=RIGHT, width=60),
        Column(tr("% of max"), lambda r: f"{r.share_of_maximum:.0%}",
               key=lambda r: r.share_of_maximum, align=RIGHT, width=70,
               header_tip=tr("Its score as a share of funding every candidate")),
        Column(tr("Cost"), lambda r: format_money(r.total_cost, currency, compact=True),
               key=lambda r: r.total_cost, align=RIGHT, width=70),
    ]


def _rank_columns(currency: str) -> list[Column[RankRow]]:
    def moved(r: RankRow) -> str:
        return "" if not r.moved else (f"▲ {r.moved}" if r.moved > 0 else f"▼ {-r.moved}")

    return [
        Column(tr("Rank"), lambda r: str(r.rank), key=lambda r: r.rank, align=RIGHT, width=46),
        Column(tr("Moved"), moved, key=lambda r: r.moved, width=56,
               header_tip=tr("Places moved since the weights as saved")),
        Column(tr("Code"), lambda r: r.code, width=80),
        Column(tr("Project or proposal"), lambda r: r.name, width=220, fill=True),
        Column(tr("Kind"), lambda r: tr(r.kind), width=70),
        Column(tr("Score"), lambda r: f"{r.score:.1f}", key=lambda r: r.score, align=RIGHT,
               width=56),
        Column(tr("Cost"), lambda r: format_money(r.cost, currency, compact=True),
               key=lambda r: r.cost, align=RIGHT, width=76),
        Column(tr("Selected"), lambda r: ("✓ " + tr("forced") if r.forced == "in" else "✓")
               if r.selected else "", key=lambda r: r.selected, width=70),
    ]


class StrategyView(LoadingPage):
    """Objectives, the ranked candidates and the selection a budget buys.

    Signals:
        loaded(): the figures shown are the store's.
    """

    ENTITIES = frozenset({"objective", "contribution", "criterion", "score", "proposal",
                          "project", "allocation", "capacity", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "strategy_view", parent)
        self.read: StrategyRead | None = None
        self.weights: dict[str, float] = {}  # the what-if weights (0–100 by criterion)
        self.budget: float | None = None
        self.sliders: dict[str, QSlider] = {}
        self._weight_labels: dict[str, QLabel] = {}
        self.objectives = RowTableModel(_objective_columns("GBP"), parent=self)
        self.ranked = RowTableModel(_rank_columns("GBP"), parent=self,
                                    emphasis=lambda r: r.selected)
        self.scenario_model = RowTableModel(_scenario_columns("GBP"), parent=self)
        self.dialog: QInputDialog | None = None
        self._build()
        self.reload()

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Strategy and priorities"))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.objective_table = make_table_view(self.objectives, "objectives_table", self)
        fit_columns(self.objective_table, self.objectives.columns())
        self.rank_table = make_table_view(self.ranked, "ranked_table", self)
        fit_columns(self.rank_table, self.ranked.columns())
        self.chart = FrontierChart(self)
        self.weights_box = QGroupBox(tr("Criteria weights (what-if)"), self)
        self.weights_box.setObjectName("weights_box")
        self._weights_grid = QGridLayout(self.weights_box)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Budget"), self))
        self.budget_box = QDoubleSpinBox(self)
        self.budget_box.setObjectName("strategy_budget")
        self.budget_box.setRange(0, 1e12)
        self.budget_box.setDecimals(0)
        self.budget_box.setSingleStep(250_000)
        self.budget_box.setGroupSeparatorShown(True)
        self.budget_box.editingFinished.connect(self._on_budget)
        controls.addWidget(self.budget_box)
        self.proposals_box = QCheckBox(tr("Proposals compete"), self)
        self.proposals_box.setObjectName("strategy_proposals")
        self.proposals_box.setChecked(True)
        self.proposals_box.toggled.connect(lambda _on: self.reload())
        controls.addWidget(self.proposals_box)
        controls.addStretch(1)
        self.summary = QLabel("", self)
        self.summary.setObjectName("strategy_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.weights_box)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.chart, tr("Frontier"))
        scenario_page = QWidget(self)
        scenario_layout = QVBoxLayout(scenario_page)
        self.save_button = QPushButton(tr("Save these settings as a scenario…"), self)
        self.save_button.setObjectName("scenario_save")
        self.save_button.clicked.connect(self.ask_scenario_name)
        scenario_layout.addWidget(self.save_button)
        self.scenario_table = make_table_view(self.scenario_model, "scenario_table", self)
        fit_columns(self.scenario_table, self.scenario_model.columns())
        scenario_layout.addWidget(self.scenario_table, 1)
        self.tabs.addTab(scenario_page, tr("Scenarios side by side"))
        right_layout.addWidget(self.tabs, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.rank_table)
        lower.addWidget(right)
        lower.setSizes([700, 520])
        upper = QSplitter(Qt.Orientation.Vertical, self)
        upper.addWidget(self.objective_table)
        upper.addWidget(lower)
        upper.setSizes([200, 420])
        layout.addWidget(upper, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No objectives or criteria yet: add objectives (what the organisation wants) "
            "and scoring criteria, then score projects and proposals against them."))
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    def _build_sliders(self, data: StrategyData) -> None:
        if set(self.sliders) == {c.name for c in data.criteria}:
            for c in data.criteria:  # untouched (or just saved): the stored weights
                if c.name not in self.weights:
                    slider = self.sliders[c.name]
                    slider.blockSignals(True)
                    slider.setValue(round(c.weight * 100))
                    slider.blockSignals(False)
            self._show_weight_labels()
            return
        while self._weights_grid.count():
            item = self._weights_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sliders.clear()
        self._weight_labels.clear()
        for row, c in enumerate(data.criteria):
            name = QLabel(c.name + (" " + tr("(reverse-scored)") if c.reverse else ""), self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"weight_{row}")
            slider.setRange(0, 100)
            slider.setValue(round(self.weights.get(c.name, c.weight * 100)))
            slider.valueChanged.connect(lambda v, n=c.name: self._on_weight(n, v))
            slider.sliderReleased.connect(self.reload)
            value = QLabel("", self)
            value.setMinimumWidth(40)
            self._weights_grid.addWidget(name, row, 0)
            self._weights_grid.addWidget(slider, row, 1)
            self._weights_grid.addWidget(value, row, 2)
            self.sliders[c.name] = slider
            self._weight_labels[c.name] = value
        self.weights_note = QLabel("", self)
        self.weights_note.setObjectName("weights_note")
        self.weights_note.setWordWrap(True)
        self.save_weights_button = QPushButton(tr("Save weights"), self)
        self.save_weights_button.setObjectName("weights_save")
        self.save_weights_button.setToolTip(tr(
            "Store the shares shown as the scoring model's weights (whole per cent, adding "
            "up to 100 %); Edit > Undo takes them back"))
        self.save_weights_button.clicked.connect(self.save_weights)
        rows = len(data.criteria)
        self._weights_grid.addWidget(self.weights_note, rows, 0, 1, 2)
        self._weights_grid.addWidget(self.save_weights_button, rows, 2)
        self._show_weight_labels()

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], StrategyRead]:
        weights = {k: v / 100 for k, v in self.weights.items()} or None
        budget, proposals = self.budget, self.proposals_box.isChecked()

        def read(store: Store) -> StrategyRead:
            data = load_strategy(store)
            result = prioritise(data, budget, include_proposals=proposals, weights=weights,
                                frontier_steps=40)
            base = data.ranked(data.candidates(proposals)) if data.criteria else []
            compared = compare_scenarios(data, scenarios(store))
            return StrategyRead(data, objective_lines(data), result, store.currency, base,
                                compared)
        return read

    def fill(self, value: StrategyRead) -> None:
        self.read = value
        self.objectives.set_table(_objective_columns(value.currency), value.lines)
        self._build_sliders(value.data)
        if self.budget is None:
            self.budget = value.result["budget"]
        self.budget_box.blockSignals(True)
        self.budget_box.setValue(float(self.budget or 0.0))
        self.budget_box.blockSignals(False)
        self._show_ranks()
        self.scenario_model.set_table(_scenario_columns(value.currency), value.scenarios)
        res = value.result
        self.chart.set_data([(p["budget"], p["total_score"]) for p in res["frontier"]],
                            res["budget"], (res["total_cost"], res["total_score"]),
                            value.currency)
        unserved = [line.code for line in value.lines if line.unserved]
        self.summary.setText(tr(
            "Selected {n} of {m}: score {s:,.1f} for {c} of {b}.").format(
            n=len(res["selected"]), m=len(res["candidates"]), s=res["total_score"],
            c=format_money(res["total_cost"], value.currency, compact=True),
            b=format_money(res["budget"], value.currency, compact=True))
            + (" " + res["note"] if res.get("note") else ""))
        self._subtitle.setText(tr(
            "{o} objectives ({u}) · {c} criteria · {p} projects and {q} proposals").format(
            o=len(value.lines), c=len(value.data.criteria), p=len(value.data.projects),
            q=len(value.data.proposals),
            u=tr("served by nothing: ") + ", ".join(unserved) if unserved
            else tr("each served")))
        self._stack.setCurrentIndex(0 if value.lines or value.data.criteria else 1)

    # -- what-if ---------------------------------------------------------------
    def current_weights(self) -> dict[str, float]:
        """The weights shown, as fractions by criterion (stored ones where untouched)."""
        if self.read is None:
            return {}
        return {c.name: self.weights.get(c.name, c.weight * 100) / 100
                for c in self.read.data.criteria}

    def _show_ranks(self) -> None:
        read = self.read
        if read is None:
            return
        items = read.data.candidates(self.proposals_box.isChecked())
        ranked = read.data.ranked(items, self.current_weights() or None)
        moved = scoring.rank_changes(read.base, ranked) if read.base else {}
        by_code = {i.code: i for i in items}
        chosen = set(read.result["selected"])
        forced = {c["code"]: c["forced"] for c in read.result["candidates"]}
        self.ranked.set_table(_rank_columns(read.currency), [
            RankRow(r.rank, moved.get(r.code, 0), r.code, by_code[r.code].name,
                    by_code[r.code].kind, r.score, by_code[r.code].cost, r.code in chosen,
                    forced.get(r.code)) for r in ranked])

    def _show_weight_labels(self) -> None:
        shares = self.weights_to_save()  # what Save weights would store: they add up
        for name, text in self._weight_labels.items():
            text.setText(f"{shares.get(name, 0.0):.0%}")
        if not self._weight_labels or self.read is None:
            return
        stored = self.read.data.weights()
        moved = any(abs(shares[n] - (stored.get(n) or 0.0)) > 1e-9 for n in shares)
        problem = scoring.weights_problem(stored)
        self.save_weights_button.setEnabled(moved and not self.ctx.store.read_only)
        self.weights_note.setText(
            tr("The saved weights add up to {t:.0%}, not 100 %: ranked here as shares of "
               "their total. Save weights to store the shares shown.").format(
                t=sum(w or 0.0 for w in stored.values())) if problem else
            tr("Moved: ranked as shares of 100 % (not saved).") if moved else
            tr("The saved weights (they add up to 100 %)."))

    def weights_to_save(self) -> dict[str, float]:
        """The shares shown, as Save weights stores them: whole per cent adding up to
        exactly 100 % (``domain.scoring.whole_percents``)."""
        return scoring.whole_percents(self.current_weights())

    @Slot()
    def save_weights(self) -> bool:
        """Store the shares shown as the model's weights, one undo step."""
        shares = self.weights_to_save()
        if not shares:
            return False
        command = SetWeightsCommand(self.ctx, shares, tr("Save the criteria weights"))
        if not commands.run(self.ctx, command):
            return False
        self.weights.clear()  # the sliders now show the saved model
        return True

    # -- scenarios -------------------------------------------------------------
    def ask_scenario_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("scenarioName")
        dialog.setWindowTitle(tr("Save scenario"))
        dialog.setLabelText(tr("Name of the scenario (budget, weights, proposals):"))
        dialog.textValueSelected.connect(self.save_scenario)
        self.dialog = dialog
        dialog.open()

    def save_scenario(self, name: str) -> None:
        """Save the budget, weights and 'proposals compete' shown as scenario ``name``."""
        if self.read is None or not name.strip():
            return
        result = save_scenario(
            self.ctx.store, name, budget=float(self.budget or 0.0),
            include_proposals=self.proposals_box.isChecked(),
            weights=self.current_weights())
        self.ctx.notify(result)

    @Slot()
    def _on_budget(self) -> None:
        self.budget = float(self.budget_box.value())
        self.reload()

    def _on_weight(self, name: str, value: int) -> None:
        self.weights[name] = float(value)
        self._show_weight_labels()
        self._show_ranks()
