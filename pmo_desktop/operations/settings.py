"""Change the portfolio's settings (name, currency, as-of date, thresholds …)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pmo_desktop.store import Store

from .result import Result
from .setting_specs import SettingError, read_settings

__all__ = ["SettingError", "change_settings", "settings_to_write", "update_settings"]


def change_settings(store: Store, values: Mapping[str, Any], *, source: str = "ui") -> Result:
    """Set the given settings in one write, each change in the change log.

    ``settings_changed`` is set when any value differed; ``value`` lists the keys that
    changed (a value already held is neither written nor logged)."""
    changed = store.set_settings(dict(values), source=source)
    return Result(settings_changed=bool(changed), value=changed,
                  counts={"settings": len(changed)})


def settings_to_write(store: Store, typed: Mapping[str, Any]) -> dict[str, Any]:
    """The top-level values that set the typed ``{dotted key: value}`` (read and checked
    by ``setting_specs.read_settings``); ``SettingError`` naming the first bad key or
    value as ``key: what is wrong``."""
    values, errors = read_settings(store, typed)
    if errors:
        key, message = next(iter(errors.items()))
        raise SettingError(message if message.startswith(f"'{key}'") else f"{key}: {message}")
    return values


def update_settings(store: Store, typed: Mapping[str, Any], *, source: str = "ui") -> Result:
    """Set typed settings (``rag_thresholds.cpi_red=0.85``) in one write, or nothing
    when one is bad; ``value`` lists the top-level settings that changed."""
    return change_settings(store, settings_to_write(store, typed), source=source)
