"""The header words of Dutch trackers, read as ``headerwords.FIELDS`` is (each line
``"scopes: field": "synonym|synonym|…"``; accents are dropped when headers are compared).

Like ``headerwords_it``, a language in one module a speaker can review; ``ENTITY_WORDS``
holds the Dutch names of the kinds of record (sheet and title words)."""

from __future__ import annotations

DUTCH: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "nr|nummer|volgnummer|kenmerk|referentie|id risico|risiconummer|issuenummer|"
        "wijzigingsnr|wijzigingsnummer|wijziging nr|actienummer|actie nr|besluitnummer|"
        "besluit nr"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "project|projectnaam|projectcode"),
    "project: code": "projectcode|projectnummer|code",
    "project: name": "projectnaam|naam project|project|naam",
    "project: sponsor": "sponsor|opdrachtgever|portefeuillehouder|wethouder|bestuurlijk opdrachtgever",
    "project: manager": "projectleider|projectmanager|projectmanager naam",
    "project: stage": "fase|projectfase",
    "project: bac": "budget|goedgekeurd budget|totaal budget|begroting",
    "project: eac": "verwachte kosten|prognose eindkosten|kosten bij afronding",
    "project,milestone,task: pct_complete": "% gereed|percentage gereed|voortgang|% voltooid",
    # ("Toelichting" beside an item's description is its notes: the explanation so far)
    "project,change_request: description": "toelichting",
    "project,raid,change_request: description": (
        "omschrijving|beschrijving|omschrijving wijziging|"
        "beschrijving wijziging|omschrijving risico|omschrijving issue"),
    "raid,change_request,lesson: title": (
        "titel|onderwerp|risico|issue|probleem|aanname|afhankelijkheid|besluit|actie|"
        "wijziging|omschrijving risico|risico omschrijving|les|geleerde les|gebeurtenis|risicogebeurtenis"),
    # -- dates, people, states --------------------------------------------------------
    "milestone: name": "mijlpaal|mijlpalen|oplevering|deliverable",
    "milestone: forecast_date": "prognose datum|verwachte datum|geplande datum",
    "milestone: baseline_date": "baseline datum|oorspronkelijke datum",
    "milestone: actual_date": (
        "werkelijke datum|datum gereed|opleverdatum|gerealiseerd|gerealiseerd op|gereed op|"
        "behaald op|realisatiedatum"),
    "milestone,task: notes": "toelichting|opmerkingen|opmerking|commentaar|notities",
    "milestone,task: critical": "kritiek pad|kritiek|kritisch pad|kritieke pad",
    "milestone,raid,task: owner": (
        "eigenaar|verantwoordelijke|verantwoordelijk|toegewezen aan|actiehouder|trekker|wie"),
    "milestone,raid,change_request,lesson,task: status": "status|stand|toestand",
    "raid: due_date": (
        "vervaldatum|deadline|uiterlijk|datum gereed gepland|streefdatum|tegen|tegen wanneer|"
        "wanneer|klaar tegen|tegen datum|actiedatum|datum actie|opleverdatum|uiterste datum|uiterlijke datum|uiterste termijn"),
    "raid,change_request: date_raised": (
        "datum aanvraag|aanvraagdatum|datum gemeld|meldingsdatum|datum ingediend|"
        "datum registratie|datum indiening|indieningsdatum|datum melding|"
        "datum geregistreerd|datum opgevoerd|ingediend op|gemeld op|datum gesignaleerd|gesignaleerd op|gesignaleerd|datum signalering|datum ingebracht|ingebracht op|ingebracht|datum ingevoerd"),
    "raid: review_date": (
        "laatste update|laatst bijgewerkt|laatste review|datum laatste review|"
        "laatste beoordeling|datum beoordeling|reviewdatum|laatst beoordeeld|"
        "datum laatste beoordeling|beoordeeld op"),
    "raid: closed_date": "datum afgesloten|afgesloten op|datum afgerond",
    "raid,change_request: raised_by": "gemeld door|ingediend door|aangemeld door",
    "raid,change_request,lesson: priority": "prioriteit|urgentie",
    "raid: notes": (
        "opmerkingen|notities|commentaar|toelichting|stand van zaken|voortgang|opmerking"),
    # -- risks and issues ---------------------------------------------------------------
    "risk,issue,lesson: category": "categorie|soort|type",
    "risk: probability": "kans|waarschijnlijkheid",
    "risk,issue,assumption,dependency: impact": "impact|gevolg|effect",
    "risk: response": "strategie|maatregel type|beheersstrategie",
    "risk: response_actions": "maatregelen|beheersmaatregelen|acties|mitigatie",
    "issue: resolution": "oplossing",
    # -- change requests ------------------------------------------------------------------
    "change_request: cr_type": "soort wijziging|type wijziging|wijzigingstype",
    "change_request: requester": "aangevraagd door|aanvrager|indiener",
    "change_request: title": "wijzigingsverzoek|wijzigingsvoorstel|verzoek tot wijziging",
    "change_request: impact_cost": (
        "impact kosten|kosten impact|meerkosten|kostenimpact|bedrag|bedrag excl btw|"
        "bedrag incl btw|meer minkost|meerkost|minderkost|bedrag verrekening"),
    "change_request: ref": (
        "vk nr|vk nummer|verrekening nr|verrekeningsnummer|nr verrekening|wijziging nr"),
    "change_request: impact_schedule_days": (
        "impact planning|impact planning dagen|vertraging dagen|impact doorlooptijd|"
        "termijnverlenging|termijnverlenging werkdagen|verlenging termijn|uitvoeringstermijn"),
    "change_request: approver": "goedgekeurd door|besloten door|beslisser|besluitnemer",
    "change_request: recommendation": "advies|advies projectleider|aanbeveling",
    "issue,decision,change_request: decision_date": (
        "besluitdatum|datum besluit|datum cbs|datum college|datum schepencollege"),
    "change_request: decision": "besluit|beslissing",
    "decision: description": "besluit|beslissing",
    "decision: decision": "besluittekst|genomen besluit|besluit genomen",
    "dependency,decision: rationale": "toelichting|onderbouwing|motivering|toelichting onderbouwing",
    "dependency: counterparty": (
        "leverende partij|leverancier|afhankelijk van|ontvangende partij|tegenpartij|"
        "leverende afdeling|van wie"),
    "dependency: need_by_date": "benodigd per|nodig per|nodig op|benodigd op|uiterlijk op",
    "issue,decision: decided_by": "genomen door|besloten door|besluitvormer|gremium",
    # -- tasks ------------------------------------------------------------------------
    "task: name": "taak|taaknaam|activiteit|omschrijving taak",
    "task: start_forecast": "start|begin|startdatum|begindatum",
    "task: finish_forecast": "einde|eind|einddatum|gereed|vervaldatum|opleverdatum|uiterste datum|deadline",
    "task: duration_days": "duur|doorlooptijd|duur dagen",
    "task: predecessors": "voorgangers|afhankelijkheden",
    # -- people -----------------------------------------------------------------------
    "resource: name": "medewerker|naam medewerker|naam|persoon|resource",
    "allocation: resource_id": "medewerker|naam medewerker|persoon|resource",
    "resource,allocation: role_id": "rol|functie",
    "resource: team": "team|afdeling|groep",
    "resource: cost_rate": "dagtarief|uurtarief|tarief|kostprijs per uur|dagprijs",
    "resource: location": "kantoor|vestiging|standplaats|locatie",
    "resource: fte": "fte|werkregime|tewerkstellingsgraad|deeltijdfactor|dienstverband",
    "resource: manager": "leidinggevende|manager|coach",
    "resource: email": "e mailadres|emailadres|e mail adres|mailadres|e mail",
    "resource: hours_per_day": "uren per dag|werkuren per dag|uur per dag",
    "allocation: project_id": "klant project|klant|opdracht|klant opdracht",
    "allocation: hours": "uren|geplande uren|uren gepland|ingeplande uren|aantal uren|uren planning",
    # -- lessons ----------------------------------------------------------------------
    "lesson: recommendations": "aanbeveling|aanbevelingen",
    "lesson: event": "gebeurtenis|wat ging er|wat is er gebeurd|wat gebeurde er|situatie",
    "lesson: owner": "eigenaar|verantwoordelijke|trekker",
    "lesson: status": "opvolging|status opvolging|stand van zaken",
    "lesson: effect": "gevolg|gevolg impact|impact",
    "raid: linked_ref": "gerelateerd aan|gerelateerd|gekoppeld aan|relatie met",
    "task: finish_actual": "voltooid op|voltooiingsdatum|afgerond op|datum afgerond|datum voltooid",
    "task: notes": "beschrijving|opmerkingen|notities|toelichting",
    "decision: decided_by": "beslist door|besloten door|genomen door|beslisser",
    "project: rag_overall": "stoplicht|verkeerslicht|gezondheid",
    "project: finish_baseline": "einddatum gepland|geplande einddatum|einddatum",
    "project: summary": "opmerkingen|opmerking|toelichting",
    "task: resources": "uitvoerende partij|uitvoerder|uitvoerende|aannemer|uitvoering door",
}

# The Dutch names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "risk": ("risico", "risicos", "risicolog", "risicoregister"),
    "issue": ("issues", "problemen", "issuelog"),
    "assumption": ("aanname", "aannames"),
    "dependency": ("afhankelijkheid", "afhankelijkheden"),
    "decision": ("besluit", "besluiten", "besluitenlijst"),
    "action": ("actie", "acties", "actielijst"),
    "change_request": ("wijziging", "wijzigingen", "wijzigingslog", "wijzigingsverzoeken"),
    "lesson": ("lessen", "geleerde lessen"),
    "milestone": ("mijlpalen", "mijlpaal", "planning"),
    "financial": ("begroting", "kosten", "financien"),
    "project": ("projecten", "portfolio", "overzicht"),
    "task": ("taken", "planning", "werkplan"),
    "resource": ("medewerkers", "resources"),
    "allocation": ("bezetting", "inzet"),
}
