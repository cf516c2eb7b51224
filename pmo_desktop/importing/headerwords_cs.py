"""The header words of Czech and Slovak trackers, read as ``headerwords.FIELDS`` is (each
line ``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents dropped ("Řešitel" is
"resitel", "Č." is "c"); the words below are written so. One language a speaker can
review; ``ENTITY_WORDS`` holds the Czech names of the kinds of record.
"""

from __future__ import annotations

CZECH: dict[str, str] = {
    "raid,change_request,lesson: ref": (
        "c|cislo|c problemu|c rizika|c zmeny|c ukolu|c rozhodnuti|id|oznaceni"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|nazev projektu|kod projektu"),
    "project: code": "kod projektu|cislo projektu|kod|c projektu|c investice|c akce",
    "project: name": "nazev projektu|projekt|nazev",
    "project: sponsor": "sponzor|zadavatel|vlastnik projektu",
    "project: manager": "projektovy manazer|vedouci projektu|manazer projektu",
    "project: stage": "faze|etapa",
    "project: bac": "rozpocet|schvaleny rozpocet",
    "project: eac": "odhad na dokonceni|odhad pri dokonceni|predpoklad na dokonceni",
    "project,milestone,task: pct_complete": "dokonceno|pct dokonceni|stav dokonceni|postup",
    "project,raid,change_request: description": (
        "popis|podrobnosti|popis problemu|popis rizika|popis zmeny"),
    "raid,change_request,lesson: title": (
        "nazev|predmet|problem|riziko|predpoklad|zavislost|rozhodnuti|ukol|zmena"),
    "milestone,raid: owner": "resitel|vlastnik|odpovedna osoba|odpovida|zodpovida",
    "milestone,raid,change_request,lesson: status": "stav|status",
    "milestone,raid: notes": "poznamka|poznamky|komentar|komentare",
    "raid,change_request: raised_by": "nahlasil|nahlasila|zadal|zadala|autor|ohlasil",
    "raid,change_request: date_raised": (
        "datum zjisteni|datum nahlaseni|datum zalozeni|datum zadani|datum"),
    "raid: due_date": "termin|termin vyreseni|termin splneni|do kdy",
    "raid: closed_date": "datum uzavreni|uzavreno dne|datum vyreseni",
    "raid: escalation": "eskalace",
    "project,raid,change_request,lesson,task: priority": "priorita|dulezitost",
    "risk: probability": "pravdepodobnost",
    "risk,issue,assumption,dependency: impact": "dopad",
    "risk: response": "opatreni|reakce na riziko",
    "issue: resolution": "prijata opatreni|reseni|prijata opatreni reseni",
    "risk,issue,lesson: category": "kategorie|oblast|typ",
    "lesson: recommendations": "doporuceni",
    "milestone: name": "milnik|milniky",
    "task: name": "ukol|nazev ukolu|cinnost|nazev|nazev cinnosti",
    "task: start_forecast": "zacatek|datum zahajeni|zahajeni",
    "task: finish_forecast": "konec|datum ukonceni|dokonceni|datum dokonceni",
    "resource: name": "jmeno|pracovnik|zdroj|jmeno a prijmeni|prijmeni a jmeno",
    "allocation: resource_id": "pracovnik|zdroj|jmeno a prijmeni|prijmeni a jmeno|jmeno",
    "resource,allocation: role_id": "role|pozice|funkce",
    # a team list's person: department, share of time on the project, hourly rate, line
    # manager and place of work
    "resource: team": "tym|oddeleni|tym oddeleni|utvar",
    "resource: fte": "uvazek|uvazek na projektu",
    "resource: cost_rate": "hodinova sazba|sazba|denni sazba",
    "resource: manager": "nadrizeny|vedouci",
    "resource: location": "pracoviste|misto vykonu prace|zavod",
    "benefit: target_date": "cilove datum|termin dosazeni|datum dosazeni|cilovy termin",
    "task: duration_days": "doba trvani|trvani",
    "task: predecessors": "predchudci|predchozi ukoly",
    "task: outline_level": "uroven osnovy|uroven",
    "task: resources": "nazvy zdroju|zdroje",
    "task: start_baseline": "smerny zacatek|smerne zahajeni|planovany zacatek|"
                            "zahajeni podle smerneho planu",
    "task: finish_baseline": "smerny konec|smerne dokonceni|planovany konec|"
                             "dokonceni podle smerneho planu",
    "task: start_actual": "skutecne zahajeni|skutecny zacatek",
    "task: finish_actual": "skutecne dokonceni|skutecny konec",
    "task: is_milestone": "milnik",
}

# The Czech names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekty", "portfolio projektu"),
    "risk": ("rizika", "registr rizik"),
    "issue": ("problemy", "evidence problemu", "registr problemu"),
    "decision": ("rozhodnuti",),
    "action": ("ukoly", "akce"),
    "change_request": ("zmeny", "zmenove pozadavky", "registr zmen"),
    "lesson": ("ponauceni", "zkusenosti"),
    "milestone": ("milniky", "harmonogram"),
    "task": ("harmonogram", "ukoly projektu"),
    "financial": ("rozpocet", "naklady"),
    "resource": ("zdroje", "pracovnici"),
}
