"""Step 4, ratings: RAG words, letters, symbols and fill colours; probability and impact
scales (3-point words, 1–5, 1–10, percentages)."""

from __future__ import annotations

import colorsys
import difflib
import math
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from .cellvalue import ValueProblem, _bounded, _shown, is_empty, problems_only, text
from .choices import level_words
from .languages import RAG_WORDS as LANGUAGE_RAG_WORDS
from .vocab import norm


# -- RAG -----------------------------------------------------------------------------------

_RAG_WORDS: dict[str, str] = {}
for _rag, _words in {
    "green": "green|g|gn|grn|on track|ontrack|good|ok|okay|healthy|fine|no issues|verde|"
             "v|grun|gruen|vert|v|low|l|complete|completed|done|blue|b|achieved|"
             "en curso normal|bien|satisfactory|on target|on schedule|within budget|bajo|niedrig|faible|baixo|"
             "groen|verde|gron|gront|zielony|zielona|zielone|zeleny|zelena|vihrea|yesil|"
             # Japanese (a green light is "blue", 青) and Simplified Chinese
             "緑|緑色|青|绿|绿色",
    "amber": "amber|a|ambar|yellow|y|orange|o|at risk|atrisk|some concerns|concern|caution|"
             "warning|watch|monitor|medium|med|m|moderate|amarillo|naranja|gelb|jaune|"
             "amarelo|laranja|en riesgo|gefahrdet|a risque|em risco|slightly off track|minor issues|medio|media|mittel|moyen|medio|"
             "giallo|arancione|arancio|oranje|geel|gul|gult|zolty|zolta|zolte|zluty|zluta|"
             "oranzowy|keltainen|oranssi|sari|turuncu|黄|黄色",
    "red": "red|r|off track|offtrack|critical|rojo|roja|rot|rouge|vermelho|bad|stop|failing|"
           "high|h|severe|blocked|stuck|major issues|late|overdue|over budget|delayed|alto|alta|hoch|eleve|haut|"
           "rosso|rossa|rood|rod|rodt|czerwony|czerwona|czerwone|cerveny|cervena|punainen|"
           "kirmizi|赤|赤色|红|红色",
}.items():
    for _w in _words.split("|"):
        _RAG_WORDS.setdefault(_w, _rag)
for _w, _rag in LANGUAGE_RAG_WORDS.items():  # (the words above read a shared one)
    _RAG_WORDS.setdefault(_w, _rag)
_RAG_SYMBOLS = {"🟢": "green", "🟡": "amber", "🟠": "amber", "🔴": "red", "✔": "green",
                "✓": "green", "✅": "green", "✗": "red", "✘": "red", "❌": "red", "⚠": "amber",
                "⚠️": "amber"}

# A shape drawn in a RAG cell whose colour (its type's or its fill's) is the status: the
# text itself says nothing, so it reads as empty and the colour is read instead.
RAG_MARKS = frozenset("●⬤•■◼◾▪◆♦★▲◉⚫⏺⬛")


def is_rag_mark(value: Any) -> bool:
    return isinstance(value, str) and value.strip() in RAG_MARKS


_NO_RATING = frozenset({"n a", "na", "tbc", "tbd", "not rated", "nvt", "s o", "n v t", "k a"})


@problems_only
def parse_rag(value: Any) -> str | None:
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value in (1, 2, 3):  # 1 = green … 3 = red is the common numeric coding
            return ("green", "amber", "red")[int(value) - 1]
        raise ValueProblem(f"'{_shown(value)}' is not a RAG status")
    s = str(value).strip()
    if s in _RAG_SYMBOLS:
        return _RAG_SYMBOLS[s]
    if s in RAG_MARKS:
        return None  # its colour tells (parse reads it from the sheet)
    t = norm(s)
    if t in _RAG_WORDS:
        return _RAG_WORDS[t]
    if t in _NO_RATING:  # "n/a", "tbc", "-": not rated (yet)
        return None
    if "/" in s or "-" in s:  # "Amber/Red" → the worse one
        parts = [parse_rag(p) for p in re.split(r"[/\-]", s) if p.strip()]
        found = [p for p in parts if p]
        if found:
            return max(found, key=("green", "amber", "red").index)
    words = t.split()
    for w in words:
        if w in ("green", "amber", "red", "yellow", "verde", "rojo", "rot", "gelb", "rouge", "vert",
                 "gron", "gul", "rod"):
            return _RAG_WORDS[w]
    raise ValueProblem(f"'{s}' is not a RAG status")


# A legend's entry: a short code, a dash or sign, a colour ("Z – zielony", "A = Amber")
_LEGEND_ENTRY = re.compile(
    r"(?<![\w])([^\W\d_]{1,2}|\d)\s*(?:–|—|-|=|:)\s*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})")


def rag_legend(lines: Iterable[str]) -> dict[str, str]:
    """The RAG codes a legend above or under a table spells out ("Legenda RAG: Z –
    zielony, Ż – żółty, C – czerwony"): code as written → green, amber or red. A line
    counts when it names two colours or more, each for one code; a code two lines give
    different colours is left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for line in lines:
        found: dict[str, str] = {}
        for code, said in _LEGEND_ENTRY.findall(line):
            words = norm(said).split()
            rag = next((_RAG_WORDS[w] for w in (" ".join(words[:n]) for n in (3, 2, 1))
                        if len(w) > 2 and w in _RAG_WORDS), None)
            if rag in ("green", "amber", "red"):
                found.setdefault(code, rag)
        if len(set(found.values())) < 2:
            continue
        for code, rag in found.items():
            if out.setdefault(code, rag) != rag:
                clash.add(code)
    return {c: r for c, r in out.items() if c not in clash}


def legend_rag_parser(codes: dict[str, str]) -> Any:
    """``parse_rag`` that reads a legend's codes first (as written: "Ż" is not "Z")."""

    @problems_only
    def parse(value: Any) -> str | None:
        if isinstance(value, str) and value.strip() in codes:
            return codes[value.strip()]
        return parse_rag(value)
    return parse


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
       "muito baixa|improbable|none|nil|negligeable|insignifiant|molto basso|molto bassa|"
       "trascurabile|rarissimo",
    2: "low|l|unlikely|minor|small|bajo|baja|b|poco probable|gering|niedrig|unwahrscheinlich|faible|"
       "bas|peu probable|baixo|baixa|improvavel|limited|mineur|mineure|baixo impacto|basso|"
       "bassa|improbabile|lieve|minore",
    3: "medium|med|m|moderate|possible|probable|occasional|average|medio|media|moderado|posible|"
       "mittel|moeglich|moglich|moyen|moyenne|possible|medio|media|possivel|significant|"
       "modere|moderee|moderada|moderato|moderata|possibile",
    4: "high|h|likely|major|serious|alto|alta|a|probable alto|hoch|wahrscheinlich|eleve|"
       "haut|elevee|alto|provavel|considerable|substantial|fort|forte|majeur|majeure|"
       "probable eleve|probabile|grave|rilevante",
    5: "very high|vh|almost certain|very likely|certain|extreme|severe|catastrophic|critical|"
       "muy alto|muy alta|casi seguro|critico|sehr hoch|fast sicher|kritisch|tres eleve|"
       "critique|muito alto|muito alta|quase certo|expected|massive|frequent|tres fort|"
       "tres forte|tres haut|tres haute|quasi certain|molto alto|molto alta|quasi certo|"
       "critica|catastrofico|gravissimo|"
       # a defect that stops the work: a blocker, in a tester's words
       "blocker|blocking|show stopper|showstopper|bloccante|bloqueante|bloquant|blockierend|"
       "blokkerend|blokujacy",
}
_SCALE5_WORDS = {w: n for n, ws in _SCALE5.items() for w in ws.split("|")}
_THREE_POINT = {"low", "l", "medium", "med", "m", "high", "h", "bajo", "baja", "b", "medio",
                "media", "alto", "alta", "a", "niedrig", "gering", "mittel", "hoch", "faible",
                "moyen", "moyenne", "eleve", "elevee", "haut", "baixo", "baixa", "moderate"}
# a priority's level words in every language ("Hoog", "Middel", "Laag"), where the lists
# above have none: low, medium, high and critical are 2, 3, 4 and 5, and a column of
# low, medium and high alone is the three-point scale (1, 3, 5), as it is in English
_LEVELS = {"low": 2, "medium": 3, "high": 4, "critical": 5}
for _w, _level in level_words().items():
    if _w not in _SCALE5_WORDS:
        _SCALE5_WORDS[_w] = _LEVELS[_level]
        if _level != "critical":
            _THREE_POINT.add(_w)


def is_level_word(value: Any) -> bool:
    """A rating scale's word ("High", "Moderate", "Muy alto"): what a risk level, a
    priority or an impact holds, never a record's title. (Not a letter: "A", "B", "M"
    are as likely short titles or codes.)"""
    return isinstance(value, str) and len(t := norm(value)) >= 3 and t in _SCALE5_WORDS


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
    # "1 - High" … "3 - Low" (ServiceNow's impact and urgency): its number counts down,
    # so the word says the level
    words_first: bool = False


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
            m = _NUMBERED.fullmatch(str(v).strip())
            t = norm(re.sub(r"\(.*?\)", "", m.group(2) if m else str(v)))
            if t:
                words.add(t)  # ("2 - Medio": its word)
            if m and m.group(1) == "1" and _SCALE5_WORDS.get(t, 0) >= 4:
                rule.words_first = True
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


_NUMBERED = re.compile(r"(\d)\s*[-–—:.)=]\s*([^\W\d].*)", re.S)


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
    m = _NUMBERED.fullmatch(s)  # "4 - Probable", "5: Very high"
    if m and rule.words_first and norm(m.group(2)) in _SCALE5_WORDS:
        return parse_scale(m.group(2), replace(rule, words_first=False))  # "1 - Alto"
    if m:
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
