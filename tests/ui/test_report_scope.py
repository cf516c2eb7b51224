"""The report dialog's scope model on a large programme: rows in batches, ticks on all."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeView

from pmo_desktop.store.pack_record import PackChoices
from pmo_desktop.ui.report.scope import BATCH, CODE_ROLE, ScopeModel

CHECK = Qt.ItemDataRole.CheckStateRole


def _model(qtbot, projects: int) -> tuple[ScopeModel, QTreeView]:
    # 1 project in "Alpha", ``projects`` without a programme (as imported trackers often are)
    choices = PackChoices([(date(2026, 10, 31), "October")], {
        "": [(f"P{n:05d}", f"Project {n}") for n in range(projects)],
        "Alpha": [("A1", "Only one")]})
    view = QTreeView()
    view.setUniformRowHeights(True)  # as the dialog's: rows are not each measured
    qtbot.addWidget(view)
    model = ScopeModel(view)
    view.setModel(model)
    model.set_choices(choices)
    return model, view


def test_a_large_programme_shows_its_projects_in_batches(qtbot):
    model, view = _model(qtbot, BATCH * 2 + 10)
    none = model.index(0, 0)
    assert none.data() == "(no programme)" and none.data(Qt.ItemDataRole.UserRole) == ""
    assert model.rowCount(none) == BATCH
    view.resize(400, 300)
    view.show()
    view.expand(none)
    qtbot.wait(50)
    assert model.rowCount(none) == BATCH  # expanding shows one batch
    for _ in range(10):  # scrolled to the end, the tree paints the last row: the next batch
        view.scrollToBottom()
        qtbot.wait(20)
        if model.rowCount(none) == BATCH * 2 + 10:
            break
    assert model.rowCount(none) == BATCH * 2 + 10
    last = model.index(BATCH * 2 + 9, 0, none)
    assert last.data(CODE_ROLE) == f"P{BATCH * 2 + 9:05d}"


def test_ticks_cover_the_projects_not_shown_yet(qtbot):
    model, _view = _model(qtbot, BATCH + 100)
    none = model.index(0, 0)
    assert model.setData(none, Qt.CheckState.Unchecked, CHECK)
    assert model.ticked_projects() == 1 and model.scope() == (["Alpha"], [])
    model.select(set(), {f"P{BATCH + 50:05d}", "A1"})  # a preset naming an unshown project
    assert model.ticked_projects() == 2
    assert model.scope() == (["Alpha"], [f"P{BATCH + 50:05d}"])
    assert none.data(CHECK) == Qt.CheckState.PartiallyChecked
    model.show_more(0)
    assert model.index(BATCH + 50, 0, none).data(CHECK) == Qt.CheckState.Checked
    assert model.index(BATCH + 49, 0, none).data(CHECK) == Qt.CheckState.Unchecked
    assert model.setData(none, Qt.CheckState.Checked, CHECK)
    assert model.scope() == ([], [])  # everything: the whole portfolio
