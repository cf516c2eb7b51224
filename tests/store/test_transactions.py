"""Store.write: one transaction; a nested write is a savepoint (sqlite-utils' ``atomic()``
style) — its failure rolls back its own part only; another thread's write is refused."""

from __future__ import annotations

import threading

import pytest

from pmo_desktop.store import StoreError, open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "p.pmo")
    yield s
    s.close()


def _codes(store):
    return [r["code"] for r in store.rows("project")]


def _log_keys(store):
    return [r["key"] for r in store.query("SELECT key FROM change_log ORDER BY id")]


def test_a_nested_write_commits_with_the_outer_one(store):
    with store.write("cli") as outer:
        outer.create("project", {"code": "A-1", "name": "A"})
        with store.write("import", batch={"file_name": "x.xlsx"}) as inner:
            inner.create("project", {"code": "B-1", "name": "B"})
        assert inner.batch_id is not None
        outer.create("project", {"code": "C-1", "name": "C"})
    assert _codes(store) == ["A-1", "B-1", "C-1"]
    # the outer write counts what the savepoint wrote; the batch its own part only
    assert [k for _e, _i, k in outer.changes.created] == ["A-1", "B-1", "C-1"]
    assert [k for _e, _i, k in inner.changes.created] == ["B-1"]
    assert store.list_batches()[0]["summary"] == {"created": 1, "updated": 0, "deleted": 0}
    sources = store.query("SELECT key, source, batch_id FROM change_log ORDER BY id")
    assert [(r["key"], r["source"], r["batch_id"]) for r in sources] == [
        ("A-1", "cli", None), ("B-1", "import", inner.batch_id), ("C-1", "cli", None)]


def test_a_failed_nested_write_rolls_back_its_own_part_only(store):
    with store.write("cli") as outer:
        outer.create("project", {"code": "A-1", "name": "A"})
        with pytest.raises(StoreError, match="already exists"):
            with store.write("cli") as inner:
                inner.create("project", {"code": "B-1", "name": "B"})
                inner.create("project", {"code": "A-1", "name": "Twin"})
        with pytest.raises(RuntimeError):
            with store.write("cli", batch={"file_name": "gone.xlsx"}) as inner2:
                inner2.create("project", {"code": "D-1", "name": "D"})
                raise RuntimeError("stop")
        outer.create("project", {"code": "C-1", "name": "C"})
    assert _codes(store) == ["A-1", "C-1"]
    assert _log_keys(store) == ["A-1", "C-1"]
    assert store.list_batches() == []
    assert [k for _e, _i, k in outer.changes.created] == ["A-1", "C-1"]


def test_savepoints_nest_deeper(store):
    with store.write() as outer:
        outer.create("project", {"code": "A-1", "name": "A"})
        with store.write() as middle:
            middle.create("project", {"code": "B-1", "name": "B"})
            with pytest.raises(RuntimeError):
                with store.write() as inner:
                    inner.create("project", {"code": "C-1", "name": "C"})
                    raise RuntimeError
    assert _codes(store) == ["A-1", "B-1"]
    assert len(outer.changes.created) == 2


def test_the_outer_failure_rolls_back_every_nested_part(store):
    with pytest.raises(RuntimeError):
        with store.write() as outer:
            outer.create("project", {"code": "A-1", "name": "A"})
            with store.write(batch={"file_name": "x.xlsx"}) as inner:
                inner.create("project", {"code": "B-1", "name": "B"})
            raise RuntimeError("after the savepoint")
    assert _codes(store) == [] and _log_keys(store) == [] and store.list_batches() == []
    # and the store writes normally afterwards
    with store.write() as tx:
        tx.create("project", {"code": "E-1", "name": "E"})
    assert _codes(store) == ["E-1"]


def test_a_write_from_another_thread_while_one_is_open_is_refused(store):
    errors: list[str] = []

    def other() -> None:
        try:
            with store.write() as tx:
                tx.create("project", {"code": "T-1", "name": "Thread"})
        except StoreError as exc:
            errors.append(str(exc))

    with store.write() as tx:
        tx.create("project", {"code": "A-1", "name": "A"})
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert errors == ["Another change is still being written; try again."]
    assert _codes(store) == ["A-1"]


def test_mapping_profiles_are_saved_through_the_write_path(store):
    with store.write() as tx:
        tx.create("project", {"code": "A-1", "name": "A"})
        store.save_mapping_profile("sig", "risk", {"Risk ID": "ref"}, 3)
    assert store.load_mapping_profile("sig")["mapping"] == {"Risk ID": "ref"}
    with pytest.raises(RuntimeError):
        with store.write():
            store.save_mapping_profile("sig2", "risk", {}, 1)
            raise RuntimeError
    assert store.load_mapping_profile("sig2") is None
