"""Undoable commands over the store: edit, create, delete (with children)."""

from __future__ import annotations

import json

from pmo_desktop.ui.commands import (
    CreateCommand, DeleteCommand, EditFieldsCommand, child_counts, run,
)


def _log(store, after_id):
    return store.query("SELECT entity, entity_id, op, field, old, new, source FROM change_log"
                       " WHERE id > ? ORDER BY id", [after_id])


def _last_log_id(store):
    return store.query("SELECT COALESCE(MAX(id), 0) AS n FROM change_log")[0]["n"]


def test_edit_undo_redo_leaves_store_and_log_as_expected(ctx, store, qtbot):
    pid = store.project_id("FIN-101")
    before = store.get("project", pid)
    mark = _last_log_id(store)
    command = EditFieldsCommand(ctx, "project", pid,
                                {"summary": "Go-live moved to March.", "pct_complete": 0.5},
                                "Edit FIN-101")
    with qtbot.waitSignal(ctx.changed) as blocker:
        assert run(ctx, command)
    assert blocker.args[0].updated == [("project", pid, "FIN-101")]
    after = store.get("project", pid)
    assert after["summary"] == "Go-live moved to March." and after["pct_complete"] == 0.5
    entries = _log(store, mark)
    assert {(e["field"], json.loads(e["new"])) for e in entries} == {
        ("summary", "Go-live moved to March."), ("pct_complete", 0.5)}
    assert {e["source"] for e in entries} == {"ui"}
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Edit FIN-101"

    ctx.undo_stack.undo()
    assert store.get("project", pid) == before
    undo_entries = _log(store, mark)[2:]
    assert {(e["field"], json.loads(e["old"]) if e["old"] else None,
             json.loads(e["new"]) if e["new"] else None) for e in undo_entries} == {
        ("summary", "Go-live moved to March.", before["summary"]),
        ("pct_complete", 0.5, before["pct_complete"])}

    ctx.undo_stack.redo()
    assert store.get("project", pid) == after
    assert len(_log(store, mark)) == 6


def test_create_undo_redo_keeps_the_id(ctx, store):
    programme = store.find_id("programme", {"name": store.query(
        "SELECT name FROM programme LIMIT 1")[0]["name"]})
    command = CreateCommand(ctx, "project", {"code": "NEW-001", "name": "Field Service App",
                                             "programme_id": programme, "bac": 250000.0},
                            "New project NEW-001")
    assert run(ctx, command)
    pid = store.project_id("NEW-001")
    assert pid == command.entity_id
    ctx.undo_stack.undo()
    assert store.project_id("NEW-001") is None
    ctx.undo_stack.redo()
    assert store.project_id("NEW-001") == pid
    assert store.get("project", pid)["bac"] == 250000.0


def test_delete_project_undo_restores_every_child(ctx, store):
    pid = store.project_id("INF-105")
    counts = child_counts(ctx, "project", pid)
    assert counts.get("milestone") and counts.get("risk") and counts.get("financial")
    tables = ("milestone", "financial", "allocation", "raid_item", "change_request",
              "baseline", "lesson")

    def snapshot():
        data = {"project": store.query("SELECT * FROM project WHERE id = ?", [pid])}
        for t in tables:
            data[t] = store.query(f"SELECT * FROM {t} WHERE project_id = ? ORDER BY id", [pid])
        return data

    before = snapshot()
    totals = store.counts()
    assert run(ctx, DeleteCommand(ctx, "project", pid, "Delete project INF-105"))
    assert store.project_id("INF-105") is None
    assert store.query("SELECT COUNT(*) AS n FROM milestone WHERE project_id = ?", [pid])[0]["n"] == 0
    ctx.undo_stack.undo()
    assert snapshot() == before
    after_counts = store.counts()
    assert {k: v for k, v in after_counts.items() if k != "change_log"} == {
        k: v for k, v in totals.items() if k != "change_log"}
    ctx.undo_stack.redo()
    assert store.project_id("INF-105") is None


def test_refused_edit_is_not_pushed(ctx, store, qtbot):
    pid = store.project_id("FIN-101")
    messages = []
    ctx.status_message.connect(messages.append)
    command = EditFieldsCommand(ctx, "project", pid, {"code": "FIN-102"}, "Rename")
    assert not run(ctx, command)
    assert ctx.undo_stack.count() == 0
    assert messages and "FIN-102" in messages[0]
    assert store.get("project", pid)["code"] == "FIN-101"


def test_undo_of_a_record_deleted_meanwhile_is_dropped(ctx, store):
    pid = store.project_id("FIN-101")
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"summary": "x"}, "Edit"))
    with store.write("cli") as tx:
        tx.delete("project", pid)
    messages = []
    ctx.status_message.connect(messages.append)
    ctx.undo_stack.undo()
    assert messages and "no longer exists" in messages[0]


def test_undo_refused_by_the_database_keeps_the_stack_index(ctx, store):
    # Delete a project, then someone recreates its code: restoring it breaks UNIQUE(code).
    pid = store.project_id("FIN-101")
    programme = store.get("project", pid)["programme_id"]
    assert run(ctx, DeleteCommand(ctx, "project", pid, "Delete FIN-101"))
    with store.write("cli") as tx:
        tx.create("project", {"code": "FIN-101", "name": "Someone else's",
                              "programme_id": programme})
    new_id = store.project_id("FIN-101")
    messages = []
    ctx.status_message.connect(messages.append)
    index = ctx.undo_stack.index()
    ctx.undo_stack.undo()  # must neither raise nor move the index
    assert ctx.undo_stack.index() == index and ctx.undo_stack.count() == 1
    assert ctx.undo_stack.canUndo() and not ctx.undo_stack.canRedo()
    assert len(messages) == 1 and messages[0].startswith("Could not undo “Delete FIN-101”")
    assert store.project_id("FIN-101") == new_id
    assert store.get("project", pid) is None


def test_redo_refused_keeps_the_stack_index(ctx, store):
    pid = store.project_id("FIN-101")
    assert run(ctx, EditFieldsCommand(ctx, "project", pid, {"summary": "x"}, "Edit"))
    ctx.undo_stack.undo()
    with store.write("cli") as tx:
        tx.delete("project", pid)
    messages = []
    ctx.status_message.connect(messages.append)
    ctx.undo_stack.redo()
    assert ctx.undo_stack.index() == 0 and ctx.undo_stack.canRedo()
    assert messages and messages[0].startswith("Could not redo “Edit”")


def test_delete_resource_undo_restores_its_allocations_and_capacity(ctx, store):
    rid = next(r["id"] for r in store.rows("resource")
               if {"allocation", "capacity"} <= set(child_counts(ctx, "resource", r["id"])))
    before = {t: store.query(f"SELECT * FROM {t} WHERE resource_id = ? ORDER BY id", [rid])
              for t in ("allocation", "capacity")}
    resource = store.get("resource", rid)
    assert run(ctx, DeleteCommand(ctx, "resource", rid, "Delete resource"))
    assert store.get("resource", rid) is None
    assert store.rows("allocation", "resource_id = ?", [rid]) == []
    ctx.undo_stack.undo()
    assert store.get("resource", rid) == resource
    assert {t: store.query(f"SELECT * FROM {t} WHERE resource_id = ? ORDER BY id", [rid])
            for t in ("allocation", "capacity")} == before
    ctx.undo_stack.redo()
    assert store.get("resource", rid) is None
    ctx.undo_stack.undo()
    assert store.get("resource", rid) == resource


def _large_portfolio(path, monkeypatch, damaged=False):
    """2,000 programmes in a file that counts as large (its pages not checked at open)."""
    import random

    from pmo_desktop.store import db as dbmod
    from pmo_desktop.store import open_store

    with open_store(path) as s:
        with s.write("cli") as tx:
            tx.create_many("programme", [({"name": f"P{i}"}, None) for i in range(2000)])
    if damaged:
        with path.open("r+b") as fh:  # a page of the programme table, far from the first
            fh.seek(path.stat().st_size - 3 * 4096)
            fh.write(random.Random(1).randbytes(4096))
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_BYTES", 0)
    return path


def _open_window(qtbot, tmp_path, settings, path):
    from pmo_desktop.ui.main_window import MainWindow
    from pmo_desktop.ui.paths import AppPaths

    window = MainWindow(settings, AppPaths(tmp_path / "config", tmp_path / "data").ensure())
    qtbot.addWidget(window)
    assert window.open_portfolio(path)
    return window


def test_a_large_portfolio_is_checked_off_the_gui_thread_so_the_first_edit_is_not(
        qtbot, tmp_path, settings, monkeypatch):
    path = _large_portfolio(tmp_path / "large.pmo", monkeypatch)
    window = _open_window(qtbot, tmp_path, settings, path)
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.store.pages_checked, timeout=10000)
    checks: list[str] = []
    ctx.store.db.conn.set_trace_callback(
        lambda sql: checks.append(sql) if "quick_check" in sql else None)
    command = EditFieldsCommand(ctx, "programme", 1, {"name": "Renamed"}, "Rename P0")
    assert run(ctx, command) and ctx.store.get("programme", 1)["name"] == "Renamed"
    assert checks == []  # the GUI thread's write did not check the pages again
    window.close()


def test_damage_found_by_the_background_check_is_said_and_refuses_the_edit(
        qtbot, tmp_path, settings, monkeypatch):
    import hashlib

    path = _large_portfolio(tmp_path / "damaged.pmo", monkeypatch, damaged=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window = _open_window(qtbot, tmp_path, settings, path)
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.store.pages_checked, timeout=10000)
    qtbot.waitUntil(lambda: "is damaged" in window.statusBar().currentMessage())
    command = EditFieldsCommand(ctx, "programme", 1, {"name": "Never written"}, "Rename P0")
    assert not run(ctx, command)
    assert "is damaged" in command.error and "nothing was written" in command.error
    assert ctx.undo_stack.count() == 0
    window.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
