"""Pause Python's cyclic garbage collector while a big import runs.

Reading, planning and writing 100k rows allocates millions of small containers (cell
lists, value dicts, records) that all stay alive until the import ends. Each of those
allocations counts towards the collector's thresholds, so it scans the ever-growing heap
again and again for cycles that are not there: at 100k rows that was about half of the
whole import's time. Reference counting still frees everything as usual; the collector
is switched back on (if it was on) when the outermost paused call returns, with what
survived moved to its oldest generation (see ``_promote_young``). Nested and
concurrent pauses (the wizard plans off the GUI thread) are counted, not stacked.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                _promote_young()
                gc.enable()


def _promote_young() -> None:
    """Move every object the collector tracks into its oldest generation, unscanned.

    What an import leaves alive (the plan the wizard shows, the workbook) is long-lived
    data; left in the youngest generation it would all be scanned by the first
    collection after ``gc.enable()`` (0.15 s at 100k rows), only to be promoted anyway.
    freeze() + unfreeze() splices the lists instead (and zeroes the young count); the
    objects stay collectable, by the next full collection, like any old object."""
    gc.freeze()
    gc.unfreeze()


def without_gc(func: F) -> F:
    """Decorator: run ``func`` with the collector paused."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with gc_paused():
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
