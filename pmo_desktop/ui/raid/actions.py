"""What a person does to RAID items in the register: add (of any of the six kinds), edit,
close, reopen, turn a risk that happened into an issue, delete — from the toolbar, the
context menu or the keyboard (Enter edits, Del deletes, Insert adds). Every action is one
undo step; the forms are the record form of each kind's fields (``record_actions``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QTableView

from pmo_desktop.domain import raid as rules
from pmo_desktop.domain.enums import RAID_TYPES
from pmo_desktop.operations import Result
from pmo_desktop.operations import raid as raid_ops
from pmo_desktop.operations.records import entity_label
from pmo_desktop.store import StoreError
from pmo_desktop.store.queries_raid import RaidRow, project_scopes

from .. import commands
from ..context import AppContext
from ..viewkit.table_copy import table_actions
from ..plain import message_box
from ..record_actions import add_record, delete_records, edit_record, install_register_keys, \
    set_fields
from ..record_form import RecordDialog
from ..viewkit.i18n import tr

TYPE_NAMES = {"risk": "Risk", "issue": "Issue", "assumption": "Assumption",
              "dependency": "Dependency", "decision": "Decision", "action": "Action"}


class MaterialiseCommand(commands.StoreCommand):
    """A risk that happened becomes an issue (``operations.raid.materialise``); undo
    deletes that issue and puts the risk back (refused when either changed since)."""

    def __init__(self, ctx: AppContext, risk_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.risk_id = risk_id
        risk = ctx.store.get("risk", risk_id)
        if risk is None:
            raise StoreError("That risk no longer exists.")
        self.risk_before = dict(risk)
        self.issue_id: int | None = None
        self.issue: dict[str, Any] = {}

    def _do(self) -> Result:
        result = raid_ops.materialise(self.ctx.store, self.risk_id, self.ctx.as_of(),
                                      source=commands.SOURCE)
        self.issue_id = int(result.value)
        self.issue = self.ctx.store.get("issue", self.issue_id) or {}
        return result

    def _undo(self) -> Result:
        assert self.issue_id is not None
        return raid_ops.unmaterialise(self.ctx.store, self.risk_id, self.issue_id,
                                      self.risk_before, issue_expected=self.issue,
                                      source=commands.SOURCE)


class RaidActions(QObject):
    """The register's actions over ``table``; ``selected()`` gives the rows selected,
    ``project_id()`` the project a new item goes to (the scope's, or ``None``)."""

    def __init__(self, ctx: AppContext, table: QTableView,
                 selected: Callable[[], list[RaidRow]], current: Callable[[], RaidRow | None],
                 project_id: Callable[[], int | None],
                 open_project: Callable[[str], None]) -> None:
        super().__init__(table)
        self.ctx = ctx
        self.table = table
        self.selected = selected
        self.current = current
        self.scope_project = project_id
        self.open_project = open_project
        self.dialog: RecordDialog | QInputDialog | QMessageBox | None = None  # the last opened
        self.add_menu = QMenu(tr("Add"), table)
        self.add_menu.setObjectName("raid_add_menu")
        self.add_actions: dict[str, QAction] = {}
        for kind in RAID_TYPES:
            act = self.add_menu.addAction(tr(TYPE_NAMES[kind]) + "…")
            act.setObjectName(f"raid_add_{kind}")
            act.triggered.connect(lambda _c=False, k=kind: self.add(k))
            self.add_actions[kind] = act
        # The keys are the table's (``install_register_keys``): the menu only names them.
        self.edit_action = self._action("raid_edit", tr("Edit…") + "\tEnter", self.edit_current)
        self.close_action = self._action("raid_close", tr("Close"), self.close_selected)
        self.reopen_action = self._action("raid_reopen", tr("Reopen"), self.reopen_selected)
        self.materialise_action = self._action(
            "raid_materialise", tr("Raise as issue"), self.materialise_current)
        self.materialise_action.setToolTip(tr(
            "The risk has happened: raise an issue linked to it and mark the risk materialised"))
        self.delete_action = self._action("raid_delete", tr("Delete…") + "\tDel",
                                          self.delete_selected)
        self.project_action = self._action("raid_open_project", tr("Open project"),
                                           self._open_current_project)
        install_register_keys(table, on_edit=lambda _i: self.edit_current(),
                              on_delete=lambda _rows: self.delete_selected(),
                              on_add=self.add_default)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        self.kind_of_tab: Callable[[], str | None] = lambda: None
        self.refresh()

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        act = QAction(text, self.table)
        act.setIconText(text.split("\t")[0])  # a toolbar button shows no key after a tab
        act.setObjectName(name)
        act.triggered.connect(lambda _c=False: slot())
        return act

    # -- state -------------------------------------------------------------------
    def refresh(self) -> None:
        """Enable what the selection allows."""
        rows = self.selected()
        one = self.current() if len(rows) == 1 else None
        self.edit_action.setEnabled(one is not None)
        self.project_action.setEnabled(one is not None)
        self.delete_action.setEnabled(bool(rows))
        self.close_action.setEnabled(any(rules.can_close(r.status) for r in rows))
        self.reopen_action.setEnabled(any(rules.can_reopen(r.status) for r in rows))
        self.materialise_action.setEnabled(
            one is not None and rules.can_materialise(one.type, one.status))

    def menu(self) -> QMenu:
        """The context menu of the selection."""
        menu = QMenu(self.table)
        menu.setObjectName("raid_context_menu")
        menu.addAction(self.edit_action)
        menu.addAction(self.close_action)
        menu.addAction(self.reopen_action)
        menu.addAction(self.materialise_action)
        menu.addSeparator()
        menu.addMenu(self.add_menu)
        menu.addAction(self.project_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addActions(table_actions(self.table))  # Copy, Export table…
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        self.refresh()
        self.menu().popup(self.table.viewport().mapToGlobal(pos))

    # -- the verbs ---------------------------------------------------------------
    def add_default(self) -> None:
        """Insert: a new item of the tab's kind (a risk on the All tab)."""
        self.add(self.kind_of_tab() or "risk")

    def add(self, kind: str) -> None:
        """The form of a new ``kind`` item, in the scoped project (or the current row's;
        else the user picks one first)."""
        pid = self.scope_project()
        row = self.current()
        if pid is None and row is not None:
            pid = self.ctx.store.project_id(row.project_code)
        if pid is not None:
            self._add_in(kind, pid)
            return
        codes = [code for code, _name, _programme in project_scopes(self.ctx.store)]
        if not codes:
            self.ctx.status_message.emit(tr("Add a project first: RAID items belong to one."))
            return
        box = QInputDialog(self.table)
        box.setObjectName("raid_pick_project")
        box.setWindowTitle(tr("New {kind}").format(kind=entity_label(kind)))
        box.setLabelText(tr("Which project is it for?"))
        box.setComboBoxItems(codes)
        box.textValueSelected.connect(
            lambda code: self._add_in(kind, self.ctx.store.project_id(code)))
        self.dialog = box
        box.open()

    def _add_in(self, kind: str, project_id: int | None) -> None:
        if project_id is None:
            return
        initial = {"status": rules.OPENING_STATUS[kind], "date_raised": self.ctx.as_of()
                   .isoformat()}
        self.dialog = add_record(self.ctx, self.table.window(), kind,
                                 fixed={"project_id": project_id}, initial=initial)

    def edit_current(self) -> None:
        row = self.current()
        if row is not None:
            self.dialog = edit_record(self.ctx, self.table.window(), row.type, row.id)

    def _set_each(self, rows: Sequence[RaidRow], verb: str,
                  values: Callable[[RaidRow], dict[str, Any]]) -> None:
        if not rows:
            return
        stack = self.ctx.undo_stack
        many = len(rows) > 1
        if many:
            stack.beginMacro(f"{verb} {len(rows)} RAID items")
        try:
            for r in rows:
                set_fields(self.ctx, r.type, r.id, values(r),
                           f"{verb} {entity_label(r.type)} {r.ref}")
        finally:
            if many:
                stack.endMacro()

    def close_selected(self) -> None:
        """Close the open items selected (each with its type's closing status)."""
        on = self.ctx.as_of()
        self._set_each([r for r in self.selected() if rules.can_close(r.status)], "Close",
                       lambda r: dict(rules.close_values(r.type, on)))

    def reopen_selected(self) -> None:
        self._set_each([r for r in self.selected() if rules.can_reopen(r.status)], "Reopen",
                       lambda r: dict(rules.reopen_values(r.type)))

    def materialise_current(self) -> bool:
        """The current risk happened: one undo step raises its issue."""
        row = self.current()
        if row is None or not rules.can_materialise(row.type, row.status):
            return False
        try:
            command = MaterialiseCommand(self.ctx, row.id,
                                         f"Risk {row.ref} happened: raise an issue")
        except StoreError as exc:
            self.ctx.status_message.emit(str(exc))
            return False
        if not commands.run(self.ctx, command):
            return False
        self.ctx.status_message.emit(tr("Risk {r} is materialised: issue {i} raised.").format(
            r=row.ref, i=command.issue.get("ref")))
        return True

    def delete_selected(self) -> None:
        """Ask, then delete the items selected, one undo step."""
        rows = self.selected()
        kinds = {r.type for r in rows}
        if len(kinds) == 1:
            self.dialog = delete_records(self.ctx, self.table.window(), kinds.pop(),
                                         [r.id for r in rows])
        elif rows:
            self.dialog = self._delete_mixed(rows)

    def _delete_mixed(self, rows: Sequence[RaidRow]) -> QMessageBox:
        counts = Counter(r.type for r in rows)
        what = ", ".join(f"{n} {entity_label(k)}{'' if n == 1 else 's'}"
                         for k, n in counts.items()).replace("dependencys", "dependencies")
        box = message_box(self.table.window(), QMessageBox.Icon.Question, tr("Delete"),
                          tr("Delete {n} RAID items ({what})? You can undo this "
                             "(Edit > Undo).").format(n=len(rows), what=what))
        box.setObjectName("deleteConfirm")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        items = [(r.type, r.id, r.ref) for r in rows]

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            stack = self.ctx.undo_stack
            stack.beginMacro(f"Delete {len(items)} RAID items")
            try:
                for kind, item_id, ref in items:
                    try:
                        command = commands.DeleteCommand(
                            self.ctx, kind, item_id, f"Delete {entity_label(kind)} {ref}")
                    except StoreError as exc:
                        self.ctx.status_message.emit(str(exc))
                        continue
                    commands.run(self.ctx, command)
            finally:
                stack.endMacro()

        box.finished.connect(answered)
        box.open()
        return box

    def _open_current_project(self) -> None:
        row = self.current()
        if row is not None:
            self.open_project(row.project_code)


__all__ = ["MaterialiseCommand", "RaidActions"]
