"""``Result``: what an operation changed, taken from the store's own record of a write."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.result import Result, never, no_progress
from pmo_desktop.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "result.pmo")
    yield s
    s.close()


def _write(store, fn):
    with store.write("test") as tx:
        fn(tx)
    return tx.changes


def test_a_result_of_a_write_says_what_it_touched(store):
    created = _write(store, lambda tx: [tx.create("project", {"code": c, "name": c})
                                        for c in ("ALPHA", "BETA")])
    alpha = store.project_id("ALPHA")
    beta = store.project_id("BETA")
    changed = _write(store, lambda tx: (tx.update("project", alpha, {"name": "Alpha 2"}),
                                        tx.delete("project", beta)))

    made = Result.of(created, counts={"rows": 2})
    assert made.created == [("project", alpha, "ALPHA"), ("project", beta, "BETA")]
    assert made.counts == {"rows": 2} and made.batch_id is None
    assert made.summary() == {"created": 2, "updated": 0, "deleted": 0}

    result = Result.of(changed)
    assert result.updated == [("project", alpha, "ALPHA")]
    assert result.deleted == [("project", beta, "BETA")]
    assert result.entities == {"project"}
    assert result.keys("project") == {"ALPHA", "BETA"}
    assert result.keys("risk") == set()
    assert result and result.touches(["risk", "project"])
    assert not result.touches(["risk", "resource"])


def test_a_batch_write_gives_its_batch(store):
    with store.write("import", batch={"file_name": "t.xlsx"}) as tx:
        tx.create("project", {"code": "GAMMA", "name": "Gamma"})
    result = Result.of(tx.changes)
    assert result.batch_id is not None
    assert result.batch_id == store.list_batches()[0]["id"]


def test_an_empty_result_touches_nothing_unless_told_to_reload_all():
    empty = Result()
    assert not empty
    assert empty.entities == set() and not empty.touches(["project"])
    assert Result(reload_all=True).touches(["anything"])
    assert bool(Result(reload_all=True))
    settings = Result(settings_changed=True)
    assert settings and settings.entities == {"setting"}
    assert settings.touches(["setting"]) and not settings.touches(["project"])


def test_the_default_callbacks_do_nothing_and_never_cancel():
    assert no_progress(0.5, "half way") is None
    assert never() is False
