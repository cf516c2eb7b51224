"""The Preview page's New projects list: the projects rows name that the portfolio does
not hold (ticked when this import creates them), and those a project list creates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from pmo_desktop.importing.api import Plan
from pmo_desktop.ui.plain import plain_tip

from .labels import tr
from .pages import PreviewPage

# the project name a tickable item stands for
NAME_ROLE = Qt.ItemDataRole.UserRole


def show_new_projects(page: PreviewPage, plan: Plan) -> None:
    """Fill ``page``'s New projects box from ``plan`` (hidden when there is none)."""
    found = plan.new_projects()
    page.new_projects.blockSignals(True)
    page.new_projects.clear()
    for p in found:
        rows = len(p.rows)
        item = QListWidgetItem(
            f"{p.name}  →  {p.code}    " +
            (tr("{n} rows") if rows != 1 else tr("{n} row")).replace("{n}", f"{rows:,}"))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if p.created else Qt.CheckState.Unchecked)
        item.setData(NAME_ROLE, p.name)
        item.setToolTip(plain_tip(tr("Rows ") + ", ".join(str(r) for r in p.rows[:20]) +
                                  (" …" if rows > 20 else "")))
        page.new_projects.addItem(item)
    listed = [(tp.table.sheet, r) for tp in plan.tables if tp.entity == "project"
              for r in tp.records if r.action == "create"]
    for sheet, r in listed:  # a project list creates what it lists: shown, not asked
        item = QListWidgetItem(f"{r.values.get('name') or r.key}  →  {r.key}    " +
                               tr("from the project list") + f" ({sheet})")
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # ticked, greyed
        item.setCheckState(Qt.CheckState.Checked)
        page.new_projects.addItem(item)
    page.new_projects.blockSignals(False)
    page.new_projects_note.setText(tr(
        "Rows name these projects, which are not in the portfolio. Tick a project to "
        "create it with this import; the rows of an unticked one are not imported.")
        if found else tr("The project list creates these projects."))
    page.new_projects_box.setVisible(bool(found or listed))


def ticked_name(item: QListWidgetItem) -> tuple[str, bool]:
    """The project ``item`` stands for, and whether it is ticked to be created."""
    return str(item.data(NAME_ROLE)), item.checkState() == Qt.CheckState.Checked
