"""The header words of Danish, Swedish and Norwegian trackers, read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``).

Headers are compared normalised (``vocab.norm``): accents dropped, "æ" read as "ae", "ø"
as "o", "å" as "a", "ä"/"ö" as "a"/"o", and "nr" as "no"; the words below are written
so. The three languages share most of their project words, so they live in one module a
speaker can review; ``ENTITY_WORDS`` holds their names of the kinds of record (sheet and
title words).
"""

from __future__ import annotations

NORDIC: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "no|nummer|lobenummer|lopnummer|ref|reference|referens|risiko id|risk id|"
        "aendrings id|andrings id|endrings id|beslutnings id|aktivitets id|handlings id"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "projekt|projektnavn|projektnamn|prosjekt|prosjektnavn|projektkode|projektnummer|"
        "projektno|prosjektnummer"),
    "project: code": "projektnummer|projektno|proj no|projektkode|prosjektnummer|prosjektkode",
    "project: name": "projektnavn|projektnamn|prosjektnavn|projekt|prosjekt|navn|namn",
    "project: programme_id": "program|programme|programnavn|programnamn",
    "project: sponsor": (
        "sponsor|projektejer|projektagare|prosjekteier|bestiller|bestallare|uppdragsgivare|"
        "opdragsgiver|oppdragsgiver"),
    "project: manager": "projektleder|projektledare|prosjektleder|projektchef",
    "project: stage": "fase|fas|projektfase|projektfas|prosjektfase",
    "project: department": (
        "afdeling|avdelning|avdeling|forvaltning|enhed|enhet|omrade|direktorat|"
        "verksamhetsomrade|verksamhet"),
    "project: start_baseline": "startdato|startdatum|start|planlagt start|planerad start",
    "project: finish_baseline": (
        "slutdato|slutdatum|planlagt slut|planerat slut|planlagt afslutning|planlagt avslutning|"
        "planerat slutdatum|slutdatum planerad"),
    "project: finish_forecast": (
        "prognose slut|prognos slut|forventet slut|forvantat slut|forventet afslutning|"
        "slutdatum prognos|prognos slutdatum|prognostiserat slutdatum|forventet slutdato"),
    "project: finish_actual": (
        "avslutat|avsluttet|afsluttet|faktisk slut|verkligt slut|faktisk afslutning"),
    "project: bac": "budget|budsjett|godkendt budget|godkant budget|total budget|totalbudget",
    "project: eac": (
        "prognose|prognos helar|prognose i alt|forventet totalkost|slutprognos|"
        "forventet forbrug|forventet forbrug i alt|forventet totalforbrug|forvantat utfall|"
        "prognos utfall|forventet sluttkostnad|prognos|slutkostnad|sluttkostnad|"
        "slutomkostning|utfallsprognos|slutprognos|prognos utfall|prognostiserat utfall|prognose sluttkostnad|forventet sluttkostnad|forventet forbrug"),
    "project,milestone,task: pct_complete": (
        "faerdiggorelsesgrad|fardigstallandegrad|fullforingsgrad|faerdig|fardig|"
        "% faerdig|% fardig|fremdrift|framdrift|% fullfort|klart pct|klar pct|fardig pct|fardigt pct"),
    "project: rag_overall": (
        "total status|samlet status|samlad status|overordnet status|status samlet|helhetsstatus|"
        "samlet vurdering|samlad bedomning|samlet vurdering status|helhetsbedomning|"
        "helhetsvurdering|totalt|samlet|samlad|halsa"),
    "project: rag_schedule": "tid|tidsplan|tidplan|tidsplan status",
    "project: rag_cost": "kostnad|omkostning|omkostninger|kostnader|okonomi|ekonomi",
    "project: rag_scope": "omfang|omfattning|leverance|leveranser",
    "project: rag_resource": "ressourcer|resurser|ressurser|bemanning|bemanding",
    "project: rag_risk": "risiko|risk|risici|risker",
    "project: summary": (
        "kommentar|kommentarer|bemaerkning|bemaerkninger|anmarkning|anmarkningar|merknad|"
        "merknader|status kommentar"),
    "project: next_steps": "naeste skridt|nasta steg|neste steg",
    "project: status_date": "senest opdateret|senast uppdaterad|sist oppdatert|statusdato",
    "project,raid,change_request: description": (
        "beskrivelse|beskrivning|kort beskrivelse|kort beskrivning"),
    "project,raid,change_request,lesson,task: priority": "prioritet|prioritering",
    # -- RAID, changes, lessons -------------------------------------------------------
    "raid,change_request,lesson: title": "titel|tittel|emne|rubrik|overskrift|amne|arende|beslut|beslutning|sak",
    "raid,change_request: raised_by": (
        "anmodet af|begart av|onskad av|oprettet af|skapad av|opprettet av|rapporteret af|"
        "rapporterad av|meldt av|indmeldt af|rejst af|rejst af navn|lyft av|reist av|"
        "tagit upp av|tatt opp av"),
    "raid,change_request: date_raised": (
        "oprettet|skapad|opprettet|oprettelsesdato|registreret|registrerad|registrert|dato|datum|"
        "dato rejst|rejst dato|dato oprettet|datum registrerad|dato registrert"),
    "raid: due_date": (
        "frist|deadline|forfaldsdato|forfallodatum|tidsfrist|slutdato|forventet lost|"
        "forvantas losas|forventet lost dato|losningsdato|forventet losning|klart senast|"
        "klar senast|fardigt senast|senast"),
    "issue: resolution": "losning|losning naeste skridt|atgard|losning nasta steg|losning neste steg",
    "assumption: title": "antagelse|antagande|antakelse|forudsaetning|forutsattning|forutsetning",
    "assumption: impact_if_false": (
        "konsekvens hvis forkert|konsekvens om felaktig|konsekvens hvis feil|"
        "konsekvens hvis antagelsen ikke holder"),
    "assumption: validate_by": (
        "valideres senest|valideras senast|valideres innen|skal valideres|bekraeftes senest"),
    "dependency: title": "afhaengighed|beroende|avhengighet",
    "milestone,raid: owner": "ansvarlig|ansvarig|ejer|agare|eier|ansvar",
    "milestone,raid,change_request,lesson: status": "status|tilstand|tillstand",
    "milestone,raid: notes": (
        "kommentar|kommentarer|bemaerkninger|anmarkningar|merknader|noter|uppfoljning|"
        "kommentar uppfoljning|opfolgning|oppfolging"),
    # an HSE or HAZOP register: the hazard (an unwanted event) is the risk, its cause
    # what triggers it, its possible consequence its description
    "risk: title": (
        "fare|faremoment|uonsket hendelse|uonsket haendelse|fare uonsket hendelse|fara|"
        "oonskad handelse|risikobeskrivelse|riskbeskrivning|risikobeskrivelse"),
    "risk: trigger": "arsak|orsak|arsag|arsaker|orsaker",
    "risk: description": "mulig folge|mulige folger|mulig konsekvens|mojlig konsekvens|folge",
    "risk: severity": "risikoniva|riskniva|risikoniveau|risikotall|risikotal|risktal|risikoscore",
    "risk: probability": "sandsynlighed|sannolikhet|sannsynlighet",
    "risk,issue,assumption,dependency: impact": "konsekvens|pavirkning|paverkan|pavirkning",
    "risk: response": "handlingsplan|tiltag|atgard|atgarder|tiltak|mitigering",
    "issue,change_request: decision": "beslutning|beslut|afgorelse",
    "issue,decision,change_request: decision_date": (
        "beslutningsdato|beslutsdatum|besluttet dato|besluttet|beslutet datum|beslutet|"
        "besluttet den|datum for beslut|modedato|motedato|motesdatum|dato for mode|"
        "styregruppemode"),
    "issue,decision: decided_by": "besluttet af|beslutad av|besluttet av|beslutningstager|fattat av|fattet av|truffet af|tatt av",
    "change_request: approver": (
        "besluttet af|beslutad av|besluttet av|godkendt af|godkand av|godkjent av|godkjent af"),
    "change_request: ref": "enr|endringsnr|endringsnummer|aendringsnr|andringsnr|andringsnummer",
    "change_request: impact_cost": (
        "pavirkning omkostning|pavirkning okonomi|kostnadspaverkan|merkostnad|meromkostning|"
        "okonomisk konsekvens|ekonomisk konsekvens|kostnadskonsekvens|merpris|meromkostning|meromkostninger|merudgift|ekstra omkostning|merkostnad"),
    "change_request: impact_schedule_days": (
        "pavirkning tid|pavirkning tid dage|tidspaverkan|tidspaverkan dagar|forsinkelse|"
        "forsening|forsinkelse dage|tidskonsekvens|fremdriftskonsekvens|konsekvens for fremdrift|tidsmessig konsekvens|tidspavirkning|tidsforlaengelse|forlaengelse|tidsforskydning|tidsforlangning|forsinkelse dage"),
    "risk,issue,lesson: category": "kategori|type|typ",
    "lesson: recommendations": (
        "anbefaling|anbefalinger|rekommendation|rekommendationer|anbefaling fremadrettet|"
        "anbefaling fremover|rekommendation framat|anbefaling fremover|laering|laerdom|lardom"),
    "lesson: event": (
        "hvad skete der|hvad skete|hva skjedde|vad hande|vad hande det|beskrivelse af erfaring|"
        "erfaring|erfarenhet|observation|hvad gik godt|hvad kan forbedres|vad gick bra|"
        "vad kan forbattras|hva gikk bra|hva kan forbedres|situation|haendelse|handelse|hendelse"),
    "lesson: effect": (
        "konsekvens|konsekvens for projektet|konsekvens for prosjektet|konsekvens for projektet|"
        "effekt|pavirkning"),
    "lesson: causes": "arsag|orsak|arsak|grundarsag|rotorsak|rotarsak|arsager|orsaker",
    "lesson: logged_by": (
        "registreret af|registrerad av|registrert av|indmeldt af|oprettet af|skrevet af|"
        "forfatter|inlamnad av|meldt av|innmeldt av|rapportert av|rapporteret af|"
        "rapporterad av"),
    "lesson: owner": (
        "ansvarlig|ansvarig|ansvarlig for opfolgning|ansvarig for uppfoljning|"
        "ansvarlig for oppfolging|ansvarlig oppfolging|ansvarlig opfolgning|"
        "ansvarig uppfoljning|ejer|agare|eier"),
    "lesson: date_logged": "dato|datum|registreringsdato|registreringsdatum",
    "dependency: counterparty": (
        "afhaengig af|beroende av|avhengig av|leverandor|leverantor|modpart|motpart|"
        "relateret projekt|relaterat projekt|relatert prosjekt"),
    "dependency: need_by_date": (
        "behovsdato|behovsdatum|skal bruges|behovs senest|skal bruges senest|"
        "behovs senast|trengs innen"),
    "dependency: direction": "retning|riktning",
    "dependency: due_date": (
        "forventet levert|forventet leveret|forvantad leverans|forventet leveranse|"
        "forventet leveringsdato|forvantat levererad"),
    "raid: closed_date": "lukket dato|lukkedato|stangd datum|stengt dato|afsluttet dato|avslutad datum|utfort|utfort dato|utfort den",
    "raid: review_date": (
        "senest opdateret|senast uppdaterad|sist oppdatert|naeste opfolgning|nasta uppfoljning|"
        "neste oppfolging"),
    "risk: response_actions": "tiltag|atgarder|tiltak|handlingsplan|afbodende tiltag|riskreducerande atgarder|atgard",
    "decision: options": "alternativer|alternativer overvejet|overvejede alternativer|alternativ|vurderte alternativer",
    "decision: decision": "beslutning|beslut|vedtak|beslutningen|beslutninger",
    # -- plans, people ------------------------------------------------------------------
    "milestone: name": "milepael|milepaele|milstolpe|milstolpar|milepel|leverance",
    "milestone: baseline_date": "planlagt dato|planerat datum|baseline dato|oprindelig dato",
    "milestone: forecast_date": "forventet dato|prognos datum|prognose dato|forventet",
    "milestone: actual_date": "faktisk dato|faktiskt datum|faktisk|utfall|utfallsdatum|utfall datum|klart datum",
    "milestone: critical": "kritisk|kritisk linje|kritisk vej|kritisk linje ja nej|kritisk sti",
    "task: name": "aktivitet|opgave|uppgift|oppgave|aktivitetsnavn",
    "task: start_forecast": "start|startdato|startdatum",
    "task: finish_forecast": "slut|slutdato|slutdatum|afslutning",
    "task: duration_days": "varighed|varaktighet|varighet",
    "task: predecessors": (
        "forgaenger|foregaende|foregaende aktivitet|forutsattning|foregaende aktiviteter|"
        "forgangare|foregaaende|forgjengere|forgjenger|afhaengigheder|beroenden|avhengigheter"),
    "task: start_baseline": (
        "baslinje start|baslinjestart|baseline start|oprindelig start|ursprunglig start|"
        "opprinnelig start|planlagt start baseline"),
    "task: finish_baseline": (
        "baslinje slut|baslinjeslut|baseline slut|baseline slutt|oprindelig slut|"
        "ursprungligt slut|opprinnelig slutt"),
    "task: start_actual": "faktisk start|verklig start",
    "task: finish_actual": "faktisk slut|faktiskt slut|faktisk slutt|verkligt slut",
    "task: resources": (
        "resursnamn|resurser|ressourcenavne|ressourcer|ressursnavn|ressurser|tildelte ressourcer"),
    "task: outline_level": "dispositionsniva|disposisjonsniva|strukturniveau|niva|niveau",
    "task: is_summary": "sammanfattning|sammanfattningsaktivitet|sammenfatning|sammendrag|oversigtsopgave",
    "task: is_milestone": "milstolpe|milepael|milepel",
    "task: owner": "ansvarlig|ansvarig",
    "task: notes": "anteckningar|anteckning|noter|notater|merknader|bemaerkninger",
    "task: status": "status|tilstand",
    "resource: name": "medarbejder|medarbetare|medarbeider|navn|namn|ressource|resurs|ressurs",
    "allocation: resource_id": "medarbejder|medarbetare|medarbeider|ressource|resurs|ressurs|namn|navn",
    "resource,allocation: role_id": "rolle|roll|funktion|stilling|befattning",
    "resource: team": "team|afdeling|avdelning|avdeling|gruppe|grupp|enhed|enhet",
    "resource: email": "e post|epost|e postadress|e mail|mailadresse|e postadresse",
    "resource: fte": (
        "tjanstgoringsgrad|sysselsattningsgrad|beskaeftigelsesgrad|stillingsprocent|"
        "stillingsandel|arbetstid procent"),
    "resource: cost_rate": "timpris|timesats|timepris|timkostnad|timekostnad|timtaxa",
    "resource: location": "ort|kontor|arbetsort|arbejdssted|arbeidssted|lokation",
    "resource: manager": (
        "narmaste chef|chef|leder|naermeste leder|linjechef|personaleansvarlig"),
    "financial: actual": "forbrug|forbrukt|utfall|faktisk|realiseret|bogfort",
    "financial: planned": "budget|budsjett|plan|planlagt",
    "financial: forecast": "prognose|prognos",
    "action: title": "atgard|handling|tiltak|aktivitet|atgardsbeskrivning|aksjon|aksjonspunkt|aksjonsbeskrivelse",
    "raid: date_raised": "beslutad|beslutad mote|beslutat|beslutet",
    "project: pct_complete": "fardigstallt|fardigstallandegrad|fardigstalld|fardiggrad",
    "risk,issue: impact_cost": "kostnadseffekt|kostnadskonsekvens|kostnadspavirkning|kostnadspaverkan|omkostningseffekt",
    "risk: actionee": "tiltaksansvarlig|ansvarlig for tiltak|atgardsansvarig|ansvarig for atgard|ansvarlig for handling",
    "decision: rationale": "motivering|begrundelse|begrunnelse|skal",
}

# The kinds of record in Danish, Swedish and Norwegian, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("projekter", "projekt", "prosjekter", "portefolje", "portfolj", "portefolje"),
    "risk": ("risici", "risiko", "risker", "risikoregister", "riskregister", "risikolog"),
    "issue": ("problemer", "problem", "issues", "avvikelser", "avvik", "arenden",
              "arendelogg", "saker"),
    "decision": ("beslutninger", "beslut", "beslutslogg", "beslutningslog", "beslutningslogg"),
    "dependency": ("afhaengigheder", "beroenden", "avhengigheter"),
    "assumption": ("antagelser", "antaganden", "antakelser", "forudsaetninger"),
    "task": ("tidsplan", "tidplan", "aktivitetsplan", "projektplan", "prosjektplan"),
    "action": ("handlinger", "aktiviteter", "atgarder", "tiltak", "handlingsplan",
               "atgardslista", "handlingsliste", "tiltaksliste", "aktivitetsliste"),
    "change_request": ("aendringer", "aendringslog", "andringar", "andringslogg",
                       "endringer", "endringslogg", "aendringsanmodninger"),
    "lesson": ("erfaringer", "erfarenheter", "laerdomme", "lardomar", "erfaringslog",
               "erfaringslogg", "erfaringsopsamling", "erfaringsoppsummering",
               "erfarenhetslogg", "erfarenhetsaterforing", "laeringslog", "laeringslogg"),
    "milestone": ("milepaele", "milstolpar", "milepeler", "milepaelsplan", "milstolpsplan",
                  "milepelsplan"),
    "financial": ("okonomi", "ekonomi", "budget", "budsjett"),
    "resource": ("ressourcer", "resurser", "ressurser"),
    "allocation": ("bemanding", "bemanning", "resursplan", "ressourceplan"),
}
