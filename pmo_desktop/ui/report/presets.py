"""What the report dialog remembers between sessions, in ``QSettings``.

Presets are JSON (``report/presets``: name -> ``PackOptions.as_dict()``); the options of
the last build (``report/last``), its folder (``report/folder``) and the dialog's
geometry (``report/geometry``) are restored when the dialog opens.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

PRESETS_KEY = "report/presets"
LAST_KEY = "report/last"
FOLDER_KEY = "report/folder"
GEOMETRY_KEY = "report/geometry"


def _json_dict(raw: Any) -> dict[str, Any] | None:
    try:
        data = json.loads(str(raw)) if raw else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def presets(settings: QSettings) -> dict[str, dict[str, Any]]:
    """The saved presets by name (none when the setting is missing or not JSON)."""
    return _json_dict(settings.value(PRESETS_KEY, "")) or {}


def save_preset(settings: QSettings, name: str, options: dict[str, Any]) -> None:
    saved = presets(settings)
    saved[name] = options
    settings.setValue(PRESETS_KEY, json.dumps(saved, sort_keys=True))


def delete_preset(settings: QSettings, name: str) -> None:
    saved = presets(settings)
    if name in saved:
        del saved[name]
        settings.setValue(PRESETS_KEY, json.dumps(saved, sort_keys=True))


def last_options(settings: QSettings) -> dict[str, Any] | None:
    """The options of the last build, if any were saved."""
    return _json_dict(settings.value(LAST_KEY, ""))


def remember_build(settings: QSettings, options: dict[str, Any], out: Path) -> None:
    """Keep a build's options and folder for the next time the dialog opens."""
    settings.setValue(LAST_KEY, json.dumps(options, sort_keys=True))
    settings.setValue(FOLDER_KEY, str(out.parent))


def default_output(settings: QSettings, portfolio: str, as_of: date) -> Path:
    """``<last folder or home>/<portfolio>-pack-<as of>.pdf``."""
    folder = Path(str(settings.value(FOLDER_KEY, "") or Path.home()))
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in portfolio)
    return folder / f"{stem}-pack-{as_of.isoformat()}.pdf"


__all__ = ["FOLDER_KEY", "GEOMETRY_KEY", "LAST_KEY", "PRESETS_KEY", "default_output",
           "delete_preset", "last_options", "presets", "remember_build", "save_preset"]
