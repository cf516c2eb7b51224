"""Change the portfolio's settings (name, currency, as-of date, thresholds …)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pmo_desktop.store import Store

from .result import Result

__all__ = ["change_settings"]


def change_settings(store: Store, values: Mapping[str, Any], *, source: str = "ui") -> Result:
    """Set the given settings in one write, each change in the change log.

    ``settings_changed`` is set when any value differed; ``value`` lists the keys that
    changed (a value already held is neither written nor logged)."""
    changed = store.set_settings(dict(values), source=source)
    return Result(settings_changed=bool(changed), value=changed,
                  counts={"settings": len(changed)})
