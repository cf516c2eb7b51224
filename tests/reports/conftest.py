"""Fixtures for the pack tests: a demo store built once per session, copied per test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_desktop.reports.api import PackOptions, build_pack
from pmo_desktop.store import open_store
from pmo_desktop.store.demo import build_demo

TODAY = date(2026, 11, 21)


def _template(folder: Path, projects: int) -> Path:
    path = folder / f"demo-{projects}.pmo"
    with open_store(path) as store:
        build_demo(store, projects=projects, today=TODAY)
        store.set_settings({"as_of": TODAY.isoformat()})
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("demo-template"), 40)


@pytest.fixture(scope="session")
def small_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("small-templates")
    return {n: _template(folder, n) for n in (10, 20, 30)}


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.pmo"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_path: Path):
    with open_store(demo_path) as store:
        yield store


class Pdf:
    """A pack read back: page texts and the outline."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = PdfReader(str(path))
        self.pages = [p.extract_text() or "" for p in self.reader.pages]
        self.outline: list[tuple[int, str, int]] = []  # (level, title, page index)
        self._walk(self.reader.outline, 0)

    def _walk(self, items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                self._walk(item, level + 1)
            else:
                self.outline.append((level, str(item.title),
                                     self.reader.get_destination_page_number(item)))

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def page_of(self, needle: str, start: int = 0) -> int:
        for i in range(start, len(self.pages)):
            if needle in self.pages[i]:
                return i
        raise AssertionError(f"{needle!r} is not printed")


@pytest.fixture
def read_pdf():
    return Pdf


@pytest.fixture(scope="session")
def demo_pack(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    """The pack of the untouched 40-project demo with the default options, built and read
    back once: the tests that only read it share it (each build takes seconds). A test
    that changes the store first builds its own."""
    folder = tmp_path_factory.mktemp("demo-pack")
    path = folder / "demo.pmo"
    shutil.copyfile(demo_template, path)
    with open_store(path) as store:
        build_pack(store, folder / "pack.pdf", PackOptions())
    return Pdf(folder / "pack.pdf")
