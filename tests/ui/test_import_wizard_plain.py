"""Hostile tracker text in the import wizard: every model of the wizard shows it as the
text itself, and no tooltip hands Qt something it would read as HTML (a sheet named
``<b>R&D</b>`` rendered bold, an ``<img src=…>`` loaded)."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument

from pmo_desktop.ui.importer import ImportWizard
from pmo_desktop.ui.importer.widgets import FilesModel

HOSTILE = ("<b>R&D", "<img src=x>")


def _shown(tip: str) -> str:
    """What a tooltip shows: Qt renders it as HTML when it might be rich text."""
    if not GuiQt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def _walk(model: QAbstractItemModel):
    """Every cell of a table or list model (the wizard has no trees)."""
    try:
        cols = model.columnCount()
    except TypeError:  # a list model keeps columnCount private: one column
        cols = 1
    for r in range(model.rowCount()):
        for c in range(cols):
            yield model.index(r, c)


def _hostile_tracker(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "<b>R&D"  # "/" may not be in a sheet name
    ws.append(["<img src=x> risk register"])
    ws.append([])
    ws.append(["ID", "Risk", "Owner", "Probability", "Impact", "<b>R&D</b> (<img src=x>)",
               "Status"])
    ws.append(["R-1", "<b>R&D</b>", "<img src=x>", "High", "Low", "<b>R&D</b>", "<b>R&D</b>"])
    ws.append(["R-2", "<img src=x>", "Ana", "<b>R&D</b>", "Low", "x", "Open"])
    wb.save(path)
    return path


def test_no_model_of_the_wizard_hands_qt_rich_text(qtbot, store, tmp_path):
    path = _hostile_tracker(tmp_path / "<b>R&D <img src=x>.xlsx")
    w = ImportWizard(store, [str(path)])
    qtbot.addWidget(w)
    w.set_project("DCX-101")
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20000)
    assert w.stack.currentIndex() == 1, "the hostile tracker was not read"
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=20000)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20000)

    models = [m for m in w.findChildren(QAbstractItemModel)
              if m.rowCount() and not m.inherits("QSortFilterProxyModel")]
    models.append(FilesModel([str(path)]))
    names = {type(m).__name__ for m in models}
    assert {"TablesModel", "MappingModel", "PlanSummaryModel", "PreviewModel",
            "FilesModel"} <= names, names
    seen_display = seen_tip = 0
    for model in models:
        for index in _walk(model):
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(display, str) and any(h in display for h in HOSTILE):
                seen_display += 1
            if not isinstance(tip, str):
                continue
            shown = _shown(tip)
            for h in HOSTILE:  # whatever of the text reaches the tooltip, it shows literally
                if h in tip.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"):
                    assert h in shown, (type(model).__name__, index.row(), index.column(), tip)
                    seen_tip += 1
            assert "<img" not in shown.replace("<img src=x>", ""), tip
    assert seen_display >= 4 and seen_tip >= 2, (seen_display, seen_tip)


def test_sheet_title_tooltip_shows_its_text_literally(qtbot, store, tmp_path):
    path = _hostile_tracker(tmp_path / "risks.xlsx")
    w = ImportWizard(store, [str(path)])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=20000)
    model = w.tables_model
    index = model.index(0, model.SHEET)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "<b>R&D"
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert _shown(tip) == "<img src=x> risk register"


_WIZARD_CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from pmo_desktop.store import open_store
from pmo_desktop.ui.importer import ImportWizard
app = QApplication([])
store = open_store(sys.argv[1])
w = ImportWizard(store, [sys.argv[2]])
w.show()
for _ in range(600):
    QTest.qWait(50)
    if not w.is_busy():
        break
message = w.files_page.message
print(w.stack.currentIndex(), message.kind, message.text.text())
store.close()
"""


def test_a_far_out_cell_leaves_the_wizard_standing(tmp_path):
    # it used to abort the whole app from inside calamine: the wizard runs in a child
    import subprocess
    import sys
    from pathlib import Path

    from tests.importing.test_import_limits import cell, risk_rows, write_xlsx

    root = Path(__file__).resolve().parents[2]
    path = write_xlsx(tmp_path / "tracker.xlsx", risk_rows(10) + '<row r="1048576">'
                      + cell("XFD1048576", "x") + "</row>")
    proc = subprocess.run([sys.executable, "-c", _WIZARD_CHILD, str(tmp_path / "p.pmo"),
                           str(path)], capture_output=True, text=True, cwd=root, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    page, kind, text = proc.stdout.strip().split(" ", 2)
    assert (page, kind) == ("0", "error")
    assert "tracker.xlsx, sheet 'Risks', has a cell at XFD1048576" in text
