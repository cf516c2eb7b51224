"""The vocabulary of real trackers: header synonyms (EN/ES/DE/FR/PT) and value words.

Headers are compared after ``norm()``: accents stripped, lower case, ``%`` read as
``pct`` and ``#``/``Nº`` as ``no``, punctuation dropped. Each line of ``headerwords`` reads
``"scopes: field": "synonym|synonym|…"`` where a scope is an entity name, ``raid``
(all six RAID kinds) or ``*``. The first synonym list wins for a field; a column may
match several fields and the matcher picks one per table.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .gcpause import gc_paused
from .hanzi import SIMPLIFIED
from .headerwords import FIELDS as _FIELDS
from .headerwords_benefit import BENEFIT as _BENEFIT
from .headerwords_benefit import ENTITY_WORDS as _BENEFIT_WORDS
from .headerwords_stakeholder import ENTITY_WORDS as _STAKEHOLDER_WORDS
from .headerwords_stakeholder import STAKEHOLDER as _STAKEHOLDER
from .headerwords_intake import ENTITY_WORDS as _INTAKE_WORDS
from .headerwords_intake import INTAKE as _INTAKE
from .headerwords_it import ITALIAN as _ITALIAN
from .headerwords_nl import DUTCH as _DUTCH
from .headerwords_it import ENTITY_WORDS as _ITALIAN_ENTITY_WORDS
from .headerwords_nl import ENTITY_WORDS as _DUTCH_ENTITY_WORDS
from .headerwords_nordic import ENTITY_WORDS as _NORDIC_ENTITY_WORDS
from .headerwords_nordic import NORDIC as _NORDIC
from .headerwords_cs import CZECH as _CZECH
from .headerwords_cs import ENTITY_WORDS as _CZECH_ENTITY_WORDS
from .headerwords_de import ENTITY_WORDS as _GERMAN_ENTITY_WORDS
from .headerwords_de import GERMAN as _GERMAN
from .headerwords_es import ENTITY_WORDS as _SPANISH_ENTITY_WORDS
from .headerwords_es import SPANISH as _SPANISH
from .headerwords_fr import ENTITY_WORDS as _FRENCH_ENTITY_WORDS
from .headerwords_fr import FRENCH as _FRENCH
from .headerwords_pt import ENTITY_WORDS as _PORTUGUESE_ENTITY_WORDS
from .headerwords_pt import PORTUGUESE as _PORTUGUESE
from .headerwords_fi import ENTITY_WORDS as _FINNISH_ENTITY_WORDS
from .headerwords_fi import FINNISH as _FINNISH
from .headerwords_pl import ENTITY_WORDS as _POLISH_ENTITY_WORDS
from .headerwords_pl import POLISH as _POLISH
from .headerwords_hu import ENTITY_WORDS as _HUNGARIAN_ENTITY_WORDS
from .headerwords_el import ENTITY_WORDS as _GREEK_ENTITY_WORDS
from .headerwords_el import GREEK as _GREEK
from .headerwords_ja import ENTITY_WORDS as _JAPANESE_ENTITY_WORDS
from .headerwords_ro import ENTITY_WORDS as _ROMANIAN_ENTITY_WORDS
from .headerwords_ro import ROMANIAN as _ROMANIAN
from .headerwords_ru import EAST_SLAVIC as _EAST_SLAVIC
from .headerwords_ru import ENTITY_WORDS as _EAST_SLAVIC_ENTITY_WORDS
from .headerwords_ja import JAPANESE as _JAPANESE
from .headerwords_hu import HUNGARIAN as _HUNGARIAN
from .headerwords_tr import ENTITY_WORDS as _TURKISH_ENTITY_WORDS
from .headerwords_tr import TURKISH as _TURKISH
from .languages import ENTITY_WORDS as _LANGUAGE_ENTITY_WORDS
from .languages import HEADER_WORDS as _LANGUAGE_WORDS
from .languages import MONTH_NAMES as _LANGUAGE_MONTHS

RAID = ("risk", "issue", "assumption", "dependency", "decision", "action")
# The kinds kept as logs of items (a record named by its ref and title)
LOG_KINDS = frozenset((*RAID, "change_request", "lesson", "benefit"))
ENTITY_NAMES = (
    "project", "milestone", "financial", "resource", "allocation", *RAID,
    "change_request", "lesson", "proposal", "benefit", "task", "stakeholder",
)

# PRINCE2 issue types (DOMAIN §3.4); the domain enums do not list them yet.
ISSUE_TYPES = ("request_for_change", "off_specification", "problem_concern")
DEPENDENCY_TYPES = ("internal", "external")


# Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width)
# as 0–9, and the Arabic decimal and thousands separators and percent sign as "." "," "%"
_DIGITS = {start + i: str(i) for start in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
           for i in range(10)} | {0x066B: ".", 0x066C: ",", 0x066A: "%"}


def ascii_digits(text: str) -> str:
    """``"١٢/٠٣/٢٠٢٥"`` → ``"12/03/2025"``; ``"٢٥٠٬٠٠٠"`` → ``"250,000"``."""
    return text if text.isascii() else text.translate(_DIGITS)


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_DIGITS))
                   if not unicodedata.combining(c))


_PAREN = re.compile(r"[(\[{（【［]([^)\]}）】］]*)[)\]}）】］]")  # (full-width ones too)


_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
                          "ı": "i", **{chr(t): s for t, s in SIMPLIFIED.items()}})


_GENDERED = re.compile(r"(?<=[a-z]{3})(?:/|\*|:|_|\()-?in(?:nen)?\)?(?![a-z])")


_NUMBER_SIGN = re.compile(r"\bn[o°º]\b\.?|\bnr\b\.?|\bnum\b\.?")
# what is not a word: Latin letters are ASCII by now; letters of other scripts (Greek,
# Cyrillic, Japanese, Chinese …) are words too
_NOT_WORD = re.compile(r"[^\w ]+|_")
# Text that is already comparable words (most of the vocabulary is written so)
_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Header or value text → comparable words: ``"Risk # "`` → ``"risk no"``."""
    t = str(text)
    if t.isascii():
        low = t.lower()
        if _WORDS.fullmatch(low) and "nr" not in low and "num" not in low:
            return low  # (the quick case: nothing to drop or change)
    t = strip_accents(t).lower()
    if not t.isascii():  # letters that are not an accent on another: Maßnahme, Kostnær
        t = t.translate(_LETTERS)
    t = _GENDERED.sub("", t)  # German both-gender forms: "Projektleiter/in", "Nutzer*innen"
    t = t.replace("%", " pct ").replace("#", " no ").replace("&", " and ")
    t = _NUMBER_SIGN.sub(" no ", t)
    t = _NOT_WORD.sub(" ", t)
    return " ".join(t.split())


def split_header(text: str) -> tuple[str, list[str]]:
    """``"Impact (High/Med/Low)"`` → (``"Impact"``, [``"High/Med/Low"``])."""
    inner = _PAREN.findall(text)
    outer = _PAREN.sub(" ", text).replace("*", " ")
    return " ".join(outer.split()), [i.strip() for i in inner if i.strip()]



def _scopes(spec: str) -> tuple[str, ...]:
    out: list[str] = []
    for s in spec.split(","):
        s = s.strip()
        out.extend(RAID if s == "raid" else ENTITY_NAMES if s == "*" else (s,))
    return tuple(out)


def _synonyms() -> dict[str, dict[str, list[str]]]:
    """entity → field → list of normalised synonyms (first = canonical). (Built in a
    function: its names are local, which makes its many steps quicker.)

    The languages kept one module each add words, written normalised (a test checks it);
    a word the lists before them already give one of the kind's fields keeps that reading
    alone ("status" is a project's RAG there, not also its state)."""
    out: dict[str, dict[str, list[str]]] = {e: {} for e in ENTITY_NAMES}
    for spec, syns in [*_FIELDS.items(), *_ITALIAN.items(), *_DUTCH.items(),
                       *_NORDIC.items(), *_POLISH.items(), *_FINNISH.items(), *_CZECH.items(),
                       *_GERMAN.items(), *_SPANISH.items(), *_PORTUGUESE.items(),
                       *_FRENCH.items(), *_TURKISH.items(), *_HUNGARIAN.items(),
                       *_JAPANESE.items(), *_ROMANIAN.items(), *_GREEK.items(),
                       *_EAST_SLAVIC.items(), *_INTAKE.items(), *_BENEFIT.items(),
                       *_STAKEHOLDER.items()]:
        scope, field = spec.split(":")
        normed = [n for n in map(norm, syns.split("|")) if n]
        for ent in _scopes(scope):
            out[ent].setdefault(field.strip(), []).extend(normed)
    known = {e: {w for syns in fields.values() for w in syns} for e, fields in out.items()}
    for spec, syns in _LANGUAGE_WORDS:
        scope, field = spec.split(":")
        words = syns.split("|")
        for ent in _scopes(scope):
            seen = known[ent]
            out[ent].setdefault(field.strip(), []).extend(w for w in words if w not in seen)
    # a change request records who asks for it, its requester: the words a RAID log uses
    # for who raised an item ("Raised by", "Anmodet af") are that (it has no raised_by)
    cr = out["change_request"]
    asked = cr.setdefault("requester", [])
    asked.extend(w for w in cr.pop("raised_by", []) if w not in asked)
    taken = {w for syns in out["allocation"].values() for w in syns}
    for field in ALLOCATION_PERSON_FIELDS:  # a resource plan's "Team", "Day rate" columns
        out["allocation"][field] = [w for w in out["resource"].get(field, ()) if w not in taken]
    return out


# A resource's own fields a resource plan (person × month) often lists beside each person:
# read with the allocations, they are given to a person the import creates.
ALLOCATION_PERSON_FIELDS = ("team", "manager", "cost_rate", "location", "email")


with gc_paused():  # tens of thousands of small objects, none of them garbage
    SYNONYMS = _synonyms()

# Secondary meanings: when the primary field is taken, a column may fall back here
# (an "Actionee" next to an "Owner" is the risk's actionee; alone, it is the owner).
PREFERRED: dict[str, dict[str, str]] = {
    "risk": {"actionee": "owner"},
}

# Entity words in sheet names, table titles and headers.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "risk": ("risk", "risks", "riesgo", "riesgos", "risiko", "risiken", "risque", "risques",
             "risco", "riscos",
             # an NEC contract's early warnings: matters that could raise cost or delay
             "ew", "early warning", "early warnings", "early warning register"),
    "issue": ("issue", "issues", "problem", "problems", "problema", "problemas", "incidencia",
              "incidencias", "probleme", "problemes", "incident", "incidents",
              # Spanish "asuntos" (matters open with the project): a register of issues
              "asuntos", "registro de asuntos",
              # non-conformance reports (NCR) of a site or a quality system: deviations
              "ncr", "ncrs", "non conformance", "non conformances", "nonconformance",
              "nonconformity", "non conformity", "afwijkingen", "non conformite",
              "non conformites", "abweichungen", "no conformidades", "nao conformidades",
              "deviation", "deviations", "quality event", "quality events",
              # an audit's findings and observations, tracked until closed
              "finding", "findings", "audit findings", "findings log", "audit observations",
              "observations log", "observation tracker", "observations tracker",
              # a building's defects before handover: snagging and punch lists
              "defect", "defects", "snag", "snags", "snagging", "snag list", "punch list",
              "punchlist",
              # a software test's defects and bugs, in the languages of the trackers read
              "bug", "bugs", "defect log", "bug list", "difetti", "difetto", "log difetti",
              "registro difetti", "defectos", "registro de defectos", "defauts", "anomalies",
              "fehler", "fehlerliste", "mangel", "maengel", "mangelliste", "defecten",
              "bevindingen", "bledy", "defeitos", "punch", "punch items",
              # requests for information to the designer, tracked until answered
              "rfi", "rfis", "request for information", "requests for information",
              # customers' complaints and their 8D problem-solving reports
              "8d", "8d report", "8d reports", "complaint", "complaints", "reklamace",
              "reklamacie", "reklamacja", "reklamacje", "reklamation", "reklamationen",
              "reclamo", "reclamos", "reclamation", "reclamations", "reclamacao",
              "reclamacoes", "reclamo cliente", "reclami"),
    "assumption": ("assumption", "assumptions", "supuesto", "supuestos", "annahme", "annahmen",
                   "hypothese", "hypotheses", "premissa", "premissas"),
    "dependency": ("dependency", "dependencies", "dependencia", "dependencias",
                   "abhangigkeit", "abhangigkeiten", "dependance", "dependances"),
    "decision": ("decision", "decisions", "entscheidung", "entscheidungen", "decisao",
                 "decisoes", "decisiones"),
    "action": ("action", "actions", "accion", "acciones", "massnahme", "massnahmen", "acao",
               "acoes", "todo", "todos",
               # a checklist's items are things to do (a Day 1 checklist, a go-live list)
               "checklist", "checklists", "check list", "checklist item", "checklist items"),
    "milestone": ("milestone", "milestones", "hito", "hitos", "meilenstein", "meilensteine",
                  "jalon", "jalons", "marco", "marcos", "plan", "projektplan", "schedule",
                  "gantt", "timeline", "cronograma", "roadmap", "planning", "key dates",
                  "deadlines", "key deadlines"),
    "financial": ("budget", "budgets", "cost", "costs", "financial", "financials", "finance",
                  "spend", "presupuesto", "kosten", "costos", "finanzas", "expenditure",
                  "expenditures", "actuals"),
    "resource": ("resource", "resources", "team", "staff", "people", "recursos", "crew",
                 "crews", "crew list", "site crew", "contractor", "contractors",
                 "ressourcen", "roster"),
    "allocation": ("allocation", "allocations", "assignment", "assignments", "asignacion",
                   "zuordnung", "booking", "bookings", "resourcing",
                   # who works when: a contractor's loading, a site's manpower histogram
                   "resource loading", "loading", "manpower loading", "labour loading",
                   "labor loading", "manpower histogram", "resource histogram",
                   "histogram", "histogramme", "staffing plan", "level of effort"),
    "project": ("project", "projects", "portfolio", "dashboard", "overview", "status",
                "proyectos", "projekte", "projets", "projetos", "matters", "matter tracker"),
    "change_request": ("change", "changes", "cr", "crs", "rfc", "ecr", "ecrs", "ecn", "ecp",
                       # process plants' management of change (MOC) registers
                       "moc", "mocs", "management of change", "moc log", "moc register",
                       "cambios", "aenderungen",
                       "anderung", "anderungen", "anderungsantrage", "changement",
                       "changements", "demandes de changement", "modification",
                       "modifications", "alteracao", "alteracoes", "pedidos de alteracao",
                       "mudanca", "mudancas", "solicitudes de cambio",
                       # a contract's changes: variations, change orders, and the
                       # "adicionales" (extra works) of Latin American public works
                       "variation", "variations", "variation order", "variation orders",
                       "change order", "change orders", "adicional", "adicionales",
                       "orden de cambio", "ordenes de cambio", "amendment", "amendments",
                       # a construction contract's claims register (variations and
                       # extensions of time a contractor claims; a grant's "Claims" are
                       # money claimed from its funder)
                       "claims register", "contractor claims", "claims log"),
    "lesson": ("lesson", "lessons", "learned", "lecciones", "lecons", "lecon"),
    "task": ("task", "tasks", "plan", "projektplan", "schedule", "gantt", "timeline",
             "cronograma", "planning", "wbs", "backlog", "epics", "stories", "sprint",
             "aufgaben", "tareas", "tarefas", "taches", "work plan", "workplan", "card",
             "cards"),
}

for _e, _words in (*_DUTCH_ENTITY_WORDS.items(), *_ITALIAN_ENTITY_WORDS.items(),
                   *_NORDIC_ENTITY_WORDS.items(), *_POLISH_ENTITY_WORDS.items(),
                   *_FINNISH_ENTITY_WORDS.items(), *_CZECH_ENTITY_WORDS.items(),
                   *_SPANISH_ENTITY_WORDS.items(), *_PORTUGUESE_ENTITY_WORDS.items(),
                   *_FRENCH_ENTITY_WORDS.items(), *_GERMAN_ENTITY_WORDS.items(),
                   *_TURKISH_ENTITY_WORDS.items(), *_HUNGARIAN_ENTITY_WORDS.items(),
                   *_JAPANESE_ENTITY_WORDS.items(), *_ROMANIAN_ENTITY_WORDS.items(),
                   *_GREEK_ENTITY_WORDS.items(), *_EAST_SLAVIC_ENTITY_WORDS.items()):
    ENTITY_WORDS[_e] += tuple(w for w in _words if w not in ENTITY_WORDS[_e])
ENTITY_WORDS["proposal"] = _INTAKE_WORDS  # intake and demand lists (headerwords_intake)
ENTITY_WORDS["benefit"] = _BENEFIT_WORDS  # benefits registers (headerwords_benefit)
ENTITY_WORDS["stakeholder"] = _STAKEHOLDER_WORDS  # (headerwords_stakeholder)
for _e, _words in _LANGUAGE_ENTITY_WORDS:
    ENTITY_WORDS[_e] += tuple(w for w in _words if w not in ENTITY_WORDS[_e])
# compared with sheet names and titles as ``norm`` gives them: written so here (a word
# written otherwise, "プロジェクト一覧" with its sound marks, would never be found)
ENTITY_WORDS = {_e: tuple(dict.fromkeys(norm(w) for w in _words))
                for _e, _words in ENTITY_WORDS.items()}

# Sheets that hold reference lists, not records.
NON_DATA_SHEETS = (
    "definition", "definitions", "lookup", "lookups", "drop down", "drop downs", "dropdown",
    "dropdowns", "list", "lists", "legend", "key", "instructions", "instruction", "read me",
    "readme", "guidance", "help", "raci", "comm plan",
    "communication", "communications", "requirements", "use cases", "scorecard",
    "heat map", "heatmap", "settings", "config", "cover", "about", "version history",
    "document history", "validation", "pm tools", "specializations", "kpi",
    "chart data", "chart", "charts", "graph", "graphs", "graph data", "change history",
    "revision history", "revisions", "document control", "version control", "versions",
    "bank holidays", "holidays", "calendar",
    "calc", "calcs", "calculations", "workings", "pivot", "pivots", "summary pivot",
)

RAID_TYPE_WORDS: dict[str, str] = {}
for _t in RAID:
    for _w in ENTITY_WORDS[_t]:
        RAID_TYPE_WORDS[_w] = _t
RAID_TYPE_WORDS.update({"r": "risk", "i": "issue", "a": "assumption", "d": "dependency",
                        "change request": "issue", "dec": "decision", "decn": "decision",
                        "act": "action", "ac": "action", "dep": "dependency",
                        "ass": "assumption", "assum": "assumption", "iss": "issue",
                        "rsk": "risk", "opportunity": "risk", "opp": "risk",
                        # an open points list's (OPL) items are open issues
                        "open point": "issue", "open points": "issue",
                        "offener punkt": "issue", "punto abierto": "issue",
                        "point ouvert": "issue", "punto aperto": "issue",
                        "ponto aberto": "issue", "ponto em aberto": "issue",
                        "otevreny bod": "issue", "otvoreny bod": "issue",
                        "open punt": "issue", "otwarty punkt": "issue"})

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(zip([
    "january jan enero ene januar jan janvier janv janeiro jan gennaio gen januari",
    "february feb febrero feb februar feb fevrier fevr fev fevereiro febbraio februari",
    "march mar marzo mar marz maerz mars marco maart mrt",
    "april apr abril abr avril avr aprile",
    "may mayo mai maio maggio mag mei",
    "june jun junio juni juin junho giugno giu",
    "july jul julio juli juillet juil julho luglio lug",
    "august aug agosto ago august aout augustus",
    "september sep sept septiembre set setiembre september septembre setembro settembre",
    "october oct octubre oktober okt octobre outubro out ottobre ott",
    "november nov noviembre november novembre novembro",
    "december dec diciembre dic dezember dez decembre dezembro dicembre",
], [  # Polish (its "of" forms, "sty", "lut"), Czech, Nordic, Finnish, Turkish ("Oca", "Şub")
    "styczen stycznia sty leden tammikuu tammi ocak oca",
    "luty lutego lut unor februar februari helmikuu helmi subat sub",
    "marzec marca brezen marts maaliskuu maalis mart",
    "kwiecien kwietnia kwi duben huhtikuu huhti nisan nis",
    "maj maja kveten toukokuu touko mayis",
    "czerwiec czerwca cze cerven kesakuu kesa haziran haz",
    "lipiec lipca lip cervenec heinakuu heina temmuz tem",
    "sierpien sierpnia sie srpen augusti elokuu elo agustos agu",
    "wrzesien wrzesnia wrz zari syyskuu syys eylul eyl",
    "pazdziernik pazdziernika paz rijen lokakuu loka ekim eki",
    "listopad listopada lis marraskuu marras kasim kas",
    "grudzien grudnia gru prosinec joulukuu joulu desember aralik ara",
]), start=1):
    for _n in " ".join(_names).split():
        MONTHS.setdefault(_n, _i)
for _n, _i in _LANGUAGE_MONTHS.items():  # (the older lists' readings first)
    MONTHS.setdefault(_n, _i)


MONTH_OF_YEAR = "month:"
"""What a period read as a month's number alone starts with ("month:10"): the row's year
column (``_year``) makes it a period."""

# Units of people's time, as headers, titles and unit columns write them
# (a site's manpower histogram counts people: "personas promedio por semana")
FTE_WORDS = frozenset({"fte", "ftes", "etp", "vza", "headcount", "manpower", "persons",
                       "personas", "personnes", "pessoas", "persone", "personen",
                       # Turkish, Czech and Polish, Nordic, Finnish: persons
                       "kisi", "osoby", "osob", "personer", "henkiloa", "henkilot",
                       # a grant's staff "level of effort" (LOE): a share of a person's time
                       "loe"})
DAY_WORDS = frozenset({"days", "day", "md", "pd", "mandays", "persondays", "dias", "tage",
                       "jours"})
HOUR_WORDS = frozenset({"hours", "hrs", "hr", "h", "horas", "stunden", "std", "heures",
                        "effort hours", "timmar", "timer", "uren", "tunnit", "ore", "godziny",
                        "hodiny", "godzin", "hodin", "часы", "часов", "години", "годин"})

# The money a row of a budget holds, by its label ("Planned", "Actual", "Forecast").
MEASURE_WORDS: dict[str, frozenset[str]] = {
    "planned": frozenset(("plan", "planned", "budget", "baseline", "pv", "projected",
                          "presupuesto", "soll", "prevu", "previsto", "presupuestado",
                          "orcado", "planejado", "begroot", "budgete", "budgetaire",
                          "orcamento", "orcamentado",
                          # a German public budget's plan for the years ahead, its estimate
                          "finanzplan", "finanzplanung", "ansatz", "haushaltsansatz")),
    "actual": frozenset(("actual", "actuals", "spend", "spent", "ac", "real", "ist", "gasto",
                         "realise", "realises", "reel", "reels", "realizado", "ejecutado",
                         "executado", "consuntivo", "effettivo", "werkelijk", "utfall",
                         "toteutunut", "mandate", "depenses", "depense",
                         # money gone out: invoices received, payments made
                         "paid", "invoiced", "billed",
                         # Czech, Slovak, Polish, Hungarian, Turkish
                         "skutecnost", "skutocnost", "cerpani", "wykonanie", "tenyleges",
                         "gerceklesen")),
    "forecast": frozenset(("forecast", "fcst", "etc", "outturn", "prognose", "estimate",
                           "previsionnel", "atterrissage", "proyeccion", "previsao",
                           "prevision", "eac", "fac", "prognoza", "vyhled", "tahmin")),
    "earned": frozenset(("earned", "ev")),
}


# Words that make an amount the difference of two ("Variance", "Abweichung", "Écart")
VARIANCE_WORDS = frozenset({"var", "variance", "delta", "diff", "difference", "abweichung",
                             "ecart", "desviacion", "desvio", "scostamento", "afwijking",
                             "avvik", "avvikelse", "afvigelse", "poikkeama", "odchylka",
                             "odchylenie", "roznica", "sapma", "fark", "variacion",
                             "variacao", "variazione"})


# ... and the phrases the languages kept one module each give a budget's three amounts
# ("ke hoach", "thuc hien": Vietnamese plan and actual)
_MEASURE_PHRASES: dict[str, tuple[str, ...]] = {
    measure: tuple(sorted({f" {w} " for spec, syns in _LANGUAGE_WORDS
                           if spec.replace(" ", "") == f"financial:{measure}"
                           for w in syns.split("|")}))
    for measure in ("planned", "actual", "forecast")}


# the estimate at completion, whatever other words its header has
_AT_COMPLETION = frozenset({"eac", "fac"})


# A public budget's rows written as abbreviations alone: the budget estimate (BE), the
# revised estimate (RE), the actuals (AE) — India's and the Commonwealth's usage
_ABBREVIATED_MEASURES = {"be": "planned", "re": "forecast", "ae": "actual",
                         "re projection": "forecast", "be original": "planned"}


def measure_in(texts: list[str]) -> str | None:
    """The first measure a word of ``texts`` names, in order (None when none does)."""
    for text in texts:
        t = norm(text)
        if t in _ABBREVIATED_MEASURES:
            return _ABBREVIATED_MEASURES[t]
        words = set(t.split())
        if words & _AT_COMPLETION:  # "Coût final prévu (EAC)": the forecast, not the plan
            return "forecast"
        for measure, names in MEASURE_WORDS.items():
            if words & names:
                return measure
        padded = f" {t} "
        for measure, phrases in _MEASURE_PHRASES.items():
            if any(p in padded for p in phrases):
                return measure
    return None
