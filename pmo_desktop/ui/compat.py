"""Work-arounds for the Qt binding, applied once before any widget exists.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a
void Qt method from Python (``setText``, ``QStyledItemDelegate.paint``,
``QPainter.save`` …) and one to ``True``/``False`` on some others (``Signal.emit``).
CPython 3.12+ made these objects immortal (PEP 683), so there the bug is harmless;
on 3.11 their reference count reaches zero after a few thousand calls and the
interpreter aborts with "none_dealloc: deallocating None" (or "bool_dealloc").
Repaints of a table call ``paint`` per cell, so the app would die within minutes.

``pin_singletons()`` gives these objects a reference count no bug can exhaust
(what 3.12 does for every interpreter). It touches only the count of objects that
are never freed anyway, and does nothing on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 40
_done = False


def pin_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already, or a debug build with a different object layout
    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += _PINNED
    _done = True
