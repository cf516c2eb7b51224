"""The "Data quality" view: the pre-flight findings, most severe first.

The findings come from ``store.checks.run_checks`` (the same checks the CLI and the
pack print), read off the GUI thread through ``ctx.runner.query``: the view says
"Checking…" until they arrive, then fills in. The same read formats each finding's
filter text and sort keys (``FindingsModel.preparer``), so the GUI thread only swaps
them in, and sorting and filtering work on those keys (``KeyedFilterProxy``). Double-click a finding to open its
project. The view reloads on every ``changed`` (any edit may fix or cause a
finding).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from pmo_desktop.store import Store
from pmo_desktop.store.checks import CHECK_TITLES, SEVERITIES, Finding, run_checks, summarise
from pmo_desktop.store.labels import plural
from pmo_desktop.store.queries import as_of_date

from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.models import Column
from ..viewkit.roles import Role
from ..viewkit.page import ViewPage
from ..viewkit.widgets import EmptyState, apply_column_widths, make_table_view, page_header

SEVERITY_COLOURS = {"high": "#D4351C", "medium": "#FFBF00", "low": "#1D70B8"}
"""Chip fills (text is always printed on the chip as well)."""


def finding_columns() -> list[Column[Finding]]:
    return [
        Column(tr("Severity"), lambda f: f.severity.capitalize(),
               key=lambda f: SEVERITIES.index(f.severity),
               chip=lambda f: SEVERITY_COLOURS[f.severity], width=96),
        Column(tr("Check"), lambda f: CHECK_TITLES.get(f.check, f.check),
               tooltip=lambda f: f.check, width=200),
        Column(tr("Item"), lambda f: f.item, width=220),
        Column(tr("Finding"), lambda f: f.message, tooltip=lambda f: f.message, width=520),
    ]


class FindingsModel(KeyedTableModel[Finding]):
    """The findings table (roles only; the rows are computed by ``store.checks``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(finding_columns(), code_of=lambda f: f.project,
                         facets={"severity": lambda f: f.severity, "check": lambda f: f.check},
                         parent=parent)


@dataclass(frozen=True)
class QualityData:
    """What the background read hands the view."""

    day: date  # the portfolio's as-of date
    findings: PreparedRows[Finding]  # most severe first


def read_findings(store: Store) -> tuple[date, list[Finding]]:
    """The portfolio's as-of date and its findings (runs on the runner's thread)."""
    day = as_of_date(store.settings())
    return day, run_checks(store, day)


def findings_read(model: FindingsModel) -> Callable[[Store], QualityData]:
    """The view's read: the findings with ``model``'s keys prepared (runner's thread)."""
    prepare = model.preparer()

    def read(store: Store) -> QualityData:
        day, findings = read_findings(store)
        return QualityData(day, prepare(findings))
    return read


class QualityView(ViewPage):
    """Findings table with a severity filter and free-text search.

    Signals:
        loaded(): the findings of the latest reload are shown.
    """

    ENTITIES: frozenset[str] = frozenset()  # any change may fix or cause a finding
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "quality_view", parent)
        self.model = FindingsModel(self)
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        header, self.subtitle = page_header(tr("Data quality"), "", self)
        self.severity = QComboBox(self)
        self.severity.setObjectName("quality_severity")
        self.severity.addItem(tr("All severities"), None)
        for s in SEVERITIES:
            self.severity.addItem(s.capitalize(), s)
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("quality_search")
        self.search.setPlaceholderText(tr("Filter findings…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = make_table_view(self.proxy, "quality_table", self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # most severe first
        apply_column_widths(self.table, [c.width for c in self.model.columns()])
        self.empty = EmptyState(tr("Checking…"), self)
        self._summary = ""
        self.loading = False
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_subtitle)
        self.empty.setObjectName("quality_empty")
        bar = QHBoxLayout()
        bar.addWidget(self.severity)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(header)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.reload()

    def reload(self) -> None:
        """Say "Checking…" and read the findings off the GUI thread (a newer reload
        supersedes one still running); the rows shown stay until the new ones arrive."""
        self.loading = True
        self._summary = tr("Checking…")
        self._update_subtitle()
        if not self.model.rowCount():
            self.empty.setText(tr("Checking…"))
            self.table.setVisible(False)
            self.empty.setVisible(True)
        self.ctx.runner.query(findings_read(self.model), self._on_findings_read,
                              key=f"quality-{id(self)}", on_error=self._on_read_failed)

    def _on_findings_read(self, value: QualityData) -> None:
        if not isValid(self):
            return  # closed while the checks ran
        day, findings = value.day, value.findings.rows
        self.loading = False
        # The proxy sorts on the prepared keys (a stable sort: the findings arrive most
        # severe first, the default order) and filters on the prepared texts.
        self.model.set_prepared(value.findings)
        counts = summarise(findings)
        self._summary = tr("{n} as of {day}: {h} high, {m} medium, {l} low.").format(
            n=plural(len(findings), "finding"), day=day.isoformat(),
            h=counts["high"], m=counts["medium"], l=counts["low"])
        self._update_subtitle()
        self.empty.setText(tr("No findings: the data is ready for a pack."))
        self.table.setVisible(bool(findings))
        self.empty.setVisible(not findings)
        self.loaded.emit()

    def _on_read_failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.loading = False
        self._summary = tr("The checks could not be run: {e}").format(e=message)
        self._update_subtitle()
        self.loaded.emit()

    @Slot()
    def _update_subtitle(self) -> None:
        """The totals, then how many the severity and text filters leave shown."""
        if self.loading:
            self.subtitle.setText(self._summary)
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        filtered = tr(" {s} of {t} shown.").format(s=shown, t=total) if shown != total else ""
        self.subtitle.setText(self._summary + filtered +
                              tr(" Double-click a finding to open its project."))

    def apply_filter(self, filters: dict[str, Any]) -> None:
        severity = filters.get("severity")
        index = self.severity.findData(severity) if severity else 0
        self.severity.setCurrentIndex(max(0, index))
        if "text" in filters:
            self.search.setText(str(filters["text"]))

    @Slot(int)
    def _on_severity_changed(self, _index: int) -> None:
        value = self.severity.currentData()
        self.proxy.set_facet("severity", None if value is None else [value])

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        code = index.data(Role.CODE)
        source = self.proxy.mapToSource(index)
        finding = self.model.row(source.row())
        if finding.entity == "resource":
            self.navigate("resources", {"name": finding.item})
        elif code:
            self.navigate("project", {"code": code})
