"""The project page's Plan tab: the project's tasks as a tree beside a Gantt chart.

The tree (ID/WBS, task, start, finish, duration, % complete, owner) keeps the plan's
hierarchy: summary tasks fold. The Gantt pane beside it draws the same rows
(``plan_gantt``). The tasks are one named read (``queries_schedule.project_tasks``),
read again when the page shows another project or a task or the project changes.
Enter edits the current task in the record form, Del deletes the selected ones, Insert
adds one; each is one undo step (``record_actions``). A project without a plan says how
to get one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QPushButton, QSplitter, QStackedWidget, QTreeView,
    QVBoxLayout, QWidget,
)

from pmo_desktop.operations import Result
from pmo_desktop.store.queries_schedule import TaskRow, project_tasks

from ..context import AppContext
from ..record_actions import add_record, delete_records, edit_record, install_register_keys
from ..roadmap.layout import ZOOMS, axis_over, task_days
from ..viewkit.i18n import tr
from ..viewkit.record_rows import ActionBar
from ..viewkit.roles import Role
from ..viewkit.widgets import EmptyState
from .plan_gantt import GanttPane
from .plan_model import PlanModel, WIDTHS
from .tabs import TabSpec

if TYPE_CHECKING:
    from .view import ProjectDetailView

__all__ = ["PlanTab", "plan_tab"]

EMPTY = ("No plan for this project yet. Import one with File › Import tracker (Ctrl+I): "
         "a Microsoft Project file (.xml, or .mpp) or an Excel plan or Gantt sheet. "
         "Or add its tasks here one by one (Insert).")


class PlanTab(QWidget):
    """One project's plan (``project_id()`` says which project the page shows).

    Signals:
        counted(int): the plan was read again; how many tasks it has.
    """

    counted = Signal(int)

    def __init__(self, ctx: AppContext, project_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_tab")
        self.ctx, self.project_id = ctx, project_id
        self.dialog: QWidget | None = None  # the form or confirmation last opened
        self.shown_id: int | None = None  # the project whose plan is shown
        self.folded: set[str] = set()  # refs of the summaries the user folded
        self._key = f"detail.plan.{id(self)}"
        self.model = PlanModel(self)
        self.tree = self._make_tree()
        self.gantt = GanttPane(self.tree, self.model, self)
        self.gantt.zoom_changed.connect(self._on_gantt_zoom_changed)
        self._build()
        install_register_keys(self.tree, on_edit=lambda _i: self.edit(),
                              on_delete=lambda _rows: self.delete(), on_add=self.add)
        ctx.changed.connect(self._on_ctx_changed)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("plan_tree")
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(False)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setIndentation(14)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        tree.header().setStretchLastSection(False)
        tree.header().setMinimumHeight(44)
        for column, width in enumerate(WIDTHS):
            tree.setColumnWidth(column, width)
        tree.collapsed.connect(self._on_tree_collapsed)
        tree.expanded.connect(self._on_tree_expanded)
        tree.selectionModel().currentChanged.connect(lambda *_a: self.gantt.viewport().update())
        return tree

    def _build(self) -> None:
        self.bar = ActionBar(self)
        self.bar.add(tr("Add task…"), "plan_add", self.add, tip=tr("Add a task (Insert)"))
        self.bar.add(tr("Edit…"), "plan_edit", self.edit, tip=tr("Edit the task (Enter)"))
        self.bar.add(tr("Delete"), "plan_delete", self.delete,
                     tip=tr("Delete the selected tasks (Del)"))
        self.bar.add(tr("Expand all"), "plan_expand", self._on_expand_all)
        self.bar.add(tr("Collapse all"), "plan_collapse", self._on_collapse_all)
        self.bar.add_stretch()
        self.zoom_buttons = QButtonGroup(self)
        for zoom in ZOOMS:
            button = QPushButton(tr(zoom.capitalize()), self)
            button.setObjectName(f"plan_zoom_{zoom}")
            button.setCheckable(True)
            button.setChecked(zoom == "quarter")
            button.clicked.connect(lambda _c=False, z=zoom: self.gantt.set_zoom(z))
            self.zoom_buttons.addButton(button)
            self.bar.add_widget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("plan_splitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.gantt)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 620])
        self.empty = EmptyState(tr(EMPTY), self)
        self.empty.setObjectName("plan_empty")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        """Read the plan of the project the page shows (a new project: folds reset)."""
        pid = self.project_id()
        if pid != self.shown_id:
            self.folded = set()
        self.shown_id = pid
        if pid is None:
            self._on_tasks([])
            return
        self.ctx.runner.load(lambda store: project_tasks(store, pid), self._on_tasks,
                             key=self._key, background=False)

    def _on_tasks(self, tasks: list[TaskRow]) -> None:
        current = self.current_task()
        first = self.model.tasks[:1] != tasks[:1]
        self.model.set_tasks(tasks)
        self._unfold()
        self.stack.setCurrentIndex(0 if tasks else 1)
        scale = axis_over(task_days(tasks), self.ctx.as_of(), self.gantt.scale.zoom
                          if self.gantt.scale.origin != self.gantt.scale.end else "quarter")
        self.gantt.set_scale(scale, self.ctx.as_of())
        if first and tasks:  # where the plan stands now (or starts, if later)
            self.gantt.scroll_to_day(max(min(task_days(tasks)),
                                         self.ctx.as_of() - timedelta(days=45)))
        if current is not None:
            self.select_task(current.id)
        self.counted.emit(len(tasks))

    def _unfold(self) -> None:
        self.tree.blockSignals(True)
        self.tree.expandAll()
        for ref in self.folded:
            for i, t in enumerate(self.model.tasks):
                if t.ref == ref:
                    self.tree.collapse(self.model.index_of(t.id))
        self.tree.blockSignals(False)
        self.gantt.viewport().update()

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        if self.shown_id is not None and result.touches({"task"}):
            self.load()

    # -- selection ---------------------------------------------------------------------
    def current_task(self) -> TaskRow | None:
        return self.model.task(self.tree.currentIndex())

    def selected_ids(self) -> list[int]:
        rows = self.tree.selectionModel().selectedRows()
        ids = [int(i.data(Role.ID)) for i in rows]
        current = self.current_task()
        return ids or ([current.id] if current else [])

    def select_task(self, task_id: int) -> None:
        index = self.model.index_of(task_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    # -- actions: each opens its dialog without waiting for it (``self.dialog``) --------
    def add(self) -> None:
        pid = self.project_id()
        if pid is None:
            return
        after = self.current_task()
        refs = {t.ref for t in self.model.tasks}
        n = len(self.model.tasks) + 1
        while str(n) in refs:
            n += 1
        initial: dict[str, object] = {"ref": str(n), "outline_level": 1,
                                      "sort_order": len(self.model.tasks) + 1}
        if after is not None and after.parent_ref:
            initial.update(parent_ref=after.parent_ref, outline_level=after.outline_level)
        self.dialog = add_record(self.ctx, self, "task", fixed={"project_id": pid},
                                 initial=initial)

    def edit(self) -> None:
        task = self.current_task()
        if task is not None:
            self.dialog = edit_record(self.ctx, self, "task", task.id) or self.dialog

    def delete(self) -> None:
        self.dialog = delete_records(self.ctx, self, "task", self.selected_ids()) or self.dialog

    # -- slots -------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_tree_collapsed(self, index: QModelIndex) -> None:
        task = self.model.task(index)
        if task is not None:
            self.folded.add(task.ref)

    @Slot(QModelIndex)
    def _on_tree_expanded(self, index: QModelIndex) -> None:
        task = self.model.task(index)
        if task is not None:
            self.folded.discard(task.ref)

    def _on_expand_all(self) -> None:
        self.folded.clear()
        self._unfold()

    def _on_collapse_all(self) -> None:
        self.folded = {t.ref for t in self.model.tasks if t.is_summary}
        self._unfold()

    @Slot(str)
    def _on_gantt_zoom_changed(self, zoom: str) -> None:
        for button in self.zoom_buttons.buttons():
            button.setChecked(button.objectName() == f"plan_zoom_{zoom}")


def plan_tab(page: ProjectDetailView) -> tuple[PlanTab, TabSpec]:
    """The project page's Plan tab and its entry in the page's list of tabs: it reads
    the plan of each project the page loads (so its title counts the tasks) and is put
    in the tab bar the first time it is shown."""
    tab = PlanTab(page.ctx, page._project_id, page)
    tab.hide()
    page.loaded.connect(tab.load)

    def retitle(n: int) -> None:
        page.tabs.setTabText(page._tabs.position("plan"), f"{tr('Plan')} ({n})")

    tab.counted.connect(retitle)
    return tab, ("plan", tr("Plan"), lambda: tab)
