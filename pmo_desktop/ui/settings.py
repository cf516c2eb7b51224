"""Settings: INI ``QSettings``, versioned; window state apart from preferences.

Keys in use (all declared here):

* ``settings_version``: the layout of this file (``upgrade()`` migrates older ones);
* ``portfolio/last``, ``portfolio/recent``: the last portfolio and the recent list;
* ``window/geometry``, ``window/state``, ``window/view``: the main window's layout;
* ``portfolio/header``, ``portfolio/grouped``: the portfolio table's columns, grouping;
* ``report/presets``, ``report/last``, ``report/folder``, ``report/geometry``: the steering
  pack dialog's saved presets, last options, output folder and size;
* ``preferences/<key>``: user preferences (``PREFERENCES``), read via ``ctx.preference``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8
LAST = "portfolio/last"
RECENT = "portfolio/recent"


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: Any
    label: str


PREFERENCES: dict[str, Preference] = {p.key: p for p in (
    Preference("open_last", bool, True, "Open the last portfolio at start-up"),
)}


def open_settings(path: Path) -> QSettings:
    """The INI settings file at ``path``, upgraded to ``SETTINGS_VERSION``."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    upgrade(settings)
    return settings


def upgrade(settings: QSettings) -> None:
    version = int(cast("int | str", settings.value("settings_version", 0)) or 0)
    if version < 1:
        pass  # first layout: nothing to migrate
    if version != SETTINGS_VERSION:
        settings.setValue("settings_version", SETTINGS_VERSION)


def preference(settings: QSettings, key: str) -> Any:
    pref = PREFERENCES[key]
    return settings.value(f"preferences/{key}", pref.default, type=pref.type)


def recent_files(settings: QSettings) -> list[str]:
    # INI files give a one-item list back as its item.
    value = cast("list[str] | str | None", settings.value(RECENT, []))
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or []) if v]


def add_recent(settings: QSettings, path: str | Path) -> list[str]:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent_files(settings) if p != text]
    items = items[:MAX_RECENT]
    settings.setValue(RECENT, items)
    settings.setValue(LAST, text)
    return items


def remove_recent(settings: QSettings, path: str) -> None:
    settings.setValue(RECENT, [p for p in recent_files(settings) if p != path])


def last_portfolio(settings: QSettings) -> str | None:
    value = settings.value(LAST)
    return str(value) if value else None
