"""The header words of Lithuanian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents and ogoneks dropped ("Būsena" is
"busena", "Atsakingas asmuo" stays, "Įvykdymo %" is "ivykdymo pct", "Eil. Nr." is
"eil no"); the words below are written so. They include the words of public-sector
project lists and EU-funds trackers (projekto kodas, priemonė, tinkamos finansuoti
išlaidos, stebėsenos rodikliai). One language a speaker can review; ``ENTITY_WORDS`` holds
the Lithuanian names of the kinds of record (sheet and title words), then the status,
priority and RAG words, the months as dates write them ("2025 m. sausio 5 d.") and the
words of total rows.
"""

from __future__ import annotations

LITHUANIAN: dict[str, str] = {
    # -- keys and names ----------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "eil no|eiles no|numeris|identifikatorius|kodas|registracijos no|rizikos no|"
        "rizikos id|problemos no|sprendimo no|pakeitimo no|veiksmo no|pamokos no|prasymo no"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projektas|projekto pavadinimas|projekto kodas|projekto no|projekto numeris|"
        "projekto id"),
    "project: code": (
        "projekto kodas|projekto no|projekto numeris|kodas|sutarties no|"
        "projekto sutarties no|registracijos no"),
    "project: name": "projekto pavadinimas|projektas|pavadinimas|projekto trumpas pavadinimas",
    "project: programme_id": (
        "programa|programos pavadinimas|veiksmu programa|priemones pavadinimas|"
        "priemones kodas|priemone|investiciju programa|portfelis"),
    "project: sponsor": (
        "uzsakovas|projekto uzsakovas|sponsorius|projekto sponsorius|projekto savininkas|"
        "kuratorius|projekto kuratorius|verslo savininkas"),
    "project: manager": (
        "projekto vadovas|projekto vadove|projekto vadovas e|vadovas|"
        "projekto koordinatorius|atsakingas asmuo"),
    "project: stage": (
        "etapas|faze|projekto etapas|projekto faze|stadija|gyvavimo ciklo etapas|"
        "igyvendinimo etapas"),
    "project: state": (
        "busena|projekto busena|statusas|projekto statusas|igyvendinimo busena|bukle"),
    "project: department": (
        "padalinys|strukturinis padalinys|skyrius|departamentas|atsakingas padalinys|"
        "institucija|atsakinga institucija|projekto vykdytojas|vykdytojas|pareiskejas|"
        "igyvendinanti institucija|sritis"),
    "project,raid,change_request,benefit: description": (
        "aprasymas|apibudinimas|detalus aprasymas|aprasas|detales|issamus aprasymas|"
        "turinys|naudos aprasymas"),
    # -- project dates, money and status -----------------------------------------------
    "project: start_baseline": (
        "pradzia|pradzios data|planuojama pradzia|planuojama pradzios data|"
        "projekto pradzia|igyvendinimo pradzia|veiklu pradzia"),
    "project: finish_baseline": (
        "pabaiga|pabaigos data|planuojama pabaiga|planuojama pabaigos data|"
        "projekto pabaiga|igyvendinimo pabaiga|veiklu pabaiga|igyvendinimo terminas|"
        "uzbaigimo data|sutartyje numatyta pabaiga|terminas"),
    "project: finish_forecast": (
        "prognozuojama pabaiga|numatoma pabaiga|prognozuojama pabaigos data|"
        "numatoma pabaigos data|tiketina pabaiga|patikslinta pabaiga"),
    "project: bac": (
        "biudzetas|projekto biudzetas|patvirtintas biudzetas|bendras biudzetas|"
        "biudzetas eur|projekto verte|projekto verte eur|bendra verte|"
        "tinkamos finansuoti islaidos|bendros tinkamos finansuoti islaidos|"
        "skirtas finansavimas|skirta suma|finansavimo suma|projekto islaidos|"
        "bendra projekto verte"),
    "project: eac": (
        "prognozuojamos islaidos|prognozuojama verte|numatomos islaidos|"
        "prognozuojama kaina|galutine prognoze|tiketinos islaidos"),
    "project,milestone,task: pct_complete": (
        "ivykdymo pct|ivykdyta pct|pct ivykdyta|atlikta pct|pct atlikta|pazanga|"
        "igyvendinimo pct|ivykdymas|progresas|ivykdymo procentas|atlikimo procentas|"
        "baigtumas|igyvendinimo laipsnis|igyvendinimo pazanga"),
    "project,raid,change_request,lesson,task: priority": (
        "prioritetas|svarba|skubumas|eiliskumas"),
    "project: rag_overall": (
        "bendra busena|bendras statusas|bendras vertinimas|rag|rag busena|sviesoforas|"
        "spalva|bendra bukle|projekto bukle"),
    "project: rag_schedule": (
        "terminai|grafikas|laikas|terminu laikymasis|tvarkarastis|laiko grafikas"),
    "project: rag_cost": "kastai|islaidos|finansai|biudzeto busena|sanaudos",
    "project: rag_scope": "apimtis|kokybe|apimtis ir kokybe|darbu apimtis",
    "project: rag_risk": "rizika|rizikos|rizikos lygis|rizikos ir problemos",
    "project: rag_resource": "istekliai|zmogiskieji istekliai|personalas|komanda",
    "project: summary": (
        "komentaras|komentarai|pastabos|santrauka|busenos aprasymas|pazangos aprasymas|"
        "pasiekimai|svarbiausi pasiekimai|atlikti darbai|atlikti darbai per laikotarpi|"
        "aktualijos|informacija apie eiga|projekto eiga|busenos pagrindimas"),
    "project: next_steps": (
        "tolesni veiksmai|kiti zingsniai|artimiausi veiksmai|planuojami darbai|"
        "numatomi darbai|kito laikotarpio darbai|kito laikotarpio planai"),
    # -- owners, dates and states of logs ----------------------------------------------
    "raid,change_request,lesson: title": (
        "pavadinimas|tema|trumpas aprasymas|rizika|rizikos pavadinimas|problema|"
        "problemos pavadinimas|prielaida|priklausomybe|sprendimas|veiksmas|uzduotis|"
        "pakeitimas|pamoka|klausimas|rizikos aprasymas|problemos aprasymas|"
        "reikalingas sprendimas|sprendziamas klausimas|pavedimas|pakeitimo pavadinimas|"
        "pakeitimo aprasymas|pakeitimo esme|siulomas pakeitimas"),
    "milestone,raid,lesson,task,benefit: owner": (
        "atsakingas|atsakinga|atsakingas a|atsakingas asmuo|atsakingi asmenys|savininkas|"
        "rizikos savininkas|vykdytojas|atsakingas vykdytojas|vykdytojai|kas atsakingas|"
        "atlikejas|naudos savininkas|atsakinga institucija"),
    "milestone,raid,change_request,lesson,task,benefit: status": "busena|statusas|bukle",
    "milestone,raid,task,allocation: notes": (
        "pastabos|pastaba|komentarai|komentaras|papildoma informacija|naujausia informacija"),
    "raid,change_request: raised_by": (
        "uzregistravo|registravo|pateike|pranese|iniciatorius|autorius|uzfiksavo|nustate|"
        "identifikavo|pateikejas"),
    "raid,change_request: date_raised": (
        "uzregistravimo data|registravimo data|iregistravimo data|nustatymo data|"
        "identifikavimo data|pateikimo data|sukurimo data|uzfiksavimo data|data"),
    "raid: due_date": (
        "terminas|ivykdymo terminas|atlikimo terminas|iki kada|galutinis terminas|"
        "sprendimo terminas|igyvendinimo terminas|planuojama data|planuojama ivykdymo data|"
        "issprendimo terminas"),
    "raid: review_date": (
        "perziuros data|paskutine perziura|kita perziura|atnaujinta|atnaujinimo data|"
        "paskutinis atnaujinimas"),
    "raid: closed_date": (
        "uzdarymo data|uzdaryta|issprendimo data|isspresta|ivykdymo data|"
        "faktine ivykdymo data|ivykdyta"),
    "raid: severity": (
        "rizikos lygis|rizikos reiksme|rizikos balas|rizikos ivertis|kritiskumas|rimtumas|"
        "reiksmingumas"),
    "risk,issue,lesson,benefit: category": (
        "kategorija|tipas|rusis|sritis|rizikos kategorija|rizikos tipas|rizikos sritis|"
        "problemos tipas|grupe|naudos kategorija"),
    # -- risks, issues, decisions, dependencies ----------------------------------------
    "risk: probability": "tikimybe|pasireiskimo tikimybe|tikimybes lygis",
    "risk,issue,assumption,dependency: impact": (
        "poveikis|itaka|pasekmes|poveikio lygis|poveikio dydis|poveikis jei nepasitvirtins"),
    "risk: response_actions": (
        "valdymo priemones|rizikos valdymo priemones|priemones|mazinimo priemones|"
        "rizikos mazinimo priemones|prevencines priemones|numatomos priemones|"
        "kontroles priemones|veiksmu planas|valdymo veiksmai|valdymo strategija|"
        "reagavimo strategija|rizikos valdymo budas"),
    "risk: trigger": (
        "perspejamasis signalas|perspejamieji signalai|ispejamieji zenklai|"
        "rizikos pozymiai|indikatorius|signalas"),
    "risk: contingency": (
        "atsarginis planas|nenumatytu atveju planas|veiksmai rizikai pasireiskus|planas b|"
        "alternatyvus planas"),
    "risk,issue,change_request: impact_cost": (
        "finansinis poveikis|poveikis biudzetui|poveikis islaidoms|poveikis kainai|"
        "papildomos islaidos|kainos pokytis|biudzeto pokytis|kaina|sanaudos|ivertinta kaina"),
    "issue: resolution": (
        "sprendimo budas|issprendimas|problemos sprendimas|taisomieji veiksmai|"
        "atlikti veiksmai|koreguojantys veiksmai|sprendimas"),
    "issue,decision,change_request: decision": (
        "priimtas sprendimas|sprendimo turinys|sprendimo rezultatas|nutarta|nutarimas|"
        "sprendimas del pakeitimo|valdymo komiteto sprendimas|"
        "prieziuros komiteto sprendimas"),
    "issue,decision: decided_by": (
        "sprendima prieme|sprendimo priemejas|priemejas|patvirtino|tvirtintojas|"
        "sprendima priimantis asmuo|institucija|forumas"),
    "issue,decision,change_request: decision_date": (
        "sprendimo data|sprendimo priemimo data|patvirtinimo data|tvirtinimo data"),
    "dependency: counterparty": (
        "priklauso nuo|susijes projektas|susijusi salis|kita salis|isorine salis|tiekejas|"
        "teikejas|gavejas|partneris|susijusi institucija"),
    # -- change requests and lessons ---------------------------------------------------
    "change_request: requester": (
        "prasytojas|pakeitimo iniciatorius|prasymo teikejas|iniciatorius|inicijavo|pateike"),
    "change_request: impact_schedule_days": (
        "poveikis terminams|poveikis grafikui|velavimas dienomis|velavimas|terminu pokytis|"
        "termino pratesimas|dienos"),
    "change_request: impact_scope": "poveikis apimciai|apimties pokytis",
    "change_request: approver": (
        "tvirtintojas|patvirtino|tvirtina|sprendima prieme|pritare|derino"),
    "lesson: effect_type": "teigiama neigiama|pasiteisino nepasiteisino|pamokos tipas|tipas",
    "lesson: event": (
        "kas pavyko|kas nepavyko|kas ivyko|kas pasiteisino|kas nepasiteisino|"
        "ka galima patobulinti|situacija|ivykis|pastebejimas|aprasymas"),
    "lesson: effect": "poveikis|pasekmes|poveikis projektui|itaka",
    "lesson: causes": "priezastis|priezastys|pagrindine priezastis|esmine priezastis",
    "lesson: recommendations": (
        "rekomendacija|rekomendacijos|pasiulymai|ka daryti kitaip|pamoka|ismokta pamoka|"
        "ateiciai"),
    "lesson: logged_by": "uzregistravo|autorius|pateike|uzfiksavo|irase",
    # -- milestones and tasks of a plan ------------------------------------------------
    "milestone,task: name": (
        "gaire|gaires|kontrolinis taskas|svarbus etapas|etapas|etapo pavadinimas|"
        "rezultatas|tarpinis rezultatas|uzduotis|uzduoties pavadinimas|uzduotys|darbas|"
        "darbai|darbo pavadinimas|veikla|veiklos pavadinimas|veiklos|veiksmas|pavadinimas"),
    "milestone: baseline_date": (
        "pradine data|bazine data|pradinis terminas|planinis terminas|pradine planuota data"),
    "milestone: forecast_date": (
        "planuojama data|prognozuojama data|numatoma data|terminas|ivykdymo terminas|"
        "iki kada|data"),
    "milestone: actual_date": "faktine data|ivykdymo data|pasiekimo data|pasiekta|ivykdyta",
    "task: wbs": "dss|dss kodas|dss no|darbu skaidymo struktura|wbs",
    "task: start_forecast": "pradzia|pradzios data|planuojama pradzia",
    "task: finish_forecast": (
        "pabaiga|pabaigos data|planuojama pabaiga|terminas|atlikimo terminas"),
    "task: duration_days": "trukme|trukme dienomis|trukme d|dienos|darbo dienos|trukme d d",
    "task: predecessors": "pirmtakai|pirmtakas|priklausomybes|priklauso nuo",
    "task: resources": "istekliai|istekliu pavadinimai|vykdytojai|atlikejai",
    "task: outline_level": "lygis|strukturos lygis|hierarchijos lygis",
    # -- money, people and allocations -------------------------------------------------
    "financial,allocation: period": (
        "laikotarpis|menuo|ataskaitinis laikotarpis|savaite|ketvirtis"),
    "financial: planned": (
        "planas|planuota|suplanuota|biudzetas|planuojamos islaidos|numatyta|"
        "patvirtinta suma|planine suma"),
    "financial: actual": (
        "faktas|faktines islaidos|panaudota|islaidos|patirtos islaidos|ismoketa|"
        "ismoketa suma|apmoketa|deklaruota|deklaruotos islaidos|ivykdyta|panaudota suma"),
    "financial: forecast": "prognoze|prognozuojama|numatoma|tiketina",
    "financial: category": (
        "islaidu kategorija|islaidu rusis|islaidu straipsnis|biudzeto eilute|"
        "islaidu eilute|straipsnis|kategorija|islaidu pavadinimas|"
        "ekonomines klasifikacijos straipsnis|sanaudu rusis|islaidu tipas"),
    "resource: name": (
        "vardas pavarde|vardas ir pavarde|pavarde vardas|darbuotojas|"
        "darbuotojo vardas pavarde|asmuo|isteklius|komandos narys|narys|vardas"),
    "allocation: resource_id": (
        "vardas pavarde|vardas ir pavarde|darbuotojas|asmuo|isteklius|vykdytojas"),
    "resource,allocation: role_id": (
        "pareigos|pareigybe|vaidmuo|vaidmuo projekte|funkcija|kvalifikacija|"
        "pareigu pavadinimas"),
    "resource: team": "skyrius|padalinys|strukturinis padalinys|komanda|departamentas|grupe",
    "resource: email": "el pastas|el pasto adresas|e pastas|elektroninis pastas|el p",
    "resource: cost_rate": (
        "valandos ikainis|ikainis|valandinis ikainis|dienos ikainis|valandos kaina|"
        "val ikainis|ikainis uz valanda"),
    "resource: fte": "etatas|etatai|etato dalis|etatu skaicius|kruvis|fte",
    "resource: hours_per_day": (
        "valandos per diena|val per diena|darbo valandos per diena|valandos per savaite|"
        "val per savaite|darbo valandos per savaite"),
    "resource: manager": "tiesioginis vadovas|vadovas|padalinio vadovas",
    "allocation: hours": (
        "valandos|val|darbo valandos|valandu skaicius|planuojamos valandos|darbo sanaudos"),
    # -- benefits and monitoring indicators --------------------------------------------
    "benefit: title": "nauda|naudos pavadinimas|laukiama nauda|tiketina nauda",
    "benefit: benefit_type": "naudos tipas|naudos rusis|finansine nefinansine|rodiklio tipas",
    "benefit: measure": (
        "rodiklis|rodiklio pavadinimas|stebesenos rodiklis|rezultato rodiklis|"
        "produkto rodiklis|vertinimo kriterijus|kpi|matavimo rodiklis"),
    "benefit: baseline_value": (
        "pradine reiksme|bazine reiksme|esama reiksme|pradinis lygis|bazinis lygis"),
    "benefit: target_value": (
        "siekiama reiksme|siektina reiksme|tiksline reiksme|planuojama reiksme|tikslas"),
    "benefit: target_date": "pasiekimo data|pasiekimo terminas|siekimo terminas|terminas",
    "stakeholder: name": "vardas pavarde|vardas|suinteresuotoji salis",
    "stakeholder: organisation": "organizacija|institucija",
    "stakeholder: position": "pareigos",
    "stakeholder: role_in_project": "vaidmuo projekte|vaidmuo",
    "stakeholder: power": "itaka",
    "stakeholder: interest": "susidomejimas|suinteresuotumas",
    "stakeholder: current_engagement": "dabartinis isitraukimas",
    "stakeholder: desired_engagement": "pageidaujamas isitraukimas",
    "stakeholder: channel": "komunikacijos kanalas",
    "stakeholder: frequency": "daznumas",
    "stakeholder: relationship_owner": "atsakingas uz rysius|atsakingas",
    "stakeholder: contact": "el pastas|telefonas",
    "stakeholder: notes": "pastabos",
}

# The Lithuanian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projektai", "projektu sarasas", "projektu portfelis", "portfelis",
                "projektu registras", "projektu stebesena", "projektu suvestine",
                "investiciniai projektai", "es projektai", "projektu busena"),
    "risk": ("rizikos", "rizika", "riziku registras", "rizikos registras",
             "riziku valdymas", "riziku valdymo planas", "riziku sarasas",
             "riziku vertinimas"),
    "issue": ("problemos", "problema", "problemu registras", "problemu zurnalas",
              "klausimai", "klausimu registras", "incidentai"),
    "assumption": ("prielaidos", "prielaida", "prielaidu registras"),
    "dependency": ("priklausomybes", "priklausomybe", "priklausomybiu registras"),
    "decision": ("sprendimai", "sprendimu registras", "sprendimu zurnalas", "nutarimai"),
    "action": ("veiksmai", "veiksmu planas", "veiksmu sarasas", "pavedimai",
               "pavedimu vykdymas", "priemoniu planas"),
    "change_request": ("pakeitimai", "pakeitimas", "pakeitimu registras",
                       "pakeitimu prasymai", "pakeitimu valdymas", "keitimo prasymai"),
    "lesson": ("pamokos", "ismoktos pamokos", "patirtis", "igyta patirtis",
               "pamoku registras"),
    "milestone": ("gaires", "svarbus etapai", "kontroliniai taskai", "etapai",
                  "igyvendinimo grafikas"),
    "task": ("uzduotys", "darbu planas", "projekto planas", "darbu grafikas", "veiklos",
             "veiklu planas", "kalendorinis planas", "dss"),
    "financial": ("biudzetas", "islaidos", "finansai", "finansavimas", "islaidu planas",
                  "mokejimai", "sanaudos", "finansinis planas"),
    "resource": ("istekliai", "darbuotojai", "personalas", "komanda", "darbuotoju sarasas",
                 "projekto komanda"),
    "allocation": ("istekliu planas", "istekliu paskirstymas", "darbo laiko apskaita",
                   "uzimtumas", "apkrova", "pajegumu planas"),
    "benefit": ("nauda", "naudos registras", "rodikliai", "stebesenos rodikliai",
                "naudu registras"),
}

# Lithuanian status and scale words → the importer's status words.
STATUS_WORDS: dict[str, str] = {
    "atidaryta": "open", "atviras": "open", "atvira": "open", "nepradeta": "open",
    "nauja": "open", "planuojama": "open",
    "vykdoma": "in_progress", "vykdomas": "in_progress", "vyksta": "in_progress",
    "igyvendinama": "in_progress", "pradeta": "in_progress",
    "ivykdyta": "done", "ivykdytas": "done", "atlikta": "done", "baigta": "done",
    "uzbaigta": "done",
    "uzdaryta": "closed", "uzdarytas": "closed",
    "pagal plana": "on_track",
    "rizikinga": "at_risk", "kyla rizika": "at_risk",
    "veluoja": "overdue", "veluojama": "overdue", "pradelsta": "overdue",
    "atideta": "deferred", "sustabdyta": "deferred",
    "atsaukta": "cancelled", "nutraukta": "cancelled",
    "patvirtinta": "approved", "patvirtintas": "approved",
    "atmesta": "rejected", "atmestas": "rejected",
    "laukiama": "pending", "laukia": "pending",
    "pasiulyta": "proposed", "siuloma": "proposed", "juodrastis": "proposed",
    "eskaluota": "escalated",
    "isspresta": "resolved", "issprestas": "resolved",
    "stebima": "monitoring", "stebimas": "monitoring",
    "pasireiske": "materialised", "ivyko": "materialised",
    "pristatyta": "delivered", "perduota": "delivered",
    "pasitvirtino": "validated", "patikrinta": "validated",
    "nepasitvirtino": "invalid", "negalioja": "invalid",
    "atsiimta": "withdrawn",
    "vertinama": "under_assessment", "nagrinejama": "under_assessment",
    "laukiama sprendimo": "awaiting_decision",
    "igyvendinta": "implemented", "igyvendintas": "implemented",
}

# Lithuanian priority, probability, impact and severity scale words.
PRIORITY_WORDS: dict[str, str] = {
    "zemas": "low", "zema": "low", "labai zemas": "low", "labai zema": "low",
    "mazas": "low", "maza": "low", "labai mazas": "low", "labai maza": "low",
    "nedidelis": "low", "nedidele": "low", "nereiksmingas": "low", "nereiksminga": "low",
    "vidutinis": "medium", "vidutine": "medium", "vidutiniskas": "medium",
    "vidutiniska": "medium", "vid": "medium",
    "aukstas": "high", "auksta": "high", "didelis": "high", "didele": "high",
    "svarbus": "high", "svarbi": "high", "skubus": "high", "skubi": "high",
    "reiksmingas": "high", "reiksminga": "high",
    "labai aukstas": "critical", "labai auksta": "critical", "labai didelis": "critical",
    "labai didele": "critical", "kritinis": "critical", "kritine": "critical",
    "ypac svarbus": "critical", "ypac svarbi": "critical", "esminis": "critical",
    "esmine": "critical",
}

# Lithuanian RAG words; "Ž" is green ("G" for geltona is left out: it reads as
# green in English trackers).
RAG_WORDS: dict[str, str] = {
    "zalia": "green", "zalias": "green", "zalioji": "green", "zaliai": "green",
    "z": "green", "gerai": "green", "pagal plana": "green",
    "geltona": "amber", "geltonas": "amber", "geltonoji": "amber", "oranzine": "amber",
    "oranzinis": "amber", "gintarine": "amber", "yra rizika": "amber",
    "reikia demesio": "amber",
    "raudona": "red", "raudonas": "red", "raudonoji": "red", "kritine": "red",
    "kritinis": "red", "veluoja": "red",
}

# January … December: the name, its genitive as dates write it ("2025 m. sausio 5 d."),
# its locative ("sausyje") and the usual abbreviations.
MONTHS: tuple[str, ...] = (
    "sausis sausio sausyje saus",
    "vasaris vasario vasaryje vas",
    "kovas kovo kove kov",
    "balandis balandzio balandyje bal",
    "geguze geguzes geguzeje geg",
    "birzelis birzelio birzelyje birz",
    "liepa liepos liepoje liep",
    "rugpjutis rugpjucio rugpjutyje rugpj",
    "rugsejis rugsejo rugsejyje rugs",
    "spalis spalio spalyje spal",
    "lapkritis lapkricio lapkrityje lapkr",
    "gruodis gruodzio gruodyje gruod",
)

# The words a total or subtotal row begins with.
TOTAL_WORDS: tuple[str, ...] = ("is viso", "viso", "isviso", "is viso eur", "bendra suma",
                                "suma", "tarpine suma", "galutine suma", "bendrai",
                                "suma is viso")
