"""operations.undo.undo_batch: an import batch undone from the change log, via the CLI too."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.records import update
from pmo_desktop.operations.undo import history, undo_batch
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


def test_history_lists_imports_and_edits_newest_first_in_one_sentence(store):
    batch, other = _import(store)
    edit = update(store, "project", other, {"manager": "Cy Edit"}, source="cli",
                  batch="edit project FIN-101: manager")
    rows = history(store)
    assert [set(r) for r in rows] == [{"batch", "source", "at", "summary"}] * 2
    assert [(r["batch"], r["source"]) for r in rows] == [(edit.batch_id, "cli"),
                                                         (batch, "import")]
    assert rows[0]["summary"] == "edit project FIN-101: manager"
    assert rows[1]["summary"] == "import tracker.xlsx: 2 created, 1 updated"
    undo_batch(store, edit.batch_id)
    assert history(store)[0]["summary"].startswith("edit project FIN-101: manager (undone 20")


def test_an_edit_batch_names_itself_in_refusals(store):
    pid = store.project_id("FIN-101")
    first = update(store, "project", pid, {"manager": "Al"}, source="cli",
                   batch="edit project FIN-101: manager")
    later = update(store, "project", pid, {"manager": "Bo"}, source="cli",
                   batch="edit project FIN-101: manager")
    with pytest.raises(UndoConflict) as err:
        undo_batch(store, first.batch_id)
    assert str(err.value) == (
        f"Batch {first.batch_id} cannot be undone: later edits touched project FIN-101 "
        f"(manager) by batch {later.batch_id}, edit project FIN-101: manager — undo batch "
        f"{later.batch_id} first.")
    undo_batch(store, later.batch_id)
    with pytest.raises(StoreError, match=f"^Batch {later.batch_id} was already undone on "):
        undo_batch(store, later.batch_id)
