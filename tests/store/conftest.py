"""Fixtures shared by the store tests."""

from __future__ import annotations

import shutil

import pytest

from pmo_desktop.store import open_store


@pytest.fixture
def store(template, tmp_path):
    """A fresh copy of the module's ``template`` portfolio (each module builds its own
    template once); test modules that start from an empty file define their own ``store``."""
    path = tmp_path / "demo.pmo"
    shutil.copy(template, path)
    s = open_store(path)
    yield s
    s.close()
