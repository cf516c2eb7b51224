"""operations.settings.change_settings: one write, each change logged, a Result that says so."""

from __future__ import annotations

import json

import pytest

from pmo_desktop.operations.settings import change_settings
from pmo_desktop.store import StoreReadOnly, open_store

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    last_log_id, log_since, operations_template, store, store_path,
)


def test_changed_settings_are_written_and_logged(store):
    mark = last_log_id(store)
    result = change_settings(store, {"name": "Board view", "currency": store.currency,
                                     "hours_per_day": 8}, source="cli")
    assert result.settings_changed and result.entities == {"setting"}
    assert result.touches({"setting"}) and not result.touches({"project"})
    assert result.value == ["name", "hours_per_day"] and result.counts == {"settings": 2}
    assert store.name == "Board view" and store.setting("hours_per_day") == 8
    log = log_since(store, mark)
    assert [(e["entity"], e["key"], e["source"], json.loads(e["new"])) for e in log] == [
        ("setting", "name", "cli", "Board view"), ("setting", "hours_per_day", "cli", 8)]


def test_values_already_held_change_nothing(store):
    mark = last_log_id(store)
    result = change_settings(store, {"currency": store.currency})
    assert not result and not result.settings_changed and result.value == []
    assert last_log_id(store) == mark


def test_a_read_only_portfolio_refuses(store_path):
    with open_store(store_path, read_only=True) as ro:
        before = ro.settings()
        with pytest.raises(StoreReadOnly, match="read-only"):
            change_settings(ro, {"name": "Nope"})
        assert ro.settings() == before
