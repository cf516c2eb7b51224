"""Near spellings through rapidfuzz give exactly difflib's answers (importing/fuzzy.py)."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.importing.fuzzy import close_matches
from pmo_desktop.importing.headers import _INDEX

WORDS = sorted(_INDEX)[:1500]


@st.composite
def misspelt(draw: st.DrawFn) -> str:
    word = list(draw(st.sampled_from(WORDS)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(word)))
        what = draw(st.sampled_from(["insert", "delete", "replace"]))
        ch = draw(st.sampled_from("abcdeilnorstuz "))
        if what == "insert":
            word.insert(at, ch)
        elif word:
            at = min(at, len(word) - 1)
            if what == "delete":
                del word[at]
            else:
                word[at] = ch
    return "".join(word)


@settings(max_examples=120, deadline=None)
@given(misspelt(), st.sampled_from([(1, 0.75), (3, 0.84), (2, 0.88), (3, 0.6)]))
def test_same_answers_as_difflib(word: str, limits: tuple[int, float]) -> None:
    n, cutoff = limits
    assert close_matches(word, WORDS, n, cutoff) == \
        difflib.get_close_matches(word, WORDS, n, cutoff)


def test_a_typo_finds_its_word_and_nonsense_finds_none() -> None:
    assert close_matches("proejct manager", ["project manager", "risk owner"], 1, 0.8) == \
        ["project manager"]
    assert close_matches("zzzz", ["project manager", "risk owner"], 1, 0.6) == []
