"""The header words of Hungarian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents dropped ("Felelős" is
"felelos", "Határidő" is "hatarido"); the words below are written so. One language a
speaker can review; ``ENTITY_WORDS`` holds the Hungarian names of the kinds of record.
"""

from __future__ import annotations

HUNGARIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": "azonosito|sorszam|sorsz|kod|kockazat azonosito|kulcs",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|projekt neve|projektkod|projekt azonosito"),
    "project: code": "projektkod|projekt azonosito|projektszam|azonosito",
    "project: name": "projekt neve|projekt megnevezese|megnevezes|projekt",
    "project: sponsor": "szponzor|megrendelo|projekttulajdonos|projekt tulajdonos",
    "project: manager": "projektmenedzser|projektvezeto|projekt vezeto",
    "project: stage": "fazis|szakasz|projekt fazis|projektszakasz",
    "project: state": "allapot|projekt allapota",
    "project: start_baseline": "kezdes|kezdes datuma|kezdo datum|tervezett kezdes",
    "project: finish_baseline": "befejezes|befejezes datuma|zaro datum|tervezett befejezes",
    "project: finish_forecast": "varhato befejezes|prognozis befejezes",
    "project: bac": "koltsegvetes|jovahagyott koltsegvetes|teljes koltsegvetes|osszkoltseg",
    "project: eac": "varhato koltseg|varhato osszkoltseg|becsult osszkoltseg",
    "project,milestone,task: pct_complete": "keszultseg|keszultsegi fok|elorehaladas",
    "project: rag_overall": "osszesitett statusz|osszesito statusz|rag statusz",
    "project: summary": "megjegyzes|megjegyzesek|komment|statuszjelentes",
    "project,raid,change_request: description": "leiras|reszletek|kivalto ok leiras",
    "raid,change_request,lesson: title": (
        "kockazat megnevezese|kockazat|megnevezes|targy|problema|feltetelezes|fuggoseg|"
        "dontes|intezkedes megnevezese|valtozas|cim|tanulsag|osszefoglalo"),
    # -- dates, people, states --------------------------------------------------------
    "milestone,raid: owner": "felelos|tulajdonos|kockazatgazda|gazda|felelos szemely",
    "milestone,raid,change_request,lesson: status": "statusz|allapot",
    "milestone,raid: notes": "megjegyzes|megjegyzesek",
    "raid,change_request: raised_by": "bejelento|rogzitette|javasolta|kezdemenyezo",
    "raid,change_request: date_raised": (
        "azonositas datuma|rogzites datuma|bejelentes datuma|felvetel datuma|datum|letrehozva|letrehozas datuma|letrehozas"),
    "raid: due_date": "hatarido|celdatum|teljesitesi hatarido",
    "raid: closed_date": "lezaras datuma|lezarva|lezaras",
    "raid: review_date": "kovetkezo felulvizsgalat|felulvizsgalat datuma",
    "project,raid,change_request,lesson,task: priority": "prioritas|fontossag",
    "risk: probability": "valoszinuseg",
    "risk,issue,assumption,dependency: impact": "hatas",
    "risk: residual_probability": "valoszinuseg maradvany|maradvany valoszinuseg",
    "risk: residual_impact": "hatas maradvany|maradvany hatas",
    "risk: impact_cost": "becsult penzugyi hatas|penzugyi hatas|koltseghatas",
    "risk: response": "kezelesi strategia|strategia|valaszstrategia",
    "risk: response_actions": "intezkedes|intezkedesek|kezelesi intezkedesek",
    "risk: trend": "trend|tendencia",
    "risk,issue,lesson: category": "kategoria|tipus",
    "lesson: recommendations": "javaslat|ajanlas|tanulsag",
    "milestone: name": "merfoldko|merfoldko neve",
    "task: name": "feladat|feladat neve|tevekenyseg",
    "task: start_forecast": "kezdes|kezdes datuma",
    "task: finish_forecast": "befejezes|befejezes datuma|hatarido",
    "task: duration_days": "idotartam|idotartam nap",
    # -- people and money -------------------------------------------------------------
    "resource: name": "nev|munkatars|eroforras|dolgozo",
    "allocation: resource_id": "munkatars|eroforras|dolgozo",
    "resource,allocation: role_id": "szerepkor|beosztas|munkakor",
    "resource: team": "osztaly|csapat|szervezeti egyseg",
    "resource: email": "e mail|email cim|e mail cim",
    "financial: planned": "terv|tervezett|eloiranyzat",
    "financial: actual": "teny|tenyleges|felhasznalt|kifizetett",
    "financial: forecast": "elorejelzes|varhato",
    "financial: category": "koltsegkategoria|tetel|koltsegnem",
    "raid: severity": "kockazati szint|kockazat szintje|sulyossag|kockazati besorolas",
    "decision: title": "dontes targya|targy|napirendi pont",
    "issue,decision: decided_by": "donteshozo|dontest hozta|dontott|jovahagyta",
    "decision: rationale": "indoklas|indokolas|megindokolas",
}

# The Hungarian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projektek", "projektlista", "portfolio"),
    "risk": ("kockazatok", "kockazatnyilvantartas", "kockazati nyilvantartas"),
    "issue": ("problemak", "problemanaplo"),
    "decision": ("dontesek",),
    "action": ("intezkedesek",),
    "change_request": ("valtozasok", "valtozaskezeles", "valtozasi igenyek"),
    "lesson": ("tanulsagok",),
    "milestone": ("merfoldkovek",),
    "task": ("feladatok", "utemterv", "projektterv"),
    "financial": ("koltsegvetes", "penzugyek"),
    "resource": ("eroforrasok", "munkatarsak"),
    "allocation": ("eroforrasterv", "kapacitasterv"),
}
