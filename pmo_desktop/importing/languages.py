"""Languages whose words live in one module each, every list of the language together.

Each ``headerwords_<code>`` module listed here holds, for one language (so that a speaker
can review it in one place):

- its header words, read as ``headerwords.FIELDS`` is (``"scopes: field": "a|b|…"``);
- ``ENTITY_WORDS``: the names of each kind of record, for sheet names and titles;
- ``STATUS_WORDS``, ``PRIORITY_WORDS``, ``RAG_WORDS``: value words onto the importer's
  own (``open``, ``high``, ``green`` …);
- ``MONTHS``: twelve strings of month names (the forms dates use, abbreviations);
- ``TOTAL_WORDS``: what a total or subtotal row's label begins with.

Every word is written as ``vocab.norm`` gives it. Words a language shares with an older
list (``choices``, ``ratings``) are read as the older list says: these only add."""

from __future__ import annotations

from types import ModuleType

from .hanzi import SIMPLIFIED

from . import (headerwords_ar, headerwords_bn, headerwords_ca, headerwords_et, headerwords_he,
               headerwords_hr, headerwords_id, headerwords_ko, headerwords_lt, headerwords_lv,
               headerwords_sk, headerwords_sl, headerwords_sw, headerwords_th, headerwords_vi,
               headerwords_zh)

# (module, the name of its header-word dict)
_MODULES: tuple[tuple[ModuleType, str], ...] = (
    (headerwords_ar, "ARABIC"), (headerwords_he, "HEBREW"), (headerwords_ko, "KOREAN"),
    (headerwords_vi, "VIETNAMESE"), (headerwords_id, "INDONESIAN"),
    (headerwords_lt, "LITHUANIAN"), (headerwords_lv, "LATVIAN"), (headerwords_et, "ESTONIAN"),
    (headerwords_hr, "CROATIAN"), (headerwords_sl, "SLOVENIAN"), (headerwords_sk, "SLOVAK"),
    (headerwords_ca, "CATALAN"), (headerwords_th, "THAI"), (headerwords_sw, "SWAHILI"),
    (headerwords_zh, "TRADITIONAL_CHINESE"), (headerwords_bn, "BENGALI"),
)


def _merged(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for module, _fields in _MODULES:
        for word, value in getattr(module, name, {}).items():
            out.setdefault(word.translate(SIMPLIFIED), value)
    return out


# (traditional Chinese read as the simplified, as ``vocab.norm`` reads every text: one
# ``translate`` of each list, quick)
HEADER_WORDS: list[tuple[str, str]] = [
    (spec, words.translate(SIMPLIFIED))
    for module, fields in _MODULES for spec, words in getattr(module, fields).items()]
ENTITY_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (kind, tuple(w.translate(SIMPLIFIED) for w in words))
    for module, _f in _MODULES for kind, words in getattr(module, "ENTITY_WORDS", {}).items()]
STATUS_WORDS = _merged("STATUS_WORDS")
PRIORITY_WORDS = _merged("PRIORITY_WORDS")
RAG_WORDS = _merged("RAG_WORDS")
# month name → 1–12
MONTH_NAMES: dict[str, int] = {}
for _module, _f in _MODULES:
    for _i, _names in enumerate(getattr(_module, "MONTHS", ()), start=1):
        for _n in _names.translate(SIMPLIFIED).split():
            MONTH_NAMES.setdefault(_n, _i)
TOTAL_WORDS: frozenset[str] = frozenset(
    w.translate(SIMPLIFIED) for module, _f in _MODULES for w in getattr(module, "TOTAL_WORDS", ()))
