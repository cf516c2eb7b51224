"""The header words of Estonian trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): "õ", "ä", "ö", "ü" read as "o", "a", "o",
"u" ("Tähtaeg" is "tahtaeg", "Tõenäosus" is "toenaosus"), "nr" as "no" ("Jrk nr" is
"jrk no"); the words below are written so. They include the words of public-sector
project lists and EU-funds trackers (projekti number, meede, toetuse saaja, abikõlblikud
kulud, tulemusnäitajad). One language a speaker can review; ``ENTITY_WORDS`` holds the
Estonian names of the kinds of record (sheet and title words), then the status, priority
and RAG words, the months as dates write them ("5. jaanuar 2025", "jaanuaris") and the
words of total rows.
"""

from __future__ import annotations

ESTONIAN: dict[str, str] = {
    # -- keys and names ----------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "jrk|jrk no|jarjekorranumber|number|tunnus|kood|viide|registreerimisnumber|"
        "riski no|riski id|probleemi no|otsuse no|muudatuse no|tegevuse no|ulesande no"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|projekti nimi|projekti nimetus|projekti kood|projekti no|projekti number|"
        "projekti tunnus"),
    "project: code": (
        "projekti kood|projekti no|projekti number|kood|projekti tunnus|projekti id|"
        "viitenumber|lepingu no|taotluse no|toetuse taotluse number"),
    "project: name": "projekti nimi|projekti nimetus|projekt|nimi|nimetus|pealkiri",
    "project: programme_id": (
        "programm|programmi nimi|meede|meetme nimetus|meetme tegevus|rakenduskava|"
        "prioriteetne suund|toetusskeem|investeeringute kava|portfell"),
    "project: sponsor": (
        "sponsor|projekti sponsor|tellija|projekti tellija|projekti omanik|omanik|"
        "ariomanik|kuraator|projekti kuraator"),
    "project: manager": (
        "projektijuht|projekti juht|projektijuhi nimi|juht|vastutav isik|koordinaator|"
        "projekti koordinaator"),
    "project: stage": (
        "etapp|faas|projekti etapp|projekti faas|staadium|elutsukli etapp|elluviimise etapp"),
    "project: state": "staatus|projekti staatus|olek|seisund|projekti seisund",
    "project: department": (
        "osakond|struktuuriuksus|uksus|asutus|vastutav asutus|vastutav uksus|allasutus|"
        "toetuse saaja|elluviija|rakendusuksus|ministeerium|valdkond"),
    "project,raid,change_request,benefit: description": (
        "kirjeldus|selgitus|detailid|uksikasjad|tapsem kirjeldus|sisu|luhikirjeldus|"
        "kasu kirjeldus"),
    # -- project dates, money and status -----------------------------------------------
    "project: start_baseline": (
        "algus|alguskuupaev|alguse kuupaev|planeeritud algus|kavandatud algus|"
        "projekti algus|algusaeg|tegevuste algus|abikolblikkuse perioodi algus"),
    "project: finish_baseline": (
        "lopp|lopukuupaev|lopu kuupaev|planeeritud lopp|kavandatud lopp|projekti lopp|"
        "tahtaeg|lopptahtaeg|loppaeg|tegevuste lopp|valmimise tahtaeg|"
        "abikolblikkuse perioodi lopp"),
    "project: finish_forecast": (
        "prognoositav lopp|eeldatav lopp|prognoositud lopp|eeldatav lopukuupaev|"
        "prognoositav valmimine|tapsustatud lopp"),
    "project: bac": (
        "eelarve|projekti eelarve|kinnitatud eelarve|kogueelarve|eelarve eur|"
        "projekti maksumus|kogumaksumus|projekti kogumaksumus|maksumus|abikolblikud kulud|"
        "abikolblik maksumus|toetuse summa|toetus|rahastus|eraldatud summa"),
    "project: eac": (
        "prognoositav maksumus|eeldatav maksumus|prognoositud kulud|eeldatavad kulud|"
        "prognoositav kogumaksumus|prognoos"),
    "project,milestone,task: pct_complete": (
        "valmidus|valmidus pct|pct valmis|valmis pct|edenemine|teostatud pct|taitmine|"
        "taitmise pct|taitmine pct|valmidusaste|tehtud pct|progress|edenemine pct"),
    "project,raid,change_request,lesson,task: priority": (
        "prioriteet|tahtsus|olulisus|kiireloomulisus"),
    "project: rag_overall": (
        "uldstaatus|uldine staatus|koondstaatus|rag|rag staatus|foor|valgusfoor|uldhinnang|"
        "varv|tervis|projekti tervis"),
    "project: rag_schedule": "ajakava|tahtajad|aeg|ajagraafik|tahtaegadest kinnipidamine",
    "project: rag_cost": "kulud|eelarve seis|eelarve staatus|finantsid|finantsseis",
    "project: rag_scope": "ulatus|kvaliteet|skoop|maht|ulatus ja kvaliteet",
    "project: rag_risk": "riskid|risk|riskitase|riskid ja probleemid",
    "project: rag_resource": "ressursid|inimesed|personal|meeskond|inimressurss",
    "project: summary": (
        "kommentaar|kommentaarid|markused|kokkuvote|seisu kirjeldus|olukorra kirjeldus|"
        "tehtud tood|saavutused|edenemise kirjeldus|ulevaade|perioodi tegevused|"
        "staatuse pohjendus|hetkeseis"),
    "project: next_steps": (
        "jargmised sammud|edasised sammud|edasised tegevused|jargmise perioodi tegevused|"
        "planeeritud tegevused|jargmised tegevused"),
    # -- owners, dates and states of logs ----------------------------------------------
    "raid,change_request,lesson: title": (
        "nimetus|pealkiri|teema|luhikirjeldus|risk|riski nimetus|probleem|"
        "probleemi nimetus|eeldus|soltuvus|otsus|tegevus|ulesanne|muudatus|oppetund|"
        "kusimus|riski kirjeldus|probleemi kirjeldus|vajalik otsus|muudatuse kirjeldus|"
        "muudatuse sisu|muudatusettepanek|kavandatud muudatus"),
    "milestone,raid,lesson,task,benefit: owner": (
        "vastutaja|vastutav|vastutav isik|vastutajad|omanik|riski omanik|taitja|teostaja|"
        "kes vastutab|kasu omanik|vastutav asutus"),
    "milestone,raid,change_request,lesson,task,benefit: status": "staatus|olek|seis|seisund",
    "milestone,raid,task,allocation: notes": (
        "markused|markus|kommentaarid|kommentaar|lisainfo|lisainformatsioon"),
    "raid,change_request: raised_by": (
        "registreeris|esitaja|tostatas|tostataja|algataja|autor|teavitaja|tuvastaja|"
        "sisestaja"),
    "raid,change_request: date_raised": (
        "registreerimise kuupaev|tuvastamise kuupaev|esitamise kuupaev|loomise kuupaev|"
        "avamise kuupaev|tostatamise kuupaev|lisatud|kuupaev"),
    "raid: due_date": (
        "tahtaeg|taitmise tahtaeg|lahendamise tahtaeg|sihtkuupaev|tahtpaev|mis ajaks|"
        "hiliseim tahtaeg|planeeritud tahtaeg"),
    "raid: review_date": (
        "ulevaatuse kuupaev|viimane ulevaatus|jargmine ulevaatus|uuendatud|"
        "viimati uuendatud|viimane muudatus"),
    "raid: closed_date": (
        "sulgemise kuupaev|suletud|lahendamise kuupaev|lahendatud|taitmise kuupaev|"
        "lopetamise kuupaev|tegelik taitmise kuupaev"),
    "raid: severity": (
        "riskitase|riski tase|riski hinnang|riskiskoor|kriitilisus|riski suurus|"
        "riski olulisus"),
    "risk,issue,lesson,benefit: category": (
        "kategooria|liik|tuup|valdkond|riski kategooria|riski liik|riski valdkond|"
        "probleemi liik|grupp|kasu kategooria"),
    # -- risks, issues, decisions, dependencies ----------------------------------------
    "risk: probability": "toenaosus|esinemise toenaosus|toimumise toenaosus|toenaosuse tase",
    "risk,issue,assumption,dependency: impact": (
        "moju|moju tase|moju suurus|tagajarg|tagajarjed|moju kui eeldus ei kehti"),
    "risk: response_actions": (
        "maandamismeetmed|maandamise meetmed|meetmed|maandamistegevused|riski maandamine|"
        "maandamine|ennetavad meetmed|kontrollimeetmed|maandamisplaan|tegevuskava|"
        "maandamise strateegia|reageerimise strateegia|kasitlemise viis"),
    "risk: trigger": (
        "paastik|hoiatusmargid|varajased hoiatusmargid|indikaator|ilmnemise tunnused|"
        "riski tunnused"),
    "risk: contingency": (
        "varuplaan|hadaplaan|tegevus riski realiseerumisel|plaan b|alternatiivne plaan"),
    "risk,issue,change_request: impact_cost": (
        "rahaline moju|finantsmoju|moju eelarvele|moju kuludele|lisakulu|lisakulud|"
        "maksumuse muutus|hinnanguline kulu|kulu"),
    "issue: resolution": (
        "lahendus|lahenduskaik|lahendamine|probleemi lahendus|parandusmeetmed|"
        "tehtud tegevused|rakendatud meetmed"),
    "issue,decision,change_request: decision": (
        "tehtud otsus|otsuse sisu|otsus|juhtkomitee otsus|juhtruhma otsus|"
        "otsus muudatuse kohta"),
    "issue,decision: decided_by": (
        "otsustaja|otsuse tegija|otsustas|kinnitaja|kinnitas|otsustusorgan|otsustajad"),
    "issue,decision,change_request: decision_date": (
        "otsuse kuupaev|otsustamise kuupaev|kinnitamise kuupaev"),
    "dependency: counterparty": (
        "soltub|soltub kellest|seotud projekt|osapool|teine osapool|valine osapool|tarnija|"
        "partner|seotud asutus|andja|saaja"),
    # -- change requests and lessons ---------------------------------------------------
    "change_request: requester": (
        "taotleja|algataja|muudatuse algataja|ettepaneku tegija|esitaja|muudatuse taotleja"),
    "change_request: impact_schedule_days": (
        "moju ajakavale|moju tahtaegadele|viivitus paevades|viivitus|ajakava muutus|"
        "tahtaja pikendamine|paevad"),
    "change_request: impact_scope": "moju ulatusele|moju mahule|ulatuse muutus",
    "change_request: approver": (
        "kinnitaja|kinnitas|heakskiitja|kooskolastaja|otsustaja|kiitis heaks"),
    "lesson: effect_type": (
        "positiivne negatiivne|laks hasti vajab parendamist|oppetunni liik|liik|tuup"),
    "lesson: event": (
        "mis juhtus|mis laks hasti|mis laks halvasti|mis toimis|mis ei toiminud|"
        "mida saaks parandada|olukord|sundmus|tahelepanek|kirjeldus"),
    "lesson: effect": "moju|tagajarg|tagajarjed|moju projektile",
    "lesson: causes": "pohjus|pohjused|algpohjus|juurpohjus",
    "lesson: recommendations": (
        "soovitus|soovitused|ettepanek|ettepanekud|mida teha teisiti|oppetund|oppetunnid|"
        "edaspidiseks|tulevikuks"),
    "lesson: logged_by": "autor|sisestaja|registreeris|esitaja",
    # -- milestones and tasks of a plan ------------------------------------------------
    "milestone,task: name": (
        "verstapost|verstaposti nimetus|vahetulemus|kontrollpunkt|tulemus|oluline sundmus|"
        "ulesanne|ulesande nimetus|ulesande nimi|ulesanded|tegevus|tegevuse nimetus|"
        "tegevuse nimi|too|too nimetus|toode nimetus|nimetus"),
    "milestone: baseline_date": (
        "esialgne tahtaeg|esialgne kuupaev|algne tahtaeg|baaskuupaev|baastahtaeg"),
    "milestone: forecast_date": (
        "tahtaeg|planeeritud kuupaev|kavandatud kuupaev|prognoositav kuupaev|"
        "eeldatav kuupaev|kuupaev"),
    "milestone: actual_date": (
        "tegelik kuupaev|saavutamise kuupaev|taitmise kuupaev|valmimise kuupaev|saavutatud"),
    "task: wbs": "tjs|tjs kood|toode jaotusstruktuur|toode struktuurijaotus|tsj|wbs",
    "task: start_forecast": "algus|alguskuupaev|alguse kuupaev|planeeritud algus",
    "task: finish_forecast": "lopp|lopukuupaev|lopu kuupaev|planeeritud lopp|tahtaeg",
    "task: duration_days": (
        "kestus|kestus paevades|kestvus|paevi|paevad|toopaevi|toopaevad|kestus p"),
    "task: predecessors": "eelkaijad|eelkaija|soltuvused|soltub",
    "task: resources": "ressursid|ressursside nimed|taitjad|teostajad",
    "task: outline_level": "tase|struktuuri tase|hierarhia tase|liigendustase",
    # -- money, people and allocations -------------------------------------------------
    "financial,allocation: period": "periood|kuu|aruandeperiood|nadal|kvartal",
    "financial: planned": (
        "plaan|planeeritud|kavandatud|eelarve|eelarvestatud|planeeritud kulu|"
        "kavandatud kulud"),
    "financial: actual": (
        "tegelik|tegelikud kulud|tegelik kulu|kasutatud|kulud|tehtud kulud|valjamakstud|"
        "valja makstud|kulutatud|taitmine|valjamaksed|tegelik taitmine"),
    "financial: forecast": "prognoos|prognoositav|eeldatav|prognoositud",
    "financial: category": (
        "kuluartikkel|kulukategooria|kululiik|eelarverida|eelarve rida|kulurida|kategooria|"
        "artikkel|kulu liik|eelarve artikkel|kuluklass|eelarveklassifikaator|kulukoht"),
    "resource: name": (
        "nimi|ees ja perekonnanimi|eesnimi perekonnanimi|tootaja|tootaja nimi|isik|"
        "ressurss|meeskonnaliige|taisnimi"),
    "allocation: resource_id": "nimi|ees ja perekonnanimi|tootaja|isik|ressurss|taitja",
    "resource,allocation: role_id": (
        "roll|amet|ametikoht|ametinimetus|roll projektis|positsioon|kvalifikatsioon"),
    "resource: team": "osakond|meeskond|tiim|uksus|struktuuriuksus|grupp|talitus",
    "resource: email": "e post|epost|e posti aadress|meiliaadress|e mail",
    "resource: cost_rate": (
        "tunnitasu|tunnihind|paevatasu|paevahind|tariif|tunni hind|tunnimaksumus|"
        "tunni maksumus"),
    "resource: fte": (
        "koormus|koormus pct|tookoormus|taistooaja ekvivalent|ametikoha koormus|"
        "koormuse maar|fte"),
    "resource: hours_per_day": (
        "tunde paevas|tunnid paevas|tootunnid paevas|tunde nadalas|tunnid nadalas|"
        "tootunnid nadalas"),
    "resource: manager": "otsene juht|juht|ulem|osakonna juhataja",
    "allocation: hours": "tunnid|tunde|tundide arv|tootunnid|planeeritud tunnid|maht tundides",
    # -- benefits and monitoring indicators --------------------------------------------
    "benefit: title": "kasu|kasu nimetus|oodatav kasu|oodatavad kasud|oodatav moju",
    "benefit: benefit_type": "kasu liik|kasu tuup|rahaline mitterahaline|naitaja liik",
    "benefit: measure": (
        "naitaja|naitaja nimetus|moodik|indikaator|tulemusnaitaja|valjundnaitaja|"
        "tulemusmoodik|votmenaitaja|kpi"),
    "benefit: baseline_value": "algtase|lahtetase|baastase|algvaartus|baasvaartus|lahtevaartus",
    "benefit: target_value": (
        "sihttase|sihtvaartus|eesmark|eesmargi vaartus|siht|oodatav vaartus"),
    "benefit: target_date": "saavutamise tahtaeg|sihtaeg|saavutamise aeg|sihtaasta|tahtaeg",
    "resource: location": "asukoht|tookoht|asukoht linn",
    "decision: rationale": "pohjendus|pohjus|pohjendused",
}

# The Estonian names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projektid", "projektide nimekiri", "projektide loetelu",
                "projektiportfell", "portfell", "projektide ulevaade", "projektide seis",
                "investeerimisprojektid", "projektide register", "el projektid"),
    "risk": ("riskid", "riskiregister", "riskide register", "riskide nimekiri",
             "riskihaldus", "riskianaluus", "riskide hindamine", "riskide maandamise kava"),
    "issue": ("probleemid", "probleemide register", "probleemide logi",
              "probleemide nimekiri", "kusimused", "intsidendid"),
    "assumption": ("eeldused", "eelduste register"),
    "dependency": ("soltuvused", "soltuvuste register"),
    "decision": ("otsused", "otsuste register", "otsuste logi"),
    "action": ("tegevused", "tegevuskava", "tegevuste nimekiri", "ulesannete nimekiri",
               "toode nimekiri"),
    "change_request": ("muudatused", "muudatuste register", "muudatustaotlused",
                       "muudatusettepanekud", "muudatuste logi", "muudatuste haldus"),
    "lesson": ("oppetunnid", "kogemused", "saadud kogemused", "oppetundide register"),
    "milestone": ("verstapostid", "vahetulemused", "kontrollpunktid", "ajakava"),
    "task": ("ulesanded", "tooplaan", "projektiplaan", "ajakava", "toode ajakava",
             "ajagraafik", "tjs"),
    "financial": ("eelarve", "kulud", "finantsid", "rahastus", "eelarve taitmine", "maksed",
                  "rahavoog", "kulude aruanne"),
    "resource": ("ressursid", "tootajad", "personal", "meeskond", "projektimeeskond",
                 "tootajate nimekiri"),
    "allocation": ("ressursiplaan", "ressursside jaotus", "koormus", "tookoormus",
                   "tooaja arvestus", "ajaarvestus", "mahuplaan"),
    "benefit": ("kasud", "kasude register", "naitajad", "moodikud", "tulemusnaitajad"),
}

# Estonian status and scale words → the importer's status words.
STATUS_WORDS: dict[str, str] = {
    "avatud": "open", "aktiivne": "open", "alustamata": "open", "uus": "open",
    "planeeritud": "open",
    "toos": "in_progress", "pooleli": "in_progress", "kaimas": "in_progress",
    "tegemisel": "in_progress", "menetluses": "in_progress", "alustatud": "in_progress",
    "tehtud": "done", "valmis": "done", "lopetatud": "done", "taidetud": "done",
    "suletud": "closed",
    "graafikus": "on_track", "ajakavas": "on_track", "plaaniparane": "on_track",
    "ohus": "at_risk", "ohustatud": "at_risk",
    "hilinenud": "overdue", "hilineb": "overdue", "tahtaeg uletatud": "overdue",
    "edasi lukatud": "deferred", "peatatud": "deferred",
    "tuhistatud": "cancelled", "katkestatud": "cancelled",
    "kinnitatud": "approved", "heaks kiidetud": "approved", "kooskolastatud": "approved",
    "tagasi lukatud": "rejected", "tagasilukatud": "rejected",
    "ootel": "pending",
    "esitatud": "proposed", "mustand": "proposed",
    "eskaleeritud": "escalated",
    "lahendatud": "resolved",
    "jalgimisel": "monitoring", "seires": "monitoring",
    "realiseerunud": "materialised", "toimunud": "materialised",
    "ule antud": "delivered", "uleantud": "delivered",
    "valideeritud": "validated", "kinnitust leidnud": "validated",
    "ei kehti": "invalid", "kehtetu": "invalid",
    "tagasi voetud": "withdrawn",
    "hindamisel": "under_assessment", "analuusimisel": "under_assessment",
    "ootab otsust": "awaiting_decision", "otsuse ootel": "awaiting_decision",
    "rakendatud": "implemented", "ellu viidud": "implemented",
}

# Estonian priority, probability, impact and severity scale words.
PRIORITY_WORDS: dict[str, str] = {
    "madal": "low", "vaike": "low", "vaga madal": "low", "vaga vaike": "low",
    "vahene": "low", "tuhine": "low",
    "keskmine": "medium", "moodukas": "medium",
    "korge": "high", "suur": "high", "oluline": "high", "kiire": "high", "tosine": "high",
    "vaga korge": "critical", "vaga suur": "critical", "kriitiline": "critical",
    "vaga oluline": "critical",
}

# Estonian RAG words (no letters: "R" for roheline would read as red, and
# trackers write the colour out).
RAG_WORDS: dict[str, str] = {
    "roheline": "green", "graafikus": "green", "korras": "green",
    "kollane": "amber", "oranz": "amber", "oranzikas": "amber", "merevaigukollane": "amber",
    "ohus": "amber",
    "punane": "red", "kriitiline": "red", "hilinenud": "red",
}

# January … December: the name as dates write it ("5. jaanuar 2025"), its genitive and
# inessive ("jaanuari", "jaanuaris") and the usual abbreviations.
MONTHS: tuple[str, ...] = (
    "jaanuar jaanuari jaanuaris jaan",
    "veebruar veebruari veebruaris veebr",
    "marts martsi martsis",
    "aprill aprilli aprillis apr",
    "mai mais",
    "juuni juunis",
    "juuli juulis",
    "august augusti augustis aug",
    "september septembri septembris sept",
    "oktoober oktoobri oktoobris okt",
    "november novembri novembris nov",
    "detsember detsembri detsembris dets",
)

# The words a total or subtotal row begins with.
TOTAL_WORDS: tuple[str, ...] = ("kokku", "koik kokku", "kogusumma", "vahesumma", "summa",
                                "kokku eur", "koondsumma", "summa kokku", "kokku summa")
