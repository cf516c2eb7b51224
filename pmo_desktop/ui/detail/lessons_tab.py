"""The project page's Lessons tab: the project's lessons with add, edit and delete.

The rows are one named read (``queries_registers.lesson_rows`` for the project), run
through the runner like the page's own (off the GUI thread in a large portfolio). The
columns are the Lessons view's, without the project; the actions are the record form's
(``record_actions``), each one undo step; Insert adds, Enter edits, Del deletes. A
change to lessons is read again at once (the project's lessons only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmo_desktop.operations import Result
from pmo_desktop.store.queries_registers import lesson_rows

from ..context import AppContext
from ..lessons.actions import add_lesson
from ..lessons.columns import Lesson, lesson_columns
from ..record_actions import delete_selected, edit_current, install_register_keys
from ..viewkit.i18n import tr
from ..viewkit.models import RowFilterProxy, RowTableModel
from ..viewkit.record_rows import ActionBar, keep_current
from ..viewkit.widgets import fit_columns, make_table_view

__all__ = ["LessonRows", "LessonsTab"]


class LessonRows(QObject):
    """The lessons of the project a page shows: the model, its read and its count.

    The page owns it from the start (the tab's title counts the lessons) while the
    ``LessonsTab`` that shows and edits them is built when it is first shown.

    Signals:
        counted(int): the lessons were read again; how many there are.
    """

    counted = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._key = f"detail.lessons.{id(self)}"
        self.model: RowTableModel[Lesson] = RowTableModel(lesson_columns(with_project=False),
                                                          parent=self)
        self.code: str | None = None
        ctx.changed.connect(self._on_ctx_changed)

    def load(self, code: str, background: bool) -> None:
        """Read the lessons of project ``code`` (``background``: off the GUI thread)."""
        self.code = code
        self.ctx.runner.load(lambda store: lesson_rows(store, code), self._on_rows,
                             key=self._key, background=background)

    @Slot(object)
    def _on_ctx_changed(self, result: Result) -> None:
        if self.code is not None and result.touches({"lesson"}):
            self.load(self.code, background=False)

    def _on_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.counted.emit(len(rows))


class LessonsTab(QWidget):
    """One project's lessons (``project_id()`` says which project the page shows), over
    the ``LessonRows`` the page reads them into.

    Signals:
        counted(int): the lessons shown were read again; how many there are.
    """

    counted = Signal(int)

    def __init__(self, ctx: AppContext, project_id: Callable[[], int | None],
                 parent: QWidget | None = None, rows: LessonRows | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons_tab")
        self.ctx = ctx
        self.project_id = project_id
        self.dialog: QWidget | None = None  # the form or confirmation last opened
        self.rows = rows if rows is not None else LessonRows(ctx, self)
        self.rows.counted.connect(self.counted)
        self.model = self.rows.model
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table_view(self.proxy, "detail_lessons", self)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        fit_columns(self.table, self.model.columns())
        self.bar = ActionBar(self)
        self.bar.add(tr("Add…"), "detail_lesson_add", self.add, tip=tr("Log a lesson (Insert)"))
        self.bar.add(tr("Edit…"), "detail_lesson_edit", self.edit,
                     tip=tr("Edit the lesson (Enter)"))
        self.bar.add(tr("Delete"), "detail_lesson_delete", self.delete,
                     tip=tr("Delete the selected lessons (Del)"))
        self.bar.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        install_register_keys(self.table, on_edit=lambda _i: self.edit(),
                              on_delete=lambda _rows: self.delete(), on_add=self.add)
        keep_current(self.table)

    def load(self, code: str, background: bool) -> None:
        """Read the lessons of project ``code`` (``background``: off the GUI thread)."""
        self.rows.load(code, background)

    # -- actions: each opens its dialog without waiting for it (``self.dialog``) ----------
    def add(self) -> None:
        pid = self.project_id()
        if pid is not None:
            self.dialog = add_lesson(self.ctx, self, pid)

    def edit(self) -> None:
        self.dialog = edit_current(self.ctx, self, self.table, "lesson") or self.dialog

    def delete(self) -> None:
        self.dialog = delete_selected(self.ctx, self, self.table, "lesson") or self.dialog
