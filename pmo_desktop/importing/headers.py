"""Step 3, headers: which fields a header cell may mean, with a confidence 0–1 — by its
normalised text (exact synonym), by containing a synonym (``"Risk Owner"`` holds
``owner``) or by spelling (fuzzy)."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from .fuzzy import close_matches
from .gcpause import gc_paused
from .vocab import (DAY_WORDS, ENTITY_WORDS, LOG_KINDS, PREFERRED, SYNONYMS, VARIANCE_WORDS,
                    norm, split_header)

MIN_CONFIDENCE = 0.55
# Headers that only wrap the field's name in brackets, as tracker exports write them
_WRAPPERS = frozenset({"custom field", "customfield", "field", "cf"})
# Words that name a record's key beside the record's own name ("Decision Ref", "Nº acción")
KEY_NAMES = frozenset({"no", "id", "ref", "nr", "number", "code", "key", "reference",
                        "nummer", "numero", "num", "codigo", "kode", "kod", "tunnus",
                        "referencia", "reference", "referenz", "riferimento"})
# Words that name a record's key on their own ("ID", "Ref", "Nr"; not "No": "No Go")
_KEY_WORDS = frozenset({"id", "ref", "nr"})
# Dutch, German and Scandinavian compounds of a word and "nr"/"nummer": a record's number
_COMPOUND_KEY = re.compile(r"([a-z]{3,}?)s?(?:nr|nummer|nummern)")
# A number sign before a record's abbreviation: "Nº RDM", "N° CR", "No. RFC", "Nr. ÄA"
_NUMBER_SIGN = re.compile(r"^\s*(?:n\s*\.?\s*[º°]\.?|nr\.|n\.\s*o\.?)\s*$", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_DEGREE_SIGN = re.compile(r"\s*n\s*°", re.I)
# A person's given name and surname in one header ("Nombre y apellidos", "Imię i
# nazwisko", "Name, Vorname", "Nome e cognome"): the person's full name, whichever order
_GIVEN = (r"(?:name|first name|given names?|forenames?|nombres?|nome|nom|prenoms?|vorname|"
          r"naam|voornaam|imie|jmeno|meno|fornavn|fornamn|etunimi|adi|ad|isim)")
_FAMILY = (r"(?:surnames?|last name|family name|apellidos?(?: s)?|cognome|sobrenome|nom|"
           r"nachname|familienname|achternaam|nazwisko|prijmeni|priezvisko|efternavn|"
           r"efternamn|sukunimi|soyadi|soyad)")
_JOINED = r"\s*(?:y|e|et|und|i|en|and|a|og|och|ja|ve|u)?\s*"
_FULL_NAME = re.compile(rf"{_GIVEN}{_JOINED}{_FAMILY}|{_FAMILY}{_JOINED}{_GIVEN}|"
                        r"vor (?:und )?nachname")
_NUMBER_OF = re.compile(r"^\s*(?:n\s*[º°]|n\.|no\.|nr\.?|#|č\.|čís\.)\s*"
                        r"(?=\d?[^\W\d_])[^\W_]{1,5}\.?\s*$", re.I)  # ("Č. 8D": Czech)
# A title word and the record's own name, joined by small words: "Título del cambio",
# "Intitulé de la décision", "Title of the risk", "Bezeichnung des Risikos".
_TITLE_WORDS = frozenset({
    "title", "name", "summary", "subject", "titulo", "nombre", "asunto", "resumen", "titre",
    "intitule", "nom", "objet", "sujet", "titel", "bezeichnung", "betreff", "titolo", "nome",
    "oggetto", "assunto", "naam", "onderwerp", "tytul", "nazwa", "otsikko", "nimi", "rubrik",
    "nazev", "gegenstand"})
# A description word with the record's own name ("Dependency Description", "Descrizione
# del rischio") is the record's title too: what a register says each item is.
_DESCRIPTION_WORDS = frozenset({
    "description", "descripcion", "descricao", "beschreibung", "descrizione", "omschrijving",
    "beskrivning", "beskrivelse", "opis", "kuvaus", "popis", "details", "detail"})
_SMALL_WORDS = frozenset({"de", "del", "la", "le", "du", "des", "of", "the", "da", "do",
                          "der", "die", "das", "di", "della", "dello", "van", "het", "a",
                          "el", "les", "los", "las", "dos", "das"})


_DESCRIBED_TITLE = 0.88
_QUALIFIED_ACRONYM = 0.75
_ACRONYM_QUALIFIED = 0.85
# Words that make a number of days a gap between two dates, not a span of work
_GAP_WORDS = frozenset({"var", "variance", "delta", "diff", "difference", "late", "early",
                        "slip", "slippage", "overdue", "delay", "ahead", "behind"})
_AMOUNTS = ("planned", "actual", "forecast", "earned", "bac", "eac", "budget", "estimated_cost",
            "impact_cost", "baseline_value", "target_value")
# "Name" written before what it names (Polish, Czech, Slovak, Croatian) and how sure such
# a header is of naming the record
# (Russian and Ukrainian as ``norm`` writes them: "найменування" loses its breve)
_NAME_OF = frozenset({"nazwa", "nazev", "nazov", "naziv", "название", "назва", "наименование",
                      "наименування"})
_NAME_OF_CONFIDENCE = 0.75
_NAME_WORDS = frozenset({"name", "nombre", "nome", "nom", "naam", "nazwa"})


def _title_of(words: list[str], entity: str) -> bool:
    rest = [w for w in words if w not in _SMALL_WORDS]
    naming = _TITLE_WORDS | _DESCRIPTION_WORDS
    if len(rest) != 2 or not naming & set(rest):
        return False
    other = next(w for w in rest if w not in naming) if set(rest) - naming else ""
    return _own_word(other, entity)


@lru_cache(maxsize=None)
def _own_forms(entity: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words naming ``entity`` (and the last words of its phrases), and those of five
    letters or more (a singular or plural of them names it too)."""
    own = ENTITY_WORDS.get(entity, ())
    return (frozenset(own) | {w.split()[-1] for w in own if " " in w},
            tuple(w for w in own if len(w) >= 5))


@lru_cache(maxsize=4096)
def _own_word(other: str, entity: str) -> bool:
    """Whether ``other`` names the kind ``entity`` ("risk", "acción", "Risiken")."""
    exact, long = _own_forms(entity)
    return other in exact or len(other) >= 5 and any(
        other.startswith(w) or w.startswith(other) for w in long)  # (singular and plural)


_LINK_WORDS = frozenset({
    "linked", "related", "associated", "verknupft", "verknupftes", "verknupfte",
    "zugehorig", "zugehoriges", "zugehorige", "relacionado", "relacionada", "vinculado",
    "vinculada", "associe", "associee", "lie", "liee", "collegato", "collegata",
    "gekoppeld", "gerelateerd", "kopplad", "relateret", "tilknyttet"})
_CONTACT_NUMBERS = frozenset({"telefon", "telefoon", "tel", "handy", "mobil", "mobiel", "fax",
                              "konto", "rekening", "kunden", "klant", "haus", "huis", "post"})


# ... and a number of a time: "Weeknr", "KW-Nr", "Jahresnr"
_TIME_NUMBERS = frozenset({"week", "wk", "kw", "jahr", "jaar", "year", "monat", "maand",
                           "month", "tag", "dag", "day", "periode", "period"})


def _other_number(stem: str) -> bool:
    """The number of something other than the record: a project's ("Projektnr"), which
    names the project a record belongs to, or a phone's, an account's."""
    return stem in _CONTACT_NUMBERS or stem in _TIME_NUMBERS or any(
        f == "project_id" or (e, f) in (("project", "name"), ("project", "code"))
        for e, f, _x in _INDEX.get(stem, ()))


# -- header matching ------------------------------------------------------------------------

_MATCH_CACHE: dict[str, dict[str, dict[str, float]]] = {}
_PLAIN_CACHE: dict[tuple[str, str], dict[str, dict[str, float]]] = {}
def _bare(words: list[str]) -> str:
    return " ".join(w for w in words if w not in _SMALL_WORDS)


# Spelling matches are looked for apart for the plan's tasks and for every other kind, so
# that one kind's words never crowd out another's nearest spellings.
_OWN_VOCABULARY = ("task",)


# the words naming a kind of record (a modifier when they come first)
_KIND_NAMES = frozenset(w for words in ENTITY_WORDS.values() for w in words)


def _build_index() -> tuple[dict[str, list[tuple[str, str, bool]]],
                            dict[str, list[tuple[str, list[str]]]], dict[str, str],
                            list[tuple[frozenset[str], set[str], list[str], list[str]]]]:
    """The vocabulary's indexes, built in one pass (in a function: its names are local,
    which makes the forty thousand steps of it several times quicker than at module level).

    - synonym → [(entity, field, is the field's first synonym)];
    - first word → the synonyms that begin with it, with their words (a synonym all of
      whose words a header holds begins with one of the header's words);
    - a synonym without its small joining words → the synonym ("Fecha cierre" is the
      "fecha de cierre");
    - for each group of kinds whose words are compared by spelling apart, the synonyms
      and those of four letters or more."""
    index: dict[str, list[tuple[str, str, bool]]] = {}
    get = index.get
    own: set[str] = set()
    others: set[str] = set()
    for e, fields in SYNONYMS.items():
        (own if e in _OWN_VOCABULARY else others).update(*fields.values())
        for f, syns in fields.items():
            if not syns:
                continue
            first = syns[0]
            plain = (e, f, False)  # one tuple for all of a field's other synonyms
            for syn in syns:
                entry = (e, f, True) if syn == first else plain
                found = get(syn)
                if found is None:
                    index[syn] = [entry]
                else:
                    found.append(entry)
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    bare: dict[str, str] = {}
    small = _SMALL_WORDS
    for syn in index:
        words = syn.split()
        if not words:
            continue
        starts = by_first.get(words[0])
        if starts is None:
            by_first[words[0]] = [(syn, words)]
        else:
            starts.append((syn, words))
        if len(words) > 1:
            b = " ".join([w for w in words if w not in small])
            if b and b != syn and " " in b:
                bare.setdefault(b, syn)
    groups = [(frozenset(e for e in SYNONYMS if e not in _OWN_VOCABULARY), others),
              *[(frozenset((e,)), own) for e in _OWN_VOCABULARY]]
    fuzzy = [(group, keys, [k for k in keys if len(k) >= 4 and k.isascii()],
              [k for k in keys if len(k) >= 4]) for group, keys in groups]
    return index, by_first, bare, fuzzy


with gc_paused():  # a hundred thousand small objects, none of them garbage
    _INDEX, _SYN_WORDS, _BARE, _FUZZY = _build_index()


def _all_matches(h: str, spelling: bool = True) -> dict[str, dict[str, float]]:
    """Normalised header → entity → field → confidence, over the whole vocabulary (by
    spelling too unless ``spelling`` is False: the costly part, for many cells)."""
    if h in _MATCH_CACHE:
        return _MATCH_CACHE[h]
    if not spelling and ("", h) in _PLAIN_CACHE:
        return _PLAIN_CACHE[("", h)]
    out: dict[str, dict[str, float]] = {}

    def put(syn: str, conf: float) -> None:
        for e, f, first in _INDEX[syn]:
            c = 1.0 if (first and conf >= 0.95) else conf
            if out.setdefault(e, {}).get(f, 0.0) < c:
                out[e][f] = round(min(c, 1.0), 2)

    words = h.split()
    wordset = frozenset(words)
    if h in _INDEX:
        put(h, 0.95)
    elif len(words) > 1 and _bare(words) in _BARE:
        put(_BARE[_bare(words)], 0.93)  # written without (or with other) joining words
    if len(words) > 1:
        for syn, sw in (x for w in dict.fromkeys(words) for x in _SYN_WORDS.get(w, ())):
            if all(w in wordset for w in sw) and syn != h and (len(sw) > 1 or len(syn) >= 4):
                conf = 0.85 * (len(sw) / len(words)) ** 0.5
                if words[-len(sw):] == sw:
                    conf += 0.05  # the head noun comes last: "Risk Owner"
                elif len(sw) == 1 and words[0] == sw[0]:
                    # "Project Occurrence" is not a project: a kind's name first qualifies
                    # what follows. A field's word first is the head noun in many
                    # languages ("Naslov spremembe", the change's title), if weakly (too
                    # weakly for a form's label: "Phase 2 – Build" is a name)
                    conf -= 0.1 if sw[0] in _KIND_NAMES else 0.05
                if conf >= MIN_CONFIDENCE:
                    put(syn, conf)
    if len(words) == 2 and not out:
        # a key named with its record's abbreviation: "ID PA", "CR No", "Ref RFC"
        key, other = (words if words[0] in _KEY_WORDS else words[::-1])
        if key in _KEY_WORDS and key in _INDEX and other.isalpha() and len(other) <= 3:
            put(key, 0.85)
    compound = _COMPOUND_KEY.fullmatch(h) if len(words) == 1 and not out else None
    if compound and not _other_number(compound.group(1)):
        put("nummer", 0.85)  # a number compounded onto its record: "Besluitnr", "Risikonummer"
    core = [w for i, w in enumerate(words) if not w.isdigit() and w not in _UNIT_WORDS and
            not _FISCAL_YEAR.fullmatch(w) and
            not (w == "fy" and i + 1 < len(words) and words[i + 1].isdigit())]
    if core and len(core) < len(words):
        # "Budget 2025", "Budget FY25", "Forecast 2026", "Probability %", "Cost EUR": the
        # year or the unit aside
        for e, fields in _all_matches(" ".join(core), False).items():
            for f, c in fields.items():
                if out.setdefault(e, {}).get(f, 0.0) < min(c, 0.9):
                    out[e][f] = round(min(c, 0.9), 2)
    this = _THIS_PERIOD.search(h) if not out else None
    if this is not None and this.start() > 0:
        # "Headline this week", "Progress this period": the field, said of this report
        for e, fields in _all_matches(h[:this.start()], False).items():
            for f, c in fields.items():
                out.setdefault(e, {})[f] = round(min(c, 0.9), 2)
    if len(words) == 1 and not out and len(h) >= 8:
        joined = _compound(h)  # "Projectcode" is the "project code", "Risikostatus" …
        if joined is not None:
            put(joined, 0.9)
    if len(words) == 2 and not out:
        whole = _shortened(*words)  # "Syss.grad" is the "sysselsättningsgrad"
        if whole is not None:
            put(whole, 0.8)
    _put_phrase(words, out)
    if not spelling:
        _PLAIN_CACHE[("", h)] = out
        return out
    for group, keys, latin_keys, all_keys in _FUZZY:
        if h in keys or len(h) < 5:
            continue  # (a word of four letters a letter short is as likely another word:
            # French "cote", a rating, is no "coste")
        # (a header of Latin letters, as ``norm`` leaves them, is never that near a word
        # of another script: those are not compared)
        for close in close_matches(h, latin_keys if h.isascii() else all_keys, n=3,
                                   cutoff=0.84):
            if _words_close(words, close.split()):
                ratio = difflib.SequenceMatcher(None, h, close).ratio()
                for e, f, _first in _INDEX[close]:
                    if e in group and out.setdefault(e, {}).get(f, 0.0) < 0.7:
                        out[e][f] = round(0.9 * ratio, 2)
    _MATCH_CACHE[h] = out
    return out


_FISCAL_YEAR = re.compile(r"fy\d{2}(?:\d{2})?")  # ("FY Hrs" is the year's total)
_THIS_PERIOD = re.compile(r" (?:this|current|for the) (?:week|fortnight|month|period|quarter|"
                          r"sprint|reporting period)$")

# units a header writes beside its name: a percent sign (``norm``: "pct"), a currency
_UNIT_WORDS = frozenset({
    "pct", "percent", "eur", "usd", "gbp", "aud", "cad", "nzd", "chf", "sek", "nok", "dkk",
    "pln", "czk", "huf", "brl", "clp", "mxn", "cop", "ars", "inr", "zar", "sgd", "jpy",
    "keur", "kusd", "kgbp", "meur", "musd"})


def _compound(h: str) -> str | None:
    """The synonym of two words that ``h`` writes as one (Dutch, German and Nordic
    compounds: "projectcode", "risikostatus", "projektledare"), a linking "s" allowed."""
    for i in range(3, len(h) - 2):
        a, b = h[:i], h[i:]
        for first in (a, a[:-1]) if a.endswith("s") else (a,):
            joined = f"{first} {b}"
            if joined in _INDEX:
                return joined
    return None


def _qualified_by_hint(base: str, hints: list[str], entity: str,
                       found: dict[str, float]) -> None:
    """A one-word header whose brackets say which kind of it ("Impact (Cost)", "Impact
    (Schedule, weeks)", "Finish (baseline)"): the one field the two words name together
    ("cost impact"), surer than what the word alone names."""
    qualified: set[str] = set()
    for hint in hints:
        first = norm(hint.split(",")[0])
        if not first or len(first.split()) > 2:
            continue
        for phrase in (f"{first} {base}", f"{base} {first}"):
            qualified.update(f for f, c in _all_matches(phrase, False).get(entity, {}).items()
                             if c >= 0.9)
    if len(qualified) == 1:  # the brackets say which: it outranks the word alone
        field = qualified.pop()
        top = max(found.values(), default=0.9)
        for f in found:
            found[f] = round(found[f] * 0.9, 2)
        found[field] = min(1.0, max(top, 0.9))


def _shortened(start: str, end: str) -> str | None:
    """The one-word synonym a compound shortened in its middle writes ("Syss.grad",
    "Besch.grad", "Proj.leder"): the only one that starts with ``start`` and ends with
    ``end``, each of three letters or more."""
    if len(start) < 3 or len(end) < 3 or not (start.isalpha() and end.isalpha()):
        return None
    found = [w for w in _one_words().get(start[:3], ()) if w.startswith(start) and
             w.endswith(end) and len(w) > len(start) + len(end)]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _one_words() -> dict[str, list[str]]:
    """The vocabulary's one-word synonyms by their first three letters (for
    ``_shortened``; built when first asked, not at start-up)."""
    out: dict[str, list[str]] = {}
    for s in _INDEX:
        if " " not in s and len(s) >= 7:
            out.setdefault(s[:3], []).append(s)
    return out


# Words that join a head noun to what qualifies it: "Recommendation for future projects",
# "Name of sponsor", "Impact on schedule", "Fecha de cierre", "Kosten für Lizenzen".
_PREPOSITIONS = frozenset({
    "of", "for", "on", "to", "in", "per", "de", "del", "des", "du", "da", "do", "di", "della",
    "pour", "sur", "para", "por", "fur", "von", "vom", "zur", "zum", "van", "voor", "op",
    "per", "av", "for", "pa", "til", "dla", "na", "pela", "pelo", "pelas", "pelos", "dos",
    "das", "dello", "dei", "degli", "delle", "au", "aux", "en"})
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "el", "los", "las", "o", "os",
                       "il", "lo", "der", "die", "das", "den", "dem", "het", "de"})
# Heads too general to name a field alone ("Number of days", "Date of …", "Name of …")
_GENERIC_HEADS = frozenset({
    "number", "no", "nr", "date", "name", "id", "ref", "code", "type", "amount", "value",
    "total", "count", "percentage", "pct", "level", "details", "detail", "description",
    "list", "fecha", "datum", "nombre", "nom", "nome", "numero", "tipo", "typ", "art",
    "valor", "valeur", "wert", "importe", "montant", "betrag", "date de", "data"})


# Heads that only say "how much of" what follows: "Level of priority", "Niveau de
# risque", "Grado de interés" name the priority, the risk, the interest
_LEVEL_HEADS = frozenset({"level", "niveau", "nivel", "grado", "grau", "livello", "degree",
                          "stufe", "grad", "mate", "poziom", "uroven"})
_LEVEL_OF = 0.85


def _put_phrase(words: list[str], out: dict[str, dict[str, float]]) -> None:
    """A head noun and a phrase that qualifies it: the head alone, or (English) the phrase
    turned round — "Date of last review" is the "last review date", "Name of sponsor" the
    "sponsor name"; "Recommendation for future projects" is a recommendation. Each is
    weaker than the header matched as written."""
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and 0 < i < len(words) - 1),
               None)
    if cut is None or cut > 3:
        return
    head = words[:cut]
    tail = [w for w in words[cut + 1:] if w not in _ARTICLES]
    if not tail:
        return

    def put(found: dict[str, dict[str, float]], cap: float) -> None:
        for e, fields in found.items():
            for f, c in fields.items():
                c = round(min(c, cap), 2)
                if out.setdefault(e, {}).get(f, 0.0) < c:
                    out[e][f] = c

    plain = " ".join(head)
    if plain in _LEVEL_HEADS:  # "Niveau de priorité", "Level of impact": the tail's field
        whole = " ".join(tail)
        put({e: {f: c for f, c in fs.items() if c >= 0.9}
             for e, fs in _all_matches(whole, False).items()}, _LEVEL_OF)
    turned = " ".join(tail + head)
    if turned in _INDEX:  # the turned phrase's own fields, not what it merely contains
        put({e: {f: c for f, c in fs.items() if c >= 0.9}
             for e, fs in _all_matches(turned, False).items()}, 0.9)
    if plain in _INDEX and plain not in _GENERIC_HEADS and plain not in _TITLE_WORDS and \
            plain not in _DESCRIPTION_WORDS:  # ("Title of the decision": that one's title)
        put({e: {f: 0.8 for f in fs} for e, fs in _all_matches(plain, False).items()}, 0.8)


# The types a tool's export writes after a custom field's name (ClickUp: "Budget
# (currency)", "Sponsor (short text)"; Airtable, Notion alike)
_FIELD_TYPES = frozenset({
    "number", "text", "short text", "long text", "date", "currency", "drop down", "dropdown",
    "labels", "label", "checkbox", "email", "people", "formula", "url", "phone", "rating",
    "money", "progress", "files", "relationship", "rollup", "multi select", "single select",
    "select", "multiple select", "person", "users", "tasks", "emoji", "automatic progress",
    "manual progress", "text area", "location"})


def header_matches(header: str, entity: str, spelling: bool = True) -> list[tuple[str, float]]:
    """Fields of ``entity`` the header may mean, best first, with confidence (by its
    spelling too, unless ``spelling`` is False)."""
    base, hints = split_header(_CURRENCY_AFTER.sub("", header) or header)
    if hints and norm(hints[-1]) in _FIELD_TYPES:  # ClickUp's "Costo estimado (currency)":
        hints = hints[:-1]  # the tool's type of field, no name of it
    if " " not in base.strip() and _CAMEL.search(base):  # "ExecSponsor", "ApprovedBudgetUSD"
        base = _CAMEL.sub(" ", base.strip())  # a BI tool's field names, words run together
    if _DEGREE_SIGN.match(base):  # "N° Adicional": the degree sign for the number sign
        base = _DEGREE_SIGN.sub("Nº", base, count=1)
    if hints and norm(base) in _WRAPPERS:  # Jira's "Custom field (Start date)"
        base = hints[0]
    if _FULL_NAME.fullmatch(norm(base)) and norm(base) not in ("name", "nom"):
        base = "full name"  # "Nombre y apellidos", "Imię i nazwisko": a person's name
    found = dict(_all_matches(norm(base), spelling).get(entity, {}))
    if len(hints) == 1 and not found and norm(base) and _in_other_words(base, hints[0]) and \
            not VARIANCE_WORDS & set(norm(base).split()) and \
            not any(w in _INDEX for w in norm(base).split()) and \
            max((c for fields in _all_matches(norm(base), spelling).values()
                 for c in fields.values()), default=0.0) < 0.9:
        # "Jina la Mdau (Stakeholder Name)": a header in a language the vocabulary has
        # not (no word of it known, only near spellings), its translation in brackets
        translated = header_matches(hints[0], entity, spelling)
        if translated:
            return [(f, round(c * _TRANSLATED, 2)) for f, c in translated]
    if hints and len(norm(base).split()) == 1:
        _qualified_by_hint(norm(base), hints, entity, found)
    h = norm(base)
    if not found and _NUMBER_SIGN.match(base):  # "N.º", "Nº", "Nr.": the number alone
        found = {f: 0.85 for f in _all_matches("nummer", False).get(entity, {})}
    if not found and _NUMBER_OF.match(base):  # "Nº RDM", "N° CR", "No. RFC": a number sign
        found = dict(_all_matches("nummer", False).get(entity, {}))  # before an abbreviation
        found = {f: 0.85 for f in found}
    words = h.split()
    if len(words) == 2 and (words[0] in KEY_NAMES and _own_word(words[1], entity) or
                            words[1] in KEY_NAMES and _own_word(words[0], entity)):
        # the record's own name with a key word: "Nº acción", "# Risk", "Nr. Maßnahme",
        # "Decision Ref", "Action ID", "Riesgo nº", "Lesson number"
        for f in _all_matches("nummer", False).get(entity, {}):
            found[f] = max(found.get(f, 0.0), 0.9)
    _own_word_and_field(words, h, entity, found)
    if not found:
        _head_of_phrase(words, entity, found)
    if not found:
        _prose_for(words, entity, found)  # "Odporúčanie pre ďalšie projekty"
    if not found and entity in LOG_KINDS and 3 <= len(words) <= 4 and \
            words[-1] in _DESCRIPTION_WORDS and "description" in SYNONYMS[entity]:
        # "Punch Item Description": a log's description, qualified by words of the team's
        found["description"] = _QUALIFIED_DESCRIPTION
    if not found and len(words) == 2 and words[1] in _INDEX and words[1] not in KEY_NAMES:
        last = base.split()[-1] if base.split() else ""
        if last.isupper() and last.isalpha() and 2 <= len(last) <= 4:
            # an acronym after a qualifier is the head noun: "Contracted FTE", "Client PM"
            # (a short word is read inside a header only so, written as an acronym; an
            # "ID" after a noun is that thing's key: "Document ID" is no project's code)
            for f, c in _all_matches(words[1], False).get(entity, {}).items():
                found[f] = round(min(c, 1.0) * _QUALIFIED_ACRONYM, 2)
    if len(words) == 2 and max(found.values(), default=0.0) < _ACRONYM_QUALIFIED and \
            words[1] in _INDEX and words[1] not in KEY_NAMES and words[1] not in _GENERIC_HEADS:
        first = base.split()[0] if base.split() else ""
        if first.isupper() and first.isalpha() and 2 <= len(first) <= 5:
            # a head noun after an acronym naming its scheme: "GRIP Stage", "PACE
            # Stage", "FEL Gate" (the stage, in the scheme the acronym names)
            for f, c in _all_matches(words[1], False).get(entity, {}).items():
                found[f] = max(found.get(f, 0.0), round(min(c, 1.0) * _ACRONYM_QUALIFIED, 2))
    if entity == "risk" and len(words) > 1:
        _before_and_after(words, found)
    hinted = [w for x in hints for w in norm(x).split()]
    if entity in _DATE_FAMILIES and len(words) > 1 and h not in _INDEX:
        _qualified_date(words + hinted, entity, found)
    elif entity in _DATE_FAMILIES and hints and found:
        # "Go-Live (Forecast)", "Completion (actual)": the brackets say which date
        _qualified_date(hinted, entity, found)
    if not found and base.rstrip().endswith(".") and words and len(words[-1]) >= 4:
        found.update(_cut_short(words, entity))  # "% compl.", "Verantw.", "Kat."
    if not found and len(_DATE_FAMILIES.get(entity, ())) == 1 and words and \
            set(words) <= _BARE_QUALIFIERS.keys() | _DATE_WORDS:
        # a milestone's "Prevista" | "Effettiva" under a group "Date": which of its dates
        kinds = {_BARE_QUALIFIERS[w] for w in words if w in _BARE_QUALIFIERS}
        if len(kinds) == 1:
            found[_DATE_FAMILIES[entity][0][kinds.pop()]] = _BARE_QUALIFIER_CONFIDENCE
    if len(words) > 1 and h not in _INDEX and f"{h} date" in _INDEX:
        # a date's header without its "date" word: "Target Resolution", "Actual Go-live"
        for f, c in _all_matches(f"{h} date", False).get(entity, {}).items():
            if (f.endswith("date") or f.startswith(("start_", "finish_"))) and c >= 0.9:
                found[f] = max(found.get(f, 0.0), 0.85)
    if entity == "project" and len(words) == 1 and max(found.values(), default=0.0) < 0.85 \
            and (compound := _COMPOUND_KEY.fullmatch(h)) is not None and any(
                (e, f) == ("project", "name") for e, f, _x in _INDEX.get(compound.group(1), ())):
        # "Projectnr", "Projektnummer" in a project list: the project's own code (in a
        # log it names the project a record belongs to), not a misspelt "project name"
        found = {"code": _COMPOUNDED_CODE}
    if entity in _DATE_FAMILIES and 1 <= len(words) <= 3:
        _happened(words, entity, found)  # "Started", "Date Completed", "Finished on"
    elif entity in LOG_KINDS and 1 <= len(words) <= 3:
        _logged(words, entity, found)  # "Requested", "Cleared on", "Date resolved"
    if not found and len(words) == 1 and len(h) >= 3 and not h.isascii() and _CJK.match(h):
        _compound_tail(h, entity, spelling, found)  # "風險負責人", "預計處理期限"
    if 2 <= len(words) <= 4 and "due_date" in SYNONYMS.get(entity, {}) and \
            max(found.values(), default=0.0) < 0.9:
        _done_by(words, found)  # "Oplossen vóór", "Erledigen bis", "Risolvere entro"
    if len(words) == 2 and words[0] in _ASSIGNED and "owner" in SYNONYMS.get(entity, {}) \
            and words[1] not in KEY_NAMES and words[1] not in _DATE_WORDS:
        # "Assigned CRA", "Responsible Engineer": the person the record is given to
        found["owner"] = max(found.get("owner", 0.0), _ASSIGNED_OWNER)
    if entity == "decision" and h in _DATE_WORDS and "date_raised" in found:
        # a decision log's bare "Date" is the day it was decided
        found["decision_date"] = max(found.get("decision_date", 0.0), found["date_raised"])
        found["date_raised"] = round(found["date_raised"] - 0.05, 2)
    if entity in LOG_KINDS and 2 <= len(words) <= 5 and "due_date" in SYNONYMS[entity]:
        _planned_date(words, found)
        if words[-1] == "due" and found.get("due_date", 0.0) < _PLANNED_DUE:
            # "Follow-up due", "Payment due": when the thing before it is due
            found["due_date"] = _PLANNED_DUE  # "Planned date", "Fecha prevista resolución"
    if entity == "financial" and 2 <= len(words) <= 3:
        _money_qualified(words, found)  # "Planned Expenditure", "Forecast Spend"
    if entity in _DATE_FAMILIES and 2 <= len(words) <= 3 and _DEADLINE_WORDS & set(words) \
            and _DEADLINE_PARTIES & set(words):
        # "Funder Deadline", "Contract due date": a date another party holds the project
        # to is its commitment, the baseline (the forecast beside it says when it will be)
        target = _DATE_FAMILIES[entity][-1][0]
        found[target] = max(found.get(target, 0.0), _PARTY_DEADLINE)
    if "/" in base and max(found.values(), default=0.0) < 0.9:
        # "Meilenstein / Ergebnis", "Contexte / options examinées", "Kantoor / Bureau"
        _alternatives(base, entity, spelling, found)
        if entity == "dependency" and "counterparty" in found and "project_id" in found:
            # "Other Party / Project": the project on the other side, not the log's own
            found["project_id"] = round(found["project_id"] * 0.8, 2)
    if found.get("title", 0.0) < 0.9 and "title" in SYNONYMS.get(entity, {}) and \
            _title_of(words, entity):  # "Intitulé de la décision", "Título del cambio"
        found["title"] = 0.9
    if 2 <= len(words) <= 4 and (words[0] in _NAME_OF or words[0] in _NAME_WORDS and
                                 words[1] in _SMALL_WORDS and len(words) >= 3 and
                                 not any(w in _INDEX for w in words[2:]
                                         if w not in _SMALL_WORDS)):
        # (and "Nombre del nodo", "Nome do site": the name of what the list is of, a
        # thing no field names; "Name of sponsor" is the sponsor's)
        # Slavic names put the word "name" first, what it names after: "Nazwa sklepu"
        # (the shop's name), "Název akce": the record's name, less sure than its own
        named = "name" if "name" in SYNONYMS.get(entity, {}) else "title"
        if named in SYNONYMS.get(entity, {}):
            found[named] = max(found.get(named, 0.0), _NAME_OF_CONFIDENCE)
    if "title" in found and _DESCRIPTION_WORDS & set(words):
        # a description is the title only where no column is headed by a title word
        # ("CR Title" beside "Description of Change"): less sure than one, and it may
        # be the record's description
        found["title"] = min(found["title"], _DESCRIBED_TITLE)
        if "description" in SYNONYMS.get(entity, {}):
            found["description"] = max(found.get("description", 0.0), _DESCRIBED_TITLE - 0.02)
    if entity in LOG_KINDS and any(f in found for f in _IDENTITY) and _names_another(words, entity):
        # "Issue ID", "Issue Title" in what may be a risk register: another kind's own
        # name says the record is that kind's, so this kind is less sure of them
        for f in _IDENTITY:
            if f in found:
                found[f] = round(found[f] * 0.85, 2)
    if _GAP_WORDS & set(words):
        # "Days Var.", "Delta days", "Days late": how far a date moved, no duration
        for f in ("duration_days", "_duration"):
            found.pop(f, None)
    if VARIANCE_WORDS & set(words):
        # "Variance (budget – fcst)", "Abweichung zum Budget": a difference of two
        # amounts, neither of them
        for f in _AMOUNTS:
            found.pop(f, None)
    if h not in _INDEX and _LINK_WORDS & set(h.split()):
        # "Linked risk", "Verknüpftes Risiko": another record's reference, not this one's
        for own in ("title", "name", "description"):
            found.pop(own, None)
    for src, dst in PREFERRED.get(entity, {}).items():
        if src in found and h in SYNONYMS[entity].get(src, []):
            found[dst] = max(found.get(dst, 0), round(found[src] - 0.02, 2))
            found[src] = round(found[src] - 0.05, 2)
    if hints and found:
        _counted_in_days(hints, entity, found)
    if entity == "project" and (dim := _rag_dimension(words + hinted)) is not None:
        # "Status (RAG)" over "Totaal | Tijd | Geld", "RAG Zeit": a dimension's RAG
        found[dim] = max(found.get(dim, 0.0), _RAG_DIMENSION)
    if _ABBREVIATIONS.keys() & set(words):
        # "Proj ID", "Proj Mgr", "Est. Cost", "Tgt Date": the words written out, a little
        # less surely than a header the vocabulary holds as it is written
        whole = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
        for f, c in header_matches(whole, entity, spelling):
            found[f] = max(found.get(f, 0.0), round(c * _ABBREVIATED, 2))
    if _PREVIOUS & set(words):
        # "Avanz. prec. %" beside "Avanz. attuale %": last period's figure, kept for
        # comparison, is not the record's own (less sure than the current one)
        found = {f: round(c * _PREVIOUS_RANK, 2) for f, c in found.items()}
    return sorted(found.items(), key=lambda kv: -kv[1])


# the words that make a figure last period's: previous, précédent, precedente, vorherig …
_PREVIOUS = frozenset({"previous", "prev", "prior", "prec", "precedente", "precedent",
                       "anterior", "anteriore", "vorherig", "vorheriger", "vorige", "vorig",
                       "poprzedni", "edellinen", "forrige", "foregaende", "vorperiode"})
_PREVIOUS_RANK = 0.7
_TRANSLATED = 0.95


def _in_other_words(base: str, hint: str) -> bool:
    """Brackets that say the header again, in other words: letters, not a scale, a
    unit or a list of choices ("(1-5)", "(EUR)", "(H/M/L)")."""
    words = norm(hint).split()
    return bool(words) and "/" not in hint and all(w.isalpha() for w in words) and \
        max(map(len, words)) >= 3 and \
        not set(words) <= _UNIT_WORDS | _DAY_UNITS


# the words of a unit of days in a header's brackets: "(em dias úteis)", "(working days)"
_DAY_UNITS = DAY_WORDS | {"dia", "giorni", "dagen", "dager", "dni", "dnu", "werktage",
                          "arbeitstage", "kalendertage", "wd", "bd"}


def _is_date_field(field: str) -> bool:
    return field.endswith("date") or field.startswith(("start_", "finish_"))


def _counted_in_days(hints: list[str], entity: str, found: dict[str, float]) -> None:
    """A header whose brackets name days ("Prazo estimado (em dias úteis)", "Deadline
    (days)") counts days: it is no date; a task's is its duration."""
    words = {w for hint in hints for w in norm(hint).split()}
    if not words & _DAY_UNITS or words & _DATE_WORDS:
        return
    dated = [c for f, c in found.items() if _is_date_field(f)]
    if not dated:
        return
    for f in [f for f in found if _is_date_field(f)]:
        del found[f]
    if "duration_days" in SYNONYMS.get(entity, {}):
        found["duration_days"] = max(found.get("duration_days", 0.0), max(dated))


# A status's words ("RAG", "Ampel", "Météo") and the dimensions a status report rates, in
# the languages the importer reads: a header naming both is that dimension's RAG
_RAG_WORDS = frozenset({
    "rag", "status", "ampel", "ampelstatus", "meteo", "semaforo", "stoplicht",
    "verkeerslicht", "trafikljus", "trafiklys", "liikennevalo", "statut", "estado", "stato",
    "situacao", "tilanne", "rating", "health", "gesundheit"})
_RAG_DIMENSIONS = {
    "rag_overall": ("overall", "total", "totaal", "gesamt", "global", "globale", "general",
                    "generale", "geral", "samlet", "samlad", "kokonais", "ogolny", "celkem",
                    "algemeen", "totale"),
    "rag_schedule": ("schedule", "time", "timing", "tijd", "planning", "zeit", "termine",
                     "termin", "delais", "delai", "plazo", "plazos", "prazo", "prazos",
                     "tempi", "tempo", "tid", "tidsplan", "aikataulu", "harmonogram"),
    "rag_cost": ("cost", "costs", "money", "geld", "budget", "kosten", "cout", "couts",
                 "coste", "costes", "custo", "custos", "costi", "kostnad", "kostnader",
                 "kustannus", "koszt", "koszty", "naklady", "finance", "financien",
                 "finanzen", "finances"),
    "rag_scope": ("scope", "inhoud", "umfang", "perimetre", "alcance", "escopo", "ambito",
                  "omfang", "laajuus", "zakres", "rozsah", "quality", "kwaliteit"),
    "rag_risk": ("risk", "risks", "risico", "risicos", "risiko", "risiken", "risque",
                 "risques", "riesgo", "riesgos", "risco", "riscos", "rischio", "rischi",
                 "ryzyko"),
    "rag_resource": ("resource", "resources", "people", "capaciteit", "personeel",
                     "ressourcen", "ressources", "recursos", "risorse", "resurser"),
    "rag_benefits": ("benefits", "baten", "nutzen", "benefices", "beneficios", "benefici",
                     "hyodyt", "korzysci", "nytte"),
}
_DIMENSION_OF = {w: f for f, ws in _RAG_DIMENSIONS.items() for w in ws}
_RAG_DIMENSION = 0.9


def dimension_of(header: str) -> str | None:
    """The RAG field of the one dimension a header's words name ("Budget": the cost's):
    what a column of G/A/R under such a header rates."""
    dims = {_DIMENSION_OF[w] for w in norm(header).split() if w in _DIMENSION_OF}
    return dims.pop() if len(dims) == 1 else None


def _rag_dimension(words: list[str]) -> str | None:
    """The RAG field a header's words name: a status's word and one dimension's."""
    if not _RAG_WORDS.intersection(words):
        return None
    dims = {_DIMENSION_OF[w] for w in words if w in _DIMENSION_OF}
    return dims.pop() if len(dims) == 1 else None


# Abbreviations a tracker's headers use for one word only (not "Resp.": responsible or
# response; not "Act": actual or action)
_ABBREVIATIONS = {
    "proj": "project", "prj": "project", "mgr": "manager", "mngr": "manager",
    "mgmt": "management", "dept": "department", "est": "estimated", "desc": "description",
    "descr": "description", "cat": "category", "amt": "amount", "yr": "year", "mth": "month",
    "wk": "week", "prio": "priority", "sched": "schedule", "dur": "duration",
    "tgt": "target", "orig": "original", "dt": "date", "qtr": "quarter", "cmts": "comments",
    "rmks": "remarks", "bl": "baseline", "div": "division", "cust": "customer",
    "compl": "complete", "approx": "approximate", "fcast": "forecast", "imp": "impact",
    "crit": "critical", "pred": "predecessors", "preds": "predecessors", "sev": "severity",
    "lhood": "likelihood", "avanz": "avanzamento",
    # Spanish, Portuguese, French and Italian shortenings: "Resp."
    "resp": "responsable"}
_ABBREVIATED = 0.95


# Words that name a sheet of records, not the record: "Status Date" is no status's date
_CONTAINER_WORDS = frozenset({
    "status", "plan", "schedule", "overview", "dashboard", "portfolio", "timeline",
    "planning", "roadmap", "gantt", "overzicht", "cronograma", "harmonogram", "aikataulu",
    "echeancier", "projektplan", "salkku", "cartera", "carteira", "portefeuille",
    "portafolio", "portafoglio", "portfel", "portefolje", "portfolj"})
_OWN_AND_FIELD = 0.97  # "Risk Owner" beats a bare "Owner" or "Action holder" beside it
_ALTERNATIVE = 0.75  # one of two names a header offers ("Milestone / Deliverable"): unsure


def _own_word_and_field(words: list[str], h: str, entity: str,
                        found: dict[str, float]) -> None:
    """The record's own name before a word that names one of its fields ("Risico eigenaar",
    "Änderungs-Status") is that field, and more surely than the word alone: in a register it
    says whose field it is, where "Action holder" beside it does not. Written as one word
    ("Risikostatus", "Risicogebeurtenis", "Risikobeschreibung"), it is read as the two."""
    if found and max(found.values()) >= 0.95:
        return  # a header the vocabulary knows as it is
    if len(words) == 1 and len(h) >= 8:
        for w in ENTITY_WORDS.get(entity, ()):
            if " " in w or len(w) < 4 or w in _CONTAINER_WORDS or not h.startswith(w) or \
                    len(h) - len(w) < 4:
                continue
            rest = h[len(w):]
            for part in (rest, rest[1:]) if rest.startswith("s") else (rest,):  # linking "s"
                for f, c in header_matches(f"{w} {part}", entity, False):
                    found[f] = max(found.get(f, 0.0), c)
            return
        return
    if len(words) != 2 or words[0] in _CONTAINER_WORDS or not _own_word(words[0], entity) \
            or _own_word(words[1], entity) or words[1] in _DESCRIPTION_WORDS:
        return  # ("Risk Description" is the record's title: ``_title_of``)
    for f, c in _all_matches(words[1], False).get(entity, {}).items():
        if c >= 0.95:
            found[f] = max(found.get(f, 0.0), min(round(c + 0.02, 2), _OWN_AND_FIELD))


_OF_RANK = 0.85


_QUALIFIED_DESCRIPTION = 0.6


def _head_of_phrase(words: list[str], entity: str, found: dict[str, float]) -> None:
    """A header the vocabulary does not hold whose head noun, before "of", is a
    description's word ("Description of Works", "Descripción del hallazgo"): the
    description, less surely."""
    at = next((i for i, w in enumerate(words) if w in _SMALL_WORDS), None)
    if at is None or at == 0 or at == len(words) - 1 or at > 2:
        return
    head = words[:at]
    if not set(head) <= _DESCRIPTION_WORDS:
        return  # (what else a head noun names, "Owner of the action", "Name of sponsor",
        # other rules read, or leave)
    for f, c in _all_matches(" ".join(head), False).get(entity, {}).items():
        if c >= 0.95:
            found[f] = max(found.get(f, 0.0), round(c * _OF_RANK, 2))


# Words that say whom or what a text is for: "Recommendation for future projects"
_FOR_WORDS = frozenset({"for", "pre", "fur", "fuer", "para", "pour", "per", "voor", "dla",
                        "pro", "til", "till", "varten", "icin"})
# Fields of prose a head noun may name before such words (not a name, a person or a date:
# "Name for the report" is no record's name)
_PROSE_FIELDS = frozenset({"description", "recommendations", "causes", "effect", "event",
                           "rationale", "resolution", "response_actions", "notes",
                           "impact_analysis", "next_steps", "contingency", "summary"})


def _prose_for(words: list[str], entity: str, found: dict[str, float]) -> None:
    """A header the vocabulary does not hold: a text field's word, then whom or what it
    is for ("Odporúčanie pre ďalšie projekty", "Empfehlung für Folgeprojekte",
    "Recomendación para futuros proyectos"): that field, less surely."""
    at = next((i for i, w in enumerate(words) if w in _FOR_WORDS), None)
    if at is None or not 1 <= at <= 2 or at == len(words) - 1:
        return
    for f, c in _all_matches(" ".join(words[:at]), False).get(entity, {}).items():
        if c >= 0.95 and f in _PROSE_FIELDS:
            found[f] = max(found.get(f, 0.0), round(c * _OF_RANK, 2))


# A risk scored twice: before its response ("Bruto risico", "Inherent", "Gross") and after
# it ("Netto risico", "Residual", "Net", "Restrisiko"); the words name which
_AFTER_WORDS = frozenset({
    "residual", "net", "netto", "post", "after", "target", "rest", "restrisiko", "restrisico",
    "residuel", "residuelle", "residual", "residuo", "residuale", "residue", "restante",
    "nach", "na", "apres", "despues", "depois", "dopo", "efter", "etter", "jalkeen", "po",
    # Hungarian, Czech, Polish, Finnish, Turkish
    "maradvany", "maradvanykockazat", "zbytkove", "zbytkova", "rezidualni", "rezydualne",
    "rezydualny", "szczatkowe", "jaannos", "jaannosriski", "kalinti", "artik",
    "res", "resid"})  # ("Res. Prob.", "Resid. Impact")
_BEFORE_WORDS = frozenset({
    "gross", "bruto", "brutto", "brut", "inherent", "inherente", "inerente", "pre", "before",
    "initial", "initiale", "vor", "voor", "avant", "antes", "prima", "fore", "for", "ennen",
    "przed", "raw", "original", "risk", "risico", "risiko", "riesgo", "risque", "rischio",
    "eredeti", "kockazat", "puvodni", "riziko", "pierwotne", "ryzyko", "alkuperainen",
    "riski", "brut"})
_SCORED = {"probability": "residual_probability", "impact": "residual_impact"}
# what a group over the scorings calls them ("Residual Assessment", "Inherent Rating")
_ASSESSMENT_WORDS = frozenset({
    "assessment", "rating", "ratings", "scoring", "evaluation", "analysis", "level",
    "bewertung", "einschatzung", "evaluacion", "valoracion", "valutazione",
    "avaliacao", "beoordeling", "vurdering", "bedomning", "arviointi", "ocena"})


def _before_and_after(words: list[str], found: dict[str, float]) -> None:
    """"Netto risico Kans" is the residual probability, "Bruto risico Impact" the impact:
    a probability or impact named with words that say before or after the response (a
    group cell over the two scorings, joined onto each column's label)."""
    after = [w for w in words if w in _AFTER_WORDS]
    rest = [w for w in words if w not in _AFTER_WORDS and w not in _BEFORE_WORDS and
            w not in _ASSESSMENT_WORDS]
    if not rest or len(rest) == len(words):
        return
    plain = _all_matches(" ".join(rest), False).get("risk", {})
    for f, residual in _SCORED.items():
        c = plain.get(f, 0.0)
        if c >= 0.9:
            target = residual if after else f
            found[target] = max(found.get(target, 0.0), 0.9)
            if after:
                found.pop(f, None)


# A date's three readings (the plan of record, the latest forecast, what happened) and
# the words that say which one a header means: "Forecast go-live", "Actual go-live",
# "Original end date", "Voraussichtliches Ende". ("Planned" is left out: a team's
# "Planned start" beside "Actual start" is its schedule, not a baseline.)
_DATE_FAMILIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "project": (("start_baseline", "start_forecast", "start_actual"),
                ("finish_baseline", "finish_forecast", "finish_actual")),
    "task": (("start_baseline", "start_forecast", "start_actual"),
             ("finish_baseline", "finish_forecast", "finish_actual")),
    "milestone": (("baseline_date", "forecast_date", "actual_date"),),
}
_DATE_QUALIFIERS = (
    frozenset({"baseline", "original", "orig", "approved", "contracted", "contractual",
               "reference", "referencia", "referenz", "riferimento", "referentie",
               "initial", "initiale", "inicial", "iniziale", "ursprunglich", "ursprungliches",
               "oorspronkelijk", "oorspronkelijke", "opprinnelig", "ursprunglig",
               # Polish, Czech, Danish, Finnish, Turkish
               "bazowy", "bazowa", "bazowe", "pierwotny", "pierwotna", "puvodni",
               "oprindelig", "alkuperainen", "onaylanan",
               # German "Basis-Termin", "Basisplan", Dutch "basisplanning"
               "basis", "basisplan", "basistermin", "basisplanning",
               # the base line: Portuguese "Linha de Base", "Base Date"
               "base"}),
    frozenset({"forecast", "fcst", "expected", "revised", "current", "estimated", "est",
               "anticipated", "predicted", "latest", "prognose", "prognos", "prognosis",
               "verwacht", "verwachte", "erwartet", "erwartetes", "voraussichtlich",
               "voraussichtliches", "forventet", "forventa", "estimada", "estimado",
               "estimee", "stimata", "prevision", "revisada", "revisado", "revisee",
               "huidige", "prognoza", "prognozowana", "przewidywana", "oczekiwana",
               "ocekavany", "ocekavane", "ennuste", "arvioitu", "tahmini",
               # rescheduled: "Data Reprogramada", "Fecha reprogramada", "replanejada"
               "reprogramada", "reprogramado", "replanejada", "replanejado",
               "reprogramacion", "rescheduled", "replanned",
               # projected: "Aprobación Proyectada", "Data projetada", "Fin projeté"
               "projected", "proyectada", "proyectado", "projetada", "projetado",
               "projete", "projetee"}),
    # (German "aktuell" is Microsoft Project's actual)
    frozenset({"actual", "act", "real", "reale", "ist", "reel", "reelle", "effettiva",
               "effettivo", "werkelijk", "werkelijke", "faktisk", "tatsachlich",
               "tatsachliches", "efectiva", "efetiva", "realizada", "effective",
               "rzeczywista", "rzeczywisty", "faktyczna", "skutecnost", "skutecny",
               "toteutunut", "toteutui", "gerceklesen"}),
)


def _cut_short(words: list[str], entity: str) -> dict[str, float]:
    """A header whose last word is cut short with a dot ("% compl.", "Verantw."): the
    field of the synonyms it starts, when they all name one field of ``entity``."""
    head, stub = words[:-1], words[-1]
    fields: set[str] = set()
    for syn in _by_last_word().get(stub[:4], ()):
        parts = syn.split()
        if parts[:-1] == head and parts[-1].startswith(stub) and parts[-1] != stub:
            fields.update(f for e, f, _first in _INDEX[syn] if e == entity)
    return {fields.pop(): _CUT_SHORT_CONFIDENCE} if len(fields) == 1 else {}


@lru_cache(maxsize=1)
def _by_last_word() -> dict[str, list[str]]:
    """The vocabulary's synonyms by the first four letters of their last word (for
    ``_cut_short``; built when first asked)."""
    out: dict[str, list[str]] = {}
    for s in _INDEX:
        out.setdefault(s.split()[-1][:4], []).append(s)
    return out
_CUT_SHORT_CONFIDENCE = 0.8


# A date's qualifier written alone (under a group cell "Dates"): which of its three readings,
# with the words that say "expected" only there ("Data prevista" may be the plan)
_BARE_QUALIFIERS = {w: k for k, ws in enumerate((
    _DATE_QUALIFIERS[0] | {"plan", "planned", "bazowy", "bazowa"},
    _DATE_QUALIFIERS[1] | {"prevista", "previsto", "prevue", "prevu"},
    _DATE_QUALIFIERS[2])) for w in ws}
_DATE_WORDS = frozenset({"date", "dates", "data", "datum", "fecha", "fechas", "dato",
                         "datas", "daty", "paiva", "tarih"})
_BARE_QUALIFIER_CONFIDENCE = 0.75


# what is planned, forecast or spent without being an event: time, effort, money
# ("Time Estimated", "Actual Effort", "Forecast Cost")
_NO_EVENTS = frozenset({"time", "effort", "work", "hours", "hrs", "days", "duration", "cost",
                        "costs", "budget", "spend", "value", "amount", "fte"})


# An event said as done (a past participle), alone or with a date word: when it
# happened, the actual date ("Started", "Date Completed", "Finished on", "Abgeschlossen
# am", "Terminé le"); a start (0) or an end (1). Tool exports (Linear, Jira, Asana) write
# the moments a work item went through so.
_HAPPENED = {
    **dict.fromkeys(("started", "begun", "commenced", "begonnen", "gestartet", "commence",
                     "debute", "iniciado", "iniciada", "iniziato", "iniziata", "gestart",
                     "aloitettu", "rozpoczeto"), 0),
    **dict.fromkeys(("finished", "completed", "ended", "done", "delivered", "resolved",
                     "closed", "abgeschlossen", "beendet", "erledigt", "fertiggestellt",
                     "termine", "terminee", "acheve", "cloture", "finalizado", "finalizada",
                     "completado", "completada", "terminado", "terminada", "concluido",
                     "concluida", "completato", "completata", "terminato", "terminata",
                     "concluso", "chiuso", "afgerond", "voltooid", "gereed", "valmis",
                     "zakonczono", "ukonczono", "afsluttet", "avslutad", "klar",
                     # a milestone's payment or acceptance, done: "Certified Date"
                     "achieved", "certified", "accepted", "signed", "approved"), 1)}
_HAPPENED_WITH = _DATE_WORDS | {"on", "at", "when", "am", "le", "el", "em", "il", "op", "w"}
_HAPPENED_CONFIDENCE = 0.8


def _happened(words: list[str], entity: str, found: dict[str, float]) -> None:
    """An event said as done ("Started", "Completed on") is its actual date, as sure as
    a date header cut short: a column of ticks or percentages fails it on its values."""
    done = [w for w in words if w in _HAPPENED]
    if len(done) != 1 or not set(words) - set(done) <= _HAPPENED_WITH:
        return
    families = _DATE_FAMILIES[entity]
    end = _HAPPENED[done[0]]
    if end == 0 and len(families) == 1:  # a milestone has no start
        return
    target = families[-1 if end else 0][2]
    found[target] = max(found.get(target, 0.0), _HAPPENED_CONFIDENCE)


# A log's item said as raised ("Requested", "Reported on") or as closed ("Cleared on",
# "Resolved"): the day it was raised, or closed
_RAISED = frozenset({"requested", "raised", "logged", "reported", "opened", "submitted",
                     "identified", "received", "created", "angefragt", "gemeldet",
                     "solicitado", "solicitada", "demande", "richiesto", "richiesta",
                     "aangevraagd"})
_CLOSED = frozenset(w for w, end in _HAPPENED.items() if end) | {"cleared", "settled"}


def _logged(words: list[str], entity: str, found: dict[str, float]) -> None:
    """An event word alone (or with "on", "date") in a log: its date raised or closed, as
    sure as a participle in a plan; values that are no dates fail it."""
    done = [w for w in words if w in _RAISED or w in _CLOSED]
    if len(done) != 1 or not set(words) - set(done) <= _HAPPENED_WITH:
        return
    target = "date_raised" if done[0] in _RAISED else "closed_date"
    if target in SYNONYMS.get(entity, {}):
        found[target] = max(found.get(target, 0.0), _HAPPENED_CONFIDENCE)


# The word a deadline ends in: what is to be done "by" a date ("Resolve by", "Oplossen
# vóór", "Erledigen bis", "Résoudre avant", "Risolvere entro", "Resolver antes de",
# "Løses senest")
_BY_LAST = frozenset({"by", "voor", "bis", "avant", "entro", "senest", "senast", "ate"})
_BY_DEADLINE = 0.8
_NEEDED = frozenset({"needed", "required", "wanted", "due", "expected"})


def _done_by(words: list[str], found: dict[str, float]) -> None:
    """A thing to do and the word a deadline ends in is the record's due date. "Raised
    by", "Approved by" (a thing done, by someone) name a person, not a date."""
    if words[-1] in _BY_LAST:
        first = words[:-1]
    elif words[-2:] == ["antes", "de"]:
        first = words[:-2]
    else:
        return
    if not first or words[-1] == "by" and first[-1] not in _NEEDED and (
            first[-1].endswith("ed") or first[-1] in (
                "done", "made", "taken", "given", "written", "held", "led", "run", "sent",
                "seen", "owned", "signed", "set")):
        return  # ("Needed by", "Required by": when it is needed, not by whom)
    found["due_date"] = max(found.get("due_date", 0.0), _BY_DEADLINE)


# Chinese and Japanese write a header as one word of characters ("風險負責人": risk's
# person responsible): its last characters may be a field's word, what comes before
# them a qualifier ("風險", "預計處理")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$")
_COMPOUND_TAIL = 0.85
_NOT_COMPOUNDED = frozenset({"project_id", "code", "name", "title"})


def _compound_tail(h: str, entity: str, spelling: bool, found: dict[str, float]) -> None:
    """The field the longest known ending of a one-word CJK header names, of two
    characters or more after a qualifier of four at most: "風險負責人" is the owner,
    "預計處理期限" the due date. A project's or a record's name is never read so
    ("應變計畫" is a contingency plan, no "計畫" = project)."""
    for k in range(len(h) - 1, 1, -1):
        if len(h) - k > 4:
            break
        tail = _all_matches(h[-k:], spelling).get(entity, {})
        sure = {f: c for f, c in tail.items() if c >= 0.9 and f not in _NOT_COMPOUNDED}
        if sure:
            for f, c in sure.items():
                found[f] = round(c * _COMPOUND_TAIL, 2)
            return


# A currency and its scale written after a header's words, with no brackets: "Budget
# €k", "EAC £m", "Cost kEUR", "Betrag TEUR" (the amounts' unit, no word of the name)
_CURRENCY_AFTER = re.compile(r"\s+(?:[^\s()]*[£$€¥₹₺₽₪₩₦][^\s()]*|[kKtTmM]?(?:EUR|USD|GBP|CHF)"
                             r"(?:\s?[kKmM]|\s?'?000)?)\s*$")
_ASSIGNED = frozenset({"assigned", "responsible", "accountable"})
_ASSIGNED_OWNER = 0.8
# What says a log's date is still to come: planned, expected, targeted
_PLANNED = frozenset({"planned", "expected", "target", "targeted", "scheduled", "estimated",
                      "prevista", "previsto", "prevue", "prevu", "geplant", "geplantes",
                      "geplante", "geplanter", "voraussichtlich", "voraussichtliches",
                      "pianificata", "pianificato", "gepland", "geplande", "verwacht",
                      "verwachte", "esperada", "esperado", "estimada", "estimado",
                      "planejada", "planejado", "planlagt", "planerad", "suunniteltu"})
_PLANNED_WHAT = _DATE_WORDS | {"resolution", "resolucion", "resolucao", "close", "closure",
                               "closing", "completion", "cierre", "fin", "end"}
_PLANNED_DUE = 0.85


def _planned_date(words: list[str], found: dict[str, float]) -> None:
    """A log's date that is planned or expected ("Planned date", "Expected resolution
    date", "Fecha prevista resolución") is when the item is due, not when it was raised,
    closed or decided."""
    if not (_PLANNED & set(words) and _PLANNED_WHAT & set(words)):
        return
    found["due_date"] = max(found.get("due_date", 0.0), _PLANNED_DUE)
    for f in ("date_raised", "closed_date", "decision_date"):
        if f in found:
            found[f] = min(found[f], 0.7)


_COMPOUNDED_CODE = 0.85
_DEADLINE_WORDS = frozenset({"deadline", "due"})
_DEADLINE_PARTIES = frozenset({"funder", "funders", "donor", "client", "customer", "contract",
                               "contractual", "statutory", "regulatory", "regulator", "grant",
                               "sponsor", "board", "ministry"})
_PARTY_DEADLINE = 0.85


# Which of a period's amounts a word before the money says: "Planned Expenditure" is the
# plan (expenditure alone is what was spent), "Forecast Spend" the forecast
_MONEY_QUALIFIERS = {
    **dict.fromkeys(("planned", "plan", "budgeted", "budget", "approved"), "planned"),
    **dict.fromkeys(("forecast", "projected", "expected", "anticipated", "estimated"),
                    "forecast"),
    **dict.fromkeys(("actual", "actuals", "incurred"), "actual")}
_MONEY_NOUNS = frozenset({"expenditure", "expenditures", "spend", "spending", "cost", "costs",
                          "amount", "expenses", "outlay", "outturn", "value"})


def _money_qualified(words: list[str], found: dict[str, float]) -> None:
    """A money noun with one word saying which amount it is: that amount, surer than
    the noun alone reads."""
    said = {_MONEY_QUALIFIERS[w] for w in words if w in _MONEY_QUALIFIERS}
    rest = [w for w in words if w not in _MONEY_QUALIFIERS]
    if len(said) != 1 or not rest or not set(rest) <= _MONEY_NOUNS:
        return
    target = said.pop()
    found[target] = min(1.0, max(found.get(target, 0.0), max(found.values(), default=0.0)
                                 + 0.05, 0.9))


def qualified_event(header: str, entity: str, group: str | None = None) -> str | None:
    """The date field a short header of a qualifier and an event names, when the event is
    no date word the vocabulary knows: "Planned Approval", "Actual Handover", "Forecast
    Sign-off" (a deliverable's end: a plan's finish, a milestone's date), or a qualifier
    alone under a ``group`` cell naming the event ("Baseline" | "Forecast" under "Entry
    into Service"). None when the header names no one of the three readings, or names a
    start."""
    words = norm(header).split()
    if group is not None:
        event = norm(group).split()
        if len(words) != 1 or not 1 <= len(event) <= 4:
            return None
        words += event
    elif not 2 <= len(words) <= 3:
        return None
    if entity not in _DATE_FAMILIES:
        return None
    kinds = {_BARE_QUALIFIERS[w] for w in words if w in _BARE_QUALIFIERS}
    rest = [w for w in words if w not in _BARE_QUALIFIERS]
    if len(kinds) != 1 or not rest or set(rest) <= _DATE_WORDS or set(rest) & _NO_EVENTS:
        return None
    if any(f.startswith("start") for f, _c in header_matches(" ".join(rest), entity)):
        return None
    return _DATE_FAMILIES[entity][-1][kinds.pop()]


def is_qualified(header: str, kind: int | None = None) -> bool:
    """Whether a header's words say which date it is (baseline, forecast, actual: 0, 1,
    2; any of them when ``kind`` is None)."""
    words = set(norm(header).split())
    return any(q & words for k, q in enumerate(_DATE_QUALIFIERS) if kind in (None, k))


def _qualified_date(words: list[str], entity: str, found: dict[str, float]) -> None:
    """A date header whose words say which of its three readings it is ("Forecast
    go-live", "Actual go-live") means that one, however its date word alone reads."""
    kinds = [k for k, qualifiers in enumerate(_DATE_QUALIFIERS) if qualifiers & set(words)]
    if len(kinds) != 1:
        return
    for family in _DATE_FAMILIES[entity]:
        have = [(f, found[f]) for f in family if f in found]
        if not have:
            continue
        target = family[kinds[0]]
        best = max(c for _f, c in have)
        for f, c in have:
            if f != target:
                found[f] = round(c * 0.8, 2)
        found[target] = max(found.get(target, 0.0), best)


_IDENTITY = ("ref", "title", "description")


def _names_another(words: list[str], entity: str) -> bool:
    """Whether a header names another kind of log's record, and not ``entity``'s."""
    if any(_own_word(w, entity) for w in words):
        return False
    return any(w in ENTITY_WORDS.get(e, ()) for e in LOG_KINDS if e != entity for w in words
               if w not in _CONTAINER_WORDS)


def _alternatives(base: str, entity: str, spelling: bool, found: dict[str, float]) -> None:
    """A header that offers two names for its column ("Milestone / Deliverable", "Status /
    Key Accomplishments") means what either part means, a little less surely; what both
    parts mean (a bilingual header: "Kantoor / Bureau") as surely as the surer part."""
    parts = [p.strip() for p in base.split("/")]
    if not 2 <= len(parts) <= 4 or \
            not all(p and not any(ch.isdigit() for ch in _YEAR_IN.sub("", p)) for p in parts):
        return  # (three: "Cause / Event / Effect"; four: PRINCE2's daily log, "Problem /
        # Action / Event / Comment"; a year in a part is a word: "Allocation 2026")
    readings = [dict(header_matches(part, entity, spelling)) for part in parts]
    # a name in a language the vocabulary has not (no word of it known) and its
    # translation: "Leithdháileadh 2026 / Allocation 2026", "Caite go dtí seo / Spent"
    translated = len(parts) == 2 and sum(not r for r in readings) == 1 and not any(
        w in _INDEX for p, r in zip(parts, readings) if not r for w in norm(p).split())
    for f in dict.fromkeys(f for r in readings for f in r):  # (the first part's first)
        sure = [r[f] for r in readings if f in r]
        if len(sure) > 1:  # a name and its translation
            c = max(sure)  # ("Kantoor / Bureau"): as sure
        else:  # (the first part named first, a hair surer: "Recommendation / Action")
            later = 0.0 if f in readings[0] or translated else _LATER_PART
            c = round(sure[0] * (_TRANSLATED if translated else _ALTERNATIVE) - later, 2)
        if c >= MIN_CONFIDENCE and found.get(f, 0.0) < c:
            found[f] = c


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_LATER_PART = 0.01


def _words_close(a: list[str], b: list[str]) -> bool:
    """A typo, not another word: same number of words, each nearly the same."""
    return len(a) == len(b) and all(
        x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in zip(a, b))
