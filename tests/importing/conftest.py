"""Fixtures for the importer tests: a real store in tmp_path, the shared trackers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pmo_desktop.store import open_store

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


def write_book(path: Path | str, sheets: dict[str, list[list]],
               merged: dict[str, list[str]] | None = None) -> str:
    """A workbook written by openpyxl: ``sheets`` is {sheet name: rows, as written};
    ``merged`` is {sheet name: ranges merged on it ("A1:C1", a group's cell)}."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merged or {}).get(name, ()):
            ws.merge_cells(cells)
    wb.save(path)
    return str(path)


def write_csv(path: Path, lines: list[str]) -> str:
    """A CSV written as a tool exports one: UTF-8 with a byte-order mark, a line each."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return str(path)


def dry_run_tables(store, path, project: str, create: bool = False) -> list[dict]:
    """The tables a dry-run import of ``path`` finds, as ``import --json`` gives them, for
    a portfolio holding the one project ``project`` (created here)."""
    from pmo_desktop.operations.imports import import_files

    with store.write(source="test") as tx:
        tx.create("project", {"code": project, "name": project.title()})
    result = import_files(store, [str(path)], dry_run=True, project_code=project,
                          create_projects=create).value
    data = result.to_json()
    assert result.exit_code == 0, data["files"][0]["error"]
    return data["files"][0]["tables"]


def fields_of(table: dict) -> dict[str, str | None]:
    """A dry-run table's columns: header → the field it feeds (None: left out)."""
    return {c["header"]: c["field"] for c in table["columns"]}


def table_of(tables: list[dict], entity: str) -> dict:
    """The dry-run table of ``entity`` with the most records (failing when none is)."""
    found = [t for t in tables if t["entity"] == entity]
    assert found, [(t["sheet"], t["entity"]) for t in tables]
    return max(found, key=lambda t: len(t["records"]))


def values_at(table: dict, row: int) -> dict:
    """The values a dry-run table's record from Excel row ``row`` holds."""
    return next(r["values"] for r in table["records"] if r["row"] == row)


def best_field(header: str, entity: str) -> str:
    """The field ``header`` most surely names for ``entity``."""
    from pmo_desktop.importing.headers import header_matches

    return header_matches(header, entity)[0][0]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "p.pmo")
    yield s
    s.close()


@pytest.fixture
def fixture_path():
    def get(prefix: str) -> str:
        found = sorted(FIXTURES.glob(f"{prefix}*"))
        if not found:
            pytest.fail(f"fixture {prefix} is missing from {FIXTURES}: the importer tests "
                        "need ../shared/fixtures beside the checkout")
        return str(found[0])
    return get


@pytest.fixture
def digest():
    return file_digest


def file_digest(path: Path) -> str:
    """Hash of a store file and its WAL, to prove nothing was written."""
    h = hashlib.sha256()
    for p in sorted(path.parent.glob(path.name + "*")):
        if p.name.endswith("-shm"):  # the WAL index changes on reads too
            continue
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(autouse=True)
def _python_collects():
    """The importer's tests run with Python's own garbage collection, as the CLI does,
    also after a UI test handed collection to the GUI thread (``ui/collector.py``)."""
    import gc
    import sys

    collector = sys.modules.get("pmo_desktop.ui.collector")
    if collector is not None and not gc.isenabled():
        collector.uninstall()
    yield
