"""The project page: header, RAG strip with history, summary and tabs of records.

The page reads ``project_page`` (the picker's index and the project's detail) in one
named store read. Its tabs are a list of (key, title, factory): every tab's rows (and
the count in its title) are filled with the page, but a tab's widgets are built the
first time it is shown (or asked for through ``pages``/``views``/``models``), so
opening a project builds one tab, not seven. In a large portfolio (``BACKGROUND_FROM`` projects or more) that
read runs through the runner off the GUI thread while the page says what it is
loading; a small one reads at once (a few ms). The facts, RAG by period and texts
above the tabs are ``head.ProjectHead``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from pmo_desktop.domain.money import format_money
from pmo_desktop.store.portfolio_reads import project_count
from pmo_desktop.store.project_page import ProjectPage, project_page
from pmo_desktop.store.queries_project import ProjectDetail

from ..changes.columns import cr_columns
from ..context import AppContext
from ..raid.columns import raid_columns
from ..viewkit.fmt import label
from ..viewkit.choices import ChoiceListModel, use_choices
from ..viewkit.i18n import tr
from ..viewkit.models import Column, RowTableModel
from ..viewkit.page import ViewPage
from ..viewkit.widgets import EmptyState, page_header
from .baselines import baseline_columns
from .columns import history_columns, milestone_columns
from .financials_grid import FinancialGrid
from .head import ProjectHead
from .lessons_tab import LessonRows, LessonsTab
from .tabs import LazyTabs, OnDemand, TabSpec, table_tab
from .milestones import MilestonePanel
from .plan_tab import plan_tab

Row = dict[str, Any]

SPLITTER_KEY = "project/splitter"  # how much of the page the user gave the tabs


class ProjectDetailView(ViewPage):
    """One project's page; ``apply_filter({"code": ...})`` shows that project.

    Signals:
        loaded(): the page shows what was last asked for (``is_loading()`` is False).
    """

    loaded = Signal()
    # Portfolios at least this big read the page off the GUI thread.
    BACKGROUND_FROM = 2000

    ENTITIES = frozenset({
        "project", "programme", "milestone", "financial", "risk", "issue", "assumption",
        "dependency", "decision", "action", "change_request", "baseline", "allocation",
        "reporting_period", "lesson", "task",
    })

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "detail_view", parent)
        self.code: str | None = None
        self.detail: ProjectDetail | None = None
        # Read once per load: the setting is a query, and a cell is formatted per row.
        self._currency = ctx.store.currency
        self._money = lambda v: format_money(v, self._currency)
        # Each tab's model, table and widget, by the tab's key; asking for one of a tab
        # not shown yet builds the tab.
        self.models: dict[str, RowTableModel[Any]] = OnDemand(self._tab_page)
        self.views: dict[str, QTableView] = OnDemand(self._tab_page)
        self._loading = False
        self._background = False  # whether the last load read off the GUI thread
        self._key = f"detail.{id(self)}"
        self._build()
        self.reload()

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Project"))
        title = header.findChild(QLabel, "page_title")
        assert title is not None
        self._title: QLabel = title
        self.picker = QComboBox(self)
        self.picker.setObjectName("project_picker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumWidth(320)
        # A model over the index (filled in one reset) and a width that does not
        # measure every item: 10,000 projects fill the picker at once.
        self._index = ChoiceListModel(parent=self.picker)
        self._index_rows: list[tuple[str, str]] = []
        use_choices(self.picker, self._index)
        completer = self.picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.activated.connect(self._on_picker_activated)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignTop)
        self._stack = QStackedWidget(self)
        self._empty = EmptyState(tr("No projects yet — import a tracker (Ctrl+I) or open the "
                                    "demo portfolio."))
        self._placeholder = EmptyState(tr("Loading the project…"))
        self._placeholder.setObjectName("detail_loading")
        self._stack.addWidget(self._build_page())
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)

    def _build_page(self) -> QWidget:
        page = QWidget()
        # The facts, RAG by period and texts above the tabs (the view keeps its names).
        self._head = ProjectHead(page, self, self._money)
        self._facts: dict[str, QLabel] = self._head.facts
        self.models["rag"] = self._head.rag_model
        self.rag_view = self._head.rag_view
        self._summary = self._head.summary
        self._next_steps = self._head.next_steps
        self._justification = self._head.justification
        upper = self._head.layout
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("detail_tabs")
        self.tabs.setDocumentMode(True)
        self._lesson_rows = LessonRows(self.ctx, self)
        self._lesson_rows.counted.connect(self._on_lessons_counted)
        self.models["lessons"] = self._lesson_rows.model
        # (key, title, factory): a tab's widgets are built the first time it is shown;
        # its rows (and the count in its title) are filled from the start.
        self.plan, plan_spec = plan_tab(self)
        specs: list[TabSpec] = [
            self._table_tab("milestones", tr("Milestones"), milestone_columns()),
            plan_spec,
            self._table_tab("raid", tr("RAID"), raid_columns(with_project=False)),
            self._table_tab("changes", tr("Change requests"),
                            cr_columns(self._money, with_project=False)),
            ("financials", tr("Financials"), self._build_financials),
            self._table_tab("baselines", tr("Baselines"), baseline_columns(self._money)),
            ("lessons", tr("Lessons"), self._build_lessons),
            self._table_tab("history", tr("History"), history_columns()),
        ]
        self._financial_lines: tuple[Row | None, list[Row]] = (None, [])
        self._tabs = LazyTabs(self.tabs, specs)
        self.pages: dict[str, QWidget] = self._tabs.pages  # each built tab's widget
        raid_link = QPushButton(tr("Open in the RAID register"), page)
        raid_link.setObjectName("detail_open_raid")
        raid_link.setToolTip(tr("The register scoped to this project: edit, close, add items"))
        raid_link.clicked.connect(self._on_open_raid)
        self.tabs.setCornerWidget(raid_link)
        # The facts and RAG by period above, the tabs below: dragged up (or shut), the
        # splitter gives a plan or a register the height of a laptop's screen.
        head = QWidget(page)
        head.setObjectName("detail_head")
        head.setLayout(upper)
        upper.setContentsMargins(0, 0, 0, 6)
        self.split = QSplitter(Qt.Orientation.Vertical, page)
        self.split.setObjectName("detail_split")
        self.split.addWidget(head)
        self.split.addWidget(self.tabs)
        self.split.setCollapsible(1, False)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        state = self.ctx.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.split.restoreState(state)
        self.split.splitterMoved.connect(self._on_split_moved)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split, 1)
        return page

    @Slot(int, int)
    def _on_split_moved(self, _pos: int, _index: int) -> None:
        self.ctx.settings.setValue(SPLITTER_KEY, self.split.saveState())

    def _table_tab(self, key: str, title: str, columns: list[Column[Any]]) -> TabSpec:
        wrap = ((lambda view: MilestonePanel(self.ctx, view, self._project_id, self))
                if key == "milestones" else None)
        return table_tab(self, key, title, columns, self.models, self.views, wrap)

    def _build_financials(self) -> QWidget:
        grid = FinancialGrid(self.ctx, self._money, self._project_id, self)
        self.models["financials"] = grid.model  # type: ignore[assignment]
        self.views["financials"] = grid.table
        project, lines = self._financial_lines
        if project is not None:
            grid.set_project(project, lines)
        return grid

    def _build_lessons(self) -> QWidget:
        tab = LessonsTab(self.ctx, self._project_id, self, rows=self._lesson_rows)
        self.views["lessons"] = tab.table
        return tab

    def _tab_page(self, key: str) -> QWidget:
        """The widget of tab ``key`` (built when first asked for)."""
        return self._tabs.page(key)

    @property
    def financials(self) -> FinancialGrid:
        """The Financials tab (built when asked for)."""
        grid = self._tab_page("financials")
        assert isinstance(grid, FinancialGrid)
        return grid

    @property
    def lessons(self) -> LessonsTab:
        """The Lessons tab (built when asked for)."""
        tab = self._tab_page("lessons")
        assert isinstance(tab, LessonsTab)
        return tab

    def _project_id(self) -> int | None:
        """The id of the project shown (``None`` while there is none)."""
        return int(self.detail.project["id"]) if self.detail is not None else None

    # -- loading ---------------------------------------------------------------
    def apply_filter(self, filters: dict[str, Any]) -> None:
        code = filters.get("code")
        if code:
            self.show_project(str(code))
        tab = filters.get("tab")
        if tab in self._tabs.keys():
            self._tabs.show(str(tab))

    def _on_open_raid(self) -> None:
        if self.code:
            self.navigate("risks", {"code": self.code, "open": False})

    def show_project(self, code: str) -> None:
        self.code = code
        self.reload()

    def is_loading(self) -> bool:
        """Whether a read of the page is on its way."""
        return self._loading

    def reload(self) -> None:
        self._currency = self.ctx.store.currency
        code = self.code
        background = project_count(self.ctx.store) >= self.BACKGROUND_FROM
        self._background = background
        self._loading = True
        if background:
            self._show_loading(code)
        self.ctx.runner.load(lambda store: project_page(store, code), self._on_page,
                             key=self._key, background=background,
                             on_error=self._on_load_failed)

    def _show_loading(self, code: str | None) -> None:
        """The placeholder of a first load; later loads keep the page until filled."""
        if self.detail is None:
            self._stack.setCurrentWidget(self._placeholder)
        self._subtitle.setText(tr("Loading {code}…").format(code=code) if code
                               else tr("Loading…"))

    def _on_load_failed(self, message: str) -> None:
        self._loading = False
        self._subtitle.setText(message)
        self.ctx.status_message.emit(message)
        self.loaded.emit()

    def _on_page(self, page: ProjectPage) -> None:
        self._loading = False
        self._fill_picker(page)
        self.code, self.detail = page.code, page.detail
        if page.detail is None:
            self._stack.setCurrentWidget(self._empty)
            self._title.setText(tr("Project"))
            self._subtitle.setText("")
        else:
            self._stack.setCurrentIndex(0)
            self._fill(page.detail)
        self.loaded.emit()

    def _fill_picker(self, page: ProjectPage) -> None:
        self.picker.blockSignals(True)
        if page.index != self._index_rows:
            self._index_rows = page.index
            self._index.set_items([(code, f"{code} — {name}") for code, name in page.index])
        self.picker.setCurrentIndex(max(0, self._index.row_of(page.code)))
        self.picker.blockSignals(False)

    def _fill(self, d: ProjectDetail | None) -> None:
        if d is None:
            return
        p = d.project
        self._title.setText(f"{p['code']}  {p['name']}")
        self._subtitle.setText(" · ".join(x for x in (
            p["programme"] or tr("No programme"), label(p["stage"]), label(p["state"]),
            tr("priority {p}").format(p=label(p["priority"]).lower()) if p["priority"] else "",
        ) if x))
        self._head.fill(d)
        self.models["milestones"].set_rows(d.milestones)
        self.models["raid"].set_rows(d.raid)
        self.models["changes"].set_rows(d.change_requests)
        self._financial_lines = (p, d.financials)
        if "financials" in self.pages:
            self.financials.set_project(p, d.financials)
        self._lesson_rows.load(p["code"], self._background)
        self.models["history"].set_rows(d.history)
        self.models["baselines"].set_rows(d.baselines)
        for key, title in (("milestones", tr("Milestones")), ("raid", tr("RAID")),
                           ("changes", tr("Change requests")), ("baselines", tr("Baselines")),
                           ("history", tr("History"))):
            count = self.models[key].rowCount()
            self._tabs.set_title(key, f"{title} ({count})")

    # -- slots -----------------------------------------------------------------
    @Slot(int)
    def _on_lessons_counted(self, count: int) -> None:
        self._tabs.set_title("lessons", f"{tr('Lessons')} ({count})")

    @Slot(int)
    def _on_picker_activated(self, index: int) -> None:
        code = self.picker.itemData(index)
        if code and code != self.code:
            self.show_project(str(code))
