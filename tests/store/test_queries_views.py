"""The views' reads through their one import (``store.queries_views``): an empty
portfolio gives zeros everywhere; every read takes the Store the views pass."""

from __future__ import annotations

from pmo_desktop.store import open_store
from pmo_desktop.store import queries_views as qv

from queries_fixtures import TODAY, template  # noqa: F401


def test_empty_store_gives_zeros(tmp_path):
    with open_store(tmp_path / "empty.pmo") as s:
        f = qv.dashboard(s.db, TODAY, s.thresholds(), s.risk_bands())
        assert f.projects == 0 and f.total_bac == 0 and f.variance_pct is None
        assert f.rag_mix == [] and f.programmes == [] and f.compared_with is None
        assert qv.raid_register(s.db) == [] and qv.change_requests(s.db) == []
        assert qv.resource_heatmap(s.db, "2026-11", 6).rows == []
        assert qv.financials(s.db, TODAY).rows == []
        assert qv.period_summaries(s.db) == []


def test_every_read_takes_the_store_as_the_views_pass_it(store):
    """Views hand the runner's reading copy (a Store) to the reads, never a connection."""
    copy = store.reading_copy()
    try:
        th, bands = copy.thresholds(), copy.risk_bands()
        pid = store.project_id("DCX-102")
        period = qv.period_summaries(store.db)[0].id
        for via_store, via_db in [
            (qv.dashboard(copy, TODAY, th, bands), qv.dashboard(store.db, TODAY, th, bands)),
            (qv.financials(copy, TODAY, th), qv.financials(store.db, TODAY, th)),
            (qv.raid_register(copy, bands), qv.raid_register(store.db, bands)),
            (qv.resource_heatmap(copy, "2026-11", 6), qv.resource_heatmap(store.db, "2026-11", 6)),
            (qv.period_summaries(copy), qv.period_summaries(store.db)),
            (qv.period_rows(copy, period), qv.period_rows(store.db, period)),
            (qv.programme_names(copy), qv.programme_names(store.db)),
            (qv.open_raid_counts(copy), qv.open_raid_counts(store.db)),
            (qv.project_milestones(copy, pid, TODAY), qv.project_milestones(store.db, pid, TODAY)),
        ]:
            assert via_store == via_db
        assert qv.raid_register(copy, bands) and qv.period_rows(copy, period)
    finally:
        copy.close()
