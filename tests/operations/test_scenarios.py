"""Saved selection scenarios over a real demo file: saved in settings (logged, one write
each), compared side by side against the unconstrained maximum."""

from __future__ import annotations

import pytest

from pmo_desktop.operations.fields import FieldError
from pmo_desktop.operations.scenarios import (
    compare_scenarios, delete_scenario, save_scenario, scenarios,
)

from .portfolio_fixtures import operations_template, store, store_path  # noqa: F401


def test_save_compare_and_delete(store):
    save_scenario(store, "Lean", budget=5_000_000)
    save_scenario(store, "Lean, cyber forced", budget=5_000_000, force=["PRO-007"])
    save_scenario(store, "Everything", budget=1e12)
    assert list(scenarios(store)) == ["Lean", "Lean, cyber forced", "Everything"]
    lean, forced, everything = compare_scenarios(store, scenarios(store))
    assert everything.share_of_maximum == pytest.approx(1.0)
    assert 0 < lean.share_of_maximum < 1 and lean.total_cost <= 5_000_000
    assert "PRO-007" in forced.selected and forced.total_score <= lean.total_score
    log = store.query("SELECT COUNT(*) AS n FROM change_log WHERE entity = 'setting' "
                      "AND key = 'selection_scenarios'")[0]["n"]
    assert log == 3
    delete_scenario(store, "Lean")
    assert list(scenarios(store)) == ["Lean, cyber forced", "Everything"]
    with pytest.raises(FieldError):
        save_scenario(store, " ", budget=1)
    with pytest.raises(FieldError):
        delete_scenario(store, "Nope")
