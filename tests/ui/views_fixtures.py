"""Shared fixtures of the dashboard / detail / periods / register view tests.

Import the fixtures by name into a test module (``from views_fixtures import …``).
The demo portfolio is built once per session, then copied per test into tmp_path.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.store import Store, open_store
from pmo_desktop.store.demo import build_demo

TODAY = date(2026, 11, 21)
# WORKAROUND: the offscreen platform warns on every top-level show(); it means nothing here.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
VIEW_PACKAGES = ("dashboard", "detail", "periods", "raid", "resources", "financials",
                 "changes", "lessons")


def wait_loaded(qtbot, view, timeout: int = 20000) -> None:  # type: ignore[no-untyped-def]
    """Wait until a view that reads off the GUI thread has filled in (views that read on
    the GUI thread are filled already)."""
    loading = getattr(view, "is_loading", None)
    if callable(loading):
        qtbot.waitUntil(lambda: not loading(), timeout=timeout)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views_demo") / "demo.pmo"
    store = open_store(path)
    build_demo(store, today=TODAY)
    store.set_settings({"as_of": TODAY.isoformat()}, source="test")
    store.close()  # checkpoints the WAL: the file alone is the portfolio
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.pmo"
    shutil.copy(demo_template, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "empty.pmo")
    yield store
    store.close()


def make_context(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from pmo_desktop.ui.context import AppContext
    from pmo_desktop.ui.undo_stack import UndoStack

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store, settings, UndoStack())


def _finish_reads(ctx) -> None:  # type: ignore[no-untyped-def]
    """Let the views' background reads end and fill in while the store is still open."""
    from PySide6.QtCore import QCoreApplication

    ctx.runner.shutdown()
    QCoreApplication.processEvents()


@pytest.fixture
def demo_ctx(qapp, demo_store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    ctx = make_context(demo_store, tmp_path)
    yield ctx
    _finish_reads(ctx)


@pytest.fixture
def empty_ctx(qapp, empty_store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    ctx = make_context(empty_store, tmp_path)
    yield ctx
    _finish_reads(ctx)
