"""The store: migrations, version refusal, transactions, change log, undo of a batch."""

import hashlib
import json
import sqlite3

import pytest

from pmo_desktop.store import SCHEMA_VERSION, StoreError, UndoConflict, open_store
from pmo_desktop.store.schema import ENTITIES
from pmo_desktop.store.undo import undo_batch


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "p.pmo")
    yield s
    s.close()


def _project(tx, code="ABC-1", **extra):
    return tx.create("project", {"code": code, "name": f"Project {code}", **extra})


def test_new_file_has_schema_wal_and_foreign_keys(store):
    assert store.schema_version == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"project", "raid_item", "change_log", "status_snapshot", "import_batch"} <= tables
    assert store.settings()["currency"] == "GBP"


def test_every_entity_has_a_table_with_its_fields(store):
    for ent in ENTITIES.values():
        columns = set(store.db.columns(ent.table))
        assert set(ent.fields) <= columns, ent.name
        assert set(ent.key) <= columns, ent.name


def test_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.pmo"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer PMO Desktop"):
        open_store(path)


def test_not_a_portfolio_is_refused(tmp_path):
    path = tmp_path / "notes.pmo"
    path.write_text("hello, not a database")
    with pytest.raises(StoreError, match="not a PMO Desktop portfolio"):
        open_store(path)
    assert path.read_text() == "hello, not a database"


def test_older_file_is_backed_up_before_migration(tmp_path, monkeypatch):
    from pmo_desktop.store import db as dbmod, schema

    path = tmp_path / "old.pmo"
    open_store(path).close()
    # Pretend a next version exists: the file at the current one must be backed up first.
    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(dbmod, "MIGRATIONS", schema.MIGRATIONS + [
        lambda: ["ALTER TABLE project ADD COLUMN colour TEXT"]])
    s = dbmod.open_database(path)
    assert dbmod.user_version(s) == current + 1
    # In the backups folder beside it, through store/backups.py (a migration backup).
    backups = list((tmp_path / "backups").glob("old-*-migration.pmo"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    old.close()


def test_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    from pmo_desktop.store import db as dbmod, schema

    path = tmp_path / "p.pmo"
    with open_store(path) as s:
        with s.write() as tx:
            _project(tx)
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(dbmod, "MIGRATIONS", schema.MIGRATIONS + [
        lambda: ["ALTER TABLE project ADD COLUMN colour TEXT", "THIS IS NOT SQL"]])
    with pytest.raises(StoreError):
        dbmod.open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    cols = [r[1] for r in conn.execute("PRAGMA table_info(project)")]
    assert "colour" not in cols
    conn.close()


def test_create_update_delete_are_logged_field_by_field(store):
    with store.write(source="cli") as tx:
        pid = _project(tx, manager="Ann Lee", bac=1000.0)
    assert tx.changes.created == [("project", pid, "ABC-1")]
    with store.write(source="ui") as tx:
        changed = tx.update("project", pid, {"manager": "Bo Chan", "bac": 1000.0, "stage": "delivery"})
    assert sorted(changed) == ["manager", "stage"]
    log = store.query("SELECT source, entity, key, op, field, old, new FROM change_log ORDER BY id")
    assert log[0]["op"] == "create" and log[0]["source"] == "cli"
    assert json.loads(log[0]["new"]) == {"code": "ABC-1", "name": "Project ABC-1",
                                         "manager": "Ann Lee", "bac": 1000.0}
    updates = {r["field"]: (json.loads(r["old"]) if r["old"] else None, json.loads(r["new"]))
               for r in log[1:]}
    assert updates == {"manager": ("Ann Lee", "Bo Chan"), "stage": (None, "delivery")}
    with store.write() as tx:
        tx.delete("project", pid)
    last = store.query("SELECT * FROM change_log ORDER BY id DESC LIMIT 1")[0]
    assert last["op"] == "delete" and json.loads(last["old"])["manager"] == "Bo Chan"


def test_deleting_a_project_logs_each_child(store):
    with store.write() as tx:
        pid = _project(tx)
        tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "Supplier", "owner": "Al"})
        tx.create("milestone", {"project_id": pid, "name": "Go-live"})
    with store.write() as tx:
        tx.delete("project", pid)
    assert {e for e, _, _ in tx.changes.deleted} == {"project", "risk", "milestone"}
    assert store.counts()["risk"] == 0 and store.counts()["milestone"] == 0


def test_an_error_inside_an_operation_leaves_the_file_unchanged(store, tmp_path):
    with store.write() as tx:
        _project(tx)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(store.path)
    with pytest.raises(StoreError, match="already exists"):
        with store.write() as tx:
            _project(tx, code="XYZ-9")
            _project(tx, code="ABC-1")  # duplicate business key
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _digest(store.path) == before
    assert [r["code"] for r in store.rows("project")] == ["ABC-1"]


def test_unknown_field_is_refused(store):
    with pytest.raises(StoreError, match="no field colour"):
        with store.write() as tx:
            _project(tx, colour="blue")
    assert store.counts()["project"] == 0


@pytest.mark.parametrize("bad, message", [
    ({"colour": "red"}, "A risk has no field colour"),
    ({"title": ""}, "A risk needs a title"),
    ({"title": None}, "A risk needs a title"),
    ({"ref": ""}, "A risk needs a ref"),
])
def test_bulk_create_checks_every_row(store, bad, message):
    with store.write() as tx:
        pid = _project(tx)
    good = {"project_id": pid, "ref": "R-1", "title": "Late supplier"}
    rows = [(good, None), ({**good, "ref": "R-2", **bad}, None)]
    with pytest.raises(StoreError, match=message):
        with store.write() as tx:
            tx.create_many("risk", rows)
    assert store.counts()["risk"] == 0


def test_bulk_create_logs_each_record_once_with_its_stored_values(store):
    with store.write() as tx:
        pid = _project(tx)
    items = [({"project_id": pid, "ref": f"R-{i}", "title": f"Risk {i}",
               "probability": i % 5 + 1, "expected_value": 0.1 + 0.2 * i,
               "owner": None if i % 2 else "Ann"}, ("t.xlsx", "Risks", i + 3))
             for i in range(6)]
    items.append(({"project_id": pid, "ref": "R-9", "title": "No provenance"}, None))
    with store.write(source="import", batch={"file_name": "t.xlsx"}) as tx:
        ids = tx.create_many("risk", items)
    assert [key for _e, _i, key in tx.changes.created] == [f"ABC-1/R-{i}" for i in range(6)] + \
        ["ABC-1/R-9"]
    log = store.query("SELECT entity_id, key, op, new, sheet, row FROM change_log"
                      " WHERE entity = 'risk' ORDER BY id")
    assert [e["entity_id"] for e in log] == ids and {e["op"] for e in log} == {"create"}
    for entry, (values, prov) in zip(log, items):
        expected = {k: v for k, v in values.items() if v is not None}
        assert json.loads(entry["new"]) == pytest.approx(expected)  # nulls left out
        assert (entry["sheet"], entry["row"]) == ((prov[1], prov[2]) if prov else (None, None))
    # what the log says was created is what undo compares with (0.1 + 0.2 * i keeps
    # float noise past the log's 15 digits): nothing to refuse
    undo_batch(store, tx.batch_id)
    assert store.counts()["risk"] == 0


def test_change_log_is_append_only(store):
    with store.write() as tx:
        _project(tx)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM change_log")


def test_raid_items_are_counted_per_type(store):
    with store.write() as tx:
        pid = _project(tx)
        tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "a"})
        tx.create("risk", {"project_id": pid, "ref": "R-2", "title": "b"})
        tx.create("issue", {"project_id": pid, "ref": "R-1", "title": "c"})
    counts = store.counts()
    assert (counts["risk"], counts["issue"], counts["action"]) == (2, 1, 0)
    assert store.find_id("issue", {"project_id": pid, "ref": "R-1"}) != store.find_id(
        "risk", {"project_id": pid, "ref": "R-1"})


def _batch(store, **kw):
    return store.write(source="import", batch={"file_name": "t.xlsx", "sha256": "x", **kw})


def test_undo_of_a_batch_restores_the_state_before(store):
    with store.write() as tx:
        pid = _project(tx, manager="Ann")
        rid = tx.create("risk", {"project_id": pid, "ref": "R-1", "title": "old"})
    before = store.query("SELECT * FROM project"), store.query("SELECT * FROM raid_item")
    with _batch(store) as tx:
        tx.update("project", pid, {"manager": "Bo"}, provenance=("t.xlsx", "S", 4))
        tx.create("risk", {"project_id": pid, "ref": "R-2", "title": "new"})
        tx.delete("risk", rid)
    batch = tx.batch_id
    assert store.list_batches()[0]["summary"] == {"created": 1, "updated": 1, "deleted": 1}
    undo_batch(store, batch)
    after = store.query("SELECT * FROM project"), store.query("SELECT * FROM raid_item")
    strip = lambda rows: [{k: v for k, v in r.items() if not k.startswith("source_")} for r in rows]
    assert strip(after[0]) == strip(before[0]) and strip(after[1]) == strip(before[1])
    assert store.list_batches()[0]["undone_at"]
    with pytest.raises(StoreError, match="already undone"):
        undo_batch(store, batch)


def test_undo_refuses_when_later_edits_touched_the_same_fields(store):
    with store.write() as tx:
        pid = _project(tx, manager="Ann")
    with _batch(store) as tx:
        tx.update("project", pid, {"manager": "Bo", "stage": "delivery"})
    batch = tx.batch_id
    with store.write() as tx:
        tx.update("project", pid, {"manager": "Cy"})
    with pytest.raises(UndoConflict) as err:
        undo_batch(store, batch)
    assert len(err.value.conflicts) == 1
    assert err.value.conflicts[0].startswith("project ABC-1 (manager) by hand on ")
    assert store.get("project", pid)["manager"] == "Cy"


def test_undo_of_an_older_batch_after_a_later_one_was_undone(store):
    with store.write() as tx:
        pid = _project(tx, manager="Ann")
    with _batch(store) as tx:
        tx.update("project", pid, {"manager": "Bo"})
    first = tx.batch_id
    with _batch(store) as tx:
        tx.update("project", pid, {"manager": "Cy"})
    second = tx.batch_id
    with pytest.raises(UndoConflict):
        undo_batch(store, first)  # the second batch still stands on the same field
    undo_batch(store, second)
    undo_batch(store, first)
    assert store.get("project", pid)["manager"] == "Ann"


def test_undo_refuses_when_a_created_record_was_edited(store):
    with store.write() as tx:
        pid = _project(tx)
    with _batch(store) as tx:
        rid = tx.create("risk", {"project_id": pid, "ref": "R-9", "title": "New"})
    batch = tx.batch_id
    with store.write() as tx:
        tx.update("risk", rid, {"owner": "Dee"})
    with pytest.raises(UndoConflict, match=r"risk ABC-1/R-9 \(owner\)"):
        undo_batch(store, batch)


def test_read_only_copy_reads_but_cannot_write(store):
    with store.write() as tx:
        _project(tx)
    reader = store.reading_copy()
    try:
        assert [r["code"] for r in reader.rows("project")] == ["ABC-1"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("DELETE FROM project")
    finally:
        reader.db.conn.close()
    assert store.counts()["project"] == 1


def test_restore_over_a_taken_key_is_a_store_error(store):
    with store.write() as tx:
        pid = _project(tx)
    old = store.get("project", pid)
    with store.write() as tx:
        tx.delete("project", pid)
    with store.write() as tx:
        _project(tx)  # same code again, new id
    with pytest.raises(StoreError, match="cannot be restored"):
        with store.write() as tx:
            tx.restore("project", pid, {"code": old["code"], "name": old["name"]})
    assert store.counts()["project"] == 1


def test_a_write_has_a_big_page_cache_and_gives_it_back(store):
    from pmo_desktop.store.store import WRITE_CACHE_KB

    with store.write() as tx:
        assert tx.db.execute("PRAGMA cache_size").fetchone()[0] == -WRITE_CACHE_KB
        _project(tx)
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -2000
    with pytest.raises(StoreError):
        with store.write() as tx:
            _project(tx)  # the same code again
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -2000


def test_the_store_and_an_import_load_neither_sqlite_utils_nor_pandas_nor_numpy(tmp_path):
    """Each would cost start-up time of every command and of the app (sqlite-utils 70 ms
    of CPU, and it would bring pandas and numpy, a quarter of a second, when installed)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, pmo_desktop.store, pmo_desktop.cli, pmo_desktop.operations.imports\n"
        "print(*(m in sys.modules for m in ('sqlite_utils', 'pandas', 'numpy')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(Path(__file__).parents[2]))
    assert out.stdout.split() == ["False", "False", "False"]


def test_a_query_gives_rows_as_dicts_and_keeps_a_name_given_twice(tmp_path):
    with open_store(tmp_path / "q.pmo") as store:
        rows = list(store.db.query("SELECT 1 AS id, 'a' AS name, 2 AS id, 3 AS id_2"))
        assert rows == [{"id": 1, "name": "a", "id_3": 2, "id_2": 3}]
        assert list(store.db.query("SELECT ? AS x", [5])) == [{"x": 5}]
        assert store.db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
        with pytest.raises(ValueError):
            store.db.query("CREATE TABLE t (x)")


def test_atomic_keeps_all_or_nothing_alone_and_inside_a_transaction(tmp_path):
    with open_store(tmp_path / "a.pmo") as store:
        db = store.db
        db.execute("CREATE TABLE t (x)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError
        with db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
        db.execute("BEGIN")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError
        assert db.conn.in_transaction
        db.execute("COMMIT")
        assert [r[0] for r in db.execute("SELECT x FROM t")] == [2]


def test_every_portfolio_gets_its_own_template_secret(tmp_path):
    from pmo_desktop.store.templates import template_secret

    with open_store(tmp_path / "a.pmo") as a, open_store(tmp_path / "b.pmo") as b:
        sa, sb = template_secret(a), template_secret(b)
    assert sa and sb and len(sa) == 64 and sa != sb
    with open_store(tmp_path / "a.pmo") as again:
        assert template_secret(again) == sa  # kept, not made anew on each opening
