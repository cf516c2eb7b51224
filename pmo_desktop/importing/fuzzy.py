"""Words spelt nearly the same: ``difflib.get_close_matches``, answer for answer, with
rapidfuzz finding the candidates first.

difflib's ratio counts the characters of matching blocks, which always form a common
subsequence; rapidfuzz's ``ratio`` counts the longest common subsequence, so it is never
below difflib's. Every word difflib would keep is therefore among those rapidfuzz keeps
at the same cutoff, and difflib then judges only those few instead of the whole
vocabulary (a header or a choice is compared with thousands of words)."""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Iterable

from rapidfuzz import fuzz, process


def close_matches(word: str, possibilities: Iterable[str], n: int = 3,
                  cutoff: float = 0.6) -> list[str]:
    """The same list ``difflib.get_close_matches(word, possibilities, n, cutoff)`` gives."""
    near = process.extract(word, possibilities, scorer=fuzz.ratio,
                           score_cutoff=cutoff * 100 - 1e-6, limit=None)
    if not near:
        return []
    s = difflib.SequenceMatcher()
    s.set_seq2(word)
    scored = []
    for x, _score, _key in near:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff \
                and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for _score, x in heapq.nlargest(n, scored)]
