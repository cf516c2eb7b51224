"""Undo of a batch never deletes what the batch did not create: it refuses, naming the
later records that depend on it and what to undo (or delete) first."""

from __future__ import annotations

import openpyxl
import pytest

from pmo_desktop.cli import main
from pmo_desktop.store import UndoConflict, open_store
from pmo_desktop.store.undo import undo_batch


def _risks(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.append(["Risk ID", "Title", "Risk Owner", "Likelihood", "Impact (1-5)", "Status"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


def _counts(path):
    with open_store(path) as store:
        return store.counts()


def test_cli_undo_of_the_batch_that_created_a_project_refuses_and_keeps_later_work(
        tmp_path, capsys):
    db = str(tmp_path / "p.pmo")
    assert main(["new", "--db", db]) == 0
    first = _risks(tmp_path / "a.xlsx", [["R-1", "Supplier late", "Ana", "High", 4, "Open"]])
    later = _risks(tmp_path / "b.xlsx", [["R-12", "Licence cost", "Ben", "Low", 2, "Open"]])
    assert main(["import", "--db", db, "--project", "HX-9", "--create-projects", first]) == 0
    assert main(["import", "--db", db, "--project", "HX-9", later]) == 0
    with open_store(db) as store:
        with store.write("ui") as tx:
            tx.create("milestone", {"project_id": store.project_id("HX-9"), "name": "Go-live"})
    capsys.readouterr()
    before = _counts(db)

    assert main(["undo-import", "--db", db, "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "risk R-12 was added to project HX-9 by import batch 2 — undo batch 2 first" in err
    assert "milestone Go-live was added to project HX-9 by hand on " in err
    assert "delete it first" in err
    assert _counts(db) == before  # nothing deleted, batch 1 still applied

    # The later batch can still be undone; then only the hand-made milestone stands.
    assert main(["undo-import", "--db", db, "2"]) == 0
    assert main(["undo-import", "--db", db, "1"]) == 2
    err = capsys.readouterr().err
    assert "milestone Go-live" in err and "R-12" not in err
    with open_store(db) as store:
        assert store.counts()["milestone"] == 1 and store.counts()["risk"] == 1
        with store.write("ui") as tx:
            tx.delete("milestone", store.rows("milestone")[0]["id"])
    assert main(["undo-import", "--db", db, "1"]) == 0
    counts = _counts(db)
    assert counts["project"] == 0 and counts["risk"] == 0


def test_undo_refuses_when_a_later_record_points_at_a_created_programme(tmp_path):
    with open_store(tmp_path / "p.pmo") as store:
        with store.write("import", batch={"file_name": "prog.xlsx"}) as tx:
            prog = tx.create("programme", {"name": "Alpha"})
        batch = tx.batch_id
        with store.write("cli") as tx:
            tx.create("project", {"code": "P-1", "name": "One", "programme_id": prog})
        with pytest.raises(UndoConflict) as err:
            undo_batch(store, batch)
        assert err.value.conflicts[0].startswith(
            "project P-1 was added to programme Alpha by cli on ")
        # the project keeps its programme (SET NULL would have cut it loose, unlogged)
        assert store.rows("project")[0]["programme_id"] == prog
        assert not store.list_batches()[0]["undone_at"]


def test_undo_of_a_batch_with_its_own_children_still_works(tmp_path):
    with open_store(tmp_path / "p.pmo") as store:
        with store.write("import", batch={"file_name": "x.xlsx"}) as tx:
            pid = tx.create("project", {"code": "HX-9", "name": "Hx"})
            tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "T"})
            tx.create("milestone", {"project_id": pid, "name": "Start"})
        undo_batch(store, tx.batch_id)
        counts = store.counts()
        assert counts["project"] == counts["risk"] == counts["milestone"] == 0


def test_conflict_names_the_later_batch_that_changed_the_field(tmp_path):
    with open_store(tmp_path / "p.pmo") as store:
        with store.write("import", batch={"file_name": "a.xlsx"}) as tx:
            pid = tx.create("project", {"code": "HX-9", "name": "Hx", "manager": "Ann"})
        first = tx.batch_id
        with store.write("import", batch={"file_name": "b.xlsx"}) as tx:
            tx.update("project", pid, {"manager": "Bo"})
        with pytest.raises(UndoConflict) as err:
            undo_batch(store, first)
        assert err.value.conflicts == [
            f"project HX-9 (manager) by import batch {tx.batch_id} — undo batch "
            f"{tx.batch_id} first"]
