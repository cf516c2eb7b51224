"""The header words of Croatian, Serbian and Bosnian trackers written in Latin script, read
as ``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): diacritics dropped and "đ" read as "d"
("Odgovorna osoba" stays, "Rok rješavanja" is "rok rjesavanja", "Predviđeni završetak" is
"predvideni zavrsetak"; typed without diacritics it is often "predvidjeni", so both are
written), "R.br." is "r br". The words below are written so. Croatian (ijekavian:
"vrijednost", "tjedan", "odjel"), Serbian (ekavian: "vrednost", "nedelja", "odeljenje",
"odgovorno lice") and Bosnian forms sit side by side. ``ENTITY_WORDS`` holds the names of
the kinds of record (sheet and title words); ``STATUS_WORDS``, ``PRIORITY_WORDS`` and
``RAG_WORDS`` the words of their cells; ``MONTHS`` the month names (Croatian native names
and the Serbian/Bosnian "januar" … names, with their genitive and locative forms).
"""

from __future__ import annotations

CROATIAN: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "r br|rbr|rb|redni broj|br|broj|id|oznaka|sifra|br rizika|broj rizika|id rizika|"
        "oznaka rizika|sifra rizika|br problema|broj problema|broj odluke|broj zahtjeva|"
        "broj zahteva|broj promjene|broj izmjene|broj aktivnosti|evidencijski broj"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|projekat|naziv projekta|sifra projekta|oznaka projekta|broj projekta"),
    "project: code": (
        "sifra projekta|oznaka projekta|broj projekta|kod projekta|sifra|oznaka|id projekta"),
    "project: name": "naziv projekta|projekt|projekat|naziv|ime projekta|naslov projekta",
    "project: programme_id": "program|naziv programa|programski okvir",
    "project: sponsor": (
        "sponzor|sponzor projekta|narucitelj|narucilac|investitor|vlasnik projekta|"
        "nositelj projekta|nosilac projekta"),
    "project: manager": (
        "voditelj projekta|voditeljica projekta|rukovoditelj projekta|rukovodilac projekta|"
        "menadzer projekta|projektni menadzer|projekt menadzer|upravitelj projekta|"
        "voditelj|rukovodilac|pm"),
    "project: stage": "faza|faza projekta|etapa|stadij|stadijum|faza zivotnog ciklusa",
    "project: state": "stanje|stanje projekta|status projekta",
    "project: department": (
        "odjel|sektor|sluzba|direkcija|uprava|odeljenje|odsjek|organizacijska jedinica|"
        "organizaciona jedinica|org jedinica|poslovna jedinica|divizija"),
    "project: start_baseline": (
        "pocetak|datum pocetka|planirani pocetak|pocetak projekta|datum pocetka projekta|"
        "pocetak planirani|datum pocetka planirani"),
    "project: finish_baseline": (
        "zavrsetak|kraj|datum zavrsetka|planirani zavrsetak|planirani kraj|rok zavrsetka|"
        "datum zavrsetka projekta|rok zavrsetka projekta|zavrsetak planirani|krajnji rok"),
    "project: finish_forecast": (
        "ocekivani zavrsetak|prognozirani zavrsetak|predvideni zavrsetak|"
        "predvidjeni zavrsetak|procijenjeni zavrsetak|procenjeni zavrsetak|revidirani rok|"
        "novi rok|ocekivani datum zavrsetka|prognoza zavrsetka"),
    "project: start_actual": "stvarni pocetak|stvarni datum pocetka|pocetak stvarni",
    "project: finish_actual": (
        "stvarni zavrsetak|stvarni datum zavrsetka|zavrsetak stvarni|datum zatvaranja projekta"),
    "project: bac": (
        "budzet|proracun|ukupni budzet|ukupni proracun|odobreni budzet|odobreni proracun|"
        "budzet projekta|proracun projekta|vrijednost projekta|vrednost projekta|"
        "ukupna vrijednost|ukupna vrednost|planirani budzet|ugovorena vrijednost|"
        "ugovorena vrednost|vrijednost ugovora|vrednost ugovora"),
    "project: eac": (
        "procjena troskova|procena troskova|procijenjeni trosak|procenjeni trosak|"
        "prognoza troskova|prognozirani trosak|ocekivani trosak|ocekivani ukupni trosak|"
        "procjena pri zavrsetku|procena pri zavrsetku|prognoza ukupnog troska"),
    "project,milestone,task: pct_complete": (
        "pct dovrsenosti|pct zavrsenosti|pct dovrseno|pct zavrseno|pct realizacije|"
        "postotak dovrsenosti|postotak zavrsenosti|postotak realizacije|procenat zavrsenosti|"
        "procenat realizacije|stupanj dovrsenosti|stupanj realizacije|stepen realizacije|"
        "stepen zavrsenosti|napredak|napredak pct|realizacija pct|pct izvrsenja"),
    "project: rag_overall": (
        "ukupni status|opci status|opsti status|status rag|rag status|semafor|ukupna ocjena|"
        "ukupna ocena|ukupno stanje|zdravlje projekta|status projekta rag"),
    "project: rag_schedule": "rokovi|terminski plan|vremenski plan|status rokova|raspored",
    "project: rag_cost": "troskovi|status troskova|status budzeta|financije|finansije",
    "project: rag_scope": "opseg|obuhvat|obim|status opsega|kvaliteta|kvalitet",
    "project: rag_risk": "rizici|status rizika|rizici i problemi",
    "project: rag_resource": "resursi|ljudski resursi|status resursa|kadrovi",
    "project: summary": (
        "komentar|komentari|napomene|napomena|sazetak|opis statusa|status opis|"
        "ostvareno u razdoblju|ostvareno u periodu|postignuca|kljucna postignuca|"
        "izvjesce o statusu|izvestaj o statusu|trenutno stanje"),
    "project: next_steps": (
        "sljedeci koraci|slijedeci koraci|sledeci koraci|naredni koraci|sljedece aktivnosti|"
        "sledece aktivnosti|naredne aktivnosti|plan za sljedece razdoblje|"
        "plan za naredni period|planirano za sljedece razdoblje"),
    "project: status_date": (
        "datum izvjesca|datum izvjestaja|datum izvestaja|stanje na dan|na dan|"
        "datum izvjestavanja|datum izvestavanja"),
    "project,raid,change_request: description": (
        "opis|detalji|detaljan opis|opis rizika|opis problema|opis pretpostavke|"
        "opis ovisnosti|opis zavisnosti|opis odluke|opis aktivnosti"),
    "raid,change_request,lesson: title": (
        "naziv|naslov|predmet|tema|rizik|problem|pitanje|pretpostavka|ovisnost|zavisnost|"
        "odluka|aktivnost|radnja|akcija|zadatak|promjena|promena|izmjena|izmena|"
        "naziv rizika|naziv problema|naziv aktivnosti|lekcija|naucena lekcija"),
    # -- people, dates, states --------------------------------------------------------
    # (one line for the owner, state and notes of every log, plan and register)
    "milestone,raid,task,lesson,benefit: owner": (
        "vlasnik|odgovorna osoba|odgovorno lice|odgovoran|odgovorni|nositelj|nosilac|"
        "zaduzen|zaduzena osoba|zaduzeno lice|izvrsitelj|izvrsilac|vlasnik rizika|"
        "vlasnik koristi|nositelj aktivnosti|nosilac aktivnosti|odgovornost"),
    "milestone,raid,change_request,lesson,task,benefit: status": (
        "status|stanje|trenutni status|status realizacije"),
    "milestone,raid,task: notes": (
        "napomena|napomene|komentar|komentari|biljeske|beleske|primjedbe|primedbe"),
    "raid,change_request: raised_by": (
        "prijavio|prijavila|prijavitelj|podnositelj|podnosilac|identificirao|identifikovao|"
        "evidentirao|unio|uneo|autor|kreirao|inicijator"),
    "raid,change_request: date_raised": (
        "datum prijave|datum identifikacije|datum identificiranja|datum unosa|"
        "datum evidentiranja|datum otvaranja|datum kreiranja|datum nastanka|"
        "datum podnosenja|datum zahtjeva|datum zahteva|datum"),
    "raid: due_date": (
        "rok|rok izvrsenja|rok rjesavanja|rok resavanja|krajnji rok|ciljni datum|do kada|"
        "rok za rjesenje|rok za resenje|planirani datum rjesenja|planirani datum zatvaranja|"
        "datum dospijeca|rok realizacije"),
    "raid: review_date": (
        "datum revizije|datum pregleda|datum azuriranja|zadnje azuriranje|"
        "posljednje azuriranje|poslednje azuriranje|sljedeci pregled|sledeci pregled"),
    "raid: closed_date": (
        "datum zatvaranja|zatvoreno dana|datum rjesavanja|datum resavanja|datum rjesenja|"
        "datum resenja|stvarni datum zatvaranja|datum izvrsenja"),
    "raid: severity": "ozbiljnost|kriticnost|tezina|jacina",
    "project,raid,change_request,lesson,task: priority": "prioritet|vaznost|hitnost",
    "risk,issue,lesson: category": "kategorija|vrsta|tip|podrucje|oblast|kategorija rizika",
    # -- risks ------------------------------------------------------------------------
    "risk: probability": (
        "vjerojatnost|vjerovatnoca|verovatnoca|vjerojatnost nastanka|vjerojatnost pojave|"
        "verovatnoca nastanka|vjerovatnoca nastanka|vjerojatnost rizika"),
    "risk,issue,assumption,dependency: impact": (
        "utjecaj|uticaj|posljedica|posledica|posljedice|posledice|ucinak|jacina utjecaja|"
        "utjecaj rizika|uticaj rizika|znacaj"),
    "risk: expected_value": "izlozenost|izlozenost riziku|ocjena rizika|ocena rizika",
    "risk: response": (
        "strategija|strategija odgovora|odgovor na rizik|postupanje s rizikom|"
        "tretman rizika|nacin postupanja"),
    "risk: response_actions": (
        "mjere|mere|mjere ublazavanja|mere ublazavanja|plan ublazavanja|mitigacija|"
        "mjere za smanjenje rizika|mere za smanjenje rizika|aktivnosti ublazavanja|"
        "plan mjera|plan mera|mjere upravljanja rizikom|plan postupanja|odgovor"),
    "risk: trigger": "okidac|pokazatelj|rani pokazatelj|signal upozorenja|znak upozorenja",
    "risk: contingency": (
        "plan za nepredvidene situacije|plan za nepredvidjene situacije|rezervni plan|"
        "plan b|krizni plan|alternativni plan|plan u slucaju nastanka"),
    "risk,issue: impact_cost": (
        "financijski utjecaj|finansijski uticaj|utjecaj na troskove|uticaj na troskove|"
        "procijenjeni trosak|trosak"),
    # -- issues, decisions, assumptions, dependencies ----------------------------------
    "issue: resolution": (
        "rjesenje|resenje|nacin rjesavanja|nacin resavanja|poduzete mjere|preduzete mere|"
        "korektivne mjere|korektivne mere|rjesenje problema|resenje problema"),
    "issue,change_request: decision": "odluka|donesena odluka|doneta odluka|ishod",
    "issue,decision: decided_by": (
        "donio odluku|doneo odluku|donositelj odluke|donosilac odluke|odlucio|odobrio|"
        "tijelo odlucivanja|organ odlucivanja"),
    "issue,decision,change_request: decision_date": (
        "datum odluke|datum donosenja odluke|datum odobrenja|odluceno dana"),
    "decision: decision": "donesena odluka|doneta odluka|zakljucak|ishod",
    "dependency,decision: rationale": "obrazlozenje|razlog|opravdanje|argumentacija",
    "dependency: counterparty": (
        "ovisi o|zavisi od|isporucitelj|isporucilac|dobavljac|povezani projekt|"
        "povezani projekat|druga strana|vanjski partner|eksterni partner|partner"),
    "dependency: need_by_date": "potrebno do|potreban datum|trazeni datum|rok potrebe",
    # -- change requests --------------------------------------------------------------
    "change_request: cr_type": "vrsta promjene|vrsta promene|tip promjene|vrsta izmjene|vrsta izmene",
    "change_request: title": (
        "opis promjene|opis promene|opis izmjene|opis izmene|opis zahtjeva|opis zahteva|"
        "naziv promjene|naziv zahtjeva|naziv zahteva|zahtjev za promjenu|zahtev za promenu"),
    "change_request: requester": (
        "podnositelj zahtjeva|podnosilac zahteva|podnositelj|podnosilac|trazio|zatrazio|"
        "inicijator|zahtjev podnio|zahtev podneo"),
    "change_request: impact_cost": (
        "utjecaj na troskove|uticaj na troskove|utjecaj na budzet|uticaj na budzet|"
        "utjecaj na proracun|dodatni trosak|dodatni troskovi|trosak promjene|trosak promene"),
    "change_request: impact_schedule_days": (
        "utjecaj na rokove|uticaj na rokove|utjecaj na rok|uticaj na rok|"
        "utjecaj na vremenski plan|uticaj na terminski plan|kasnjenje|kasnjenje dani|"
        "dani kasnjenja|pomak roka|pomak roka dani|produzenje roka"),
    "change_request: impact_scope": (
        "utjecaj na opseg|uticaj na obim|utjecaj na obuhvat|uticaj na obuhvat"),
    "change_request: approver": (
        "odobrio|odobrila|odobrava|odobravatelj|odobreno od strane|odobrio zahtjev"),
    # -- lessons ----------------------------------------------------------------------
    "lesson: event": (
        "sto se dogodilo|sta se desilo|sta se dogodilo|opis dogadaja|opis dogadjaja|dogadaj|"
        "dogadjaj|situacija|sto je bilo dobro|sta je bilo dobro|sto je islo dobro|"
        "sta je islo dobro|sto nije bilo dobro|sta nije bilo dobro|sto je poslo po zlu|"
        "zapazanje|opis iskustva|opis lekcije"),
    "lesson: effect": "ucinak|efekt|efekat|posljedica|posledica|utjecaj na projekt|uticaj na projekat",
    "lesson: causes": "uzrok|uzroci|korijenski uzrok|osnovni uzrok|glavni uzrok",
    "lesson: recommendations": (
        "preporuka|preporuke|sto uciniti drugacije|sta uraditi drugacije|sto ciniti drugacije|"
        "naucene lekcije|pouka|pouke"),
    "lesson: effect_type": (
        "vrsta|tip|pozitivno negativno|pozitivna negativna|pozitivno ili negativno|"
        "dobro za poboljsanje"),
    "lesson: logged_by": "autor|unio|uneo|evidentirao|zabiljezio|zabelezio|prijavio",
    "lesson: date_logged": "datum|datum unosa|datum evidentiranja|datum prijave",
    # -- milestones and plans ---------------------------------------------------------
    "milestone: name": (
        "kljucna tocka|kljucna tacka|kontrolna tocka|kontrolna tacka|prekretnica|miljokaz|"
        "naziv kljucne tocke|kljucni dogadaj|kljucni dogadjaj|isporuka|isporucevina|rezultat|"
        "aktivnost|naziv aktivnosti|zadatak"),
    "milestone: baseline_date": (
        "planirani datum|planirani rok|osnovni plan|prvotni rok|izvorni rok|pocetni rok|"
        "bazni datum|ugovoreni rok|datum po osnovnom planu"),
    "milestone: forecast_date": (
        "rok|datum|prognozirani datum|ocekivani datum|predvideni datum|predvidjeni datum|"
        "procijenjeni datum|procenjeni datum|ciljni datum|revidirani rok|novi rok|"
        "datum zavrsetka|zavrsetak"),
    "milestone: actual_date": (
        "stvarni datum|ostvareni datum|datum ostvarenja|datum postizanja|ostvareno|"
        "stvarni zavrsetak"),
    # (Microsoft Project's Croatian and Serbian field names among them: "Naziv zadatka",
    # "Trajanje", "Početak", "Završetak", "Prethodnici", "Nazivi resursa", "Početak
    # osnovnog plana", "Stvarni završetak", "Razina strukture")
    "task: ref": "id|jedinstveni id|r br|rb|redni broj",
    "task: wbs": "wbs|wbs broj|wbs sifra|sifra wbs|oznaka wbs|broj strukture|struktura rada",
    "task: name": (
        "zadatak|naziv zadatka|ime zadatka|aktivnost|naziv aktivnosti|opis aktivnosti|posao|"
        "radni paket|naziv"),
    "task: start_forecast": "pocetak|datum pocetka|planirani pocetak|pocetak planirani",
    "task: finish_forecast": (
        "zavrsetak|kraj|datum zavrsetka|planirani zavrsetak|rok|rok zavrsetka|"
        "rok izvrsenja|krajnji rok"),
    "task: start_baseline": (
        "pocetak osnovnog plana|osnovni pocetak|pocetak po osnovnom planu|pocetak prema planu"),
    "task: finish_baseline": (
        "zavrsetak osnovnog plana|osnovni zavrsetak|zavrsetak po osnovnom planu|"
        "zavrsetak prema planu"),
    "task: start_actual": "stvarni pocetak|stvarni datum pocetka",
    "task: finish_actual": "stvarni zavrsetak|stvarni datum zavrsetka|zavrseno dana",
    "task: duration_days": "trajanje|trajanje dani|trajanje u danima|dani|broj dana|radni dani",
    "task: resources": (
        "resursi|nazivi resursa|imena resursa|dodijeljeni resursi|dodeljeni resursi|"
        "izvrsitelji|izvrsioci"),
    "task: predecessors": (
        "prethodnici|prethodnik|prethodne aktivnosti|ovisnosti|zavisnosti|ovisi o|zavisi od"),
    "task: outline_level": "razina|razina strukture|nivo|nivo strukture|razina hijerarhije",
    # -- money ------------------------------------------------------------------------
    "financial,allocation: period": (
        "razdoblje|period|mjesec|mesec|obracunsko razdoblje|tjedan|nedelja|sedmica|kvartal"),
    "financial: planned": (
        "plan|planirano|budzet|proracun|planirani iznos|planirani troskovi|odobreno|"
        "odobreni iznos"),
    "financial: actual": (
        "ostvareno|stvarno|realizirano|realizovano|utroseno|potroseno|izvrseno|"
        "stvarni troskovi|stvarni trosak|izdaci|realizacija|placeno|isplaceno"),
    "financial: forecast": (
        "prognoza|procjena|procena|predvideno|predvidjeno|ocekivano|procijenjeno|procenjeno"),
    "financial: category": (
        "stavka|troskovna stavka|vrsta troska|vrsta troskova|kategorija troska|"
        "proracunska stavka|budzetska stavka|budzetska linija|konto|mjesto troska|"
        "mesto troska|pozicija|stavka troska"),
    # -- people -----------------------------------------------------------------------
    "resource: name": (
        "ime i prezime|prezime i ime|ime|zaposlenik|zaposleni|djelatnik|radnik|resurs|"
        "clan tima|naziv resursa|ime resursa|osoba|izvrsitelj|izvrsilac"),
    "allocation: resource_id": (
        "ime i prezime|prezime i ime|zaposlenik|zaposleni|djelatnik|radnik|resurs|clan tima|"
        "ime resursa|osoba"),
    "resource: email": (
        "e mail|email|mail|e posta|adresa e poste|elektronicka posta|elektronska posta"),
    "resource,allocation: role_id": (
        "uloga|uloga u projektu|radno mjesto|radno mesto|pozicija|funkcija|zvanje|titula"),
    "resource: team": (
        "tim|odjel|sektor|odeljenje|sluzba|grupa|organizacijska jedinica|"
        "organizaciona jedinica|org jedinica"),
    "resource: cost_rate": (
        "satnica|cijena sata|cena sata|cijena po satu|cena po satu|cijena rada|cena rada|"
        "satna stopa|dnevna cijena|dnevna cena|cijena po danu|trosak po satu"),
    "resource: fte": (
        "fte|angazman|angazovanost|pct angazmana|pct angazovanja|raspolozivost|"
        "ekvivalent punog radnog vremena"),
    "resource: hours_per_day": (
        "sati dnevno|sati po danu|radni sati dnevno|sati tjedno|sati nedeljno|sati sedmicno|"
        "tjedni sati|radno vrijeme|radno vreme"),
    "resource: manager": (
        "nadredeni|nadredjeni|neposredni rukovoditelj|neposredni rukovodilac|rukovoditelj|"
        "sef|pretpostavljeni|voditelj tima"),
    "allocation: hours": (
        "sati|broj sati|planirani sati|radni sati|sati rada|covjek dani|covek dani|"
        "covjek sati|covek sati"),
    # -- benefits ---------------------------------------------------------------------
    "benefit: title": "korist|naziv koristi|ocekivana korist|dobrobit|opis koristi",
    "benefit: benefit_type": (
        "vrsta koristi|tip koristi|financijska nefinancijska|finansijska nefinansijska"),
    "benefit: measure": (
        "mjera|mera|pokazatelj|kljucni pokazatelj|kpi|indikator|metrika|"
        "pokazatelj uspjesnosti|pokazatelj uspesnosti"),
    "benefit: baseline_value": (
        "pocetna vrijednost|pocetna vrednost|polazna vrijednost|polazna vrednost|"
        "trenutna vrijednost|trenutna vrednost|osnovna vrijednost"),
    "benefit: target_value": (
        "ciljana vrijednost|ciljna vrijednost|ciljana vrednost|ciljna vrednost|cilj"),
    "benefit: target_date": "ciljni datum|rok ostvarenja|planirani datum ostvarenja|rok",
}

# The names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekti", "lista projekata", "popis projekata", "portfelj",
                "portfelj projekata", "portfolio projekata", "pregled projekata",
                "statusno izvjesce", "statusni izvjestaj", "izvestaj o statusu"),
    "risk": ("rizici", "registar rizika", "popis rizika", "lista rizika", "rizik"),
    "issue": ("problemi", "registar problema", "popis problema", "lista problema",
              "otvorena pitanja", "evidencija problema"),
    "assumption": ("pretpostavke", "registar pretpostavki"),
    "dependency": ("ovisnosti", "zavisnosti", "registar ovisnosti", "registar zavisnosti"),
    "decision": ("odluke", "registar odluka", "dnevnik odluka", "evidencija odluka"),
    "action": ("aktivnosti", "akcije", "popis aktivnosti", "lista aktivnosti",
               "akcijski plan", "plan aktivnosti", "akcioni plan", "plan akcija"),
    "change_request": ("promjene", "promene", "izmjene", "izmene", "zahtjevi za promjenu",
                       "zahtevi za promenu", "registar promjena", "registar promena",
                       "upravljanje promjenama"),
    "lesson": ("naucene lekcije", "lekcije", "stecena iskustva", "pouke"),
    "milestone": ("kljucne tocke", "kljucne tacke", "prekretnice", "miljokazi",
                  "kontrolne tocke", "terminski plan"),
    "task": ("zadaci", "plan projekta", "terminski plan", "vremenski plan",
             "gantogram", "gantt dijagram", "plan rada"),
    "financial": ("budzet", "proracun", "troskovi", "financije", "finansije",
                  "financijski plan", "finansijski plan"),
    "resource": ("resursi", "ljudski resursi", "zaposlenici", "zaposleni", "djelatnici",
                 "popis zaposlenika", "tim projekta", "projektni tim"),
    "allocation": ("plan resursa", "raspodjela resursa", "raspodela resursa",
                   "angazman resursa", "angazovanje resursa", "planiranje kapaciteta"),
    "benefit": ("koristi", "registar koristi", "ocekivane koristi", "dobrobiti"),
}

# Status words of the cells, as written → the importer's status.
STATUS_WORDS: dict[str, str] = {
    "otvoren": "open", "otvoreno": "open", "otvorena": "open", "novo": "open", "novi": "open",
    "nova": "open", "nije zapoceto": "open", "nije zapocet": "open", "nije poceto": "open",
    "nije zapoceo": "open", "u tijeku": "in_progress", "u toku": "in_progress",
    "u izradi": "in_progress", "u radu": "in_progress", "u realizaciji": "in_progress",
    "u provedbi": "in_progress", "aktivan": "in_progress", "aktivno": "in_progress",
    "zavrseno": "done", "zavrsen": "done", "zavrsena": "done", "dovrseno": "done",
    "gotovo": "done", "izvrseno": "done", "realizirano": "done", "realizovano": "done",
    "zatvoreno": "closed", "zatvoren": "closed", "zatvorena": "closed",
    "prema planu": "on_track", "po planu": "on_track", "u roku": "on_track",
    "u riziku": "at_risk", "ugrozeno": "at_risk", "ugrozen": "at_risk",
    "kasni": "overdue", "kasnjenje": "overdue", "u kasnjenju": "overdue",
    "probijen rok": "overdue", "istekao rok": "overdue",
    "odgodeno": "deferred", "odgodjeno": "deferred", "odlozeno": "deferred",
    "na cekanju": "pending", "ceka": "pending", "u cekanju": "pending",
    "otkazano": "cancelled", "otkazan": "cancelled", "ponisteno": "cancelled",
    "odobreno": "approved", "odobren": "approved", "odobrena": "approved",
    "odbijeno": "rejected", "odbijen": "rejected", "odbijena": "rejected",
    "predlozeno": "proposed", "prijedlog": "proposed", "predlog": "proposed",
    "eskalirano": "escalated", "rijeseno": "resolved", "reseno": "resolved",
    "rijesen": "resolved", "resen": "resolved", "prati se": "monitoring",
    "pracenje": "monitoring", "nadzor": "monitoring", "nastupio": "materialised",
    "nastupilo": "materialised", "ostvaren": "materialised", "ostvareno": "materialised",
    "isporuceno": "delivered", "predano": "delivered", "potvrdeno": "validated",
    "potvrdjeno": "validated", "nije tocno": "invalid", "nije tacno": "invalid",
    "povuceno": "withdrawn", "povucen": "withdrawn", "u procjeni": "under_assessment",
    "u proceni": "under_assessment", "u analizi": "under_assessment",
    "ceka odluku": "awaiting_decision", "ceka odobrenje": "awaiting_decision",
    "implementirano": "implemented", "provedeno": "implemented", "sprovedeno": "implemented",
}

PRIORITY_WORDS: dict[str, str] = {
    "vrlo nizak": "low", "vrlo niska": "low", "vrlo nisko": "low", "jako nisko": "low",
    "zanemariv": "low", "zanemariva": "low", "nizak": "low", "niska": "low", "nisko": "low",
    "mali": "low", "mala": "low", "malo": "low", "srednji": "medium", "srednja": "medium",
    "srednje": "medium", "umjeren": "medium", "umjerena": "medium", "umeren": "medium",
    "umerena": "medium", "normalan": "medium", "normalna": "medium", "visok": "high",
    "visoka": "high", "visoko": "high", "veliki": "high", "velika": "high",
    "vrlo visok": "critical", "vrlo visoka": "critical", "vrlo visoko": "critical",
    "jako visoko": "critical", "kritican": "critical", "kriticna": "critical",
    "kriticno": "critical", "hitno": "critical", "hitan": "critical", "hitna": "critical",
}

RAG_WORDS: dict[str, str] = {
    "zelena": "green", "zeleno": "green", "zelen": "green", "zuta": "amber", "zuto": "amber",
    "zut": "amber", "narancasta": "amber", "narandzasta": "amber", "crvena": "red",
    "crveno": "red", "crven": "red",
}

# Croatian native names (nominative, genitive, locative) and the Serbian and Bosnian
# "januar" names; of the short forms only those no other word or language reads
# differently ("lip", "srp", "lis", "pro", "tra", "kol", "stu" and "avg" are left out:
# Polish "lipca", Czech "srpna", headers "Problem", "Trajanje", "Količina", "Avg").
MONTHS: tuple[str, ...] = (
    "sijecanj sijecnja sijecnju sij januar januara januaru jan",
    "veljaca veljace veljaci velj februar februara februaru feb",
    "ozujak ozujka ozujku ozu mart marta martu mar",
    "travanj travnja travnju april aprila aprilu apr",
    "svibanj svibnja svibnju svi maj maja maju",
    "lipanj lipnja lipnju jun juna junu juni",
    "srpanj srpnja srpnju jul jula julu juli",
    "kolovoz kolovoza kolovozu avgust avgusta avgustu august augusta augustu aug",
    "rujan rujna rujnu ruj septembar septembra septembru sep sept",
    "listopad listopada listopadu oktobar oktobra oktobru okt",
    "studeni studenoga studenog studenom novembar novembra novembru nov",
    "prosinac prosinca prosincu decembar decembra decembru dec",
)

TOTAL_WORDS: tuple[str, ...] = (
    "ukupno", "sveukupno", "sve ukupno", "ukupan iznos", "ukupni iznos", "medjuzbroj",
    "meduzbroj", "meduzbir", "medjuzbir", "zbroj", "zbir", "svega", "suma", "ukupno za",
)
