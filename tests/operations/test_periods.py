"""operations.periods: close_period and reopen_period, and the CLI commands over them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pmo_desktop.cli import main
from pmo_desktop.operations.periods import close_period, reopen_period
from pmo_desktop.store import StoreError
from pmo_desktop.store.periods import closed_dates

from .portfolio_fixtures import (  # noqa: F401  (fixtures)
    TODAY, last_log_id, log_since, operations_template, store, store_path,
)


def _snapshots(store, period_id):
    return store.query("SELECT project_code FROM status_snapshot WHERE period_id = ?"
                       " ORDER BY project_code", [period_id])


def test_close_period_freezes_every_project_and_logs_once(store):
    mark = last_log_id(store)
    result = close_period(store, TODAY, source="cli")
    period_id = result.value
    codes = sorted(r["code"] for r in store.rows("project"))
    assert [r["project_code"] for r in _snapshots(store, period_id)] == codes
    assert result.counts == {"projects": len(codes)} and result.reload_all and result
    assert result.created == [("reporting_period", period_id, TODAY.isoformat())]
    (entry,) = log_since(store, mark)
    assert (entry["entity"], entry["entity_id"], entry["op"], entry["source"]) == (
        "reporting_period", period_id, "create", "cli")
    assert json.loads(entry["new"]) == {"as_of": TODAY.isoformat(), "projects": len(codes)}
    assert entry["batch_id"] is None
    label = store.query("SELECT label FROM reporting_period WHERE id = ?", [period_id])
    assert label == [{"label": "November 2026"}]


def test_close_period_refused_writes_nothing(store):
    mark = last_log_id(store)
    closed = closed_dates(store)
    with pytest.raises(StoreError, match="already closed"):
        close_period(store, closed[-1])
    with pytest.raises(StoreError):
        close_period(store, date(2026, 12, 25))  # after the portfolio's as-of date
    assert closed_dates(store) == closed and last_log_id(store) == mark


def test_reopen_period_gives_back_what_it_removed(store):
    period_id = close_period(store, TODAY, label="Nov close", notes="n").value
    frozen = len(_snapshots(store, period_id))
    mark = last_log_id(store)
    result = reopen_period(store, TODAY, source="cli")
    assert result.value == {"as_of": TODAY.isoformat(), "label": "Nov close",
                            "projects": frozen}
    assert result.counts == {"projects": frozen} and result.reload_all
    assert TODAY not in closed_dates(store) and _snapshots(store, period_id) == []
    (entry,) = log_since(store, mark)
    assert (entry["op"], entry["source"]) == ("reopen", "cli")
    assert json.loads(entry["old"])["label"] == "Nov close"


def test_reopen_of_an_older_period_is_refused(store):
    older = closed_dates(store)[0]
    with pytest.raises(StoreError):
        reopen_period(store, older)
    assert older in closed_dates(store)


def test_the_cli_prints_what_the_operations_return(store_path, capsys):
    db = str(store_path)
    assert main(["close-period", "--db", db, "--as-of", TODAY.isoformat(), "--json"]) == 0
    closed = json.loads(capsys.readouterr().out)
    assert set(closed) == {"period", "as_of", "projects"} and closed["projects"] == 8
    assert main(["periods", "--db", db, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["periods"]
    assert (listed[-1]["id"], listed[-1]["projects"]) == (closed["period"], 8)
    assert main(["reopen-period", "--db", db, TODAY.isoformat(), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "as_of": TODAY.isoformat(), "label": "November 2026", "projects": 8}
    assert main(["reopen-period", "--db", db, TODAY.isoformat()]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pmo-desktop: ") and err.count("\n") == 1
