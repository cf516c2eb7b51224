"""The header words of Slovenian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): the carons dropped ("Odgovorna oseba"
stays, "Zaključek" is "zakljucek", "Št. tveganja" is "st tveganja"); the words below are
written so. One language a speaker can review; ``ENTITY_WORDS`` holds the Slovenian names
of the kinds of record (sheet and title words); ``STATUS_WORDS``, ``PRIORITY_WORDS`` and
``RAG_WORDS`` the words of their cells; ``MONTHS`` the month names with their genitive
("15. januarja") and locative ("v januarju") forms.
"""

from __future__ import annotations

SLOVENIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "st|zap st|zaporedna stevilka|stevilka|id|oznaka|sifra|st tveganja|id tveganja|"
        "oznaka tveganja|st tezave|st problema|st odlocitve|st zahtevka|st spremembe|"
        "st ukrepa|st aktivnosti|evidencna stevilka"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|naziv projekta|ime projekta|sifra projekta|oznaka projekta"),
    "project: code": (
        "sifra projekta|oznaka projekta|stevilka projekta|koda projekta|id projekta|sifra|"
        "oznaka"),
    "project: name": "naziv projekta|ime projekta|projekt|naziv|naslov projekta",
    "project: programme_id": "program|naziv programa",
    "project: sponsor": (
        "sponzor|sponzor projekta|narocnik|lastnik projekta|investitor|pokrovitelj"),
    "project: manager": (
        "vodja projekta|vodja|projektni vodja|skrbnik projekta|skrbnik|upravitelj projekta|"
        "projektni menedzer|pm"),
    "project: stage": "faza|faza projekta|etapa|stopnja",
    "project: state": "stanje|stanje projekta|status projekta",
    "project: department": (
        "oddelek|sektor|sluzba|enota|organizacijska enota|notranja organizacijska enota|"
        "direktorat|urad|poslovna enota|divizija"),
    "project: start_baseline": (
        "zacetek|datum zacetka|nacrtovani zacetek|planirani zacetek|zacetek projekta|"
        "datum zacetka projekta"),
    "project: finish_baseline": (
        "konec|zakljucek|datum zakljucka|datum konca|nacrtovani zakljucek|planirani zakljucek|"
        "nacrtovani konec|rok zakljucka|koncni rok|zakljucek projekta"),
    "project: finish_forecast": (
        "predviden zakljucek|predvideni zakljucek|pricakovani zakljucek|pricakovan zakljucek|"
        "napovedan zakljucek|ocenjeni zakljucek|nov rok|revidiran rok|"
        "predvideni datum zakljucka"),
    "project: start_actual": "dejanski zacetek|dejanski datum zacetka",
    "project: finish_actual": "dejanski zakljucek|dejanski konec|dejanski datum zakljucka",
    "project: bac": (
        "proracun|budzet|skupni proracun|odobreni proracun|proracun projekta|"
        "vrednost projekta|skupna vrednost|skupna vrednost projekta|pogodbena vrednost|"
        "nacrtovani proracun|nacrtovana vrednost"),
    "project: eac": (
        "ocena stroskov|ocenjeni stroski|napoved stroskov|predvideni stroski|"
        "pricakovani stroski|ocena ob zakljucku|napoved ob zakljucku|"
        "ocenjena koncna vrednost"),
    "project,milestone,task: pct_complete": (
        "pct dokoncano|pct dokoncanja|pct realizacije|pct opravljeno|pct izvedbe|"
        "odstotek dokoncanja|odstotek realizacije|stopnja dokoncanja|stopnja realizacije|"
        "napredek|realizacija pct"),
    "project: rag_overall": (
        "skupni status|splosni status|status rag|rag status|semafor|skupna ocena|"
        "celotni status|zdravje projekta"),
    "project: rag_schedule": "roki|casovnica|terminski plan|casovni nacrt|status rokov",
    "project: rag_cost": "stroski|status stroskov|status proracuna|finance",
    "project: rag_scope": "obseg|status obsega|kakovost",
    "project: rag_risk": "tveganja|status tveganj|tveganja in tezave",
    "project: rag_resource": "viri|kadri|cloveski viri|status virov",
    "project: summary": (
        "komentar|komentarji|opombe|opomba|povzetek|opis stanja|dosezki|kljucni dosezki|"
        "trenutno stanje|porocilo|stanje v obdobju|realizirano v obdobju"),
    "project: next_steps": (
        "naslednji koraki|nadaljnji koraki|naslednje aktivnosti|nadaljnje aktivnosti|"
        "nacrt za naslednje obdobje|aktivnosti v naslednjem obdobju"),
    "project: status_date": "datum porocila|datum porocanja|stanje na dan|na dan",
    "project,raid,change_request: description": (
        "opis|podrobnosti|podroben opis|opis tveganja|opis tezave|opis problema|"
        "opis predpostavke|opis odvisnosti|opis odlocitve|opis ukrepa|opis in vzrok|opis in vzroki|opis in razlog"),
    "raid,change_request,lesson: title": (
        "naziv|naslov|predmet|tema|tveganje|tezava|problem|vprasanje|predpostavka|"
        "odvisnost|odlocitev|ukrep|aktivnost|naloga|sprememba|naziv tveganja|naziv tezave|"
        "lekcija|naucena lekcija|pridobljena izkusnja"),
    # -- people, dates, states --------------------------------------------------------
    # (one line for the owner, state and notes of every log, plan and register)
    "milestone,raid,task,lesson,benefit: owner": (
        "lastnik|odgovorna oseba|odgovoren|odgovorni|nosilec|izvajalec|zadolzen|"
        "zadolzena oseba|lastnik tveganja|lastnik koristi|skrbnik|nosilec aktivnosti|"
        "odgovornost"),
    "milestone,raid,change_request,lesson,task,benefit: status": "status|stanje|trenutni status",
    "milestone,raid,task: notes": (
        "opomba|opombe|komentar|komentarji|zabelezke|pripombe"),
    "raid,change_request: raised_by": (
        "prijavil|prijavila|prijavitelj|avtor|identificiral|identificirala|vnesel|vnesla|"
        "evidentiral|pobudnik|predlagatelj"),
    "raid,change_request: date_raised": (
        "datum prijave|datum identifikacije|datum vnosa|datum evidentiranja|datum odprtja|"
        "datum nastanka|datum zahtevka|datum predloga|datum"),
    "raid: due_date": (
        "rok|rok izvedbe|rok resitve|rok za resitev|rok zaprtja|koncni rok|ciljni datum|"
        "do kdaj|nacrtovani datum resitve|rok realizacije|rok za ukrep|rok ukrepa|rok za ukrepe"),
    "raid: review_date": (
        "datum pregleda|datum revizije|datum posodobitve|zadnja posodobitev|zadnji pregled|"
        "naslednji pregled"),
    "raid: closed_date": (
        "datum zaprtja|zaprto dne|datum resitve|datum zakljucka|dejanski datum zaprtja|"
        "datum realizacije"),
    "raid: severity": "resnost|kriticnost|stopnja resnosti|stopnja tveganja|raven tveganja|ocena tveganja",
    "project,raid,change_request,lesson,task: priority": "prioriteta|pomembnost|nujnost|prednost",
    "risk,issue,lesson: category": "kategorija|vrsta|tip|podrocje|kategorija tveganja",
    # -- risks ------------------------------------------------------------------------
    "risk: probability": (
        "verjetnost|verjetnost nastanka|verjetnost pojava|verjetnost uresnicitve"),
    "risk,issue,assumption,dependency: impact": (
        "vpliv|posledica|posledice|ucinek|resnost vpliva|vpliv tveganja|velikost vpliva"),
    "risk: expected_value": "izpostavljenost|izpostavljenost tveganju|ocena tveganja",
    "risk: response": (
        "strategija|strategija odziva|odziv na tveganje|obravnava tveganja|nacin obravnave"),
    "risk: response_actions": (
        "ukrepi|omilitveni ukrepi|ukrepi za zmanjsanje|ukrepi za zmanjsanje tveganja|"
        "ukrepi za obvladovanje|ukrepi za blazenje|blazenje|nacrt ukrepov|"
        "nacrt obvladovanja|odziv|aktivnosti za zmanjsanje tveganja"),
    "risk: trigger": "sprozilec|opozorilni znak|zgodnji opozorilni znak|kazalnik",
    "risk: contingency": (
        "nadomestni nacrt|rezervni nacrt|nacrt b|krizni nacrt|alternativni nacrt|"
        "ukrepi ob nastanku"),
    "risk,issue: impact_cost": "financni vpliv|vpliv na stroske|ocenjeni stroski|strosek",
    # -- issues, decisions, dependencies ----------------------------------------------
    "issue: resolution": (
        "resitev|nacin resitve|izvedeni ukrepi|korektivni ukrepi|popravni ukrepi|"
        "resitev tezave"),
    "issue,change_request: decision": "odlocitev|sprejeta odlocitev|izid|sklep",
    "issue,decision: decided_by": (
        "odlocil|odlocila|odlocevalec|sprejel odlocitev|odobril|organ odlocanja"),
    "issue,decision,change_request: decision_date": (
        "datum odlocitve|datum sklepa|datum odobritve|datum sprejema"),
    "decision: decision": "sprejeta odlocitev|sklep|izid",
    "dependency,decision: rationale": "utemeljitev|razlog|obrazlozitev",
    "dependency: counterparty": (
        "odvisno od|dobavitelj|povezan projekt|povezani projekt|druga stran|"
        "zunanji partner|partner"),
    "dependency: need_by_date": "potrebno do|zahtevani datum|potreben datum|rok potrebe",
    # -- change requests --------------------------------------------------------------
    "change_request: cr_type": "vrsta spremembe|tip spremembe",
    "change_request: title": (
        "opis spremembe|opis zahtevka|naziv spremembe|naziv zahtevka|zahtevek za spremembo|"
        "predlog spremembe"),
    "change_request: requester": (
        "vlagatelj|vlagatelj zahtevka|predlagatelj|zahteval|zahtevala|pobudnik"),
    "change_request: impact_cost": (
        "vpliv na stroske|vpliv na proracun|dodatni stroski|strosek spremembe"),
    "change_request: impact_schedule_days": (
        "vpliv na roke|vpliv na rok|vpliv na casovnico|zamuda|zamuda dni|dni zamude|"
        "podaljsanje roka"),
    "change_request: impact_scope": "vpliv na obseg",
    "change_request: approver": "odobril|odobrila|odobritelj|potrdil|potrdila",
    # -- lessons ----------------------------------------------------------------------
    "lesson: event": (
        "kaj se je zgodilo|opis dogodka|dogodek|situacija|kaj je bilo dobro|kaj je slo dobro|"
        "kaj ni bilo dobro|kaj je slo narobe|kaj bi lahko izboljsali|opazanje|ugotovitev|"
        "opis izkusnje"),
    "lesson: effect": "ucinek|posledica|vpliv|vpliv na projekt",
    "lesson: causes": "vzrok|vzroki|temeljni vzrok|osnovni vzrok",
    "lesson: recommendations": (
        "priporocilo|priporocila|kaj narediti drugace|kaj bomo naredili drugace|"
        "pridobljene izkusnje|izkusnje"),
    "lesson: effect_type": "vrsta|tip|pozitivno negativno|pozitivna negativna",
    "lesson: logged_by": "avtor|vnesel|vnesla|zabelezil|zabelezila|prijavil",
    "lesson: date_logged": "datum|datum vnosa|datum zapisa",
    # -- milestones and plans ---------------------------------------------------------
    "milestone: name": (
        "mejnik|mejniki|naziv mejnika|kljucni dogodek|kontrolna tocka|rezultat|dobava|"
        "aktivnost|naloga|ime opravila"),
    "milestone: baseline_date": (
        "nacrtovani datum|planirani datum|prvotni rok|izhodiscni datum|osnovni nacrt|"
        "pogodbeni rok"),
    "milestone: forecast_date": (
        "rok|datum|pricakovani datum|predvideni datum|napovedani datum|ciljni datum|nov rok|"
        "revidiran rok|datum zakljucka"),
    "milestone: actual_date": (
        "dejanski datum|datum dosega|dosezeno|datum izvedbe|dejanski zakljucek"),
    # (Microsoft Project's Slovenian field names among them: "Ime opravila", "Trajanje",
    # "Začetek", "Konec", "Predhodniki", "Imena virov", "% dokončano", "Raven orisa")
    "task: ref": "id|enolicni id|zap st|st",
    "task: wbs": "wbs|wbs koda|koda wbs|wbs st|struktura del|struktura razclenitve del",
    "task: name": (
        "naloga|ime naloge|naziv naloge|opravilo|ime opravila|aktivnost|naziv aktivnosti|"
        "delovni paket|naziv"),
    "task: start_forecast": "zacetek|datum zacetka|nacrtovani zacetek",
    "task: finish_forecast": (
        "konec|zakljucek|datum konca|datum zakljucka|rok|nacrtovani konec|rok izvedbe"),
    "task: start_baseline": "osnovni zacetek|zacetek osnovnega nacrta|izhodiscni zacetek",
    "task: finish_baseline": "osnovni konec|konec osnovnega nacrta|izhodiscni konec",
    "task: start_actual": "dejanski zacetek",
    "task: finish_actual": "dejanski konec|dejanski zakljucek",
    "task: duration_days": "trajanje|trajanje dni|dnevi|st dni|stevilo dni|delovni dnevi",
    "task: resources": "viri|imena virov|ime vira|dodeljeni viri|izvajalci",
    "task: predecessors": "predhodniki|predhodnik|predhodne naloge|odvisnosti|odvisno od",
    "task: outline_level": "raven|raven orisa|nivo|raven strukture",
    # -- money ------------------------------------------------------------------------
    "financial,allocation: period": "obdobje|mesec|cetrtletje|teden",
    "financial: planned": (
        "plan|nacrtovano|planirano|proracun|budzet|nacrtovani znesek|odobreno|"
        "odobreni znesek"),
    "financial: actual": (
        "realizacija|realizirano|dejansko|porabljeno|izplacano|placano|dejanski stroski|"
        "porabljena sredstva|izdatki"),
    "financial: forecast": "napoved|ocena|predvideno|pricakovano|ocenjeno",
    "financial: category": (
        "postavka|stroskovna postavka|vrsta stroska|kategorija stroska|proracunska postavka|"
        "konto|stroskovno mesto|stroskovni nosilec|vrsta stroskov"),
    # -- people -----------------------------------------------------------------------
    "resource: name": (
        "ime in priimek|priimek in ime|ime|zaposleni|delavec|sodelavec|vir|clan ekipe|"
        "clan tima|oseba|ime vira|kader"),
    "allocation: resource_id": (
        "ime in priimek|priimek in ime|zaposleni|delavec|sodelavec|vir|clan ekipe|oseba|"
        "ime vira"),
    "resource: email": (
        "e posta|e postni naslov|elektronska posta|elektronski naslov|el posta|e mail|email"),
    "resource,allocation: role_id": (
        "vloga|vloga v projektu|delovno mesto|naziv delovnega mesta|funkcija|pozicija"),
    "resource: team": "ekipa|tim|oddelek|sektor|sluzba|skupina|organizacijska enota",
    "resource: cost_rate": (
        "urna postavka|cena ure|cena na uro|dnevna postavka|cena dela|strosek na uro|"
        "strosek ure"),
    "resource: fte": (
        "fte|angazma|angaziranost|pct angazmaja|razpolozljivost|"
        "ekvivalent polnega delovnega casa"),
    "resource: hours_per_day": (
        "ur na dan|ure na dan|ur dnevno|dnevne ure|ur na teden|ure na teden|tedenske ure|"
        "ur tedensko|delovni cas"),
    "resource: manager": (
        "nadrejeni|neposredni nadrejeni|vodja|vodja ekipe|vodja oddelka"),
    "allocation: hours": (
        "ure|st ur|stevilo ur|nacrtovane ure|delovne ure|cloveski dnevi|osebni dnevi"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": "korist|naziv koristi|pricakovana korist|opis koristi",
    "benefit: benefit_type": "vrsta koristi|tip koristi|financna nefinancna",
    "benefit: measure": (
        "merilo|kazalnik|kpi|metrika|kljucni kazalnik|kljucni kazalnik uspesnosti"),
    "benefit: baseline_value": "izhodiscna vrednost|zacetna vrednost|trenutna vrednost",
    "benefit: target_value": "ciljna vrednost|cilj",
    "benefit: target_date": "ciljni datum|rok dosega|rok uresnicitve|rok",
}

# The Slovenian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekti", "seznam projektov", "portfelj", "portfelj projektov",
                "pregled projektov", "porocilo o stanju", "statusno porocilo"),
    "risk": ("tveganja", "tveganje", "register tveganj", "seznam tveganj"),
    "issue": ("tezave", "register tezav", "seznam tezav", "odprta vprasanja", "problemi"),
    "assumption": ("predpostavke", "register predpostavk"),
    "dependency": ("odvisnosti", "register odvisnosti"),
    "decision": ("odlocitve", "register odlocitev", "sklepi", "seznam sklepov"),
    "action": ("ukrepi", "aktivnosti", "seznam aktivnosti", "akcijski nacrt",
               "seznam nalog"),
    "change_request": ("spremembe", "zahtevki za spremembo", "register sprememb",
                       "obvladovanje sprememb"),
    "lesson": ("pridobljene izkusnje", "naucene lekcije", "izkusnje", "lekcije"),
    "milestone": ("mejniki", "casovnica", "terminski plan"),
    "task": ("naloge", "opravila", "terminski plan", "casovni nacrt", "nacrt projekta",
             "gantogram", "ganttov diagram"),
    "financial": ("proracun", "stroski", "finance", "financni nacrt"),
    "resource": ("viri", "kadri", "cloveski viri", "zaposleni", "projektna ekipa"),
    "allocation": ("nacrt virov", "razporeditev virov", "dodelitev virov",
                   "nacrtovanje zmogljivosti"),
    "benefit": ("koristi", "register koristi", "pricakovane koristi"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "odprto": "open", "odprt": "open", "odprta": "open", "novo": "open", "nov": "open",
    "nova": "open", "ni zaceto": "open", "se ni zaceto": "open", "nezaceto": "open",
    "v teku": "in_progress", "v delu": "in_progress", "v izvajanju": "in_progress",
    "v obdelavi": "in_progress", "v pripravi": "in_progress", "aktivno": "in_progress",
    "zakljuceno": "done", "zakljucen": "done", "zakljucena": "done", "koncano": "done",
    "dokoncano": "done", "opravljeno": "done", "izvedeno": "done", "realizirano": "done",
    "zaprto": "closed", "zaprt": "closed", "zaprta": "closed",
    "po planu": "on_track", "po nacrtu": "on_track", "v roku": "on_track",
    "ogrozeno": "at_risk", "ogrozen": "at_risk", "pod tveganjem": "at_risk",
    "zamuda": "overdue", "zamuja": "overdue", "v zamudi": "overdue", "zamujeno": "overdue",
    "odlozeno": "deferred", "prelozeno": "deferred", "zamaknjeno": "deferred",
    "zadrzano": "deferred", "v cakanju": "pending", "caka": "pending",
    "na cakanju": "pending", "preklicano": "cancelled", "odpovedano": "cancelled",
    "ustavljeno": "cancelled", "odobreno": "approved", "odobren": "approved",
    "potrjeno": "approved", "zavrnjeno": "rejected", "zavrnjen": "rejected",
    "zavrnjena": "rejected", "predlagano": "proposed", "predlog": "proposed",
    "eskalirano": "escalated", "reseno": "resolved", "resen": "resolved", "resena": "resolved",
    "spremljanje": "monitoring", "v spremljanju": "monitoring", "pod nadzorom": "monitoring",
    "uresniceno": "materialised", "nastopilo": "materialised", "dostavljeno": "delivered",
    "predano": "delivered", "preverjeno": "validated", "neveljavno": "invalid",
    "ne drzi": "invalid", "umaknjeno": "withdrawn", "umaknjen": "withdrawn",
    "v presoji": "under_assessment", "v oceni": "under_assessment",
    "v analizi": "under_assessment", "v obravnavi": "under_assessment",
    "caka na odlocitev": "awaiting_decision", "caka na odobritev": "awaiting_decision",
    "implementirano": "implemented", "uvedeno": "implemented", "vpeljano": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "zelo nizka": "low", "zelo nizek": "low", "zelo nizko": "low", "zanemarljiva": "low",
    "zanemarljivo": "low", "nizka": "low", "nizek": "low", "nizko": "low", "majhna": "low",
    "majhen": "low", "srednja": "medium", "srednji": "medium", "srednje": "medium",
    "zmerna": "medium", "zmeren": "medium", "normalna": "medium", "visoka": "high",
    "visok": "high", "visoko": "high", "velika": "high", "velik": "high",
    "zelo visoka": "critical", "zelo visok": "critical", "zelo visoko": "critical",
    "kriticna": "critical", "kriticen": "critical", "kriticno": "critical",
    "nujno": "critical", "nujna": "critical",
}

RAG_WORDS: dict[str, str] = {
    "zelena": "green", "zeleno": "green", "zelen": "green", "rumena": "amber",
    "rumeno": "amber", "rumen": "amber", "oranzna": "amber", "oranzno": "amber",
    "rdeca": "red", "rdece": "red", "rdec": "red",
}

# Nominative, genitive and locative; "avg" (a header's "Avg") is left out.
MONTHS: tuple[str, ...] = (
    "januar januarja januarju jan",
    "februar februarja februarju feb",
    "marec marca marcu mar",
    "april aprila aprilu apr",
    "maj maja maju",
    "junij junija juniju jun",
    "julij julija juliju jul",
    "avgust avgusta avgustu",
    "september septembra septembru sep sept",
    "oktober oktobra oktobru okt",
    "november novembra novembru nov",
    "december decembra decembru dec",
)

TOTAL_WORDS: tuple[str, ...] = (
    "skupaj", "skupno", "vse skupaj", "skupni znesek", "vsota", "vmesna vsota",
    "delna vsota", "sestevek", "skupaj za",
)
