"""Fixtures of the operations tests: a small demo portfolio, copied fresh for each test.

Import them by name into a test module (``from .portfolio_fixtures import …``)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.store import Store, open_store
from pmo_desktop.store.demo import build_demo

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def operations_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo portfolio of eight projects as of ``TODAY``, built once."""
    path = tmp_path_factory.mktemp("operations") / "demo.pmo"
    with open_store(path) as store:
        build_demo(store, projects=8, today=TODAY)
        store.set_settings({"as_of": TODAY.isoformat()}, source="test")
    return path


@pytest.fixture
def store_path(operations_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.pmo"
    shutil.copy(operations_template, path)
    return path


@pytest.fixture
def store(store_path: Path):
    s: Store = open_store(store_path)
    yield s
    s.close()


def last_log_id(store: Store) -> int:
    return int(store.query("SELECT COALESCE(MAX(id), 0) AS n FROM change_log")[0]["n"])


def log_since(store: Store, after: int) -> list[dict]:
    return store.query("SELECT * FROM change_log WHERE id > ? ORDER BY id", [after])
