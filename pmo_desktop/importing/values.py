"""Step 4: cell values → stored values (dates, money, percentages, RAG, scales, enums).

Each parser takes one cell and returns the stored value, ``None`` for an empty cell,
or raises ``ValueProblem`` with a short reason. Decisions that need the whole column
(day-first or month-first dates, 0.85 vs 85 percentages, a 3-point or a 5-point
scale) are taken once by ``column_parser`` from the column's values.
"""

from __future__ import annotations

import colorsys
import difflib
import functools
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Iterable, Sequence, TypeVar, cast

from .vocab import MONTHS, norm, strip_accents


class ValueProblem(ValueError):
    """A cell that cannot be read as its field; the message is the reason."""


NUMBER_LIMIT = 10.0 ** 15
"""Amounts, counts and hours past ±10^15 are refused: no tracker means them, and past it
a float no longer holds every unit (and 10^400 is infinity, which JSON cannot write)."""

_F = TypeVar("_F", bound=Callable[..., Any])


def _shown(value: Any) -> str:
    """A cell as quoted in a reason: its text, cut to 40 characters."""
    try:
        t = text(value) or ""
    except (ValueError, ArithmeticError):  # an int too long to print
        t = type(value).__name__
    return t if len(t) <= 40 else t[:37] + "…"


def problems_only(parse: _F) -> _F:
    """A parser that raises nothing but ``ValueProblem`` for any cell: an overflowing
    date, a 5,000-digit number or a stray Unicode digit is "not a date", never a crash."""

    @functools.wraps(parse)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return parse(value, *args, **kwargs)
        except ValueProblem:
            raise
        except (ValueError, ArithmeticError, IndexError) as exc:
            raise ValueProblem(f"'{_shown(value)}' cannot be read") from exc

    return cast(_F, wrapper)


def _bounded(n: float, value: Any) -> float:
    if not math.isfinite(n) or abs(n) > NUMBER_LIMIT:
        raise ValueProblem(f"'{_shown(value)}' is outside ±10^15")
    return n


_NAMED_ADDRESS = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>\s*$")


@problems_only
def person(value: Any) -> str | None:
    """A person as written in a tracker: ``"Priya Shah <priya@corp>"`` → ``"Priya Shah"``,
    ``"mailto:cfo@corp"`` → ``"cfo@corp"``; anything else as ``text``."""
    t = text(value)
    if t is None:
        return None
    m = _NAMED_ADDRESS.match(t)
    if m:
        return m.group(1).strip() or m.group(2)
    if t.lower().startswith("mailto:"):
        return t[7:].strip() or None
    return t


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str | None:
    """Any cell as stored text: ``1.0`` → ``"1"``, dates → ISO."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


# -- dates -------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?$")
_NUM3 = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(?:\s.*)?$")
_NUM2 = re.compile(r"^(\d{1,2})[-/.](\d{1,2})\.?$")
_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_QUARTER = re.compile(r"^q([1-4])\s*(?:fy)?\s*(\d{2,4})$|^(\d{4})\s*q([1-4])$")
_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "weds", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun", "lunes", "martes", "miercoles",
    "jueves", "viernes", "sabado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "segunda", "terca", "quarta", "quinta", "sexta", "feira", "mo",
    "di", "mi", "do", "fr", "sa", "so",
}
_FILLER = {"de", "del", "of", "the", "th", "st", "nd", "rd", "er", "le", "el", "em", "do",
           "da", "den"}


def _year(y: int) -> int:
    return y + (2000 if y < 70 else 1900) if y < 100 else y


@problems_only
def excel_serial(n: float) -> date:
    if not 1 <= n < 2958466:
        raise ValueProblem(f"{n:g} is not a date")
    return EXCEL_EPOCH + timedelta(days=int(n))


def _near(month: int, day: int, as_of: date | None) -> date:
    """A yearless date: the year that puts it nearest to the as-of date."""
    ref = as_of or date.today()
    best: date | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    if best is None:
        raise ValueProblem(f"{day}/{month} is not a date")
    return best


def _words_date(t: str, dayfirst: bool, as_of: date | None) -> date:
    if re.fullmatch(r"[a-z]{3,9}\.?\s*[-'/]\s*\d{2}", t.strip()):  # "Mar-24" = March 2024
        word, yy = re.split(r"[-'/]", t.strip().replace(".", ""))
        key = norm(word)
        if key in MONTHS or key[:3] in MONTHS:
            return date(_year(int(yy.strip())), MONTHS.get(key, MONTHS.get(key[:3], 1)), 1)
    tokens = [w for w in re.split(r"[\s,./\-]+", norm(t)) if w]
    tokens = [w for w in tokens if w not in _WEEKDAYS and w not in _FILLER]
    tokens = [re.sub(r"^(\d+)(st|nd|rd|th|er|o|a)$", r"\1", w) for w in tokens]
    month = None
    nums: list[int] = []
    for w in tokens:
        if w.isdigit():
            nums.append(int(w))
        elif w in MONTHS and month is None:
            month = MONTHS[w]
        elif w[:3] in MONTHS and month is None and len(w) >= 3:
            month = MONTHS[w[:3]]
        else:
            raise ValueProblem(f"'{t}' is not a date")
    if month is None:
        raise ValueProblem(f"'{t}' is not a date")
    days = [n for n in nums if 1 <= n <= 31]
    years = [n for n in nums if n > 31]
    if len(nums) == 2 and not years:  # "Mar 24" → March 2024 if 24 reads as a year
        day, yr = nums
        if len(tokens) == 3 and tokens.index(str(nums[1])) == 2 and tokens[0].isdigit():
            return date(_year(yr), month, day)
        return date(_year(nums[1]), month, nums[0]) if nums[0] <= 31 else _near(month, 1, as_of)
    if len(nums) == 1:
        n = nums[0]
        if n > 31:  # "March 2024": the first of the month
            return date(n, month, 1)
        return _near(month, n, as_of)
    if len(days) >= 1 and years:
        return date(years[0], month, days[0])
    raise ValueProblem(f"'{t}' is not a date")


@problems_only
def parse_date(value: Any, *, dayfirst: bool = True, as_of: date | None = None) -> date | None:
    """A cell as a date: real dates, Excel serials and text dates in many forms."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise ValueProblem(f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        if 19000101 <= value <= 21001231 and float(value).is_integer():  # 20240331
            s = str(int(value))
            try:
                return date(int(s[:4]), int(s[4:6]), int(s[6:]))
            except ValueError:
                pass
        return excel_serial(float(value))
    t = str(value).strip()
    low = strip_accents(t).lower()
    if low in _NO_DATE:
        return None
    low = _DATE_PREFIX.sub("", low).strip() or low  # "w/c 12/01/2026", "by 31 Mar"
    first, _sp, rest = low.partition(" ")
    if rest and first.rstrip(".,") in _WEEKDAYS:  # "Mon 12/01/26" (MS Project's own form)
        low = rest.strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", t):
        return excel_serial(float(t))
    try:
        m = _ISO.match(low)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _NUM3.match(low)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), _year(int(m.group(3)))
            if a > 12 or (dayfirst and b <= 12):
                return date(y, b, a)
            return date(y, a, b)
        m = _YM.match(low)
        if m:
            return date(int(m.group(1)), int(m.group(2)), 1)
        m = _NUM2.match(low)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day, month = (a, b) if (a > 12 or dayfirst) and b <= 12 else (b, a)
            return _near(month, day, as_of)
        m = _QUARTER.match(low.replace(" ", "")) or _QUARTER.match(low)
        if m:
            q, qy = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            month = int(q) * 3
            nxt = date(_year(int(qy)) + (month == 12), month % 12 + 1, 1)
            return nxt - timedelta(days=1)
    except ValueError as exc:
        raise ValueProblem(f"'{t}' is not a valid date") from exc
    try:
        return _words_date(low, dayfirst, as_of)
    except ValueError as exc:
        raise ValueProblem(f"'{t}' is not a date") from exc


# What trackers write in a date cell to say there is no date (yet).
_NO_DATE = frozenset((
    "tbc", "tbd", "tba", "n/a", "na", "n.a.", "#n/a", "-", "–", "—", "?", "none", "nil",
    "pending", "unknown", "not known", "not applicable", "ongoing", "on going", "on-going",
    "asap", "various", "continuous", "continual", "no date", "no due date", "not set",
    "open", "por definir", "pendiente", "continuo", "offen", "laufend", "en cours", "a definir",
))
# Words before a date that do not change it: "w/c 12/01/2026", "by 31 Mar", "approx. Q3 2026".
_DATE_PREFIX = re.compile(
    r"^(?:~|(?:week commencing|week ending|week of|w/c|w/e|wc|we|wk|by|due|approx|circa|c|ca|"
    r"est|estimated|target|planned|expected|around|about|before|no later than|nlt|"
    r"antes del?|bis|vor|avant le|ate)(?:\s*[.:]\s*|\s+))(?=\S)")


def decide_dayfirst(values: Iterable[Any], default: bool = True) -> bool:
    """Day-first or month-first, from every text date of the column."""
    first_big = second_big = 0
    for v in values:
        if isinstance(v, str):
            m = _NUM3.match(v.strip()) or _NUM2.match(v.strip())
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                first_big += a > 12
                second_big += b > 12
    if first_big and not second_big:
        return True
    if second_big and not first_big:
        return False
    return default


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# -- numbers and money -------------------------------------------------------------------

_CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "chf": "CHF",
             "gbp": "GBP", "usd": "USD", "eur": "EUR", "aud": "AUD", "cad": "CAD",
             "inr": "INR", "jpy": "JPY", "r$": "BRL", "brl": "BRL", "mxn": "MXN"}
_SCALE_WORDS = {"k": 1e3, "thousand": 1e3, "thousands": 1e3, "000s": 1e3, "000": 1e3, "mil": 1e3,
                "tsd": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6,
                "mio": 1e6, "millones": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9, "md": 1e9}


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
        w = re.sub(r"[£$€¥₹\s]|gbp|usd|eur", "", inner)
        w = w.strip(". ")
        if w in _SCALE_WORDS:
            scale = _SCALE_WORDS[w]
            break
        if re.fullmatch(r"in (thousands|millions)", inner.strip()):
            scale = _SCALE_WORDS[inner.strip().split()[1]]
    return scale, currency


_PER_UNIT = re.compile(r"\s*(?:/|per|p/|a)\s*(?:day|d|hour|hr|h|week|wk|w|month|mth|m|"
                       r"year|yr|annum|a)\.?$|\s+(?:pd|ph|pa|pcm)$")


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
    if t in ("-", "–", "n/a", "na", "tbc", "tbd", "nil", "none"):
        return None
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1].strip()
    t = t.replace("\u00a0", " ").replace("\u202f", " ")
    t = re.sub(r"^(gbp|usd|eur|chf|aud|cad|inr|brl|mxn|r\$)\s*|\s*(gbp|usd|eur|chf|aud|cad|inr|brl|mxn)$", "", t)
    t = t.replace("£", "").replace("$", "").replace("€", "").replace("¥", "").replace("₹", "").strip()
    t = _PER_UNIT.sub("", t)  # "750/day", "95 per hour", "1,200 p/m"
    if t.startswith("-") or t.startswith("−"):
        neg, t = not neg, t[1:].strip()
    if t.endswith("-"):
        neg, t = not neg, t[:-1].strip()
    t = t.lstrip("+").strip()
    scale = 1.0
    m = re.fullmatch(r"([\d.,' ]+)\s*([a-z]+)?\.?", t)
    if not m:
        raise ValueProblem(f"'{value}' is not a number")
    digits, unit = m.group(1).strip(), m.group(2)
    if unit:
        if unit not in _SCALE_WORDS:
            raise ValueProblem(f"'{value}' is not a number")
        scale = _SCALE_WORDS[unit]
    digits = digits.replace("'", "").replace(" ", "")
    if not digits or not any(c.isdigit() for c in digits):
        raise ValueProblem(f"'{value}' is not a number")
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


@problems_only
def parse_money(value: Any, scale: float = 1.0, decimal_comma: bool | None = None) -> float | None:
    n = parse_number(value, decimal_comma)
    if n is None:
        return None
    if isinstance(value, str) and re.search(r"\d\s*(k|m|mn|bn|million|thousand)\b",
                                            value.lower()):
        return n  # the cell carries its own unit
    return _bounded(n * scale, value)


@problems_only
def parse_int(value: Any) -> int | None:
    if isinstance(value, str):
        m = re.match(r"^\s*(-?\d{1,16})(?:\.0+)?\s*[a-z ]*$", value.lower())
        if m:
            return int(_bounded(int(m.group(1)), value))
    n = parse_number(value)
    if n is None:
        return None
    return int(round(n))


@problems_only
def parse_float(value: Any) -> float | None:
    if isinstance(value, str):
        m = re.match(r"^\s*(-?\d+(?:[.,]\d+)?)\s*[a-z ]*$", value.lower())
        if m:
            return _bounded(float(m.group(1).replace(",", ".")), value)
    return parse_number(value)


@problems_only
def parse_bool(value: Any) -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(bool(value))
    t = norm(str(value))
    if t in ("yes", "y", "true", "x", "si", "s", "ja", "j", "oui", "o", "sim", "1", "critical",
             "key", "verdadero", "wahr", "vrai"):
        return 1
    if t in ("no", "n", "false", "0", "nein", "non", "nao", "falso", "falsch", "faux"):
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
        if t in ("done", "complete", "completed", "finished", "hecho", "erledigt", "termine"):
            return 1.0
        if t.endswith("%"):
            n = parse_number(t[:-1])
            return None if n is None else round(n / 100.0, 6)
    n = parse_number(value)
    if n is None:
        return None
    if scale != 1.0 and 0 < abs(n) < 1:
        # a column of 40, 85 … that also holds 0.85: a cell formatted "0%" (85 %), not 0.85 %
        return round(n, 6)
    return round(n / scale, 6)


# -- RAG -----------------------------------------------------------------------------------

_RAG_WORDS: dict[str, str] = {}
for _rag, _words in {
    "green": "green|g|gn|grn|on track|ontrack|good|ok|okay|healthy|fine|no issues|verde|"
             "v|grun|gruen|vert|v|low|l|complete|completed|done|blue|b|achieved|"
             "en curso normal|bien|satisfactory|on target|on schedule|within budget|bajo|niedrig|faible|baixo",
    "amber": "amber|a|ambar|yellow|y|orange|o|at risk|atrisk|some concerns|concern|caution|"
             "warning|watch|monitor|medium|med|m|moderate|amarillo|naranja|gelb|jaune|"
             "amarelo|laranja|en riesgo|gefahrdet|a risque|em risco|slightly off track|minor issues|medio|media|mittel|moyen|medio",
    "red": "red|r|off track|offtrack|critical|rojo|roja|rot|rouge|vermelho|bad|stop|failing|"
           "high|h|severe|blocked|major issues|late|overdue|over budget|delayed|alto|alta|hoch|eleve|haut",
}.items():
    for _w in _words.split("|"):
        _RAG_WORDS.setdefault(_w, _rag)
_RAG_SYMBOLS = {"🟢": "green", "🟡": "amber", "🟠": "amber", "🔴": "red", "✔": "green",
                "✓": "green", "✅": "green", "✗": "red", "✘": "red", "❌": "red", "⚠": "amber",
                "⚠️": "amber", "●": None}


@problems_only
def parse_rag(value: Any) -> str | None:
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value in (1, 2, 3):  # 1 = green … 3 = red is the common numeric coding
            return ("green", "amber", "red")[int(value) - 1]
        raise ValueProblem(f"'{_shown(value)}' is not a RAG status")
    s = str(value).strip()
    if s in _RAG_SYMBOLS and _RAG_SYMBOLS[s]:
        return _RAG_SYMBOLS[s]
    t = norm(s)
    if t in _RAG_WORDS:
        return _RAG_WORDS[t]
    if "/" in s or "-" in s:  # "Amber/Red" → the worse one
        parts = [parse_rag(p) for p in re.split(r"[/\-]", s) if p.strip()]
        found = [p for p in parts if p]
        if found:
            return max(found, key=("green", "amber", "red").index)
    words = t.split()
    for w in words:
        if w in ("green", "amber", "red", "yellow", "verde", "rojo", "rot", "gelb", "rouge", "vert"):
            return _RAG_WORDS[w]
    raise ValueProblem(f"'{s}' is not a RAG status")


def rag_from_colour(rgb: str) -> str | None:
    """A fill colour (``"FFC000"``) → the RAG it shows, or None for white/grey."""
    if not isinstance(rgb, str) or not re.fullmatch(r"[0-9A-Fa-f]{6}", rgb):
        return None
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.2 or v < 0.25:
        return None
    deg = h * 360
    if deg < 15 or deg >= 330:
        return "red"
    if deg < 70:
        return "amber"
    if deg < 170:
        return "green"
    return None


# -- probability / impact scales ---------------------------------------------------------

_SCALE5 = {
    1: "very low|vl|rare|remote|negligible|insignificant|trivial|minimal|very unlikely|"
       "muy bajo|muy baja|raro|sehr gering|sehr niedrig|tres faible|tres bas|muito baixo|"
       "muito baixa|improbable|none|nil|negligeable|insignifiant",
    2: "low|l|unlikely|minor|small|bajo|baja|b|poco probable|gering|niedrig|unwahrscheinlich|faible|"
       "bas|peu probable|baixo|baixa|improvavel|limited|mineur|mineure|baixo impacto",
    3: "medium|med|m|moderate|possible|probable|occasional|average|medio|media|moderado|posible|"
       "mittel|moeglich|moglich|moyen|moyenne|possible|medio|media|possivel|significant|"
       "modere|moderee|moderada",
    4: "high|h|likely|major|serious|alto|alta|a|probable alto|hoch|wahrscheinlich|eleve|"
       "haut|elevee|alto|provavel|considerable|substantial|fort|forte|majeur|majeure|"
       "probable eleve",
    5: "very high|vh|almost certain|very likely|certain|extreme|severe|catastrophic|critical|"
       "muy alto|muy alta|casi seguro|critico|sehr hoch|fast sicher|kritisch|tres eleve|"
       "critique|muito alto|muito alta|quase certo|expected|massive|frequent|tres fort|"
       "tres forte|tres haut|tres haute|quasi certain",
}
_SCALE5_WORDS = {w: n for n, ws in _SCALE5.items() for w in ws.split("|")}
_THREE_POINT = {"low", "l", "medium", "med", "m", "high", "h", "bajo", "baja", "b", "medio",
                "media", "alto", "alta", "a", "niedrig", "gering", "mittel", "hoch", "faible",
                "moyen", "moyenne", "eleve", "elevee", "haut", "baixo", "baixa", "moderate"}


def band_from_fraction(p: float) -> int:
    """Probability as a fraction → 1–5 (DOMAIN §3.2 bands)."""
    for limit, score in ((0.10, 1), (0.30, 2), (0.50, 3), (0.70, 4)):
        if p <= limit + 1e-9:
            return score
    return 5


@dataclass
class ScaleRule:
    """How one column's words and numbers land on 1–5."""

    three_point: bool = False  # Low/Medium/High only → 1/3/5
    top: int = 5  # numeric scale in the header: (1-3), (1-5), (1-10)
    percent: bool = False  # values are probabilities (0.6, 60 %)


def decide_scale(values: Iterable[Any], header_hint: Sequence[str] = ()) -> ScaleRule:
    rule = ScaleRule()
    words: set[str] = set()
    nums: list[float] = []
    for v in values:
        if is_empty(v):
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            nums.append(float(v))
        else:
            t = norm(re.sub(r"\(.*?\)", "", str(v)))
            if t:
                words.add(t)
    ranged = False
    for hint in header_hint:
        m = re.search(r"(\d+)\s*(?:-|to|–|a|bis)\s*(\d{1,3})\b", hint)
        if m and int(m.group(1)) in (0, 1) and int(m.group(2)) >= 2:
            rule.top = int(m.group(2))
            ranged = True
        hw = {norm(w) for w in re.split(r"[/,|]", hint) if norm(w)}
        if hw and hw <= _THREE_POINT:
            rule.three_point = True
    if words and words <= _THREE_POINT:
        rule.three_point = True
    if nums and all(0 <= n <= 1 for n in nums) and any(0 < n < 1 for n in nums):
        rule.percent = True
    elif nums and max(nums) > rule.top and max(nums) <= 100 and rule.top == 5 and not ranged:
        rule.percent = True
    return rule


@problems_only
def parse_scale(value: Any, rule: ScaleRule | None = None) -> int | None:
    rule = rule or ScaleRule()
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        n = _bounded(float(value), value)
        if rule.percent or 0 < n < 1:
            return band_from_fraction(n if n <= 1 else n / 100)
        return _rescale(n, rule.top, value)
    s = str(value).strip()
    m = re.fullmatch(r"(\d+)\s*(?:/|of|out of)\s*(\d+)", s.lower())  # "4/5", "2 of 3"
    if m and 0 < int(m.group(2)) <= 10:
        return _rescale(float(m.group(1)), int(m.group(2)), value)
    m = re.search(r"\((\d+(?:\.\d+)?)\)", s)  # "Low (1)"
    if m and rule.top == 5 and not rule.three_point:
        return _rescale(float(m.group(1)), rule.top, value)
    pct = re.findall(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if pct:  # "50% to 75%" → the band of its midpoint
        vals = [float(p.replace(",", ".")) / 100 for p in pct]
        return band_from_fraction(sum(vals) / len(vals))
    t = norm(re.sub(r"\(.*?\)", "", s))
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return _rescale(float(t), rule.top, value)
    if rule.three_point and t in _THREE_POINT:
        word = _SCALE5_WORDS.get(t)
        if word is not None:
            return {2: 1, 3: 3, 4: 5}.get(word, word)
    if t in _SCALE5_WORDS:
        return _SCALE5_WORDS[t]
    parts = [p for p in re.split(r"\s+(?:to\s+)?", t) if p]  # norm made "-" and "/" spaces
    if len(parts) == 2 and all(p in _SCALE5_WORDS for p in parts):
        # "Medium-High", "L/M": between two points, rounded up (the prudent reading)
        got = [_SCALE5_WORDS[p] for p in parts]
        if rule.three_point and all(p in _THREE_POINT for p in parts):
            got = [{2: 1, 3: 3, 4: 5}.get(n, n) for n in got]
        return math.ceil(sum(got) / 2)
    close = difflib.get_close_matches(t, list(_SCALE5_WORDS), n=1, cutoff=0.8)
    if close:
        n = _SCALE5_WORDS[close[0]]
        if rule.three_point:
            return {2: 1, 3: 3, 4: 5}.get(n, n)
        return n
    raise ValueProblem(f"'{s}' is not a 1–5 rating")


def _rescale(n: float, top: int, original: Any) -> int:
    if top < 2 or not math.isfinite(n):
        raise ValueProblem(f"'{_shown(original)}' is not a rating")
    if top == 5:
        if 1 <= n <= 5:
            return int(round(n))
        raise ValueProblem(f"'{text(original)}' is not a 1–5 rating")
    if not 0 <= n <= top:
        raise ValueProblem(f"'{text(original)}' is not on the 1–{top} scale")
    return max(1, min(5, int(math.ceil(n / top * 5 - 1e-9))))


# -- enumerations --------------------------------------------------------------------------

ENUM_SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "active": "open", "new": "open", "raised": "open", "identified": "open", "abierto": "open",
        "abierta": "open", "offen": "open", "ouvert": "open", "aberto": "open", "not started": "open",
        "live": "open", "in progress": "in_progress", "ongoing": "in_progress", "wip": "in_progress",
        "en curso": "in_progress", "en progreso": "in_progress", "in bearbeitung": "in_progress",
        "en cours": "in_progress", "em andamento": "in_progress", "working": "in_progress",
        "resuelto": "resolved", "resuelta": "resolved", "geloest": "resolved", "gelost": "resolved",
        "resolu": "resolved", "resolvido": "resolved", "fixed": "resolved", "complete": "closed",
        "completed": "closed", "done": "closed", "cerrado": "closed", "cerrada": "closed",
        "geschlossen": "closed", "erledigt": "closed", "ferme": "closed", "fechado": "closed",
        "finished": "closed", "realised": "materialised", "realized": "materialised",
        "occurred": "materialised", "monitor": "monitoring", "watch": "monitoring",
        "escalate": "escalated", "confirmed": "validated", "valid": "validated",
        "proven": "validated", "false": "invalid", "invalidated": "invalid", "pending": "pending",
        "awaiting": "pending", "approve": "approved", "accepted": "approved", "aprobado": "approved",
        "genehmigt": "approved", "declined": "rejected", "rechazado": "rejected",
        "on hold": "deferred", "postponed": "deferred", "overdue": "overdue", "late": "overdue",
        "cancelled": "cancelled", "canceled": "cancelled", "withdrawn": "withdrawn",
        "closed": "closed", "open": "open", "delivered": "delivered", "on track": "on_track",
        "at risk": "at_risk", "planned": "on_track",
        # change requests and other words teams use, EN/ES/DE/FR/PT
        "in review": "under_assessment", "under review": "under_assessment",
        "being assessed": "under_assessment", "impact assessment": "under_assessment",
        "en revision": "under_assessment", "en evaluacion": "under_assessment",
        "in pruefung": "under_assessment", "in prufung": "under_assessment",
        "en cours d evaluation": "under_assessment", "em analise": "under_assessment",
        "awaiting approval": "awaiting_decision", "awaiting cab": "awaiting_decision",
        "for decision": "awaiting_decision", "pendiente de aprobacion": "awaiting_decision",
        "retirado": "withdrawn", "retirada": "withdrawn", "zurueckgezogen": "withdrawn",
        "zuruckgezogen": "withdrawn", "retire": "withdrawn", "abgelehnt": "rejected",
        "rejete": "rejected", "rejeitado": "rejected", "umgesetzt": "implemented",
        "implementado": "implemented", "implemente": "implemented", "eingereicht": "submitted",
        "presentado": "submitted", "soumis": "submitted", "submetido": "submitted",
        "borrador": "draft", "entwurf": "draft", "brouillon": "draft", "rascunho": "draft",
        "aplazado": "deferred", "zurueckgestellt": "deferred", "zuruckgestellt": "deferred",
        "reporte": "deferred", "adiado": "deferred", "aprovado": "approved",
        "approuve": "approved", "cerrado definitivamente": "closed",
    },
}
# Per entity: statuses outside the entity's own list fold onto the nearest of it.
STATUS_FOLD: dict[str, dict[str, str]] = {
    "risk": {"in_progress": "open", "resolved": "closed", "pending": "open", "planned": "open",
             "done": "closed", "escalated": "open", "on_track": "open", "overdue": "open",
             "validated": "closed", "delivered": "closed", "approved": "closed"},
    "issue": {"monitoring": "in_progress", "pending": "open", "done": "closed",
              "materialised": "open", "overdue": "open", "on_track": "in_progress",
              "delivered": "resolved", "validated": "resolved", "approved": "resolved"},
    "assumption": {"in_progress": "open", "pending": "open", "resolved": "closed",
                   "done": "closed", "monitoring": "open", "on_track": "open",
                   "approved": "validated", "rejected": "invalid"},
    "dependency": {"open": "on_track", "in_progress": "on_track", "pending": "on_track",
                   "closed": "delivered", "resolved": "delivered", "done": "delivered",
                   "overdue": "late", "monitoring": "on_track", "escalated": "at_risk",
                   "validated": "delivered", "approved": "delivered"},
    "decision": {"open": "pending", "in_progress": "pending", "closed": "approved",
                 "done": "approved", "resolved": "approved", "on_track": "pending"},
    "action": {"in_progress": "open", "pending": "open", "closed": "done", "resolved": "done",
               "on_track": "open", "approved": "done", "delivered": "done", "late": "overdue"},
    "change_request": {"open": "submitted", "pending": "awaiting_decision",
                       "in_progress": "under_assessment", "done": "implemented",
                       "resolved": "closed", "on_track": "submitted"},
    "lesson": {},
    "milestone": {"closed": "complete_on_time", "done": "complete_on_time",
                  "resolved": "complete_on_time", "open": "not_due", "in_progress": "not_due",
                  "pending": "not_due", "on_track": "not_due", "at_risk": "forecast_late",
                  "overdue": "missed", "late": "forecast_late", "delivered": "complete_on_time",
                  "approved": "complete_on_time"},
}
_GENERIC: dict[str, dict[str, str]] = {
    "priority": {"very high": "critical", "urgent": "critical", "highest": "critical",
                 "p1": "critical", "p2": "high", "p3": "medium", "p4": "low", "h": "high",
                 "m": "medium", "med": "medium", "l": "low", "very low": "low", "lowest": "low",
                 "alta": "high", "alto": "high", "media": "medium", "medio": "medium",
                 "baja": "low", "bajo": "low", "hoch": "high", "mittel": "medium",
                 "niedrig": "low", "haute": "high", "elevee": "high", "moyenne": "medium",
                 "faible": "low", "basse": "low", "muy alta": "critical", "critica": "critical",
                 "must": "critical", "should": "high", "could": "medium", "wont": "low",
                 "must have": "critical", "should have": "high", "could have": "medium",
                 "1": "critical", "2": "high", "3": "medium", "4": "low"},
    "severity": {"minor": "low", "major": "high", "moderate": "medium", "significant": "high",
                 "severe": "critical", "catastrophic": "critical", "very high": "critical",
                 "very low": "low", "h": "high", "m": "medium", "l": "low", "med": "medium",
                 "alta": "high", "media": "medium", "baja": "low", "hoch": "high",
                 "mittel": "medium", "niedrig": "low"},
    "response": {"mitigate": "reduce", "mitigation": "reduce", "reduction": "reduce",
                 "avoidance": "avoid", "acceptance": "accept", "accepted": "accept",
                 "transference": "transfer", "transferred": "transfer", "contingency": "fallback",
                 "sharing": "share", "exploitation": "exploit", "enhancement": "enhance",
                 "escalation": "escalate", "mitigar": "reduce", "evitar": "avoid",
                 "aceptar": "accept", "transferir": "transfer", "vermeiden": "avoid",
                 "vermindern": "reduce", "akzeptieren": "accept", "uebertragen": "transfer",
                 "attenuer": "reduce", "eviter": "avoid", "accepter": "accept",
                 "transferer": "transfer", "monitor": "accept", "tolerate": "accept",
                 "treat": "reduce", "terminate": "avoid"},
    "threat_or_opportunity": {"t": "threat", "o": "opportunity", "risk": "threat",
                              "negative": "threat", "positive": "opportunity",
                              "amenaza": "threat", "oportunidad": "opportunity",
                              "bedrohung": "threat", "chance": "opportunity",
                              "menace": "threat", "opportunite": "opportunity"},
    "proximity": {"this month": "imminent", "now": "imminent", "immediate": "imminent",
                  "next month": "imminent", "next 3 months": "within_stage",
                  "this quarter": "within_stage", "next quarter": "within_stage",
                  "this stage": "within_stage", "next 6 months": "within_project",
                  "this year": "within_project", "this project": "within_project",
                  "far away": "beyond_project", "next year": "beyond_project",
                  "long term": "beyond_project", "after project": "beyond_project"},
    "trend": {"up": "increasing", "rising": "increasing", "worsening": "increasing",
              "worse": "increasing", "down": "decreasing", "falling": "decreasing",
              "improving": "decreasing", "better": "decreasing", "same": "stable",
              "unchanged": "stable", "flat": "stable", "no change": "stable",
              "↑": "increasing", "↓": "decreasing", "→": "stable"},
    "stage": {"concept": "idea", "proposal": "idea", "pipeline": "idea", "start up": "initiation",
              "startup": "initiation", "initiate": "initiation", "define": "planning",
              "design": "planning", "plan": "planning", "execution": "delivery",
              "execute": "delivery", "build": "delivery", "implementation": "delivery",
              "deliver": "delivery", "in flight": "delivery", "close": "closing",
              "closure": "closing", "complete": "closed", "completed": "closed"},
    "state": {"open": "active", "in progress": "active", "live": "active", "green": "active",
              "hold": "on_hold", "paused": "on_hold", "done": "completed", "complete": "completed",
              "closed": "completed", "canceled": "cancelled", "stopped": "cancelled",
              "pipeline": "proposed", "planned": "proposed"},
    "direction": {"in": "inbound", "incoming": "inbound", "we need": "inbound",
                  "out": "outbound", "outgoing": "outbound", "they need": "outbound",
                  "entrante": "inbound", "saliente": "outbound"},
    "dependency_type": {"int": "internal", "ext": "external", "third party": "external",
                        "interna": "internal", "externa": "external", "intern": "internal",
                        "extern": "external"},
    "issue_type": {"rfc": "request_for_change", "change": "request_for_change",
                   "change request": "request_for_change", "request for change": "request_for_change",
                   "off spec": "off_specification", "off specification": "off_specification",
                   "problem": "problem_concern", "concern": "problem_concern",
                   "problem concern": "problem_concern"},
    "booking": {"soft": "proposed", "tentative": "proposed", "pencilled": "proposed",
                "hard": "committed", "confirmed": "committed", "firm": "committed"},
    "escalation": {"no": "none", "n a": "none", "program": "programme",
                   "yes": "programme", "steerco": "board", "steering committee": "board",
                   "exec": "board", "executive": "board"},
}


def enum_parser(choices: Sequence[str], kind: str, entity: str | None = None) -> Callable[[Any], str | None]:
    """A parser onto ``choices``: exact, synonyms, leading word, then nearest by spelling."""
    canon = {norm(c.replace("_", " ")): c for c in choices}
    syn = dict(ENUM_SYNONYMS.get(kind, {}))
    syn.update({k: v for k, v in _GENERIC.get(kind, {}).items()})
    fold = STATUS_FOLD.get(entity or "", {}) if kind == "status" else {}
    cache: dict[str, str | None] = {}

    def resolve(t: str) -> str | None:
        if t in canon:
            return canon[t]
        target = syn.get(t)
        if target is not None:
            target = fold.get(target, target)
            if target in choices:
                return target
        close = difflib.get_close_matches(t, list(canon) + list(syn), n=1, cutoff=0.75)
        if close:
            hit = close[0]
            if hit in canon:
                return canon[hit]
            target = fold.get(syn[hit], syn[hit])
            return target if target in choices else None
        return None

    def parse(value: Any) -> str | None:
        if is_empty(value):
            return None
        raw = text(value) or ""
        t = norm(raw)
        if t not in cache:
            found = resolve(t)
            if found is None and t:
                words = t.split()
                for n in (2, 1):  # "Acceptance - 3 week slip" → accept
                    if len(words) > n:
                        found = resolve(" ".join(words[:n]))
                        if found:
                            break
            cache[t] = found
        if cache[t] is None:
            shown = ", ".join(c.replace("_", " ") for c in choices)
            raise ValueProblem(f"'{raw}' is not one of: {shown}")
        return cache[t]

    return problems_only(parse)


@problems_only
def period_of(value: Any, *, dayfirst: bool = True, as_of: date | None = None) -> str | None:
    """A month: dates, ``"2024-03"``, ``"Mar 24"``, ``"March"`` (year from as-of) → ``YYYY-MM``."""
    if is_empty(value):
        return None
    if isinstance(value, str):
        t = norm(value)
        if t in MONTHS:
            ref = as_of or date.today()
            m = MONTHS[t]
            year = ref.year if m <= ref.month + 6 else ref.year - 1
            return f"{year:04d}-{m:02d}"
        m2 = re.fullmatch(r"(\d{4})\s*(?:m)?\s*(\d{1,2})", t)
        if m2 and 1 <= int(m2.group(2)) <= 12:
            return f"{int(m2.group(1)):04d}-{int(m2.group(2)):02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 20000:
        raise ValueProblem(f"'{text(value)}' is not a month or a date")
    d = parse_date(value, dayfirst=dayfirst, as_of=as_of)
    return f"{d.year:04d}-{d.month:02d}" if d else None
