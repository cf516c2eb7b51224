"""The wizard's Preview step: the plan's tables, rows and counts, its message, the new
projects to tick, and the filters over the rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QAbstractButton, QListWidgetItem

from pmo_desktop.importing.api import Plan

from .labels import tr
from .messages import plan_message
from .new_projects import show_new_projects, ticked_name

if TYPE_CHECKING:
    from .wizard import ImportWizard


class PreviewStep:
    """Shows a plan on the Preview page and follows the user's filters and ticks."""

    def __init__(self, wizard: ImportWizard) -> None:
        self.w = wizard
        self.page = wizard.preview_page
        self.proxy = wizard.proxy

    def connect(self) -> None:
        self.page.filters.buttonClicked.connect(self.on_filter_clicked)
        self.page.summary_view.selectionModel().selectionChanged.connect(
            self.on_summary_selection_changed)
        self.page.new_projects.itemChanged.connect(self.on_new_project_ticked)

    def show_plan(self, plan: Plan) -> None:
        w = self.w
        w.plan = plan
        w.summary_model.set_plan(plan)
        w.preview_model.set_plan(plan)
        self.page.set_counts(w.preview_model.action_counts())
        self.page.filter_buttons["all"].setChecked(True)
        self.proxy.set_action(None)
        self.proxy.set_table(None)
        counts = w.preview_model.action_counts()
        self.page.subtitle.setText(
            tr("{c} new, {u} changed, {s} unchanged, {k} skipped and {r} rejected rows. "
               "Nothing has been written yet.")
            .replace("{c}", f"{counts['create']:,}").replace("{u}", f"{counts['update']:,}")
            .replace("{s}", f"{counts['unchanged']:,}").replace("{k}", f"{counts['skipped']:,}")
            .replace("{r}", f"{counts['rejected']:,}"))
        show_new_projects(self.page, plan)
        w.tables_step.empty_project_cells = {id(tp.table) for tp in plan.tables
                                             if tp.no_project}
        w.tables_step.update_project_row()
        message = plan_message(plan, counts)
        if message is None:
            self.page.message.clear()
        else:
            self.page.message.show_message(*message)

    def on_new_project_ticked(self, item: QListWidgetItem) -> None:
        name, ticked = ticked_name(item)
        if ticked:
            self.w.new_projects.add(name)
        else:
            self.w.new_projects.discard(name)
        self.w.make_plan()  # those rows are allowed (or rejected) now

    def on_filter_clicked(self, button: QAbstractButton) -> None:
        key = button.objectName().removeprefix("import_filter_")
        self.proxy.set_action(None if key == "all" else key)

    def set_action_filter(self, action: str | None) -> None:
        self.page.filter_buttons[action or "all"].click()

    def on_summary_selection_changed(self, _sel: QItemSelection, _d: QItemSelection) -> None:
        rows = self.page.summary_view.selectionModel().selectedRows()
        self.proxy.set_table(rows[0].row() if rows else None)
