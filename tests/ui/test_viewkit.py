"""The one UI kit (``pmo_desktop/ui/viewkit``): one roles enum whose every role a delegate
paints from is one a real model provides, one table-model base, one ``tr``, one theme."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import openpyxl
from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui

import pmo_desktop.ui as ui_package
from pmo_desktop.ui.importer import ImportHistoryDialog, ImportWizard
from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.viewkit import delegates
from pmo_desktop.ui.viewkit.models import TableModel
from pmo_desktop.ui.viewkit.roles import Role
from tests.conftest import FIXTURES

UI = Path(ui_package.__file__).parent
ROWS_PER_MODEL = 60  # enough rows of each model to meet every kind of cell


def _sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def test_roles_are_numbered_once_above_user_role():
    values = [int(r) for r in Role]
    assert len(values) == len(set(values))
    assert min(values) == int(Qt.ItemDataRole.UserRole) + 1
    assert sorted(values) == list(range(min(values), min(values) + len(values)))
    # nobody numbers a role of their own any more (``UserRole + 2`` meant two things)
    numbered = [name for name, text in _sources().items()
                if re.search(r"UserRole\)?\s*\+", text) and name != "viewkit/roles.py"]
    assert numbered == []


def _roles_each_delegate_reads() -> dict[str, set[Role]]:
    tree = ast.parse(Path(delegates.__file__).read_text(encoding="utf-8"))
    read: dict[str, set[Role]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name.endswith("Delegate"):
            read[node.name] = {Role[n.attr] for n in ast.walk(node)
                               if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                               and n.value.id == "Role"}
    return read


def _provided(models: list[QAbstractItemModel]) -> set[Role]:
    """Roles some cell of these models answers (with anything but ``None``)."""
    provided: set[Role] = set()
    for model in models:
        for row in range(min(model.rowCount(), ROWS_PER_MODEL)):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                provided |= {role for role in Role if index.data(role) is not None}
    return provided


def _roles_the_app_provides(qtbot, tmp_path, settings, demo_path) -> set[Role]:
    """What the models of every view of the demo, of the import wizard and of the import
    history provide (read while their windows are alive)."""
    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(demo_path)
    for name in ("portfolio", "risks", "resources", "financials", "changes", "periods",
                 "quality", "dashboard"):
        window.show_view(name)
    # the views fill from background reads: read their models once every read is in
    qtbot.waitUntil(window.ctx.runner.is_idle, timeout=60000)
    qtbot.wait(50)  # (their answers are delivered by queued signals)
    qtbot.waitUntil(window.ctx.runner.is_idle, timeout=60000)
    wizard = ImportWizard(window.store, [str(FIXTURES / "S05_raid_log_single_sheet.xlsx")])
    qtbot.addWidget(wizard)
    wizard.set_project("DCX-101")
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=20000)
    models = [wizard.tables_model, wizard.mapping_model]
    wizard.make_plan()
    qtbot.waitUntil(lambda: wizard.preview_model.rowCount() > 0, timeout=20000)
    models += [wizard.summary_model, wizard.preview_model]
    history = ImportHistoryDialog(window.store)
    qtbot.addWidget(history)
    return _provided(models + [history.model] + window.findChildren(QAbstractTableModel))


def test_every_role_a_delegate_paints_from_is_one_a_model_provides(
        qtbot, tmp_path, settings, demo_path):
    read = _roles_each_delegate_reads()
    assert {"ChipDelegate", "HeatCellDelegate", "RagChipDelegate", "ProgressBarDelegate",
            "ChoiceDelegate", "SpinDelegate"} <= set(read)
    assert Role.RAG_KEY in read["RagChipDelegate"] and Role.CHOICES in read["ChoiceDelegate"]
    provided = _roles_the_app_provides(qtbot, tmp_path, settings, demo_path)
    missing = {name: sorted(r.name for r in roles - provided) for name, roles in read.items()
               if roles - provided}
    assert missing == {}


class _Sheets(TableModel[tuple[str, int]]):
    """Sheets of a real workbook and their row counts, as a view would list them."""

    _TITLES = ("Sheet", "Rows")

    def text(self, position: int, column: int) -> str:
        name, rows = self._rows[position]
        return name if column == 0 else f"{rows:,}"

    def tooltip(self, position: int, column: int) -> str | None:
        return self._rows[position][0]


def _shown(tip: str) -> str:
    if not GuiQt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_table_model_base_answers_display_sort_and_literal_tooltips(qtmodeltester, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "<b>R&D"
    wb.create_sheet("Zeta").append(["a"])
    for _ in range(1200):
        wb.active.append([1])
    wb.save(tmp_path / "book.xlsx")
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")
    model = _Sheets()
    model.set_rows([(ws.title, ws.max_row) for ws in book.worksheets])
    qtmodeltester.check(model)
    assert model.columnCount() == 2 and model.rowCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Sheet", "Rows"]
    first = model.index(0, 0)
    assert first.data() == "<b>R&D"  # display text is the text itself
    assert _shown(first.data(Qt.ItemDataRole.ToolTipRole)) == "<b>R&D"  # not rendered bold
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Zeta"  # plain stays plain
    assert model.index(0, 1).data() == "1,200"
    assert model.index(1, 0).data(Role.SORT) == "zeta"  # the lower-case text by default
    assert model.flags(first) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_one_tr_and_one_theme_for_every_view():
    sources = _sources()
    own_tr = sorted(name for name, text in sources.items() if re.search(r"^def tr\(", text, re.M))
    assert own_tr == ["viewkit/i18n.py"]
    themes = sorted(name for name in sources if name.endswith("theme.py"))
    assert themes == ["viewkit/theme.py"]
    assert not (UI / "widgets").exists()
    assert not (UI / "importer" / "base.py").exists()
    assert not (UI / "importer" / "delegates.py").exists()


def test_rag_chip_cells_keep_their_models_background_and_selection(qtbot):
    # The chip delegate draws a plain cell's background without asking the model for
    # every role; a cell whose model sets a background (or a selected row) must still
    # show it around the chip.
    from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(2, 1)
    for row, background in ((0, "#ffd54f"), (1, None)):
        item = QStandardItem("Green")
        item.setData("green", Role.RAG_KEY)
        item.setData("Green", Role.RAG_LABEL)
        item.setData("#00703c", Role.RAG_COLOUR)
        if background:
            item.setBackground(QColor(background))
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(delegates.RagChipDelegate(view))
    view.setColumnWidth(0, 120)
    view.resize(200, 120)
    view.show()

    def corner(row: int) -> QColor:  # a pixel of the cell right of the chip
        rect = view.visualRect(model.index(row, 0))
        return view.viewport().grab().toImage().pixelColor(rect.right() - 3, rect.center().y())

    assert corner(0) == QColor("#ffd54f")
    assert corner(1) != QColor("#ffd54f")
    view.selectRow(1)
    assert corner(1) == view.palette().color(view.palette().ColorRole.Highlight)


def test_choice_list_model_feeds_a_combo_box_in_one_go(qtbot, qtmodeltester):
    from PySide6.QtWidgets import QComboBox

    from pmo_desktop.ui.viewkit.choices import ChoiceListModel

    items = [(None, "No project"), *((f"P-{n:05d}", f"P-{n:05d}  ·  Project {n}")
                                     for n in range(10_000))]
    model = ChoiceListModel(items)
    qtmodeltester.check(model)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setModel(model)
    assert combo.count() == 10_001 and combo.currentData() is None
    assert model.row_of("P-04242") == combo.findData("P-04242") == 4243
    assert model.row_of(None) == 0 and model.row_of("nope") == -1
    combo.setCurrentIndex(model.row_of("P-04242"))
    assert combo.currentText() == "P-04242  ·  Project 4242"
    assert combo.currentData() == "P-04242" == model.value(combo.currentIndex())
    model.set_items([("A", "Alpha")])
    assert combo.count() == 1 and combo.itemData(0) == "A" and model.value(5) is None
    assert model.row_of("P-04242") == -1 and model.row_of("A") == 0


def test_chip_bar_keeps_the_chips_it_already_shows(qtbot):
    """A chip that stays is the same widget (a table's every reset sets the chips again);
    a new one is added in its place and a dropped one goes."""
    from pmo_desktop.ui.viewkit.chips import ChipBar

    bar = ChipBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_chips([("text", "“data”"), ("rag:red", "RAG: Red")])
    first = list(bar._chips)
    bar.set_chips([("text", "“data”"), ("rag:red", "RAG: Red")])
    assert bar._chips == first
    bar.set_chips([("stale", "Stale status"), ("rag:red", "RAG: Red")])
    assert bar.chip_keys() == ["stale", "rag:red"] and bar._chips[1] is first[1]
    assert [bar._layout.itemAt(i).widget() for i in range(2)] == bar._chips
    bar.set_chips([])
    assert bar.chip_keys() == [] and not bar.isVisible()
