"""The item-data roles every model of the app fills and every delegate reads.

One enum numbers them all from ``Qt.ItemDataRole.UserRole + 1`` so a role means one
thing in every view (``tests/ui/test_viewkit.py`` holds the values unique and checks
each role a delegate paints from is one some model provides). A model fills roles; a
delegate or a proxy only reads them.

On Python 3.11 looking a member up (``Role.SORT``) costs about 0.5 µs
(https://github.com/python/cpython/issues/93910), so a ``data()`` called for every cell
binds the members it compares against once, as ``int(Role.SORT)`` (``viewkit.models``).
"""

from __future__ import annotations

from enum import IntEnum, unique

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


@unique
class Role(IntEnum):
    """Our item-data roles (``index.data(Role.SORT)``)."""

    # -- any table -----------------------------------------------------------------
    SORT = _BASE + 1
    """A raw value that sorts correctly (number, ISO date, lower-case text; ``None`` first)."""
    FILTER = _BASE + 2
    """Lower-case text the free-text filter searches (the same for every column of a row)."""
    CODE = _BASE + 3
    """The project code a row belongs to (double-click opens the project)."""
    KEY = _BASE + 4
    """The row's business key (a project code; a programme name on a group row)."""
    ID = _BASE + 5
    """The row's surrogate id in the store (an import batch's id)."""
    KIND = _BASE + 6
    """``'group'`` for a grouping row, ``'item'`` otherwise."""

    # -- painted cells (``viewkit.delegates``) ---------------------------------------
    CHIP = _BASE + 7
    """``#RRGGBB`` fill of a chip drawn behind the cell text, or ``None``."""
    HEAT = _BASE + 8
    """``#RRGGBB`` fill of a heat-map cell, or ``None``."""
    RAG_KEY = _BASE + 9
    """``'red'``/``'amber'``/``'green'``/``'not_set'``, or ``None`` for no RAG chip."""
    RAG_COLOUR = _BASE + 10
    """The RAG chip's fill colour as ``#RRGGBB``."""
    RAG_LABEL = _BASE + 11
    """The RAG chip's text (``'Amber'``); a narrow chip shows its first letter."""
    RAG_MARK = _BASE + 12
    """``True`` to mark a chip as a false green (``domain.rag.false_green``)."""
    RAG_OUTLINE = _BASE + 13
    """``True`` when the chip shows a calculated (not reported) rating: drawn outlined."""
    TREND = _BASE + 14
    """The trend arrow beside a chip (``'↑'``, ``'→'``, ``'↓'``, ``'★'``) or ``''``."""
    TREND_COLOUR = _BASE + 15
    """The arrow's colour as ``#RRGGBB``, or ``None`` for the text colour."""
    PROGRESS = _BASE + 16
    """A ratio 0–1 for a progress bar, or ``None`` when unknown."""
    PROGRESS_TEXT = _BASE + 17
    """The text beside the bar (``'45%'``)."""

    # -- editors (``viewkit.delegates.ChoiceDelegate`` / ``SpinDelegate``) ----------
    CHOICES = _BASE + 18
    """``[(label, value), …]`` a combo editor offers for the cell."""
    RANGE = _BASE + 19
    """``(minimum, maximum)`` of a numeric editor."""
    TENTATIVE = _BASE + 23
    """``True`` when the cell's value is only a guess: its combo editor shows the cell's
    text with nothing chosen, and choosing any item, the guessed one too, commits it."""

    # -- the import wizard's filters ---------------------------------------------------
    FLAG = _BASE + 20
    """``'unmapped'`` for a column nothing will be imported from."""
    ACTION = _BASE + 21
    """A planned row's action: ``'create'``/``'update'``/``'unchanged'``/``'skipped'``/``'rejected'``."""
    TABLE = _BASE + 22
    """Index of a planned row's table in the plan (−1 for a parent created by the import)."""
