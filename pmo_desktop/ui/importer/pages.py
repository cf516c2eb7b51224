"""The wizard's pages, built in code: widgets and layout only, no import logic."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.ui.icons import icon, icon_pixmap
from pmo_desktop.ui.plain import plain_label
from pmo_desktop.ui.viewkit import ChipDelegate, MutedLabel, make_table_view
from pmo_desktop.ui.viewkit.delegates import ChoiceDelegate, SpinDelegate
from pmo_desktop.ui.viewkit.theme import colours
from pmo_desktop.ui.viewkit.widgets import page_header

from . import labels as L
from .models import MappingModel, TablesModel
from .preview import PlanSummaryModel, PreviewFilterProxy, PreviewModel
from .widgets import FilesModel, MessageBar, check_pixmap

tr = L.tr


def _editable_table(model: TablesModel | MappingModel, name: str, parent: QWidget) -> QTableView:
    view = make_table_view(model, name, parent)
    view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    view.verticalHeader().setDefaultSectionSize(32)
    return view


class FilesPage(QWidget):
    """Step 1: the files to read and the project for items without a project column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head, _sub = page_header(
            tr("Import team trackers"),
            tr("Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods), CSV or MS Project XML. "
               "Nothing is written until you have seen the preview and pressed Apply."), self)
        _sub.setWordWrap(True)
        layout.addWidget(head)
        self.message = MessageBar(self)
        self.message.setObjectName("files_message")
        layout.addWidget(self.message)

        self.files_model = FilesModel(self)
        self.files_view = QListView(self)
        self.files_view.setObjectName("import_files_list")
        self.files_view.setModel(self.files_model)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.setAlternatingRowColors(True)
        self.files_view.setSpacing(3)
        self.files_view.setIconSize(QSize(18, 18))
        self.add_button = QPushButton(icon("add"), tr("Add files…"), self)
        self.add_button.setObjectName("import_add_files")
        self.remove_button = QPushButton(icon("delete"), tr("Remove"), self)
        self.remove_button.setObjectName("import_remove_files")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.files_view, 1)
        files.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(plain_label(tr("Files"), self, name="import_files_title"))
        layout.addLayout(files, 1)
        hint = QHBoxLayout()
        drop = QLabel(self)
        drop.setPixmap(icon_pixmap("import", 16, colours().muted))
        hint.addWidget(drop)
        hint.addWidget(MutedLabel(tr("You can also drop files onto this window."), self), 1)
        layout.addLayout(hint)

        form = QFormLayout()
        form.setContentsMargins(0, 10, 0, 0)
        self.project = QComboBox(self)
        self.project.setObjectName("import_project")
        self.project.setMinimumWidth(360)
        form.addRow(tr("Items without a project column belong to"), self.project)
        note = MutedLabel(tr("A team's RAID log or plan usually has no project column: "
                             "choose the project it belongs to."), self)
        note.setWordWrap(True)
        form.addRow("", note)
        # a plan's tasks may set its project's dates: only when the user asks
        self.roll_up = QCheckBox(tr("Set each plan's project start, finish and % complete "
                                    "from its tasks"), self)
        self.roll_up.setObjectName("import_roll_up_plan")
        self.roll_up.setToolTip(tr("Earliest start, latest finish and % complete weighted "
                                   "by duration; the preview shows the changes before "
                                   "anything is written."))
        form.addRow("", self.roll_up)
        layout.addLayout(form)


class TablesPage(QWidget):
    """Step 2: each table found (entity and header row editable) and its column mapping."""

    def __init__(self, tables: TablesModel, mapping: MappingModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head, self.subtitle = page_header(tr("Tables found"), "", self)
        layout.addWidget(head)
        self.message = MessageBar(self)
        self.message.setObjectName("tables_message")
        layout.addWidget(self.message)
        # shown when a table to import has no project column: whose rows are they?
        self.project_row = QWidget(self)
        self.project_row.setObjectName("import_project_row")
        row = QHBoxLayout(self.project_row)
        row.setContentsMargins(0, 4, 0, 4)
        self.project_note = plain_label("", self.project_row, wrap=True,
                                        name="import_project_note")
        self.project = QComboBox(self.project_row)
        self.project.setObjectName("import_tables_project")
        self.project.setMinimumWidth(320)
        row.addWidget(self.project_note, 1)
        row.addWidget(self.project)
        self.project_row.hide()
        layout.addWidget(self.project_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.tables_view = _editable_table(tables, "import_tables_view", split)
        self.tables_view.setSortingEnabled(False)
        self.tables_view.setItemDelegateForColumn(TablesModel.ENTITY, ChoiceDelegate(self.tables_view))
        self.tables_view.setItemDelegateForColumn(TablesModel.HEADER, SpinDelegate(self.tables_view))
        for col, width in ((0, 210), (1, 170), (2, 90), (3, 170), (4, 100), (5, 70)):
            self.tables_view.setColumnWidth(col, width)
        lower = QWidget(split)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(2)
        self.mapping_title = plain_label("", lower, name="import_mapping_title")
        font = self.mapping_title.font()
        font.setBold(True)
        self.mapping_title.setFont(font)
        box.addWidget(self.mapping_title)
        self.mapping_note = MutedLabel("", lower)
        self.mapping_note.setObjectName("import_mapping_note")
        box.addWidget(self.mapping_note)
        box.addSpacing(4)
        self.mapping_view = _editable_table(mapping, "import_mapping_view", lower)
        self.mapping_view.setSortingEnabled(False)
        self.mapping_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD, ChoiceDelegate(self.mapping_view))
        for col, width in ((0, 250), (1, 50), (2, 230), (3, 90)):
            self.mapping_view.setColumnWidth(col, width)
        box.addWidget(self.mapping_view, 1)
        split.addWidget(self.tables_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)


class PreviewPage(QWidget):
    """Step 3: what the import would do, per table and per row, filterable by action."""

    def __init__(self, summary: PlanSummaryModel, preview: PreviewModel,
                 proxy: PreviewFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head, self.subtitle = page_header(tr("Preview"), "", self)
        layout.addWidget(head)
        self.message = MessageBar(self)
        self.message.setObjectName("preview_message")
        layout.addWidget(self.message)
        # projects rows name that the portfolio does not hold: tick one to create it
        self.new_projects_box = QWidget(self)
        box = QVBoxLayout(self.new_projects_box)
        box.setContentsMargins(0, 4, 0, 4)
        box.setSpacing(2)
        title = plain_label(tr("New projects"), self.new_projects_box,
                            name="import_new_projects_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        self.new_projects_note = MutedLabel("", self.new_projects_box)
        self.new_projects_note.setObjectName("import_new_projects_note")
        self.new_projects_note.setWordWrap(True)
        box.addWidget(self.new_projects_note)
        self.new_projects = QListWidget(self.new_projects_box)
        self.new_projects.setObjectName("import_new_projects")
        self.new_projects.setMaximumHeight(110)
        box.addWidget(self.new_projects)
        self.new_projects_box.hide()
        layout.addWidget(self.new_projects_box)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.summary_view = make_table_view(summary, "import_summary_view", split)
        self.summary_view.setSortingEnabled(False)
        for col, width in ((0, 210), (1, 160), (2, 130)):
            self.summary_view.setColumnWidth(col, width)
        for col in range(3, summary.columnCount()):
            self.summary_view.setColumnWidth(col, 92)
        lower = QWidget(split)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 8, 0, 0)
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(plain_label(tr("Show"), lower))
        self.filter_buttons: dict[str, QToolButton] = {}
        for i, key in enumerate(("all", *L.ACTIONS)):
            button = QToolButton(lower)
            button.setObjectName(f"import_filter_{key}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.filters.addButton(button, i)
            self.filter_buttons[key] = button
            bar.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        bar.addStretch(1)
        self.table_hint = MutedLabel(tr("Select a table above to show only its rows."), lower)
        bar.addWidget(self.table_hint)
        box.addLayout(bar)
        proxy.setSourceModel(preview)
        self.preview_view = make_table_view(proxy, "import_preview_view", lower)
        self.preview_view.setItemDelegateForColumn(PreviewModel.ACTION, ChipDelegate(self.preview_view))
        self.preview_view.setWordWrap(False)
        for col, width in ((0, 100), (1, 150), (2, 60), (3, 140), (4, 120)):
            self.preview_view.setColumnWidth(col, width)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            PreviewModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.preview_view, 1)
        split.addWidget(self.summary_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

    def set_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        self.filter_buttons["all"].setText(tr("All") + f"  {total:,}")
        for key in L.ACTIONS:
            self.filter_buttons[key].setText(f"{tr(L.ACTION_LABELS[key])}  {counts.get(key, 0):,}")
        # rows merged into another row's project are rare: their filter shows when there are
        self.filter_buttons["merged"].setVisible(counts.get("merged", 0) > 0)
        c = colours()
        for key, button in self.filter_buttons.items():
            colour = L.action_colour(key).name() if key != "all" else c.text
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {c.border}; border-radius: 12px;"
                f" padding: 3px 12px; color: {colour}; background: {c.base}; }}"
                f"QToolButton:checked {{ background: {c.nav_selected}; border-color: {c.accent};"
                " font-weight: 600; }")


class DonePage(QWidget):
    """Step 4: what was written, and how to undo it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.icon = QLabel(self)
        self.icon.setPixmap(check_pixmap(56, colours().success))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.title = plain_label("", self, name="import_done_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = plain_label("", self, wrap=True, name="import_done_summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.summary)
        self.note = MutedLabel("", self)
        self.note.setObjectName("import_done_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        layout.addStretch(3)
