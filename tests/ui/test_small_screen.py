"""Every view fits a 1366×768 laptop: nothing forces the window wider, headers are not
cut, and each table's name or title column is on screen and wide enough to read."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from pmo_desktop.ui.main_window import MainWindow
from pmo_desktop.ui.paths import AppPaths
from pmo_desktop.ui.views import VIEWS

WIDTH, HEIGHT = 1366, 768
# The window's minimum leaves room on such a screen for a side dock or a window frame.
MIN_WIDTH = 1280
# The column a reader looks for first in each table, and the least it must show.
# (in this order: "Project" is a short code column where there is a title too)
KEY_TITLES = ("Title", "Milestone", "Finding", "Role / person", "Change", "Project", "Period",
              "Dimension", "Objective", "Project or proposal", "Proposal")
KEY_MIN = 150
SHORT_KEYS = {"Dimension": 90, "Period": 120}  # short names: "Schedule", "November 2026"
# Views whose tables must show every column without scrolling sideways at 1366 px.
NO_SIDEWAYS = {"portfolio", "risks", "financials", "changes", "quality", "project"}
VIEW_NAMES = [n for n, s in VIEWS.items() if s.in_nav] + ["project"]


@pytest.fixture
def window(qtbot, tmp_path, settings, demo_path) -> MainWindow:
    paths = AppPaths(tmp_path / "config", tmp_path / "data").ensure()
    w = MainWindow(settings, paths)
    qtbot.addWidget(w)
    assert w.open_portfolio(demo_path)
    w.show()
    w.resize(WIDTH, HEIGHT)
    return w


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    if window.ctx is not None:  # views that load off the GUI thread fill in
        window.ctx.runner.wait()
        for _ in range(3):
            QApplication.processEvents()
    window.resize(WIDTH, HEIGHT)
    for _ in range(3):
        QApplication.processEvents()


def _show(window: MainWindow, name: str):
    page = window.show_view(name, {"code": "DCX-101"} if name == "project" else None)
    loading = getattr(page, "is_loading", None)  # a view reading off the GUI thread
    deadline = time.monotonic() + 20
    while callable(loading) and loading() and time.monotonic() < deadline:
        QApplication.processEvents()
    _settle(window)
    return page


def _header_text_width(view: QTableView, column: int) -> int:
    """Bold header title plus the style sheet's padding (6 px a side) and border."""
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return QFontMetrics(font).horizontalAdvance(text) + 2 * 6 + 1


def _tables(page) -> list[QTableView]:
    return [t for t in page.findChildren(QTableView)
            if t.isVisible() and t.horizontalHeader().isVisible() and t.model().rowCount()]


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_no_view_forces_the_window_wider_than_a_laptop(window, name):
    page = _show(window, name)
    window.layout().activate()
    assert window.minimumSizeHint().width() <= WIDTH
    minimum = window.minimumSize()
    assert minimum.width() <= MIN_WIDTH and minimum.height() <= HEIGHT, (name, minimum)
    assert page.minimumSizeHint().width() <= MIN_WIDTH - 176  # beside the navigation panel
    assert (window.width(), window.height()) == (WIDTH, HEIGHT)


def test_showing_every_view_in_turn_keeps_the_window_resizable(window):
    for name in VIEW_NAMES:
        _show(window, name)
    window.layout().activate()  # the pages share one stack: its minimum is their largest
    assert window.minimumSize().width() <= MIN_WIDTH
    assert window.width() == WIDTH


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_headers_fit_and_the_key_column_is_readable(window, name):
    page = _show(window, name)
    tables = _tables(page)
    if name not in ("dashboard", "roadmap"):  # charts and a painted timeline, no tables
        assert tables, name
    for table in tables:
        header = table.horizontalHeader()
        model = table.model()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        cut = [model.headerData(c, Qt.Orientation.Horizontal) for c in shown
               if header.sectionSize(c) < _header_text_width(table, c)]
        assert cut == [], (name, table.objectName())
        titles = {model.headerData(c, Qt.Orientation.Horizontal): c for c in shown}
        first = next((t for t in KEY_TITLES if t in titles), None)
        assert first is not None, (name, table.objectName())
        key = titles[first]
        viewport = table.viewport().width()
        least = SHORT_KEYS.get(first, KEY_MIN)
        assert header.sectionSize(key) >= least, (name, table.objectName())
        assert header.sectionViewportPosition(key) + header.sectionSize(key) <= viewport
        if name in NO_SIDEWAYS:
            assert header.length() <= viewport, (name, table.objectName(), header.length())


def test_the_title_column_takes_the_room_left(window):
    page = _show(window, "risks")
    table = page.table
    header = table.horizontalHeader()
    title = next(c for c in range(header.count())
                 if table.model().headerData(c, Qt.Orientation.Horizontal) == "Title")
    narrow = header.sectionSize(title)
    page.body.setSizes([10_000, 0])  # the heat map shut: the register gets its room
    _settle(window)
    assert header.sectionSize(title) > narrow + 150
    assert header.length() <= table.viewport().width()


def test_a_shut_heat_map_stays_shut(qtbot, ctx):
    from pmo_desktop.ui.raid.view import RaidView

    view = RaidView(ctx)
    qtbot.addWidget(view)
    view.resize(1190, 700)
    view.show()
    assert view.body.sizes()[1] > 0
    view.body.setSizes([10_000, 0])
    view.body.splitterMoved.emit(view.body.sizes()[0], 1)  # what a drag of the handle emits
    again = RaidView(ctx)
    qtbot.addWidget(again)
    again.resize(1190, 700)
    again.show()
    assert again.body.sizes()[1] == 0
