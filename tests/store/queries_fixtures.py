"""Fixtures of the store's view-read tests (``from queries_fixtures import …``): the demo
portfolio built once per test module, the dashboard's figures, one SQL figure."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain.enums import RAID_CLOSED_STATUSES
from pmo_desktop.store import open_store
from pmo_desktop.store import queries_views as qv
from pmo_desktop.store.demo import build_demo

TODAY = date(2026, 11, 21)
CLOSED = ",".join(f"'{s}'" for s in sorted(RAID_CLOSED_STATUSES))
ORD = "CASE {c} WHEN 'green' THEN 1 WHEN 'amber' THEN 2 WHEN 'red' THEN 3 ELSE 0 END"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("qv") / "demo.pmo"
    store = open_store(path)
    build_demo(store, today=TODAY)
    store.close()
    return path


@pytest.fixture
def figures(store):
    return qv.dashboard(store.db, TODAY, store.thresholds(), store.risk_bands())


def one(store, sql, params=()):
    return store.db.execute(sql, list(params)).fetchone()[0]
