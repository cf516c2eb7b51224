"""Step 2, rows: which rows of a table's region are data, and why the others are not
(section headings, subtotals and the grand total, footers below it, repeated headers).

Run once per table, by the parse step; the planner is given its outcome.
"""

from __future__ import annotations

import re
from typing import Any

from .region import Region
from .headercells import blank, row_cells, vocab_hit
from .languages import TOTAL_WORDS as LANGUAGE_TOTAL_WORDS
from .vocab import norm, strip_accents


_TOTAL = re.compile(
    r"^\s*(sub[\s-]?total|grand total|totals?\b|total\s|project total|overall total|suma?\b|"
    # a group's total named first: "Programme total – HR Transformation"
    r"(?:programme|program|portfolio|workstream|stream|category|section|phase)\s+"
    r"totals?\s*[–—:-]|"
    r"summe|gesamt|zwischensumme|total general|sous[\s-]total|totaux|importe total|subtotals|"
    # Italian, Spanish, Dutch and Scandinavian totals ("Totale risorsa", "Totalt")
    r"sub[\s-]?totale?s?\b|totale[s]?\b|totaal\b|totalt\b|somma\b|soma\b|summa\b|"
    r"sub[\s-]?totaal\b|deltotal\b|delsum\b|subtotalt\b|"
    # Polish, Czech and Finnish totals ("Razem Kowalczyk", "Celkem", "Yhteensä")
    r"razem\b|ogolem\b|ogółem\b|łącznie\b|lacznie\b|celkem\b|yhteensä\b|yhteensa\b|"
    r"mezisou[cč]et\b|medzis[uú][cč]et\b|sou[cč]et\b|"
    # Danish and Norwegian ("I alt Teknik", "Anlæg i alt") and Turkish ("Genel Toplam")
    r"i alt\b|ialt\b|toplam\b|genel toplam\b|"
    # summaries and totals in Polish, Czech, Finnish, Hungarian, Romanian, Japanese
    r"podsumowanie\b|souhrn\b|yhteenveto\b|osszesen\b|osszesites\b|"
    r"összesen\b|合計|小計|総計|合计|小计|总计|"
    # Greek, Russian and Ukrainian ("Σύνολο Π.Ε. …", "ΓΕΝΙΚΟ ΣΥΝΟΛΟ", "Итого", "Разом")
    r"σ[υύ]νολο\b|γενικ[οό] σ[υύ]νολο\b|итого\b|всего\b|разом\b|усього\b|всього\b|"
    # the sum sign before what it adds up ("Σ Payments", "∑ Q1"), a word of its own
    r"[Σ∑](?:\s|:|$)|"
    # an ERP list's totals, marked by asterisks alone (SAP: "*" a subtotal, "**" the total)
    r"\*{1,3}\s*$|"
    # grand totals written as one word: "Eindtotaal", "Gesamtsumme", "Gesamttotal"
    r"eindtotaal\b|eindtotal\b|gesamtsumme\b|gesamttotal\b|totaalgeneraal\b|"
    # a total named after what it adds up: "Programme Total", "Capital total", "Summe Q1"
    # (a person's subtotal too: "Sharma, Priya Total")
    r"(?:[^\W\d][\w'’]*,?\s+){1,2}(?:sub[\s-]?)?"
    r"(?:totals?|totaal|totale|totalt|insgesamt|i alt|toplam)\s*"
    r"(?:\([^()]{0,40}\)\s*)?$)",  # ("Programme Total (14 projects)": what it counts)
    re.I)
# A group's total named before the word, with what it counts after a colon ("North
# sub-total: 7 stores, 5 live") or after a dash ("Claims Transformation – total",
# "Underwriting & Pricing - Subtotal"): looked for only in a text that holds a total's word
_NAMED_TOTAL = re.compile(
    r"^\s*(?:(?:(?:[^\W\d][\w'’]*|&),?\s+){1,4}(?:sub[\s-]?)?"
    r"(?:totals?|totaal|totale|totalt)\s*:|"
    r"[^\W\d][^:\n]{0,60}?\s[–—-]\s*(?:sub[\s-]?)?(?:totals?|totaal|totale|totalt)\s*$)",
    re.I)


def _named_total(v: str) -> bool:
    # (the quick test first: most cells hold no "total", "Sub-Total", "TOTAL", "totaal")
    if not ("otal" in v or "OTAL" in v or "otaal" in v):
        return False
    return _NAMED_TOTAL.match(v) is not None
# The characters a string ``_TOTAL`` matches can start with (a quick test before it);
# "İıſ" are what re.IGNORECASE also folds onto i and s, and the whitespace ``\s``
# matches is str.isspace's (U+3000 is the highest).
_TOTAL_FIRST = frozenset("sgtpozircłlyemwMWSGTPOZIRCŁLYEİıſöÖ合小総总σΣ∑γΓиИвВрРуУ*") | {
    c for c in map(chr, range(0x3001)) if c.isspace()}
# how a total named after what it adds up ends ("Capital total", "Aantal risico's totaal")
_TOTAL_LAST = ("total", "totals", "totaal", "totale", "totalt", "insgesamt", "i alt", "toplam")
# Totals in the languages kept one module each (``languages``): a label whose first words
# are one of theirs, looked for only when its first word begins one
_LANGUAGE_TOTALS = LANGUAGE_TOTAL_WORDS
_LANGUAGE_TOTAL_FIRST = frozenset(p.split()[0] for p in LANGUAGE_TOTAL_WORDS)


def _language_total(v: str) -> bool:
    first = v.split(None, 1)[0].rstrip(":.") if v.strip() else ""
    head = first.lower() if first.isascii() else next(iter(norm(first).split()), "")
    if head not in _LANGUAGE_TOTAL_FIRST:
        return False
    words = norm(v).split()
    return len(words) <= 8 and any(" ".join(words[:n]) in _LANGUAGE_TOTALS for n in (1, 2, 3))


def is_total_label(v: str) -> bool:
    """A cell's text that says its row adds up others ("Sub-total", "Iš viso", "합계")."""
    return _TOTAL.match(v) is not None or _language_total(v) or _named_total(v)


_GRAND_TOTAL = re.compile(r"^\s*(grand total|totals?\b|project total|overall total|summe|gesamt|"
                          r"total general|totaux|subtotals|total\s*\(|"
                          r"(?:programme|program|portfolio|overall|project)\s+totals?\s*"
                          r"(?:\([^()]{0,40}\)\s*)?$)",
                          re.I)


# -- row kinds --------------------------------------------------------------------------

def classify_rows(rows: list[list[Any]], region: Region, name_cols: set[int]
                  ) -> tuple[list[int], list[tuple[int, str]]]:
    """The region's data rows (0-based indexes) and its skipped rows ((Excel row,
    reason)), as ``classify_row`` decides them, blank rows in neither.

    A row whose first three cells are filled, none of them a total label and the first
    not a header word, is data whatever else it holds (``classify_row`` would say so):
    that common case is decided here without building the row's list of values."""
    data: list[int] = []
    slow: list[int] = []  # data rows classify_row decided
    skipped: list[tuple[int, str]] = []
    after_total = False
    c0, c1 = region.first_col, region.last_col + 1
    hdr = region.header_lower()
    first = _TOTAL_FIRST

    def total(v: str) -> bool:  # ``is_total_label`` for a non-empty string, quick when it can't
        return (v[0] in first or v.rstrip().lower().endswith(_TOTAL_LAST)) and \
            _TOTAL.match(v) is not None or _language_total(v) or _named_total(v)

    groups = region.group_rows
    merged = region.merged_rows
    # the last subtotal's label column and the cells left of it, until a record starts
    closed: tuple[int, list[Any]] | None = None
    for i in range(region.first_row - 1, region.last_row):
        row = rows[i]
        if groups and i + 1 in groups:
            name = next((str(v).strip() for v in row[c0:c1] if not (v is None or v == "")), "")
            skipped.append((i + 1, f"group heading ('{name[:40]}')"))
            continue
        if not after_total and len(row) >= c0 + 3 and c1 >= c0 + 3:
            a, b, c = row[c0], row[c0 + 1], row[c0 + 2]
            if (a is not None and a != "" and b is not None and b != "" and c is not None
                    and c != "" and not (type(a) is str and (total(a) or a.strip().lower() in hdr))
                    and not (type(b) is str and total(b)) and not (type(c) is str and total(c))):
                data.append(i)
                closed = None  # a record starts: what follows continues it
                continue
        kind, reason = classify_row(row, region, name_cols, after_total)
        if kind == "data" and i + 1 in merged:
            name = next((str(v).strip() for v in row[c0:c1] if not (v is None or v == "")), "")
            kind, reason = "section", f"section heading ('{name[:40]}')"
        if kind == "grand" and _records_below(rows, i, region, name_cols):
            # "Summe Team Wien", then the next team's rows: a subtotal, not the end
            kind, reason = "total", (reason or "").replace("total row", "subtotal row", 1)
        if kind == "data" and closed is not None and _under_total(row, c0, *closed):
            kind, reason = "footer", f"a figure under the total ('{_label(row, closed[0])}')"
        if kind == "data":
            data.append(i)
            slow.append(i)
            closed = None
        elif kind != "blank":
            skipped.append((i + 1, reason or kind))
            after_total = after_total or kind == "grand"
            if kind == "total":
                at = next((k for k in range(c0 + 1, min(c1, len(row)))
                           if type(row[k]) is str and row[k] and total(row[k])), None)
                closed = None if at is None else (at, row[c0:at])
    data, skipped = _lone_names_as_headings(rows, region, data, skipped, slow)
    return _summary_below(rows, region, data, skipped)


def _summary_below(rows: list[list[Any]], region: Region, data: list[int],
                   skipped: list[tuple[int, str]]) -> tuple[list[int], list[tuple[int, str]]]:
    """A heading under the last record, then rows of a label and a figure ("Pipeline
    summary", then "Sites | 11", "Units | 590") where each record fills five cells or
    more: a summary of the table written below it, not records."""
    c0, c1 = region.first_col, region.last_col + 1

    def filled(i: int) -> int:
        return len(row_cells(rows[i][c0:c1])) if i < len(rows) else 0
    tail: list[int] = []
    for i in reversed(data):
        if filled(i) > 2:
            break
        tail.append(i)
    if not tail or len(tail) == len(data):
        return data, skipped
    full = sorted(map(filled, data[:_LONE_SAMPLE]))
    last = data[len(data) - len(tail) - 1]  # the last record
    first = min(tail)
    if full[len(full) // 2] < 5 or not any(
            last + 1 < row <= first and reason.startswith("section heading")
            for row, reason in skipped):
        return data, skipped
    for i in sorted(tail):
        skipped.append((i + 1, f"a summary below the table ('{_label(rows[i], c0)}')"))
    skipped.sort()
    return data[:len(data) - len(tail)], skipped


def _lone_names_as_headings(rows: list[list[Any]], region: Region, data: list[int],
                            skipped: list[tuple[int, str]], slow: list[int]
                            ) -> tuple[list[int], list[tuple[int, str]]]:
    """Rows holding one cell alone, again and again over records that fill four cells or
    more ("Autorités publiques", then the authorities; "Opérateurs", then the
    operators): headings of groups of records, even in the column of their names. One
    such row is left a record (an entry begun, its other cells still to write).
    ``slow``: the data rows ``classify_row`` decided (the others fill three cells)."""
    c0, c1 = region.first_col, region.last_col + 1

    def filled(i: int) -> int:
        return len(row_cells(rows[i][c0:c1])) if i < len(rows) else 0
    lone = [i for i in slow if filled(i) == 1 and isinstance(
        next(v for v in rows[i][c0:c1] if not blank(v)), str)]
    if len(lone) < 2:
        return data, skipped
    full = sorted(n for n in map(filled, data[:_LONE_SAMPLE]) if n > 1)
    if not full or full[len(full) // 2] < 4 or not all(filled(i + 1) >= 3 for i in lone):
        return data, skipped
    heads = set(lone)
    for i in lone:
        name = next(str(v).strip() for v in rows[i][c0:c1] if not blank(v))
        skipped.append((i + 1, f"section heading ('{name[:40]}')"))
    skipped.sort()
    return [i for i in data if i not in heads], skipped


_LONE_SAMPLE = 200  # records sampled for how many cells a record fills


def _filled(row: list[Any], k: int) -> bool:
    return k < len(row) and row[k] is not None and row[k] != ""


def _label(row: list[Any], k: int) -> str:
    return str(row[k]).strip()[:40] if _filled(row, k) else ""


def _under_total(row: list[Any], c0: int, at: int, left: list[Any]) -> bool:
    """A row under a total written as it is, its label in the total's column and the
    cells left of it as the total's ("Summa per månad", then "Kapacitet (h)",
    "Beläggning"): the total closed the records before it, so such a row continues none
    of them (a record that starts anew names itself in those cells)."""
    return row[c0:at] == left and _filled(row, at) and type(row[at]) is str


_LOOK_BELOW = 8  # rows looked at under a grand total for records that carry on


def _records_below(rows: list[list[Any]], i: int, region: Region, name_cols: set[int]) -> bool:
    """Whether records carry on under row ``i`` (a total): two or more of the few
    non-blank rows below it read as data, or one and then a total of its own (a person
    on one line, then "Total", as the people before had theirs)."""
    found = seen = 0
    for k in range(i + 1, min(region.last_row, len(rows))):
        kind, _why = classify_row(rows[k], region, name_cols, False)
        if kind == "blank":
            continue
        seen += 1
        found += kind == "data"
        if found >= 2:
            return True
        if kind in ("total", "grand"):
            return found >= 1
        if seen >= _LOOK_BELOW:
            return False
    return False


_ID_LIKE = re.compile(r"^\s*[A-Za-z]{0,5}[-_ ./#]?\d+[A-Za-z]?\s*$")


def _total_row(vals: list[Any], at: int) -> bool:
    """A row whose cell ``vals[at]`` starts like a total label ("Total", "Subtotal …") is
    a total row unless it reads like a record: an ID before the label ("R1", "Total loss
    of the data centre"), a label that is a sentence, or more than one other piece of
    text (an owner, a status)."""
    if at > 0 and type(vals[0]) is str and _ID_LIKE.match(vals[0]) and \
            len(vals[at].split()) > 1:  # (a lone "Subtotaal" after a person's number is one)
        return False
    if at == 0 and set(vals[0].strip()) == {"*"}:
        return True  # an ERP's subtotal, its key beside the asterisk ("*", "P.2611.01")
    others = sum(1 for i, w in enumerate(vals) if i != at and type(w) is str and w.strip()
                 and not _AMOUNT.match(w))
    if len(vals[at].split()) > 6:  # a sentence, not a label, unless only figures are beside
        return others == 0  # it ("Total bénéfices financiers (CHF / an)", "Totaal Van den
        # Broeck, Ruben / Total")
    return others <= 1


# Text that is an amount ("£12.4m", "1.200,50 €", "40%"): a total's figure, not a record's words.
_AMOUNT = re.compile(
    r"^\s*[-(]?\s*(?:[£$€¥₹]|[a-z]{1,3}\$|s/\.?|[a-z]{3}|rs\.?|kr\.?)?\s*[-(]?\s*-?\d[\d.,'\s]*"
    r"\s*(k|m|bn|mn|b|%)?\s*(?:[£$€¥₹]|[a-z]{2,3}\.?)?\s*\)?\s*$", re.I)


# A row of a plan's figures under its records, named for what it measures: utilisation,
# capacity, availability, headroom (the label alone, numbers after it)
_SUMMARY = re.compile(
    r"^(?:utili[sz]ation|occupancy|capacity|available capacity|available hours|available|"
    r"bench|on the bench|headcount|"
    r"availability|headroom|over under|remaining capacity|"
    r"bezettingsgraad|bezetting|capaciteit|beschikbaar|beschikbare capaciteit|"
    r"auslastung|kapazitat|verfugbar|verfugbare kapazitat|taux de charge|"
    r"taux d occupation|capacite|disponible|ocupacion|capacidad|utilizzo|capacita|saturazione|"
    r"belaggning|belaggningsgrad|kapacitet|tillganglig|udnyttelse|kapasitet|tilgjengelig|"
    r"kayttoaste|kapasiteetti|obciazenie|wykorzystanie|dostepnosc|vytizeni|kapacita|"
    r"doluluk|doluluk orani|kapasite)(?:\s+\w+){0,4}$")  # (normalised: "… (FTE × norm)")


_DASHES = frozenset(("-", "–", "—", ""))  # a figure not given, in a row of figures


def classify_row(row: list[Any], region: Region, name_cols: set[int],
                 after_total: bool) -> tuple[str, str | None]:
    """(kind, reason): data / blank / section / total / footer / header."""
    c0 = region.first_col
    span = row[c0:region.last_col + 1]
    vals = [v for v in span if v is not None and (type(v) is not str or v)]
    if not vals or (len(vals) < 3 and all(type(v) is str and not v.strip() for v in vals)):
        return "blank", None
    for at, v in enumerate(vals[:3]):
        if type(v) is str and is_total_label(v) and _total_row(vals, at):
            t = v.strip()
            kind = "grand" if _GRAND_TOTAL.match(t) else "total"
            return kind, f"{'total' if kind == 'grand' else 'subtotal'} row ('{t[:40]}')"
    if after_total:
        return "footer", "below the table's total row (footer)"
    if len(vals) >= 3 and type(vals[0]) is str and _SUMMARY.match(norm(vals[0])) and \
            all(isinstance(v, (int, float)) or isinstance(v, str) and v.strip() in _DASHES
                for v in vals[1:]):
        # "Bezettingsgraad 0.56 0.71 …", "Available capacity 3646 …": the plan's figures
        return "total", f"summary row ('{vals[0].strip()[:40]}')"
    if len(vals) >= 2:
        first = vals[0]
        if type(first) is str and first.strip().lower() in region.header_lower():
            hdr = region.header_lower()
            texts = [v.strip() for v in vals if type(v) is str]
            if sum(t.lower() in hdr for t in texts) * 2 > len(texts):
                return "header", "repeated header row"
        if len(vals) >= 4 and all(type(v) is str and len(v) <= 30 for v in vals) and \
                sum(vocab_hit(v) for v in vals) * 3 >= len(vals) * 2:
            # "Subitems | Name | Owner | Status | Date": the header of rows nested under
            # the one above (monday.com's sub-items), not a record
            return "header", "a header of nested rows"
        return "data", None
    cells = [c0 + i for i, v in enumerate(span) if v != "" and v is not None]
    texts = [str(row[c]).strip() for c in cells if isinstance(row[c], str)]
    if len(cells) == 1 and texts:
        c = cells[0]
        width = region.last_col - region.first_col + 1
        if c not in region.headers or (c not in name_cols and width >= 3):
            return "section", f"section heading ('{texts[0][:40]}')"
    return "data", None


# A template's instruction row, under its header: every cell says what to write there
# ("MENTION THE DATE", "Describe the event", "e.g. 15/03/2026"), in the languages of the
# header words.
_INSTRUCTION = re.compile(
    r"^\s*(please\s+)?(mention|describe|enter|insert|type|list|specify|provide|select|choose|"
    r"write|fill in|fill|explain|indicate|state the|give the|name the|add the|add a|pick|"
    r"your|"
    r"e\.\s?g\.|eg[:.]|example|for example|"
    # "Ex.:", "Ej.:", "z. B.", "p. ex.", "bijv.", "t.ex.", "f.eks.", "np.", "esim.", "es.:"
    r"ex\.|ej\.|ejemplo|exemplo|exemple|beispiel|esempio|voorbeeld|z\.\s?b\.|bsp\.|"
    r"p\.\s?ex\.|p\.\s?ej\.|bijv\.|t\.\s?ex\.|f\.\s?eks\.|np\.|esim\.|es\.:|"
    r"indique|indicar|describa|describir|escriba|introduzca|ingrese|seleccione|"
    r"decrire|indiquer|saisir|preciser|renseigner|"
    r"descreva|informe|insira|selecione|"
    r"beschreiben sie|geben sie|tragen sie|bitte|"
    r"indicare|descrivere|inserire|specificare)\b", re.I)


# ... or shows what a cell takes: "(auto)", a date's format ("mm/dd/yyyy"), the choices
# ("H/M/L", "Project / Corporate"), a question to answer ("Why did it happen?").
_PLACEHOLDER = re.compile(
    r"^\s*(\(.*\)|\[.*\]|<.*>|"
    # a date's format in any language: dd/mm/yyyy, jj/mm/aaaa, TT.MM.JJJJ, gg/mm/aaaa
    r"([dtjg]{1,2}|m{1,3}|[yaj]{2,4})([/.\- ]([dtjg]{1,2}|m{1,3}|[yaj]{2,4})){1,2}|"
    # a scale's range ("1 a 5", "1 to 5", "0-100") or a cell the sheet fills itself
    r"\d+\s*(?:a|to|-|–|bis|à|al|tot|till)\s*\d+|"
    r"auto|automatic|automatico|automatique|automatisch|automatico|calculated|calculado|"
    r"calcule|berechnet|calcolato|berekend|formula|formule|formel|"
    r"[^\s/]{1,12}(\s?/\s?[^\s/]{1,12}){1,5}|"
    r".*\?)\s*$", re.I | re.S)


def _parts(text: str) -> list[str]:
    """A cell's text without accents, in the parts a bilingual template writes it in
    ("Short title / Titre court")."""
    return [p.strip() for p in re.split(r"\s+/\s+", strip_accents(text).strip()) if p.strip()]


# A numbering pattern a template fills in itself: "Auto: D-###", "R-###", "CR-nnn"
_AUTO_NUMBER = re.compile(r"#{2,}|\b[a-z]{1,4}-n{2,}\b", re.I)

# A date's format, which no record holds: "dd/mm/yyyy", "MM-DD-YY", "TT.MM.JJJJ".
_DATE_MASK = re.compile(
    r"^\s*([dtjg]{2}|m{2,3}|[yaj]{4})([/.\-]([dtjg]{2}|m{2,3}|[yaj]{2,4})){2}\s*$", re.I)


def ends_in_total(rows: list[list[Any]], region: Region) -> bool:
    """Whether the region's last row (or the row under it) is a total row: a table
    complete in itself, not a group of rows the next block carries on."""
    for k in (region.last_row - 1, region.last_row):
        if 0 <= k < len(rows):
            kind, _why = classify_row(rows[k], region, set(), False)
            if kind in ("total", "grand"):
                return True
    return False


# What a template's example row has in its first cell
_EXAMPLE = frozenset({
    "bsp", "beispiel", "example", "e.g", "eg", "ex", "exemple", "ejemplo", "ej", "esempio",
    "voorbeeld", "vb", "exemplo", "przyklad", "priklad", "esimerkki", "eksempel", "exempel",
    "sample",
    # Japanese, Chinese and Korean: "例", "記入例", "示例", "예시"
    "例", "記入例", "入力例", "示例", "样例", "範例", "예시", "예"})


def instruction_row(row: list[Any], first_col: int, last_col: int) -> bool:
    """Whether ``row`` tells the template's user what to write rather than holding a
    record: two or more cells, all text, most of them starting like an instruction or
    showing what the cell takes, and at least one of them an instruction."""
    cells = [v for v in row[first_col:last_col + 1] if v is not None and v != ""]
    texts = [v for v in cells if type(v) is str and v.strip()]
    if len(cells) >= 2 and type(cells[0]) is str and all(
            part.lower().rstrip(".:") in _EXAMPLE for part in _parts(cells[0])):
        return True  # a filled-in example, its key cell saying so ("Bsp.", "Example /
        # Exemple")
    if len(texts) < 2 or len(texts) != len(cells):
        return False
    # a bilingual cell ("Why / Pourquoi", "YYYY-MM-DD / AAAA-MM-JJ") is read part by part
    told = sum(1 for t in texts if any(_INSTRUCTION.match(p) for p in _parts(t)))
    shown = sum(1 for t in texts if _PLACEHOLDER.match(strip_accents(t)) or
                any(_PLACEHOLDER.match(p) or _DATE_MASK.match(p) or _AUTO_NUMBER.search(p)
                    for p in _parts(t)))
    keyless = first_col < len(row) and (row[first_col] is None or row[first_col] == "")
    if any(_DATE_MASK.match(p) for t in texts for p in _parts(t)) and \
            (keyless or (told + shown) * 3 >= len(texts)):
        return True  # "dd/mm/yyyy" is no record's date: a row of formats and choices (or
        # of guidance in the team's words, with no key: "jj/mm/aaaa", "Les faits, …")
    return told >= 1 and (told + shown) * 2 > len(texts) or told * 2 > len(texts)
