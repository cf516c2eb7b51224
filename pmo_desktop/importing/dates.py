"""Step 4, dates: real dates, Excel serials and many written forms; months (``YYYY-MM``)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any, Callable, Iterable

from .cellvalue import ValueProblem, is_empty, problems_only, text
from .vocab import MONTHS, ascii_digits, norm, strip_accents


# -- dates -------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?$")
_NUM3 = re.compile(r"^(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{2,4})(?:\s.*)?$")
_NUM2 = re.compile(r"^(\d{1,2})[-/.](\d{1,2})\.?$")
_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
# A quarter: "Q3 2026", "2026-Q3", and the trimestre of Spanish, Italian, French and
# Portuguese trackers: "T4 2023", "1T 2024", "3er trimestre 2025", "Trim. 2 2024".
_QUARTER = re.compile(
    r"^(?:q|t|trim\.?|trimestre)\s*(?P<q>[1-4])\s*[/-]?\s*(?:fy)?\s*(?P<y>\d{2,4})$|"
    r"^(?P<q2>[1-4])\s*(?:q|t|(?:er|e|o|º|°)?\s*(?:trim\.?|trimestre))\s*[/-]?\s*(?P<y2>\d{4})$|"
    r"^(?P<y3>\d{4})\s*[/-]?\s*[qt](?P<q3>[1-4])$|"
    # a fiscal year first: "FY26 Q1", "FY2026-Q3" (which months, ``widecols`` decides)
    r"^fy\s*(?P<y4>\d{2}|\d{4})\s*[/-]?\s*q(?P<q4>[1-4])$")
# A week of a year: "KW 14/2026", "CW14 2026", "Wk 14-26", "2026-W14" (ISO weeks): its Monday.
_WEEK_OF_YEAR = re.compile(
    r"^(?:kw|cw|wk|week|woche|w|sem|semana|semaine|uge|vecka|uke|settimana)\.?\s*"
    r"(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})$|^(\d{4})\s*-?\s*w(\d{1,2})$")
# A calendar week without its year ("KW 47", "CW 12"): German and English calendar weeks
# (a bare "Week 12" may count a project's weeks, not the calendar's)
_CALENDAR_WEEK = re.compile(r"^(?:kw|cw)\.?\s*(\d{1,2})$")
# A week's number with no year in words that also begin a month's name ("Settimana 14",
# "Sett. 14" is September's): a week, no day of September
_WEEK_ALONE = re.compile(r"^(?:settimana|settimane|sett|sem|semana|semaine|week|wk|woche|"
                         r"uge|vecka|uke|viikko|tydzien|tyg|hafta)\.?\s*\d{1,2}$")


def _near_week(week: int, as_of: date | None, t: str) -> date:
    return _nearest_year(lambda y: date.fromisocalendar(y, week, 1), as_of,
                         f"'{t}': no year has a week {week}")


_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "weds", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun", "lunes", "martes", "miercoles",
    "jueves", "viernes", "sabado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "segunda", "terca", "quarta", "quinta", "sexta", "feira", "mo",
    "di", "mi", "do", "fr", "sa", "so",
    # MS Project's short days in Portuguese, French, Spanish and Italian ("seg 06/04/26");
    # not "mar" (Tuesday and March)
    "seg", "ter", "qua", "qui", "sex", "sab", "dom", "lun", "mer", "jeu", "ven", "sam",
    "dim", "mie", "jue", "vie", "gio", "lu", "ma", "me", "je", "ve",
    # … in Czech and Slovak ("po 02.09.24"), Polish, Dutch and the Nordic languages
    "po", "ut", "út", "st", "ct", "čt", "pa", "pá", "ne", "pi", "št", "pon", "wt", "sr",
    "śr", "czw", "pt", "sob", "niedz", "nd", "wo", "vr", "za", "zo", "man", "tir", "ons",
    "tor", "fre", "lor", "lør", "lör", "son", "søn", "sön", "mån", "tis",
}
_FILLER = {"de", "del", "of", "the", "th", "st", "nd", "rd", "er", "le", "el", "em", "do",
           "da", "den",
           # Catalan "d'agost"; Lithuanian "2025 m. sausio 5 d."; Latvian "2025. gada"
           "d", "m", "gada"}


def _year(y: int) -> int:
    return y + (2000 if y < 70 else 1900) if y < 100 else y


# An Excel serial before 1910 is no date of a tracker's: a count of days ("Prazo (em dias
# úteis)": 1, 2, 5), a priority or a number, not 31 December 1899.
_FIRST_SERIAL = 3654


@problems_only
def excel_serial(n: float) -> date:
    if not _FIRST_SERIAL <= n < 2958466:
        raise ValueProblem(f"{n:g} is not a date")
    return EXCEL_EPOCH + timedelta(days=int(n))


def _nearest_year(make: Callable[[int], date], as_of: date | None, what: str) -> date:
    """The date ``make(year)`` gives for the year (of the as-of date's, and the one before
    and after) that puts it nearest to the as-of date; a year ``make`` refuses is skipped."""
    ref = as_of or date.today()
    found = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            found.append(make(y))
        except ValueError:
            continue
    if not found:
        raise ValueProblem(what)
    return min(found, key=lambda d: abs((d - ref).days))


def _near(month: int, day: int, as_of: date | None) -> date:
    """A yearless date: the year that puts it nearest to the as-of date."""
    return _nearest_year(lambda y: date(y, month, day), as_of,
                         f"{day}/{month} is not a date")


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


_SPACED_DOTS = re.compile(r"^\d{1,4}\.\s+\d{1,2}\.\s+\d{1,4}\.?$")
_DOT_SPACE = re.compile(r"\.\s+")


_ZERO_DATE = re.compile(r"0{4}-0{2}-0{2}(?:[ T]0{2}:0{2}(?::0{2})?)?|0{2}[./]0{2}[./]0{4}")


# Milliseconds since 1970 (a tool's export written as an API gives its dates): from 2001
# to 2096, thirteen digits
_EPOCH_MS = (1_000_000_000_000, 4_000_000_000_000)


def _from_epoch(seconds: float) -> date:
    return (datetime(1970, 1, 1) + timedelta(seconds=seconds)).date()


@problems_only
def parse_date(value: Any, *, dayfirst: bool = True, as_of: date | None = None) -> date | None:
    """A cell as a date: real dates, Excel serials and text dates in many forms; a
    database's zero date ("0000-00-00") is no date."""
    if is_empty(value) or isinstance(value, str) and _ZERO_DATE.fullmatch(value.strip()):
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
        if _EPOCH_MS[0] <= value < _EPOCH_MS[1]:  # 1756825200000: ClickUp's, an API's
            return _from_epoch(value / 1000)  # milliseconds since 1970
        return excel_serial(float(value))
    t = ascii_digits(str(value).strip())
    if t.isdigit() and len(t) == 13 and _EPOCH_MS[0] <= int(t) < _EPOCH_MS[1]:
        return _from_epoch(int(t) / 1000)
    low = strip_accents(t).lower()
    if low in _NO_DATE:
        return None
    m = _CALENDAR_WEEK.match(low)
    if m:  # "KW 47": a calendar week of the year nearest the as-of date, its Monday
        return _near_week(int(m.group(1)), as_of, t)
    if _WEEK_ALONE.match(low):
        raise ValueProblem(f"'{t}' is a week with no year, not a date")
    m = _WEEK_OF_YEAR.match(low)
    if m:  # (before "wk" is taken for a prefix)
        week, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        try:
            return date.fromisocalendar(_year(int(year)), int(week), 1)
        except ValueError as exc:
            raise ValueProblem(f"'{t}': {year} has no week {int(week)}") from exc
    low = _DATE_PREFIX.sub("", low).strip() or low  # "w/c 12/01/2026", "by 31 Mar"
    low = _P6_MARK.sub("", low) or low  # "27-Feb-26 10:00 A": Primavera's actual date
    if low.endswith(".") and low[:-1].rstrip()[-1:].isdigit():
        low = low[:-1].rstrip()  # "2025.12.06.": Hungarian dates end in a dot
    if not low.isascii() and (m := _CJK_MONTH_PART.match(
            unicodedata.normalize("NFC", low))) is not None:
        return _month_part(m, as_of)  # "3月15日", "3月末", "2026年6月下旬"
    if not low.isascii() or low[:1] in "rhs" and low[1:2].isdigit() or \
            low.startswith(("thang", "ngay")):
        low = _east_asian(low)  # "2024年5月23日", "R6.5.23"
    low = _ZONE.sub("", low) or low  # "… 00:00:00 GMT+0000 (Coordinated Universal Time)"
    low = _TIME_OF_DAY.sub("", low) or low  # "09/Mar/26 12:00 AM" (tracker exports)
    if ". " in low:  # Korean and Hungarian dates: "2025. 3. 14.", "2025. 03. 14. 10:22"
        low = _DOT_SPACE.sub(".", low).rstrip(".") if _SPACED_DOTS.match(low) else low
    m = _MINGUO.match(low)
    if m:  # "113/09/02": Taiwan's Minguo year (1912 its first)
        low = f"{int(m.group(1)) + 1911}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    low = _BUDDHIST.sub(_gregorian, low)  # "15/01/2568": Thailand's Buddhist Era
    first, _sp, rest = low.partition(" ")
    if rest and (first.rstrip(".,") in _WEEKDAYS or first.rstrip(".,") == "mar" and
                 _NUM3.match(rest.strip())):  # "Mon 12/01/26" (MS Project's own form)
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
        m = _MY.match(low)
        if m:  # "03-2025", "3/2025": a month and its year
            return date(int(m.group(2)), int(m.group(1)), 1)
        m = _NUM2.match(low)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day, month = (a, b) if (a > 12 or dayfirst) and b <= 12 else (b, a)
            return _near(month, day, as_of)
        m = _QUARTER.match(low.replace(" ", "")) or _QUARTER.match(low)
        if m:
            qtext = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")
            ytext = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
            month = int(qtext) * 3
            nxt = date(_year(int(ytext)) + (month == 12), month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        quarter = _quarter_in_words(low)
        if quarter is not None:  # "4. kvt. 2026", "2025. IV. negyedév", "III kwartał 2025"
            return quarter
    except ValueError as exc:
        raise ValueProblem(f"'{t}' is not a valid date") from exc
    try:
        return _words_date(low, dayfirst, as_of)
    except ValueError as exc:
        raise ValueProblem(f"'{t}' is not a date") from exc


# A time after a date: "12:00 AM", "4:37 pm", "16:30:00".
# A time zone after a time, as JavaScript writes a date (Linear's CSV export) and e-mail
# headers do: "Fri Mar 06 2026 00:00:00 GMT+0000 (Coordinated Universal Time)"
_ZONE = re.compile(r"(?<=\d)\s+(?:gmt|utc)\s*(?:[+-]\d{2}:?\d{2})?(?:\s*\([^)]*\))?$")
_TIME_OF_DAY = re.compile(r"(?<=[\d.])[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?$")
# A month and its year: "03-2025", "3/2025", "03.2025"
_MY = re.compile(r"^(\d{1,2})\s*[-./]\s*(\d{4})$")
# A quarter written with a word for it, in the languages the importer reads: its number
# (or Roman numeral) and the year either side ("4. kvt. 2026", "2025. IV. negyedév",
# "III kwartał 2025", "4. Quartal 2025", "Q4/2025" is ``_QUARTER``'s)
_QUARTER_WORDS = frozenset((
    "quarter", "qtr", "qtr.", "kvartal", "kvt", "kv", "kvartaali", "neljannes", "quartal",
    "kwartal", "kwartaal", "ctvrtleti", "ctvrtl", "stvrtrok", "negyedev", "trimestre",
    "trim", "trimestr", "ceyrek", "cuatrimestre",
    # Vietnamese, Indonesian/Malay, Lithuanian, Latvian, Estonian, Croatian/Slovenian/Slovak
    # ("Quý I/2025", "Kuartal I 2025", "TW I 2025", "I ketvirtis 2025"), Catalan, Korean
    # ("1분기")
    "quy", "kuartal", "triwulan", "tw", "suku", "ketvirtis", "ketv", "ceturksnis", "cet",
    "kvartaal",
    "tromjesecje", "cetrtletje", "stvrtrok", "trimestre", "분기"))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter_parts(low: str) -> tuple[list[int], list[int], int] | None:
    """The years, quarter numbers and count of other words of a text with a quarter
    word ("4. kvt. 2026": [2026], [4], 2), else None."""
    words = [w for w in re.split(r"[\s.,/-]+", unicodedata.normalize(
        "NFC", norm(low)).replace("분기", " 분기 ").replace("년", " ")) if w]
    if not words or not any(w in _QUARTER_WORDS for w in words):
        return None
    rest = [w for w in words if w not in _QUARTER_WORDS]
    years = [int(w) for w in rest if w.isdigit() and len(w) == 4]
    quarters = [int(w) if w.isdigit() else _ROMAN[w] for w in rest
                if (w.isdigit() and len(w) == 1 and 1 <= int(w) <= 4) or w in _ROMAN]
    return years, quarters, len(rest)


def quarter_without_year(text: str) -> int | None:
    """The quarter's number of a quarter written with a word and no year ("1.
    čtvrtletí", "III kwartał", "2e trimestre"), else None."""
    parts = _quarter_parts(text)
    if parts is None or parts[0] or len(parts[1]) != 1 or parts[2] != 1:
        return None
    return parts[1][0]


def _quarter_in_words(low: str) -> date | None:
    """The last day of a quarter written with a quarter word, else None."""
    parts = _quarter_parts(low)
    if parts is None:
        return None
    years, quarters, others = parts
    if len(years) != 1 or len(quarters) != 1 or others != 2:
        return None
    month = quarters[0] * 3
    nxt = date(years[0] + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


# A date written the Japanese or Chinese way: "2024年5月23日"; and a Japanese era's year
# ("R6.5.23", "令和6年5月23日": Reiwa 6 is 2024)
_CJK_DATE = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일]?)?$")
# Vietnamese: "ngày 5 tháng 3 năm 2025", "tháng 3/2025", "tháng 03 năm 2025"
_VI_DATE = re.compile(r"^(?:ngay\s*(\d{1,2})\s*)?thang\s*(\d{1,2})\s*(?:nam|/|-|\.)?\s*(\d{4})$")
_ERA = re.compile(r"^(r|h|s|令和|平成|昭和)\s*(\d{1,2})\s*[.年/-]\s*(\d{1,2})\s*[.月/-]\s*(\d{1,2})\s*日?$")
_ERA_START = {"r": 2019, "令和": 2019, "h": 1989, "平成": 1989, "s": 1926, "昭和": 1926}


# Taiwan's dates count years from 1912 (Minguo 1): "113/09/02" is 2 September 2024 (a
# year of three digits first, never a day), "民國113年9月2日"
_MINGUO = re.compile(r"^(1\d\d)\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$")
_MINGUO_CJK = re.compile(r"^民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
# Thailand's Buddhist Era is 543 years ahead: "15/01/2568" is 15 January 2025
_BUDDHIST = re.compile(r"(?<=\d[/.\- ])(2[45]\d\d)$|^(2[45]\d\d)(?=[/.-]\d)")


def _gregorian(m: re.Match[str]) -> str:
    return str(int(m.group(1) or m.group(2)) - 543)


# A day of a month written the Japanese, Chinese or Korean way with no year ("3月15日",
# "3월 15일"), or a part of a month with or without one: its end ("3月末", "3月底",
# "3월 말"), its first, middle or last ten days ("6月上旬", "中旬", "下旬")
_CJK_MONTH_PART = re.compile(r"^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*"
                             r"(末|底|말|上旬|中旬|下旬|初|(\d{1,2})\s*[日일号號]?)$")
_MONTH_PARTS = {"初": 1, "上旬": 10, "中旬": 20}  # (the end and 下旬: the month's last day)


def _month_part(m: re.Match[str], as_of: date | None) -> date:
    """The date ``_CJK_MONTH_PART`` matched, a yearless one nearest the as-of date."""
    month, part = int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        raise ValueProblem(f"'{m.group(0)}' is not a date")
    day = int(m.group(4)) if m.group(4) else _MONTH_PARTS.get(part, 0)

    def make(year: int) -> date:
        if day:
            return date(year, month, day)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return nxt - timedelta(days=1)  # the month's last day

    if m.group(1):
        try:
            return make(int(m.group(1)))
        except ValueError as exc:
            raise ValueProblem(f"'{m.group(0)}' is not a valid date") from exc
    return _nearest_year(make, as_of, f"'{m.group(0)}' is not a date")


def _east_asian(low: str) -> str:
    """``low`` with an East Asian date rewritten as an ISO one ("2024-05-23")."""
    low = unicodedata.normalize("NFC", low)  # (Hangul, which NFKD took apart)
    m = _CJK_DATE.match(low)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3) or 1):02d}"
    m = _MINGUO_CJK.match(low)
    if m:
        return f"{int(m.group(1)) + 1911}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _ERA.match(low)
    if m:
        year = _ERA_START[m.group(1)] + int(m.group(2)) - 1
        return f"{year}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
    m = _VI_DATE.match(low)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1) or 1):02d}"
    return low


# Primavera P6 writes "A" after an actual date and "*" after a constrained one.
_P6_MARK = re.compile(r"(?<=\d)(?:\s+a|\s*\*)$")
# What trackers write in a date cell to say there is no date (yet).
_NO_DATE = frozenset((
    "tbc", "tbd", "tba", "n/a", "na", "n.a.", "#n/a", "-", "–", "—", "?", "none", "nil",
    "nvt", "n.v.t.", "n.v.t", "sans objet", "s.o.", "no aplica", "entfallt",
    "pending", "unknown", "not known", "not applicable", "ongoing", "on going", "on-going",
    "asap", "various", "continuous", "continual", "no date", "no due date", "not set",
    "open", "por definir", "pendiente", "continuo", "offen", "laufend", "en cours", "a definir",
    "por confirmar", "a confirmar", "sin fecha", "a confirmer", "da confermare", "te bevestigen",
    "unklar", "unbekannt", "noch offen", "ungewiss", "inconnu", "sconosciuto", "da definire",
    "onbekend", "ukendt", "okant", "ukjent", "desconocido", "desconhecido",
    "folyamatos", "nem ismert", "prubezne", "na biezaco", "jatkuva", "surekli",
    "постоянно", "постіино", "ежеквартально", "щокварталу", "щомісяця", "ежемесячно",
    "по мере необходимости", "за потреби", "συνεχως",
))
# Words before a date that do not change it: "w/c 12/01/2026", "by 31 Mar", "approx. Q3 2026".
_DATE_PREFIX = re.compile(
    r"^(?:~|(?:week commencing|week ending|week of|w/c|w/e|wc|we|wk|by|due|approx|circa|c|ca|"
    r"est|estimated|target|planned|expected|around|about|before|no later than|nlt|"
    r"antes del?|bis|vor|avant le|ate|до|не позднее|не пізніше|entro(?: il)?|uiterlijk|"
    r"d'ici le|"
    # the end of a quarter or month is how such a date is read already
    r"end of|end|ende|fin de|fin|fine|final de|einde|slut|slutet av|slutten av|udgangen af)"
    r"(?:\s*[.:]\s*|\s+))(?=\S)")


def decide_dayfirst(values: Iterable[Any], default: bool = True) -> bool:
    """Day-first or month-first, from every text date of the column."""
    found = dayfirst_evidence(values)
    return default if found is None else found


def dayfirst_evidence(values: Iterable[Any]) -> bool | None:
    """Day-first (True) or month-first (False) when the text dates among ``values`` say
    so (a first number over 12, or a second one), else None."""
    first_big = second_big = 0
    for v in values:
        if isinstance(v, str):
            t = v.strip()
            first, _sp, rest = t.partition(" ")
            if rest and norm(first).rstrip(".,") in _WEEKDAYS:
                t = rest.strip()  # "Tue 4/14/26": Microsoft Project's dates
            m = _NUM3.match(t) or _NUM2.match(t)
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                first_big += a > 12
                second_big += b > 12
    if first_big and not second_big:
        return True
    if second_big and not first_big:
        return False
    return None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# A quarter written as its months and year: "Apr-Jun 2025", "Oct–Dec 2025" (normalised)
_MONTHS_SPAN = re.compile(r"([a-z]{3,9}) ([a-z]{3,9}) ((?:19|20)\d\d)")


# a quarter's number before the months it spans, which say where it falls in the year
_QUARTER_NAMED = re.compile(r"^q[1-4] (?=[a-z])")


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
        m3 = _MONTHS_SPAN.fullmatch(_QUARTER_NAMED.sub("", t))  # ("Q1 (Jul-Sep 2024)")
        if m3 and (first := MONTHS.get(m3.group(1))) and (last := MONTHS.get(m3.group(2))) \
                and (last - first) % 12 == 2:  # "Apr-Jun 2025": a quarter, as its last month
            year = int(m3.group(3))
            return f"{year:04d}-{last:02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 20000:
        raise ValueProblem(f"'{text(value)}' is not a month or a date")
    d = parse_date(value, dayfirst=dayfirst, as_of=as_of)
    return f"{d.year:04d}-{d.month:02d}" if d else None


# A cell that gives a span: "2024-08-01 - 2025-05-15" (monday.com's Timeline), "01/03/2025 to
# 30/06/2025", "3.3.2025 – 30.6.2025", "1 Mar 2025 → 30 Jun 2025".
_RANGE = re.compile(
    r"^\s*(\S.*?\d)\s+(?:-|–|—|to|→|till|til|bis|au|al|a|tot|do|–>|->)\s+(\S.*\d)\s*$", re.I)


def date_range(value: Any, *, dayfirst: bool = True,
               as_of: date | None = None) -> tuple[date, date] | None:
    """The first and last day of a cell that gives a span of two dates, else None."""
    if not isinstance(value, str):
        return None
    m = _RANGE.match(value)
    if m is None:
        return None
    try:
        a = parse_date(m.group(1), dayfirst=dayfirst, as_of=as_of)
        b = parse_date(m.group(2), dayfirst=dayfirst, as_of=as_of)
    except ValueProblem:
        return None
    return (a, b) if a is not None and b is not None and a <= b else None

