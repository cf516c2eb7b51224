"""operations.undo.undo_batch: an import batch undone from the change log, via the CLI too."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.undo import undo_batch
from pmo_desktop.store import StoreError, UndoConflict

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def _import(store):
    """A batch that creates a project with a risk and changes another project."""
    other = store.project_id("FIN-101")
    with store.write("import", batch={"file_name": "tracker.xlsx"}) as tx:
        pid = tx.create("project", {"code": "IMP-1", "name": "Imported"})
        tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "Late"})
        tx.update("project", other, {"manager": "Ann Import"})
    return tx.batch_id, other


def test_undo_batch_puts_back_what_was_there(store):
    before = store.get("project", store.project_id("FIN-101"))
    batch, other = _import(store)
    mark = last_log_id(store)
    result = undo_batch(store, batch)
    assert result.value == {"batch": batch, "undone": True, "created": 0, "updated": 1,
                            "deleted": 2, "entities": ["project", "risk"]}
    assert result.entities == {"project", "risk"}
    assert store.project_id("IMP-1") is None and store.get("project", other) == before
    assert {e["source"] for e in log_since(store, mark)} == {f"undo:{batch}"}
    assert store.list_batches()[0]["undone_at"]


def test_undo_batch_source_can_be_named(store):
    batch, _other = _import(store)
    mark = last_log_id(store)
    undo_batch(store, batch, source="cli")
    assert {e["source"] for e in log_since(store, mark)} == {"cli"}


def test_undo_batch_refusals_write_nothing(store):
    batch, other = _import(store)
    with store.write("cli") as tx:
        tx.update("project", other, {"manager": "Bo Later"})
    mark = last_log_id(store)
    with pytest.raises(UndoConflict, match="later edits touched project FIN-101 \\(manager\\)"):
        undo_batch(store, batch)
    with pytest.raises(StoreError, match="There is no import batch 999"):
        undo_batch(store, 999)
    assert last_log_id(store) == mark and store.project_id("IMP-1") is not None


def test_undo_import_on_the_command_line(store_path, capsys):
    from pmo_desktop.store import open_store

    with open_store(store_path) as store:
        batch, _other = _import(store)
    assert main(["undo-import", "--db", str(store_path), str(batch), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "batch": batch, "undone": True, "created": 0, "updated": 1, "deleted": 2,
        "entities": ["project", "risk"]}
    assert main(["undo-import", "--db", str(store_path), str(batch)]) == 2
    assert "was already undone" in capsys.readouterr().err
