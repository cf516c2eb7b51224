"""Item-data roles shared by our models and the delegates that paint them.

A model fills these; a delegate only reads them. Keep them in one place so any
view's model can use the RAG chip and progress bar delegates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

SORT_ROLE = _BASE + 1
"""A raw value that sorts correctly (number, ISO date, ordinal)."""
RAG_KEY_ROLE = _BASE + 2
"""``'red'``/``'amber'``/``'green'``/``'not_set'``, or ``None`` for no chip."""
RAG_COLOUR_ROLE = _BASE + 3
"""The chip's fill colour as ``#RRGGBB``."""
RAG_LABEL_ROLE = _BASE + 4
"""The chip's text (``'Amber'``); a narrow chip shows its first letter."""
TREND_ROLE = _BASE + 5
"""The trend arrow text beside a chip (``'↑'``, ``'→'``, ``'↓'``, ``'★'``) or ``''``."""
TREND_COLOUR_ROLE = _BASE + 6
"""The arrow's colour as ``#RRGGBB``, or ``None`` for the text colour."""
RAG_MARK_ROLE = _BASE + 7
"""``True`` to mark a chip as a false green (``domain.rag.false_green``)."""
RAG_OUTLINE_ROLE = _BASE + 8
"""``True`` when the chip shows a calculated (not reported) rating: drawn outlined."""
PROGRESS_ROLE = _BASE + 9
"""A ratio 0–1 for a progress bar, or ``None`` when unknown."""
PROGRESS_TEXT_ROLE = _BASE + 10
"""The text beside the bar (``'45%'``)."""
KEY_ROLE = _BASE + 11
"""The row's business key (a project code)."""
ID_ROLE = _BASE + 12
"""The row's surrogate id in the store."""
KIND_ROLE = _BASE + 13
"""``'group'`` for a grouping row, ``'item'`` otherwise."""
