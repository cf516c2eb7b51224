"""Change requests across the portfolio, grouped by status.

The rows come from one named store read (``project_page.change_request_rows``); in a
large portfolio (``BACKGROUND_FROM`` projects or more) it runs through the runner off
the GUI thread, with a placeholder until the first rows are in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QTabBar, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.enums import CR_DECIDED_STATUSES, CR_STATUSES, label
from pmo_desktop.domain.money import format_money
from pmo_desktop.store.portfolio_reads import project_count
from pmo_desktop.store.project_page import change_request_rows

from ..context import AppContext
from ..viewkit.i18n import tr
from ..viewkit.models import RowFilterProxy, RowTableModel
from ..viewkit.roles import Role
from ..viewkit.page import ViewPage
from ..viewkit.widgets import (
    EmptyState, fit_columns, make_table_view, page_header, stacked_page,
)
from .columns import CR, cr_columns

# Status groups shown as tabs: (key, title, statuses).
OPEN_STATUSES = ("draft", "submitted", "under_assessment", "awaiting_decision")
GROUPS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("all", "All", None),
    ("open", "Open", OPEN_STATUSES),
    ("awaiting_decision", "Awaiting decision", ("awaiting_decision",)),
    ("decided", "Decided", tuple(sorted(CR_DECIDED_STATUSES))),
    ("done", "Implemented / closed", ("implemented", "closed")),
)


class ChangesView(ViewPage):
    """Change requests; ``apply_filter`` takes ``status`` (a status or a group key),
    ``code`` and ``text``.

    Signals:
        loaded(): the rows shown are the store's (``is_loading()`` is False).
    """

    loaded = Signal()
    # Portfolios at least this big read the register off the GUI thread.
    BACKGROUND_FROM = 2000

    ENTITIES = frozenset({"change_request", "project"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "changes_view", parent)
        # Read once per load: the setting is a query, and a cell is formatted per row.
        self._currency = ctx.store.currency
        money = lambda v: format_money(v, self._currency)  # noqa: E731
        self.model: RowTableModel[CR] = RowTableModel(
            cr_columns(money), code_of=lambda c: c["project_code"],
            facets={"status": lambda c: c["status"]}, parent=self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loading = False
        self._filled = False
        self._key = f"changes.{id(self)}"
        self._build()
        self.reload()

    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Change requests"))
        self.status_tabs = QTabBar(self)
        self.status_tabs.setObjectName("changes_status_tabs")
        self.status_tabs.setDrawBase(False)
        self.status_tabs.setExpanding(False)
        for _key, title, _statuses in GROUPS:
            self.status_tabs.addTab(tr(title))
        self.status_tabs.currentChanged.connect(self._on_status_tabs_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("changes_search")
        self.search.setPlaceholderText(tr("Filter by project, title, requester…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.proxy.set_text)
        tools = QHBoxLayout()
        tools.addWidget(self.status_tabs)
        tools.addStretch(1)
        tools.addWidget(self.search)
        self.table = make_table_view(self.proxy, "changes_table", self)
        fit_columns(self.table, self.model.columns())
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(tools)
        page_layout.addWidget(self.table, 1)
        self._stack = stacked_page(self, header, page, tr(
            "No change requests yet — import a change log (Ctrl+I)."))
        self._placeholder = EmptyState(tr("Loading the change requests…"))
        self._placeholder.setObjectName("changes_loading")
        self._stack.addWidget(self._placeholder)

    def is_loading(self) -> bool:
        """Whether a read of the rows is on its way."""
        return self._loading

    def reload(self) -> None:
        self._currency = self.ctx.store.currency
        background = project_count(self.ctx.store) >= self.BACKGROUND_FROM
        self._loading = True
        if background and not self._filled:
            self._stack.setCurrentWidget(self._placeholder)
            self._subtitle.setText(tr("Loading…"))
        self.ctx.runner.load(change_request_rows, self._on_rows, key=self._key,
                             background=background, on_error=self._on_load_failed)

    def _on_load_failed(self, message: str) -> None:
        self._loading = False
        self._subtitle.setText(message)
        self.ctx.status_message.emit(message)
        self.loaded.emit()

    def _on_rows(self, rows: list[CR]) -> None:
        self._loading = False
        self._filled = True
        self.model.set_rows(rows)
        self._stack.setCurrentIndex(0 if rows else 1)
        for n, (_key, title, statuses) in enumerate(GROUPS):
            count = sum(1 for r in rows if statuses is None or r["status"] in statuses)
            self.status_tabs.setTabText(n, f"{tr(title)} ({count})")
        by_status = {s: sum(1 for r in rows if r["status"] == s) for s in CR_STATUSES}
        self._subtitle.setText(" · ".join(
            f"{label(s)} {n}" for s, n in by_status.items() if n) or tr("None yet"))
        self.loaded.emit()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        self.search.setText(str(filters.get("text") or ""))
        self.proxy.set_codes([str(filters["code"])] if filters.get("code") else None)
        status = filters.get("status")
        keys = [g[0] for g in GROUPS]
        if status in keys:
            self.status_tabs.setCurrentIndex(keys.index(status))
        elif status:
            self.status_tabs.setCurrentIndex(0)
            self.proxy.set_facet("status", [str(status)])
        else:
            self.status_tabs.setCurrentIndex(0)
            self.proxy.set_facet("status", None)

    @Slot(int)
    def _on_status_tabs_changed(self, index: int) -> None:
        statuses = GROUPS[index][2] if 0 <= index < len(GROUPS) else None
        self.proxy.set_facet("status", list(statuses) if statuses else None)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        code = index.data(Role.CODE)
        if code:
            self.navigate("project", {"code": code, "tab": "changes"})
