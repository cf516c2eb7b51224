"""UI test fixtures: a demo store per test (copied from one built per session), a context."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.store import open_store


TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once (it is deterministic for a fixed ``today``)."""
    from pmo_desktop.store.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, today=TODAY)
        store.set_settings({"as_of": TODAY.isoformat()}, source="test")
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "portfolio.pmo"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def store(demo_path: Path):
    s = open_store(demo_path)
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qapp, store, settings):
    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.undo_stack import UndoStack

    stack = UndoStack()
    context = AppContext(store, settings, stack)
    yield context
    stack.clear()


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As the app does (``ui/collector.py``): cycles are collected on the GUI thread only.
    Left to Python, a collection triggered by a runner thread's allocations destroys the
    Qt objects an earlier test left in reference cycles in that thread, which crashes the
    process (segfaults in the Data quality read and in paint, about one full run in two)."""
    from pmo_desktop.ui import collector

    collector.install(qapp)  # once; again only after a test gave collection back
    yield


def pytest_collection_modifyitems(config, items):
    # The offscreen platform warns on every top-level show(); it says nothing about us.
    marker = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(marker)
