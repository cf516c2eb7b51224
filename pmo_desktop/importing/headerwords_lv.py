"""The header words of Latvian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): long vowels and cedillas dropped
("Atbildīgais" is "atbildigais", "Izpildes termiņš" is "izpildes termins"), "Nr." read
as "no" ("Nr.p.k." is "no p k"); the words below are written so. They include the words
of public-sector project lists and EU-funds trackers (projekta numurs, SAM, kopējās
attiecināmās izmaksas, finansējuma saņēmējs, iznākuma rādītāji). One language a speaker
can review; ``ENTITY_WORDS`` holds the Latvian names of the kinds of record (sheet and
title words), then the status, priority and RAG words, the months as dates write them
("2025. gada 5. janvārī", "janvāra") and the words of total rows.
"""

from __future__ import annotations

LATVIAN: dict[str, str] = {
    # -- keys and names ----------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "no p k|n p k|npk|kartas no|numurs|identifikators|kods|registracijas no|riska no|"
        "riska id|problemas no|lemuma no|izmainu no|pieprasijuma no|uzdevuma no"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekts|projekta nosaukums|projekta kods|projekta no|projekta numurs|projekta id"),
    "project: code": (
        "projekta kods|projekta no|projekta numurs|kods|projekta id|liguma no|"
        "vienosanas no|projekta identifikators|lietas no"),
    "project: name": "projekta nosaukums|projekts|nosaukums|projekta isais nosaukums",
    "project: programme_id": (
        "programma|programmas nosaukums|darbibas programma|specifiskais atbalsta merkis|"
        "sam|sam pasakums|pasakums|atbalsta programma|investiciju programma|portfelis"),
    "project: sponsor": (
        "sponsors|projekta sponsors|pasutitajs|projekta pasutitajs|projekta ipasnieks|"
        "kurators|projekta kurators|biznesa ipasnieks"),
    "project: manager": (
        "projekta vaditajs|projekta vaditaja|projekta vaditajs a|vaditajs|"
        "projekta koordinators|atbildiga persona"),
    "project: stage": (
        "posms|faze|projekta posms|projekta faze|stadija|dzives cikla posms|"
        "istenosanas posms"),
    "project: state": (
        "statuss|projekta statuss|stavoklis|istenosanas statuss|projekta stavoklis"),
    "project: department": (
        "departaments|nodala|strukturvieniba|atbildiga strukturvieniba|iestade|"
        "atbildiga iestade|projekta istenotajs|istenotajs|finansejuma sanemejs|"
        "sadarbibas iestade|joma"),
    "project,raid,change_request,benefit: description": (
        "apraksts|detalas|detalizets apraksts|raksturojums|izversts apraksts|saturs|"
        "ieguvuma apraksts"),
    # -- project dates, money and status -----------------------------------------------
    "project: start_baseline": (
        "sakums|sakuma datums|planotais sakums|planotais sakuma datums|projekta sakums|"
        "istenosanas sakums|uzsaksanas datums"),
    "project: finish_baseline": (
        "beigas|beigu datums|planotas beigas|planotais beigu datums|projekta beigas|"
        "istenosanas beigas|pabeigsanas termins|pabeigsanas datums|termins|"
        "istenosanas termins|nosleguma datums"),
    "project: finish_forecast": (
        "prognozetas beigas|prognozetais beigu datums|paredzamas beigas|"
        "paredzamais beigu datums|prognozeta pabeigsana|precizetais beigu datums"),
    "project: bac": (
        "budzets|projekta budzets|apstiprinatais budzets|kopejais budzets|budzets eur|"
        "projekta kopejas izmaksas|kopejas izmaksas|kopejas attiecinamas izmaksas|"
        "attiecinamas izmaksas|pieskirtais finansejums|finansejums|projekta vertiba|"
        "projekta kopejas izmaksas eur"),
    "project: eac": (
        "prognozetas izmaksas|paredzamas izmaksas|prognozetas kopejas izmaksas|"
        "aplestas izmaksas|galiga prognoze"),
    "project,milestone,task: pct_complete": (
        "izpilde pct|izpildes pct|pct izpildits|izpildits pct|progress|izpildes progress|"
        "pabeigtiba|gatavibas pct|gatavibas pakape|izpilde|pct pabeigts|pabeigts pct|"
        "izpildes procents"),
    "project,raid,change_request,lesson,task: priority": "prioritate|svarigums|steidzamiba",
    "project: rag_overall": (
        "kopejais statuss|kopvertejums|rag|rag statuss|luksofors|kopejais stavoklis|krasa|"
        "novertejums|projekta veseliba"),
    "project: rag_schedule": "laika grafiks|grafiks|termini|laiks|terminu ieverosana",
    "project: rag_cost": "izmaksas|budzeta statuss|finanses|izdevumi",
    "project: rag_scope": "tverums|apjoms|kvalitate|darba apjoms|tverums un kvalitate",
    "project: rag_risk": "riski|risks|risku limenis|riski un problemas",
    "project: rag_resource": "resursi|cilvekresursi|personals|komanda",
    "project: summary": (
        "komentars|komentari|piezimes|kopsavilkums|statusa apraksts|progresa apraksts|"
        "paveiktais|paveiktais perioda|sasniegumi|galvenie sasniegumi|aktualitates|"
        "informacija par progresu|statusa pamatojums"),
    "project: next_steps": (
        "nakamie soli|turpmakie soli|turpmakas darbibas|planotas darbibas|"
        "nakama perioda darbi|nakamie darbi|nakamaja perioda planots"),
    # -- owners, dates and states of logs ----------------------------------------------
    "raid,change_request,lesson: title": (
        "nosaukums|temats|tema|iss apraksts|risks|riska nosaukums|problema|"
        "problemas nosaukums|pienemums|atkariba|lemums|darbiba|uzdevums|izmainas|maciba|"
        "jautajums|riska apraksts|problemas apraksts|nepieciesamais lemums|"
        "izmainu apraksts|izmainu butiba|ierosinatas izmainas"),
    "milestone,raid,lesson,task,benefit: owner": (
        "atbildigais|atbildiga|atbildiga persona|atbildigie|ipasnieks|riska ipasnieks|"
        "izpilditajs|atbildigais izpilditajs|izpilditaji|kas atbild|ieguvuma ipasnieks|"
        "atbildiga iestade"),
    "milestone,raid,change_request,lesson,task,benefit: status": "statuss|stavoklis",
    "milestone,raid,task,allocation: notes": (
        "piezimes|piezime|komentari|komentars|papildu informacija|papildinformacija"),
    "raid,change_request: raised_by": (
        "registreja|pieteicejs|iesniedza|iesniedzejs|iniciators|autors|identificeja|zinoja"),
    "raid,change_request: date_raised": (
        "registresanas datums|identificesanas datums|konstatesanas datums|"
        "pieteiksanas datums|iesniegsanas datums|izveides datums|registrets|datums"),
    "raid: due_date": (
        "termins|izpildes termins|lidz|gala termins|planotais termins|noversanas termins|"
        "atrisinasanas termins|izpildit lidz"),
    "raid: review_date": (
        "parskatisanas datums|pedeja parskatisana|nakama parskatisana|atjaunots|"
        "aktualizets|pedejas izmainas|aktualizacijas datums"),
    "raid: closed_date": (
        "slegsanas datums|slegts|atrisinasanas datums|noversanas datums|aizversanas datums|"
        "izpildes datums|faktiskais izpildes datums|izpildits"),
    "raid: severity": (
        "riska limenis|riska novertejums|riska pakape|kritiskums|nozimigums|bistamiba|"
        "riska vertiba"),
    "risk,issue,lesson,benefit: category": (
        "kategorija|tips|veids|joma|riska kategorija|riska veids|riska joma|"
        "problemas veids|grupa|ieguvuma kategorija"),
    # -- risks, issues, decisions, dependencies ----------------------------------------
    "risk: probability": "varbutiba|iestasanas varbutiba|varbutibas limenis",
    "risk,issue,assumption,dependency: impact": (
        "ietekme|sekas|ietekmes limenis|ietekmes pakape|ietekme ja nav patiess"),
    "risk: response_actions": (
        "pasakumi|riska mazinasanas pasakumi|mazinasanas pasakumi|parvaldibas pasakumi|"
        "riska parvaldibas pasakumi|preventivie pasakumi|kontroles pasakumi|"
        "planotie pasakumi|ricibas plans|darbibas riska mazinasanai|reagesanas strategija|"
        "riska parvaldibas strategija|parvaldibas veids"),
    "risk: trigger": (
        "iestasanas pazimes|bridinajuma signali|bridinajuma pazimes|signals|indikators|"
        "riska pazimes"),
    "risk: contingency": (
        "rezerves plans|arkartas plans|riciba riska iestasanas gadijuma|plans b|"
        "alternativais plans"),
    "risk,issue,change_request: impact_cost": (
        "finansiala ietekme|ietekme uz izmaksam|ietekme uz budzetu|papildu izmaksas|"
        "izmaksu izmainas|izmaksas|aplestas izmaksas"),
    "issue: resolution": (
        "risinajums|atrisinajums|problemas risinajums|korigejosas darbibas|"
        "veiktas darbibas|noversanas pasakumi|veiktie pasakumi"),
    "issue,decision,change_request: decision": (
        "pienemtais lemums|lemuma saturs|lemuma rezultats|nolemts|lemums par izmainam|"
        "uzraudzibas komitejas lemums|vadibas grupas lemums|lemums"),
    "issue,decision: decided_by": (
        "lemumu pienema|lemuma pienemejs|lemejs|apstiprinaja|apstiprinatajs|"
        "lemumu pienemejs|instance|institucija"),
    "issue,decision,change_request: decision_date": (
        "lemuma datums|lemuma pienemsanas datums|apstiprinasanas datums"),
    "dependency: counterparty": (
        "atkarigs no|saistitais projekts|saistita puse|cita puse|areja puse|piegadatajs|"
        "sniedzejs|sanemejs|partneris|saistita iestade"),
    # -- change requests and lessons ---------------------------------------------------
    "change_request: requester": (
        "pieprasitajs|ierosinatajs|izmainu ierosinatajs|iniciators|pieprasija|pieteicejs"),
    "change_request: impact_schedule_days": (
        "ietekme uz terminiem|ietekme uz laika grafiku|kavejums dienas|kavejums|"
        "terminu izmainas|termina pagarinajums|dienas"),
    "change_request: impact_scope": "ietekme uz tverumu|ietekme uz apjomu|apjoma izmainas",
    "change_request: approver": (
        "apstiprinatajs|apstiprinaja|lemumu pienema|saskanoja|saskanotajs"),
    "lesson: effect_type": "pozitivs negativs|izdevas neizdevas|macibas veids|tips|veids",
    "lesson: event": (
        "kas izdevas|kas neizdevas|kas notika|kas stradaja labi|ko varetu uzlabot|"
        "situacija|notikums|noverojums|apraksts"),
    "lesson: effect": "ietekme|sekas|ietekme uz projektu",
    "lesson: causes": "celonis|celoni|pamatcelonis|galvenais celonis",
    "lesson: recommendations": (
        "ieteikums|ieteikumi|rekomendacijas|ko darit citadi|atzinas|guta maciba|"
        "gutas macibas|nakotnei"),
    "lesson: logged_by": "registreja|autors|iesniedza|ierakstija",
    # -- milestones and tasks of a plan ------------------------------------------------
    "milestone,task: name": (
        "atskaites punkts|kontrolpunkts|starpposms|nodevums|rezultats|"
        "atskaites punkta nosaukums|galvenais posms|posms|uzdevums|uzdevuma nosaukums|"
        "uzdevumi|darbs|darba nosaukums|darbiba|darbibas nosaukums|aktivitate|"
        "aktivitates nosaukums|nosaukums"),
    "milestone: baseline_date": (
        "sakotnejais datums|bazes datums|sakotnejais termins|sakotneji planotais datums"),
    "milestone: forecast_date": (
        "termins|planotais datums|prognozetais datums|paredzamais datums|izpildes termins|"
        "datums"),
    "milestone: actual_date": (
        "faktiskais datums|izpildes datums|sasniegsanas datums|sasniegts|izpildits"),
    "task: wbs": (
        "dss|dss kods|dss no|darba sadalijuma struktura|dds|darba dalijuma struktura|wbs"),
    "task: start_forecast": "sakums|sakuma datums|planotais sakums",
    "task: finish_forecast": "beigas|beigu datums|planotas beigas|termins|izpildes termins",
    "task: duration_days": "ilgums|ilgums dienas|ilgums d|dienas|darba dienas",
    "task: predecessors": "prieksteci|priekstecis|atkaribas|atkarigs no",
    "task: resources": "resursi|resursu nosaukumi|izpilditaji",
    "task: outline_level": "limenis|strukturas limenis|hierarhijas limenis",
    # -- money, people and allocations -------------------------------------------------
    "financial,allocation: period": "periods|menesis|parskata periods|nedela|ceturksnis",
    "financial: planned": (
        "plans|planotais|planots|budzets|planotas izmaksas|planotie izdevumi|paredzets|"
        "apstiprinats"),
    "financial: actual": (
        "fakts|faktiskas izmaksas|faktiskie izdevumi|izlietots|izdevumi|apguts|apgutais|"
        "apgutais finansejums|izmaksats|izmaksatais finansejums|deklaretas izmaksas|"
        "faktiski"),
    "financial: forecast": "prognoze|prognozetais|paredzamais|paredzamie izdevumi",
    "financial: category": (
        "izmaksu pozicija|izmaksu kategorija|izdevumu pozicija|izdevumu kategorija|"
        "budzeta pozicija|pozicija|kategorija|izmaksu veids|izdevumu veids|"
        "izmaksu postenis|budzeta postenis|ekonomiskas klasifikacijas kods|ekk|"
        "budzeta klasifikacijas kods"),
    "resource: name": (
        "vards uzvards|uzvards vards|darbinieks|darbinieka vards uzvards|persona|resurss|"
        "komandas loceklis|dalibnieks|vards"),
    "allocation: resource_id": (
        "vards uzvards|uzvards vards|darbinieks|persona|resurss|izpilditajs"),
    "resource,allocation: role_id": (
        "amats|loma|loma projekta|amata nosaukums|pienakumi|funkcija|kvalifikacija"),
    "resource: team": "nodala|strukturvieniba|komanda|departaments|grupa",
    "resource: email": "e pasts|epasts|e pasta adrese|elektroniskais pasts",
    "resource: cost_rate": (
        "stundas likme|likme|dienas likme|stundas tarifs|stundas izmaksas|likme stunda|"
        "atalgojums stunda|stundas cena"),
    "resource: fte": (
        "slodze|slodze pct|pilna laika ekvivalents|ple|slodzes apjoms|amata vienibas|fte"),
    "resource: hours_per_day": (
        "stundas diena|darba stundas diena|stundas nedela|darba stundas nedela|"
        "stundu skaits nedela"),
    "resource: manager": "tiesais vaditajs|vaditajs|nodalas vaditajs",
    "allocation: hours": (
        "stundas|stundu skaits|darba stundas|planotas stundas|nostradatas stundas|"
        "pateretas stundas"),
    # -- benefits and monitoring indicators --------------------------------------------
    "benefit: title": "ieguvums|ieguvuma nosaukums|sagaidamais ieguvums|sagaidamie ieguvumi",
    "benefit: benefit_type": (
        "ieguvuma veids|ieguvuma tips|finansials nefinansials|raditaja veids"),
    "benefit: measure": (
        "raditajs|raditaja nosaukums|iznakuma raditajs|rezultata raditajs|"
        "uzraudzibas raditajs|rezultativais raditajs|snieguma raditajs|kpi"),
    "benefit: baseline_value": (
        "bazes vertiba|sakotneja vertiba|esosa vertiba|bazes limenis|sakotnejais limenis"),
    "benefit: target_value": (
        "merka vertiba|sasniedzama vertiba|planota vertiba|merkis|merka raditajs"),
    "benefit: target_date": (
        "sasniegsanas datums|sasniegsanas termins|merka datums|merka gads|termins"),
}

# The Latvian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekti", "projektu saraksts", "projektu portfelis", "portfelis",
                "projektu uzraudziba", "projektu parskats", "projektu registrs",
                "es fondu projekti", "investiciju projekti", "projektu statuss"),
    "risk": ("riski", "risks", "risku registrs", "risku parvaldiba", "risku saraksts",
             "risku novertejums", "risku parvaldibas plans"),
    "issue": ("problemas", "problema", "problemu registrs", "problemu zurnals", "jautajumi",
              "incidenti"),
    "assumption": ("pienemumi", "pienemums", "pienemumu registrs"),
    "dependency": ("atkaribas", "atkariba", "atkaribu registrs"),
    "decision": ("lemumi", "lemumu registrs", "lemumu zurnals"),
    "action": ("darbibas", "ricibas plans", "darbibu saraksts", "veicamie darbi",
               "uzdevumu saraksts", "pasakumu plans"),
    "change_request": ("izmainas", "izmainu pieprasijumi", "izmainu pieprasijums",
                       "izmainu registrs", "izmainu parvaldiba", "grozijumi"),
    "lesson": ("gutas macibas", "macibas", "pieredze", "guta pieredze", "atzinas",
               "gutas atzinas"),
    "milestone": ("atskaites punkti", "kontrolpunkti", "starpposmi", "laika grafiks",
                  "istenosanas grafiks"),
    "task": ("uzdevumi", "darba plans", "projekta plans", "laika grafiks", "darbu grafiks",
             "aktivitates", "kalendarais plans", "dss"),
    "financial": ("budzets", "izmaksas", "finanses", "izdevumi", "finansejums", "maksajumi",
                  "naudas plusma", "izmaksu plans"),
    "resource": ("resursi", "darbinieki", "personals", "komanda", "projekta komanda",
                 "darbinieku saraksts"),
    "allocation": ("resursu plans", "resursu sadalijums", "noslodze", "noslogojums",
                   "darba laika uzskaite", "kapacitates plans"),
    "benefit": ("ieguvumi", "ieguvumu registrs", "raditaji", "uzraudzibas raditaji",
                "rezultativie raditaji"),
}

# Latvian status and scale words → the importer's status words.
STATUS_WORDS: dict[str, str] = {
    "atverts": "open", "atverta": "open", "aktivs": "open", "nav uzsakts": "open",
    "jauns": "open", "planots": "open",
    "procesa": "in_progress", "izpilde": "in_progress", "tiek istenots": "in_progress",
    "uzsakts": "in_progress", "notiek": "in_progress",
    "izpildits": "done", "izpildita": "done", "pabeigts": "done", "pabeigta": "done",
    "slegts": "closed", "slegta": "closed",
    "atbilstosi planam": "on_track", "laika": "on_track",
    "apdraudets": "at_risk", "pastav risks": "at_risk",
    "kavejas": "overdue", "nokavets": "overdue", "aizkavets": "overdue",
    "atlikts": "deferred", "apturets": "deferred",
    "atcelts": "cancelled", "partraukts": "cancelled",
    "apstiprinats": "approved", "apstiprinata": "approved", "saskanots": "approved",
    "noraidits": "rejected", "noraidita": "rejected",
    "gaida": "pending", "gaidisana": "pending",
    "ierosinats": "proposed", "piedavats": "proposed", "melnraksts": "proposed",
    "eskalets": "escalated",
    "atrisinats": "resolved", "atrisinata": "resolved", "noversts": "resolved",
    "uzraudziba": "monitoring", "noverosana": "monitoring",
    "iestajies": "materialised",
    "nodots": "delivered", "piegadats": "delivered",
    "parbaudits": "validated", "apstiprinajies": "validated",
    "nederigs": "invalid", "nav speka": "invalid",
    "atsaukts": "withdrawn",
    "izvertesana": "under_assessment", "izskatisana": "under_assessment",
    "gaida lemumu": "awaiting_decision",
    "ieviests": "implemented", "ieviesta": "implemented",
}

# Latvian priority, probability, impact and severity scale words.
PRIORITY_WORDS: dict[str, str] = {
    "zems": "low", "zema": "low", "loti zems": "low", "loti zema": "low", "mazs": "low",
    "maza": "low", "loti mazs": "low", "loti maza": "low", "neliels": "low",
    "neliela": "low", "nenozimigs": "low", "nenozimiga": "low",
    "videjs": "medium", "videja": "medium", "merens": "medium", "merena": "medium",
    "augsts": "high", "augsta": "high", "liels": "high", "liela": "high",
    "nozimigs": "high", "nozimiga": "high", "svarigs": "high", "svariga": "high",
    "steidzams": "high", "steidzama": "high",
    "loti augsts": "critical", "loti augsta": "critical", "loti liels": "critical",
    "loti liela": "critical", "kritisks": "critical", "kritiska": "critical",
}

# Latvian RAG words and their letters: Z(aļš) green, D(zeltens) amber, S(arkans) red.
RAG_WORDS: dict[str, str] = {
    "zals": "green", "zala": "green", "zalais": "green", "z": "green",
    "zala krasa": "green", "atbilstosi planam": "green",
    "dzeltens": "amber", "dzeltena": "amber", "dzeltenais": "amber", "d": "amber",
    "oranzs": "amber", "oranza": "amber", "oranzais": "amber", "pastav risks": "amber",
    "sarkans": "red", "sarkana": "red", "sarkanais": "red", "s": "red", "kritisks": "red",
    "kavejas": "red",
}

# January … December: the name, its locative as dates write it ("2025. gada 5. janvārī"),
# its genitive ("janvāra") and the usual abbreviations.
MONTHS: tuple[str, ...] = (
    "janvaris janvari janvara janv",
    "februaris februari februara febr",
    "marts marta",
    "aprilis aprili aprila apr",
    "maijs maija",
    "junijs junija jun",
    "julijs julija jul",
    "augusts augusta aug",
    "septembris septembri septembra sept",
    "oktobris oktobri oktobra okt",
    "novembris novembri novembra nov",
    "decembris decembri decembra dec",
)

# The words a total or subtotal row begins with.
TOTAL_WORDS: tuple[str, ...] = ("kopa", "pavisam", "pavisam kopa", "kopsumma", "starpsumma",
                                "summa", "kopa eur", "kopeja summa", "kopa par",
                                "summa kopa")
