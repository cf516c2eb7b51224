"""The header words of Romanian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): diacritics dropped ("Județ" is "judet",
"Observații" is "observatii"); the words below are written so. One language a speaker
can review; ``ENTITY_WORDS`` holds the Romanian names of the kinds of record.
"""

from __future__ import annotations

ROMANIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": "nr crt|nr|numar|cod|id|cod risc|cod problema|cod jalon",
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "proiect|denumire proiect|cod proiect|titlul proiectului"),
    "project: code": "cod proiect|cod smis|cod|numar proiect|nr proiect",
    "project: name": (
        "titlul proiectului|titlu proiect|denumire proiect|denumirea proiectului|proiect|"
        "denumire"),
    "project: sponsor": "beneficiar|sponsor|finantator|solicitant",
    "project: manager": "manager de proiect|manager proiect|responsabil proiect|coordonator",
    "project: stage": "stadiu|stadiu implementare|etapa|faza",
    "project: state": "stare|status proiect",
    "project: start_baseline": (
        "data incepere|data inceperii|data de incepere|data start|inceput|data demarare"),
    "project: finish_baseline": (
        "data finalizare|data finalizarii|data de finalizare|data sfarsit|termen finalizare"),
    "project: finish_actual": "data finalizare efectiva|finalizat la",
    "project: bac": (
        "valoare totala|valoare proiect|buget|buget total|valoare totala proiect|"
        "valoare contract"),
    "project,milestone,task: pct_complete": (
        "progres fizic|progres|grad de realizare|stadiu fizic|procent realizare"),
    "project: rag_overall": "semafor|stare generala|status general|indicator",
    "project: summary": "observatii|comentarii|mentiuni",
    "project: department": "judet|regiune|directie|departament",
    "project,raid,change_request: description": "descriere|detalii",
    "raid,change_request,lesson: title": (
        "titlu|denumire|risc|problema|ipoteza|dependenta|decizie|actiune|modificare"),
    # -- dates, people, states --------------------------------------------------------
    "milestone,raid: owner": "responsabil|proprietar|persoana responsabila",
    "milestone,raid,change_request,lesson: status": "stare|status|stadiu",
    "milestone,raid: notes": "observatii|comentarii",
    "raid,change_request: raised_by": "identificat de|raportat de|solicitat de|initiator",
    "raid,change_request: date_raised": "data identificarii|data inregistrarii|data",
    "raid: due_date": "termen|termen limita|data limita|scadenta",
    "raid: closed_date": "data inchiderii|inchis la",
    "project,raid,change_request,lesson,task: priority": "prioritate",
    "risk: probability": "probabilitate",
    "risk,issue,assumption,dependency: impact": "impact",
    "risk: response_actions": "masuri|masuri de atenuare|plan de actiune|actiuni",
    "risk,issue,lesson: category": "categorie|tip",
    "lesson: recommendations": "recomandari|recomandare|lectii invatate",
    "milestone: name": "jalon|reper|denumire jalon",
    "task: name": "activitate|sarcina|denumire activitate",
    "task: start_forecast": "data inceput|inceput",
    "task: finish_forecast": "data sfarsit|sfarsit",
    "task: duration_days": "durata|durata zile",
    # -- people and money -------------------------------------------------------------
    "resource: name": "nume|nume si prenume|angajat|resursa",
    "allocation: resource_id": "nume si prenume|angajat|resursa",
    "resource,allocation: role_id": "rol|functie|post",
    "resource: team": "departament|echipa|compartiment",
    "financial: planned": "planificat|buget|prevazut",
    "financial: actual": "realizat|efectiv|cheltuit|platit",
    "financial: forecast": "estimat|prognoza",
    "financial: category": "categorie cheltuieli|linie bugetara|capitol",
    "milestone: critical": "jalon critic|critic|cale critica",
    "milestone: ref": "cod jalon|nr jalon",
    "change_request: requester": "solicitant|solicitat de|initiat de",
    "change_request: impact_schedule_days": "termen zile|impact termen|impact asupra termenului|intarziere zile|zile",
    "change_request: decision_date": "data deciziei|data aprobarii|data deciziei ccb",
    "change_request: approver": "aprobat de|aprobator|aprobat",
    "change_request: impact_cost": "impact cost|cost|cost estimat|impact financiar",
}

# The Romanian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("proiecte", "portofoliu", "portofoliu proiecte", "lista proiecte"),
    "risk": ("riscuri", "registrul riscurilor", "registru riscuri"),
    "issue": ("probleme", "registru probleme"),
    "decision": ("decizii",),
    "action": ("actiuni", "plan de actiune"),
    "change_request": ("modificari", "cereri de modificare"),
    "lesson": ("lectii invatate",),
    "milestone": ("jaloane", "repere"),
    "task": ("activitati", "grafic", "plan proiect"),
    "financial": ("buget", "bugete", "cheltuieli"),
    "resource": ("resurse", "personal"),
    "allocation": ("alocare resurse", "plan resurse"),
}
