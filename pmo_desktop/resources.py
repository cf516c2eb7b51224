"""One locator for the plain files under ``resources/`` (source tree or frozen bundle)."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """The path of ``name`` (e.g. ``icons/app.svg``); rejects absolute and ``..`` names."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"Not a resource name: {name!r}")
    return resources_dir().joinpath(*pure.parts)
