"""The header words of Slovak trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents dropped ("Zodpovedná osoba" is
"zodpovedna osoba", "Ľudské zdroje" is "ludske zdroje", "Por. č." is "por c"); the words
below are written so. Czech words live in ``headerwords_cs``; the Slovak forms are
written here whether or not Czech shares them. ``ENTITY_WORDS`` holds the Slovak names of
the kinds of record (sheet and title words); ``STATUS_WORDS``, ``PRIORITY_WORDS`` and
``RAG_WORDS`` the words of their cells; ``MONTHS`` the month names with their genitive
("15. januára") and locative ("v januári") forms.
"""

from __future__ import annotations

SLOVAK: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "cislo|por c|p c|poradove cislo|id|oznacenie|kod|c rizika|cislo rizika|id rizika|"
        "c problemu|cislo problemu|c rozhodnutia|c ziadosti|c zmeny|cislo zmeny|c ulohy|"
        "c opatrenia|evidencne cislo"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|nazov projektu|kod projektu|cislo projektu"),
    "project: code": "kod projektu|cislo projektu|oznacenie projektu|id projektu|kod",
    "project: name": "nazov projektu|projekt|nazov|meno projektu",
    "project: programme_id": "program|nazov programu",
    "project: sponsor": (
        "sponzor|sponzor projektu|zadavatel|objednavatel|vlastnik projektu|investor|"
        "garant projektu"),
    "project: manager": (
        "projektovy manazer|manazer projektu|veduci projektu|riaditel projektu|"
        "zodpovedny za projekt|projektovy veduci|pm"),
    "project: stage": "faza|faza projektu|etapa|stadium",
    "project: state": "stav|stav projektu|status projektu",
    "project: department": (
        "oddelenie|odbor|utvar|sekcia|divizia|usek|organizacna jednotka|organizacny utvar"),
    "project: start_baseline": (
        "zaciatok|datum zaciatku|planovany zaciatok|zaciatok projektu|datum zahajenia|"
        "zahajenie|planovane zahajenie"),
    "project: finish_baseline": (
        "koniec|ukoncenie|datum ukoncenia|datum konca|planovany koniec|planovane ukoncenie|"
        "termin ukoncenia|termin dokoncenia|datum dokoncenia|koniec projektu"),
    "project: finish_forecast": (
        "predpokladane ukoncenie|predpokladany koniec|ocakavane ukoncenie|ocakavany koniec|"
        "prognoza ukoncenia|novy termin|revidovany termin|predpokladany termin dokoncenia"),
    "project: start_actual": "skutocny zaciatok|skutocny datum zaciatku|skutocne zahajenie",
    "project: finish_actual": "skutocny koniec|skutocne ukoncenie|skutocny datum ukoncenia",
    "project: bac": (
        "rozpocet|schvaleny rozpocet|celkovy rozpocet|rozpocet projektu|hodnota projektu|"
        "celkova hodnota|celkova hodnota projektu|zmluvna hodnota|planovany rozpocet"),
    "project: eac": (
        "odhad nakladov|odhadovane naklady|prognoza nakladov|ocakavane naklady|"
        "predpokladane naklady|odhad pri dokonceni|odhad celkovych nakladov"),
    "project,milestone,task: pct_complete": (
        "pct dokoncenia|pct dokoncene|pct plnenia|percento dokoncenia|percento plnenia|"
        "stav dokoncenia|miera dokoncenia|postup|pokrok|plnenie pct"),
    "project: rag_overall": (
        "celkovy stav|celkovy status|status rag|rag status|semafor|celkove hodnotenie|"
        "zdravie projektu"),
    "project: rag_schedule": (
        "harmonogram|terminy|casovy plan|stav harmonogramu|status harmonogramu"),
    "project: rag_cost": "naklady|stav nakladov|stav rozpoctu|status rozpoctu|financie",
    "project: rag_scope": "rozsah|stav rozsahu|kvalita",
    "project: rag_risk": "rizika|stav rizik|rizika a problemy",
    "project: rag_resource": "zdroje|ludske zdroje|kapacity|stav zdrojov",
    "project: summary": (
        "komentar|komentare|poznamky|poznamka|zhrnutie|popis stavu|aktualny stav|"
        "dosiahnute vysledky|klucove uspechy|sprava o stave"),
    "project: next_steps": (
        "dalsie kroky|nasledujuce kroky|dalsie aktivity|plan na dalsie obdobie|"
        "aktivity v dalsom obdobi"),
    "project: status_date": "datum spravy|stav k|stav ku dnu|k datumu|datum reportu",
    "project,raid,change_request: description": (
        "popis|podrobnosti|detailny popis|popis rizika|popis problemu|popis predpokladu|"
        "popis zavislosti|popis rozhodnutia|popis ulohy|popis opatrenia"),
    "raid,change_request,lesson: title": (
        "nazov|predmet|tema|riziko|problem|predpoklad|zavislost|rozhodnutie|uloha|"
        "opatrenie|aktivita|zmena|nazov rizika|nazov problemu|poucenie|ziskana skusenost"),
    # -- people, dates, states --------------------------------------------------------
    # (one line for the owner, state and notes of every log, plan and register)
    "milestone,raid,task,lesson,benefit: owner": (
        "vlastnik|zodpovedna osoba|zodpovedny|zodpovedna|zodpovednost|riesitel|gestor|"
        "vlastnik rizika|vlastnik prinosu|pridelene|priradene|kto"),
    "milestone,raid,change_request,lesson,task,benefit: status": (
        "stav|status|stav riesenia|stav plnenia"),
    "milestone,raid,task: notes": "poznamka|poznamky|komentar|komentare|pripomienky",
    "raid,change_request: raised_by": (
        "nahlasil|nahlasila|zadal|zadala|autor|identifikoval|identifikovala|zaevidoval|"
        "vytvoril|navrhovatel"),
    "raid,change_request: date_raised": (
        "datum nahlasenia|datum identifikacie|datum zadania|datum zaevidovania|"
        "datum vytvorenia|datum zistenia|datum otvorenia|datum ziadosti|datum"),
    "raid: due_date": (
        "termin|termin splnenia|termin riesenia|termin vyriesenia|termin plnenia|do kedy|"
        "cielovy datum|konecny termin|planovany termin vyriesenia"),
    "raid: review_date": (
        "datum revizie|datum prehodnotenia|datum aktualizacie|posledna aktualizacia|"
        "posledne prehodnotenie|dalsia revizia"),
    "raid: closed_date": (
        "datum uzavretia|uzavrete dna|datum vyriesenia|datum ukoncenia|datum splnenia|"
        "skutocny datum uzavretia"),
    "raid: severity": "zavaznost|kriticnost|stupen zavaznosti",
    "project,raid,change_request,lesson,task: priority": "priorita|dolezitost|naliehavost",
    "risk,issue,lesson: category": "kategoria|oblast|typ|druh|kategoria rizika",
    # -- risks ------------------------------------------------------------------------
    "risk: probability": (
        "pravdepodobnost|pravdepodobnost vyskytu|pravdepodobnost vzniku"),
    "risk,issue,assumption,dependency: impact": (
        "dopad|vplyv|nasledok|nasledky|zavaznost dopadu|dopad rizika"),
    "risk: expected_value": "expozicia|expozicia rizika|hodnota rizika|skore rizika",
    "risk: response": (
        "strategia|strategia reakcie|reakcia na riziko|odozva na riziko|"
        "sposob riesenia rizika|typ opatrenia"),
    "risk: response_actions": (
        "opatrenia|zmiernujuce opatrenia|opatrenia na zmiernenie|plan opatreni|"
        "mitigacia|mitigacne opatrenia|preventivne opatrenia|akcny plan|"
        "opatrenia na znizenie rizika"),
    "risk: trigger": "spustac|spustac rizika|varovny signal|vcasne varovanie|indikator",
    "risk: contingency": (
        "zalozny plan|nahradny plan|pohotovostny plan|krizovy plan|plan b|alternativny plan"),
    "risk,issue: impact_cost": "financny dopad|dopad na naklady|odhadovane naklady|naklady",
    # -- issues, decisions, dependencies ----------------------------------------------
    "issue: resolution": (
        "riesenie|sposob riesenia|prijate opatrenia|napravne opatrenia|napravne opatrenie|"
        "vykonane opatrenia|riesenie problemu"),
    "issue,change_request: decision": "rozhodnutie|prijate rozhodnutie|vysledok|zaver",
    "issue,decision: decided_by": (
        "rozhodol|rozhodla|rozhodovatel|schvalil|schvalila|schvalovatel|rozhodujuci organ"),
    "issue,decision,change_request: decision_date": (
        "datum rozhodnutia|datum schvalenia|rozhodnute dna"),
    "decision: decision": "prijate rozhodnutie|zaver|vysledok",
    "dependency,decision: rationale": "zdovodnenie|odovodnenie|dovod",
    "dependency: counterparty": (
        "zavisi od|dodavatel|poskytovatel|suvisiaci projekt|prepojeny projekt|druha strana|"
        "externy partner|partner"),
    "dependency: need_by_date": "potrebne do|pozadovany datum|pozadovany termin|termin potreby",
    # -- change requests --------------------------------------------------------------
    "change_request: cr_type": "typ zmeny|druh zmeny",
    "change_request: title": (
        "popis zmeny|popis poziadavky|nazov zmeny|nazov poziadavky|poziadavka na zmenu|"
        "ziadost o zmenu"),
    "change_request: requester": "ziadatel|navrhovatel|poziadal|poziadala|iniciator",
    "change_request: impact_cost": (
        "dopad na naklady|dopad na rozpocet|dodatocne naklady|naklady zmeny|viacnaklady"),
    "change_request: impact_schedule_days": (
        "dopad na harmonogram|dopad na termin|dopad na terminy|oneskorenie|"
        "oneskorenie dni|dni oneskorenia|posun terminu"),
    "change_request: impact_scope": "dopad na rozsah|vplyv na rozsah",
    "change_request: approver": "schvalil|schvalila|schvalovatel|schvalujuci",
    # -- lessons ----------------------------------------------------------------------
    "lesson: event": (
        "co sa stalo|popis udalosti|udalost|situacia|co fungovalo|co sa podarilo|"
        "co sa nepodarilo|co nefungovalo|co zlepsit|zistenie|pozorovanie|popis skusenosti"),
    "lesson: effect": "dopad|vplyv|nasledok|ucinok|dopad na projekt",
    "lesson: causes": "pricina|priciny|hlavna pricina|korenova pricina",
    "lesson: recommendations": (
        "odporucanie|odporucania|co robit inak|ponaucenie|ziskane skusenosti"),
    "lesson: effect_type": "typ|druh|pozitivna negativna|pozitivne negativne",
    "lesson: logged_by": "autor|zaznamenal|zaznamenala|zaevidoval|zapisal|nahlasil",
    "lesson: date_logged": "datum|datum zaznamu|datum zapisu",
    # -- milestones and plans ---------------------------------------------------------
    "milestone: name": (
        "milnik|milniky|nazov milnika|kontrolny bod|klucova udalost|vystup|dodavka|"
        "aktivita|uloha|nazov ulohy"),
    "milestone: baseline_date": (
        "planovany datum|planovany termin|povodny termin|zmluvny termin|zakladny plan|"
        "smerny plan|vychodiskovy termin"),
    "milestone: forecast_date": (
        "termin|datum|predpokladany datum|predpokladany termin|ocakavany datum|prognoza|"
        "cielovy datum|novy termin|revidovany termin|datum ukoncenia"),
    "milestone: actual_date": (
        "skutocny datum|skutocny termin|datum splnenia|splnene dna|dosiahnute|"
        "skutocne ukoncenie"),
    # (Microsoft Project's Slovak field names among them: "Názov úlohy", "Trvanie",
    # "Začiatok", "Koniec", "Predchodcovia", "Názvy zdrojov", "% dokončenia", "Úroveň
    # prehľadu", "Začiatok podľa smerného plánu", "Skutočný koniec")
    "task: ref": "id|jedinecny identifikator|por c|p c|poradove cislo",
    "task: wbs": "wbs|wbs kod|kod wbs|cislo wbs|struktura prac|hierarchicka struktura prac",
    "task: name": (
        "uloha|nazov ulohy|cinnost|nazov cinnosti|aktivita|nazov aktivity|pracovny balik|"
        "nazov"),
    "task: start_forecast": "zaciatok|datum zaciatku|planovany zaciatok",
    "task: finish_forecast": (
        "koniec|datum konca|datum ukoncenia|termin|planovany koniec|termin dokoncenia"),
    "task: start_baseline": (
        "zaciatok podla smerneho planu|smerny zaciatok|zaciatok zakladneho planu"),
    "task: finish_baseline": "koniec podla smerneho planu|smerny koniec|koniec zakladneho planu",
    "task: start_actual": "skutocny zaciatok",
    "task: finish_actual": "skutocny koniec|skutocne ukoncenie",
    "task: duration_days": "trvanie|doba trvania|trvanie dni|dni|pocet dni|pracovne dni",
    "task: resources": "zdroje|nazvy zdrojov|pridelene zdroje|riesitelia",
    "task: predecessors": (
        "predchodcovia|predchodca|predchadzajuce ulohy|zavislosti|zavisi od"),
    "task: outline_level": "uroven|uroven prehladu|uroven osnovy|uroven struktury",
    # -- money ------------------------------------------------------------------------
    "financial,allocation: period": "obdobie|mesiac|stvrtrok|kvartal|tyzden",
    "financial: planned": (
        "plan|planovane|rozpocet|rozpoctovane|planovana suma|schvalene|schvaleny rozpocet"),
    "financial: actual": (
        "skutocnost|skutocne|cerpanie|vycerpane|minute|skutocne naklady|vydavky|uhradene|"
        "realizovane"),
    "financial: forecast": "prognoza|odhad|predpoklad|ocakavane|predpokladane",
    "financial: category": (
        "polozka|nakladova polozka|rozpoctova polozka|druh nakladov|typ nakladov|"
        "kategoria nakladov|nakladove stredisko|druh vydavku|ucet"),
    # -- people -----------------------------------------------------------------------
    "resource: name": (
        "meno|meno a priezvisko|priezvisko a meno|zamestnanec|pracovnik|zdroj|clen timu|"
        "osoba|nazov zdroja|meno zdroja"),
    "allocation: resource_id": (
        "meno a priezvisko|priezvisko a meno|zamestnanec|pracovnik|zdroj|clen timu|osoba|"
        "nazov zdroja|meno"),
    "resource: email": (
        "e mail|email|mail|e mailova adresa|emailova adresa|elektronicka posta"),
    "resource,allocation: role_id": (
        "rola|rola v projekte|pozicia|pracovna pozicia|funkcia|pracovne zaradenie"),
    "resource: team": "tim|oddelenie|odbor|utvar|skupina|sekcia|organizacna jednotka",
    "resource: cost_rate": (
        "hodinova sadzba|sadzba|cena za hodinu|denna sadzba|cena za den|naklady na hodinu|"
        "standardna sadzba"),
    "resource: fte": "fte|uvazok|vyska uvazku|pct uvazku|dostupnost|kapacita",
    "resource: hours_per_day": (
        "hodiny za den|hodin denne|hodiny denne|hodiny za tyzden|hodin tyzdenne|"
        "tyzdenne hodiny|pracovny cas"),
    "resource: manager": (
        "nadriadeny|priamy nadriadeny|veduci|veduci timu|veduci oddelenia"),
    "allocation: hours": (
        "hodiny|pocet hodin|planovane hodiny|clovekohodiny|clovekodni|osobodni"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": "prinos|nazov prinosu|ocakavany prinos|popis prinosu|uzitok",
    "benefit: benefit_type": "typ prinosu|druh prinosu|financny nefinancny",
    "benefit: measure": (
        "ukazovatel|meradlo|kpi|metrika|klucovy ukazovatel|klucovy ukazovatel vykonnosti|"
        "meratelny ukazovatel"),
    "benefit: baseline_value": (
        "vychodiskova hodnota|pociatocna hodnota|sucasna hodnota|vychodiskovy stav"),
    "benefit: target_value": "cielova hodnota|ciel|cielovy stav",
    "benefit: target_date": "cielovy datum|termin dosiahnutia|termin",
}

# The Slovak names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekty", "zoznam projektov", "portfolio projektov", "prehlad projektov",
                "sprava o stave"),
    "risk": ("rizika", "riziko", "register rizik", "zoznam rizik"),
    "issue": ("problemy", "register problemov", "zoznam problemov", "otvorene otazky",
              "evidencia problemov"),
    "assumption": ("predpoklady", "register predpokladov"),
    "dependency": ("zavislosti", "register zavislosti"),
    "decision": ("rozhodnutia", "register rozhodnuti", "zoznam rozhodnuti"),
    "action": ("ulohy", "opatrenia", "akcie", "zoznam uloh", "akcny plan"),
    "change_request": ("zmeny", "ziadosti o zmenu", "poziadavky na zmenu", "register zmien",
                       "zmenove poziadavky", "zmenove konanie"),
    "lesson": ("poucenia", "ponaucenia", "ziskane skusenosti", "skusenosti"),
    "milestone": ("milniky", "harmonogram", "kontrolne body"),
    "task": ("harmonogram", "plan projektu", "casovy plan", "ganttov diagram",
             "projektovy plan"),
    "financial": ("rozpocet", "naklady", "financie", "financny plan", "cerpanie rozpoctu"),
    "resource": ("zdroje", "ludske zdroje", "zamestnanci", "pracovnici", "projektovy tim"),
    "allocation": ("plan zdrojov", "alokacia zdrojov", "pridelenie zdrojov",
                   "planovanie kapacit", "vytazenie zdrojov"),
    "benefit": ("prinosy", "register prinosov", "ocakavane prinosy"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "otvoreny": "open", "otvorene": "open", "otvorena": "open", "novy": "open", "nove": "open",
    "nova": "open", "nezacate": "open", "nezacaty": "open", "este nezacate": "open",
    "v rieseni": "in_progress", "prebieha": "in_progress", "rozpracovane": "in_progress",
    "rozpracovany": "in_progress", "v procese": "in_progress", "v realizacii": "in_progress",
    "aktivny": "in_progress", "dokoncene": "done", "dokonceny": "done", "dokoncena": "done",
    "splnene": "done", "splneny": "done", "hotovo": "done", "hotove": "done",
    "vykonane": "done", "zrealizovane": "done", "uzavrete": "closed", "uzavrety": "closed",
    "uzavreta": "closed", "zatvorene": "closed", "zatvoreny": "closed",
    "podla planu": "on_track", "v termine": "on_track", "v poriadku": "on_track",
    "ohrozene": "at_risk", "ohrozeny": "at_risk", "v ohrozeni": "at_risk",
    "oneskorene": "overdue", "oneskoreny": "overdue", "meska": "overdue",
    "po termine": "overdue", "v omeskani": "overdue", "omeskane": "overdue",
    "odlozene": "deferred", "odlozeny": "deferred", "pozastavene": "deferred",
    "pozastaveny": "deferred", "caka": "pending", "cakajuce": "pending",
    "nevybavene": "pending", "zrusene": "cancelled", "zruseny": "cancelled",
    "stornovane": "cancelled", "schvalene": "approved", "schvaleny": "approved",
    "schvalena": "approved", "zamietnute": "rejected", "zamietnuty": "rejected",
    "zamietnuta": "rejected", "odmietnute": "rejected", "navrhnute": "proposed",
    "navrh": "proposed", "eskalovane": "escalated", "eskalovany": "escalated",
    "vyriesene": "resolved", "vyrieseny": "resolved", "vyriesena": "resolved",
    "monitorovane": "monitoring", "sleduje sa": "monitoring", "v sledovani": "monitoring",
    "nastalo": "materialised", "nastal": "materialised", "dodane": "delivered",
    "odovzdane": "delivered", "potvrdene": "validated", "overene": "validated",
    "neplatne": "invalid", "nepotvrdene": "invalid", "stiahnute": "withdrawn",
    "v posudzovani": "under_assessment", "posudzuje sa": "under_assessment",
    "v analyze": "under_assessment", "v hodnoteni": "under_assessment",
    "caka na rozhodnutie": "awaiting_decision", "caka na schvalenie": "awaiting_decision",
    "na schvalenie": "awaiting_decision", "implementovane": "implemented",
    "zavedene": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "velmi nizka": "low", "velmi nizky": "low", "velmi nizke": "low",
    "zanedbatelna": "low", "zanedbatelny": "low", "nizka": "low", "nizky": "low",
    "nizke": "low", "mala": "low", "maly": "low", "stredna": "medium", "stredny": "medium",
    "stredne": "medium", "priemerna": "medium", "normalna": "medium", "vysoka": "high",
    "vysoky": "high", "vysoke": "high", "velka": "high", "velky": "high",
    "velmi vysoka": "critical", "velmi vysoky": "critical", "velmi vysoke": "critical",
    "kriticka": "critical", "kriticky": "critical", "kriticke": "critical",
    "urgentna": "critical", "naliehava": "critical",
}

RAG_WORDS: dict[str, str] = {
    "zelena": "green", "zeleny": "green", "zelene": "green", "zlta": "amber",
    "zlty": "amber", "zlte": "amber", "oranzova": "amber", "oranzovy": "amber",
    "cervena": "red", "cerveny": "red", "cervene": "red",
}

# Nominative, genitive and locative, and the short forms.
MONTHS: tuple[str, ...] = (
    "januar januara januari jan",
    "februar februara februari feb",
    "marec marca marci mar",
    "april aprila aprili apr",
    "maj maja maji",
    "jun juna juni",
    "jul jula juli",
    "august augusta auguste aug",
    "september septembra septembri sep sept",
    "oktober oktobra oktobri okt",
    "november novembra novembri nov",
    "december decembra decembri dec",
)

TOTAL_WORDS: tuple[str, ...] = (
    "spolu", "celkom", "sucet", "medzisucet", "celkovy sucet", "celkova suma", "suma",
    "spolu za", "sumar",
)
