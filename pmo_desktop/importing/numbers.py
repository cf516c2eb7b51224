"""Step 4, numbers: amounts and money (``£1.2m``, ``1,200k``, ``(500)``), counts,
flags and percentages, each bounded by ``NUMBER_LIMIT``."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable

from .cellvalue import ValueProblem, _bounded, _shown, is_empty, problems_only, text
from .vocab import norm, strip_accents


# -- numbers and money -------------------------------------------------------------------

_CURRENCY = {"£": "GBP", "c$": "CAD", "a$": "AUD", "nz$": "NZD", "us$": "USD", "s$": "SGD",
             "hk$": "HKD", "mx$": "MXN", "r$": "BRL", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "chf": "CHF",
             "gbp": "GBP", "usd": "USD", "eur": "EUR", "aud": "AUD", "cad": "CAD",
             "inr": "INR", "jpy": "JPY", "brl": "BRL", "mxn": "MXN",
             "₺": "TRY", "tl": "TRY", "try": "TRY", "₽": "RUB", "₪": "ILS", "₩": "KRW",
             "ft": "HUF", "huf": "HUF", "kc": "CZK", "czk": "CZK", "zl": "PLN", "zł": "PLN",
             "pln": "PLN",
             "lei": "RON", "ron": "RON", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
             "₦": "NGN", "ngn": "NGN", "₴": "UAH", "uah": "UAH", "₵": "GHS", "ghs": "GHS",
             "kes": "KES", "ksh": "KES", "₱": "PHP", "php": "PHP", "฿": "THB", "thb": "THB",
             "₫": "VND", "vnd": "VND", "zar": "ZAR", "cop": "COP", "ars": "ARS"}
_SCALE_WORDS = {"k": 1e3, "thousand": 1e3, "thousands": 1e3, "000s": 1e3, "000": 1e3, "mil": 1e3,
                "tsd": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6,
                "mio": 1e6, "millones": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9, "md": 1e9,
                # thousands and millions in other languages: "T€", "tis. Kč", "tys. zł",
                # "ezer Ft", "1.000 kr.", "tkr", "mln zł", "Mrd. €"
                "t": 1e3, "teur": 1e3, "tis": 1e3, "tys": 1e3, "ezer": 1e3, "tkr": 1e3, "mnkr": 1e6, "mill": 1e6,
                # Thai and Indonesian/Malay: "ล้านบาท" (million baht), "Rp juta", "ribu"
                "ลานบาท": 1e6, "ลาน": 1e6, "พนบาท": 1e3, "juta": 1e6, "ribu": 1e3,
                "พันบาท": 1e3, "miliar": 1e9,
                "1000": 1e3, "1.000": 1e3, "1,000": 1e3, "mln": 1e6, "mkr": 1e6, "mrd": 1e9,
                "mld": 1e9,
                # Indian English: a lakh is 100,000 and a crore 100 lakh ("₹12.5 L")
                "l": 1e5, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "cr": 1e7,
                "crore": 1e7, "crores": 1e7}


# Words of a currency a header's unit may hold beside its scale ("tis. Kč", "1.000 kr.")
_CURRENCY_WORDS = frozenset(_CURRENCY) | {"kr", "kn", "lv", "din", "rp", "idr", "rm", "myr",
                                           "baht", "บาท"}


_SCALED_CODE = re.compile(r"(k|m|mn|mio|t|bn|mrd)(nok|sek|dkk|chf|aud|cad|nzd|zar|brl|inr|"
                          r"pln|czk|huf|jpy|cny|mxn|clp|sgd|hkd)")


_DOLLAR_OF = re.compile(r"\b(?:us|c|ca|a|au|nz|s|hk|mx|r)\$")


def header_money(header: str) -> tuple[float, str | None]:
    """Scale and currency written in a header: ``"TCV (£k)"`` → (1000, "GBP")."""
    h = strip_accents(header).lower()
    currency = None
    for sym, code in _CURRENCY.items():
        if (sym in h) if not sym.isalpha() else re.search(rf"\b{sym}\b", h):
            currency = code
            break
    scale = 1.0
    for inner in re.findall(r"[(\[]([^)\]]*)[)\]]", h) + [h.split()[-1] if h.split() else ""]:
        inner = _DOLLAR_OF.sub("$", inner)  # "C$M", "NZ$k": the dollar's country aside
        w = re.sub(r"[£$€¥₹₺₦₴₵₱฿₫\s]", "", " ".join(
            t for t in inner.split() if t.strip(".") not in _CURRENCY_WORDS))  # "(M Ft)"
        w = re.sub(r"gbp|usd|eur", "", w)
        w = w.strip(". ")
        joined = _SCALED_CODE.fullmatch(w)  # "MNOK", "kEUR", "MSEK": scale and code as one
        if joined:
            w = joined.group(1)
        if w in _SCALE_WORDS:
            scale = _SCALE_WORDS[w]
            break
        if re.fullmatch(r"in (thousands|millions)", inner.strip()):
            scale = _SCALE_WORDS[inner.strip().split()[1]]
    return scale, currency


# A scale stated for a whole table in the lines above it: "All figures £'000",
# "(in thousands of EUR)", "Amounts in $M", "USD millions" — not a figure ("£5m budget")
_TITLE_SCALE = re.compile(
    r"(?:['’]000s?\b|\b000s\b|(?<![\w.,])(?:in |of )?thousands\b|"
    r"(?<![\w.,])(?:in |of )?millions\b|(?<![\d.,\s])\s?[£$€]\s?(k|m|mn|bn)\b|"
    r"\b(?:gbp|usd|eur|aud|cad|chf)\s?(k|m|mn|bn)\b|"
    # Indian English: "(₹ in Crore)", "Rs. in lakhs", "₹ Cr", "INR crores"
    r"(?:₹|\brs\.?|\binr)\s?(?:in\s)?(?:crores?|cr|lakhs?|lacs?)\b|"
    r"\bin (?:crores?|lakhs?|lacs?)\b|"
    # Nordic and German thousands and millions: "tkr", "t.kr.", "mnkr", "TEUR", "T€", "k€"
    r"(?<![\w.,])(?<!\d\s)(?:t\.?\s?kr|mn?kr|teur|tsek|tnok|tdkk|keur|meur|[tkm]\s?€)(?![\w])|"
    r"(?<!\d\s)\bmill?\.?(?=\s?(?:kr|nok|sek|dkk)\b)|"
    # Indonesian and Thai: "dalam Rp juta", "(ล้านบาท)"
    r"\b(?:rp|idr)\.?\s?(?:juta|ribu|miliar)\b|ลานบาท|พนบาท|พันบาท)")


def title_scale(texts: list[str]) -> float:
    """The scale the lines over a table state for its amounts (1.0 when none does, or
    when they state two)."""
    found = set()
    for text in texts:
        for m in _TITLE_SCALE.finditer(strip_accents(text).lower()):
            word = (m.group(1) or m.group(2) or m.group(0)).strip(" '’")
            word = word.split()[-1] if word.split() and "€" not in word else word
            word = re.sub(r"[\s.€]", "", word)
            found.add(_SCALE_WORDS.get(word, 1e3 if "000" in word else 1.0))
    return found.pop() if len(found) == 1 else 1.0


# What a tracker writes where there is no figure: not applicable, to be confirmed, none
# ("nvt", "n.v.t.": Dutch; "s.o.", "sans objet": French; "no aplica", "k.a.": German)
# Chinese, Japanese and Korean count in myriads (万 is 10,000, 億 100 million), after an
# "about" (約, 약) and before the currency (元, 円, 원)
# (Korean written as ``strip_accents`` leaves it, in its letters' parts)
_CJK_SCALES = {strip_accents(k): v for k, v in {
    "千": 1e3, "천": 1e3, "万": 1e4, "萬": 1e4, "만": 1e4, "百万": 1e6, "백만": 1e6,
    "千万": 1e7, "천만": 1e7, "亿": 1e8, "億": 1e8, "억": 1e8}.items()}
_CJK_SCALED = re.compile(strip_accents(
    r"(?:約|约|약|大約|大约)?\s*([\d.,]+)\s*(百万|백만|千万|천만|千|천|万|萬|만|亿|億|억)\s*"
    r"(?:元|円|원|圓|日元|人民币|台币|新台币)?"))
_NO_FIGURE = frozenset(("-", "–", "—", "n/a", "na", "tbc", "tbd", "nil", "none", "nvt",
                        "n.v.t.", "n.v.t", "s.o.", "sans objet", "no aplica", "n.a.", "k.a.",
                        "entfallt", "ukjent", "unknown"))


_NOTE_AFTER = re.compile(r"(?<=[\d€£$¥])\s*\((?=[^)]*[^\W\d_])[^()]*\)\s*$")
# Whether tax is in the figure, said after it: "950 € HT", "£1,500 + VAT", "1.200 €
# zzgl. MwSt.", "R$ 80 mil + impostos" (the figure as written)
_TAX_AFTER = re.compile(
    r"(?<=[\d€£$¥.])\s*(?:\+\s*(?:vat|iva|tva|mwst|gst|btw|moms|impostos|taxes)|"
    r"(?:excl|ex|incl|inc|inkl|zzgl|hors|sans|sin|con)\.?\s*(?:vat|iva|tva|mwst|gst|btw|"
    r"moms|taxes?)|ht|h\.t\.|ttc|t\.t\.c\.|netto|brutto|iva incluido|iva incluida)\.?\s*$")
_PER_UNIT = re.compile(r"\s*(?:/|per|p/|a)\s*(?:day|d|hour|hr|h|week|wk|w|month|mth|m|"
                       r"year|yr|annum|a|"
                       # an hour, a day, a month in other languages: "zł/godz.", "kr/tim",
                       # "EUR/Std.", "€/uur", "€/jour", "€/Tag", "€/ora", "€/hora", "€/dag"
                       r"godz|godzin[ae]?|tim|timme|time|std|stunde|uur|jour|tag|ora|hora|"
                       r"dag|dzien|mies|monat|mois|mes)\.?$|\s+(?:pd|ph|pa|pcm)$")


# A currency's code or sign before or after the amount: "S$ 45,500", "NZ$186,000",
# "1.250 kr", "CHF 1'250.50", "Rs. 2,500", "zł 1 200"
_CODES = (r"gbp|usd|eur|chf|aud|cad|inr|brl|mxn|sgd|nzd|hkd|zar|sek|nok|dkk|pln|czk|jpy|"
          r"cny|clp|pen|cop|ars|kr|kc|zl|zł|tl|try|huf|ron|isk|uah|rub|aed|sar|ils|krw|"
          # Africa and Asia: naira, cedi, shilling, dirham; peso, baht, dong, rupiah, ringgit;
          # roubles and hryvnias as Russian and Ukrainian write them after the amount
          r"ngn|ghs|kes|ksh|tzs|ugx|egp|mad|dh|xof|php|thb|vnd|idr|rp|myr|rm|руб|грн|"
          # lei, won, baht, yuan and yen as they are written after an amount
          r"lei|won|บาท|baht|元|円|圓|rmb|cny|ntd|twd|nt|" + strip_accents("원|") +
          r"rs\.?|s/\.?|[a-z]{1,2}\$|"
          # the Swiss franc as prices write it: "Fr. 45.–", "sFr. 1'200"
          r"s?fr\.")
# The signs of currencies, dropped before an amount is read: "£", "₺18.500.000"
_SIGNS = str.maketrans("", "", "£$€¥₹₺₽₪₩₦₴₵₱฿₫₸₡")
_CURRENCY_CODE = re.compile(rf"^(?:{_CODES})\s*|\s*(?:{_CODES})\.?$")
# The South African rand's "R" before an amount: "R 1 250 000,00", "R1,250,000.00" (a
# space after it or thousands grouped, so that an ID such as "R2" is no amount)
_RAND = re.compile(r"^r(?:\s+(?=\d)|(?=\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?$))")


# A whole amount's dash where its decimals would be, as Scandinavia, Germany and
# Switzerland write prices ("kr 350 000,-", "1.200,- €", "Fr. 45.–"): no minus sign
_WHOLE_AMOUNT = re.compile(r"(?<=\d)[.,](?:-{1,2}|[–—])(?!\s*\d)")


@problems_only
def parse_number(value: Any, decimal_comma: bool | None = None) -> float | None:
    """``"1,234.5"``, ``"1.234,5"``, ``"(500)"``, ``"£1.2m"``, ``"1,200k"`` → float.

    ``decimal_comma``: what the column's other values showed (``decide_decimal_comma``):
    True reads ``"100.000"`` as 100000 and ``"1,5"`` as 1.5; None decides per value."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise ValueProblem(f"'{value}' is not a number")
    if isinstance(value, (int, float)):
        return _bounded(float(value), value)
    if isinstance(value, (date, datetime, timedelta, time)):
        raise ValueProblem(f"'{text(value)}' is not a number")
    t = strip_accents(str(value)).strip().lower()
    if t in _NO_FIGURE:
        return None
    neg = False
    t = _NOTE_AFTER.sub("", t)  # "£8,000 (cap)", "45 000 € (estimation)": the figure
    t = _TAX_AFTER.sub("", t)  # "950 € HT", "£1,500 + VAT"
    t = _WHOLE_AMOUNT.sub("", t)  # "kr 350 000,-", "CHF 45.–": whole, no minus
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1].strip()
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    if t[:1] in ("-", "−") and not t[1:2].isdigit():  # "-R$ 311.421,50": the sign first
        neg, t = not neg, t[1:].strip()
    # (the rate's unit first, so that the currency is left at the end: "250,00 zł/godz.")
    t = _CURRENCY_CODE.sub("", _PER_UNIT.sub("", _RAND.sub("", t)))
    if not neg and t.startswith("(") and t.endswith(")"):  # "S$ (41,000.00)"
        neg, t = True, t[1:-1].strip()
    t = t.translate(_SIGNS).strip()
    t = _PER_UNIT.sub("", t)  # "750/day", "95 per hour", "1,200 p/m"
    if t.startswith("-") or t.startswith("−"):
        neg, t = not neg, t[1:].strip()
    if t.endswith("-"):
        neg, t = not neg, t[:-1].strip()
    t = t.lstrip("+").strip()
    scale = 1.0
    cjk = _CJK_SCALED.fullmatch(t)  # "約18萬", "1,200万", "1.2억": myriads, in CJK
    if cjk:
        t, scale = cjk.group(1).strip(), _CJK_SCALES[cjk.group(2)]
    m = re.fullmatch(r"([\d.,' ]+)\s*([a-z]+)?\.?", t)
    if not m:
        raise ValueProblem(f"'{value}' is not a number")
    digits, unit = m.group(1).strip(), m.group(2)
    if unit and not cjk:
        if unit not in _SCALE_WORDS:
            raise ValueProblem(f"'{value}' is not a number")
        scale = _SCALE_WORDS[unit]
    digits = digits.replace("'", "").replace(" ", "")
    if not digits or not any(c.isdigit() for c in digits):
        raise ValueProblem(f"'{value}' is not a number")
    if digits.count(".") > 1 and "," not in digits and \
            not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):  # "30.03.2026": a date
        raise ValueProblem(f"'{_shown(value)}' is not a number")
    if decimal_comma is not None and ("," in digits or "." in digits):
        if decimal_comma:
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif "," in digits and "." in digits:
        if digits.rfind(",") > digits.rfind("."):  # 1.234,56
            digits = digits.replace(".", "").replace(",", ".")
        else:
            digits = digits.replace(",", "")
    elif "," in digits:
        parts = digits.split(",")
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] != "0"):
            digits = digits.replace(",", "")  # 1,234 or 1,234,567
        else:
            digits = digits.replace(",", ".")  # 1,5
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")  # 1.234.567
    try:
        number = float(digits) * scale
    except ValueError as exc:
        raise ValueProblem(f"'{_shown(value)}' is not a number") from exc
    return _bounded(-number if neg else number, value)


_DECIMAL_COMMA = re.compile(r"\d\.\d{3},\d|\d,\d{1,2}(?!\d)(?![.,]\d)")
_DECIMAL_POINT = re.compile(r"\d,\d{3}\.\d|\d\.\d{1,2}(?!\d)(?![.,]\d)")


def decide_decimal_comma(values: Iterable[Any]) -> bool | None:
    """Whether a column's text numbers use a decimal comma ("12.500,00", "3,5"): True,
    a decimal point ("12,500.00", "3.5"): False, or cannot tell / both: None."""
    comma = point = False
    for v in values:
        if isinstance(v, str):
            comma = comma or bool(_DECIMAL_COMMA.search(v))
            point = point or bool(_DECIMAL_POINT.search(v))
    return None if comma == point else comma


# Whole money with dots between groups of three digits, as continental Europe writes it
_DOTTED_THOUSANDS = re.compile(r"^[^\d]*\d{1,3}(?:\.\d{3})+(?:,(?:-{1,2}|[–—]))?(?![\d.,])[^\d]*$")


@problems_only
def parse_money(value: Any, scale: float = 1.0, decimal_comma: bool | None = None) -> float | None:
    if decimal_comma is None and scale == 1.0 and isinstance(value, str) and \
            _DOTTED_THOUSANDS.search(value):  # "410.000 €": whole money is not written to
        decimal_comma = True  # three decimals (but "2.850" under "£m" is 2.85 million)
    n = parse_number(value, decimal_comma)
    if n is None:
        return None
    if isinstance(value, str) and _OWN_SCALE.search(strip_accents(value).lower()):
        return n  # the cell carries its own unit ("£1.2m", "12.400 T€", "3,5 Mio. €")
    return _bounded(n * scale, value)


# A scale word right after a cell's digits (a currency sign between them allowed)
_OWN_SCALE = re.compile(r"\d\s*[^\w\s]{0,3}\s*(?:" + "|".join(
    re.escape(w) for w in sorted(_SCALE_WORDS, key=len, reverse=True)
    if not w[:1].isdigit()) + r")(?![^\W\d_])")


# A number followed by a word or two of its unit, in any alphabet ("15 días", "3,5 h")
_UNIT_WORDS = r"\s*(?:[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?)*)?\s*$"
_INT_WORDS = re.compile(r"^\s*\+?\s*(-?\d{1,16})(?:\.0+)?" + _UNIT_WORDS)  # "+45 j"
_FLOAT_WORDS = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)" + _UNIT_WORDS)


@problems_only
def parse_int(value: Any) -> int | None:
    if isinstance(value, str):
        m = _INT_WORDS.match(value.lower())  # "15 days", "15 días", "3 Tage"
        if m:
            return int(_bounded(int(m.group(1)), value))
    n = parse_number(value)
    if n is None:
        return None
    return int(round(n))


# A length of time in a day-count field, by its unit: "+6 wks" is 42 days, "+12 hrs" a day.
_DAYS_PER_UNIT = (
    (re.compile(r"^(?:d|dd|day|days|dys|dia|dias|jour|jours|j|tag|tage|t|dag|dage|dagar|dagen|"
                r"giorno|giorni|gg|dzien|dni|paiva|paivaa|pv|gun|"
                # Chinese and Japanese working days: "10 个工作日", "5 個工作天", "3日"
                r"个工作日|個工作日|工作日|个工作天|個工作天|工作天|天|日|営業日)$"), 1.0),
    (re.compile(r"^(?:w|wk|wks|week|weeks|sem|semaine|semaines|semana|semanas|wo|woche|"
                r"wochen|weken|uge|uger|vecka|veckor|v|uke|uker|settimana|settimane|"
                r"tydzien|tygodnie|tyg|viikko|viikkoa|vk|hafta)$"), 7.0),
    (re.compile(r"^(?:m|mo|mos|mth|mths|month|months|mois|mes|meses|monat|monate|mnd|"
                r"maand|maanden|maned|maneder|manad|manader|mese|mesi|miesiac|miesiace|"
                r"kk|kuukausi|kuukautta|ay)$"), 30.0),
    (re.compile(r"^(?:h|hr|hrs|hour|hours|std|stunden|heure|heures|hora|horas|uur|uren|"
                r"timer|timmar|ore|godz|godzin|tuntia|saat)$"), 1 / 24),
)
# "+7 weeks", "10 days", "+7 weeks for this school only" (a note after the length)
_DAYS = re.compile(r"^\s*([+-]?)\s*(\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?(?:[\s,;(].*)?$", re.S)


@problems_only
def parse_days(value: Any) -> int | None:
    """A number of days, from a count ("14", "-10 days") or a length in weeks, months
    (30 days) or hours (a part-day is a day: a delay of hours costs one)."""
    if isinstance(value, str):
        m = _DAYS.match(strip_accents(value).lower())
        if m:
            word = m.group(3)
            per = next((n for rx, n in _DAYS_PER_UNIT if rx.match(word)), None)
            if per is not None:
                days = float(m.group(2).replace(",", ".")) * per
                whole = int(days) if days.is_integer() else int(days) + 1
                return int(_bounded(-whole if m.group(1) == "-" else whole, value))
    return parse_int(value)


@problems_only
def parse_float(value: Any) -> float | None:
    if isinstance(value, str):
        m = _FLOAT_WORDS.match(value.lower())
        if m:
            return _bounded(float(m.group(1).replace(",", ".")), value)
    return parse_number(value)


# yes and no as ``norm`` leaves them, in the languages the importer reads (a cell of
# Korean is compared as written: ``norm`` splits Hangul into its letters)
_YES = frozenset({
    "yes", "y", "true", "x", "si", "s", "ja", "j", "oui", "o", "sim", "1", "critical", "key",
    "verdadero", "wahr", "vrai", "kylla", "tak", "vero", "sant", "ναι", "da", "ya", "evet",
    "co", "igen", "ano", "כן", "نعم", "예", "네", "是", "有", "はい"})
_NO = frozenset({
    "no", "n", "false", "0", "nein", "non", "nao", "falso", "falsch", "faux", "nei", "nej",
    "nee", "ei", "nie", "οχι", "nu", "tidak", "hayir", "khong", "nem", "ne", "lo", "לא", "لا",
    "아니오", "아니요", "否", "无", "無", "いいえ"})


@problems_only
def parse_bool(value: Any) -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(bool(value))
    t, written = norm(str(value)), str(value).strip().lower()
    if t in _YES or written in _YES:
        return 1
    if t in _NO or written in _NO:
        return 0
    if str(value).strip() in ("✓", "✔", "☑", "●"):
        return 1
    raise ValueProblem(f"'{value}' is not yes or no")


# -- percentages -------------------------------------------------------------------------

def decide_percent_scale(values: Iterable[Any]) -> float:
    """1.0 when the column holds fractions (0.85), 100.0 when it holds 85 for 85 %."""
    nums: list[float] = []
    for v in values:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            nums.append(float(v))
        elif isinstance(v, str) and "%" not in v:
            try:
                n = parse_number(v)
            except ValueProblem:
                continue
            if n is not None:
                nums.append(n)
    if not nums:
        return 1.0
    return 100.0 if max(abs(n) for n in nums) > 1.0 else 1.0


@problems_only
def parse_percent(value: Any, scale: float = 1.0) -> float | None:
    if is_empty(value):
        return None
    if isinstance(value, str):
        t = value.strip().lower()
        if t in ("done", "complete", "completed", "finished", "hecho", "erledigt", "termine",
                 "✓", "✔", "✅", "☑"):
            return 1.0
        if t in ("✗", "✘", "❌", "☐"):  # a tick box left unticked: not done
            return 0.0
        if t.endswith("%") or t.startswith("%"):  # "70%", or "%70" as Turkish writes it
            n = parse_number(t.strip("%"))
            return None if n is None else round(n / 100.0, 6)
    n = parse_number(value)
    if n is None:
        return None
    if scale != 1.0 and 0 < abs(n) < 1:
        # a column of 40, 85 … that also holds 0.85: a cell formatted "0%" (85 %), not 0.85 %
        return round(n, 6)
    return round(n / scale, 6)
