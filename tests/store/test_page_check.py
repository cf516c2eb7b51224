"""A large file's pages are checked once, off the writer (``Store.check_pages``), before
anything is written to it; a damaged one is never written, whichever runs the check."""

from __future__ import annotations

import hashlib
import random
import threading

import pytest

from pmo_desktop.store import StoreCorrupt, StoreError, open_store
from pmo_desktop.store import db as dbmod


@pytest.fixture
def large(tmp_path, monkeypatch):
    """A portfolio of 2,000 programmes that counts as large (not checked at open)."""
    path = tmp_path / "large.pmo"
    with open_store(path) as store:
        with store.write("cli") as tx:
            tx.create_many("programme", [({"name": f"P{i}"}, None) for i in range(2000)])
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_BYTES", 0)
    return path


def _damage(path):
    with path.open("r+b") as fh:  # a page of the programme table
        fh.seek(path.stat().st_size - 3 * 4096)
        fh.write(random.Random(1).randbytes(4096))


def _checks(*stores):
    """The ``quick_check`` statements run on these stores' connections, as they run."""
    seen: list[str] = []
    for s in stores:
        s.db.conn.set_trace_callback(
            lambda sql: seen.append(sql) if "quick_check" in sql else None)
    return seen


def _on_a_thread(store):
    """Run ``store.check_pages`` on a reading copy on another thread (as the app's
    runner does); what it raised, if anything."""
    copy = store.reading_copy()
    raised: list[BaseException] = []

    def work():
        try:
            store.check_pages(copy)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            raised.append(exc)

    thread = threading.Thread(target=work)
    return copy, thread, raised


def test_a_check_made_beforehand_spares_the_first_write(large):
    store = open_store(large)
    try:
        assert not store.pages_checked
        copy, thread, raised = _on_a_thread(store)
        seen = _checks(store, copy)
        thread.start()
        thread.join()
        copy.close()
        assert raised == [] and store.pages_checked and len(seen) == 1
        store.set_settings({"name": "Renamed"})
        assert len(seen) == 1  # the write did not check again
        assert store.name == "Renamed"
    finally:
        store.close()


def test_damage_found_beforehand_refuses_every_write_and_the_file_is_untouched(large):
    _damage(large)
    digest = hashlib.sha256(large.read_bytes()).hexdigest()
    store = open_store(large)
    try:
        copy, thread, raised = _on_a_thread(store)
        thread.start()
        thread.join()
        copy.close()
        assert len(raised) == 1 and isinstance(raised[0], StoreCorrupt)
        assert "is damaged" in str(raised[0]) and "nothing was written" in str(raised[0])
        seen = _checks(store)
        for _ in range(2):
            with pytest.raises(StoreCorrupt, match="is damaged") as refused:
                store.set_settings({"name": "Never written"})
            assert str(refused.value) == str(raised[0])
        assert seen == []  # the finding is kept, not checked again
    finally:
        store.db.conn.close()
    assert hashlib.sha256(large.read_bytes()).hexdigest() == digest


def test_a_write_made_while_the_check_runs_waits_for_it(large):
    _damage(large)
    digest = hashlib.sha256(large.read_bytes()).hexdigest()
    store = open_store(large)
    try:
        copy, thread, raised = _on_a_thread(store)
        seen = _checks(store, copy)
        thread.start()
        with pytest.raises(StoreCorrupt, match="is damaged"):
            store.set_settings({"name": "Never written"})
        thread.join()
        copy.close()
        # One check in all, whichever came first: the write waited for the running one
        # (or the background check found the pages checked by the write).
        assert len(seen) == 1
    finally:
        store.db.conn.close()
    assert hashlib.sha256(large.read_bytes()).hexdigest() == digest


def test_a_check_that_did_not_finish_leaves_the_first_write_to_check(large):
    _damage(large)
    digest = hashlib.sha256(large.read_bytes()).hexdigest()
    store = open_store(large)
    try:
        copy = store.reading_copy()
        copy.close()  # as when the portfolio is closed under a running check
        with pytest.raises(StoreError) as failed:
            store.check_pages(copy)
        assert not isinstance(failed.value, StoreCorrupt) and not store.pages_checked
        with pytest.raises(StoreCorrupt, match="is damaged"):
            store.set_settings({"name": "Never written"})
    finally:
        store.db.conn.close()
    assert hashlib.sha256(large.read_bytes()).hexdigest() == digest


def test_a_small_file_is_checked_at_open_and_a_reading_copy_never_checks(tmp_path):
    with open_store(tmp_path / "small.pmo") as store:
        assert store.pages_checked
        with store.reading_copy() as copy:
            assert copy.pages_checked
