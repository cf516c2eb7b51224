"""Import sqlite-utils without pandas and numpy.

sqlite-utils imports both at start-up when they are installed, only to recognise their
types in rows it is given (0.25 s on this machine, a third of a short CLI run). The
store never hands it such values, so while sqlite-utils is imported those two names are
unavailable; a module that imported them earlier keeps them, and any later
``import pandas`` works as usual.
"""

from __future__ import annotations

import sys

_SKIPPED = ("pandas", "numpy")


def _import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in _SKIPPED if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils()
