"""Step 4, a plan's cells: predecessors read as links, durations as working days.

Plans write their links in many ways: ``2FS+3d`` (MS Project), ``5SS-1d``, ``3;4``,
``1.0, 1.01`` (serial numbers of an Excel plan), ``4 FF + 2 days``, ``7SF+1w``, ``3EA+2t``
(German), and ranges of serial numbers ``1.00-1.10``. ``parse_links`` reads a cell into
``Link``s (the planner's ``planlinks`` matches them to the plan's tasks and writes them in
canonical form); ``parse_duration`` reads ``5d``, ``3 wks``, ``10 days``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .cellvalue import ValueProblem
from .vocab import strip_accents

TYPES = ("FS", "SS", "FF", "SF")
_UNIT_DAYS = {"d": 1.0, "day": 1.0, "days": 1.0, "t": 1.0, "tag": 1.0, "tage": 1.0,
              "j": 1.0, "jour": 1.0, "jours": 1.0, "dia": 1.0, "dias": 1.0,
              "w": 5.0, "wk": 5.0, "wks": 5.0, "week": 5.0, "weeks": 5.0, "sem": 5.0,
              "semaine": 5.0, "semaines": 5.0, "semana": 5.0, "semanas": 5.0, "woche": 5.0,
              "wochen": 5.0, "h": 0.125, "hr": 0.125, "hrs": 0.125, "hour": 0.125,
              "hours": 0.125, "std": 0.125, "mo": 20.0, "mon": 20.0, "month": 20.0,
              "months": 20.0, "": 1.0, "ed": 1.0, "edays": 1.0,
              # Italian and Turkish plans' "14 g" (giorni), "3 sett", "10 gün", "2 hf"
              "g": 1.0, "gg": 1.0, "sett": 5.0, "gun": 1.0, "hf": 5.0, "hafta": 5.0}
_REF = r"[A-Za-z]{0,10}[-_]?\d+(?:\.\d+)*|[A-Za-z]+-\d+"
_LINK = re.compile(
    rf"^(?P<ref>{_REF})\s*"
    rf"(?P<type>FS|SS|FF|SF|EA|AA|EE|AE|FD|DD|DF|FC|CC|CF|TI|II|TT|IT|ΛΕ|ΕΕ|ΛΛ|ΕΛ|ZR|RR|ZZ|RZ|DZ|ZD)?\s*"
    rf"(?:(?P<sign>[+-])\s*(?P<lag>\d+(?:[.,]\d+)?)\s*(?P<unit>[^\W\d_]*)\.?)?$", re.I)
# The four types in the letters of MS Project's other languages: German (EA = Ende-Anfang),
# French (FD = fin-début), Spanish (FC = fin-comienzo), Portuguese (TI = término-início)
_TYPE_WORDS = {"EA": "FS", "AA": "SS", "EE": "FF", "AE": "SF",
               "FD": "FS", "DD": "SS", "DF": "SF",
               "FC": "FS", "CC": "SS", "CF": "SF",
               "TI": "FS", "II": "SS", "TT": "FF", "IT": "SF",
               # Greek (ΛΕ = λήξη-έναρξη)
               "ΛΕ": "FS", "ΕΕ": "SS", "ΛΛ": "FF", "ΕΛ": "SF",
               # Polish (ZR = zakończenie-rozpoczęcie)
               "ZR": "FS", "RR": "SS", "ZZ": "FF", "RZ": "SF",
               # Czech (DZ = dokončení-začátek); its ZZ and DD are Polish FF and French
               # SS, so only its own two are read
               "DZ": "FS", "ZD": "SF"}
_RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:-|–|to|bis|a|à)\s*(\d+(?:\.\d+)?)$", re.I)


class Link(NamedTuple):
    """One predecessor: its ref as written, the link type and the lag in working days.

    ``upto`` is set for a range of serial numbers ("1.00-1.10"): every task of the plan
    from ``ref`` to ``upto`` in plan order."""

    ref: str
    type: str = "FS"
    lag: float = 0.0
    upto: str | None = None


class LinkProblem(ValueProblem):
    """A predecessor that cannot be read (its reason is the message)."""


def parse_links(value: object) -> tuple[Link, ...] | None:
    """The links written in one cell (``None``/empty → no links); raises ``LinkProblem``."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    out: list[Link] = []
    for part in re.split(r"[;,\n]+|\s{2,}", text):
        part = part.strip()
        if not part:
            continue
        ranged = _RANGE.match(part)
        if ranged and not re.search(r"\d\s*-\s*\d+\s*[A-Za-z]", part):
            out.append(Link(ranged.group(1), upto=ranged.group(2)))
            continue
        m = _LINK.match(part)
        if m is None:
            raise LinkProblem(f"'{part}' is not a predecessor (write it as 3, 3FS+2d or 5SS-1d)")
        kind = (m.group("type") or "FS").upper()
        kind = _TYPE_WORDS.get(kind, kind)
        lag = 0.0
        if m.group("lag"):
            unit = m.group("unit").lower().rstrip(".")
            factor = _UNIT_DAYS.get(unit)
            if factor is None and unit:  # "2 ημέρες", "3 dias úteis": a unit's other forms
                factor = unit_days(unit)
            if factor is None:
                raise LinkProblem(f"'{part}': the lag's unit '{m.group('unit')}' is not days, "
                                  "weeks or hours")
            lag = float(m.group("lag").replace(",", ".")) * factor
            if m.group("sign") == "-":
                lag = -lag
        out.append(Link(m.group("ref"), kind, round(lag, 3)))
    return tuple(out) or None


_UNIT_STEMS = (("day", 1.0), ("tag", 1.0), ("jour", 1.0), ("dia", 1.0), ("week", 5.0),
               ("wk", 5.0), ("woch", 5.0), ("sem", 5.0), ("month", 20.0), ("monat", 20.0),
               ("mes", 20.0), ("mois", 20.0), ("hour", 0.125), ("stund", 0.125),
               ("heure", 0.125), ("hora", 0.125),
               # Polish, Czech, Dutch, Italian, Nordic, Finnish: "19 dni", "25 dnů", "5 dagen",
               # "3 giorni", "2 tygodnie", "4 weken", "10 dagar", "5 päivää", "8 godz."
               ("dni", 1.0), ("dzie", 1.0), ("dny", 1.0), ("dnu", 1.0), ("den", 1.0),
               ("dag", 1.0), ("giorn", 1.0),
               ("gg", 1.0), ("pv", 1.0), ("paiv", 1.0), ("tydz", 5.0), ("tygod", 5.0),
               ("tyd", 5.0), ("wek", 5.0), ("settiman", 5.0), ("veck", 5.0), ("uge", 5.0),
               ("uke", 5.0), ("viik", 5.0), ("godz", 0.125), ("hodin", 0.125),
               ("uur", 0.125), ("ore", 0.125), ("tim", 0.125), ("tunt", 0.125),
               ("mies", 20.0), ("mesi", 20.0), ("maand", 20.0), ("manad", 20.0),
               ("kuukau", 20.0),
               # Greek, Hungarian, Romanian, Indonesian, Vietnamese, Korean, Hebrew,
               # Arabic: "15 ημέρες", "5 nap", "10 zile", "3 hari", "2 ngày", "5일"
               ("ημερ", 1.0), ("εβδ", 5.0), ("μην", 20.0), ("ωρ", 0.125), ("nap", 1.0),
               ("het", 5.0), ("honap", 20.0), ("zi", 1.0), ("saptaman", 5.0),
               ("luni", 20.0), ("hari", 1.0), ("minggu", 5.0), ("bulan", 20.0),
               ("jam", 0.125), ("ngay", 1.0), ("tuan", 5.0), ("thang", 20.0),
               ("일", 1.0), ("주", 5.0), ("개월", 20.0), ("시간", 0.125), ("יום", 1.0),
               ("ימים", 1.0), ("שבוע", 5.0), ("يوم", 1.0), ("ايام", 1.0), ("اسبوع", 5.0),
               # Chinese and Japanese: "15 个工作日", "3 個工作天", "2週", "1个月", "4時間"
               ("个工作", 1.0), ("個工作", 1.0), ("工作", 1.0), ("営業日", 1.0), ("天", 1.0),
               ("日", 1.0), ("周", 5.0), ("週", 5.0), ("个月", 20.0), ("個月", 20.0),
               ("ヶ月", 20.0), ("か月", 20.0), ("月", 20.0), ("小时", 0.125), ("小時", 0.125),
               ("時間", 0.125))
_DURATION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([^\W\d_]*)\.?\??(?:\s+[^\W\d_]+)*\s*$")


def unit_days(unit: str) -> float | None:
    """Working days in one of ``unit`` ("h" 1/8, "wks" 5, "Wochen" 5); None if no unit."""
    raw = unit.strip().lower().rstrip(".")
    unit = strip_accents(raw)  # (which splits Hangul into its letters: "일" read as written)
    factor = _UNIT_DAYS.get(unit) if unit else None
    if factor is None and unit:
        factor = next((f for stem, f in _UNIT_STEMS
                       if unit.startswith(stem) or raw.startswith(stem)), None)
    return factor


def duration_in(unit: str | None) -> Callable[[object], float | None]:
    """A parser of durations whose bare numbers are in ``unit`` (a header's "(h)")."""
    factor = unit_days(unit) if unit else None
    if factor is None or factor == 1.0:
        return parse_duration

    def parse(value: object) -> float | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
            return round(float(value) * factor, 3)
        if isinstance(value, str) and re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", value):
            return round(float(value.strip().replace(",", ".")) * factor, 3)
        return parse_duration(value)
    return parse


def parse_duration(value: object) -> float | None:
    """A duration in working days: ``5``, ``"5d"``, ``"3 wks"``, ``"10 days"``, ``"16h"``,
    ``"2 Wochen"``, ``"3 dias úteis"``; raises ``LinkProblem`` for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise LinkProblem(f"'{value}' is not a duration")
    if isinstance(value, (int, float)):
        if value < 0:
            raise LinkProblem(f"'{value}' is not a duration (it is negative)")
        return float(value)
    text = str(value).strip().lower()
    if not text:
        return None
    if not text.isascii():  # "65 días", "3 Tage", "2 Wochen"
        text = strip_accents(text)
    m = _DURATION.match(text)
    if m is None:
        raise LinkProblem(f"'{value}' is not a duration (write it as 5, 5d, 3 wks or 10 days)")
    unit = m.group(2)
    factor = _UNIT_DAYS.get(unit)
    if factor is None:  # "Wochen", "dias úteis", "heures", "months"
        factor = next((f for stem, f in _UNIT_STEMS if unit.startswith(stem)), None)
    if factor is None and (written := _DURATION.match(str(value).strip().lower())):
        factor = unit_days(written.group(2))  # "5일" (Hangul, which strip_accents splits)
    if factor is None:
        raise LinkProblem(f"'{value}': '{unit}' is not a unit of time (days, weeks, hours)")
    return round(float(m.group(1).replace(",", ".")) * factor, 3)
