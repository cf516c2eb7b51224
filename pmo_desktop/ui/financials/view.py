"""Financials: BAC, AC, EAC, VAC, CPI and SPI per project, with a rolled-up total row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QSplitter, QStyle, QTableView,
    QVBoxLayout, QWidget,
)

from pmo_desktop.domain.evm_outlook import eac_projection, in_year

from pmo_desktop.domain.money import format_index, format_money, format_pct
from pmo_desktop.domain.rag import Rag, RagThresholds, rate_cpi, rate_spi
from pmo_desktop.store.labels import plural
from pmo_desktop.store import Store
from pmo_desktop.store.queries_common import parse_date, rag_key
from pmo_desktop.store.queries_financials import FinancialRow, Financials, financials_page
from pmo_desktop.store.queries_money import MoneyBook, eac_method, period_money
from pmo_desktop.store.queries_money_project import project_money

from ..context import AppContext
from ..viewkit.fmt import rag_chip, rag_text, text_or_dash
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.models import CENTRE, RIGHT, Column, RowTableModel
from ..viewkit.roles import Role
from ..viewkit.widgets import fit_columns, make_table_view, page_header, stacked_page
from .money_panel import MoneyPanel, MoneyScope

Money = Callable[[float | None], str]
# programmes, figures, rows, and the money panel's scope (the portfolio or the programme)
Read = tuple[list[str], Financials, PreparedRows[FinancialRow], MoneyScope]


def book_scope(book: MoneyBook, as_of: date, programme: str | None,
               settings: dict[str, Any]) -> MoneyScope:
    """The money panel's figures for the portfolio, or one programme, from its book."""
    fiscal = str(settings.get("fiscal_year_start") or "04-01")
    return MoneyScope(programme or tr("Portfolio"), book.total, book.periods,
                      eac_projection(book.total, as_of, book.finish),
                      in_year(book.total, as_of, fiscal))


def project_scope(store: Store, code: str, as_of: date) -> MoneyScope | None:
    """The money panel's figures for one project (a read job)."""
    settings = store.settings()
    page = project_money(store, code, as_of, store.thresholds(), eac_method(settings))
    if page is None:
        return None
    finish = parse_date(page.fields.get("finish_forecast") or page.fields.get("finish_baseline"))
    return MoneyScope(f"{code} — {page.fields.get('name') or ''}", page.phased,
                      period_money(store, code=code),
                      eac_projection(page.phased, as_of, finish),
                      in_year(page.phased, as_of,
                                 str(settings.get("fiscal_year_start") or "04-01")))


def _index_chip(rate: Callable[[float | None, RagThresholds], Rag], th: RagThresholds,
                value: Callable[[FinancialRow], float | None]
                ) -> Callable[[FinancialRow], str | None]:
    def chip(r: FinancialRow) -> str | None:
        rag = rate(value(r), th)
        return None if rag is Rag.NOT_SET else rag.colour
    return chip


def financial_columns(money: Money, th: RagThresholds) -> list[Column[FinancialRow]]:
    def amount(title: str, get: Callable[[FinancialRow], float | None],
               tip: str) -> Column[FinancialRow]:
        return Column(title, lambda r: money(get(r)), key=get, align=RIGHT, width=104,
                      header_tip=tip)

    return [
        Column(tr("Code"), lambda r: r.code, width=72),
        Column(tr("Project"), lambda r: r.name, width=230, fill=True, tooltip=lambda r: r.name),
        Column(tr("Programme"), lambda r: text_or_dash(r.programme), width=160,
               tooltip=lambda r: r.programme),
        Column(tr("RAG"), lambda r: rag_text(r.rag) if r.rag else "",
               key=lambda r: Rag.parse(None if r.rag in ("", "not_set") else r.rag).value,
               chip=lambda r: rag_chip(r.rag) if r.rag else None, align=CENTRE, width=70),
        amount(tr("Budget (BAC)"), lambda r: r.evm.bac, tr("Budget at completion")),
        amount(tr("Actual (AC)"), lambda r: r.evm.ac, tr("Actual cost to date")),
        amount(tr("Forecast (EAC)"), lambda r: r.eac, tr("Estimate at completion")),
        amount(tr("Variance (VAC)"), lambda r: r.evm.vac,
               tr("Variance at completion: BAC − EAC (negative is an overrun)")),
        Column(tr("VAC %"), lambda r: format_pct(r.evm.vac_pct), key=lambda r: r.evm.vac_pct,
               align=RIGHT, width=64),
        Column(tr("CPI"), lambda r: format_index(r.evm.cpi), key=lambda r: r.evm.cpi,
               chip=_index_chip(rate_cpi, th, lambda r: r.evm.cpi), align=CENTRE, width=58,
               header_tip=tr("Cost performance index: EV / AC")),
        Column(tr("SPI"), lambda r: format_index(r.evm.spi), key=lambda r: r.evm.spi,
               chip=_index_chip(rate_spi, th, lambda r: r.evm.spi), align=CENTRE, width=58,
               header_tip=tr("Schedule performance index: EV / PV")),
    ]


class FinancialsView(LoadingPage):
    """Per-project money; ``apply_filter`` takes ``programme``, ``rag`` and ``text``."""

    ENTITIES = frozenset({"project", "financial", "programme", "baseline", "setting"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "financials_view", parent)
        self.data: Financials | None = None
        self.book: MoneyScope | None = None
        money = lambda v: format_money(v, ctx.store.currency)  # noqa: E731
        columns = financial_columns(money, ctx.store.thresholds())
        self.model: KeyedTableModel[FinancialRow] = KeyedTableModel(
            columns, code_of=lambda r: r.code, facets={"rag": lambda r: r.rag}, parent=self)
        self.total_model: RowTableModel[FinancialRow] = RowTableModel(
            columns, parent=self, emphasis=lambda _r: True)
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build(columns)
        self.reload()

    def _build(self, columns: list[Column[FinancialRow]]) -> None:
        header, self._subtitle = page_header(tr("Financials"))
        self.programme = QComboBox(self)
        self.programme.setObjectName("financials_programme")
        self.programme.currentIndexChanged.connect(self._on_programme_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("financials_search")
        self.search.setPlaceholderText(tr("Filter projects…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.proxy.set_text)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.search)
        tools.addWidget(self.programme)
        self.table = make_table_view(self.proxy, "financials_table", self)
        self.table.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.table, columns)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.totals = self._totals_view(columns)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.money = MoneyPanel(self.ctx.store.currency, self)
        top = QWidget(self)
        page_layout = QVBoxLayout(top)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addLayout(tools)
        page_layout.addSpacing(8)
        page_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.setSpacing(0)
        footer.addWidget(self.totals, 1)
        footer.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        page_layout.addLayout(footer)
        page = QSplitter(Qt.Orientation.Vertical, self)
        page.setObjectName("financials_split")
        page.setChildrenCollapsible(False)
        page.addWidget(top)
        page.addWidget(self.money)
        page.setStretchFactor(0, 2)
        page.setStretchFactor(1, 3)
        self._stack = stacked_page(self, header, page, tr(
            "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio."))
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    def _totals_view(self, columns: list[Column[FinancialRow]]) -> QTableView:
        """A one-row table under the main one, kept aligned with its columns."""
        view = make_table_view(self.total_model, "financials_totals", self)
        view.setSortingEnabled(False)
        view.horizontalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFixedHeight(view.verticalHeader().defaultSectionSize() + 4)
        for column in range(len(columns)):  # the same widths as the table above
            view.setColumnWidth(column, self.table.columnWidth(column))
        self.table.horizontalHeader().sectionResized.connect(
            lambda i, _old, new: view.setColumnWidth(i, new))
        self.table.horizontalScrollBar().valueChanged.connect(
            view.horizontalScrollBar().setValue)
        return view

    def read_job(self) -> Callable[[Store], Read]:
        as_of, programme = self.ctx.as_of(), self.programme.currentData()
        prepare = self.model.preparer()

        def read(store: Store) -> Read:
            """One read: the rows and the money book from one read of the lines."""
            settings = store.settings()
            page = financials_page(store, as_of, store.thresholds(), programme,
                                   eac_method(settings))
            return (page.programmes, page.financials, prepare(page.financials.rows),
                    book_scope(page.book, as_of, programme, settings))
        return read

    def fill(self, value: Read) -> None:
        names, data, prepared, scope = value
        self.book = scope
        self.money.show_scope(scope)
        store = self.ctx.store
        programme = self.programme.currentData()
        self._fill_programmes(names)
        self.data = data
        self.model.set_prepared(prepared)
        total = FinancialRow(tr("Total"), plural(len(data.rows), "project"),
                             programme or tr("All programmes"), "", data.total_eac, data.total)
        self.total_model.set_rows([total] if data.rows else [])
        self._stack.setCurrentIndex(0 if data.rows or programme else 1)
        money = lambda v: format_money(v, store.currency, compact=True)  # noqa: E731
        self._subtitle.setText(tr(
            "As of {d} · budget {b} · forecast {e} · actual to date {a}").format(
            d=self.ctx.as_of().strftime("%d %b %Y"), b=money(data.total.bac),
            e=money(data.total_eac), a=money(data.total.ac)))

    def _fill_programmes(self, names: list[str]) -> None:
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(tr("All programmes"), None)
        for name in names:
            self.programme.addItem(name, name)
        self.programme.setCurrentIndex(max(0, self.programme.findData(current))
                                       if current else 0)
        self.programme.blockSignals(False)

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.search.setText(str(filters.get("text") or ""))
        programme = filters.get("programme")
        at = self.programme.findData(programme) if programme else 0
        self.programme.setCurrentIndex(max(0, at))
        rag = filters.get("rag")
        self.proxy.set_facet("rag", [rag_key(str(rag))] if rag else None)

    @Slot(int)
    def _on_programme_changed(self, _index: int) -> None:
        self.reload()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection,
                              _deselected: QItemSelection) -> None:
        """A selected project shows its own money below; no selection, the scope's."""
        rows = self.table.selectionModel().selectedRows()
        code = rows[0].data(Role.CODE) if rows else None
        if not code:
            if self.book is not None:
                self.money.show_scope(self.book)
            return
        as_of = self.ctx.as_of()
        self.ctx.runner.query(lambda store: project_scope(store, str(code), as_of),
                              self._on_project_read, key=f"money:{id(self)}")

    def _on_project_read(self, scope: MoneyScope | None) -> None:
        if scope is not None:
            self.money.show_scope(scope)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        code = index.data(Role.CODE)
        if code:
            self.navigate("project", {"code": code, "tab": "financials"})
