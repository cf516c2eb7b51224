"""Small named reads of the whole portfolio for the app's chrome (the status bar)."""

from __future__ import annotations

from .queries_raid import open_raid_counts
from .store import Store


def status_counts(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """The record counts by kind (``Store.counts``) and the *open* RAID items by type
    (``queries_raid.open_raid_counts``), as the status bar shows them."""
    return store.counts(), open_raid_counts(store.db)


__all__ = ["status_counts"]
