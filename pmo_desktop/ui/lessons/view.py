"""Lessons learned across projects: the register, filters, and add/edit/delete by hand.

The rows come from one named store read (``queries_registers.lesson_rows``) run off the
GUI thread (``LoadingPage``), which also prepares each cell's sort and filter keys and
lists the projects for the project filter. Filters: project, lesson type, status and
free text. Add, edit and delete go through the record form (``record_actions``), each
one undo step; Insert adds (to the project filtered on, the current lesson's project, or
one the user picks), Enter edits, Del deletes. The selected lesson's paragraphs (what
happened, effect, causes, early warning, recommendations) show in full below the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QInputDialog, QLineEdit, QStackedWidget,
    QVBoxLayout, QWidget,
)

from pmo_desktop.domain.enums import LESSON_TYPES
from pmo_desktop.store import Store
from pmo_desktop.store.labels import field_label
from pmo_desktop.store.queries_project import project_index
from pmo_desktop.store.queries_registers import lesson_rows

from ..context import AppContext
from ..plain import plain_label
from ..record_actions import delete_selected, edit_current, install_register_keys
from ..viewkit.choices import ChoiceListModel, use_choices
from ..viewkit.fmt import label
from ..viewkit.i18n import tr
from ..viewkit.keyed import KeyedFilterProxy, KeyedTableModel, PreparedRows
from ..viewkit.loading import LoadingPage
from ..viewkit.record_rows import ActionBar, current_record, keep_current, selected_records
from ..viewkit.widgets import EmptyState, MutedLabel, fit_columns, make_table_view, page_header
from ..viewkit.widgets import stacked_page
from .actions import add_lesson
from .columns import DETAIL_FIELDS, Lesson, lesson_columns

__all__ = ["LessonsData", "LessonsView"]

STATUSES = ("open", "closed")


@dataclass(frozen=True)
class LessonsData:
    """What the register's background read hands the view."""

    rows: PreparedRows[Lesson]
    projects: list[tuple[str, str]]  # (code, name) of every project, for the filter


class LessonsView(LoadingPage):
    """Lessons of every project; ``apply_filter`` takes ``code``, ``type``, ``status``
    and ``text``.

    Signals:
        loaded(): the rows shown are the store's (``is_loading()`` is False).
    """

    ENTITIES = frozenset({"lesson", "project"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "lessons_view", parent)
        self.model: KeyedTableModel[Lesson] = KeyedTableModel(
            lesson_columns(), code_of=lambda r: r["project_code"],
            facets={"type": lambda r: r["lesson_type"],
                    "status": lambda r: r["status"] or "open"}, parent=self)
        self.proxy = KeyedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: QWidget | None = None  # the form, chooser or confirmation last opened
        self._projects: list[tuple[str, str]] = []
        self._build()
        self.reload()

    # -- building --------------------------------------------------------------
    def _build(self) -> None:
        header, self._subtitle = page_header(tr("Lessons learned"))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_tools())
        self.table = make_table_view(self.proxy, "lessons_table", self)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        fit_columns(self.table, self.model.columns())
        install_register_keys(self.table, on_edit=lambda _i: self.edit(),
                              on_delete=lambda _rows: self.delete(), on_add=self.add)
        keep_current(self.table)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._refresh_buttons)
        self._inner = QStackedWidget(page)
        self._inner.addWidget(self.table)
        self._inner.addWidget(EmptyState(tr(
            "No lessons yet — add the first with Add… (Insert), or import a lessons log "
            "(Ctrl+I).")))
        layout.addWidget(self._inner, 1)
        layout.addWidget(self._build_detail())
        self._stack = stacked_page(self, header, page, tr(
            "No projects yet — import a tracker (Ctrl+I) or open the demo portfolio; "
            "lessons are logged against a project."))
        self.add_placeholder(self._stack)
        self._subtitle.setText(tr("Loading…"))

    def _build_tools(self) -> QHBoxLayout:
        self.bar = ActionBar(self)
        self.add_button = self.bar.add(tr("Add…"), "lesson_add", self.add,
                                       tip=tr("Log a lesson (Insert)"))
        self.edit_button = self.bar.add(tr("Edit…"), "lesson_edit", self.edit,
                                        tip=tr("Edit the lesson (Enter)"))
        self.delete_button = self.bar.add(tr("Delete"), "lesson_delete", self.delete,
                                          tip=tr("Delete the selected lessons (Del)"))
        self.project_filter = QComboBox(self)
        self.project_filter.setObjectName("lessons_project")
        self._project_choices = ChoiceListModel([(None, tr("All projects"))],
                                                parent=self.project_filter)
        use_choices(self.project_filter, self._project_choices, chars=22)
        self.project_filter.currentIndexChanged.connect(self._on_project_changed)
        self.type_filter = self._combo("lessons_type", tr("All types"), LESSON_TYPES)
        self.status_filter = self._combo("lessons_status", tr("Open and closed"), STATUSES)
        self.type_filter.currentIndexChanged.connect(self._on_facets_changed)
        self.status_filter.currentIndexChanged.connect(self._on_facets_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("lessons_search")
        self.search.setPlaceholderText(tr("Filter by title, what happened, advice…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self.proxy.set_text)
        tools = QHBoxLayout()
        tools.addWidget(self.bar)
        tools.addStretch(1)
        for widget in (self.project_filter, self.type_filter, self.status_filter,
                       self.search):
            tools.addWidget(widget)
        return tools

    def _combo(self, name: str, everything: str, values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(label(value), value)
        return combo

    def _build_detail(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("lesson_detail")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.detail: dict[str, Any] = {}
        for n, name in enumerate(DETAIL_FIELDS):
            row, col = divmod(n, 3)
            title = MutedLabel(field_label(name, "lesson"), box)
            text = plain_label("", box, wrap=True, name=f"lesson_{name}")
            grid.addWidget(title, row * 2, col)
            grid.addWidget(text, row * 2 + 1, col)
            grid.setColumnStretch(col, 1)
            self.detail[name] = text
        return box

    # -- loading ---------------------------------------------------------------
    def read_job(self) -> Callable[[Store], LessonsData]:
        prepare = self.model.preparer()

        def read(store: Store) -> LessonsData:
            return LessonsData(prepare(lesson_rows(store)), project_index(store))
        return read

    def fill(self, value: LessonsData) -> None:
        if value.projects != self._projects:
            self._projects = value.projects
            chosen = self.project_code()
            self._project_choices.set_items(
                [(None, tr("All projects"))]
                + [(code, f"{code} — {name}") for code, name in value.projects])
            self.project_filter.setCurrentIndex(max(0, self._project_choices.row_of(chosen)))
        self.model.set_prepared(value.rows)
        self._stack.setCurrentIndex(0 if value.projects else 1)
        self._inner.setCurrentIndex(0 if value.rows.rows else 1)
        rows = value.rows.rows
        open_count = sum(1 for r in rows if (r["status"] or "open") == "open")
        self._subtitle.setText(tr("{n} lessons · {o} open · {p} projects").format(
            n=len(rows), o=open_count, p=len({r["project_code"] for r in rows})))
        self._show_detail(current_record(self.table))
        self._refresh_buttons()

    def apply_filter(self, filters: dict[str, Any]) -> None:
        if self.defer_filter(filters):
            return
        self.search.setText(str(filters.get("text") or ""))
        code = filters.get("code")
        self.project_filter.setCurrentIndex(max(0, self._project_choices.row_of(code)))
        for combo, key in ((self.type_filter, "type"), (self.status_filter, "status")):
            combo.setCurrentIndex(max(0, combo.findData(filters.get(key))))

    def project_code(self) -> str | None:
        """The project filtered on (``None``: all)."""
        value = self._project_choices.value(self.project_filter.currentIndex())
        return str(value) if value else None

    # -- actions ---------------------------------------------------------------
    # Each opens its dialog without waiting for it (``self.dialog``).
    def add(self) -> None:
        """Log a lesson: against the project filtered on, else the current lesson's,
        else one the user picks."""
        current = current_record(self.table)
        code = self.project_code() or (current["project_code"] if current else None)
        if code:
            self.add_to(code)
            return
        if not self._projects:
            return
        chooser = QInputDialog(self)
        chooser.setObjectName("lessonProjectChooser")
        chooser.setWindowTitle(tr("New lesson"))
        chooser.setLabelText(tr("Which project is the lesson from?"))
        names = [f"{c} — {n}" for c, n in self._projects]
        chooser.setComboBoxItems(names)
        chooser.textValueSelected.connect(lambda text: self.add_to(text.split(" — ")[0]))
        self.dialog = chooser
        chooser.open()

    def add_to(self, code: str) -> None:
        """Open the form for a new lesson of project ``code`` (logged today, open)."""
        pid = self.ctx.store.project_id(code)
        if pid is not None:
            self.dialog = add_lesson(self.ctx, self, pid)

    def edit(self) -> None:
        self.dialog = edit_current(self.ctx, self, self.table, "lesson") or self.dialog

    def delete(self) -> None:
        self.dialog = delete_selected(self.ctx, self, self.table, "lesson") or self.dialog

    # -- slots -----------------------------------------------------------------
    def _show_detail(self, record: Lesson | None) -> None:
        for name, text in self.detail.items():
            text.setText(str(record[name] or "—") if record else "")

    @Slot()
    def _on_current_changed(self) -> None:
        self._show_detail(current_record(self.table))

    @Slot()
    def _refresh_buttons(self) -> None:
        chosen = bool(selected_records(self.table))
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(bool(self._projects))

    @Slot(int)
    def _on_project_changed(self, _index: int) -> None:
        code = self.project_code()
        self.proxy.set_codes([code] if code else None)

    @Slot(int)
    def _on_facets_changed(self, _index: int) -> None:
        for combo, facet in ((self.type_filter, "type"), (self.status_filter, "status")):
            value = combo.currentData()
            self.proxy.set_facet(facet, [value] if value else None)
